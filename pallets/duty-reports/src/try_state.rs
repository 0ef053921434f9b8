//! Invariants of the duty reports pallet, checked by `try-runtime` and after every unit test.
//!
//! That the obligations are exactly the current duties (each node, project, leader, commission
//! with a commissioner, seated Secretary, Advisory Council with an advisor) is a cross-pallet
//! invariant: the runtime tests check it.

use crate::*;
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Check the pallet's invariants:
	/// - every obligation has a non-zero period;
	/// - [`LastReports`] holds only reports of current obligations, none from the future, each
	///   at least one period before its obligation's due block (a report moves the due block one
	///   period past itself at least).
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		for (_, obligation) in Obligations::<T>::iter() {
			ensure!(!obligation.period.is_zero(), "a report obligation with a zero period");
		}
		let now = frame_system::Pallet::<T>::block_number();
		for (subject, (_, at)) in LastReports::<T>::iter() {
			let obligation =
				Obligations::<T>::get(&subject).ok_or("a last report of no current obligation")?;
			ensure!(at <= now, "a report from the future");
			ensure!(
				at.saturating_add(obligation.period) <= obligation.due,
				"a last report within the period it should have closed"
			);
		}
		Ok(())
	}
}
