//! Test support for the pallets that verify ring proofs (secret ballots, anonymous panels):
//! member secrets from fixed entropy, ring roots built as the ring service builds them on
//! [`DOMAIN`], proofs made with the std prover and kept for the whole test process (a proof
//! takes a second or two in a debug build), and their verification.
//!
//! Std only: the pallets take it as a dev-dependency; the runtime never links it.

use bmx_primitives::anonymity::{Alias, MemberKey, MembershipError};
use codec::Encode;
use std::{collections::BTreeMap, sync::Mutex};
use verifiable::{
	ring::{
		bandersnatch::{BandersnatchSha512Ell2, BandersnatchVrfVerifiable},
		ring_verifier_builder_params, RingDomainSize, StaticChunk,
	},
	GenerateVerifiable,
};

/// The ring domain of the test rings (up to 255 members).
pub const DOMAIN: RingDomainSize = RingDomainSize::Domain11;

/// A member's secret.
pub type Secret = <BandersnatchVrfVerifiable as GenerateVerifiable>::Secret;

/// A ring's root (its members commitment).
pub type Root = <BandersnatchVrfVerifiable as GenerateVerifiable>::Members;

/// Proofs already made in this test process, by (member, members, contexts, message).
static PROOFS: Mutex<BTreeMap<Vec<u8>, (Vec<u8>, Vec<Alias>)>> = Mutex::new(BTreeMap::new());

/// The secret made from `entropy`.
pub fn secret_from(entropy: [u8; 32]) -> Secret {
	BandersnatchVrfVerifiable::new_secret(entropy)
}

/// The member key of `secret`.
pub fn member_of(secret: &Secret) -> MemberKey {
	BandersnatchVrfVerifiable::member_from_secret(secret)
}

/// The alias of `secret` in `context`, computed locally (no proof).
pub fn alias_in(secret: &Secret, context: &[u8]) -> Alias {
	BandersnatchVrfVerifiable::alias_in_context(secret, context)
		.expect("an alias is computed for any context; qed")
}

/// The root of a ring of `members`, in this order, built as the ring service builds it.
pub fn root_of(members: &[MemberKey]) -> Root {
	let params = ring_verifier_builder_params::<BandersnatchSha512Ell2>(DOMAIN);
	let mut intermediate = BandersnatchVrfVerifiable::start_members(DOMAIN);
	BandersnatchVrfVerifiable::push_members(&mut intermediate, members.iter().copied(), |range| {
		params
			.0
			.get(range)
			.map(|points| points.iter().copied().map(StaticChunk).collect())
			.ok_or(())
	})
	.expect("test members are valid keys and fit the domain; qed");
	BandersnatchVrfVerifiable::finish_members(intermediate)
}

/// A proof by the holder of `secret`, a member of `members`, for `contexts` and `message`;
/// and its aliases, one per context.
pub fn prove(
	secret: &Secret,
	members: &[MemberKey],
	contexts: &[&[u8]],
	message: &[u8],
) -> (Vec<u8>, Vec<Alias>) {
	let me = member_of(secret);
	let key = (me, members, contexts, message).encode();
	if let Some(made) = PROOFS.lock().ok().and_then(|proofs| proofs.get(&key).cloned()) {
		return made;
	}
	let commitment = BandersnatchVrfVerifiable::open(DOMAIN, &me, members.iter().copied())
		.expect("the prover is a member; qed");
	let (proof, aliases) =
		BandersnatchVrfVerifiable::create_multi_context(commitment, secret, contexts, message)
			.expect("a member proves; qed");
	let made = (proof.into_inner(), aliases.into_iter().collect());
	if let Ok(mut proofs) = PROOFS.lock() {
		proofs.insert(key, made.clone());
	}
	made
}

/// Verifies `proof` against `root` for `contexts` and `message`, as the ring service does:
/// the aliases, one per context.
pub fn verify(
	root: &Root,
	contexts: &[&[u8]],
	message: &[u8],
	proof: &[u8],
) -> Result<Vec<Alias>, MembershipError> {
	let proof = <BandersnatchVrfVerifiable as GenerateVerifiable>::Proof::try_from(proof.to_vec())
		.map_err(|_| MembershipError::InvalidProof)?;
	BandersnatchVrfVerifiable::validate_multi_context(DOMAIN, &proof, root, contexts, message)
		.map(|aliases| aliases.into_iter().collect())
		.map_err(|e| match e {
			verifiable::Error::TooManyContexts => MembershipError::TooManyContexts,
			_ => MembershipError::InvalidProof,
		})
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_member_proves_and_an_outsider_does_not() {
		let members: Vec<MemberKey> = (1..=3u8).map(|i| member_of(&secret_from([i; 32]))).collect();
		let root = root_of(&members);
		let secret = secret_from([2; 32]);
		let (proof, aliases) = prove(&secret, &members, &[b"ctx"], b"msg");
		assert_eq!(aliases, vec![alias_in(&secret, b"ctx")]);
		assert_eq!(verify(&root, &[b"ctx"], b"msg", &proof), Ok(aliases));
		assert_eq!(verify(&root, &[b"ctx"], b"other", &proof), Err(MembershipError::InvalidProof));
		let outsiders: Vec<MemberKey> =
			(4..=6u8).map(|i| member_of(&secret_from([i; 32]))).collect();
		assert_eq!(
			verify(&root_of(&outsiders), &[b"ctx"], b"msg", &proof),
			Err(MembershipError::InvalidProof)
		);
	}
}
