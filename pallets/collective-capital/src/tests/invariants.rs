//! The invariants of `try_state` catch broken states.

use super::*;

#[test]
fn committed_amounts_that_differ_from_the_grants_break_the_invariants() {
	ExtBuilder::default().build().execute_with(|| {
		request(PROJECT, 300);
		grant(LEADER_A, PROJECT);
		assert_ok!(CollectiveCapital::do_try_state());
		Committed::<Test>::insert(0, 299);
		assert!(CollectiveCapital::do_try_state().is_err());
		Committed::<Test>::remove(0);
		assert!(CollectiveCapital::do_try_state().is_err());
	});
}

#[test]
fn a_grant_above_the_maximum_breaks_the_invariants() {
	ExtBuilder::default().build().execute_with(|| {
		Grants::<Test>::insert(
			PROJECT,
			Grant { collective: 0, per_period: MAX_GRANT + 1, granted_by: LEADER_A, since: 1 },
		);
		Committed::<Test>::insert(0, MAX_GRANT + 1);
		assert!(CollectiveCapital::do_try_state().is_err());
	});
}

#[test]
fn a_request_from_the_future_breaks_the_invariants() {
	ExtBuilder::default().build().execute_with(|| {
		Requests::<Test>::insert(
			PROJECT,
			CapitalRequest { collective: 0, per_period: 1, purpose: PURPOSE, expires_at: 100 },
		);
		assert!(CollectiveCapital::do_try_state().is_err());
	});
}
