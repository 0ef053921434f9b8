//! Tests of the councils: executive seats on the leaders' proposal, the Advisory Council, the
//! memberships pushed to `ChangeMembers`, the terms' expiry and the Secretary's motions.

use super::*;
use crate::{
	Advisors, AdvisoryRequests, Commission, Commissioners, Council, CouncilMembers, DecisionKind,
	ExecutiveSeat, ExecutiveSeatOf, ExecutiveSecretary, SeatEnd, SeatExpiries, SeatExpiry,
	SeatProposals,
};
use sp_runtime::{traits::Hash, DispatchError};

const SECRETARY: ExecutiveSeat = ExecutiveSeat::Secretary;
const NODE_SEAT: ExecutiveSeat = ExecutiveSeat::Commissioner(Commission::NodeIntegration, ACADEMIA);
const PROJECTS_SEAT: ExecutiveSeat = ExecutiveSeat::Commissioner(Commission::Projects, ACADEMIA);

fn advisory() -> RuntimeOrigin {
	RuntimeOrigin::signed(ADVISORY)
}

fn propose(leader: u64, seat: ExecutiveSeat, who: u64) {
	assert_ok!(Collectives::propose_executive(RuntimeOrigin::signed(leader), seat, who));
}

fn designate(seat: ExecutiveSeat, who: u64) {
	propose(10, seat, who);
	assert_ok!(Collectives::designate_executive(advisory(), seat, who));
}

fn advisory_held(who: u64) -> u64 {
	Balances::balance_on_hold(&RuntimeHoldReason::Collectives(HoldReason::AdvisoryRequest), &who)
}

fn request_seat(who: u64) {
	assert_ok!(Collectives::request_advisory_seat(RuntimeOrigin::signed(who), DOC));
}

fn admit(who: u64) {
	request_seat(who);
	assert_ok!(Collectives::admit_advisor(RuntimeOrigin::root(), who));
}

fn advisors() -> Vec<u64> {
	Advisors::<Test>::get().into_iter().map(|a| a.who).collect()
}

/// Fill the seat expiry bucket of block `at`.
fn fill_seat_expiries(at: u64) {
	SeatExpiries::<Test>::mutate(at, |bucket| {
		let mut filler = 500;
		while bucket.try_push(SeatExpiry::Advisor(filler)).is_ok() {
			filler += 1;
		}
	});
}

/// Remove the fillers of [`fill_seat_expiries`], so that the invariants hold again.
fn clear_fillers(at: u64) {
	SeatExpiries::<Test>::mutate_exists(at, |maybe| {
		if let Some(bucket) = maybe {
			bucket.retain(|e| !matches!(e, SeatExpiry::Advisor(w) if *w >= 500));
			if bucket.is_empty() {
				*maybe = None;
			}
		}
	});
}

fn remark() -> Box<RuntimeCall> {
	Box::new(RuntimeCall::System(frame_system::Call::remark { remark: vec![1, 2, 3] }))
}

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
		assert_noop!(
			Collectives::propose_executive(RuntimeOrigin::root(), NODE_SEAT, 13),
			BadOrigin
		);
	});
}

#[test]
fn propose_executive_requires_a_leader_of_the_collective() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::propose_executive(RuntimeOrigin::signed(13), SECRETARY, 2),
			Error::<Test>::NotLeader
		);
		let empresas = ExecutiveSeat::Commissioner(Commission::Projects, EMPRESAS);
		assert_noop!(
			Collectives::propose_executive(RuntimeOrigin::signed(10), empresas, 20),
			Error::<Test>::NotLeader
		);
	});
}

#[test]
fn propose_executive_requires_an_active_member_for_a_commissioner_seat() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::propose_executive(RuntimeOrigin::signed(10), NODE_SEAT, 99),
			Error::<Test>::NotMember
		);
		assert_noop!(
			Collectives::propose_executive(RuntimeOrigin::signed(10), NODE_SEAT, 20),
			Error::<Test>::MemberOfAnotherCollective
		);
		apply(1, ACADEMIA, b"UAM");
		assert_noop!(
			Collectives::propose_executive(RuntimeOrigin::signed(10), NODE_SEAT, 1),
			Error::<Test>::NotActiveMember
		);
	});
}

