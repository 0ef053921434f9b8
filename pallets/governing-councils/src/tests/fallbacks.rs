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
		let call = admission_of(4);
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
			let call = admission_of(5);
			let index = table(SEC, call);
			vote_all(index, &COMMISSIONERS, true);
			close(index);
			assert_eq!(advisors(), vec![4, 5]);
		});
}

// The collectives' majority: the way out the runtime can reach when neither council can act.

/// The seat of `commission`'s commissioner for `collective`.
fn commissioner(commission: Commission, collective: CollectiveId) -> ExecutiveSeat {
	ExecutiveSeat::Commissioner(commission, collective)
}

/// Give Empresas (20), Sector publico (30) and Sociedad civil (42, with the members 40 and 41)
/// a leader each: with Academia's two, four collectives have leaders.
fn lead_every_collective() {
	MockCollectives::add_leader(EMPRESAS, 20);
	MockCollectives::add_leader(SECTOR_PUBLICO, 30);
	MockCollectives::add_member(SOCIEDAD_CIVIL, 40);
	MockCollectives::add_member(SOCIEDAD_CIVIL, 41);
	MockCollectives::add_leader(SOCIEDAD_CIVIL, 42);
}

/// Move to the next block (so that each term ends at a bucket of its own) and propose there.
fn propose_next_block(leader: u64, seat: ExecutiveSeat, who: u64) {
	run_to_block(System::block_number() + 1);
	propose(leader, seat, who);
}

/// The holder of `seat`.
fn holder(seat: ExecutiveSeat) -> Option<u64> {
	crate::Pallet::<Test>::executive_seat(seat).map(|s| s.who)
}

#[test]
fn every_seat_expired_is_walked_back_by_the_collectives_majority() {
	ExtBuilder::default()
		.executive(vec![(SECRETARY, 2), (NODE_SEAT, 12), (PROJECTS_SEAT, 13)])
		.advisors(vec![3])
		.build_and_execute(|| {
			// The rule as the 2018 model needs it: the Advisory Council acts with one advisor.
			AdvisoryQuorum::set(1);
			lead_every_collective();
			// Every term ends: no Executive member, no advisor; neither council can act.
			run_to_block(1 + EXECUTIVE_TERM);
			assert!(executive_members().is_empty());
			assert!(advisors().is_empty());
			assert!(Councils::collectives_designate());

			// The Secretary: leaders of more than half of the four collectives with leaders.
			propose_next_block(10, SECRETARY, 5);
			propose(20, SECRETARY, 5);
			assert_eq!(holder(SECRETARY), None, "two of four collectives are no majority");
			propose(30, SECRETARY, 5);
			assert_eq!(holder(SECRETARY), Some(5));
			assert!(has_event(Event::ExecutiveDesignatedByCollectives {
				seat: SECRETARY,
				who: 5,
				support: 3,
				of: 4
			}));

			// The commissioners: more than half of the represented collective's leaders.
			propose_next_block(10, NODE_SEAT, 12);
			assert_eq!(holder(NODE_SEAT), None, "one of Academia's two leaders is no majority");
			propose(11, NODE_SEAT, 12);
			assert_eq!(holder(NODE_SEAT), Some(12));
			propose_next_block(10, PROJECTS_SEAT, 13);
			propose(11, PROJECTS_SEAT, 13);
			propose_next_block(20, commissioner(Commission::NodeIntegration, EMPRESAS), 21);
			propose_next_block(20, commissioner(Commission::Projects, EMPRESAS), 22);
			propose_next_block(30, commissioner(Commission::NodeIntegration, SECTOR_PUBLICO), 30);
			propose_next_block(42, commissioner(Commission::NodeIntegration, SOCIEDAD_CIVIL), 40);
			assert_eq!(executive_members(), vec![5, 12, 13, 21, 22, 30, 40]);

			// With `1 + OrdinaryQuorum` members the Executive Council acts: the way out is off.
			assert!(!Councils::collectives_designate());
			let last = commissioner(Commission::Projects, SOCIEDAD_CIVIL);
			propose_next_block(42, last, 41);
			assert_eq!(holder(last), None);

			// The Executive Council admits an advisor as usual.
			request_seat(4);
			let call = admission_of(4);
			let index = table(5, call);
			vote_all(index, &[12, 13, 21, 22, 30, 40], true);
			close(index);
			assert_eq!(outcome(index), Some((7, 7, 0, MotionOutcome::Approved)));
			assert_eq!(advisors(), vec![4]);

			// And the Advisory Council designates on the leaders' proposals again.
			assert_ok!(Councils::designate_executive(advisory(), last, 41));
			assert_eq!(executive_members(), vec![5, 12, 13, 21, 22, 30, 40, 41]);
		});
}

#[test]
fn a_minority_of_the_collectives_cannot_designate_a_secretary() {
	ExtBuilder::default().build_and_execute(|| {
		AdvisoryQuorum::set(1);
		lead_every_collective();
		propose(10, SECRETARY, 5);
		propose(20, SECRETARY, 5);
		assert_eq!(holder(SECRETARY), None);
		assert!(!events()
			.iter()
			.any(|e| matches!(e, Event::ExecutiveDesignatedByCollectives { .. })));
		propose(30, SECRETARY, 5);
		assert_eq!(holder(SECRETARY), Some(5));
	});
}

