//! The report obligations of the members that run nodes, as asked of [`MockReports`].

use super::*;
use bmx_primitives::governance::ReportObligations;

type Reports = MockReports<Test>;

fn due(who: u64) -> Option<u64> {
	<Reports as ReportObligations<u64, u64>>::due(&ReportSubject::Member(who))
}

#[test]
fn genesis_nodes_owe_reports() {
	with_nodes().build_and_execute(|| {
		// Genesis is block 0.
		for node in [10, 20, 21, 30] {
			assert_eq!(due(node), Some(MONTH));
		}
		assert_eq!(
			Reports::calls(),
			[10, 20, 21, 30]
				.map(|n| ReportCall::Begin(ReportSubject::Member(n), MONTH))
				.to_vec()
		);
		// A member without a node.
		assert_eq!(due(11), None);
	});
}

#[test]
fn a_node_owes_reports_while_it_runs() {
	with_nodes().build_and_execute(|| {
		endorsed(11);
		System::set_block_number(4);
		assert_ok!(NodeIntegration::approve_node(commission(), 11));
		assert_eq!(
			Reports::calls().last(),
			Some(&ReportCall::Begin(ReportSubject::Member(11), MONTH))
		);
		assert_eq!(due(11), Some(4 + MONTH));
		// A suspended node still runs: its member still reports.
		assert_ok!(NodeIntegration::suspend_node(commission(), 11, REASON));
		assert_ok!(NodeIntegration::resume_node(commission(), 11));
		assert_eq!(due(11), Some(4 + MONTH));
		assert_ok!(NodeIntegration::suspend_node(commission(), 11, REASON));
		assert_ok!(NodeIntegration::remove_node(commission(), 11, REASON));
		assert_eq!(Reports::calls().last(), Some(&ReportCall::End(ReportSubject::Member(11))));
		assert_eq!(due(11), None);
	});
}

#[test]
fn suspension_and_expulsion_end_a_members_obligations() {
	with_nodes().build_and_execute(|| {
		assert_ok!(lose_membership(10, MembershipLoss::Suspended, REASON));
		assert_eq!(due(10), None);
		assert_ok!(NodeIntegration::suspend_node(commission(), 21, REASON));
		assert_ok!(lose_membership(21, MembershipLoss::Expelled, REASON));
		assert_eq!(due(21), None);
		assert_eq!(due(20), Some(MONTH));
	});
}

#[test]
fn a_refused_change_asks_nothing_of_the_reports() {
	with_nodes().build_and_execute(|| {
		let before = Reports::calls();
		endorsed(12);
		MaxValidators::set(4);
		assert_noop!(
			NodeIntegration::approve_node(commission(), 12),
			Error::<Test>::TooManyValidators
		);
		assert_noop!(
			NodeIntegration::remove_node(commission(), 30, REASON),
			Error::<Test>::LastNodeOfCollective
		);
		assert_eq!(Reports::calls(), before);
	});
}
