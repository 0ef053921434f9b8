//! Offences reported through `pallet-offences`: the offender is suspended, or flagged for the
//! node commission's review when its suspension would take the set below the minimum.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Act on `offence` of `who`: nothing if `who` is not an active node or an offence of the
	/// same session or a later one was acted on already; otherwise suspend it when the set keeps
	/// [`MinValidators`] (even its collective's last active node, then flagged in
	/// [`CollectivesWithoutNodes`]), or flag it in [`FlaggedNodes`].
	pub(crate) fn do_on_offence(who: &T::AccountId, offence: OffenceRecord) {
		if LastOffences::<T>::get(who).is_some_and(|last| offence.session <= last) {
			return;
		}
		let mut validators = Validators::<T>::get();
		let Some((position, collective)) = validators
			.iter()
			.enumerate()
			.find_map(|(i, (v, c))| (v == who).then_some((i, *c)))
		else {
			return;
		};
		LastOffences::<T>::insert(who, offence.session);
		let now = frame_system::Pallet::<T>::block_number();
		if validators.len() as u32 > MinValidators::<T>::get() {
			validators.remove(position);
			let orphaned = !validators.iter().any(|(_, c)| *c == collective);
			Validators::<T>::put(validators);
			PlanPending::<T>::put(true);
			FlaggedNodes::<T>::remove(who);
			SuspendedNodes::<T>::insert(
				who,
				SuspendedNode { collective, cause: Suspension::Offence(offence), since: now },
			);
			if orphaned {
				CollectivesWithoutNodes::<T>::insert(collective, now);
				Self::deposit_event(Event::CollectiveWithoutNodes { collective });
			}
			Self::deposit_event(Event::OffenderSuspended { who: who.clone(), collective, offence });
		} else {
			FlaggedNodes::<T>::insert(who, FlaggedNode { collective, offence, since: now });
			Self::deposit_event(Event::OffenderFlagged { who: who.clone(), collective, offence });
		}
	}
}
