//! Registering, rotating and withdrawing member keys.

use super::*;
use frame_support::dispatch::CheckIfFeeless;

/// The call registering `who`'s `generation`-th key with `possession`.
fn register_call(key: MemberKey, possession: [u8; 64]) -> RuntimeCall {
	RuntimeCall::Rings(crate::Call::register_member_key { key, possession })
}

#[test]
fn register_member_key_works() {
	ExtBuilder::default().build_and_execute(|| {
		let key = member_key(ALICE, 0);
		assert_ok!(Rings::register_member_key(
			RuntimeOrigin::signed(ALICE),
			key,
			possession(ALICE, 0)
		));
		assert_eq!(last_event(), Event::MemberKeyRegistered { account: ALICE, key });
		let record = Members::<Test>::get(person_key(ALICE)).expect("registered");
		assert_eq!(record.account, ALICE);
		assert_eq!(record.key, key);
		assert_eq!(record.residency, Residency::National(GDL));
		assert_eq!(record.registered_at, 1);
		assert_eq!(KeyOwners::<Test>::get(key), Some(person_key(ALICE)));
		assert_eq!(LastKeyChange::<Test>::get(person_key(ALICE)), Some(1));
		for scope in [MUNI, JALISCO, NATIONAL] {
			assert_eq!(Queues::<Test>::get(scope).expect("queued").into_inner(), vec![key]);
			assert_eq!(Placements::<Test>::get(key, scope), None);
		}
		let status = Rings::member(person_key(ALICE)).expect("a member");
		assert_eq!(status.rings, vec![(MUNI, None), (JALISCO, None), (NATIONAL, None)]);
	});
}

#[test]
fn a_resident_abroad_joins_the_national_scope_only() {
	ExtBuilder::default().build_and_execute(|| {
		register(ABROAD);
		let key = member_key(ABROAD, 0);
		assert_eq!(Queues::<Test>::get(NATIONAL).expect("queued").into_inner(), vec![key]);
		assert!(Queues::<Test>::get(MUNI).is_none());
		assert!(Queues::<Test>::get(JALISCO).is_none());
	});
}

#[test]
fn a_batch_in_the_queue_marks_the_scope_ready() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE);
		register(BOB);
		assert!(!ReadyScopes::<Test>::contains_key(MUNI));
		register(CAROL);
		for scope in [MUNI, JALISCO, NATIONAL] {
			assert!(ReadyScopes::<Test>::contains_key(scope));
		}
	});
}

#[test]
fn the_first_key_is_feeless_and_nothing_else() {
	ExtBuilder::default().build_and_execute(|| {
		let feeless = |who: u64, key, possession| {
			register_call(key, possession).is_feeless(&RuntimeOrigin::signed(who))
		};
		assert!(feeless(ALICE, member_key(ALICE, 0), possession(ALICE, 0)));
		// Nothing that would fail is free.
		assert!(!feeless(ALICE, member_key(ALICE, 0), possession(BOB, 0)));
		assert!(!feeless(OUTSIDER, member_key(OUTSIDER, 0), possession(OUTSIDER, 0)));
		assert!(!feeless(MINOR, member_key(MINOR, 0), possession(MINOR, 0)));
		assert!(!register_call(member_key(ALICE, 0), possession(ALICE, 0))
			.is_feeless(&RuntimeOrigin::root()));
		register(ALICE);
		assert!(!feeless(ALICE, member_key(ALICE, 1), possession(ALICE, 1)));
		assert!(!feeless(BOB, member_key(ALICE, 0), possession(BOB, 0)));
		// A person that withdrew pays for its next key.
		assert_ok!(Rings::remove_member_key(RuntimeOrigin::signed(ALICE)));
		System::set_block_number(1 + ROTATION);
		assert!(!feeless(ALICE, member_key(ALICE, 1), possession(ALICE, 1)));
		// A full queue makes it fail, so not free.
		verify_many(100, u64::from(MAX_QUEUE), Residency::Abroad);
		for who in 100..100 + u64::from(MAX_QUEUE) {
			register(who);
		}
		assert!(!feeless(BOB, member_key(BOB, 0), possession(BOB, 0)));
	});
}

