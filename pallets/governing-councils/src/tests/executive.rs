//! The Executive Council's seats: the leaders' proposals, the Advisory Council's designation
//! and removal, and the memberships pushed with them.

use super::*;
use crate::{
	Commissioners, CouncilMembers, ExecutiveSeatOf, ExecutiveSecretary, SeatEnd, SeatProposals,
};

// propose_executive

#[test]
fn propose_executive_works() {
	ExtBuilder::default().build_and_execute(|| {
		propose(10, NODE_SEAT, 13);
		assert_eq!(
			last_event(),
			Event::ExecutiveProposed { seat: NODE_SEAT, candidate: 13, proposer: 10 }
		);
		// Any collective's leader proposes the Secretary, who need not be a member.
		propose(11, SECRETARY, 2);
		let proposals = SeatProposals::<Test>::get(NODE_SEAT);
		assert_eq!(proposals.len(), 1);
		assert_eq!((proposals[0].proposer, proposals[0].candidate), (10, 13));
		// A new proposal of the same leader replaces its previous one.
		propose(10, NODE_SEAT, 12);
		let proposals = SeatProposals::<Test>::get(NODE_SEAT);
		assert_eq!(proposals.len(), 1);
		assert_eq!(proposals[0].candidate, 12);
	});
}

#[test]
fn propose_executive_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Councils::propose_executive(RuntimeOrigin::root(), NODE_SEAT, 13), BadOrigin);
	});
}

#[test]
fn propose_executive_requires_a_leader_of_the_collective() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Councils::propose_executive(RuntimeOrigin::signed(13), SECRETARY, 2),
			Error::<Test>::NotLeader
		);
		let empresas = ExecutiveSeat::Commissioner(Commission::Projects, EMPRESAS);
		assert_noop!(
			Councils::propose_executive(RuntimeOrigin::signed(10), empresas, 20),
			Error::<Test>::NotLeader
		);
	});
}

#[test]
fn propose_executive_requires_an_active_member_for_a_commissioner_seat() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Councils::propose_executive(RuntimeOrigin::signed(10), NODE_SEAT, 99),
			Error::<Test>::NotMember
		);
		assert_noop!(
			Councils::propose_executive(RuntimeOrigin::signed(10), NODE_SEAT, 20),
			Error::<Test>::MemberOfAnotherCollective
		);
		// 1 applies to Academia: on its roster, not active.
		MockCollectives::set_member(ACADEMIA, 1, false);
		assert_noop!(
			Councils::propose_executive(RuntimeOrigin::signed(10), NODE_SEAT, 1),
			Error::<Test>::NotActiveMember
		);
	});
}

#[test]
fn propose_executive_rejects_a_seated_candidate() {
	ExtBuilder::default().build_and_execute(|| {
		designate(NODE_SEAT, 13);
		assert_noop!(
			Councils::propose_executive(RuntimeOrigin::signed(10), PROJECTS_SEAT, 13),
			Error::<Test>::AlreadySeated
		);
		admit(3);
		assert_noop!(
			Councils::propose_executive(RuntimeOrigin::signed(10), SECRETARY, 3),
			Error::<Test>::AlreadySeated
		);
	});
}

#[test]
fn propose_executive_rejects_too_many_proposals_and_prunes_former_leaders() {
	ExtBuilder::default().build_and_execute(|| {
		// Empresas and Sector publico get a leader.
		MockCollectives::add_leader(EMPRESAS, 20);
		MockCollectives::add_leader(SECTOR_PUBLICO, 30);
		propose(10, SECRETARY, 2);
		propose(11, SECRETARY, 3);
		propose(30, SECRETARY, 5);
		assert_noop!(
			Councils::propose_executive(RuntimeOrigin::signed(20), SECRETARY, 4),
			Error::<Test>::TooManyProposals
		);
		// Leader 11's term is cut short: its proposal no longer counts and makes room.
		MockCollectives::remove_leader(ACADEMIA, 11);
		assert_noop!(
			Councils::designate_executive(advisory(), SECRETARY, 3),
			Error::<Test>::ProposalNotFound
		);
		propose(20, SECRETARY, 4);
		let candidates: Vec<u64> =
			SeatProposals::<Test>::get(SECRETARY).iter().map(|p| p.candidate).collect();
		assert_eq!(candidates, vec![2, 5, 4]);
	});
}

// withdraw_executive_proposal

#[test]
fn withdraw_executive_proposal_works() {
	ExtBuilder::default().build_and_execute(|| {
		propose(10, NODE_SEAT, 13);
		assert_ok!(Councils::withdraw_executive_proposal(RuntimeOrigin::signed(10), NODE_SEAT));
		assert_eq!(
			last_event(),
			Event::ExecutiveProposalWithdrawn { seat: NODE_SEAT, candidate: 13, proposer: 10 }
		);
		assert!(!SeatProposals::<Test>::contains_key(NODE_SEAT));
	});
}

