use super::*;

#[test]
fn accredit_office_works() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(PropertyRegistry::accredit_office(RuntimeOrigin::root(), 2, ZAPOPAN));
		assert_eq!(Offices::<Test>::get(2), Some(Office { seat: ZAPOPAN }));
		assert_eq!(last_event(), Event::OfficeAccredited { office: 2, seat: ZAPOPAN });
	});
}

#[test]
fn accredit_office_fails_for_an_existing_id_or_a_bad_municipality() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			PropertyRegistry::accredit_office(RuntimeOrigin::root(), 0, ZAPOPAN),
			Error::<Test>::OfficeAlreadyExists
		);
		let bad = Jurisdiction { municipality: 0, ..GUADALAJARA };
		assert_noop!(
			PropertyRegistry::accredit_office(RuntimeOrigin::root(), 2, bad),
			Error::<Test>::InvalidJurisdiction
		);
	});
}

#[test]
fn accrediting_needs_the_registry_origin() {
	ExtBuilder.build_and_execute(|| {
		let signed = RuntimeOrigin::signed(REGISTRAR);
		assert_noop!(
			PropertyRegistry::accredit_office(signed.clone(), 2, ZAPOPAN),
			DispatchError::BadOrigin
		);
		assert_noop!(
			PropertyRegistry::accredit_registrar(signed.clone(), 0, ANYONE),
			DispatchError::BadOrigin
		);
		assert_noop!(
			PropertyRegistry::revoke_registrar(signed, OTHER_REGISTRAR),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn accredit_registrar_works() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(PropertyRegistry::accredit_registrar(RuntimeOrigin::root(), 1, ANYONE));
		assert_eq!(Registrars::<Test>::get(ANYONE), Some(1));
		assert_eq!(last_event(), Event::RegistrarAccredited { office: 1, registrar: ANYONE });
	});
}

#[test]
fn accredit_registrar_fails_for_a_missing_office_or_an_existing_registrar() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			PropertyRegistry::accredit_registrar(RuntimeOrigin::root(), 9, ANYONE),
			Error::<Test>::OfficeNotFound
		);
		assert_noop!(
			PropertyRegistry::accredit_registrar(RuntimeOrigin::root(), 1, REGISTRAR),
			Error::<Test>::RegistrarAlreadyExists
		);
	});
}

#[test]
fn revoke_registrar_works_and_ends_its_powers() {
	ExtBuilder.build_and_execute(|| {
		let entry = present(NOTARY, purchase(&[SELLER], &[BUYER]), false);
		assert_ok!(PropertyRegistry::revoke_registrar(RuntimeOrigin::root(), REGISTRAR));
		assert_eq!(last_event(), Event::RegistrarRevoked { office: 0, registrar: REGISTRAR });
		assert_noop!(inscribe(entry), Error::<Test>::NotRegistrar);
		assert_noop!(
			PropertyRegistry::revoke_registrar(RuntimeOrigin::root(), REGISTRAR),
			Error::<Test>::RegistrarNotFound
		);
	});
}
