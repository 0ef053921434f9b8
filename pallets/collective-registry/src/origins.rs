//! Origins and filters made of the register, for the runtime and other pallets: the
//! `Contains` and `SortedMembers` types [`ActiveMembers`], [`CurrentLeaders`] and [`LeadersOf`],
//! and the origins [`EnsureLeader`] and [`EnsureActiveMember`].

use crate::{CollectiveId, Config, Leaders, Members, Pallet};
use alloc::vec::Vec;
use core::marker::PhantomData;
use frame_support::traits::{
	Contains, EnsureOrigin, EnsureOriginWithArg, Get, OriginTrait, SortedMembers,
};
use frame_system::RawOrigin;

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
