//! The node commission's decisions: `approve_node`, `reject_node`, `remove_node`,
//! `suspend_node`, `resume_node`.

use super::*;
use crate::{CollectivesWithoutNodes, NodeEnd, SuspendedNodes, Suspension};

// approve_node and reject_node

#[test]
fn approve_node_adds_it_at_the_next_session() {
	with_nodes().build_and_execute(|| {
		endorsed(12);
		assert_ok!(NodeIntegration::approve_node(commission(), 12));
		assert_eq!(last_event(), Event::NodeApproved { who: 12, collective: ACADEMIA });
		assert_eq!(set(), vec![10, 20, 21, 30, 12]);
		assert!(PlanPending::<Test>::get());
		assert!(!NodeApplications::<Test>::contains_key(12));
		assert_eq!(NodeIntegration::new_session(1), Some(vec![10, 20, 21, 30, 12]));
		assert_eq!(last_event(), Event::ValidatorSetPlanned { session_index: 1, count: 5 });
		assert_eq!(NodeIntegration::new_session(2), None);
	});
}

#[test]
fn approve_node_requires_the_node_commission() {
	with_nodes().build_and_execute(|| {
		endorsed(12);
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::signed(10)] {
			assert_noop!(NodeIntegration::approve_node(origin, 12), BadOrigin);
		}
	});
}

#[test]
fn approve_node_rejects_an_unknown_application() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			NodeIntegration::approve_node(commission(), 12),
			Error::<Test>::ApplicationNotFound
		);
	});
}

#[test]
fn approve_node_requires_the_endorsement() {
	with_nodes().build_and_execute(|| {
		apply_node(12);
		endorse(10, 12);
		assert_noop!(NodeIntegration::approve_node(commission(), 12), Error::<Test>::NotEndorsed);
	});
}

#[test]
fn approve_node_counts_only_current_leaders() {
	with_nodes().build_and_execute(|| {
		endorsed(12);
		// 11 is no longer a leader and 13 is: one endorsement of two leaders.
		MockCollectives::remove_leader(ACADEMIA, 11);
		MockCollectives::add_leader(ACADEMIA, 13);
		assert_noop!(NodeIntegration::approve_node(commission(), 12), Error::<Test>::NotEndorsed);
		// Without leaders, no node is approved.
		MockCollectives::remove_leader(ACADEMIA, 10);
		MockCollectives::remove_leader(ACADEMIA, 13);
		assert_noop!(NodeIntegration::approve_node(commission(), 12), Error::<Test>::NotEndorsed);
	});
}

#[test]
fn approve_node_requires_session_keys() {
	with_nodes().build_and_execute(|| {
		endorsed(12);
		purge_keys(12);
		assert_noop!(
			NodeIntegration::approve_node(commission(), 12),
			Error::<Test>::SessionKeysNotFound
		);
	});
}

#[test]
fn approve_node_checks_the_quota_again() {
	with_nodes().build_and_execute(|| {
		endorsed(11);
		endorsed(12);
		assert_ok!(NodeIntegration::approve_node(commission(), 11));
		assert_noop!(
			NodeIntegration::approve_node(commission(), 12),
			Error::<Test>::TooManyCollectiveNodes
		);
	});
}

#[test]
fn approve_node_rejects_a_full_set() {
	with_nodes().build_and_execute(|| {
		endorsed(12);
		MaxValidators::set(4);
		assert_noop!(
			NodeIntegration::approve_node(commission(), 12),
			Error::<Test>::TooManyValidators
		);
	});
}

#[test]
fn approve_node_counts_suspended_nodes_in_the_set() {
	with_nodes().build_and_execute(|| {
		endorsed(12);
		assert_ok!(NodeIntegration::suspend_node(commission(), 21, REASON));
		// Three active and one suspended node: four of four places.
		MaxValidators::set(4);
		assert_noop!(
			NodeIntegration::approve_node(commission(), 12),
			Error::<Test>::TooManyValidators
		);
	});
}

#[test]
fn reject_node_works() {
	with_nodes().build_and_execute(|| {
		apply_node(12);
		assert_ok!(NodeIntegration::reject_node(commission(), 12, REASON));
		assert_eq!(
			last_event(),
			Event::NodeRejected { who: 12, collective: ACADEMIA, reason: REASON }
		);
		assert!(!NodeApplications::<Test>::contains_key(12));
	});
}

