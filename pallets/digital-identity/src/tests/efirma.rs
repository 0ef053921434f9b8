//! e.firma: `bind_efirma`, `revoke_efirma` and `sign_document`.

use super::*;

// bind_efirma

#[test]
fn bind_efirma_works() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		assert_eq!(
			last_event(),
			Event::EfirmaBound {
				who: 10,
				certificate: cert(1),
				key: test_keys::public(TestKey::A).id(),
				registrar: SAT,
				not_before: NOT_BEFORE,
				not_after: NOT_AFTER,
				replaced: None,
			}
		);
		let binding = Efirmas::<Test>::get(10).expect("bound");
		assert_eq!(binding.bound_at, NOW);
		assert_eq!(binding.acts, 0);
		let record = Certificates::<Test>::get(cert(1)).expect("recorded");
		assert_eq!((record.holder, record.key), (10, test_keys::public(TestKey::A)));
		assert_eq!((record.not_before, record.not_after), (NOT_BEFORE, NOT_AFTER));
		assert!(DigitalIdentity::is_efirma_bound(10));
		// An organisation's e.firma (de persona moral) too.
		verify_org(20, org_key(1), &[10]);
		bind(20, cert(2));
		assert!(<DigitalIdentity as EfirmaInspect<u64>>::is_efirma_bound(&20));
	});
}

#[test]
fn bind_efirma_replaces_a_certificate_on_renewal() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		sign(10, DOC, b"Contrato");
		bind(10, cert(2));
		assert_eq!(
			last_event(),
			Event::EfirmaBound {
				who: 10,
				certificate: cert(2),
				key: test_keys::public(TestKey::A).id(),
				registrar: SAT,
				not_before: NOT_BEFORE,
				not_after: NOT_AFTER,
				replaced: Some(cert(1)),
			}
		);
		// The old certificate's record stays, for its signing acts.
		assert!(Certificates::<Test>::contains_key(cert(1)));
		assert_eq!(DigitalIdentity::check_signing_act(DOC, 10), Some(true));
		assert_eq!(Efirmas::<Test>::get(10).map(|b| b.acts), Some(0));
	});
}

#[test]
fn bind_efirma_requires_an_efirma_registrar() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(bind_by(origin, 10, cert(1)), BadOrigin);
		}
		assert_noop!(bind_by(RuntimeOrigin::signed(10), 10, cert(1)), Error::<Test>::NotRegistrar);
		assert_noop!(
			bind_by(RuntimeOrigin::signed(RENAPO), 10, cert(1)),
			Error::<Test>::NotAccreditedForKind
		);
	});
}

#[test]
fn bind_efirma_rejects_an_empty_validity_period() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_noop!(
			bind_with(10, cert(1), TestKey::A, NOT_AFTER, NOT_AFTER),
			Error::<Test>::InvalidValidityPeriod
		);
	});
}

#[test]
fn bind_efirma_rejects_an_expired_certificate() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_noop!(
			bind_with(10, cert(1), TestKey::A, NOW - YEAR, NOW),
			Error::<Test>::CertificateExpired
		);
	});
}

#[test]
fn bind_efirma_requires_an_identified_account() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			bind_with(OUTSIDER, cert(1), TestKey::A, NOT_BEFORE, NOT_AFTER),
			Error::<Test>::NotIdentified
		);
	});
}

#[test]
fn bind_efirma_binds_a_certificate_to_one_account() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		verify(11, key(2));
		bind(10, cert(1));
		assert_noop!(
			bind_with(11, cert(1), TestKey::A, NOT_BEFORE, NOT_AFTER),
			Error::<Test>::CertificateAlreadyBound
		);
		// Binding it again to its own holder changes nothing but is allowed (a re-attestation).
		bind(10, cert(1));
		// Once unbound, it may go to another account of its holder (after a recovery).
		assert_ok!(DigitalIdentity::revoke_efirma(RuntimeOrigin::signed(SAT), 10));
		bind(11, cert(1));
		assert_eq!(Certificates::<Test>::get(cert(1)).map(|c| c.holder), Some(11));
	});
}

#[test]
fn bind_efirma_replaces_only_its_own_bindings_while_accredited() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		assert_noop!(
			bind_by(RuntimeOrigin::signed(SAT_OCCIDENTE), 10, cert(2)),
			Error::<Test>::NotAttestingRegistrar
		);
	});
}

// revoke_efirma

#[test]
fn revoke_efirma_works() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		assert_ok!(DigitalIdentity::revoke_efirma(RuntimeOrigin::signed(SAT), 10));
		assert_eq!(
			last_event(),
			Event::EfirmaRevoked { who: 10, certificate: cert(1), registrar: SAT }
		);
		assert!(!Efirmas::<Test>::contains_key(10));
		assert!(Certificates::<Test>::contains_key(cert(1)));
		assert_noop!(sign_call(10, DOC, b"Contrato"), Error::<Test>::NotEfirmaBound);
	});
}

