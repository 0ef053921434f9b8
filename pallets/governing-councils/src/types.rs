//! Types of the governing councils: seats and their terms, proposals, advisory requests, the
//! councils whose membership the pallet keeps, the Executive Council's motions and decisions,
//! the collectives' requests for an extraordinary session, and the roles whose terms are
//! limited.
//!
//! [`Commission`] and [`ExecutiveSeat`] come from `bmx-primitives`, where other pallets read
//! them too ([`bmx_primitives::governance::SeatInspect`]).

use bmx_primitives::{
	governance::{CollectiveId, Commission, ExecutiveSeat},
	DocumentHash,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::Get, weights::Weight, BoundedVec};
use scale_info::TypeInfo;
use sp_runtime::Debug;

/// The number of an Executive Council motion, given in tabling order from 0.
pub type MotionIndex = u32;

/// A council seat held for a term: of the Executive Council or of the Advisory Council.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct Seat<AccountId, BlockNumber> {
	/// The holder.
	pub who: AccountId,
	/// The block of the designation (or admission).
	pub designated_at: BlockNumber,
	/// The block at whose start the term ends unless renewed.
	pub expires_at: BlockNumber,
	/// How many times the term was renewed since the designation.
	pub renewals: u32,
}

/// A leader's pending proposal of a person for an executive seat.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct SeatProposal<AccountId, BlockNumber> {
	/// The leader who proposed; only valid while it leads (a collective, or the represented
	/// collective for a commissioner seat).
	pub proposer: AccountId,
	/// The person proposed.
	pub candidate: AccountId,
	/// The block of the proposal.
	pub proposed_at: BlockNumber,
}

/// Why a council seat ended.
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
pub enum SeatEnd {
	/// The designating body removed the holder.
	Removed,
	/// The term ran out.
	TermExpired,
	/// Another person was designated to the seat.
	Replaced,
	/// A commissioner stopped being an active member of the collective it represents.
	MembershipLost,
}

/// A term that ends at a block: of an executive seat or of an advisor.
#[derive(
	Clone,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum SeatExpiry<AccountId> {
	/// The term of the holder of an executive seat.
	Executive(ExecutiveSeat),
	/// The term of an advisor.
	Advisor(AccountId),
}

/// A pending written request for a seat on the Advisory Council.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct AdvisoryRequest<Balance, BlockNumber> {
	/// The hash of the written request.
	pub document: DocumentHash,
	/// The deposit held: returned in full when the request is admitted, withdrawn or removed
	/// after its expiry; returned less [`crate::Config::RejectionPenalty`] when it is
	/// rejected.
	pub deposit: Balance,
	/// The block at which it was submitted; it expires
	/// [`crate::Config::AdvisoryRequestLifetime`] blocks later.
	pub submitted_at: BlockNumber,
}

/// Where an advisor's request for the renewal of its term stands.
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
pub enum RenewalStatus {
	/// Waiting for the Executive Council's decision.
	Pending,
	/// Refused by the Executive Council, with the hash of its written reasons; the advisor may
	/// not ask again before the term ends.
	Refused(DocumentHash),
}

/// An advisor's request for the renewal of its current term ("solicitud de renovación"),
/// kept until the Executive Council renews the term, the advisor withdraws it or the seat ends.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct RenewalRequest<BlockNumber> {
	/// The hash of the advisor's written statement.
	pub statement: DocumentHash,
	/// The block at which it was made.
	pub requested_at: BlockNumber,
	/// The end of the term it asks to renew (the advisor's `expires_at` then).
	pub term_ends: BlockNumber,
	/// Pending, or refused.
	pub status: RenewalStatus,
}

/// The councils whose membership this pallet keeps: the Executive Council's is recorded here
/// (its motions are this pallet's), the others are also pushed to `ChangeMembers`
/// implementations.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Council {
	/// The Executive Council: the Secretary and every commissioner.
	Executive,
	/// The Advisory Council: the advisors.
	Advisory,
	/// The commissioners of one commission.
	Commission(Commission),
}

