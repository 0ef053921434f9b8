//! Onboarding, building, settings, `on_idle` and pruning.

use super::*;
use crate::{
	Builders, ExpiryBounds, PendingBuilds, RetiredKeys, UsableRings, WeightInfo, RINGS_PAGE,
};
use frame_support::traits::Get;
use frame_support::{dispatch::Pays, weights::RuntimeDbWeight};

/// Onboard `scope` by the call.
fn onboard(scope: RingScope) -> frame_support::dispatch::DispatchResultWithPostInfo {
	Rings::onboard(RuntimeOrigin::signed(OUTSIDER), scope)
}

/// One build step of ring `index` of `scope` by the call.
fn step(scope: RingScope, index: u32) -> frame_support::dispatch::DispatchResultWithPostInfo {
	Rings::build_ring(RuntimeOrigin::signed(OUTSIDER), scope, index)
}

/// How many scopes are ready to onboard and how many rings wait for build steps.
fn ready_and_pending() -> (usize, usize) {
	(ReadyScopes::<Test>::iter().count(), PendingBuilds::<Test>::iter().count())
}

/// Register accounts `first..first + n`, verified adults living abroad.
fn register_abroad(first: u64, n: u64) {
	verify_many(first, n, Residency::Abroad);
	for who in first..first + n {
		register(who);
	}
}

#[test]
fn onboard_works() {
	ExtBuilder::default().build_and_execute(|| {
		register(ALICE);
		register(BOB);
		register(CAROL);
		let info = onboard(MUNI).expect("a batch waits");
		assert_eq!(info.pays_fee, Pays::No);
		assert_eq!(info.actual_weight, Some(<() as WeightInfo>::onboard(3)));
		assert!(deposited(Event::RingOpened { scope: MUNI, index: 0 }));
		assert_eq!(last_event(), Event::KeysOnboarded { scope: MUNI, index: 0, keys: 3 });
		assert_eq!(RingCount::<Test>::get(MUNI), 1);
		let keys = vec![member_key(ALICE, 0), member_key(BOB, 0), member_key(CAROL, 0)];
		assert_eq!(RingKeys::<Test>::get(MUNI, 0).into_inner(), keys);
		for key in &keys {
			assert_eq!(Placements::<Test>::get(key, MUNI), Some(0));
		}
		assert!(Queues::<Test>::get(MUNI).is_none());
		assert!(!ReadyScopes::<Test>::contains_key(MUNI));
		let ring = RingsStorage::<Test>::get(MUNI, 0).expect("a ring");
		assert_eq!((ring.len, ring.included, ring.revision, ring.stale), (3, 0, 0, true));
		assert!(PendingBuilds::<Test>::contains_key(MUNI, 0));
	});
}

#[test]
fn onboard_takes_at_most_a_build_batch() {
	ExtBuilder::default().build_and_execute(|| {
		register_abroad(100, 6);
		assert_ok!(onboard(NATIONAL));
		assert_eq!(RingKeys::<Test>::get(NATIONAL, 0).len() as u32, BUILD_BATCH);
		// Two keys wait, fewer than a batch: they wait for more.
		assert_eq!(Queues::<Test>::get(NATIONAL).expect("waiting").len(), 2);
		assert!(!ReadyScopes::<Test>::contains_key(NATIONAL));
		assert_noop!(onboard(NATIONAL), Error::<Test>::TooFewWaiting);
	});
}

#[test]
fn a_ring_grows_by_whole_batches_only() {
	ExtBuilder::default().build_and_execute(|| {
		// Batches of 4, 3, 3, 3: the ring holds 13, room for 3.
		register_abroad(100, 4);
		assert_ok!(onboard(NATIONAL));
		for first in [104, 107, 110] {
			register_abroad(first, 3);
			assert_ok!(onboard(NATIONAL));
		}
		assert_eq!(RingsStorage::<Test>::get(NATIONAL, 0).expect("a ring").len, 13);
		// Four wait: as many as fit join (3), one keeps waiting.
		register_abroad(113, 4);
		assert_ok!(onboard(NATIONAL));
		assert_eq!(last_event(), Event::KeysOnboarded { scope: NATIONAL, index: 0, keys: 3 });
		assert_eq!(RingsStorage::<Test>::get(NATIONAL, 0).expect("a ring").len, MAX_RING_SIZE);
		assert_eq!(Queues::<Test>::get(NATIONAL).expect("waiting").len(), 1);
		// The full ring has no room for a batch: the next batch opens ring 1.
		register_abroad(117, 3);
		assert_ok!(onboard(NATIONAL));
		assert!(deposited(Event::RingOpened { scope: NATIONAL, index: 1 }));
		assert_eq!(last_event(), Event::KeysOnboarded { scope: NATIONAL, index: 1, keys: 4 });
		assert_eq!(RingCount::<Test>::get(NATIONAL), 2);
	});
}

