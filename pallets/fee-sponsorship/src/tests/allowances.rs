//! The calls `set_allowance` and `remove_allowance`, and the [`AllowanceManager`] trait.

use super::*;

#[test]
fn set_allowance_records_a_fresh_allowance() {
	ExtBuilder::default().build_and_execute(|| {
		grant(BENEFICIARY, TREASURY, 500);
		assert_eq!(
			Allowances::<Test>::get(BENEFICIARY),
			Some(Allowance { sponsor: TREASURY, per_period: 500, used: 0, period_start: 1 })
		);
		assert_eq!(
			last_event(),
			Event::AllowanceSet { who: BENEFICIARY, sponsor: TREASURY, per_period: 500 }
		);
		assert_eq!(FeeSponsorship::remaining_allowance(BENEFICIARY), Some(500));
	});
}

#[test]
fn an_allowance_makes_an_account_holding_nothing_exist() {
	ExtBuilder::default().build_and_execute(|| {
		assert!(!System::account_exists(&BENEFICIARY));
		grant(BENEFICIARY, TREASURY, 500);
		assert!(System::account_exists(&BENEFICIARY));
		assert_eq!(System::sufficients(&BENEFICIARY), 1);
		// A change does not take a second reference.
		grant(BENEFICIARY, TREASURY, 600);
		assert_eq!(System::sufficients(&BENEFICIARY), 1);
		assert_ok!(FeeSponsorship::remove_allowance(RuntimeOrigin::root(), BENEFICIARY));
		assert!(!System::account_exists(&BENEFICIARY));
	});
}

#[test]
fn changing_an_allowance_keeps_what_was_used_in_the_period() {
	ExtBuilder::default().build_and_execute(|| {
		grant(BENEFICIARY, TREASURY, 500);
		assert_ok!(transact(BENEFICIARY));
		grant(BENEFICIARY, PAYER, 1_000);
		assert_eq!(
			Allowances::<Test>::get(BENEFICIARY),
			Some(Allowance { sponsor: PAYER, per_period: 1_000, used: FEE, period_start: 1 })
		);
		// Lowered below what was used: nothing remains in this period.
		grant(BENEFICIARY, TREASURY, 100);
		assert_eq!(used(BENEFICIARY), Some(100));
		assert_eq!(FeeSponsorship::remaining_allowance(BENEFICIARY), Some(0));
	});
}

#[test]
fn set_allowance_of_zero_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			FeeSponsorship::set_allowance(RuntimeOrigin::root(), BENEFICIARY, TREASURY, 0),
			Error::<Test>::ZeroAllowance
		);
	});
}

#[test]
fn an_account_sponsoring_itself_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			FeeSponsorship::set_allowance(RuntimeOrigin::root(), TREASURY, TREASURY, 500),
			Error::<Test>::SelfSponsorship
		);
	});
}

#[test]
fn set_allowance_by_a_signed_account_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			FeeSponsorship::set_allowance(
				RuntimeOrigin::signed(TREASURY),
				BENEFICIARY,
				TREASURY,
				500
			),
			BadOrigin
		);
	});
}

#[test]
fn remove_allowance_removes_it() {
	ExtBuilder::default().build_and_execute(|| {
		grant(BENEFICIARY, TREASURY, 500);
		assert_ok!(FeeSponsorship::remove_allowance(RuntimeOrigin::root(), BENEFICIARY));
		assert_eq!(Allowances::<Test>::get(BENEFICIARY), None);
		assert_eq!(last_event(), Event::AllowanceRemoved { who: BENEFICIARY });
		assert_eq!(FeeSponsorship::remaining_allowance(BENEFICIARY), None);
	});
}

#[test]
fn remove_allowance_of_an_account_without_one_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			FeeSponsorship::remove_allowance(RuntimeOrigin::root(), BENEFICIARY),
			Error::<Test>::NotFound
		);
	});
}

#[test]
fn remove_allowance_by_a_signed_account_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		grant(BENEFICIARY, TREASURY, 500);
		assert_noop!(
			FeeSponsorship::remove_allowance(RuntimeOrigin::signed(TREASURY), BENEFICIARY),
			BadOrigin
		);
	});
}

#[test]
fn other_pallets_manage_allowances_through_the_trait() {
	ExtBuilder::default().build_and_execute(|| {
		type Manager = FeeSponsorship;
		assert_ok!(<Manager as AllowanceManager<_, _>>::set_allowance(BENEFICIARY, TREASURY, 300));
		assert_eq!(FeeSponsorship::remaining_allowance(BENEFICIARY), Some(300));
		assert_noop!(
			<Manager as AllowanceManager<_, _>>::set_allowance(BENEFICIARY, BENEFICIARY, 300),
			Error::<Test>::SelfSponsorship
		);
		assert_ok!(<Manager as AllowanceManager<u64, u64>>::remove_allowance(BENEFICIARY));
		assert_noop!(
			<Manager as AllowanceManager<u64, u64>>::remove_allowance(BENEFICIARY),
			Error::<Test>::NotFound
		);
	});
}