#[test]
fn propose_executive_rejects_a_seated_candidate() {
	ExtBuilder::default().build_and_execute(|| {
		designate(NODE_SEAT, 13);
		assert_noop!(
			Collectives::propose_executive(RuntimeOrigin::signed(10), PROJECTS_SEAT, 13),
			Error::<Test>::AlreadySeated
		);
		admit(3);
		assert_noop!(
			Collectives::propose_executive(RuntimeOrigin::signed(10), SECRETARY, 3),
			Error::<Test>::AlreadySeated
		);
	});
}

#[test]
fn propose_executive_rejects_too_many_proposals_and_prunes_former_leaders() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), EMPRESAS, 20));
		propose(10, SECRETARY, 2);
		propose(11, SECRETARY, 3);
		assert_noop!(
			Collectives::propose_executive(RuntimeOrigin::signed(20), SECRETARY, 4),
			Error::<Test>::TooManyProposals
		);
		// Leader 11's term is cut short: its proposal no longer counts and makes room.
		assert_ok!(Collectives::remove_leader(RuntimeOrigin::root(), ACADEMIA, 11));
		assert_noop!(
			Collectives::designate_executive(advisory(), SECRETARY, 3),
			Error::<Test>::ProposalNotFound
		);
		propose(20, SECRETARY, 4);
		let candidates: Vec<u64> =
			SeatProposals::<Test>::get(SECRETARY).iter().map(|p| p.candidate).collect();
		assert_eq!(candidates, vec![2, 4]);
	});
}

// withdraw_executive_proposal

#[test]
fn withdraw_executive_proposal_works() {
	ExtBuilder::default().build_and_execute(|| {
		propose(10, NODE_SEAT, 13);
		assert_ok!(Collectives::withdraw_executive_proposal(RuntimeOrigin::signed(10), NODE_SEAT));
		assert_eq!(
			last_event(),
			Event::ExecutiveProposalWithdrawn { seat: NODE_SEAT, candidate: 13, proposer: 10 }
		);
		assert!(!SeatProposals::<Test>::contains_key(NODE_SEAT));
	});
}

#[test]
fn withdraw_executive_proposal_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		propose(10, NODE_SEAT, 13);
		assert_noop!(
			Collectives::withdraw_executive_proposal(RuntimeOrigin::root(), NODE_SEAT),
			BadOrigin
		);
	});
}

#[test]
fn withdraw_executive_proposal_is_for_the_proposer_only() {
	ExtBuilder::default().build_and_execute(|| {
		propose(10, NODE_SEAT, 13);
		assert_noop!(
			Collectives::withdraw_executive_proposal(RuntimeOrigin::signed(11), NODE_SEAT),
			Error::<Test>::ProposalNotFound
		);
	});
}

// designate_executive

#[test]
fn designate_executive_seats_a_commissioner_and_pushes_the_councils() {
	ExtBuilder::default().build_and_execute(|| {
		propose(10, NODE_SEAT, 13);
		assert_ok!(Collectives::designate_executive(advisory(), NODE_SEAT, 13));
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
		assert!(!SeatProposals::<Test>::contains_key(NODE_SEAT));
		assert_eq!(
			SeatExpiries::<Test>::get(expires_at).into_inner(),
			vec![SeatExpiry::Executive(NODE_SEAT)]
		);
		assert_eq!(pushed(EXECUTIVE), vec![13]);
		assert_eq!(pushed(NODE_COMMISSION_COUNCIL), vec![13]);
		assert!(pushed(PROJECTS_COMMISSION_COUNCIL).is_empty());
		assert_eq!(prime(), None);
	});
}

#[test]
fn designate_executive_seats_the_secretary_as_prime() {
	ExtBuilder::default().build_and_execute(|| {
		designate(NODE_SEAT, 13);
		designate(SECRETARY, 2);
		assert_eq!(ExecutiveSecretary::<Test>::get().map(|s| s.who), Some(2));
		assert_eq!(pushed(EXECUTIVE), vec![2, 13]);
		assert_eq!(prime(), Some(2));
		assert_eq!(CouncilMembers::<Test>::get(Council::Executive).into_inner(), vec![2, 13]);
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
		assert_eq!(pushed(EXECUTIVE), vec![12]);
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
			assert_noop!(Collectives::designate_executive(origin, NODE_SEAT, 13), BadOrigin);
		}
	});
}

