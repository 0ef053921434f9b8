//! Benchmarks of the duty reports pallet, worst case: the subject whose answerer check costs
//! most in the runtime ([`crate::BenchmarkHelper::answerer`]), and obligations of subjects that
//! name an account (the longest keys).

use super::*;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use sp_core::H256;
use sp_runtime::traits::Saturating;

/// The period of the obligations the benchmarks begin.
fn period<T: Config>() -> BlockNumberFor<T> {
	10u32.into()
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn submit_report() -> Result<(), BenchmarkError> {
		let (subject, who) = T::BenchmarkHelper::answerer();
		// The helper's duty may have begun the obligation already; then it keeps its period.
		Pallet::<T>::do_begin(subject.clone(), period::<T>());
		let obligation = Obligations::<T>::get(&subject).ok_or(BenchmarkError::Weightless)?;
		frame_system::Pallet::<T>::set_block_number(obligation.due);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), subject.clone(), H256::repeat_byte(6));

		assert_eq!(
			Pallet::<T>::report_due(subject),
			Some(obligation.due.saturating_add(obligation.period))
		);
		Ok(())
	}

	#[benchmark]
	fn begin_obligation() {
		let subject: ReportSubjectOf<T> = ReportSubject::Member(account("member", 0, 0));

		#[block]
		{
			<Pallet<T> as ReportObligations<_, _>>::begin(subject.clone(), period::<T>());
		}

		assert!(Obligations::<T>::contains_key(&subject));
	}

	#[benchmark]
	fn end_obligation() {
		let subject: ReportSubjectOf<T> = ReportSubject::Member(account("member", 0, 0));
		Pallet::<T>::do_begin(subject.clone(), period::<T>());
		let now = frame_system::Pallet::<T>::block_number();
		LastReports::<T>::insert(&subject, (H256::repeat_byte(6), now));

		#[block]
		{
			<Pallet<T> as ReportObligations<_, _>>::end(&subject);
		}

		assert!(!Obligations::<T>::contains_key(&subject));
		assert!(!LastReports::<T>::contains_key(&subject));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