#[test]
fn onboard_fails() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Rings::onboard(RuntimeOrigin::none(), MUNI), BadOrigin);
		assert_noop!(onboard(MUNI), Error::<Test>::NothingToDo);
		register(ALICE);
		register(BOB);
		assert_noop!(onboard(MUNI), Error::<Test>::TooFewWaiting);
		// Two full rings: no room for another batch.
		for first in (100..132).step_by(4) {
			register_abroad(first, 4);
			assert_ok!(onboard(NATIONAL));
		}
		assert_eq!(RingCount::<Test>::get(NATIONAL), MAX_RINGS);
		register_abroad(132, 1);
		assert_noop!(onboard(NATIONAL), Error::<Test>::TooManyRings);
	});
}

#[test]
fn build_ring_works_in_steps() {
	ExtBuilder::default().build_and_execute(|| {
		register_abroad(100, 4);
		assert_ok!(onboard(NATIONAL));
		register_abroad(104, 3);
		assert_ok!(onboard(NATIONAL));
		let info = step(NATIONAL, 0).expect("progress");
		assert_eq!(info.pays_fee, Pays::No);
		assert_eq!(info.actual_weight, Some(<() as WeightInfo>::build_ring(BUILD_BATCH)));
		assert_eq!(
			last_event(),
			Event::RingBuildAdvanced { scope: NATIONAL, index: 0, included: 4, members: 7 }
		);
		assert!(Builders::<Test>::contains_key(NATIONAL, 0));
		assert_eq!(Rings::usable_ring(&ring(NATIONAL, 0, 1), 1), Err(MembershipError::UnknownRing));
		System::set_block_number(2);
		assert_ok!(step(NATIONAL, 0));
		assert_eq!(
			last_event(),
			Event::RingPublished {
				scope: NATIONAL,
				index: 0,
				revision: 1,
				members: 7,
				usable: true
			}
		);
		let record = Roots::<Test>::get((NATIONAL, 0, 1)).expect("published");
		assert_eq!((record.len, record.generation, record.valid_from), (7, 0, 2));
		assert_eq!(record.valid_until, None);
		assert!(!PendingBuilds::<Test>::contains_key(NATIONAL, 0));
		assert_eq!(UsableRings::<Test>::get(NATIONAL), 1);
		assert!(Rings::scope_is_usable(&NATIONAL));
		assert_eq!(Rings::ring_members(NATIONAL, 0, 1).expect("kept").len(), 7);
		// Three more: revision 2 replaces revision 1 from this block on.
		System::set_block_number(3);
		register_abroad(107, 3);
		assert_ok!(onboard(NATIONAL));
		assert_ok!(step(NATIONAL, 0));
		assert_eq!(Roots::<Test>::get((NATIONAL, 0, 1)).expect("kept").valid_until, Some(3));
		assert_eq!(Roots::<Test>::get((NATIONAL, 0, 2)).expect("published").len, 10);
		assert_eq!(Rings::usable_ring(&ring(NATIONAL, 0, 1), 2), Ok(7));
		assert_eq!(Rings::usable_ring(&ring(NATIONAL, 0, 1), 3), Err(MembershipError::NotInForce));
		assert_eq!(Rings::usable_ring(&ring(NATIONAL, 0, 2), 3), Ok(10));
	});
}

