//! # Leadership elections pallet
//!
//! Who leads a collective: open calls for leadership elected by the Executive Council, and the
//! renewal of a leader's term by its collective's members, with liquid democracy.
//!
//! ## Overview
//!
//! In the 2018 "Red Blockchain México" governance model, a collective's leaders are "elegidos
//! por convocatoria abierta" and their term is renewed "siempre y cuando los integrantes del
//! colectivo así lo determinen"; the public consultation asked for liquid democracy. The
//! register of leaders (`pallet-collective-registry`) keeps the leaders and applies its own
//! rules (an active member up to date with the code of ethics, distinct institutions, at most
//! `MaxLeaders`, the lifetime term limit, the renewal window); this pallet decides **who**, and
//! asks the register through [`Config::Leadership`] ([`LeadershipRegister`]) to appoint or
//! renew. Collectives and members are read through [`Config::Collectives`]
//! ([`CollectiveInspect`]).
//!
//! - **Open calls (convocatoria abierta).** The Executive Council ([`Config::ExecutiveOrigin`])
//!   opens a call for `seats` leaders of a collective, at most its vacancies
//!   ([`Pallet::open_call`]); one call per collective at a time ([`OpenCalls`]). For
//!   [`Config::ApplicationPeriod`] blocks active members of the collective up to date with the
//!   code of ethics apply with the hash of their statement ([`Pallet::apply`]), at most
//!   [`Config::MaxApplicants`], and may withdraw ([`Pallet::withdraw_application`]). Then, for
//!   [`Config::ElectionPeriod`] blocks, the Executive Council elects between one and `seats`
//!   applicants ([`Pallet::elect`]): each is appointed through the register, and if the
//!   register refuses any of them nothing is applied. The Executive Council may cancel a call
//!   at any time ([`Pallet::cancel_call`]); a call not elected by its deadline is closed by
//!   anyone ([`Pallet::close_lapsed_call`]). Applicants are active members: no deposit.
//! - **Renewal ballots.** A leader whose term ends within [`Config::RenewalLead`] blocks, and
//!   not before [`Config::VotingPeriod`] blocks from now, stands again by opening a ballot on
//!   its own renewal ([`Pallet::open_renewal`]): its consent. For [`Config::VotingPeriod`]
//!   blocks the active members of its collective vote aye or nay ([`Pallet::vote`], feeless for
//!   a member's first vote on a ballot; a member may change its vote while the ballot is open).
//!   Anyone closes the ballot after the voting period, or earlier once the tally is decisive
//!   ([`Pallet::close_renewal`]). Approved: the ballot waits for the Executive Council, which
//!   confirms before the term ends ([`Pallet::confirm_renewal`], the register renews the term)
//!   or refuses with its reasons ([`Pallet::refuse_renewal`]). Rejected: the ballot ends and
//!   the term runs out normally. Anyone removes a ballot whose leader's term has ended or who
//!   is no longer a leader ([`Pallet::remove_stale_ballot`]).
//! - **Delegation (liquid democracy).** An active member delegates its vote to another active
//!   member of its collective ([`Pallet::delegate`]), one delegation per member (a new one
//!   replaces the old), revocable ([`Pallet::undelegate`]); it applies to every ballot of the
//!   collective. A member who votes directly overrides its delegation for that ballot. Anyone
//!   removes a delegation whose delegator or delegate is no longer an active member of the
//!   collective it was made in ([`Pallet::remove_stale_delegation`]).
//!
//! ### The tally
//!
//! At close, over the active members of the collective ([`CollectiveInspect::active_members`],
//! at most [`Config::MaxVoters`]), each member counts exactly once:
//! 1. its own vote, if it voted directly on this ballot;
//! 2. otherwise the vote of the first member reached through its delegation chain that voted
//!    directly, following at most [`Config::MaxDelegationDepth`] delegations;
//! 3. otherwise it abstains: its chain ends (a member who neither voted nor delegated), breaks
//!    (a delegate no longer an active member of the same collective) or is longer than the
//!    depth.
//!
//! The renewal is **approved when `ayes * 2 > members`**: a majority of the collective's active
//! members, not of those voting. Before the voting period ends the ballot may be closed once
//! the tally is decisive: ayes already more than half of the members (approved), or nays at
//! least half (rejected).
//!
//! *Worked example* (depth 2; seven active members A..G; A is the leader standing again).
//! Delegations: B -> C, C -> D, E -> F, F -> G, G -> D. Direct votes: A aye, C nay, D aye,
//! F nay. (E delegated before F did: E -> F -> G -> D is longer than the depth.)
//! - A, C, D and F count their own votes (C's and F's direct votes override their
//!   delegations): aye, nay, aye, nay.
//! - B: B -> C, who voted: nay. E: E -> F, who voted: nay. G: G -> D, who voted: aye.
//!
//! Ayes 3 (A, D, G), nays 4 (B, C, E, F), abstentions 0: 3 * 2 is not more than 7, rejected
//! (and decisive before the period ends, as 4 * 2 >= 7). Had F not voted, E's chain
//! E -> F -> G reaches G, who did not vote, after 2 hops; G -> D would be a third: E abstains,
//! and F (F -> G -> D) counts aye.
//!
//! ## Terminology
//!
//! - **Colectivo (collective)**: a sector of the network (academia, empresas, sector público,
//!   sociedad civil) with its members and leaders, kept by the register.
//! - **Líder (leader)**: a member who leads its collective for a term, appointed and renewed by
//!   the register.
//! - **Convocatoria abierta (open call)**: the Executive Council's public call for leaders of a
//!   collective; members apply with a statement (its hash on chain, the document off chain).
//! - **Boleta de renovación (renewal ballot)**: the members' vote on renewing one leader's term.
//! - **Delegación (delegation)**: a member's standing instruction that another member votes for
//!   it when it does not vote itself (democracia líquida, liquid democracy).
//!
//! ## Pallet API
//!
//! | Call | index | Origin |
//! |---|---|---|
//! | `open_call` | 0 | `ExecutiveOrigin` |
//! | `apply` | 1 | signed: an active member of the collective, code of ethics current |
//! | `withdraw_application` | 2 | signed: the applicant |
//! | `elect` | 3 | `ExecutiveOrigin` |
//! | `cancel_call` | 4 | `ExecutiveOrigin` |
//! | `close_lapsed_call` | 5 | signed: anyone |
//! | `open_renewal` | 6 | signed: the leader itself |
//! | `vote` | 7 | signed: an active member of the leader's collective (feeless on its first vote) |
//! | `close_renewal` | 8 | signed: anyone |
//! | `confirm_renewal` | 9 | `ExecutiveOrigin` |
//! | `refuse_renewal` | 10 | `ExecutiveOrigin` |
//! | `remove_stale_ballot` | 11 | signed: anyone |
//! | `delegate` | 12 | signed: an active member |
//! | `undelegate` | 13 | signed: the delegator |
//! | `remove_stale_delegation` | 14 | signed: anyone |
//!
//! ## Assumptions
//!
//! - [`Config::MaxVoters`] is at least the register's largest number of members of a
//!   collective; a ballot of a larger collective cannot be closed ([`Error::TooManyMembers`])
//!   and is removed once the term ends.
//! - [`OpenCalls`] holds at most one call per collective, inserted by the Executive Council
//!   only. [`Ballots`] holds at most one ballot per current leader (bounded by the register's
//!   leaders), [`Votes`] at most [`Config::MaxVoters`] per ballot, [`Delegations`] at most one
//!   per active member (bounded by the register's members); each has a permissionless exit.
//! - Delegation cycles are impossible: a new delegation walks up from the delegate at most
//!   [`Config::MaxDelegationDepth`] delegations and is refused if it meets the delegator
//!   ([`Error::DelegationCycle`]) or the chain does not end within the depth
//!   ([`Error::DelegationTooDeep`]). A chain through a member who delegates later may grow
//!   longer than the depth; the tally cuts it there (those beyond abstain).
//! - The register applies its own rules at appointment and renewal; an error of the register
//!   refuses the whole call. The Executive Council reads the statements off chain.
//! - `vote` is feeless only where the runtime wraps its payment extension in
//!   `pallet_skip_feeless_payment::SkipCheckIfFeeless`.

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
	governance::{CollectiveId, CollectiveInspect, LeadershipRegister},
	DocumentHash,
};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;

