//! Authorisation, suspension, reinstatement, revocation and officers.

use super::*;

#[test]
fn authorise_warehouse_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Certificates::authorise_warehouse(RuntimeOrigin::root(), OTHER_WAREHOUSE, DOC));
		assert_eq!(
			last_event(),
			Event::WarehouseAuthorised { warehouse: OTHER_WAREHOUSE, authorisation: DOC }
		);
		let info = Certificates::warehouse_of(OTHER_WAREHOUSE).expect("authorised");
		assert_eq!(info.status, WarehouseStatus::Authorised);
		assert!(info.officers.is_empty());
	});
}

#[test]
fn authorise_warehouse_fails() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Certificates::authorise_warehouse(
				RuntimeOrigin::signed(OTHER_WAREHOUSE),
				OTHER_WAREHOUSE,
				DOC
			),
			BadOrigin
		);
		assert_noop!(
			Certificates::authorise_warehouse(RuntimeOrigin::root(), DEPOSITOR, DOC),
			Error::<Test>::NotVerified
		);
		assert_noop!(
			Certificates::authorise_warehouse(RuntimeOrigin::root(), WAREHOUSE, DOC),
			Error::<Test>::WarehouseAlreadyExists
		);
	});
}

#[test]
fn suspend_reinstate_and_revoke() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Certificates::suspend_warehouse(RuntimeOrigin::signed(WAREHOUSE), WAREHOUSE),
			BadOrigin
		);
		assert_noop!(
			Certificates::reinstate_warehouse(RuntimeOrigin::root(), WAREHOUSE),
			Error::<Test>::WarehouseNotSuspended
		);
		assert_ok!(Certificates::suspend_warehouse(RuntimeOrigin::root(), WAREHOUSE));
		assert_eq!(last_event(), Event::WarehouseSuspended { warehouse: WAREHOUSE });
		assert_noop!(
			Certificates::suspend_warehouse(RuntimeOrigin::root(), WAREHOUSE),
			Error::<Test>::WarehouseNotAuthorised
		);
		assert_noop!(
			Certificates::reinstate_warehouse(RuntimeOrigin::signed(WAREHOUSE), WAREHOUSE),
			BadOrigin
		);
		assert_ok!(Certificates::reinstate_warehouse(RuntimeOrigin::root(), WAREHOUSE));
		assert_eq!(last_event(), Event::WarehouseReinstated { warehouse: WAREHOUSE });
		assert_noop!(
			Certificates::revoke_warehouse(RuntimeOrigin::signed(WAREHOUSE), WAREHOUSE),
			BadOrigin
		);
		assert_ok!(Certificates::revoke_warehouse(RuntimeOrigin::root(), WAREHOUSE));
		assert_eq!(last_event(), Event::WarehouseRevoked { warehouse: WAREHOUSE });
		let info = Certificates::warehouse_of(WAREHOUSE).expect("kept");
		assert_eq!(info.status, WarehouseStatus::Revoked);
		assert!(info.officers.is_empty());
		assert_noop!(
			Certificates::revoke_warehouse(RuntimeOrigin::root(), WAREHOUSE),
			Error::<Test>::WarehouseRevoked
		);
		assert_noop!(
			Certificates::suspend_warehouse(RuntimeOrigin::root(), OTHER_WAREHOUSE),
			Error::<Test>::WarehouseNotFound
		);
		// A revoked warehouse may be authorised again.
		assert_ok!(Certificates::authorise_warehouse(RuntimeOrigin::root(), WAREHOUSE, DOC));
	});
}

#[test]
fn add_officer_works_for_a_representative() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Certificates::add_officer(
			RuntimeOrigin::signed(REPRESENTATIVE),
			WAREHOUSE,
			OTHER_OFFICER
		));
		assert_eq!(
			last_event(),
			Event::OfficerAdded { warehouse: WAREHOUSE, officer: OTHER_OFFICER }
		);
		assert_eq!(
			Certificates::warehouse_of(WAREHOUSE).expect("exists").officers.into_inner(),
			vec![OFFICER, OTHER_OFFICER]
		);
	});
}

