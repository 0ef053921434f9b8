//! The leaders' grants and refusals.

use super::*;

#[test]
fn a_leader_grants_a_request_and_the_treasury_sponsors_the_beneficiary() {
	ExtBuilder::default().build_and_execute(|| {
		request(PROJECT, 300);
		System::set_block_number(3);
		grant(LEADER_B, PROJECT);
		assert_eq!(allowance(PROJECT), Some((treasury(), 300)));
		assert_eq!(
			Grants::<Test>::get(PROJECT),
			Some(Grant { collective: 0, per_period: 300, granted_by: LEADER_B, since: 3 })
		);
		assert_eq!(Committed::<Test>::get(0), 300);
		assert!(Requests::<Test>::get(PROJECT).is_none());
		assert_eq!(
			last_event(),
			Event::CapitalGranted {
				who: PROJECT,
				collective: 0,
				per_period: 300,
				granted_by: LEADER_B,
				treasury: treasury(),
				replaced: None,
			}
		);
	});
}

#[test]
fn only_a_leader_of_the_requests_collective_grants() {
	ExtBuilder::default().build_and_execute(|| {
		request(PROJECT, 300);
		assert_noop!(
			CollectiveCapital::grant_capital(RuntimeOrigin::signed(OUTSIDER), PROJECT),
			Error::<Test>::NotLeader
		);
		assert_noop!(
			CollectiveCapital::grant_capital(RuntimeOrigin::signed(LEADER_C), PROJECT),
			Error::<Test>::NotLeader
		);
		assert_noop!(CollectiveCapital::grant_capital(RuntimeOrigin::root(), PROJECT), BadOrigin);
	});
}

#[test]
fn a_former_leader_cannot_grant() {
	ExtBuilder::default().build_and_execute(|| {
		request(PROJECT, 300);
		MockCollectives::remove_leader(0, LEADER_B);
		assert_noop!(
			CollectiveCapital::grant_capital(RuntimeOrigin::signed(LEADER_B), PROJECT),
			Error::<Test>::NotLeader
		);
	});
}

#[test]
fn a_leader_cannot_grant_capital_to_its_own_node() {
	ExtBuilder::default().build_and_execute(|| {
		// LEADER_A runs a node of the collective it leads.
		request(LEADER_A, 300);
		assert_noop!(
			CollectiveCapital::grant_capital(RuntimeOrigin::signed(LEADER_A), LEADER_A),
			Error::<Test>::OwnRequest
		);
		assert_eq!(allowance(LEADER_A), None);
	});
}

#[test]
fn another_leader_grants_a_leaders_own_node() {
	ExtBuilder::default().build_and_execute(|| {
		request(LEADER_A, 300);
		grant(LEADER_B, LEADER_A);
		assert_eq!(allowance(LEADER_A), Some((treasury(), 300)));
		assert_eq!(Grants::<Test>::get(LEADER_A).map(|g| g.granted_by), Some(LEADER_B));
	});
}

#[test]
fn granting_a_missing_request_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveCapital::grant_capital(RuntimeOrigin::signed(LEADER_A), PROJECT),
			Error::<Test>::RequestNotFound
		);
	});
}

#[test]
fn an_expired_request_cannot_be_granted() {
	ExtBuilder::default().build_and_execute(|| {
		request(PROJECT, 300);
		System::set_block_number(1 + LIFETIME);
		assert_noop!(
			CollectiveCapital::grant_capital(RuntimeOrigin::signed(LEADER_A), PROJECT),
			Error::<Test>::RequestExpired
		);
		// Granted on its last block, it is granted.
		System::set_block_number(LIFETIME);
		grant(LEADER_A, PROJECT);
	});
}

#[test]
fn a_beneficiary_that_no_longer_qualifies_is_not_granted() {
	ExtBuilder::default().build_and_execute(|| {
		request(NODE, 300);
		MockNodes::set_node(0, NODE, false);
		assert_noop!(
			CollectiveCapital::grant_capital(RuntimeOrigin::signed(LEADER_A), NODE),
			Error::<Test>::NotEligible
		);
	});
}

#[test]
fn a_grant_beyond_the_collectives_budget_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		request(PROJECT, 1_000);
		grant(LEADER_A, PROJECT);
		request(NODE, DEFAULT_BUDGET - 1_000 + 1);
		assert_noop!(
			CollectiveCapital::grant_capital(RuntimeOrigin::signed(LEADER_A), NODE),
			Error::<Test>::BudgetExceeded
		);
		assert_eq!(allowance(NODE), None);
		assert_ok!(CollectiveCapital::withdraw_capital_request(RuntimeOrigin::signed(NODE)));
		request(NODE, DEFAULT_BUDGET - 1_000);
		grant(LEADER_A, NODE);
		assert_eq!(CollectiveCapital::budget_left(0), 0);
	});
}