#[test]
fn withdraw_executive_proposal_keeps_the_other_proposals() {
	ExtBuilder::default().build_and_execute(|| {
		propose(10, NODE_SEAT, 13);
		propose(11, NODE_SEAT, 12);
		assert_ok!(Councils::withdraw_executive_proposal(RuntimeOrigin::signed(10), NODE_SEAT));
		let proposals = SeatProposals::<Test>::get(NODE_SEAT);
		assert_eq!(proposals.len(), 1);
		assert_eq!((proposals[0].proposer, proposals[0].candidate), (11, 12));
	});
}

#[test]
fn withdraw_executive_proposal_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		propose(10, NODE_SEAT, 13);
		assert_noop!(
			Councils::withdraw_executive_proposal(RuntimeOrigin::root(), NODE_SEAT),
			BadOrigin
		);
	});
}

#[test]
fn withdraw_executive_proposal_is_for_the_proposer_only() {
	ExtBuilder::default().build_and_execute(|| {
		propose(10, NODE_SEAT, 13);
		assert_noop!(
			Councils::withdraw_executive_proposal(RuntimeOrigin::signed(11), NODE_SEAT),
			Error::<Test>::ProposalNotFound
		);
	});
}

// designate_executive

#[test]
fn designate_executive_seats_a_commissioner_and_pushes_the_councils() {
	ExtBuilder::default().build_and_execute(|| {
		propose(10, NODE_SEAT, 13);
		assert_ok!(Councils::designate_executive(advisory(), NODE_SEAT, 13));
		let expires_at = 1 + EXECUTIVE_TERM;
		assert!(has_event(Event::ExecutiveDesignated {
			seat: NODE_SEAT,
			who: 13,
			expires_at,
			replaced: None,
		}));
		assert!(has_event(Event::CouncilMembersChanged {
			council: Council::Executive,
			members: 1
		}));
		assert_eq!(
			last_event(),
			Event::CouncilMembersChanged {
				council: Council::Commission(Commission::NodeIntegration),
				members: 1
			}
		);
		let seat =
			Commissioners::<Test>::get(Commission::NodeIntegration, ACADEMIA).expect("seated");
		assert_eq!((seat.who, seat.designated_at, seat.expires_at), (13, 1, expires_at));
		assert_eq!(ExecutiveSeatOf::<Test>::get(13), Some(NODE_SEAT));
		assert_eq!(Councils::executive_seat(NODE_SEAT).map(|s| s.who), Some(13));
		assert!(!SeatProposals::<Test>::contains_key(NODE_SEAT));
		assert_eq!(
			SeatExpiries::<Test>::get(expires_at).into_inner(),
			vec![SeatExpiry::Executive(NODE_SEAT)]
		);
		assert_eq!(executive_members(), vec![13]);
		assert_eq!(pushed(NODE_COMMISSION_COUNCIL), vec![13]);
		assert!(pushed(PROJECTS_COMMISSION_COUNCIL).is_empty());
	});
}

#[test]
fn designate_executive_seats_the_secretary_in_the_executive_council() {
	ExtBuilder::default().build_and_execute(|| {
		designate(NODE_SEAT, 13);
		designate(SECRETARY, 2);
		assert_eq!(ExecutiveSecretary::<Test>::get().map(|s| s.who), Some(2));
		assert_eq!(executive_members(), vec![2, 13]);
		assert_eq!(CouncilMembers::<Test>::get(Council::Executive).into_inner(), vec![2, 13]);
		assert_eq!(Councils::council_members(Council::Executive), vec![2, 13]);
	});
}

#[test]
fn designate_executive_replaces_the_holder() {
	ExtBuilder::default().build_and_execute(|| {
		designate(NODE_SEAT, 13);
		run_to_block(5);
		designate(NODE_SEAT, 12);
		assert!(has_event(Event::ExecutiveSeatEnded {
			seat: NODE_SEAT,
			who: 13,
			cause: SeatEnd::Replaced
		}));
		assert!(has_event(Event::ExecutiveDesignated {
			seat: NODE_SEAT,
			who: 12,
			expires_at: 5 + EXECUTIVE_TERM,
			replaced: Some(13),
		}));
		assert_eq!(ExecutiveSeatOf::<Test>::get(13), None);
		assert!(!SeatExpiries::<Test>::contains_key(1 + EXECUTIVE_TERM));
		assert_eq!(executive_members(), vec![12]);
		assert_eq!(pushed(NODE_COMMISSION_COUNCIL), vec![12]);
	});
}

#[test]
fn designating_the_holder_again_starts_a_new_term() {
	ExtBuilder::default().build_and_execute(|| {
		designate(NODE_SEAT, 13);
		run_to_block(50);
		designate(NODE_SEAT, 13);
		assert_eq!(
			last_event(),
			Event::ExecutiveDesignated {
				seat: NODE_SEAT,
				who: 13,
				expires_at: 50 + EXECUTIVE_TERM,
				replaced: None,
			}
		);
		assert!(!SeatExpiries::<Test>::contains_key(1 + EXECUTIVE_TERM));
		// The membership did not change: nothing was pushed again.
		let pushes = events()
			.into_iter()
			.filter(|e| matches!(e, Event::CouncilMembersChanged { .. }))
			.count();
		assert_eq!(pushes, 2);
	});
}