#[test]
fn building_in_steps_gives_the_same_root_as_at_once() {
	let root_of = |steps: bool| {
		let mut root = None;
		ExtBuilder::default().build_and_execute(|| {
			register_abroad(100, 4);
			assert_ok!(onboard(NATIONAL));
			if steps {
				assert_ok!(step(NATIONAL, 0));
			}
			register_abroad(104, 4);
			assert_ok!(onboard(NATIONAL));
			settle(NATIONAL);
			let last = RingsStorage::<Test>::get(NATIONAL, 0).expect("a ring").revision;
			root = Roots::<Test>::get((NATIONAL, 0, last)).map(|r| r.root);
		});
		root.expect("published")
	};
	assert_eq!(root_of(true), root_of(false));
}

#[test]
fn a_ring_that_loses_a_key_is_rebuilt_from_scratch() {
	ExtBuilder::default().build_and_execute(|| {
		register_and_publish(&[ALICE, BOB, CAROL, DAVE]);
		let before = Roots::<Test>::get((MUNI, 0, 1)).expect("published");
		System::set_block_number(5);
		MockPersons::revoke(BOB);
		Rings::on_person_changed(&person_key(BOB));
		let info = RingsStorage::<Test>::get(MUNI, 0).expect("a ring");
		assert_eq!((info.generation, info.included, info.len, info.revision), (1, 0, 3, 1));
		assert!(!Builders::<Test>::contains_key(MUNI, 0));
		let retired = RetiredKeys::<Test>::get((MUNI, 0, 0)).expect("retired");
		assert_eq!(retired.len(), 4);
		// The old revision stays in force until the rebuilt one is published.
		assert_eq!(Rings::usable_ring(&ring(MUNI, 0, 1), 5), Ok(4));
		System::set_block_number(6);
		assert_ok!(step(MUNI, 0));
		assert_eq!(
			last_event(),
			Event::RingPublished { scope: MUNI, index: 0, revision: 2, members: 3, usable: true }
		);
		let after = Roots::<Test>::get((MUNI, 0, 2)).expect("published");
		assert_eq!(after.generation, 1);
		assert_ne!(after.root, before.root);
		assert_eq!(
			Rings::ring_members(MUNI, 0, 2),
			Some(vec![member_key(ALICE, 0), member_key(CAROL, 0), member_key(DAVE, 0)])
		);
		assert_eq!(Rings::ring_members(MUNI, 0, 1), Some(retired.into_inner()));
		assert_eq!(Rings::usable_ring(&ring(MUNI, 0, 1), 5), Ok(4));
		assert_eq!(Rings::usable_ring(&ring(MUNI, 0, 1), 6), Err(MembershipError::NotInForce));
	});
}

#[test]
fn a_key_that_leaves_before_it_is_absorbed_changes_nothing_published() {
	ExtBuilder::default().build_and_execute(|| {
		register_and_publish(&[ALICE, BOB, CAROL]);
		register(DAVE);
		register(EVE);
		register(FRANK);
		assert_ok!(onboard(MUNI));
		assert!(RingsStorage::<Test>::get(MUNI, 0).expect("a ring").stale);
		for who in [DAVE, EVE, FRANK] {
			assert_ok!(Rings::remove_member_key(RuntimeOrigin::signed(who)));
		}
		let info = RingsStorage::<Test>::get(MUNI, 0).expect("a ring");
		assert_eq!((info.generation, info.len), (0, 3));
		// The step finds the ring as its last revision says: no new revision.
		assert_ok!(step(MUNI, 0));
		let info = RingsStorage::<Test>::get(MUNI, 0).expect("a ring");
		assert_eq!((info.revision, info.stale), (1, false));
		assert!(!PendingBuilds::<Test>::contains_key(MUNI, 0));
	});
}