#[test]
fn reject_node_requires_the_node_commission() {
	with_nodes().build_and_execute(|| {
		apply_node(12);
		assert_noop!(NodeIntegration::reject_node(RuntimeOrigin::root(), 12, REASON), BadOrigin);
	});
}

#[test]
fn reject_node_rejects_an_unknown_application() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			NodeIntegration::reject_node(commission(), 12, REASON),
			Error::<Test>::ApplicationNotFound
		);
	});
}

// remove_node, suspend_node and resume_node

#[test]
fn remove_node_works() {
	with_nodes().build_and_execute(|| {
		assert_ok!(NodeIntegration::remove_node(commission(), 21, REASON));
		assert_eq!(
			last_event(),
			Event::NodeRemoved {
				who: 21,
				collective: EMPRESAS,
				cause: NodeEnd::Removed,
				reason: REASON
			}
		);
		assert_eq!(set(), vec![10, 20, 30]);
		assert!(PlanPending::<Test>::get());
	});
}

#[test]
fn remove_node_removes_a_suspended_node() {
	with_nodes().build_and_execute(|| {
		assert_ok!(NodeIntegration::suspend_node(commission(), 21, REASON));
		assert_ok!(NodeIntegration::remove_node(commission(), 21, REASON));
		assert!(!SuspendedNodes::<Test>::contains_key(21));
		assert_eq!(set(), vec![10, 20, 30]);
		assert_eq!(NodeIntegration::node_count(EMPRESAS), 1);
	});
}

#[test]
fn remove_node_requires_the_node_removal_origin() {
	with_nodes().build_and_execute(|| {
		assert_noop!(NodeIntegration::remove_node(RuntimeOrigin::root(), 21, REASON), BadOrigin);
	});
}

#[test]
fn remove_node_rejects_an_account_without_a_node() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			NodeIntegration::remove_node(commission(), 11, REASON),
			Error::<Test>::NotValidator
		);
	});
}

#[test]
fn remove_node_keeps_a_node_per_collective() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			NodeIntegration::remove_node(commission(), 10, REASON),
			Error::<Test>::LastNodeOfCollective
		);
	});
}

#[test]
fn remove_node_keeps_min_validators() {
	ExtBuilder::default()
		.validators(vec![(20, EMPRESAS), (21, EMPRESAS)])
		.build_and_execute(|| {
			assert_noop!(
				NodeIntegration::remove_node(commission(), 21, REASON),
				Error::<Test>::TooFewValidators
			);
		});
}

#[test]
fn suspend_node_works() {
	with_nodes().build_and_execute(|| {
		assert_ok!(NodeIntegration::suspend_node(commission(), 21, REASON));
		assert_eq!(
			last_event(),
			Event::NodeSuspended { who: 21, collective: EMPRESAS, reason: REASON }
		);
		assert_eq!(set(), vec![10, 20, 30]);
		let suspended = SuspendedNodes::<Test>::get(21).expect("suspended");
		assert_eq!(
			(suspended.collective, suspended.cause, suspended.since),
			(EMPRESAS, Suspension::Decision { reason: REASON }, 1)
		);
		// It keeps its place in the quota.
		assert_eq!(NodeIntegration::node_count(EMPRESAS), 2);
		assert_eq!(NodeIntegration::active_node_count(EMPRESAS), 1);
		assert_eq!(NodeIntegration::new_session(1), Some(vec![10, 20, 30]));
	});
}

#[test]
fn suspend_node_requires_the_node_removal_origin() {
	with_nodes().build_and_execute(|| {
		assert_noop!(NodeIntegration::suspend_node(RuntimeOrigin::root(), 21, REASON), BadOrigin);
	});
}

#[test]
fn suspend_node_rejects_an_account_without_a_node() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			NodeIntegration::suspend_node(commission(), 11, REASON),
			Error::<Test>::NotValidator
		);
	});
}

#[test]
fn suspend_node_rejects_a_suspended_node() {
	with_nodes().build_and_execute(|| {
		assert_ok!(NodeIntegration::suspend_node(commission(), 21, REASON));
		assert_noop!(
			NodeIntegration::suspend_node(commission(), 21, REASON),
			Error::<Test>::AlreadySuspended
		);
	});
}