#[test]
fn designate_executive_requires_a_proposal() {
	ExtBuilder::default().build_and_execute(|| {
		propose(10, NODE_SEAT, 13);
		assert_noop!(
			Collectives::designate_executive(advisory(), NODE_SEAT, 12),
			Error::<Test>::ProposalNotFound
		);
		assert_noop!(
			Collectives::designate_executive(advisory(), PROJECTS_SEAT, 13),
			Error::<Test>::ProposalNotFound
		);
	});
}

#[test]
fn designate_executive_checks_the_candidate_again() {
	ExtBuilder::default().build_and_execute(|| {
		propose(10, NODE_SEAT, 13);
		assert_ok!(Collectives::suspend_member(RuntimeOrigin::root(), 13, REASON));
		assert_noop!(
			Collectives::designate_executive(advisory(), NODE_SEAT, 13),
			Error::<Test>::NotActiveMember
		);
		propose(11, PROJECTS_SEAT, 12);
		assert_ok!(Collectives::leave(RuntimeOrigin::signed(12)));
		assert_noop!(
			Collectives::designate_executive(advisory(), PROJECTS_SEAT, 12),
			Error::<Test>::NotMember
		);
	});
}

#[test]
fn designate_executive_rejects_a_candidate_seated_meanwhile() {
	ExtBuilder::default().build_and_execute(|| {
		propose(10, SECRETARY, 3);
		admit(3);
		assert_noop!(
			Collectives::designate_executive(advisory(), SECRETARY, 3),
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
			Collectives::designate_executive(advisory(), NODE_SEAT, 13),
			Error::<Test>::ExpiryScheduleFull
		);
		clear_fillers(1 + EXECUTIVE_TERM);
	});
}

// remove_executive

#[test]
fn remove_executive_works() {
	ExtBuilder::default().build_and_execute(|| {
		designate(NODE_SEAT, 13);
		designate(SECRETARY, 2);
		assert_ok!(Collectives::remove_executive(advisory(), SECRETARY));
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
		assert_eq!(pushed(EXECUTIVE), vec![13]);
		assert_eq!(prime(), None);
	});
}

#[test]
fn remove_executive_requires_the_advisory_council() {
	ExtBuilder::default().build_and_execute(|| {
		designate(NODE_SEAT, 13);
		assert_noop!(Collectives::remove_executive(RuntimeOrigin::root(), NODE_SEAT), BadOrigin);
	});
}

#[test]
fn remove_executive_rejects_a_vacant_seat() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::remove_executive(advisory(), SECRETARY),
			Error::<Test>::SeatVacant
		);
	});
}

// Commissioners who stop being active members.

#[test]
fn a_commissioner_who_stops_being_an_active_member_loses_the_seat() {
	ExtBuilder::default().build_and_execute(|| {
		designate(NODE_SEAT, 13);
		designate(PROJECTS_SEAT, 12);
		designate(SECRETARY, 2);
		assert_ok!(Collectives::suspend_member(RuntimeOrigin::root(), 13, REASON));
		assert!(has_event(Event::ExecutiveSeatEnded {
			seat: NODE_SEAT,
			who: 13,
			cause: SeatEnd::MembershipLost
		}));
		assert_ok!(Collectives::leave(RuntimeOrigin::signed(12)));
		assert!(has_event(Event::ExecutiveSeatEnded {
			seat: PROJECTS_SEAT,
			who: 12,
			cause: SeatEnd::MembershipLost
		}));
		assert_eq!(pushed(EXECUTIVE), vec![2]);
		assert!(pushed(NODE_COMMISSION_COUNCIL).is_empty());
		assert!(pushed(PROJECTS_COMMISSION_COUNCIL).is_empty());
		// The Secretary need not be a member.
		assert_eq!(prime(), Some(2));
	});
}

#[test]
fn an_expelled_commissioner_loses_the_seat() {
	ExtBuilder::default().build_and_execute(|| {
		designate(NODE_SEAT, 13);
		assert_ok!(Collectives::expel_member(RuntimeOrigin::root(), 13, REASON));
		assert_eq!(ExecutiveSeatOf::<Test>::get(13), None);
		assert!(pushed(EXECUTIVE).is_empty());
	});
}

// request_advisory_seat and withdraw_advisory_request

