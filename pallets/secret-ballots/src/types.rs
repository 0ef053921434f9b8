//! Types of the secret ballots: ballots, their options, the public vote record, results, and
//! the codes of the refusals a vote meets in the transaction pool.

use bmx_primitives::{
	anonymity::{RingRef, RingScope},
	DocumentHash,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::{InvalidTransaction, TransactionValidityError},
	traits::Get,
	BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_runtime::Debug;

/// The number of a ballot, given in order from 0 by [`crate::NextBallotId`].
pub use bmx_primitives::anonymity::BallotId;

/// Amounts in MXN centavos (budgets, the cost of a project): plain integers, never tokens.
pub type Centavos = u128;

/// What a ballot decides. New kinds (a tender's bids) are added at new indices.
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
pub enum BallotKind {
	/// A participatory budget (presupuesto participativo): each option is a project with its
	/// cost; at the close the most voted projects are funded while the budget lasts.
	#[codec(index = 0)]
	Budget {
		/// The budget to share among the projects, in centavos. More than zero.
		budget_centavos: Centavos,
	},
	/// A question (consulta): the options are its answers; the tallies are the result.
	#[codec(index = 1)]
	Plain,
}

/// One option of a ballot: a project of a participatory budget or an answer to a question.
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
pub struct BallotOption {
	/// The hash of the option's description, kept off chain (never its text: a description may
	/// carry personal data). Unique within the ballot.
	pub label: DocumentHash,
	/// The option's cost in centavos: more than zero and at most the budget for a
	/// [`BallotKind::Budget`]; `None` for a [`BallotKind::Plain`] answer.
	pub amount_centavos: Option<Centavos>,
}

/// Where a ballot stands. Whether votes are taken also depends on the block: see
/// [`Ballot::is_open_at`].
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
	/// Opened and neither closed nor cancelled: votes are taken from `starts` to `ends`
	/// (excluded).
	Active,
	/// Closed after its end: its results are in [`crate::Results`].
	Closed,
	/// Cancelled before its end by its opener: no results; its votes stay on record.
	Cancelled {
		/// The hash of the reasons, kept off chain.
		reason: DocumentHash,
	},
}

/// A ballot.
#[derive(
	CloneNoBound, EqNoBound, PartialEqNoBound, Encode, Decode, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxOptions))]
pub struct Ballot<BlockNumber, MaxOptions>
where
	BlockNumber: Clone + Eq + core::fmt::Debug,
	MaxOptions: Get<u32>,
{
	/// Who votes: the members of the rings of this scope.
	pub scope: RingScope,
	/// What it decides.
	pub kind: BallotKind,
	/// The options, at least two; a vote names them by their index here.
	pub options: BoundedVec<BallotOption, MaxOptions>,
	/// The most options one vote may choose: at least 1, at most the number of options.
	pub max_choices: u32,
	/// The block the ballot was opened at: the roll's cut-off. A vote counts only with a proof
	/// against a ring revision in force at this block.
	pub snapshot: BlockNumber,
	/// The first block at which votes are taken.
	pub starts: BlockNumber,
	/// The first block at which votes are no longer taken; the ballot may be closed from here.
	pub ends: BlockNumber,
	/// Where it stands.
	pub status: BallotStatus,
}

impl<BlockNumber, MaxOptions> Ballot<BlockNumber, MaxOptions>
where
	BlockNumber: Clone + Eq + Ord + core::fmt::Debug,
	MaxOptions: Get<u32>,
{
	/// Whether votes are taken at block `now`: active, and `starts <= now < ends`.
	pub fn is_open_at(&self, now: &BlockNumber) -> bool {
		self.status == BallotStatus::Active && &self.starts <= now && now < &self.ends
	}

	/// The number of options.
	pub fn option_count(&self) -> u32 {
		u32::try_from(self.options.len()).unwrap_or(u32::MAX)
	}
}

/// One vote as the chain keeps it, under its ballot and alias in [`crate::Votes`]: the public,
/// timestamped record. It holds no account and no member key.
#[derive(
	CloneNoBound, EqNoBound, PartialEqNoBound, Encode, Decode, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxChoices))]
