//! Identity changes: `refresh_member` and the identity hook.

use super::*;
use frame_support::dispatch::Pays;

/// Refresh `who`'s member by the call; returns who pays.
fn refresh(who: u64) -> Pays {
	let info = Rings::refresh_member(RuntimeOrigin::signed(OUTSIDER), person_key(who))
		.expect("something changed");
	info.pays_fee
}

#[test]
fn refresh_member_removes_a_revoked_member() {
	ExtBuilder::default().build_and_execute(|| {
		register_and_publish(&[ALICE, BOB, CAROL]);
		MockPersons::revoke(ALICE);
		assert_eq!(refresh(ALICE), Pays::No);
		let key = member_key(ALICE, 0);
		assert_eq!(
			last_event(),
			Event::MemberKeyRemoved { account: ALICE, key, cause: RemovalCause::NotVerified }
		);
		assert!(Members::<Test>::get(person_key(ALICE)).is_none());
		assert_eq!(KeyOwners::<Test>::get(key), None);
		for scope in [MUNI, JALISCO, NATIONAL] {
			assert!(!RingKeys::<Test>::get(scope, 0).contains(&key));
		}
		// A revocation is not the person's own change: it may register again at once.
		assert_eq!(LastKeyChange::<Test>::get(person_key(ALICE)), Some(1));
	});
}

#[test]
fn refresh_member_removes_a_minor_and_a_recovered_account() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE);
		register(BOB);
		MockPersons::set_adult(ALICE, false);
		assert_eq!(refresh(ALICE), Pays::No);
		assert!(Members::<Test>::get(person_key(ALICE)).is_none());
		// Bob's person moved to a new account: the secret may be lost or stolen.
		MockPersons::recover(BOB, 50);
		assert_eq!(refresh(BOB), Pays::No);
		assert!(deposited(Event::MemberKeyRemoved {
			account: BOB,
			key: member_key(BOB, 0),
			cause: RemovalCause::NotVerified
		}));
		assert!(Queues::<Test>::get(MUNI).is_none());
	});
}

#[test]
fn refresh_member_moves_a_member() {
	ExtBuilder::default().build_and_execute(|| {
		register_and_publish(&[ALICE, BOB, CAROL]);
		let key = member_key(ALICE, 0);
		MockPersons::set_residency(ALICE, Residency::National(MONTERREY));
		assert_eq!(refresh(ALICE), Pays::No);
		assert_eq!(
			last_event(),
			Event::MemberMoved { account: ALICE, key, residency: Residency::National(MONTERREY) }
		);
		assert!(!RingKeys::<Test>::get(MUNI, 0).contains(&key));
		assert!(!RingKeys::<Test>::get(JALISCO, 0).contains(&key));
		// The national ring is untouched.
		assert_eq!(Placements::<Test>::get(key, NATIONAL), Some(0));
		assert!(!RingsStorage::<Test>::get(NATIONAL, 0).expect("a ring").stale);
		assert_eq!(Queues::<Test>::get(MTY).expect("queued").into_inner(), vec![key]);
		assert_eq!(Queues::<Test>::get(NUEVO_LEON).expect("queued").into_inner(), vec![key]);
		let status = Rings::member(person_key(ALICE)).expect("a member");
		assert_eq!(status.rings, vec![(MTY, None), (NUEVO_LEON, None), (NATIONAL, Some(0))]);

		// Abroad: only the national scope is left.
		MockPersons::set_residency(ALICE, Residency::Abroad);
		assert_eq!(refresh(ALICE), Pays::No);
		assert!(Queues::<Test>::get(MTY).is_none());
		assert!(Queues::<Test>::get(NUEVO_LEON).is_none());
		assert_eq!(Placements::<Test>::get(key, NATIONAL), Some(0));
	});
}

#[test]
fn a_move_into_a_full_queue_removes_the_key() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE);
		verify_many(100, u64::from(MAX_QUEUE), Residency::National(MONTERREY));
		for who in 100..100 + u64::from(MAX_QUEUE) {
			register(who);
			let _ = Rings::onboard(RuntimeOrigin::signed(OUTSIDER), NATIONAL);
			let _ = Rings::onboard(RuntimeOrigin::signed(OUTSIDER), NUEVO_LEON);
		}
		MockPersons::set_residency(ALICE, Residency::National(MONTERREY));
		assert_eq!(refresh(ALICE), Pays::No);
		assert_eq!(
			last_event(),
			Event::MemberKeyRemoved {
				account: ALICE,
				key: member_key(ALICE, 0),
				cause: RemovalCause::QueueFull
			}
		);
		assert!(Members::<Test>::get(person_key(ALICE)).is_none());
	});
}

#[test]
fn refresh_member_fails() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Rings::refresh_member(RuntimeOrigin::none(), person_key(ALICE)), BadOrigin);
		assert_noop!(
			Rings::refresh_member(RuntimeOrigin::signed(OUTSIDER), person_key(ALICE)),
			Error::<Test>::NotFound
		);
		register(ALICE);
		assert_noop!(
			Rings::refresh_member(RuntimeOrigin::signed(OUTSIDER), person_key(ALICE)),
			Error::<Test>::NothingToDo
		);
	});
}

#[test]
fn the_identity_hook_checks_the_person_again() {
	ExtBuilder::default().build_and_execute(|| {
		register_and_publish(&[ALICE, BOB, CAROL]);
		let events = System::events().len();
		// Nothing changed, or not a member: nothing happens.
		Rings::on_person_changed(&person_key(ALICE));
		Rings::on_person_changed(&person_key(OUTSIDER));
		Rings::on_organisation_revoked(&ALICE, &person_key(ALICE));
		assert_eq!(System::events().len(), events);
		assert!(Members::<Test>::contains_key(person_key(ALICE)));

		MockPersons::revoke(ALICE);
		Rings::on_person_changed(&person_key(ALICE));
		assert_eq!(
			last_event(),
			Event::MemberKeyRemoved {
				account: ALICE,
				key: member_key(ALICE, 0),
				cause: RemovalCause::NotVerified
			}
		);
		MockPersons::set_residency(BOB, Residency::Abroad);
		Rings::on_person_changed(&person_key(BOB));
		assert!(deposited(Event::MemberMoved {
			account: BOB,
			key: member_key(BOB, 0),
			residency: Residency::Abroad
		}));
		assert_eq!(<Rings as IdentityHooks<u64>>::person_changed_weight(), Rings::refresh_weight());
		assert!(Rings::refresh_weight().ref_time() > 0);
		assert_eq!(<Rings as IdentityHooks<u64>>::weight(), Weight::zero());
	});
}
