//! # Secret ballots pallet
//!
//! Ballots (participatory budgets, questions) in which verified persons vote secretly: a vote
//! carries a ring proof of membership and a per-ballot alias instead of an account, travels as a
//! feeless general transaction, and leaves a public, timestamped record and public tallies.
//!
//! ## Overview
//!
//! Issue 14's seeds: any registered citizen takes part in the decisions that affect them, at the
//! municipal, state or federal level; in a participatory budget the citizen's vote is "secret but
//! traceable with a time stamp".
//!
//! - **Opening** ([`Pallet::open_ballot`]). [`Config::OpenOrigin`], given the ballot's scope (the
//!   runtime decides who opens municipal, state and national ballots), opens a ballot: its
//!   [`RingScope`], its [`BallotKind`] (a participatory budget with its budget in centavos, or a
//!   plain question), its options (each a hash of a description kept off chain and, for a
//!   budget, the project's cost), how many options one vote may choose, and its voting window.
//!   The block it opens at is its *snapshot*, the roll's cut-off: a vote counts only with a proof
//!   against a ring revision in force at the snapshot. A scope with no ring large enough is
//!   refused ([`Error::AnonymitySetTooSmall`]): that ballot must run at a wider level or in the
//!   open.
//! - **Voting** ([`Pallet::cast_secret_vote`]). The voter proves, with its member secret, that it
//!   holds one of the keys of a ring of the ballot's scope, for the ballot's context
//!   ([`bmx_primitives::anonymity::ballot_context`]) and a message binding the ballot, the ring
//!   and the choices ([`bmx_primitives::anonymity::vote_message`]). It sends the vote as a v5
//!   *general* transaction: no signer, no nonce, no fee, no account. The call's authorization
//!   (`#[pallet::authorize]`, run by `frame_system::AuthorizeCall` in the pool and again when the
//!   block is built and imported) makes the cheap checks first, then verifies the proof through
//!   [`Config::Rings`]; a refusal is an `InvalidTransaction::Custom` code, a [`VoteRefusal`].
//!   The dispatch records the vote under its alias in [`Votes`], bumps [`Tallies`] and
//!   [`Turnout`] and emits [`Event::SecretVoteCast`] with the block and the time.
//! - **One vote per person, never replaced.** The alias is a VRF output of the voter's secret on
//!   the ballot's context: the same person always gets the same alias in a ballot, whichever of
//!   its rings it proves against, and cannot get a second. A second vote under an alias is
//!   refused ([`VoteRefusal::AlreadyVoted`]), not taken as a replacement: replacement would not
//!   stop a vote buyer (the buyer checks the final public record of the alias it was shown),
//!   would make tallies go down as well as up, and would break the "traceable with a time stamp"
//!   record, in which each vote is written once, at one block and moment. While a first vote
//!   still waits in the pool, a second one of the same alias is dropped by the pool itself: both
//!   provide the tag `("SecretBallots", ballot_id, alias)` at the same fixed priority, and the
//!   pool does not replace a transaction with one of no higher priority.
//! - **Closing** ([`Pallet::close_ballot`]), by anyone once voting ended, free when it succeeds.
//!   A budget funds its projects from the most voted down (ties: the cheaper project first, then
//!   the lower index), skipping any project that no longer fits in what remains of the budget
//!   and going on with the next; a project without votes is never funded. [`Results`] keeps the
//!   funded projects; the tallies stay in [`Tallies`].
//! - **Cancelling** ([`Pallet::cancel_ballot`]): [`Config::OpenOrigin`] for the ballot's scope,
//!   before voting ends, with the hash of its reasons. Votes already cast stay on record.
//!
//! ## Terminology
//!
//! - **Presupuesto participativo (participatory budget)**: a share of a public budget whose
//!   projects the residents choose by vote.
//! - **Consulta (question)**: a ballot whose options are the answers to a question.
//! - **Ring**: a published set of verified persons' member keys (the anonymity rings pallet);
//!   one revision of it is named by a [`RingRef`]. A proof shows that the voter holds the secret
//!   of *one* of the ring's keys, not which.
//! - **Alias**: the voter's pseudonym in one ballot, derived from its secret and the ballot's
//!   context; unlinkable to its key and to its aliases in other ballots.
//! - **Snapshot**: the block a ballot opened at; the ring revisions in force then are the roll of
//!   that ballot.
//! - **Centavos**: every amount of money here is an integer count of MXN centavos, not tokens.
//!
//! ## Pallet API
//!
//! | Index | Call | Origin |
//! |---|---|---|
//! | 0 | [`open_ballot`](Pallet::open_ballot) | [`Config::OpenOrigin`] for the scope |
//! | 1 | [`cast_secret_vote`](Pallet::cast_secret_vote) | authorized: a general transaction whose proof the call's authorization verified |
//! | 2 | [`close_ballot`](Pallet::close_ballot) | signed: anyone, free on success |
//! | 3 | [`cancel_ballot`](Pallet::cancel_ballot) | [`Config::OpenOrigin`] for the ballot's scope |
//!
//! View functions: [`ballot`](Pallet::ballot), [`tally`](Pallet::tally) (per-option counts and
//! turnout), [`vote_of`](Pallet::vote_of) (the record of an alias), [`result`](Pallet::result)
//! and [`vote_context`](Pallet::vote_context) (the context a vote proves for).
//!
//! For other pallets: [`PlainBallots`](bmx_primitives::anonymity::PlainBallots) (`open`,
//! `tallies`, `close`, `cancel`): a question among a subject's labels, one choice per vote,
//! opened by a pallet that checked its own rules (a tender's citizen vote).
//!
//! Refusal codes of `cast_secret_vote` in the pool ([`VoteRefusal`], from 1): 1 `NotFound`,
//! 2 `NotOpenYet`, 3 `Closed`, 4 `Cancelled`, 5 `RingOutOfScope`, 6 `UnknownRing`,
//! 7 `RingNotInForce`, 8 `RingTooSmall`, 9 `AlreadyVoted`, 10 `InvalidChoices`,
//! 11 `TooManyChoices`, 12 `InvalidProof`, 13 `WrongAlias`.
//!
//! ## What the chain reveals, and what it does not
//!
//! - **Revealed**, per vote: the ballot, the alias, the ring revision proved against (scope,
//!   index, revision), the choices, the block and its time, and the transaction's era (roughly
//!   when it was built). Per ballot: the tallies and the turnout, live.
//! - **Not revealed**: which member of the ring voted. A vote carries no account, no member key,
//!   no signature, no nonce, no fee payer and no tip; nothing in this pallet's storage or events
//!   names a person, an account or a key.
//! - **The anonymity set is the ring proved against**, not the scope: at least its scope's
//!   minimum ring size (the ring service refuses smaller rings), at most one ring's capacity.
//!   Per-ring tallies can be derived from the record; a ring whose voters all chose alike reveals
//!   each voter's choice to anyone who knows they voted.
//! - **One alias per person per ballot** is what makes one person one vote; aliases of different
//!   ballots are unlinkable, so participation across ballots cannot be joined from the record.
//! - **Timing and network.** The node a voter submits to sees the voter's IP address and the
//!   moment of submission, and gossip lets observers guess the first node. General transactions
//!   have no signer, but a vote sent from one's own connection is linkable to that connection by
//!   that node. Voters who care submit through a relay (delay, batching, Tor) or a node they
//!   trust. Validators can censor votes; a vote stays valid until the ballot ends and can be sent
//!   to any node.
//! - **No receipt-freeness.** A voter can prove its vote to a buyer or a coercer: it shows its
//!   alias (or makes a second proof in the same context with a message naming the buyer), and
//!   the buyer reads the public record. The pallet stops third parties from learning a vote; it
//!   does not stop a willing seller. Deterrence is legal.
//! - **Stolen keys.** A member secret stolen before the snapshot can vote in that ballot.
//!
//! ## Assumptions
//!
//! - **Feeless votes and denial of service.** A vote pays nothing and every node verifies its
//!   proof in the pool. The cheap checks (window, scope, ring, alias unused, choices) run before
//!   the proof; the pool keeps one vote per alias and bans invalid ones; public nodes and relays
//!   rate-limit by IP. The block weight of a vote is the authorization's weight (benchmarked
//!   plus [`AnonymousMembership::verify_weight`]) plus the dispatch's.
//! - **The runtime has `frame_system::AuthorizeCall`** in its transaction extensions, and the
//!   payment extensions charge nothing to the `Authorized` origin.
//! - **The ring service keeps every revision a ballot pins** from the ballot's snapshot until its
//!   end: its retention covers [`Config::MaxBallotDuration`], which bounds the whole life of a
//!   ballot from its opening (the snapshot) to its end.
//! - **Contexts carry the genesis hash**, read from `frame_system`'s hash of block 0 (kept for
//!   ever), so aliases differ between chains. The runtime's hash is 32 bytes.
//! - **Bounded storage.** [`Ballots`], [`Tallies`], [`Turnout`] and [`Results`] grow by one entry
//!   per ballot, opened only by [`Config::OpenOrigin`]; options and choices are bounded by
//!   [`Config::MaxOptions`] and [`Config::MaxChoices`]. [`Votes`] grows by one bounded entry per
//!   voter and ballot, and the voters of a ballot are bounded by the members of its scope's
//!   rings at the snapshot (one alias per member secret), so no per-ballot cap is needed. The
//!   votes of closed and cancelled ballots stay: they are the public record the tallies can be
//!   checked against (archival is under `## Not yet`).
//! - [`Config::MaxOptions`] is at least 2, [`Config::MaxChoices`] at least 1 and at most
//!   [`Config::MaxOptions`], [`Config::MaxProofLen`] at least [`MIN_PROOF_LEN`] (one context)
//!   and [`Config::MaxBallotDuration`] not zero (checked in `integrity_test`).
//!
//! ## Not yet
//!
//! - Batched votes from a relay, verified with `batch_validate` (cheaper per proof).
//! - Encrypted tallies with threshold decryption (no live tallies, no bandwagon effect; still no
//!   receipt-freeness).
//! - A tender's bids as a [`BallotKind`]; the `SecretBallots` trait for `pallet-tenders`.
//! - Archival of the votes of old ballots.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

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
	anonymity::{Alias, AnonymousMembership, RingRef, RingScope},
	DocumentHash,
};
use frame_support::{
	pallet_prelude::*,
	traits::{EnsureOriginWithArg, Time},
};
use frame_system::pallet_prelude::*;

