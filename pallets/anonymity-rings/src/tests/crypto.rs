//! The static data cut from the code, and the crypto wrapper.

use super::*;
use crate::crypto::{static_chunks, BuildError, RingCrypto};
use codec::Encode;
use frame_support::traits::Get;
use verifiable::{
	ring::{
		ark_vrf::ring::SrsLookup,
		bandersnatch::{BandersnatchSha512Ell2, BandersnatchVrfVerifiable},
		ring_verifier_builder_params, RingDomainSize, StaticChunk,
	},
	GenerateVerifiable,
};

type Crypto = BandersnatchVrfVerifiable;

#[test]
fn static_chunks_are_verifiables_builder_params() {
	for domain in [RingDomainSize::Domain11, RingDomainSize::Domain12] {
		let params = ring_verifier_builder_params::<BandersnatchSha512Ell2>(domain);
		let capacity = Crypto::capacity(domain) as usize;
		for range in [0..1, 0..4, 100..132, capacity - 3..capacity] {
			let expected: Vec<_> = (&params)
				.lookup(range.clone())
				.expect("in range")
				.into_iter()
				.map(StaticChunk::<BandersnatchSha512Ell2>)
				.collect();
			let chunks = static_chunks(domain, range).expect("in range");
			assert_eq!(chunks.encode(), expected.encode());
		}
		let points = params.0.len();
		assert!(static_chunks(domain, points - 1..points).is_ok());
		assert!(static_chunks(domain, points..points + 1).is_err());
		assert!(static_chunks(domain, usize::MAX - 1..usize::MAX).is_err());
	}
}

#[test]
fn capacity_follows_the_domain() {
	assert_eq!(Crypto::capacity(RingDomainSize::Domain11), 255);
	assert_eq!(Crypto::capacity(RingDomainSize::Domain12), 767);
}

#[test]
fn rings_built_here_equal_verifiables_own() {
	let domain = RingDomainSize::Domain11;
	let keys: Vec<MemberKey> = (0..6).map(|who| member_key(who, 0)).collect();
	let params = ring_verifier_builder_params::<BandersnatchSha512Ell2>(domain);
	let mut inter = Crypto::start_members(domain);
	Crypto::push_members(&mut inter, keys.iter().copied(), |range| {
		(&params)
			.lookup(range)
			.map(|points| points.into_iter().map(StaticChunk::<BandersnatchSha512Ell2>).collect())
			.ok_or(())
	})
	.expect("pushes");
	let expected = Crypto::finish_members(inter).encode();

	let mut builder = Crypto::start_ring(domain);
	for batch in keys.chunks(4) {
		builder = Crypto::absorb(domain, &builder, batch).expect("absorbs");
	}
	assert_eq!(Crypto::finish_ring(&builder).expect("finishes"), expected);
	assert_eq!(expected.len() as u32, <<Crypto as RingCrypto>::RootLen as Get<u32>>::get());
	assert_eq!(builder.len() as u32, <<Crypto as RingCrypto>::BuilderLen as Get<u32>>::get());
}

#[test]
fn bad_keys_and_builders_are_refused() {
	let domain = RingDomainSize::Domain11;
	let builder = Crypto::start_ring(domain);
	assert_eq!(Crypto::absorb(domain, &builder, &[[0u8; 32]]), Err(BuildError::Refused));
	assert_eq!(
		Crypto::absorb(domain, &builder[..10], &[member_key(1, 0)]),
		Err(BuildError::Corrupt)
	);
	assert_eq!(Crypto::finish_ring(&builder[..10]), Err(BuildError::Corrupt));
	// A full ring takes no more.
	let keys: Vec<MemberKey> = (0..256).map(|who| member_key(who, 0)).collect();
	assert_eq!(Crypto::absorb(domain, &builder, &keys), Err(BuildError::Refused));
	assert!(!Crypto::is_valid_key(&[0u8; 32]));
	assert!(!Crypto::is_valid_key(&[0xffu8; 32]));
	assert!(Crypto::is_valid_key(&member_key(1, 0)));
}

#[test]
fn possession_is_the_keys_signature_of_the_message() {
	let key = member_key(ALICE, 0);
	let signature = Crypto::sign(&secret(ALICE, 0), b"message").expect("signs");
	assert!(Crypto::verify_possession(&key, b"message", &signature));
	assert!(!Crypto::verify_possession(&key, b"other", &signature));
	assert!(!Crypto::verify_possession(&member_key(BOB, 0), b"message", &signature));
	assert!(!Crypto::verify_possession(&key, b"message", &[0u8; 64]));
	assert!(!Crypto::verify_possession(&[0u8; 32], b"message", &signature));
}