#[test]
fn build_ring_fails() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Rings::build_ring(RuntimeOrigin::none(), MUNI, 0), BadOrigin);
		assert_noop!(step(MUNI, 0), Error::<Test>::NotFound);
		register_and_publish(&[ALICE, BOB, CAROL, DAVE]);
		assert_noop!(step(MUNI, 0), Error::<Test>::NothingToDo);
		// Two withdrawals, each rebuilt: revisions 2 and 3. Three are kept at most.
		for (who, block) in [(ALICE, 2), (BOB, 3)] {
			System::set_block_number(block);
			assert_ok!(Rings::remove_member_key(RuntimeOrigin::signed(who)));
			while step(MUNI, 0).is_ok() {}
		}
		assert_eq!(RingsStorage::<Test>::get(MUNI, 0).expect("a ring").revision, 3);
		System::set_block_number(4);
		assert_ok!(Rings::remove_member_key(RuntimeOrigin::signed(CAROL)));
		// The last key is absorbed, but revision 1 is in its retention until block 2 + 20.
		assert_ok!(step(MUNI, 0));
		assert_eq!(
			last_event(),
			Event::RingBuildAdvanced { scope: MUNI, index: 0, included: 1, members: 1 }
		);
		assert_noop!(step(MUNI, 0), Error::<Test>::TooManyRevisions);
		System::set_block_number(2 + RETENTION);
		assert_ok!(step(MUNI, 0));
		assert!(deposited(Event::RevisionPruned { scope: MUNI, index: 0, revision: 1 }));
		assert_eq!(
			last_event(),
			Event::RingPublished { scope: MUNI, index: 0, revision: 4, members: 1, usable: false }
		);
		assert_eq!(UsableRings::<Test>::get(MUNI), 0);
		assert!(!Rings::scope_is_usable(&MUNI));
		assert!(RetiredKeys::<Test>::get((MUNI, 0, 0)).is_none());
	});
}

#[test]
fn set_scope_settings_works() {
	ExtBuilder::default().build_and_execute(|| {
		let settings = ScopeSettings { onboarding_size: 4, min_ring_size: 5 };
		assert_ok!(Rings::set_scope_settings(
			RuntimeOrigin::root(),
			ScopeKind::Municipality,
			settings
		));
		assert_eq!(
			last_event(),
			Event::ScopeSettingsSet { kind: ScopeKind::Municipality, settings }
		);
		assert_eq!(Rings::settings_of(ScopeKind::Municipality), settings);
		assert_eq!(Rings::settings_of(ScopeKind::State), SETTINGS);
		// Three wait in Guadalajara: not a batch there, a batch in Jalisco.
		for who in [ALICE, BOB, CAROL] {
			register(who);
		}
		assert!(!ReadyScopes::<Test>::contains_key(MUNI));
		assert!(ReadyScopes::<Test>::contains_key(JALISCO));
		assert_noop!(onboard(MUNI), Error::<Test>::TooFewWaiting);
		register(DAVE);
		settle(MUNI);
		// Four members, fewer than five: published, not usable.
		assert_eq!(
			last_event(),
			Event::RingPublished { scope: MUNI, index: 0, revision: 1, members: 4, usable: false }
		);
		assert_eq!(Rings::usable_ring(&ring(MUNI, 0, 1), 1), Err(MembershipError::TooSmall));
		assert!(!Rings::scope_is_usable(&MUNI));
		// A lower minimum applies from the next revision on.
		let lower = ScopeSettings { onboarding_size: 3, min_ring_size: 3 };
		assert_ok!(Rings::set_scope_settings(
			RuntimeOrigin::root(),
			ScopeKind::Municipality,
			lower
		));
		assert_eq!(Rings::usable_ring(&ring(MUNI, 0, 1), 1), Err(MembershipError::TooSmall));
		for who in [EVE, FRANK, GRACE] {
			register(who);
		}
		System::set_block_number(2);
		settle(MUNI);
		assert_eq!(Rings::usable_ring(&ring(MUNI, 0, 2), 2), Ok(7));
		assert!(Rings::scope_is_usable(&MUNI));
	});
}

#[test]
fn the_genesis_sets_scope_settings() {
	let settings = ScopeSettings { onboarding_size: 2, min_ring_size: 9 };
	ExtBuilder::default()
		.with_settings(ScopeKind::National, settings)
		.build_and_execute(|| {
			assert_eq!(Rings::settings_of(ScopeKind::National), settings);
			assert_eq!(Rings::settings_of(ScopeKind::State), SETTINGS);
			register(ABROAD);
			assert!(!ReadyScopes::<Test>::contains_key(NATIONAL));
			register(ALICE);
			assert!(ReadyScopes::<Test>::contains_key(NATIONAL));
		});
}

#[test]
#[should_panic(expected = "invalid scope settings in the genesis")]
fn the_genesis_refuses_invalid_settings() {
	let invalid = ScopeSettings { onboarding_size: 0, min_ring_size: 1 };
	let _ = ExtBuilder::default().with_settings(ScopeKind::State, invalid).build();
}