#[test]
fn the_budgets_of_other_collectives_do_not_count() {
	ExtBuilder::default().build_and_execute(|| {
		request(PROJECT, 1_000);
		grant(LEADER_A, PROJECT);
		request(OTHER_PROJECT, 1_000);
		grant(LEADER_C, OTHER_PROJECT);
		assert_eq!(Committed::<Test>::get(0), 1_000);
		assert_eq!(Committed::<Test>::get(1), 1_000);
	});
}

#[test]
fn a_new_grant_replaces_the_old_one_in_the_budget() {
	ExtBuilder::default().build_and_execute(|| {
		request(PROJECT, 1_000);
		grant(LEADER_A, PROJECT);
		request(NODE, 500);
		grant(LEADER_A, NODE);
		assert_eq!(CollectiveCapital::budget_left(0), 0);
		// 1_000 replaced by 900: 1_400 committed, within the budget.
		request(PROJECT, 900);
		grant(LEADER_B, PROJECT);
		assert_eq!(Committed::<Test>::get(0), 1_400);
		assert_eq!(allowance(PROJECT), Some((treasury(), 900)));
		assert_eq!(
			last_event(),
			Event::CapitalGranted {
				who: PROJECT,
				collective: 0,
				per_period: 900,
				granted_by: LEADER_B,
				treasury: treasury(),
				replaced: Some(1_000),
			}
		);
	});
}

#[test]
fn a_grant_from_a_new_collective_frees_the_old_collectives_budget() {
	ExtBuilder::default().build_and_execute(|| {
		request(PROJECT, 700);
		grant(LEADER_A, PROJECT);
		// The project now belongs to collective 1.
		MockProjects::add_project(0, PROJECT, 1);
		request(PROJECT, 400);
		grant(LEADER_C, PROJECT);
		assert_eq!(Committed::<Test>::get(0), 0);
		assert_eq!(Committed::<Test>::get(1), 400);
		assert_eq!(Grants::<Test>::get(PROJECT).map(|g| g.collective), Some(1));
	});
}

#[test]
fn an_allowance_error_reverts_the_grant() {
	ExtBuilder::default().build_and_execute(|| {
		request(PROJECT, 300);
		MockAllowances::refuse(Some(DispatchError::Other("sponsorship unavailable")));
		assert_noop!(
			CollectiveCapital::grant_capital(RuntimeOrigin::signed(LEADER_A), PROJECT),
			DispatchError::Other("sponsorship unavailable")
		);
		MockAllowances::refuse(None);
		assert!(Requests::<Test>::get(PROJECT).is_some());
		assert_eq!(Committed::<Test>::get(0), 0);
	});
}

#[test]
fn a_leader_refuses_a_request() {
	ExtBuilder::default().build_and_execute(|| {
		request(PROJECT, 300);
		assert_ok!(CollectiveCapital::refuse_capital(
			RuntimeOrigin::signed(LEADER_B),
			PROJECT,
			REASON
		));
		assert!(Requests::<Test>::get(PROJECT).is_none());
		assert_eq!(allowance(PROJECT), None);
		assert_eq!(
			last_event(),
			Event::CapitalRefused {
				who: PROJECT,
				collective: 0,
				refused_by: LEADER_B,
				reason: REASON,
			}
		);
	});
}

#[test]
fn only_another_leader_of_the_collective_refuses() {
	ExtBuilder::default().build_and_execute(|| {
		request(LEADER_A, 300);
		assert_noop!(
			CollectiveCapital::refuse_capital(RuntimeOrigin::signed(LEADER_A), LEADER_A, REASON),
			Error::<Test>::OwnRequest
		);
		assert_noop!(
			CollectiveCapital::refuse_capital(RuntimeOrigin::signed(LEADER_C), LEADER_A, REASON),
			Error::<Test>::NotLeader
		);
		assert_noop!(
			CollectiveCapital::refuse_capital(RuntimeOrigin::signed(LEADER_B), PROJECT, REASON),
			Error::<Test>::RequestNotFound
		);
		assert_noop!(
			CollectiveCapital::refuse_capital(RuntimeOrigin::root(), LEADER_A, REASON),
			BadOrigin
		);
	});
}
