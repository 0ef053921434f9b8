//! Tests of checks and balances: the report obligations that come with each duty, the reports
//! themselves and who is overdue.

use super::{
	projects::{
		projects_commission, propose, registered, repository, APP, DESCRIPTION, JUSTIFICATION,
	},
	*,
};
use crate::traits::ProjectInspect;
use crate::{
	Commission, ExecutiveSeat, LastReports, NextProjectId, ReportDue, ReportSubject,
	MAX_OVERDUE_REPORTS,
};
use frame_support::traits::fungible::Mutate;

type Subject = ReportSubject<u64>;

/// The hash of a report.
const REPORT: DocumentHash = H256::repeat_byte(0x44);
const PROJECT_PERIOD: u64 = 60;
const LEADER_PERIOD: u64 = 60;
const COMMISSION_PERIOD: u64 = 30;
const SECRETARY_PERIOD: u64 = 90;
const ADVISORY_PERIOD: u64 = 90;
const PROJECTS: Commission = Commission::Projects;

/// Genesis with nodes 10 (Academia), 20 and 21 (Empresas) and 30 (Sector publico).
fn with_nodes() -> ExtBuilder {
	ExtBuilder::default().validators(vec![
		(10, ACADEMIA),
		(20, EMPRESAS),
		(21, EMPRESAS),
		(30, SECTOR_PUBLICO),
	])
}

fn due(subject: Subject) -> Option<u64> {
	Collectives::report_due(subject)
}

fn report(who: u64, subject: Subject) -> sp_runtime::DispatchResult {
	Collectives::submit_report(RuntimeOrigin::signed(who), subject, REPORT)
}

/// Academia's leader 10 proposes `who` for `seat` and the Advisory Council designates it.
fn designate(seat: ExecutiveSeat, who: u64) {
	assert_ok!(Collectives::propose_executive(RuntimeOrigin::signed(10), seat, who));
	assert_ok!(Collectives::designate_executive(RuntimeOrigin::signed(ADVISORY), seat, who));
}

fn admit_advisor(who: u64) {
	assert_ok!(Collectives::request_advisory_seat(RuntimeOrigin::signed(who), DOC));
	assert_ok!(Collectives::admit_advisor(RuntimeOrigin::root(), who));
}

#[test]
#[should_panic(expected = "MemberReportPeriod must not be zero")]
fn integrity_test_requires_report_periods() {
	MemberReportPeriod::set(0);
	<Collectives as Hooks<u64>>::integrity_test();
}

// Obligations.

#[test]
fn genesis_nodes_and_leaders_owe_reports() {
	with_nodes().build_and_execute(|| {
		// Genesis is block 0.
		for node in [10, 20, 21, 30] {
			assert_eq!(due(Subject::Member(node)), Some(MONTH));
		}
		assert_eq!(due(Subject::Leader(10)), Some(LEADER_PERIOD));
		assert_eq!(due(Subject::Leader(11)), Some(LEADER_PERIOD));
		// A member without a node, a member that leads nothing, vacant seats.
		assert_eq!(due(Subject::Member(11)), None);
		assert_eq!(due(Subject::Leader(12)), None);
		assert_eq!(due(Subject::Secretary), None);
		assert_eq!(due(Subject::AdvisoryCouncil), None);
		assert_eq!(due(Subject::Commission(PROJECTS)), None);
	});
}

#[test]
fn a_node_owes_reports_while_it_runs() {
	with_nodes().build_and_execute(|| {
		register_keys(11);
		assert_ok!(Collectives::apply_for_node(RuntimeOrigin::signed(11), DOC, DOC));
		assert_ok!(Collectives::endorse_node(RuntimeOrigin::signed(10), 11));
		assert_ok!(Collectives::endorse_node(RuntimeOrigin::signed(11), 11));
		run_to_block(4);
		assert_ok!(Collectives::approve_node(RuntimeOrigin::signed(NODE_COMMISSION), 11));
		assert_eq!(due(Subject::Member(11)), Some(4 + MONTH));
		// A suspended node still runs: its member still reports.
		assert_ok!(Collectives::suspend_node(RuntimeOrigin::signed(NODE_COMMISSION), 11, REASON));
		assert_eq!(due(Subject::Member(11)), Some(4 + MONTH));
		run_to_block(5);
		assert_ok!(report(11, Subject::Member(11)));
		assert!(LastReports::<Test>::contains_key(Subject::Member(11)));
		assert_ok!(Collectives::remove_node(RuntimeOrigin::signed(NODE_COMMISSION), 11, REASON));
		assert_eq!(due(Subject::Member(11)), None);
		assert_eq!(LastReports::<Test>::get(Subject::Member(11)), None);
	});
}

