//! Whole flows: a project and a leader's node get capital, and the budget runs out.

use super::*;

#[test]
fn a_project_and_a_leaders_node_get_capital_until_the_budget_runs_out() {
	ExtBuilder::default().build_and_execute(|| {
		// A project asks its collective's leaders for capital; a leader grants it, and the
		// collective's treasury now sponsors the project's fees.
		request(PROJECT, 800);
		grant(LEADER_A, PROJECT);
		assert_eq!(MockAllowances::allowance(PROJECT), Some((treasury(), 800)));

		// A leader's own node: the leader may not grant it; the other leader does.
		request(LEADER_A, 500);
		assert_noop!(
			CollectiveCapital::grant_capital(RuntimeOrigin::signed(LEADER_A), LEADER_A),
			Error::<Test>::OwnRequest
		);
		grant(LEADER_B, LEADER_A);
		assert_eq!(CollectiveCapital::budget_left(0), DEFAULT_BUDGET - 1_300);

		// The budget is exhausted: a node's request cannot be granted, and is refused.
		request(NODE, 300);
		assert_noop!(
			CollectiveCapital::grant_capital(RuntimeOrigin::signed(LEADER_B), NODE),
			Error::<Test>::BudgetExceeded
		);
		assert_ok!(CollectiveCapital::refuse_capital(
			RuntimeOrigin::signed(LEADER_B),
			NODE,
			REASON
		));

		// The Executive Council raises the budget; the node asks again and is granted.
		assert_ok!(CollectiveCapital::set_budget(RuntimeOrigin::root(), 0, 2_000));
		request(NODE, 300);
		grant(LEADER_B, NODE);

		// The project moves to another collective: anyone cleans its grant up, and collective
		// 0's budget is freed.
		MockProjects::add_project(0, PROJECT, 1);
		assert_ok!(CollectiveCapital::remove_stale_grant(RuntimeOrigin::signed(OUTSIDER), PROJECT));
		assert_eq!(MockAllowances::allowance(PROJECT), None);
		assert_eq!(CollectiveCapital::budget_left(0), 2_000 - 800);
	});
}
