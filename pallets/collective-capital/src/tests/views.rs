//! The view functions.

use super::*;
use frame_support::PalletId;
use sp_runtime::traits::AccountIdConversion;

#[test]
fn the_treasury_is_the_pallets_sub_account_of_the_collective() {
	ExtBuilder::default().build_and_execute(|| {
		let expected: u64 = PalletId(*b"bmx/capt").into_sub_account_truncating(0u32);
		assert_eq!(CollectiveCapital::treasury_account(0), expected);
		assert_eq!(CollectiveCapital::treasury_balance(0), TREASURY_FUNDS);
	});
}

#[test]
fn budget_left_and_grant_of_follow_the_grants() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(CollectiveCapital::budget_left(0), DEFAULT_BUDGET);
		assert_eq!(CollectiveCapital::grant_of(PROJECT), None);
		request(PROJECT, 400);
		grant(LEADER_A, PROJECT);
		assert_eq!(CollectiveCapital::budget_left(0), DEFAULT_BUDGET - 400);
		assert_eq!(CollectiveCapital::grant_of(PROJECT).map(|g| g.per_period), Some(400));
	});
}