#[test]
fn suspension_and_expulsion_end_a_members_obligations() {
	with_nodes().build_and_execute(|| {
		assert_ok!(Collectives::suspend_member(RuntimeOrigin::root(), 10, REASON));
		assert_eq!(due(Subject::Member(10)), None);
		assert_eq!(due(Subject::Leader(10)), None);
		assert_ok!(Collectives::expel_member(RuntimeOrigin::root(), 20, REASON));
		assert_eq!(due(Subject::Member(20)), None);
	});
}

#[test]
fn a_leader_owes_reports_while_it_leads() {
	with_nodes().build_and_execute(|| {
		run_to_block(3);
		assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), EMPRESAS, 22));
		assert_eq!(due(Subject::Leader(22)), Some(3 + LEADER_PERIOD));
		assert_ok!(Collectives::remove_leader(RuntimeOrigin::root(), EMPRESAS, 22));
		assert_eq!(due(Subject::Leader(22)), None);
		assert_ok!(Collectives::leave(RuntimeOrigin::signed(11)));
		assert_eq!(due(Subject::Leader(11)), None);
		// The term of 10 ends by itself.
		run_to_block(TERM);
		assert_eq!(due(Subject::Leader(10)), None);
	});
}

#[test]
fn a_commission_owes_reports_while_it_has_a_commissioner() {
	with_nodes().build_and_execute(|| {
		let academia = ExecutiveSeat::Commissioner(PROJECTS, ACADEMIA);
		let empresas = ExecutiveSeat::Commissioner(PROJECTS, EMPRESAS);
		run_to_block(2);
		designate(academia, 13);
		assert_eq!(due(Subject::Commission(PROJECTS)), Some(2 + COMMISSION_PERIOD));
		assert_eq!(due(Subject::Commission(Commission::NodeIntegration)), None);
		// A second commissioner joins the same obligation.
		assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), EMPRESAS, 20));
		assert_ok!(Collectives::propose_executive(RuntimeOrigin::signed(20), empresas, 22));
		run_to_block(5);
		assert_ok!(Collectives::designate_executive(RuntimeOrigin::signed(ADVISORY), empresas, 22));
		assert_eq!(due(Subject::Commission(PROJECTS)), Some(2 + COMMISSION_PERIOD));
		assert_ok!(Collectives::remove_executive(RuntimeOrigin::signed(ADVISORY), academia));
		assert_eq!(due(Subject::Commission(PROJECTS)), Some(2 + COMMISSION_PERIOD));
		// Its last commissioner loses the seat with the membership.
		assert_ok!(Collectives::leave(RuntimeOrigin::signed(22)));
		assert_eq!(due(Subject::Commission(PROJECTS)), None);
	});
}

#[test]
fn the_secretary_and_the_advisory_council_owe_reports_while_seated() {
	with_nodes().build_and_execute(|| {
		designate(ExecutiveSeat::Secretary, 2);
		assert_eq!(due(Subject::Secretary), Some(1 + SECRETARY_PERIOD));
		admit_advisor(3);
		admit_advisor(4);
		assert_eq!(due(Subject::AdvisoryCouncil), Some(1 + ADVISORY_PERIOD));
		assert_ok!(Collectives::remove_advisor(RuntimeOrigin::root(), 3));
		assert_eq!(due(Subject::AdvisoryCouncil), Some(1 + ADVISORY_PERIOD));
		assert_ok!(Collectives::remove_advisor(RuntimeOrigin::root(), 4));
		assert_eq!(due(Subject::AdvisoryCouncil), None);
		// The Secretary's term ends by itself.
		run_to_block(1 + EXECUTIVE_TERM);
		assert_eq!(due(Subject::Secretary), None);
	});
}