#[test]
fn revoke_efirma_requires_an_efirma_registrar() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(DigitalIdentity::revoke_efirma(origin, 10), BadOrigin);
		}
		assert_noop!(
			DigitalIdentity::revoke_efirma(RuntimeOrigin::signed(10), 10),
			Error::<Test>::NotRegistrar
		);
		assert_noop!(
			DigitalIdentity::revoke_efirma(RuntimeOrigin::signed(RENAPO), 10),
			Error::<Test>::NotAccreditedForKind
		);
	});
}

#[test]
fn revoke_efirma_rejects_an_account_without_one() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_noop!(
			DigitalIdentity::revoke_efirma(RuntimeOrigin::signed(SAT), 10),
			Error::<Test>::NotEfirmaBound
		);
	});
}

#[test]
fn revoke_efirma_is_for_the_binding_registrar_while_accredited() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		assert_noop!(
			DigitalIdentity::revoke_efirma(RuntimeOrigin::signed(SAT_OCCIDENTE), 10),
			Error::<Test>::NotAttestingRegistrar
		);
		// Once SAT's account loses the e.firma kind, the regional office may.
		assert_ok!(DigitalIdentity::accredit_registrar(
			RuntimeOrigin::root(),
			SAT,
			name(b"SAT"),
			kinds(&[Organisation]),
		));
		assert_ok!(DigitalIdentity::revoke_efirma(RuntimeOrigin::signed(SAT_OCCIDENTE), 10));
	});
}

// sign_document

#[test]
fn sign_document_works() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		System::set_block_number(7);
		sign(10, DOC, b"Acta de fallo");
		assert_eq!(
			last_event(),
			Event::DocumentSigned {
				document: DOC,
				signer: 10,
				certificate: cert(1),
				purpose: purpose(b"Acta de fallo"),
				signed_at: NOW,
			}
		);
		let window = (NOW, NOW + HOUR);
		assert_eq!(
			DigitalIdentity::signatures(DOC),
			vec![SigningAct {
				signer: 10,
				certificate: cert(1),
				purpose: b"Acta de fallo".to_vec(),
				not_before: window.0,
				not_after: window.1,
				signature: signature(TestKey::A, 10, DOC, b"Acta de fallo", window),
				signed_at: NOW,
				block: 7,
			}]
		);
		assert_eq!(DigitalIdentity::check_signing_act(DOC, 10), Some(true));
		assert_eq!(DigitalIdentity::check_signing_act(DOC, 11), None);
		assert!(<DigitalIdentity as EfirmaInspect<u64>>::has_signed(&10, &DOC));
		assert!(!<DigitalIdentity as EfirmaInspect<u64>>::has_signed(&10, &DOC2));
		assert_eq!(Efirmas::<Test>::get(10).map(|b| b.acts), Some(1));
		assert!(DigitalIdentity::signatures(DOC2).is_empty());
	});
}

#[test]
fn sign_document_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(
				DigitalIdentity::sign_document(
					origin,
					DOC,
					purpose(b"Contrato"),
					NOW,
					NOW + HOUR,
					signature(TestKey::A, 10, DOC, b"Contrato", (NOW, NOW + HOUR)),
				),
				BadOrigin
			);
		}
	});
}

#[test]
fn sign_document_rejects_an_empty_purpose() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		assert_noop!(sign_call(10, DOC, b""), Error::<Test>::EmptyPurpose);
	});
}

#[test]
fn sign_document_requires_an_efirma() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_noop!(sign_call(10, DOC, b"Contrato"), Error::<Test>::NotEfirmaBound);
	});
}

#[test]
fn sign_document_waits_for_the_certificate_to_be_valid() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_ok!(bind_with(10, cert(1), TestKey::A, NOW + DAY, NOT_AFTER));
		assert!(!DigitalIdentity::is_efirma_bound(10));
		assert_noop!(sign_call(10, DOC, b"Contrato"), Error::<Test>::CertificateNotYetValid);
		set_now(NOW + DAY);
		sign(10, DOC, b"Contrato");
	});
}

#[test]
fn sign_document_refuses_an_expired_certificate() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		set_now(NOT_AFTER - 1);
		sign(10, DOC, b"Contrato");
		set_now(NOT_AFTER);
		assert!(!DigitalIdentity::is_efirma_bound(10));
		assert_noop!(sign_call(10, DOC2, b"Contrato"), Error::<Test>::CertificateExpired);
	});
}