#[test]
fn set_scope_settings_fails() {
	ExtBuilder::default().build_and_execute(|| {
		let kind = ScopeKind::State;
		let valid = ScopeSettings { onboarding_size: 1, min_ring_size: 1 };
		assert_noop!(
			Rings::set_scope_settings(RuntimeOrigin::signed(ALICE), kind, valid),
			BadOrigin
		);
		for invalid in [
			ScopeSettings { onboarding_size: 0, min_ring_size: 1 },
			ScopeSettings { onboarding_size: BUILD_BATCH + 1, min_ring_size: 1 },
			ScopeSettings { onboarding_size: 1, min_ring_size: MAX_RING_SIZE + 1 },
		] {
			assert_noop!(
				Rings::set_scope_settings(RuntimeOrigin::root(), kind, invalid),
				Error::<Test>::InvalidSettings
			);
		}
	});
}

#[test]
fn on_idle_onboards_and_builds_every_scope() {
	ExtBuilder::default().build_and_execute(|| {
		for who in [ALICE, BOB, CAROL, ABROAD] {
			register(who);
		}
		let used = Rings::on_idle(1, lots());
		assert!(used.all_lte(lots() / 2) && used.ref_time() > 0);
		assert_eq!(Rings::usable_ring(&ring(MUNI, 0, 1), 1), Ok(3));
		assert_eq!(Rings::usable_ring(&ring(JALISCO, 0, 1), 1), Ok(3));
		assert_eq!(Rings::usable_ring(&ring(NATIONAL, 0, 1), 1), Ok(4));
		assert!(ReadyScopes::<Test>::iter().next().is_none());
		assert!(PendingBuilds::<Test>::iter().next().is_none());
		// Nothing left to do.
		let events = System::events().len();
		Rings::on_idle(1, lots());
		assert_eq!(System::events().len(), events);
	});
}

#[test]
fn on_idle_stays_within_half_the_weight_left() {
	ExtBuilder::default().build_and_execute(|| {
		for who in [ALICE, BOB, CAROL] {
			register(who);
		}
		assert_eq!(Rings::on_idle(1, Weight::zero()), Weight::zero());
		assert_eq!(ready_and_pending(), (3, 0));
		// Enough for the look at the expiries and one onboarding, not for a build step.
		let db: RuntimeDbWeight = <Test as frame_system::Config>::DbWeight::get();
		let budget = db
			.reads(2)
			.saturating_add(<() as WeightInfo>::onboard(BUILD_BATCH))
			.saturating_add(db.reads(1));
		let used = Rings::on_idle(1, budget.saturating_mul(2));
		assert!(used.all_lte(budget));
		assert_eq!(ready_and_pending(), (2, 1));
		assert!(Roots::<Test>::iter().next().is_none());
	});
}

#[test]
fn on_idle_skips_a_ring_that_cannot_publish() {
	ExtBuilder::default().build_and_execute(|| {
		register_and_publish(&[ALICE, BOB, CAROL, DAVE]);
		for (who, block) in [(ALICE, 2), (BOB, 3), (CAROL, 4)] {
			System::set_block_number(block);
			assert_ok!(Rings::remove_member_key(RuntimeOrigin::signed(who)));
			Rings::on_idle(block, lots());
		}
		// The municipal ring waits for its first revision's retention; the others too.
		assert_eq!(RingsStorage::<Test>::get(MUNI, 0).expect("a ring").revision, 3);
		assert!(PendingBuilds::<Test>::contains_key(MUNI, 0));
		register_and_publish(&[EVE, FRANK, GRACE]);
		assert_eq!(RingsStorage::<Test>::get(MUNI, 0).expect("a ring").len, 1 + 3);
		// At the retention's end on_idle prunes and publishes.
		run_to_block(3 + RETENTION, lots());
		assert_eq!(RingsStorage::<Test>::get(MUNI, 0).expect("a ring").revision, 4);
		assert!(PendingBuilds::<Test>::iter().next().is_none());
	});
}

