//! Beginning and ending obligations: the implementer's side of the duties' pallets, which call
//! `begin` when a duty begins (a node approved, a leader appointed, a project approved, a seat
//! filled) and `end` when it ends.

use super::*;
use crate::WeightInfo;

#[test]
fn genesis_nodes_and_leaders_owe_reports() {
	with_nodes().build_and_execute(|| {
		// Genesis is block 0.
		for node in [10, 20, 21, 30] {
			assert_eq!(due(Subject::Member(node)), Some(MONTH));
		}
		assert_eq!(due(Subject::Leader(10)), Some(LEADER_PERIOD));
		assert_eq!(due(Subject::Leader(11)), Some(LEADER_PERIOD));
		// Subjects whose duty did not begin owe nothing.
		assert_eq!(due(Subject::Member(11)), None);
		assert_eq!(due(Subject::Leader(12)), None);
		assert_eq!(due(Subject::Secretary), None);
		assert_eq!(due(Subject::AdvisoryCouncil), None);
		assert_eq!(due(Subject::Commission(PROJECTS)), None);
	});
}

#[test]
fn begin_starts_an_obligation_due_one_period_later() {
	with_nodes().build_and_execute(|| {
		run_to_block(4);
		begin(Subject::Member(11), MONTH);
		assert_eq!(due(Subject::Member(11)), Some(4 + MONTH));
		assert_eq!(
			Obligations::<Test>::get(Subject::Member(11)),
			Some(Obligation { due: 4 + MONTH, period: MONTH })
		);
		assert_eq!(
			<Reports as ReportObligations<u64, u64>>::due(&Subject::Member(11)),
			Some(4 + MONTH)
		);
		assert_eq!(LastReports::<Test>::get(Subject::Member(11)), None);
	});
}

#[test]
fn begin_keeps_a_running_obligation() {
	ExtBuilder::default().build_and_execute(|| {
		run_to_block(2);
		begin(Subject::Commission(PROJECTS), COMMISSION_PERIOD);
		// A second commissioner joins the same obligation; a replaced Secretary's successor
		// inherits the due block: neither the due block nor the period changes.
		run_to_block(5);
		begin(Subject::Commission(PROJECTS), 2 * COMMISSION_PERIOD);
		assert_eq!(
			Obligations::<Test>::get(Subject::Commission(PROJECTS)),
			Some(Obligation { due: 2 + COMMISSION_PERIOD, period: COMMISSION_PERIOD })
		);
		// Nor does it forget the last report.
		MockAnswerers::add(Subject::Commission(PROJECTS), 13);
		run_to_block(6);
		assert_ok!(report(13, Subject::Commission(PROJECTS)));
		begin(Subject::Commission(PROJECTS), COMMISSION_PERIOD);
		assert_eq!(LastReports::<Test>::get(Subject::Commission(PROJECTS)), Some((REPORT, 6)));
		assert_eq!(due(Subject::Commission(PROJECTS)), Some(2 + 2 * COMMISSION_PERIOD));
	});
}

#[test]
fn end_removes_the_obligation_and_its_last_report() {
	with_nodes().build_and_execute(|| {
		MockAnswerers::add(Subject::Member(11), 11);
		run_to_block(4);
		begin(Subject::Member(11), MONTH);
		run_to_block(5);
		assert_ok!(report(11, Subject::Member(11)));
		assert!(LastReports::<Test>::contains_key(Subject::Member(11)));
		end(Subject::Member(11));
		assert_eq!(due(Subject::Member(11)), None);
		assert_eq!(LastReports::<Test>::get(Subject::Member(11)), None);
		assert_eq!(<Reports as ReportObligations<u64, u64>>::due(&Subject::Member(11)), None);
		// Its member cannot report any more.
		assert_noop!(report(11, Subject::Member(11)), Error::<Test>::NotFound);
	});
}

#[test]
fn end_without_an_obligation_does_nothing() {
	with_nodes().build_and_execute(|| {
		end(Subject::Member(11));
		end(Subject::Secretary);
		assert_eq!(Obligations::<Test>::iter().count(), 6);
	});
}

#[test]
fn ending_one_obligation_keeps_the_others_of_the_account() {
	with_nodes().build_and_execute(|| {
		// 10 runs a node and leads: a suspended leader loses both duties, one at a time.
		end(Subject::Member(10));
		assert_eq!(due(Subject::Member(10)), None);
		assert_eq!(due(Subject::Leader(10)), Some(LEADER_PERIOD));
		end(Subject::Leader(10));
		assert_eq!(due(Subject::Leader(10)), None);
		assert_eq!(due(Subject::Member(20)), Some(MONTH));
	});
}

#[test]
fn begin_after_end_counts_from_the_new_beginning() {
	with_nodes().build_and_execute(|| {
		run_to_block(3);
		assert_ok!(report(10, Subject::Member(10)));
		end(Subject::Member(10));
		run_to_block(10);
		begin(Subject::Member(10), MONTH);
		assert_eq!(due(Subject::Member(10)), Some(10 + MONTH));
		assert_eq!(LastReports::<Test>::get(Subject::Member(10)), None);
	});
}

#[test]
fn begin_and_end_weigh_what_the_benchmarks_measured() {
	ExtBuilder::default().build_and_execute(|| {
		let begin = <Reports as ReportObligations<u64, u64>>::begin_weight();
		let end = <Reports as ReportObligations<u64, u64>>::end_weight();
		assert_eq!(begin, <() as WeightInfo>::begin_obligation());
		assert_eq!(end, <() as WeightInfo>::end_obligation());
		assert!(begin.ref_time() > 0 && end.ref_time() > 0);
	});
}

/// A zero period is a defect of the caller: debug builds stop on it, release builds refuse it and
/// leave no obligation behind.
#[test]
#[cfg_attr(debug_assertions, should_panic(expected = "a report obligation with a zero period"))]
fn begin_with_a_zero_period_is_a_defect() {
	ExtBuilder::default().build_and_execute(|| {
		begin(Subject::Secretary, 0);
		assert_eq!(due(Subject::Secretary), None);
	});
}
