//! The exported calls, made natively on `Vec` buffers as JavaScript makes them on the module's
//! memory, against `verifiable` called directly and a ring root built as the rings pallet builds
//! it.

use super::*;
use verifiable::{
	ring::{
		ark_vrf::{ring::SrsLookup, suites::bandersnatch::BandersnatchSha512Ell2},
		ring_verifier_builder_params, RingDomainSize, StaticChunk,
	},
	Alias, GenerateVerifiable,
};

const ENTROPY: [u8; 32] = [7; 32];

/// The entropy of the `i`-th test secret.
fn entropy_of(i: u32) -> [u8; 32] {
	let mut entropy = [0x5a; 32];
	entropy[..4].copy_from_slice(&i.to_le_bytes());
	entropy
}

/// The member key of `entropy`, computed by `verifiable` itself.
fn key_of(entropy: [u8; 32]) -> MemberKey {
	Crypto::member_from_secret(&Crypto::new_secret(entropy))
}

/// The root of `keys` on `domain`, built as the rings pallet builds it (start, push with the
/// builder params' chunks, finish).
fn root(domain: RingDomainSize, keys: &[MemberKey]) -> <Crypto as GenerateVerifiable>::Members {
	let params = ring_verifier_builder_params::<BandersnatchSha512Ell2>(domain);
	let lookup = |range: core::ops::Range<usize>| {
		(&params)
			.lookup(range)
			.map(|points| points.into_iter().map(StaticChunk).collect())
			.ok_or(())
	};
	let mut intermediate = Crypto::start_members(domain);
	Crypto::push_members(&mut intermediate, keys.iter().copied(), lookup).unwrap();
	Crypto::finish_members(intermediate)
}

/// `bmx_prove` on `Vec` buffers: the proof and its aliases read from the output buffer, or the
/// code.
fn prove(
	entropy: &[u8; 32],
	domain: u32,
	keys: &[MemberKey],
	contexts: &[[u8; 32]],
	message: &[u8],
) -> Result<(Vec<u8>, Vec<Alias>), i32> {
	let (key_bytes, context_bytes) = (keys.concat(), contexts.concat());
	let code = unsafe {
		bmx_prove(
			entropy.as_ptr(),
			domain,
			key_bytes.as_ptr(),
			keys.len(),
			context_bytes.as_ptr(),
			contexts.len(),
			message.as_ptr(),
			message.len(),
		)
	};
	let output = unsafe { std::slice::from_raw_parts(bmx_output_ptr(), bmx_output_len()) };
	if code < 0 {
		assert!(output.is_empty(), "a failed proof leaves no output");
		return Err(code);
	}
	let (proof, aliases) = output.split_at(code as usize);
	assert_eq!(aliases.len(), 32 * contexts.len(), "one alias per context after the proof");
	let aliases = aliases.chunks_exact(32).map(|alias| alias.try_into().unwrap()).collect();
	let proof = proof.to_vec();
	bmx_output_clear();
	assert_eq!(bmx_output_len(), 0);
	Ok((proof, aliases))
}

#[test]
fn member_alias_and_signature_are_those_of_verifiable() {
	let secret = Crypto::new_secret(ENTROPY);

	let mut member = vec![0u8; 32];
	assert_eq!(unsafe { bmx_member(ENTROPY.as_ptr(), member.as_mut_ptr()) }, 0);
	assert_eq!(member, Crypto::member_from_secret(&secret));
	// Another secret, another key.
	let other = entropy_of(1);
	assert_eq!(unsafe { bmx_member(other.as_ptr(), member.as_mut_ptr()) }, 0);
	assert_eq!(member, key_of(other));
	assert_ne!(member, key_of(ENTROPY));

	let mut alias = vec![0u8; 32];
	for context in [&b"bmx/ballot"[..], &[], &[3; 32], &[9; 200]] {
		let code = unsafe {
			bmx_alias(ENTROPY.as_ptr(), context.as_ptr(), context.len(), alias.as_mut_ptr())
		};
		assert_eq!(code, 0);
		assert_eq!(alias, Crypto::alias_in_context(&secret, context).unwrap(), "{context:?}");
	}

	let message = b"bmx/ring-key and an account";
	let mut signature = vec![0u8; 64];
	let code = unsafe {
		bmx_sign(ENTROPY.as_ptr(), message.as_ptr(), message.len(), signature.as_mut_ptr())
	};
	assert_eq!(code, 0);
	let signature: Signature = signature.try_into().unwrap();
	assert_eq!(Ok(signature), Crypto::sign(&secret, message), "a deterministic signature");
	assert!(Crypto::verify_signature(&signature, message, &key_of(ENTROPY)));
	assert!(!Crypto::verify_signature(&signature, b"another message", &key_of(ENTROPY)));
	assert!(!Crypto::verify_signature(&signature, message, &key_of(other)));
}

