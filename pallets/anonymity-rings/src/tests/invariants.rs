//! What `try_state` catches.

use super::*;
use crate::{PendingBuilds, RetiredKeys, UsableRings};

/// Three keys published in every scope of Guadalajara, then `corrupt`; `try_state` must fail.
fn caught(corrupt: impl FnOnce()) {
	ExtBuilder::default().build().execute_with(|| {
		register_and_publish(&[ALICE, BOB, CAROL]);
		assert_ok!(Rings::do_try_state());
		corrupt();
		assert!(Rings::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_a_key_without_its_member() {
	caught(|| KeyOwners::<Test>::insert(member_key(OUTSIDER, 0), person_key(OUTSIDER)));
	caught(|| Members::<Test>::remove(person_key(ALICE)));
}

#[test]
fn try_state_catches_a_key_twice_in_a_scope() {
	caught(|| {
		RingKeys::<Test>::mutate(MUNI, 0, |keys| {
			let _ = keys.try_push(member_key(ALICE, 0));
		});
		RingsStorage::<Test>::mutate(MUNI, 0, |info| {
			if let Some(info) = info {
				info.len += 1;
			}
		});
	});
	caught(|| {
		let _ = Rings::enqueue(member_key(ALICE, 0), MUNI);
	});
}

#[test]
fn try_state_catches_ring_bookkeeping_that_drifts() {
	caught(|| {
		RingsStorage::<Test>::mutate(MUNI, 0, |info| {
			if let Some(info) = info {
				info.included = info.len + 1;
			}
		})
	});
	caught(|| PendingBuilds::<Test>::insert(MUNI, 0, ()));
	caught(|| UsableRings::<Test>::insert(MUNI, 2));
	caught(|| RingCount::<Test>::insert(MUNI, 2));
	caught(|| RingsStorage::<Test>::insert(MUNI, 0, RingInfo { len: 3, ..Default::default() }));
}

#[test]
fn try_state_catches_a_revision_whose_members_are_lost() {
	caught(|| {
		assert_ok!(Rings::remove_member_key(RuntimeOrigin::signed(ALICE)));
		RetiredKeys::<Test>::remove((MUNI, 0, 0));
	});
	caught(|| {
		Roots::<Test>::mutate((MUNI, 0, 1), |record| {
			if let Some(record) = record {
				record.valid_until = Some(1);
			}
		})
	});
}

#[test]
fn try_state_catches_roster_and_panel_drift() {
	let roster = RingScope::Evaluators;
	let panel = RingScope::Panel(1);
	// A roster key of no member; a member key both in the roster's queue and a roster ring.
	caught(|| {
		let _ = Rings::enqueue(member_key(OUTSIDER, 0), roster);
	});
	caught(|| {
		assert_ok!(Rings::do_join_roster(member_key(ALICE, 0)));
		assert_ok!(Rings::do_join_roster(member_key(BOB, 0)));
		assert_ok!(Rings::do_join_roster(member_key(CAROL, 0)));
		assert_ok!(Rings::onboard(RuntimeOrigin::signed(OUTSIDER), roster));
		let _ = Rings::enqueue(member_key(ALICE, 0), roster);
	});
	// A panel's key with a placement, a panel with a queue, with a second ring, or with a key
	// twice.
	let formed = || {
		assert_ok!(Rings::do_form_panel(1, vec![member_key(ALICE, 0)]));
	};
	caught(|| {
		formed();
		Placements::<Test>::insert(member_key(ALICE, 0), panel, 0);
	});
	caught(|| {
		formed();
		Queues::<Test>::insert(panel, frame_support::BoundedVec::truncate_from(vec![[9u8; 32]]));
	});
	caught(|| {
		formed();
		RingCount::<Test>::insert(panel, 2);
		RingsStorage::<Test>::insert(panel, 1, RingInfo::default());
	});
	caught(|| {
		formed();
		RingKeys::<Test>::mutate(panel, 0, |keys| {
			let _ = keys.try_push(member_key(ALICE, 0));
		});
		RingsStorage::<Test>::mutate(panel, 0, |info| {
			if let Some(info) = info {
				info.len += 1;
			}
		});
	});
}