#[test]
fn register_member_key_fails() {
	ExtBuilder::default().build_and_execute(|| {
		let key = member_key(ALICE, 0);
		assert_noop!(
			Rings::register_member_key(RuntimeOrigin::root(), key, possession(ALICE, 0)),
			BadOrigin
		);
		assert_noop!(
			Rings::register_member_key(
				RuntimeOrigin::signed(OUTSIDER),
				member_key(OUTSIDER, 0),
				possession(OUTSIDER, 0)
			),
			Error::<Test>::NotVerified
		);
		assert_noop!(
			Rings::register_member_key(
				RuntimeOrigin::signed(MINOR),
				member_key(MINOR, 0),
				possession(MINOR, 0)
			),
			Error::<Test>::NotAdult
		);
		assert_noop!(
			Rings::register_member_key(RuntimeOrigin::signed(ALICE), [0u8; 32], [0u8; 64]),
			Error::<Test>::InvalidKey
		);
		assert_noop!(
			Rings::register_member_key(RuntimeOrigin::signed(ALICE), [7u8; 32], [0u8; 64]),
			Error::<Test>::InvalidKey
		);
		// Signed for another account, or by another key.
		assert_noop!(
			Rings::register_member_key(RuntimeOrigin::signed(ALICE), key, possession(BOB, 0)),
			Error::<Test>::InvalidPossessionProof
		);
		assert_noop!(
			Rings::register_member_key(
				RuntimeOrigin::signed(ALICE),
				member_key(BOB, 0),
				possession(ALICE, 0)
			),
			Error::<Test>::InvalidPossessionProof
		);
		register(ALICE);
		assert_noop!(
			Rings::register_member_key(
				RuntimeOrigin::signed(ALICE),
				member_key(ALICE, 1),
				possession(ALICE, 1)
			),
			Error::<Test>::AlreadyExists
		);
		// Alice's key, with a valid possession signature for Bob's account: still hers.
		let message = Rings::possession_message(&BOB);
		let stolen = {
			use verifiable::GenerateVerifiable;
			verifiable::ring::bandersnatch::BandersnatchVrfVerifiable::sign(
				&secret(ALICE, 0),
				&message,
			)
			.expect("signs")
		};
		assert_noop!(
			Rings::register_member_key(RuntimeOrigin::signed(BOB), key, stolen),
			Error::<Test>::KeyInUse
		);
		// Withdrawn just now: not again before the rotation interval.
		assert_ok!(Rings::remove_member_key(RuntimeOrigin::signed(ALICE)));
		System::set_block_number(ROTATION);
		assert_noop!(
			Rings::register_member_key(
				RuntimeOrigin::signed(ALICE),
				member_key(ALICE, 1),
				possession(ALICE, 1)
			),
			Error::<Test>::TooSoon
		);
		System::set_block_number(1 + ROTATION);
		assert_ok!(Rings::register_member_key(
			RuntimeOrigin::signed(ALICE),
			member_key(ALICE, 1),
			possession(ALICE, 1)
		));
		// A full national queue.
		verify_many(100, u64::from(MAX_QUEUE) - 1, Residency::Abroad);
		for who in 100..100 + u64::from(MAX_QUEUE) - 1 {
			register(who);
		}
		assert_noop!(
			Rings::register_member_key(
				RuntimeOrigin::signed(BOB),
				member_key(BOB, 0),
				possession(BOB, 0)
			),
			Error::<Test>::TooManyWaiting
		);
	});
}

#[test]
fn rotate_member_key_works() {
	ExtBuilder::default().build_and_execute(|| {
		register_and_publish(&[ALICE, BOB, CAROL]);
		let old = member_key(ALICE, 0);
		let new = member_key(ALICE, 1);
		assert_eq!(Placements::<Test>::get(old, MUNI), Some(0));
		System::set_block_number(1 + ROTATION);
		assert_ok!(Rings::rotate_member_key(
			RuntimeOrigin::signed(ALICE),
			new,
			possession(ALICE, 1)
		));
		assert_eq!(
			last_event(),
			Event::MemberKeyRotated { account: ALICE, old_key: old, new_key: new }
		);
		assert_eq!(KeyOwners::<Test>::get(old), None);
		assert_eq!(KeyOwners::<Test>::get(new), Some(person_key(ALICE)));
		let record = Members::<Test>::get(person_key(ALICE)).expect("a member");
		assert_eq!((record.key, record.registered_at), (new, 1 + ROTATION));
		for scope in [MUNI, JALISCO, NATIONAL] {
			assert_eq!(Placements::<Test>::get(old, scope), None);
			assert!(!RingKeys::<Test>::get(scope, 0).contains(&old));
			assert_eq!(Queues::<Test>::get(scope).expect("queued").into_inner(), vec![new]);
			// The ring lost a key its builder had absorbed: a new generation, built again.
			let info = RingsStorage::<Test>::get(scope, 0).expect("a ring");
			assert_eq!((info.generation, info.included, info.len), (1, 0, 2));
			assert!(info.stale);
			// Its last revision stays in force meanwhile.
			assert_eq!(Rings::usable_ring(&ring(scope, 0, 1), 1 + ROTATION), Ok(3));
		}
	});
}

