//! The journey of one obligation, as the projects pallet drives it: a project approved at block
//! 8 owes reports from its account until it is retired.

use super::*;

#[test]
fn a_project_reports_from_its_approval_to_its_retirement() {
	ExtBuilder::default().answerer(Subject::Project(0), 40).build_and_execute(|| {
		// The Executive Council approves project 0: its obligation begins.
		run_to_block(8);
		begin(Subject::Project(0), PROJECT_PERIOD);
		assert_eq!(due(Subject::Project(0)), Some(8 + PROJECT_PERIOD));
		// Its account reports on the due block: on time.
		run_to_block(8 + PROJECT_PERIOD);
		submit(40, Subject::Project(0), false, 8 + 2 * PROJECT_PERIOD);
		assert!(Reports::overdue_reports(None, 10).is_empty());
		// It misses the next one: overdue, until it reports late.
		run_to_block(8 + 2 * PROJECT_PERIOD + 3);
		assert_eq!(
			Reports::overdue_reports(None, 10),
			vec![(Subject::Project(0), 8 + 2 * PROJECT_PERIOD)]
		);
		assert_ok!(report(40, Subject::Project(0)));
		assert_eq!(due(Subject::Project(0)), Some(8 + 3 * PROJECT_PERIOD + 3));
		assert!(Reports::overdue_reports(None, 10).is_empty());
		// The Executive Council retires it: no more reports.
		end(Subject::Project(0));
		assert_eq!(due(Subject::Project(0)), None);
		assert_eq!(LastReports::<Test>::get(Subject::Project(0)), None);
		assert_noop!(report(40, Subject::Project(0)), Error::<Test>::NotFound);
	});
}