#[test]
fn suspend_node_keeps_a_node_per_collective() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			NodeIntegration::suspend_node(commission(), 30, REASON),
			Error::<Test>::LastNodeOfCollective
		);
	});
}

#[test]
fn suspend_node_keeps_min_validators() {
	ExtBuilder::default()
		.validators(vec![(20, EMPRESAS), (21, EMPRESAS)])
		.build_and_execute(|| {
			assert_noop!(
				NodeIntegration::suspend_node(commission(), 20, REASON),
				Error::<Test>::TooFewValidators
			);
		});
}

#[test]
fn resume_node_works() {
	with_nodes().build_and_execute(|| {
		assert_ok!(NodeIntegration::suspend_node(commission(), 21, REASON));
		assert_eq!(NodeIntegration::new_session(1), Some(vec![10, 20, 30]));
		assert_ok!(NodeIntegration::resume_node(commission(), 21));
		assert_eq!(last_event(), Event::NodeResumed { who: 21, collective: EMPRESAS });
		assert!(!SuspendedNodes::<Test>::contains_key(21));
		assert_eq!(NodeIntegration::new_session(2), Some(vec![10, 20, 30, 21]));
	});
}

#[test]
fn resume_node_clears_the_collective_without_nodes() {
	with_nodes().build_and_execute(|| {
		// Empresas' active node 20 leaves with its member's suspension while 21 is suspended.
		assert_ok!(NodeIntegration::suspend_node(commission(), 21, REASON));
		assert_ok!(lose_membership(20, MembershipLoss::Suspended, REASON));
		assert!(CollectivesWithoutNodes::<Test>::contains_key(EMPRESAS));
		assert_ok!(NodeIntegration::resume_node(commission(), 21));
		assert!(!CollectivesWithoutNodes::<Test>::contains_key(EMPRESAS));
	});
}

#[test]
fn resume_node_requires_the_node_commission() {
	with_nodes().build_and_execute(|| {
		assert_ok!(NodeIntegration::suspend_node(commission(), 21, REASON));
		assert_noop!(NodeIntegration::resume_node(RuntimeOrigin::root(), 21), BadOrigin);
	});
}

#[test]
fn resume_node_rejects_a_node_not_suspended() {
	with_nodes().build_and_execute(|| {
		assert_noop!(NodeIntegration::resume_node(commission(), 21), Error::<Test>::NotSuspended);
	});
}

#[test]
fn resume_node_requires_session_keys() {
	with_nodes().build_and_execute(|| {
		assert_ok!(NodeIntegration::suspend_node(commission(), 21, REASON));
		// Out of the plan, its keys lost outside this pallet (the runtime keeps
		// `Session::purge_keys` from direct calls, and this pallet's refuses nodes).
		MockSession::rotate();
		purge_keys(21);
		assert_noop!(
			NodeIntegration::resume_node(commission(), 21),
			Error::<Test>::SessionKeysNotFound
		);
	});
}

// The two origins: the commission decides on admission, removal is also the Executive's.

#[test]
fn an_extraordinary_executive_decision_removes_and_suspends_nodes() {
	with_nodes().build_and_execute(|| {
		endorsed(12);
		assert_ok!(NodeIntegration::approve_node(commission(), 12));
		assert_ok!(NodeIntegration::suspend_node(executive(), 12, REASON));
		assert_eq!(
			last_event(),
			Event::NodeSuspended { who: 12, collective: ACADEMIA, reason: REASON }
		);
		assert_ok!(NodeIntegration::remove_node(executive(), 21, REASON));
		assert_eq!(set(), vec![10, 20, 30]);
	});
}

#[test]
fn an_extraordinary_executive_decision_neither_admits_nor_resumes_nodes() {
	with_nodes().build_and_execute(|| {
		endorsed(12);
		assert_noop!(NodeIntegration::approve_node(executive(), 12), BadOrigin);
		assert_noop!(NodeIntegration::reject_node(executive(), 12, REASON), BadOrigin);
		assert_ok!(NodeIntegration::suspend_node(executive(), 21, REASON));
		assert_noop!(NodeIntegration::resume_node(executive(), 21), BadOrigin);
	});
}
