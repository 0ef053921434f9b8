//! Endorsements and pledges.

use super::*;

#[test]
fn endorse_certificate_works() {
	ExtBuilder::default().build_and_execute(|| {
		issue(true);
		assert_ok!(Certificates::endorse_certificate(
			RuntimeOrigin::signed(DEPOSITOR),
			WAREHOUSE,
			FOLIO,
			BUYER
		));
		assert_eq!(
			last_event(),
			Event::CertificateEndorsed {
				warehouse: WAREHOUSE,
				folio: FOLIO,
				from: DEPOSITOR,
				to: BUYER
			}
		);
		let c = certificate();
		assert_eq!(c.certificate_holders.into_inner(), vec![DEPOSITOR, BUYER]);
		// The bono stays with the depositor: the instruments circulate separately.
		assert_eq!(c.bono_holders.into_inner(), vec![DEPOSITOR]);
	});
}

#[test]
fn endorse_certificate_fails() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Certificates::endorse_certificate(
				RuntimeOrigin::signed(DEPOSITOR),
				WAREHOUSE,
				FOLIO,
				BUYER
			),
			Error::<Test>::CertificateNotFound
		);
		issue(true);
		assert_noop!(
			Certificates::endorse_certificate(RuntimeOrigin::root(), WAREHOUSE, FOLIO, BUYER),
			BadOrigin
		);
		assert_noop!(
			Certificates::endorse_certificate(
				RuntimeOrigin::signed(BUYER),
				WAREHOUSE,
				FOLIO,
				BUYER_2
			),
			Error::<Test>::NotHolder
		);
		assert_noop!(
			Certificates::endorse_certificate(
				RuntimeOrigin::signed(DEPOSITOR),
				WAREHOUSE,
				FOLIO,
				UNVERIFIED
			),
			Error::<Test>::NotVerified
		);
		assert_noop!(
			Certificates::endorse_certificate(
				RuntimeOrigin::signed(DEPOSITOR),
				WAREHOUSE,
				FOLIO,
				DEPOSITOR
			),
			Error::<Test>::SameHolder
		);
		// MAX_HOLDERS is 4.
		for (from, to) in [(DEPOSITOR, BUYER), (BUYER, BUYER_2), (BUYER_2, CREDITOR_2)] {
			assert_ok!(Certificates::endorse_certificate(
				RuntimeOrigin::signed(from),
				WAREHOUSE,
				FOLIO,
				to
			));
		}
		assert_noop!(
			Certificates::endorse_certificate(
				RuntimeOrigin::signed(CREDITOR_2),
				WAREHOUSE,
				FOLIO,
				BUYER
			),
			Error::<Test>::TooManyHolders
		);
	});
}

#[test]
fn an_expired_certificate_does_not_circulate() {
	ExtBuilder::default().build_and_execute(|| {
		issue(true);
		System::set_block_number(EXPIRY);
		assert_noop!(
			Certificates::endorse_certificate(
				RuntimeOrigin::signed(DEPOSITOR),
				WAREHOUSE,
				FOLIO,
				BUYER
			),
			Error::<Test>::Expired
		);
		assert_noop!(
			Certificates::pledge_bono(
				RuntimeOrigin::signed(DEPOSITOR),
				WAREHOUSE,
				FOLIO,
				BANK,
				terms()
			),
			Error::<Test>::Expired
		);
	});
}

#[test]
fn a_withdrawn_certificate_does_not_circulate() {
	ExtBuilder::default().build_and_execute(|| {
		issue(true);
		assert_ok!(Certificates::withdraw_goods(
			RuntimeOrigin::signed(DEPOSITOR),
			WAREHOUSE,
			FOLIO,
			QUANTITY
		));
		assert_noop!(
			Certificates::endorse_certificate(
				RuntimeOrigin::signed(DEPOSITOR),
				WAREHOUSE,
				FOLIO,
				BUYER
			),
			Error::<Test>::NotLive
		);
	});
}

#[test]
fn pledge_bono_works() {
	ExtBuilder::default().build_and_execute(|| {
		issue(true);
		pledge();
		assert_eq!(
			last_event(),
			Event::BonoPledged {
				warehouse: WAREHOUSE,
				folio: FOLIO,
				debtor: DEPOSITOR,
				creditor: BANK,
				amount: LOAN,
				due: DUE,
			}
		);
		let c = certificate();
		assert_eq!(c.bono_holders.into_inner(), vec![DEPOSITOR, BANK]);
		let p = c.pledge.expect("pledged");
		assert_eq!(p.terms, terms());
		assert_eq!(p.status, PledgeStatus::Outstanding);
	});
}

