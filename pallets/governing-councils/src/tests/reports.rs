//! The report obligations that come with the seats (the caller's side: what the councils ask of
//! the reports service) and who answers for them ([`ReportAnswerers`], the implementer's side).

use super::*;
use bmx_primitives::{
	governance::{ReportAnswerers, ReportSubject},
	mock::{MockReports, ReportCall},
};

type Subject = ReportSubject<u64>;

const PROJECTS: Commission = Commission::Projects;

fn calls() -> Vec<ReportCall> {
	MockReports::<Test>::calls()
}

fn ends(subject: Subject) -> usize {
	calls().into_iter().filter(|c| *c == ReportCall::End(subject.clone())).count()
}

#[test]
fn a_commission_owes_reports_while_it_has_a_commissioner() {
	ExtBuilder::default().build_and_execute(|| {
		let academia = ExecutiveSeat::Commissioner(PROJECTS, ACADEMIA);
		let empresas = ExecutiveSeat::Commissioner(PROJECTS, EMPRESAS);
		run_to_block(2);
		designate(academia, 13);
		assert_eq!(
			calls(),
			vec![ReportCall::Begin(Subject::Commission(PROJECTS), COMMISSION_PERIOD)]
		);
		assert_eq!(due(Subject::Commission(PROJECTS)), Some(2 + COMMISSION_PERIOD));
		assert_eq!(due(Subject::Commission(Commission::NodeIntegration)), None);
		// A second commissioner joins the same obligation.
		MockCollectives::add_leader(EMPRESAS, 20);
		propose(20, empresas, 22);
		run_to_block(5);
		assert_ok!(Councils::designate_executive(advisory(), empresas, 22));
		assert_eq!(due(Subject::Commission(PROJECTS)), Some(2 + COMMISSION_PERIOD));
		assert_ok!(Councils::remove_executive(advisory(), academia));
		assert_eq!(due(Subject::Commission(PROJECTS)), Some(2 + COMMISSION_PERIOD));
		assert_eq!(ends(Subject::Commission(PROJECTS)), 0);
		// Its last commissioner loses the seat with the membership.
		lose_membership(22, EMPRESAS, MembershipLoss::Left);
		assert_eq!(ends(Subject::Commission(PROJECTS)), 1);
		assert_eq!(due(Subject::Commission(PROJECTS)), None);
	});
}

#[test]
fn the_secretary_and_the_advisory_council_owe_reports_while_seated() {
	ExtBuilder::default().build_and_execute(|| {
		designate(SECRETARY, 2);
		assert_eq!(calls(), vec![ReportCall::Begin(Subject::Secretary, SECRETARY_PERIOD)]);
		assert_eq!(due(Subject::Secretary), Some(1 + SECRETARY_PERIOD));
		admit(3);
		admit(4);
		assert_eq!(due(Subject::AdvisoryCouncil), Some(1 + ADVISORY_PERIOD));
		assert!(calls().contains(&ReportCall::Begin(Subject::AdvisoryCouncil, ADVISORY_PERIOD)));
		assert_ok!(Councils::remove_advisor(RuntimeOrigin::root(), 3));
		assert_eq!(due(Subject::AdvisoryCouncil), Some(1 + ADVISORY_PERIOD));
		assert_eq!(ends(Subject::AdvisoryCouncil), 0);
		assert_ok!(Councils::remove_advisor(RuntimeOrigin::root(), 4));
		assert_eq!(ends(Subject::AdvisoryCouncil), 1);
		assert_eq!(due(Subject::AdvisoryCouncil), None);
		// The Secretary's term ends by itself.
		run_to_block(1 + EXECUTIVE_TERM);
		assert_eq!(ends(Subject::Secretary), 1);
		assert_eq!(due(Subject::Secretary), None);
	});
}

#[test]
fn a_replaced_secretary_s_successor_inherits_the_due_block() {
	ExtBuilder::default().build_and_execute(|| {
		designate(SECRETARY, 2);
		run_to_block(10);
		designate(SECRETARY, 3);
		// The obligation was not ended; the service keeps the running one.
		assert_eq!(ends(Subject::Secretary), 0);
		assert_eq!(due(Subject::Secretary), Some(1 + SECRETARY_PERIOD));
		// Removing the Secretary ends it.
		assert_ok!(Councils::remove_executive(advisory(), SECRETARY));
		assert_eq!(ends(Subject::Secretary), 1);
	});
}

#[test]
fn the_commissions_the_secretary_and_the_advisors_answer_for_their_reports() {
	ExtBuilder::default().build_and_execute(|| {
		designate(ExecutiveSeat::Commissioner(PROJECTS, ACADEMIA), 13);
		designate(ExecutiveSeat::Secretary, 2);
		admit(3);
		admit(4);
		type C = Councils;
		assert!(<C as ReportAnswerers<u64>>::answers_for(&Subject::Commission(PROJECTS), &13));
		assert!(<C as ReportAnswerers<u64>>::answers_for(&Subject::Secretary, &2));
		assert!(<C as ReportAnswerers<u64>>::answers_for(&Subject::AdvisoryCouncil, &3));
		assert!(<C as ReportAnswerers<u64>>::answers_for(&Subject::AdvisoryCouncil, &4));
	});
}

#[test]
fn nobody_else_answers_for_the_councils_reports() {
	ExtBuilder::default().build_and_execute(|| {
		designate(ExecutiveSeat::Commissioner(Commission::NodeIntegration, ACADEMIA), 12);
		designate(ExecutiveSeat::Commissioner(PROJECTS, ACADEMIA), 13);
		designate(ExecutiveSeat::Secretary, 2);
		admit(3);
		type C = Councils;
		for (who, subject) in [
			// A commissioner of the other commission.
			(12, Subject::Commission(PROJECTS)),
			(13, Subject::Commission(Commission::NodeIntegration)),
			(3, Subject::Secretary),
			(13, Subject::Secretary),
			(2, Subject::AdvisoryCouncil),
			// The subjects of other pallets.
			(13, Subject::Member(13)),
			(13, Subject::Leader(13)),
			(2, Subject::Project(0)),
		] {
			assert!(!<C as ReportAnswerers<u64>>::answers_for(&subject, &who), "{who} {subject:?}");
		}
	});
}
