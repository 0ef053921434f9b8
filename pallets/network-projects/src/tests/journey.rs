//! A project's whole journey: from the leaders to the register, with its reports.

use super::*;
use crate::{ReportAnswerers, ReportSubject};

#[test]
fn a_project_goes_from_the_leaders_to_the_register_and_reports() {
	ExtBuilder::default().build_and_execute(|| {
		// Academia's leader proposes a project run by account 40.
		let id = NextProjectId::<Test>::get();
		assert_ok!(try_propose(
			RuntimeOrigin::signed(11),
			ACADEMIA,
			APP,
			repository(b"https://gitlab.com/unam/padron")
		));
		// The projects commission evaluates it and puts it to the Executive Council.
		run_to_block(5);
		assert_ok!(Projects::recommend_project(projects_commission(), id));
		// The Executive Council approves it: it is registered and owes reports.
		run_to_block(8);
		assert_ok!(Projects::approve_project(RuntimeOrigin::root(), id));
		assert_eq!(<Projects as ProjectInspect<u64>>::project_of(&APP), Some(id));
		assert_eq!(
			<MockReports<Test> as crate::ReportObligations<u64, u64>>::due(
				&ReportSubject::Project(id)
			),
			Some(8 + PROJECT_PERIOD)
		);
		// The project's account answers for its reports (submitted to the reports pallet).
		assert!(<Projects as ReportAnswerers<u64>>::answers_for(&ReportSubject::Project(id), &APP));
		// Retired, it owes no more reports.
		assert_ok!(Projects::retire_project(RuntimeOrigin::root(), id, REASON));
		assert_eq!(
			<MockReports<Test> as crate::ReportObligations<u64, u64>>::due(
				&ReportSubject::Project(id)
			),
			None
		);
	});
}