#[test]
fn pledge_bono_fails() {
	ExtBuilder::default().build_and_execute(|| {
		let pledge_to = |who: u64, to: u64, t: PledgeTerms<u64>| {
			Certificates::pledge_bono(RuntimeOrigin::signed(who), WAREHOUSE, FOLIO, to, t)
		};
		assert_noop!(pledge_to(DEPOSITOR, BANK, terms()), Error::<Test>::CertificateNotFound);
		issue(true);
		assert_noop!(
			Certificates::pledge_bono(RuntimeOrigin::root(), WAREHOUSE, FOLIO, BANK, terms()),
			BadOrigin
		);
		assert_noop!(pledge_to(BUYER, BANK, terms()), Error::<Test>::NotHolder);
		assert_noop!(pledge_to(DEPOSITOR, UNVERIFIED, terms()), Error::<Test>::NotVerified);
		assert_noop!(pledge_to(DEPOSITOR, DEPOSITOR, terms()), Error::<Test>::SameHolder);
		assert_noop!(
			pledge_to(DEPOSITOR, BANK, PledgeTerms { amount: 0, ..terms() }),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			pledge_to(DEPOSITOR, BANK, PledgeTerms { due: 1, ..terms() }),
			Error::<Test>::InvalidDueDate
		);
		// A pledge never outlives its certificate.
		assert_noop!(
			pledge_to(DEPOSITOR, BANK, PledgeTerms { due: EXPIRY + 1, ..terms() }),
			Error::<Test>::InvalidDueDate
		);
		pledge();
		assert_noop!(pledge_to(BANK, CREDITOR_2, terms()), Error::<Test>::AlreadyPledged);
	});
}

#[test]
fn endorse_bono_works() {
	ExtBuilder::default().build_and_execute(|| {
		issue(true);
		pledge();
		assert_ok!(Certificates::endorse_bono(
			RuntimeOrigin::signed(BANK),
			WAREHOUSE,
			FOLIO,
			CREDITOR_2
		));
		assert_eq!(
			last_event(),
			Event::BonoEndorsed { warehouse: WAREHOUSE, folio: FOLIO, from: BANK, to: CREDITOR_2 }
		);
		assert_eq!(certificate().bono_holders.into_inner(), vec![DEPOSITOR, BANK, CREDITOR_2]);
	});
}

#[test]
fn endorse_bono_fails() {
	ExtBuilder::default().build_and_execute(|| {
		let endorse = |who: u64, to: u64| {
			Certificates::endorse_bono(RuntimeOrigin::signed(who), WAREHOUSE, FOLIO, to)
		};
		assert_noop!(endorse(DEPOSITOR, BANK), Error::<Test>::CertificateNotFound);
		issue(true);
		assert_noop!(endorse(DEPOSITOR, BANK), Error::<Test>::NotPledged);
		pledge();
		assert_noop!(
			Certificates::endorse_bono(RuntimeOrigin::root(), WAREHOUSE, FOLIO, CREDITOR_2),
			BadOrigin
		);
		assert_noop!(endorse(DEPOSITOR, CREDITOR_2), Error::<Test>::NotHolder);
		assert_noop!(endorse(BANK, UNVERIFIED), Error::<Test>::NotVerified);
		assert_noop!(endorse(BANK, BANK), Error::<Test>::SameHolder);
		System::set_block_number(EXPIRY);
		assert_noop!(endorse(BANK, CREDITOR_2), Error::<Test>::Expired);
		System::set_block_number(DUE);
		assert_ok!(Certificates::acknowledge_repayment(
			RuntimeOrigin::signed(BANK),
			WAREHOUSE,
			FOLIO
		));
		assert_noop!(endorse(BANK, CREDITOR_2), Error::<Test>::PledgeSettled);
	});
}

#[test]
fn endorse_bono_of_non_negotiable_fails() {
	ExtBuilder::default().build_and_execute(|| {
		issue(false);
		assert_noop!(
			Certificates::endorse_bono(RuntimeOrigin::signed(DEPOSITOR), WAREHOUSE, FOLIO, BANK),
			Error::<Test>::NotNegotiable
		);
	});
}

#[test]
fn endorse_bono_stops_at_a_full_chain() {
	ExtBuilder::default().build_and_execute(|| {
		issue(true);
		pledge();
		// MAX_HOLDERS is 4: the depositor, the bank and two more.
		for (from, to) in [(BANK, CREDITOR_2), (CREDITOR_2, BUYER)] {
			assert_ok!(Certificates::endorse_bono(
				RuntimeOrigin::signed(from),
				WAREHOUSE,
				FOLIO,
				to
			));
		}
		assert_noop!(
			Certificates::endorse_bono(RuntimeOrigin::signed(BUYER), WAREHOUSE, FOLIO, BUYER_2),
			Error::<Test>::TooManyHolders
		);
	});
}
