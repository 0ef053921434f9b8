//! Invariants of the fee sponsorship pallet, checked by `try-runtime` and after every unit test.

use crate::*;
use frame_support::ensure;
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// Check the pallet's invariants, for every allowance:
	/// - its amount per period is not zero;
	/// - its sponsor is not its beneficiary;
	/// - what it used is at most its amount per period (a sponsor never pays beyond it);
	/// - its period did not start in the future;
	/// - its beneficiary's account exists with a sufficient reference (the allowance's).
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		for (who, allowance) in Allowances::<T>::iter() {
			ensure!(!allowance.per_period.is_zero(), "an allowance of zero per period");
			ensure!(allowance.sponsor != who, "an account sponsoring itself");
			ensure!(allowance.used <= allowance.per_period, "an allowance used beyond its amount");
			ensure!(allowance.period_start <= now, "an allowance period starting in the future");
			ensure!(
				frame_system::Account::<T>::get(&who).sufficients > 0,
				"a beneficiary without the allowance's sufficient reference"
			);
		}
		Ok(())
	}
}
