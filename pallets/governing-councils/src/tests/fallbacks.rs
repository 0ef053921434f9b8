//! The fallbacks: no reachable state of the councils needs a hard fork. Each former deadlock is
//! walked to its way out.

use super::*;
use crate::{ExecutiveSecretary, MotionOutcome};

/// The collectives lose their leaders.
fn remove_all_leaders() {
	MockCollectives::remove_leader(ACADEMIA, 10);
	MockCollectives::remove_leader(ACADEMIA, 11);
}

// designate_executive without a proposal

#[test]
fn the_advisory_council_designates_a_secretary_without_proposal_when_no_collective_has_a_leader() {
	ExtBuilder::default().build_and_execute(|| {
		remove_all_leaders();
		assert_ok!(Councils::designate_executive(advisory(), SECRETARY, 2));
		assert_eq!(ExecutiveSecretary::<Test>::get().map(|s| s.who), Some(2));
	});
}

#[test]
fn a_secretary_needs_a_proposal_while_some_collective_has_a_leader() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Councils::designate_executive(advisory(), SECRETARY, 2),
			Error::<Test>::ProposalNotFound
		);
	});
}

#[test]
fn a_commissioner_always_needs_a_proposal() {
	ExtBuilder::default().build_and_execute(|| {
		remove_all_leaders();
		assert_noop!(
			Councils::designate_executive(advisory(), NODE_SEAT, 13),
			Error::<Test>::ProposalNotFound
		);
	});
}

// reseat_executive

#[test]
fn reseat_executive_seats_anyone_eligible_without_proposal() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Councils::reseat_executive(RuntimeOrigin::signed(RESEAT), NODE_SEAT, 13));
		assert_eq!(
			last_event(),
			Event::CouncilMembersChanged {
				council: Council::Commission(Commission::NodeIntegration),
				members: 1
			}
		);
		assert!(has_event(Event::ExecutiveDesignated {
			seat: NODE_SEAT,
			who: 13,
			expires_at: 1 + EXECUTIVE_TERM,
			replaced: None
		}));
		assert_eq!(executive_members(), vec![13]);
	});
}

#[test]
fn reseat_executive_requires_the_reseating_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Councils::reseat_executive(RuntimeOrigin::root(), NODE_SEAT, 13), BadOrigin);
		assert_noop!(Councils::reseat_executive(advisory(), NODE_SEAT, 13), BadOrigin);
	});
}

#[test]
fn reseat_executive_keeps_the_eligibility_rules() {
	ExtBuilder::default().build_and_execute(|| {
		let origin = || RuntimeOrigin::signed(RESEAT);
		assert_noop!(
			Councils::reseat_executive(origin(), NODE_SEAT, 20),
			Error::<Test>::MemberOfAnotherCollective
		);
		assert_noop!(Councils::reseat_executive(origin(), NODE_SEAT, 3), Error::<Test>::NotMember);
		admit(3);
		assert_noop!(
			Councils::reseat_executive(origin(), SECRETARY, 3),
			Error::<Test>::AlreadySeated
		);
	});
}

// reseat_advisor

#[test]
fn reseat_advisor_admits_without_request() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Councils::reseat_advisor(RuntimeOrigin::signed(RESEAT), 3));
		assert!(has_event(Event::AdvisorAdmitted {
			who: 3,
			expires_at: 1 + ADVISORY_TERM,
			deposit: 0
		}));
		assert_eq!(advisors(), vec![3]);
		assert_eq!(pushed(ADVISORY_COUNCIL), vec![3]);
	});
}

#[test]
fn reseat_advisor_settles_a_pending_request() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		assert_ok!(Councils::reseat_advisor(RuntimeOrigin::signed(RESEAT), 3));
		assert!(has_event(Event::AdvisorAdmitted {
			who: 3,
			expires_at: 1 + ADVISORY_TERM,
			deposit: ADVISORY_DEPOSIT
		}));
		assert_eq!(advisory_held(3), 0);
		assert!(!crate::AdvisoryRequests::<Test>::contains_key(3));
	});
}

