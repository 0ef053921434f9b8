//! Benchmarks of the fee sponsorship pallet: a new allowance (it also takes a reference on the
//! beneficiary's account), the removal of an allowance whose beneficiary holds nothing else (its
//! account is reaped), and the extension's bookkeeping for a sponsored fee.

use super::*;
use frame_benchmarking::v2::*;
use frame_support::traits::{EnsureOrigin, Get};
use sp_runtime::traits::Saturating;

/// An allowance per period for the benchmarks.
fn amount<T: Config>() -> BalanceOf<T> {
	1_000_000u32.into()
}

/// Give `who` an allowance paid by another account, half of it used.
fn existing_allowance<T: Config>(who: &T::AccountId) -> Result<(), BenchmarkError> {
	let sponsor: T::AccountId = account("sponsor", 0, 0);
	Pallet::<T>::do_set_allowance(who.clone(), sponsor, amount::<T>())
		.map_err(|_| BenchmarkError::Stop("the allowance could not be set"))?;
	Pallet::<T>::note_sponsored_fee(who, 500_000u32.into());
	Ok(())
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn set_allowance() -> Result<(), BenchmarkError> {
		let origin =
			T::AllowanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		// A new beneficiary (the allowance also takes a reference on its account).
		let who: T::AccountId = account("beneficiary", 0, 0);
		let sponsor: T::AccountId = account("sponsor", 1, 0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), sponsor.clone(), amount::<T>());

		assert_eq!(Allowances::<T>::get(&who).map(|a| a.sponsor), Some(sponsor));
		Ok(())
	}

	#[benchmark]
	fn remove_allowance() -> Result<(), BenchmarkError> {
		let origin =
			T::AllowanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("beneficiary", 0, 0);
		existing_allowance::<T>(&who)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(!Allowances::<T>::contains_key(&who));
		Ok(())
	}

	/// What `ChargeSponsored` adds to the payment: the allowance looked up in `validate`,
	/// counted in `prepare` and refunded in `post_dispatch`, in a new period (the longest path).
	#[benchmark]
	fn sponsor_fee() -> Result<(), BenchmarkError> {
		let who: T::AccountId = account("beneficiary", 0, 0);
		existing_allowance::<T>(&who)?;
		let next_period =
			frame_system::Pallet::<T>::block_number().saturating_add(T::Period::get());
		frame_system::Pallet::<T>::set_block_number(next_period);
		let fee: BalanceOf<T> = 1_000u32.into();

		#[block]
		{
			let sponsor = Pallet::<T>::sponsor_covering(&who, fee);
			assert!(sponsor.is_some());
			Pallet::<T>::note_sponsored_fee(&who, fee);
			Pallet::<T>::note_sponsored_refund(&who, 100u32.into());
		}

		assert_eq!(Allowances::<T>::get(&who).map(|a| a.used), Some(900u32.into()));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
