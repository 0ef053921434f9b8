//! # Anonymous panels pallet
//!
//! Evaluation panels drawn by sortition from the certified evaluators' roster: each candidate's
//! rank is a ring VRF ticket on a seed nobody chooses alone, the lowest tickets evaluate, and
//! they commit, reveal, get paid and earn reputation under pseudonyms that never name them.
//!
//! ## Overview
//!
//! - **Roster.** A holder of the evaluator credential ([`Config::EvaluatorCredential`]) whose
//!   member key is registered with the ring service ([`Config::MemberKeys`]) enrols
//!   ([`Pallet::enrol`]) and pays [`Config::Bond`] into the pallet's account. Every bond is
//!   the same amount, so the pool of bonds says nothing about whose bond backs which
//!   pseudonym. Its key joins the roster's rings ([`RingScope::Evaluators`]). It may leave
//!   ([`Pallet::leave`]); anyone may remove an evaluator that lost the credential or whose key
//!   changed ([`Pallet::refresh_evaluator`]). Either way the ring service moves its key to the
//!   former evaluators' rings ([`RingScope::FormerEvaluators`]), which only grow. A member key
//!   enrols once: a new enrolment needs a new key (a rotation), which starts a new
//!   pseudonym.
//! - **Panels.** A subject (a tender, through [`EvaluationPanels::open_panel`]) opens a panel
//!   once its options are fixed (bids revealed), with a seed fixed from inputs no single party
//!   chooses, a fee, and the windows for tickets and reveals. The candidates are the roster's
//!   evaluators enrolled before the subject's publication who still hold the credential,
//!   minus those with a conflict of interest (the subject decides: bidders' representatives,
//!   the buyer unit's officials). Their keys form the panel's own ring
//!   ([`RingScope::Panel`]), built by the ring service in bounded steps. With fewer than
//!   [`Config::MinCandidates`], or than the ring service's minimum for a usable panel ring
//!   ([`PanelRings::panel_min_members`], should governance set it higher), the panel is
//!   refused (the anonymity set would be too small).
//! - **Tickets by rank.** Each candidate computes its alias in the round's ticket context
//!   ([`bmx_primitives::anonymity::ticket_context`]): its ticket, unique and unpredictable
//!   until the seed is fixed. It sends [`Pallet::submit_ticket`] with a two-context ring proof
//!   (ticket context and pseudonym context) that binds its score commitment: no account, no
//!   fee. The panel keeps the [`Config::PanelSize`] lowest tickets submitted before
//!   `tickets_end`, evicting the highest when a lower one arrives: the result depends only on
//!   the set of tickets, never on their arrival order, so filling the slots first gains
//!   nothing. Tickets above a threshold ([`ticket_threshold`]: about four panels' worth of
//!   the candidates) are refused before their proof is checked, so only a few candidates
//!   submit, and a candidate that never submits reveals nothing.
//! - **Commit and reveal.** The commitment travels with the ticket; from `tickets_end` to
//!   `reveals_end` the selected reveal their scores with the salt ([`Pallet::reveal_scores`]):
//!   only the holder of the salt can open the commitment, so the reveal needs no signature and
//!   no account either.
//! - **Conclusion and re-runs.** After `reveals_end` anyone concludes the round
//!   ([`Pallet::conclude_panel`]). Each selected evaluator that did not reveal is slashed
//!   [`Config::NonRevealSlash`] from its pseudonym's bond credit, loses a reputation point
//!   and is barred from the panel's later rounds. With at least [`Config::MinRevealed`]
//!   reveals the panel concludes and the fee is shared among the revealers' pseudonyms;
//!   otherwise the round re-runs with a new seed (`blake2(seed, round, hash of the round's last
//!   block)`, unknown when the panel opened) and the same durations, up to
//!   [`Config::MaxRounds`] rounds, after which the panel fails and the fee returns. A
//!   pseudonym may not close (take its bond out) while it holds a selection in an open round,
//!   so a slash always finds its credit.
//! - **Pseudonyms.** An evaluator's pseudonym is its alias in a fixed context
//!   ([`bmx_primitives::anonymity::pseudonym_context`]): the same in every panel, unlinkable to
//!   its key. Its record ([`Pseudonyms`]) holds its reputation, its bond credit (one bond at
//!   its first appearance) and its pay. When the subject's outcome is known
//!   ([`EvaluationPanels::record_outcome`]: the contract was completed or failed), the
//!   pseudonyms that scored the chosen option at least [`Config::HighScore`] gain or lose a
//!   point; below [`Config::MinReputation`] a pseudonym takes no tickets, so its income falls
//!   when its judgement fails, without anyone learning who it is. A pseudonym short of bond
//!   credit takes no tickets until topped up ([`Pallet::top_up_bond`], or from its pay).
//! - **Settlement.** A pseudonym's pay goes to any account it names, with a proof of
//!   membership in the roster or, once its evaluator left, in the former evaluators' rings
//!   ([`Pallet::settle_pseudonym`]): no account of the evaluator appears. Settling with
//!   `close` also pays out its bond credit and closes the pseudonym. A former evaluator
//!   settles whenever it wants: its key stays in the former evaluators' rings for as long as
//!   it is its registered member key.
//!
//! ## Terminology
//!
//! - **Roster**: the enrolled certified evaluators ([`Roster`]), and the rings of their keys.
//! - **Former evaluators**: the keys that left the roster, kept by the ring service in rings
//!   that only grow: what a pseudonym settles against after its evaluator left.
//! - **Candidate**: an evaluator in a panel's ring.
//! - **Ticket**: a candidate's ring VRF output on the round's ticket context; lower ranks
//!   first.
//! - **Pseudonym**: an evaluator's alias in the fixed pseudonym context.
//! - **Round**: one sortition, commitment and reveal; a panel re-runs rounds until enough
//!   reveal or [`Config::MaxRounds`] is reached.
//!
//! ## Pallet API
//!
//! | Index | Call | Origin |
//! |---|---|---|
//! | 0 | [`enrol`](Pallet::enrol) | signed: a certified evaluator with a member key |
//! | 1 | [`leave`](Pallet::leave) | signed: the enrolled account |
//! | 2 | [`refresh_evaluator`](Pallet::refresh_evaluator) | signed: anyone |
//! | 3 | [`submit_ticket`](Pallet::submit_ticket) | authorized by a two-context ring proof |
//! | 4 | [`reveal_scores`](Pallet::reveal_scores) | authorized by the commitment's salt |
//! | 5 | [`conclude_panel`](Pallet::conclude_panel) | signed: anyone |
//! | 6 | [`settle_pseudonym`](Pallet::settle_pseudonym) | authorized by a ring proof of the current or former evaluators |
//! | 7 | [`top_up_bond`](Pallet::top_up_bond) | signed: anyone |
//!
//! Calls 3, 4 and 6 are general transactions with no signer and no fee
//! (`#[pallet::authorize]`): the authorization makes the cheap checks first, then the proof,
//! and refuses with [`PanelRefusal`] codes.
//!
//! View functions: [`panel`](Pallet::panel), [`selections`](Pallet::selections),
//! [`pseudonym`](Pallet::pseudonym), [`roster`](Pallet::roster),
//! [`ticket_context`](Pallet::ticket_context), [`pseudonym_context`](Pallet::pseudonym_context),
//! [`panel_ring`](Pallet::panel_ring), [`ticket_threshold`](Pallet::ticket_threshold),
//! [`settlement_nonce`](Pallet::settlement_nonce).
//!
//! For other pallets: [`EvaluationPanels`] (`open_panel`, `state`, `scores`,
//! `record_outcome`, `cancel_panel`).
//!
//! ## Assumptions
//!
//! - **The seed** is the subject's: the tenders pallet fixes it after bids are revealed, from
//!   the revealed bid salts and the hash of the block that opens the panel. A bidder cannot
//!   grind its salt (it does not know the others'); the last revealer can only withhold its
//!   bid, at the cost of its guarantee; a block author can nudge the block hash, which
//!   matters only in collusion with a bidder that also controls a candidate.
//! - **Anonymity sets.** A ticket proves membership of the panel's ring: its anonymity set
//!   is the panel's candidates (at least [`Config::MinCandidates`] and the ring service's
//!   panel minimum). A settlement proves membership of a ring revision of the roster or of the
//!   former evaluators (up to the ring service's ring size, at least its minimum for the
//!   scope). An evaluator still enrolled hides among the roster ring's members; one that left
//!   hides among the former evaluators' ring that holds it: everyone of that ring who ever
//!   left, whenever they left (keys join it in cohorts, so the revision proved against does
//!   not tell when its evaluator left). Settling after leaving against an old roster revision
//!   (still accepted while the ring service keeps it) narrows the settler to the members of
//!   that revision who are no longer enrolled, a few if few left since: `Left` events are
//!   public. A former evaluator should wait for its key to be in a usable former evaluators'
//!   ring and settle against that ring's last revision. When a settlement comes is public too:
//!   a close soon after a cohort of leavers was onboarded hints at that cohort, so a former
//!   evaluator gains by waiting. Enrolment is public: who is a certified evaluator is known,
//!   which evaluator holds which pseudonym or ticket is not.
//! - **What the chain reveals.** For each panel: its candidates (public keys, by enrolment),
//!   the selected tickets with their pseudonyms, commitments and scores, and who was paid
//!   what under which pseudonym; for each pseudonym its reputation and history. Never the
//!   account or key behind a ticket or pseudonym. A pseudonym's history narrows it: a
//!   pseudonym that scored in panels whose candidate lists intersect in one key is that key.
//!   The roster is large and stable on purpose; the runtime should keep panels' candidate
//!   lists wide (everyone without a conflict), as this pallet does.
//! - **Settling after leaving.** The ring service keeps a former evaluator's key in the former
//!   evaluators' rings for as long as it is a registered member key, so a bond and pay are
//!   never stranded by leaving, nor by a forced removal (`refresh_evaluator`), however long
//!   the evaluator waits, including a key still waiting in the roster's queue when it left
//!   (it never was in a roster revision). A former evaluators' ring answers for proofs once
//!   it has the ring service's minimum of members: until then a leaver waits (or uses a roster
//!   revision that held it, at the cost above). What strands money: the member key itself
//!   leaving the ring service (withdrawn, rotated, or its holder's identity revoked) takes it
//!   out of every ring, so its pseudonym then settles only against revisions published before,
//!   while they are kept (the ring service's retention), and after that its bond credit and
//!   pay stay in the pool. Evaluators should settle (close) before they rotate or withdraw
//!   their member key.
//! - **Bonds move into a pool, not a hold.** A hold would stay on the evaluator's account and
//!   a slash would name it. Equal bonds in one pool are what keep a slash anonymous. A
//!   pseudonym is credited one bond at its first appearance; since a key enrols once and
//!   every ring proof comes from an enrolled key, pseudonyms never outnumber bonds
//!   (`try_state` checks it, and that the pool covers every credit, pay and open fee).
//! - **Conflict of interest.** *Kept*: bidders' representatives and the buyer unit's
//!   officials are not candidates (on chain, at formation); one evaluation per evaluator and
//!   round (one ticket per key and context); keys enrolled before the subject's publication
//!   only; reputation gating; a pseudonym that did not reveal is barred from the panel's
//!   re-runs. *Lost*: anything that needs the selected *person* after selection (kinship,
//!   past employment, an undeclared stake in a bidder); it becomes a self-recusal duty of the
//!   certified evaluator, without on-chain sanction; and nobody can audit *who* scored
//!   unless the evaluator proves its pseudonym (a court can order it to).
//! - **Authorized calls.** Tickets, reveals and settlements are dispatched only with the
//!   `Authorized` origin that `frame_system::AuthorizeCall` gives after this pallet's own
//!   authorization (which runs again when the transaction is applied in a block); the
//!   dispatch re-checks everything but the proof. The runtime must not let any other path
//!   produce that origin for these calls.
//! - **Residual risks.** A cartel that holds several selections can withhold its reveals to
//!   force a re-run, at the cost of a slash and a reputation point each, after seeing the
//!   honest reveals of the failed round; the honest revealers of a failed round are not paid.
//!   A block author can grind the hash of a round's last block for a re-run's seed. A
//!   subject (tender) may cancel its panel only before the round's tickets close.
//! - **Parameters never change on a live chain without a migration**: [`Config::Bond`] (every
//!   pseudonym's first credit is one bond) and the ring domain.
//! - **Timing.** A ticket and a reveal reach the network from some node at some time; a node
//!   operator who sees an evaluator's connection learns which transaction it sent. Evaluators
//!   should submit through a relay or the portal's shared endpoint (see `tools/bmx-ring`).
//! - **Bounded storage.** [`Enrolments`] holds one entry per bond ever paid (paid for by the
//!   bond); [`Roster`] at most [`Config::MaxEvaluators`]; a panel keeps
//!   [`Config::PanelSize`] selections and at most `PanelSize × MaxRounds` barred pseudonyms;
//!   [`Pseudonyms`] at most one per bond.
//!
//! ## Not yet
//!
//! - Caps per pseudonym and buyer unit (N panels a year), enforceable because pseudonyms are
//!   stable.
//! - Weighting tickets by reputation (`-ln(ticket) / w(reputation)`), instead of the floor.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use features::{ticket_prefix, ticket_threshold, TICKET_MARGIN};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
#[cfg(any(test, feature = "try-runtime"))]
mod try_state;
pub mod types;
pub mod weights;

