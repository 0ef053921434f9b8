//! # Collective registry pallet
//!
//! The register of the governance model: collectives, their members and leaders, and the code of
//! ethics they accept.
//!
//! ## Overview
//!
//! The network follows the 2018 "Red Blockchain México" governance model: it is run by
//! collectives of sectors (academia, business, public sector, civil society), each of whose
//! members runs a node, and it is steered by an Executive Council under the eye of an Advisory
//! Council. This pallet keeps the register every other governance pallet reads: the
//! collectives, their members, their leaders and the code of ethics. The councils, node
//! integration, projects and reports are pallets of their own that see the register through
//! [`bmx_primitives::governance::CollectiveInspect`], which this pallet implements.
//!
//! - **Collectives.** The founding ones come from genesis (created at block 0). A new one is
//!   asked for by its promoting member (promotor), an account with no membership or application
//!   anywhere, in a written request ([`Pallet::request_collective`]) that states its institution,
//!   accepts the code of ethics in force and commits the collective to run 1 to
//!   [`Config::MaxCommittedNodes`] nodes. It pays a deposit ([`HoldReason::CollectiveRequest`]),
//!   and may have [`Config::MaxRequestsPerAccount`] requests pending at most. When
//!   [`Config::ExecutiveOrigin`] approves it, the collective is created with its commitment and
//!   the promoter becomes its first active member; the deposit comes back in full on approval,
//!   withdrawal and expiry (after [`Config::RequestLifetime`] blocks anyone may remove it:
//!   [`Pallet::remove_expired_request`]); a rejection slashes [`Config::RejectionPenalty`] of it
//!   to [`Config::Slashed`] and returns the rest.
//! - **Collectives without nodes.** [`Config::NodeGracePeriod`] blocks after its creation, a
//!   collective that runs no node ([`Config::Nodes`]) may be flagged by anyone
//!   ([`Pallet::flag_without_nodes`]); a node joining lets anyone clear the flag
//!   ([`Pallet::unflag_collective`]). While it is flagged and still runs no node, the Executive
//!   Council may dissolve it ([`Pallet::dissolve_collective`]): every membership and application
//!   ends (as for an expulsion; application deposits are returned), its leaders' terms end, its
//!   name is freed and it no longer counts against [`Config::MaxCollectives`].
//! - **Members.** An account applies to one collective ([`Pallet::apply_for_membership`]),
//!   stating its institution and accepting the code of ethics in force, and pays
//!   [`Config::MembershipApplicationDeposit`] ([`HoldReason::MembershipApplication`]) against
//!   spam. The collective's leaders admit or reject it; the Executive Council does so while a
//!   collective has no leaders. The deposit is returned in full on admission (an admitted member
//!   answers for its conduct through suspension instead), when the applicant withdraws
//!   ([`Pallet::leave`]) or is expelled, and when the application expires (after
//!   [`Config::RequestLifetime`] blocks anyone may remove it:
//!   [`Pallet::remove_expired_application`]); a rejection slashes [`Config::RejectionPenalty`]
//!   of it to [`Config::Slashed`] and returns the rest. The Executive Council suspends
//!   members who breach the code of ethics, reinstates them, and expels members
//!   ([`Pallet::expel_member`]). Each account holds one membership at most, in one collective.
//! - **Code of ethics.** [`CodeOfEthics`] holds the hash of the version in force. Members record
//!   the version they accepted; after a new version, [`Pallet::is_code_of_ethics_current`] tells
//!   who must accept again ([`Pallet::accept_code_of_ethics`]). A member who is not up to date
//!   cannot be admitted, appointed leader or renewed, and a leader who is not up to date cannot
//!   admit or reject applications.
//! - **Leaders.** Each collective has [`Config::MinLeaders`] to [`Config::MaxLeaders`] leaders,
//!   active members of it, never two from the same institution, appointed for
//!   [`Config::LeaderTerm`] blocks. A term may be renewed within [`Config::RenewalWindow`]
//!   blocks before it ends; a renewal adds one term to the current end,
//!   so terms stay contiguous. Terms end by themselves at the start of their last block
//!   ([`LeaderExpiries`], at most [`Config::MaxExpiriesPerBlock`] per block). A collective with
//!   fewer than `MinLeaders` leaders needs an appointment: the pallet emits
//!   [`Event::LeadersFellShort`] when that becomes true and [`Event::LeadersRestored`] when an
//!   appointment brings it back to `MinLeaders`, and
//!   [`Pallet::collectives_needing_appointment`] lists them.
//! - **Term limits, for life.** What is limited is the number of leader terms one account serves
//!   in its whole life: at most `1 + MaxLeaderRenewals` ([`Pallet::leader_term_limit`]; in the
//!   runtime 3 terms of one year). Every term that begins counts, whether it begins by an
//!   appointment, a renewal or at genesis, and in whichever collective; a term counts whole
//!   when it begins, even if it is cut short by removal, suspension, leaving or expulsion.
//!   Nothing resets the count: not a removal and a new appointment, not leaving one collective
//!   and leading another, not an expulsion and a new admission. [`LeaderTermsServed`] keeps the
//!   count ([`Pallet::leader_terms_served`]); at the limit [`Pallet::appoint_leader`] and
//!   [`Pallet::renew_leader`] (and [`LeadershipRegister`]) refuse with
//!   [`Error::TermLimitReached`]. Nothing else is limited:
//!   the terms need not be consecutive, no pause is required between them, and they may be
//!   served in any collectives.
//! - **Who appoints leaders.** The 2018 model reads "Leaders are elected by open call and
//!   renewed while the members so decide". The members' elections
//!   (`pallet-leadership-elections`) appoint and renew leaders through
//!   [`LeadershipRegister`], which this pallet implements with exactly the rules of
//!   [`Pallet::appoint_leader`] and [`Pallet::renew_leader`]. Those two calls remain as the
//!   emergency path for when elections cannot work, for [`Config::LeadershipOrigin`] only (in
//!   the runtime Root: both councils together). The Executive Council
//!   ([`Config::ExecutiveOrigin`]) still removes leaders ([`Pallet::remove_leader`]), and a
//!   leader may resign ([`Pallet::resign_leadership`]). The lifetime limit binds every path.
//! - **Losing a membership.** A member that leaves, is suspended or is expelled stops being an
//!   active member: the pallet asks [`Config::MembershipHooks`] first (in the runtime node
//!   integration, which refuses to let a member that runs a node leave and takes a suspended or
//!   expelled member's node out of the set, and the councils, which end a commissioner's seat).
//!   A hook's error refuses the call.
//! - **Reports.** A leader reports every [`Config::LeaderReportPeriod`] blocks (bimonthly) while
//!   it leads: the pallet begins the obligation through [`Config::Reports`] when a leader is
//!   appointed and ends it when the leadership ends; the leader answers for its own reports
//!   ([`bmx_primitives::governance::ReportAnswerers`]).
//!
//! ## Terminology
//!
//! - **Colectivo (collective)**: an organisation of a sector whose members run nodes.
//! - **Miembro (member)**: an individual or institution running a node in one collective. It
//!   states its institution (public) and nothing personal.
//! - **Líder (leader)**: a member appointed by the Executive Council to lead its collective for a
//!   term: admits members and, through other pallets, endorses nodes and proposes projects.
//! - **Term (of a leader)**: [`Config::LeaderTerm`] blocks of leadership, begun by an
//!   appointment, a renewal or genesis; the unit the lifetime limit counts.
//! - **Código de ética (code of ethics)**: the network's rules of conduct; its document stays off
//!   chain, its hash is on chain, and every member records the version it accepted.
//! - **Consejo Ejecutivo (Executive Council)**: the body behind [`Config::ExecutiveOrigin`].
//! - **Solicitud por escrito (written request)**: a document kept off chain, of which the chain
//!   stores the hash.
//! - **Miembro promotor (promoting member)**: the account that asks for a new collective, commits
//!   it to run nodes and becomes its first member.
//! - **Nodos comprometidos (committed nodes)**: the nodes a promoter commits its collective to
//!   run; a collective that runs none after [`Config::NodeGracePeriod`] may be flagged and
//!   dissolved.
//! - **Disolución (dissolution)**: the end of a collective without nodes, by the Executive
//!   Council.
//! - **Needing an appointment**: a collective with fewer than [`Config::MinLeaders`] leaders.
//! - **Decisión ordinaria del Consejo Ejecutivo (ordinary Executive decision)**: what the runtime
//!   gives [`Config::ExecutiveOrigin`]; how the Executive Council reaches it is the councils
//!   pallet's business (`pallet-governing-councils`), not this one's.
//!
//! ## Pallet API
//!
//! | Call | index | Origin: exactly who decides |
//! |---|---|---|
//! | [`request_collective`](Pallet::request_collective) | 0 | signed: any account without a membership or application and with fewer than `MaxRequestsPerAccount` pending requests (the promoter), which pays the deposit |
//! | [`approve_collective_request`](Pallet::approve_collective_request) | 1 | `ExecutiveOrigin` |
//! | [`reject_collective_request`](Pallet::reject_collective_request) | 2 | `ExecutiveOrigin` |
//! | [`withdraw_collective_request`](Pallet::withdraw_collective_request) | 3 | signed: the account that submitted that request, no other |
//! | [`set_code_of_ethics`](Pallet::set_code_of_ethics) | 4 | `ExecutiveOrigin` |
//! | [`apply_for_membership`](Pallet::apply_for_membership) | 5 | signed: any account without a membership or application, which pays the deposit |
//! | [`admit_member`](Pallet::admit_member) | 6 | signed: any one leader of the applicant's collective, up to date with the code of ethics; `ExecutiveOrigin` only while it has no leader |
//! | [`reject_application`](Pallet::reject_application) | 7 | as `admit_member` |
//! | [`accept_code_of_ethics`](Pallet::accept_code_of_ethics) | 8 | signed: the member or applicant itself |
//! | [`suspend_member`](Pallet::suspend_member) | 9 | `ExecutiveOrigin`; `MembershipHooks` may refuse |
//! | [`reinstate_member`](Pallet::reinstate_member) | 10 | `ExecutiveOrigin` |
//! | [`leave`](Pallet::leave) | 11 | signed: the member or applicant itself, not while suspended; `MembershipHooks` may refuse |
//! | [`appoint_leader`](Pallet::appoint_leader) | 12 | `LeadershipOrigin` (runtime: Root, both councils together; the emergency path), within the lifetime term limit |
//! | [`renew_leader`](Pallet::renew_leader) | 13 | `LeadershipOrigin` (as above), within the lifetime term limit; the leader is not asked |
//! | [`remove_leader`](Pallet::remove_leader) | 14 | `ExecutiveOrigin` |
//! | [`expel_member`](Pallet::expel_member) | 15 | `ExecutiveOrigin`; `MembershipHooks` may refuse |
//! | [`resign_leadership`](Pallet::resign_leadership) | 16 | signed: the leader itself |
//! | [`flag_without_nodes`](Pallet::flag_without_nodes) | 17 | signed: any account, after the grace period, while the collective runs no node |
//! | [`unflag_collective`](Pallet::unflag_collective) | 18 | signed: any account, once the flagged collective runs a node |
//! | [`dissolve_collective`](Pallet::dissolve_collective) | 19 | `ExecutiveOrigin`, only while the collective is flagged and runs no node; `MembershipHooks` may refuse |
//! | [`remove_expired_request`](Pallet::remove_expired_request) | 20 | signed: any account, after `RequestLifetime` |
//! | [`remove_expired_application`](Pallet::remove_expired_application) | 21 | signed: any account, after `RequestLifetime`; `MembershipHooks` may refuse |
//!
//! Origins: [`Config::ExecutiveOrigin`] is the ordinary privileged origin of this pallet;
//! [`Config::LeadershipOrigin`] only appoints and renews leaders by decree, the emergency path
//! beside the members' elections ([`LeadershipRegister`], called by the elections pallet, not by
//! an origin). The runtime gives it an ordinary decision of the Executive
//! Council. A leader acts alone: one leader's signature admits or rejects an application, with
//! no majority of the collective's leaders. `admit_member` and `reject_application` try
//! `ExecutiveOrigin` first and treat any other origin as a signed leader, so `ExecutiveOrigin`
//! must not accept plain signed origins.
//!
//! Hooks: `on_initialize` ends the leaders' terms scheduled for the block.
//!
//! View functions: [`Pallet::collectives_needing_appointment`],
//! [`Pallet::is_code_of_ethics_current`], [`Pallet::leaders`], [`Pallet::leader_terms_served`].
//!
//! For other pallets: `Pallet<T>` implements [`CollectiveInspect`], [`LeadershipRegister`] (the
//! members' elections appoint and renew through it), [`ReportAnswerers`] (a leader answers for
//! its own reports) and, with `runtime-benchmarks`, `GovernanceSetup` (made
//! through this pallet's own `do_*` functions); the `Contains` and `SortedMembers` types
//! [`ActiveMembers`], [`CurrentLeaders`] and [`LeadersOf`], and the origins
//! [`EnsureLeader`] and [`EnsureActiveMember`] make origins and filters of the register.
//!
//! ## Assumptions
//!
//! - The Executive Council reviews documents off chain: the chain checks hashes, bounds and the
//!   rules above, not the content. Institutions are declared, not verified; two leaders'
//!   institutions are compared ignoring ASCII case and surrounding spaces ([`same_institution`]).
//! - Personal data never goes on chain: an institution's name is public, a person's is not.
//! - Term limits count per account: the chain cannot tell two accounts of one person apart, so
//!   that a person leads through one account only is for the leaders who admit members and the
//!   Executive Council who appoints leaders to check off chain.
//! - [`LeaderTermsServed`] only grows, by governance decisions (appointments and renewals by
//!   [`Config::ExecutiveOrigin`], genesis leaders): one entry per account that ever led, kept
//!   after it leaves or is expelled so that the count is for life. Raising
//!   [`Config::MaxLeaderRenewals`] in a runtime upgrade gives everyone more terms at once;
//!   lowering it below a served count needs a migration (`try_state` reports such counts).
//! - Suspending or losing a member who is a leader ends its leadership at once; reinstatement
//!   does not restore it.
//! - A suspended member cannot leave, so that the suspension stays on record until the Executive
//!   Council reinstates or expels it. Expulsion removes the membership (and any leadership) at
//!   once; the account may apply again, which the leaders decide on like any application.
//! - `MaxExpiriesPerBlock` should be at least `MaxCollectives * MaxLeaders`, so that no
//!   appointment is ever refused for a full expiry bucket; smaller values are safe (the call is
//!   refused with [`Error::TooManyExpiries`]) but inconvenient.
//! - [`Config::MembershipHooks`] run before the registry records a loss of membership, inside the
//!   same call: their error reverts it, and their declared weight is added to the call's.
//! - Dissolution tells the hooks [`bmx_primitives::governance::MembershipLoss::Expelled`] for
//!   every account on the roster (applicants and suspended members too, as `expel_member`
//!   does): it is the closest cause the primitives have; a `Dissolved` cause would tell the
//!   hooks apart. The collective's id is never reused.
//! - A promoter accepts the code of ethics in force with its request; if a new version comes
//!   into force before the approval, the approval is refused and the promoter withdraws and
//!   requests again (the deposit comes back in full).
//! - Expiry is not a fault: an expired request or application returns its whole deposit, so a
//!   pending item costs its owner the time only; rejection, a decision on the merits, costs
//!   [`Config::RejectionPenalty`].
//! - A promoter's committed nodes are recorded, not enforced: what the chain enforces is that a
//!   collective runs at least one node after [`Config::NodeGracePeriod`], or may be dissolved.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use origins::{ActiveMembers, CurrentLeaders, EnsureActiveMember, EnsureLeader, LeadersOf};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
#[cfg(test)]
mod mock;
pub mod origins;
#[cfg(test)]
mod tests;
#[cfg(any(test, feature = "try-runtime"))]
mod try_state;
pub mod types;
pub mod weights;

