//! The values the pallet stores: open calls with their applications, renewal ballots, and
//! delegations.

use bmx_primitives::{governance::CollectiveId, DocumentHash};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::Get, BoundedVec};
use scale_info::TypeInfo;
use sp_runtime::Debug;

/// An application to an open call: the applicant and the hash of its statement (its
/// programme), kept off chain.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Application<AccountId> {
	/// The applicant: an active member of the collective.
	pub who: AccountId,
	/// The hash of its statement.
	pub statement: DocumentHash,
}

/// An open call for leadership of a collective (convocatoria abierta).
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxApplicants))]
#[codec(mel_bound(AccountId: MaxEncodedLen, BlockNumber: MaxEncodedLen))]
pub struct OpenCall<AccountId, BlockNumber, MaxApplicants: Get<u32>> {
	/// How many leaders the call elects at most.
	pub seats: u32,
	/// Applications are accepted before this block.
	pub applications_end: BlockNumber,
	/// The Executive Council elects from this call's applicants from `applications_end` and
	/// before this block; from it on anyone may close the call as lapsed.
	pub election_deadline: BlockNumber,
	/// The applications, in the order they came.
	pub applications: BoundedVec<Application<AccountId>, MaxApplicants>,
}

/// Where a renewal ballot stands.
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
pub enum BallotStatus {
	/// The members vote.
	Voting,
	/// The members approved the renewal; the Executive Council confirms or refuses it.
	Approved,
}

/// The outcome of a tally: every active member counted once.
#[derive(
	Clone,
	Copy,
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
pub struct Tally {
	/// Members whose vote (direct or through their delegation) is aye.
	pub ayes: u32,
	/// Members whose vote (direct or through their delegation) is nay.
	pub nays: u32,
	/// Members who neither voted nor reach a vote through their delegation.
	pub abstentions: u32,
	/// The active members of the collective: `ayes + nays + abstentions`.
	pub members: u32,
}

impl Tally {
	/// A majority of the members (not of those voting) is aye: `ayes * 2 > members`.
	pub fn approved(&self) -> bool {
		u64::from(self.ayes).saturating_mul(2) > u64::from(self.members)
	}

	/// The renewal cannot be approved any more: `nays * 2 >= members`.
	pub fn rejected(&self) -> bool {
		u64::from(self.nays).saturating_mul(2) >= u64::from(self.members)
	}
}

/// The members' vote on the renewal of one leader's term.
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
pub struct Ballot<BlockNumber> {
	/// The collective the leader leads; its active members vote.
	pub collective: CollectiveId,
	/// The end of the leader's term when the ballot opened.
	pub term_end: BlockNumber,
	/// Votes are accepted before this block; from it on anyone may close the ballot.
	pub voting_end: BlockNumber,
	/// How many members have a vote recorded (at most [`crate::Config::MaxVoters`]).
	pub voters: u32,
	/// Voting, or approved and waiting for the Executive Council.
	pub status: BallotStatus,
	/// The tally at close (zero while voting).
	pub tally: Tally,
}

/// A member's standing delegation of its vote to another member of its collective.
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
pub struct Delegation<AccountId> {
	/// The member who votes for the delegator when the delegator does not.
	pub delegate: AccountId,
	/// The collective both were active members of when it was made.
	pub collective: CollectiveId,
}