#[test]
fn reseat_advisor_requires_the_reseating_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Councils::reseat_advisor(RuntimeOrigin::root(), 3), BadOrigin);
	});
}

#[test]
fn reseat_advisor_refuses_a_seated_account_and_a_full_council() {
	ExtBuilder::default().build_and_execute(|| {
		let origin = || RuntimeOrigin::signed(RESEAT);
		designate(NODE_SEAT, 13);
		assert_noop!(Councils::reseat_advisor(origin(), 13), Error::<Test>::AlreadySeated);
		for who in [3, 4, 5] {
			assert_ok!(Councils::reseat_advisor(origin(), who));
		}
		assert_noop!(Councils::reseat_advisor(origin(), 1), Error::<Test>::TooManyAdvisors);
	});
}

#[test]
fn reseat_advisor_refuses_a_full_expiry_bucket() {
	ExtBuilder::default().build_and_execute(|| {
		fill_seat_expiries(1 + ADVISORY_TERM);
		assert_noop!(
			Councils::reseat_advisor(RuntimeOrigin::signed(RESEAT), 3),
			Error::<Test>::TooManyExpiries
		);
		clear_fillers(1 + ADVISORY_TERM);
	});
}

// The former deadlocks, walked to their way out.

#[test]
fn secretary_vacant_and_no_leaders_is_no_longer_a_deadlock() {
	ExtBuilder::default().build_and_execute(|| {
		seat_full_executive();
		admit(3);
		// The Secretary's seat falls vacant and the collectives lose their leaders: nobody can
		// propose a Secretary.
		assert_ok!(Councils::remove_executive(advisory(), SECRETARY));
		remove_all_leaders();
		assert!(crate::Pallet::<Test>::no_leaders());

		// The Executive Council still decides: a commissioner tables, the others vote.
		request_seat(4);
		let call = Box::new(RuntimeCall::Councils(crate::Call::admit_advisor { who: 4 }));
		let index = table(12, call);
		vote_all(index, &COMMISSIONERS[1..], true);
		close(index);
		assert_eq!(outcome(index), Some((7, 7, 0, MotionOutcome::Approved)));
		assert_eq!(advisors(), vec![3, 4]);

		// And the Advisory Council designates a Secretary without a leader's proposal.
		assert_ok!(Councils::designate_executive(advisory(), SECRETARY, 5));
		assert_eq!(ExecutiveSecretary::<Test>::get().map(|s| s.who), Some(5));
	});
}

#[test]
fn all_seats_expired_is_no_longer_a_deadlock() {
	ExtBuilder::default()
		.executive(vec![(SECRETARY, 2), (NODE_SEAT, 12), (PROJECTS_SEAT, 13)])
		.advisors(vec![3])
		.build_and_execute(|| {
			// Every term ends: no Executive member tables or votes, no advisor designates.
			run_to_block(1 + EXECUTIVE_TERM);
			assert!(executive_members().is_empty());
			assert!(advisors().is_empty());
			assert_noop!(
				Councils::table_motion(
					RuntimeOrigin::signed(2),
					MotionKind::Ordinary,
					remark(),
					100
				),
				Error::<Test>::NotExecutiveMember
			);

			// The reseating origin seats an advisor and the executive again, without proposals
			// or requests.
			assert_ok!(Councils::reseat_advisor(RuntimeOrigin::signed(RESEAT), 4));
			seat_full_executive();
			assert_eq!(advisors(), vec![4]);

			// The councils decide again.
			request_seat(5);
			let call = Box::new(RuntimeCall::Councils(crate::Call::admit_advisor { who: 5 }));
			let index = table(SEC, call);
			vote_all(index, &COMMISSIONERS, true);
			close(index);
			assert_eq!(advisors(), vec![4, 5]);
		});
}
