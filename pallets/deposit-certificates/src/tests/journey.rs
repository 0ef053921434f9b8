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

#[test]
fn partial_withdrawal_with_the_debt_deposited() {
	ExtBuilder::default().build_and_execute(|| {
		issue(true);
		pledge();
		assert_ok!(Certificates::deposit_debt(
			RuntimeOrigin::signed(OFFICER),
			WAREHOUSE,
			FOLIO,
			DOC
		));
		assert_ok!(Certificates::withdraw_goods(
			RuntimeOrigin::signed(DEPOSITOR),
			WAREHOUSE,
			FOLIO,
			100
		));
		assert_eq!(certificate().goods.quantity, QUANTITY - 100);
		assert_eq!(certificate().status, CertificateStatus::Live);
		assert_ok!(Certificates::withdraw_goods(
			RuntimeOrigin::signed(DEPOSITOR),
			WAREHOUSE,
			FOLIO,
			QUANTITY - 100
		));
		assert_eq!(certificate().status, CertificateStatus::Delivered);
	});
}
