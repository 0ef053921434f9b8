//! The values the pallet stores and shows, and the codes of its refusals in the pool.

use bmx_primitives::anonymity::{Alias, PanelState};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::{InvalidTransaction, TransactionValidityError},
	traits::Get,
	BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_runtime::Debug;

/// A score an evaluator gives one option: 0 to [`MAX_SCORE`].
pub type Score = u8;

/// The highest score.
pub const MAX_SCORE: Score = 100;

/// A round of a panel's sortition: 0, then one more for each re-run.
pub type Round = u8;

/// A commitment to an evaluator's scores:
/// [`bmx_primitives::anonymity::score_commitment`].
pub type Commitment = [u8; 32];

/// A secret salt an evaluator commits its scores with; revealing it with the scores proves the
/// commitment.
pub type Salt = [u8; 32];

/// A certified evaluator's enrolment in the roster, by member key.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Enrolment<AccountId, BlockNumber> {
	/// The account that enrolled (the evaluator's verified account) and paid the bond.
	pub account: AccountId,
	/// The block it enrolled at: it is a candidate for subjects published after this.
	pub enrolled_at: BlockNumber,
	/// The block it left the roster at, if it did. A member key enrols once.
	pub left_at: Option<BlockNumber>,
}

/// Why an evaluator left the roster.
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
pub enum LeaveCause {
	/// It asked to leave.
	Withdrew,
	/// It no longer holds the evaluator credential.
	CredentialLost,
	/// Its member key is no longer the one registered from its account (rotated, removed or
	/// the identity ended).
	KeyChanged,
}

/// An evaluation panel.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Panel<AccountId, Balance, BlockNumber> {
	/// The subject's own number (a tender id).
	pub subject: u32,
	/// Who paid the fee; what is not paid out returns to it.
	pub payer: AccountId,
	/// The evaluation fee, held in the pallet's account until the panel ends.
	pub fee: Balance,
	/// How many options each evaluator scores.
	pub options: u32,
	/// The seed of the current round.
	pub seed: [u8; 32],
	/// How many candidates its ring has.
	pub candidates: u32,
	/// How many blocks a round's tickets are taken for (a re-run takes as long).
	pub tickets_duration: BlockNumber,
	/// How many blocks a round's reveals are taken for.
	pub reveals_duration: BlockNumber,
	/// Where it stands.
	pub state: PanelState<BlockNumber>,
	/// Whether the subject's outcome was recorded (reputation moves once).
	pub outcome_recorded: bool,
}

/// A selected evaluator of a panel's current round: one of the lowest tickets so far.
#[derive(
	CloneNoBound,
	EqNoBound,
	PartialEqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	DebugNoBound,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxOptions))]
pub struct Selection<MaxOptions: Get<u32>> {
	/// The ticket: the evaluator's alias in the round's ticket context, its rank.
	pub ticket: Alias,
	/// The evaluator's stable pseudonym (its alias in the pseudonym context).
	pub pseudonym: Alias,
	/// The commitment to its scores.
	pub commitment: Commitment,
	/// Its scores once revealed, one per option.
	pub scores: Option<BoundedVec<Score, MaxOptions>>,
}

/// What the chain knows of an evaluator's pseudonym: never who it is.
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
pub struct PseudonymRecord<Balance> {
	/// Its reputation: up when a contract its high score backed was completed, down when one
	/// failed or it did not reveal.
	pub reputation: i32,
	/// Its bond credit: one bond at its first appearance, less what was slashed, topped up
	/// from its pay.
	pub credit: Balance,
	/// Its pay not yet settled.
	pub earnings: Balance,
	/// How many panels it was paid for.
	pub panels: u32,
	/// How many times it settled: the nonce its next settlement proof binds.
	pub settlements: u32,
	/// How many selections it holds in rounds not yet concluded: it may not close (and take
	/// its bond out) while it could still be slashed.
	pub live: u32,
	/// Whether it settled its bond and left: it takes no more tickets.
	pub closed: bool,
}

/// Why the transaction pool (and block import) refuses a ticket, a reveal or a settlement: the
/// `InvalidTransaction::Custom` code of the call's authorization. Codes are stable: new
/// refusals take new codes.
#[derive(Clone, Copy, Eq, PartialEq, Debug)]
#[repr(u8)]
pub enum PanelRefusal {
	/// 1: no panel has this number.
	NotFound = 1,
	/// 2: the panel is not drawing tickets now (its ring is not built yet, or tickets closed,
	/// or the panel ended).
	TicketsClosed = 2,
	/// 3: the panel does not take reveals now.
	RevealsClosed = 3,
	/// 4: the ring named is not the panel's ring (or, for a settlement, neither a ring of the
	/// evaluators' roster nor one of the former evaluators).
	WrongRing = 4,
	/// 5: the ring service refuses the ring (unknown, not in force or too small).
	RingNotUsable = 5,
	/// 6: the ticket is not among the panel's lowest, or above the panel's threshold: it would
	/// not be selected.
	NotLowEnough = 6,
	/// 7: this ticket is already selected.
	AlreadySubmitted = 7,
	/// 8: the pseudonym may not be selected: its reputation is below the minimum, its bond
	/// credit no longer covers a slash, it closed, it did not reveal in an earlier round of
	/// this panel, or it is new and every bond already has its pseudonym.
	PseudonymBarred = 8,
	/// 9: the proof does not decode or does not prove membership for these contexts and this
	/// message.
	InvalidProof = 9,
	/// 10: the proof is valid but proves other aliases than those given.
	WrongAlias = 10,
	/// 11: no selected evaluator holds this ticket.
	NotSelected = 11,
	/// 12: this ticket's scores were revealed already.
	AlreadyRevealed = 12,
	/// 13: the scores or salt do not open the ticket's commitment.
	CommitmentMismatch = 13,
	/// 14: not one score per option, or a score above [`MAX_SCORE`].
	InvalidScores = 14,
	/// 15: the pseudonym has nothing to settle, or is closed.
	NothingToSettle = 15,
	/// 16: the amount is below what a new account needs to exist.
	BelowMinimum = 16,
	/// 17: the pseudonym holds a selection in a round not yet concluded: it may not close
	/// until that round concludes.
	StillSelected = 17,
	/// 18: the pool cannot pay this (a broken invariant: report it).
	PoolShort = 18,
}

impl PanelRefusal {
	/// Every refusal, in code order.
	pub const ALL: [PanelRefusal; 18] = [
		Self::NotFound,
		Self::TicketsClosed,
		Self::RevealsClosed,
		Self::WrongRing,
		Self::RingNotUsable,
		Self::NotLowEnough,
		Self::AlreadySubmitted,
		Self::PseudonymBarred,
		Self::InvalidProof,
		Self::WrongAlias,
		Self::NotSelected,
		Self::AlreadyRevealed,
		Self::CommitmentMismatch,
		Self::InvalidScores,
		Self::NothingToSettle,
		Self::BelowMinimum,
		Self::StillSelected,
		Self::PoolShort,
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

impl From<PanelRefusal> for TransactionValidityError {
	fn from(refusal: PanelRefusal) -> Self {
		TransactionValidityError::Invalid(InvalidTransaction::Custom(refusal.code()))
	}
}
