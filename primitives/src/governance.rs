//! The governance family's shared types and the traits its pallets meet through.
//!
//! | trait | provided by (runtime) | used by |
//! |---|---|---|
//! | [`CollectiveInspect`] | `pallet-collective-registry` | councils, node integration, projects |
//! | [`MembershipHooks`] | node integration, councils (a tuple) | registry |
//! | [`NodeInspect`] | `pallet-node-integration` | projects (capital), reports |
//! | [`SeatInspect`] | `pallet-governing-councils` | reports, other pallets |
//! | [`ProjectInspect`] | `pallet-network-projects` | reports, other pallets |
//! | [`ReportObligations`] | `pallet-duty-reports` | every pallet with a reporting duty |
//! | [`ReportAnswerers`] | each pallet for its subjects (a tuple) | reports |

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::weights::Weight;
use scale_info::TypeInfo;
use sp_runtime::{Debug, DispatchError, DispatchResult};

use crate::DocumentHash;

/// Identifies a collective. Assigned in order from 0.
pub type CollectiveId = u32;

/// Identifies a project application, and the project once registered. Assigned in order from 0.
pub type ProjectId = u32;

/// One of the two commissions of the Executive Council.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum Commission {
	/// Evaluates project applications: one business-profile representative per collective.
	Projects,
	/// Approves, removes and suspends nodes: one technical-profile representative per
	/// collective.
	NodeIntegration,
}

/// A seat of the Executive Council.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum ExecutiveSeat {
	/// The Executive Secretary: the prime member of the Executive Council, who tables motions.
	Secretary,
	/// The representative of a collective on a commission.
	Commissioner(Commission, CollectiveId),
}

/// Why an account stopped being an active member of its collective.
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
pub enum MembershipLoss {
	/// It left its collective (or withdrew its application).
	Left,
	/// The Executive Council suspended it.
	Suspended,
	/// The Executive Council expelled it.
	Expelled,
}

/// Who owes a periodic report: a document kept off chain, of which the chain stores the hash.
///
/// New domain pallets add their own variants here (at the end, so that encodings stay stable)
/// and answer for them through [`ReportAnswerers`].
#[derive(
	Clone,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum ReportSubject<AccountId> {
	/// A member that runs a node, on the node's performance: monthly.
	Member(AccountId),
	/// A registered project, reported by its account (the users): bimonthly.
	Project(ProjectId),
	/// A leader: bimonthly.
	Leader(AccountId),
	/// A commission, reported by any of its commissioners: monthly.
	Commission(Commission),
	/// The Executive Secretary: quarterly.
	Secretary,
	/// The Advisory Council, reported by any advisor: quarterly.
	AdvisoryCouncil,
	/// An authorised general deposit warehouse, on the goods it holds against live
	/// certificates of deposit (its inventory), reported by its officers.
	Warehouse(AccountId),
	/// A reforestation subsidy grant, on the maintenance of the supported land, reported by its
	/// beneficiary while the grant runs.
	SubsidyGrant(u32),
}

/// Read access to collectives, members and leaders.
pub trait CollectiveInspect<AccountId> {
	/// Whether `collective` exists.
	fn collective_exists(collective: CollectiveId) -> bool;
	/// The ids of every collective, in ascending order.
	fn collectives() -> Vec<CollectiveId>;
	/// The collective `who` belongs to or applied to, whatever its status.
	fn collective_of(who: &AccountId) -> Option<CollectiveId>;
	/// The collective of `who` if it is an active (admitted, not suspended) member.
	fn active_collective_of(who: &AccountId) -> Option<CollectiveId>;
	/// Whether `who` is an active member of any collective.
	fn is_active_member(who: &AccountId) -> bool {
		Self::active_collective_of(who).is_some()
	}
	/// Whether `who` is an active member of `collective`.
	fn is_active_member_of(collective: CollectiveId, who: &AccountId) -> bool {
		Self::active_collective_of(who) == Some(collective)
	}
	/// Whether `who` accepted the code of ethics in force.
	fn is_code_of_ethics_current(who: &AccountId) -> bool;
	/// Whether `who` is a current leader of `collective`.
	fn is_leader(collective: CollectiveId, who: &AccountId) -> bool;
	/// The collective `who` currently leads, if any.
	fn led_collective(who: &AccountId) -> Option<CollectiveId> {
		Self::collective_of(who).filter(|c| Self::is_leader(*c, who))
	}
	/// The current leaders of `collective`, in appointment order.
	fn leaders(collective: CollectiveId) -> Vec<AccountId>;
	/// The active members of `collective` (bounded by the registry's members-per-collective
	/// limit), in no particular order.
	fn active_members(collective: CollectiveId) -> Vec<AccountId>;
}