/// An open call as stored.
pub type OpenCallOf<T> = OpenCall<
	<T as frame_system::Config>::AccountId,
	BlockNumberFor<T>,
	<T as Config>::MaxApplicants,
>;

/// The applicants the Executive Council elects, at most [`Config::MaxApplicants`].
pub type ElectedOf<T> =
	BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxApplicants>;

/// A renewal ballot as stored.
pub type BallotOf<T> = Ballot<BlockNumberFor<T>>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Collectives, active members, the code of ethics and leaders: the register.
		type Collectives: CollectiveInspect<Self::AccountId>;

		/// Appoints and renews leaders, applying the register's own rules.
		type Leadership: LeadershipRegister<Self::AccountId, BlockNumberFor<Self>>;

		/// The Executive Council: opens, elects and cancels calls; confirms and refuses
		/// renewals.
		type ExecutiveOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// How many blocks a call accepts applications.
		#[pallet::constant]
		type ApplicationPeriod: Get<BlockNumberFor<Self>>;

		/// How many blocks after the applications close the Executive Council has to elect.
		#[pallet::constant]
		type ElectionPeriod: Get<BlockNumberFor<Self>>;

		/// How many blocks the members vote on a renewal.
		#[pallet::constant]
		type VotingPeriod: Get<BlockNumberFor<Self>>;

		/// How long before its term ends a leader may open its renewal ballot (the register's
		/// renewal window). At least [`Config::VotingPeriod`].
		#[pallet::constant]
		type RenewalLead: Get<BlockNumberFor<Self>>;

		/// The most applications a call accepts (and leaders it elects).
		#[pallet::constant]
		type MaxApplicants: Get<u32>;

		/// The most active members a collective's tally counts; at least the register's
		/// largest number of members of a collective.
		#[pallet::constant]
		type MaxVoters: Get<u32>;

		/// The most delegations the tally follows from a member; at least 1.
		#[pallet::constant]
		type MaxDelegationDepth: Get<u32>;

		/// Weights of the calls.
		type WeightInfo: WeightInfo;

		/// Sets up collectives, members and leaders in benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: bmx_primitives::governance::GovernanceSetup<Self::AccountId>;
	}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The open call of each collective, with its applications.
	// Hasher: collective ids are assigned in order, not chosen by users.
	#[pallet::storage]
	pub type OpenCalls<T: Config> = StorageMap<_, Twox64Concat, CollectiveId, OpenCallOf<T>>;

	/// The renewal ballot of each leader that stands again.
	// Hasher: accounts are chosen by users.
	#[pallet::storage]
	pub type Ballots<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, BallotOf<T>>;

	/// The direct votes on each open ballot: leader, voter, aye.
	// Hasher: accounts are chosen by users.
	#[pallet::storage]
	pub type Votes<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Blake2_128Concat, T::AccountId, bool>;

	/// Each member's delegation of its vote.
	// Hasher: accounts are chosen by users.
	#[pallet::storage]
	pub type Delegations<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Delegation<T::AccountId>>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// The Executive Council opened a call for leaders.
		CallOpened {
			/// The collective.
			collective: CollectiveId,
			/// How many leaders it elects at most.
			seats: u32,
			/// Applications are accepted before this block.
			applications_end: BlockNumberFor<T>,
			/// The Executive Council elects before this block.
			election_deadline: BlockNumberFor<T>,
		},
		/// A member applied to a call.
		Applied {
			/// The collective.
			collective: CollectiveId,
			/// The applicant.
			who: T::AccountId,
			/// The hash of its statement.
			statement: DocumentHash,
		},
		/// An applicant withdrew its application.
		ApplicationWithdrawn {
			/// The collective.
			collective: CollectiveId,
			/// The applicant.
			who: T::AccountId,
		},
		/// The Executive Council elected leaders; the register appointed them and the call
		/// ended.
		LeadersElected {
			/// The collective.
			collective: CollectiveId,
			/// The new leaders, in the order given.
			elected: ElectedOf<T>,
		},
		/// The Executive Council cancelled a call.
		CallCancelled {
			/// The collective.
			collective: CollectiveId,
		},
		/// A call ended without an election by its deadline.
		CallLapsed {
			/// The collective.
			collective: CollectiveId,
		},
		/// A leader opened the ballot on its renewal.
		RenewalOpened {
			/// The leader.
			leader: T::AccountId,
			/// Its collective, whose active members vote.
			collective: CollectiveId,
			/// Votes are accepted before this block.
			voting_end: BlockNumberFor<T>,
		},
		/// A member voted (or changed its vote) on a renewal.
		Voted {
			/// The leader whose renewal is voted.
			leader: T::AccountId,
			/// The member.
			voter: T::AccountId,
			/// Aye (true) or nay.
			aye: bool,
		},
		/// The members approved a renewal; the Executive Council confirms or refuses it.
		RenewalApproved {
			/// The leader.
			leader: T::AccountId,
			/// The tally.
			tally: Tally,
		},
		/// The members did not approve a renewal; the ballot ended and the term runs out.
		RenewalRejected {
			/// The leader.
			leader: T::AccountId,
			/// The tally.
			tally: Tally,
		},
		/// The Executive Council confirmed an approved renewal; the register renewed the term.
		RenewalConfirmed {
			/// The leader.
			leader: T::AccountId,
		},
		/// The Executive Council refused an approved renewal.
		RenewalRefused {
			/// The leader.
			leader: T::AccountId,
			/// The hash of the Executive Council's reasons.
			reason: DocumentHash,
		},
		/// A ballot whose leader's term ended, or who no longer leads, was removed.
		BallotRemoved {
			/// The leader.
			leader: T::AccountId,
		},
		/// A member delegated its vote (replacing any earlier delegation).
		Delegated {
			/// The delegator.
			who: T::AccountId,
			/// The delegate.
			delegate: T::AccountId,
		},
		/// A member revoked its delegation.
		Undelegated {
			/// The delegator.
			who: T::AccountId,
		},
		/// A delegation whose delegator or delegate is no longer an active member of its
		/// collective was removed.
		DelegationRemoved {
			/// The delegator.
			who: T::AccountId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No collective has that id; check the id.
		CollectiveNotFound,
		/// A call elects at least one leader and at most the collective's vacancies; fill
		/// fewer seats, or remove a leader first.
		InvalidSeats,
		/// The collective has an open call already; elect, cancel or let it lapse first.
		CallAlreadyOpen,
		/// The collective has no open call; check the collective.
		CallNotFound,
		/// The call's application period is over; wait for the next call.
		ApplicationsClosed,
		/// The call still accepts applications; elect once its application period is over.
		ApplicationsOpen,
		/// The call's election deadline has passed; close it as lapsed and open another.
		ElectionDeadlinePassed,
		/// The call's election deadline has not passed yet; the Executive Council may still
		/// elect or cancel.
		ElectionDeadlineNotReached,
		/// The account is not an active member of that collective; only its active members
		/// apply, vote and delegate there.
		NotActiveMember,
		/// The member has not accepted the code of ethics in force; it must accept it first.
		CodeOfEthicsOutdated,
		/// The member leads the collective already.
		AlreadyLeader,
		/// The member applied to this call already; withdraw first to apply again.
		AlreadyApplied,
		/// The call has [`Config::MaxApplicants`] applications already.
		TooManyApplicants,
		/// The account has not applied to this call; elect only applicants.
		NotApplicant,
		/// The same account is elected twice; name each once.
		DuplicateElected,
		/// Elect at least one applicant and at most the call's seats.
		WrongNumberElected,
		/// The account holds no leader's term; only a leader stands for renewal.
		NotLeader,
		/// The leader has a ballot already; close or remove it first.
		BallotAlreadyOpen,
		/// The term ends more than [`Config::RenewalLead`] blocks from now; open the ballot
		/// later.
		RenewalTooEarly,
		/// The term ends before a full [`Config::VotingPeriod`]; it is too late to stand again.
		RenewalTooLate,
		/// The leader has no ballot; check the account.
		BallotNotFound,
		/// The ballot no longer accepts votes.
		VotingClosed,
		/// The voting period has not ended and the tally is not decisive yet; wait.
		VotingOpen,
		/// [`Config::MaxVoters`] members voted already on this ballot.
		TooManyVoters,
		/// The collective has more active members than [`Config::MaxVoters`]; the runtime's
		/// configuration must be raised.
		TooManyMembers,
		/// The ballot is not approved by the members (it is still voting).
		NotApproved,
		/// The leader's term has ended (or it no longer leads); the renewal cannot be
		/// confirmed.
		TermEnded,
		/// The entry is not stale; nothing to remove.
		NotStale,
		/// A member cannot delegate to itself.
		SelfDelegation,
		/// The delegate would vote back for the delegator through its own delegations.
		DelegationCycle,
		/// The delegate's chain of delegations is [`Config::MaxDelegationDepth`] long already;
		/// delegate to a member nearer the end of the chain.
		DelegationTooDeep,
		/// The account has no delegation.
		DelegationNotFound,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			use sp_runtime::traits::Zero;
			assert!(!T::ApplicationPeriod::get().is_zero(), "ApplicationPeriod must not be zero");
			assert!(!T::ElectionPeriod::get().is_zero(), "ElectionPeriod must not be zero");
			assert!(!T::VotingPeriod::get().is_zero(), "VotingPeriod must not be zero");
			assert!(
				T::VotingPeriod::get() <= T::RenewalLead::get(),
				"VotingPeriod must not exceed RenewalLead"
			);
			assert!(T::MaxDelegationDepth::get() >= 1, "MaxDelegationDepth must be at least 1");
			assert!(T::MaxApplicants::get() >= 1, "MaxApplicants must be at least 1");
			assert!(T::MaxVoters::get() >= 1, "MaxVoters must be at least 1");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Open a call for `seats` leaders of `collective` (convocatoria abierta).
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// [`Error::CollectiveNotFound`], [`Error::InvalidSeats`] (zero, or more than the
		/// collective's vacancies), [`Error::CallAlreadyOpen`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::open_call())]
		pub fn open_call(
			origin: OriginFor<T>,
			collective: CollectiveId,
			seats: u32,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_open_call(collective, seats)
		}

		/// Apply to the open call of `collective` with the hash of a statement.
		///
		/// ## Origin
		/// Signed by an active member of `collective` up to date with the code of ethics, not
		/// one of its leaders, during the application period.
		///
		/// ## Errors
		/// [`Error::CallNotFound`], [`Error::ApplicationsClosed`], [`Error::NotActiveMember`],
		/// [`Error::CodeOfEthicsOutdated`], [`Error::AlreadyLeader`], [`Error::AlreadyApplied`],
		/// [`Error::TooManyApplicants`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::apply())]
		pub fn apply(
			origin: OriginFor<T>,
			collective: CollectiveId,
			statement: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_apply(collective, who, statement)
		}

		/// Withdraw an application to the open call of `collective`.
		///
		/// ## Origin
		/// Signed by the applicant, while the call is open.
		///
		/// ## Errors
		/// [`Error::CallNotFound`], [`Error::NotApplicant`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::withdraw_application())]
		pub fn withdraw_application(
			origin: OriginFor<T>,
			collective: CollectiveId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_application(collective, who)
		}

		/// Elect `elected` from the applicants of the call of `collective`; the register
		/// appoints each, and the call ends. If the register refuses any, nothing changes.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`], after the application period and before the election
		/// deadline.
		///
		/// ## Errors
		/// [`Error::CallNotFound`], [`Error::ApplicationsOpen`],
		/// [`Error::ElectionDeadlinePassed`], [`Error::WrongNumberElected`],
		/// [`Error::DuplicateElected`], [`Error::NotApplicant`], and the register's errors.
		#[pallet::call_index(3)]
		#[pallet::weight(
			T::WeightInfo::elect(elected.len() as u32).saturating_add(
				T::Leadership::appoint_weight().saturating_mul(elected.len() as u64)
			)
		)]
		pub fn elect(
			origin: OriginFor<T>,
			collective: CollectiveId,
			elected: ElectedOf<T>,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_elect(collective, elected)
		}

		/// Cancel the open call of `collective`.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`], at any time.
		///
		/// ## Errors
		/// [`Error::CallNotFound`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::cancel_call())]
		pub fn cancel_call(origin: OriginFor<T>, collective: CollectiveId) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_end_call(collective, false)
		}

		/// Close the call of `collective`, not elected by its deadline.
		///
		/// ## Origin
		/// Signed by anyone, from the election deadline on.
		///
		/// ## Errors
		/// [`Error::CallNotFound`], [`Error::ElectionDeadlineNotReached`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::close_lapsed_call())]
		pub fn close_lapsed_call(origin: OriginFor<T>, collective: CollectiveId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_end_call(collective, true)
		}

		/// Stand again: open the members' ballot on the renewal of the caller's term.
		///
		/// ## Origin
		/// Signed by the leader, when its term ends within [`Config::RenewalLead`] blocks and
		/// no sooner than [`Config::VotingPeriod`] blocks from now.
		///
		/// ## Errors
		/// [`Error::NotLeader`], [`Error::BallotAlreadyOpen`], [`Error::RenewalTooEarly`],
		/// [`Error::RenewalTooLate`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::open_renewal())]
		pub fn open_renewal(origin: OriginFor<T>) -> DispatchResult {
			let leader = ensure_signed(origin)?;
			Self::do_open_renewal(leader)
		}

		/// Vote aye or nay on the renewal of `leader`; a later vote replaces the earlier one.
		/// Feeless for a member's first vote on an open ballot of its collective.
		///
		/// ## Origin
		/// Signed by an active member of the leader's collective, during the voting period.
		///
		/// ## Errors
		/// [`Error::BallotNotFound`], [`Error::VotingClosed`], [`Error::NotActiveMember`],
		/// [`Error::TooManyVoters`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::vote())]
		#[pallet::feeless_if(|origin: &OriginFor<T>, leader: &T::AccountId, _aye: &bool| -> bool {
			Pallet::<T>::is_first_vote(origin, leader)
		})]
		pub fn vote(origin: OriginFor<T>, leader: T::AccountId, aye: bool) -> DispatchResult {
			let voter = ensure_signed(origin)?;
			Self::do_vote(leader, voter, aye)
		}

		/// Tally the ballot on the renewal of `leader` and close it: approved, it waits for
		/// the Executive Council; rejected, it ends.
		///
		/// ## Origin
		/// Signed by anyone, after the voting period, or earlier once the tally is decisive.
		///
		/// ## Errors
		/// [`Error::BallotNotFound`], [`Error::VotingClosed`] (approved already),
		/// [`Error::VotingOpen`], [`Error::TooManyMembers`].
		#[pallet::call_index(8)]
		#[pallet::weight(
			T::WeightInfo::close_renewal(T::MaxVoters::get())
				.saturating_add(T::DbWeight::get().writes(T::MaxVoters::get().into()))
		)]
		pub fn close_renewal(
			origin: OriginFor<T>,
			leader: T::AccountId,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			Self::do_close_renewal(leader)
		}

		/// Confirm the approved renewal of `leader`: the register renews its term.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`], before the term ends.
		///
		/// ## Errors
		/// [`Error::BallotNotFound`], [`Error::NotApproved`], [`Error::TermEnded`], and the
		/// register's errors.
		#[pallet::call_index(9)]
		#[pallet::weight(
			T::WeightInfo::confirm_renewal().saturating_add(T::Leadership::renew_weight())
		)]
		pub fn confirm_renewal(origin: OriginFor<T>, leader: T::AccountId) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_confirm_renewal(leader)
		}

		/// Refuse the approved renewal of `leader`, with the hash of the reasons; the term runs
		/// out.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// [`Error::BallotNotFound`], [`Error::NotApproved`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::refuse_renewal())]
		pub fn refuse_renewal(
			origin: OriginFor<T>,
			leader: T::AccountId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_refuse_renewal(leader, reason)
		}

		/// Remove the ballot of `leader` once its term has ended or it no longer leads, with
		/// its votes.
		///
		/// ## Origin
		/// Signed by anyone.
		///
		/// ## Errors
		/// [`Error::BallotNotFound`], [`Error::NotStale`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::remove_stale_ballot(T::MaxVoters::get()))]
		pub fn remove_stale_ballot(
			origin: OriginFor<T>,
			leader: T::AccountId,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			Self::do_remove_stale_ballot(leader)
		}

		/// Delegate the caller's vote to `to`, replacing any earlier delegation.
		///
		/// ## Origin
		/// Signed by an active member; `to` is another active member of its collective.
		///
		/// ## Errors
		/// [`Error::NotActiveMember`], [`Error::SelfDelegation`], [`Error::DelegationCycle`],
		/// [`Error::DelegationTooDeep`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::delegate(T::MaxDelegationDepth::get()))]
		pub fn delegate(origin: OriginFor<T>, to: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_delegate(who, to)
		}

		/// Revoke the caller's delegation.
		///
		/// ## Origin
		/// Signed by the delegator.
		///
		/// ## Errors
		/// [`Error::DelegationNotFound`].
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::undelegate())]
		pub fn undelegate(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_undelegate(who)
		}

		/// Remove the delegation of `who` when it or its delegate is no longer an active
		/// member of the collective the delegation was made in.
		///
		/// ## Origin
		/// Signed by anyone.
		///
		/// ## Errors
		/// [`Error::DelegationNotFound`], [`Error::NotStale`].
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::remove_stale_delegation())]
		pub fn remove_stale_delegation(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_remove_stale_delegation(who)
		}
	}
}
