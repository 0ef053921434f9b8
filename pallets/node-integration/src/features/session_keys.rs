//! Session keys purged through this pallet, never while `pallet-session` may still need them.

use crate::*;

impl<T: Config> Pallet<T> {
	/// `who` purges its session keys. See [`Pallet::purge_keys`].
	pub(crate) fn do_purge_keys(who: T::AccountId) -> DispatchResult {
		ensure!(!Self::runs_node(&who), Error::<T>::RunsNode);
		ensure!(
			!PlannedValidators::<T>::get().contains(&who)
				&& !T::Session::validators().contains(&who)
				&& !T::Session::queued_validators().contains(&who),
			Error::<T>::StillInSession
		);
		ensure!(T::Session::has_keys(&who), Error::<T>::SessionKeysNotFound);
		T::Session::purge_keys(&who)?;
		Self::deposit_event(Event::SessionKeysPurged { who });
		Ok(())
	}
}
