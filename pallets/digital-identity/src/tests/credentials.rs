//! Credentials: `register_credential_type`, `issue_credential` and `revoke_credential`.

use super::*;

// register_credential_type

#[test]
fn register_credential_type_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(DigitalIdentity::register_credential_type(
			RuntimeOrigin::root(),
			name(b"Perito valuador"),
		));
		assert_eq!(
			last_event(),
			Event::CredentialTypeRegistered { credential_type: 3, name: name(b"Perito valuador") }
		);
		assert_eq!(CredentialTypeIdOf::<Test>::get(name(b"Perito valuador")), Some(3));
		assert_eq!(CredentialTypes::<Test>::get(3).map(|t| t.records), Some(0));
	});
}

#[test]
fn register_credential_type_requires_the_registrar_origin() {
	ExtBuilder::default().build_and_execute(|| {
		for origin in [RuntimeOrigin::signed(SFP), RuntimeOrigin::none()] {
			assert_noop!(
				DigitalIdentity::register_credential_type(origin, name(b"Perito valuador")),
				BadOrigin
			);
		}
	});
}

#[test]
fn register_credential_type_rejects_an_empty_name() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::register_credential_type(RuntimeOrigin::root(), name(b"")),
			Error::<Test>::EmptyName
		);
	});
}

#[test]
fn register_credential_type_rejects_a_taken_name() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::register_credential_type(RuntimeOrigin::root(), name(b"Almacenista")),
			Error::<Test>::CredentialTypeAlreadyExists
		);
	});
}

#[test]
fn register_credential_type_keeps_max_credential_types() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(DigitalIdentity::register_credential_type(RuntimeOrigin::root(), name(b"IV")));
		assert_noop!(
			DigitalIdentity::register_credential_type(RuntimeOrigin::root(), name(b"V")),
			Error::<Test>::TooManyCredentialTypes
		);
	});
}

// issue_credential

#[test]
fn issue_credential_works() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		issue(10, EVALUATOR, Some(NOW + YEAR));
		assert_eq!(
			last_event(),
			Event::CredentialIssued {
				subject: 10,
				credential_type: EVALUATOR,
				issuer: SFP,
				expires_at: Some(NOW + YEAR),
			}
		);
		assert_eq!(
			Credentials::<Test>::get(10, EVALUATOR),
			Some(Credential {
				issuer: SFP,
				issued_at: NOW,
				expires_at: Some(NOW + YEAR),
				revoked_at: None
			})
		);
		assert_eq!(records(EVALUATOR), 1);
		assert_eq!(DigitalIdentity::credential_status(10, EVALUATOR), CredentialStatus::Valid);
		assert!(<DigitalIdentity as CredentialsInspect<u64>>::has_credential(&10, EVALUATOR));
		assert!(!<DigitalIdentity as CredentialsInspect<u64>>::has_credential(&10, FIELD_VERIFIER));
	});
}

#[test]
fn credentials_expire_at_once() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		issue(10, EVALUATOR, Some(NOW + DAY));
		set_now(NOW + DAY - 1);
		assert_eq!(DigitalIdentity::credential_status(10, EVALUATOR), CredentialStatus::Valid);
		set_now(NOW + DAY);
		assert_eq!(DigitalIdentity::credential_status(10, EVALUATOR), CredentialStatus::Expired);
		assert!(!<DigitalIdentity as CredentialsInspect<u64>>::has_credential(&10, EVALUATOR));
	});
}

#[test]
fn issue_credential_renews_and_reinstates() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		issue(10, EVALUATOR, Some(NOW + DAY));
		set_now(NOW + 2 * DAY);
		assert_eq!(DigitalIdentity::credential_status(10, EVALUATOR), CredentialStatus::Expired);
		issue(10, EVALUATOR, Some(NOW + YEAR));
		assert_eq!(DigitalIdentity::credential_status(10, EVALUATOR), CredentialStatus::Valid);
		assert_ok!(DigitalIdentity::revoke_credential(RuntimeOrigin::signed(SFP), 10, EVALUATOR));
		issue(10, EVALUATOR, None);
		assert_eq!(DigitalIdentity::credential_status(10, EVALUATOR), CredentialStatus::Valid);
		assert_eq!(records(EVALUATOR), 1);
	});
}

#[test]
fn issue_credential_requires_an_issuer_of_that_type() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(DigitalIdentity::issue_credential(origin, 10, EVALUATOR, None), BadOrigin);
		}
		assert_noop!(
			DigitalIdentity::issue_credential(RuntimeOrigin::signed(10), 10, EVALUATOR, None),
			Error::<Test>::NotRegistrar
		);
		// SFP issues types 0 and 1, not warehouse officers; SAT issues none.
		assert_noop!(
			DigitalIdentity::issue_credential(
				RuntimeOrigin::signed(SFP),
				10,
				WAREHOUSE_OFFICER,
				None
			),
			Error::<Test>::NotAccreditedForKind
		);
		assert_noop!(
			DigitalIdentity::issue_credential(RuntimeOrigin::signed(SAT), 10, EVALUATOR, None),
			Error::<Test>::NotAccreditedForKind
		);
	});
}