/// No collectives: for pallets that are tested or run without the registry.
impl<AccountId> CollectiveInspect<AccountId> for () {
	fn collective_exists(_collective: CollectiveId) -> bool {
		false
	}
	fn collectives() -> Vec<CollectiveId> {
		Vec::new()
	}
	fn collective_of(_who: &AccountId) -> Option<CollectiveId> {
		None
	}
	fn active_collective_of(_who: &AccountId) -> Option<CollectiveId> {
		None
	}
	fn is_code_of_ethics_current(_who: &AccountId) -> bool {
		false
	}
	fn is_leader(_collective: CollectiveId, _who: &AccountId) -> bool {
		false
	}
	fn leaders(_collective: CollectiveId) -> Vec<AccountId> {
		Vec::new()
	}
	fn active_members(_collective: CollectiveId) -> Vec<AccountId> {
		Vec::new()
	}
}

/// What follows when an account stops being an active member of its collective: its node
/// leaves the set, its commissioner seat ends. Wired in the runtime as a tuple; each element
/// runs in turn and an error reverts the whole call. `()` does nothing.
pub trait MembershipHooks<AccountId> {
	/// Veto: whether `who` may leave its collective of its own accord (a member that runs a
	/// node may not). Called before anything changes.
	fn can_leave(who: &AccountId) -> DispatchResult;

	/// `who` stopped being an active member of `collective` for `cause` (`reason` is the hash of
	/// the Executive Council's reasons, zero when it left). Called before the registry records
	/// the change; an error refuses the suspension or expulsion.
	fn on_membership_lost(
		who: &AccountId,
		collective: CollectiveId,
		cause: MembershipLoss,
		reason: DocumentHash,
	) -> DispatchResult;

	/// The worst-case weight of [`MembershipHooks::can_leave`] and
	/// [`MembershipHooks::on_membership_lost`] together.
	fn weight() -> Weight;
}

