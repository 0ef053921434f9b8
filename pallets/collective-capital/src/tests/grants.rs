//! Revocation, stale grants and budgets.

use super::*;

/// `PROJECT` holds a grant of 300 from collective 0.
fn granted() {
	request(PROJECT, 300);
	grant(LEADER_A, PROJECT);
}

#[test]
fn a_leader_revokes_a_grant() {
	ExtBuilder::default().build_and_execute(|| {
		granted();
		assert_ok!(CollectiveCapital::revoke_capital(RuntimeOrigin::signed(LEADER_B), PROJECT));
		assert!(Grants::<Test>::get(PROJECT).is_none());
		assert_eq!(allowance(PROJECT), None);
		assert_eq!(Committed::<Test>::get(0), 0);
		assert_eq!(CollectiveCapital::budget_left(0), DEFAULT_BUDGET);
		assert_eq!(
			last_event(),
			Event::CapitalRevoked {
				who: PROJECT,
				collective: 0,
				revoked_by: Some(LEADER_B),
				allowance_removed: true,
			}
		);
	});
}

#[test]
fn the_executive_revokes_a_grant() {
	ExtBuilder::default().build_and_execute(|| {
		granted();
		assert_ok!(CollectiveCapital::revoke_capital(RuntimeOrigin::root(), PROJECT));
		assert_eq!(allowance(PROJECT), None);
		assert_eq!(
			last_event(),
			Event::CapitalRevoked {
				who: PROJECT,
				collective: 0,
				revoked_by: None,
				allowance_removed: true,
			}
		);
	});
}

#[test]
fn only_a_leader_of_the_grants_collective_or_the_executive_revokes() {
	ExtBuilder::default().build_and_execute(|| {
		granted();
		assert_noop!(
			CollectiveCapital::revoke_capital(RuntimeOrigin::signed(LEADER_C), PROJECT),
			Error::<Test>::NotLeader
		);
		assert_noop!(
			CollectiveCapital::revoke_capital(RuntimeOrigin::signed(PROJECT), PROJECT),
			Error::<Test>::NotLeader
		);
		assert_noop!(CollectiveCapital::revoke_capital(RuntimeOrigin::none(), PROJECT), BadOrigin);
	});
}

#[test]
fn revoking_a_missing_grant_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveCapital::revoke_capital(RuntimeOrigin::root(), PROJECT),
			Error::<Test>::GrantNotFound
		);
	});
}

#[test]
fn a_grant_whose_allowance_is_already_gone_still_ends() {
	ExtBuilder::default().build_and_execute(|| {
		granted();
		// Removed behind this pallet's back (the sponsorship pallet's own origin).
		assert_ok!(<MockAllowances as bmx_primitives::governance::AllowanceManager<
			u64,
			u128,
		>>::remove_allowance(PROJECT));
		assert_ok!(CollectiveCapital::revoke_capital(RuntimeOrigin::root(), PROJECT));
		assert_eq!(Committed::<Test>::get(0), 0);
		assert_eq!(
			last_event(),
			Event::CapitalRevoked {
				who: PROJECT,
				collective: 0,
				revoked_by: None,
				allowance_removed: false,
			}
		);
	});
}

#[test]
fn anyone_removes_the_grant_of_a_node_that_left_the_set() {
	ExtBuilder::default().build_and_execute(|| {
		request(NODE, 300);
		grant(LEADER_A, NODE);
		assert_noop!(
			CollectiveCapital::remove_stale_grant(RuntimeOrigin::signed(OUTSIDER), NODE),
			Error::<Test>::StillEligible
		);
		MockNodes::remove_node(NODE);
		assert_ok!(CollectiveCapital::remove_stale_grant(RuntimeOrigin::signed(OUTSIDER), NODE));
		assert!(Grants::<Test>::get(NODE).is_none());
		assert_eq!(allowance(NODE), None);
		assert_eq!(Committed::<Test>::get(0), 0);
		assert_eq!(
			last_event(),
			Event::StaleGrantRemoved { who: NODE, collective: 0, allowance_removed: true }
		);
	});
}

#[test]
fn a_suspended_nodes_grant_is_stale() {
	ExtBuilder::default().build_and_execute(|| {
		request(NODE, 300);
		grant(LEADER_A, NODE);
		MockNodes::set_node(0, NODE, false);
		assert_ok!(CollectiveCapital::remove_stale_grant(RuntimeOrigin::signed(OUTSIDER), NODE));
	});
}

#[test]
fn a_project_of_another_collective_has_a_stale_grant() {
	ExtBuilder::default().build_and_execute(|| {
		granted();
		MockProjects::add_project(0, PROJECT, 1);
		assert_ok!(CollectiveCapital::remove_stale_grant(RuntimeOrigin::signed(OUTSIDER), PROJECT));
		assert_eq!(allowance(PROJECT), None);
	});
}

#[test]
fn removing_a_stale_grant_needs_a_grant_and_a_signer() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveCapital::remove_stale_grant(RuntimeOrigin::signed(OUTSIDER), PROJECT),
			Error::<Test>::GrantNotFound
		);
		granted();
		assert_noop!(
			CollectiveCapital::remove_stale_grant(RuntimeOrigin::root(), PROJECT),
			BadOrigin
		);
	});
}

#[test]
fn the_executive_sets_a_collectives_budget() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(CollectiveCapital::budget_of(0), DEFAULT_BUDGET);
		assert_ok!(CollectiveCapital::set_budget(RuntimeOrigin::root(), 0, 5_000));
		assert_eq!(CollectiveCapital::budget_of(0), 5_000);
		assert_eq!(CollectiveCapital::budget_of(1), DEFAULT_BUDGET);
		assert_eq!(last_event(), Event::BudgetSet { collective: 0, budget: 5_000 });
	});
}

#[test]
fn setting_a_budget_needs_the_executive_and_a_collective() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveCapital::set_budget(RuntimeOrigin::signed(LEADER_A), 0, 5_000),
			BadOrigin
		);
		assert_noop!(
			CollectiveCapital::set_budget(RuntimeOrigin::root(), 7, 5_000),
			Error::<Test>::CollectiveNotFound
		);
	});
}

#[test]
fn a_budget_lowered_below_the_commitments_keeps_grants_and_refuses_new_ones() {
	ExtBuilder::default().build_and_execute(|| {
		granted();
		assert_ok!(CollectiveCapital::set_budget(RuntimeOrigin::root(), 0, 100));
		assert_eq!(CollectiveCapital::budget_left(0), 0);
		assert!(Grants::<Test>::get(PROJECT).is_some());
		request(NODE, 1);
		assert_noop!(
			CollectiveCapital::grant_capital(RuntimeOrigin::signed(LEADER_A), NODE),
			Error::<Test>::BudgetExceeded
		);
	});
}

#[test]
fn a_budget_of_zero_stops_all_grants() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(CollectiveCapital::set_budget(RuntimeOrigin::root(), 0, 0));
		request(PROJECT, 1);
		assert_noop!(
			CollectiveCapital::grant_capital(RuntimeOrigin::signed(LEADER_A), PROJECT),
			Error::<Test>::BudgetExceeded
		);
	});
}
