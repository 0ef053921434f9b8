//! Beginning and ending obligations: what [`crate::ReportObligations`] does for the pallets
//! that own the duties.

use crate::*;
use frame_support::defensive;
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Start the obligation of `subject`, if it has none: a report every `period` blocks, the
	/// first due `period` blocks from now. A running obligation keeps its due block and period. A
	/// zero period is refused: it would be due every block and never answerable.
	pub(crate) fn do_begin(subject: ReportSubjectOf<T>, period: BlockNumberFor<T>) {
		if period.is_zero() {
			defensive!("a report obligation with a zero period");
			return;
		}
		if Obligations::<T>::contains_key(&subject) {
			return;
		}
		let due = frame_system::Pallet::<T>::block_number().saturating_add(period);
		Obligations::<T>::insert(subject, Obligation { due, period });
	}

	/// End the obligation of `subject`, if any, with its last report.
	pub(crate) fn do_end(subject: &ReportSubjectOf<T>) {
		Obligations::<T>::remove(subject);
		LastReports::<T>::remove(subject);
	}
}