#[impl_trait_for_tuples::impl_for_tuples(8)]
impl<AccountId> MembershipHooks<AccountId> for Tuple {
	fn can_leave(who: &AccountId) -> DispatchResult {
		for_tuples!( #( Tuple::can_leave(who)?; )* );
		Ok(())
	}

	fn on_membership_lost(
		who: &AccountId,
		collective: CollectiveId,
		cause: MembershipLoss,
		reason: DocumentHash,
	) -> DispatchResult {
		for_tuples!( #( Tuple::on_membership_lost(who, collective, cause, reason)?; )* );
		Ok(())
	}

	fn weight() -> Weight {
		let mut weight = Weight::zero();
		for_tuples!( #( weight = weight.saturating_add(Tuple::weight()); )* );
		weight
	}
}

/// Read access to the nodes (the validator set).
pub trait NodeInspect<AccountId> {
	/// Whether `who` runs an active node (is in the planned validator set).
	fn is_validator(who: &AccountId) -> bool;
	/// The collective the node of `who` (active or suspended) runs for.
	fn node_collective(who: &AccountId) -> Option<CollectiveId>;
	/// Whether `who` runs an active node for `collective`.
	fn is_validator_of(collective: CollectiveId, who: &AccountId) -> bool {
		Self::is_validator(who) && Self::node_collective(who) == Some(collective)
	}
	/// How many nodes (active or suspended) run for `collective`.
	fn collective_node_count(collective: CollectiveId) -> u32;
}

/// No nodes: for pallets that are tested or run without node integration.
impl<AccountId> NodeInspect<AccountId> for () {
	fn is_validator(_who: &AccountId) -> bool {
		false
	}
	fn node_collective(_who: &AccountId) -> Option<CollectiveId> {
		None
	}
	fn collective_node_count(_collective: CollectiveId) -> u32 {
		0
	}
}

/// Read access to the seats of the Executive and Advisory Councils.
pub trait SeatInspect<AccountId> {
	/// The executive seat `who` holds.
	fn executive_seat_of(who: &AccountId) -> Option<ExecutiveSeat>;
	/// Whether `who` is an advisor.
	fn is_advisor(who: &AccountId) -> bool;
}

/// No councils: for pallets that are tested or run without them.
impl<AccountId> SeatInspect<AccountId> for () {
	fn executive_seat_of(_who: &AccountId) -> Option<ExecutiveSeat> {
		None
	}
	fn is_advisor(_who: &AccountId) -> bool {
		false
	}
}

/// Read access to the registered projects: applications that users run on the network.
pub trait ProjectInspect<AccountId> {
	/// The registered project `who` backs (runs), if any.
	fn project_of(who: &AccountId) -> Option<ProjectId>;
	/// Whether `who` is the account of a registered project.
	fn is_project_account(who: &AccountId) -> bool {
		Self::project_of(who).is_some()
	}
	/// The collective that proposed the registered project `project`.
	fn project_collective(project: ProjectId) -> Option<CollectiveId>;
	/// The account of the registered project `project`.
	fn project_account(project: ProjectId) -> Option<AccountId>;
	/// How many registered projects and pending project applications `collective` has.
	fn collective_project_count(collective: CollectiveId) -> u32;
}

/// No projects: for pallets that are tested or run without them.
impl<AccountId> ProjectInspect<AccountId> for () {
	fn project_of(_who: &AccountId) -> Option<ProjectId> {
		None
	}
	fn project_collective(_project: ProjectId) -> Option<CollectiveId> {
		None
	}
	fn project_account(_project: ProjectId) -> Option<AccountId> {
		None
	}
	fn collective_project_count(_collective: CollectiveId) -> u32 {
		0
	}
}

/// Periodic report obligations, as a service: a pallet whose duty comes with reports begins the
/// obligation when the duty begins and ends it when the duty ends.
pub trait ReportObligations<AccountId, BlockNumber> {
	/// Begin the obligation of `subject`, if it has none: a report every `period` blocks, the
	/// first due `period` blocks from now. An obligation already running keeps its due block
	/// (a replaced Secretary's successor inherits it).
	fn begin(subject: ReportSubject<AccountId>, period: BlockNumber);
	/// End the obligation of `subject`, if any, with its last report.
	fn end(subject: &ReportSubject<AccountId>);
	/// The block by which the next report of `subject` is due, if it has an obligation.
	fn due(subject: &ReportSubject<AccountId>) -> Option<BlockNumber>;
	/// The worst-case weight of [`ReportObligations::begin`].
	fn begin_weight() -> Weight;
	/// The worst-case weight of [`ReportObligations::end`].
	fn end_weight() -> Weight;
}

/// No reports: obligations are neither kept nor asked for.
impl<AccountId, BlockNumber> ReportObligations<AccountId, BlockNumber> for () {
	fn begin(_subject: ReportSubject<AccountId>, _period: BlockNumber) {}
	fn end(_subject: &ReportSubject<AccountId>) {}
	fn due(_subject: &ReportSubject<AccountId>) -> Option<BlockNumber> {
		None
	}
	fn begin_weight() -> Weight {
		Weight::zero()
	}
	fn end_weight() -> Weight {
		Weight::zero()
	}
}

/// Who answers for a report subject: each pallet answers for the subjects of its duties (the
/// registry for leaders, node integration for members that run nodes, projects for projects,
/// the councils for the commissions, the Secretary and the Advisory Council). Wired in the
/// runtime as a tuple: `who` answers if any element says so. `()` answers for nothing.
pub trait ReportAnswerers<AccountId> {
	/// Whether `who` may submit the reports of `subject`.
	fn answers_for(subject: &ReportSubject<AccountId>, who: &AccountId) -> bool;
}

#[impl_trait_for_tuples::impl_for_tuples(8)]
impl<AccountId> ReportAnswerers<AccountId> for Tuple {
	fn answers_for(subject: &ReportSubject<AccountId>, who: &AccountId) -> bool {
		for_tuples!( #( if Tuple::answers_for(subject, who) { return true; } )* );
		false
	}
}

/// Sets up governance state for other pallets' benchmarks, through the real pallets in the
/// runtime and through the stand-ins in unit tests.
#[cfg(feature = "runtime-benchmarks")]
pub trait GovernanceSetup<AccountId> {
	/// A collective: the existing one with id `index`, created (with its predecessors) if
	/// missing.
	fn collective(index: u32) -> CollectiveId;
	/// Make `who` an active member of `collective`, up to date with the code of ethics.
	fn active_member(collective: CollectiveId, who: &AccountId);
	/// Make `who` (an active member made here if needed) a leader of `collective`.
	fn leader(collective: CollectiveId, who: &AccountId);
	/// End every leadership of `collective` (a runtime's genesis leaders, for benchmarks that
	/// need collectives without leaders). Nothing by default.
	fn without_leaders(_collective: CollectiveId) {}
}

/// Appointing and renewing leaders, for the pallet that runs the members' elections. The
/// register (`pallet-collective-registry`) implements it and applies every rule of its own
/// (active member up to date with the code of ethics, distinct institutions, at most
/// `MaxLeaders`, the lifetime term limit, the renewal window); the caller decides who, by the
/// members' and the Executive Council's votes. `()` refuses everything.
pub trait LeadershipRegister<AccountId, BlockNumber> {
	/// Appoint `who` a leader of `collective` for one term.
	fn appoint(collective: CollectiveId, who: &AccountId) -> DispatchResult;
	/// Renew the current term of leader `who` by one term.
	fn renew(who: &AccountId) -> DispatchResult;
	/// The collective `who` leads and the block its current term ends at.
	fn term_of(who: &AccountId) -> Option<(CollectiveId, BlockNumber)>;
	/// How many more leaders `collective` may have now (`MaxLeaders` minus the current ones).
	fn vacancies(collective: CollectiveId) -> u32;
	/// The most [`Self::appoint`] may weigh.
	fn appoint_weight() -> Weight;
	/// The most [`Self::renew`] may weigh.
	fn renew_weight() -> Weight;
}

impl<AccountId, BlockNumber> LeadershipRegister<AccountId, BlockNumber> for () {
	fn appoint(_collective: CollectiveId, _who: &AccountId) -> DispatchResult {
		Err(DispatchError::Unavailable)
	}
	fn renew(_who: &AccountId) -> DispatchResult {
		Err(DispatchError::Unavailable)
	}
	fn term_of(_who: &AccountId) -> Option<(CollectiveId, BlockNumber)> {
		None
	}
	fn vacancies(_collective: CollectiveId) -> u32 {
		0
	}
	fn appoint_weight() -> Weight {
		Weight::zero()
	}
	fn renew_weight() -> Weight {
		Weight::zero()
	}
}

/// Sets and removes fee allowances (capital, in the 2018 model's words): implemented by
/// `pallet-fee-sponsorship`; the `()` implementation does nothing and succeeds (for runtimes and
/// tests without sponsorship).
///
/// Whoever calls it decides on governance's behalf: the runtime gives it only to pallets that
/// gate it by a governance decision (a leaders' grant).
pub trait AllowanceManager<AccountId, Balance> {
	/// Give `who` an allowance of `per_period` paid by `sponsor`, or change it. Fails when
	/// `per_period` is zero or `sponsor` is `who`.
	fn set_allowance(who: AccountId, sponsor: AccountId, per_period: Balance) -> DispatchResult;

	/// Remove `who`'s allowance. Fails when it has none.
	fn remove_allowance(who: AccountId) -> DispatchResult;
}

impl<AccountId, Balance> AllowanceManager<AccountId, Balance> for () {
	fn set_allowance(_: AccountId, _: AccountId, _: Balance) -> DispatchResult {
		Ok(())
	}

	fn remove_allowance(_: AccountId) -> DispatchResult {
		Ok(())
	}
}