#[test]
fn on_idle_prunes_revisions_after_their_retention() {
	ExtBuilder::default().build_and_execute(|| {
		register_and_publish(&[ALICE, BOB, CAROL, DAVE]);
		System::set_block_number(5);
		assert_ok!(Rings::remove_member_key(RuntimeOrigin::signed(ALICE)));
		Rings::on_idle(5, lots());
		assert_eq!(Roots::<Test>::get((MUNI, 0, 1)).expect("kept").valid_until, Some(5));
		assert_eq!(ExpiryBounds::<Test>::get(), (0, 3));
		run_to_block(5 + RETENTION, lots());
		assert!(Roots::<Test>::get((MUNI, 0, 1)).is_some());
		assert!(RetiredKeys::<Test>::get((MUNI, 0, 0)).is_some());
		run_to_block(6 + RETENTION, lots());
		for scope in [MUNI, JALISCO, NATIONAL] {
			assert!(deposited(Event::RevisionPruned { scope, index: 0, revision: 1 }));
			assert_eq!(Rings::ring_members(scope, 0, 1), None);
			assert_eq!(
				Rings::usable_ring(&ring(scope, 0, 1), 4),
				Err(MembershipError::UnknownRing)
			);
			assert_eq!(RingsStorage::<Test>::get(scope, 0).expect("a ring").oldest_kept, 2);
		}
		assert!(RetiredKeys::<Test>::get((MUNI, 0, 0)).is_none());
		assert_eq!(ExpiryBounds::<Test>::get(), (3, 3));
	});
}

#[test]
fn rings_of_shows_a_page_of_rings() {
	ExtBuilder::default().build_and_execute(|| {
		register_abroad(100, 4);
		assert_ok!(onboard(NATIONAL));
		settle(NATIONAL);
		for first in [104, 108, 112] {
			register_abroad(first, 4);
			assert_ok!(onboard(NATIONAL));
		}
		register_abroad(116, 3);
		assert_ok!(onboard(NATIONAL));
		let rings = Rings::rings_of(NATIONAL, 0);
		assert_eq!(rings.len(), 2);
		assert_eq!(
			rings[0],
			crate::RingSummary { index: 0, revision: 1, members: 4, usable: true, len: 16 }
		);
		assert_eq!(
			rings[1],
			crate::RingSummary { index: 1, revision: 0, members: 0, usable: false, len: 3 }
		);
		assert_eq!(Rings::rings_of(NATIONAL, 1).len(), 1);
		assert!(Rings::rings_of(NATIONAL, 2).is_empty());
		assert!(Rings::rings_of(MUNI, 0).is_empty());
		assert!(RINGS_PAGE >= MAX_RINGS);
	});
}

#[test]
fn a_corrupt_builder_fails_the_step_without_a_panic() {
	ExtBuilder::default().build().execute_with(|| {
		register_abroad(100, 4);
		assert_ok!(onboard(NATIONAL));
		assert_ok!(step(NATIONAL, 0));
		register_abroad(104, 3);
		assert_ok!(onboard(NATIONAL));
		Builders::<Test>::insert(
			NATIONAL,
			0,
			frame_support::BoundedVec::truncate_from(vec![1, 2, 3]),
		);
		assert_noop!(step(NATIONAL, 0), Error::<Test>::BuildFailed);
		// on_idle passes it by.
		Rings::on_idle(1, lots());
		assert!(PendingBuilds::<Test>::contains_key(NATIONAL, 0));
	});
}

#[test]
fn a_revision_counter_that_would_overflow_is_refused() {
	ExtBuilder::default().build().execute_with(|| {
		register_abroad(100, 3);
		assert_ok!(onboard(NATIONAL));
		assert_ok!(step(NATIONAL, 0));
		let record = Roots::<Test>::take((NATIONAL, 0, 1)).expect("published");
		Roots::<Test>::insert((NATIONAL, 0, u32::MAX), record);
		RingsStorage::<Test>::mutate(NATIONAL, 0, |info| {
			if let Some(info) = info {
				info.revision = u32::MAX;
				info.oldest_kept = u32::MAX;
			}
		});
		register_abroad(103, 3);
		assert_ok!(onboard(NATIONAL));
		assert_noop!(step(NATIONAL, 0), Error::<Test>::Overflow);
	});
}