#[test]
fn a_proof_validates_against_the_ring_root_and_proves_the_aliases() {
	let domain = RingDomainSize::Domain12;
	let keys: Vec<_> = (0..6).map(|i| key_of(entropy_of(i))).collect();
	let members = root(domain, &keys);
	let prover = entropy_of(4);
	let secret = Crypto::new_secret(prover);
	let (ballot, pseudonym, message) = ([1u8; 32], [2u8; 32], b"the choices".as_slice());

	// One context, as a vote proves.
	let (proof, aliases) = prove(&prover, 12, &keys, &[ballot], message).unwrap();
	let alias = Crypto::alias_in_context(&secret, &ballot).unwrap();
	assert_eq!(aliases, vec![alias]);
	let proof: <Crypto as GenerateVerifiable>::Proof = proof.try_into().unwrap();
	assert_eq!(Crypto::validate(domain, &proof, &members, &ballot, message), Ok(alias));
	// Bound to its message and its context.
	assert!(Crypto::validate(domain, &proof, &members, &ballot, b"other choices").is_err());
	assert!(Crypto::validate(domain, &proof, &members, &pseudonym, message).is_err());

	// Two contexts, as a panel's ticket proves.
	let (proof, aliases) = prove(&prover, 12, &keys, &[ballot, pseudonym], message).unwrap();
	let expected = [alias, Crypto::alias_in_context(&secret, &pseudonym).unwrap()];
	assert_eq!(aliases, expected);
	let proof: <Crypto as GenerateVerifiable>::Proof = proof.try_into().unwrap();
	let contexts = [&ballot[..], &pseudonym[..]];
	let validated = Crypto::validate_multi_context(domain, &proof, &members, &contexts, message);
	assert_eq!(validated.unwrap().as_slice(), expected);

	// Not against another ring's root, nor on another domain.
	let others = root(domain, &keys[1..]);
	assert!(Crypto::validate_multi_context(domain, &proof, &others, &contexts, message).is_err());
	let smaller = root(RingDomainSize::Domain11, &keys);
	let validated = Crypto::validate_multi_context(
		RingDomainSize::Domain11,
		&proof,
		&smaller,
		&contexts,
		message,
	);
	assert!(validated.is_err());
}

#[test]
fn two_proofs_of_the_same_inputs_differ() {
	let keys: Vec<_> = (0..3).map(|i| key_of(entropy_of(i))).collect();
	let prove_once = || prove(&entropy_of(1), 11, &keys, &[[5; 32]], b"message").unwrap();
	let ((first, first_aliases), (second, second_aliases)) = (prove_once(), prove_once());
	// The blinding is random: nothing links the two proofs but the alias they prove.
	assert_ne!(first, second);
	assert_eq!(first.len(), second.len());
	assert_eq!(first_aliases, second_aliases);
}

