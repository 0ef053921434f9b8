//! The former evaluators' rings: the keys that leave the roster join them in batches, stay for
//! as long as they are member keys, and never join the roster again.

use super::*;
use bmx_primitives::anonymity::{pseudonym_context, PanelRings};

/// The evaluators' roster.
const ROSTER: RingScope = RingScope::Evaluators;

/// The former evaluators.
const FORMER: RingScope = RingScope::FormerEvaluators;

/// Register `who`s, enrol them in the roster and publish the roster's ring.
fn roster_of(who: &[u64]) {
	for w in who {
		register(*w);
		assert_ok!(<Rings as PanelRings<u64>>::join_roster(member_key(*w, 0)));
	}
	settle(ROSTER);
}

/// `who`'s first key leaves the roster by the trait.
fn leave(who: u64) {
	assert_ok!(<Rings as PanelRings<u64>>::leave_roster(&member_key(who, 0)));
}

/// The first keys of `who`.
fn keys_of(who: &[u64]) -> Vec<MemberKey> {
	who.iter().map(|w| member_key(*w, 0)).collect()
}

/// Whether `who`'s first key is in a former evaluators' ring or their queue.
fn is_former(who: u64) -> bool {
	crate::Pallet::<Test>::is_former_evaluator(&member_key(who, 0))
}

/// Whether a proof by `who`'s first key against `ring`, whose members are `members`, verifies
/// at `snapshot`.
fn proves(who: u64, ring: &RingRef, members: &[MemberKey], snapshot: u64) -> bool {
	let context = pseudonym_context(&genesis());
	let (proof, _) = prove(who, 0, members, &[&context], b"settle");
	Rings::verify(ring, snapshot, &[&context], b"settle", &proof).is_ok()
}

#[test]
fn leaving_the_roster_queues_the_key_for_the_former_evaluators() {
	ExtBuilder::default().build_and_execute(|| {
		roster_of(&[ALICE, BOB, CAROL, DAVE, EVE]);
		System::set_block_number(2);
		leave(ALICE);
		assert!(deposited(Event::RosterLeft { key: member_key(ALICE, 0) }));
		assert_eq!(last_event(), Event::FormerEvaluatorQueued { key: member_key(ALICE, 0) });
		assert_eq!(Placements::<Test>::get(member_key(ALICE, 0), ROSTER), None);
		assert_eq!(Queues::<Test>::get(FORMER).map(|q| q.into_inner()), Some(keys_of(&[ALICE])));
		// One leaver waits for a cohort (the former evaluators onboard by two).
		assert!(!ReadyScopes::<Test>::contains_key(FORMER));
		leave(BOB);
		assert!(ReadyScopes::<Test>::contains_key(FORMER));
		Rings::on_idle(2, lots());
		assert!(deposited(Event::KeysOnboarded { scope: FORMER, index: 0, keys: 2 }));
		// Published, but two are fewer than the former evaluators' minimum of three.
		assert!(deposited(Event::RingPublished {
			scope: FORMER,
			index: 0,
			revision: 1,
			members: 2,
			usable: false
		}));
		assert_eq!(Rings::usable_ring(&ring(FORMER, 0, 1), 2), Err(MembershipError::TooSmall));
		assert!(!Rings::scope_is_usable(&FORMER));

		// Two more leave: the ring grows by their cohort and answers for proofs.
		System::set_block_number(3);
		leave(CAROL);
		leave(DAVE);
		Rings::on_idle(3, lots());
		let members = keys_of(&[ALICE, BOB, CAROL, DAVE]);
		assert_eq!(Rings::ring_members(FORMER, 0, 2), Some(members.clone()));
		for who in [ALICE, BOB, CAROL, DAVE] {
			assert_eq!(Placements::<Test>::get(member_key(who, 0), FORMER), Some(0));
			assert!(is_former(who));
		}
		assert!(!is_former(EVE));
		let former_ring = ring(FORMER, 0, 2);
		assert_eq!(Rings::usable_ring(&former_ring, 3), Ok(4));
		assert!(Rings::scope_is_usable(&FORMER));
		// A former evaluator proves membership; the one still enrolled cannot, even in a
		// forged list.
		assert!(proves(ALICE, &former_ring, &members, 3));
		let mut forged = members.clone();
		forged[0] = member_key(EVE, 0);
		assert!(!proves(EVE, &former_ring, &forged, 3));
		// The roster's ring (a batch of four) was emptied; Eve still waits in its queue.
		settle(ROSTER);
		assert!(RingKeys::<Test>::get(ROSTER, 0).is_empty());
		assert_eq!(Queues::<Test>::get(ROSTER).map(|q| q.into_inner()), Some(keys_of(&[EVE])));

		// A former evaluator's key never joins the roster again (a key enrols once); leaving
		// again does nothing.
		assert_eq!(
			Rings::do_join_roster(member_key(ALICE, 0)),
			Err(Error::<Test>::AlreadyExists.into())
		);
		let events = System::events().len();
		leave(ALICE);
		assert_eq!(System::events().len(), events);
		assert_eq!(RingKeys::<Test>::get(FORMER, 0).into_inner(), members);
		// The member view shows the residency scopes only.
		let status = Rings::member(person_key(ALICE)).expect("a member");
		assert!(status.rings.iter().all(|(scope, _)| scope.is_residency()));
	});
}

