//! The trait other pallets use to grant and withdraw fee allowances.
//!
//! It belongs in `bmx-primitives` once a second pallet uses it (the coordinator moves it).

use sp_runtime::DispatchResult;

/// Sets and removes fee allowances. Implemented by this pallet's [`crate::Pallet`]; the `()`
/// implementation does nothing and succeeds (for runtimes and tests without sponsorship).
///
/// Whoever calls it decides on governance's behalf: the runtime gives it only to pallets that
/// gate it by a governance decision (a leaders' grant).
pub trait AllowanceManager<AccountId, Balance> {
	/// Give `who` an allowance of `per_period` paid by `sponsor`, or change it. Fails when
	/// `per_period` is zero or `sponsor` is `who`.
	fn set_allowance(who: AccountId, sponsor: AccountId, per_period: Balance) -> DispatchResult;

	/// Remove `who`'s allowance. Fails when it has none.
	fn remove_allowance(who: AccountId) -> DispatchResult;
}

impl<AccountId, Balance> AllowanceManager<AccountId, Balance> for () {
	fn set_allowance(_: AccountId, _: AccountId, _: Balance) -> DispatchResult {
		Ok(())
	}

	fn remove_allowance(_: AccountId) -> DispatchResult {
		Ok(())
	}
}
