use super::*;
use crate::FlaggedCollectives;
use bmx_primitives::mock::{MockNodes, MockProjects};

// Collectives without nodes: flag, unflag and dissolution.

/// Move past the genesis collectives' grace period.
fn after_grace() {
	run_to_block(GRACE);
}

#[test]
fn founding_collectives_are_created_at_block_zero_without_a_promoter() {
	ExtBuilder::default().build_and_execute(|| {
		let academia = Collectives::<Test>::get(ACADEMIA).expect("a founding collective");
		assert_eq!(academia.created_at, 0);
		assert_eq!(academia.promoter, None);
		assert_eq!(academia.committed_nodes, 0);
	});
}

// flag_without_nodes

#[test]
fn flag_without_nodes_works_after_the_grace_period() {
	ExtBuilder::default().build_and_execute(|| {
		after_grace();
		assert_ok!(CollectiveRegistry::flag_without_nodes(RuntimeOrigin::signed(99), ACADEMIA));
		assert_eq!(FlaggedCollectives::<Test>::get(ACADEMIA), Some(GRACE));
		assert_eq!(last_event(), Event::CollectiveFlagged { collective: ACADEMIA });
	});
}

#[test]
fn flag_without_nodes_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		after_grace();
		assert_noop!(
			CollectiveRegistry::flag_without_nodes(RuntimeOrigin::root(), ACADEMIA),
			BadOrigin
		);
	});
}

#[test]
fn flag_without_nodes_is_refused_within_the_grace_period() {
	ExtBuilder::default().build_and_execute(|| {
		run_to_block(GRACE - 1);
		assert_noop!(
			CollectiveRegistry::flag_without_nodes(RuntimeOrigin::signed(1), ACADEMIA),
			Error::<Test>::GracePeriodRunning
		);
	});
}

#[test]
fn the_grace_period_of_a_new_collective_runs_from_its_approval() {
	ExtBuilder::default().build_and_execute(|| {
		run_to_block(10);
		let id = request(1, b"Cooperativas");
		assert_ok!(CollectiveRegistry::approve_collective_request(RuntimeOrigin::root(), id));
		run_to_block(10 + GRACE - 1);
		assert_noop!(
			CollectiveRegistry::flag_without_nodes(RuntimeOrigin::signed(2), 4),
			Error::<Test>::GracePeriodRunning
		);
		run_to_block(10 + GRACE);
		assert_ok!(CollectiveRegistry::flag_without_nodes(RuntimeOrigin::signed(2), 4));
	});
}

#[test]
fn flag_without_nodes_is_refused_for_a_collective_with_a_node() {
	ExtBuilder::default().build_and_execute(|| {
		after_grace();
		// A suspended node counts too.
		MockNodes::set_node(ACADEMIA, 10, false);
		assert_noop!(
			CollectiveRegistry::flag_without_nodes(RuntimeOrigin::signed(1), ACADEMIA),
			Error::<Test>::CollectiveHasNodes
		);
	});
}

#[test]
fn flag_without_nodes_rejects_an_unknown_collective() {
	ExtBuilder::default().build_and_execute(|| {
		after_grace();
		assert_noop!(
			CollectiveRegistry::flag_without_nodes(RuntimeOrigin::signed(1), 9),
			Error::<Test>::CollectiveNotFound
		);
	});
}

#[test]
fn flag_without_nodes_rejects_a_flagged_collective() {
	ExtBuilder::default().build_and_execute(|| {
		after_grace();
		assert_ok!(CollectiveRegistry::flag_without_nodes(RuntimeOrigin::signed(1), ACADEMIA));
		assert_noop!(
			CollectiveRegistry::flag_without_nodes(RuntimeOrigin::signed(2), ACADEMIA),
			Error::<Test>::AlreadyFlagged
		);
	});
}

// unflag_collective

#[test]
fn unflag_collective_works_once_a_node_joins() {
	ExtBuilder::default().build_and_execute(|| {
		after_grace();
		assert_ok!(CollectiveRegistry::flag_without_nodes(RuntimeOrigin::signed(1), ACADEMIA));
		MockNodes::set_node(ACADEMIA, 10, true);
		assert_ok!(CollectiveRegistry::unflag_collective(RuntimeOrigin::signed(2), ACADEMIA));
		assert!(!FlaggedCollectives::<Test>::contains_key(ACADEMIA));
		assert_eq!(last_event(), Event::CollectiveUnflagged { collective: ACADEMIA, nodes: 1 });
	});
}

#[test]
fn unflag_collective_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		after_grace();
		assert_ok!(CollectiveRegistry::flag_without_nodes(RuntimeOrigin::signed(1), ACADEMIA));
		MockNodes::set_node(ACADEMIA, 10, true);
		assert_noop!(
			CollectiveRegistry::unflag_collective(RuntimeOrigin::none(), ACADEMIA),
			BadOrigin
		);
	});
}

#[test]
fn unflag_collective_is_refused_while_it_runs_no_node() {
	ExtBuilder::default().build_and_execute(|| {
		after_grace();
		assert_ok!(CollectiveRegistry::flag_without_nodes(RuntimeOrigin::signed(1), ACADEMIA));
		assert_noop!(
			CollectiveRegistry::unflag_collective(RuntimeOrigin::signed(2), ACADEMIA),
			Error::<Test>::CollectiveWithoutNodes
		);
	});
}