#[test]
fn issue_credential_rejects_an_expiry_in_the_past() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_noop!(
			DigitalIdentity::issue_credential(RuntimeOrigin::signed(SFP), 10, EVALUATOR, Some(NOW)),
			Error::<Test>::ExpiryInPast
		);
	});
}

#[test]
fn issue_credential_requires_an_identified_subject() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::issue_credential(
				RuntimeOrigin::signed(SFP),
				OUTSIDER,
				EVALUATOR,
				None
			),
			Error::<Test>::NotIdentified
		);
	});
}

#[test]
fn issue_credential_over_another_issuers_credential_waits_for_its_accreditation_to_end() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		issue(10, FIELD_VERIFIER, None);
		assert_noop!(
			DigitalIdentity::issue_credential(
				RuntimeOrigin::signed(SAT_OCCIDENTE),
				10,
				FIELD_VERIFIER,
				None
			),
			Error::<Test>::NotAttestingRegistrar
		);
		assert_ok!(DigitalIdentity::accredit_registrar(
			RuntimeOrigin::root(),
			SFP,
			name(b"SFP"),
			kinds(&[CredentialKind(EVALUATOR)]),
		));
		assert_ok!(DigitalIdentity::issue_credential(
			RuntimeOrigin::signed(SAT_OCCIDENTE),
			10,
			FIELD_VERIFIER,
			None
		));
		assert_eq!(
			Credentials::<Test>::get(10, FIELD_VERIFIER).map(|c| c.issuer),
			Some(SAT_OCCIDENTE)
		);
	});
}

// revoke_credential

#[test]
fn revoke_credential_works_at_once() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		issue(10, EVALUATOR, None);
		assert_ok!(DigitalIdentity::revoke_credential(RuntimeOrigin::signed(SFP), 10, EVALUATOR));
		assert_eq!(
			last_event(),
			Event::CredentialRevoked { subject: 10, credential_type: EVALUATOR, registrar: SFP }
		);
		assert_eq!(DigitalIdentity::credential_status(10, EVALUATOR), CredentialStatus::Revoked);
		assert_eq!(Credentials::<Test>::get(10, EVALUATOR).and_then(|c| c.revoked_at), Some(NOW));
		assert_eq!(records(EVALUATOR), 1);
	});
}

#[test]
fn revoke_credential_requires_an_issuer_of_that_type() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		issue(10, EVALUATOR, None);
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(DigitalIdentity::revoke_credential(origin, 10, EVALUATOR), BadOrigin);
		}
		assert_noop!(
			DigitalIdentity::revoke_credential(RuntimeOrigin::signed(10), 10, EVALUATOR),
			Error::<Test>::NotRegistrar
		);
		assert_noop!(
			DigitalIdentity::revoke_credential(RuntimeOrigin::signed(SAT_OCCIDENTE), 10, EVALUATOR),
			Error::<Test>::NotAccreditedForKind
		);
	});
}

#[test]
fn revoke_credential_rejects_a_missing_credential() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_noop!(
			DigitalIdentity::revoke_credential(RuntimeOrigin::signed(SFP), 10, EVALUATOR),
			Error::<Test>::CredentialNotFound
		);
	});
}

#[test]
fn revoke_credential_is_for_the_issuer_while_accredited() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		issue(10, FIELD_VERIFIER, None);
		assert_noop!(
			DigitalIdentity::revoke_credential(
				RuntimeOrigin::signed(SAT_OCCIDENTE),
				10,
				FIELD_VERIFIER
			),
			Error::<Test>::NotAttestingRegistrar
		);
		assert_ok!(DigitalIdentity::remove_registrar(RuntimeOrigin::root(), SFP));
		assert_ok!(DigitalIdentity::revoke_credential(
			RuntimeOrigin::signed(SAT_OCCIDENTE),
			10,
			FIELD_VERIFIER
		));
		assert_eq!(
			last_event(),
			Event::CredentialRevoked {
				subject: 10,
				credential_type: FIELD_VERIFIER,
				registrar: SAT_OCCIDENTE,
			}
		);
	});
}

#[test]
fn revoke_credential_rejects_a_revoked_credential() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		issue(10, EVALUATOR, None);
		assert_ok!(DigitalIdentity::revoke_credential(RuntimeOrigin::signed(SFP), 10, EVALUATOR));
		assert_noop!(
			DigitalIdentity::revoke_credential(RuntimeOrigin::signed(SFP), 10, EVALUATOR),
			Error::<Test>::CredentialAlreadyRevoked
		);
	});
}
