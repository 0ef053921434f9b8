//! Types of the governing councils: seats and their terms, proposals, advisory requests, the
//! councils whose membership the pallet pushes, and the kinds of Executive Council decision.
//!
//! [`Commission`] and [`ExecutiveSeat`] come from `bmx-primitives`, where other pallets read
//! them too ([`bmx_primitives::governance::SeatInspect`]).

use bmx_primitives::{
	governance::{Commission, ExecutiveSeat},
	DocumentHash,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::Debug;

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
#[derive(Clone, Eq, PartialEq, Ord, PartialOrd, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
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
	/// The deposit held, returned when the request is decided or withdrawn.
	pub deposit: Balance,
	/// The block at which it was submitted.
	pub submitted_at: BlockNumber,
}

/// The bodies whose membership this pallet pushes to `ChangeMembers` implementations.
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

/// The kind of an Executive Council decision, which sets its quorum.
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
	/// Valid with the Secretary plus [`crate::Config::OrdinaryQuorum`] members voting aye.
	Ordinary,
	/// Valid with the Secretary plus [`crate::Config::ExtraordinaryQuorum`] members voting aye.
	Extraordinary,
}
