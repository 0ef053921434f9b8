//! Anonymity: rings of verified persons' member keys, and what a proof of membership in one
//! gives other pallets.
//!
//! `pallet-anonymity-rings` keeps the rings (Bandersnatch ring VRF, `verifiable` 0.4.1) and
//! implements [`AnonymousMembership`]; other pallets (secret ballots, anonymous panels) verify
//! proofs through the trait without depending on that pallet's crate.
//!
//! A member proves "I hold the secret of one of the keys of this ring" for a *context* and gets
//! an *alias*: the same for the same secret and context every time, unlinkable to the key and to
//! the member's aliases in other contexts. One alias per person per context is what makes "one
//! person, one vote" hold without naming the person.
//!
//! The context and message builders below are normative: a client (the `bmx-ring` tool, a
//! wallet, the portal) computes the same bytes to prove what a pallet verifies. Each is
//! `blake2_256` of the SCALE encoding of a tuple that starts with a domain tag; contexts carry the
//! genesis hash, so aliases differ between a test chain and the production chain.

use crate::identity::{Jurisdiction, MexicanState};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::weights::Weight;
use scale_info::TypeInfo;
use sp_runtime::Debug;

/// A ring member's public key: a compressed Bandersnatch point. The secret stays with the person.
pub type MemberKey = [u8; 32];

/// A member's alias in one context: the ring VRF output on that context.
pub type Alias = [u8; 32];

/// Which ring of a scope (a scope larger than one ring's capacity has several).
pub type RingIndex = u32;

/// A published state of a ring: each completed build publishes the next revision of its root.
pub type RingRevision = u32;

/// Who a ring gathers. A ballot or panel names the scope its voters must prove membership of.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum RingScope {
	/// Verified adults registered as living in one municipality.
	Municipality(Jurisdiction),
	/// Verified adults registered as living in one state.
	State(MexicanState),
	/// Every verified adult, including those living abroad.
	National,
}

impl RingScope {
	/// Whether a ring of `self` may answer for a ballot of `target`: the same scope, so that a
	/// state ballot never reveals which municipality a voter lives in.
	pub fn serves(&self, target: &RingScope) -> bool {
		self == target
	}
}

/// One published revision of one ring: what a proof is made against.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct RingRef {
	/// The scope the ring belongs to.
	pub scope: RingScope,
	/// The ring within its scope.
	pub index: RingIndex,
	/// The published revision of the ring's root.
	pub revision: RingRevision,
}

/// Why a ring or a proof was not accepted.
#[derive(Clone, Copy, Eq, PartialEq, Debug)]
pub enum MembershipError {
	/// No such ring or revision is kept.
	UnknownRing,
	/// The revision was not in force at the snapshot (it was published after it, or replaced
	/// before it).
	NotInForce,
	/// The ring has fewer members than its scope's minimum anonymity set.
	TooSmall,
	/// The proof does not decode, or does not prove membership for these contexts and message.
	InvalidProof,
	/// More contexts than a proof may carry.
	TooManyContexts,
}

/// Membership proofs against the published rings. `()` knows no ring and refuses everything.
pub trait AnonymousMembership<BlockNumber> {
	/// The number of members of `ring` if that revision was in force at `snapshot` and its ring
	/// is large enough to be used: the checks a caller makes before paying for a proof.
	fn usable_ring(ring: &RingRef, snapshot: BlockNumber) -> Result<u32, MembershipError>;

	/// Whether `scope` has at least one ring large enough to be used now.
	fn scope_is_usable(scope: &RingScope) -> bool;

	/// Verifies `proof` against `ring` as in force at `snapshot`: a member of that ring proved
	/// knowledge of its secret for each of `contexts` and bound `message`. Returns the aliases,
	/// one per context, in order.
	fn verify(
		ring: &RingRef,
		snapshot: BlockNumber,
		contexts: &[&[u8]],
		message: &[u8],
		proof: &[u8],
	) -> Result<Vec<Alias>, MembershipError>;

	/// The worst-case weight of [`AnonymousMembership::verify`] with `contexts` contexts.
	fn verify_weight(contexts: u32) -> Weight;
}

impl<BlockNumber> AnonymousMembership<BlockNumber> for () {
	fn usable_ring(_ring: &RingRef, _snapshot: BlockNumber) -> Result<u32, MembershipError> {
		Err(MembershipError::UnknownRing)
	}
	fn scope_is_usable(_scope: &RingScope) -> bool {
		false
	}
	fn verify(
		_ring: &RingRef,
		_snapshot: BlockNumber,
		_contexts: &[&[u8]],
		_message: &[u8],
		_proof: &[u8],
	) -> Result<Vec<Alias>, MembershipError> {
		Err(MembershipError::UnknownRing)
	}
	fn verify_weight(_contexts: u32) -> Weight {
		Weight::zero()
	}
}

/// What the holder of a member key signs (a plain `verifiable` signature) when it registers the
/// key from `account`: proof that it holds the secret, so that nobody can register another
/// person's public key as its own.
pub fn key_possession_message(genesis: &[u8; 32], account: &[u8]) -> [u8; 32] {
	sp_crypto_hashing::blake2_256(&(b"bmx/ring-key", genesis, account).encode())
}

/// The context of a vote in ballot `ballot_id`: one alias per person and ballot.
pub fn ballot_context(genesis: &[u8; 32], ballot_id: u32) -> [u8; 32] {
	sp_crypto_hashing::blake2_256(&(b"bmx/ballot", genesis, ballot_id).encode())
}

/// The message a vote's proof binds: the ballot, the ring revision proved against and the
/// choices, so that nobody can replay the proof with other choices.
pub fn vote_message(ballot_id: u32, ring: &RingRef, choices: &[u32]) -> [u8; 32] {
	sp_crypto_hashing::blake2_256(&(b"bmx/vote", ballot_id, ring, choices).encode())
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn builders_separate_their_domains() {
		let genesis = [7u8; 32];
		assert_ne!(ballot_context(&genesis, 1), ballot_context(&genesis, 2));
		assert_ne!(ballot_context(&genesis, 1), ballot_context(&[8u8; 32], 1));
		let ring = RingRef { scope: RingScope::National, index: 0, revision: 1 };
		assert_ne!(vote_message(1, &ring, &[0]), vote_message(1, &ring, &[1]));
		assert_ne!(
			vote_message(1, &ring, &[0]),
			vote_message(1, &RingRef { revision: 2, ..ring }, &[0])
		);
		assert_ne!(key_possession_message(&genesis, &[1]), key_possession_message(&genesis, &[2]));
	}

	#[test]
	fn a_ring_serves_its_own_scope_only() {
		let gdl = Jurisdiction { state: MexicanState::Jalisco, municipality: 39 };
		assert!(RingScope::Municipality(gdl).serves(&RingScope::Municipality(gdl)));
		assert!(!RingScope::State(MexicanState::Jalisco).serves(&RingScope::Municipality(gdl)));
		assert!(!RingScope::National.serves(&RingScope::State(MexicanState::Jalisco)));
	}
}
