//! # Governing councils pallet
//!
//! The Executive Council (the Executive Secretary and two commissions) and the Advisory Council
//! of Blockchain MX: their seats and terms, the Secretary's motions, and the membership of the
//! councils' `pallet-collective` instances.
//!
//! ## Overview
//!
//! The network follows the 2018 "Red Blockchain México" governance model: collectives of sectors
//! run the nodes (`pallet-collective-registry` keeps them, their members and their leaders) and
//! are steered by an Executive Council under the eye of an Advisory Council. This pallet seats
//! both councils and keeps their `pallet-collective` instances in step.
//!
//! - **Executive Council.** The Executive Secretary ([`ExecutiveSecretary`]) and two
//!   commissions, projects and node integration, with one commissioner per collective each
//!   ([`Commissioners`]): a business-profile and a technical-profile representative, who must be
//!   active members of the collective they represent (the profile itself is the leaders' and the
//!   Advisory Council's judgement, not checked on chain). A leader proposes a person for a seat
//!   ([`Pallet::propose_executive`]; a leader of that collective for a commissioner seat, any
//!   leader for the Secretary); [`Config::AdvisoryOrigin`] designates a proposed person for
//!   [`Config::ExecutiveTerm`] blocks ([`Pallet::designate_executive`]), replacing any holder;
//!   designating the holder again is a new term. One person holds one seat at most, executive
//!   or advisory. A commissioner who stops being an active member of its collective (leaves, is
//!   suspended or expelled) loses the seat: the registry tells this pallet through
//!   [`MembershipHooks`]. The Secretary need not be a member.
//! - **Advisory Council.** At most [`Config::MaxAdvisors`] advisors ([`Advisors`]). Anyone
//!   submits a written request ([`Pallet::request_advisory_seat`]) with a deposit
//!   ([`HoldReason::AdvisoryRequest`]) returned whatever the outcome; at most
//!   [`Config::MaxAdvisoryRequests`] are pending. [`Config::ExecutiveOrigin`] admits or rejects
//!   it. Terms last [`Config::AdvisoryTerm`] blocks and are renewable
//!   [`Config::MaxAdvisorRenewals`] times within [`Config::RenewalWindow`] blocks of their end.
//! - **Terms** of executive seats and advisors end by themselves at the start of their last
//!   block ([`SeatExpiries`], at most [`Config::MaxExpiriesPerBlock`] per block).
//! - **Council memberships.** After every change the pallet recomputes the sorted membership of
//!   the Executive Council (Secretary and commissioners), the Advisory Council and each
//!   commission, and pushes it to [`Config::ExecutiveCouncil`], [`Config::AdvisoryCouncil`],
//!   [`Config::NodeCommission`] and [`Config::ProjectsCommission`] (`ChangeMembers`, in the
//!   runtime `pallet_collective` instances) only when it changed ([`CouncilMembers`] keeps the
//!   last push); the Executive Council also gets the Secretary as prime.
//! - **Quorum.** The issue asks that an ordinary decision be valid with the Secretary plus
//!   [`Config::OrdinaryQuorum`] (6) members and an extraordinary one with the Secretary plus
//!   [`Config::ExtraordinaryQuorum`] (4). We read "valid with" as "carried by that many ayes":
//!   only the Secretary tables motions ([`Pallet::table_motion`]), through
//!   [`Config::ExecutiveMotions`], which proposes in the Executive Council's collective with a
//!   threshold of 1 + quorum ayes and records the Secretary's aye. The runtime blocks direct
//!   `propose` on that collective instance (so the Secretary's presence is guaranteed) and maps
//!   ordinary and extraordinary origins to `pallet_collective::EnsureMembers<_, _, 7>` and
//!   `EnsureMembers<_, _, 5>`.
//! - **Reports.** Each commission reports every [`Config::CommissionReportPeriod`] blocks
//!   (monthly), the Secretary every [`Config::SecretaryReportPeriod`] and the Advisory Council
//!   every [`Config::AdvisoryReportPeriod`] (quarterly), through the reports service
//!   [`Config::Reports`]. The obligation begins when a commission gets its first commissioner,
//!   the Secretary is designated ([`Event::ExecutiveDesignated`]) or the Advisory Council gets
//!   its first advisor ([`Event::AdvisorAdmitted`], or genesis); it ends when the commission's
//!   last commissioner or the Secretary leaves ([`Event::ExecutiveSeatEnded`]) or the last
//!   advisor leaves ([`Event::AdvisorySeatEnded`]). A replaced Secretary's successor inherits the
//!   due block. Any commissioner of the commission, the Secretary and any advisor answer for
//!   their body's reports ([`ReportAnswerers`]).
//!
//! ## Terminology
//!
//! - **Consejo Ejecutivo (Executive Council)**: the body behind [`Config::ExecutiveOrigin`]:
//!   the Secretary and the commissioners.
//! - **Secretario Ejecutivo (Executive Secretary)**: the prime of the Executive Council; the only
//!   one who tables its motions.
//! - **Comisión de proyectos / de integración de nodos (projects / node-integration
//!   commission)**: the two commissions of the Executive Council, one commissioner per
//!   collective each.
//! - **Consejo Consultivo (Advisory Council)**: the body behind [`Config::AdvisoryOrigin`]; it
//!   designates the executive on the leaders' proposal.
//! - **Líder (leader)**: a member appointed to lead its collective (in the registry); leaders
//!   propose the executive.
//! - **Solicitud por escrito (written request)**: a document kept off chain, of which the chain
//!   stores the hash.
//! - **Push**: handing a council's new membership to its `ChangeMembers`.
//!
//! ## Pallet API
//!
//! | Call | index | Origin |
//! |---|---|---|
//! | [`propose_executive`](Pallet::propose_executive) | 0 | signed: a leader (of the represented collective, for a commissioner seat) |
//! | [`withdraw_executive_proposal`](Pallet::withdraw_executive_proposal) | 1 | signed: the proposer |
//! | [`designate_executive`](Pallet::designate_executive) | 2 | [`Config::AdvisoryOrigin`] |
//! | [`remove_executive`](Pallet::remove_executive) | 3 | [`Config::AdvisoryOrigin`] |
//! | [`request_advisory_seat`](Pallet::request_advisory_seat) | 4 | signed: anyone |
//! | [`withdraw_advisory_request`](Pallet::withdraw_advisory_request) | 5 | signed: the applicant |
//! | [`admit_advisor`](Pallet::admit_advisor) | 6 | [`Config::ExecutiveOrigin`] |
//! | [`reject_advisory_request`](Pallet::reject_advisory_request) | 7 | [`Config::ExecutiveOrigin`] |
//! | [`renew_advisor`](Pallet::renew_advisor) | 8 | [`Config::ExecutiveOrigin`] |
//! | [`remove_advisor`](Pallet::remove_advisor) | 9 | [`Config::ExecutiveOrigin`] |
//! | [`table_motion`](Pallet::table_motion) | 10 | signed: the Executive Secretary |
//!
//! View functions: [`Pallet::executive_seat`], [`Pallet::council_members`],
//! [`Pallet::motion_threshold`], [`Pallet::is_advisor`].
//!
//! For other pallets the pallet implements [`MembershipHooks`] (a commissioner who stops being
//! an active member loses its seat; leaving is never vetoed), [`SeatInspect`] and
//! [`ReportAnswerers`] (the commissions, the Secretary, the Advisory Council). It reads the
//! collectives through [`Config::Collectives`] and keeps report obligations through
//! [`Config::Reports`]; the runtime provides [`ExecutiveMotions`] and
//! [`CouncilMembershipWeight`].
//!
//! ## Assumptions
//!
//! - The Advisory Council reviews the candidates and the Executive Council the written requests
//!   off chain: the chain checks the rules above, not the content.
//! - Executive seats are not renewed: the Advisory Council designates the holder again, on a
//!   leader's proposal, which starts a new term ([`Seat::renewals`] stays 0 for them). A
//!   proposal counts only while its proposer leads (the represented collective for a
//!   commissioner seat); proposals of former leaders are dropped at the next proposal and all
//!   of a seat's proposals are cleared by a designation.
//! - The registry calls [`MembershipHooks::on_membership_lost`] whenever an account stops being
//!   an active member (it leaves, is suspended or expelled), and the runtime builds the
//!   registry's genesis before this pallet's, whose commissioners must be its active members.
//! - [`Config::MaxCollectives`] is at least the registry's: the Executive Council has two
//!   commissioner seats per collective, and collectives are numbered from 0.
//! - `MaxExpiriesPerBlock` should be at least `1 + 2 * MaxCollectives + MaxAdvisors`, so that
//!   no designation, admission or renewal is ever refused for a full expiry bucket; smaller
//!   values are safe (the call is refused with [`Error::TooManyExpiries`]) but inconvenient.
//! - A council's `ChangeMembers` is pushed within the calls that change it, whose weights add
//!   [`CouncilMembershipWeight::change_members_weight`] per push.
//! - A commission's or the Advisory Council's report is one per body: the first of its members
//!   to submit it fulfils the period (the reports service checks who answers through
//!   [`ReportAnswerers`]).
//! - The benchmarks create up to [`Config::MaxCollectives`] collectives, two members of each
//!   and `MaxSeatProposals` leaders spread over them, through `Config::BenchmarkHelper` (under
//!   `runtime-benchmarks`): the registry must allow `ceil(MaxSeatProposals / MaxCollectives)`
//!   leaders per collective.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod traits;
#[cfg(any(test, feature = "try-runtime"))]
mod try_state;
pub mod types;
pub mod weights;