#[test]
fn a_project_owes_reports_while_registered() {
	with_nodes().build_and_execute(|| {
		let id = propose(APP);
		assert_eq!(due(Subject::Project(id)), None);
		assert_ok!(Collectives::recommend_project(projects_commission(), id));
		assert_ok!(Collectives::approve_project(RuntimeOrigin::root(), id));
		assert_eq!(due(Subject::Project(id)), Some(1 + PROJECT_PERIOD));
		assert_ok!(Collectives::retire_project(RuntimeOrigin::root(), id, REASON));
		assert_eq!(due(Subject::Project(id)), None);
	});
}

// submit_report

#[test]
fn submit_report_on_time_moves_the_due_block_one_period() {
	with_nodes().build_and_execute(|| {
		run_to_block(20);
		assert_ok!(report(10, Subject::Member(10)));
		assert_eq!(
			last_event(),
			Event::ReportSubmitted {
				subject: Subject::Member(10),
				document: REPORT,
				late: false,
				next_due: 2 * MONTH,
			}
		);
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
		assert_ok!(report(10, Subject::Member(10)));
		assert_eq!(
			last_event(),
			Event::ReportSubmitted {
				subject: Subject::Member(10),
				document: REPORT,
				late: true,
				next_due: 2 * MONTH + 5,
			}
		);
	});
}

#[test]
fn submit_report_is_signed_by_who_answers_for_it() {
	with_nodes().build_and_execute(|| {
		assert_eq!(<Balances as Mutate<u64>>::set_balance(&APP, 1), 1);
		let id = registered(APP);
		designate(ExecutiveSeat::Commissioner(PROJECTS, ACADEMIA), 13);
		designate(ExecutiveSeat::Secretary, 2);
		admit_advisor(3);
		run_to_block(10);
		assert_ok!(report(APP, Subject::Project(id)));
		assert_ok!(report(11, Subject::Leader(11)));
		assert_ok!(report(13, Subject::Commission(PROJECTS)));
		assert_ok!(report(2, Subject::Secretary));
		assert_ok!(report(3, Subject::AdvisoryCouncil));
		assert_eq!(due(Subject::Project(id)), Some(1 + 2 * PROJECT_PERIOD));
		assert_eq!(due(Subject::Leader(11)), Some(2 * LEADER_PERIOD));
		assert_eq!(due(Subject::Commission(PROJECTS)), Some(1 + 2 * COMMISSION_PERIOD));
		assert_eq!(due(Subject::Secretary), Some(1 + 2 * SECRETARY_PERIOD));
		assert_eq!(due(Subject::AdvisoryCouncil), Some(1 + 2 * ADVISORY_PERIOD));
	});
}

#[test]
fn submit_report_requires_a_signed_origin() {
	with_nodes().build_and_execute(|| {
		run_to_block(10);
		assert_noop!(
			Collectives::submit_report(RuntimeOrigin::root(), Subject::Member(10), REPORT),
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
			assert_noop!(report(11, subject), Error::<Test>::NoReportDue);
		}
	});
}

#[test]
fn submit_report_rejects_who_does_not_answer_for_it() {
	with_nodes().build_and_execute(|| {
		let id = registered(APP);
		designate(ExecutiveSeat::Commissioner(Commission::NodeIntegration, ACADEMIA), 12);
		designate(ExecutiveSeat::Commissioner(PROJECTS, ACADEMIA), 13);
		designate(ExecutiveSeat::Secretary, 2);
		admit_advisor(3);
		run_to_block(10);
		for (who, subject) in [
			(11, Subject::Member(10)),
			(10, Subject::Project(id)),
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
		assert_noop!(report(10, Subject::Member(10)), Error::<Test>::ReportNotDue);
		run_to_block(MONTH);
		assert_noop!(report(10, Subject::Member(10)), Error::<Test>::ReportNotDue);
		run_to_block(MONTH + 1);
		assert_ok!(report(10, Subject::Member(10)));
	});
}

#[test]
fn submit_report_waits_for_the_block_after_the_obligation_began() {
	with_nodes().build_and_execute(|| {
		run_to_block(3);
		assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), EMPRESAS, 22));
		assert_noop!(report(22, Subject::Leader(22)), Error::<Test>::ReportNotDue);
		run_to_block(4);
		assert_ok!(report(22, Subject::Leader(22)));
	});
}

