//! Incorporation, amendments and dissolution.

use super::*;

#[test]
fn incorporation_opens_the_folio() {
	ExtBuilder.build_and_execute(|| {
		incorporate();
		assert_eq!(
			last_event(),
			Event::CompanyIncorporated {
				company: acme(),
				account: ACME,
				document: doc(1),
				notary: NOTARY,
				registrar: REGISTRAR,
			}
		);
		let folio = folio();
		assert_eq!(folio.status, CompanyStatus::Active);
		assert_eq!(folio.incorporated_at, 1);
		assert_eq!(folio.next_act, 1);
		let act = Acts::<Test>::get(acme(), 0).expect("act 0 is the incorporation");
		assert_eq!(act.kind, ActKind::Incorporation);
		assert_eq!(
			(act.document, act.notary, act.registrar, act.inscribed_at),
			(doc(1), NOTARY, REGISTRAR, 1)
		);
	});
}

#[test]
fn incorporation_needs_the_registrar() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			CommerceRegistry::inscribe_incorporation(
				RuntimeOrigin::signed(NOTARY),
				ACME,
				NOTARY,
				doc(1)
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn incorporation_needs_a_verified_organisation() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			CommerceRegistry::inscribe_incorporation(registrar(), ANYONE, NOTARY, doc(1)),
			Error::<Test>::NotOrganisation
		);
	});
}

#[test]
fn incorporation_needs_a_notary() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			CommerceRegistry::inscribe_incorporation(registrar(), ACME, ANYONE, doc(1)),
			Error::<Test>::NotNotary
		);
	});
}

#[test]
fn one_folio_per_organisation() {
	ExtBuilder.build_and_execute(|| {
		incorporate();
		assert_noop!(
			CommerceRegistry::inscribe_incorporation(registrar(), ACME, NOTARY, doc(9)),
			Error::<Test>::AlreadyExists
		);
	});
}

#[test]
fn amendment_is_inscribed_in_order() {
	ExtBuilder.build_and_execute(|| {
		incorporate();
		run_to(3);
		assert_ok!(CommerceRegistry::inscribe_amendment(registrar(), acme(), NOTARY, doc(2)));
		assert_eq!(
			last_event(),
			Event::BylawsAmended { company: acme(), act: 1, document: doc(2) }
		);
		let act = Acts::<Test>::get(acme(), 1).expect("act 1 is the amendment");
		assert_eq!((act.kind, act.inscribed_at), (ActKind::Amendment, 3));
		assert_eq!(folio().next_act, 2);
	});
}

#[test]
fn amendment_errors() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			CommerceRegistry::inscribe_amendment(registrar(), acme(), NOTARY, doc(2)),
			Error::<Test>::NotFound
		);
		incorporate();
		assert_noop!(
			CommerceRegistry::inscribe_amendment(
				RuntimeOrigin::signed(ANYONE),
				acme(),
				NOTARY,
				doc(2)
			),
			DispatchError::BadOrigin
		);
		assert_noop!(
			CommerceRegistry::inscribe_amendment(registrar(), acme(), ANYONE, doc(2)),
			Error::<Test>::NotNotary
		);
		fill_acts();
		assert_noop!(
			CommerceRegistry::inscribe_amendment(registrar(), acme(), NOTARY, doc(2)),
			Error::<Test>::TooManyActs
		);
	});
}

#[test]
fn dissolution_ends_administrators_and_powers() {
	ExtBuilder.build_and_execute(|| {
		incorporate();
		appoint(ALICE, AdministratorRole::Sole, &[Administration]);
		grant(BOB, &[Litigation], None);
		grant(CAROL, &[Litigation], Some(2));
		assert_ok!(CommerceRegistry::inscribe_dissolution(registrar(), acme(), NOTARY, doc(6)));
		assert_eq!(
			last_event(),
			Event::CompanyDissolved {
				company: acme(),
				act: 4,
				administrators_removed: 1,
				powers_ended: 2,
			}
		);
		let folio = folio();
		assert_eq!(folio.status, CompanyStatus::Dissolved);
		assert!(folio.administrators.is_empty() && folio.powers.is_empty());
		assert!(!CommerceRegistry::holds_power(&ALICE, &ACME, Administration));
		assert!(!CommerceRegistry::holds_power(&BOB, &ACME, Litigation));
	});
}

#[test]
fn dissolution_errors() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			CommerceRegistry::inscribe_dissolution(registrar(), acme(), NOTARY, doc(6)),
			Error::<Test>::NotFound
		);
		incorporate();
		assert_noop!(
			CommerceRegistry::inscribe_dissolution(
				RuntimeOrigin::signed(NOTARY),
				acme(),
				NOTARY,
				doc(6)
			),
			DispatchError::BadOrigin
		);
		assert_noop!(
			CommerceRegistry::inscribe_dissolution(registrar(), acme(), ANYONE, doc(6)),
			Error::<Test>::NotNotary
		);
		assert_ok!(CommerceRegistry::inscribe_dissolution(registrar(), acme(), NOTARY, doc(6)));
		assert_noop!(
			CommerceRegistry::inscribe_dissolution(registrar(), acme(), NOTARY, doc(6)),
			Error::<Test>::Dissolved
		);
	});
}

#[test]
fn a_dissolved_company_takes_no_act() {
	ExtBuilder.build_and_execute(|| {
		incorporate();
		assert_ok!(CommerceRegistry::inscribe_dissolution(registrar(), acme(), NOTARY, doc(6)));
		assert_noop!(
			CommerceRegistry::inscribe_amendment(registrar(), acme(), NOTARY, doc(2)),
			Error::<Test>::Dissolved
		);
		assert_noop!(
			CommerceRegistry::appoint_administrator(
				registrar(),
				acme(),
				ALICE,
				AdministratorRole::Sole,
				scopes(&[Administration]),
				NOTARY,
				doc(3)
			),
			Error::<Test>::Dissolved
		);
		assert_noop!(
			CommerceRegistry::remove_administrator(registrar(), acme(), 0, NOTARY, doc(3)),
			Error::<Test>::Dissolved
		);
		assert_noop!(
			CommerceRegistry::grant_power(
				registrar(),
				acme(),
				BOB,
				scopes(&[Litigation]),
				None,
				NOTARY,
				doc(4)
			),
			Error::<Test>::Dissolved
		);
		assert_noop!(
			CommerceRegistry::revoke_power(registrar(), acme(), 0, NOTARY, doc(5)),
			Error::<Test>::Dissolved
		);
		assert_noop!(
			CommerceRegistry::inscribe_incorporation(registrar(), ACME, NOTARY, doc(1)),
			Error::<Test>::AlreadyExists
		);
	});
}

#[test]
fn a_full_folio_still_inscribes_ending_acts() {
	ExtBuilder.build_and_execute(|| {
		incorporate();
		let appointment = appoint(ALICE, AdministratorRole::Sole, &[Administration]);
		let power = grant(BOB, &[Litigation], None);
		fill_acts();
		assert_ok!(CommerceRegistry::revoke_power(registrar(), acme(), power, NOTARY, doc(5)));
		assert_ok!(CommerceRegistry::remove_administrator(
			registrar(),
			acme(),
			appointment,
			NOTARY,
			doc(5)
		));
		assert_ok!(CommerceRegistry::inscribe_dissolution(registrar(), acme(), NOTARY, doc(6)));
		assert_eq!(folio().next_act, MAX_ACTS + 3);
	});
}
