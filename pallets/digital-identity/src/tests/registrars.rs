//! Registrars: `accredit_registrar` and `remove_registrar`.

use super::*;

// accredit_registrar

#[test]
fn accredit_registrar_works() {
	ExtBuilder::default().build_and_execute(|| {
		let new_kinds = kinds(&[Person, CredentialKind(WAREHOUSE_OFFICER)]);
		assert_ok!(DigitalIdentity::accredit_registrar(
			RuntimeOrigin::root(),
			6,
			name(b"Registro Civil Oaxaca"),
			new_kinds.clone(),
		));
		assert_eq!(
			last_event(),
			Event::RegistrarAccredited {
				registrar: 6,
				name: name(b"Registro Civil Oaxaca"),
				kinds: new_kinds.clone(),
			}
		);
		let stored = Registrars::<Test>::get(6).expect("accredited");
		assert_eq!(stored.kinds, new_kinds);
		assert_eq!(stored.accredited_at, 1);
		assert_eq!(Registrars::<Test>::count(), 6);
	});
}

#[test]
fn accredit_registrar_replaces_name_and_kinds_even_when_full() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(DigitalIdentity::accredit_registrar(
			RuntimeOrigin::root(),
			6,
			name(b"Sexto"),
			kinds(&[Person]),
		));
		assert_ok!(DigitalIdentity::accredit_registrar(
			RuntimeOrigin::root(),
			SFP,
			name(b"Secretaria Anticorrupcion"),
			kinds(&[CredentialKind(EVALUATOR)]),
		));
		let sfp = Registrars::<Test>::get(SFP).expect("still accredited");
		assert_eq!(sfp.name, name(b"Secretaria Anticorrupcion"));
		assert!(!DigitalIdentity::is_accredited(&SFP, CredentialKind(FIELD_VERIFIER)));
		assert_eq!(Registrars::<Test>::count(), 6);
	});
}

#[test]
fn accredit_registrar_requires_the_registrar_origin() {
	ExtBuilder::default().build_and_execute(|| {
		for origin in [RuntimeOrigin::signed(RENAPO), RuntimeOrigin::none()] {
			assert_noop!(
				DigitalIdentity::accredit_registrar(origin, 6, name(b"X"), kinds(&[Person])),
				BadOrigin
			);
		}
	});
}

#[test]
fn accredit_registrar_rejects_an_empty_name() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::accredit_registrar(
				RuntimeOrigin::root(),
				6,
				name(b""),
				kinds(&[Person])
			),
			Error::<Test>::EmptyName
		);
	});
}

#[test]
fn accredit_registrar_rejects_no_kinds() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::accredit_registrar(RuntimeOrigin::root(), 6, name(b"X"), kinds(&[])),
			Error::<Test>::EmptyKinds
		);
	});
}

#[test]
fn accredit_registrar_rejects_an_unknown_credential_type() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::accredit_registrar(
				RuntimeOrigin::root(),
				6,
				name(b"X"),
				kinds(&[CredentialKind(3)])
			),
			Error::<Test>::CredentialTypeNotFound
		);
	});
}

#[test]
fn accredit_registrar_keeps_max_registrars() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(DigitalIdentity::accredit_registrar(
			RuntimeOrigin::root(),
			6,
			name(b"Sexto"),
			kinds(&[Person]),
		));
		assert_noop!(
			DigitalIdentity::accredit_registrar(
				RuntimeOrigin::root(),
				7,
				name(b"Septimo"),
				kinds(&[Person])
			),
			Error::<Test>::TooManyRegistrars
		);
	});
}

// remove_registrar

#[test]
fn remove_registrar_works_and_keeps_its_attestations() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_ok!(DigitalIdentity::remove_registrar(RuntimeOrigin::root(), RENAPO));
		assert_eq!(last_event(), Event::RegistrarRemoved { registrar: RENAPO });
		assert!(!Registrars::<Test>::contains_key(RENAPO));
		assert_eq!(Registrars::<Test>::count(), 4);
		assert_eq!(DigitalIdentity::person_key(10), Some(key(1)));
		assert_noop!(
			DigitalIdentity::verify_person(
				RuntimeOrigin::signed(RENAPO),
				11,
				key(2),
				GUADALAJARA,
				Adulthood::Adult
			),
			Error::<Test>::NotRegistrar
		);
	});
}

#[test]
fn remove_registrar_requires_the_registrar_origin() {
	ExtBuilder::default().build_and_execute(|| {
		for origin in [RuntimeOrigin::signed(RENAPO), RuntimeOrigin::none()] {
			assert_noop!(DigitalIdentity::remove_registrar(origin, RENAPO), BadOrigin);
		}
	});
}

#[test]
fn remove_registrar_rejects_an_account_that_is_not_one() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::remove_registrar(RuntimeOrigin::root(), OUTSIDER),
			Error::<Test>::NotRegistrar
		);
	});
}
