//! Invariants of collective capital, checked by `try-runtime` and after every unit test.

use crate::*;
use alloc::collections::BTreeMap;

impl<T: Config> Pallet<T> {
	/// Check the pallet's invariants:
	/// - at most [`Config::MaxPendingRequests`] requests pending, and the counter of
	///   [`Requests`] matches its entries;
	/// - every request and grant asks for more than zero and at most
	///   [`Config::MaxGrantPerPeriod`] per period;
	/// - no request expires later than [`Config::RequestLifetime`] blocks from now (none was
	///   made in the future);
	/// - no grant started in the future, and no beneficiary is its collective's treasury;
	/// - [`Committed`] holds, for each collective, exactly the sum of its grants, and no zero
	///   entry.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		let max = T::MaxGrantPerPeriod::get();

		let count = Requests::<T>::count();
		ensure!(count <= T::MaxPendingRequests::get(), "more requests than MaxPendingRequests");
		ensure!(
			Requests::<T>::iter().count() as u32 == count,
			"the request counter does not match the requests"
		);
		let latest = now.saturating_add(T::RequestLifetime::get());
		for (_, request) in Requests::<T>::iter() {
			ensure!(!request.per_period.is_zero(), "a request of zero per period");
			ensure!(request.per_period <= max, "a request above MaxGrantPerPeriod");
			ensure!(request.expires_at <= latest, "a request made in the future");
		}

		let mut sums: BTreeMap<CollectiveId, BalanceOf<T>> = BTreeMap::new();
		for (who, grant) in Grants::<T>::iter() {
			ensure!(!grant.per_period.is_zero(), "a grant of zero per period");
			ensure!(grant.per_period <= max, "a grant above MaxGrantPerPeriod");
			ensure!(grant.since <= now, "a grant made in the future");
			ensure!(who != Self::treasury(grant.collective), "a treasury sponsoring itself");
			let sum = sums.entry(grant.collective).or_insert_with(Zero::zero);
			*sum = sum
				.checked_add(&grant.per_period)
				.ok_or("the grants of a collective overflow")?;
		}
		for (collective, committed) in Committed::<T>::iter() {
			ensure!(!committed.is_zero(), "a zero entry in Committed");
			ensure!(
				sums.remove(&collective) == Some(committed),
				"Committed differs from the sum of the collective's grants"
			);
		}
		ensure!(sums.is_empty(), "grants of a collective without Committed");
		Ok(())
	}
}