pub use bmx_primitives::{
	governance::{CollectiveId, Commission, ExecutiveSeat},
	DocumentHash,
};
pub use pallet::*;
pub use traits::{CouncilMembershipWeight, ExecutiveMotions};
pub use types::*;
pub use weights::WeightInfo;

use alloc::{boxed::Box, vec::Vec};
use bmx_primitives::governance::{
	CollectiveInspect, MembershipHooks, MembershipLoss, ReportAnswerers, ReportObligations,
	ReportSubject, SeatInspect,
};
use frame_support::{
	dispatch::GetDispatchInfo,
	pallet_prelude::*,
	traits::{fungible, ChangeMembers},
};
use frame_system::pallet_prelude::*;
use sp_runtime::traits::{Dispatchable, Saturating, Zero};

/// The balance type of [`Config::Currency`].
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A council seat as stored.
pub type SeatOf<T> = Seat<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

/// The pending proposals for one executive seat.
pub type SeatProposalsOf<T> = BoundedVec<
	SeatProposal<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>,
	<T as Config>::MaxSeatProposals,
>;

/// The advisors and their terms, in admission order.
pub type AdvisorsOf<T> = BoundedVec<SeatOf<T>, <T as Config>::MaxAdvisors>;

/// The executive and advisory terms that end at one block.
pub type SeatExpiriesOf<T> = BoundedVec<
	SeatExpiry<<T as frame_system::Config>::AccountId>,
	<T as Config>::MaxExpiriesPerBlock,
