//! Genesis, the integrity test and the types of this pallet.

use super::*;

// Genesis, configuration and types.

#[test]
fn genesis_builds_credential_types_and_registrars() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(CredentialTypes::<Test>::count(), 3);
		assert_eq!(CredentialTypeIdOf::<Test>::get(name(b"Almacenista")), Some(WAREHOUSE_OFFICER));
		assert_eq!(records(EVALUATOR), 0);
		assert_eq!(Registrars::<Test>::count(), 5);
		let sat = Registrars::<Test>::get(SAT).expect("genesis registrar");
		assert_eq!(sat.name, name(b"SAT"));
		assert_eq!(sat.kinds, kinds(&[Organisation, Efirma]));
		assert_eq!(sat.accredited_at, 0);
		assert!(DigitalIdentity::is_accredited(&SFP, CredentialKind(FIELD_VERIFIER)));
		assert!(!DigitalIdentity::is_accredited(&SFP, CredentialKind(WAREHOUSE_OFFICER)));
	});
}

#[test]
#[should_panic(expected = "genesis registrar refused")]
fn genesis_rejects_a_registrar_for_a_missing_credential_type() {
	ExtBuilder::default()
		.registrars(vec![(SFP, b"SFP".to_vec(), vec![CredentialKind(9)])])
		.build();
}

#[test]
#[should_panic(expected = "genesis credential type refused")]
fn genesis_rejects_duplicate_credential_type_names() {
	ExtBuilder::default()
		.credential_types(vec![b"Almacenista".to_vec(), b"Almacenista".to_vec()])
		.registrars(vec![])
		.build();
}

#[test]
fn integrity_test_passes() {
	ExtBuilder::default().build_and_execute(|| {
		<DigitalIdentity as Hooks<u64>>::integrity_test();
	});
}

#[test]
#[should_panic(expected = "MaxSignersPerDocument must be at least 1")]
fn integrity_test_requires_room_for_a_signer() {
	MaxSignersPerDocument::set(0);
	<DigitalIdentity as Hooks<u64>>::integrity_test();
}

#[test]
fn credential_status_puts_revocation_before_expiry() {
	let credential =
		Credential { issuer: SFP, issued_at: 0, expires_at: Some(10), revoked_at: None };
	assert_eq!(credential.status_at(9), CredentialStatus::Valid);
	assert_eq!(credential.status_at(10), CredentialStatus::Expired);
	let revoked = Credential { revoked_at: Some(5), ..credential };
	assert_eq!(revoked.status_at(9), CredentialStatus::Revoked);
	assert_eq!(revoked.status_at(10), CredentialStatus::Revoked);
}