use bmx_primitives::{
	anonymity::{
		Alias, AnonymousMembership, EvaluationPanels, MemberKey, MemberKeys, PanelId, PanelRings,
		PanelState, RingRef, RingScope,
	},
	identity::{CredentialTypeId, CredentialsInspect},
};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{self, Inspect as _},
		OnUnbalanced,
	},
	PalletId,
};
use frame_system::pallet_prelude::*;
use sp_runtime::traits::{Saturating, Zero};

/// The smallest proof of one context that `verifiable` 0.4.1 makes (752 bytes of ring proof, a
/// length byte and one 32-byte output).
pub const MIN_PROOF_LEN: u32 = 785;

/// The smallest proof of two contexts (a ticket): one more 32-byte output.
pub const MIN_TICKET_PROOF_LEN: u32 = 817;

/// The priority of tickets, reveals and settlements in the pool. Fixed: the pool never
/// replaces one with another of the same tag.
pub const PANEL_PRIORITY: TransactionPriority = TransactionPriority::MAX / 2;

/// The prefix of the tags: `("AnonymousPanels", kind, ...)`.
pub const PANEL_TAG_PREFIX: &str = "AnonymousPanels";

/// How many blocks a settlement stays valid in the pool (an hour at 6 s blocks).
pub const SETTLEMENT_LONGEVITY: u64 = 600;