>;

/// A pending advisory request as stored.
pub type AdvisoryRequestOf<T> = AdvisoryRequest<BalanceOf<T>, BlockNumberFor<T>>;

/// The last membership pushed to one council's `ChangeMembers`, sorted.
pub type CouncilMembersOf<T> =
	BoundedVec<<T as frame_system::Config>::AccountId, MaxCouncilMembers<T>>;

/// Who owes a periodic report, for this pallet's accounts.
pub type ReportSubjectOf<T> = ReportSubject<<T as frame_system::Config>::AccountId>;

/// The largest council: the Executive Council (the Secretary and two commissioners per
/// collective) or the Advisory Council, whichever is larger.
pub struct MaxCouncilMembers<T>(core::marker::PhantomData<T>);
impl<T: Config> Get<u32> for MaxCouncilMembers<T> {
	fn get() -> u32 {
		T::MaxCollectives::get()
			.saturating_mul(2)
			.saturating_add(1)
			.max(T::MaxAdvisors::get())
	}
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The Executive Council: admits, rejects, renews and removes advisors.
		type ExecutiveOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The Advisory Council: designates the Executive Secretary and the commissioners on the
		/// leaders' proposal, and removes them.
		type AdvisoryOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The currency in which advisory request deposits are held.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The collectives, their members and their leaders (in the runtime,
		/// `pallet-collective-registry`): who may propose for a seat, and who may hold a
		/// commissioner seat.
		type Collectives: CollectiveInspect<Self::AccountId>;

		/// The reports service (in the runtime, `pallet-duty-reports`), which keeps the report
		/// obligations of the commissions, the Secretary and the Advisory Council.
		type Reports: ReportObligations<Self::AccountId, BlockNumberFor<Self>>;

		/// Receives the Executive Council's membership (the Secretary and every commissioner)
		/// and its prime (the Secretary) whenever they change.
		type ExecutiveCouncil: ChangeMembers<Self::AccountId>;

		/// Receives the Advisory Council's membership (the advisors) whenever it changes.
		type AdvisoryCouncil: ChangeMembers<Self::AccountId>;

		/// Receives the node-integration commission's membership whenever it changes.
		type NodeCommission: ChangeMembers<Self::AccountId>;

		/// Receives the projects commission's membership whenever it changes.
		type ProjectsCommission: ChangeMembers<Self::AccountId>;

		/// The weight of one push to any of the four `ChangeMembers` above (in the runtime,
		/// `pallet_collective`'s `set_members` with `MaxProposals` open motions), added to the
		/// weight of every call and hook that pushes.
		type CouncilMembershipWeight: CouncilMembershipWeight;

		/// A call the Executive Council can decide on: the runtime's `RuntimeCall`.
		type ExecutiveProposal: Parameter
			+ Dispatchable<RuntimeOrigin = Self::RuntimeOrigin>
			+ GetDispatchInfo;

		/// Tables the Secretary's motions in the Executive Council's collective, with the
		/// Secretary's aye recorded.
		type ExecutiveMotions: ExecutiveMotions<Self::AccountId, Self::ExecutiveProposal>;

		/// The members besides the Secretary whose ayes make an ordinary decision valid. At
		/// least 1, at most the commissioners' seats (`2 * MaxCollectives`).
		#[pallet::constant]
		type OrdinaryQuorum: Get<u32>;

		/// The members besides the Secretary whose ayes make an extraordinary decision valid. At
		/// least 1, at most the commissioners' seats (`2 * MaxCollectives`).
		#[pallet::constant]
		type ExtraordinaryQuorum: Get<u32>;

		/// The largest number of collectives, each with a projects and a node-integration
		/// commissioner: at least the registry's.
		#[pallet::constant]
		type MaxCollectives: Get<u32>;

		/// The length of an executive term (the Secretary's or a commissioner's), in blocks. Not
		/// zero.
		#[pallet::constant]
		type ExecutiveTerm: Get<BlockNumberFor<Self>>;

		/// The largest number of pending proposals for one executive seat. At least 1.
		#[pallet::constant]
		type MaxSeatProposals: Get<u32>;

		/// The largest number of advisors. At least 1.
		#[pallet::constant]
		type MaxAdvisors: Get<u32>;

		/// The length of an advisor's term, in blocks. At least [`Config::RenewalWindow`].
		#[pallet::constant]
		type AdvisoryTerm: Get<BlockNumberFor<Self>>;

		/// How many times an advisor's term can be renewed after the admission.
		#[pallet::constant]
		type MaxAdvisorRenewals: Get<u32>;

		/// How many blocks before its end an advisor's term can be renewed. At most
		/// [`Config::AdvisoryTerm`], and not zero unless [`Config::MaxAdvisorRenewals`] is zero.
		#[pallet::constant]
		type RenewalWindow: Get<BlockNumberFor<Self>>;

		/// The deposit held for a pending advisory request, returned when it is decided or
		/// withdrawn.
		#[pallet::constant]
		type AdvisoryRequestDeposit: Get<BalanceOf<Self>>;

		/// The largest number of pending advisory requests. At least 1.
		#[pallet::constant]
		type MaxAdvisoryRequests: Get<u32>;

		/// The largest number of executive and advisory terms that end at the same block.
		/// `on_initialize` must be able to end that many within a block's weight.
		#[pallet::constant]
		type MaxExpiriesPerBlock: Get<u32>;

		/// How often each commission reports, in blocks (monthly). Not zero.
		#[pallet::constant]
		type CommissionReportPeriod: Get<BlockNumberFor<Self>>;

		/// How often the Executive Secretary reports, in blocks (quarterly). Not zero.
		#[pallet::constant]
		type SecretaryReportPeriod: Get<BlockNumberFor<Self>>;

		/// How often the Advisory Council reports, in blocks (quarterly). Not zero.
		#[pallet::constant]
		type AdvisoryReportPeriod: Get<BlockNumberFor<Self>>;

		/// Weight information for the calls and hooks of this pallet.
		type WeightInfo: WeightInfo;

		/// Creates collectives, members and leaders for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: bmx_primitives::governance::GovernanceSetup<Self::AccountId>;
	}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The Executive Secretary and its term; `None` while the seat is vacant.
	#[pallet::storage]
	pub type ExecutiveSecretary<T: Config> = StorageValue<_, SeatOf<T>, OptionQuery>;

