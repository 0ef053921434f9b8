//! `try_state`: invariants broken on purpose.

use super::*;
use crate::{ReportObligations, ReportSubject};

#[test]
fn try_state_detects_a_missing_obligation() {
	ExtBuilder::default().build().execute_with(|| {
		let id = registered(APP);
		assert_ok!(Projects::do_try_state());
		<MockReports<Test> as ReportObligations<u64, u64>>::end(&ReportSubject::Project(id));
		assert_eq!(
			Projects::do_try_state(),
			Err("a registered project without a report obligation".into())
		);
	});
}

#[test]
fn try_state_detects_an_index_out_of_step() {
	ExtBuilder::default().build().execute_with(|| {
		registered(APP);
		assert_ok!(Projects::do_try_state());
		ProjectOf::<Test>::remove(APP);
		assert_eq!(Projects::do_try_state(), Err("ProjectOf out of step".into()));
	});
}

#[test]
fn try_state_detects_an_account_that_backs_two_projects() {
	ExtBuilder::default().build().execute_with(|| {
		let id = propose(APP);
		propose(OTHER_APP);
		assert_ok!(Projects::do_try_state());
		ProjectApplications::<Test>::mutate(id + 1, |maybe| {
			if let Some(application) = maybe {
				application.account = APP;
			}
		});
		assert_eq!(Projects::do_try_state(), Err("an account backs two projects".into()));
	});
}
