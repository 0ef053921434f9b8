//! The views: `report_due` and `overdue_reports`.

use super::*;

#[test]
fn a_node_member_becomes_overdue_until_it_reports() {
	with_nodes().build_and_execute(|| {
		run_to_block(MONTH);
		assert!(Reports::overdue_reports(None, 10).is_empty());
		run_to_block(MONTH + 1);
		let overdue = Reports::overdue_reports(None, 10);
		assert_eq!(overdue.len(), 4);
		assert!(overdue.contains(&(Subject::Member(10), MONTH)));
		// Leaders are due later.
		assert!(!overdue.iter().any(|(s, _)| matches!(s, Subject::Leader(_))));
		assert_ok!(report(10, Subject::Member(10)));
		let overdue = Reports::overdue_reports(None, 10);
		assert_eq!(overdue.len(), 3);
		assert!(!overdue.iter().any(|(s, _)| *s == Subject::Member(10)));
		assert_eq!(due(Subject::Member(10)), Some(2 * MONTH + 1));
	});
}

#[test]
fn overdue_reports_pages_from_a_subject() {
	with_nodes().build_and_execute(|| {
		run_to_block(LEADER_PERIOD + 1);
		// Four nodes and two leaders.
		let all = Reports::overdue_reports(None, MAX_OVERDUE_REPORTS);
		assert_eq!(all.len(), 6);
		assert!(Reports::overdue_reports(None, 0).is_empty());
		let first = Reports::overdue_reports(None, 4);
		assert_eq!(first, all[..4].to_vec());
		let last = first.last().map(|(s, _)| s.clone());
		let rest = Reports::overdue_reports(last, u32::MAX);
		assert_eq!(rest, all[4..].to_vec());
	});
}

#[test]
fn overdue_reports_returns_at_most_max_overdue_reports() {
	ExtBuilder::default().build_and_execute(|| {
		for who in 0..(MAX_OVERDUE_REPORTS as u64 + 10) {
			begin(Subject::Member(who), 1);
		}
		run_to_block(3);
		assert_eq!(Reports::overdue_reports(None, u32::MAX).len(), MAX_OVERDUE_REPORTS as usize);
		let first = Reports::overdue_reports(None, u32::MAX);
		let last = first.last().map(|(s, _)| s.clone());
		assert_eq!(Reports::overdue_reports(last, u32::MAX).len(), 10);
	});
}

#[test]
fn an_ended_obligation_is_never_overdue() {
	with_nodes().build_and_execute(|| {
		run_to_block(MONTH + 1);
		assert!(Reports::overdue_reports(None, 10).contains(&(Subject::Member(20), MONTH)));
		end(Subject::Member(20));
		assert!(!Reports::overdue_reports(None, 10)
			.iter()
			.any(|(s, _)| *s == Subject::Member(20)));
		assert_eq!(due(Subject::Member(20)), None);
	});
}