/// The balance type of [`Config::Currency`].
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// What a slash withdraws from the pool, handed to [`Config::Slash`].
pub type CreditOf<T> =
	fungible::Credit<<T as frame_system::Config>::AccountId, <T as Config>::Currency>;

/// An enrolment as stored.
pub type EnrolmentOf<T> = Enrolment<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

/// A panel as stored.
pub type PanelOf<T> =
	Panel<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// A selection as stored.
pub type SelectionOf<T> = Selection<<T as Config>::MaxOptions>;

/// A panel's selections, lowest ticket first.
pub type SelectionsOf<T> = BoundedVec<SelectionOf<T>, <T as Config>::PanelSize>;

/// One evaluator's scores, one per option.
pub type ScoresOf<T> = BoundedVec<Score, <T as Config>::MaxOptions>;

/// A ring proof as `verifiable` encodes it.
pub type ProofOf<T> = BoundedVec<u8, <T as Config>::MaxProofLen>;

/// A pseudonym's record as stored.
pub type PseudonymOf<T> = PseudonymRecord<BalanceOf<T>>;

/// A ticket that verifies, for the benchmarks; see [`BenchmarkHelper`].
#[cfg(feature = "runtime-benchmarks")]
pub struct TicketFixture {
	/// The genesis hash the proof's contexts were made with; the benchmarks write it as the
	/// hash of block 0.
	pub genesis: [u8; 32],
	/// The panel the proof was made for; the benchmarks open it under this number.
	pub panel: PanelId,
	/// The seed of round 0 the proof was made for.
	pub seed: [u8; 32],
	/// The member keys of the panel's ring, in ring order; the prover's key among them.
	pub candidates: alloc::vec::Vec<MemberKey>,
	/// The ticket and pseudonym the proof proves.
	pub ticket: Alias,
	/// The pseudonym the proof proves.
	pub pseudonym: Alias,
	/// The commitment the proof binds.
	pub commitment: Commitment,
	/// The two-context proof.
	pub proof: alloc::vec::Vec<u8>,
}