#[test]
fn a_collective_counts_once_whichever_of_its_leaders_proposed() {
	ExtBuilder::default().build_and_execute(|| {
		AdvisoryQuorum::set(1);
		MockCollectives::add_leader(EMPRESAS, 20);
		MockCollectives::add_leader(SECTOR_PUBLICO, 30);
		// Both of Academia's leaders: one collective of three.
		propose(10, SECRETARY, 5);
		propose(11, SECRETARY, 5);
		assert_eq!(holder(SECRETARY), None);
		propose(20, SECRETARY, 5);
		assert_eq!(
			last_event(),
			Event::ExecutiveDesignatedByCollectives { seat: SECRETARY, who: 5, support: 2, of: 3 }
		);
	});
}

#[test]
fn a_commissioner_needs_more_than_half_of_its_collective_s_leaders() {
	ExtBuilder::default().build_and_execute(|| {
		AdvisoryQuorum::set(1);
		// Leaders of other collectives do not count for Academia's seat.
		MockCollectives::add_leader(EMPRESAS, 20);
		assert_noop!(
			Councils::propose_executive(RuntimeOrigin::signed(20), NODE_SEAT, 12),
			Error::<Test>::NotLeader
		);
		propose(10, NODE_SEAT, 12);
		assert_eq!(holder(NODE_SEAT), None);
		propose(11, NODE_SEAT, 12);
		assert_eq!(holder(NODE_SEAT), Some(12));
		assert!(has_event(Event::ExecutiveDesignatedByCollectives {
			seat: NODE_SEAT,
			who: 12,
			support: 2,
			of: 2
		}));
	});
}

#[test]
fn with_one_advisor_seated_the_collectives_majority_is_off() {
	ExtBuilder::default().advisors(vec![3]).build_and_execute(|| {
		AdvisoryQuorum::set(1);
		assert!(!Councils::collectives_designate());
		// Academia is the only collective with leaders: its proposal would be a majority.
		propose(10, SECRETARY, 5);
		assert_eq!(holder(SECRETARY), None);
		// Without its advisor, the Advisory Council cannot act: the proposal designates.
		assert_ok!(Councils::remove_advisor(RuntimeOrigin::root(), 3));
		assert!(Councils::collectives_designate());
		propose(10, SECRETARY, 5);
		assert_eq!(holder(SECRETARY), Some(5));
	});
}

#[test]
fn a_lone_advisor_does_not_block_the_collectives_when_the_council_needs_two() {
	ExtBuilder::default().advisors(vec![3]).build_and_execute(|| {
		// The runtime's Advisory Council decides with at least two advisors.
		AdvisoryQuorum::set(2);
		assert!(Councils::collectives_designate());
		propose(10, SECRETARY, 5);
		assert_eq!(holder(SECRETARY), Some(5));
	});
}

#[test]
fn the_collectives_majority_does_not_replace_a_seated_holder() {
	ExtBuilder::default().executive(vec![(SECRETARY, 2)]).build_and_execute(|| {
		AdvisoryQuorum::set(1);
		propose(10, SECRETARY, 5);
		propose(11, SECRETARY, 5);
		assert_eq!(holder(SECRETARY), Some(2));
	});
}

#[test]
fn the_collectives_majority_keeps_the_term_limit() {
	ExtBuilder::default().executive(vec![(SECRETARY, 2)]).build_and_execute(|| {
		AdvisoryQuorum::set(1);
		MaxExecutiveTerms::set(1);
		assert_ok!(Councils::remove_executive(advisory(), SECRETARY));
		assert_noop!(
			Councils::propose_executive(RuntimeOrigin::signed(10), SECRETARY, 2),
			Error::<Test>::TermLimitReached
		);
	});
}

#[test]
fn a_designation_refused_by_a_full_expiry_bucket_leaves_no_proposal_behind() {
	ExtBuilder::default().build_and_execute(|| {
		AdvisoryQuorum::set(1);
		fill_seat_expiries(1 + EXECUTIVE_TERM);
		assert_noop!(
			Councils::propose_executive(RuntimeOrigin::signed(10), SECRETARY, 5),
			Error::<Test>::TooManyExpiries
		);
		clear_fillers(1 + EXECUTIVE_TERM);
		// A block later there is room.
		propose_next_block(10, SECRETARY, 5);
		assert_eq!(holder(SECRETARY), Some(5));
	});
}

#[test]
fn a_plain_proposal_is_refunded_to_its_own_weight() {
	ExtBuilder::default().build_and_execute(|| {
		let charged = crate::Pallet::<Test>::propose_executive_weight();
		let info = Councils::propose_executive(RuntimeOrigin::signed(10), NODE_SEAT, 12)
			.expect("a leader proposes a member of its collective");
		assert_eq!(info.actual_weight, Some(<() as crate::WeightInfo>::propose_executive()));
		assert!(info.actual_weight.is_some_and(|w| w.all_lte(charged)));
	});
}

#[test]
fn the_chain_warns_ahead_when_the_advisory_council_would_lose_its_quorum() {
	ExtBuilder::default()
		.staggered_advisors(vec![(3, Some(50)), (4, None)])
		.build_and_execute(|| {
			AdvisoryQuorum::set(2);
			// Genesis terms start at block 0: advisor 3's ends at block 50.
			run_to_block(50 - NOTICE_BLOCKS);
			assert_eq!(
				last_event(),
				Event::ExpiriesAhead {
					at: 50,
					seats: vec![SeatExpiry::Advisor(3)].try_into().expect("one fits")
				}
			);
		});
}
