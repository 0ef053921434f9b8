//! The founding councils.

use super::*;
use crate::{Commissioners, CouncilMembers, ExecutiveSeatOf, ExecutiveSecretary};
use bmx_primitives::governance::ReportSubject;

#[test]
fn genesis_seats_the_founding_councils() {
	ExtBuilder::default()
		.executive(vec![(SECRETARY, 40), (NODE_SEAT, 12), (PROJECTS_SEAT, 13)])
		.advisors(vec![41, 42])
		.build_and_execute(|| {
			assert_eq!(ExecutiveSecretary::<Test>::get().map(|s| s.who), Some(40));
			assert_eq!(ExecutiveSeatOf::<Test>::get(12), Some(NODE_SEAT));
			assert_eq!(
				Commissioners::<Test>::get(Commission::Projects, ACADEMIA).map(|s| s.who),
				Some(13)
			);
			assert_eq!(advisors(), vec![41, 42]);
			assert_eq!(
				CouncilMembers::<Test>::get(Council::Executive).into_inner(),
				vec![12, 13, 40]
			);
			assert_eq!(CouncilMembers::<Test>::get(Council::Advisory).into_inner(), vec![41, 42]);
			assert_eq!(
				CouncilMembers::<Test>::get(Council::Commission(Commission::NodeIntegration))
					.into_inner(),
				vec![12]
			);
			assert_eq!(executive_members(), vec![12, 13, 40]);
			assert_eq!(pushed(ADVISORY_COUNCIL), vec![41, 42]);
		});
}

#[test]
fn genesis_seats_owe_reports_from_genesis() {
	ExtBuilder::default()
		.executive(vec![(SECRETARY, 40), (NODE_SEAT, 12)])
		.advisors(vec![41])
		.build_and_execute(|| {
			// Genesis is block 0.
			assert_eq!(due(ReportSubject::Secretary), Some(SECRETARY_PERIOD));
			assert_eq!(
				due(ReportSubject::Commission(Commission::NodeIntegration)),
				Some(COMMISSION_PERIOD)
			);
			assert_eq!(due(ReportSubject::Commission(Commission::Projects)), None);
			assert_eq!(due(ReportSubject::AdvisoryCouncil), Some(ADVISORY_PERIOD));
		});
}

#[test]
fn an_empty_genesis_seats_nobody_and_owes_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(ExecutiveSecretary::<Test>::get(), None);
		assert!(advisors().is_empty());
		assert_eq!(CouncilMembers::<Test>::iter().count(), 0);
		assert_eq!(due(ReportSubject::Secretary), None);
		assert_eq!(due(ReportSubject::AdvisoryCouncil), None);
	});
}

#[test]
#[should_panic(expected = "genesis executive seat refused")]
fn genesis_refuses_a_commissioner_who_is_not_a_member_of_the_collective() {
	// 20 is a member of Empresas, not of Academia.
	ExtBuilder::default().executive(vec![(NODE_SEAT, 20)]).build();
}

#[test]
#[should_panic(expected = "genesis executive seats must not repeat")]
fn genesis_refuses_a_seat_twice() {
	ExtBuilder::default().executive(vec![(SECRETARY, 40), (SECRETARY, 41)]).build();
}

#[test]
#[should_panic(expected = "genesis advisor refused")]
fn genesis_refuses_an_advisor_who_holds_a_seat() {
	ExtBuilder::default()
		.executive(vec![(SECRETARY, 40)])
		.advisors(vec![40])
		.build();
}

#[test]
#[should_panic(expected = "genesis executive seat refused")]
fn genesis_commissioners_come_from_the_registry_s_members() {
	// Without the registry's genesis members, no commissioner can be seated.
	ExtBuilder::default()
		.without_collectives()
		.executive(vec![(NODE_SEAT, 12)])
		.build();
}

#[test]
fn genesis_seats_carry_their_own_first_terms() {
	ExtBuilder::default()
		.staggered_executive(vec![(SECRETARY, 40, Some(EXECUTIVE_TERM / 2)), (NODE_SEAT, 12, None)])
		.staggered_advisors(vec![(41, Some(ADVISORY_TERM / 3)), (42, None)])
		.build_and_execute(|| {
			assert_eq!(
				Councils::upcoming_expiries(EXECUTIVE_TERM),
				vec![
					(ADVISORY_TERM / 3, SeatExpiry::Advisor(41)),
					(EXECUTIVE_TERM / 2, SeatExpiry::Executive(SECRETARY)),
					(ADVISORY_TERM, SeatExpiry::Advisor(42)),
					(EXECUTIVE_TERM, SeatExpiry::Executive(NODE_SEAT)),
				]
			);
			run_to_block(EXECUTIVE_TERM / 2);
			assert_eq!(ExecutiveSecretary::<Test>::get(), None);
			assert_eq!(advisors(), vec![42]);
		});
}

#[test]
#[should_panic(
	expected = "a genesis executive term must not be zero nor longer than ExecutiveTerm"
)]
fn genesis_refuses_an_executive_term_longer_than_the_full_term() {
	ExtBuilder::default()
		.staggered_executive(vec![(SECRETARY, 40, Some(EXECUTIVE_TERM + 1))])
		.build();
}

#[test]
#[should_panic(expected = "a genesis advisory term must not be zero nor longer than AdvisoryTerm")]
fn genesis_refuses_an_empty_advisory_term() {
	ExtBuilder::default().staggered_advisors(vec![(41, Some(0))]).build();
}
