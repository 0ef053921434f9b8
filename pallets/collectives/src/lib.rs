//! # Collectives pallet
//!
//! The collectives that govern Blockchain MX, their members (who run nodes) and their leaders.
//!
//! ## Overview
//!
//! The network follows the 2018 "Red Blockchain México" governance model: it is run by
//! collectives of sectors (academia, business, public sector, civil society), each of whose
//! members runs a node, and it is steered by an Executive Council under the eye of an Advisory
//! Council. This pallet is the register of that model: collectives, members and leaders (phase
//! 1), the councils, node integration, project integration, capital and periodic reports (phase
//! 2).
//!
//! - **Collectives.** The founding ones come from genesis. Anyone may submit a written request
//!   for a new one ([`Pallet::request_collective`]), paying a deposit ([`HoldReason`]) that is
//!   returned whatever the outcome: when [`Config::ExecutiveOrigin`] approves it (the collective
//!   is created) or rejects it (with the hash of its reasons), or when the applicant withdraws it.
//!   A request only costs the time it is pending; there is no slashing.
//! - **Members.** An account applies to one collective ([`Pallet::apply_for_membership`]),
//!   stating its institution and accepting the code of ethics in force, and pays
//!   [`Config::MembershipApplicationDeposit`] ([`HoldReason::MembershipApplication`]) against
//!   spam. The collective's leaders admit or reject it; the Executive Council does so while a
//!   collective has no leaders. The deposit is returned whatever the outcome: on admission (an
//!   admitted member answers for its conduct through suspension instead), on rejection, and when
//!   the applicant withdraws ([`Pallet::leave`]) or is expelled. The Executive Council suspends
//!   members who breach the code of ethics, reinstates them, and expels members
//!   ([`Pallet::expel_member`]). Each account holds one membership at most, in one collective.
//! - **Code of ethics.** [`CodeOfEthics`] holds the hash of the version in force. Members record
//!   the version they accepted; after a new version, [`Pallet::is_code_of_ethics_current`] tells
//!   who must accept again ([`Pallet::accept_code_of_ethics`]). A member who is not up to date
//!   cannot be admitted, appointed leader or renewed, and a leader who is not up to date cannot
//!   admit or reject applications.
//! - **Leaders.** Each collective has [`Config::MinLeaders`] to [`Config::MaxLeaders`] leaders,
//!   active members of it, never two from the same institution, appointed by the Executive
//!   Council for [`Config::LeaderTerm`] blocks. A term can be renewed [`Config::MaxLeaderRenewals`]
//!   times, each time within [`Config::RenewalWindow`] blocks before it ends; a renewal adds one
//!   term to the current end, so terms stay contiguous. Terms end by themselves at the start of
//!   their last block ([`LeaderExpiries`], at most [`Config::MaxExpiriesPerBlock`] per block).
//!   A collective with fewer than `MinLeaders` leaders needs an appointment: the pallet emits
//!   [`Event::LeadersFellShort`] when that becomes true and [`Event::LeadersRestored`] when an
//!   appointment brings it back to `MinLeaders`, and
//!   [`Pallet::collectives_needing_appointment`] lists them.
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
//!   suspended or expelled) loses the seat; the Secretary need not be a member.
//! - **Advisory Council.** At most [`Config::MaxAdvisors`] advisors ([`Advisors`]). Anyone
//!   submits a written request ([`Pallet::request_advisory_seat`]) with a deposit
//!   ([`HoldReason::AdvisoryRequest`]) returned whatever the outcome; the Executive Council
//!   admits or rejects it. Terms last [`Config::AdvisoryTerm`] blocks and are renewable
//!   [`Config::MaxAdvisorRenewals`] times within [`Config::RenewalWindow`] blocks of their end.
//! - **Terms** of executive seats and advisors end by themselves at the start of their last
//!   block ([`SeatExpiries`], at most [`Config::MaxExpiriesPerBlock`] per block, like the
//!   leaders' [`LeaderExpiries`]).
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
//! - **Node integration.** This pallet is `pallet-session`'s `SessionManager`. An active member
//!   up to date with the code of ethics, with session keys registered (`session.setKeys`,
//!   [`Config::ValidatorRegistration`]), applies with the hashes of its letter of intent and
//!   adhesion form ([`Pallet::apply_for_node`]); its collective's leaders endorse it
//!   ([`Pallet::endorse_node`]) until more than half of the current leaders did; the node
//!   commission ([`Config::NodeCommissionOrigin`]) approves it ([`Pallet::approve_node`]) and the
//!   node enters [`Validators`], which the next session plan hands to `pallet-session`
//!   (`new_session` returns a set only when it changed, [`PlanPending`]). The node commission
//!   removes, suspends and resumes nodes, out of (or back into) the set at the next plan. Each
//!   collective has a quota of [`Config::MaxValidatorsPerCollective`] nodes (active and
//!   suspended), the network at most [`Config::MaxValidators`] and at least
//!   [`Config::MinValidators`] active ones, and removing or suspending a collective's last
//!   active node is refused ([`Error::LastNodeOfCollective`]).
//! - **Members and nodes.** A member that runs a node (active or suspended) cannot leave
//!   ([`Error::RunsNode`]): the node commission removes the node first. When the Executive
//!   Council suspends or expels a member, its node leaves the set even if it is its
//!   collective's last one (never below [`Config::MinValidators`], which refuses the
//!   suspension or expulsion), [`Event::CollectiveWithoutNodes`] reports it,
//!   [`CollectivesWithoutNodes`] flags the collective until one of its nodes joins the set again,
//!   and [`Pallet::collectives_without_nodes`] lists every collective that runs no active node.
//!   Leaving, suspension and expulsion also drop a pending node application.
//! - **Projects.** Users run applications (projects) on the network. A leader of a collective
//!   proposes one ([`Pallet::propose_project`]): the account that runs it, the hashes of its
//!   description and of the justification of its public value, and the https address of its
//!   open-source repository. The projects commission ([`Config::ProjectsCommissionOrigin`])
//!   recommends it to the Executive Council or declines it; the Executive Council approves or
//!   rejects a recommended one. An approved project is registered ([`Projects`]) with its
//!   account ([`ProjectOf`]); the Executive Council retires it. The collective's leaders may
//!   withdraw an application while it is pending. At most [`Config::MaxPendingProjects`]
//!   applications are pending and [`Config::MaxProjects`] projects registered; an account backs
//!   one project at most, pending or registered.
//! - **Capital.** This is the fee model: each collective has a treasury account,
//!   [`Pallet::treasury_account`], the sub-account of [`Config::PalletId`] for the collective's id
//!   (`PalletId::into_sub_account_truncating(collective)`). Anyone funds it with an ordinary
//!   transfer; [`Pallet::treasury_balance`] shows its balance. The collective's leaders grant
//!   capital (tokens to pay fees) from it ([`Pallet::grant_capital`]) to the active nodes of its
//!   members and to its registered projects, at most [`Config::MaxGrantPerPeriod`] per
//!   collective in each period of [`Config::CapitalPeriod`] blocks (the period of block `n` is
//!   `n / CapitalPeriod`; [`CapitalGranted`] keeps the latest period's total, which starts from
//!   zero in a new period, and [`Pallet::capital_available`] tells what can still be granted).
//!   The transfer keeps the treasury alive (`Preservation::Preserve`): a treasury never falls
//!   below the existential deposit, so it must be funded with more than that.
//! - **Reports (checks and balances).** Each duty comes with periodic reports, documents kept
//!   off chain of which the chain stores the hash ([`ReportSubject`]): a member that runs a node
//!   reports on its performance every [`Config::MemberReportPeriod`] blocks (monthly), a
//!   registered project (its users) every [`Config::ProjectReportPeriod`] and a leader every
//!   [`Config::LeaderReportPeriod`] (bimonthly), each commission every
//!   [`Config::CommissionReportPeriod`] (monthly), the Executive Secretary every
//!   [`Config::SecretaryReportPeriod`] and the Advisory Council every
//!   [`Config::AdvisoryReportPeriod`] (quarterly). [`ReportDue`] holds the block by which each
//!   current obligation's next report is due. An obligation begins, due one period later, when
//!   the duty begins: a member's node joins the set ([`Event::NodeApproved`], or genesis), a
//!   project is approved ([`Event::ProjectApproved`]), a leader is appointed
//!   ([`Event::LeaderAppointed`]), a commission gets its first commissioner or the Secretary is
//!   designated ([`Event::ExecutiveDesignated`]), the Advisory Council gets its first advisor
//!   ([`Event::AdvisorAdmitted`], or genesis). It ends, with its last report, when the duty
//!   ends: the node is removed (by the node commission, or with its member's suspension or
//!   expulsion: [`Event::NodeRemoved`]; a suspended node still reports), the project is retired
//!   ([`Event::ProjectRetired`]), the leadership ends ([`Event::LeadershipEnded`]), the
//!   commission's last commissioner or the Secretary leaves ([`Event::ExecutiveSeatEnded`]), the
//!   last advisor leaves ([`Event::AdvisorySeatEnded`]). A replaced Secretary's successor
//!   inherits the due block. Whoever answers for the subject submits the report
//!   ([`Pallet::submit_report`]): the member, the project's account, the leader, any
//!   commissioner of the commission, the Secretary, any advisor. The report due at block `due`
//!   covers the period up to `due` and is accepted after block `due - period`: on time (at `due`
//!   at the latest) the next is due at `due + period`; late, at `now + period`.
//!   [`Pallet::overdue_reports`] lists who is overdue (due before the current block), a page at
//!   a time; [`LastReports`] keeps each obligation's last report.
//!
//! ## Terminology
//!
//! - **Colectivo (collective)**: an organisation of a sector whose members run nodes.
//! - **Miembro (member)**: an individual or institution running a node in one collective. It
//!   states its institution (public) and nothing personal.
//! - **Líder (leader)**: a member appointed by the Executive Council to lead its collective for a
//!   term: admits members and, in later phases, endorses nodes and projects.
//! - **Código de ética (code of ethics)**: the network's rules of conduct; its document stays off
//!   chain, its hash is on chain, and every member records the version it accepted.
//! - **Consejo Ejecutivo (Executive Council)**: the body behind [`Config::ExecutiveOrigin`].
//! - **Solicitud por escrito (written request)**: a document kept off chain, of which the chain
//!   stores the hash.
//! - **Needing an appointment**: a collective with fewer than [`Config::MinLeaders`] leaders.
//! - **Secretario Ejecutivo (Executive Secretary)**: the prime of the Executive Council; the only
//!   one who tables its motions.
//! - **Comisión de proyectos / de integración de nodos (projects / node-integration
//!   commission)**: the two commissions of the Executive Council, one commissioner per
//!   collective each.
//! - **Consejo Consultivo (Advisory Council)**: the body behind [`Config::AdvisoryOrigin`]; it
//!   designates the executive on the leaders' proposal.
//! - **Carta de intención, formulario de adhesión (letter of intent, adhesion form)**: the
//!   documents of a node application, kept off chain; the chain stores their hashes.
//! - **Endorsed**: a node application endorsed by more than half of its collective's current
//!   leaders.
//! - **Quota**: [`Config::MaxValidatorsPerCollective`], the nodes a collective may run.
//! - **Usuario (user)**: who runs an application (a project) on the network.
//! - **Proyecto (project)**: an application proposed by a collective's leaders; **registered**
//!   once the Executive Council approved it on the projects commission's recommendation.
//! - **Tesorería (treasury)**: the account of a collective from which its leaders grant capital.
//! - **Capital**: tokens granted to a node or a project to pay its transaction fees.
//! - **Capital period**: [`Config::CapitalPeriod`] blocks, within which a collective grants at
//!   most [`Config::MaxGrantPerPeriod`].
//! - **Informe (report)**: a periodic account of a duty, kept off chain; the chain stores its
//!   hash. Monthly, bimonthly and quarterly are [`Config::MemberReportPeriod`] and its siblings,
//!   in blocks.
//! - **Overdue**: an obligation whose due block has passed without a report.
//!
//! ## Pallet API
//!
//! Collectives:
//! - [`Pallet::request_collective`]: submit a written request for a new collective (signed).
//! - [`Pallet::approve_collective_request`], [`Pallet::reject_collective_request`]: decide it
//!   ([`Config::ExecutiveOrigin`]).
//! - [`Pallet::withdraw_collective_request`]: withdraw it (the applicant).
//!
//! Members:
//! - [`Pallet::set_code_of_ethics`]: put a new version in force ([`Config::ExecutiveOrigin`]).
//! - [`Pallet::apply_for_membership`], [`Pallet::accept_code_of_ethics`], [`Pallet::leave`]:
//!   the member itself (signed).
//! - [`Pallet::admit_member`], [`Pallet::reject_application`]: a leader of the collective, or
//!   [`Config::ExecutiveOrigin`] while it has no leaders.
//! - [`Pallet::suspend_member`], [`Pallet::reinstate_member`], [`Pallet::expel_member`]:
//!   [`Config::ExecutiveOrigin`].
//!
//! Leaders ([`Config::ExecutiveOrigin`]):
//! - [`Pallet::appoint_leader`], [`Pallet::renew_leader`], [`Pallet::remove_leader`].
//!
//! Councils:
//! - [`Pallet::propose_executive`], [`Pallet::withdraw_executive_proposal`]: a leader (signed).
//! - [`Pallet::designate_executive`], [`Pallet::remove_executive`]:
//!   [`Config::AdvisoryOrigin`].
//! - [`Pallet::request_advisory_seat`], [`Pallet::withdraw_advisory_request`]: the applicant
//!   (signed).
//! - [`Pallet::admit_advisor`], [`Pallet::reject_advisory_request`], [`Pallet::renew_advisor`],
//!   [`Pallet::remove_advisor`]: [`Config::ExecutiveOrigin`].
//! - [`Pallet::table_motion`]: the Executive Secretary (signed).
//!
//! Nodes:
//! - [`Pallet::apply_for_node`], [`Pallet::withdraw_node_application`]: the member (signed).
//! - [`Pallet::endorse_node`]: a leader of the applicant's collective (signed).
//! - [`Pallet::approve_node`], [`Pallet::reject_node`], [`Pallet::remove_node`],
//!   [`Pallet::suspend_node`], [`Pallet::resume_node`]: [`Config::NodeCommissionOrigin`].
//!
//! Projects:
//! - [`Pallet::propose_project`], [`Pallet::withdraw_project`]: a leader of the collective
//!   (signed).
//! - [`Pallet::recommend_project`], [`Pallet::decline_project`]:
//!   [`Config::ProjectsCommissionOrigin`].
//! - [`Pallet::approve_project`], [`Pallet::reject_project`], [`Pallet::retire_project`]:
//!   [`Config::ExecutiveOrigin`].
//!
//! Capital:
//! - [`Pallet::grant_capital`]: a leader of the collective (signed).
//!
//! Reports:
//! - [`Pallet::submit_report`]: who answers for the subject (signed).
//!
//! | Call | index | Origin |
//! |---|---|---|
//! | `request_collective` | 0 | signed: anyone |
//! | `approve_collective_request` | 1 | `ExecutiveOrigin` |
//! | `reject_collective_request` | 2 | `ExecutiveOrigin` |
//! | `withdraw_collective_request` | 3 | signed: the applicant |
//! | `set_code_of_ethics` | 4 | `ExecutiveOrigin` |
//! | `apply_for_membership` | 5 | signed: anyone |
//! | `admit_member` | 6 | signed: a leader of the collective; `ExecutiveOrigin` while it has none |
//! | `reject_application` | 7 | signed: a leader of the collective; `ExecutiveOrigin` while it has none |
//! | `accept_code_of_ethics` | 8 | signed: the member |
//! | `suspend_member` | 9 | `ExecutiveOrigin` |
//! | `reinstate_member` | 10 | `ExecutiveOrigin` |
//! | `leave` | 11 | signed: the member |
//! | `appoint_leader` | 12 | `ExecutiveOrigin` |
//! | `renew_leader` | 13 | `ExecutiveOrigin` |
//! | `remove_leader` | 14 | `ExecutiveOrigin` |
//! | `expel_member` | 15 | `ExecutiveOrigin` |
//! | `propose_executive` | 16 | signed: a leader (of the collective, for a commissioner seat) |
//! | `withdraw_executive_proposal` | 17 | signed: the proposer |
//! | `designate_executive` | 18 | `AdvisoryOrigin` |
//! | `remove_executive` | 19 | `AdvisoryOrigin` |
//! | `request_advisory_seat` | 20 | signed: anyone |
//! | `withdraw_advisory_request` | 21 | signed: the applicant |
//! | `admit_advisor` | 22 | `ExecutiveOrigin` |
//! | `reject_advisory_request` | 23 | `ExecutiveOrigin` |
//! | `renew_advisor` | 24 | `ExecutiveOrigin` |
//! | `remove_advisor` | 25 | `ExecutiveOrigin` |
//! | `table_motion` | 26 | signed: the Executive Secretary |
//! | `apply_for_node` | 27 | signed: an active member |
//! | `withdraw_node_application` | 28 | signed: the applicant |
//! | `endorse_node` | 29 | signed: a leader of the applicant's collective |
//! | `approve_node` | 30 | `NodeCommissionOrigin` |
//! | `reject_node` | 31 | `NodeCommissionOrigin` |
//! | `remove_node` | 32 | `NodeCommissionOrigin` |
//! | `suspend_node` | 33 | `NodeCommissionOrigin` |
//! | `resume_node` | 34 | `NodeCommissionOrigin` |
//! | `propose_project` | 35 | signed: a leader of the collective |
//! | `withdraw_project` | 36 | signed: a leader of the proposing collective |
//! | `recommend_project` | 37 | `ProjectsCommissionOrigin` |
//! | `decline_project` | 38 | `ProjectsCommissionOrigin` |
//! | `approve_project` | 39 | `ExecutiveOrigin` |
//! | `reject_project` | 40 | `ExecutiveOrigin` |
//! | `retire_project` | 41 | `ExecutiveOrigin` |
//! | `grant_capital` | 42 | signed: a leader of the collective |
//! | `submit_report` | 43 | signed: the member, the project's account, the leader, a commissioner of the commission, the Secretary, an advisor |
//!
//! For other pallets: [`traits::CollectiveInspect`], [`traits::NetworkInspect`] (nodes and
//! seats), [`traits::ProjectInspect`] (registered projects), the `Contains` and `SortedMembers` types [`traits::ActiveMembers`],
//! [`traits::CurrentLeaders`], [`traits::LeadersOf`], and the origins [`traits::EnsureLeader`]
//! and [`traits::EnsureActiveMember`]. The runtime provides [`traits::ExecutiveMotions`]. The
//! pallet implements `pallet_session::SessionManager`. View functions:
//! [`Pallet::collectives_needing_appointment`], [`Pallet::is_code_of_ethics_current`],
//! [`Pallet::leaders`], [`Pallet::collectives_without_nodes`], [`Pallet::treasury_account`],
//! [`Pallet::treasury_balance`], [`Pallet::capital_available`], [`Pallet::report_due`],
//! [`Pallet::overdue_reports`].
//!
//! ## Assumptions
//!
//! - The Executive Council reviews documents off chain: the chain checks hashes, bounds and the
//!   rules above, not the content. Institutions are declared, not verified; two leaders'
//!   institutions are compared ignoring ASCII case and surrounding spaces.
//! - Personal data never goes on chain: an institution's name is public, a person's is not.
//! - Renewal limits count renewals since an appointment. Removing a leader and appointing it
//!   again starts a new count; that is the Executive Council's decision to make.
//! - Suspending or losing a member who is a leader ends its leadership at once; reinstatement
//!   does not restore it.
//! - A suspended member cannot leave, so that the suspension stays on record until the Executive
//!   Council reinstates or expels it. Expulsion removes the membership (and any leadership) at
//!   once; the account may apply again, which the leaders decide on like any application.
//! - `MaxExpiriesPerBlock` should be at least `MaxCollectives * MaxLeaders`, and at least
//!   `1 + 2 * MaxCollectives + MaxAdvisors` (the executive and advisory terms have their own
//!   schedule with the same bound), so that no appointment, designation or admission is ever
//!   refused for a full expiry bucket; smaller values are safe (the call is refused with
//!   [`Error::ExpiryScheduleFull`]) but inconvenient.
//! - Executive seats are not renewed: the Advisory Council designates the holder again, on a
//!   leader's proposal, which starts a new term ([`Seat::renewals`] stays 0 for them). A
//!   proposal counts only while its proposer leads (the represented collective for a
//!   commissioner seat); proposals of former leaders are dropped at the next proposal and all
//!   of a seat's proposals are cleared by a designation.
//! - Pending advisory requests share the bound [`Config::MaxPendingRequests`] with collective
//!   requests (each kind up to that many); pending node applications are bounded by
//!   [`Config::MaxValidators`].
//! - Endorsements are counted at approval against the current leaders; a collective without
//!   leaders cannot get nodes approved until the Executive Council appoints some.
//! - A suspended node keeps its place in its collective's quota and in
//!   [`Config::MaxValidators`], so that resuming it never fails for lack of room.
//! - The validator id used by `pallet-session` is the account id (`ValidatorIdOf` is identity),
//!   and the founding validators' session keys come from `pallet-session`'s genesis.
//!   [`Config::MinValidators`] is enforced on removals and suspensions; a genesis without
//!   validators leaves the first set to `pallet-session`.
//! - The benchmarks of node removal and suspension need [`Config::MaxValidatorsPerCollective`]
//!   of at least 2 and [`Config::MinValidators`] below [`Config::MaxValidators`].
//! - A project's repository is checked for its form only (an https address of printable ASCII
//!   without spaces, with a host); that it is reachable and open source is the commission's
//!   judgement. Any leader of the proposing collective, not only the proposer, may withdraw a
//!   pending application. A project stays registered when its collective's leaders change;
//!   only the Executive Council retires it. A project's account may be any account, a member's
//!   included.
//! - Capital goes to accounts, not to uses: the chain does not check that granted tokens pay
//!   fees. A leader may grant to its own node. Suspended nodes receive no capital. The limit
//!   counts grants, not the treasury's balance, and periods are fixed windows of block numbers
//!   (a grant at the end of one period and another at the start of the next may follow each
//!   other closely). A grant to a new account must reach the existential deposit.
//! - The treasury accounts are distinct only if the account id keeps the 4 bytes of the
//!   collective's id after the 4-byte `modl` prefix and the 8-byte pallet id: true for 32-byte
//!   accounts, not for the `u64` accounts of the unit tests.
//! - Reports are checked for who submits them and when, not for their content, which the
//!   bodies concerned review off chain. Being overdue has no automatic consequence: the
//!   Executive Council (or the node commission) decides, with [`Pallet::overdue_reports`] at
//!   hand. A commission's or the Advisory Council's report is one per body: the first of its
//!   members to submit it fulfils the period. Periods are counted in blocks, so a "month" is
//!   as long as the runtime's `MemberReportPeriod` says (432 000 blocks of 6 s for 30 days).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod traits;
mod try_state;
pub mod types;
pub mod weights;

