//! Benchmarks of the validator set pallet, worst case: a nearly full or full set.

use super::*;
use frame_benchmarking::v2::*;

fn account_at<T: Config>(index: u32) -> T::AccountId {
	account("validator", index, 0)
}

/// Fill the planned set with `count` registered validators.
fn fill<T: Config>(count: u32) -> Vec<T::AccountId> {
	let validators: Vec<T::AccountId> = (0..count).map(account_at::<T>).collect();
	for v in &validators {
		T::BenchmarkHelper::register_session_keys(v);
	}
	let bounded: BoundedVec<_, T::MaxValidators> =
		validators.clone().try_into().expect("count <= MaxValidators; qed");
	Validators::<T>::put(bounded);
	validators
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_validator(v: Linear<1, { T::MaxValidators::get() }>) -> Result<(), BenchmarkError> {
		let origin =
			T::ValidatorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		fill::<T>(v - 1);
		let who = account_at::<T>(v);
		T::BenchmarkHelper::register_session_keys(&who);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(Validators::<T>::get().contains(&who));
		Ok(())
	}

	#[benchmark]
	fn remove_validator(v: Linear<2, { T::MaxValidators::get() }>) -> Result<(), BenchmarkError> {
		let origin =
			T::ValidatorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let validators = fill::<T>(v.max(T::MinValidators::get() + 1).min(T::MaxValidators::get()));
		// The last one is the worst case for the position search.
		let who = validators.last().cloned().ok_or(BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(!Validators::<T>::get().contains(&who));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