	/// The commissioners: for each commission, the representative of each collective.
	// Hasher: Twox64Concat for the two-variant commission and the registry-assigned collective id.
	#[pallet::storage]
	pub type Commissioners<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		Commission,
		Twox64Concat,
		CollectiveId,
		SeatOf<T>,
		OptionQuery,
	>;

	/// Look-up of the executive seat an account holds: one at most.
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type ExecutiveSeatOf<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, ExecutiveSeat, OptionQuery>;

	/// The leaders' pending proposals for each executive seat. Absent when there are none.
	// Hasher: Blake2_128Concat, the seat names a collective id given by the caller.
	#[pallet::storage]
	pub type SeatProposals<T: Config> =
		StorageMap<_, Blake2_128Concat, ExecutiveSeat, SeatProposalsOf<T>, ValueQuery>;

	/// The Advisory Council: the advisors and their terms, in admission order.
	#[pallet::storage]
	pub type Advisors<T: Config> = StorageValue<_, AdvisorsOf<T>, ValueQuery>;

	/// The pending written requests for an advisory seat, with their deposits. At most
	/// [`Config::MaxAdvisoryRequests`].
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type AdvisoryRequests<T: Config> =
		CountedStorageMap<_, Blake2_128Concat, T::AccountId, AdvisoryRequestOf<T>, OptionQuery>;

	/// The executive and advisory terms that end at the start of each block.
	// Hasher: Twox64Concat, block numbers are not chosen by users.
	#[pallet::storage]
	pub type SeatExpiries<T: Config> =
		StorageMap<_, Twox64Concat, BlockNumberFor<T>, SeatExpiriesOf<T>, ValueQuery>;

