//! Unit tests of the duty reports pallet. The state they start from is described in `mock.rs`.
//!
//! One file per area: `obligations` (what `begin` and `end` do for the pallets that own the
//! duties), `submit` (the call, its timing rules and each error), `overdue` (the views),
//! `invariants` (try_state) and `journey`. Every test runs through
//! [`ExtBuilder::build_and_execute`], which checks the pallet's invariants after it.
//!
//! When a duty begins or ends its obligation (a node approved, a leader appointed, a project
//! retired) is tested in the pallet that owns the duty, against `MockReports`.

mod invariants;
mod journey;
mod obligations;
mod overdue;
mod submit;

use crate::{
	mock::*, Error, Event, LastReports, Obligation, Obligations, ReportObligations, ReportSubject,
	MAX_OVERDUE_REPORTS,
};
use bmx_primitives::{governance::Commission, DocumentHash};
use frame_support::{assert_noop, assert_ok};
use sp_core::H256;
use sp_runtime::{DispatchError::BadOrigin, DispatchResult};

type Subject = ReportSubject<u64>;

/// The hash of a report.
const REPORT: DocumentHash = H256::repeat_byte(0x44);
/// A leader's and a project's period (bimonthly).
const LEADER_PERIOD: u64 = 60;
const PROJECT_PERIOD: u64 = 60;
/// A commission's period (monthly).
const COMMISSION_PERIOD: u64 = 30;
/// The Secretary's and the Advisory Council's period (quarterly).
const SECRETARY_PERIOD: u64 = 90;
const ADVISORY_PERIOD: u64 = 90;
const PROJECTS: Commission = Commission::Projects;

/// Genesis as the old pallet's with nodes 10 (Academia), 20 and 21 (Empresas) and 30 (Sector
/// publico) and leaders 10 and 11 (Academia): each member and leader owes reports and answers
/// for them.
fn with_nodes() -> ExtBuilder {
	let mut builder = ExtBuilder::default();
	for node in [10, 20, 21, 30] {
		builder = builder
			.obligation(Subject::Member(node), MONTH)
			.answerer(Subject::Member(node), node);
	}
	for leader in [10, 11] {
		builder = builder
			.obligation(Subject::Leader(leader), LEADER_PERIOD)
			.answerer(Subject::Leader(leader), leader);
	}
	builder
}

/// Begin the duties of project 0, the Projects commission, the Secretary and the Advisory
/// Council now, each with its own period, with one answerer each as the runtime's pallets name
/// them: the project's account 40, commissioner 13, the Secretary 2 and advisor 3.
fn begin_body_duties() {
	for (subject, period, who) in [
		(Subject::Project(0), PROJECT_PERIOD, 40),
		(Subject::Commission(PROJECTS), COMMISSION_PERIOD, 13),
		(Subject::Secretary, SECRETARY_PERIOD, 2),
		(Subject::AdvisoryCouncil, ADVISORY_PERIOD, 3),
	] {
		begin(subject.clone(), period);
		MockAnswerers::add(subject, who);
	}
}

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Reports(e) = r.event { Some(e) } else { None })
		.collect()
}

fn last_event() -> Event<Test> {
	events().pop().expect("an event of the pallet was emitted")
}

fn due(subject: Subject) -> Option<u64> {
	Reports::report_due(subject)
}

fn report(who: u64, subject: Subject) -> DispatchResult {
	Reports::submit_report(RuntimeOrigin::signed(who), subject, REPORT)
}

/// Submit `who`'s report for `subject` and check the event: `late` or not, the next one due at
/// `next_due`.
#[track_caller]
fn submit(who: u64, subject: Subject, late: bool, next_due: u64) {
	assert_ok!(report(who, subject.clone()));
	assert_eq!(last_event(), Event::ReportSubmitted { subject, document: REPORT, late, next_due });
}

fn begin(subject: Subject, period: u64) {
	<Reports as ReportObligations<u64, u64>>::begin(subject, period);
}

fn end(subject: Subject) {
	<Reports as ReportObligations<u64, u64>>::end(&subject);
}