#[test]
fn request_advisory_seat_holds_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		assert_eq!(
			last_event(),
			Event::AdvisorySeatRequested { who: 3, document: DOC, deposit: ADVISORY_DEPOSIT }
		);
		assert_eq!(advisory_held(3), ADVISORY_DEPOSIT);
		assert_eq!(AdvisoryRequests::<Test>::get(3).map(|r| r.document), Some(DOC));
	});
}

#[test]
fn request_advisory_seat_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Collectives::request_advisory_seat(RuntimeOrigin::root(), DOC), BadOrigin);
	});
}

#[test]
fn request_advisory_seat_rejects_a_seated_account() {
	ExtBuilder::default().build_and_execute(|| {
		admit(3);
		designate(NODE_SEAT, 13);
		for who in [3, 13] {
			assert_noop!(
				Collectives::request_advisory_seat(RuntimeOrigin::signed(who), DOC),
				Error::<Test>::AlreadySeated
			);
		}
	});
}

#[test]
fn request_advisory_seat_rejects_a_second_request() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		assert_noop!(
			Collectives::request_advisory_seat(RuntimeOrigin::signed(3), DOC),
			Error::<Test>::AdvisoryRequestPending
		);
	});
}

#[test]
fn request_advisory_seat_rejects_too_many_requests() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		request_seat(4);
		assert_noop!(
			Collectives::request_advisory_seat(RuntimeOrigin::signed(5), DOC),
			Error::<Test>::TooManyRequests
		);
	});
}

#[test]
fn request_advisory_seat_requires_funds_for_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::request_advisory_seat(RuntimeOrigin::signed(99), DOC),
			TokenError::FundsUnavailable
		);
	});
}

#[test]
fn withdraw_advisory_request_returns_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		assert_ok!(Collectives::withdraw_advisory_request(RuntimeOrigin::signed(3)));
		assert_eq!(
			last_event(),
			Event::AdvisoryRequestWithdrawn { who: 3, deposit: ADVISORY_DEPOSIT }
		);
		assert_eq!(advisory_held(3), 0);
		assert_eq!(free(3), INITIAL_BALANCE);
	});
}

#[test]
fn withdraw_advisory_request_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Collectives::withdraw_advisory_request(RuntimeOrigin::root()), BadOrigin);
	});
}

#[test]
fn withdraw_advisory_request_rejects_an_unknown_request() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::withdraw_advisory_request(RuntimeOrigin::signed(3)),
			Error::<Test>::AdvisoryRequestNotFound
		);
	});
}

// admit_advisor and reject_advisory_request

#[test]
fn admit_advisor_seats_it_and_returns_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		assert_ok!(Collectives::admit_advisor(RuntimeOrigin::root(), 3));
		assert!(has_event(Event::AdvisorAdmitted {
			who: 3,
			expires_at: 1 + ADVISORY_TERM,
			deposit: ADVISORY_DEPOSIT,
		}));
		assert_eq!(
			last_event(),
			Event::CouncilMembersChanged { council: Council::Advisory, members: 1 }
		);
		assert_eq!(advisors(), vec![3]);
		assert_eq!(advisory_held(3), 0);
		assert_eq!(pushed(ADVISORY_COUNCIL), vec![3]);
		assert!(!AdvisoryRequests::<Test>::contains_key(3));
	});
}

#[test]
fn admit_advisor_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		assert_noop!(Collectives::admit_advisor(advisory(), 3), BadOrigin);
	});
}

#[test]
fn admit_advisor_rejects_an_unknown_request() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::admit_advisor(RuntimeOrigin::root(), 3),
			Error::<Test>::AdvisoryRequestNotFound
		);
	});
}

#[test]
fn admit_advisor_rejects_an_account_seated_meanwhile() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Collectives::request_advisory_seat(RuntimeOrigin::signed(10), DOC));
		designate(SECRETARY, 10);
		assert_noop!(
			Collectives::admit_advisor(RuntimeOrigin::root(), 10),
			Error::<Test>::AlreadySeated
		);
	});
}

#[test]
fn admit_advisor_rejects_a_full_council() {
	ExtBuilder::default().build_and_execute(|| {
		admit(3);
		admit(4);
		admit(5);
		request_seat(1);
		assert_noop!(
			Collectives::admit_advisor(RuntimeOrigin::root(), 1),
			Error::<Test>::AdvisoryCouncilFull
		);
	});
}

