//! Benchmarks of collective capital, worst case: the beneficiary is a project's account (the
//! node look-up fails first), a grant replaces a grant of another collective, and the pending
//! requests fill all but one place.

use super::*;
use bmx_primitives::governance::GovernanceSetup;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;

/// The hash of the purpose and of the reasons the benchmarks give.
const DOCUMENT: DocumentHash = DocumentHash::repeat_byte(7);

/// A collective with a leader and a project's account: `(collective, leader, beneficiary)`.
fn setup<T: Config>(index: u32) -> (CollectiveId, T::AccountId, T::AccountId) {
	let collective = T::BenchmarkHelper::collective(index);
	let leader: T::AccountId = account("leader", index, 0);
	T::BenchmarkHelper::leader(collective, &leader);
	let beneficiary: T::AccountId = account("project", index, 0);
	T::BenchmarkHelper::project_account(collective, &beneficiary);
	(collective, leader, beneficiary)
}

/// Fill the pending requests with requests of no real account, leaving `free` places.
fn fill_requests<T: Config>(free: u32) {
	let request = CapitalRequest {
		collective: CollectiveId::MAX,
		per_period: T::MaxGrantPerPeriod::get(),
		purpose: DOCUMENT,
		expires_at: frame_system::Pallet::<T>::block_number()
			.saturating_add(T::RequestLifetime::get()),
	};
	for index in 0..T::MaxPendingRequests::get().saturating_sub(free) {
		let filler: T::AccountId = account("filler", index, 0);
		Requests::<T>::insert(filler, request.clone());
	}
}

/// Make room for `amount` in the budget of `collective`.
fn budget_for<T: Config>(collective: CollectiveId, amount: BalanceOf<T>) {
	Budgets::<T>::insert(collective, amount.saturating_add(amount));
}

/// Record a grant of `collective` to `who`, with its allowance.
fn grant<T: Config>(collective: CollectiveId, who: &T::AccountId, leader: &T::AccountId) {
	let per_period = T::MaxGrantPerPeriod::get();
	budget_for::<T>(collective, per_period);
	T::Allowances::set_allowance(who.clone(), Pallet::<T>::treasury(collective), per_period)
		.expect("the benchmark's allowance is valid; qed");
	Grants::<T>::insert(
		who,
		Grant {
			collective,
			per_period,
			granted_by: leader.clone(),
			since: frame_system::Pallet::<T>::block_number(),
		},
	);
	Pallet::<T>::set_committed(
		collective,
		Committed::<T>::get(collective).saturating_add(per_period),
	);
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn request_capital() -> Result<(), BenchmarkError> {
		let (collective, _, who) = setup::<T>(0);
		fill_requests::<T>(1);
		let per_period = T::MaxGrantPerPeriod::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), per_period, DOCUMENT);

		assert_eq!(Requests::<T>::get(&who).map(|r| r.collective), Some(collective));
		Ok(())
	}

	#[benchmark]
	fn withdraw_capital_request() -> Result<(), BenchmarkError> {
		let (_, _, who) = setup::<T>(0);
		fill_requests::<T>(1);
		Pallet::<T>::do_request_capital(who.clone(), T::MaxGrantPerPeriod::get(), DOCUMENT)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(!Requests::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn remove_expired_request() -> Result<(), BenchmarkError> {
		let (_, _, who) = setup::<T>(0);
		fill_requests::<T>(1);
		Pallet::<T>::do_request_capital(who.clone(), T::MaxGrantPerPeriod::get(), DOCUMENT)?;
		let expired =
			frame_system::Pallet::<T>::block_number().saturating_add(T::RequestLifetime::get());
		frame_system::Pallet::<T>::set_block_number(expired);
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), who.clone());

		assert!(!Requests::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn grant_capital() -> Result<(), BenchmarkError> {
		let (collective, leader, who) = setup::<T>(0);
		// The beneficiary's current grant belongs to another collective: both budgets change.
		let (other, other_leader, _) = setup::<T>(1);
		grant::<T>(other, &who, &other_leader);
		budget_for::<T>(collective, T::MaxGrantPerPeriod::get());
		fill_requests::<T>(1);
		Pallet::<T>::do_request_capital(who.clone(), T::MaxGrantPerPeriod::get(), DOCUMENT)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(leader), who.clone());

		assert_eq!(Grants::<T>::get(&who).map(|g| g.collective), Some(collective));
		Ok(())
	}

	#[benchmark]
	fn refuse_capital() -> Result<(), BenchmarkError> {
		let (_, leader, who) = setup::<T>(0);
		fill_requests::<T>(1);
		Pallet::<T>::do_request_capital(who.clone(), T::MaxGrantPerPeriod::get(), DOCUMENT)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(leader), who.clone(), DOCUMENT);

		assert!(!Requests::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn revoke_capital() -> Result<(), BenchmarkError> {
		// A leader revokes: the Executive origin is tried first, then the leadership read.
		let (collective, leader, who) = setup::<T>(0);
		grant::<T>(collective, &who, &leader);

		#[extrinsic_call]
		_(RawOrigin::Signed(leader), who.clone());

		assert!(!Grants::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn remove_stale_grant() -> Result<(), BenchmarkError> {
		let (collective, leader, _) = setup::<T>(0);
		// An account that neither runs a node nor is a project's: both look-ups are read.
		let who: T::AccountId = account("former", 0, 0);
		grant::<T>(collective, &who, &leader);
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), who.clone());

		assert!(!Grants::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn set_budget() -> Result<(), BenchmarkError> {
		let collective = T::BenchmarkHelper::collective(0);
		let origin =
			T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let budget = T::MaxGrantPerPeriod::get();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, collective, budget);

		assert_eq!(Budgets::<T>::get(collective), Some(budget));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
