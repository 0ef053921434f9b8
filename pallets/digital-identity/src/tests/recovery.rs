//! Recovery: `recover_person`.

use super::*;

// recover_person

#[test]
fn recover_person_moves_an_identity_to_a_new_account() {
	ExtBuilder::default().build_and_execute(|| {
		attested_person();
		issue(10, FIELD_VERIFIER, Some(NOW + YEAR));
		sign(10, DOC, b"Acta de fallo");
		// The person lost the key of account 10 and shows up at a civil registry.
		assert_ok!(DigitalIdentity::recover_person(
			RuntimeOrigin::signed(CIVIL_REGISTRY),
			key(1),
			11,
			OAXACA,
			Adulthood::Adult,
		));
		assert_eq!(
			last_event(),
			Event::PersonRecovered {
				person_key: key(1),
				from: Some(10),
				to: 11,
				registrar: CIVIL_REGISTRY,
				residency: OAXACA,
				adulthood: Adulthood::Adult,
				credentials_moved: 2,
				efirma_unbound: Some(cert(1)),
			}
		);
		assert_eq!(PersonKeys::<Test>::get(key(1)), Some(PersonKeyState::Bound(11)));
		assert!(!Persons::<Test>::contains_key(10));
		assert_eq!(DigitalIdentity::person_key(11), Some(key(1)));
		assert_eq!(DigitalIdentity::residency(11), Some(OAXACA));
		// The credentials follow the person; the binding does not follow the lost account.
		assert_eq!(DigitalIdentity::credential_status(11, EVALUATOR), CredentialStatus::Valid);
		assert_eq!(DigitalIdentity::credential_status(10, EVALUATOR), CredentialStatus::NotIssued);
		assert_eq!(records(EVALUATOR), 1);
		assert!(!Efirmas::<Test>::contains_key(10));
		// The certificate's record stays, naming its last holder.
		assert_eq!(Certificates::<Test>::get(cert(1)).map(|c| c.holder), Some(10));
		// The signing act stays on record.
		assert_eq!(DigitalIdentity::signatures(DOC).len(), 1);
		// SAT binds the same certificate to the new account.
		bind(11, cert(1));
	});
}

#[test]
fn recover_person_binds_a_cleared_key_again() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_ok!(DigitalIdentity::clear_identity(RuntimeOrigin::signed(10)));
		assert_ok!(DigitalIdentity::recover_person(
			RuntimeOrigin::signed(RENAPO),
			key(1),
			10,
			GUADALAJARA,
			Adulthood::Adult,
		));
		assert_eq!(
			last_event(),
			Event::PersonRecovered {
				person_key: key(1),
				from: None,
				to: 10,
				registrar: RENAPO,
				residency: GUADALAJARA,
				adulthood: Adulthood::Adult,
				credentials_moved: 0,
				efirma_unbound: None,
			}
		);
		assert_eq!(PersonKeys::<Test>::get(key(1)), Some(PersonKeyState::Bound(10)));
	});
}

#[test]
fn recover_person_requires_a_person_registrar() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(
				DigitalIdentity::recover_person(origin, key(1), 11, OAXACA, Adulthood::Adult),
				BadOrigin
			);
		}
		// The person itself cannot move its identity: that takes a registrar.
		assert_noop!(
			DigitalIdentity::recover_person(
				RuntimeOrigin::signed(10),
				key(1),
				11,
				OAXACA,
				Adulthood::Adult
			),
			Error::<Test>::NotRegistrar
		);
		assert_noop!(
			DigitalIdentity::recover_person(
				RuntimeOrigin::signed(SAT),
				key(1),
				11,
				OAXACA,
				Adulthood::Adult
			),
			Error::<Test>::NotAccreditedForKind
		);
	});
}

#[test]
fn recover_person_rejects_malformed_attributes() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		let renapo = RuntimeOrigin::signed(RENAPO);
		assert_noop!(
			DigitalIdentity::recover_person(
				renapo.clone(),
				key(1),
				11,
				nowhere(),
				Adulthood::Adult
			),
			Error::<Test>::InvalidMunicipality
		);
		assert_noop!(
			DigitalIdentity::recover_person(renapo.clone(), key(1), 11, OAXACA, minor(2030, 0)),
			Error::<Test>::InvalidMonth
		);
		assert_noop!(
			DigitalIdentity::recover_person(renapo, key(1), 11, OAXACA, minor(2026, 1)),
			Error::<Test>::AlreadyAdult
		);
	});
}

#[test]
fn recover_person_rejects_an_unknown_key() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::recover_person(
				RuntimeOrigin::signed(RENAPO),
				key(9),
				11,
				OAXACA,
				Adulthood::Adult
			),
			Error::<Test>::PersonKeyNotFound
		);
	});
}

#[test]
fn recover_person_rejects_an_account_that_is_a_person() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		verify(11, key(2));
		for to in [10, 11] {
			assert_noop!(
				DigitalIdentity::recover_person(
					RuntimeOrigin::signed(RENAPO),
					key(1),
					to,
					OAXACA,
					Adulthood::Adult
				),
				Error::<Test>::AlreadyPerson
			);
		}
	});
}

#[test]
fn recover_person_rejects_an_organisation() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		verify_org(20, org_key(1), &[]);
		assert_noop!(
			DigitalIdentity::recover_person(
				RuntimeOrigin::signed(RENAPO),
				key(1),
				20,
				OAXACA,
				Adulthood::Adult
			),
			Error::<Test>::AlreadyOrganisation
		);
	});
}