/// The smallest proof of one context that `verifiable` 0.4.1 makes (752 bytes of ring proof, a
/// length byte and one 32-byte output): the least [`Config::MaxProofLen`] may be.
pub const MIN_PROOF_LEN: u32 = 785;

/// The priority of every vote in the pool. Fixed, so that the pool never replaces a vote with
/// another of the same alias (see the crate docs).
pub const VOTE_PRIORITY: TransactionPriority = TransactionPriority::MAX / 2;

/// The prefix of the tag a vote provides: `("SecretBallots", ballot_id, alias)`.
pub const VOTE_TAG_PREFIX: &str = "SecretBallots";

/// A ballot as stored.
pub type BallotOf<T> = Ballot<BlockNumberFor<T>, <T as Config>::MaxOptions>;

/// A ballot's options.
pub type OptionsOf<T> = BoundedVec<BallotOption, <T as Config>::MaxOptions>;

/// The votes per option of a ballot, in the options' order.
pub type TalliesOf<T> = BoundedVec<u32, <T as Config>::MaxOptions>;

/// The choices of one vote: indices of the ballot's options.
pub type ChoicesOf<T> = BoundedVec<u32, <T as Config>::MaxChoices>;

/// A vote's ring proof, as `verifiable` encodes it.
pub type ProofOf<T> = BoundedVec<u8, <T as Config>::MaxProofLen>;

