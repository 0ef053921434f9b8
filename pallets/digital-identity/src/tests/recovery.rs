//! Recovery: `announce_recovery`, `cancel_recovery`, `complete_recovery`, and the credentials
//! that wait for their issuer's consent (`accept_credential`, `decline_credential`).

use super::*;

/// The civil registry becomes a registrar of persons and of warehouse-officer credentials, and
/// issues one to `who`: a credential the recovering registrar issued itself.
fn civil_registry_issues_warehouse_officer(who: u64) {
	assert_ok!(DigitalIdentity::accredit_registrar(
		RuntimeOrigin::root(),
		CIVIL_REGISTRY,
		name(b"Registro Civil Jalisco"),
		kinds(&[Person, CredentialKind(WAREHOUSE_OFFICER)]),
	));
	assert_ok!(DigitalIdentity::issue_credential(
		RuntimeOrigin::signed(CIVIL_REGISTRY),
		who,
		WAREHOUSE_OFFICER,
		None,
	));
}

// announce_recovery

#[test]
fn announce_recovery_moves_nothing_until_the_delay_passes() {
	ExtBuilder::default().build_and_execute(|| {
		attested_person();
		announce(CIVIL_REGISTRY, key(1), 11, OAXACA);
		let effective_at = 1 + RECOVERY_DELAY;
		assert_eq!(
			last_event(),
			Event::RecoveryAnnounced {
				person_key: key(1),
				from: Some(10),
				to: 11,
				registrar: CIVIL_REGISTRY,
				effective_at,
			}
		);
		assert_eq!(
			DigitalIdentity::pending_recovery(key(1)),
			Some(PendingRecovery {
				to: 11,
				registrar: CIVIL_REGISTRY,
				residency: OAXACA,
				adulthood: Adulthood::Adult,
				announced_at: 1,
				effective_at,
			})
		);
		assert_eq!(RecoveryTargets::<Test>::get(11), Some(key(1)));
		// The person keeps its identity, binding and credentials meanwhile.
		assert_eq!(DigitalIdentity::person_key(10), Some(key(1)));
		assert!(DigitalIdentity::is_efirma_bound(10));
		assert_eq!(DigitalIdentity::credential_status(10, EVALUATOR), CredentialStatus::Valid);
		assert_eq!(DigitalIdentity::person_key(11), None);
		// Not a block early.
		System::set_block_number(effective_at - 1);
		assert_noop!(
			DigitalIdentity::complete_recovery(RuntimeOrigin::signed(11), key(1)),
			Error::<Test>::RecoveryNotDue
		);
	});
}

#[test]
fn announce_recovery_requires_a_person_registrar() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(
				DigitalIdentity::announce_recovery(origin, key(1), 11, OAXACA, Adulthood::Adult),
				BadOrigin
			);
		}
		// The person itself cannot move its identity: that takes a registrar.
		assert_noop!(
			DigitalIdentity::announce_recovery(
				RuntimeOrigin::signed(10),
				key(1),
				11,
				OAXACA,
				Adulthood::Adult
			),
			Error::<Test>::NotRegistrar
		);
		assert_noop!(
			DigitalIdentity::announce_recovery(
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
fn announce_recovery_rejects_malformed_attributes() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		let renapo = RuntimeOrigin::signed(RENAPO);
		assert_noop!(
			DigitalIdentity::announce_recovery(
				renapo.clone(),
				key(1),
				11,
				nowhere(),
				Adulthood::Adult
			),
			Error::<Test>::InvalidMunicipality
		);
		assert_noop!(
			DigitalIdentity::announce_recovery(renapo.clone(), key(1), 11, OAXACA, minor(2030, 0)),
			Error::<Test>::InvalidMonth
		);
		assert_noop!(
			DigitalIdentity::announce_recovery(renapo, key(1), 11, OAXACA, minor(2026, 1)),
			Error::<Test>::AlreadyAdult
		);
	});
}

#[test]
fn announce_recovery_rejects_an_unknown_key() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::announce_recovery(
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
fn announce_recovery_rejects_an_identified_account() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		verify(11, key(2));
		verify_org(20, org_key(1), &[]);
		for (to, error) in [
			(10, Error::<Test>::AlreadyPerson),
			(11, Error::<Test>::AlreadyPerson),
			(20, Error::<Test>::AlreadyOrganisation),
		] {
			assert_noop!(
				DigitalIdentity::announce_recovery(
					RuntimeOrigin::signed(RENAPO),
					key(1),
					to,
					OAXACA,
					Adulthood::Adult
				),
				error
			);
		}
	});
}

