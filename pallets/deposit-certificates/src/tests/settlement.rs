//! Repayment, deposit of the debt, withdrawal, default and sale.

use super::*;

#[test]
fn acknowledge_repayment_works_and_fails() {
	ExtBuilder::default().build_and_execute(|| {
		let ack = |who: u64| {
			Certificates::acknowledge_repayment(RuntimeOrigin::signed(who), WAREHOUSE, FOLIO)
		};
		assert_noop!(ack(BANK), Error::<Test>::CertificateNotFound);
		issue(true);
		assert_noop!(ack(DEPOSITOR), Error::<Test>::NotPledged);
		pledge();
		assert_noop!(
			Certificates::acknowledge_repayment(RuntimeOrigin::root(), WAREHOUSE, FOLIO),
			BadOrigin
		);
		assert_noop!(ack(DEPOSITOR), Error::<Test>::NotHolder);
		assert_ok!(ack(BANK));
		assert_eq!(
			last_event(),
			Event::RepaymentAcknowledged { warehouse: WAREHOUSE, folio: FOLIO, by: BANK }
		);
		assert_eq!(certificate().pledge.expect("kept").status, PledgeStatus::Repaid);
		assert!(!certificate().is_encumbered());
		assert_noop!(ack(BANK), Error::<Test>::PledgeSettled);
	});
}

#[test]
fn deposit_debt_works_and_fails() {
	ExtBuilder::default().build_and_execute(|| {
		let deposit = |who: u64, amount: u128| {
			Certificates::deposit_debt(RuntimeOrigin::signed(who), WAREHOUSE, FOLIO, amount, DOC)
		};
		assert_noop!(deposit(OFFICER, LOAN), Error::<Test>::CertificateNotFound);
		issue(true);
		assert_noop!(deposit(OFFICER, LOAN), Error::<Test>::NotPledged);
		pledge();
		assert_noop!(
			Certificates::deposit_debt(RuntimeOrigin::none(), WAREHOUSE, FOLIO, LOAN, DOC),
			BadOrigin
		);
		assert_noop!(deposit(OTHER_OFFICER, LOAN), Error::<Test>::NotOfficer);
		assert_noop!(
			Certificates::deposit_debt(
				RuntimeOrigin::signed(OFFICER),
				OTHER_WAREHOUSE,
				FOLIO,
				LOAN,
				DOC
			),
			Error::<Test>::WarehouseNotFound
		);
		assert_noop!(deposit(OFFICER, 0), Error::<Test>::ZeroAmount);
		assert_noop!(deposit(OFFICER, LOAN + INTEREST + 1), Error::<Test>::AmountExceeded);
		assert_ok!(deposit(OFFICER, LOAN + INTEREST));
		assert_eq!(
			last_event(),
			Event::DebtDeposited {
				warehouse: WAREHOUSE,
				folio: FOLIO,
				amount: LOAN + INTEREST,
				owed: 0,
				officer: Some(OFFICER),
				receipt: DOC
			}
		);
		let p = certificate().pledge.expect("kept");
		assert_eq!(p.status, PledgeStatus::DebtDeposited);
		assert_eq!(p.deposited, LOAN + INTEREST);
		assert_noop!(deposit(OFFICER, 1), Error::<Test>::PledgeSettled);
	});
}

#[test]
fn partial_deposits_are_counted_and_bounded() {
	ExtBuilder::default().build_and_execute(|| {
		issue(true);
		pledge();
		let deposit = |amount: u128| {
			Certificates::deposit_debt(
				RuntimeOrigin::signed(OFFICER),
				WAREHOUSE,
				FOLIO,
				amount,
				DOC,
			)
		};
		for _ in 0..MAX_WITHDRAWALS {
			assert_ok!(deposit(1_000));
		}
		let p = certificate().pledge.expect("pledged");
		assert_eq!((p.deposited, p.partial_deposits), (3_000, MAX_WITHDRAWALS));
		assert_eq!(p.status, PledgeStatus::Outstanding);
		assert_noop!(deposit(1_000), Error::<Test>::TooManyWithdrawals);
		// The deposit of all that is owed is always possible.
		assert_ok!(deposit(LOAN + INTEREST - 3_000));
		assert_eq!(
			last_event(),
			Event::DebtDeposited {
				warehouse: WAREHOUSE,
				folio: FOLIO,
				amount: LOAN + INTEREST - 3_000,
				owed: 0,
				officer: Some(OFFICER),
				receipt: DOC
			}
		);
		assert_eq!(certificate().pledge.expect("kept").status, PledgeStatus::DebtDeposited);
	});
}