#[test]
fn designate_executive_requires_the_advisory_council() {
	ExtBuilder::default().build_and_execute(|| {
		propose(10, NODE_SEAT, 13);
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::signed(10)] {
			assert_noop!(Councils::designate_executive(origin, NODE_SEAT, 13), BadOrigin);
		}
	});
}

#[test]
fn designate_executive_requires_a_proposal() {
	ExtBuilder::default().build_and_execute(|| {
		propose(10, NODE_SEAT, 13);
		assert_noop!(
			Councils::designate_executive(advisory(), NODE_SEAT, 12),
			Error::<Test>::ProposalNotFound
		);
		assert_noop!(
			Councils::designate_executive(advisory(), PROJECTS_SEAT, 13),
			Error::<Test>::ProposalNotFound
		);
	});
}

#[test]
fn designate_executive_checks_the_candidate_again() {
	ExtBuilder::default().build_and_execute(|| {
		propose(10, NODE_SEAT, 13);
		lose_membership(13, ACADEMIA, MembershipLoss::Suspended);
		assert_noop!(
			Councils::designate_executive(advisory(), NODE_SEAT, 13),
			Error::<Test>::NotActiveMember
		);
		propose(11, PROJECTS_SEAT, 12);
		lose_membership(12, ACADEMIA, MembershipLoss::Left);
		assert_noop!(
			Councils::designate_executive(advisory(), PROJECTS_SEAT, 12),
			Error::<Test>::NotMember
		);
	});
}

#[test]
fn designate_executive_rejects_a_candidate_of_another_collective() {
	ExtBuilder::default().build_and_execute(|| {
		propose(10, NODE_SEAT, 13);
		// 13 moves to Empresas (it left Academia and was admitted there).
		lose_membership(13, ACADEMIA, MembershipLoss::Left);
		MockCollectives::add_member(EMPRESAS, 13);
		assert_noop!(
			Councils::designate_executive(advisory(), NODE_SEAT, 13),
			Error::<Test>::MemberOfAnotherCollective
		);
	});
}

#[test]
fn designate_executive_rejects_a_candidate_seated_meanwhile() {
	ExtBuilder::default().build_and_execute(|| {
		propose(10, SECRETARY, 3);
		admit(3);
		assert_noop!(
			Councils::designate_executive(advisory(), SECRETARY, 3),
			Error::<Test>::AlreadySeated
		);
	});
}

#[test]
fn designate_executive_rejects_a_full_expiry_bucket() {
	ExtBuilder::default().build_and_execute(|| {
		propose(10, NODE_SEAT, 13);
		fill_seat_expiries(1 + EXECUTIVE_TERM);
		assert_noop!(
			Councils::designate_executive(advisory(), NODE_SEAT, 13),
			Error::<Test>::TooManyExpiries
		);
		clear_fillers(1 + EXECUTIVE_TERM);
	});
}

#[test]
fn designate_executive_weight_adds_the_obligation_and_one_push() {
	ExtBuilder::default().build_and_execute(|| {
		use crate::weights::WeightInfo;
		let call = crate::Call::<Test>::designate_executive { seat: NODE_SEAT, who: 13 };
		let info = frame_support::dispatch::GetDispatchInfo::get_dispatch_info(&call);
		assert_eq!(
			info.call_weight,
			<() as WeightInfo>::designate_executive()
				.max(<() as WeightInfo>::designate_secretary_without_leaders())
				.saturating_add(PUSH_WEIGHT)
		);
	});
}

// remove_executive

#[test]
fn remove_executive_works() {
	ExtBuilder::default().build_and_execute(|| {
		designate(NODE_SEAT, 13);
		designate(SECRETARY, 2);
		assert_ok!(Councils::remove_executive(advisory(), SECRETARY));
		assert!(has_event(Event::ExecutiveSeatEnded {
			seat: SECRETARY,
			who: 2,
			cause: SeatEnd::Removed
		}));
		assert_eq!(
			last_event(),
			Event::CouncilMembersChanged { council: Council::Executive, members: 1 }
		);
		assert_eq!(ExecutiveSecretary::<Test>::get(), None);
		assert_eq!(executive_members(), vec![13]);
	});
}

#[test]
fn remove_executive_requires_the_advisory_council() {
	ExtBuilder::default().build_and_execute(|| {
		designate(NODE_SEAT, 13);
		assert_noop!(Councils::remove_executive(RuntimeOrigin::root(), NODE_SEAT), BadOrigin);
	});
}

#[test]
fn remove_executive_rejects_a_vacant_seat() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Councils::remove_executive(advisory(), SECRETARY), Error::<Test>::SeatVacant);
	});
}