#[test]
fn one_recovery_at_a_time_and_the_account_is_reserved_for_it() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		verify(12, key(2));
		announce(CIVIL_REGISTRY, key(1), 11, OAXACA);
		// A second recovery of the same person waits for the first to end.
		assert_noop!(
			DigitalIdentity::announce_recovery(
				RuntimeOrigin::signed(RENAPO),
				key(1),
				13,
				OAXACA,
				Adulthood::Adult
			),
			Error::<Test>::RecoveryAlreadyPending
		);
		// Another person cannot be recovered, verified or made an organisation on account 11.
		assert_noop!(
			DigitalIdentity::announce_recovery(
				RuntimeOrigin::signed(RENAPO),
				key(2),
				11,
				OAXACA,
				Adulthood::Adult
			),
			Error::<Test>::AccountAwaitingRecovery
		);
		assert_noop!(
			DigitalIdentity::verify_person(
				RuntimeOrigin::signed(RENAPO),
				11,
				key(3),
				OAXACA,
				Adulthood::Adult
			),
			Error::<Test>::AccountAwaitingRecovery
		);
		assert_noop!(
			DigitalIdentity::verify_organisation(
				RuntimeOrigin::signed(SAT),
				11,
				org_key(1),
				representatives(&[]),
			),
			Error::<Test>::AccountAwaitingRecovery
		);
	});
}

// complete_recovery

#[test]
fn complete_recovery_moves_the_identity_and_parks_other_issuers_credentials() {
	ExtBuilder::default().build_and_execute(|| {
		attested_person();
		issue(10, FIELD_VERIFIER, Some(NOW + YEAR));
		civil_registry_issues_warehouse_officer(10);
		sign(10, DOC, b"Acta de fallo");
		// The person lost the key of account 10 and shows up at a civil registry.
		announce(CIVIL_REGISTRY, key(1), 11, OAXACA);
		pass_recovery_delay();
		// Anyone may complete it once due.
		assert_ok!(DigitalIdentity::complete_recovery(RuntimeOrigin::signed(OUTSIDER), key(1)));
		assert_eq!(
			last_event(),
			Event::PersonRecovered {
				person_key: key(1),
				from: Some(10),
				to: 11,
				registrar: CIVIL_REGISTRY,
				residency: OAXACA,
				adulthood: Adulthood::Adult,
				credentials_moved: 1,
				credentials_awaiting_consent: 2,
				efirma_unbound: Some(cert(1)),
			}
		);
		assert_eq!(PersonKeys::<Test>::get(key(1)), Some(PersonKeyState::Bound(11)));
		assert!(!Persons::<Test>::contains_key(10));
		assert_eq!(DigitalIdentity::person_key(11), Some(key(1)));
		assert_eq!(DigitalIdentity::residency(11), Some(OAXACA));
		assert_eq!(DigitalIdentity::pending_recovery(key(1)), None);
		assert!(!RecoveryTargets::<Test>::contains_key(11));
		// The credential the recovering registrar issued moved; SFP's wait for SFP.
		assert_eq!(
			DigitalIdentity::credential_status(11, WAREHOUSE_OFFICER),
			CredentialStatus::Valid
		);
		for credential_type in [EVALUATOR, FIELD_VERIFIER] {
			assert_eq!(
				DigitalIdentity::credential_status(11, credential_type),
				CredentialStatus::NotIssued
			);
			assert!(!DigitalIdentity::has_credential(&11, credential_type));
			assert_eq!(
				CredentialsAwaitingConsent::<Test>::get(11, credential_type).map(|w| w.from),
				Some(10)
			);
			assert_eq!(records(credential_type), 1);
		}
		assert_eq!(Credentials::<Test>::iter_prefix(10).count(), 0);
		// The binding does not follow the lost account; the certificate's record stays.
		assert!(!Efirmas::<Test>::contains_key(10));
		assert_eq!(Certificates::<Test>::get(cert(1)).map(|c| c.holder), Some(10));
		// The signing act stays on record.
		assert_eq!(DigitalIdentity::signatures(DOC).len(), 1);
		// SAT binds the same certificate to the new account.
		bind(11, cert(1));
	});
}