impl Council {
	/// The four councils, in the order of their storage keys.
	pub const ALL: [Council; 4] = [
		Council::Executive,
		Council::Advisory,
		Council::Commission(Commission::Projects),
		Council::Commission(Commission::NodeIntegration),
	];
}

/// The kind of an Executive Council decision, which sets its quorum; the payload of
/// [`crate::Origin::Executive`].
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
pub enum DecisionKind {
	/// Valid when the Secretary and [`crate::Config::OrdinaryQuorum`] other members voted.
	Ordinary,
	/// Valid when the Secretary and [`crate::Config::ExtraordinaryQuorum`] other members voted;
	/// only at a collective's request.
	Extraordinary,
}

/// The kind of a motion as tabled: ordinary, or extraordinary at the open request of a
/// collective (its leaders' [`SessionRequest`]).
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
pub enum MotionKind {
	/// An ordinary decision.
	Ordinary,
	/// An extraordinary decision, citing the open request of `collective`.
	Extraordinary {
		/// The collective whose leaders requested the extraordinary session.
		collective: CollectiveId,
	},
}

impl MotionKind {
	/// The kind of decision the motion makes.
	pub fn decision(&self) -> DecisionKind {
		match self {
			MotionKind::Ordinary => DecisionKind::Ordinary,
			MotionKind::Extraordinary { .. } => DecisionKind::Extraordinary,
		}
	}
}

/// An open motion of the Executive Council.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxVoters))]
#[codec(mel_bound(
	AccountId: MaxEncodedLen,
	Call: MaxEncodedLen,
	BlockNumber: MaxEncodedLen
))]
pub struct Motion<AccountId, Call, BlockNumber, MaxVoters: Get<u32>> {
	/// The member who tabled it (its aye is recorded).
	pub proposer: AccountId,
	/// Ordinary, or extraordinary at a collective's request.
	pub kind: MotionKind,
	/// The proposed call, inline or noted with the preimage service.
	pub proposal: Call,
	/// The encoded length of the proposed call, in bytes.
	pub proposal_len: u32,
	/// The weight of the proposed call when it was tabled.
	pub proposal_weight: Weight,
	/// The block of the tabling.
	pub tabled_at: BlockNumber,
	/// The first block at which votes are refused and anyone may close the motion.
	pub voting_ends: BlockNumber,
	/// The votes cast, in order (`true` for aye), at most one per account. Only the votes of
	/// accounts that are Executive members at close count.
	pub votes: BoundedVec<(AccountId, bool), MaxVoters>,
}

/// How a closed motion ended.
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
pub enum MotionOutcome {
	/// Too few members voted (or the Secretary did not): no decision.
	NotValid,
	/// Valid, but the ayes did not outnumber the nays (a tie fails).
	Rejected,
	/// Valid and carried by more ayes than nays: the call was dispatched.
	Approved,
}

/// A collective's request for an extraordinary session of the Executive Council.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct SessionRequest<AccountId, BlockNumber> {
	/// The leader who recorded it.
	pub requested_by: AccountId,
	/// The hash of the written objective of the session.
	pub objective: DocumentHash,
	/// The block of the request.
	pub requested_at: BlockNumber,
	/// The block at whose start it expires unless a motion cites it.
	pub expires_at: BlockNumber,
	/// The open extraordinary motion that cites it; it is consumed when that motion closes.
	pub motion: Option<MotionIndex>,
}

/// A role whose terms are counted for life, per account ([`crate::TermsServed`]).
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum TermRole {
	/// The Executive Secretary.
	Secretary,
	/// A commissioner of the commission (whichever collective it represents).
	Commissioner(Commission),
	/// An advisor; admissions and renewals both count.
	Advisor,
}

impl From<ExecutiveSeat> for TermRole {
	fn from(seat: ExecutiveSeat) -> Self {
		match seat {
			ExecutiveSeat::Secretary => TermRole::Secretary,
			ExecutiveSeat::Commissioner(commission, _) => TermRole::Commissioner(commission),
		}
	}
}
