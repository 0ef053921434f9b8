//! Submitting reports, and the overdue view.

use crate::*;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Record `who`'s report `document` for `subject`: see [`Pallet::submit_report`].
	pub(crate) fn do_submit_report(
		who: &T::AccountId,
		subject: ReportSubjectOf<T>,
		document: DocumentHash,
	) -> DispatchResult {
		let Obligation { due, period } =
			Obligations::<T>::get(&subject).ok_or(Error::<T>::NotFound)?;
		ensure!(T::Answerers::answers_for(&subject, who), Error::<T>::NotReporter);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now > due.saturating_sub(period), Error::<T>::NotDue);
		let late = now > due;
		let next_due = if late { now.saturating_add(period) } else { due.saturating_add(period) };
		Obligations::<T>::insert(&subject, Obligation { due: next_due, period });
		LastReports::<T>::insert(&subject, (document, now));
		Self::deposit_event(Event::ReportSubmitted { subject, document, late, next_due });
		Ok(())
	}

	/// The obligations due before the current block, at most `limit` (capped at
	/// [`MAX_OVERDUE_REPORTS`]), in storage order after `start_after`.
	pub(crate) fn overdue(
		start_after: Option<ReportSubjectOf<T>>,
		limit: u32,
	) -> Vec<(ReportSubjectOf<T>, BlockNumberFor<T>)> {
		let now = frame_system::Pallet::<T>::block_number();
		let limit = limit.min(MAX_OVERDUE_REPORTS) as usize;
		let obligations = match start_after {
			Some(subject) => Obligations::<T>::iter_from_key(subject),
			None => Obligations::<T>::iter(),
		};
		obligations
			.map(|(subject, obligation)| (subject, obligation.due))
			.filter(|(_, due)| *due < now)
			.take(limit)
			.collect()
	}
}
