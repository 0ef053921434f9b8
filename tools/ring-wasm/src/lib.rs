//! `bmx-ring-wasm`: the ring prover of the `bmx-ring` client as a WebAssembly module, so that the
//! portal makes a citizen's secret votes and an evaluator's tickets in the browser.
//!
//! ## Overview
//!
//! A member secret never leaves the person's device. The native client `bmx-ring`
//! (`tools/bmx-ring`) derives from it the member key, the proof of possession, the aliases and the
//! ring VRF proofs; this crate does the same in a page. `scripts/ring-wasm.sh` builds it for
//! `wasm32-unknown-unknown` into `portal/generated/bmx-ring.wasm`, and
//! `portal/src/ring/prover.js` loads and drives it. It calls the same `verifiable` 0.4.1 the same
//! way (`new_secret`, `member_from_secret`, `alias_in_context`, `sign`, `open`,
//! `create_multi_context`), so the same secret gives the same keys, signatures and aliases as
//! `bmx-ring`, and proofs that the chain verifies alike. The contexts and messages are built by
//! the caller (`portal/src/ring/contexts.js`): this crate knows no chain.
//!
//! ## Terminology
//!
//! - *Entropy*: the 32 bytes a member secret is derived from (`GenerateVerifiable::new_secret`),
//!   what a `bmx-ring` secret file holds as 64 hex digits.
//! - *Member key*: the 32-byte public key of a secret, registered in the anonymity rings.
//! - *Context* and *alias*: what a proof is for (a ballot, the evaluator's pseudonym, a panel's
//!   ticket) and the member's name in it: the same for the same secret and context, unlinkable to
//!   the member key and to the member's aliases in other contexts.
//! - *Ring* and *domain*: the member keys of a ring revision in ring order, and the size of the
//!   ring's polynomial domain (`RingDomainSize`), named here by its exponent: 11, 12 or 16.
//!
//! ## Module API
//!
//! A C ABI over the module's linear memory, without a bindings generator. The caller reserves a
//! buffer per input and output with `bmx_alloc`, writes the inputs, calls, reads the outputs and
//! hands every buffer back with `bmx_free`, which wipes it. The calls return 0 on success (the
//! proof's length for `bmx_prove`), else the negative code of a [`Failure`]: -1 `NotInRing`,
//! -2 `SetFull`, -3 `BadDomain`, -4 `BadKey`, -5 `ProverFailed`, -6 `BadInput`.
//!
//! - [`bmx_alloc`]`(len) -> ptr` and [`bmx_free`]`(ptr, len)`.
//! - [`bmx_member`]`(entropy, out)`: the member key (32 bytes).
//! - [`bmx_alias`]`(entropy, context, context_len, out)`: the alias in a context (32 bytes).
//! - [`bmx_sign`]`(entropy, message, message_len, out)`: the plain signature (64 bytes), the
//!   proof of possession when the message is `key_possession_message`.
//! - [`bmx_prove`]`(entropy, domain, keys, key_count, contexts, context_count, message,
//!   message_len)`: a ring proof for 1 to 16 contexts of 32 bytes each. Its result goes to the
//!   output buffer ([`bmx_output_ptr`], [`bmx_output_len`], [`bmx_output_clear`]): the proof's
//!   bytes (the returned length), then one 32-byte alias per context, in the contexts' order.
//!
//! `entropy` is always 32 bytes. The module imports one function, `env.bmx_random(ptr, len)`,
//! which fills `len` bytes at `ptr` with secure random bytes (`src/random.rs`).
//!
//! ## Assumptions
//!
//! - `bmx_random` is a cryptographically secure source (`crypto.getRandomValues`): the proofs'
//!   blinding, which hides which key of the ring proved, is drawn from it.
//! - One call at a time: a module instance is single-threaded, and the output buffer is the
//!   instance's (natively, the thread's).
//! - No input makes a call panic; were the prover to panic anyway, the module aborts (a trap),
//!   the call throws in JavaScript, and the instance should be dropped.

#[cfg(target_arch = "wasm32")]
mod random;

pub mod memory;
pub mod prover;

#[cfg(test)]
mod tests;

pub use prover::{Crypto, Failure, MemberKey, Signature};

/// The code a call returns: what `call` returns, or its failure's negative code.
fn code(call: impl FnOnce() -> Result<i32, Failure>) -> i32 {
	call().unwrap_or_else(Failure::code)
}

/// A buffer of `len` zeroed bytes in the module's memory, or null when it cannot be had. Give it
/// back with [`bmx_free`] and the same `len`.
#[no_mangle]
pub extern "C" fn bmx_alloc(len: usize) -> *mut u8 {
	memory::allocate(len)
}

/// Wipes and frees a buffer of [`bmx_alloc`]; null is ignored.
///
/// # Safety
/// `buffer` is null or was returned by `bmx_alloc(len)` with this `len`, and is not used again.
#[no_mangle]
pub unsafe extern "C" fn bmx_free(buffer: *mut u8, len: usize) {
	// SAFETY: the caller's promise.
	unsafe { memory::free(buffer, len) }
}

