//! Capital: each collective's treasury, and the leaders' grants to their nodes and projects
//! within a limit per period.

use super::*;
use crate::CapitalGranted;
use frame_support::traits::fungible::Mutate;

fn treasury() -> u64 {
	Projects::treasury_account(ACADEMIA)
}

/// Give Academia's treasury a balance of `amount`.
fn fund(amount: u64) {
	assert_eq!(<Balances as Mutate<u64>>::set_balance(&treasury(), amount), amount);
}

fn grant(leader: u64, beneficiary: u64, amount: u64) -> DispatchResult {
	Projects::grant_capital(RuntimeOrigin::signed(leader), ACADEMIA, beneficiary, amount)
}

#[test]
#[should_panic(expected = "CapitalPeriod must not be zero")]
fn integrity_test_requires_a_capital_period() {
	CapitalPeriodBlocks::set(0);
	<Projects as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "MaxGrantPerPeriod must not be zero")]
fn integrity_test_requires_a_grant_limit() {
	GrantLimit::set(0);
	<Projects as Hooks<u64>>::integrity_test();
}

#[test]
fn anyone_funds_a_treasury_with_a_transfer() {
	with_nodes().build_and_execute(|| {
		assert_eq!(Projects::treasury_balance(ACADEMIA), 0);
		assert!(![1, 10, 11, 40, 99].contains(&treasury()));
		assert_ok!(Balances::transfer_keep_alive(RuntimeOrigin::signed(1), treasury(), 40));
		assert_eq!(Projects::treasury_balance(ACADEMIA), 40);
		// The treasury keeps its existential deposit (1 in the mock).
		assert_eq!(Projects::capital_available(ACADEMIA), 39);
	});
}

// grant_capital

#[test]
fn grant_capital_to_a_node_works() {
	with_nodes().build_and_execute(|| {
		fund(101);
		let before = free(10);
		assert_ok!(grant(11, 10, 30));
		assert_eq!(
			last_event(),
			Event::CapitalGranted {
				collective: ACADEMIA,
				beneficiary: 10,
				amount: 30,
				period: 0,
				granted_in_period: 30,
			}
		);
		assert_eq!(free(10), before + 30);
		assert_eq!(Projects::treasury_balance(ACADEMIA), 71);
		assert_eq!(CapitalGranted::<Test>::get(ACADEMIA), Some((0, 30)));
		assert_eq!(Projects::capital_available(ACADEMIA), MAX_GRANT - 30);
		// A second grant in the same period adds up.
		assert_ok!(grant(10, 10, 5));
		assert_eq!(CapitalGranted::<Test>::get(ACADEMIA), Some((0, 35)));
	});
}

#[test]
fn grant_capital_to_a_registered_project_works() {
	with_nodes().build_and_execute(|| {
		fund(101);
		let id = registered(APP);
		assert_ok!(grant(10, APP, 20));
		assert_eq!(free(APP), 20);
		assert!(has_event(Event::CapitalGranted {
			collective: ACADEMIA,
			beneficiary: APP,
			amount: 20,
			period: 0,
			granted_in_period: 20,
		}));
		// A retired project receives nothing more.
		assert_ok!(Projects::retire_project(RuntimeOrigin::root(), id, REASON));
		assert_noop!(grant(10, APP, 5), Error::<Test>::NotBeneficiary);
	});
}

#[test]
fn grant_capital_requires_a_signed_origin() {
	with_nodes().build_and_execute(|| {
		fund(101);
		assert_noop!(Projects::grant_capital(RuntimeOrigin::root(), ACADEMIA, 10, 5), BadOrigin);
	});
}

#[test]
fn grant_capital_rejects_an_unknown_collective() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			Projects::grant_capital(RuntimeOrigin::signed(10), 9, 10, 5),
			Error::<Test>::CollectiveNotFound
		);
	});
}

#[test]
fn grant_capital_requires_a_leader_of_the_collective() {
	with_nodes().build_and_execute(|| {
		fund(101);
		// 13 is a member of Academia, not a leader; 20 belongs to Empresas.
		for signer in [13, 20] {
			assert_noop!(grant(signer, 10, 5), Error::<Test>::NotLeader);
		}
	});
}

