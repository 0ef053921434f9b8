//! `purge_keys`: refused while `pallet-session` may still need the keys.

use super::*;
use crate::ValidatorSession;

#[test]
fn purge_keys_works() {
	with_nodes().build_and_execute(|| {
		assert_ok!(NodeIntegration::purge_keys(RuntimeOrigin::signed(22)));
		assert_eq!(last_event(), Event::SessionKeysPurged { who: 22 });
		assert!(!MockSession::has_keys(&22));
	});
}

#[test]
fn purge_keys_requires_a_signed_origin() {
	with_nodes().build_and_execute(|| {
		assert_noop!(NodeIntegration::purge_keys(RuntimeOrigin::root()), BadOrigin);
	});
}

#[test]
fn purge_keys_refuses_an_active_node() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			NodeIntegration::purge_keys(RuntimeOrigin::signed(10)),
			Error::<Test>::RunsNode
		);
		assert!(MockSession::has_keys(&10));
	});
}

#[test]
fn purge_keys_refuses_a_suspended_node() {
	with_nodes().build_and_execute(|| {
		assert_ok!(NodeIntegration::suspend_node(commission(), 21, REASON));
		rotate(3);
		assert_noop!(
			NodeIntegration::purge_keys(RuntimeOrigin::signed(21)),
			Error::<Test>::RunsNode
		);
	});
}

#[test]
fn purge_keys_refuses_a_removed_node_until_it_left_the_sessions() {
	with_nodes().build_and_execute(|| {
		assert_ok!(NodeIntegration::remove_node(commission(), 21, REASON));
		// Planned and in use.
		assert_noop!(
			NodeIntegration::purge_keys(RuntimeOrigin::signed(21)),
			Error::<Test>::StillInSession
		);
		// Planned out, still in use.
		rotate(1);
		assert_eq!(session_sets(), (vec![10, 20, 21, 30], vec![10, 20, 30]));
		assert_noop!(
			NodeIntegration::purge_keys(RuntimeOrigin::signed(21)),
			Error::<Test>::StillInSession
		);
		rotate(1);
		assert_ok!(NodeIntegration::purge_keys(RuntimeOrigin::signed(21)));
	});
}

#[test]
fn purge_keys_refuses_an_account_in_the_queued_set() {
	with_nodes().build_and_execute(|| {
		// pallet-session queued 22 on its own (its genesis keys, say).
		frame_support::storage::unhashed::put(b":test:session:queued", &vec![10u64, 20, 21, 22]);
		assert_noop!(
			NodeIntegration::purge_keys(RuntimeOrigin::signed(22)),
			Error::<Test>::StillInSession
		);
		frame_support::storage::unhashed::put(b":test:session:queued", &vec![10u64, 20, 21, 30]);
	});
}

#[test]
fn purge_keys_refuses_an_account_without_keys() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			NodeIntegration::purge_keys(RuntimeOrigin::signed(13)),
			Error::<Test>::SessionKeysNotFound
		);
	});
}

#[test]
fn a_node_whose_keys_were_purged_is_not_approved() {
	with_nodes().build_and_execute(|| {
		endorsed(12);
		assert_ok!(NodeIntegration::purge_keys(RuntimeOrigin::signed(12)));
		assert_noop!(
			NodeIntegration::approve_node(commission(), 12),
			Error::<Test>::SessionKeysNotFound
		);
	});
}