	/// The membership last pushed to each council's `ChangeMembers`, sorted. Absent when
	/// empty.
	// Hasher: Twox64Concat, the councils are a fixed set of keys.
	#[pallet::storage]
	pub type CouncilMembers<T: Config> =
		StorageMap<_, Twox64Concat, Council, CouncilMembersOf<T>, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The founding Executive Council: seats and their holders (a commissioner must be an
		/// active member, in the registry's genesis, of the collective it represents). Their
		/// terms start at genesis. Without it nobody could designate anyone: the Advisory Council
		/// designates executives and the Executive Council admits advisors.
		pub executive: Vec<(ExecutiveSeat, T::AccountId)>,
		/// The founding Advisory Council. Their terms start at genesis.
		pub advisors: Vec<T::AccountId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		// A chain spec the rules refuse must not become a chain: genesis has no caller to return
		// an error to, so it stops with the reason.
		#[allow(clippy::panic)]
		fn build(&self) {
			for (seat, who) in &self.executive {
				assert!(
					Pallet::<T>::executive_seat(*seat).is_none(),
					"genesis executive seats must not repeat"
				);
				if let Err(e) = Pallet::<T>::do_designate_executive(*seat, who) {
					panic!("genesis executive seat refused: {e:?}");
				}
			}
			for who in &self.advisors {
				if let Err(e) = Pallet::<T>::do_seat_advisor(who) {
					panic!("genesis advisor refused: {e:?}");
				}
			}
			Pallet::<T>::sync_council(Council::Advisory);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A leader proposed a person for an executive seat.
		ExecutiveProposed {
			/// The seat.
			seat: ExecutiveSeat,
			/// The person proposed.
			candidate: T::AccountId,
			/// The proposing leader.
			proposer: T::AccountId,
		},
		/// A leader withdrew its proposal for an executive seat.
		ExecutiveProposalWithdrawn {
			/// The seat.
			seat: ExecutiveSeat,
			/// The person that was proposed.
			candidate: T::AccountId,
			/// The leader who withdrew it.
			proposer: T::AccountId,
		},
		/// The Advisory Council designated a person to an executive seat; the seat's pending
		/// proposals were cleared.
		ExecutiveDesignated {
			/// The seat.
			seat: ExecutiveSeat,
			/// The new holder.
			who: T::AccountId,
			/// The block at whose start the term ends.
			expires_at: BlockNumberFor<T>,
			/// The previous holder, replaced before its term ended; `None` if the seat was
			/// vacant or the holder was designated again.
			replaced: Option<T::AccountId>,
		},
		/// An executive seat became vacant, or changed hands ([`SeatEnd::Replaced`]).
		ExecutiveSeatEnded {
			/// The seat.
			seat: ExecutiveSeat,
			/// The former holder.
			who: T::AccountId,
			/// Why the term ended.
			cause: SeatEnd,
		},
		/// A written request for an advisory seat was submitted and its deposit held.
		AdvisorySeatRequested {
			/// The applicant.
			who: T::AccountId,
			/// The hash of the written request.
			document: DocumentHash,
			/// The deposit held.
			deposit: BalanceOf<T>,
		},
		/// The Executive Council admitted an applicant to the Advisory Council and returned its
		/// deposit.
		AdvisorAdmitted {
			/// The new advisor.
			who: T::AccountId,
			/// The block at whose start the term ends unless renewed.
			expires_at: BlockNumberFor<T>,
			/// The deposit returned.
			deposit: BalanceOf<T>,
		},
		/// The Executive Council rejected an advisory request and returned its deposit.
		AdvisoryRequestRejected {
			/// The applicant.
			who: T::AccountId,
			/// The hash of the written reasons.
			reason: DocumentHash,
			/// The deposit returned.
			deposit: BalanceOf<T>,
		},
		/// An applicant withdrew its advisory request and got its deposit back.
		AdvisoryRequestWithdrawn {
			/// The applicant.
			who: T::AccountId,
			/// The deposit returned.
			deposit: BalanceOf<T>,
		},
		/// An advisor's term was renewed.
		AdvisorRenewed {
			/// The advisor.
			who: T::AccountId,
			/// The new end of the term.
			expires_at: BlockNumberFor<T>,
			/// Renewals since the admission, this one included.
			renewals: u32,
		},
		/// An advisor left the Advisory Council.
		AdvisorySeatEnded {
			/// The former advisor.
			who: T::AccountId,
			/// Why the term ended.
			cause: SeatEnd,
		},
		/// The membership of a council changed and was pushed to its `ChangeMembers`.
		CouncilMembersChanged {
			/// The council.
			council: Council,
			/// Its number of members now.
			members: u32,
		},
		/// The Executive Secretary tabled a motion in the Executive Council, with its own aye.
		MotionTabled {
			/// The Secretary.
			secretary: T::AccountId,
			/// The kind of decision, which sets the quorum.
			kind: DecisionKind,
			/// The ayes the motion needs, the Secretary's included.
			threshold: u32,
			/// The hash of the proposed call.
			proposal_hash: T::Hash,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is not a leader of the collective the seat needs (of the represented
		/// collective for a commissioner seat, of any collective for the Secretary); sign with
		/// such a leader.
		NotLeader,
		/// A commissioner candidate holds no membership; it must be an active member of the
		/// collective it would represent.
		NotMember,
		/// A commissioner candidate belongs to another collective; propose a member of the
		/// collective the seat represents.
		MemberOfAnotherCollective,
		/// A commissioner candidate is not active (it applied or is suspended); propose an
		/// active member.
		NotActiveMember,
		/// No pending proposal of a current leader names that person for that seat; a leader
		/// must propose it first.
		ProposalNotFound,
		/// [`Config::MaxSeatProposals`] proposals are pending for that seat; wait for the
		/// designation or withdraw one.
		TooManyProposals,
		/// The account holds an executive or advisory seat already; one seat per person.
		AlreadySeated,
		/// No one holds that seat; check the seat.
		SeatVacant,
		/// The account is not an advisor; check the account.
		NotAdvisor,
		/// The Advisory Council has [`Config::MaxAdvisors`] advisors; one must leave first.
		TooManyAdvisors,
		/// The account has an advisory request pending already; wait for the decision or
		/// withdraw it.
		AlreadyRequested,
		/// The account has no pending advisory request; check the account.
		AdvisoryRequestNotFound,
		/// [`Config::MaxAdvisoryRequests`] advisory requests are pending; wait for decisions on
		/// them.
		TooManyRequests,
		/// The term was renewed [`Config::MaxAdvisorRenewals`] times already; admit another
		/// advisor when it ends.
		TooManyRenewals,
		/// The term can only be renewed in its last [`Config::RenewalWindow`] blocks; try again
		/// then.
		RenewalTooEarly,
		/// [`Config::MaxExpiriesPerBlock`] terms end at that block already; designate, admit or
		/// renew in a later block.
		TooManyExpiries,
		/// Only the Executive Secretary tables motions; sign with the Secretary's account.
		NotSecretary,
	}

	/// Reasons for which this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit of a pending request for an advisory seat.
		AdvisoryRequest,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// End the executive and advisory terms scheduled for this block: bounded by
		/// [`Config::MaxExpiriesPerBlock`].
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let ended = Self::end_expired_terms(now);
			Self::seat_expiries_weight(ended)
		}

		fn integrity_test() {
			assert!(T::MaxExpiriesPerBlock::get() >= 1, "MaxExpiriesPerBlock must be at least 1");
			assert!(
				Self::seat_expiries_weight(T::MaxExpiriesPerBlock::get())
					.all_lte(<T as frame_system::Config>::BlockWeights::get().max_block),
				"on_initialize with MaxExpiriesPerBlock expiries must fit in a block"
			);
			assert!(!T::ExecutiveTerm::get().is_zero(), "ExecutiveTerm must not be zero");
			assert!(
				T::RenewalWindow::get() <= T::AdvisoryTerm::get(),
				"RenewalWindow must not exceed AdvisoryTerm"
			);
			assert!(
				T::MaxAdvisorRenewals::get() == 0 || !T::RenewalWindow::get().is_zero(),
				"RenewalWindow must not be zero when MaxAdvisorRenewals is not"
			);
			assert!(T::MaxAdvisors::get() >= 1, "MaxAdvisors must be at least 1");
			assert!(T::MaxSeatProposals::get() >= 1, "MaxSeatProposals must be at least 1");
			assert!(T::MaxAdvisoryRequests::get() >= 1, "MaxAdvisoryRequests must be at least 1");
			let executive_seats = T::MaxCollectives::get().saturating_mul(2);
			assert!(
				T::OrdinaryQuorum::get() >= 1 && T::ExtraordinaryQuorum::get() >= 1,
				"quorums must be at least 1"
			);
			assert!(
				T::OrdinaryQuorum::get() <= executive_seats
					&& T::ExtraordinaryQuorum::get() <= executive_seats,
				"a quorum must not exceed the commissioners' seats (2 * MaxCollectives)"
			);
			for (period, name) in [
				(T::CommissionReportPeriod::get(), "CommissionReportPeriod"),
				(T::SecretaryReportPeriod::get(), "SecretaryReportPeriod"),
				(T::AdvisoryReportPeriod::get(), "AdvisoryReportPeriod"),
			] {
				assert!(!period.is_zero(), "{name} must not be zero");
			}
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Propose `who` for an executive seat. A leader has one proposal per seat: a new one
		/// replaces its previous one. Proposals of accounts that no longer lead are dropped.
		///
		/// ## Origin
		/// Signed by a current leader: of the represented collective for a commissioner seat, of
		/// any collective for the Secretary.
		///
		/// ## Errors
		/// - [`Error::NotLeader`] if the signer may not propose for that seat.
		/// - [`Error::NotMember`], [`Error::MemberOfAnotherCollective`],
		///   [`Error::NotActiveMember`] if a proposed commissioner is not an active member of the
		///   collective it would represent.
		/// - [`Error::AlreadySeated`] if `who` holds another seat.
		/// - [`Error::TooManyProposals`] if [`Config::MaxSeatProposals`] are pending.
		///
		/// ## Events
		/// [`Event::ExecutiveProposed`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::propose_executive())]
		pub fn propose_executive(
			origin: OriginFor<T>,
			seat: ExecutiveSeat,
			who: T::AccountId,
		) -> DispatchResult {
			let proposer = ensure_signed(origin)?;
			Self::do_propose_executive(proposer, seat, who)
		}

		/// Withdraw one's own proposal for an executive seat.
		///
		/// ## Origin
		/// Signed by the proposer.
		///
		/// ## Errors
		/// - [`Error::ProposalNotFound`] if the signer has no proposal for that seat.
		///
		/// ## Events
		/// [`Event::ExecutiveProposalWithdrawn`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::withdraw_executive_proposal())]
		pub fn withdraw_executive_proposal(
			origin: OriginFor<T>,
			seat: ExecutiveSeat,
		) -> DispatchResult {
			let proposer = ensure_signed(origin)?;
			Self::do_withdraw_executive_proposal(proposer, seat)
		}

		/// Designate `who`, proposed by a current leader, to an executive seat for
		/// [`Config::ExecutiveTerm`] blocks. A holder is replaced; designating the holder again
		/// starts a new term. The seat's pending proposals are cleared, the councils'
		/// memberships pushed and the seat's report obligation begun (kept if running).
		///
		/// ## Origin
		/// [`Config::AdvisoryOrigin`].
		///
		/// ## Errors
		/// - [`Error::ProposalNotFound`] if no current leader proposed `who` for the seat.
		/// - [`Error::NotMember`], [`Error::MemberOfAnotherCollective`],
		///   [`Error::NotActiveMember`] if a commissioner is not an active member of the
		///   collective it would represent.
		/// - [`Error::AlreadySeated`] if `who` holds another seat.
		/// - [`Error::TooManyExpiries`] if too many terms end at the same block.
		///
		/// ## Events
		/// [`Event::ExecutiveSeatEnded`] for a replaced holder, [`Event::ExecutiveDesignated`],
		/// [`Event::CouncilMembersChanged`].
		///
		/// ## Weight
		/// Adds the report obligation's `begin` and two pushes (the Executive Council and, for a
		/// commissioner, its commission).
		#[pallet::call_index(2)]
		#[pallet::weight(
			T::WeightInfo::designate_executive()
				.saturating_add(T::Reports::begin_weight())
				.saturating_add(Pallet::<T>::pushes_weight(2))
		)]
		pub fn designate_executive(
			origin: OriginFor<T>,
			seat: ExecutiveSeat,
			who: T::AccountId,
		) -> DispatchResult {
			T::AdvisoryOrigin::ensure_origin(origin)?;
			Self::ensure_proposed(seat, &who)?;
			Self::do_designate_executive(seat, &who)
		}

		/// Remove the holder of an executive seat before its term ends.
		///
		/// ## Origin
		/// [`Config::AdvisoryOrigin`].
		///
		/// ## Errors
		/// - [`Error::SeatVacant`] if no one holds the seat.
		///
		/// ## Events
		/// [`Event::ExecutiveSeatEnded`], [`Event::CouncilMembersChanged`].
		///
		/// ## Weight
		/// Adds the report obligation's `end` and two pushes.
		#[pallet::call_index(3)]
		#[pallet::weight(
			T::WeightInfo::remove_executive()
				.saturating_add(T::Reports::end_weight())
				.saturating_add(Pallet::<T>::pushes_weight(2))
		)]
		pub fn remove_executive(origin: OriginFor<T>, seat: ExecutiveSeat) -> DispatchResult {
			T::AdvisoryOrigin::ensure_origin(origin)?;
			Self::do_remove_executive(seat)
		}

		/// Submit a written request for a seat on the Advisory Council, holding
		/// [`Config::AdvisoryRequestDeposit`] until it is decided or withdrawn.
		///
		/// ## Origin
		/// Signed: any account.
		///
		/// ## Errors
		/// - [`Error::AlreadySeated`] if the signer holds a seat.
		/// - [`Error::AlreadyRequested`] if the signer has a request pending.
		/// - [`Error::TooManyRequests`] if [`Config::MaxAdvisoryRequests`] requests are pending.
		/// - The currency's error if the deposit cannot be held.
		///
		/// ## Events
		/// [`Event::AdvisorySeatRequested`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::request_advisory_seat())]
		pub fn request_advisory_seat(
			origin: OriginFor<T>,
			document: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_request_advisory_seat(who, document)
		}

		/// Withdraw one's own advisory request and get the deposit back.
		///
		/// ## Origin
		/// Signed by the applicant.
		///
		/// ## Errors
		/// - [`Error::AdvisoryRequestNotFound`] if the signer has no pending request.
		///
		/// ## Events
		/// [`Event::AdvisoryRequestWithdrawn`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::withdraw_advisory_request())]
		pub fn withdraw_advisory_request(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_advisory_request(who)
		}

		/// Admit the applicant of a pending advisory request to the Advisory Council for
		/// [`Config::AdvisoryTerm`] blocks, and return its deposit. The Advisory Council's
		/// report obligation begins with its first advisor.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::AdvisoryRequestNotFound`] if `who` has no pending request.
		/// - [`Error::AlreadySeated`] if `who` was designated to an executive seat meanwhile.
		/// - [`Error::TooManyAdvisors`] if the council has [`Config::MaxAdvisors`] advisors.
		/// - [`Error::TooManyExpiries`] if too many terms end at the same block.
		///
		/// ## Events
		/// [`Event::AdvisorAdmitted`], [`Event::CouncilMembersChanged`].
		///
		/// ## Weight
		/// Adds the report obligation's `begin` and one push.
		#[pallet::call_index(6)]
		#[pallet::weight(
			T::WeightInfo::admit_advisor()
				.saturating_add(T::Reports::begin_weight())
				.saturating_add(Pallet::<T>::pushes_weight(1))
		)]
		pub fn admit_advisor(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_admit_advisor(who)
		}

		/// Reject a pending advisory request, with the hash of the written reasons, and return
		/// its deposit.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::AdvisoryRequestNotFound`] if `who` has no pending request.
		///
		/// ## Events
		/// [`Event::AdvisoryRequestRejected`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::reject_advisory_request())]
		pub fn reject_advisory_request(
			origin: OriginFor<T>,
			who: T::AccountId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_reject_advisory_request(who, reason)
		}

		/// Renew an advisor's term: its end moves [`Config::AdvisoryTerm`] blocks later. Allowed
		/// in the last [`Config::RenewalWindow`] blocks of a term, at most
		/// [`Config::MaxAdvisorRenewals`] times after the admission.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::NotAdvisor`] if `who` is not an advisor.
		/// - [`Error::TooManyRenewals`] if the term was renewed too often.
		/// - [`Error::RenewalTooEarly`] if the term does not end within the renewal window.
		/// - [`Error::TooManyExpiries`] if too many terms end at the new end block.
		///
		/// ## Events
		/// [`Event::AdvisorRenewed`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::renew_advisor())]
		pub fn renew_advisor(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_renew_advisor(who)
		}

		/// Remove an advisor before its term ends. The Advisory Council's report obligation ends
		/// with its last advisor.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::NotAdvisor`] if `who` is not an advisor.
		///
		/// ## Events
		/// [`Event::AdvisorySeatEnded`], [`Event::CouncilMembersChanged`].
		///
		/// ## Weight
		/// Adds the report obligation's `end` and one push.
		#[pallet::call_index(9)]
		#[pallet::weight(
			T::WeightInfo::remove_advisor()
				.saturating_add(T::Reports::end_weight())
				.saturating_add(Pallet::<T>::pushes_weight(1))
		)]
		pub fn remove_advisor(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_remove_advisor(who)
		}

		/// Table a motion in the Executive Council, with the Secretary's aye recorded. It passes
		/// with the Secretary plus [`Config::OrdinaryQuorum`] ayes for an ordinary decision, or
		/// plus [`Config::ExtraordinaryQuorum`] for an extraordinary one.
		///
		/// ## Origin
		/// Signed by the Executive Secretary.
		///
		/// ## Errors
		/// - [`Error::NotSecretary`] if the signer is not the Secretary.
		/// - [`Config::ExecutiveMotions`]' error if the motion cannot be tabled (too long, a
		///   duplicate, too many motions).
		///
		/// ## Events
		/// [`Event::MotionTabled`].
		///
		/// ## Weight
		/// Adds [`ExecutiveMotions::table_weight`] for `length_bound`.
		#[pallet::call_index(10)]
		#[pallet::weight(
			T::WeightInfo::table_motion()
				.saturating_add(T::ExecutiveMotions::table_weight(*length_bound))
		)]
		pub fn table_motion(
			origin: OriginFor<T>,
			kind: DecisionKind,
			proposal: Box<T::ExecutiveProposal>,
			#[pallet::compact] length_bound: u32,
		) -> DispatchResult {
			let secretary = ensure_signed(origin)?;
			Self::do_table_motion(secretary, kind, proposal, length_bound)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// The holder of an executive seat and its term; `None` while it is vacant.
		pub fn executive_seat(seat: ExecutiveSeat) -> Option<SeatOf<T>> {
			match seat {
				ExecutiveSeat::Secretary => ExecutiveSecretary::<T>::get(),
				ExecutiveSeat::Commissioner(commission, collective) => {
					Commissioners::<T>::get(commission, collective)
				},
			}
		}

		/// The members of `council` according to the seats, sorted: what its `ChangeMembers`
		/// holds. At most `1 + 2 * MaxCollectives` reads.
		pub fn council_members(council: Council) -> Vec<T::AccountId> {
			Self::seated_members(council)
		}

		/// The ayes a motion of `kind` needs: the Secretary's and the quorum's.
		pub fn motion_threshold(kind: DecisionKind) -> u32 {
			let quorum = match kind {
				DecisionKind::Ordinary => T::OrdinaryQuorum::get(),
				DecisionKind::Extraordinary => T::ExtraordinaryQuorum::get(),
			};
			quorum.saturating_add(1)
		}

		/// Whether `who` is an advisor.
		pub fn is_advisor(who: T::AccountId) -> bool {
			Self::advises(&who)
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The weight of `pushes` pushes of council memberships to their `ChangeMembers`.
	pub fn pushes_weight(pushes: u32) -> Weight {
		T::CouncilMembershipWeight::change_members_weight().saturating_mul(u64::from(pushes))
	}

	/// The weight of `on_initialize` ending `expiries` terms: this pallet's own, and for each
	/// term a report obligation's `end` and two pushes (a commissioner's Executive Council and
	/// commission).
	pub fn seat_expiries_weight(expiries: u32) -> Weight {
		let per_expiry = T::Reports::end_weight().saturating_add(Self::pushes_weight(2));
		T::WeightInfo::on_initialize_seats(expiries)
			.saturating_add(per_expiry.saturating_mul(u64::from(expiries)))
	}

	/// The weight of [`MembershipHooks::on_membership_lost`]: this pallet's own, the
	/// commission's report obligation's `end` and two pushes.
	pub fn membership_lost_weight() -> Weight {
		T::WeightInfo::on_membership_lost()
			.saturating_add(T::Reports::end_weight())
			.saturating_add(Self::pushes_weight(2))
	}
}

/// A commissioner who stops being an active member of its collective loses its seat
/// ([`SeatEnd::MembershipLost`]), whatever the cause; the Secretary and advisors need not be
/// members. Leaving a collective is never vetoed here.
impl<T: Config> MembershipHooks<T::AccountId> for Pallet<T> {
	fn can_leave(_who: &T::AccountId) -> DispatchResult {
		Ok(())
	}

	fn on_membership_lost(
		who: &T::AccountId,
		_collective: CollectiveId,
		_cause: MembershipLoss,
		_reason: DocumentHash,
	) -> DispatchResult {
		Self::end_commissioner_seat_of(who);
		Ok(())
	}

	fn weight() -> Weight {
		Self::membership_lost_weight()
	}
}

/// The seats of the Executive and Advisory Councils.
impl<T: Config> SeatInspect<T::AccountId> for Pallet<T> {
	fn executive_seat_of(who: &T::AccountId) -> Option<ExecutiveSeat> {
		ExecutiveSeatOf::<T>::get(who)
	}

	fn is_advisor(who: &T::AccountId) -> bool {
		Self::advises(who)
	}
}

/// Any commissioner of a commission answers for the commission's reports, the Secretary for its
/// own, any advisor for the Advisory Council's; this pallet answers for no other subject.
impl<T: Config> ReportAnswerers<T::AccountId> for Pallet<T> {
	fn answers_for(subject: &ReportSubjectOf<T>, who: &T::AccountId) -> bool {
		Self::is_answerer(subject, who)
	}
}
