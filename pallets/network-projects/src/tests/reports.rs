//! The projects' reports: a registered project owes them from its approval to its retirement
//! (the caller's side: what this pallet asks of [`MockReports`]), and its account answers for
//! them (this pallet's [`crate::ReportAnswerers`]).

use super::*;
use crate::{ReportAnswerers, ReportSubject};

type Subject = ReportSubject<u64>;

fn due(subject: Subject) -> Option<u64> {
	<MockReports<Test> as crate::ReportObligations<u64, u64>>::due(&subject)
}

fn answers(subject: Subject, who: u64) -> bool {
	<Projects as ReportAnswerers<u64>>::answers_for(&subject, &who)
}

#[test]
#[should_panic(expected = "ProjectReportPeriod must not be zero")]
fn integrity_test_requires_report_periods() {
	ProjectReportPeriod::set(0);
	<Projects as Hooks<u64>>::integrity_test();
}

#[test]
fn a_project_owes_reports_while_registered() {
	ExtBuilder::default().build_and_execute(|| {
		let id = propose(APP);
		assert_eq!(due(Subject::Project(id)), None);
		assert_ok!(Projects::recommend_project(projects_commission(), id));
		assert_eq!(due(Subject::Project(id)), None);
		assert_ok!(Projects::approve_project(RuntimeOrigin::root(), id));
		assert_eq!(due(Subject::Project(id)), Some(1 + PROJECT_PERIOD));
		assert_ok!(Projects::retire_project(RuntimeOrigin::root(), id, REASON));
		assert_eq!(due(Subject::Project(id)), None);
		assert_eq!(
			MockReports::<Test>::calls(),
			vec![
				ReportCall::Begin(Subject::Project(id), PROJECT_PERIOD),
				ReportCall::End(Subject::Project(id)),
			]
		);
	});
}

#[test]
fn an_application_that_is_not_approved_owes_no_reports() {
	ExtBuilder::default().build_and_execute(|| {
		let withdrawn = propose(APP);
		assert_ok!(Projects::withdraw_project(RuntimeOrigin::signed(10), withdrawn));
		let declined = propose(APP);
		assert_ok!(Projects::decline_project(projects_commission(), declined, REASON));
		let rejected = recommended(APP);
		assert_ok!(Projects::reject_project(RuntimeOrigin::root(), rejected, REASON));
		// A failed approval asks nothing either.
		let unrecommended = propose(APP);
		assert_noop!(
			Projects::approve_project(RuntimeOrigin::root(), unrecommended),
			Error::<Test>::NotRecommended
		);
		assert!(MockReports::<Test>::calls().is_empty());
	});
}

#[test]
fn a_projects_account_answers_for_its_reports() {
	ExtBuilder::default().build_and_execute(|| {
		let id = registered(APP);
		assert!(answers(Subject::Project(id), APP));
	});
}

#[test]
fn only_a_registered_projects_account_answers_for_it() {
	ExtBuilder::default().build_and_execute(|| {
		let pending = propose(OTHER_APP);
		let id = registered(APP);
		// A leader of its collective, another project's account, the account of an application.
		assert!(!answers(Subject::Project(id), 10));
		assert!(!answers(Subject::Project(pending), OTHER_APP));
		assert!(!answers(Subject::Project(9), APP));
		// This pallet answers for projects only.
		for subject in [
			Subject::Member(APP),
			Subject::Leader(APP),
			Subject::Secretary,
			Subject::AdvisoryCouncil,
			Subject::Commission(bmx_primitives::governance::Commission::Projects),
		] {
			assert!(!answers(subject, APP));
		}
		// A retired project's account no longer answers.
		assert_ok!(Projects::retire_project(RuntimeOrigin::root(), id, REASON));
		assert!(!answers(Subject::Project(id), APP));
	});
}

#[cfg(feature = "runtime-benchmarks")]
#[test]
fn register_for_benchmarks_registers_a_project_that_owes_reports() {
	ExtBuilder::default().build_and_execute(|| {
		let id = Projects::register_for_benchmarks(ACADEMIA, APP).expect("registered");
		assert_eq!(<Projects as ProjectInspect<u64>>::project_account(id), Some(APP));
		assert!(answers(Subject::Project(id), APP));
		assert_eq!(due(Subject::Project(id)), Some(1 + PROJECT_PERIOD));
	});
}