#[test]
fn unflag_collective_rejects_a_collective_not_flagged() {
	ExtBuilder::default().build_and_execute(|| {
		MockNodes::set_node(ACADEMIA, 10, true);
		assert_noop!(
			CollectiveRegistry::unflag_collective(RuntimeOrigin::signed(2), ACADEMIA),
			Error::<Test>::NotFlagged
		);
	});
}

// dissolve_collective

#[test]
fn dissolve_collective_ends_every_membership_and_frees_the_name_and_slot() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, ACADEMIA, b"UAM");
		assert_eq!(application_held(1), APPLICATION_DEPOSIT);
		after_grace();
		assert_ok!(CollectiveRegistry::flag_without_nodes(RuntimeOrigin::signed(1), ACADEMIA));
		assert_ok!(CollectiveRegistry::dissolve_collective(
			RuntimeOrigin::root(),
			ACADEMIA,
			REASON
		));
		// Every membership and application ended, as for an expulsion.
		for who in [1, 10, 11, 12, 13] {
			assert!(!Members::<Test>::contains_key(who));
			assert!(!CollectiveMembers::<Test>::contains_key(ACADEMIA, who));
			assert!(hook_calls().contains(&HookCall::MembershipLost(
				who,
				ACADEMIA,
				MembershipLoss::Expelled,
				REASON
			)));
		}
		// The applicant's deposit came back in full.
		assert_application_deposit_returned(1);
		// The leaders' terms ended: no expiry, no report obligation (checked after the test).
		assert!(Leaders::<Test>::get(ACADEMIA).is_empty());
		assert!(expiries(TERM).is_empty());
		for who in [10, 11] {
			assert!(has_event(Event::LeadershipEnded {
				collective: ACADEMIA,
				who,
				cause: LeadershipEnd::CollectiveDissolved,
			}));
		}
		// No "fell short" report for a collective that no longer exists.
		assert!(!has_event(Event::LeadersFellShort { collective: ACADEMIA, leaders: 1 }));
		assert_eq!(
			last_event(),
			Event::CollectiveDissolved { collective: ACADEMIA, reason: REASON, members: 5 }
		);
		// The collective, its flag and its name are gone; its slot counts no more.
		assert!(!Collectives::<Test>::contains_key(ACADEMIA));
		assert!(!FlaggedCollectives::<Test>::contains_key(ACADEMIA));
		assert_eq!(CollectiveNames::<Test>::get(name(b"Academia")), None);
		assert_eq!(Collectives::<Test>::count(), 3);
		// The former members may join elsewhere, and the name may be asked for again; the id
		// is not reused.
		apply(10, EMPRESAS, b"UNAM");
		let id = request(2, b"Academia");
		assert_ok!(CollectiveRegistry::approve_collective_request(RuntimeOrigin::root(), id));
		assert_eq!(CollectiveNames::<Test>::get(name(b"Academia")), Some(4));
	});
}

#[test]
fn dissolve_collective_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		after_grace();
		assert_ok!(CollectiveRegistry::flag_without_nodes(RuntimeOrigin::signed(1), ACADEMIA));
		assert_noop!(
			CollectiveRegistry::dissolve_collective(RuntimeOrigin::signed(10), ACADEMIA, REASON),
			BadOrigin
		);
	});
}

#[test]
fn dissolve_collective_requires_a_flag() {
	ExtBuilder::default().build_and_execute(|| {
		after_grace();
		assert_noop!(
			CollectiveRegistry::dissolve_collective(RuntimeOrigin::root(), ACADEMIA, REASON),
			Error::<Test>::NotFlagged
		);
	});
}

#[test]
fn dissolve_collective_is_refused_once_a_node_joined() {
	ExtBuilder::default().build_and_execute(|| {
		after_grace();
		assert_ok!(CollectiveRegistry::flag_without_nodes(RuntimeOrigin::signed(1), ACADEMIA));
		MockNodes::set_node(ACADEMIA, 13, true);
		assert_noop!(
			CollectiveRegistry::dissolve_collective(RuntimeOrigin::root(), ACADEMIA, REASON),
			Error::<Test>::CollectiveHasNodes
		);
	});
}

#[test]
fn dissolve_collective_is_refused_while_it_has_projects() {
	ExtBuilder::default().build_and_execute(|| {
		after_grace();
		assert_ok!(CollectiveRegistry::flag_without_nodes(RuntimeOrigin::signed(1), ACADEMIA));
		MockProjects::add_project(0, 40, ACADEMIA);
		assert_noop!(
			CollectiveRegistry::dissolve_collective(RuntimeOrigin::root(), ACADEMIA, REASON),
			Error::<Test>::CollectiveHasProjects
		);
	});
}

#[test]
fn dissolve_collective_rejects_an_unknown_collective() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::dissolve_collective(RuntimeOrigin::root(), 9, REASON),
			Error::<Test>::CollectiveNotFound
		);
	});
}

#[test]
fn dissolve_collective_changes_nothing_when_a_hook_refuses() {
	ExtBuilder::default().build_and_execute(|| {
		after_grace();
		assert_ok!(CollectiveRegistry::flag_without_nodes(RuntimeOrigin::signed(1), ACADEMIA));
		MockMembershipHooks::refuse_loss(Some(DispatchError::Other("refused")));
		assert_noop!(
			CollectiveRegistry::dissolve_collective(RuntimeOrigin::root(), ACADEMIA, REASON),
			DispatchError::Other("refused")
		);
		MockMembershipHooks::refuse_loss(None);
	});
}
