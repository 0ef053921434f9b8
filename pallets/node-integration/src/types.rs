//! Types of node integration: node applications, suspended nodes and why a node leaves.

use bmx_primitives::{governance::CollectiveId, DocumentHash};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::Debug;

/// A member's pending application to run a validator node.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct NodeApplication<Endorsers, BlockNumber> {
	/// The collective of the applicant, whose leaders endorse it.
	pub collective: CollectiveId,
	/// The hash of the letter of intent.
	pub letter_of_intent: DocumentHash,
	/// The hash of the signed adhesion form.
	pub adhesion_form: DocumentHash,
	/// The leaders who endorsed it; only current leaders count.
	pub endorsers: Endorsers,
	/// The block at which it was submitted.
	pub applied_at: BlockNumber,
}

/// A node taken out of the validator set by the node commission, which may resume it.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct SuspendedNode<BlockNumber> {
	/// The collective the node runs for.
	pub collective: CollectiveId,
	/// The hash of the written reasons.
	pub reason: DocumentHash,
	/// The block at which the suspension started.
	pub since: BlockNumber,
}

/// Why a node left the validator set for good.
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
pub enum NodeEnd {
	/// The node commission removed it.
	Removed,
	/// Its member was suspended by the Executive Council.
	MemberSuspended,
	/// Its member was expelled by the Executive Council.
	MemberExpelled,
}
