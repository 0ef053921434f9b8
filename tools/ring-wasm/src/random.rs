//! The randomness of the proofs' blinding in WebAssembly: the host's `env.bmx_random`, given to
//! `getrandom` (and through it to `verifiable`'s prover) as its custom source.

#[link(wasm_import_module = "env")]
extern "C" {
	/// Fills the `len` bytes at `buffer` with cryptographically secure random bytes (the portal:
	/// `crypto.getRandomValues`). A host that has none must fail the module's instantiation, not
	/// return.
	fn bmx_random(buffer: *mut u8, len: usize);
}

/// `getrandom`'s source: the host's random bytes.
fn fill(buffer: &mut [u8]) -> Result<(), getrandom::Error> {
	// SAFETY: `buffer` is `buffer.len()` writable bytes of the module's memory.
	unsafe { bmx_random(buffer.as_mut_ptr(), buffer.len()) };
	Ok(())
}

getrandom::register_custom_getrandom!(fill);
