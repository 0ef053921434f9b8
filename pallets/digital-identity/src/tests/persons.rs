//! Persons: `verify_person`, `update_person`, `revoke_person` and `clear_identity`.

use super::*;

// verify_person

#[test]
fn verify_person_works() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_eq!(
			last_event(),
			Event::PersonVerified {
				who: 10,
				person_key: key(1),
				registrar: RENAPO,
				residency: GUADALAJARA,
				adulthood: Adulthood::Adult,
			}
		);
		let person = Persons::<Test>::get(10).expect("verified");
		assert_eq!(person.key, key(1));
		assert_eq!(person.registrar, RENAPO);
		assert_eq!(person.verified_at, NOW);
		assert_eq!(PersonKeys::<Test>::get(key(1)), Some(PersonKeyState::Bound(10)));
		assert!(DigitalIdentity::is_adult(10));
	});
}

#[test]
fn verify_person_records_a_minor_who_becomes_an_adult_by_itself() {
	ExtBuilder::default().build_and_execute(|| {
		// Turns 18 on 2027-03-10: an adult from April 2027.
		assert_ok!(DigitalIdentity::verify_person(
			RuntimeOrigin::signed(CIVIL_REGISTRY),
			11,
			key(2),
			Residency::Abroad,
			minor(2027, 4),
		));
		assert!(!DigitalIdentity::is_adult(11));
		set_now(APRIL_2027 - 1);
		assert!(!<DigitalIdentity as VerifiedPersons<u64>>::is_adult(&11));
		set_now(APRIL_2027);
		assert!(DigitalIdentity::is_adult(11));
		assert!(<DigitalIdentity as VerifiedPersons<u64>>::is_adult(&11));
	});
}

#[test]
fn verify_person_requires_a_person_registrar() {
	ExtBuilder::default().build_and_execute(|| {
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(
				DigitalIdentity::verify_person(origin, 10, key(1), GUADALAJARA, Adulthood::Adult),
				BadOrigin
			);
		}
		assert_noop!(
			DigitalIdentity::verify_person(
				RuntimeOrigin::signed(OUTSIDER),
				10,
				key(1),
				GUADALAJARA,
				Adulthood::Adult
			),
			Error::<Test>::NotRegistrar
		);
		assert_noop!(
			DigitalIdentity::verify_person(
				RuntimeOrigin::signed(SAT),
				10,
				key(1),
				GUADALAJARA,
				Adulthood::Adult
			),
			Error::<Test>::NotAccreditedForKind
		);
	});
}

#[test]
fn verify_person_rejects_malformed_attributes() {
	ExtBuilder::default().build_and_execute(|| {
		let too_high =
			Residency::National(Jurisdiction { state: MexicanState::Oaxaca, municipality: 1000 });
		for residency in [nowhere(), too_high] {
			assert_noop!(
				DigitalIdentity::verify_person(
					RuntimeOrigin::signed(RENAPO),
					10,
					key(1),
					residency,
					Adulthood::Adult
				),
				Error::<Test>::InvalidMunicipality
			);
		}
		for adulthood in [minor(2030, 13), minor(2030, 0)] {
			assert_noop!(
				DigitalIdentity::verify_person(
					RuntimeOrigin::signed(RENAPO),
					10,
					key(1),
					GUADALAJARA,
					adulthood
				),
				Error::<Test>::InvalidMonth
			);
		}
		// The current month has begun: the person is an adult and must be recorded as one.
		for adulthood in [minor(2026, 11), minor(2001, 6)] {
			assert_noop!(
				DigitalIdentity::verify_person(
					RuntimeOrigin::signed(RENAPO),
					10,
					key(1),
					GUADALAJARA,
					adulthood
				),
				Error::<Test>::AlreadyAdult
			);
		}
	});
}

#[test]
fn verify_person_allows_one_identity_per_account() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_noop!(
			DigitalIdentity::verify_person(
				RuntimeOrigin::signed(RENAPO),
				10,
				key(2),
				GUADALAJARA,
				Adulthood::Adult
			),
			Error::<Test>::AlreadyPerson
		);
	});
}

