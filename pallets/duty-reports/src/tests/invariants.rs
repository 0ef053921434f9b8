//! `try_state`: each invariant, broken on purpose.

use super::*;

#[test]
fn try_state_detects_a_missing_obligation() {
	with_nodes().build().execute_with(|| {
		run_to_block(3);
		assert_ok!(report(10, Subject::Member(10)));
		assert_ok!(Reports::do_try_state());
		Obligations::<Test>::remove(Subject::Member(10));
		assert_eq!(Reports::do_try_state(), Err("a last report of no current obligation".into()));
	});
}

#[test]
fn try_state_detects_a_report_from_the_future() {
	with_nodes().build().execute_with(|| {
		assert_ok!(Reports::do_try_state());
		LastReports::<Test>::insert(Subject::Member(10), (REPORT, 2));
		assert_eq!(Reports::do_try_state(), Err("a report from the future".into()));
	});
}

#[test]
fn try_state_detects_a_report_within_the_period_it_closed() {
	with_nodes().build().execute_with(|| {
		run_to_block(3);
		assert_ok!(report(10, Subject::Member(10)));
		assert_ok!(Reports::do_try_state());
		Obligations::<Test>::insert(Subject::Member(10), Obligation { due: MONTH, period: MONTH });
		assert_eq!(
			Reports::do_try_state(),
			Err("a last report within the period it should have closed".into())
		);
	});
}

#[test]
fn try_state_detects_a_zero_period() {
	with_nodes().build().execute_with(|| {
		assert_ok!(Reports::do_try_state());
		Obligations::<Test>::insert(Subject::Secretary, Obligation { due: 5, period: 0 });
		assert_eq!(Reports::do_try_state(), Err("a report obligation with a zero period".into()));
	});
}
