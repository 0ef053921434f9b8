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