#[test]
fn verify_person_rejects_an_organisation() {
	ExtBuilder::default().build_and_execute(|| {
		verify_org(20, org_key(1), &[]);
		assert_noop!(
			DigitalIdentity::verify_person(
				RuntimeOrigin::signed(RENAPO),
				20,
				key(1),
				GUADALAJARA,
				Adulthood::Adult
			),
			Error::<Test>::AlreadyOrganisation
		);
	});
}

#[test]
fn verify_person_refuses_the_same_person_through_another_registrar() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_noop!(
			DigitalIdentity::verify_person(
				RuntimeOrigin::signed(CIVIL_REGISTRY),
				11,
				key(1),
				OAXACA,
				Adulthood::Adult
			),
			Error::<Test>::PersonAlreadyVerified
		);
	});
}

#[test]
fn verify_person_refuses_a_cleared_key() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_ok!(DigitalIdentity::clear_identity(RuntimeOrigin::signed(10)));
		for who in [10, 11] {
			assert_noop!(
				DigitalIdentity::verify_person(
					RuntimeOrigin::signed(CIVIL_REGISTRY),
					who,
					key(1),
					OAXACA,
					Adulthood::Adult
				),
				Error::<Test>::PersonKeyCleared
			);
		}
	});
}

// update_person

#[test]
fn update_person_works() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_ok!(DigitalIdentity::update_person(
			RuntimeOrigin::signed(CIVIL_REGISTRY),
			10,
			OAXACA,
			Adulthood::Adult,
		));
		assert_eq!(
			last_event(),
			Event::PersonUpdated {
				who: 10,
				registrar: CIVIL_REGISTRY,
				residency: OAXACA,
				adulthood: Adulthood::Adult,
			}
		);
		let person = Persons::<Test>::get(10).expect("still verified");
		assert_eq!(person.residency, OAXACA);
		assert_eq!(person.registrar, CIVIL_REGISTRY);
		assert_eq!(person.key, key(1));
	});
}

#[test]
fn update_person_requires_a_person_registrar() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(
				DigitalIdentity::update_person(origin, 10, OAXACA, Adulthood::Adult),
				BadOrigin
			);
		}
		assert_noop!(
			DigitalIdentity::update_person(
				RuntimeOrigin::signed(OUTSIDER),
				10,
				OAXACA,
				Adulthood::Adult
			),
			Error::<Test>::NotRegistrar
		);
		assert_noop!(
			DigitalIdentity::update_person(
				RuntimeOrigin::signed(SFP),
				10,
				OAXACA,
				Adulthood::Adult
			),
			Error::<Test>::NotAccreditedForKind
		);
	});
}

#[test]
fn update_person_rejects_malformed_attributes() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		let renapo = RuntimeOrigin::signed(RENAPO);
		assert_noop!(
			DigitalIdentity::update_person(renapo.clone(), 10, nowhere(), Adulthood::Adult),
			Error::<Test>::InvalidMunicipality
		);
		assert_noop!(
			DigitalIdentity::update_person(renapo.clone(), 10, OAXACA, minor(2030, 13)),
			Error::<Test>::InvalidMonth
		);
		assert_noop!(
			DigitalIdentity::update_person(renapo, 10, OAXACA, minor(2026, 11)),
			Error::<Test>::AlreadyAdult
		);
	});
}

#[test]
fn update_person_rejects_an_account_that_is_not_a_person() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::update_person(
				RuntimeOrigin::signed(RENAPO),
				10,
				OAXACA,
				Adulthood::Adult
			),
			Error::<Test>::NotPerson
		);
	});
}

// revoke_person

#[test]
fn revoke_person_works() {
	ExtBuilder::default().build_and_execute(|| {
		attested_person();
		assert_ok!(DigitalIdentity::revoke_person(
			RuntimeOrigin::signed(CIVIL_REGISTRY),
			10,
			REASON
		));
		assert_eq!(
			last_event(),
			Event::PersonRevoked {
				who: 10,
				person_key: key(1),
				registrar: CIVIL_REGISTRY,
				reason: REASON,
				credentials_removed: 1,
				efirma_unbound: Some(cert(1)),
			}
		);
		assert!(!Persons::<Test>::contains_key(10));
		assert_eq!(PersonKeys::<Test>::get(key(1)), Some(PersonKeyState::Cleared));
		assert!(!Efirmas::<Test>::contains_key(10));
		assert!(!Credentials::<Test>::contains_key(10, EVALUATOR));
		assert_eq!(records(EVALUATOR), 0);
	});
}

