//! The values the pallet stores and shows.

use alloc::vec::Vec;
use bmx_primitives::{
	anonymity::{MemberKey, RingIndex, RingRevision, RingScope},
	identity::Residency,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_runtime::Debug;

/// The kind of a [`RingScope`]: what its settings apply to.
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
	serde::Serialize,
	serde::Deserialize,
)]
pub enum ScopeKind {
	/// The rings of one municipality.
	Municipality,
	/// The rings of one state.
	State,
	/// The national rings.
	National,
	/// The evaluators' roster's rings.
	Evaluators,
	/// The ring of each evaluation panel (`onboarding_size` is not used: a panel's ring is
	/// formed at once).
	Panel,
	/// The former evaluators' rings: keys that left the roster join them in batches, like the
	/// roster's, and stay while they are member keys.
	FormerEvaluators,
}

impl ScopeKind {
	/// The kind of `scope`.
	pub fn of(scope: &RingScope) -> Self {
		match scope {
			RingScope::Municipality(_) => ScopeKind::Municipality,
			RingScope::State(_) => ScopeKind::State,
			RingScope::National => ScopeKind::National,
			RingScope::Evaluators => ScopeKind::Evaluators,
			RingScope::Panel(_) => ScopeKind::Panel,
			RingScope::FormerEvaluators => ScopeKind::FormerEvaluators,
		}
	}
}

/// How the rings of one kind of scope grow and when they may be used.
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
	serde::Serialize,
	serde::Deserialize,
)]
pub struct ScopeSettings {
	/// How many keys must wait in a scope's queue before a batch of them joins a ring, and the
	/// fewest keys a batch adds to a ring: the defence against timing correlation (a ring never
	/// grows by one identifiable newcomer). At least 1, at most `BuildBatch` and
	/// `MaxQueueLength`.
	pub onboarding_size: u32,
	/// The fewest members of a usable ring: a published revision with fewer members is not
	/// accepted for proofs (its anonymity set is too small). At most `MaxRingSize`.
	pub min_ring_size: u32,
}

/// The scopes a resident belongs to: its municipality's, its state's and the national one for a
/// resident of Mexico; the national one only for a resident abroad. Never the evaluators'
/// roster, the former evaluators or a panel: a key joins those only when another pallet asks
/// ([`PanelRings`](bmx_primitives::anonymity::PanelRings)).
pub fn scopes_of(residency: &Residency) -> Vec<RingScope> {
	match residency {
		Residency::National(jurisdiction) => alloc::vec![
			RingScope::Municipality(*jurisdiction),
			RingScope::State(jurisdiction.state),
			RingScope::National,
		],
		Residency::Abroad => alloc::vec![RingScope::National],
	}
}

/// A verified person's member key.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct MemberRecord<AccountId, BlockNumber> {
	/// The account that registered the key: the person's account then. The key is removed
	/// when this account stops being the person's verified adult account.
	pub account: AccountId,
	/// The member key (a Bandersnatch public key).
	pub key: MemberKey,
	/// Where the person lived when the key was last placed: which scopes' rings hold it.
	pub residency: Residency,
	/// The block at which this key was registered (by a registration or a rotation).
	pub registered_at: BlockNumber,
}

/// One ring of a scope.
#[derive(
	Clone,
	Default,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct RingInfo {
	/// The keys of the ring now ([`crate::RingKeys`]'s length).
	pub len: u32,
	/// How many of the ring's keys, from the first, the builder of this generation absorbed.
	pub included: u32,
	/// Bumped whenever the ring loses a key its builder had absorbed: the commitment is
	/// append-only, so the ring is then built again from an empty builder.
	pub generation: u32,
	/// The last published revision; 0 while none was.
	pub revision: RingRevision,
	/// The members of the last published revision.
	pub published_len: u32,
	/// The generation of the last published revision.
	pub published_generation: u32,
	/// The oldest revision still kept in [`crate::Roots`]; 0 while none was published.
	pub oldest_kept: RingRevision,
	/// Whether the last published revision is usable for proofs (it had at least its scope's
	/// `min_ring_size` members when published).
	pub usable: bool,
	/// Whether the ring's keys differ from its last published revision: it waits in
	/// [`crate::PendingBuilds`] for build steps.
	pub stale: bool,
}

/// A published revision of a ring's root.
#[derive(
	CloneNoBound, EqNoBound, PartialEqNoBound, Encode, Decode, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(RootLen))]
pub struct RootRecord<BlockNumber: Clone + Eq + core::fmt::Debug, RootLen: Get<u32>> {
	/// The encoded ring root (a `verifiable` members commitment).
	pub root: BoundedVec<u8, RootLen>,
	/// Its members: the first `len` keys of the ring's key list of `generation`.
	pub len: u32,
	/// The generation of the ring it was built in.
	pub generation: u32,
	/// Whether proofs against it are accepted (it had at least its scope's `min_ring_size`
	/// members when published).
	pub usable: bool,
	/// The block it was published in: in force from then.
	pub valid_from: BlockNumber,
	/// The block its successor was published in: in force until then (excluded). `None` while
	/// it is the ring's last revision.
	pub valid_until: Option<BlockNumber>,
}

/// Why a member key left its rings.
#[derive(Clone, Copy, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo)]
pub enum RemovalCause {
	/// The person withdrew it.
	Withdrawn,
	/// The account that registered it is no longer the person's verified adult account
	/// (revoked, cleared, recovered to another account, or a minor).
	NotVerified,
	/// The person moved, and a queue of its new scopes was full: the key left every ring, and
	/// the person registers again.
	QueueFull,
}

/// A revision whose successor was published: pruned from [`crate::Roots`] at `due`.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Expiry<BlockNumber> {
	/// The first block at which it may be pruned: its `valid_until` plus `RootRetention`.
	pub due: BlockNumber,
	/// Its ring's scope.
	pub scope: RingScope,
	/// Its ring.
	pub index: RingIndex,
	/// The revision.
	pub revision: RingRevision,
}

/// A member as a prover sees it: its record and the ring that holds its key in each scope.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo)]
pub struct MemberStatus<AccountId, BlockNumber> {
	/// The stored record.
	pub record: MemberRecord<AccountId, BlockNumber>,
	/// Each scope of the member and the ring of it that holds the key; `None` while the key
	/// waits in the scope's queue.
	pub rings: Vec<(RingScope, Option<RingIndex>)>,
}

/// A ring as a prover or a ballot sees it.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo)]
pub struct RingSummary {
	/// The ring's index in its scope.
	pub index: RingIndex,
	/// Its last published revision; 0 while none was.
	pub revision: RingRevision,
	/// The members of that revision.
	pub members: u32,
	/// Whether that revision is usable for proofs.
	pub usable: bool,
	/// The keys the ring holds now, published or not.
	pub len: u32,
}
