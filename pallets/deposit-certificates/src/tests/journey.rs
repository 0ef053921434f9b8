//! Whole flows.

use super::*;

#[test]
fn issue_endorse_twice_pledge_repay_withdraw() {
	ExtBuilder::default().build_and_execute(|| {
		issue(true);
		assert_ok!(Certificates::endorse_certificate(
			RuntimeOrigin::signed(DEPOSITOR),
			WAREHOUSE,
			FOLIO,
			BUYER
		));
		assert_ok!(Certificates::endorse_certificate(
			RuntimeOrigin::signed(BUYER),
			WAREHOUSE,
			FOLIO,
			BUYER_2
		));
		// The depositor still holds the bono and pledges it.
		pledge();
		assert_ok!(Certificates::endorse_bono(
			RuntimeOrigin::signed(BANK),
			WAREHOUSE,
			FOLIO,
			CREDITOR_2
		));
		assert_noop!(
			Certificates::withdraw_goods(
				RuntimeOrigin::signed(BUYER_2),
				WAREHOUSE,
				FOLIO,
				QUANTITY
			),
			Error::<Test>::Encumbered
		);
		System::set_block_number(DUE - 1);
		assert_ok!(Certificates::acknowledge_repayment(
			RuntimeOrigin::signed(CREDITOR_2),
			WAREHOUSE,
			FOLIO
		));
		assert_ok!(Certificates::withdraw_goods(
			RuntimeOrigin::signed(BUYER_2),
			WAREHOUSE,
			FOLIO,
			QUANTITY
		));
		let c = certificate();
		assert_eq!(c.status, CertificateStatus::Delivered);
		assert_eq!(c.certificate_holders.into_inner(), vec![DEPOSITOR, BUYER, BUYER_2]);
		assert_eq!(c.bono_holders.into_inner(), vec![DEPOSITOR, BANK, CREDITOR_2]);
		assert_eq!(Certificates::certificate_of_lot(LOT), None);
	});
}

#[test]
fn issue_pledge_default_sale() {
	ExtBuilder::default().build_and_execute(|| {
		issue(true);
		pledge();
		assert_ok!(Certificates::endorse_certificate(
			RuntimeOrigin::signed(DEPOSITOR),
			WAREHOUSE,
			FOLIO,
			BUYER
		));
		System::set_block_number(DUE);
		assert_ok!(Certificates::declare_default(RuntimeOrigin::signed(BANK), WAREHOUSE, FOLIO));
		let proceeds = 30_000_000;
		assert_ok!(Certificates::record_sale(
			RuntimeOrigin::signed(OFFICER),
			WAREHOUSE,
			FOLIO,
			proceeds,
			DOC
		));
		assert_eq!(
			last_event(),
			Event::GoodsSold {
				warehouse: WAREHOUSE,
				folio: FOLIO,
				proceeds,
				to_bono_holder: LOAN + INTEREST,
				to_certificate_holder: proceeds - LOAN - INTEREST,
			}
		);
		let c = certificate();
		assert_eq!(c.status, CertificateStatus::Sold);
		assert_eq!(c.sale.expect("recorded").to_bono_holder, LOAN + INTEREST);
		assert_eq!(c.pledge.expect("kept").status, PledgeStatus::SettledBySale);
		assert_eq!(LiveLots::<Test>::get(LOT), None);
		assert_noop!(
			Certificates::withdraw_goods(RuntimeOrigin::signed(BUYER), WAREHOUSE, FOLIO, 1),
			Error::<Test>::NotLive
		);
	});
}

/// LGTOC practice: the holder of a pledged certificate takes out part of the goods by
/// depositing with the warehouse, for the bono's holder, the share of the debt proportional to
/// the goods withdrawn; later the whole rest of the debt, and the rest of the goods.
#[test]
fn partial_withdrawal_with_the_debt_deposited() {
	ExtBuilder::default().build_and_execute(|| {
		issue(true);
		// The depositor sells the certificate and pledges the bono: 500 t secure 10,500,000
		// centavos (loan and interest), 21,000 centavos a tonne.
		assert_ok!(Certificates::endorse_certificate(
			RuntimeOrigin::signed(DEPOSITOR),
			WAREHOUSE,
			FOLIO,
			BUYER
		));
		pledge();
		let debt = LOAN + INTEREST;
		let withdraw = |q: u128| {
			Certificates::withdraw_goods(RuntimeOrigin::signed(BUYER), WAREHOUSE, FOLIO, q)
		};
		let deposit = |amount: u128| {
			Certificates::deposit_debt(
				RuntimeOrigin::signed(OFFICER),
				WAREHOUSE,
				FOLIO,
				amount,
				DOC,
			)
		};
		assert_noop!(withdraw(1), Error::<Test>::Encumbered);
		// The buyer deposits the share of 100 t: a fifth of the debt.
		assert_ok!(deposit(debt / 5));
		assert_eq!(
			last_event(),
			Event::DebtDeposited {
				warehouse: WAREHOUSE,
				folio: FOLIO,
				amount: debt / 5,
				owed: debt - debt / 5,
				officer: Some(OFFICER),
				receipt: DOC
			}
		);
		assert_eq!(certificate().withdrawable(), 100);
		// Not one tonne more than the deposit releases.
		assert_noop!(withdraw(101), Error::<Test>::Encumbered);
		assert_ok!(withdraw(60));
		assert_ok!(withdraw(40));
		assert_noop!(withdraw(1), Error::<Test>::Encumbered);
		let c = certificate();
		assert_eq!((c.goods.quantity, c.status), (QUANTITY - 100, CertificateStatus::Live));
		assert!(c.is_encumbered());
		// One centavo short of the share of one more tonne releases nothing.
		assert_ok!(deposit(debt / QUANTITY - 1));
		assert_eq!(certificate().withdrawable(), 0);
		assert_ok!(deposit(1));
		assert_eq!(certificate().withdrawable(), 1);
		// The bono circulates on what remains; a sale would pay only what is still owed.
		assert_ok!(Certificates::endorse_bono(
			RuntimeOrigin::signed(BANK),
			WAREHOUSE,
			FOLIO,
			CREDITOR_2
		));
		let owed = debt - debt / 5 - debt / QUANTITY;
		let verification = Certificates::verify_certificate(WAREHOUSE, FOLIO).expect("authentic");
		let encumbrance = verification.encumbrance.expect("pledged");
		assert_eq!((encumbrance.creditor, encumbrance.owed), (CREDITOR_2, owed));
		// The buyer deposits all the rest, which frees the goods, and takes them out.
		assert_noop!(deposit(owed + 1), Error::<Test>::AmountExceeded);
		assert_ok!(deposit(owed));
		assert_eq!(certificate().pledge.expect("kept").status, PledgeStatus::DebtDeposited);
		assert_ok!(withdraw(QUANTITY - 100));
		let c = certificate();
		assert_eq!((c.goods.quantity, c.status), (0, CertificateStatus::Delivered));
		assert_eq!(c.pledge.expect("kept").deposited, debt);
		assert_eq!(LiveLots::<Test>::get(LOT), None);
		// The history tells it all, in order.
		let acts: Vec<_> = crate::History::<Test>::get(WAREHOUSE, FOLIO)
			.expect("recorded")
			.into_iter()
			.map(|e| core::mem::discriminant(&e.act))
			.collect();
		assert_eq!(acts.len(), 11);
	});
}