use alloc::{boxed::Box, vec::Vec};
use frame_support::{
	dispatch::GetDispatchInfo,
	pallet_prelude::*,
	traits::{
		fungible::{self, MutateHold},
		tokens::{Fortitude, Precision, Preservation},
		ChangeMembers, Defensive, ValidatorRegistration,
	},
	PalletId,
};
use frame_system::pallet_prelude::*;
use sp_runtime::traits::{
	AccountIdConversion, CheckedAdd, CheckedDiv, Dispatchable, Hash, Saturating, Zero,
};
use sp_staking::SessionIndex;
use traits::ExecutiveMotions;

/// The balance type of [`Config::Currency`].
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A bounded name: of a collective or of an institution.
pub type NameOf<T> = BoundedVec<u8, <T as Config>::MaxNameLength>;

/// A collective as stored.
pub type CollectiveInfoOf<T> = CollectiveInfo<NameOf<T>, BlockNumberFor<T>>;

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

/// A council seat as stored.
pub type SeatOf<T> = Seat<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

/// The pending proposals for one executive seat.
pub type SeatProposalsOf<T> = BoundedVec<
	SeatProposal<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>,
	<T as Config>::MaxSeatProposals,
>;

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

/// A pending node application as stored.
pub type NodeApplicationOf<T> = NodeApplication<
	BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxLeaders>,
	BlockNumberFor<T>,
>;

/// The validator set: each node with the collective it runs for.
pub type ValidatorsOf<T> = BoundedVec<
	(<T as frame_system::Config>::AccountId, CollectiveId),
	<T as Config>::MaxValidators,
>;

/// The https address of a project's repository, as stored.
pub type RepositoryOf<T> = BoundedVec<u8, <T as Config>::MaxUrlLength>;

/// A project, pending or registered, as stored.
pub type ProjectInfoOf<T> =
	ProjectInfo<<T as frame_system::Config>::AccountId, RepositoryOf<T>, BlockNumberFor<T>>;

/// Who owes a periodic report, as stored.
pub type ReportSubjectOf<T> = ReportSubject<<T as frame_system::Config>::AccountId>;

/// The most entries [`Pallet::overdue_reports`] returns at once.
pub const MAX_OVERDUE_REPORTS: u32 = 256;

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