#[test]
fn complete_recovery_binds_a_cleared_key_again() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_ok!(DigitalIdentity::clear_identity(RuntimeOrigin::signed(10)));
		announce(RENAPO, key(1), 10, GUADALAJARA);
		assert_eq!(
			last_event(),
			Event::RecoveryAnnounced {
				person_key: key(1),
				from: None,
				to: 10,
				registrar: RENAPO,
				effective_at: 1 + RECOVERY_DELAY,
			}
		);
		pass_recovery_delay();
		assert_ok!(DigitalIdentity::complete_recovery(RuntimeOrigin::signed(10), key(1)));
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
				credentials_awaiting_consent: 0,
				efirma_unbound: None,
			}
		);
		assert_eq!(PersonKeys::<Test>::get(key(1)), Some(PersonKeyState::Bound(10)));
	});
}

#[test]
fn complete_recovery_records_a_minor_who_came_of_age_as_an_adult() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		// Announced in November 2026 for a person who turns adult in December.
		assert_ok!(DigitalIdentity::announce_recovery(
			RuntimeOrigin::signed(RENAPO),
			key(1),
			11,
			GUADALAJARA,
			minor(2026, 12),
		));
		pass_recovery_delay();
		set_now(NOW + 15 * DAY);
		assert_ok!(DigitalIdentity::complete_recovery(RuntimeOrigin::signed(11), key(1)));
		assert_eq!(Persons::<Test>::get(11).map(|p| p.adulthood), Some(Adulthood::Adult));
	});
}

#[test]
fn complete_recovery_needs_a_pending_recovery_and_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_noop!(
			DigitalIdentity::complete_recovery(RuntimeOrigin::signed(11), key(1)),
			Error::<Test>::NoPendingRecovery
		);
		announce(RENAPO, key(1), 11, OAXACA);
		pass_recovery_delay();
		assert_noop!(DigitalIdentity::complete_recovery(RuntimeOrigin::none(), key(1)), BadOrigin);
	});
}

#[test]
fn a_removed_registrars_recovery_does_not_complete_and_another_registrar_cancels_it() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		announce(CIVIL_REGISTRY, key(1), 11, OAXACA);
		// Governance removes the registrar (a compromise) before the delay ends.
		assert_ok!(DigitalIdentity::remove_registrar(RuntimeOrigin::root(), CIVIL_REGISTRY));
		pass_recovery_delay();
		assert_noop!(
			DigitalIdentity::complete_recovery(RuntimeOrigin::signed(11), key(1)),
			Error::<Test>::RecoveryRegistrarRemoved
		);
		assert_ok!(DigitalIdentity::cancel_recovery(RuntimeOrigin::signed(RENAPO), key(1)));
		assert_eq!(DigitalIdentity::person_key(10), Some(key(1)));
	});
}

// cancel_recovery

#[test]
fn the_subject_another_registrar_the_announcer_or_governance_cancel_a_recovery() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		for (origin, by) in [
			(RuntimeOrigin::signed(10), RecoveryCanceller::Subject(10)),
			(RuntimeOrigin::signed(RENAPO), RecoveryCanceller::Registrar(RENAPO)),
			(RuntimeOrigin::signed(CIVIL_REGISTRY), RecoveryCanceller::Registrar(CIVIL_REGISTRY)),
			(RuntimeOrigin::root(), RecoveryCanceller::Governance),
		] {
			announce(CIVIL_REGISTRY, key(1), 11, OAXACA);
			assert_ok!(DigitalIdentity::cancel_recovery(origin, key(1)));
			assert_eq!(last_event(), Event::RecoveryCancelled { person_key: key(1), to: 11, by });
			assert_eq!(DigitalIdentity::pending_recovery(key(1)), None);
			assert!(!RecoveryTargets::<Test>::contains_key(11));
			// Nothing moved, and the recovery cannot be completed any more.
			pass_recovery_delay();
			assert_noop!(
				DigitalIdentity::complete_recovery(RuntimeOrigin::signed(11), key(1)),
				Error::<Test>::NoPendingRecovery
			);
			assert_eq!(DigitalIdentity::person_key(10), Some(key(1)));
		}
		// Account 11 is free again.
		verify(11, key(2));
	});
}