#[test]
fn rotate_member_key_fails() {
	ExtBuilder::default().build_and_execute(|| {
		let new = member_key(ALICE, 1);
		assert_noop!(
			Rings::rotate_member_key(RuntimeOrigin::none(), new, possession(ALICE, 1)),
			BadOrigin
		);
		assert_noop!(
			Rings::rotate_member_key(RuntimeOrigin::signed(OUTSIDER), new, possession(OUTSIDER, 1)),
			Error::<Test>::NotVerified
		);
		assert_noop!(
			Rings::rotate_member_key(RuntimeOrigin::signed(MINOR), new, possession(MINOR, 1)),
			Error::<Test>::NotAdult
		);
		assert_noop!(
			Rings::rotate_member_key(RuntimeOrigin::signed(ALICE), new, possession(ALICE, 1)),
			Error::<Test>::NotFound
		);
		register(ALICE);
		register(BOB);
		assert_noop!(
			Rings::rotate_member_key(RuntimeOrigin::signed(ALICE), new, possession(ALICE, 1)),
			Error::<Test>::TooSoon
		);
		System::set_block_number(1 + ROTATION);
		assert_noop!(
			Rings::rotate_member_key(RuntimeOrigin::signed(ALICE), [0u8; 32], possession(ALICE, 1)),
			Error::<Test>::InvalidKey
		);
		assert_noop!(
			Rings::rotate_member_key(
				RuntimeOrigin::signed(ALICE),
				member_key(ALICE, 0),
				possession(ALICE, 0)
			),
			Error::<Test>::KeyInUse
		);
		assert_noop!(
			Rings::rotate_member_key(RuntimeOrigin::signed(ALICE), new, possession(BOB, 0)),
			Error::<Test>::InvalidPossessionProof
		);
		// Bob's person recovered to another account: the key was registered from Bob's.
		MockPersons::recover(BOB, 50);
		assert_noop!(
			Rings::rotate_member_key(
				RuntimeOrigin::signed(50),
				member_key(50, 0),
				possession(50, 0)
			),
			Error::<Test>::NoPermission
		);
		// Alice moved to a municipality whose queue is full.
		MockPersons::set_residency(ALICE, Residency::National(MONTERREY));
		verify_many(100, u64::from(MAX_QUEUE), Residency::National(MONTERREY));
		for who in 100..100 + u64::from(MAX_QUEUE) {
			register(who);
			// Only Monterrey's own queue is to fill up.
			let _ = Rings::onboard(RuntimeOrigin::signed(OUTSIDER), NATIONAL);
			let _ = Rings::onboard(RuntimeOrigin::signed(OUTSIDER), NUEVO_LEON);
		}
		assert_noop!(
			Rings::rotate_member_key(RuntimeOrigin::signed(ALICE), new, possession(ALICE, 1)),
			Error::<Test>::TooManyWaiting
		);
		// Bob's key is still registered to Bob's former account: the refresh removes it.
		assert_ok!(Rings::refresh_member(RuntimeOrigin::signed(OUTSIDER), person_key(BOB)));
	});
}

#[test]
fn remove_member_key_works() {
	ExtBuilder::default().build_and_execute(|| {
		register_and_publish(&[ALICE, BOB, CAROL]);
		register(DAVE);
		let key = member_key(ALICE, 0);
		assert_ok!(Rings::remove_member_key(RuntimeOrigin::signed(ALICE)));
		assert_eq!(
			last_event(),
			Event::MemberKeyRemoved { account: ALICE, key, cause: RemovalCause::Withdrawn }
		);
		assert!(Members::<Test>::get(person_key(ALICE)).is_none());
		assert_eq!(KeyOwners::<Test>::get(key), None);
		assert_eq!(LastKeyChange::<Test>::get(person_key(ALICE)), Some(1));
		for scope in [MUNI, JALISCO, NATIONAL] {
			assert_eq!(
				RingKeys::<Test>::get(scope, 0).into_inner(),
				vec![member_key(BOB, 0), member_key(CAROL, 0)]
			);
			// The key list of the published revision is kept for provers.
			assert_eq!(
				Rings::ring_members(scope, 0, 1),
				Some(vec![key, member_key(BOB, 0), member_key(CAROL, 0)])
			);
		}
		// A queued key leaves its queues.
		assert_ok!(Rings::remove_member_key(RuntimeOrigin::signed(DAVE)));
		assert!(Queues::<Test>::get(MUNI).is_none());
	});
}

#[test]
fn remove_member_key_fails() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Rings::remove_member_key(RuntimeOrigin::root()), BadOrigin);
		assert_noop!(
			Rings::remove_member_key(RuntimeOrigin::signed(OUTSIDER)),
			Error::<Test>::NotVerified
		);
		assert_noop!(
			Rings::remove_member_key(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::NotFound
		);
		register(ALICE);
		MockPersons::recover(ALICE, 50);
		assert_noop!(
			Rings::remove_member_key(RuntimeOrigin::signed(50)),
			Error::<Test>::NoPermission
		);
	});
}