#[test]
fn sign_document_is_bounded_per_binding() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		sign(10, DOC, b"Uno");
		sign(10, DOC2, b"Dos");
		assert_noop!(sign_call(10, DOC3, b"Tres"), Error::<Test>::TooManySigningActs);
		// A new certificate starts a new count.
		bind(10, cert(2));
		sign(10, DOC3, b"Tres");
	});
}

#[test]
fn sign_document_records_one_act_per_signer() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		sign(10, DOC, b"Contrato");
		assert_noop!(sign_call(10, DOC, b"Otra vez"), Error::<Test>::AlreadySigned);
	});
}

#[test]
fn sign_document_keeps_max_signers() {
	ExtBuilder::default().build_and_execute(|| {
		for (who, n) in [(10, 1), (11, 2), (12, 3)] {
			verify(who, key(n));
			bind(who, cert(n));
		}
		sign(10, DOC, b"Comprador");
		sign(11, DOC, b"Proveedor");
		assert_noop!(sign_call(12, DOC, b"Testigo"), Error::<Test>::TooManySigners);
		let signers: Vec<u64> = DigitalIdentity::signatures(DOC).iter().map(|a| a.signer).collect();
		assert_eq!(signers, vec![10, 11]);
	});
}

// The holder's proof at binding

#[test]
fn bind_efirma_checks_the_holders_proof() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		verify(11, key(2));
		let bind_proving = |proof| {
			DigitalIdentity::bind_efirma(
				RuntimeOrigin::signed(SAT),
				10,
				cert(1),
				test_keys::public(TestKey::A),
				NOT_BEFORE,
				NOT_AFTER,
				proof,
			)
		};
		// Signed by another key, for another account, for another certificate, or altered.
		assert_noop!(
			bind_proving(proof(TestKey::B, 10, &cert(1))),
			Error::<Test>::InvalidSignature
		);
		assert_noop!(
			bind_proving(proof(TestKey::A, 11, &cert(1))),
			Error::<Test>::InvalidSignature
		);
		assert_noop!(
			bind_proving(proof(TestKey::A, 10, &cert(2))),
			Error::<Test>::InvalidSignature
		);
		let mut altered = proof(TestKey::A, 10, &cert(1));
		altered[7] ^= 0x40;
		assert_noop!(bind_proving(altered), Error::<Test>::InvalidSignature);
		// On another chain (another genesis hash) the same statement is another message.
		let elsewhere = Statement::<u64, Moment>::Binding {
			genesis: H256::repeat_byte(0x77),
			account: 10,
			serial: cert(1),
		};
		assert_noop!(
			bind_proving(test_keys::sign(TestKey::A, &elsewhere.message())),
			Error::<Test>::InvalidSignature
		);
		assert_ok!(bind_proving(proof(TestKey::A, 10, &cert(1))));
	});
}

#[test]
fn bind_efirma_refuses_malformed_keys_and_serials() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		let mut weak = test_keys::public(TestKey::A);
		weak.exponent = 3;
		assert_noop!(
			DigitalIdentity::bind_efirma(
				RuntimeOrigin::signed(SAT),
				10,
				cert(1),
				weak,
				NOT_BEFORE,
				NOT_AFTER,
				proof(TestKey::A, 10, &cert(1)),
			),
			Error::<Test>::InvalidKey
		);
		for serial in [BoundedVec::new(), BoundedVec::truncate_from(vec![0, 1, 2])] {
			assert_noop!(
				bind_with(10, serial, TestKey::A, NOT_BEFORE, NOT_AFTER),
				Error::<Test>::InvalidSerial
			);
		}
	});
}

#[test]
fn a_serial_names_one_certificate() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		assert_ok!(DigitalIdentity::revoke_efirma(RuntimeOrigin::signed(SAT), 10));
		// The same serial with another key or another validity is not the same certificate.
		assert_noop!(
			bind_with(10, cert(1), TestKey::B, NOT_BEFORE, NOT_AFTER),
			Error::<Test>::CertificateMismatch
		);
		assert_noop!(
			bind_with(10, cert(1), TestKey::A, NOT_BEFORE, NOT_AFTER + DAY),
			Error::<Test>::CertificateMismatch
		);
		bind(10, cert(1));
	});
}

// revoke_certificate

