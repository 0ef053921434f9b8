//! What other pallets (tenders, councils, node integration) may ask about collectives, members,
//! leaders, councils, nodes and projects without depending on this pallet's storage, and what
//! this pallet needs from the runtime (tabling the Executive Council's motions).

use crate::{
	Advisors, CollectiveId, Collectives, Config, ExecutiveSeat, ExecutiveSeatOf, Leaders, Members,
	Pallet, ProjectId, ProjectOf, Projects, SuspendedNodes, Validators,
};
use alloc::{boxed::Box, vec::Vec};
use core::marker::PhantomData;
use frame_support::{
	traits::{Contains, EnsureOrigin, EnsureOriginWithArg, Get, OriginTrait, SortedMembers},
	weights::Weight,
};
use frame_system::RawOrigin;
use sp_runtime::{DispatchError, DispatchResult};

/// Tables a motion of the Executive Secretary in the Executive Council's collective.
///
/// The runtime implements it with the `pallet_collective` instance that [`Config::ExecutiveCouncil`]
/// feeds:
///
/// ```ignore
/// fn table(secretary: AccountId, threshold: u32, proposal: Box<RuntimeCall>, length_bound: u32)
///     -> DispatchResult
/// {
///     let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&proposal);
///     let index = pallet_collective::ProposalCount::<Runtime, ExecutiveInstance>::get();
///     ExecutiveCollective::do_propose_proposed(secretary.clone(), threshold, proposal, length_bound)?;
///     ExecutiveCollective::do_vote(secretary, hash, index, true)?;
///     Ok(())
/// }
/// ```
///
/// so that the Secretary's aye is recorded and the motion passes with `threshold` ayes.
pub trait ExecutiveMotions<AccountId, Proposal> {
	/// Table `proposal` on behalf of `secretary`, needing `threshold` ayes (the Secretary's
	/// included), and record the Secretary's aye.
	fn table(
		secretary: AccountId,
		threshold: u32,
		proposal: Box<Proposal>,
		length_bound: u32,
	) -> DispatchResult;

	/// The weight of [`ExecutiveMotions::table`] for a proposal of at most `length_bound`
	/// bytes, beyond this pallet's own `table_motion` weight.
	fn table_weight(_length_bound: u32) -> Weight {
		Weight::zero()
	}
}

/// No Executive Council motions: `table_motion` fails.
impl<AccountId, Proposal> ExecutiveMotions<AccountId, Proposal> for () {
	fn table(
		_secretary: AccountId,
		_threshold: u32,
		_proposal: Box<Proposal>,
		_length_bound: u32,
	) -> DispatchResult {
		Err(DispatchError::Other("the runtime tables no Executive Council motions"))
	}
}

/// Read access to the councils and the nodes.
pub trait NetworkInspect<AccountId> {
	/// Whether `who` runs an active node (is in the planned validator set).
	fn is_validator(who: &AccountId) -> bool;
	/// The collective the node of `who` (active or suspended) runs for.
	fn node_collective(who: &AccountId) -> Option<CollectiveId>;
	/// The executive seat `who` holds.
	fn executive_seat_of(who: &AccountId) -> Option<ExecutiveSeat>;
	/// Whether `who` is an advisor.
	fn is_advisor(who: &AccountId) -> bool;
}

/// No councils nor nodes: for pallets that are tested or run without this one.
impl<AccountId> NetworkInspect<AccountId> for () {
	fn is_validator(_who: &AccountId) -> bool {
		false
	}
	fn node_collective(_who: &AccountId) -> Option<CollectiveId> {
		None
	}
	fn executive_seat_of(_who: &AccountId) -> Option<ExecutiveSeat> {
		None
	}
	fn is_advisor(_who: &AccountId) -> bool {
		false
	}
}