#[test]
fn admit_advisor_rejects_a_full_expiry_bucket() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		fill_seat_expiries(1 + ADVISORY_TERM);
		assert_noop!(
			Collectives::admit_advisor(RuntimeOrigin::root(), 3),
			Error::<Test>::ExpiryScheduleFull
		);
		clear_fillers(1 + ADVISORY_TERM);
	});
}

#[test]
fn reject_advisory_request_returns_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		assert_ok!(Collectives::reject_advisory_request(RuntimeOrigin::root(), 3, REASON));
		assert_eq!(
			last_event(),
			Event::AdvisoryRequestRejected { who: 3, reason: REASON, deposit: ADVISORY_DEPOSIT }
		);
		assert_eq!(advisory_held(3), 0);
		assert!(advisors().is_empty());
	});
}

#[test]
fn reject_advisory_request_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		assert_noop!(
			Collectives::reject_advisory_request(RuntimeOrigin::signed(3), 3, REASON),
			BadOrigin
		);
	});
}

#[test]
fn reject_advisory_request_rejects_an_unknown_request() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::reject_advisory_request(RuntimeOrigin::root(), 3, REASON),
			Error::<Test>::AdvisoryRequestNotFound
		);
	});
}

// renew_advisor and remove_advisor

#[test]
fn renew_advisor_works_once() {
	ExtBuilder::default().build_and_execute(|| {
		admit(3);
		let end = 1 + ADVISORY_TERM;
		run_to_block(end - WINDOW);
		assert_ok!(Collectives::renew_advisor(RuntimeOrigin::root(), 3));
		assert_eq!(
			last_event(),
			Event::AdvisorRenewed { who: 3, expires_at: end + ADVISORY_TERM, renewals: 1 }
		);
		assert!(!SeatExpiries::<Test>::contains_key(end));
		run_to_block(end + ADVISORY_TERM - WINDOW);
		assert_noop!(
			Collectives::renew_advisor(RuntimeOrigin::root(), 3),
			Error::<Test>::RenewalLimitReached
		);
	});
}

#[test]
fn renew_advisor_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		admit(3);
		run_to_block(1 + ADVISORY_TERM - WINDOW);
		assert_noop!(Collectives::renew_advisor(advisory(), 3), BadOrigin);
	});
}

#[test]
fn renew_advisor_rejects_a_non_advisor() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::renew_advisor(RuntimeOrigin::root(), 3),
			Error::<Test>::NotAdvisor
		);
	});
}

#[test]
fn renew_advisor_rejects_an_early_renewal() {
	ExtBuilder::default().build_and_execute(|| {
		admit(3);
		run_to_block(1 + ADVISORY_TERM - WINDOW - 1);
		assert_noop!(
			Collectives::renew_advisor(RuntimeOrigin::root(), 3),
			Error::<Test>::RenewalTooEarly
		);
	});
}

#[test]
fn renew_advisor_rejects_a_full_expiry_bucket() {
	ExtBuilder::default().build_and_execute(|| {
		admit(3);
		let end = 1 + ADVISORY_TERM;
		run_to_block(end - WINDOW);
		fill_seat_expiries(end + ADVISORY_TERM);
		assert_noop!(
			Collectives::renew_advisor(RuntimeOrigin::root(), 3),
			Error::<Test>::ExpiryScheduleFull
		);
		clear_fillers(end + ADVISORY_TERM);
	});
}

#[test]
fn remove_advisor_works() {
	ExtBuilder::default().build_and_execute(|| {
		admit(3);
		admit(4);
		assert_ok!(Collectives::remove_advisor(RuntimeOrigin::root(), 3));
		assert!(has_event(Event::AdvisorySeatEnded { who: 3, cause: SeatEnd::Removed }));
		assert_eq!(advisors(), vec![4]);
		assert_eq!(pushed(ADVISORY_COUNCIL), vec![4]);
		assert_eq!(SeatExpiries::<Test>::get(1 + ADVISORY_TERM).len(), 1);
	});
}

#[test]
fn remove_advisor_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		admit(3);
		assert_noop!(Collectives::remove_advisor(advisory(), 3), BadOrigin);
	});
}

#[test]
fn remove_advisor_rejects_a_non_advisor() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::remove_advisor(RuntimeOrigin::root(), 3),
			Error::<Test>::NotAdvisor
		);
	});
}