#[test]
fn revoke_certificate_stops_signing_at_once_and_keeps_earlier_acts() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		sign(10, DOC, b"Contrato");
		assert_ok!(DigitalIdentity::revoke_certificate(
			RuntimeOrigin::signed(SAT_OCCIDENTE),
			cert(1)
		));
		assert_eq!(
			last_event(),
			Event::CertificateRevoked {
				certificate: cert(1),
				registrar: SAT_OCCIDENTE,
				holder: Some(10),
			}
		);
		assert!(!DigitalIdentity::is_efirma_bound(10));
		assert!(!<DigitalIdentity as EfirmaInspect<u64>>::is_efirma_bound(&10));
		assert_noop!(sign_call(10, DOC2, b"Otro"), Error::<Test>::CertificateRevoked);
		// What it signed while in force stays, and still verifies.
		assert_eq!(DigitalIdentity::check_signing_act(DOC, 10), Some(true));
		assert_eq!(
			DigitalIdentity::certificate(cert(1)).and_then(|(_, revoked)| revoked),
			Some(NOW)
		);
		// A revoked certificate cannot be bound again, to anyone.
		assert_ok!(DigitalIdentity::revoke_efirma(RuntimeOrigin::signed(SAT), 10));
		assert_noop!(
			bind_with(10, cert(1), TestKey::A, NOT_BEFORE, NOT_AFTER),
			Error::<Test>::CertificateRevoked
		);
		// A new certificate works.
		bind(10, cert(2));
		sign(10, DOC2, b"Otro");
	});
}

#[test]
fn revoke_certificate_records_a_certificate_never_bound() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(DigitalIdentity::revoke_certificate(RuntimeOrigin::signed(SAT), cert(3)));
		assert_eq!(
			last_event(),
			Event::CertificateRevoked { certificate: cert(3), registrar: SAT, holder: None }
		);
		verify(10, key(1));
		assert_noop!(
			bind_with(10, cert(3), TestKey::A, NOT_BEFORE, NOT_AFTER),
			Error::<Test>::CertificateRevoked
		);
	});
}

#[test]
fn revoke_certificate_fails() {
	ExtBuilder::default().build_and_execute(|| {
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(DigitalIdentity::revoke_certificate(origin, cert(1)), BadOrigin);
		}
		assert_noop!(
			DigitalIdentity::revoke_certificate(RuntimeOrigin::signed(RENAPO), cert(1)),
			Error::<Test>::NotAccreditedForKind
		);
		assert_noop!(
			DigitalIdentity::revoke_certificate(RuntimeOrigin::signed(SAT), BoundedVec::new()),
			Error::<Test>::InvalidSerial
		);
		assert_ok!(DigitalIdentity::revoke_certificate(RuntimeOrigin::signed(SAT), cert(1)));
		assert_noop!(
			DigitalIdentity::revoke_certificate(RuntimeOrigin::signed(SAT), cert(1)),
			Error::<Test>::CertificateRevoked
		);
	});
}

// The signature of a signing act

#[test]
fn sign_document_checks_the_signature_against_the_statement() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		let window = (NOW, NOW + HOUR);
		let register = |document, why: &[u8], signature| {
			DigitalIdentity::sign_document(
				RuntimeOrigin::signed(10),
				document,
				purpose(why),
				window.0,
				window.1,
				signature,
			)
		};
		// By another key; for another document (a tampered hash); for another purpose; as
		// another signer; for another window.
		let by_b = signature(TestKey::B, 10, DOC, b"Contrato", window);
		assert_noop!(register(DOC, b"Contrato", by_b), Error::<Test>::InvalidSignature);
		let for_doc2 = signature(TestKey::A, 10, DOC2, b"Contrato", window);
		assert_noop!(register(DOC, b"Contrato", for_doc2), Error::<Test>::InvalidSignature);
		let other_purpose = signature(TestKey::A, 10, DOC, b"Testigo", window);
		assert_noop!(register(DOC, b"Contrato", other_purpose), Error::<Test>::InvalidSignature);
		let as_11 = signature(TestKey::A, 11, DOC, b"Contrato", window);
		assert_noop!(register(DOC, b"Contrato", as_11), Error::<Test>::InvalidSignature);
		let other_window = signature(TestKey::A, 10, DOC, b"Contrato", (NOW, NOW + 1));
		assert_noop!(register(DOC, b"Contrato", other_window), Error::<Test>::InvalidSignature);
		let good = signature(TestKey::A, 10, DOC, b"Contrato", window);
		assert_ok!(register(DOC, b"Contrato", good));
	});
}

#[test]
fn sign_document_is_registered_within_its_window() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		let register = |window: (Moment, Moment)| {
			DigitalIdentity::sign_document(
				RuntimeOrigin::signed(10),
				DOC,
				purpose(b"Contrato"),
				window.0,
				window.1,
				signature(TestKey::A, 10, DOC, b"Contrato", window),
			)
		};
		// Not yet, already over, and a window longer than MaxSigningWindow (an hour here).
		assert_noop!(register((NOW + 1, NOW + HOUR)), Error::<Test>::OutsideSigningWindow);
		assert_noop!(register((NOW - HOUR, NOW - 1)), Error::<Test>::OutsideSigningWindow);
		assert_noop!(register((NOW, NOW + HOUR + 1)), Error::<Test>::SigningWindowTooLong);
		// Both ends are inside.
		assert_ok!(register((NOW - HOUR, NOW)));
	});
}