/// Registers session keys for an account, so that benchmarks can make it a validator.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Make `who` pass [`Config::ValidatorRegistration`].
	fn register_session_keys(who: &AccountId);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The Executive Council: decides collective requests, sets the code of ethics, suspends
		/// reinstates and expels members, appoints, renews and removes leaders, admits members of a
		/// collective that has no leaders, and admits, renews and removes advisors.
		type ExecutiveOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The currency in which request and application deposits are held.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The deposit held for a pending collective request. Not zero.
		#[pallet::constant]
		type CollectiveRequestDeposit: Get<BalanceOf<Self>>;

		/// The deposit held for a pending membership application, returned when it is decided or
		/// withdrawn.
		#[pallet::constant]
		type MembershipApplicationDeposit: Get<BalanceOf<Self>>;

		/// The longest name of a collective or an institution, in bytes.
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
		#[pallet::constant]
		type MinLeaders: Get<u32>;

		/// The largest number of leaders of a collective.
		#[pallet::constant]
		type MaxLeaders: Get<u32>;

		/// The length of a leader's term, in blocks.
		#[pallet::constant]
		type LeaderTerm: Get<BlockNumberFor<Self>>;

		/// How many times a term can be renewed after the appointment.
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

		/// The Advisory Council: designates the Executive Secretary and the commissioners on the
		/// leaders' proposal, and removes them.
		type AdvisoryOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Receives the Executive Council's membership (the Secretary and every commissioner)
		/// and its prime (the Secretary) whenever they change.
		type ExecutiveCouncil: ChangeMembers<Self::AccountId>;

		/// Receives the Advisory Council's membership (the advisors) whenever it changes.
		type AdvisoryCouncil: ChangeMembers<Self::AccountId>;

		/// Receives the node-integration commission's membership whenever it changes.
		type NodeCommission: ChangeMembers<Self::AccountId>;

		/// Receives the projects commission's membership whenever it changes.
		type ProjectsCommission: ChangeMembers<Self::AccountId>;

		/// A call the Executive Council can decide on: the runtime's `RuntimeCall`.
		type ExecutiveProposal: Parameter
			+ Dispatchable<RuntimeOrigin = Self::RuntimeOrigin>
			+ GetDispatchInfo;

		/// Tables the Secretary's motions in the Executive Council's collective, with the
		/// Secretary's aye recorded.
		type ExecutiveMotions: ExecutiveMotions<Self::AccountId, Self::ExecutiveProposal>;

		/// The members besides the Secretary whose ayes make an ordinary decision valid.
		#[pallet::constant]
		type OrdinaryQuorum: Get<u32>;

		/// The members besides the Secretary whose ayes make an extraordinary decision valid.
		#[pallet::constant]
		type ExtraordinaryQuorum: Get<u32>;

		/// The length of an executive term (the Secretary's or a commissioner's), in blocks.
		#[pallet::constant]
		type ExecutiveTerm: Get<BlockNumberFor<Self>>;

		/// The largest number of pending proposals for one executive seat.
		#[pallet::constant]
		type MaxSeatProposals: Get<u32>;

		/// The largest number of advisors.
		#[pallet::constant]
		type MaxAdvisors: Get<u32>;

		/// The length of an advisor's term, in blocks. At least [`Config::RenewalWindow`].
		#[pallet::constant]
		type AdvisoryTerm: Get<BlockNumberFor<Self>>;

		/// How many times an advisor's term can be renewed after the admission.
		#[pallet::constant]
		type MaxAdvisorRenewals: Get<u32>;

		/// The deposit held for a pending advisory request, returned when it is decided or
		/// withdrawn.
		#[pallet::constant]
		type AdvisoryRequestDeposit: Get<BalanceOf<Self>>;

		/// The node-integration commission: approves, rejects, removes, suspends and resumes
		/// nodes.
		type NodeCommissionOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Tells whether an account has registered its session keys (`pallet-session`).
		type ValidatorRegistration: ValidatorRegistration<Self::AccountId>;

		/// The smallest validator set; removals and suspensions below it are refused. At least 1.
		#[pallet::constant]
		type MinValidators: Get<u32>;

		/// The largest number of nodes, active and suspended; also bounds the pending node
		/// applications. Must not exceed the Aura and GRANDPA authority limits of the runtime.
		#[pallet::constant]
		type MaxValidators: Get<u32>;

		/// The largest number of nodes, active and suspended, of one collective: its quota.
		#[pallet::constant]
		type MaxValidatorsPerCollective: Get<u32>;

		/// The projects commission: recommends project applications to the Executive Council or
		/// declines them.
		type ProjectsCommissionOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The longest repository address of a project, in bytes. At least 9 (`https://x`).
		#[pallet::constant]
		type MaxUrlLength: Get<u32>;

		/// The largest number of pending project applications (proposed or recommended).
		#[pallet::constant]
		type MaxPendingProjects: Get<u32>;

		/// The largest number of registered (approved) projects.
		#[pallet::constant]
		type MaxProjects: Get<u32>;

		/// The pallet's id. The treasury of each collective is its sub-account
		/// `PalletId::into_sub_account_truncating(collective)` ([`Pallet::treasury_account`]).
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// The length of a capital period, in blocks: the leaders of a collective grant at most
		/// [`Config::MaxGrantPerPeriod`] within each. Periods are numbered from genesis: the
		/// period of block `n` is `n / CapitalPeriod`. Not zero.
		#[pallet::constant]
		type CapitalPeriod: Get<BlockNumberFor<Self>>;

		/// The most capital the leaders of one collective may grant within one capital period.
		/// Not zero.
		#[pallet::constant]
		type MaxGrantPerPeriod: Get<BalanceOf<Self>>;

		/// How often a member that runs a node reports on the node's performance, in blocks
		/// (monthly). Not zero.
		#[pallet::constant]
		type MemberReportPeriod: Get<BlockNumberFor<Self>>;

		/// How often a registered project (its users) reports, in blocks (bimonthly). Not zero.
		#[pallet::constant]
		type ProjectReportPeriod: Get<BlockNumberFor<Self>>;

		/// How often a leader reports, in blocks (bimonthly). Not zero.
		#[pallet::constant]
		type LeaderReportPeriod: Get<BlockNumberFor<Self>>;

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

		/// Registers session keys in benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
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
	/// is held (no application, or a zero deposit); removed when the application is decided or
	/// withdrawn.
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

	/// The Executive Secretary and its term; `None` while the seat is vacant.
	#[pallet::storage]
	pub type ExecutiveSecretary<T: Config> = StorageValue<_, SeatOf<T>, OptionQuery>;

	/// The commissioners: for each commission, the representative of each collective.
	// Hasher: Twox64Concat for the two-variant commission and the pallet-assigned collective id.
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
	pub type Advisors<T: Config> =
		StorageValue<_, BoundedVec<SeatOf<T>, T::MaxAdvisors>, ValueQuery>;

	/// The pending written requests for an advisory seat, with their deposits. At most
	/// [`Config::MaxPendingRequests`].
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

	/// The validator set that the next session plan hands to `pallet-session`: the active
	/// nodes, each with the collective it runs for.
	#[pallet::storage]
	pub type Validators<T: Config> = StorageValue<_, ValidatorsOf<T>, ValueQuery>;

	/// The nodes suspended by the node commission: out of the set, still counted in their
	/// collective's quota.
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type SuspendedNodes<T: Config> = CountedStorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		SuspendedNode<BlockNumberFor<T>>,
		OptionQuery,
	>;

	/// The pending node applications, by applicant. At most [`Config::MaxValidators`].
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type NodeApplications<T: Config> =
		CountedStorageMap<_, Blake2_128Concat, T::AccountId, NodeApplicationOf<T>, OptionQuery>;

	/// Whether [`Validators`] changed since the last session plan.
	#[pallet::storage]
	pub type PlanPending<T: Config> = StorageValue<_, bool, ValueQuery>;

	/// The collectives whose last node the Executive Council's suspension or expulsion of its
	/// member took out of the set, with the block; cleared when one of their nodes joins the
	/// set again.
	// Hasher: Twox64Concat, the ids are assigned by the pallet in order, not chosen by users.
	#[pallet::storage]
	pub type CollectivesWithoutNodes<T: Config> =
		StorageMap<_, Twox64Concat, CollectiveId, BlockNumberFor<T>, OptionQuery>;

	/// The id the next project application gets; a registered project keeps its application's id.
	#[pallet::storage]
	pub type NextProjectId<T: Config> = StorageValue<_, ProjectId, ValueQuery>;

	/// The pending project applications: proposed by a collective's leaders, or recommended by the
	/// projects commission. At most [`Config::MaxPendingProjects`].
	// Hasher: Twox64Concat, the ids are assigned by the pallet in order, not chosen by users.
	#[pallet::storage]
	pub type ProjectApplications<T: Config> =
		CountedStorageMap<_, Twox64Concat, ProjectId, ProjectInfoOf<T>, OptionQuery>;

	/// The registered projects, approved by the Executive Council. At most
	/// [`Config::MaxProjects`].
	// Hasher: Twox64Concat, the ids are assigned by the pallet in order, not chosen by users.
	#[pallet::storage]
	pub type Projects<T: Config> =
		CountedStorageMap<_, Twox64Concat, ProjectId, ProjectInfoOf<T>, OptionQuery>;

	/// Look-up of the registered project an account backs: one at most. Mirrors [`Projects`].
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type ProjectOf<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, ProjectId, OptionQuery>;

	/// The capital each collective's leaders granted in the collective's latest capital period
	/// with a grant: the period (block number divided by [`Config::CapitalPeriod`]) and the
	/// amount, at most [`Config::MaxGrantPerPeriod`]. A grant in a later period starts from zero.
	// Hasher: Twox64Concat, the ids are assigned by the pallet in order, not chosen by users.
	#[pallet::storage]
	pub type CapitalGranted<T: Config> =
		StorageMap<_, Twox64Concat, CollectiveId, (BlockNumberFor<T>, BalanceOf<T>), OptionQuery>;

	/// The block by which each report obligation's next report is due. Present exactly while the
	/// obligation lasts: a member's node runs (active or suspended), a project is registered, a
	/// leader leads, a commission has a commissioner, the Secretary's seat is held, the Advisory
	/// Council has an advisor.
	// Hasher: Blake2_128Concat, the subjects name accounts chosen by users.
	#[pallet::storage]
	pub type ReportDue<T: Config> =
		StorageMap<_, Blake2_128Concat, ReportSubjectOf<T>, BlockNumberFor<T>, OptionQuery>;

	/// The last report of each current obligation: the hash of the document and the block at
	/// which it was submitted. Removed with the obligation.
	// Hasher: Blake2_128Concat, the subjects name accounts chosen by users.
	#[pallet::storage]
	pub type LastReports<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		ReportSubjectOf<T>,
		(DocumentHash, BlockNumberFor<T>),
		OptionQuery,
	>;

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
		/// Leaders for test networks: collective id and an active member of it. Their terms start
		/// at genesis.
		pub leaders: Vec<(CollectiveId, T::AccountId)>,
		/// The founding validators: account and the collective (of which it is a genesis member)
		/// it runs for. Each needs session keys in `pallet-session`'s genesis. Empty means that
		/// `pallet-session`'s genesis keys decide the first set.
		pub validators: Vec<(T::AccountId, CollectiveId)>,
		/// The founding Executive Council: seats and their holders (a commissioner must be a
		/// genesis member of the collective it represents). Their terms start at genesis. Without
		/// it nobody could designate anyone: the Advisory Council designates executives and the
		/// Executive Council admits advisors.
		pub executive: Vec<(ExecutiveSeat, T::AccountId)>,
		/// The founding Advisory Council. Their terms start at genesis.
		pub advisors: Vec<T::AccountId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if let Some(hash) = self.code_of_ethics {
				CodeOfEthics::<T>::put(hash);
			}
			for (name, kind) in &self.collectives {
				let Ok(name) = NameOf::<T>::try_from(name.clone()) else {
					panic!("genesis collective name is longer than MaxNameLength");
				};
				if let Err(e) = Pallet::<T>::do_create_collective(name, *kind, None) {
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
			let mut validators = ValidatorsOf::<T>::default();
			for (who, collective) in &self.validators {
				assert!(
					Pallet::<T>::active_collective_of(who) == Some(*collective),
					"genesis validators must be genesis members of their collective"
				);
				assert!(
					!validators.iter().any(|(v, _)| v == who),
					"genesis validators must not contain duplicates"
				);
				let of_collective = validators.iter().filter(|(_, c)| c == collective).count();
				assert!(
					(of_collective as u32) < T::MaxValidatorsPerCollective::get(),
					"genesis validators exceed MaxValidatorsPerCollective"
				);
				assert!(
					validators.try_push((who.clone(), *collective)).is_ok(),
					"genesis validators exceed MaxValidators"
				);
			}
			assert!(
				validators.is_empty() || validators.len() as u32 >= T::MinValidators::get(),
				"genesis needs at least MinValidators validators"
			);
			for (who, _) in validators.iter() {
				Pallet::<T>::begin_obligation(ReportSubject::Member(who.clone()));
			}
			Validators::<T>::put(validators);
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
			/// The deposit held.
			deposit: BalanceOf<T>,
		},
		/// A collective request was approved and its deposit returned.
		CollectiveRequestApproved {
			/// The request.
			request_id: RequestId,
			/// The collective it created.
			collective: CollectiveId,
			/// Who submitted it.
			applicant: T::AccountId,
			/// The deposit returned.
			deposit: BalanceOf<T>,
		},
		/// A collective request was rejected and its deposit returned.
		CollectiveRequestRejected {
			/// The request.
			request_id: RequestId,
			/// Who submitted it.
			applicant: T::AccountId,
			/// The hash of the written reasons.
			reason: DocumentHash,
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
		/// A member applied to run a validator node.
		NodeApplied {
			/// The applicant.
			who: T::AccountId,
			/// Its collective.
			collective: CollectiveId,
			/// The hash of the letter of intent.
			letter_of_intent: DocumentHash,
			/// The hash of the adhesion form.
			adhesion_form: DocumentHash,
		},
		/// A node application was withdrawn by its applicant, or dropped because the applicant
		/// stopped being an active member.
		NodeApplicationWithdrawn {
			/// The applicant.
			who: T::AccountId,
			/// Its collective.
			collective: CollectiveId,
		},
		/// A leader endorsed a node application.
		NodeEndorsed {
			/// The applicant.
			who: T::AccountId,
			/// Its collective.
			collective: CollectiveId,
			/// The endorsing leader.
			leader: T::AccountId,
			/// The endorsements by current leaders, this one included.
			endorsements: u32,
		},
		/// More than half of the collective's current leaders endorsed a node application: the
		/// node commission can decide on it.
		NodeEndorsementReached {
			/// The applicant.
			who: T::AccountId,
			/// Its collective.
			collective: CollectiveId,
			/// The endorsements by current leaders.
			endorsements: u32,
			/// The collective's current leaders.
			leaders: u32,
		},
		/// The node commission approved a node: it joins the validator set at the next session
		/// plan.
		NodeApproved {
			/// The new validator.
			who: T::AccountId,
			/// The collective it runs for.
			collective: CollectiveId,
		},
		/// The node commission rejected a node application.
		NodeRejected {
			/// The applicant.
			who: T::AccountId,
			/// Its collective.
			collective: CollectiveId,
			/// The hash of the written reasons.
			reason: DocumentHash,
		},
		/// A node left for good: out of the set at the next session plan if it was active.
		NodeRemoved {
			/// The former validator.
			who: T::AccountId,
			/// The collective it ran for.
			collective: CollectiveId,
			/// Why it left.
			cause: NodeEnd,
			/// The hash of the written reasons of the node commission or the Executive Council.
			reason: DocumentHash,
		},
		/// The node commission suspended a node: out of the set at the next session plan.
		NodeSuspended {
			/// The validator.
			who: T::AccountId,
			/// The collective it runs for.
			collective: CollectiveId,
			/// The hash of the written reasons.
			reason: DocumentHash,
		},
		/// The node commission resumed a suspended node: back in the set at the next session
		/// plan.
		NodeResumed {
			/// The validator.
			who: T::AccountId,
			/// The collective it runs for.
			collective: CollectiveId,
		},
		/// The Executive Council's suspension or expulsion of a member took the last active node
		/// of its collective out of the set: the collective runs no node.
		CollectiveWithoutNodes {
			/// The collective.
			collective: CollectiveId,
		},
		/// A changed validator set was planned for a coming session.
		ValidatorSetPlanned {
			/// The session that will use this set.
			session_index: SessionIndex,
			/// Number of validators in the planned set.
			count: u32,
		},
		/// A leader proposed a project of its collective; the projects commission evaluates it.
		ProjectProposed {
			/// The application.
			project_id: ProjectId,
			/// The proposing collective.
			collective: CollectiveId,
			/// The account that runs the project.
			account: T::AccountId,
			/// The proposing leader.
			proposer: T::AccountId,
			/// The hash of the project's description.
			description: DocumentHash,
			/// The hash of the justification of its public value.
			justification: DocumentHash,
			/// The https address of its open-source repository.
			repository: RepositoryOf<T>,
		},
		/// A leader of the proposing collective withdrew a pending project application.
		ProjectWithdrawn {
			/// The application.
			project_id: ProjectId,
			/// The proposing collective.
			collective: CollectiveId,
			/// The leader who withdrew it.
			by: T::AccountId,
		},
		/// The projects commission recommended a project to the Executive Council.
		ProjectRecommended {
			/// The application.
			project_id: ProjectId,
			/// The proposing collective.
			collective: CollectiveId,
		},
		/// The projects commission declined a project application.
		ProjectDeclined {
			/// The application.
			project_id: ProjectId,
			/// The proposing collective.
			collective: CollectiveId,
			/// The hash of the written reasons.
			reason: DocumentHash,
		},
		/// The Executive Council approved a recommended project: it is registered.
		ProjectApproved {
			/// The project.
			project_id: ProjectId,
			/// The proposing collective.
			collective: CollectiveId,
			/// The account that runs it.
			account: T::AccountId,
		},
		/// The Executive Council rejected a recommended project.
		ProjectRejected {
			/// The application.
			project_id: ProjectId,
			/// The proposing collective.
			collective: CollectiveId,
			/// The hash of the written reasons.
			reason: DocumentHash,
		},
		/// The Executive Council retired a registered project.
		ProjectRetired {
			/// The former project.
			project_id: ProjectId,
			/// The proposing collective.
			collective: CollectiveId,
			/// The account that ran it.
			account: T::AccountId,
			/// The hash of the written reasons.
			reason: DocumentHash,
		},
		/// A leader granted capital from its collective's treasury to a node of the collective or
		/// to one of its registered projects.
		CapitalGranted {
			/// The collective whose treasury paid.
			collective: CollectiveId,
			/// The node's or project's account that received it.
			beneficiary: T::AccountId,
			/// The amount transferred.
			amount: BalanceOf<T>,
			/// The capital period of the grant (block number divided by
			/// [`Config::CapitalPeriod`]).
			period: BlockNumberFor<T>,
			/// The capital the collective granted in that period, this grant included.
			granted_in_period: BalanceOf<T>,
		},
		/// A periodic report was submitted.
		ReportSubmitted {
			/// Who the report is for.
			subject: ReportSubjectOf<T>,
			/// The hash of the report.
			document: DocumentHash,
			/// Whether it came after its due block.
			late: bool,
			/// The block by which the next report is due.
			next_due: BlockNumberFor<T>,
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
		NameTaken,
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
		/// The term was renewed [`Config::MaxLeaderRenewals`] times already; appoint another
		/// member when it ends.
		RenewalLimitReached,
		/// The term can only be renewed in its last [`Config::RenewalWindow`] blocks; try again
		/// then.
		RenewalTooEarly,
		/// [`Config::MaxExpiriesPerBlock`] terms end at that block already; appoint, designate,
		/// admit or renew in a later block.
		ExpiryScheduleFull,
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
		AdvisoryCouncilFull,
		/// The account has an advisory request pending already; wait for the decision.
		AdvisoryRequestPending,
		/// The account has no pending advisory request; check the account.
		AdvisoryRequestNotFound,
		/// Only the Executive Secretary tables motions; sign with the Secretary's account.
		NotSecretary,
		/// The account has not registered session keys; call `session.setKeys` from it first.
		NoSessionKeys,
		/// The account runs a node (active or suspended) already.
		AlreadyValidator,
		/// The account runs no node; check the account.
		NotValidator,
		/// The account has a node application pending already; wait for the decision.
		NodeApplicationPending,
		/// The account has no pending node application; check the account.
		NodeApplicationNotFound,
		/// [`Config::MaxValidators`] node applications are pending; wait for decisions on them.
		TooManyNodeApplications,
		/// The leader endorsed that application already.
		AlreadyEndorsed,
		/// Not more than half of the collective's current leaders endorsed the application;
		/// its leaders must endorse it first.
		NotEndorsed,
		/// The collective runs [`Config::MaxValidatorsPerCollective`] nodes (active and
		/// suspended); one must be removed first.
		NodeQuotaReached,
		/// The network has [`Config::MaxValidators`] nodes (active and suspended); one must be
		/// removed first.
		TooManyValidators,
		/// The set would fall below [`Config::MinValidators`]; approve or resume a node first.
		TooFewValidators,
		/// That is the last active node of its collective, which must keep one; approve
		/// another node of the collective first.
		LastNodeOfCollective,
		/// The node is suspended already; resume or remove it.
		NodeIsSuspended,
		/// The node is not suspended; only suspended nodes can be resumed.
		NodeNotSuspended,
		/// The member runs a node; the node commission must remove it before the member
		/// leaves.
		RunsNode,
		/// The repository address has a byte that is not printable ASCII, or a space; give the
		/// address as printable ASCII without spaces.
		RepositoryNotPrintable,
		/// The repository address does not start with `https://` (lowercase); give its https
		/// address.
		RepositoryNotHttps,
		/// The repository address has no host after `https://`; give a full address such as
		/// `https://example.org/project`.
		RepositoryWithoutHost,
		/// The account backs a pending or registered project already; one project per account.
		AccountBacksProject,
		/// [`Config::MaxPendingProjects`] project applications are pending; wait for decisions on
		/// them.
		TooManyPendingProjects,
		/// The network has [`Config::MaxProjects`] registered projects; one must be retired first.
		TooManyProjects,
		/// No pending project application has that id; it may have been decided or withdrawn
		/// already.
		ProjectApplicationNotFound,
		/// No registered project has that id; check the id (applications are registered only
		/// when approved).
		ProjectNotFound,
		/// The projects commission recommended that application already; the Executive Council
		/// decides on it now.
		ProjectAlreadyRecommended,
		/// The projects commission has not recommended that application; it must recommend it
		/// first.
		ProjectNotRecommended,
		/// The amount is zero; grant a positive amount.
		ZeroAmount,
		/// The beneficiary is neither an active node of a member of that collective nor the
		/// account of one of its registered projects; check the account and the collective.
		NotBeneficiary,
		/// The collective's capital of this period would overflow; grant less.
		CapitalOverflow,
		/// The grant would take the collective's capital of this period beyond
		/// [`Config::MaxGrantPerPeriod`]; grant less (see [`Pallet::capital_available`]) or wait
		/// for the next period.
		GrantLimitExceeded,
		/// The collective's treasury cannot pay that amount and stay alive; fund the treasury
		/// (an ordinary transfer to [`Pallet::treasury_account`]) or grant less.
		InsufficientTreasuryFunds,
		/// No report obligation is current for that subject; check the subject (see
		/// [`Pallet::report_due`]).
		NoReportDue,
		/// The signer does not answer for that subject's reports; sign with the member, the
		/// project's account, the leader, a commissioner of the commission, the Secretary or an
		/// advisor.
		NotReporter,
		/// This period's report was submitted already; submit the next after the block
		/// `report_due - period`.
		ReportNotDue,
	}

	/// Reasons for which this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit of a pending collective request.
		CollectiveRequest,
		/// The deposit of a pending membership application.
		MembershipApplication,
		/// The deposit of a pending request for an advisory seat.
		AdvisoryRequest,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// End the terms scheduled for this block: bounded by [`Config::MaxExpiriesPerBlock`].
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let expiring = LeaderExpiries::<T>::take(now);
			let count = expiring.len() as u32;
			for (collective, who) in expiring {
				let scheduled = Leaders::<T>::get(collective)
					.iter()
					.any(|l| l.who == who && l.expires_at == now);
				if scheduled {
					Self::end_leadership(collective, &who, LeadershipEnd::TermExpired);
				} else {
					defensive!("an expiry entry without a matching leadership");
				}
			}
			let seats = SeatExpiries::<T>::take(now);
			let seat_count = seats.len() as u32;
			for expiry in seats {
				let ended = match &expiry {
					SeatExpiry::Executive(seat) => Self::executive_seat(*seat)
						.filter(|held| held.expires_at == now)
						.and_then(|_| Self::end_executive_seat(*seat, SeatEnd::TermExpired)),
					SeatExpiry::Advisor(who) => Advisors::<T>::get()
						.iter()
						.find(|a| &a.who == who && a.expires_at == now)
						.cloned()
						.and_then(|_| Self::end_advisor(who, SeatEnd::TermExpired)),
				};
				if ended.is_none() {
					defensive!("a seat expiry entry without a matching term");
				}
			}
			T::WeightInfo::on_initialize(count)
				.saturating_add(T::WeightInfo::on_initialize_seats(seat_count))
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
				T::WeightInfo::on_initialize(T::MaxExpiriesPerBlock::get())
					.saturating_add(T::WeightInfo::on_initialize_seats(
						T::MaxExpiriesPerBlock::get()
					))
					.all_lte(<T as frame_system::Config>::BlockWeights::get().max_block),
				"on_initialize with MaxExpiriesPerBlock expiries must fit in a block"
			);
			assert!(!T::ExecutiveTerm::get().is_zero(), "ExecutiveTerm must not be zero");
			assert!(
				T::RenewalWindow::get() <= T::AdvisoryTerm::get(),
				"RenewalWindow must not exceed AdvisoryTerm"
			);
			assert!(T::MaxAdvisors::get() >= 1, "MaxAdvisors must be at least 1");
			assert!(T::MaxSeatProposals::get() >= 1, "MaxSeatProposals must be at least 1");
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
			assert!(T::MinValidators::get() >= 1, "MinValidators must be at least 1");
			assert!(
				T::MinValidators::get() <= T::MaxValidators::get(),
				"MinValidators must not exceed MaxValidators"
			);
			assert!(
				T::MaxValidatorsPerCollective::get() >= 1,
				"MaxValidatorsPerCollective must be at least 1"
			);
			assert!(
				T::MaxValidatorsPerCollective::get() <= T::MaxValidators::get(),
				"MaxValidatorsPerCollective must not exceed MaxValidators"
			);
			assert!(T::MaxUrlLength::get() >= 9, "MaxUrlLength must be at least 9 (https://x)");
			assert!(T::MaxPendingProjects::get() >= 1, "MaxPendingProjects must be at least 1");
			assert!(T::MaxProjects::get() >= 1, "MaxProjects must be at least 1");
			assert!(!T::CapitalPeriod::get().is_zero(), "CapitalPeriod must not be zero");
			assert!(!T::MaxGrantPerPeriod::get().is_zero(), "MaxGrantPerPeriod must not be zero");
			for (period, name) in [
				(T::MemberReportPeriod::get(), "MemberReportPeriod"),
				(T::ProjectReportPeriod::get(), "ProjectReportPeriod"),
				(T::LeaderReportPeriod::get(), "LeaderReportPeriod"),
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
		/// Submit a written request for a new collective, holding
		/// [`Config::CollectiveRequestDeposit`] until it is decided or withdrawn.
		///
		/// ## Origin
		/// Signed: any account.
		///
		/// ## Errors
		/// - [`Error::EmptyName`] if `name` is empty.
		/// - [`Error::NameTaken`] if a collective has that name.
		/// - [`Error::TooManyCollectives`] if no more collectives can be created.
		/// - [`Error::TooManyRequests`] if [`Config::MaxPendingRequests`] requests are pending.
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
		) -> DispatchResult {
			let applicant = ensure_signed(origin)?;
			ensure!(!name.is_empty(), Error::<T>::EmptyName);
			ensure!(!CollectiveNames::<T>::contains_key(&name), Error::<T>::NameTaken);
			ensure!(
				Collectives::<T>::count() < T::MaxCollectives::get(),
				Error::<T>::TooManyCollectives
			);
			ensure!(
				CollectiveRequests::<T>::count() < T::MaxPendingRequests::get(),
				Error::<T>::TooManyRequests
			);
			let request_id = NextRequestId::<T>::get();
			let next = request_id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
			let deposit = T::CollectiveRequestDeposit::get();
			T::Currency::hold(&HoldReason::CollectiveRequest.into(), &applicant, deposit)?;
			NextRequestId::<T>::put(next);
			CollectiveRequests::<T>::insert(
				request_id,
				CollectiveRequest {
					applicant: applicant.clone(),
					name: name.clone(),
					kind,
					document,
					deposit,
					submitted_at: frame_system::Pallet::<T>::block_number(),
				},
			);
			Self::deposit_event(Event::CollectiveRequested {
				request_id,
				applicant,
				name,
				kind,
				document,
				deposit,
			});
			Ok(())
		}

		/// Approve a pending request: create the collective and return the deposit.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::RequestNotFound`] if no request has that id.
		/// - [`Error::NameTaken`] if a collective took the name since the request.
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
			let request =
				CollectiveRequests::<T>::get(request_id).ok_or(Error::<T>::RequestNotFound)?;
			let collective = Self::do_create_collective(
				request.name.clone(),
				request.kind,
				Some(request.document),
			)?;
			Self::release_deposit(&request)?;
			CollectiveRequests::<T>::remove(request_id);
			Self::deposit_event(Event::CollectiveRequestApproved {
				request_id,
				collective,
				applicant: request.applicant,
				deposit: request.deposit,
			});
			Ok(())
		}

		/// Reject a pending request, with the hash of the written reasons, and return the
		/// deposit.
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
			let request =
				CollectiveRequests::<T>::get(request_id).ok_or(Error::<T>::RequestNotFound)?;
			Self::release_deposit(&request)?;
			CollectiveRequests::<T>::remove(request_id);
			Self::deposit_event(Event::CollectiveRequestRejected {
				request_id,
				applicant: request.applicant,
				reason,
				deposit: request.deposit,
			});
			Ok(())
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
			let request =
				CollectiveRequests::<T>::get(request_id).ok_or(Error::<T>::RequestNotFound)?;
			ensure!(request.applicant == who, Error::<T>::NotRequester);
			Self::release_deposit(&request)?;
			CollectiveRequests::<T>::remove(request_id);
			Self::deposit_event(Event::CollectiveRequestWithdrawn {
				request_id,
				applicant: who,
				deposit: request.deposit,
			});
			Ok(())
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
			ensure!(
				CodeOfEthics::<T>::get() != Some(code_of_ethics),
				Error::<T>::CodeOfEthicsUnchanged
			);
			CodeOfEthics::<T>::put(code_of_ethics);
			Self::deposit_event(Event::CodeOfEthicsSet { code_of_ethics });
			Ok(())
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
			let current = CodeOfEthics::<T>::get().ok_or(Error::<T>::CodeOfEthicsNotSet)?;
			ensure!(code_of_ethics == current, Error::<T>::WrongCodeOfEthics);
			Self::do_insert_member(
				&who,
				collective,
				institution.clone(),
				MemberStatus::Applicant,
				current,
			)?;
			let deposit = T::MembershipApplicationDeposit::get();
			if !deposit.is_zero() {
				T::Currency::hold(&HoldReason::MembershipApplication.into(), &who, deposit)?;
				ApplicationDeposits::<T>::insert(&who, deposit);
			}
			Self::deposit_event(Event::MembershipApplied { who, collective, institution, deposit });
			Ok(())
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
			let mut member = Members::<T>::get(&who).ok_or(Error::<T>::NotMember)?;
			let by = Self::ensure_leader_or_executive(signer, member.collective)?;
			ensure!(member.status == MemberStatus::Applicant, Error::<T>::NotApplicant);
			ensure!(
				CodeOfEthics::<T>::get() == Some(member.code_of_ethics),
				Error::<T>::CodeOfEthicsOutdated
			);
			member.status = MemberStatus::Active;
			member.admitted_at = Some(frame_system::Pallet::<T>::block_number());
			let collective = member.collective;
			Members::<T>::insert(&who, member);
			Self::release_application_deposit(&who)?;
			Self::deposit_event(Event::MemberAdmitted { who, collective, by });
			Ok(())
		}

		/// Reject an application, with the hash of the written reasons, remove it and return its
		/// deposit.
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
			let member = Members::<T>::get(&who).ok_or(Error::<T>::NotMember)?;
			let by = Self::ensure_leader_or_executive(signer, member.collective)?;
			ensure!(member.status == MemberStatus::Applicant, Error::<T>::NotApplicant);
			Self::do_remove_member(&who, member.collective);
			Self::release_application_deposit(&who)?;
			Self::deposit_event(Event::ApplicationRejected {
				who,
				collective: member.collective,
				reason,
				by,
			});
			Ok(())
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
			let current = CodeOfEthics::<T>::get().ok_or(Error::<T>::CodeOfEthicsNotSet)?;
			ensure!(code_of_ethics == current, Error::<T>::WrongCodeOfEthics);
			Members::<T>::try_mutate(&who, |maybe| {
				let member = maybe.as_mut().ok_or(Error::<T>::NotMember)?;
				ensure!(member.code_of_ethics != current, Error::<T>::CodeOfEthicsAlreadyAccepted);
				member.code_of_ethics = current;
				Ok::<_, Error<T>>(())
			})?;
			Self::deposit_event(Event::CodeOfEthicsAccepted { who, code_of_ethics });
			Ok(())
		}

		/// Suspend an active member for breaching the code of ethics. A leader loses its
		/// leadership at once.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// Its node leaves the validator set at the next session plan even if it is its
		/// collective's last one, its pending node application is dropped and it loses a
		/// commissioner seat.
		///
		/// ## Errors
		/// - [`Error::NotMember`] if `who` holds no membership.
		/// - [`Error::NotActiveMember`] if `who` is an applicant or suspended already.
		/// - [`Error::TooFewValidators`] if its node is active and the set would fall below
		///   [`Config::MinValidators`].
		///
		/// ## Events
		/// [`Event::MemberSuspended`]; for a leader also [`Event::LeadershipEnded`] and, when the
		/// collective falls short of leaders, [`Event::LeadersFellShort`]; for a node
		/// [`Event::NodeRemoved`] and, for the collective's last one,
		/// [`Event::CollectiveWithoutNodes`]; for a commissioner [`Event::ExecutiveSeatEnded`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::suspend_member())]
		pub fn suspend_member(
			origin: OriginFor<T>,
			who: T::AccountId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			let mut member = Members::<T>::get(&who).ok_or(Error::<T>::NotMember)?;
			ensure!(member.status == MemberStatus::Active, Error::<T>::NotActiveMember);
			let collective = member.collective;
			Self::remove_nodes_of(&who, NodeEnd::MemberSuspended, reason)?;
			member.status = MemberStatus::Suspended {
				reason,
				since: frame_system::Pallet::<T>::block_number(),
			};
			Members::<T>::insert(&who, member);
			Self::end_leadership(collective, &who, LeadershipEnd::MemberSuspended);
			Self::drop_node_application(&who);
			Self::on_membership_lost(&who);
			Self::deposit_event(Event::MemberSuspended { who, collective, reason });
			Ok(())
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
			let mut member = Members::<T>::get(&who).ok_or(Error::<T>::NotMember)?;
			ensure!(
				matches!(member.status, MemberStatus::Suspended { .. }),
				Error::<T>::NotSuspended
			);
			member.status = MemberStatus::Active;
			let collective = member.collective;
			Members::<T>::insert(&who, member);
			Self::deposit_event(Event::MemberReinstated { who, collective });
			Ok(())
		}

		/// Leave one's collective, or withdraw one's application and get its deposit back. A leader
		/// loses its leadership.
		///
		/// ## Origin
		/// Signed by the member or applicant.
		///
		/// A pending node application is dropped; a commissioner loses its seat.
		///
		/// ## Errors
		/// - [`Error::NotMember`] if the signer holds no membership or application.
		/// - [`Error::MemberIsSuspended`] if the signer is suspended.
		/// - [`Error::RunsNode`] if the signer runs a node (active or suspended).
		///
		/// ## Events
		/// [`Event::MemberLeft`]; for a leader also [`Event::LeadershipEnded`] and, when the
		/// collective falls short of leaders, [`Event::LeadersFellShort`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::leave())]
		pub fn leave(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let member = Members::<T>::get(&who).ok_or(Error::<T>::NotMember)?;
			ensure!(
				!matches!(member.status, MemberStatus::Suspended { .. }),
				Error::<T>::MemberIsSuspended
			);
			ensure!(!Self::runs_node(&who), Error::<T>::RunsNode);
			let collective = member.collective;
			Self::end_leadership(collective, &who, LeadershipEnd::MemberLeft);
			Self::drop_node_application(&who);
			Self::on_membership_lost(&who);
			Self::do_remove_member(&who, collective);
			Self::release_application_deposit(&who)?;
			Self::deposit_event(Event::MemberLeft { who, collective });
			Ok(())
		}

		/// Appoint an active member of `collective` as one of its leaders, for
		/// [`Config::LeaderTerm`] blocks from now.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::CollectiveNotFound`] if `collective` does not exist.
		/// - [`Error::NotMember`] if `who` holds no membership.
		/// - [`Error::MemberOfAnotherCollective`] if `who` belongs to another collective.
		/// - [`Error::NotActiveMember`] if `who` is an applicant or suspended.
		/// - [`Error::CodeOfEthicsOutdated`] if `who` accepted an older code of ethics.
		/// - [`Error::AlreadyLeader`] if `who` leads the collective already.
		/// - [`Error::TooManyLeaders`] if the collective has [`Config::MaxLeaders`] leaders.
		/// - [`Error::InstitutionAlreadyLeading`] if a leader states the same institution.
		/// - [`Error::ExpiryScheduleFull`] if too many terms end at the same block.
		///
		/// ## Events
		/// [`Event::LeaderAppointed`] and, when the collective gets back to
		/// [`Config::MinLeaders`] leaders, [`Event::LeadersRestored`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::appoint_leader())]
		pub fn appoint_leader(
			origin: OriginFor<T>,
			collective: CollectiveId,
			who: T::AccountId,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_appoint_leader(collective, &who)
		}

		/// Renew a leader's term: its end moves [`Config::LeaderTerm`] blocks later. Allowed in
		/// the last [`Config::RenewalWindow`] blocks of a term, at most
		/// [`Config::MaxLeaderRenewals`] times after the appointment.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::NotLeader`] if `who` does not lead `collective`.
		/// - [`Error::RenewalLimitReached`] if the term was renewed too often.
		/// - [`Error::RenewalTooEarly`] if the term does not end within the renewal window.
		/// - [`Error::CodeOfEthicsOutdated`] if `who` accepted an older code of ethics.
		/// - [`Error::ExpiryScheduleFull`] if too many terms end at the new end block. With a
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
			T::ExecutiveOrigin::ensure_origin(origin)?;
			let now = frame_system::Pallet::<T>::block_number();
			let mut leaders = Leaders::<T>::get(collective);
			let leadership =
				leaders.iter_mut().find(|l| l.who == who).ok_or(Error::<T>::NotLeader)?;
			ensure!(
				leadership.renewals < T::MaxLeaderRenewals::get(),
				Error::<T>::RenewalLimitReached
			);
			ensure!(
				now.saturating_add(T::RenewalWindow::get()) >= leadership.expires_at,
				Error::<T>::RenewalTooEarly
			);
			ensure!(Self::is_code_of_ethics_current(who.clone()), Error::<T>::CodeOfEthicsOutdated);
			let old_end = leadership.expires_at;
			let expires_at = old_end.saturating_add(T::LeaderTerm::get());
			let renewals = leadership.renewals.saturating_add(1);
			leadership.expires_at = expires_at;
			leadership.renewals = renewals;
			Self::schedule_expiry(expires_at, collective, &who)?;
			Self::unschedule_expiry(old_end, collective, &who);
			Leaders::<T>::insert(collective, leaders);
			Self::deposit_event(Event::LeaderRenewed { collective, who, expires_at, renewals });
			Ok(())
		}

		/// Remove a leader before its term ends. It stays an active member.
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
		#[pallet::weight(T::WeightInfo::remove_leader())]
		pub fn remove_leader(
			origin: OriginFor<T>,
			collective: CollectiveId,
			who: T::AccountId,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::end_leadership(collective, &who, LeadershipEnd::Removed)
				.ok_or(Error::<T>::NotLeader)?;
			Ok(())
		}

		/// Expel a member from its collective, with the hash of the written reasons: its
		/// leadership ends, its membership is removed and any application deposit is returned.
		/// Applicants, active and suspended members can all be expelled.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// Its node leaves for good even if it is its collective's last one, its pending node
		/// application is dropped and it loses a commissioner seat.
		///
		/// ## Errors
		/// - [`Error::NotMember`] if `who` holds no membership or application.
		/// - [`Error::TooFewValidators`] if its node is active and the set would fall below
		///   [`Config::MinValidators`].
		///
		/// ## Events
		/// [`Event::MemberExpelled`]; for a leader also [`Event::LeadershipEnded`] and, when the
		/// collective falls short of leaders, [`Event::LeadersFellShort`]; for a node
		/// [`Event::NodeRemoved`] and, for the collective's last one,
		/// [`Event::CollectiveWithoutNodes`]; for a commissioner [`Event::ExecutiveSeatEnded`].
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::expel_member())]
		pub fn expel_member(
			origin: OriginFor<T>,
			who: T::AccountId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			let member = Members::<T>::get(&who).ok_or(Error::<T>::NotMember)?;
			let collective = member.collective;
			Self::remove_nodes_of(&who, NodeEnd::MemberExpelled, reason)?;
			Self::end_leadership(collective, &who, LeadershipEnd::MemberExpelled);
			Self::drop_node_application(&who);
			Self::on_membership_lost(&who);
			Self::do_remove_member(&who, collective);
			Self::release_application_deposit(&who)?;
			Self::deposit_event(Event::MemberExpelled { who, collective, reason });
			Ok(())
		}

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
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::propose_executive())]
		pub fn propose_executive(
			origin: OriginFor<T>,
			seat: ExecutiveSeat,
			who: T::AccountId,
		) -> DispatchResult {
			let proposer = ensure_signed(origin)?;
			ensure!(Self::may_propose(seat, &proposer), Error::<T>::NotLeader);
			Self::ensure_eligible(seat, &who)?;
			let mut proposals = SeatProposals::<T>::get(seat);
			proposals.retain(|p| p.proposer != proposer && Self::may_propose(seat, &p.proposer));
			proposals
				.try_push(SeatProposal {
					proposer: proposer.clone(),
					candidate: who.clone(),
					proposed_at: frame_system::Pallet::<T>::block_number(),
				})
				.map_err(|_| Error::<T>::TooManyProposals)?;
			SeatProposals::<T>::insert(seat, proposals);
			Self::deposit_event(Event::ExecutiveProposed { seat, candidate: who, proposer });
			Ok(())
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
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::withdraw_executive_proposal())]
		pub fn withdraw_executive_proposal(
			origin: OriginFor<T>,
			seat: ExecutiveSeat,
		) -> DispatchResult {
			let proposer = ensure_signed(origin)?;
			let mut proposals = SeatProposals::<T>::get(seat);
			let position = proposals
				.iter()
				.position(|p| p.proposer == proposer)
				.ok_or(Error::<T>::ProposalNotFound)?;
			let proposal = proposals.remove(position);
			if proposals.is_empty() {
				SeatProposals::<T>::remove(seat);
			} else {
				SeatProposals::<T>::insert(seat, proposals);
			}
			Self::deposit_event(Event::ExecutiveProposalWithdrawn {
				seat,
				candidate: proposal.candidate,
				proposer,
			});
			Ok(())
		}

		/// Designate `who`, proposed by a current leader, to an executive seat for
		/// [`Config::ExecutiveTerm`] blocks. A holder is replaced; designating the holder again
		/// starts a new term. The seat's pending proposals are cleared and the councils'
		/// memberships pushed.
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
		/// - [`Error::ExpiryScheduleFull`] if too many terms end at the same block.
		///
		/// ## Events
		/// [`Event::ExecutiveSeatEnded`] for a replaced holder, [`Event::ExecutiveDesignated`],
		/// [`Event::CouncilMembersChanged`].
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::designate_executive())]
		pub fn designate_executive(
			origin: OriginFor<T>,
			seat: ExecutiveSeat,
			who: T::AccountId,
		) -> DispatchResult {
			T::AdvisoryOrigin::ensure_origin(origin)?;
			let proposed = SeatProposals::<T>::get(seat)
				.iter()
				.any(|p| p.candidate == who && Self::may_propose(seat, &p.proposer));
			ensure!(proposed, Error::<T>::ProposalNotFound);
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
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::remove_executive())]
		pub fn remove_executive(origin: OriginFor<T>, seat: ExecutiveSeat) -> DispatchResult {
			T::AdvisoryOrigin::ensure_origin(origin)?;
			Self::end_executive_seat(seat, SeatEnd::Removed).ok_or(Error::<T>::SeatVacant)?;
			Ok(())
		}

		/// Submit a written request for a seat on the Advisory Council, holding
		/// [`Config::AdvisoryRequestDeposit`] until it is decided or withdrawn.
		///
		/// ## Origin
		/// Signed: any account.
		///
		/// ## Errors
		/// - [`Error::AlreadySeated`] if the signer holds a seat.
		/// - [`Error::AdvisoryRequestPending`] if the signer has a request pending.
		/// - [`Error::TooManyRequests`] if [`Config::MaxPendingRequests`] requests are pending.
		/// - The currency's error if the deposit cannot be held.
		///
		/// ## Events
		/// [`Event::AdvisorySeatRequested`].
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::request_advisory_seat())]
		pub fn request_advisory_seat(
			origin: OriginFor<T>,
			document: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(!Self::holds_seat(&who), Error::<T>::AlreadySeated);
			ensure!(!AdvisoryRequests::<T>::contains_key(&who), Error::<T>::AdvisoryRequestPending);
			ensure!(
				AdvisoryRequests::<T>::count() < T::MaxPendingRequests::get(),
				Error::<T>::TooManyRequests
			);
			let deposit = T::AdvisoryRequestDeposit::get();
			if !deposit.is_zero() {
				T::Currency::hold(&HoldReason::AdvisoryRequest.into(), &who, deposit)?;
			}
			AdvisoryRequests::<T>::insert(
				&who,
				AdvisoryRequest {
					document,
					deposit,
					submitted_at: frame_system::Pallet::<T>::block_number(),
				},
			);
			Self::deposit_event(Event::AdvisorySeatRequested { who, document, deposit });
			Ok(())
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
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::withdraw_advisory_request())]
		pub fn withdraw_advisory_request(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let request =
				AdvisoryRequests::<T>::take(&who).ok_or(Error::<T>::AdvisoryRequestNotFound)?;
			Self::release_advisory_deposit(&who, request.deposit)?;
			Self::deposit_event(Event::AdvisoryRequestWithdrawn { who, deposit: request.deposit });
			Ok(())
		}

		/// Admit the applicant of a pending advisory request to the Advisory Council for
		/// [`Config::AdvisoryTerm`] blocks, and return its deposit.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::AdvisoryRequestNotFound`] if `who` has no pending request.
		/// - [`Error::AlreadySeated`] if `who` was designated to an executive seat meanwhile.
		/// - [`Error::AdvisoryCouncilFull`] if the council has [`Config::MaxAdvisors`] advisors.
		/// - [`Error::ExpiryScheduleFull`] if too many terms end at the same block.
		///
		/// ## Events
		/// [`Event::AdvisorAdmitted`], [`Event::CouncilMembersChanged`].
		#[pallet::call_index(22)]
		#[pallet::weight(T::WeightInfo::admit_advisor())]
		pub fn admit_advisor(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			let request =
				AdvisoryRequests::<T>::take(&who).ok_or(Error::<T>::AdvisoryRequestNotFound)?;
			let expires_at = Self::do_seat_advisor(&who)?;
			Self::release_advisory_deposit(&who, request.deposit)?;
			Self::deposit_event(Event::AdvisorAdmitted {
				who,
				expires_at,
				deposit: request.deposit,
			});
			Self::sync_council(Council::Advisory);
			Ok(())
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
		#[pallet::call_index(23)]
		#[pallet::weight(T::WeightInfo::reject_advisory_request())]
		pub fn reject_advisory_request(
			origin: OriginFor<T>,
			who: T::AccountId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			let request =
				AdvisoryRequests::<T>::take(&who).ok_or(Error::<T>::AdvisoryRequestNotFound)?;
			Self::release_advisory_deposit(&who, request.deposit)?;
			Self::deposit_event(Event::AdvisoryRequestRejected {
				who,
				reason,
				deposit: request.deposit,
			});
			Ok(())
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
		/// - [`Error::RenewalLimitReached`] if the term was renewed too often.
		/// - [`Error::RenewalTooEarly`] if the term does not end within the renewal window.
		/// - [`Error::ExpiryScheduleFull`] if too many terms end at the new end block.
		///
		/// ## Events
		/// [`Event::AdvisorRenewed`].
		#[pallet::call_index(24)]
		#[pallet::weight(T::WeightInfo::renew_advisor())]
		pub fn renew_advisor(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			let now = frame_system::Pallet::<T>::block_number();
			let mut advisors = Advisors::<T>::get();
			let advisor =
				advisors.iter_mut().find(|a| a.who == who).ok_or(Error::<T>::NotAdvisor)?;
			ensure!(
				advisor.renewals < T::MaxAdvisorRenewals::get(),
				Error::<T>::RenewalLimitReached
			);
			ensure!(
				now.saturating_add(T::RenewalWindow::get()) >= advisor.expires_at,
				Error::<T>::RenewalTooEarly
			);
			let old_end = advisor.expires_at;
			let expires_at = old_end.saturating_add(T::AdvisoryTerm::get());
			let renewals = advisor.renewals.saturating_add(1);
			advisor.expires_at = expires_at;
			advisor.renewals = renewals;
			let entry = SeatExpiry::Advisor(who.clone());
			Self::unschedule_seat_expiry(old_end, &entry);
			Self::schedule_seat_expiry(expires_at, entry)?;
			Advisors::<T>::put(advisors);
			Self::deposit_event(Event::AdvisorRenewed { who, expires_at, renewals });
			Ok(())
		}

		/// Remove an advisor before its term ends.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::NotAdvisor`] if `who` is not an advisor.
		///
		/// ## Events
		/// [`Event::AdvisorySeatEnded`], [`Event::CouncilMembersChanged`].
		#[pallet::call_index(25)]
		#[pallet::weight(T::WeightInfo::remove_advisor())]
		pub fn remove_advisor(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::end_advisor(&who, SeatEnd::Removed).ok_or(Error::<T>::NotAdvisor)?;
			Ok(())
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
		#[pallet::call_index(26)]
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
			ensure!(
				ExecutiveSecretary::<T>::get().is_some_and(|s| s.who == secretary),
				Error::<T>::NotSecretary
			);
			let threshold = Self::motion_threshold(kind);
			let proposal_hash = T::Hashing::hash_of(&proposal);
			T::ExecutiveMotions::table(secretary.clone(), threshold, proposal, length_bound)?;
			Self::deposit_event(Event::MotionTabled { secretary, kind, threshold, proposal_hash });
			Ok(())
		}

		/// Apply to run a validator node, with the hashes of the letter of intent and the signed
		/// adhesion form. The session keys must be registered first (`session.setKeys`).
		///
		/// ## Origin
		/// Signed by an active member.
		///
		/// ## Errors
		/// - [`Error::NotMember`], [`Error::NotActiveMember`] if the signer is not an active
		///   member.
		/// - [`Error::CodeOfEthicsOutdated`] if it accepted an older code of ethics.
		/// - [`Error::NoSessionKeys`] if it has not registered session keys.
		/// - [`Error::AlreadyValidator`] if it runs a node.
		/// - [`Error::NodeApplicationPending`] if it applied already.
		/// - [`Error::TooManyNodeApplications`] if [`Config::MaxValidators`] are pending.
		/// - [`Error::NodeQuotaReached`] if its collective's quota is full.
		///
		/// ## Events
		/// [`Event::NodeApplied`].
		#[pallet::call_index(27)]
		#[pallet::weight(T::WeightInfo::apply_for_node())]
		pub fn apply_for_node(
			origin: OriginFor<T>,
			letter_of_intent: DocumentHash,
			adhesion_form: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let member = Members::<T>::get(&who).ok_or(Error::<T>::NotMember)?;
			ensure!(member.status == MemberStatus::Active, Error::<T>::NotActiveMember);
			ensure!(
				CodeOfEthics::<T>::get() == Some(member.code_of_ethics),
				Error::<T>::CodeOfEthicsOutdated
			);
			ensure!(T::ValidatorRegistration::is_registered(&who), Error::<T>::NoSessionKeys);
			ensure!(!Self::runs_node(&who), Error::<T>::AlreadyValidator);
			ensure!(!NodeApplications::<T>::contains_key(&who), Error::<T>::NodeApplicationPending);
			ensure!(
				NodeApplications::<T>::count() < T::MaxValidators::get(),
				Error::<T>::TooManyNodeApplications
			);
			let collective = member.collective;
			ensure!(
				Self::node_count(collective) < T::MaxValidatorsPerCollective::get(),
				Error::<T>::NodeQuotaReached
			);
			NodeApplications::<T>::insert(
				&who,
				NodeApplication {
					collective,
					letter_of_intent,
					adhesion_form,
					endorsers: BoundedVec::new(),
					applied_at: frame_system::Pallet::<T>::block_number(),
				},
			);
			Self::deposit_event(Event::NodeApplied {
				who,
				collective,
				letter_of_intent,
				adhesion_form,
			});
			Ok(())
		}

		/// Withdraw one's own node application.
		///
		/// ## Origin
		/// Signed by the applicant.
		///
		/// ## Errors
		/// - [`Error::NodeApplicationNotFound`] if the signer has no pending application.
		///
		/// ## Events
		/// [`Event::NodeApplicationWithdrawn`].
		#[pallet::call_index(28)]
		#[pallet::weight(T::WeightInfo::withdraw_node_application())]
		pub fn withdraw_node_application(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(NodeApplications::<T>::contains_key(&who), Error::<T>::NodeApplicationNotFound);
			Self::drop_node_application(&who);
			Ok(())
		}

		/// Endorse a node application of one's collective. It is endorsed once more than half of
		/// the collective's current leaders endorsed it; endorsements of former leaders do not
		/// count.
		///
		/// ## Origin
		/// Signed by a leader of the applicant's collective who accepted the code of ethics in
		/// force.
		///
		/// ## Errors
		/// - [`Error::NodeApplicationNotFound`] if `applicant` has no pending application.
		/// - [`Error::NotLeader`] if the signer does not lead the applicant's collective.
		/// - [`Error::LeaderCodeOfEthicsOutdated`] if the signer accepted an older code of
		///   ethics.
		/// - [`Error::AlreadyEndorsed`] if the signer endorsed it already.
		///
		/// ## Events
		/// [`Event::NodeEndorsed`] and, when the endorsement is reached,
		/// [`Event::NodeEndorsementReached`].
		#[pallet::call_index(29)]
		#[pallet::weight(T::WeightInfo::endorse_node())]
		pub fn endorse_node(origin: OriginFor<T>, applicant: T::AccountId) -> DispatchResult {
			let leader = ensure_signed(origin)?;
			let mut application = NodeApplications::<T>::get(&applicant)
				.ok_or(Error::<T>::NodeApplicationNotFound)?;
			let collective = application.collective;
			ensure!(Self::is_leader(collective, &leader), Error::<T>::NotLeader);
			ensure!(
				Self::is_code_of_ethics_current(leader.clone()),
				Error::<T>::LeaderCodeOfEthicsOutdated
			);
			ensure!(!application.endorsers.contains(&leader), Error::<T>::AlreadyEndorsed);
			let leaders = Leaders::<T>::get(collective);
			application.endorsers.retain(|e| leaders.iter().any(|l| &l.who == e));
			application
				.endorsers
				.try_push(leader.clone())
				.map_err(|_| Error::<T>::TooManyLeaders)?;
			let endorsements = application.endorsers.len() as u32;
			let leader_count = leaders.len() as u32;
			NodeApplications::<T>::insert(&applicant, application);
			Self::deposit_event(Event::NodeEndorsed {
				who: applicant.clone(),
				collective,
				leader,
				endorsements,
			});
			let reached = |n: u32| n.saturating_mul(2) > leader_count;
			if reached(endorsements) && !reached(endorsements.saturating_sub(1)) {
				Self::deposit_event(Event::NodeEndorsementReached {
					who: applicant,
					collective,
					endorsements,
					leaders: leader_count,
				});
			}
			Ok(())
		}

		/// Approve an endorsed node application: the node joins the validator set at the next
		/// session plan.
		///
		/// ## Origin
		/// [`Config::NodeCommissionOrigin`].
		///
		/// ## Errors
		/// - [`Error::NodeApplicationNotFound`] if `applicant` has no pending application (an
		///   applicant who stops being an active member loses it).
		/// - [`Error::NotEndorsed`] if not more than half of the current leaders endorsed it.
		/// - [`Error::NoSessionKeys`] if the applicant's session keys are not registered.
		/// - [`Error::NodeQuotaReached`] if the collective's quota is full.
		/// - [`Error::TooManyValidators`] if the network has [`Config::MaxValidators`] nodes.
		///
		/// ## Events
		/// [`Event::NodeApproved`].
		#[pallet::call_index(30)]
		#[pallet::weight(T::WeightInfo::approve_node())]
		pub fn approve_node(origin: OriginFor<T>, applicant: T::AccountId) -> DispatchResult {
			T::NodeCommissionOrigin::ensure_origin(origin)?;
			let application = NodeApplications::<T>::get(&applicant)
				.ok_or(Error::<T>::NodeApplicationNotFound)?;
			let collective = application.collective;
			ensure!(Self::is_endorsed(&application), Error::<T>::NotEndorsed);
			ensure!(T::ValidatorRegistration::is_registered(&applicant), Error::<T>::NoSessionKeys);
			ensure!(
				Self::node_count(collective) < T::MaxValidatorsPerCollective::get(),
				Error::<T>::NodeQuotaReached
			);
			ensure!(
				(Self::total_nodes() as u32) < T::MaxValidators::get(),
				Error::<T>::TooManyValidators
			);
			Validators::<T>::try_mutate(|validators| {
				validators
					.try_push((applicant.clone(), collective))
					.map_err(|_| Error::<T>::TooManyValidators)
			})?;
			NodeApplications::<T>::remove(&applicant);
			CollectivesWithoutNodes::<T>::remove(collective);
			PlanPending::<T>::put(true);
			Self::begin_obligation(ReportSubject::Member(applicant.clone()));
			Self::deposit_event(Event::NodeApproved { who: applicant, collective });
			Ok(())
		}

		/// Reject a node application, with the hash of the written reasons.
		///
		/// ## Origin
		/// [`Config::NodeCommissionOrigin`].
		///
		/// ## Errors
		/// - [`Error::NodeApplicationNotFound`] if `applicant` has no pending application.
		///
		/// ## Events
		/// [`Event::NodeRejected`].
		#[pallet::call_index(31)]
		#[pallet::weight(T::WeightInfo::reject_node())]
		pub fn reject_node(
			origin: OriginFor<T>,
			applicant: T::AccountId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::NodeCommissionOrigin::ensure_origin(origin)?;
			let application = NodeApplications::<T>::take(&applicant)
				.ok_or(Error::<T>::NodeApplicationNotFound)?;
			Self::deposit_event(Event::NodeRejected {
				who: applicant,
				collective: application.collective,
				reason,
			});
			Ok(())
		}

		/// Remove a node for good, with the hash of the written reasons: an active node leaves
		/// the set at the next session plan.
		///
		/// ## Origin
		/// [`Config::NodeCommissionOrigin`].
		///
		/// ## Errors
		/// - [`Error::NotValidator`] if `who` runs no node.
		/// - [`Error::LastNodeOfCollective`] if it is its collective's last active node.
		/// - [`Error::TooFewValidators`] if the set would fall below [`Config::MinValidators`].
		///
		/// ## Events
		/// [`Event::NodeRemoved`].
		#[pallet::call_index(32)]
		#[pallet::weight(T::WeightInfo::remove_node())]
		pub fn remove_node(
			origin: OriginFor<T>,
			who: T::AccountId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::NodeCommissionOrigin::ensure_origin(origin)?;
			let collective = if let Some(suspended) = SuspendedNodes::<T>::take(&who) {
				suspended.collective
			} else {
				Self::take_active_node(&who)?
			};
			Self::end_obligation(&ReportSubject::Member(who.clone()));
			Self::deposit_event(Event::NodeRemoved {
				who,
				collective,
				cause: NodeEnd::Removed,
				reason,
			});
			Ok(())
		}

		/// Suspend an active node, with the hash of the written reasons: it leaves the set at
		/// the next session plan and keeps its place in the collective's quota.
		///
		/// ## Origin
		/// [`Config::NodeCommissionOrigin`].
		///
		/// ## Errors
		/// - [`Error::NodeIsSuspended`] if the node is suspended already.
		/// - [`Error::NotValidator`] if `who` runs no node.
		/// - [`Error::LastNodeOfCollective`] if it is its collective's last active node.
		/// - [`Error::TooFewValidators`] if the set would fall below [`Config::MinValidators`].
		///
		/// ## Events
		/// [`Event::NodeSuspended`].
		#[pallet::call_index(33)]
		#[pallet::weight(T::WeightInfo::suspend_node())]
		pub fn suspend_node(
			origin: OriginFor<T>,
			who: T::AccountId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::NodeCommissionOrigin::ensure_origin(origin)?;
			ensure!(!SuspendedNodes::<T>::contains_key(&who), Error::<T>::NodeIsSuspended);
			let collective = Self::take_active_node(&who)?;
			SuspendedNodes::<T>::insert(
				&who,
				SuspendedNode {
					collective,
					reason,
					since: frame_system::Pallet::<T>::block_number(),
				},
			);
			Self::deposit_event(Event::NodeSuspended { who, collective, reason });
			Ok(())
		}

		/// Resume a suspended node: it joins the set again at the next session plan.
		///
		/// ## Origin
		/// [`Config::NodeCommissionOrigin`].
		///
		/// ## Errors
		/// - [`Error::NodeNotSuspended`] if `who` has no suspended node.
		/// - [`Error::NoSessionKeys`] if its session keys are not registered.
		///
		/// ## Events
		/// [`Event::NodeResumed`].
		#[pallet::call_index(34)]
		#[pallet::weight(T::WeightInfo::resume_node())]
		pub fn resume_node(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::NodeCommissionOrigin::ensure_origin(origin)?;
			let suspended = SuspendedNodes::<T>::get(&who).ok_or(Error::<T>::NodeNotSuspended)?;
			ensure!(T::ValidatorRegistration::is_registered(&who), Error::<T>::NoSessionKeys);
			let collective = suspended.collective;
			Validators::<T>::try_mutate(|validators| {
				validators
					.try_push((who.clone(), collective))
					.map_err(|_| Error::<T>::TooManyValidators)
			})?;
			SuspendedNodes::<T>::remove(&who);
			CollectivesWithoutNodes::<T>::remove(collective);
			PlanPending::<T>::put(true);
			Self::deposit_event(Event::NodeResumed { who, collective });
			Ok(())
		}

		/// Propose a project of `collective`: the account that runs it, the hashes of its
		/// description and of the justification of its public value, and the https address of
		/// its open-source repository. The projects commission evaluates it.
		///
		/// ## Origin
		/// Signed by a leader of `collective` who accepted the code of ethics in force.
		///
		/// ## Errors
		/// - [`Error::CollectiveNotFound`] if `collective` does not exist.
		/// - [`Error::NotLeader`] if the signer does not lead `collective`.
		/// - [`Error::LeaderCodeOfEthicsOutdated`] if the signer accepted an older code of
		///   ethics.
		/// - [`Error::RepositoryNotPrintable`], [`Error::RepositoryNotHttps`],
		///   [`Error::RepositoryWithoutHost`] if `repository` is not an https address of printable
		///   ASCII without spaces.
		/// - [`Error::AccountBacksProject`] if `account` backs a pending or registered project.
		/// - [`Error::TooManyPendingProjects`] if [`Config::MaxPendingProjects`] applications are
		///   pending.
		/// - [`Error::IdsExhausted`] if no project id is left.
		///
		/// ## Events
		/// [`Event::ProjectProposed`].
		#[pallet::call_index(35)]
		#[pallet::weight(T::WeightInfo::propose_project(T::MaxPendingProjects::get()))]
		pub fn propose_project(
			origin: OriginFor<T>,
			collective: CollectiveId,
			account: T::AccountId,
			description: DocumentHash,
			justification: DocumentHash,
			repository: RepositoryOf<T>,
		) -> DispatchResult {
			let proposer = ensure_signed(origin)?;
			ensure!(Collectives::<T>::contains_key(collective), Error::<T>::CollectiveNotFound);
			Self::ensure_leader_or_executive(Some(proposer.clone()), collective)?;
			Self::check_repository(&repository)?;
			ensure!(!Self::backs_project(&account), Error::<T>::AccountBacksProject);
			ensure!(
				ProjectApplications::<T>::count() < T::MaxPendingProjects::get(),
				Error::<T>::TooManyPendingProjects
			);
			let project_id = NextProjectId::<T>::get();
			let next = project_id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
			NextProjectId::<T>::put(next);
			ProjectApplications::<T>::insert(
				project_id,
				ProjectInfo {
					collective,
					account: account.clone(),
					description,
					justification,
					repository: repository.clone(),
					status: ProjectStatus::Proposed,
					proposed_at: frame_system::Pallet::<T>::block_number(),
					approved_at: None,
				},
			);
			Self::deposit_event(Event::ProjectProposed {
				project_id,
				collective,
				account,
				proposer,
				description,
				justification,
				repository,
			});
			Ok(())
		}

		/// Withdraw a pending project application (proposed or recommended) of one's collective.
		///
		/// ## Origin
		/// Signed by a leader of the proposing collective who accepted the code of ethics in
		/// force; not necessarily the proposer.
		///
		/// ## Errors
		/// - [`Error::ProjectApplicationNotFound`] if no application with that id is pending.
		/// - [`Error::NotLeader`] if the signer does not lead the proposing collective.
		/// - [`Error::LeaderCodeOfEthicsOutdated`] if the signer accepted an older code of
		///   ethics.
		///
		/// ## Events
		/// [`Event::ProjectWithdrawn`].
		#[pallet::call_index(36)]
		#[pallet::weight(T::WeightInfo::withdraw_project())]
		pub fn withdraw_project(origin: OriginFor<T>, project_id: ProjectId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let application = ProjectApplications::<T>::get(project_id)
				.ok_or(Error::<T>::ProjectApplicationNotFound)?;
			let collective = application.collective;
			Self::ensure_leader_or_executive(Some(who.clone()), collective)?;
			ProjectApplications::<T>::remove(project_id);
			Self::deposit_event(Event::ProjectWithdrawn { project_id, collective, by: who });
			Ok(())
		}

		/// Recommend a proposed project to the Executive Council.
		///
		/// ## Origin
		/// [`Config::ProjectsCommissionOrigin`].
		///
		/// ## Errors
		/// - [`Error::ProjectApplicationNotFound`] if no application with that id is pending.
		/// - [`Error::ProjectAlreadyRecommended`] if it was recommended already.
		///
		/// ## Events
		/// [`Event::ProjectRecommended`].
		#[pallet::call_index(37)]
		#[pallet::weight(T::WeightInfo::recommend_project())]
		pub fn recommend_project(origin: OriginFor<T>, project_id: ProjectId) -> DispatchResult {
			T::ProjectsCommissionOrigin::ensure_origin(origin)?;
			let collective = ProjectApplications::<T>::try_mutate(project_id, |maybe| {
				let application = maybe.as_mut().ok_or(Error::<T>::ProjectApplicationNotFound)?;
				ensure!(
					application.status == ProjectStatus::Proposed,
					Error::<T>::ProjectAlreadyRecommended
				);
				application.status = ProjectStatus::Recommended;
				Ok::<_, Error<T>>(application.collective)
			})?;
			Self::deposit_event(Event::ProjectRecommended { project_id, collective });
			Ok(())
		}

		/// Decline a proposed project, with the hash of the written reasons; the application is
		/// removed.
		///
		/// ## Origin
		/// [`Config::ProjectsCommissionOrigin`].
		///
		/// ## Errors
		/// - [`Error::ProjectApplicationNotFound`] if no application with that id is pending.
		/// - [`Error::ProjectAlreadyRecommended`] if it was recommended: the Executive Council
		///   decides on it now.
		///
		/// ## Events
		/// [`Event::ProjectDeclined`].
		#[pallet::call_index(38)]
		#[pallet::weight(T::WeightInfo::decline_project())]
		pub fn decline_project(
			origin: OriginFor<T>,
			project_id: ProjectId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::ProjectsCommissionOrigin::ensure_origin(origin)?;
			let application = ProjectApplications::<T>::get(project_id)
				.ok_or(Error::<T>::ProjectApplicationNotFound)?;
			ensure!(
				application.status == ProjectStatus::Proposed,
				Error::<T>::ProjectAlreadyRecommended
			);
			ProjectApplications::<T>::remove(project_id);
			Self::deposit_event(Event::ProjectDeclined {
				project_id,
				collective: application.collective,
				reason,
			});
			Ok(())
		}

		/// Approve a recommended project: it is registered with its account, which may receive
		/// capital from its collective's leaders and owes the project's reports from now.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::ProjectApplicationNotFound`] if no application with that id is pending.
		/// - [`Error::ProjectNotRecommended`] if the projects commission has not recommended it.
		/// - [`Error::TooManyProjects`] if [`Config::MaxProjects`] projects are registered.
		/// - [`Error::AccountBacksProject`] if its account backs a registered project.
		///
		/// ## Events
		/// [`Event::ProjectApproved`].
		#[pallet::call_index(39)]
		#[pallet::weight(T::WeightInfo::approve_project())]
		pub fn approve_project(origin: OriginFor<T>, project_id: ProjectId) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			let mut project = ProjectApplications::<T>::get(project_id)
				.ok_or(Error::<T>::ProjectApplicationNotFound)?;
			ensure!(
				project.status == ProjectStatus::Recommended,
				Error::<T>::ProjectNotRecommended
			);
			ensure!(Projects::<T>::count() < T::MaxProjects::get(), Error::<T>::TooManyProjects);
			ensure!(
				!ProjectOf::<T>::contains_key(&project.account),
				Error::<T>::AccountBacksProject
			);
			ProjectApplications::<T>::remove(project_id);
			project.status = ProjectStatus::Approved;
			project.approved_at = Some(frame_system::Pallet::<T>::block_number());
			let collective = project.collective;
			let account = project.account.clone();
			ProjectOf::<T>::insert(&account, project_id);
			Projects::<T>::insert(project_id, project);
			Self::begin_obligation(ReportSubject::Project(project_id));
			Self::deposit_event(Event::ProjectApproved { project_id, collective, account });
			Ok(())
		}

		/// Reject a recommended project, with the hash of the written reasons; the application
		/// is removed.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::ProjectApplicationNotFound`] if no application with that id is pending.
		/// - [`Error::ProjectNotRecommended`] if the projects commission has not recommended it.
		///
		/// ## Events
		/// [`Event::ProjectRejected`].
		#[pallet::call_index(40)]
		#[pallet::weight(T::WeightInfo::reject_project())]
		pub fn reject_project(
			origin: OriginFor<T>,
			project_id: ProjectId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			let application = ProjectApplications::<T>::get(project_id)
				.ok_or(Error::<T>::ProjectApplicationNotFound)?;
			ensure!(
				application.status == ProjectStatus::Recommended,
				Error::<T>::ProjectNotRecommended
			);
			ProjectApplications::<T>::remove(project_id);
			Self::deposit_event(Event::ProjectRejected {
				project_id,
				collective: application.collective,
				reason,
			});
			Ok(())
		}

		/// Retire a registered project, with the hash of the written reasons: its account no
		/// longer receives capital nor owes reports.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::ProjectNotFound`] if no registered project has that id.
		///
		/// ## Events
		/// [`Event::ProjectRetired`].
		#[pallet::call_index(41)]
		#[pallet::weight(T::WeightInfo::retire_project())]
		pub fn retire_project(
			origin: OriginFor<T>,
			project_id: ProjectId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			let project = Projects::<T>::take(project_id).ok_or(Error::<T>::ProjectNotFound)?;
			ProjectOf::<T>::remove(&project.account);
			Self::end_obligation(&ReportSubject::Project(project_id));
			Self::deposit_event(Event::ProjectRetired {
				project_id,
				collective: project.collective,
				account: project.account,
				reason,
			});
			Ok(())
		}

		/// Grant capital (tokens to pay fees) from the treasury of `collective` to an active node
		/// of one of its members or to the account of one of its registered projects, within
		/// [`Config::MaxGrantPerPeriod`] per [`Config::CapitalPeriod`]. The treasury keeps at
		/// least the existential deposit (`Preservation::Preserve`).
		///
		/// ## Origin
		/// Signed by a leader of `collective` who accepted the code of ethics in force.
		///
		/// ## Errors
		/// - [`Error::CollectiveNotFound`] if `collective` does not exist.
		/// - [`Error::NotLeader`] if the signer does not lead `collective`.
		/// - [`Error::LeaderCodeOfEthicsOutdated`] if the signer accepted an older code of
		///   ethics.
		/// - [`Error::ZeroAmount`] if `amount` is zero.
		/// - [`Error::NotBeneficiary`] if `beneficiary` is neither an active node of the
		///   collective nor the account of one of its registered projects.
		/// - [`Error::CapitalOverflow`] if the period's total overflows.
		/// - [`Error::GrantLimitExceeded`] if the period's total would exceed
		///   [`Config::MaxGrantPerPeriod`].
		/// - [`Error::InsufficientTreasuryFunds`] if the treasury cannot pay `amount` and stay
		///   alive.
		/// - The currency's error if the beneficiary cannot receive it (a new account below the
		///   existential deposit).
		///
		/// ## Events
		/// [`Event::CapitalGranted`].
		#[pallet::call_index(42)]
		#[pallet::weight(T::WeightInfo::grant_capital())]
		pub fn grant_capital(
			origin: OriginFor<T>,
			collective: CollectiveId,
			beneficiary: T::AccountId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let leader = ensure_signed(origin)?;
			ensure!(Collectives::<T>::contains_key(collective), Error::<T>::CollectiveNotFound);
			Self::ensure_leader_or_executive(Some(leader), collective)?;
			ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
			ensure!(Self::is_beneficiary(collective, &beneficiary), Error::<T>::NotBeneficiary);
			let period = Self::capital_period(frame_system::Pallet::<T>::block_number());
			let granted_in_period = Self::granted_in(collective, period)
				.checked_add(&amount)
				.ok_or(Error::<T>::CapitalOverflow)?;
			ensure!(
				granted_in_period <= T::MaxGrantPerPeriod::get(),
				Error::<T>::GrantLimitExceeded
			);
			let treasury = Self::treasury_account(collective);
			let payable = <T::Currency as fungible::Inspect<_>>::reducible_balance(
				&treasury,
				Preservation::Preserve,
				Fortitude::Polite,
			);
			ensure!(payable >= amount, Error::<T>::InsufficientTreasuryFunds);
			<T::Currency as fungible::Mutate<_>>::transfer(
				&treasury,
				&beneficiary,
				amount,
				Preservation::Preserve,
			)?;
			CapitalGranted::<T>::insert(collective, (period, granted_in_period));
			Self::deposit_event(Event::CapitalGranted {
				collective,
				beneficiary,
				amount,
				period,
				granted_in_period,
			});
			Ok(())
		}

		/// Submit the periodic report of `subject`: the hash of the document, kept off chain.
		/// A report is for the period that ends at its due block `due`; it can be submitted
		/// after block `due - period`. On time (at `due` at the latest), the next is due one
		/// period after `due`; late, one period after now.
		///
		/// ## Origin
		/// Signed by who answers for `subject`: the member itself, the project's account, the
		/// leader itself, any commissioner of the commission, the Secretary, any advisor.
		///
		/// ## Errors
		/// - [`Error::NoReportDue`] if `subject` has no current report obligation.
		/// - [`Error::NotReporter`] if the signer does not answer for `subject`.
		/// - [`Error::ReportNotDue`] if this period's report was submitted already.
		///
		/// ## Events
		/// [`Event::ReportSubmitted`].
		#[pallet::call_index(43)]
		#[pallet::weight(T::WeightInfo::submit_report())]
		pub fn submit_report(
			origin: OriginFor<T>,
			subject: ReportSubjectOf<T>,
			document: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let due = ReportDue::<T>::get(&subject).ok_or(Error::<T>::NoReportDue)?;
			ensure!(Self::answers_for(&subject, &who), Error::<T>::NotReporter);
			let now = frame_system::Pallet::<T>::block_number();
			let period = Self::report_period(&subject);
			ensure!(now > due.saturating_sub(period), Error::<T>::ReportNotDue);
			let late = now > due;
			let next_due =
				if late { now.saturating_add(period) } else { due.saturating_add(period) };
			ReportDue::<T>::insert(&subject, next_due);
			LastReports::<T>::insert(&subject, (document, now));
			Self::deposit_event(Event::ReportSubmitted { subject, document, late, next_due });
			Ok(())
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

		/// The current leaders of `collective`.
		pub fn leaders(collective: CollectiveId) -> Vec<T::AccountId> {
			Leaders::<T>::get(collective).into_iter().map(|l| l.who).collect()
		}

		/// The collectives that run no active node: new ones, and those whose last node the
		/// Executive Council's suspension or expulsion of its member took out of the set
		/// ([`CollectivesWithoutNodes`]). At most [`Config::MaxCollectives`] reads.
		pub fn collectives_without_nodes() -> Vec<CollectiveId> {
			let validators = Validators::<T>::get();
			Collectives::<T>::iter_keys()
				.filter(|c| !validators.iter().any(|(_, v)| v == c))
				.collect()
		}

		/// The treasury account of `collective`: the sub-account of [`Config::PalletId`] for the
		/// collective's id. Anyone funds it with an ordinary transfer.
		pub fn treasury_account(collective: CollectiveId) -> T::AccountId {
			T::PalletId::get().into_sub_account_truncating(collective)
		}

		/// The balance of the treasury of `collective` (its free balance, the existential
		/// deposit included).
		pub fn treasury_balance(collective: CollectiveId) -> BalanceOf<T> {
			<T::Currency as fungible::Inspect<_>>::balance(&Self::treasury_account(collective))
		}

		/// The most capital the leaders of `collective` can grant now: what is left of
		/// [`Config::MaxGrantPerPeriod`] in the current period, at most what the treasury can pay
		/// and stay alive.
		pub fn capital_available(collective: CollectiveId) -> BalanceOf<T> {
			let period = Self::capital_period(frame_system::Pallet::<T>::block_number());
			let left =
				T::MaxGrantPerPeriod::get().saturating_sub(Self::granted_in(collective, period));
			let payable = <T::Currency as fungible::Inspect<_>>::reducible_balance(
				&Self::treasury_account(collective),
				Preservation::Preserve,
				Fortitude::Polite,
			);
			left.min(payable)
		}

		/// The block by which the next report of `subject` is due; `None` if it owes none.
		pub fn report_due(subject: ReportSubjectOf<T>) -> Option<BlockNumberFor<T>> {
			ReportDue::<T>::get(subject)
		}

		/// The overdue reports (due before the current block) with their due blocks, at most
		/// `limit` (capped at [`MAX_OVERDUE_REPORTS`]), in storage order starting after
		/// `start_after`: to page, pass the last subject of the previous page. Reads every
		/// obligation after `start_after` at most; the obligations are bounded by
		/// [`Config::MaxValidators`], [`Config::MaxProjects`], the leaders' seats and four.
		pub fn overdue_reports(
			start_after: Option<ReportSubjectOf<T>>,
			limit: u32,
		) -> Vec<(ReportSubjectOf<T>, BlockNumberFor<T>)> {
			let now = frame_system::Pallet::<T>::block_number();
			let limit = limit.min(MAX_OVERDUE_REPORTS) as usize;
			let due = match start_after {
				Some(subject) => ReportDue::<T>::iter_from_key(subject),
				None => ReportDue::<T>::iter(),
			};
			due.filter(|(_, due)| *due < now).take(limit).collect()
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Whether `collective` exists and has fewer than [`Config::MinLeaders`] leaders.
	pub fn needs_appointment(collective: CollectiveId) -> bool {
		Collectives::<T>::contains_key(collective)
			&& (Leaders::<T>::decode_len(collective).unwrap_or(0) as u32) < T::MinLeaders::get()
	}

	/// Whether `who` is a current leader of `collective`.
	pub fn is_leader(collective: CollectiveId, who: &T::AccountId) -> bool {
		Leaders::<T>::get(collective).iter().any(|l| &l.who == who)
	}

	/// The collective of `who` if it is an active member.
	pub fn active_collective_of(who: &T::AccountId) -> Option<CollectiveId> {
		Members::<T>::get(who)
			.filter(|m| m.status == MemberStatus::Active)
			.map(|m| m.collective)
	}

	/// Create a collective with no members and no leaders.
	pub(crate) fn do_create_collective(
		name: NameOf<T>,
		kind: CollectiveKind,
		document: Option<DocumentHash>,
	) -> Result<CollectiveId, DispatchError> {
		ensure!(!name.is_empty(), Error::<T>::EmptyName);
		ensure!(!CollectiveNames::<T>::contains_key(&name), Error::<T>::NameTaken);
		ensure!(
			Collectives::<T>::count() < T::MaxCollectives::get(),
			Error::<T>::TooManyCollectives
		);
		let collective = NextCollectiveId::<T>::get();
		let next = collective.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		NextCollectiveId::<T>::put(next);
		CollectiveNames::<T>::insert(&name, collective);
		Collectives::<T>::insert(
			collective,
			CollectiveInfo {
				name: name.clone(),
				kind,
				state: CollectiveState::Active,
				document,
				created_at: frame_system::Pallet::<T>::block_number(),
				member_count: 0,
			},
		);
		Self::deposit_event(Event::CollectiveCreated { collective, name, kind });
		Self::deposit_event(Event::LeadersFellShort { collective, leaders: 0 });
		Ok(collective)
	}

	/// Put `who` on the roster of `collective` with `status`.
	pub(crate) fn do_insert_member(
		who: &T::AccountId,
		collective: CollectiveId,
		institution: NameOf<T>,
		status: MemberStatus<BlockNumberFor<T>>,
		code_of_ethics: DocumentHash,
	) -> DispatchResult {
		ensure!(!institution.is_empty(), Error::<T>::EmptyInstitution);
		ensure!(!Members::<T>::contains_key(who), Error::<T>::AlreadyMember);
		Collectives::<T>::try_mutate(collective, |maybe| {
			let info = maybe.as_mut().ok_or(Error::<T>::CollectiveNotFound)?;
			ensure!(
				info.member_count < T::MaxMembersPerCollective::get(),
				Error::<T>::TooManyMembers
			);
			info.member_count = info.member_count.saturating_add(1);
			Ok::<_, Error<T>>(())
		})?;
		let now = frame_system::Pallet::<T>::block_number();
		let admitted_at = (status != MemberStatus::Applicant).then_some(now);
		Members::<T>::insert(
			who,
			MemberInfo {
				collective,
				institution,
				status,
				code_of_ethics,
				applied_at: now,
				admitted_at,
			},
		);
		CollectiveMembers::<T>::insert(collective, who, ());
		Ok(())
	}

	/// Take `who` off the roster of `collective`. Its leadership must have ended.
	fn do_remove_member(who: &T::AccountId, collective: CollectiveId) {
		Members::<T>::remove(who);
		CollectiveMembers::<T>::remove(collective, who);
		Collectives::<T>::mutate(collective, |maybe| {
			if let Some(info) = maybe {
				info.member_count = info.member_count.saturating_sub(1);
			}
		});
	}

	/// Appoint `who` leader of `collective` from now, after checking every rule.
	pub(crate) fn do_appoint_leader(
		collective: CollectiveId,
		who: &T::AccountId,
	) -> DispatchResult {
		ensure!(Collectives::<T>::contains_key(collective), Error::<T>::CollectiveNotFound);
		let member = Members::<T>::get(who).ok_or(Error::<T>::NotMember)?;
		ensure!(member.collective == collective, Error::<T>::MemberOfAnotherCollective);
		ensure!(member.status == MemberStatus::Active, Error::<T>::NotActiveMember);
		ensure!(
			CodeOfEthics::<T>::get() == Some(member.code_of_ethics),
			Error::<T>::CodeOfEthicsOutdated
		);
		let mut leaders = Leaders::<T>::get(collective);
		ensure!(!leaders.iter().any(|l| &l.who == who), Error::<T>::AlreadyLeader);
		ensure!((leaders.len() as u32) < T::MaxLeaders::get(), Error::<T>::TooManyLeaders);
		for leader in leaders.iter() {
			let same = Members::<T>::get(&leader.who)
				.is_some_and(|other| same_institution(&other.institution, &member.institution));
			ensure!(!same, Error::<T>::InstitutionAlreadyLeading);
		}
		let now = frame_system::Pallet::<T>::block_number();
		let expires_at = now.saturating_add(T::LeaderTerm::get());
		leaders
			.try_push(Leadership { who: who.clone(), appointed_at: now, expires_at, renewals: 0 })
			.map_err(|_| Error::<T>::TooManyLeaders)?;
		Self::schedule_expiry(expires_at, collective, who)?;
		let count = leaders.len() as u32;
		Leaders::<T>::insert(collective, leaders);
		Self::begin_obligation(ReportSubject::Leader(who.clone()));
		Self::deposit_event(Event::LeaderAppointed { collective, who: who.clone(), expires_at });
		// One more leader: the collective was short exactly when it now has the minimum.
		if count == T::MinLeaders::get() {
			Self::deposit_event(Event::LeadersRestored { collective, leaders: count });
		}
		Ok(())
	}

	/// End the leadership of `who` in `collective`, if any, and report the collective when it
	/// falls short of leaders. Returns the ended term.
	fn end_leadership(
		collective: CollectiveId,
		who: &T::AccountId,
		cause: LeadershipEnd,
	) -> Option<LeadershipOf<T>> {
		let mut leaders = Leaders::<T>::get(collective);
		let position = leaders.iter().position(|l| &l.who == who)?;
		let leadership = leaders.remove(position);
		let remaining = leaders.len() as u32;
		if leaders.is_empty() {
			Leaders::<T>::remove(collective);
		} else {
			Leaders::<T>::insert(collective, leaders);
		}
		// The expiry hook took the whole bucket already.
		if cause != LeadershipEnd::TermExpired {
			Self::unschedule_expiry(leadership.expires_at, collective, who);
		}
		Self::end_obligation(&ReportSubject::Leader(who.clone()));
		Self::deposit_event(Event::LeadershipEnded { collective, who: who.clone(), cause });
		let min = T::MinLeaders::get();
		if remaining < min && remaining.saturating_add(1) >= min {
			Self::deposit_event(Event::LeadersFellShort { collective, leaders: remaining });
		}
		Some(leadership)
	}

	/// Add the end of a term to the schedule of block `at`.
	fn schedule_expiry(
		at: BlockNumberFor<T>,
		collective: CollectiveId,
		who: &T::AccountId,
	) -> DispatchResult {
		LeaderExpiries::<T>::try_mutate(at, |bucket| {
			bucket
				.try_push((collective, who.clone()))
				.map_err(|_| Error::<T>::ExpiryScheduleFull)
		})?;
		Ok(())
	}

	/// Take the end of a term off the schedule of block `at`.
	fn unschedule_expiry(at: BlockNumberFor<T>, collective: CollectiveId, who: &T::AccountId) {
		LeaderExpiries::<T>::mutate_exists(at, |maybe| {
			if let Some(bucket) = maybe {
				bucket.retain(|(c, w)| !(*c == collective && w == who));
				if bucket.is_empty() {
					*maybe = None;
				}
			}
		});
	}

	/// Check that `origin` is [`Config::ExecutiveOrigin`] (`None`) or signed (the signer), without
	/// reading storage, so that a wrong origin fails as `BadOrigin` whatever the arguments.
	fn ensure_signed_or_executive(
		origin: OriginFor<T>,
	) -> Result<Option<T::AccountId>, DispatchError> {
		match T::ExecutiveOrigin::try_origin(origin) {
			Ok(_) => Ok(None),
			Err(origin) => Ok(Some(ensure_signed(origin)?)),
		}
	}

	/// Check that the caller from `ensure_signed_or_executive` may decide on the
	/// applications of `collective`: a signed leader of it who accepted the code of ethics in
	/// force (returned), or [`Config::ExecutiveOrigin`] while it has no leaders (`None`).
	fn ensure_leader_or_executive(
		signer: Option<T::AccountId>,
		collective: CollectiveId,
	) -> Result<Option<T::AccountId>, DispatchError> {
		match signer {
			None => {
				ensure!(
					Leaders::<T>::decode_len(collective).unwrap_or(0) == 0,
					Error::<T>::CollectiveHasLeaders
				);
				Ok(None)
			},
			Some(signer) => {
				ensure!(Self::is_leader(collective, &signer), Error::<T>::NotLeader);
				ensure!(
					Self::is_code_of_ethics_current(signer.clone()),
					Error::<T>::LeaderCodeOfEthicsOutdated
				);
				Ok(Some(signer))
			},
		}
	}

	/// Return the deposit of a request to its applicant.
	fn release_deposit(request: &CollectiveRequestOf<T>) -> DispatchResult {
		let released = T::Currency::release(
			&HoldReason::CollectiveRequest.into(),
			&request.applicant,
			request.deposit,
			Precision::BestEffort,
		)?;
		if released != request.deposit {
			defensive!("a request deposit was not fully held");
		}
		Ok(())
	}

	/// Return the application deposit of `who`, if one is held.
	fn release_application_deposit(who: &T::AccountId) -> DispatchResult {
		let Some(deposit) = ApplicationDeposits::<T>::take(who) else { return Ok(()) };
		let released = T::Currency::release(
			&HoldReason::MembershipApplication.into(),
			who,
			deposit,
			Precision::BestEffort,
		)?;
		if released != deposit {
			defensive!("an application deposit was not fully held");
		}
		Ok(())
	}

	/// The holder of an executive seat and its term.
	pub fn executive_seat(seat: ExecutiveSeat) -> Option<SeatOf<T>> {
		match seat {
			ExecutiveSeat::Secretary => ExecutiveSecretary::<T>::get(),
			ExecutiveSeat::Commissioner(commission, collective) => {
				Commissioners::<T>::get(commission, collective)
			},
		}
	}

	/// Store (or clear) the holder of an executive seat.
	fn put_executive_seat(seat: ExecutiveSeat, held: Option<SeatOf<T>>) {
		match seat {
			ExecutiveSeat::Secretary => ExecutiveSecretary::<T>::set(held),
			ExecutiveSeat::Commissioner(commission, collective) => {
				Commissioners::<T>::set(commission, collective, held)
			},
		}
	}

	/// Whether `who` is an advisor.
	pub fn is_advisor(who: &T::AccountId) -> bool {
		Advisors::<T>::get().iter().any(|a| &a.who == who)
	}

	/// Whether `who` holds an executive or an advisory seat.
	pub fn holds_seat(who: &T::AccountId) -> bool {
		ExecutiveSeatOf::<T>::contains_key(who) || Self::is_advisor(who)
	}

	/// Whether `who` may propose for `seat`: a current leader of the represented collective for
	/// a commissioner seat, of any collective for the Secretary.
	fn may_propose(seat: ExecutiveSeat, who: &T::AccountId) -> bool {
		match seat {
			ExecutiveSeat::Secretary => {
				Members::<T>::get(who).is_some_and(|m| Self::is_leader(m.collective, who))
			},
			ExecutiveSeat::Commissioner(_, collective) => Self::is_leader(collective, who),
		}
	}

	/// Check that `who` may hold `seat`: no other seat, and for a commissioner an active member
	/// of the collective it represents.
	fn ensure_eligible(seat: ExecutiveSeat, who: &T::AccountId) -> DispatchResult {
		if let ExecutiveSeat::Commissioner(_, collective) = seat {
			let member = Members::<T>::get(who).ok_or(Error::<T>::NotMember)?;
			ensure!(member.collective == collective, Error::<T>::MemberOfAnotherCollective);
			ensure!(member.status == MemberStatus::Active, Error::<T>::NotActiveMember);
		}
		let holds_this = ExecutiveSeatOf::<T>::get(who) == Some(seat);
		ensure!(holds_this || !Self::holds_seat(who), Error::<T>::AlreadySeated);
		Ok(())
	}

	/// Seat `who` in `seat` for [`Config::ExecutiveTerm`] blocks from now, after checking its
	/// eligibility; replaces the holder, clears the seat's proposals and pushes the councils.
	pub(crate) fn do_designate_executive(
		seat: ExecutiveSeat,
		who: &T::AccountId,
	) -> DispatchResult {
		Self::ensure_eligible(seat, who)?;
		let now = frame_system::Pallet::<T>::block_number();
		let expires_at = now.saturating_add(T::ExecutiveTerm::get());
		let entry = SeatExpiry::Executive(seat);
		let mut replaced = None;
		if let Some(held) = Self::executive_seat(seat) {
			Self::unschedule_seat_expiry(held.expires_at, &entry);
			if &held.who != who {
				ExecutiveSeatOf::<T>::remove(&held.who);
				Self::deposit_event(Event::ExecutiveSeatEnded {
					seat,
					who: held.who.clone(),
					cause: SeatEnd::Replaced,
				});
				replaced = Some(held.who);
			}
		}
		Self::schedule_seat_expiry(expires_at, entry)?;
		Self::put_executive_seat(
			seat,
			Some(Seat { who: who.clone(), designated_at: now, expires_at, renewals: 0 }),
		);
		ExecutiveSeatOf::<T>::insert(who, seat);
		SeatProposals::<T>::remove(seat);
		Self::begin_obligation(Self::seat_subject(seat));
		Self::deposit_event(Event::ExecutiveDesignated {
			seat,
			who: who.clone(),
			expires_at,
			replaced,
		});
		Self::sync_councils_of(seat);
		Ok(())
	}

	/// Vacate an executive seat, if held, and push the councils. Returns the ended term.
	fn end_executive_seat(seat: ExecutiveSeat, cause: SeatEnd) -> Option<SeatOf<T>> {
		let held = Self::executive_seat(seat)?;
		Self::put_executive_seat(seat, None);
		ExecutiveSeatOf::<T>::remove(&held.who);
		let vacated = match seat {
			ExecutiveSeat::Secretary => true,
			ExecutiveSeat::Commissioner(commission, _) => {
				Commissioners::<T>::iter_prefix(commission).next().is_none()
			},
		};
		if vacated {
			Self::end_obligation(&Self::seat_subject(seat));
		}
		// The expiry hook took the whole bucket already.
		if cause != SeatEnd::TermExpired {
			Self::unschedule_seat_expiry(held.expires_at, &SeatExpiry::Executive(seat));
		}
		Self::deposit_event(Event::ExecutiveSeatEnded { seat, who: held.who.clone(), cause });
		Self::sync_councils_of(seat);
		Some(held)
	}

	/// Seat `who` on the Advisory Council for [`Config::AdvisoryTerm`] blocks from now. Returns
	/// the end of the term. The caller pushes the council.
	pub(crate) fn do_seat_advisor(who: &T::AccountId) -> Result<BlockNumberFor<T>, DispatchError> {
		ensure!(!Self::holds_seat(who), Error::<T>::AlreadySeated);
		let now = frame_system::Pallet::<T>::block_number();
		let expires_at = now.saturating_add(T::AdvisoryTerm::get());
		Advisors::<T>::try_mutate(|advisors| {
			advisors
				.try_push(Seat { who: who.clone(), designated_at: now, expires_at, renewals: 0 })
				.map_err(|_| Error::<T>::AdvisoryCouncilFull)
		})?;
		Self::schedule_seat_expiry(expires_at, SeatExpiry::Advisor(who.clone()))?;
		Self::begin_obligation(ReportSubject::AdvisoryCouncil);
		Ok(expires_at)
	}

	/// Take `who` off the Advisory Council, if it is on it, and push the council. Returns the
	/// ended term.
	fn end_advisor(who: &T::AccountId, cause: SeatEnd) -> Option<SeatOf<T>> {
		let mut advisors = Advisors::<T>::get();
		let position = advisors.iter().position(|a| &a.who == who)?;
		let advisor = advisors.remove(position);
		if advisors.is_empty() {
			Self::end_obligation(&ReportSubject::AdvisoryCouncil);
		}
		Advisors::<T>::put(advisors);
		if cause != SeatEnd::TermExpired {
			Self::unschedule_seat_expiry(advisor.expires_at, &SeatExpiry::Advisor(who.clone()));
		}
		Self::deposit_event(Event::AdvisorySeatEnded { who: who.clone(), cause });
		Self::sync_council(Council::Advisory);
		Some(advisor)
	}

	/// A commissioner who stops being an active member of its collective loses its seat.
	fn on_membership_lost(who: &T::AccountId) {
		if let Some(seat @ ExecutiveSeat::Commissioner(..)) = ExecutiveSeatOf::<T>::get(who) {
			Self::end_executive_seat(seat, SeatEnd::MembershipLost);
		}
	}

	/// Add the end of an executive or advisory term to the schedule of block `at`.
	fn schedule_seat_expiry(
		at: BlockNumberFor<T>,
		entry: SeatExpiry<T::AccountId>,
	) -> DispatchResult {
		SeatExpiries::<T>::try_mutate(at, |bucket| {
			bucket.try_push(entry).map_err(|_| Error::<T>::ExpiryScheduleFull)
		})?;
		Ok(())
	}

	/// Take the end of an executive or advisory term off the schedule of block `at`.
	fn unschedule_seat_expiry(at: BlockNumberFor<T>, entry: &SeatExpiry<T::AccountId>) {
		SeatExpiries::<T>::mutate_exists(at, |maybe| {
			if let Some(bucket) = maybe {
				bucket.retain(|e| e != entry);
				if bucket.is_empty() {
					*maybe = None;
				}
			}
		});
	}

	/// The members of `council` according to the seats, sorted.
	pub fn council_members(council: Council) -> Vec<T::AccountId> {
		let mut members: Vec<T::AccountId> = match council {
			Council::Executive => ExecutiveSecretary::<T>::get()
				.map(|s| s.who)
				.into_iter()
				.chain(Commissioners::<T>::iter_values().map(|s| s.who))
				.collect(),
			Council::Advisory => Advisors::<T>::get().into_iter().map(|a| a.who).collect(),
			Council::Commission(commission) => {
				Commissioners::<T>::iter_prefix_values(commission).map(|s| s.who).collect()
			},
		};
		members.sort();
		members
	}

	/// Push the membership of `council` to its `ChangeMembers` if it changed since the last
	/// push; the Executive Council also gets the Secretary as its prime.
	pub(crate) fn sync_council(council: Council) {
		let new = Self::council_members(council);
		let old = CouncilMembers::<T>::get(council);
		if new.as_slice() == old.as_slice() {
			return;
		}
		let Ok(bounded) = CouncilMembersOf::<T>::try_from(new.clone()) else {
			defensive!("a council larger than MaxCouncilMembers");
			return;
		};
		match council {
			Council::Executive => {
				T::ExecutiveCouncil::set_members_sorted(&new, &old);
				T::ExecutiveCouncil::set_prime(ExecutiveSecretary::<T>::get().map(|s| s.who));
			},
			Council::Advisory => T::AdvisoryCouncil::set_members_sorted(&new, &old),
			Council::Commission(Commission::NodeIntegration) => {
				T::NodeCommission::set_members_sorted(&new, &old)
			},
			Council::Commission(Commission::Projects) => {
				T::ProjectsCommission::set_members_sorted(&new, &old)
			},
		}
		let members = bounded.len() as u32;
		if bounded.is_empty() {
			CouncilMembers::<T>::remove(council);
		} else {
			CouncilMembers::<T>::insert(council, bounded);
		}
		Self::deposit_event(Event::CouncilMembersChanged { council, members });
	}

	/// Push the councils that `seat` belongs to.
	fn sync_councils_of(seat: ExecutiveSeat) {
		Self::sync_council(Council::Executive);
		if let ExecutiveSeat::Commissioner(commission, _) = seat {
			Self::sync_council(Council::Commission(commission));
		}
	}

	/// The ayes a motion of `kind` needs: the Secretary's and the quorum's.
	pub fn motion_threshold(kind: DecisionKind) -> u32 {
		let quorum = match kind {
			DecisionKind::Ordinary => T::OrdinaryQuorum::get(),
			DecisionKind::Extraordinary => T::ExtraordinaryQuorum::get(),
		};
		quorum.saturating_add(1)
	}

	/// Return an advisory request's deposit to `who`.
	fn release_advisory_deposit(who: &T::AccountId, deposit: BalanceOf<T>) -> DispatchResult {
		if deposit.is_zero() {
			return Ok(());
		}
		let released = T::Currency::release(
			&HoldReason::AdvisoryRequest.into(),
			who,
			deposit,
			Precision::BestEffort,
		)?;
		if released != deposit {
			defensive!("an advisory request deposit was not fully held");
		}
		Ok(())
	}

	/// Whether `who` runs an active node (is in the validator set).
	pub fn is_validator(who: &T::AccountId) -> bool {
		Validators::<T>::get().iter().any(|(v, _)| v == who)
	}

	/// Whether `who` runs a node, active or suspended.
	pub fn runs_node(who: &T::AccountId) -> bool {
		SuspendedNodes::<T>::contains_key(who) || Self::is_validator(who)
	}

	/// The nodes of `collective`, active and suspended: what its quota counts.
	pub fn node_count(collective: CollectiveId) -> u32 {
		let suspended = SuspendedNodes::<T>::iter_values()
			.filter(|n| n.collective == collective)
			.count();
		Self::active_node_count(collective).saturating_add(suspended as u32)
	}

	/// The active nodes of `collective`.
	pub fn active_node_count(collective: CollectiveId) -> u32 {
		Validators::<T>::get().iter().filter(|(_, c)| *c == collective).count() as u32
	}

	/// All nodes, active and suspended.
	fn total_nodes() -> usize {
		Validators::<T>::decode_len()
			.unwrap_or(0)
			.saturating_add(SuspendedNodes::<T>::count() as usize)
	}

	/// Whether more than half of the current leaders of the application's collective endorsed
	/// it.
	pub fn is_endorsed(application: &NodeApplicationOf<T>) -> bool {
		let leaders = Leaders::<T>::get(application.collective);
		let endorsements = application
			.endorsers
			.iter()
			.filter(|e| leaders.iter().any(|l| &l.who == *e))
			.count();
		endorsements.saturating_mul(2) > leaders.len()
	}

	/// Take the active node of `who` out of the set (the next plan), keeping its collective's
	/// last active node and [`Config::MinValidators`]. Returns its collective.
	fn take_active_node(who: &T::AccountId) -> Result<CollectiveId, DispatchError> {
		let collective = Validators::<T>::try_mutate(|validators| {
			let position =
				validators.iter().position(|(v, _)| v == who).ok_or(Error::<T>::NotValidator)?;
			let (_, collective) = validators.remove(position);
			ensure!(
				validators.iter().any(|(_, c)| *c == collective),
				Error::<T>::LastNodeOfCollective
			);
			ensure!(
				validators.len() as u32 >= T::MinValidators::get(),
				Error::<T>::TooFewValidators
			);
			Ok::<_, DispatchError>(collective)
		})?;
		PlanPending::<T>::put(true);
		Ok(collective)
	}

	/// Remove the node of a member whom the Executive Council suspends or expels, even if it is
	/// its collective's last one, keeping [`Config::MinValidators`].
	fn remove_nodes_of(who: &T::AccountId, cause: NodeEnd, reason: DocumentHash) -> DispatchResult {
		let collective = if let Some(suspended) = SuspendedNodes::<T>::take(who) {
			suspended.collective
		} else {
			let mut validators = Validators::<T>::get();
			let Some(position) = validators.iter().position(|(v, _)| v == who) else {
				return Ok(());
			};
			ensure!(
				validators.len() as u32 > T::MinValidators::get(),
				Error::<T>::TooFewValidators
			);
			let (_, collective) = validators.remove(position);
			let orphaned = !validators.iter().any(|(_, c)| *c == collective);
			Validators::<T>::put(validators);
			PlanPending::<T>::put(true);
			if orphaned {
				CollectivesWithoutNodes::<T>::insert(
					collective,
					frame_system::Pallet::<T>::block_number(),
				);
				Self::deposit_event(Event::CollectiveWithoutNodes { collective });
			}
			collective
		};
		Self::end_obligation(&ReportSubject::Member(who.clone()));
		Self::deposit_event(Event::NodeRemoved { who: who.clone(), collective, cause, reason });
		Ok(())
	}

	/// Drop the pending node application of `who`, if any.
	fn drop_node_application(who: &T::AccountId) {
		if let Some(application) = NodeApplications::<T>::take(who) {
			Self::deposit_event(Event::NodeApplicationWithdrawn {
				who: who.clone(),
				collective: application.collective,
			});
		}
	}

	/// Check that `url` is an https address: printable ASCII without spaces, starting with
	/// `https://` (lowercase), with a non-empty host (what comes before the first `/`, `?` or
	/// `#`, without user information before `@` and without a `:port`).
	pub fn check_repository(url: &[u8]) -> DispatchResult {
		ensure!(url.iter().all(|b| (0x21..=0x7e).contains(b)), Error::<T>::RepositoryNotPrintable);
		let rest = url.strip_prefix(b"https://").ok_or(Error::<T>::RepositoryNotHttps)?;
		let authority = rest.split(|b| matches!(b, b'/' | b'?' | b'#')).next().unwrap_or_default();
		let host_port = authority.rsplit(|b| *b == b'@').next().unwrap_or_default();
		let host = host_port.split(|b| *b == b':').next().unwrap_or_default();
		ensure!(!host.is_empty(), Error::<T>::RepositoryWithoutHost);
		Ok(())
	}

	/// Whether `account` backs a registered project or a pending application. At most
	/// [`Config::MaxPendingProjects`] applications are read.
	pub fn backs_project(account: &T::AccountId) -> bool {
		ProjectOf::<T>::contains_key(account)
			|| ProjectApplications::<T>::iter_values().any(|p| &p.account == account)
	}

	/// The capital period of block `at`: `at / CapitalPeriod`.
	pub fn capital_period(at: BlockNumberFor<T>) -> BlockNumberFor<T> {
		at.checked_div(&T::CapitalPeriod::get()).defensive_unwrap_or_default()
	}

	/// The capital the leaders of `collective` granted in `period`.
	pub fn granted_in(collective: CollectiveId, period: BlockNumberFor<T>) -> BalanceOf<T> {
		match CapitalGranted::<T>::get(collective) {
			Some((granted_period, granted)) if granted_period == period => granted,
			_ => Zero::zero(),
		}
	}

	/// Whether the leaders of `collective` may grant capital to `who`: an active node of a member
	/// of it, or the account of one of its registered projects.
	pub fn is_beneficiary(collective: CollectiveId, who: &T::AccountId) -> bool {
		Validators::<T>::get().iter().any(|(v, c)| v == who && *c == collective)
			|| ProjectOf::<T>::get(who)
				.and_then(Projects::<T>::get)
				.is_some_and(|p| p.collective == collective)
	}

	/// The report period of `subject`.
	pub fn report_period(subject: &ReportSubjectOf<T>) -> BlockNumberFor<T> {
		match subject {
			ReportSubject::Member(_) => T::MemberReportPeriod::get(),
			ReportSubject::Project(_) => T::ProjectReportPeriod::get(),
			ReportSubject::Leader(_) => T::LeaderReportPeriod::get(),
			ReportSubject::Commission(_) => T::CommissionReportPeriod::get(),
			ReportSubject::Secretary => T::SecretaryReportPeriod::get(),
			ReportSubject::AdvisoryCouncil => T::AdvisoryReportPeriod::get(),
		}
	}

	/// Whether `who` answers for the reports of `subject`.
	pub fn answers_for(subject: &ReportSubjectOf<T>, who: &T::AccountId) -> bool {
		match subject {
			ReportSubject::Member(member) | ReportSubject::Leader(member) => member == who,
			ReportSubject::Project(project) => {
				Projects::<T>::get(project).is_some_and(|p| &p.account == who)
			},
			ReportSubject::Commission(commission) => matches!(
				ExecutiveSeatOf::<T>::get(who),
				Some(ExecutiveSeat::Commissioner(c, _)) if c == *commission
			),
			ReportSubject::Secretary => {
				ExecutiveSecretary::<T>::get().is_some_and(|s| &s.who == who)
			},
			ReportSubject::AdvisoryCouncil => Self::is_advisor(who),
		}
	}

	/// The report obligation that comes with an executive seat: the Secretary's, or its
	/// commission's.
	fn seat_subject(seat: ExecutiveSeat) -> ReportSubjectOf<T> {
		match seat {
			ExecutiveSeat::Secretary => ReportSubject::Secretary,
			ExecutiveSeat::Commissioner(commission, _) => ReportSubject::Commission(commission),
		}
	}

	/// Start the report obligation of `subject`, if it has none: the first report is due one
	/// period from now.
	pub(crate) fn begin_obligation(subject: ReportSubjectOf<T>) {
		if !ReportDue::<T>::contains_key(&subject) {
			let due = frame_system::Pallet::<T>::block_number()
				.saturating_add(Self::report_period(&subject));
			ReportDue::<T>::insert(subject, due);
		}
	}

	/// End the report obligation of `subject`, with its last report.
	fn end_obligation(subject: &ReportSubjectOf<T>) {
		ReportDue::<T>::remove(subject);
		LastReports::<T>::remove(subject);
	}

	/// The validator set, as a plain vector of accounts.
	pub fn validators() -> Vec<T::AccountId> {
		Validators::<T>::get().into_iter().map(|(v, _)| v).collect()
	}
}

impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
	/// The validator set, only when it changed since the last plan.
	fn new_session(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		if !PlanPending::<T>::take() {
			return None;
		}
		let validators = Self::validators();
		Self::deposit_event(Event::ValidatorSetPlanned {
			session_index: new_index,
			count: validators.len() as u32,
		});
		log::info!(
			target: "runtime::collectives",
			"planned {} validators for session {}",
			validators.len(),
			new_index,
		);
		Some(validators)
	}

	/// The founding validators, or `None` (then `pallet-session`'s genesis keys decide).
	fn new_session_genesis(_new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		let validators = Self::validators();
		(!validators.is_empty()).then_some(validators)
	}

	fn end_session(_end_index: SessionIndex) {}

	fn start_session(_start_index: SessionIndex) {}
}

/// Whether two stated institutions are the same, ignoring ASCII case and surrounding spaces.
pub fn same_institution(a: &[u8], b: &[u8]) -> bool {
	a.trim_ascii().eq_ignore_ascii_case(b.trim_ascii())
}