#[test]
fn add_officer_fails() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Certificates::add_officer(RuntimeOrigin::signed(DEPOSITOR), WAREHOUSE, OTHER_OFFICER),
			Error::<Test>::NotRepresentative
		);
		assert_noop!(
			Certificates::add_officer(RuntimeOrigin::signed(WAREHOUSE), WAREHOUSE, NO_CREDENTIAL),
			Error::<Test>::NoCredential
		);
		assert_noop!(
			Certificates::add_officer(RuntimeOrigin::signed(WAREHOUSE), WAREHOUSE, OFFICER),
			Error::<Test>::AlreadyOfficer
		);
		assert_noop!(
			Certificates::add_officer(
				RuntimeOrigin::signed(OTHER_WAREHOUSE),
				OTHER_WAREHOUSE,
				OFFICER
			),
			Error::<Test>::WarehouseNotFound
		);
		assert_noop!(
			Certificates::add_officer(RuntimeOrigin::root(), WAREHOUSE, OTHER_OFFICER),
			BadOrigin
		);
		assert_ok!(Certificates::add_officer(
			RuntimeOrigin::signed(WAREHOUSE),
			WAREHOUSE,
			OTHER_OFFICER
		));
		assert_noop!(
			Certificates::add_officer(
				RuntimeOrigin::signed(WAREHOUSE),
				WAREHOUSE,
				NO_CREDENTIAL + 1000
			),
			Error::<Test>::NoCredential
		);
		// MAX_OFFICERS is 2: a third officer with the credential is refused.
		MockIdentity::grant_credential(NO_CREDENTIAL);
		assert_noop!(
			Certificates::add_officer(RuntimeOrigin::signed(WAREHOUSE), WAREHOUSE, NO_CREDENTIAL),
			Error::<Test>::TooManyOfficers
		);
		assert_ok!(Certificates::revoke_warehouse(RuntimeOrigin::root(), WAREHOUSE));
		assert_noop!(
			Certificates::add_officer(RuntimeOrigin::signed(WAREHOUSE), WAREHOUSE, OFFICER),
			Error::<Test>::WarehouseRevoked
		);
	});
}

#[test]
fn remove_officer_works_and_fails() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Certificates::remove_officer(RuntimeOrigin::signed(DEPOSITOR), WAREHOUSE, OFFICER),
			Error::<Test>::NotRepresentative
		);
		assert_noop!(
			Certificates::remove_officer(RuntimeOrigin::root(), WAREHOUSE, OTHER_OFFICER),
			Error::<Test>::NotOfficer
		);
		assert_noop!(
			Certificates::remove_officer(RuntimeOrigin::none(), WAREHOUSE, OFFICER),
			BadOrigin
		);
		assert_ok!(Certificates::remove_officer(RuntimeOrigin::root(), WAREHOUSE, OFFICER));
		assert_eq!(last_event(), Event::OfficerRemoved { warehouse: WAREHOUSE, officer: OFFICER });
		assert_ok!(Certificates::add_officer(RuntimeOrigin::signed(WAREHOUSE), WAREHOUSE, OFFICER));
		assert_ok!(Certificates::remove_officer(
			RuntimeOrigin::signed(REPRESENTATIVE),
			WAREHOUSE,
			OFFICER
		));
		assert!(Certificates::warehouse_of(WAREHOUSE).expect("exists").officers.is_empty());
	});
}

#[test]
fn inventory_reports_run_from_authorisation_to_revocation() {
	use bmx_primitives::governance::{ReportAnswerers, ReportSubject};
	ExtBuilder::default().build_and_execute(|| {
		let subject = ReportSubject::Warehouse(WAREHOUSE);
		assert_eq!(MockReports::period(&subject), Some(REPORT_PERIOD));
		// Its current officers answer; nobody else, and nobody for other subjects.
		assert!(Certificates::answers_for(&subject, &OFFICER));
		assert!(!Certificates::answers_for(&subject, &OTHER_OFFICER));
		assert!(!Certificates::answers_for(&ReportSubject::Warehouse(OTHER_WAREHOUSE), &OFFICER));
		assert!(!Certificates::answers_for(&ReportSubject::Leader(WAREHOUSE), &OFFICER));
		MockIdentity::revoke_credential(OFFICER);
		assert!(!Certificates::answers_for(&subject, &OFFICER));
		MockIdentity::grant_credential(OFFICER);
		// A suspended warehouse still holds goods: it still reports.
		assert_ok!(Certificates::suspend_warehouse(RuntimeOrigin::root(), WAREHOUSE));
		assert_eq!(MockReports::period(&subject), Some(REPORT_PERIOD));
		assert!(Certificates::answers_for(&subject, &OFFICER));
		assert_ok!(Certificates::revoke_warehouse(RuntimeOrigin::root(), WAREHOUSE));
		assert_eq!(MockReports::period(&subject), None);
		assert!(!Certificates::answers_for(&subject, &OFFICER));
		assert_ok!(Certificates::authorise_warehouse(RuntimeOrigin::root(), WAREHOUSE, DOC));
		assert_eq!(MockReports::period(&subject), Some(REPORT_PERIOD));
	});
}