// Overdue reports.

#[test]
fn a_node_member_becomes_overdue_until_it_reports() {
	with_nodes().build_and_execute(|| {
		run_to_block(MONTH);
		assert!(Collectives::overdue_reports(None, 10).is_empty());
		run_to_block(MONTH + 1);
		let overdue = Collectives::overdue_reports(None, 10);
		assert_eq!(overdue.len(), 4);
		assert!(overdue.contains(&(Subject::Member(10), MONTH)));
		// Leaders are due later.
		assert!(!overdue.iter().any(|(s, _)| matches!(s, Subject::Leader(_))));
		assert_ok!(report(10, Subject::Member(10)));
		let overdue = Collectives::overdue_reports(None, 10);
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
		let all = Collectives::overdue_reports(None, MAX_OVERDUE_REPORTS);
		assert_eq!(all.len(), 6);
		assert!(Collectives::overdue_reports(None, 0).is_empty());
		let first = Collectives::overdue_reports(None, 4);
		assert_eq!(first, all[..4].to_vec());
		let last = first.last().map(|(s, _)| s.clone());
		let rest = Collectives::overdue_reports(last, u32::MAX);
		assert_eq!(rest, all[4..].to_vec());
	});
}

#[test]
fn try_state_detects_a_missing_obligation() {
	with_nodes().build().execute_with(|| {
		assert_ok!(Collectives::do_try_state());
		ReportDue::<Test>::remove(Subject::Member(10));
		assert_eq!(
			Collectives::do_try_state(),
			Err("report obligations differ from the current duties".into())
		);
	});
}

// The journey.

#[test]
fn a_project_goes_from_the_leaders_to_the_register_gets_capital_and_reports() {
	with_nodes().build_and_execute(|| {
		// Academia's leader proposes a project run by account 40.
		let id = NextProjectId::<Test>::get();
		assert_ok!(Collectives::propose_project(
			RuntimeOrigin::signed(11),
			ACADEMIA,
			APP,
			DESCRIPTION,
			JUSTIFICATION,
			repository(b"https://gitlab.com/unam/padron"),
		));
		// The projects commission evaluates it and puts it to the Executive Council.
		run_to_block(5);
		assert_ok!(Collectives::recommend_project(projects_commission(), id));
		// The Executive Council approves it: it is registered and owes reports.
		run_to_block(8);
		assert_ok!(Collectives::approve_project(RuntimeOrigin::root(), id));
		assert_eq!(<Collectives as ProjectInspect<u64>>::project_of(&APP), Some(id));
		assert_eq!(due(Subject::Project(id)), Some(8 + PROJECT_PERIOD));
		// Somebody funds Academia's treasury; a leader grants the project capital for its fees.
		let treasury = Collectives::treasury_account(ACADEMIA);
		assert_ok!(Balances::transfer_keep_alive(RuntimeOrigin::signed(1), treasury, 60));
		assert_ok!(Collectives::grant_capital(RuntimeOrigin::signed(10), ACADEMIA, APP, 25));
		assert_eq!(Balances::free_balance(APP), 25);
		// The project pays its own fees: here, its report.
		run_to_block(8 + PROJECT_PERIOD);
		assert_ok!(report(APP, Subject::Project(id)));
		assert_eq!(
			last_event(),
			Event::ReportSubmitted {
				subject: Subject::Project(id),
				document: REPORT,
				late: false,
				next_due: 8 + 2 * PROJECT_PERIOD,
			}
		);
		assert!(!Collectives::overdue_reports(None, 10)
			.iter()
			.any(|(s, _)| *s == Subject::Project(id)));
	});
}