impl<T: Config> NetworkInspect<T::AccountId> for Pallet<T> {
	fn is_validator(who: &T::AccountId) -> bool {
		Pallet::<T>::is_validator(who)
	}
	fn node_collective(who: &T::AccountId) -> Option<CollectiveId> {
		SuspendedNodes::<T>::get(who)
			.map(|n| n.collective)
			.or_else(|| Validators::<T>::get().iter().find(|(v, _)| v == who).map(|(_, c)| *c))
	}
	fn executive_seat_of(who: &T::AccountId) -> Option<ExecutiveSeat> {
		ExecutiveSeatOf::<T>::get(who)
	}
	fn is_advisor(who: &T::AccountId) -> bool {
		Advisors::<T>::get().iter().any(|a| &a.who == who)
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
}

/// No projects: for pallets that are tested or run without this one.
impl<AccountId> ProjectInspect<AccountId> for () {
	fn project_of(_who: &AccountId) -> Option<ProjectId> {
		None
	}
	fn project_collective(_project: ProjectId) -> Option<CollectiveId> {
		None
	}
}

impl<T: Config> ProjectInspect<T::AccountId> for Pallet<T> {
	fn project_of(who: &T::AccountId) -> Option<ProjectId> {
		ProjectOf::<T>::get(who)
	}
	fn project_collective(project: ProjectId) -> Option<CollectiveId> {
		Projects::<T>::get(project).map(|p| p.collective)
	}
}

/// Read access to collectives, members and leaders.
pub trait CollectiveInspect<AccountId> {
	/// Whether `collective` exists.
	fn collective_exists(collective: CollectiveId) -> bool;
	/// The collective `who` belongs to or applied to, whatever its status.
	fn collective_of(who: &AccountId) -> Option<CollectiveId>;
	/// Whether `who` is an active (admitted, not suspended) member of any collective.
	fn is_active_member(who: &AccountId) -> bool;
	/// Whether `who` is an active member of `collective`.
	fn is_active_member_of(collective: CollectiveId, who: &AccountId) -> bool;
	/// Whether `who` is a current leader of `collective`.
	fn is_leader(collective: CollectiveId, who: &AccountId) -> bool;
	/// The current leaders of `collective`, in appointment order.
	fn leaders(collective: CollectiveId) -> Vec<AccountId>;
}

/// No collectives: for pallets that are tested or run without this one.
impl<AccountId> CollectiveInspect<AccountId> for () {
	fn collective_exists(_collective: CollectiveId) -> bool {
		false
	}
	fn collective_of(_who: &AccountId) -> Option<CollectiveId> {
		None
	}
	fn is_active_member(_who: &AccountId) -> bool {
		false
	}
	fn is_active_member_of(_collective: CollectiveId, _who: &AccountId) -> bool {
		false
	}
	fn is_leader(_collective: CollectiveId, _who: &AccountId) -> bool {
		false
	}
	fn leaders(_collective: CollectiveId) -> Vec<AccountId> {
		Vec::new()
	}
}

impl<T: Config> CollectiveInspect<T::AccountId> for Pallet<T> {
	fn collective_exists(collective: CollectiveId) -> bool {
		Collectives::<T>::contains_key(collective)
	}
	fn collective_of(who: &T::AccountId) -> Option<CollectiveId> {
		Members::<T>::get(who).map(|m| m.collective)
	}
	fn is_active_member(who: &T::AccountId) -> bool {
		Pallet::<T>::active_collective_of(who).is_some()
	}
	fn is_active_member_of(collective: CollectiveId, who: &T::AccountId) -> bool {
		Pallet::<T>::active_collective_of(who) == Some(collective)
	}
	fn is_leader(collective: CollectiveId, who: &T::AccountId) -> bool {
		Pallet::<T>::is_leader(collective, who)
	}
	fn leaders(collective: CollectiveId) -> Vec<T::AccountId> {
		Pallet::<T>::leaders(collective)
	}
}

/// `Contains` the active members of every collective.
pub struct ActiveMembers<T>(PhantomData<T>);
impl<T: Config> Contains<T::AccountId> for ActiveMembers<T> {
	fn contains(who: &T::AccountId) -> bool {
		Pallet::<T>::active_collective_of(who).is_some()
	}
}

/// `Contains` the current leaders of every collective.
pub struct CurrentLeaders<T>(PhantomData<T>);
impl<T: Config> Contains<T::AccountId> for CurrentLeaders<T> {
	fn contains(who: &T::AccountId) -> bool {
		Members::<T>::get(who).is_some_and(|m| Pallet::<T>::is_leader(m.collective, who))
	}
}

/// The current leaders of the collective `C`, as `SortedMembers`: with
/// `frame_system::EnsureSignedBy<LeadersOf<T, C>, _>` it makes an origin of them.
pub struct LeadersOf<T, C>(PhantomData<(T, C)>);
impl<T: Config, C: Get<CollectiveId>> SortedMembers<T::AccountId> for LeadersOf<T, C> {
	fn sorted_members() -> Vec<T::AccountId> {
		let mut leaders = Pallet::<T>::leaders(C::get());
		leaders.sort();
		leaders
	}