#[test]
fn the_authority_records_a_deposit_for_a_revoked_warehouse() {
	ExtBuilder::default().build_and_execute(|| {
		issue(true);
		pledge();
		assert_ok!(Certificates::revoke_warehouse(RuntimeOrigin::root(), WAREHOUSE));
		assert_noop!(
			Certificates::deposit_debt(RuntimeOrigin::signed(OFFICER), WAREHOUSE, FOLIO, LOAN, DOC),
			Error::<Test>::WarehouseRevoked
		);
		assert_noop!(
			Certificates::deposit_debt(RuntimeOrigin::root(), OTHER_WAREHOUSE, FOLIO, LOAN, DOC),
			Error::<Test>::WarehouseNotFound
		);
		assert_ok!(Certificates::deposit_debt(
			RuntimeOrigin::root(),
			WAREHOUSE,
			FOLIO,
			LOAN + INTEREST,
			DOC
		));
		assert_eq!(
			last_event(),
			Event::DebtDeposited {
				warehouse: WAREHOUSE,
				folio: FOLIO,
				amount: LOAN + INTEREST,
				owed: 0,
				officer: None,
				receipt: DOC
			}
		);
		assert_ok!(Certificates::withdraw_goods(
			RuntimeOrigin::signed(DEPOSITOR),
			WAREHOUSE,
			FOLIO,
			QUANTITY
		));
	});
}

#[test]
fn partial_withdrawals_are_bounded() {
	ExtBuilder::default().build_and_execute(|| {
		issue(false);
		let withdraw = |q: u128| {
			Certificates::withdraw_goods(RuntimeOrigin::signed(DEPOSITOR), WAREHOUSE, FOLIO, q)
		};
		for _ in 0..MAX_WITHDRAWALS {
			assert_ok!(withdraw(1));
		}
		assert_eq!(certificate().partial_withdrawals, MAX_WITHDRAWALS);
		assert_noop!(withdraw(1), Error::<Test>::TooManyWithdrawals);
		// Withdrawing all that remains is always possible.
		assert_ok!(withdraw(QUANTITY - u128::from(MAX_WITHDRAWALS)));
		assert_eq!(certificate().status, CertificateStatus::Delivered);
	});
}

#[test]
fn withdraw_goods_works() {
	ExtBuilder::default().build_and_execute(|| {
		issue(true);
		assert_ok!(Certificates::withdraw_goods(
			RuntimeOrigin::signed(DEPOSITOR),
			WAREHOUSE,
			FOLIO,
			200
		));
		assert_eq!(
			last_event(),
			Event::GoodsWithdrawn {
				warehouse: WAREHOUSE,
				folio: FOLIO,
				quantity: 200,
				remaining: 300
			}
		);
		assert_eq!(certificate().goods.quantity, 300);
		assert_eq!(certificate().status, CertificateStatus::Live);
		assert_ok!(Certificates::withdraw_goods(
			RuntimeOrigin::signed(DEPOSITOR),
			WAREHOUSE,
			FOLIO,
			300
		));
		assert_eq!(certificate().status, CertificateStatus::Delivered);
		assert_eq!(certificate().goods.quantity, 0);
		assert_eq!(LiveLots::<Test>::get(LOT), None);
	});
}

