//! Invariants of the validator set, checked by `try-runtime` and after every unit test.

use super::*;
use alloc::collections::btree_set::BTreeSet;

impl<T: Config> Pallet<T> {
	/// Check the pallet's invariants:
	/// - the planned set has no duplicates;
	/// - once initialised, the planned set holds at least [`Config::MinValidators`] accounts;
	/// - every planned validator has registered session keys.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let validators = Validators::<T>::get();
		let distinct: BTreeSet<_> = validators.iter().collect();
		ensure!(distinct.len() == validators.len(), "duplicate validator in the planned set");
		ensure!(
			validators.is_empty() || validators.len() >= T::MinValidators::get() as usize,
			"planned set below MinValidators"
		);
		ensure!(
			validators.iter().all(T::ValidatorRegistration::is_registered),
			"planned validator without session keys"
		);
		Ok(())
	}
}