	fn contains(who: &T::AccountId) -> bool {
		Pallet::<T>::is_leader(C::get(), who)
	}

	fn count() -> usize {
		Leaders::<T>::decode_len(C::get()).unwrap_or(0)
	}
}

/// Origin of a signed current leader of any collective; succeeds with its collective and account.
/// As `EnsureOriginWithArg<_, CollectiveId>`, a signed current leader of the given collective;
/// succeeds with its account.
pub struct EnsureLeader<T>(PhantomData<T>);

impl<O: OriginTrait<AccountId = T::AccountId>, T: Config> EnsureOrigin<O> for EnsureLeader<T> {
	type Success = (CollectiveId, T::AccountId);

	fn try_origin(o: O) -> Result<Self::Success, O> {
		let found = match o.as_system_ref() {
			Some(RawOrigin::Signed(who)) => Members::<T>::get(who)
				.filter(|m| Pallet::<T>::is_leader(m.collective, who))
				.map(|m| (m.collective, who.clone())),
			_ => None,
		};
		found.ok_or(o)
	}

	/// A leader of any collective, if one exists.
	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<O, ()> {
		Leaders::<T>::iter_values()
			.find_map(|leaders| leaders.first().map(|l| l.who.clone()))
			.map(O::signed)
			.ok_or(())
	}
}

impl<O: OriginTrait<AccountId = T::AccountId>, T: Config> EnsureOriginWithArg<O, CollectiveId>
	for EnsureLeader<T>
{
	type Success = T::AccountId;

	fn try_origin(o: O, collective: &CollectiveId) -> Result<Self::Success, O> {
		let found = match o.as_system_ref() {
			Some(RawOrigin::Signed(who)) if Pallet::<T>::is_leader(*collective, who) => {
				Some(who.clone())
			},
			_ => None,
		};
		found.ok_or(o)
	}

	/// A leader of `collective`, if it has one.
	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin(collective: &CollectiveId) -> Result<O, ()> {
		Leaders::<T>::get(collective)
			.first()
			.map(|l| O::signed(l.who.clone()))
			.ok_or(())
	}
}

/// Origin of a signed active member of any collective; succeeds with its collective and account.
pub struct EnsureActiveMember<T>(PhantomData<T>);

impl<O: OriginTrait<AccountId = T::AccountId>, T: Config> EnsureOrigin<O>
	for EnsureActiveMember<T>
{
	type Success = (CollectiveId, T::AccountId);

	fn try_origin(o: O) -> Result<Self::Success, O> {
		let found = match o.as_system_ref() {
			Some(RawOrigin::Signed(who)) => {
				Pallet::<T>::active_collective_of(who).map(|c| (c, who.clone()))
			},
			_ => None,
		};
		found.ok_or(o)
	}

	/// An active member, if one exists.
	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<O, ()> {
		Members::<T>::iter()
			.find(|(_, m)| m.status == crate::MemberStatus::Active)
			.map(|(who, _)| O::signed(who))
			.ok_or(())
	}
}