#[test]
fn revoke_person_requires_a_person_registrar() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(DigitalIdentity::revoke_person(origin, 10, REASON), BadOrigin);
		}
		assert_noop!(
			DigitalIdentity::revoke_person(RuntimeOrigin::signed(10), 10, REASON),
			Error::<Test>::NotRegistrar
		);
		assert_noop!(
			DigitalIdentity::revoke_person(RuntimeOrigin::signed(SAT), 10, REASON),
			Error::<Test>::NotAccreditedForKind
		);
	});
}

#[test]
fn revoke_person_rejects_an_account_that_is_not_a_person() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::revoke_person(RuntimeOrigin::signed(RENAPO), 10, REASON),
			Error::<Test>::NotPerson
		);
	});
}

// clear_identity

#[test]
fn clear_identity_works_and_keeps_the_key_reserved() {
	ExtBuilder::default().build_and_execute(|| {
		attested_person();
		issue(10, FIELD_VERIFIER, None);
		sign(10, DOC, b"Contrato");
		assert_ok!(DigitalIdentity::clear_identity(RuntimeOrigin::signed(10)));
		assert_eq!(
			last_event(),
			Event::IdentityCleared {
				who: 10,
				person_key: key(1),
				credentials_removed: 2,
				efirma_unbound: Some(cert(1)),
			}
		);
		assert!(!Persons::<Test>::contains_key(10));
		assert_eq!(PersonKeys::<Test>::get(key(1)), Some(PersonKeyState::Cleared));
		assert_eq!(DigitalIdentity::person_key(10), None);
		assert!(!DigitalIdentity::is_efirma_bound(10));
		assert_eq!(
			DigitalIdentity::credential_status(10, FIELD_VERIFIER),
			CredentialStatus::NotIssued
		);
		assert_eq!(records(FIELD_VERIFIER), 0);
		// What it signed stays on record.
		assert_eq!(DigitalIdentity::signatures(DOC).first().map(|a| a.signer), Some(10));
	});
}

#[test]
fn clear_identity_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(DigitalIdentity::clear_identity(origin), BadOrigin);
		}
	});
}

#[test]
fn clear_identity_is_for_verified_persons() {
	ExtBuilder::default().build_and_execute(|| {
		verify_org(20, org_key(1), &[]);
		for who in [20, OUTSIDER] {
			assert_noop!(
				DigitalIdentity::clear_identity(RuntimeOrigin::signed(who)),
				Error::<Test>::NotPerson
			);
		}
	});
}

// The sufficient reference: a verified person needs no BMX.

fn sufficients(who: u64) -> u32 {
	frame_system::Account::<Test>::get(who).sufficients
}

#[test]
fn a_verified_person_holds_a_sufficient_reference_until_revoked_or_cleared() {
	ExtBuilder::default().build_and_execute(|| {
		assert!(!frame_system::Pallet::<Test>::account_exists(&10));
		verify(10, key(1));
		// The account exists without any balance: it can sign.
		assert_eq!(sufficients(10), 1);
		assert!(frame_system::Pallet::<Test>::account_exists(&10));
		assert_ok!(DigitalIdentity::revoke_person(
			RuntimeOrigin::signed(RENAPO),
			10,
			DocumentHash::repeat_byte(7)
		));
		assert_eq!(sufficients(10), 0);
		assert!(!frame_system::Pallet::<Test>::account_exists(&10));

		verify(12, key(2));
		assert_eq!(sufficients(12), 1);
		assert_ok!(DigitalIdentity::clear_identity(RuntimeOrigin::signed(12)));
		assert_eq!(sufficients(12), 0);
	});
}

#[test]
fn recovery_moves_the_sufficient_reference_to_the_new_account() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		recover(CIVIL_REGISTRY, key(1), 11, GUADALAJARA);
		assert_eq!(sufficients(10), 0);
		assert_eq!(sufficients(11), 1);
	});
}