#[test]
fn nobody_else_cancels_a_recovery() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		verify(12, key(2));
		announce(CIVIL_REGISTRY, key(1), 11, OAXACA);
		// The destination, another person, a registrar of another kind, nobody.
		for who in [11, 12, SAT, SFP, OUTSIDER] {
			assert_noop!(
				DigitalIdentity::cancel_recovery(RuntimeOrigin::signed(who), key(1)),
				Error::<Test>::NotRecoveryCanceller
			);
		}
		assert_noop!(DigitalIdentity::cancel_recovery(RuntimeOrigin::none(), key(1)), BadOrigin);
		assert_noop!(
			DigitalIdentity::cancel_recovery(RuntimeOrigin::signed(RENAPO), key(2)),
			Error::<Test>::NoPendingRecovery
		);
	});
}

#[test]
fn revoking_or_clearing_the_person_cancels_its_recovery() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		announce(CIVIL_REGISTRY, key(1), 11, OAXACA);
		assert_ok!(DigitalIdentity::revoke_person(RuntimeOrigin::signed(RENAPO), 10, REASON));
		assert!(events().contains(&Event::RecoveryCancelled {
			person_key: key(1),
			to: 11,
			by: RecoveryCanceller::Revocation,
		}));
		assert_eq!(DigitalIdentity::pending_recovery(key(1)), None);

		verify(12, key(2));
		announce(CIVIL_REGISTRY, key(2), 13, OAXACA);
		assert_ok!(DigitalIdentity::clear_identity(RuntimeOrigin::signed(12)));
		assert!(events().contains(&Event::RecoveryCancelled {
			person_key: key(2),
			to: 13,
			by: RecoveryCanceller::Subject(12),
		}));
		assert!(!RecoveryTargets::<Test>::contains_key(13));
	});
}

// accept_credential, decline_credential

#[test]
fn the_issuer_accepts_a_waiting_credential() {
	ExtBuilder::default().build_and_execute(|| {
		attested_person();
		recover(CIVIL_REGISTRY, key(1), 11, OAXACA);
		// Only SFP, the issuer still accredited for the type, consents.
		assert_noop!(
			DigitalIdentity::accept_credential(RuntimeOrigin::signed(OUTSIDER), 11, EVALUATOR),
			Error::<Test>::NotRegistrar
		);
		assert_noop!(
			DigitalIdentity::accept_credential(
				RuntimeOrigin::signed(CIVIL_REGISTRY),
				11,
				EVALUATOR
			),
			Error::<Test>::NotAccreditedForKind
		);
		assert_noop!(
			DigitalIdentity::accept_credential(RuntimeOrigin::signed(SFP), 11, FIELD_VERIFIER),
			Error::<Test>::CredentialNotAwaitingConsent
		);
		assert_ok!(DigitalIdentity::accept_credential(RuntimeOrigin::signed(SFP), 11, EVALUATOR));
		assert_eq!(
			last_event(),
			Event::CredentialMoveAccepted {
				subject: 11,
				credential_type: EVALUATOR,
				from: 10,
				registrar: SFP,
			}
		);
		assert_eq!(DigitalIdentity::credential_status(11, EVALUATOR), CredentialStatus::Valid);
		assert!(DigitalIdentity::has_credential(&11, EVALUATOR));
		assert_eq!(Credentials::<Test>::get(11, EVALUATOR).map(|c| c.issuer), Some(SFP));
		assert_eq!(records(EVALUATOR), 1);
	});
}

#[test]
fn another_registrar_of_the_type_consents_only_once_the_issuer_is_not_accredited() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_ok!(DigitalIdentity::issue_credential(
			RuntimeOrigin::signed(SAT_OCCIDENTE),
			10,
			FIELD_VERIFIER,
			None,
		));
		recover(RENAPO, key(1), 11, OAXACA);
		assert_noop!(
			DigitalIdentity::accept_credential(RuntimeOrigin::signed(SFP), 11, FIELD_VERIFIER),
			Error::<Test>::NotAttestingRegistrar
		);
		assert_noop!(
			DigitalIdentity::decline_credential(RuntimeOrigin::signed(SFP), 11, FIELD_VERIFIER),
			Error::<Test>::NotCredentialDecliner
		);
		assert_ok!(DigitalIdentity::remove_registrar(RuntimeOrigin::root(), SAT_OCCIDENTE));
		assert_ok!(DigitalIdentity::accept_credential(
			RuntimeOrigin::signed(SFP),
			11,
			FIELD_VERIFIER
		));
		assert_eq!(DigitalIdentity::credential_status(11, FIELD_VERIFIER), CredentialStatus::Valid);
	});
}