#[test]
fn withdraw_goods_fails() {
	ExtBuilder::default().build_and_execute(|| {
		let withdraw = |who: u64, q: u128| {
			Certificates::withdraw_goods(RuntimeOrigin::signed(who), WAREHOUSE, FOLIO, q)
		};
		assert_noop!(withdraw(DEPOSITOR, 1), Error::<Test>::CertificateNotFound);
		issue(true);
		assert_noop!(
			Certificates::withdraw_goods(RuntimeOrigin::root(), WAREHOUSE, FOLIO, 1),
			BadOrigin
		);
		assert_noop!(withdraw(BUYER, 1), Error::<Test>::NotHolder);
		assert_noop!(withdraw(DEPOSITOR, 0), Error::<Test>::ZeroQuantity);
		assert_noop!(withdraw(DEPOSITOR, QUANTITY + 1), Error::<Test>::QuantityExceeded);
		// Withdraw while pledged.
		pledge();
		assert_noop!(withdraw(DEPOSITOR, 1), Error::<Test>::Encumbered);
		// The bono's holder is not the certificate's holder.
		assert_noop!(withdraw(BANK, 1), Error::<Test>::NotHolder);
		assert_ok!(Certificates::acknowledge_repayment(
			RuntimeOrigin::signed(BANK),
			WAREHOUSE,
			FOLIO
		));
		assert_ok!(withdraw(DEPOSITOR, QUANTITY));
		assert_noop!(withdraw(DEPOSITOR, 1), Error::<Test>::NotLive);
	});
}

#[test]
fn declare_default_works_and_fails() {
	ExtBuilder::default().build_and_execute(|| {
		let default =
			|who: u64| Certificates::declare_default(RuntimeOrigin::signed(who), WAREHOUSE, FOLIO);
		assert_noop!(default(BANK), Error::<Test>::CertificateNotFound);
		issue(true);
		assert_noop!(default(DEPOSITOR), Error::<Test>::NotPledged);
		pledge();
		assert_noop!(
			Certificates::declare_default(RuntimeOrigin::root(), WAREHOUSE, FOLIO),
			BadOrigin
		);
		assert_noop!(default(BANK), Error::<Test>::NotDue);
		System::set_block_number(DUE);
		assert_noop!(default(DEPOSITOR), Error::<Test>::NotHolder);
		assert_ok!(default(BANK));
		assert_eq!(
			last_event(),
			Event::DefaultDeclared { warehouse: WAREHOUSE, folio: FOLIO, by: BANK }
		);
		assert_eq!(certificate().status, CertificateStatus::InDefault);
		assert_noop!(default(BANK), Error::<Test>::NotLive);
		// Defaulted goods neither circulate nor leave.
		assert_noop!(
			Certificates::endorse_bono(RuntimeOrigin::signed(BANK), WAREHOUSE, FOLIO, CREDITOR_2),
			Error::<Test>::NotLive
		);
		assert_noop!(
			Certificates::withdraw_goods(RuntimeOrigin::signed(DEPOSITOR), WAREHOUSE, FOLIO, 1),
			Error::<Test>::NotLive
		);
	});
}

#[test]
fn a_debt_deposited_after_default_makes_the_certificate_live() {
	ExtBuilder::default().build_and_execute(|| {
		issue(true);
		pledge();
		System::set_block_number(DUE);
		assert_ok!(Certificates::declare_default(RuntimeOrigin::signed(BANK), WAREHOUSE, FOLIO));
		assert_ok!(Certificates::deposit_debt(
			RuntimeOrigin::signed(OFFICER),
			WAREHOUSE,
			FOLIO,
			LOAN + INTEREST,
			DOC
		));
		assert_eq!(certificate().status, CertificateStatus::Live);
		assert_noop!(
			Certificates::record_sale(RuntimeOrigin::signed(OFFICER), WAREHOUSE, FOLIO, 1, DOC),
			Error::<Test>::NotInDefault
		);
		assert_ok!(Certificates::withdraw_goods(
			RuntimeOrigin::signed(DEPOSITOR),
			WAREHOUSE,
			FOLIO,
			QUANTITY
		));
	});
}

