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

/// An evaluation panel: the candidates who may be drawn to evaluate one subject (a tender).
pub type PanelId = u32;

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
	/// The evaluators' roster: the member keys of the enrolled certified evaluators. What an
	/// evaluator's pseudonym proves membership of when it is paid.
	Evaluators,
	/// The candidates of one evaluation panel: the roster's keys at the panel's formation,
	/// without those with a conflict of interest. Formed once, on request, by the panel's owner.
	Panel(PanelId),
	/// The former evaluators: the member keys that left the roster ([`PanelRings::leave_roster`]).
	/// These rings only grow: a key leaves them only when the member key itself is removed from
	/// the ring service (withdrawn, rotated, or its holder's identity revoked). What a former
	/// evaluator's pseudonym proves membership of to settle its pay and bond after leaving,
	/// hidden among everyone who ever left rather than among those who left recently.
	FormerEvaluators,
}

impl RingScope {
	/// Whether a ring of `self` may answer for a ballot of `target`: the same scope, so that a
	/// state ballot never reveals which municipality a voter lives in.
	pub fn serves(&self, target: &RingScope) -> bool {
		self == target
	}

	/// Whether the scope gathers residents (municipal, state, national): the scopes citizens'
	/// ballots target. The evaluators' roster and the panels are not.
	pub fn is_residency(&self) -> bool {
		matches!(self, RingScope::Municipality(_) | RingScope::State(_) | RingScope::National)
	}

