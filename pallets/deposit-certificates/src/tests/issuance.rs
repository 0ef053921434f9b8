//! Issuing certificates and bonos.

use super::*;

#[test]
fn issue_certificate_works() {
	ExtBuilder::default().build_and_execute(|| {
		issue(true);
		assert_eq!(
			last_event(),
			Event::CertificateIssued {
				warehouse: WAREHOUSE,
				folio: FOLIO,
				lot: LOT,
				depositor: DEPOSITOR,
				negotiable: true,
				expires_at: EXPIRY,
				officer: OFFICER,
			}
		);
		let c = certificate();
		assert_eq!(c.status, CertificateStatus::Live);
		assert_eq!(c.certificate_holders.into_inner(), vec![DEPOSITOR]);
		assert_eq!(c.bono_holders.into_inner(), vec![DEPOSITOR]);
		assert_eq!(c.goods, goods(LOT));
		assert_eq!(c.pledge, None);
		assert_eq!(LiveLots::<Test>::get(LOT), Some((WAREHOUSE, FOLIO)));
		assert_eq!(Certificates::certificate_of_lot(LOT), Some((WAREHOUSE, FOLIO)));
	});
}

#[test]
fn issue_non_negotiable_has_no_bono() {
	ExtBuilder::default().build_and_execute(|| {
		issue(false);
		assert!(certificate().bono_holders.is_empty());
		assert_noop!(
			Certificates::pledge_bono(
				RuntimeOrigin::signed(DEPOSITOR),
				WAREHOUSE,
				FOLIO,
				BANK,
				terms()
			),
			Error::<Test>::NotNegotiable
		);
	});
}

fn try_issue(
	officer: u64,
	warehouse: u64,
	folio: Folio,
	depositor: u64,
	goods: Goods,
	expires_at: u64,
) -> sp_runtime::DispatchResult {
	Certificates::issue_certificate(
		RuntimeOrigin::signed(officer),
		warehouse,
		folio,
		depositor,
		goods,
		true,
		expires_at,
	)
}

#[test]
fn issue_certificate_fails() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Certificates::issue_certificate(
				RuntimeOrigin::root(),
				WAREHOUSE,
				FOLIO,
				DEPOSITOR,
				goods(LOT),
				true,
				EXPIRY
			),
			BadOrigin
		);
		assert_noop!(
			try_issue(OFFICER, OTHER_WAREHOUSE, FOLIO, DEPOSITOR, goods(LOT), EXPIRY),
			Error::<Test>::WarehouseNotFound
		);
		assert_noop!(
			try_issue(OTHER_OFFICER, WAREHOUSE, FOLIO, DEPOSITOR, goods(LOT), EXPIRY),
			Error::<Test>::NotOfficer
		);
		assert_noop!(
			try_issue(OFFICER, WAREHOUSE, FOLIO, UNVERIFIED, goods(LOT), EXPIRY),
			Error::<Test>::NotVerified
		);
		let mut empty = goods(LOT);
		empty.quantity = 0;
		assert_noop!(
			try_issue(OFFICER, WAREHOUSE, FOLIO, DEPOSITOR, empty, EXPIRY),
			Error::<Test>::ZeroQuantity
		);
		let mut nowhere = goods(LOT);
		nowhere.location.municipality = 0;
		assert_noop!(
			try_issue(OFFICER, WAREHOUSE, FOLIO, DEPOSITOR, nowhere, EXPIRY),
			Error::<Test>::MalformedLocation
		);
		assert_noop!(
			try_issue(OFFICER, WAREHOUSE, FOLIO, DEPOSITOR, goods(LOT), 1),
			Error::<Test>::InvalidExpiry
		);
		assert_noop!(
			try_issue(OFFICER, WAREHOUSE, FOLIO, DEPOSITOR, goods(LOT), 2 + MAX_VALIDITY),
			Error::<Test>::InvalidExpiry
		);
	});
}

#[test]
fn double_issuance_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		issue(true);
		// The same folio, another lot.
		assert_noop!(
			try_issue(OFFICER, WAREHOUSE, FOLIO, DEPOSITOR, goods(H256::repeat_byte(0x20)), EXPIRY),
			Error::<Test>::FolioTaken
		);
		// The same lot, another folio.
		assert_noop!(
			try_issue(OFFICER, WAREHOUSE, FOLIO + 1, DEPOSITOR, goods(LOT), EXPIRY),
			Error::<Test>::LotAlreadyBacked
		);
		// The same lot, another warehouse.
		assert_ok!(Certificates::authorise_warehouse(RuntimeOrigin::root(), OTHER_WAREHOUSE, DOC));
		assert_ok!(Certificates::add_officer(
			RuntimeOrigin::signed(OTHER_WAREHOUSE),
			OTHER_WAREHOUSE,
			OTHER_OFFICER
		));
		assert_noop!(
			try_issue(OTHER_OFFICER, OTHER_WAREHOUSE, FOLIO, DEPOSITOR, goods(LOT), EXPIRY),
			Error::<Test>::LotAlreadyBacked
		);
		// Once delivered, the lot may back a new certificate (under a new folio).
		assert_ok!(Certificates::withdraw_goods(
			RuntimeOrigin::signed(DEPOSITOR),
			WAREHOUSE,
			FOLIO,
			QUANTITY
		));
		assert_ok!(try_issue(OFFICER, WAREHOUSE, FOLIO + 1, DEPOSITOR, goods(LOT), EXPIRY));
		assert_noop!(
			try_issue(OFFICER, WAREHOUSE, FOLIO, DEPOSITOR, goods(H256::repeat_byte(0x20)), EXPIRY),
			Error::<Test>::FolioTaken
		);
	});
}

#[test]
fn a_suspended_warehouse_cannot_issue() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Certificates::suspend_warehouse(RuntimeOrigin::root(), WAREHOUSE));
		assert_noop!(
			try_issue(OFFICER, WAREHOUSE, FOLIO, DEPOSITOR, goods(LOT), EXPIRY),
			Error::<Test>::WarehouseNotAuthorised
		);
		assert_ok!(Certificates::revoke_warehouse(RuntimeOrigin::root(), WAREHOUSE));
		assert_noop!(
			try_issue(OFFICER, WAREHOUSE, FOLIO, DEPOSITOR, goods(LOT), EXPIRY),
			Error::<Test>::WarehouseRevoked
		);
	});
}

#[test]
fn an_officer_without_credential_cannot_issue() {
	ExtBuilder::default().build_and_execute(|| {
		MockIdentity::revoke_credential(OFFICER);
		assert_noop!(
			try_issue(OFFICER, WAREHOUSE, FOLIO, DEPOSITOR, goods(LOT), EXPIRY),
			Error::<Test>::NotOfficer
		);
	});
}