use alloc::vec::Vec;
use bmx_primitives::governance::{
	CollectiveInspect, LeadershipRegister, MembershipHooks, NodeInspect, ProjectInspect,
	ReportAnswerers, ReportObligations, ReportSubject,
};
use frame_support::{
	pallet_prelude::*,
	traits::{fungible, OnUnbalanced},
};
use frame_system::pallet_prelude::*;
use sp_runtime::{
	traits::{Saturating, Zero},
	Perbill,
};

/// The balance type of [`Config::Currency`].
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A bounded name: of a collective or of an institution.
pub type NameOf<T> = BoundedVec<u8, <T as Config>::MaxNameLength>;

/// A collective as stored.
pub type CollectiveInfoOf<T> =
	CollectiveInfo<<T as frame_system::Config>::AccountId, NameOf<T>, BlockNumberFor<T>>;

/// Funds taken out of the currency: a rejection penalty on its way to [`Config::Slashed`].
pub type CreditOf<T> =
	fungible::Credit<<T as frame_system::Config>::AccountId, <T as Config>::Currency>;

/// A pending collective request as stored.
pub type CollectiveRequestOf<T> = CollectiveRequest<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	NameOf<T>,
	BlockNumberFor<T>,
>;

/// A membership as stored.
pub type MemberInfoOf<T> = MemberInfo<NameOf<T>, BlockNumberFor<T>>;

/// A leader's term as stored.
pub type LeadershipOf<T> = Leadership<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

/// The leaders of one collective.
pub type LeadershipsOf<T> = BoundedVec<LeadershipOf<T>, <T as Config>::MaxLeaders>;

/// The terms that end at one block.
pub type ExpiriesOf<T> = BoundedVec<
	(CollectiveId, <T as frame_system::Config>::AccountId),
	<T as Config>::MaxExpiriesPerBlock,