/// What the benchmarks need from the runtime: certified evaluators with member keys, and a
/// ticket that verifies (the runtime cannot make proofs).
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Make `who` a certified evaluator whose registered member key is `key`.
	fn certify(who: &AccountId, key: MemberKey);
	/// A ticket proof for round 0 of panel `fixture.panel` against a ring of
	/// `fixture.candidates`, exactly [`Config::MaxEvaluators`] valid member keys; after
	/// `Rings::form_panel(fixture.panel, candidates)` and the ring's build (its first
	/// revision), `Rings::panel_ring(panel)` is usable and the proof, made for that revision,
	/// verifies against it.
	fn ticket_fixture() -> TicketFixture;
	/// Build every ring pending in the ring service.
	fn build_rings();
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The currency of bonds, fees and pay.
		type Currency: fungible::Mutate<Self::AccountId> + fungible::Balanced<Self::AccountId>;

		/// The ring service: the roster's and panels' rings, and proofs against them.
		type Rings: AnonymousMembership<BlockNumberFor<Self>> + PanelRings<BlockNumberFor<Self>>;

		/// The member keys verified persons registered with the ring service.
		type MemberKeys: MemberKeys<Self::AccountId, BlockNumberFor<Self>>;

		/// Credentials: who is a certified evaluator.
		type Credentials: CredentialsInspect<Self::AccountId>;

		/// The credential type of certified evaluators.
		#[pallet::constant]
		type EvaluatorCredential: Get<CredentialTypeId>;

		/// The pallet's account: the pool of bonds, open fees and unsettled pay.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// The bond every evaluator pays at enrolment: the same for all.
		#[pallet::constant]
		type Bond: Get<BalanceOf<Self>>;

		/// What a selected evaluator that does not reveal loses from its bond credit. At most
		/// [`Config::Bond`].
		#[pallet::constant]
		type NonRevealSlash: Get<BalanceOf<Self>>;

		/// Where slashed credit goes (the treasury).
		type Slash: OnUnbalanced<CreditOf<Self>>;

		/// The most evaluators in the roster. At most the ring service's ring size.
		#[pallet::constant]
		type MaxEvaluators: Get<u32>;

		/// How many evaluators a panel selects (the k lowest tickets). Not zero.
		#[pallet::constant]
		type PanelSize: Get<u32>;

		/// The fewest reveals that conclude a round. At least 1, at most
		/// [`Config::PanelSize`].
		#[pallet::constant]
		type MinRevealed: Get<u32>;

		/// The fewest candidates a panel's ring must have. At least [`Config::PanelSize`]. A
		/// panel also needs the ring service's minimum for a usable panel ring
		/// ([`PanelRings::panel_min_members`]) if that is higher.
		#[pallet::constant]
		type MinCandidates: Get<u32>;

		/// The most rounds of a panel (the first and its re-runs). Not zero.
		#[pallet::constant]
		type MaxRounds: Get<u8>;

		/// The most options a panel scores.
		#[pallet::constant]
		type MaxOptions: Get<u32>;

		/// The longest proof taken, in bytes. At least [`MIN_TICKET_PROOF_LEN`].
		#[pallet::constant]
		type MaxProofLen: Get<u32>;

		/// A new pseudonym's reputation.
		#[pallet::constant]
		type InitialReputation: Get<i32>;

		/// The lowest reputation that still takes tickets.
		#[pallet::constant]
		type MinReputation: Get<i32>;

		/// The score of the subject's chosen option from which an evaluator's reputation moves
		/// with the outcome. At most [`MAX_SCORE`].
		#[pallet::constant]
		type HighScore: Get<Score>;

		/// Weight information for the calls of this pallet.
		type WeightInfo: WeightInfo;

		/// Certified evaluators and a ticket for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Every enrolment ever made, by member key: a key enrols once.
	// Hasher: Blake2_128Concat, the keys are chosen by users.
	#[pallet::storage]
	pub type Enrolments<T: Config> =
		StorageMap<_, Blake2_128Concat, MemberKey, EnrolmentOf<T>, OptionQuery>;

	/// The member key each account has enrolled, while enrolled.
	// Hasher: Blake2_128Concat, accounts are chosen by users.
	#[pallet::storage]
	pub type EnrolledKeys<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, MemberKey, OptionQuery>;

	/// The keys of the evaluators enrolled now, in enrolment order.
	#[pallet::storage]
	pub type Roster<T: Config> =
		StorageValue<_, BoundedVec<MemberKey, T::MaxEvaluators>, ValueQuery>;

	/// How many bonds were ever paid in.
	#[pallet::storage]
	pub type Bonds<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// The panels, by number.
	// Hasher: Twox64Concat, panel numbers are given in order by the pallet.
	#[pallet::storage]
	pub type Panels<T: Config> = StorageMap<_, Twox64Concat, PanelId, PanelOf<T>, OptionQuery>;

	/// The number the next panel gets.
	#[pallet::storage]
	pub type NextPanelId<T: Config> = StorageValue<_, PanelId, ValueQuery>;

	/// The selected evaluators of each panel's current round, lowest ticket first; final once
	/// the panel concluded.
	// Hasher: Twox64Concat, panel numbers are given in order by the pallet.
	#[pallet::storage]
	pub type Selections<T: Config> =
		StorageMap<_, Twox64Concat, PanelId, SelectionsOf<T>, ValueQuery>;

	/// The pseudonyms barred from a panel's later rounds: they were selected and did not
	/// reveal.
	// Hasher: Twox64Concat for the panel (given by the pallet); Blake2_128Concat for the
	// pseudonym, a VRF output.
	#[pallet::storage]
	pub type Barred<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PanelId, Blake2_128Concat, Alias, (), OptionQuery>;

	/// Every pseudonym that appeared, with its reputation, bond credit and pay.
	// Hasher: Blake2_128Concat, a VRF output.
	#[pallet::storage]
	pub type Pseudonyms<T: Config> =
		StorageMap<_, Blake2_128Concat, Alias, PseudonymOf<T>, OptionQuery>;

	/// How many pseudonyms appeared: never more than [`Bonds`].
	#[pallet::storage]
	pub type PseudonymCount<T: Config> = StorageValue<_, u32, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		/// Endows the pool with the existential deposit, so that it can pay out everything it
		/// owes without ever being reaped.
		fn build(&self) {
			let pool = Pallet::<T>::pool_account();
			let lacking =
				T::Currency::minimum_balance().saturating_sub(T::Currency::balance(&pool));
			if !lacking.is_zero() {
				let _ = <T::Currency as fungible::Mutate<_>>::mint_into(&pool, lacking);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A certified evaluator enrolled and paid its bond.
		Enrolled {
			/// Its account.
			account: T::AccountId,
			/// Its member key.
			key: MemberKey,
		},
		/// An evaluator left the roster. Its bond stays in the pool as its pseudonym's credit.
		Left {
			/// Its account.
			account: T::AccountId,
			/// Its member key.
			key: MemberKey,
			/// Why.
			cause: LeaveCause,
		},
		/// A panel was opened: its ring is being built.
		PanelOpened {
			/// The panel.
			panel: PanelId,
			/// The subject's number.
			subject: u32,
			/// How many candidates its ring has.
			candidates: u32,
			/// The seed of round 0.
			seed: [u8; 32],
			/// Tickets are taken until this block.
			tickets_end: BlockNumberFor<T>,
			/// Reveals are taken until this block.
			reveals_end: BlockNumberFor<T>,
		},
		/// A ticket was selected (for now: a lower one may evict it before `tickets_end`).
		TicketSelected {
			/// The panel.
			panel: PanelId,
			/// The round.
			round: Round,
			/// The ticket.
			ticket: Alias,
			/// The evaluator's pseudonym.
			pseudonym: Alias,
			/// The commitment to its scores.
			commitment: Commitment,
		},
		/// A lower ticket evicted a selected one.
		TicketEvicted {
			/// The panel.
			panel: PanelId,
			/// The ticket no longer selected.
			ticket: Alias,
		},
		/// A selected evaluator revealed its scores.
		ScoresRevealed {
			/// The panel.
			panel: PanelId,
			/// Its ticket.
			ticket: Alias,
			/// Its scores, one per option.
			scores: ScoresOf<T>,
		},
		/// A selected evaluator did not reveal: its pseudonym was slashed and barred from the
		/// panel's later rounds.
		NonRevealSlashed {
			/// The panel.
			panel: PanelId,
			/// The pseudonym.
			pseudonym: Alias,
			/// What was slashed from its credit.
			amount: BalanceOf<T>,
		},
		/// Too few revealed: the panel re-runs with a new seed.
		PanelRerun {
			/// The panel.
			panel: PanelId,
			/// The new round.
			round: Round,
			/// Its seed.
			seed: [u8; 32],
			/// Tickets are taken until this block.
			tickets_end: BlockNumberFor<T>,
			/// Reveals are taken until this block.
			reveals_end: BlockNumberFor<T>,
		},
		/// Enough revealed: the scores are final and the fee was shared.
		PanelConcluded {
			/// The panel.
			panel: PanelId,
			/// How many revealed.
			revealed: u32,
			/// What each revealer's pseudonym was paid.
			share: BalanceOf<T>,
		},
		/// Too few revealed in the last round: the panel has no scores; the fee returned.
		PanelFailed {
			/// The panel.
			panel: PanelId,
		},
		/// The subject cancelled the panel: the fee returned.
		PanelCancelled {
			/// The panel.
			panel: PanelId,
		},
		/// A pseudonym's reputation moved with its subject's outcome.
		ReputationChanged {
			/// The pseudonym.
			pseudonym: Alias,
			/// The panel whose outcome moved it.
			panel: PanelId,
			/// Its reputation now.
			reputation: i32,
		},
		/// A pseudonym's bond credit was topped up.
		BondToppedUp {
			/// The pseudonym.
			pseudonym: Alias,
			/// What was added.
			amount: BalanceOf<T>,
		},
		/// A pseudonym settled its pay (and, closing, its bond credit) to an account.
		PseudonymSettled {
			/// The pseudonym.
			pseudonym: Alias,
			/// Where the money went.
			to: T::AccountId,
			/// How much.
			amount: BalanceOf<T>,
			/// Whether it closed.
			closed: bool,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The caller does not hold the evaluator credential.
		NotAccredited,
		/// The caller has no member key registered with the ring service: register one first.
		MemberKeyNotFound,
		/// This member key enrolled before (a key enrols once: rotate it to enrol again), or
		/// the account is enrolled already.
		AlreadyExists,
		/// The roster is full.
		TooManyEvaluators,
		/// The account or key is not enrolled.
		NotFound,
		/// The evaluator still holds the credential and its key: nothing to refresh.
		StillEligible,
		/// The ring service refused the ring (a key is invalid, or the roster's or the former
		/// evaluators' queue is full: try again once the ring service onboarded a batch).
		RingRefused,
		/// Fewer candidates than [`Config::MinCandidates`] or than the ring service's minimum
		/// for a usable panel ring: the panel would not hide its evaluators.
		AnonymitySetTooSmall,
		/// The windows must end after now, reveals after tickets; the options between 1 and
		/// [`Config::MaxOptions`].
		InvalidRequest,
		/// Every panel number was used.
		TooManyPanels,
		/// No panel has this number.
		PanelNotFound,
		/// The panel's tickets are closed, or it ended.
		TicketsClosed,
		/// The panel does not take reveals now.
		RevealsClosed,
		/// The ticket is not among the panel's lowest.
		NotLowEnough,
		/// The ticket is already selected.
		AlreadySubmitted,
		/// The pseudonym may not be selected (reputation, credit, closed or barred).
		PseudonymBarred,
		/// No selected evaluator holds this ticket.
		NotSelected,
		/// The scores were revealed already.
		AlreadyRevealed,
		/// The scores and salt do not open the commitment.
		CommitmentMismatch,
		/// Not one score per option, or a score above [`MAX_SCORE`].
		InvalidScores,
		/// The round's reveals have not ended: conclude at or after `reveals_end`.
		NotEnded,
		/// The panel concluded, failed or was cancelled already.
		AlreadyEnded,
		/// No pseudonym has this alias.
		PseudonymNotFound,
		/// The pseudonym's bond credit is full, or it closed.
		NothingToTopUp,
		/// The pseudonym has nothing to settle, or closed.
		NothingToSettle,
		/// The pseudonym holds a selection in a round not yet concluded: close after it.
		StillSelected,
		/// The amount is below what a new account needs to exist: settle more at once, or to
		/// an account that exists.
		BelowMinimum,
		/// The ring or proof was refused. Only the authorization checks proofs, and the
		/// dispatch never returns this: it documents the refusals of the authorization.
		InvalidProof,
		/// A counter or amount would overflow.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::PanelSize::get() >= 1, "PanelSize must not be zero");
			assert!(
				T::MinRevealed::get() >= 1 && T::MinRevealed::get() <= T::PanelSize::get(),
				"MinRevealed must be between 1 and PanelSize"
			);
			assert!(
				T::MinCandidates::get() >= T::PanelSize::get(),
				"MinCandidates must be at least PanelSize"
			);
			assert!(T::MaxRounds::get() >= 1, "MaxRounds must not be zero");
			assert!(T::MaxOptions::get() >= 1, "MaxOptions must not be zero");
			assert!(
				T::MaxProofLen::get() >= MIN_TICKET_PROOF_LEN,
				"MaxProofLen must hold a two-context proof"
			);
			assert!(T::NonRevealSlash::get() <= T::Bond::get(), "NonRevealSlash above Bond");
			assert!(!T::NonRevealSlash::get().is_zero(), "NonRevealSlash must not be zero");
			assert!(
				T::Bond::get() >= T::Currency::minimum_balance(),
				"a bond must be able to open an account"
			);
			assert!(
				T::MaxEvaluators::get() >= T::MinCandidates::get(),
				"the roster must be able to hold a panel's candidates"
			);
			assert!(T::HighScore::get() <= MAX_SCORE, "HighScore above MAX_SCORE");
			assert!(
				T::MinReputation::get() <= T::InitialReputation::get(),
				"a new pseudonym must be able to take tickets"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Enrol as a certified evaluator with the member key registered from this account,
		/// paying [`Config::Bond`] into the pool. The key joins the roster's rings.
		///
		/// ## Origin
		/// Signed by a holder of [`Config::EvaluatorCredential`] with a registered member key.
		///
		/// ## Errors
		/// - [`Error::NotAccredited`], [`Error::MemberKeyNotFound`], [`Error::AlreadyExists`],
		///   [`Error::TooManyEvaluators`], [`Error::RingRefused`].
		/// - The currency's error when the account cannot pay the bond.
		///
		/// ## Events
		/// [`Event::Enrolled`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::enrol().saturating_add(T::Rings::roster_change_weight()))]
		pub fn enrol(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_enrol(who)
		}

		/// Leave the roster: the key leaves the roster's rings and is no candidate for new
		/// panels; the ring service queues it for the former evaluators' rings. The bond stays
		/// in the pool as the pseudonym's credit, which the pseudonym settles with `close`
		/// ([`Pallet::settle_pseudonym`]) against a former evaluators' ring, whenever it wants.
		///
		/// ## Origin
		/// Signed by the enrolled account.
		///
		/// ## Errors
		/// - [`Error::NotFound`].
		/// - [`Error::RingRefused`]: the former evaluators' queue is full; try again later.
		///
		/// ## Events
		/// [`Event::Left`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::leave().saturating_add(T::Rings::roster_change_weight()))]
		pub fn leave(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let key = EnrolledKeys::<T>::get(&who).ok_or(Error::<T>::NotFound)?;
			Self::remove_from_roster(&who, key, LeaveCause::Withdrew)
		}

		/// Remove the evaluator enrolled with `key` if it no longer holds the credential or
		/// its registered member key is no longer `key`. A key that is still a registered
		/// member key (the credential was lost) joins the former evaluators' rings, as when
		/// leaving.
		///
		/// ## Origin
		/// Signed by anyone. Free when it removes.
		///
		/// ## Errors
		/// - [`Error::NotFound`], [`Error::StillEligible`].
		/// - [`Error::RingRefused`]: the former evaluators' queue is full; try again later.
		///
		/// ## Events
		/// [`Event::Left`].
		#[pallet::call_index(2)]
		#[pallet::weight(
			T::WeightInfo::refresh_evaluator().saturating_add(T::Rings::roster_change_weight())
		)]
		pub fn refresh_evaluator(
			origin: OriginFor<T>,
			key: MemberKey,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			Self::do_refresh_evaluator(key)?;
			Ok(Pays::No.into())
		}

		/// Submit a ticket for the current round of `panel`, as the candidate whose ticket is
		/// `ticket` and pseudonym `pseudonym`, committing to scores with `commitment`; proved
		/// by `proof`, a ring proof against the panel's ring `ring` for the contexts
		/// `[ticket_context, pseudonym_context]` binding
		/// `ticket_message(panel, round, ring, commitment)`.
		///
		/// Sent as a general transaction with no signer and no fee. The ticket is selected if
		/// it is among the [`Config::PanelSize`] lowest so far; the highest selected is evicted
		/// when the panel is full.
		///
		/// ## Origin
		/// `Authorized`, by this call's authorization.
		///
		/// ## Errors
		/// The authorization's checks, made again at dispatch: [`Error::PanelNotFound`],
		/// [`Error::TicketsClosed`], [`Error::NotLowEnough`], [`Error::AlreadySubmitted`],
		/// [`Error::PseudonymBarred`].
		///
		/// ## Events
		/// [`Event::TicketSelected`], and [`Event::TicketEvicted`] for an evicted ticket.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::submit_ticket())]
		#[pallet::authorize(Self::authorize_ticket)]
		#[pallet::weight_of_authorize(
			T::WeightInfo::authorize_submit_ticket().saturating_add(T::Rings::verify_weight(2))
		)]
		pub fn submit_ticket(
			origin: OriginFor<T>,
			panel: PanelId,
			ring: RingRef,
			ticket: Alias,
			pseudonym: Alias,
			commitment: Commitment,
			proof: ProofOf<T>,
		) -> DispatchResult {
			frame_system::ensure_authorized(origin)?;
			// The authorization verified the proof; the dispatch does not need it again.
			let _ = (ring, proof);
			Self::do_submit_ticket(panel, ticket, pseudonym, commitment)
		}

		/// Reveal the scores committed under `ticket` in `panel`'s current round, with the
		/// commitment's `salt`.
		///
		/// Sent as a general transaction with no signer and no fee: only the holder of the
		/// salt can open the commitment.
		///
		/// ## Origin
		/// `Authorized`, by this call's authorization.
		///
		/// ## Errors
		/// The authorization's checks, made again at dispatch: [`Error::PanelNotFound`],
		/// [`Error::RevealsClosed`], [`Error::NotSelected`], [`Error::AlreadyRevealed`],
		/// [`Error::InvalidScores`], [`Error::CommitmentMismatch`].
		///
		/// ## Events
		/// [`Event::ScoresRevealed`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::reveal_scores())]
		#[pallet::authorize(Self::authorize_reveal)]
		#[pallet::weight_of_authorize(T::WeightInfo::authorize_reveal_scores())]
		pub fn reveal_scores(
			origin: OriginFor<T>,
			panel: PanelId,
			ticket: Alias,
			scores: ScoresOf<T>,
			salt: Salt,
		) -> DispatchResult {
			frame_system::ensure_authorized(origin)?;
			Self::do_reveal_scores(panel, ticket, scores, salt)
		}

		/// Conclude `panel`'s round once its reveals ended: slash the selected that did not
		/// reveal; with at least [`Config::MinRevealed`] reveals conclude and pay, otherwise
		/// re-run (or fail after [`Config::MaxRounds`]).
		///
		/// ## Origin
		/// Signed by anyone. Free when it succeeds.
		///
		/// ## Errors
		/// - [`Error::PanelNotFound`], [`Error::NotEnded`], [`Error::AlreadyEnded`].
		///
		/// ## Events
		/// [`Event::NonRevealSlashed`] per evaluator that did not reveal, then
		/// [`Event::PanelConcluded`], [`Event::PanelRerun`] or [`Event::PanelFailed`].
		#[pallet::call_index(5)]
		#[pallet::weight(
			T::WeightInfo::conclude_panel().saturating_add(T::Rings::dissolve_panel_weight())
		)]
		pub fn conclude_panel(origin: OriginFor<T>, panel: PanelId) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			Self::do_conclude_panel(panel)?;
			Ok(Pays::No.into())
		}

		/// Pay `pseudonym`'s earnings to `to`; with `close`, also its bond credit, and close the
		/// pseudonym. Proved by `proof`, a ring proof against `ring`, a revision of a roster
		/// ring ([`RingScope::Evaluators`]) or of a former evaluators' ring
		/// ([`RingScope::FormerEvaluators`]: an evaluator that left the roster settles against
		/// the one that holds its key), as in force at block `at` (now or earlier, while the
		/// ring service keeps it), for the pseudonym context, binding
		/// `settlement_message(pseudonym, to, nonce, close)` where `nonce` is the pseudonym's
		/// settlements so far ([`Pallet::settlement_nonce`]).
		///
		/// Sent as a general transaction with no signer and no fee. Use a fresh account for
		/// `to`: it is linked to the pseudonym from then on.
		///
		/// ## Origin
		/// `Authorized`, by this call's authorization.
		///
		/// ## Errors
		/// The authorization's checks, made again at dispatch: [`Error::NothingToSettle`].
		///
		/// ## Events
		/// [`Event::PseudonymSettled`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::settle_pseudonym())]
		#[pallet::authorize(Self::authorize_settlement)]
		#[pallet::weight_of_authorize(
			T::WeightInfo::authorize_settle_pseudonym().saturating_add(T::Rings::verify_weight(1))
		)]
		pub fn settle_pseudonym(
			origin: OriginFor<T>,
			ring: RingRef,
			at: BlockNumberFor<T>,
			pseudonym: Alias,
			to: T::AccountId,
			close: bool,
			proof: ProofOf<T>,
		) -> DispatchResult {
			frame_system::ensure_authorized(origin)?;
			// The authorization verified the proof; the dispatch does not need it again.
			let _ = (ring, at, proof);
			Self::do_settle_pseudonym(pseudonym, to, close)
		}

		/// Top `pseudonym`'s bond credit up to [`Config::Bond`] from the caller's account.
		///
		/// ## Origin
		/// Signed by anyone (the evaluator through any account it holds).
		///
		/// ## Errors
		/// - [`Error::PseudonymNotFound`], [`Error::NothingToTopUp`].
		/// - The currency's error when the account cannot pay.
		///
		/// ## Events
		/// [`Event::BondToppedUp`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::top_up_bond())]
		pub fn top_up_bond(origin: OriginFor<T>, pseudonym: Alias) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_top_up_bond(who, pseudonym)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// The panel `panel`, if it exists.
		pub fn panel(panel: PanelId) -> Option<PanelOf<T>> {
			Panels::<T>::get(panel)
		}

		/// The selected evaluators of `panel`'s current round, lowest ticket first.
		pub fn selections(panel: PanelId) -> SelectionsOf<T> {
			Selections::<T>::get(panel)
		}

		/// The record of `pseudonym`, if it appeared.
		pub fn pseudonym(pseudonym: Alias) -> Option<PseudonymOf<T>> {
			Pseudonyms::<T>::get(pseudonym)
		}

		/// The enrolled evaluators' member keys, in enrolment order.
		pub fn roster() -> alloc::vec::Vec<MemberKey> {
			Roster::<T>::get().into_inner()
		}

		/// The ticket context of `panel`'s current round, if it is drawing tickets: what a
		/// candidate's ticket is its alias in.
		pub fn ticket_context(panel: PanelId) -> Option<[u8; 32]> {
			Self::current_ticket_context(panel)
		}

		/// The pseudonym context: what an evaluator's pseudonym is its alias in.
		pub fn pseudonym_context() -> [u8; 32] {
			bmx_primitives::anonymity::pseudonym_context(&Self::genesis_hash())
		}

		/// The published revision of `panel`'s ring and whether it is usable: what a ticket is
		/// proved against. `None` while the ring is not built, or once the panel ended.
		pub fn panel_ring(panel: PanelId) -> Option<(RingRef, bool)> {
			T::Rings::panel_ring(panel)
		}

		/// The highest ticket prefix ([`ticket_prefix`]) `panel` takes in its current round
		/// ([`ticket_threshold`] of its candidates and [`Config::PanelSize`]): a candidate
		/// whose ticket is above it need not prove. `None` unless the panel is drawing.
		pub fn ticket_threshold(panel: PanelId) -> Option<u64> {
			Self::current_ticket_threshold(panel)
		}

		/// The nonce the next settlement of `pseudonym` binds
		/// ([`bmx_primitives::anonymity::settlement_message`]): its settlements so far, 0 for
		/// a pseudonym that has not appeared. `None` if it cannot settle (closed, or new while
		/// every bond already has its pseudonym).
		pub fn settlement_nonce(pseudonym: Alias) -> Option<u32> {
			Self::next_settlement_nonce(&pseudonym)
		}
	}
}