#[test]
fn grant_capital_requires_a_leader_up_to_date_with_the_code() {
	with_nodes().build_and_execute(|| {
		fund(101);
		MockCollectives::set_ethics_current(11, false);
		assert_noop!(grant(11, 10, 5), Error::<Test>::LeaderCodeOfEthicsOutdated);
	});
}

#[test]
fn grant_capital_rejects_a_zero_amount() {
	with_nodes().build_and_execute(|| {
		fund(101);
		assert_noop!(grant(11, 10, 0), Error::<Test>::ZeroAmount);
	});
}

#[test]
fn grant_capital_is_for_the_collectives_nodes_and_projects() {
	with_nodes().build_and_execute(|| {
		fund(101);
		propose(APP);
		// A node of Empresas, a member without a node, a pending project and a stranger.
		for beneficiary in [20, 12, APP, 99] {
			assert_noop!(grant(11, beneficiary, 5), Error::<Test>::NotBeneficiary);
		}
	});
}

#[test]
fn grant_capital_gives_nothing_to_a_suspended_node() {
	with_nodes().build_and_execute(|| {
		fund(101);
		MockNodes::set_node(ACADEMIA, 12, false);
		assert_noop!(grant(11, 12, 5), Error::<Test>::NotBeneficiary);
		// Resumed, it receives capital again.
		MockNodes::set_node(ACADEMIA, 12, true);
		assert_ok!(grant(11, 12, 5));
	});
}

#[test]
fn grant_capital_rejects_an_overflow() {
	with_nodes().build_and_execute(|| {
		fund(101);
		assert_ok!(grant(11, 10, 1));
		assert_noop!(grant(11, 10, u64::MAX), Error::<Test>::CapitalOverflow);
	});
}

#[test]
fn grant_capital_keeps_within_the_limit_per_period() {
	with_nodes().build_and_execute(|| {
		fund(1_000);
		assert_noop!(grant(11, 10, MAX_GRANT + 1), Error::<Test>::GrantLimitExceeded);
		assert_ok!(grant(11, 10, 30));
		assert_noop!(grant(11, 10, MAX_GRANT - 29), Error::<Test>::GrantLimitExceeded);
		assert_ok!(grant(11, 10, MAX_GRANT - 30));
		assert_eq!(Projects::capital_available(ACADEMIA), 0);
	});
}

#[test]
fn grant_capital_keeps_the_treasury_alive() {
	with_nodes().build_and_execute(|| {
		fund(30);
		assert_noop!(grant(11, 10, 30), Error::<Test>::InsufficientTreasuryFunds);
		assert_ok!(grant(11, 10, 29));
		assert_eq!(Projects::treasury_balance(ACADEMIA), 1);
		assert_noop!(grant(11, 10, 1), Error::<Test>::InsufficientTreasuryFunds);
	});
}

#[test]
fn capital_limit_resets_in_the_next_period() {
	with_nodes().build_and_execute(|| {
		fund(1_000);
		// Period 0: blocks 0 to 9.
		assert_ok!(grant(11, 10, MAX_GRANT));
		assert_noop!(grant(11, 10, 1), Error::<Test>::GrantLimitExceeded);
		run_to_block(CAPITAL_PERIOD - 1);
		assert_noop!(grant(11, 10, 1), Error::<Test>::GrantLimitExceeded);
		// Period 1 starts at block 10 with the whole limit.
		run_to_block(CAPITAL_PERIOD);
		assert_eq!(Projects::capital_available(ACADEMIA), MAX_GRANT);
		assert_ok!(grant(11, 10, 20));
		assert_eq!(
			last_event(),
			Event::CapitalGranted {
				collective: ACADEMIA,
				beneficiary: 10,
				amount: 20,
				period: 1,
				granted_in_period: 20,
			}
		);
		assert_eq!(CapitalGranted::<Test>::get(ACADEMIA), Some((1, 20)));
		assert_ok!(grant(11, 10, MAX_GRANT - 20));
		assert_noop!(grant(11, 10, 1), Error::<Test>::GrantLimitExceeded);
	});
}