>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The Executive Council, the only privileged origin of the pallet: decides collective
		/// requests, sets the code of ethics, suspends, reinstates and expels members, appoints,
		/// renews and removes leaders (within their lifetime term limit), and admits or rejects
		/// the applications to a collective that has no leader. In the runtime, an ordinary
		/// decision of the Executive Council. It must not accept plain signed origins:
		/// `admit_member` and `reject_application` take any origin it refuses for a leader's.
		type ExecutiveOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Who may appoint and renew leaders by decree ([`Pallet::appoint_leader`],
		/// [`Pallet::renew_leader`]). Leaders normally come from the members' elections
		/// (`pallet-leadership-elections`, through [`LeadershipRegister`]); this origin is the
		/// emergency path for when elections cannot work. In the runtime Root only, that is both
		/// councils together.
		type LeadershipOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The currency in which request and application deposits are held, and from whose
		/// holds a rejection penalty is slashed.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::BalancedHold<Self::AccountId>
			+ fungible::Mutate<Self::AccountId>;

		/// Where the slashed part of a rejected request's or application's deposit goes
		/// ([`Config::RejectionPenalty`]); the runtime decides (burn, treasury).
		type Slashed: OnUnbalanced<CreditOf<Self>>;

		/// The part of a deposit slashed when its request or application is rejected; the rest
		/// is returned. Withdrawal, approval, admission and expiry return it in full.
		#[pallet::constant]
		type RejectionPenalty: Get<Perbill>;

		/// The nodes of each collective, to tell a collective that runs none (in the runtime
		/// node integration).
		type Nodes: NodeInspect<Self::AccountId>;

		/// The projects of each collective (in the runtime network projects): a collective is
		/// dissolved only once its projects are retired and its applications decided.
		type Projects: ProjectInspect<Self::AccountId>;

		/// The most nodes a promoter may commit a new collective to run. At least 1.
		#[pallet::constant]
		type MaxCommittedNodes: Get<u32>;

		/// How many blocks after its creation a collective may run no node before anyone may
		/// flag it ([`Pallet::flag_without_nodes`]).
		#[pallet::constant]
		type NodeGracePeriod: Get<BlockNumberFor<Self>>;

		/// The most collective requests one account may have pending at once. At least 1.
		#[pallet::constant]
		type MaxRequestsPerAccount: Get<u32>;

		/// How many blocks a collective request or a membership application stays pending
		/// before anyone may remove it, its deposit returned in full. Not zero.
		#[pallet::constant]
		type RequestLifetime: Get<BlockNumberFor<Self>>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The deposit held for a pending collective request. Not zero.
		#[pallet::constant]
		type CollectiveRequestDeposit: Get<BalanceOf<Self>>;

		/// The deposit held for a pending membership application: returned in full when it is
		/// admitted, withdrawn, expires or its collective is dissolved; less
		/// [`Config::RejectionPenalty`] when it is rejected.
		#[pallet::constant]
		type MembershipApplicationDeposit: Get<BalanceOf<Self>>;

		/// The longest name of a collective or an institution, in bytes. At least 1.
		#[pallet::constant]
		type MaxNameLength: Get<u32>;

		/// The largest number of collectives.
		#[pallet::constant]
		type MaxCollectives: Get<u32>;

		/// The largest number of pending collective requests.
		#[pallet::constant]
		type MaxPendingRequests: Get<u32>;

		/// The largest roster of a collective: applicants, active and suspended members. More than
		/// [`Config::MaxLeaders`], so that a collective with all its leaders can still take
		/// members.
		#[pallet::constant]
		type MaxMembersPerCollective: Get<u32>;

		/// The smallest number of leaders a collective needs; below it, it needs an appointment.
		/// At least 1.
		#[pallet::constant]
		type MinLeaders: Get<u32>;

		/// The largest number of leaders of a collective. At least [`Config::MinLeaders`].
		#[pallet::constant]
		type MaxLeaders: Get<u32>;

		/// The length of a leader's term, in blocks. Not zero.
		#[pallet::constant]
		type LeaderTerm: Get<BlockNumberFor<Self>>;

		/// The lifetime limit of leader terms per account, less one: an account serves at most
		/// `1 + MaxLeaderRenewals` leader terms in its life, appointments and renewals together,
		/// in any collectives ([`LeaderTermsServed`]). Lowering it does not end terms under way.
		#[pallet::constant]
		type MaxLeaderRenewals: Get<u32>;

		/// How many blocks before its end a term can be renewed. At most [`Config::LeaderTerm`],
		/// and not zero unless [`Config::MaxLeaderRenewals`] is zero.
		#[pallet::constant]
		type RenewalWindow: Get<BlockNumberFor<Self>>;

		/// The largest number of terms that end at the same block. `on_initialize` must be able
		/// to end that many within a block's weight.
		#[pallet::constant]
		type MaxExpiriesPerBlock: Get<u32>;

		/// How often a leader reports, in blocks (bimonthly). Not zero.
		#[pallet::constant]
		type LeaderReportPeriod: Get<BlockNumberFor<Self>>;

		/// What follows when a member stops being active (it leaves, is suspended or expelled):
		/// in the runtime node integration and the councils, as a tuple. Asked before anything
		/// changes; an error refuses the call.
		type MembershipHooks: MembershipHooks<Self::AccountId>;

		/// The report obligations service: a leader's obligation begins with its appointment
		/// and ends with its leadership.
		type Reports: ReportObligations<Self::AccountId, BlockNumberFor<Self>>;

		/// Weight information for the calls and hooks of this pallet.
		type WeightInfo: WeightInfo;

		/// Makes a collective run a node, for the benchmark of [`Pallet::unflag_collective`].
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper;
	}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The id the next collective gets.
	#[pallet::storage]
	pub type NextCollectiveId<T: Config> = StorageValue<_, CollectiveId, ValueQuery>;

	/// The collectives, by id.
	// Hasher: Twox64Concat, the ids are assigned by the pallet in order, not chosen by users.
	#[pallet::storage]
	pub type Collectives<T: Config> =
		CountedStorageMap<_, Twox64Concat, CollectiveId, CollectiveInfoOf<T>, OptionQuery>;

	/// Look-up of a collective by its name; keeps names unique.
	// Hasher: Blake2_128Concat, the names are chosen by users.
	#[pallet::storage]
	pub type CollectiveNames<T: Config> =
		StorageMap<_, Blake2_128Concat, NameOf<T>, CollectiveId, OptionQuery>;

	/// The id the next collective request gets.
	#[pallet::storage]
	pub type NextRequestId<T: Config> = StorageValue<_, RequestId, ValueQuery>;

	/// The pending written requests for new collectives, with their deposits.
	// Hasher: Twox64Concat, the ids are assigned by the pallet in order, not chosen by users.
	#[pallet::storage]
	pub type CollectiveRequests<T: Config> =
		CountedStorageMap<_, Twox64Concat, RequestId, CollectiveRequestOf<T>, OptionQuery>;

	/// The hash of the code of ethics in force; `None` until one is set.
	#[pallet::storage]
	pub type CodeOfEthics<T: Config> = StorageValue<_, DocumentHash, OptionQuery>;

	/// The memberships, by account: one per account, applicants included.
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type Members<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, MemberInfoOf<T>, OptionQuery>;

	/// The deposits held for pending membership applications, by applicant. Absent when nothing
	/// is held (no application, or a zero deposit); removed when the application is decided,
	/// withdrawn, expires or its collective is dissolved.
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type ApplicationDeposits<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, BalanceOf<T>, OptionQuery>;

	/// The roster of each collective (applicants, active and suspended members), for iteration
	/// by collective. Mirrors [`Members`].
	// Hasher: Twox64Concat for the pallet-assigned collective id, Blake2_128Concat for the
	// user-chosen account.
	#[pallet::storage]
	pub type CollectiveMembers<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		CollectiveId,
		Blake2_128Concat,
		T::AccountId,
		(),
		OptionQuery,
	>;

	/// The current leaders of each collective and their terms. Absent when it has none.
	// Hasher: Twox64Concat, the ids are assigned by the pallet in order, not chosen by users.
	#[pallet::storage]
	pub type Leaders<T: Config> =
		StorageMap<_, Twox64Concat, CollectiveId, LeadershipsOf<T>, ValueQuery>;

	/// The terms that end at the start of each block: the schedule `on_initialize` works through.
	// Hasher: Twox64Concat, block numbers are not chosen by users.
	#[pallet::storage]
	pub type LeaderExpiries<T: Config> =
		StorageMap<_, Twox64Concat, BlockNumberFor<T>, ExpiriesOf<T>, ValueQuery>;

	/// The leader terms each account has served in its life, appointments and renewals together,
	/// in any collectives: at most `1 + MaxLeaderRenewals`. A term counts when it begins, even if
	/// it is cut short. Absent for accounts that never led.
	///
	/// Bound: an entry is only added by a governance decision (an appointment by
	/// [`Config::ExecutiveOrigin`], or a genesis leader), one per account ever appointed, and is
	/// never removed, so that leaving, expulsion or re-admission do not reset the count.
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type LeaderTermsServed<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// The collectives flagged for running no node after their grace period, with the block
	/// they were flagged at. At most one entry per collective, so at most
	/// [`Config::MaxCollectives`]; removed when the collective is unflagged or dissolved.
	// Hasher: Twox64Concat, the ids are assigned by the pallet in order, not chosen by users.
	#[pallet::storage]
	pub type FlaggedCollectives<T: Config> =
		StorageMap<_, Twox64Concat, CollectiveId, BlockNumberFor<T>, OptionQuery>;

	/// How many collective requests each account has pending: at most
	/// [`Config::MaxRequestsPerAccount`]. Absent at zero, so at most
	/// [`Config::MaxPendingRequests`] entries.
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type PendingRequestsOf<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The hash of the code of ethics in force. Required when `members` is not empty.
		pub code_of_ethics: Option<DocumentHash>,
		/// The founding collectives, name and kind; they get the ids 0, 1, 2... in this order.
		pub collectives: Vec<(Vec<u8>, CollectiveKind)>,
		/// Active members for test networks: account, collective id and institution. They accept
		/// `code_of_ethics`.
		pub members: Vec<(T::AccountId, CollectiveId, Vec<u8>)>,
		/// Leaders for test networks: collective id and an active member of it. Their terms and
		/// report obligations start at genesis, and their first term counts towards their
		/// lifetime limit ([`LeaderTermsServed`]).
		pub leaders: Vec<(CollectiveId, T::AccountId)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		// A chain spec the rules refuse must not become a chain: genesis has no caller to return
		// an error to, so it stops with the reason.
		#[allow(clippy::panic)]
		fn build(&self) {
			if let Some(hash) = self.code_of_ethics {
				CodeOfEthics::<T>::put(hash);
			}
			for (name, kind) in &self.collectives {
				let Ok(name) = NameOf::<T>::try_from(name.clone()) else {
					panic!("genesis collective name is longer than MaxNameLength");
				};
				if let Err(e) = Pallet::<T>::do_create_collective(name, *kind, None, None, 0) {
					panic!("genesis collective refused: {e:?}");
				}
			}
			if !self.members.is_empty() {
				assert!(self.code_of_ethics.is_some(), "genesis members need a code of ethics");
			}
			for (who, collective, institution) in &self.members {
				let Ok(institution) = NameOf::<T>::try_from(institution.clone()) else {
					panic!("genesis institution is longer than MaxNameLength");
				};
				let code = self.code_of_ethics.unwrap_or_default();
				if let Err(e) = Pallet::<T>::do_insert_member(
					who,
					*collective,
					institution,
					MemberStatus::Active,
					code,
				) {
					panic!("genesis member refused: {e:?}");
				}
			}
			for (collective, who) in &self.leaders {
				if let Err(e) = Pallet::<T>::do_appoint_leader(*collective, who) {
					panic!("genesis leader refused: {e:?}");
				}
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A written request for a new collective was submitted and its deposit held.
		CollectiveRequested {
			/// The request.
			request_id: RequestId,
			/// Who submitted it and pays the deposit.
			applicant: T::AccountId,
			/// The name asked for.
			name: NameOf<T>,
			/// The sector asked for.
			kind: CollectiveKind,
			/// The hash of the written request.
			document: DocumentHash,
			/// The nodes the promoter commits the collective to run.
			committed_nodes: u32,
			/// The deposit held.
			deposit: BalanceOf<T>,
		},
		/// A collective request was approved, its promoter became the collective's first active
		/// member and its deposit was returned.
		CollectiveRequestApproved {
			/// The request.
			request_id: RequestId,
			/// The collective it created.
			collective: CollectiveId,
			/// Who submitted it: the promoter, now an active member of `collective`.
			applicant: T::AccountId,
			/// The deposit returned.
			deposit: BalanceOf<T>,
		},
		/// A collective request was rejected: [`Config::RejectionPenalty`] of its deposit was
		/// slashed, the rest returned.
		CollectiveRequestRejected {
			/// The request.
			request_id: RequestId,
			/// Who submitted it.
			applicant: T::AccountId,
			/// The hash of the written reasons.
			reason: DocumentHash,
			/// The part of the deposit returned.
			returned: BalanceOf<T>,
			/// The part of the deposit slashed and handed to [`Config::Slashed`].
			slashed: BalanceOf<T>,
		},
		/// A collective request outlived [`Config::RequestLifetime`] and was removed; its
		/// deposit was returned in full.
		CollectiveRequestExpired {
			/// The request.
			request_id: RequestId,
			/// Who submitted it.
			applicant: T::AccountId,
			/// The deposit returned.
			deposit: BalanceOf<T>,
		},
		/// A collective request was withdrawn by its applicant and its deposit returned.
		CollectiveRequestWithdrawn {
			/// The request.
			request_id: RequestId,
			/// Who submitted and withdrew it.
			applicant: T::AccountId,
			/// The deposit returned.
			deposit: BalanceOf<T>,
		},
		/// A collective was created.
		CollectiveCreated {
			/// The new collective.
			collective: CollectiveId,
			/// Its name.
			name: NameOf<T>,
			/// Its sector.
			kind: CollectiveKind,
		},
		/// A new code of ethics came into force; members must accept it again.
		CodeOfEthicsSet {
			/// The hash of the new version.
			code_of_ethics: DocumentHash,
		},
		/// A member accepted the code of ethics in force.
		CodeOfEthicsAccepted {
			/// The member.
			who: T::AccountId,
			/// The hash of the version accepted.
			code_of_ethics: DocumentHash,
		},
		/// An account applied for membership of a collective and its deposit was held.
		MembershipApplied {
			/// The applicant.
			who: T::AccountId,
			/// The collective applied to.
			collective: CollectiveId,
			/// The institution it states.
			institution: NameOf<T>,
			/// The deposit held until the application is decided or withdrawn.
			deposit: BalanceOf<T>,
		},
		/// An applicant was admitted as an active member.
		MemberAdmitted {
			/// The new member.
			who: T::AccountId,
			/// Its collective.
			collective: CollectiveId,
			/// The leader who admitted it; `None` when the Executive Council did.
			by: Option<T::AccountId>,
		},
		/// An application was rejected and removed.
		ApplicationRejected {
			/// The former applicant.
			who: T::AccountId,
			/// The collective it applied to.
			collective: CollectiveId,
			/// The hash of the written reasons.
			reason: DocumentHash,
			/// The leader who rejected it; `None` when the Executive Council did.
			by: Option<T::AccountId>,
			/// The part of the deposit returned.
			returned: BalanceOf<T>,
			/// The part of the deposit slashed and handed to [`Config::Slashed`].
			slashed: BalanceOf<T>,
		},
		/// An application outlived [`Config::RequestLifetime`] and was removed; its deposit was
		/// returned in full.
		ApplicationExpired {
			/// The former applicant.
			who: T::AccountId,
			/// The collective it applied to.
			collective: CollectiveId,
			/// The deposit returned.
			deposit: BalanceOf<T>,
		},
		/// A member was suspended for breaching the code of ethics.
		MemberSuspended {
			/// The member.
			who: T::AccountId,
			/// Its collective.
			collective: CollectiveId,
			/// The hash of the written reasons.
			reason: DocumentHash,
		},
		/// A suspended member was reinstated.
		MemberReinstated {
			/// The member.
			who: T::AccountId,
			/// Its collective.
			collective: CollectiveId,
		},
		/// A member, applicant or suspended member was expelled by the Executive Council.
		MemberExpelled {
			/// The former member.
			who: T::AccountId,
			/// The collective it was expelled from.
			collective: CollectiveId,
			/// The hash of the written reasons.
			reason: DocumentHash,
		},
		/// A member or applicant left its collective.
		MemberLeft {
			/// The former member.
			who: T::AccountId,
			/// The collective it left.
			collective: CollectiveId,
		},
		/// A member was appointed leader of its collective.
		LeaderAppointed {
			/// The collective.
			collective: CollectiveId,
			/// The new leader.
			who: T::AccountId,
			/// The block at whose start the term ends unless renewed.
			expires_at: BlockNumberFor<T>,
			/// The leader terms it has served in its life, this one included.
			terms_served: u32,
		},
		/// A leader's term was renewed.
		LeaderRenewed {
			/// The collective.
			collective: CollectiveId,
			/// The leader.
			who: T::AccountId,
			/// The new end of the term.
			expires_at: BlockNumberFor<T>,
			/// Renewals since the appointment, this one included.
			renewals: u32,
			/// The leader terms it has served in its life, this one included.
			terms_served: u32,
		},
		/// A leadership ended.
		LeadershipEnded {
			/// The collective.
			collective: CollectiveId,
			/// The former leader.
			who: T::AccountId,
			/// Why it ended.
			cause: LeadershipEnd,
		},
		/// A collective fell short of [`Config::MinLeaders`] leaders and needs an appointment.
		LeadersFellShort {
			/// The collective.
			collective: CollectiveId,
			/// The leaders it has now.
			leaders: u32,
		},
		/// A collective that was short of leaders (a new one included) got back to
		/// [`Config::MinLeaders`] leaders and no longer needs an appointment.
		LeadersRestored {
			/// The collective.
			collective: CollectiveId,
			/// The leaders it has now: [`Config::MinLeaders`].
			leaders: u32,
		},
		/// A collective ran no node after its grace period and was flagged: the Executive
		/// Council may dissolve it while it stays without nodes.
		CollectiveFlagged {
			/// The collective.
			collective: CollectiveId,
		},
		/// A flagged collective runs a node now and its flag was cleared.
		CollectiveUnflagged {
			/// The collective.
			collective: CollectiveId,
			/// The nodes it runs.
			nodes: u32,
		},
		/// A flagged collective without nodes was dissolved: its memberships, applications and
		/// leaderships ended, its name is free and it no longer counts against
		/// [`Config::MaxCollectives`].
		CollectiveDissolved {
			/// The former collective.
			collective: CollectiveId,
			/// The hash of the written reasons.
			reason: DocumentHash,
			/// The memberships and applications that ended with it.
			members: u32,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No collective has that id; check the id (collectives are numbered from 0).
		CollectiveNotFound,
		/// No pending request has that id; it may have been decided or withdrawn already.
		RequestNotFound,
		/// Only the applicant can withdraw its request; sign with that account.
		NotRequester,
		/// The name is empty; give the collective's name.
		EmptyName,
		/// The institution is empty; state the institution the node runs for.
		EmptyInstitution,
		/// A collective has that name already; choose another name.
		NameAlreadyExists,
		/// The network has [`Config::MaxCollectives`] collectives already; no more can be created.
		TooManyCollectives,
		/// [`Config::MaxPendingRequests`] requests are pending; wait for decisions on them.
		TooManyRequests,
		/// No identifier is left for a new request or collective; this needs a runtime upgrade.
		IdsExhausted,
		/// No code of ethics is in force yet; the Executive Council must set one first.
		CodeOfEthicsNotSet,
		/// The hash is not that of the code of ethics in force; read `CodeOfEthics` and accept
		/// that version.
		WrongCodeOfEthics,
		/// That version is in force already; give the hash of the new version.
		CodeOfEthicsUnchanged,
		/// The member accepted the version in force already; nothing to do.
		CodeOfEthicsAlreadyAccepted,
		/// The member has not accepted the code of ethics in force; it must call
		/// `accept_code_of_ethics` first.
		CodeOfEthicsOutdated,
		/// The account holds a membership or application already; leave it first.
		AlreadyMember,
		/// The account holds no membership or application; check the account.
		NotMember,
		/// The collective's roster is full ([`Config::MaxMembersPerCollective`]); a member must
		/// leave first.
		TooManyMembers,
		/// The account is not an applicant; only pending applications can be admitted or
		/// rejected.
		NotApplicant,
		/// The member is not active (it applied or is suspended); only active members can be
		/// suspended or appointed.
		NotActiveMember,
		/// The member is not suspended; only suspended members can be reinstated.
		NotSuspended,
		/// A suspended member cannot leave; the Executive Council must reinstate it first.
		MemberIsSuspended,
		/// The member belongs to another collective; leaders come from their own collective.
		MemberOfAnotherCollective,
		/// The account is not a leader of that collective; sign with one of its leaders, or
		/// check the collective and the account.
		NotLeader,
		/// The signing leader has not accepted the code of ethics in force, so it cannot decide on
		/// applications; it must call `accept_code_of_ethics` first.
		LeaderCodeOfEthicsOutdated,
		/// The collective has leaders, who decide on its applications; the Executive Council
		/// only does while it has none.
		CollectiveHasLeaders,
		/// The member leads that collective already.
		AlreadyLeader,
		/// The collective has [`Config::MaxLeaders`] leaders already; remove one first.
		TooManyLeaders,
		/// A leader of the collective states the same institution; appoint a member of another
		/// institution.
		InstitutionAlreadyLeading,
		/// The account has served `1 + MaxLeaderRenewals` leader terms in its life, the limit
		/// ([`LeaderTermsServed`]); appoint or keep another member.
		TermLimitReached,
		/// The term can only be renewed in its last [`Config::RenewalWindow`] blocks; try again
		/// then.
		RenewalTooEarly,
		/// [`Config::MaxExpiriesPerBlock`] terms end at that block already; appoint or renew in
		/// a later block.
		TooManyExpiries,
		/// The promoter took a membership or application since its request; it must leave it
		/// before its collective can be created, or the request be rejected.
		PromoterIsMember,
		/// A new collective must commit to run at least one node.
		NoCommittedNodes,
		/// More nodes than [`Config::MaxCommittedNodes`] were committed; commit fewer.
		TooManyCommittedNodes,
		/// The account has [`Config::MaxRequestsPerAccount`] requests pending; wait for them to
		/// be decided, or withdraw one.
		TooManyRequestsFromAccount,
		/// The request or application is younger than [`Config::RequestLifetime`]; only its
		/// owner may withdraw it before then.
		NotExpired,
		/// The collective is still within [`Config::NodeGracePeriod`] of its creation; flag it
		/// after that.
		GracePeriodRunning,
		/// The collective runs a node; it cannot be flagged or dissolved for running none.
		CollectiveHasNodes,
		/// The collective still has registered projects or pending project applications:
		/// retire or decide them first.
		CollectiveHasProjects,
		/// The collective runs no node yet; its flag stays.
		CollectiveWithoutNodes,
		/// The collective is flagged already.
		AlreadyFlagged,
		/// The collective is not flagged; flag it first ([`Pallet::flag_without_nodes`]).
		NotFlagged,
	}

	/// Reasons for which this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit of a pending collective request.
		CollectiveRequest,
		/// The deposit of a pending membership application.
		MembershipApplication,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// End the leaders' terms scheduled for this block: bounded by
		/// [`Config::MaxExpiriesPerBlock`].
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let count = Self::expire_leaders(now);
			Self::on_initialize_weight(count)
		}

		fn integrity_test() {
			assert!(T::MinLeaders::get() >= 1, "MinLeaders must be at least 1");
			assert!(
				T::MinLeaders::get() <= T::MaxLeaders::get(),
				"MinLeaders must not exceed MaxLeaders"
			);
			assert!(
				T::MaxMembersPerCollective::get() > T::MaxLeaders::get(),
				"MaxMembersPerCollective must exceed MaxLeaders"
			);
			assert!(!T::LeaderTerm::get().is_zero(), "LeaderTerm must not be zero");
			assert!(
				T::RenewalWindow::get() <= T::LeaderTerm::get(),
				"RenewalWindow must not exceed LeaderTerm"
			);
			assert!(
				T::MaxLeaderRenewals::get() == 0 || !T::RenewalWindow::get().is_zero(),
				"RenewalWindow must not be zero when MaxLeaderRenewals is not"
			);
			assert!(
				!T::CollectiveRequestDeposit::get().is_zero(),
				"CollectiveRequestDeposit must not be zero"
			);
			assert!(T::MaxNameLength::get() >= 1, "MaxNameLength must be at least 1");
			assert!(T::MaxExpiriesPerBlock::get() >= 1, "MaxExpiriesPerBlock must be at least 1");
			assert!(
				Self::on_initialize_weight(T::MaxExpiriesPerBlock::get())
					.all_lte(<T as frame_system::Config>::BlockWeights::get().max_block),
				"on_initialize with MaxExpiriesPerBlock expiries must fit in a block"
			);
			assert!(!T::LeaderReportPeriod::get().is_zero(), "LeaderReportPeriod must not be zero");
			assert!(T::MaxCommittedNodes::get() >= 1, "MaxCommittedNodes must be at least 1");
			assert!(
				T::MaxRequestsPerAccount::get() >= 1,
				"MaxRequestsPerAccount must be at least 1"
			);
			assert!(!T::RequestLifetime::get().is_zero(), "RequestLifetime must not be zero");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Submit, as its promoting member (promotor), a written request for a new collective
		/// committed to run `committed_nodes` nodes, stating the promoter's `institution` and
		/// accepting the code of ethics in force (`code_of_ethics`, its hash). Holds
		/// [`Config::CollectiveRequestDeposit`] until the request is decided, withdrawn or
		/// expires.
		///
		/// ## Origin
		/// Signed: any account without a membership or application, with fewer than
		/// [`Config::MaxRequestsPerAccount`] pending requests; it pays the deposit.
		///
		/// ## Errors
		/// - [`Error::EmptyName`] if `name` is empty; [`Error::EmptyInstitution`] if
		///   `institution` is.
		/// - [`Error::NoCommittedNodes`] if `committed_nodes` is 0;
		///   [`Error::TooManyCommittedNodes`] above [`Config::MaxCommittedNodes`].
		/// - [`Error::CodeOfEthicsNotSet`] or [`Error::WrongCodeOfEthics`] if `code_of_ethics` is
		///   not the version in force.
		/// - [`Error::AlreadyMember`] if the signer holds a membership or application.
		/// - [`Error::NameAlreadyExists`] if a collective has that name.
		/// - [`Error::TooManyCollectives`] if no more collectives can be created.
		/// - [`Error::TooManyRequests`] if [`Config::MaxPendingRequests`] requests are pending.
		/// - [`Error::TooManyRequestsFromAccount`] if the signer has
		///   [`Config::MaxRequestsPerAccount`] requests pending.
		/// - [`Error::IdsExhausted`] if no request id is left.
		/// - The currency's error if the deposit cannot be held.
		///
		/// ## Events
		/// [`Event::CollectiveRequested`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::request_collective())]
		pub fn request_collective(
			origin: OriginFor<T>,
			name: NameOf<T>,
			kind: CollectiveKind,
			document: DocumentHash,
			institution: NameOf<T>,
			code_of_ethics: DocumentHash,
			committed_nodes: u32,
		) -> DispatchResult {
			let applicant = ensure_signed(origin)?;
			Self::do_request_collective(
				applicant,
				CollectiveProposal {
					name,
					kind,
					document,
					institution,
					code_of_ethics,
					committed_nodes,
				},
			)
		}

		/// Approve a pending request: create the collective with its committed nodes, make the
		/// promoter its first active member (with the institution and code of ethics of the
		/// request) and return the deposit in full.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::RequestNotFound`] if no request has that id.
		/// - [`Error::PromoterIsMember`] if the promoter took a membership or application since.
		/// - [`Error::CodeOfEthicsOutdated`] if a new code of ethics came into force since the
		///   request (the promoter withdraws and requests again, accepting it).
		/// - [`Error::NameAlreadyExists`] if a collective took the name since the request.
		/// - [`Error::TooManyCollectives`] if no more collectives can be created.
		/// - [`Error::IdsExhausted`] if no collective id is left.
		///
		/// ## Events
		/// [`Event::CollectiveCreated`], [`Event::LeadersFellShort`] (the new collective has no
		/// leaders yet) and [`Event::CollectiveRequestApproved`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::approve_collective_request())]
		pub fn approve_collective_request(
			origin: OriginFor<T>,
			request_id: RequestId,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_approve_collective_request(request_id)
		}

		/// Reject a pending request, with the hash of the written reasons: slash
		/// [`Config::RejectionPenalty`] of its deposit to [`Config::Slashed`] and return the rest.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::RequestNotFound`] if no request has that id.
		///
		/// ## Events
		/// [`Event::CollectiveRequestRejected`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::reject_collective_request())]
		pub fn reject_collective_request(
			origin: OriginFor<T>,
			request_id: RequestId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_reject_collective_request(request_id, reason)
		}

		/// Withdraw one's own pending request and get the deposit back.
		///
		/// ## Origin
		/// Signed by the applicant.
		///
		/// ## Errors
		/// - [`Error::RequestNotFound`] if no request has that id.
		/// - [`Error::NotRequester`] if the signer did not submit it.
		///
		/// ## Events
		/// [`Event::CollectiveRequestWithdrawn`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::withdraw_collective_request())]
		pub fn withdraw_collective_request(
			origin: OriginFor<T>,
			request_id: RequestId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_collective_request(who, request_id)
		}

		/// Put a new version of the code of ethics in force. Every member must accept it again;
		/// until then [`Pallet::is_code_of_ethics_current`] is `false` for it.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::CodeOfEthicsUnchanged`] if `code_of_ethics` is the version in force.
		///
		/// ## Events
		/// [`Event::CodeOfEthicsSet`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_code_of_ethics())]
		pub fn set_code_of_ethics(
			origin: OriginFor<T>,
			code_of_ethics: DocumentHash,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_set_code_of_ethics(code_of_ethics)
		}

		/// Apply for membership of `collective`, stating `institution` and accepting the code of
		/// ethics in force (`code_of_ethics` is its hash). Holds
		/// [`Config::MembershipApplicationDeposit`] until the application is admitted, rejected or
		/// withdrawn.
		///
		/// ## Origin
		/// Signed: the account that will run the node.
		///
		/// ## Errors
		/// - [`Error::CodeOfEthicsNotSet`] if no code of ethics is in force.
		/// - [`Error::WrongCodeOfEthics`] if `code_of_ethics` is not the version in force.
		/// - [`Error::EmptyInstitution`] if `institution` is empty.
		/// - [`Error::AlreadyMember`] if the account holds a membership or application.
		/// - [`Error::CollectiveNotFound`] if `collective` does not exist.
		/// - [`Error::TooManyMembers`] if the collective's roster is full.
		/// - The currency's error if the deposit cannot be held.
		///
		/// ## Events
		/// [`Event::MembershipApplied`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::apply_for_membership())]
		pub fn apply_for_membership(
			origin: OriginFor<T>,
			collective: CollectiveId,
			institution: NameOf<T>,
			code_of_ethics: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_apply_for_membership(who, collective, institution, code_of_ethics)
		}

		/// Admit an applicant as an active member of the collective it applied to, and return its
		/// application deposit.
		///
		/// ## Origin
		/// Signed by a leader of that collective who accepted the code of ethics in force, or
		/// [`Config::ExecutiveOrigin`] while the collective has no leaders.
		///
		/// ## Errors
		/// - `BadOrigin` if the origin is neither signed nor [`Config::ExecutiveOrigin`]; checked
		///   before anything else.
		/// - [`Error::NotMember`] if `who` has not applied.
		/// - [`Error::NotLeader`] if the signer is not a leader of that collective.
		/// - [`Error::LeaderCodeOfEthicsOutdated`] if the signing leader accepted an older code of
		///   ethics.
		/// - [`Error::CollectiveHasLeaders`] if the Executive Council acts on a collective with
		///   leaders.
		/// - [`Error::NotApplicant`] if `who` is a member already.
		/// - [`Error::CodeOfEthicsOutdated`] if `who` accepted an older code of ethics.
		///
		/// ## Events
		/// [`Event::MemberAdmitted`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::admit_member())]
		pub fn admit_member(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			let signer = Self::ensure_signed_or_executive(origin)?;
			Self::do_admit_member(signer, who)
		}

		/// Reject an application, with the hash of the written reasons, and remove it: slash
		/// [`Config::RejectionPenalty`] of its deposit to [`Config::Slashed`] and return the rest.
		///
		/// ## Origin
		/// Signed by a leader of that collective who accepted the code of ethics in force, or
		/// [`Config::ExecutiveOrigin`] while the collective has no leaders.
		///
		/// ## Errors
		/// - `BadOrigin` if the origin is neither signed nor [`Config::ExecutiveOrigin`]; checked
		///   before anything else.
		/// - [`Error::NotMember`] if `who` has not applied.
		/// - [`Error::NotLeader`] if the signer is not a leader of that collective.
		/// - [`Error::LeaderCodeOfEthicsOutdated`] if the signing leader accepted an older code of
		///   ethics.
		/// - [`Error::CollectiveHasLeaders`] if the Executive Council acts on a collective with
		///   leaders.
		/// - [`Error::NotApplicant`] if `who` is a member already.
		///
		/// ## Events
		/// [`Event::ApplicationRejected`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::reject_application())]
		pub fn reject_application(
			origin: OriginFor<T>,
			who: T::AccountId,
			reason: DocumentHash,
		) -> DispatchResult {
			let signer = Self::ensure_signed_or_executive(origin)?;
			Self::do_reject_application(signer, who, reason)
		}

		/// Accept the code of ethics in force (`code_of_ethics` is its hash), after the Executive
		/// Council put a new version in force.
		///
		/// ## Origin
		/// Signed by the member or applicant.
		///
		/// ## Errors
		/// - [`Error::CodeOfEthicsNotSet`] if no code of ethics is in force.
		/// - [`Error::WrongCodeOfEthics`] if `code_of_ethics` is not the version in force.
		/// - [`Error::NotMember`] if the signer holds no membership or application.
		/// - [`Error::CodeOfEthicsAlreadyAccepted`] if it accepted that version already.
		///
		/// ## Events
		/// [`Event::CodeOfEthicsAccepted`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::accept_code_of_ethics())]
		pub fn accept_code_of_ethics(
			origin: OriginFor<T>,
			code_of_ethics: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accept_code_of_ethics(who, code_of_ethics)
		}

		/// Suspend an active member for breaching the code of ethics. A leader loses its
		/// leadership at once. [`Config::MembershipHooks`] are told first (in the runtime its
		/// node leaves the validator set even if it is its collective's last one, its pending
		/// node application is dropped and it loses a commissioner seat).
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::NotMember`] if `who` holds no membership.
		/// - [`Error::NotActiveMember`] if `who` is an applicant or suspended already.
		/// - A [`Config::MembershipHooks`] error if a hook refuses (in the runtime, node
		///   integration's `TooFewValidators` if its node is active and the set would fall below
		///   its minimum).
		///
		/// ## Events
		/// [`Event::MemberSuspended`]; for a leader also [`Event::LeadershipEnded`] and, when the
		/// collective falls short of leaders, [`Event::LeadersFellShort`].
		#[pallet::call_index(9)]
		#[pallet::weight(
			T::WeightInfo::suspend_member()
				.saturating_add(T::MembershipHooks::weight())
				.saturating_add(T::Reports::end_weight())
		)]
		pub fn suspend_member(
			origin: OriginFor<T>,
			who: T::AccountId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_suspend_member(who, reason)
		}

		/// Reinstate a suspended member as active. It does not get back a lost leadership.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::NotMember`] if `who` holds no membership.
		/// - [`Error::NotSuspended`] if `who` is not suspended.
		///
		/// ## Events
		/// [`Event::MemberReinstated`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::reinstate_member())]
		pub fn reinstate_member(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_reinstate_member(who)
		}

		/// Leave one's collective, or withdraw one's application and get its deposit back. A leader
		/// loses its leadership. [`Config::MembershipHooks`] may veto it (in the runtime, a member
		/// that runs a node may not leave) and are told first (in the runtime a pending node
		/// application is dropped and a commissioner loses its seat).
		///
		/// ## Origin
		/// Signed by the member or applicant.
		///
		/// ## Errors
		/// - [`Error::NotMember`] if the signer holds no membership or application.
		/// - [`Error::MemberIsSuspended`] if the signer is suspended.
		/// - A [`Config::MembershipHooks`] error if a hook refuses (in the runtime, node
		///   integration's `RunsNode` if the signer runs a node, active or suspended).
		///
		/// ## Events
		/// [`Event::MemberLeft`]; for a leader also [`Event::LeadershipEnded`] and, when the
		/// collective falls short of leaders, [`Event::LeadersFellShort`].
		#[pallet::call_index(11)]
		#[pallet::weight(
			T::WeightInfo::leave()
				.saturating_add(T::MembershipHooks::weight())
				.saturating_add(T::Reports::end_weight())
		)]
		pub fn leave(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_leave(who)
		}

		/// Appoint an active member of `collective` as one of its leaders, for
		/// [`Config::LeaderTerm`] blocks from now. The term counts towards its lifetime limit
		/// ([`LeaderTermsServed`]) and its report obligation begins. Leaders normally come from
		/// the members' elections ([`LeadershipRegister::appoint`], the same rules); this call is
		/// the emergency path.
		///
		/// ## Origin
		/// [`Config::LeadershipOrigin`] (in the runtime Root: both councils together).
		///
		/// ## Errors
		/// - [`Error::CollectiveNotFound`] if `collective` does not exist.
		/// - [`Error::NotMember`] if `who` holds no membership.
		/// - [`Error::MemberOfAnotherCollective`] if `who` belongs to another collective.
		/// - [`Error::NotActiveMember`] if `who` is an applicant or suspended.
		/// - [`Error::CodeOfEthicsOutdated`] if `who` accepted an older code of ethics.
		/// - [`Error::AlreadyLeader`] if `who` leads the collective already.
		/// - [`Error::TermLimitReached`] if `who` has served `1 + MaxLeaderRenewals` leader
		///   terms in its life, in this or any other collective.
		/// - [`Error::TooManyLeaders`] if the collective has [`Config::MaxLeaders`] leaders.
		/// - [`Error::InstitutionAlreadyLeading`] if a leader states the same institution.
		/// - [`Error::TooManyExpiries`] if too many terms end at the same block.
		///
		/// ## Events
		/// [`Event::LeaderAppointed`] and, when the collective gets back to
		/// [`Config::MinLeaders`] leaders, [`Event::LeadersRestored`].
		#[pallet::call_index(12)]
		#[pallet::weight(
			T::WeightInfo::appoint_leader().saturating_add(T::Reports::begin_weight())
		)]
		pub fn appoint_leader(
			origin: OriginFor<T>,
			collective: CollectiveId,
			who: T::AccountId,
		) -> DispatchResult {
			T::LeadershipOrigin::ensure_origin(origin)?;
			Self::do_appoint_leader(collective, &who)
		}

		/// Renew a leader's term: its end moves [`Config::LeaderTerm`] blocks later. Allowed in
		/// the last [`Config::RenewalWindow`] blocks of a term, while the leader has served fewer
		/// than `1 + MaxLeaderRenewals` terms in its life; the new term counts towards that limit
		/// ([`LeaderTermsServed`]). Renewals normally come from the members' elections
		/// ([`LeadershipRegister::renew`], the same rules); this call is the emergency path.
		///
		/// ## Origin
		/// [`Config::LeadershipOrigin`] (in the runtime Root: both councils together).
		///
		/// ## Errors
		/// - [`Error::NotLeader`] if `who` does not lead `collective`.
		/// - [`Error::TermLimitReached`] if `who` has served `1 + MaxLeaderRenewals` leader
		///   terms in its life, this one included.
		/// - [`Error::RenewalTooEarly`] if the term does not end within the renewal window.
		/// - [`Error::CodeOfEthicsOutdated`] if `who` accepted an older code of ethics.
		/// - [`Error::TooManyExpiries`] if too many terms end at the new end block. With a
		///   constant [`Config::LeaderTerm`] a renewal only meets renewals from its own bucket, so
		///   this needs a runtime upgrade that changed the term.
		///
		/// ## Events
		/// [`Event::LeaderRenewed`].
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::renew_leader())]
		pub fn renew_leader(
			origin: OriginFor<T>,
			collective: CollectiveId,
			who: T::AccountId,
		) -> DispatchResult {
			T::LeadershipOrigin::ensure_origin(origin)?;
			Self::do_renew_leader(collective, who)
		}

		/// Remove a leader before its term ends. It stays an active member; its report
		/// obligation ends.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::NotLeader`] if `who` does not lead `collective`.
		///
		/// ## Events
		/// [`Event::LeadershipEnded`] and, when the collective falls short of leaders,
		/// [`Event::LeadersFellShort`].
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::remove_leader().saturating_add(T::Reports::end_weight()))]
		pub fn remove_leader(
			origin: OriginFor<T>,
			collective: CollectiveId,
			who: T::AccountId,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_remove_leader(collective, who)
		}

		/// Expel a member from its collective, with the hash of the written reasons: its
		/// leadership ends, its membership is removed and any application deposit is returned.
		/// Applicants, active and suspended members can all be expelled.
		/// [`Config::MembershipHooks`] are told first (in the runtime its node leaves for good
		/// even if it is its collective's last one, its pending node application is dropped and
		/// it loses a commissioner seat).
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::NotMember`] if `who` holds no membership or application.
		/// - A [`Config::MembershipHooks`] error if a hook refuses (in the runtime, node
		///   integration's `TooFewValidators` if its node is active and the set would fall below
		///   its minimum).
		///
		/// ## Events
		/// [`Event::MemberExpelled`]; for a leader also [`Event::LeadershipEnded`] and, when the
		/// collective falls short of leaders, [`Event::LeadersFellShort`].
		#[pallet::call_index(15)]
		#[pallet::weight(
			T::WeightInfo::expel_member()
				.saturating_add(T::MembershipHooks::weight())
				.saturating_add(T::Reports::end_weight())
		)]
		pub fn expel_member(
			origin: OriginFor<T>,
			who: T::AccountId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_expel_member(who, reason)
		}

		/// Resign one's leadership now. The resigning leader stays an active member; its report
		/// obligation ends and its expiry is unscheduled. The term still counts towards its
		/// lifetime limit.
		///
		/// ## Origin
		/// Signed by the leader.
		///
		/// ## Errors
		/// - [`Error::NotLeader`] if the signer leads no collective.
		///
		/// ## Events
		/// [`Event::LeadershipEnded`] (cause [`LeadershipEnd::Resigned`]) and, when the
		/// collective falls short of leaders, [`Event::LeadersFellShort`].
		#[pallet::call_index(16)]
		#[pallet::weight(
			T::WeightInfo::resign_leadership().saturating_add(T::Reports::end_weight())
		)]
		pub fn resign_leadership(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_resign_leadership(who)
		}

		/// Flag a collective that runs no node ([`Config::Nodes`]) once
		/// [`Config::NodeGracePeriod`] blocks have passed since its creation. While flagged and
		/// without nodes, the Executive Council may dissolve it.
		///
		/// ## Origin
		/// Signed: any account.
		///
		/// ## Errors
		/// - [`Error::CollectiveNotFound`] if `collective` does not exist.
		/// - [`Error::AlreadyFlagged`] if it is flagged already.
		/// - [`Error::GracePeriodRunning`] before the end of its grace period.
		/// - [`Error::CollectiveHasNodes`] if it runs a node.
		/// - [`Error::CollectiveHasProjects`] if it has registered projects or pending project
		///   applications.
		///
		/// ## Events
		/// [`Event::CollectiveFlagged`].
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::flag_without_nodes())]
		pub fn flag_without_nodes(
			origin: OriginFor<T>,
			collective: CollectiveId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_flag_without_nodes(collective)
		}

		/// Clear the flag of a collective that runs a node now.
		///
		/// ## Origin
		/// Signed: any account.
		///
		/// ## Errors
		/// - [`Error::NotFlagged`] if `collective` is not flagged.
		/// - [`Error::CollectiveWithoutNodes`] if it still runs no node.
		///
		/// ## Events
		/// [`Event::CollectiveUnflagged`].
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::unflag_collective())]
		pub fn unflag_collective(origin: OriginFor<T>, collective: CollectiveId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_unflag_collective(collective)
		}

		/// Dissolve a flagged collective that still runs no node, with the hash of the written
		/// reasons. Every membership and application of it ends: [`Config::MembershipHooks`] are
		/// told of each as of an expulsion ([`bmx_primitives::governance::MembershipLoss::Expelled`]), application deposits
		/// are returned in full; its leaders' terms end (expiries and report obligations); its
		/// name is freed and it no longer counts against [`Config::MaxCollectives`]. Its id is
		/// never reused.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::CollectiveNotFound`] if `collective` does not exist.
		/// - [`Error::NotFlagged`] if it is not flagged.
		/// - [`Error::CollectiveHasNodes`] if it runs a node now (anyone may unflag it).
		/// - A [`Config::MembershipHooks`] error if a hook refuses; nothing changes then.
		///
		/// ## Events
		/// [`Event::LeadershipEnded`] for each leader (cause
		/// [`LeadershipEnd::CollectiveDissolved`]) and [`Event::CollectiveDissolved`].
		#[pallet::call_index(19)]
		#[pallet::weight(
			T::WeightInfo::dissolve_collective(T::MaxMembersPerCollective::get())
				.saturating_add(
					T::MembershipHooks::weight()
						.saturating_mul(T::MaxMembersPerCollective::get().into())
				)
				.saturating_add(
					T::Reports::end_weight().saturating_mul(T::MaxLeaders::get().into())
				)
		)]
		pub fn dissolve_collective(
			origin: OriginFor<T>,
			collective: CollectiveId,
			reason: DocumentHash,
		) -> DispatchResultWithPostInfo {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			let members = Self::do_dissolve_collective(collective, reason)?;
			Ok(Some(
				T::WeightInfo::dissolve_collective(members)
					.saturating_add(T::MembershipHooks::weight().saturating_mul(members.into()))
					.saturating_add(
						T::Reports::end_weight().saturating_mul(T::MaxLeaders::get().into()),
					),
			)
			.into())
		}

		/// Remove a collective request pending for [`Config::RequestLifetime`] blocks or more,
		/// returning its deposit in full: expiry is not a fault.
		///
		/// ## Origin
		/// Signed: any account.
		///
		/// ## Errors
		/// - [`Error::RequestNotFound`] if no request has that id.
		/// - [`Error::NotExpired`] before the end of its lifetime.
		///
		/// ## Events
		/// [`Event::CollectiveRequestExpired`].
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::remove_expired_request())]
		pub fn remove_expired_request(
			origin: OriginFor<T>,
			request_id: RequestId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_remove_expired_request(request_id)
		}

		/// Remove a membership application pending for [`Config::RequestLifetime`] blocks or
		/// more, returning its deposit in full: expiry is not a fault. [`Config::MembershipHooks`]
		/// are told as of a withdrawal ([`bmx_primitives::governance::MembershipLoss::Left`]).
		///
		/// ## Origin
		/// Signed: any account.
		///
		/// ## Errors
		/// - [`Error::NotMember`] if `who` holds no membership or application.
		/// - [`Error::NotApplicant`] if `who` is a member already.
		/// - [`Error::NotExpired`] before the end of its lifetime.
		/// - A [`Config::MembershipHooks`] error if a hook refuses.
		///
		/// ## Events
		/// [`Event::ApplicationExpired`].
		#[pallet::call_index(21)]
		#[pallet::weight(
			T::WeightInfo::remove_expired_application()
				.saturating_add(T::MembershipHooks::weight())
		)]
		pub fn remove_expired_application(
			origin: OriginFor<T>,
			who: T::AccountId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_remove_expired_application(who)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// The collectives with fewer than [`Config::MinLeaders`] leaders, which need an
		/// appointment. At most [`Config::MaxCollectives`] reads.
		pub fn collectives_needing_appointment() -> Vec<CollectiveId> {
			Collectives::<T>::iter_keys().filter(|c| Self::needs_appointment(*c)).collect()
		}

		/// Whether `who` holds a membership and accepted the code of ethics in force.
		pub fn is_code_of_ethics_current(who: T::AccountId) -> bool {
			match (Members::<T>::get(&who), CodeOfEthics::<T>::get()) {
				(Some(member), Some(current)) => member.code_of_ethics == current,
				_ => false,
			}
		}

		/// The current leaders of `collective`, in appointment order.
		pub fn leaders(collective: CollectiveId) -> Vec<T::AccountId> {
			Leaders::<T>::get(collective).into_iter().map(|l| l.who).collect()
		}

		/// The leader terms `who` has served in its life, appointments and renewals together, in
		/// any collectives (the current one included). It may serve
		/// `1 + MaxLeaderRenewals` in all.
		pub fn leader_terms_served(who: T::AccountId) -> u32 {
			LeaderTermsServed::<T>::get(who)
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The weight of `on_initialize` when `expiries` terms end: the pallet's own and the end of
	/// each leader's report obligation.
	pub fn on_initialize_weight(expiries: u32) -> Weight {
		T::WeightInfo::on_initialize(expiries)
			.saturating_add(T::Reports::end_weight().saturating_mul(expiries.into()))
	}

	/// The collective of `who` if it is an active member.
	pub fn active_collective_of(who: &T::AccountId) -> Option<CollectiveId> {
		Members::<T>::get(who)
			.filter(|m| m.status == MemberStatus::Active)
			.map(|m| m.collective)
	}

	/// Whether `who` is a current leader of `collective`.
	pub fn is_leader(collective: CollectiveId, who: &T::AccountId) -> bool {
		Leaders::<T>::get(collective).iter().any(|l| &l.who == who)
	}

	/// Whether `collective` exists and has fewer than [`Config::MinLeaders`] leaders.
	pub fn needs_appointment(collective: CollectiveId) -> bool {
		Collectives::<T>::contains_key(collective)
			&& (Leaders::<T>::decode_len(collective).unwrap_or(0) as u32) < T::MinLeaders::get()
	}
}

/// Whether two stated institutions are the same, ignoring ASCII case and surrounding spaces.
pub fn same_institution(a: &[u8], b: &[u8]) -> bool {
	a.trim_ascii().eq_ignore_ascii_case(b.trim_ascii())
}

impl<T: Config> CollectiveInspect<T::AccountId> for Pallet<T> {
	fn collective_exists(collective: CollectiveId) -> bool {
		Collectives::<T>::contains_key(collective)
	}

	/// At most [`Config::MaxCollectives`] reads.
	fn collectives() -> Vec<CollectiveId> {
		let mut ids: Vec<CollectiveId> = Collectives::<T>::iter_keys().collect();
		ids.sort();
		ids
	}

	fn collective_of(who: &T::AccountId) -> Option<CollectiveId> {
		Members::<T>::get(who).map(|m| m.collective)
	}

	fn active_collective_of(who: &T::AccountId) -> Option<CollectiveId> {
		Pallet::<T>::active_collective_of(who)
	}

	fn is_code_of_ethics_current(who: &T::AccountId) -> bool {
		Pallet::<T>::is_code_of_ethics_current(who.clone())
	}

	fn is_leader(collective: CollectiveId, who: &T::AccountId) -> bool {
		Pallet::<T>::is_leader(collective, who)
	}

	fn leaders(collective: CollectiveId) -> Vec<T::AccountId> {
		Pallet::<T>::leaders(collective)
	}

	/// At most [`Config::MaxMembersPerCollective`] reads of the roster and as many of the
	/// memberships.
	fn active_members(collective: CollectiveId) -> Vec<T::AccountId> {
		CollectiveMembers::<T>::iter_key_prefix(collective)
			.filter(|who| Pallet::<T>::active_collective_of(who) == Some(collective))
			.collect()
	}
}

/// A leader answers for its own reports ([`ReportSubject::Leader`]); the registry answers for no
/// other subject.
impl<T: Config> ReportAnswerers<T::AccountId> for Pallet<T> {
	fn answers_for(subject: &ReportSubject<T::AccountId>, who: &T::AccountId) -> bool {
		matches!(subject, ReportSubject::Leader(leader) if leader == who)
	}
}

/// The members' elections (`pallet-leadership-elections`) appoint and renew leaders through the
/// register, under exactly the rules of [`Pallet::appoint_leader`] and [`Pallet::renew_leader`].
impl<T: Config> LeadershipRegister<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn appoint(collective: CollectiveId, who: &T::AccountId) -> DispatchResult {
		Self::do_appoint_leader(collective, who)
	}

	/// The collective is the one `who` belongs to: a leader leads its own collective only.
	fn renew(who: &T::AccountId) -> DispatchResult {
		let collective = Members::<T>::get(who).ok_or(Error::<T>::NotLeader)?.collective;
		Self::do_renew_leader(collective, who.clone())
	}

	fn term_of(who: &T::AccountId) -> Option<(CollectiveId, BlockNumberFor<T>)> {
		let collective = Members::<T>::get(who)?.collective;
		Leaders::<T>::get(collective)
			.iter()
			.find(|l| &l.who == who)
			.map(|l| (collective, l.expires_at))
	}

	/// 0 for a collective that does not exist.
	fn vacancies(collective: CollectiveId) -> u32 {
		if !Collectives::<T>::contains_key(collective) {
			return 0;
		}
		let leaders = Leaders::<T>::decode_len(collective).unwrap_or(0) as u32;
		T::MaxLeaders::get().saturating_sub(leaders)
	}

	fn appoint_weight() -> Weight {
		T::WeightInfo::appoint_leader().saturating_add(T::Reports::begin_weight())
	}

	fn renew_weight() -> Weight {
		T::WeightInfo::renew_leader()
	}
}

/// What the benchmarks need from outside the register: a node for a collective, so that
/// [`Pallet::unflag_collective`] can be measured. The runtime implements it with node
/// integration; `()` does nothing (that benchmark then fails).
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper {
	/// Make `collective` run at least one node ([`Config::Nodes`]).
	fn run_node(collective: CollectiveId);
}

#[cfg(feature = "runtime-benchmarks")]
impl BenchmarkHelper for () {
	fn run_node(_collective: CollectiveId) {}
}