/// Writes to `out` (32 bytes) the member key of the secret of `entropy` (32 bytes): the key
/// `register_member_key` registers and the rings hold. Returns 0, or -6 (`BadInput`) for a null
/// pointer.
///
/// # Safety
/// `entropy` points to 32 readable bytes and `out` to 32 writable bytes, unless null.
#[no_mangle]
pub unsafe extern "C" fn bmx_member(entropy: *const u8, out: *mut u8) -> i32 {
	code(|| {
		// SAFETY: the caller's promise.
		let entropy = unsafe { memory::entropy(entropy) }?;
		let member = prover::member(&entropy);
		// SAFETY: the caller's promise.
		unsafe { memory::output(out, &member) }?;
		Ok(0)
	})
}

/// Writes to `out` (32 bytes) the alias of the secret of `entropy` (32 bytes) in the context of
/// `context_len` bytes at `context`. Returns 0 or a negative code.
///
/// # Safety
/// `entropy` points to 32 readable bytes, `context` to `context_len` and `out` to 32 writable
/// bytes, unless null.
#[no_mangle]
pub unsafe extern "C" fn bmx_alias(
	entropy: *const u8,
	context: *const u8,
	context_len: usize,
	out: *mut u8,
) -> i32 {
	code(|| {
		// SAFETY: the caller's promise.
		let (entropy, context) =
			unsafe { (memory::entropy(entropy)?, memory::input(context, context_len)?) };
		let alias = prover::alias(&entropy, context)?;
		// SAFETY: the caller's promise.
		unsafe { memory::output(out, &alias) }?;
		Ok(0)
	})
}

/// Writes to `out` (64 bytes) the plain signature of the secret of `entropy` (32 bytes) over the
/// `message_len` bytes at `message`: over `key_possession_message`, the proof of possession.
/// Returns 0 or a negative code.
///
/// # Safety
/// `entropy` points to 32 readable bytes, `message` to `message_len` and `out` to 64 writable
/// bytes, unless null.
#[no_mangle]
pub unsafe extern "C" fn bmx_sign(
	entropy: *const u8,
	message: *const u8,
	message_len: usize,
	out: *mut u8,
) -> i32 {
	code(|| {
		// SAFETY: the caller's promise.
		let (entropy, message) =
			unsafe { (memory::entropy(entropy)?, memory::input(message, message_len)?) };
		let signature = prover::sign(&entropy, message)?;
		// SAFETY: the caller's promise.
		unsafe { memory::output(out, &signature) }?;
		Ok(0)
	})
}

/// Proves that the holder of the secret of `entropy` (32 bytes) is a member of the ring of the
/// `key_count` member keys at `keys` (32 bytes each, in ring order) on the domain 2^`domain`
/// (11, 12 or 16), for each of the `context_count` contexts at `contexts` (32 bytes each, 1 to
/// 16 of them), binding the `message_len` bytes at `message`.
///
/// Returns the proof's length and leaves in the output buffer ([`bmx_output_ptr`],
/// [`bmx_output_len`]) the proof followed by one 32-byte alias per context, in order; or a
/// negative code, the output buffer then empty: -1 (`NotInRing`) when the secret's member key is
/// not among the keys, -2 (`SetFull`) when the ring has more keys than the domain holds, -3
/// (`BadDomain`), -4 (`BadKey`) when a key is not a valid member key, -5 (`ProverFailed`), -6
/// (`BadInput`).
///
/// # Safety
/// Each pointer points to as many readable bytes as its count says, unless null.
#[no_mangle]
pub unsafe extern "C" fn bmx_prove(
	entropy: *const u8,
	domain: u32,
	keys: *const u8,
	key_count: usize,
	contexts: *const u8,
	context_count: usize,
	message: *const u8,
	message_len: usize,
) -> i32 {
	memory::clear_output();
	code(|| {
		let domain = prover::domain(domain)?;
		// SAFETY: the caller's promise.
		let (entropy, keys, contexts, message) = unsafe {
			(
				memory::entropy(entropy)?,
				memory::items::<32>(keys, key_count)?,
				memory::items::<32>(contexts, context_count)?,
				memory::input(message, message_len)?,
			)
		};
		let ring: Vec<MemberKey> = keys.into_iter().copied().collect();
		let contexts: Vec<&[u8]> = contexts.into_iter().map(|context| context.as_slice()).collect();
		let (mut proof, aliases) = prover::prove(&entropy, domain, &ring, &contexts, message)?;
		let proof_len = i32::try_from(proof.len()).map_err(|_| Failure::ProverFailed)?;
		proof.extend(aliases.iter().flatten());
		memory::set_output(proof);
		Ok(proof_len)
	})
}

/// Where the output buffer of the last [`bmx_prove`] starts. Valid until the next call that
/// changes it.
#[no_mangle]
pub extern "C" fn bmx_output_ptr() -> *const u8 {
	memory::output_buffer().0
}

/// How many bytes the output buffer holds.
#[no_mangle]
pub extern "C" fn bmx_output_len() -> usize {
	memory::output_buffer().1
}

/// Wipes and empties the output buffer, once its bytes are read.
#[no_mangle]
pub extern "C" fn bmx_output_clear() {
	memory::clear_output();
}