impl<T: Config> EvaluationPanels<T::AccountId, BalanceOf<T>, BlockNumberFor<T>> for Pallet<T> {
	fn open_panel(
		request: bmx_primitives::anonymity::PanelRequest<
			T::AccountId,
			BalanceOf<T>,
			BlockNumberFor<T>,
		>,
		excluded: &dyn Fn(&T::AccountId) -> bool,
	) -> Result<PanelId, DispatchError> {
		Self::do_open_panel(request, excluded)
	}

	fn state(panel: PanelId) -> Option<PanelState<BlockNumberFor<T>>> {
		Panels::<T>::get(panel).map(|panel| panel.state)
	}

	fn scores(panel: PanelId) -> alloc::vec::Vec<alloc::vec::Vec<u8>> {
		match Panels::<T>::get(panel).map(|p| p.state) {
			Some(PanelState::Concluded { .. }) => Selections::<T>::get(panel)
				.into_iter()
				.filter_map(|selection| selection.scores.map(|scores| scores.into_inner()))
				.collect(),
			_ => alloc::vec::Vec::new(),
		}
	}

	fn record_outcome(panel: PanelId, option: u32, completed: bool) {
		Self::do_record_outcome(panel, option, completed)
	}

	fn cancel_panel(panel: PanelId) -> DispatchResult {
		Self::do_cancel_panel(panel)
	}

	fn open_panel_weight() -> Weight {
		// The ring service's panel minimum is one more storage read than `open_panel` measured
		// (the mock's ring service reads none).
		T::WeightInfo::open_panel(T::MaxEvaluators::get())
			.saturating_add(T::Rings::form_panel_weight(T::MaxEvaluators::get()))
			.saturating_add(T::DbWeight::get().reads(1))
	}

	fn record_outcome_weight() -> Weight {
		T::WeightInfo::record_outcome()
	}

	fn cancel_panel_weight() -> Weight {
		T::WeightInfo::cancel_panel().saturating_add(T::Rings::dissolve_panel_weight())
	}
}