// Terms end by themselves.

#[test]
fn executive_and_advisory_terms_expire_by_themselves() {
	ExtBuilder::default().build_and_execute(|| {
		admit(3);
		designate(NODE_SEAT, 13);
		designate(SECRETARY, 2);
		run_to_block(ADVISORY_TERM);
		assert_eq!(advisors(), vec![3]);
		run_to_block(1 + ADVISORY_TERM);
		assert!(advisors().is_empty());
		assert!(has_event(Event::AdvisorySeatEnded { who: 3, cause: SeatEnd::TermExpired }));
		assert!(pushed(ADVISORY_COUNCIL).is_empty());
		run_to_block(1 + EXECUTIVE_TERM);
		assert_eq!(ExecutiveSecretary::<Test>::get(), None);
		assert_eq!(ExecutiveSeatOf::<Test>::get(13), None);
		assert!(pushed(EXECUTIVE).is_empty());
		assert!(pushed(NODE_COMMISSION_COUNCIL).is_empty());
		assert_eq!(prime(), None);
		assert!(!SeatExpiries::<Test>::contains_key(1 + EXECUTIVE_TERM));
	});
}

#[test]
fn on_initialize_weight_counts_the_seat_expiries() {
	ExtBuilder::default().build_and_execute(|| {
		use crate::weights::WeightInfo;
		designate(NODE_SEAT, 13);
		designate(SECRETARY, 2);
		let at = 1 + EXECUTIVE_TERM;
		run_to_block(at - 1);
		System::set_block_number(at);
		assert_eq!(
			Collectives::on_initialize(at),
			<() as WeightInfo>::on_initialize(0)
				.saturating_add(<() as WeightInfo>::on_initialize_seats(2))
		);
	});
}

// table_motion

#[test]
fn table_motion_uses_the_quorum_of_the_decision() {
	ExtBuilder::default().build_and_execute(|| {
		designate(SECRETARY, 2);
		assert_ok!(Collectives::table_motion(
			RuntimeOrigin::signed(2),
			DecisionKind::Ordinary,
			remark(),
			100
		));
		let hash = <Test as frame_system::Config>::Hashing::hash_of(&remark());
		assert_eq!(
			last_event(),
			Event::MotionTabled {
				secretary: 2,
				kind: DecisionKind::Ordinary,
				threshold: 7,
				proposal_hash: hash,
			}
		);
		assert_ok!(Collectives::table_motion(
			RuntimeOrigin::signed(2),
			DecisionKind::Extraordinary,
			remark(),
			100
		));
		let thresholds: Vec<(u64, u32, u32)> =
			motions().into_iter().map(|(s, t, _, l)| (s, t, l)).collect();
		assert_eq!(thresholds, vec![(2, 7, 100), (2, 5, 100)]);
		assert_eq!(motions()[0].2, *remark());
	});
}

#[test]
fn table_motion_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::table_motion(RuntimeOrigin::root(), DecisionKind::Ordinary, remark(), 100),
			BadOrigin
		);
	});
}

#[test]
fn table_motion_is_for_the_secretary_only() {
	ExtBuilder::default().build_and_execute(|| {
		designate(SECRETARY, 2);
		designate(NODE_SEAT, 13);
		assert_noop!(
			Collectives::table_motion(
				RuntimeOrigin::signed(13),
				DecisionKind::Ordinary,
				remark(),
				100
			),
			Error::<Test>::NotSecretary
		);
	});
}

#[test]
fn table_motion_passes_on_the_motions_error() {
	ExtBuilder::default().build_and_execute(|| {
		designate(SECRETARY, 2);
		assert_noop!(
			Collectives::table_motion(
				RuntimeOrigin::signed(2),
				DecisionKind::Ordinary,
				remark(),
				1
			),
			DispatchError::Other("WrongProposalLength")
		);
	});
}

#[test]
fn the_empty_motions_implementation_refuses_motions() {
	use crate::traits::ExecutiveMotions;
	assert!(<() as ExecutiveMotions<u64, RuntimeCall>>::table(2, 7, remark(), 100).is_err());
}

// Configuration and invariants.

#[test]
#[should_panic(expected = "a quorum must not exceed the commissioners' seats")]
fn integrity_test_requires_a_reachable_quorum() {
	OrdinaryQuorum::set(11);
	<Collectives as Hooks<u64>>::integrity_test();
}

