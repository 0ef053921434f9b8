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
				registrar: SAT,
				not_before: NOT_BEFORE,
				not_after: NOT_AFTER,
				replaced: None,
			}
		);
		let binding = Efirmas::<Test>::get(10).expect("bound");
		assert_eq!(binding.bound_at, NOW);
		assert_eq!(binding.acts, 0);
		assert_eq!(CertificateHolders::<Test>::get(cert(1)), Some(10));
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
				registrar: SAT,
				not_before: NOT_BEFORE,
				not_after: NOT_AFTER,
				replaced: Some(cert(1)),
			}
		);
		assert!(!CertificateHolders::<Test>::contains_key(cert(1)));
		assert_eq!(Efirmas::<Test>::get(10).map(|b| b.acts), Some(0));
	});
}

#[test]
fn bind_efirma_requires_an_efirma_registrar() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(
				DigitalIdentity::bind_efirma(origin, 10, cert(1), NOT_BEFORE, NOT_AFTER),
				BadOrigin
			);
		}
		assert_noop!(
			DigitalIdentity::bind_efirma(
				RuntimeOrigin::signed(10),
				10,
				cert(1),
				NOT_BEFORE,
				NOT_AFTER
			),
			Error::<Test>::NotRegistrar
		);
		assert_noop!(
			DigitalIdentity::bind_efirma(
				RuntimeOrigin::signed(RENAPO),
				10,
				cert(1),
				NOT_BEFORE,
				NOT_AFTER
			),
			Error::<Test>::NotAccreditedForKind
		);
	});
}

#[test]
fn bind_efirma_rejects_an_empty_validity_period() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_noop!(
			DigitalIdentity::bind_efirma(
				RuntimeOrigin::signed(SAT),
				10,
				cert(1),
				NOT_AFTER,
				NOT_AFTER
			),
			Error::<Test>::InvalidValidityPeriod
		);
	});
}

#[test]
fn bind_efirma_rejects_an_expired_certificate() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_noop!(
			DigitalIdentity::bind_efirma(RuntimeOrigin::signed(SAT), 10, cert(1), NOW - YEAR, NOW),
			Error::<Test>::CertificateExpired
		);
	});
}

#[test]
fn bind_efirma_requires_an_identified_account() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::bind_efirma(
				RuntimeOrigin::signed(SAT),
				OUTSIDER,
				cert(1),
				NOT_BEFORE,
				NOT_AFTER
			),
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
		for who in [10, 11] {
			assert_noop!(
				DigitalIdentity::bind_efirma(
					RuntimeOrigin::signed(SAT),
					who,
					cert(1),
					NOT_BEFORE,
					NOT_AFTER
				),
				Error::<Test>::CertificateAlreadyBound
			);
		}
	});
}

#[test]
fn bind_efirma_replaces_only_its_own_bindings_while_accredited() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		assert_noop!(
			DigitalIdentity::bind_efirma(
				RuntimeOrigin::signed(SAT_OCCIDENTE),
				10,
				cert(2),
				NOT_BEFORE,
				NOT_AFTER
			),
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
		assert!(!CertificateHolders::<Test>::contains_key(cert(1)));
		assert_noop!(
			DigitalIdentity::sign_document(RuntimeOrigin::signed(10), DOC, purpose(b"Contrato")),
			Error::<Test>::NotEfirmaBound
		);
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
		assert_eq!(
			DigitalIdentity::signatures(DOC),
			vec![SigningAct {
				signer: 10,
				certificate: cert(1),
				purpose: b"Acta de fallo".to_vec(),
				signed_at: NOW,
				block: 7,
			}]
		);
		assert_eq!(Efirmas::<Test>::get(10).map(|b| b.acts), Some(1));
		assert!(DigitalIdentity::signatures(DOC2).is_empty());
	});
}

#[test]
fn sign_document_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(
				DigitalIdentity::sign_document(origin, DOC, purpose(b"Contrato")),
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
		assert_noop!(
			DigitalIdentity::sign_document(RuntimeOrigin::signed(10), DOC, purpose(b"")),
			Error::<Test>::EmptyPurpose
		);
	});
}

#[test]
fn sign_document_requires_an_efirma() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_noop!(
			DigitalIdentity::sign_document(RuntimeOrigin::signed(10), DOC, purpose(b"Contrato")),
			Error::<Test>::NotEfirmaBound
		);
	});
}

#[test]
fn sign_document_waits_for_the_certificate_to_be_valid() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_ok!(DigitalIdentity::bind_efirma(
			RuntimeOrigin::signed(SAT),
			10,
			cert(1),
			NOW + DAY,
			NOT_AFTER,
		));
		assert!(!DigitalIdentity::is_efirma_bound(10));
		assert_noop!(
			DigitalIdentity::sign_document(RuntimeOrigin::signed(10), DOC, purpose(b"Contrato")),
			Error::<Test>::CertificateNotYetValid
		);
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
		assert_noop!(
			DigitalIdentity::sign_document(RuntimeOrigin::signed(10), DOC2, purpose(b"Contrato")),
			Error::<Test>::CertificateExpired
		);
	});
}

#[test]
fn sign_document_is_bounded_per_binding() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		sign(10, DOC, b"Uno");
		sign(10, DOC2, b"Dos");
		assert_noop!(
			DigitalIdentity::sign_document(RuntimeOrigin::signed(10), DOC3, purpose(b"Tres")),
			Error::<Test>::TooManySigningActs
		);
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
		assert_noop!(
			DigitalIdentity::sign_document(RuntimeOrigin::signed(10), DOC, purpose(b"Otra vez")),
			Error::<Test>::AlreadySigned
		);
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
		assert_noop!(
			DigitalIdentity::sign_document(RuntimeOrigin::signed(12), DOC, purpose(b"Testigo")),
			Error::<Test>::TooManySigners
		);
		let signers: Vec<u64> = DigitalIdentity::signatures(DOC).iter().map(|a| a.signer).collect();
		assert_eq!(signers, vec![10, 11]);
	});
}
