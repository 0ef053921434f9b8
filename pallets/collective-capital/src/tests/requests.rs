//! Requesting capital, withdrawing a request, removing an expired one.

use super::*;

#[test]
fn a_project_account_requests_capital_from_its_collective() {
	ExtBuilder::default().build_and_execute(|| {
		request(PROJECT, 300);
		assert_eq!(
			Requests::<Test>::get(PROJECT),
			Some(CapitalRequest {
				collective: 0,
				per_period: 300,
				purpose: PURPOSE,
				expires_at: 1 + LIFETIME,
			})
		);
		assert_eq!(
			last_event(),
			Event::CapitalRequested {
				who: PROJECT,
				collective: 0,
				per_period: 300,
				purpose: PURPOSE,
				expires_at: 1 + LIFETIME,
			}
		);
	});
}

#[test]
fn an_active_node_requests_capital_from_its_collective() {
	ExtBuilder::default().build_and_execute(|| {
		request(NODE, 300);
		assert_eq!(Requests::<Test>::get(NODE).map(|r| r.collective), Some(0));
	});
}

#[test]
fn the_collective_comes_from_the_project() {
	ExtBuilder::default().build_and_execute(|| {
		request(OTHER_PROJECT, 300);
		assert_eq!(Requests::<Test>::get(OTHER_PROJECT).map(|r| r.collective), Some(1));
	});
}

#[test]
fn an_account_without_node_or_project_cannot_request() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveCapital::request_capital(RuntimeOrigin::signed(OUTSIDER), 300, PURPOSE),
			Error::<Test>::NotEligible
		);
		// A leader without a node is not a beneficiary either.
		assert_noop!(
			CollectiveCapital::request_capital(RuntimeOrigin::signed(LEADER_B), 300, PURPOSE),
			Error::<Test>::NotEligible
		);
	});
}

#[test]
fn a_suspended_node_cannot_request() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveCapital::request_capital(RuntimeOrigin::signed(SUSPENDED_NODE), 300, PURPOSE),
			Error::<Test>::NotEligible
		);
	});
}

#[test]
fn a_request_must_be_signed() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveCapital::request_capital(RuntimeOrigin::root(), 300, PURPOSE),
			BadOrigin
		);
	});
}

#[test]
fn a_request_of_zero_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveCapital::request_capital(RuntimeOrigin::signed(PROJECT), 0, PURPOSE),
			Error::<Test>::ZeroAmount
		);
	});
}

#[test]
fn a_request_above_the_maximum_grant_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveCapital::request_capital(
				RuntimeOrigin::signed(PROJECT),
				MAX_GRANT + 1,
				PURPOSE
			),
			Error::<Test>::AmountAboveMaximum
		);
		request(PROJECT, MAX_GRANT);
	});
}

#[test]
fn a_second_pending_request_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		request(PROJECT, 300);
		assert_noop!(
			CollectiveCapital::request_capital(RuntimeOrigin::signed(PROJECT), 200, PURPOSE),
			Error::<Test>::AlreadyRequested
		);
	});
}

#[test]
fn requests_beyond_the_maximum_pending_are_refused() {
	ExtBuilder::default().build_and_execute(|| {
		request(PROJECT, 300);
		request(NODE, 300);
		request(OTHER_PROJECT, 300);
		assert_eq!(Requests::<Test>::count(), MAX_PENDING);
		assert_noop!(
			CollectiveCapital::request_capital(RuntimeOrigin::signed(LEADER_A), 300, PURPOSE),
			Error::<Test>::TooManyRequests
		);
		// A place freed is a place taken.
		assert_ok!(CollectiveCapital::withdraw_capital_request(RuntimeOrigin::signed(NODE)));
		request(LEADER_A, 300);
	});
}

#[test]
fn a_beneficiary_with_a_grant_may_request_a_change() {
	ExtBuilder::default().build_and_execute(|| {
		request(PROJECT, 300);
		grant(LEADER_A, PROJECT);
		request(PROJECT, 500);
		assert_eq!(Requests::<Test>::get(PROJECT).map(|r| r.per_period), Some(500));
	});
}

#[test]
fn the_requester_withdraws_its_request() {
	ExtBuilder::default().build_and_execute(|| {
		request(PROJECT, 300);
		assert_ok!(CollectiveCapital::withdraw_capital_request(RuntimeOrigin::signed(PROJECT)));
		assert!(Requests::<Test>::get(PROJECT).is_none());
		assert_eq!(Requests::<Test>::count(), 0);
		assert_eq!(last_event(), Event::CapitalRequestWithdrawn { who: PROJECT });
	});
}

#[test]
fn withdrawing_without_a_request_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveCapital::withdraw_capital_request(RuntimeOrigin::signed(PROJECT)),
			Error::<Test>::RequestNotFound
		);
		assert_noop!(CollectiveCapital::withdraw_capital_request(RuntimeOrigin::root()), BadOrigin);
	});
}

#[test]
fn anyone_removes_an_expired_request() {
	ExtBuilder::default().build_and_execute(|| {
		request(PROJECT, 300);
		System::set_block_number(1 + LIFETIME);
		assert_ok!(CollectiveCapital::remove_expired_request(
			RuntimeOrigin::signed(OUTSIDER),
			PROJECT
		));
		assert!(Requests::<Test>::get(PROJECT).is_none());
		assert_eq!(last_event(), Event::CapitalRequestExpired { who: PROJECT });
	});
}

#[test]
fn a_live_request_cannot_be_removed_as_expired() {
	ExtBuilder::default().build_and_execute(|| {
		request(PROJECT, 300);
		System::set_block_number(LIFETIME);
		assert_noop!(
			CollectiveCapital::remove_expired_request(RuntimeOrigin::signed(OUTSIDER), PROJECT),
			Error::<Test>::NotExpired
		);
	});
}

#[test]
fn removing_a_missing_request_as_expired_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveCapital::remove_expired_request(RuntimeOrigin::signed(OUTSIDER), PROJECT),
			Error::<Test>::RequestNotFound
		);
		assert_noop!(
			CollectiveCapital::remove_expired_request(RuntimeOrigin::root(), PROJECT),
			BadOrigin
		);
	});
}

// A request that would succeed is feeless.

fn is_feeless(who: u64, per_period: u128) -> bool {
	use frame_support::dispatch::CheckIfFeeless;
	let call = crate::Call::<Test>::request_capital { per_period, purpose: PURPOSE };
	call.is_feeless(&RuntimeOrigin::signed(who))
}

#[test]
fn a_request_that_would_succeed_is_feeless_and_any_other_is_charged() {
	ExtBuilder::default().build_and_execute(|| {
		assert!(is_feeless(PROJECT, 300));
		assert!(is_feeless(NODE, 300));
		// Not a node nor a project: charged (and refused).
		assert!(!is_feeless(99, 300));
		// Out of bounds: charged.
		assert!(!is_feeless(PROJECT, 0));
		assert!(!is_feeless(PROJECT, u128::MAX));
		// A none origin is never feeless.
		let call = crate::Call::<Test>::request_capital { per_period: 300, purpose: PURPOSE };
		assert!(!frame_support::dispatch::CheckIfFeeless::is_feeless(
			&call,
			&RuntimeOrigin::none()
		));
		// One free request at a time: with one pending, the next is charged.
		request(PROJECT, 300);
		assert!(!is_feeless(PROJECT, 300));
	});
}