#[test]
fn a_sale_after_a_partial_deposit_pays_only_what_is_owed() {
	ExtBuilder::default().build_and_execute(|| {
		issue(true);
		pledge();
		let debt = LOAN + INTEREST;
		assert_ok!(Certificates::deposit_debt(
			RuntimeOrigin::signed(OFFICER),
			WAREHOUSE,
			FOLIO,
			debt / 2,
			DOC
		));
		assert_ok!(Certificates::withdraw_goods(
			RuntimeOrigin::signed(DEPOSITOR),
			WAREHOUSE,
			FOLIO,
			QUANTITY / 2
		));
		System::set_block_number(DUE);
		assert_ok!(Certificates::declare_default(RuntimeOrigin::signed(BANK), WAREHOUSE, FOLIO));
		assert_ok!(Certificates::record_sale(
			RuntimeOrigin::signed(OFFICER),
			WAREHOUSE,
			FOLIO,
			debt,
			DOC
		));
		assert_eq!(
			last_event(),
			Event::GoodsSold {
				warehouse: WAREHOUSE,
				folio: FOLIO,
				proceeds: debt,
				to_bono_holder: debt - debt / 2,
				to_certificate_holder: debt / 2,
			}
		);
	});
}

/// Every act the bounds allow, on one certificate: its history never overflows.
#[test]
fn the_history_holds_every_act_the_bounds_allow() {
	ExtBuilder::default().build_and_execute(|| {
		issue(true);
		for (from, to) in [(DEPOSITOR, BUYER), (BUYER, BUYER_2), (BUYER_2, CREDITOR_2)] {
			assert_ok!(Certificates::endorse_certificate(
				RuntimeOrigin::signed(from),
				WAREHOUSE,
				FOLIO,
				to
			));
		}
		pledge();
		for (from, to) in [(BANK, BUYER), (BUYER, BUYER_2)] {
			assert_ok!(Certificates::endorse_bono(
				RuntimeOrigin::signed(from),
				WAREHOUSE,
				FOLIO,
				to
			));
		}
		let debt = LOAN + INTEREST;
		for _ in 0..MAX_WITHDRAWALS {
			assert_ok!(Certificates::deposit_debt(
				RuntimeOrigin::signed(OFFICER),
				WAREHOUSE,
				FOLIO,
				debt / 10,
				DOC
			));
			assert_ok!(Certificates::withdraw_goods(
				RuntimeOrigin::signed(CREDITOR_2),
				WAREHOUSE,
				FOLIO,
				QUANTITY / 10
			));
		}
		System::set_block_number(DUE);
		assert_ok!(Certificates::declare_default(RuntimeOrigin::signed(BUYER_2), WAREHOUSE, FOLIO));
		assert_ok!(Certificates::deposit_debt(
			RuntimeOrigin::signed(OFFICER),
			WAREHOUSE,
			FOLIO,
			debt - 3 * (debt / 10),
			DOC
		));
		assert_ok!(Certificates::withdraw_goods(
			RuntimeOrigin::signed(CREDITOR_2),
			WAREHOUSE,
			FOLIO,
			QUANTITY - 3 * (QUANTITY / 10)
		));
		let history = crate::History::<Test>::get(WAREHOUSE, FOLIO).expect("recorded");
		// 1 issue, 3 + 3 endorsements and pledge, 3 + 3 partial deposits and withdrawals, a
		// default, the completing deposit and the delivery.
		assert_eq!(history.len(), 16);
		assert!(matches!(
			history.last().map(|e| &e.act),
			Some(crate::Act::GoodsWithdrawn { remaining: 0, .. })
		));
		assert_eq!(certificate().status, CertificateStatus::Delivered);
	});
}