	/// Whether the scope gathers evaluators' keys, current ([`RingScope::Evaluators`]) or
	/// former ([`RingScope::FormerEvaluators`]): the scopes a pseudonym's settlement may prove
	/// membership of.
	pub fn is_evaluators(&self) -> bool {
		matches!(self, RingScope::Evaluators | RingScope::FormerEvaluators)
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

/// Rings formed from keys other pallets choose: the evaluators' roster, the former evaluators,
/// and one ring per evaluation panel. `()` forms nothing.
pub trait PanelRings<BlockNumber> {
	/// Queues `key` to join the evaluators' roster rings ([`RingScope::Evaluators`]), like a
	/// resident's key joins its scopes' rings. A key that left the roster does not join it
	/// again (a key enrols once).
	fn join_roster(key: MemberKey) -> Result<(), MembershipError>;

	/// Removes `key` from the roster's queue or rings (at their next rebuild), and queues it to
	/// join the former evaluators' rings ([`RingScope::FormerEvaluators`]), which it then stays
	/// in for as long as it is a registered member key: its holder settles against them what
	/// it earned and its bond, whenever it wants. Nothing happens for a key that is not in the
	/// roster; a key that is no longer a registered member key (rotated, withdrawn, revoked)
	/// only leaves the roster. Refused, changing nothing, when the former evaluators' queue is
	/// full.
	fn leave_roster(key: &MemberKey) -> Result<(), MembershipError>;

	/// Forms the ring of `panel` from `keys`, in this order: ring 0 of
	/// [`RingScope::Panel`]`(panel)`, built by the ordinary build steps and usable once
	/// published with at least the panels' minimum of members. A panel is formed once.
	fn form_panel(panel: PanelId, keys: Vec<MemberKey>) -> Result<(), MembershipError>;

	/// The published revision of `panel`'s ring, once built, and whether it is usable.
	fn panel_ring(panel: PanelId) -> Option<(RingRef, bool)>;

	/// The fewest keys a panel's ring needs to be usable, as the ring service is set now: a
	/// panel formed with fewer would never take a ticket.
	fn panel_min_members() -> u32;

	/// Removes `panel`'s ring and everything kept of it (keys, builder, revisions): the panel
	/// is over and no proof against it will be checked again.
	fn dissolve_panel(panel: PanelId);

	/// The worst-case weight of [`PanelRings::form_panel`] with `keys` keys.
	fn form_panel_weight(keys: u32) -> Weight;

	/// The worst-case weight of [`PanelRings::dissolve_panel`].
	fn dissolve_panel_weight() -> Weight;

	/// The worst-case weight of [`PanelRings::join_roster`] or [`PanelRings::leave_roster`].
	fn roster_change_weight() -> Weight;
}

impl<BlockNumber> PanelRings<BlockNumber> for () {
	fn join_roster(_key: MemberKey) -> Result<(), MembershipError> {
		Err(MembershipError::UnknownRing)
	}
	fn leave_roster(_key: &MemberKey) -> Result<(), MembershipError> {
		Ok(())
	}
	fn form_panel(_panel: PanelId, _keys: Vec<MemberKey>) -> Result<(), MembershipError> {
		Err(MembershipError::UnknownRing)
	}
	fn panel_ring(_panel: PanelId) -> Option<(RingRef, bool)> {
		None
	}
	fn panel_min_members() -> u32 {
		0
	}
	fn dissolve_panel(_panel: PanelId) {}
	fn form_panel_weight(_keys: u32) -> Weight {
		Weight::zero()
	}
	fn dissolve_panel_weight() -> Weight {
		Weight::zero()
	}
	fn roster_change_weight() -> Weight {
		Weight::zero()
	}
}

/// The member keys verified persons registered. `()` knows none.
pub trait MemberKeys<AccountId, BlockNumber> {
	/// The member key registered from `who` (the person's verified adult account), and the
	/// block it was registered at.
	fn member_key(who: &AccountId) -> Option<(MemberKey, BlockNumber)>;
}

impl<AccountId, BlockNumber> MemberKeys<AccountId, BlockNumber> for () {
	fn member_key(_who: &AccountId) -> Option<(MemberKey, BlockNumber)> {
		None
	}
}

/// What a subject (a tender) asks of an evaluation panel.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo)]
pub struct PanelRequest<AccountId, Balance, BlockNumber> {
	/// The subject's own number (a tender id): for the record only.
	pub subject: u32,
	/// Who pays the evaluation fee; what is not paid out returns to it.
	pub payer: AccountId,
	/// The evaluation fee, moved from `payer` at the opening and shared among the evaluators
	/// who reveal.
	pub fee: Balance,
	/// How many options each evaluator scores (the revealed bids), in the subject's order.
	pub options: u32,
	/// The sortition seed: fixed after the subject's options were (bids closed and revealed),
	/// from inputs no single party chooses.
	pub seed: [u8; 32],
	/// Only evaluators enrolled before this block are candidates (the tender's publication).
	pub enrolled_before: BlockNumber,
	/// Tickets and score commitments are taken until this block (excluded).
	pub tickets_end: BlockNumber,
	/// Scores are revealed from `tickets_end` until this block (excluded).
	pub reveals_end: BlockNumber,
}

/// Where an evaluation panel stands, as its subject sees it.
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
pub enum PanelState<BlockNumber> {
	/// Candidates submit tickets with score commitments until `tickets_end`; the selected
	/// reveal until `reveals_end`; then anyone concludes the round.
	Sortition {
		/// The round: 0, then one more per re-run.
		round: u8,
		/// Tickets are taken until this block (excluded).
		tickets_end: BlockNumber,
		/// Scores are revealed until this block (excluded).
		reveals_end: BlockNumber,
	},
	/// Enough selected evaluators revealed: the scores are final.
	Concluded {
		/// How many revealed.
		revealed: u32,
	},
	/// Too few revealed in the last round allowed: there are no scores.
	Failed,
	/// The subject cancelled the panel: the fee went back, nobody was slashed.
	Cancelled,
}

/// Evaluation panels drawn by sortition from the evaluators' roster, for other pallets
/// (tenders). `()` opens none.
pub trait EvaluationPanels<AccountId, Balance, BlockNumber> {
	/// Opens a panel for `request`: its candidates are the evaluators enrolled before
	/// `request.enrolled_before` who still hold the evaluator credential, minus those for
	/// whom `excluded` (a conflict of interest) holds.
	fn open_panel(
		request: PanelRequest<AccountId, Balance, BlockNumber>,
		excluded: &dyn Fn(&AccountId) -> bool,
	) -> Result<PanelId, sp_runtime::DispatchError>;

	/// Where `panel` stands.
	fn state(panel: PanelId) -> Option<PanelState<BlockNumber>>;

	/// The revealed scores of a concluded panel, one list per evaluator (in ticket order),
	/// each with one score per option; empty otherwise.
	fn scores(panel: PanelId) -> Vec<Vec<u8>>;

	/// The subject's outcome for its chosen `option`: the evaluators who scored it high gain
	/// reputation if it `completed` and lose it if it failed. Once per panel.
	fn record_outcome(panel: PanelId, option: u32, completed: bool);

	/// Cancels a panel whose current round still takes tickets (before its `tickets_end`):
	/// the fee returns to its payer, nobody is slashed. Refused once the round's tickets
	/// closed, since the scores are then committed: the panel runs to its end and is paid.
	fn cancel_panel(panel: PanelId) -> sp_runtime::DispatchResult;

	/// The worst-case weight of [`EvaluationPanels::open_panel`], `excluded` not included.
	fn open_panel_weight() -> Weight;

	/// The worst-case weight of [`EvaluationPanels::record_outcome`].
	fn record_outcome_weight() -> Weight;

	/// The worst-case weight of [`EvaluationPanels::cancel_panel`].
	fn cancel_panel_weight() -> Weight;
}

impl<AccountId, Balance, BlockNumber> EvaluationPanels<AccountId, Balance, BlockNumber> for () {
	fn open_panel(
		_request: PanelRequest<AccountId, Balance, BlockNumber>,
		_excluded: &dyn Fn(&AccountId) -> bool,
	) -> Result<PanelId, sp_runtime::DispatchError> {
		Err(sp_runtime::DispatchError::Other("no evaluation panels"))
	}
	fn state(_panel: PanelId) -> Option<PanelState<BlockNumber>> {
		None
	}
	fn scores(_panel: PanelId) -> Vec<Vec<u8>> {
		Vec::new()
	}
	fn record_outcome(_panel: PanelId, _option: u32, _completed: bool) {}
	fn cancel_panel(_panel: PanelId) -> sp_runtime::DispatchResult {
		Err(sp_runtime::DispatchError::Other("no evaluation panels"))
	}
	fn open_panel_weight() -> Weight {
		Weight::zero()
	}
	fn record_outcome_weight() -> Weight {
		Weight::zero()
	}
	fn cancel_panel_weight() -> Weight {
		Weight::zero()
	}
}

/// A secret ballot, numbered in order from 0 by the ballot service. Contexts and messages
/// ([`ballot_context`], [`vote_message`]) carry it.
pub type BallotId = u32;

/// Plain secret ballots another pallet opens for its own subject (a tender's citizen vote):
/// one choice per vote, among options named by their labels. The caller is trusted: no origin
/// is checked, so only a pallet that checked its own rules calls this. `()` opens none.
pub trait PlainBallots<BlockNumber> {
	/// Opens a ballot of the residents of `scope` (a residency scope) among `labels` (at
	/// least two, distinct, in the subject's order: a vote names an option by its position),
	/// taking votes from `starts` until `ends` (excluded). Its snapshot is the current block.
	fn open(
		scope: RingScope,
		labels: Vec<crate::DocumentHash>,
		starts: BlockNumber,
		ends: BlockNumber,
	) -> Result<BallotId, sp_runtime::DispatchError>;

	/// The votes of each option of `ballot`, in the order of its labels; `None` for an
	/// unknown or cancelled ballot.
	fn tallies(ballot: BallotId) -> Option<Vec<u32>>;

	/// Closes `ballot` once its voting ended. `Ok` if it was closed already.
	fn close(ballot: BallotId) -> sp_runtime::DispatchResult;

	/// Cancels `ballot` before its voting ends, for the reasons hashed in `reason`.
	fn cancel(ballot: BallotId, reason: crate::DocumentHash) -> sp_runtime::DispatchResult;

	/// The worst-case weight of [`PlainBallots::open`].
	fn open_weight() -> Weight;

	/// The worst-case weight of [`PlainBallots::close`].
	fn close_weight() -> Weight;

	/// The worst-case weight of [`PlainBallots::cancel`].
	fn cancel_weight() -> Weight;
}

impl<BlockNumber> PlainBallots<BlockNumber> for () {
	fn open(
		_scope: RingScope,
		_labels: Vec<crate::DocumentHash>,
		_starts: BlockNumber,
		_ends: BlockNumber,
	) -> Result<BallotId, sp_runtime::DispatchError> {
		Err(sp_runtime::DispatchError::Other("no secret ballots"))
	}
	fn tallies(_ballot: BallotId) -> Option<Vec<u32>> {
		None
	}
	fn close(_ballot: BallotId) -> sp_runtime::DispatchResult {
		Err(sp_runtime::DispatchError::Other("no secret ballots"))
	}
	fn cancel(_ballot: BallotId, _reason: crate::DocumentHash) -> sp_runtime::DispatchResult {
		Err(sp_runtime::DispatchError::Other("no secret ballots"))
	}
	fn open_weight() -> Weight {
		Weight::zero()
	}
	fn close_weight() -> Weight {
		Weight::zero()
	}
	fn cancel_weight() -> Weight {
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

/// The context of an evaluator's stable pseudonym: the same alias for the same member key in
/// every panel, so that reputation and pay accrue to it without naming the evaluator.
pub fn pseudonym_context(genesis: &[u8; 32]) -> [u8; 32] {
	sp_crypto_hashing::blake2_256(&(b"bmx/evaluator", genesis).encode())
}

/// The context of a sortition ticket in round `round` of `panel`, whose seed is `seed`: the
/// alias is the ticket, unique per candidate and unpredictable before the seed is fixed.
pub fn ticket_context(genesis: &[u8; 32], panel: PanelId, round: u8, seed: &[u8; 32]) -> [u8; 32] {
	sp_crypto_hashing::blake2_256(&(b"bmx/ticket", genesis, panel, round, seed).encode())
}

/// The message a ticket's proof binds: the panel, the round, the ring revision proved against
/// and the commitment to the candidate's scores, so that nobody can attach other scores.
pub fn ticket_message(
	panel: PanelId,
	round: u8,
	ring: &RingRef,
	commitment: &[u8; 32],
) -> [u8; 32] {
	sp_crypto_hashing::blake2_256(&(b"bmx/ticket", panel, round, ring, commitment).encode())
}

/// The commitment to an evaluator's scores in round `round` of `panel`, under its ticket
/// `ticket`: `salt` is the evaluator's secret, so only it can reveal.
pub fn score_commitment(
	panel: PanelId,
	round: u8,
	ticket: &Alias,
	scores: &[u8],
	salt: &[u8; 32],
) -> [u8; 32] {
	sp_crypto_hashing::blake2_256(&(b"bmx/scores", panel, round, ticket, scores, salt).encode())
}

/// The message a pseudonym's settlement proof binds: where its money goes and its settlement
/// count, so that nobody can replay the proof.
pub fn settlement_message(pseudonym: &Alias, to: &[u8], nonce: u32, close: bool) -> [u8; 32] {
	sp_crypto_hashing::blake2_256(&(b"bmx/settle", pseudonym, to, nonce, close).encode())
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
	fn panel_builders_separate_their_domains() {
		let genesis = [7u8; 32];
		let seed = [1u8; 32];
		assert_ne!(ticket_context(&genesis, 1, 0, &seed), ticket_context(&genesis, 1, 1, &seed));
		assert_ne!(ticket_context(&genesis, 1, 0, &seed), ticket_context(&genesis, 2, 0, &seed));
		assert_ne!(ticket_context(&genesis, 1, 0, &seed), ticket_context(&genesis, 1, 0, &[2; 32]));
		assert_ne!(pseudonym_context(&genesis), pseudonym_context(&[8u8; 32]));
		let ring = RingRef { scope: RingScope::Panel(1), index: 0, revision: 1 };
		assert_ne!(ticket_message(1, 0, &ring, &[0; 32]), ticket_message(1, 0, &ring, &[1; 32]));
		let ticket = [3u8; 32];
		assert_ne!(
			score_commitment(1, 0, &ticket, &[50, 60], &[9; 32]),
			score_commitment(1, 0, &ticket, &[60, 50], &[9; 32])
		);
		assert_ne!(
			score_commitment(1, 0, &ticket, &[50], &[9; 32]),
			score_commitment(1, 1, &ticket, &[50], &[9; 32])
		);
		assert_ne!(
			settlement_message(&ticket, &[1], 0, false),
			settlement_message(&ticket, &[1], 1, false)
		);
	}

	#[test]
	fn only_residents_scopes_are_residency_scopes() {
		assert!(RingScope::National.is_residency());
		assert!(RingScope::State(MexicanState::Jalisco).is_residency());
		assert!(!RingScope::Evaluators.is_residency());
		assert!(!RingScope::FormerEvaluators.is_residency());
		assert!(!RingScope::Panel(1).is_residency());
	}

	#[test]
	fn only_the_current_and_former_evaluators_settle_pseudonyms() {
		assert!(RingScope::Evaluators.is_evaluators());
		assert!(RingScope::FormerEvaluators.is_evaluators());
		assert!(!RingScope::Panel(1).is_evaluators());
		assert!(!RingScope::National.is_evaluators());
		assert!(!RingScope::State(MexicanState::Jalisco).is_evaluators());
	}

	#[test]
	fn a_ring_serves_its_own_scope_only() {
		let gdl = Jurisdiction { state: MexicanState::Jalisco, municipality: 39 };
		assert!(RingScope::Municipality(gdl).serves(&RingScope::Municipality(gdl)));
		assert!(!RingScope::State(MexicanState::Jalisco).serves(&RingScope::Municipality(gdl)));
		assert!(!RingScope::National.serves(&RingScope::State(MexicanState::Jalisco)));
	}
}
