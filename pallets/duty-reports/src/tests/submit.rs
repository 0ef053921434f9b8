//! `submit_report`: who may submit, when, and where the next report falls due.

use super::*;

#[test]
fn submit_report_on_time_moves_the_due_block_one_period() {
	with_nodes().build_and_execute(|| {
		run_to_block(20);
		submit(10, Subject::Member(10), false, 2 * MONTH);
		assert_eq!(due(Subject::Member(10)), Some(2 * MONTH));
		assert_eq!(LastReports::<Test>::get(Subject::Member(10)), Some((REPORT, 20)));
		// On the due block itself is still on time.
		run_to_block(2 * MONTH);
		assert_ok!(report(10, Subject::Member(10)));
		assert_eq!(due(Subject::Member(10)), Some(3 * MONTH));
	});
}

#[test]
fn submit_report_late_counts_the_next_period_from_now() {
	with_nodes().build_and_execute(|| {
		run_to_block(MONTH + 5);
		submit(10, Subject::Member(10), true, 2 * MONTH + 5);
		assert_eq!(due(Subject::Member(10)), Some(2 * MONTH + 5));
	});
}

#[test]
fn submit_report_is_signed_by_who_answers_for_it() {
	with_nodes().build_and_execute(|| {
		// Each duty began at block 1 with its own period.
		begin_body_duties();
		run_to_block(10);
		assert_ok!(report(40, Subject::Project(0)));
		assert_ok!(report(11, Subject::Leader(11)));
		assert_ok!(report(13, Subject::Commission(PROJECTS)));
		assert_ok!(report(2, Subject::Secretary));
		assert_ok!(report(3, Subject::AdvisoryCouncil));
		assert_eq!(due(Subject::Project(0)), Some(1 + 2 * PROJECT_PERIOD));
		assert_eq!(due(Subject::Leader(11)), Some(2 * LEADER_PERIOD));
		assert_eq!(due(Subject::Commission(PROJECTS)), Some(1 + 2 * COMMISSION_PERIOD));
		assert_eq!(due(Subject::Secretary), Some(1 + 2 * SECRETARY_PERIOD));
		assert_eq!(due(Subject::AdvisoryCouncil), Some(1 + 2 * ADVISORY_PERIOD));
	});
}

#[test]
fn submit_report_of_a_body_is_one_per_period() {
	ExtBuilder::default()
		.obligation(Subject::Commission(PROJECTS), COMMISSION_PERIOD)
		.answerer(Subject::Commission(PROJECTS), 12)
		.answerer(Subject::Commission(PROJECTS), 13)
		.build_and_execute(|| {
			run_to_block(10);
			// The first commissioner to submit fulfils the period for the commission.
			assert_ok!(report(13, Subject::Commission(PROJECTS)));
			assert_noop!(report(12, Subject::Commission(PROJECTS)), Error::<Test>::NotDue);
			run_to_block(COMMISSION_PERIOD + 1);
			assert_ok!(report(12, Subject::Commission(PROJECTS)));
		});
}

#[test]
fn submit_report_requires_a_signed_origin() {
	with_nodes().build_and_execute(|| {
		run_to_block(10);
		assert_noop!(
			Reports::submit_report(RuntimeOrigin::root(), Subject::Member(10), REPORT),
			BadOrigin
		);
		assert_noop!(
			Reports::submit_report(RuntimeOrigin::none(), Subject::Member(10), REPORT),
			BadOrigin
		);
	});
}

#[test]
fn submit_report_requires_an_obligation() {
	with_nodes().build_and_execute(|| {
		run_to_block(10);
		for subject in
			[Subject::Member(11), Subject::Leader(12), Subject::Project(0), Subject::Secretary]
		{
			assert_noop!(report(11, subject), Error::<Test>::NotFound);
		}
		// Answering for a subject is not enough: its duty must have begun.
		MockAnswerers::add(Subject::Member(11), 11);
		assert_noop!(report(11, Subject::Member(11)), Error::<Test>::NotFound);
	});
}

#[test]
fn submit_report_rejects_who_does_not_answer_for_it() {
	with_nodes().build_and_execute(|| {
		begin_body_duties();
		let node_integration = Subject::Commission(Commission::NodeIntegration);
		begin(node_integration.clone(), COMMISSION_PERIOD);
		MockAnswerers::add(node_integration, 12);
		run_to_block(10);
		for (who, subject) in [
			(11, Subject::Member(10)),
			(10, Subject::Project(0)),
			(10, Subject::Leader(11)),
			// A commissioner of the other commission.
			(12, Subject::Commission(PROJECTS)),
			(3, Subject::Secretary),
			(2, Subject::AdvisoryCouncil),
		] {
			assert_noop!(report(who, subject), Error::<Test>::NotReporter);
		}
	});
}

#[test]
fn submit_report_accepts_one_report_per_period() {
	with_nodes().build_and_execute(|| {
		run_to_block(20);
		assert_ok!(report(10, Subject::Member(10)));
		// The next report is for the period (30, 60].
		assert_noop!(report(10, Subject::Member(10)), Error::<Test>::NotDue);
		run_to_block(MONTH);
		assert_noop!(report(10, Subject::Member(10)), Error::<Test>::NotDue);
		run_to_block(MONTH + 1);
		assert_ok!(report(10, Subject::Member(10)));
	});
}

#[test]
fn submit_report_waits_for_the_block_after_the_obligation_began() {
	with_nodes().build_and_execute(|| {
		MockAnswerers::add(Subject::Leader(22), 22);
		run_to_block(3);
		begin(Subject::Leader(22), LEADER_PERIOD);
		assert_noop!(report(22, Subject::Leader(22)), Error::<Test>::NotDue);
		run_to_block(4);
		assert_ok!(report(22, Subject::Leader(22)));
	});
}

#[test]
fn submit_report_keeps_the_last_report_only() {
	with_nodes().build_and_execute(|| {
		run_to_block(5);
		assert_ok!(report(10, Subject::Member(10)));
		run_to_block(MONTH + 1);
		let second = H256::repeat_byte(0x45);
		assert_ok!(Reports::submit_report(RuntimeOrigin::signed(10), Subject::Member(10), second));
		assert_eq!(LastReports::<Test>::get(Subject::Member(10)), Some((second, MONTH + 1)));
	});
}

#[test]
fn submit_report_counts_the_period_its_duty_gave() {
	ExtBuilder::default()
		.obligation(Subject::Member(10), 7)
		.obligation(Subject::Leader(10), 11)
		.answerer(Subject::Member(10), 10)
		.answerer(Subject::Leader(10), 10)
		.build_and_execute(|| {
			run_to_block(2);
			assert_ok!(report(10, Subject::Member(10)));
			assert_ok!(report(10, Subject::Leader(10)));
			assert_eq!(due(Subject::Member(10)), Some(14));
			assert_eq!(due(Subject::Leader(10)), Some(22));
		});
}
