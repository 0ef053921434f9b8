//! The invariants catch corrupted state.

use super::*;

#[test]
fn invariants_hold_on_a_busy_folio() {
	ExtBuilder.build_and_execute(|| {
		incorporate();
		appoint(ALICE, AdministratorRole::BoardMember, &[Administration]);
		appoint(BOB, AdministratorRole::BoardMember, &[Administration]);
		grant(CAROL, &[Litigation], Some(3));
		assert_ok!(CommerceRegistry::do_try_state());
	});
}

#[test]
fn a_power_that_differs_from_its_grant_is_caught() {
	ExtBuilder.build_and_execute(|| {
		incorporate();
		grant(BOB, &[Litigation], None);
		Folios::<Test>::mutate(acme(), |folio| {
			let folio = folio.as_mut().expect("ACME is incorporated");
			folio.powers[0].scopes = scopes(&[Ownership]);
		});
		assert!(CommerceRegistry::do_try_state().is_err());
		// Restore, so that the final check passes.
		Folios::<Test>::mutate(acme(), |folio| {
			let folio = folio.as_mut().expect("ACME is incorporated");
			folio.powers[0].scopes = scopes(&[Litigation]);
		});
	});
}

#[test]
fn a_dissolved_folio_with_powers_is_caught() {
	ExtBuilder.build_and_execute(|| {
		incorporate();
		grant(BOB, &[Litigation], None);
		Folios::<Test>::mutate(acme(), |folio| {
			folio.as_mut().expect("ACME is incorporated").status = CompanyStatus::Dissolved;
		});
		assert!(CommerceRegistry::do_try_state().is_err());
		Folios::<Test>::mutate(acme(), |folio| {
			folio.as_mut().expect("ACME is incorporated").status = CompanyStatus::Active;
		});
	});
}

#[test]
fn a_missing_act_is_caught() {
	ExtBuilder.build_and_execute(|| {
		incorporate();
		assert_ok!(CommerceRegistry::inscribe_amendment(registrar(), acme(), NOTARY, doc(2)));
		let act = Acts::<Test>::take(acme(), 1).expect("act 1 exists");
		assert!(CommerceRegistry::do_try_state().is_err());
		Acts::<Test>::insert(acme(), 1, act);
	});
}
