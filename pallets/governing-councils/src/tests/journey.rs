//! The councils' journey, from the leaders' proposals to the end of the terms.

use super::*;
use crate::MotionOutcome;

#[test]
fn journey_of_the_councils_from_proposal_to_expiry() {
	ExtBuilder::default().build_and_execute(|| {
		// Empresas gets leaders, who with Academia's propose the executive.
		MockCollectives::add_leader(EMPRESAS, 20);
		MockCollectives::add_leader(EMPRESAS, 21);
		let empresas_nodes = ExecutiveSeat::Commissioner(Commission::NodeIntegration, EMPRESAS);
		let empresas_projects = ExecutiveSeat::Commissioner(Commission::Projects, EMPRESAS);
		propose(10, NODE_SEAT, 13);
		propose(11, PROJECTS_SEAT, 12);
		propose(20, empresas_nodes, 22);
		propose(21, empresas_projects, 21);
		propose(20, SECRETARY, 2);

		// Written requests make 3 and 4 advisors; the Advisory Council is then seated.
		admit(3);
		admit(4);
		assert_eq!(pushed(ADVISORY_COUNCIL), vec![3, 4]);

		// The Advisory Council designates them all, the commissioners at block 1 and the
		// Secretary at block 2 (at most four terms end at one block); every list follows.
		for (seat, who) in
			[(NODE_SEAT, 13), (PROJECTS_SEAT, 12), (empresas_nodes, 22), (empresas_projects, 21)]
		{
			assert_ok!(Councils::designate_executive(advisory(), seat, who));
		}
		run_to_block(2);
		assert_ok!(Councils::designate_executive(advisory(), SECRETARY, 2));
		assert_eq!(executive_members(), vec![2, 12, 13, 21, 22]);
		assert_eq!(pushed(NODE_COMMISSION_COUNCIL), vec![13, 22]);
		assert_eq!(pushed(PROJECTS_COMMISSION_COUNCIL), vec![12, 21]);

		// Empresas' leader asks for an extraordinary session; the Secretary tables an
		// extraordinary motion at its request and an ordinary one to admit an advisor, and the
		// members decide them.
		assert_ok!(Councils::request_extraordinary_session(
			RuntimeOrigin::signed(20),
			EMPRESAS,
			DOC
		));
		assert_ok!(Councils::table_motion(
			RuntimeOrigin::signed(2),
			MotionKind::Extraordinary { collective: EMPRESAS },
			remark(),
			100
		));
		request_seat(5);
		let admit_five = admission_of(5);
		let ordinary = table(2, admit_five);
		vote_all(0, &[12, 13, 21, 22], true);
		vote_all(ordinary, &[12, 13, 21, 22], true);
		close(0);
		assert_eq!(outcome(0).map(|o| o.3), Some(MotionOutcome::Approved));
		assert!(has_event(Event::SessionRequestConsumed { collective: EMPRESAS, index: 0 }));
		// Five members are no ordinary quorum (the Secretary and six): the advisor waits.
		close(ordinary);
		assert_eq!(outcome(ordinary).map(|o| o.3), Some(MotionOutcome::NotValid));
		assert_eq!(advisors(), vec![3, 4]);
		assert_ok!(Councils::reject_advisory_request(RuntimeOrigin::root(), 5, REASON));
		// The rejection costs 5 half its deposit.
		assert!(has_event(Event::AdvisoryRequestRejected {
			who: 5,
			reason: REASON,
			returned: 4,
			slashed: 3,
		}));

		// Member 22 leaves Empresas: it loses its seat and the node commission shrinks.
		lose_membership(22, EMPRESAS, MembershipLoss::Left);
		assert_eq!(pushed(NODE_COMMISSION_COUNCIL), vec![13]);
		assert_eq!(executive_members(), vec![2, 12, 13, 21]);

		// Advisors 3 and 4 ask for their renewal: 3 is renewed; 4 is refused and its term ends.
		run_to_block(1 + ADVISORY_TERM - WINDOW);
		renew(3);
		request_renewal(4);
		assert_ok!(Councils::refuse_advisory_renewal(RuntimeOrigin::root(), 4, REASON));
		run_to_block(1 + ADVISORY_TERM);
		assert_eq!(pushed(ADVISORY_COUNCIL), vec![3]);

		// The commissioners' terms end, then the Secretary's: every list empties.
		run_to_block(1 + EXECUTIVE_TERM);
		assert_eq!(executive_members(), vec![2]);
		run_to_block(2 + EXECUTIVE_TERM);
		assert!(executive_members().is_empty());
		assert!(pushed(NODE_COMMISSION_COUNCIL).is_empty());
		assert!(pushed(PROJECTS_COMMISSION_COUNCIL).is_empty());
		assert_noop!(
			Councils::table_motion(RuntimeOrigin::signed(2), MotionKind::Ordinary, remark(), 100),
			Error::<Test>::NotExecutiveMember
		);
	});
}