#[test]
fn refusals_have_their_codes() {
	let keys: Vec<_> = (0..3).map(|i| key_of(entropy_of(i))).collect();
	let context = [[5u8; 32]];
	let prover = entropy_of(1);
	let outsider = entropy_of(9);

	assert_eq!(prove(&outsider, 11, &keys, &context, b"m"), Err(Failure::NotInRing.code()));
	assert_eq!(prove(&prover, 11, &[], &context, b"m"), Err(Failure::NotInRing.code()));
	for domain in [0, 10, 13, 15, 17, 2048] {
		assert_eq!(prove(&prover, domain, &keys, &context, b"m"), Err(Failure::BadDomain.code()));
	}

	// A key that is no point of the curve, wherever it is in the ring.
	let bad = [0xff; 32];
	assert!(!Crypto::is_member_valid(&bad));
	for at in [0, 2, 3] {
		let mut ring = keys.clone();
		ring.insert(at, bad);
		assert_eq!(prove(&prover, 11, &ring, &context, b"m"), Err(Failure::BadKey.code()));
	}

	// One key more than the domain holds; as many as it holds are taken.
	let capacity = RingDomainSize::Domain11.max_ring_size::<BandersnatchSha512Ell2>();
	let mut ring: Vec<_> = (0..capacity as u32).map(|i| key_of(entropy_of(i))).collect();
	ring.push(key_of(entropy_of(capacity as u32)));
	assert_eq!(prove(&prover, 11, &ring, &context, b"m"), Err(Failure::SetFull.code()));
	ring.pop();
	assert!(prove(&prover, 11, &ring, &context, b"m").is_ok());

	// No context, or more than a proof takes.
	assert_eq!(prove(&prover, 11, &keys, &[], b"m"), Err(Failure::BadInput.code()));
	let contexts: Vec<_> = (0..=verifiable::MAX_CONTEXTS as u8).map(|i| [i; 32]).collect();
	assert_eq!(prove(&prover, 11, &keys, &contexts, b"m"), Err(Failure::BadInput.code()));
	assert!(prove(&prover, 11, &keys, &contexts[1..], b"m").is_ok());
}

#[test]
fn bad_buffers_are_refused_without_a_panic() {
	let null = std::ptr::null_mut::<u8>();
	let mut out = vec![0u8; 64];
	assert_eq!(unsafe { bmx_member(null, out.as_mut_ptr()) }, Failure::BadInput.code());
	assert_eq!(unsafe { bmx_member(ENTROPY.as_ptr(), null) }, Failure::BadInput.code());
	assert_eq!(unsafe { bmx_alias(ENTROPY.as_ptr(), null, 3, out.as_mut_ptr()) }, -6);
	assert_eq!(unsafe { bmx_alias(ENTROPY.as_ptr(), null, 0, out.as_mut_ptr()) }, 0);
	assert_eq!(unsafe { bmx_sign(ENTROPY.as_ptr(), null, 1, out.as_mut_ptr()) }, -6);
	let key = key_of(ENTROPY);
	let code = unsafe {
		bmx_prove(ENTROPY.as_ptr(), 11, key.as_ptr(), usize::MAX, [0; 32].as_ptr(), 1, null, 0)
	};
	assert_eq!(code, Failure::BadInput.code());
	let code = unsafe { bmx_prove(ENTROPY.as_ptr(), 11, null, 1, [0; 32].as_ptr(), 1, null, 0) };
	assert_eq!(code, Failure::BadInput.code());

	// The allocator: zeroed buffers, none beyond the memory, null ignored.
	assert!(bmx_alloc(usize::MAX).is_null());
	assert!(!bmx_alloc(0).is_null());
	let buffer = bmx_alloc(32);
	assert_eq!(unsafe { std::slice::from_raw_parts(buffer, 32) }, [0; 32]);
	unsafe {
		bmx_free(buffer, 32);
		bmx_free(null, 5);
	}
}

#[test]
fn the_codes_are_distinct_and_negative() {
	let failures = [
		Failure::NotInRing,
		Failure::SetFull,
		Failure::BadDomain,
		Failure::BadKey,
		Failure::ProverFailed,
		Failure::BadInput,
	];
	let mut codes: Vec<_> = failures.iter().map(|failure| failure.code()).collect();
	assert!(codes.iter().all(|code| *code < 0));
	codes.sort();
	codes.dedup();
	assert_eq!(codes.len(), failures.len());
}