#[test]
fn record_sale_fails() {
	ExtBuilder::default().build_and_execute(|| {
		let sell = |who: u64| {
			Certificates::record_sale(RuntimeOrigin::signed(who), WAREHOUSE, FOLIO, 1, DOC)
		};
		assert_noop!(sell(OFFICER), Error::<Test>::CertificateNotFound);
		issue(true);
		assert_noop!(sell(OFFICER), Error::<Test>::NotInDefault);
		assert_noop!(sell(OTHER_OFFICER), Error::<Test>::NotOfficer);
		assert_noop!(
			Certificates::record_sale(RuntimeOrigin::none(), WAREHOUSE, FOLIO, 1, DOC),
			BadOrigin
		);
		assert_noop!(
			Certificates::record_sale(RuntimeOrigin::root(), OTHER_WAREHOUSE, FOLIO, 1, DOC),
			Error::<Test>::WarehouseNotFound
		);
	});
}

#[test]
fn the_authority_sells_for_a_revoked_warehouse() {
	ExtBuilder::default().build_and_execute(|| {
		issue(true);
		pledge();
		assert_ok!(Certificates::revoke_warehouse(RuntimeOrigin::root(), WAREHOUSE));
		System::set_block_number(DUE);
		assert_ok!(Certificates::declare_default(RuntimeOrigin::signed(BANK), WAREHOUSE, FOLIO));
		assert_noop!(
			Certificates::record_sale(RuntimeOrigin::signed(OFFICER), WAREHOUSE, FOLIO, 1, DOC),
			Error::<Test>::WarehouseRevoked
		);
		// Proceeds below the debt: all to the bono's holder.
		assert_ok!(Certificates::record_sale(RuntimeOrigin::root(), WAREHOUSE, FOLIO, LOAN, DOC));
		assert_eq!(
			last_event(),
			Event::GoodsSold {
				warehouse: WAREHOUSE,
				folio: FOLIO,
				proceeds: LOAN,
				to_bono_holder: LOAN,
				to_certificate_holder: 0,
			}
		);
	});
}

#[test]
fn an_expired_certificate_still_leaves_the_warehouse() {
	ExtBuilder::default().build_and_execute(|| {
		issue(true);
		System::set_block_number(EXPIRY + 10);
		assert_ok!(Certificates::withdraw_goods(
			RuntimeOrigin::signed(DEPOSITOR),
			WAREHOUSE,
			FOLIO,
			QUANTITY
		));
		assert_eq!(certificate().status, CertificateStatus::Delivered);
	});
}

#[test]
fn holders_of_a_revoked_warehouse_still_withdraw() {
	ExtBuilder::default().build_and_execute(|| {
		issue(false);
		assert_ok!(Certificates::revoke_warehouse(RuntimeOrigin::root(), WAREHOUSE));
		assert_ok!(Certificates::withdraw_goods(
			RuntimeOrigin::signed(DEPOSITOR),
			WAREHOUSE,
			FOLIO,
			QUANTITY
		));
		assert_eq!(certificate().status, CertificateStatus::Delivered);
	});
}

#[test]
fn the_debt_weighs_on_the_goods_left_at_the_pledge() {
	ExtBuilder::default().build_and_execute(|| {
		issue(true);
		assert_ok!(Certificates::withdraw_goods(
			RuntimeOrigin::signed(DEPOSITOR),
			WAREHOUSE,
			FOLIO,
			100
		));
		pledge();
		assert_eq!(certificate().pledge.expect("pledged").pledged_quantity, QUANTITY - 100);
		assert_eq!(certificate().withdrawable(), 0);
		// A quarter of the debt releases a quarter of the 400 t left.
		assert_ok!(Certificates::deposit_debt(
			RuntimeOrigin::signed(OFFICER),
			WAREHOUSE,
			FOLIO,
			(LOAN + INTEREST) / 4,
			DOC
		));
		assert_eq!(certificate().withdrawable(), 100);
		assert_noop!(
			Certificates::withdraw_goods(RuntimeOrigin::signed(DEPOSITOR), WAREHOUSE, FOLIO, 101),
			Error::<Test>::Encumbered
		);
		assert_ok!(Certificates::withdraw_goods(
			RuntimeOrigin::signed(DEPOSITOR),
			WAREHOUSE,
			FOLIO,
			100
		));
		assert_eq!(
			last_event(),
			Event::GoodsWithdrawn {
				warehouse: WAREHOUSE,
				folio: FOLIO,
				quantity: 100,
				remaining: 300
			}
		);
	});
}