/// The time of a block, from [`Config::Time`].
pub type MomentOf<T> = <<T as Config>::Time as Time>::Moment;

/// A vote's public record as stored.
pub type VoteRecordOf<T> = VoteRecord<BlockNumberFor<T>, MomentOf<T>, <T as Config>::MaxChoices>;

/// A closed ballot's result as stored.
pub type BallotResultOf<T> = BallotResult<<T as Config>::MaxOptions>;

/// A ballot's tallies and turnout, as the view [`Pallet::tally`] answers.
#[derive(
	CloneNoBound, EqNoBound, PartialEqNoBound, Encode, Decode, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxOptions))]
pub struct Tally<MaxOptions: Get<u32>> {
	/// The votes per option, in the options' order.
	pub per_option: BoundedVec<u32, MaxOptions>,
	/// The number of voters.
	pub turnout: u32,
}

/// A vote that verifies, for the benchmarks; see [`BenchmarkHelper`].
#[cfg(feature = "runtime-benchmarks")]
pub struct VoteFixture {
	/// The genesis hash the proof's context was made with; the benchmarks write it as the hash
	/// of block 0.
	pub genesis: [u8; 32],
	/// The ballot the proof was made for; the benchmarks open the ballot under this number.
	pub ballot_id: BallotId,
	/// The ring revision the proof was made against.
	pub ring: RingRef,
	/// The alias the proof proves.
	pub alias: Alias,
	/// The choices the proof binds: distinct indices below [`Config::MaxOptions`], at most
	/// [`Config::MaxChoices`] of them (that many for the worst case).
	pub choices: alloc::vec::Vec<u32>,
	/// The proof (one context), at most [`Config::MaxProofLen`] bytes.
	pub proof: alloc::vec::Vec<u8>,
}

