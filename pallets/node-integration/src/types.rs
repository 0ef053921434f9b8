//! Types of node integration: node applications, suspended and flagged nodes, and why a node
//! leaves.

use bmx_primitives::{governance::CollectiveId, DocumentHash};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::{Debug, Perbill};
use sp_staking::SessionIndex;

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

/// A node taken out of the validator set, which the node commission may resume.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct SuspendedNode<BlockNumber> {
	/// The collective the node runs for.
	pub collective: CollectiveId,
	/// Who suspended it and why.
	pub cause: Suspension,
	/// The block at which the suspension started.
	pub since: BlockNumber,
}

/// Why a node is suspended.
#[derive(Clone, Copy, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub enum Suspension {
	/// A decision of the node removal origin (the node commission, or an extraordinary decision
	/// of the Executive Council).
	Decision {
		/// The hash of the written reasons.
		reason: DocumentHash,
	},
	/// Suspended automatically for an offence (an equivocation) reported through
	/// `pallet-offences`, for the node commission to review.
	Offence(OffenceRecord),
}

/// An offence of a node, as reported through `pallet-offences`: the handler it calls tells the
/// session and the slash fraction, not the kind of offence.
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
pub struct OffenceRecord {
	/// The session in which the offence was committed.
	pub session: SessionIndex,
	/// The slash fraction the offence computed (its severity; nothing is slashed here).
	pub slash_fraction: Perbill,
}

/// An active node that committed an offence while its suspension would have taken the set
/// below the minimum: it keeps validating, flagged for the node commission's review.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct FlaggedNode<BlockNumber> {
	/// The collective the node runs for.
	pub collective: CollectiveId,
	/// The offence.
	pub offence: OffenceRecord,
	/// The block at which it was flagged.
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
