//! The councils' memberships: recomputed from the seats after every change, recorded in
//! [`CouncilMembers`] and, except the Executive Council's (whose motions are this pallet's),
//! pushed to their `ChangeMembers` only when they changed.

use crate::*;
use frame_support::defensive;

impl<T: Config> Pallet<T> {
	/// The members of `council` according to the seats, sorted.
	pub(crate) fn seated_members(council: Council) -> Vec<T::AccountId> {
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

	/// Record the membership of `council` if it changed since the last record and push it to
	/// its `ChangeMembers` (the Executive Council's is only recorded).
	pub(crate) fn sync_council(council: Council) {
		let new = Self::seated_members(council);
		let old = CouncilMembers::<T>::get(council);
		if new.as_slice() == old.as_slice() {
			return;
		}
		let Ok(bounded) = CouncilMembersOf::<T>::try_from(new.clone()) else {
			defensive!("a council larger than MaxCouncilMembers");
			return;
		};
		match council {
			Council::Executive => {},
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

	/// Record the councils that `seat` belongs to: the Executive Council and, for a
	/// commissioner, its commission (pushed).
	pub(crate) fn sync_councils_of(seat: ExecutiveSeat) {
		Self::sync_council(Council::Executive);
		if let ExecutiveSeat::Commissioner(commission, _) = seat {
			Self::sync_council(Council::Commission(commission));
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The recorded members of the Executive Council (sorted): the Secretary and every
	/// commissioner.
	pub(crate) fn executive_members() -> CouncilMembersOf<T> {
		CouncilMembers::<T>::get(Council::Executive)
	}

	/// Whether `who` holds an executive seat now.
	pub(crate) fn is_executive_member(who: &T::AccountId) -> bool {
		ExecutiveSeatOf::<T>::contains_key(who)
	}
}