/// Sets the ring service up for the benchmarks, which cannot make proofs in the runtime.
///
/// The runtime implements it with a committed fixture (a proof made off line by the client tool
/// against a deterministic ring) and writes that ring into the ring service's storage.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper {
	/// Make the ring service ready and give a vote that verifies. From the current block on:
	/// `Config::Rings::scope_is_usable(&fixture.ring.scope)` holds, `usable_ring(&fixture.ring,
	/// b)` succeeds for every block `b` from now, and `verify(&ring, b,
	/// &[&ballot_context(&genesis, ballot_id)], &vote_message(ballot_id, &ring, &choices),
	/// &proof)` returns `[alias]`. [`Config::OpenOrigin`]'s `try_successful_origin` must succeed
	/// for `fixture.ring.scope`.
	fn vote_fixture() -> VoteFixture;
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The ring service (the anonymity rings pallet): which rings a ballot's scope has, and
		/// the verification of membership proofs against the revision in force at a snapshot.
		type Rings: AnonymousMembership<BlockNumberFor<Self>>;

		/// Who opens and cancels ballots of a scope (municipal, state, national authorities).
		type OpenOrigin: EnsureOriginWithArg<Self::RuntimeOrigin, RingScope>;

		/// The time of the current block, in milliseconds since the Unix epoch (the timestamp
		/// pallet): the moment of each vote.
		type Time: Time;

		/// The most options of a ballot. At least 2.
		#[pallet::constant]
		type MaxOptions: Get<u32>;

		/// The most options one vote may choose. At least 1, at most [`Config::MaxOptions`].
		#[pallet::constant]
		type MaxChoices: Get<u32>;

		/// The longest proof taken, in bytes. At least [`MIN_PROOF_LEN`] (a one-context proof).
		#[pallet::constant]
		type MaxProofLen: Get<u32>;

		/// The most blocks from a ballot's opening (its snapshot) to its end. Not zero; the ring
		/// service keeps old ring revisions at least this long.
		#[pallet::constant]
		type MaxBallotDuration: Get<BlockNumberFor<Self>>;

		/// Weight information for the calls of this pallet.
		type WeightInfo: WeightInfo;

		/// Sets the ring service up so that a fixed vote verifies, for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper;
	}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The ballots, by number: active, closed and cancelled.
	// Hasher: Twox64Concat, ballot numbers are given in order by the pallet.
	#[pallet::storage]
	pub type Ballots<T: Config> = StorageMap<_, Twox64Concat, BallotId, BallotOf<T>, OptionQuery>;

	/// The number the next ballot opened gets.
	#[pallet::storage]
	pub type NextBallotId<T: Config> = StorageValue<_, BallotId, ValueQuery>;

	/// The votes per option of each ballot, in the options' order; written at the opening, final
	/// once the ballot is closed.
	// Hasher: Twox64Concat, ballot numbers are given in order by the pallet.
	#[pallet::storage]
	pub type Tallies<T: Config> = StorageMap<_, Twox64Concat, BallotId, TalliesOf<T>, OptionQuery>;

	/// The number of voters of each ballot (absent: none yet).
	// Hasher: Twox64Concat, ballot numbers are given in order by the pallet.
	#[pallet::storage]
	pub type Turnout<T: Config> = StorageMap<_, Twox64Concat, BallotId, u32, ValueQuery>;

	/// The public record: each vote by ballot and alias, with its choices, ring, block and time.
	// Hasher: Twox64Concat for the ballot (given by the pallet); Blake2_128Concat for the alias,
	// a VRF output no voter chooses, kept balanced whatever the ring service returns.
	#[pallet::storage]
	pub type Votes<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		BallotId,
		Blake2_128Concat,
		Alias,
		VoteRecordOf<T>,
		OptionQuery,
	>;

	/// What each closed ballot decided.
	// Hasher: Twox64Concat, ballot numbers are given in order by the pallet.
	#[pallet::storage]
	pub type Results<T: Config> =
		StorageMap<_, Twox64Concat, BallotId, BallotResultOf<T>, OptionQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A ballot was opened.
		BallotOpened {
			/// Its number.
			ballot_id: BallotId,
			/// Who votes: the members of the rings of this scope.
			scope: RingScope,
			/// What it decides.
			kind: BallotKind,
			/// Its snapshot: the block it opened at.
			snapshot: BlockNumberFor<T>,
			/// The first block votes are taken at.
			starts: BlockNumberFor<T>,
			/// The first block votes are no longer taken at.
			ends: BlockNumberFor<T>,
		},
		/// A secret vote was recorded.
		SecretVoteCast {
			/// The ballot.
			ballot_id: BallotId,
			/// The voter's alias in this ballot.
			alias: Alias,
			/// The ring revision the proof was made against.
			ring: RingRef,
			/// The indices of the options chosen.
			choices: ChoicesOf<T>,
			/// The block the vote was recorded in.
			at: BlockNumberFor<T>,
			/// The time of that block, in milliseconds since the Unix epoch.
			moment: MomentOf<T>,
		},
		/// A ballot was closed: its result is final.
		BallotClosed {
			/// The ballot.
			ballot_id: BallotId,
			/// The final votes per option, in the options' order.
			tallies: TalliesOf<T>,
			/// The projects funded, most voted first; empty for a question.
			funded: TalliesOf<T>,
			/// The number of voters.
			turnout: u32,
		},
		/// A ballot was cancelled before its end.
		BallotCancelled {
			/// The ballot.
			ballot_id: BallotId,
			/// The hash of the reasons, kept off chain.
			reason: DocumentHash,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No ballot has this number. Check [`Ballots`].
		NotFound,
		/// The ballot does not take votes yet: wait for its `starts`.
		NotOpen,
		/// The ballot's voting is over (at or after its `ends`).
		Closed,
		/// The ballot was cancelled.
		Cancelled,
		/// The ballot was already closed.
		AlreadyClosed,
		/// Voting has not ended: close the ballot at or after its `ends`.
		NotEnded,
		/// This alias already voted in this ballot; a vote is never replaced.
		AlreadyVoted,
		/// The choices are empty, repeat an option or name an option the ballot lacks.
		InvalidChoices,
		/// More choices than the ballot's `max_choices`.
		TooManyChoices,
		/// A ballot needs at least two options.
		TooFewOptions,
		/// Two options have the same label: describe each option once.
		DuplicateOption,
		/// An amount does not fit the ballot's kind: a budget must be more than zero and each of
		/// its projects must cost more than zero and at most the budget; a question's answers
		/// carry no amount.
		InvalidAmount,
		/// `max_choices` must be at least 1 and at most the number of options and
		/// [`Config::MaxChoices`].
		InvalidMaxChoices,
		/// The window must start now or later, end after it starts, and end at most
		/// [`Config::MaxBallotDuration`] blocks from now.
		InvalidWindow,
		/// The scope has no ring large enough to hide a voter: run the ballot at a wider level
		/// (state, national) or wait for more members.
		AnonymitySetTooSmall,
		/// Every ballot number was used.
		TooManyBallots,
		/// The ballot's turnout counter is full.
		TooManyVotes,
		/// The scope gathers no residents (it is the evaluators' roster or a panel): open
		/// ballots of a municipal, state or national scope.
		ScopeNotResidency,
		/// More options than [`Config::MaxOptions`]: split the question.
		TooManyOptions,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxOptions::get() >= 2, "MaxOptions must be at least 2");
			assert!(T::MaxChoices::get() >= 1, "MaxChoices must be at least 1");
			assert!(
				T::MaxChoices::get() <= T::MaxOptions::get(),
				"MaxChoices must be at most MaxOptions"
			);
			assert!(
				T::MaxProofLen::get() >= MIN_PROOF_LEN,
				"MaxProofLen must hold a one-context proof"
			);
			assert!(!T::MaxBallotDuration::get().is_zero(), "MaxBallotDuration must not be zero");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Open a ballot of `scope` deciding `kind` among `options`, each vote choosing 1 to
		/// `max_choices` of them, with votes taken from block `starts` to `ends` (excluded).
		/// Its snapshot is the current block.
		///
		/// ## Origin
		/// [`Config::OpenOrigin`] for `scope`.
		///
		/// ## Errors
		/// - [`Error::ScopeNotResidency`]: `scope` is the evaluators' roster or a panel.
		/// - [`Error::TooFewOptions`], [`Error::DuplicateOption`], [`Error::InvalidAmount`],
		///   [`Error::InvalidMaxChoices`], [`Error::InvalidWindow`].
		/// - [`Error::AnonymitySetTooSmall`]: `scope` has no usable ring.
		/// - [`Error::TooManyBallots`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::open_ballot())]
		pub fn open_ballot(
			origin: OriginFor<T>,
			scope: RingScope,
			kind: BallotKind,
			options: OptionsOf<T>,
			max_choices: u32,
			starts: BlockNumberFor<T>,
			ends: BlockNumberFor<T>,
		) -> DispatchResult {
			T::OpenOrigin::ensure_origin(origin, &scope)?;
			Self::do_open_ballot(scope, kind, options, max_choices, starts, ends).map(|_| ())
		}

		/// Vote secretly in `ballot_id` for `choices`, as the member of `ring` whose alias in
		/// this ballot is `alias`, proved by `proof`: a ring proof for the ballot's context
		/// ([`Pallet::vote_context`]) binding the message
		/// `vote_message(ballot_id, ring, choices)`.
		///
		/// Sent as a general transaction with no signer: the authorization checks the window,
		/// the ring (of the ballot's scope, in force at its snapshot), that the alias has not
		/// voted and the choices, then verifies the proof and that it proves `alias`. Refusals
		/// are [`VoteRefusal`] codes. The transaction provides `("SecretBallots", ballot_id,
		/// alias)` and lives until the ballot ends.
		///
		/// ## Origin
		/// `Authorized`, by this call's authorization (`frame_system::AuthorizeCall`).
		///
		/// ## Errors
		/// The authorization makes these checks already; they are made again at dispatch for
		/// votes of the same alias in the same block and for dispatch from other paths:
		/// - [`Error::NotFound`], [`Error::NotOpen`], [`Error::Closed`], [`Error::Cancelled`],
		///   [`Error::AlreadyVoted`], [`Error::InvalidChoices`], [`Error::TooManyChoices`].
		/// - [`Error::TooManyVotes`].
		///
		/// ## Events
		/// [`Event::SecretVoteCast`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::cast_secret_vote())]
		#[pallet::authorize(Self::authorize_vote)]
		#[pallet::weight_of_authorize(
			T::WeightInfo::authorize_cast_secret_vote().saturating_add(T::Rings::verify_weight(1))
		)]
		pub fn cast_secret_vote(
			origin: OriginFor<T>,
			ballot_id: BallotId,
			ring: RingRef,
			alias: Alias,
			choices: ChoicesOf<T>,
			proof: ProofOf<T>,
		) -> DispatchResult {
			frame_system::ensure_authorized(origin)?;
			// The authorization verified the proof; the dispatch does not need it again.
			let _ = proof;
			Self::do_cast_secret_vote(ballot_id, ring, alias, choices)
		}

		/// Close `ballot_id` once voting ended: fund a budget's projects and record the result.
		///
		/// ## Origin
		/// Signed by anyone. Free when it succeeds.
		///
		/// ## Errors
		/// - [`Error::NotFound`], [`Error::NotEnded`], [`Error::AlreadyClosed`],
		///   [`Error::Cancelled`].
		///
		/// ## Events
		/// [`Event::BallotClosed`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::close_ballot())]
		pub fn close_ballot(
			origin: OriginFor<T>,
			ballot_id: BallotId,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			Self::do_close_ballot(ballot_id)?;
			Ok(Pays::No.into())
		}

		/// Cancel `ballot_id` before voting ends, for the reasons hashed in `reason`. Votes
		/// already cast stay on record; there is no result.
		///
		/// ## Origin
		/// [`Config::OpenOrigin`] for the ballot's scope.
		///
		/// ## Errors
		/// - [`Error::NotFound`], [`Error::Closed`] (voting ended), [`Error::AlreadyClosed`],
		///   [`Error::Cancelled`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::cancel_ballot())]
		pub fn cancel_ballot(
			origin: OriginFor<T>,
			ballot_id: BallotId,
			reason: DocumentHash,
		) -> DispatchResult {
			let ballot = Ballots::<T>::get(ballot_id).ok_or(Error::<T>::NotFound)?;
			T::OpenOrigin::ensure_origin(origin, &ballot.scope)?;
			Self::do_cancel_ballot(ballot_id, ballot, reason)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// The ballot `ballot_id`, if it exists.
		pub fn ballot(ballot_id: BallotId) -> Option<BallotOf<T>> {
			Ballots::<T>::get(ballot_id)
		}

		/// The votes per option and the turnout of `ballot_id`, live while it is active.
		pub fn tally(ballot_id: BallotId) -> Option<Tally<T::MaxOptions>> {
			Tallies::<T>::get(ballot_id)
				.map(|per_option| Tally { per_option, turnout: Turnout::<T>::get(ballot_id) })
		}

		/// The vote of `alias` in `ballot_id`, if it voted.
		pub fn vote_of(ballot_id: BallotId, alias: Alias) -> Option<VoteRecordOf<T>> {
			Votes::<T>::get(ballot_id, alias)
		}

		/// The result of `ballot_id`, once closed.
		pub fn result(ballot_id: BallotId) -> Option<BallotResultOf<T>> {
			Results::<T>::get(ballot_id)
		}

		/// The context a vote in `ballot_id` proves for:
		/// `ballot_context(genesis hash, ballot_id)`.
		pub fn vote_context(ballot_id: BallotId) -> [u8; 32] {
			Self::context_of(ballot_id)
		}
	}
}