#[test]
fn the_issuer_or_the_subject_declines_a_waiting_credential() {
	ExtBuilder::default().build_and_execute(|| {
		attested_person();
		issue(10, FIELD_VERIFIER, None);
		recover(CIVIL_REGISTRY, key(1), 11, OAXACA);
		assert_eq!(records(EVALUATOR), 1);
		for who in [10, OUTSIDER, SAT, RENAPO] {
			assert_noop!(
				DigitalIdentity::decline_credential(RuntimeOrigin::signed(who), 11, EVALUATOR),
				Error::<Test>::NotCredentialDecliner
			);
		}
		assert_ok!(DigitalIdentity::decline_credential(RuntimeOrigin::signed(SFP), 11, EVALUATOR));
		assert_eq!(
			last_event(),
			Event::CredentialMoveDeclined { subject: 11, credential_type: EVALUATOR, by: SFP }
		);
		assert_ok!(DigitalIdentity::decline_credential(
			RuntimeOrigin::signed(11),
			11,
			FIELD_VERIFIER
		));
		for credential_type in [EVALUATOR, FIELD_VERIFIER] {
			assert!(!CredentialsAwaitingConsent::<Test>::contains_key(11, credential_type));
			assert_eq!(records(credential_type), 0);
			assert_eq!(
				DigitalIdentity::credential_status(11, credential_type),
				CredentialStatus::NotIssued
			);
		}
		assert_noop!(
			DigitalIdentity::decline_credential(RuntimeOrigin::signed(11), 11, EVALUATOR),
			Error::<Test>::CredentialNotAwaitingConsent
		);
	});
}

#[test]
fn a_reissue_replaces_a_waiting_credential() {
	ExtBuilder::default().build_and_execute(|| {
		attested_person();
		recover(CIVIL_REGISTRY, key(1), 11, OAXACA);
		// Any registrar of the type may issue a fresh one, as to a new holder.
		assert_ok!(DigitalIdentity::issue_credential(
			RuntimeOrigin::signed(SFP),
			11,
			EVALUATOR,
			Some(NOW + YEAR),
		));
		assert!(!CredentialsAwaitingConsent::<Test>::contains_key(11, EVALUATOR));
		assert_eq!(
			Credentials::<Test>::get(11, EVALUATOR).and_then(|c| c.expires_at),
			Some(NOW + YEAR)
		);
		assert_eq!(records(EVALUATOR), 1);
	});
}

#[test]
fn waiting_credentials_follow_a_second_recovery_and_go_with_a_revocation() {
	ExtBuilder::default().build_and_execute(|| {
		attested_person();
		recover(CIVIL_REGISTRY, key(1), 11, OAXACA);
		recover(CIVIL_REGISTRY, key(1), 12, OAXACA);
		assert_eq!(
			CredentialsAwaitingConsent::<Test>::get(12, EVALUATOR),
			Some(CredentialAwaitingConsent {
				credential: Credential {
					issuer: SFP,
					issued_at: NOW,
					expires_at: None,
					revoked_at: None
				},
				from: 10,
			})
		);
		assert_eq!(CredentialsAwaitingConsent::<Test>::iter_prefix(11).count(), 0);
		assert_ok!(DigitalIdentity::revoke_person(RuntimeOrigin::signed(RENAPO), 12, REASON));
		assert_eq!(
			last_event(),
			Event::PersonRevoked {
				who: 12,
				person_key: key(1),
				registrar: RENAPO,
				reason: REASON,
				credentials_removed: 1,
				efirma_unbound: None,
			}
		);
		assert!(!CredentialsAwaitingConsent::<Test>::contains_key(12, EVALUATOR));
		assert_eq!(records(EVALUATOR), 0);
	});
}
