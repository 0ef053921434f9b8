//! What `try_state` catches.

use super::*;
use crate::Certificates as CertificatesStorage;

#[test]
fn try_state_catches_a_second_live_certificate_of_a_lot() {
	ExtBuilder::default().build().execute_with(|| {
		issue(true);
		assert_ok!(Certificates::do_try_state());
		let c = certificate();
		CertificatesStorage::<Test>::insert(WAREHOUSE, FOLIO + 1, c);
		assert!(Certificates::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_a_pledge_outliving_its_certificate() {
	ExtBuilder::default().build().execute_with(|| {
		issue(true);
		pledge();
		CertificatesStorage::<Test>::mutate(WAREHOUSE, FOLIO, |c| {
			if let Some(p) = c.as_mut().and_then(|c| c.pledge.as_mut()) {
				p.terms.due = EXPIRY + 1;
			}
		});
		assert!(Certificates::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_a_delivered_certificate_with_goods() {
	ExtBuilder::default().build().execute_with(|| {
		issue(true);
		CertificatesStorage::<Test>::mutate(WAREHOUSE, FOLIO, |c| {
			if let Some(c) = c.as_mut() {
				c.status = CertificateStatus::Delivered;
			}
		});
		LiveLots::<Test>::remove(LOT);
		assert!(Certificates::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_a_certificate_without_history() {
	ExtBuilder::default().build().execute_with(|| {
		issue(true);
		crate::History::<Test>::remove(WAREHOUSE, FOLIO);
		assert!(Certificates::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_goods_withdrawn_beyond_the_deposit() {
	ExtBuilder::default().build().execute_with(|| {
		issue(true);
		pledge();
		assert_ok!(Certificates::deposit_debt(
			RuntimeOrigin::signed(OFFICER),
			WAREHOUSE,
			FOLIO,
			(LOAN + INTEREST) / 5,
			DOC
		));
		assert_ok!(Certificates::withdraw_goods(
			RuntimeOrigin::signed(DEPOSITOR),
			WAREHOUSE,
			FOLIO,
			QUANTITY / 5
		));
		assert_ok!(Certificates::do_try_state());
		CertificatesStorage::<Test>::mutate(WAREHOUSE, FOLIO, |c| {
			if let Some(c) = c.as_mut() {
				c.goods.quantity -= 1;
			}
		});
		assert!(Certificates::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_a_deposit_beyond_the_debt() {
	ExtBuilder::default().build().execute_with(|| {
		issue(true);
		pledge();
		CertificatesStorage::<Test>::mutate(WAREHOUSE, FOLIO, |c| {
			if let Some(p) = c.as_mut().and_then(|c| c.pledge.as_mut()) {
				p.deposited = LOAN + INTEREST + 1;
			}
		});
		assert!(Certificates::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_a_self_endorsement() {
	ExtBuilder::default().build().execute_with(|| {
		issue(true);
		CertificatesStorage::<Test>::mutate(WAREHOUSE, FOLIO, |c| {
			if let Some(c) = c.as_mut() {
				assert!(c.certificate_holders.try_push(DEPOSITOR).is_ok());
			}
		});
		assert!(Certificates::do_try_state().is_err());
	});
}