pub struct VoteRecord<BlockNumber, Moment, MaxChoices>
where
	BlockNumber: Clone + Eq + core::fmt::Debug,
	Moment: Clone + Eq + core::fmt::Debug,
	MaxChoices: Get<u32>,
{
	/// The indices of the options chosen, as cast.
	pub choices: BoundedVec<u32, MaxChoices>,
	/// The ring revision the proof was made against (the voter's anonymity set).
	pub ring: RingRef,
	/// The block the vote was recorded in.
	pub block: BlockNumber,
	/// The time of that block, in milliseconds since the Unix epoch.
	pub moment: Moment,
}

/// What a closed ballot decided. The final tallies and turnout stay in [`crate::Tallies`] and
/// [`crate::Turnout`].
#[derive(
	CloneNoBound, EqNoBound, PartialEqNoBound, Encode, Decode, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxOptions))]
pub struct BallotResult<MaxOptions: Get<u32>> {
	/// The projects funded, in the order they were funded (most voted first); empty for a
	/// [`BallotKind::Plain`] ballot.
	pub funded: BoundedVec<u32, MaxOptions>,
	/// The budget the funded projects take, in centavos; zero for a [`BallotKind::Plain`] ballot.
	pub spent_centavos: Centavos,
}

/// Why the transaction pool (and block import) refuses a vote: the
/// `InvalidTransaction::Custom` code of `cast_secret_vote`'s authorization. Clients decode the
/// code with [`VoteRefusal::from_code`] to explain it. Codes are stable: new refusals take new
/// codes.
#[derive(Clone, Copy, Eq, PartialEq, Debug)]
#[repr(u8)]
pub enum VoteRefusal {
	/// 1: no ballot has this number.
	NotFound = 1,
	/// 2: the ballot does not take votes yet (before its `starts`).
	NotOpenYet = 2,
	/// 3: the ballot no longer takes votes (at or after its `ends`, or closed).
	Closed = 3,
	/// 4: the ballot was cancelled.
	Cancelled = 4,
	/// 5: the ring does not serve the ballot's scope (a ring of another municipality, state or
	/// level).
	RingOutOfScope = 5,
	/// 6: the ring service keeps no such ring or revision.
	UnknownRing = 6,
	/// 7: the ring revision was not in force at the ballot's snapshot: prove against the
	/// revision in force when the ballot opened.
	RingNotInForce = 7,
	/// 8: the ring has fewer members than its scope's minimum anonymity set.
	RingTooSmall = 8,
	/// 9: this alias already voted in this ballot. A vote is never replaced.
	AlreadyVoted = 9,
	/// 10: the choices are empty, repeat an option or name an option the ballot lacks.
	InvalidChoices = 10,
	/// 11: more choices than the ballot's `max_choices`.
	TooManyChoices = 11,
	/// 12: the proof does not decode or does not prove membership of the ring for this
	/// ballot's context and this vote's message (ballot, ring, choices): made for other
	/// choices, another ballot, another ring or by someone outside the ring.
	InvalidProof = 12,
	/// 13: the proof is valid but proves another alias than the one given.
	WrongAlias = 13,
}

impl VoteRefusal {
	/// Every refusal, in code order.
	pub const ALL: [VoteRefusal; 13] = [
		Self::NotFound,
		Self::NotOpenYet,
		Self::Closed,
		Self::Cancelled,
		Self::RingOutOfScope,
		Self::UnknownRing,
		Self::RingNotInForce,
		Self::RingTooSmall,
		Self::AlreadyVoted,
		Self::InvalidChoices,
		Self::TooManyChoices,
		Self::InvalidProof,
		Self::WrongAlias,
	];

	/// The code carried by `InvalidTransaction::Custom`.
	pub const fn code(self) -> u8 {
		self as u8
	}

	/// The refusal of a code, if it is one.
	pub fn from_code(code: u8) -> Option<Self> {
		Self::ALL.into_iter().find(|refusal| refusal.code() == code)
	}
}

impl From<VoteRefusal> for TransactionValidityError {
	fn from(refusal: VoteRefusal) -> Self {
		TransactionValidityError::Invalid(InvalidTransaction::Custom(refusal.code()))
	}
}