#[test]
fn a_key_removed_from_the_members_leaves_the_former_evaluators() {
	ExtBuilder::default().build_and_execute(|| {
		roster_of(&[ALICE, BOB, CAROL, DAVE, EVE, FRANK]);
		for who in [ALICE, BOB, CAROL, DAVE] {
			leave(who);
		}
		settle(FORMER);
		let first = ring(FORMER, 0, 1);
		let members = keys_of(&[ALICE, BOB, CAROL, DAVE]);
		assert_eq!(Rings::ring_members(FORMER, 0, 1), Some(members.clone()));
		leave(EVE);
		assert!(is_former(EVE));

		// A withdrawal: out of the ring, which is rebuilt without the key.
		System::set_block_number(2);
		assert_ok!(Rings::remove_member_key(RuntimeOrigin::signed(ALICE)));
		assert!(deposited(Event::FormerEvaluatorRemoved { key: member_key(ALICE, 0) }));
		assert!(!is_former(ALICE));
		// A revocation: out of the queue.
		MockPersons::revoke(EVE);
		Rings::on_person_changed(&person_key(EVE));
		assert!(deposited(Event::FormerEvaluatorRemoved { key: member_key(EVE, 0) }));
		assert!(!is_former(EVE));
		assert!(Queues::<Test>::get(FORMER).is_none());
		// A rotation: the old key leaves, the new one is nobody's former evaluator key.
		System::set_block_number(2 + ROTATION);
		assert_ok!(Rings::rotate_member_key(
			RuntimeOrigin::signed(BOB),
			member_key(BOB, 1),
			possession(BOB, 1)
		));
		assert!(deposited(Event::FormerEvaluatorRemoved { key: member_key(BOB, 0) }));
		assert!(!is_former(BOB));
		assert!(!crate::Pallet::<Test>::is_former_evaluator(&member_key(BOB, 1)));

		settle(FORMER);
		let info = RingsStorage::<Test>::get(FORMER, 0).expect("a ring");
		assert_eq!(Rings::ring_members(FORMER, 0, info.revision), Some(keys_of(&[CAROL, DAVE])));
		// The revision that held Alice still answers for snapshots in its window (until the
		// rebuild without her), never after.
		assert!(proves(ALICE, &first, &members, 1));
		assert!(!proves(ALICE, &first, &members, 2 + ROTATION));
		// A removed key left the roster for good: it cannot enrol again either.
		assert_eq!(
			Rings::do_join_roster(member_key(ALICE, 0)),
			Err(Error::<Test>::NotFound.into())
		);
	});
}

#[test]
fn leaving_the_roster_is_refused_while_the_former_queue_is_full() {
	ExtBuilder::default().build_and_execute(|| {
		// MAX_QUEUE + 1 evaluators abroad (the national queue is onboarded as they register,
		// the roster's as they join), all in the roster's rings.
		let first = 100;
		let last = first + u64::from(MAX_QUEUE);
		verify_many(first, u64::from(MAX_QUEUE) + 1, Residency::Abroad);
		for who in first..=last {
			register(who);
			let _ = Rings::onboard(RuntimeOrigin::signed(OUTSIDER), NATIONAL);
			assert_ok!(<Rings as PanelRings<u64>>::join_roster(member_key(who, 0)));
			let _ = Rings::onboard(RuntimeOrigin::signed(OUTSIDER), ROSTER);
		}
		settle(ROSTER);
		// MAX_QUEUE leave and nobody onboards the former evaluators.
		for who in first + 1..=last {
			leave(who);
		}
		assert_eq!(Queues::<Test>::get(FORMER).map(|q| q.len() as u32), Some(MAX_QUEUE));
		let key = member_key(first, 0);
		let placement = Placements::<Test>::get(key, ROSTER);
		assert!(placement.is_some());
		assert_noop!(Rings::do_leave_roster(&key), Error::<Test>::TooManyWaiting);
		assert_eq!(
			<Rings as PanelRings<u64>>::leave_roster(&key),
			Err(MembershipError::UnknownRing)
		);
		assert_eq!(Placements::<Test>::get(key, ROSTER), placement);
		// Once a cohort joins a ring, it leaves.
		assert_ok!(Rings::onboard(RuntimeOrigin::signed(OUTSIDER), FORMER));
		leave(first);
		assert!(is_former(first));
	});
}

#[test]
fn the_former_evaluators_have_their_own_settings() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(ScopeKind::of(&FORMER), ScopeKind::FormerEvaluators);
		assert_eq!(Rings::settings_of(ScopeKind::FormerEvaluators), FORMER_SETTINGS);
		let settings = ScopeSettings { onboarding_size: 1, min_ring_size: 5 };
		assert_ok!(Rings::set_scope_settings(
			RuntimeOrigin::root(),
			ScopeKind::FormerEvaluators,
			settings
		));
		assert_eq!(Rings::settings_of(ScopeKind::FormerEvaluators), settings);
		assert_eq!(Rings::settings_of(ScopeKind::Evaluators), SETTINGS);
		// Removing a member key costs its removal from the roster and the former rings.
		assert!(Rings::remove_weight().all_gte(
			<() as crate::WeightInfo>::remove_member_key()
				.saturating_add(<() as crate::WeightInfo>::leave_roster().saturating_mul(2))
		));
	});
}