#[test]
fn try_state_detects_a_council_out_of_step() {
	ExtBuilder::default().build().execute_with(|| {
		designate(NODE_SEAT, 13);
		assert_ok!(Collectives::do_try_state());
		CouncilMembers::<Test>::remove(Council::Executive);
		assert_eq!(
			Collectives::do_try_state(),
			Err("a council's pushed membership differs from its seats".into())
		);
	});
}

#[test]
fn try_state_detects_two_seats_of_one_account() {
	ExtBuilder::default().build().execute_with(|| {
		designate(NODE_SEAT, 13);
		admit(3);
		assert_ok!(Collectives::do_try_state());
		Advisors::<Test>::mutate(|advisors| {
			if let Some(first) = advisors.iter_mut().next() {
				first.who = 13;
			}
		});
		assert_eq!(Collectives::do_try_state(), Err("an account holds two seats".into()));
	});
}

// The journey.

#[test]
fn journey_of_the_councils_from_proposal_to_expiry() {
	ExtBuilder::default().build_and_execute(|| {
		// Empresas gets leaders, who with Academia's propose the executive.
		assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), EMPRESAS, 20));
		assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), EMPRESAS, 21));
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
			assert_ok!(Collectives::designate_executive(advisory(), seat, who));
		}
		run_to_block(2);
		assert_ok!(Collectives::designate_executive(advisory(), SECRETARY, 2));
		assert_eq!(pushed(EXECUTIVE), vec![2, 12, 13, 21, 22]);
		assert_eq!(prime(), Some(2));
		assert_eq!(pushed(NODE_COMMISSION_COUNCIL), vec![13, 22]);
		assert_eq!(pushed(PROJECTS_COMMISSION_COUNCIL), vec![12, 21]);

		// The Secretary tables an ordinary and an extraordinary motion.
		assert_ok!(Collectives::table_motion(
			RuntimeOrigin::signed(2),
			DecisionKind::Ordinary,
			remark(),
			100
		));
		assert_ok!(Collectives::table_motion(
			RuntimeOrigin::signed(2),
			DecisionKind::Extraordinary,
			remark(),
			100
		));
		let thresholds: Vec<u32> = motions().into_iter().map(|(_, t, _, _)| t).collect();
		assert_eq!(thresholds, vec![1 + 6, 1 + 4]);

		// Member 22 leaves Empresas: it loses its seat and the node commission shrinks.
		assert_ok!(Collectives::leave(RuntimeOrigin::signed(22)));
		assert_eq!(pushed(NODE_COMMISSION_COUNCIL), vec![13]);
		assert_eq!(pushed(EXECUTIVE), vec![2, 12, 13, 21]);

		// Advisor 3 is renewed; 4 is not and its term ends.
		run_to_block(1 + ADVISORY_TERM - WINDOW);
		assert_ok!(Collectives::renew_advisor(RuntimeOrigin::root(), 3));
		run_to_block(1 + ADVISORY_TERM);
		assert_eq!(pushed(ADVISORY_COUNCIL), vec![3]);

		// The commissioners' terms end, then the Secretary's: every list empties and the prime
		// goes.
		run_to_block(1 + EXECUTIVE_TERM);
		assert_eq!(pushed(EXECUTIVE), vec![2]);
		assert_eq!(prime(), Some(2));
		run_to_block(2 + EXECUTIVE_TERM);
		assert!(pushed(EXECUTIVE).is_empty());
		assert!(pushed(NODE_COMMISSION_COUNCIL).is_empty());
		assert!(pushed(PROJECTS_COMMISSION_COUNCIL).is_empty());
		assert_eq!(prime(), None);
		assert_noop!(
			Collectives::table_motion(
				RuntimeOrigin::signed(2),
				DecisionKind::Ordinary,
				remark(),
				100
			),
			Error::<Test>::NotSecretary
		);
	});
}

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
		});
}

#[test]
#[should_panic(expected = "genesis executive seat refused")]
fn genesis_refuses_a_commissioner_who_is_not_a_member_of_the_collective() {
	// 20 is a member of Empresas, not of Academia.
	ExtBuilder::default().executive(vec![(NODE_SEAT, 20)]).build();
}
