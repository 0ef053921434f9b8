//! Appointment and removal of administrators.

use super::*;
use AdministratorRole::*;

#[test]
fn appointment_is_inscribed_and_grants_its_scopes() {
	ExtBuilder.build_and_execute(|| {
		incorporate();
		assert!(!CommerceRegistry::holds_power(&ALICE, &ACME, Administration));
		let act = appoint(ALICE, Sole, &[Administration, Ownership]);
		assert_eq!(
			last_event(),
			Event::AdministratorAppointed {
				company: acme(),
				act,
				person: H256::repeat_byte(0xA1),
				role: Sole,
			}
		);
		assert_eq!(folio().administrators.len(), 1);
		assert!(CommerceRegistry::holds_power(&ALICE, &ACME, Administration));
		assert!(CommerceRegistry::holds_power(&ALICE, &ACME, Ownership));
		assert!(!CommerceRegistry::holds_power(&ALICE, &ACME, Litigation));
		assert!(!CommerceRegistry::holds_power(&BOB, &ACME, Administration));
	});
}

#[test]
fn a_board_has_several_members() {
	ExtBuilder.build_and_execute(|| {
		incorporate();
		appoint(ALICE, BoardMember, &[Administration]);
		appoint(BOB, BoardMember, &[Administration]);
		appoint(CAROL, BoardMember, &[Administration]);
		assert_eq!(folio().administrators.len(), 3);
	});
}

#[test]
fn appointment_errors() {
	ExtBuilder.build_and_execute(|| {
		let call = |who: u64, role, list: &[PowerScope], notary: u64| {
			CommerceRegistry::appoint_administrator(
				registrar(),
				acme(),
				who,
				role,
				scopes(list),
				notary,
				doc(3),
			)
		};
		assert_noop!(call(ALICE, Sole, &[Administration], NOTARY), Error::<Test>::NotFound);
		incorporate();
		assert_noop!(
			CommerceRegistry::appoint_administrator(
				RuntimeOrigin::signed(ALICE),
				acme(),
				ALICE,
				Sole,
				scopes(&[Administration]),
				NOTARY,
				doc(3)
			),
			DispatchError::BadOrigin
		);
		assert_noop!(call(ALICE, Sole, &[Administration], ANYONE), Error::<Test>::NotNotary);
		assert_noop!(call(ANYONE, Sole, &[Administration], NOTARY), Error::<Test>::NotPerson);
		assert_noop!(call(ALICE, Sole, &[], NOTARY), Error::<Test>::EmptyScopes);
		assert_noop!(
			call(ALICE, Sole, &[Administration, Litigation, Administration], NOTARY),
			Error::<Test>::DuplicateScope
		);
		appoint(ALICE, BoardMember, &[Administration]);
		assert_noop!(
			call(ALICE, BoardMember, &[Litigation], NOTARY),
			Error::<Test>::AlreadyAdministrator
		);
		assert_noop!(
			call(BOB, Sole, &[Administration], NOTARY),
			Error::<Test>::AdministrationConflict
		);
		appoint(BOB, BoardMember, &[Administration]);
		appoint(CAROL, BoardMember, &[Administration]);
		set_person(ANYONE, 0xEE);
		assert_noop!(
			call(ANYONE, BoardMember, &[Administration], NOTARY),
			Error::<Test>::TooManyAdministrators
		);
	});
}

#[test]
fn a_sole_administrator_excludes_a_board() {
	ExtBuilder.build_and_execute(|| {
		incorporate();
		appoint(ALICE, Sole, &[Administration]);
		assert_noop!(
			CommerceRegistry::appoint_administrator(
				registrar(),
				acme(),
				BOB,
				BoardMember,
				scopes(&[Administration]),
				NOTARY,
				doc(3)
			),
			Error::<Test>::AdministrationConflict
		);
	});
}

#[test]
fn appointment_on_a_full_folio_is_refused() {
	ExtBuilder.build_and_execute(|| {
		incorporate();
		fill_acts();
		assert_noop!(
			CommerceRegistry::appoint_administrator(
				registrar(),
				acme(),
				ALICE,
				Sole,
				scopes(&[Administration]),
				NOTARY,
				doc(3)
			),
			Error::<Test>::TooManyActs
		);
	});
}

#[test]
fn removal_ends_the_appointment() {
	ExtBuilder.build_and_execute(|| {
		incorporate();
		let appointment = appoint(ALICE, Sole, &[Administration]);
		assert_ok!(CommerceRegistry::remove_administrator(
			registrar(),
			acme(),
			appointment,
			NOTARY,
			doc(5)
		));
		assert_eq!(
			last_event(),
			Event::AdministratorRemoved {
				company: acme(),
				act: 2,
				appointment,
				person: H256::repeat_byte(0xA1),
			}
		);
		assert!(folio().administrators.is_empty());
		assert!(!CommerceRegistry::holds_power(&ALICE, &ACME, Administration));
		assert_eq!(
			Acts::<Test>::get(acme(), 2).map(|a| a.kind),
			Some(ActKind::AdministratorRemoved { appointment })
		);
		// A new administration can now be appointed.
		appoint(BOB, BoardMember, &[Administration]);
	});
}

#[test]
fn removal_errors() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			CommerceRegistry::remove_administrator(registrar(), acme(), 1, NOTARY, doc(5)),
			Error::<Test>::NotFound
		);
		incorporate();
		let appointment = appoint(ALICE, Sole, &[Administration]);
		assert_noop!(
			CommerceRegistry::remove_administrator(
				RuntimeOrigin::signed(ALICE),
				acme(),
				appointment,
				NOTARY,
				doc(5)
			),
			DispatchError::BadOrigin
		);
		assert_noop!(
			CommerceRegistry::remove_administrator(
				registrar(),
				acme(),
				appointment,
				ANYONE,
				doc(5)
			),
			Error::<Test>::NotNotary
		);
		assert_noop!(
			CommerceRegistry::remove_administrator(registrar(), acme(), 0, NOTARY, doc(5)),
			Error::<Test>::AdministratorNotFound
		);
	});
}
