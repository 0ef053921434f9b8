//! The journey: a whole real-world flow.

use super::*;

// The journey.

#[test]
fn journey_from_accreditation_to_a_signed_award_and_a_revoked_credential() {
	ExtBuilder::default().registrars(vec![]).build_and_execute(|| {
		// Governance accredits RENAPO for persons and SAT for organisations and e.firma, and
		// the anticorruption secretariat for tender evaluators.
		let accredit = |who: u64, label: &[u8], list: &[AttestationKind]| {
			assert_ok!(DigitalIdentity::accredit_registrar(
				RuntimeOrigin::root(),
				who,
				name(label),
				kinds(list),
			));
		};
		accredit(RENAPO, b"RENAPO", &[Person]);
		accredit(SAT, b"SAT", &[Organisation, Efirma]);
		accredit(SFP, b"SFP", &[CredentialKind(EVALUATOR)]);
		accredit(CIVIL_REGISTRY, b"Registro Civil Jalisco", &[Person]);

		// Ana shows her CURP and her fingerprints at RENAPO, which computes her person key with
		// the registrars' secret (mx-ids) and verifies her account 10.
		let ana = key(1);
		verify(10, ana);
		assert_eq!(DigitalIdentity::person_key(10), Some(ana));

		// SAT verifies Constructora del Bajio (account 20), with Ana as its representative,
		// and binds Ana's e.firma to her account.
		verify_org(20, org_key(1), &[10]);
		bind(10, cert(1));
		assert!(DigitalIdentity::is_efirma_bound(10));

		// Ana signs the company's bid for a tender; anyone can check who signed it and when.
		set_now(NOW + DAY);
		System::set_block_number(2);
		sign(10, DOC, b"Propuesta LA-01");
		let acts = DigitalIdentity::signatures(DOC);
		let [SigningAct { signer, certificate, purpose, signed_at, block, .. }] = acts.as_slice()
		else {
			panic!("one signing act");
		};
		assert_eq!(
			(*signer, certificate, purpose.as_slice(), *signed_at, *block),
			(10, &cert(1), &b"Propuesta LA-01"[..], NOW + DAY, 2)
		);
		// Anyone checks it again with the certificate's key; a tampered hash has no act.
		assert_eq!(DigitalIdentity::check_signing_act(DOC, 10), Some(true));
		assert_eq!(DigitalIdentity::check_signing_act(DOC2, 10), None);
		assert!(DigitalIdentity::is_representative(20, 10));

		// Ana is certified as a tender evaluator, then the certification is revoked: from that
		// moment she no longer counts as one.
		issue(10, EVALUATOR, Some(NOW + YEAR));
		assert!(<DigitalIdentity as CredentialsInspect<u64>>::has_credential(&10, EVALUATOR));
		assert_ok!(DigitalIdentity::revoke_credential(RuntimeOrigin::signed(SFP), 10, EVALUATOR));
		assert_eq!(DigitalIdentity::credential_status(10, EVALUATOR), CredentialStatus::Revoked);
		assert!(!<DigitalIdentity as CredentialsInspect<u64>>::has_credential(&10, EVALUATOR));

		// Ana tries to get a second identity at the civil registry with another account: her
		// CURP gives the same person key, so she cannot.
		assert_noop!(
			DigitalIdentity::verify_person(
				RuntimeOrigin::signed(CIVIL_REGISTRY),
				11,
				ana,
				OAXACA,
				Adulthood::Adult
			),
			Error::<Test>::PersonAlreadyVerified
		);
		assert_eq!(DigitalIdentity::person_key(11), None);
	});
}
