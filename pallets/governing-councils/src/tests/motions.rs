//! The Executive Council's motions: tabling, votes, the attendance quorum, the decision and the
//! dispatch of approved calls.

use super::*;
use crate::{
	DecisionKind, EnsureExecutiveDecision, EnsureOrdinaryDecision, MotionIndexOf, MotionOutcome,
	Motions, Origin,
};
use codec::Encode;
use frame_support::{
	dispatch::GetDispatchInfo,
	traits::{EnsureOrigin, QueryPreimage},
	weights::Weight,
};
use sp_runtime::traits::Hash;

// table_motion

#[test]
fn table_motion_records_the_secretary_s_aye() {
	ExtBuilder::default().build_and_execute(|| {
		seat_full_executive();
		let now = System::block_number();
		let index = table(SEC, remark());
		let proposal_hash = <Test as frame_system::Config>::Hashing::hash_of(&remark());
		assert_eq!(
			last_event(),
			Event::MotionTabled {
				index,
				proposer: SEC,
				kind: MotionKind::Ordinary,
				proposal_hash,
				voting_ends: now + VOTING_PERIOD,
			}
		);
		let motion = Motions::<Test>::get(index).expect("tabled");
		assert_eq!(motion.votes.into_inner(), vec![(SEC, true)]);
		assert_eq!(MotionIndexOf::<Test>::get(proposal_hash), Some(index));
		assert_eq!(Councils::motion_quorum(DecisionKind::Ordinary), 7);
		assert_eq!(Councils::motion_quorum(DecisionKind::Extraordinary), 5);
	});
}

#[test]
fn table_motion_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Councils::table_motion(RuntimeOrigin::root(), MotionKind::Ordinary, remark(), 100),
			BadOrigin
		);
	});
}

#[test]
fn table_motion_is_for_the_secretary_while_the_seat_is_held() {
	ExtBuilder::default().build_and_execute(|| {
		seat_full_executive();
		assert_noop!(try_table(12, remark(), 100), Error::<Test>::NotSecretary);
	});
}

#[test]
fn any_member_tables_while_the_secretary_s_seat_is_vacant() {
	ExtBuilder::default().build_and_execute(|| {
		seat_full_executive();
		assert_ok!(Councils::remove_executive(advisory(), SECRETARY));
		let index = table(12, remark());
		assert_eq!(
			Motions::<Test>::get(index).map(|m| m.votes.into_inner()),
			Some(vec![(12, true)])
		);
		assert_noop!(try_table(3, remark_of(9), 100), Error::<Test>::NotExecutiveMember);
	});
}

#[test]
fn table_motion_refuses_too_many_motions() {
	ExtBuilder::default().build_and_execute(|| {
		seat_full_executive();
		for len in 0..OPEN_MOTIONS as usize {
			table(SEC, remark_of(len));
		}
		assert_noop!(try_table(SEC, remark_of(50), 100), Error::<Test>::TooManyMotions);
	});
}

#[test]
fn table_motion_refuses_a_call_longer_than_its_bound() {
	ExtBuilder::default().build_and_execute(|| {
		seat_full_executive();
		assert_noop!(try_table(SEC, remark(), 1), Error::<Test>::ProposalTooLong);
		assert_noop!(
			try_table(SEC, remark_of(MAX_MOTION_LENGTH as usize), u32::MAX),
			Error::<Test>::ProposalTooLong
		);
	});
}

#[test]
fn table_motion_refuses_a_call_heavier_than_the_maximum() {
	ExtBuilder::default().build_and_execute(|| {
		seat_full_executive();
		MaxProposalWeight::set(Weight::zero());
		assert_noop!(try_table(SEC, remark(), 100), Error::<Test>::ProposalTooHeavy);
	});
}

#[test]
fn table_motion_refuses_a_duplicate_of_an_open_motion() {
	ExtBuilder::default().build_and_execute(|| {
		seat_full_executive();
		table(SEC, remark());
		assert_noop!(try_table(SEC, remark(), 100), Error::<Test>::DuplicateMotion);
	});
}

#[test]
fn an_extraordinary_motion_needs_an_open_request_of_its_collective() {
	ExtBuilder::default().build_and_execute(|| {
		seat_full_executive();
		assert_noop!(
			Councils::table_motion(
				RuntimeOrigin::signed(SEC),
				MotionKind::Extraordinary { collective: ACADEMIA },
				remark(),
				100
			),
			Error::<Test>::SessionRequestNotFound
		);
	});
}

#[test]
fn a_long_call_is_kept_by_the_preimage_service_until_the_motion_closes() {
	ExtBuilder::default().build_and_execute(|| {
		seat_full_executive();
		let call = remark_of(500);
		let hash = <Test as frame_system::Config>::Hashing::hash_of(&call);
		let index = table(SEC, call);
		assert!(matches!(
			Motions::<Test>::get(index).map(|m| m.proposal),
			Some(frame_support::traits::Bounded::Lookup { .. })
		));
		assert!(<Preimage as QueryPreimage>::is_requested(&hash));
		vote_all(index, &COMMISSIONERS, true);
		close(index);
		assert_eq!(executed(index), Some(Ok(())));
		assert_eq!(<Preimage as QueryPreimage>::len(&hash), None);
	});
}

// vote

#[test]
fn vote_records_and_changes_a_member_s_vote() {
	ExtBuilder::default().build_and_execute(|| {
		let index = full_executive_with_a_remark();
		assert_ok!(Councils::vote(RuntimeOrigin::signed(12), index, false));
		assert_eq!(last_event(), Event::Voted { index, who: 12, aye: false });
		assert_ok!(Councils::vote(RuntimeOrigin::signed(12), index, true));
		assert_eq!(last_event(), Event::Voted { index, who: 12, aye: true });
		assert_eq!(
			Motions::<Test>::get(index).map(|m| m.votes.into_inner()),
			Some(vec![(SEC, true), (12, true)])
		);
	});
}

#[test]
fn vote_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		let index = full_executive_with_a_remark();
		assert_noop!(Councils::vote(RuntimeOrigin::root(), index, true), BadOrigin);
	});
}

#[test]
fn vote_is_for_executive_members_only() {
	ExtBuilder::default().build_and_execute(|| {
		let index = full_executive_with_a_remark();
		assert_noop!(
			Councils::vote(RuntimeOrigin::signed(10), index, true),
			Error::<Test>::NotExecutiveMember
		);
	});
}

#[test]
fn vote_on_an_unknown_motion_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		seat_full_executive();
		assert_noop!(
			Councils::vote(RuntimeOrigin::signed(12), 7, true),
			Error::<Test>::MotionNotFound
		);
	});
}

#[test]
fn vote_after_the_voting_period_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let index = full_executive_with_a_remark();
		run_to_block(System::block_number() + VOTING_PERIOD - 1);
		assert_ok!(Councils::vote(RuntimeOrigin::signed(12), index, true));
		run_to_block(System::block_number() + 1);
		assert_noop!(
			Councils::vote(RuntimeOrigin::signed(13), index, true),
			Error::<Test>::VotingClosed
		);
	});
}

#[test]
fn vote_after_close_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let index = full_executive_with_a_remark();
		wait_out_the_voting_period();
		close(index);
		assert_noop!(
			Councils::vote(RuntimeOrigin::signed(12), index, true),
			Error::<Test>::MotionNotFound
		);
	});
}

#[test]
fn the_same_vote_twice_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let index = full_executive_with_a_remark();
		assert_noop!(
			Councils::vote(RuntimeOrigin::signed(SEC), index, true),
			Error::<Test>::AlreadyVoted
		);
	});
}

#[test]
fn a_full_list_of_votes_drops_the_votes_of_former_members() {
	ExtBuilder::default().build_and_execute(|| {
		let index = full_executive_with_a_remark();
		Motions::<Test>::mutate(index, |motion| {
			let motion = motion.as_mut().expect("tabled");
			let mut former = 600;
			while motion.votes.try_push((former, true)).is_ok() {
				former += 1;
			}
		});
		assert_ok!(Councils::vote(RuntimeOrigin::signed(12), index, false));
		assert_eq!(
			Motions::<Test>::get(index).map(|m| m.votes.into_inner()),
			Some(vec![(SEC, true), (12, false)])
		);
	});
}

// close: the quorum and the decision

#[test]
fn six_members_and_the_secretary_with_four_ayes_pass() {
	ExtBuilder::default().build_and_execute(|| {
		let index = full_executive_with_a_remark();
		vote_all(index, &[12, 13, 21], true);
		vote_all(index, &[22, 30, 40], false);
		wait_out_the_voting_period();
		close(index);
		assert_eq!(outcome(index), Some((7, 4, 3, MotionOutcome::Approved)));
		assert_eq!(executed(index), Some(Ok(())));
	});
}

#[test]
fn six_members_and_the_secretary_with_three_ayes_fail() {
	ExtBuilder::default().build_and_execute(|| {
		let index = full_executive_with_a_remark();
		// The Secretary changes its aye to a nay: 3 ayes, 4 nays.
		assert_ok!(Councils::vote(RuntimeOrigin::signed(SEC), index, false));
		vote_all(index, &[12, 13, 21], true);
		vote_all(index, &[22, 30, 40], false);
		wait_out_the_voting_period();
		close(index);
		assert_eq!(outcome(index), Some((7, 3, 4, MotionOutcome::Rejected)));
		assert_eq!(executed(index), None);
	});
}

#[test]
fn a_tie_fails() {
	ExtBuilder::default().build_and_execute(|| {
		let index = full_executive_with_a_remark();
		vote_all(index, &[12, 13, 21], true);
		vote_all(index, &[22, 30, 40, 41], false);
		close(index);
		assert_eq!(outcome(index), Some((8, 4, 4, MotionOutcome::Rejected)));
		assert_eq!(executed(index), None);
	});
}

#[test]
fn five_members_and_the_secretary_are_no_ordinary_quorum() {
	ExtBuilder::default().build_and_execute(|| {
		let index = full_executive_with_a_remark();
		vote_all(index, &[12, 13, 21, 22, 30], true);
		wait_out_the_voting_period();
		close(index);
		assert_eq!(outcome(index), Some((6, 6, 0, MotionOutcome::NotValid)));
		assert_eq!(executed(index), None);
	});
}

#[test]
fn six_members_without_the_secretary_s_vote_fail() {
	ExtBuilder::default().build_and_execute(|| {
		let index = full_executive_with_a_remark();
		vote_all(index, &[12, 13, 21, 22, 30, 40], true);
		// The Secretary who tabled is replaced; its successor, 3, does not vote.
		reseat(SECRETARY, 3);
		wait_out_the_voting_period();
		close(index);
		assert_eq!(outcome(index), Some((6, 6, 0, MotionOutcome::NotValid)));
	});
}

#[test]
fn with_the_secretary_s_seat_vacant_one_more_member_makes_the_quorum() {
	ExtBuilder::default().build_and_execute(|| {
		seat_full_executive();
		assert_ok!(Councils::remove_executive(advisory(), SECRETARY));
		let index = table(12, remark());
		vote_all(index, &[13, 21, 22, 30, 40], true);
		wait_out_the_voting_period();
		close(index);
		assert_eq!(outcome(index), Some((6, 6, 0, MotionOutcome::NotValid)));

		let index = table(12, remark_of(9));
		vote_all(index, &[13, 21, 22, 30], true);
		vote_all(index, &[40, 41], false);
		close(index);
		assert_eq!(outcome(index), Some((7, 5, 2, MotionOutcome::Approved)));
	});
}

#[test]
fn votes_of_former_members_are_not_counted() {
	ExtBuilder::default().build_and_execute(|| {
		let index = full_executive_with_a_remark();
		vote_all(index, &[12, 13, 21, 22, 30, 40], true);
		// 40 leaves its collective and loses its seat: only six voters remain.
		lose_membership(40, SOCIEDAD_CIVIL, MembershipLoss::Left);
		wait_out_the_voting_period();
		close(index);
		assert_eq!(outcome(index), Some((6, 6, 0, MotionOutcome::NotValid)));
	});
}

#[test]
fn close_before_the_end_is_refused_until_every_member_voted() {
	ExtBuilder::default().build_and_execute(|| {
		let index = full_executive_with_a_remark();
		vote_all(index, &COMMISSIONERS[..6], true);
		assert_noop!(Councils::close(RuntimeOrigin::signed(99), index), Error::<Test>::TooEarly);
		vote_all(index, &COMMISSIONERS[6..], true);
		close(index);
		assert_eq!(outcome(index), Some((8, 8, 0, MotionOutcome::Approved)));
	});
}

#[test]
fn close_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		let index = full_executive_with_a_remark();
		wait_out_the_voting_period();
		assert_noop!(Councils::close(RuntimeOrigin::root(), index), BadOrigin);
	});
}

#[test]
fn close_of_an_unknown_motion_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Councils::close(RuntimeOrigin::signed(99), 0), Error::<Test>::MotionNotFound);
	});
}

#[test]
fn close_removes_the_motion_and_frees_its_call_hash() {
	ExtBuilder::default().build_and_execute(|| {
		let index = full_executive_with_a_remark();
		wait_out_the_voting_period();
		close(index);
		assert!(Motions::<Test>::get(index).is_none());
		assert_eq!(Motions::<Test>::count(), 0);
		// The same call can be tabled again.
		assert_eq!(table(SEC, remark()), index + 1);
	});
}

// close: the dispatch

#[test]
fn an_approved_ordinary_motion_acts_as_the_executive_council() {
	ExtBuilder::default().build_and_execute(|| {
		seat_full_executive();
		request_seat(3);
		let index = table(SEC, admission_of(3));
		vote_all(index, &COMMISSIONERS, true);
		close(index);
		assert_eq!(executed(index), Some(Ok(())));
		assert_eq!(advisors(), vec![3]);
	});
}

#[test]
fn a_failing_call_leaves_nothing_behind() {
	ExtBuilder::default().build_and_execute(|| {
		seat_full_executive();
		request_seat(3);
		let index = table(SEC, admission_of(3));
		vote_all(index, &COMMISSIONERS, true);
		// The advisory term would end in a full bucket: the admission fails half-way.
		let end = System::block_number() + ADVISORY_TERM;
		fill_seat_expiries(end);
		close(index);
		assert_eq!(executed(index), Some(Err(Error::<Test>::TooManyExpiries.into())));
		assert!(advisors().is_empty());
		assert!(crate::AdvisoryRequests::<Test>::contains_key(3));
		assert_eq!(advisory_held(3), ADVISORY_DEPOSIT);
		assert!(Motions::<Test>::get(index).is_none());
		clear_fillers(end);
	});
}

#[test]
fn close_refunds_what_the_call_did_not_use() {
	ExtBuilder::default().build_and_execute(|| {
		use crate::weights::WeightInfo;
		let index = full_executive_with_a_remark();
		vote_all(index, &COMMISSIONERS, true);
		let call = crate::Call::<Test>::close { index };
		assert_eq!(call.get_dispatch_info().call_weight, Councils::close_weight());
		let post = Councils::close(RuntimeOrigin::signed(99), index).expect("closes");
		let used = remark().get_dispatch_info().call_weight;
		let len = remark().encoded_size() as u32;
		assert_eq!(post.actual_weight, Some(<() as WeightInfo>::close(len).saturating_add(used)));
	});
}

// the origins

#[test]
fn an_ordinary_decision_satisfies_both_origins_and_an_extraordinary_one_only_the_second() {
	let ordinary = || RuntimeOrigin::from(Origin::Executive(DecisionKind::Ordinary));
	let extraordinary = || RuntimeOrigin::from(Origin::Executive(DecisionKind::Extraordinary));
	assert!(EnsureOrdinaryDecision::try_origin(ordinary()).is_ok());
	assert!(EnsureOrdinaryDecision::try_origin(extraordinary()).is_err());
	assert!(EnsureOrdinaryDecision::try_origin(RuntimeOrigin::root()).is_err());
	assert_eq!(EnsureExecutiveDecision::try_origin(ordinary()).ok(), Some(DecisionKind::Ordinary));
	assert_eq!(
		EnsureExecutiveDecision::try_origin(extraordinary()).ok(),
		Some(DecisionKind::Extraordinary)
	);
	assert!(EnsureExecutiveDecision::try_origin(RuntimeOrigin::signed(SEC)).is_err());
}

#[test]
fn an_extraordinary_decision_cannot_act_for_an_ordinary_one() {
	ExtBuilder::default().build_and_execute(|| {
		seat_full_executive();
		empresas_requests_a_session();
		request_seat(3);
		let call = admission_of(3);
		assert_ok!(Councils::table_motion(
			RuntimeOrigin::signed(SEC),
			MotionKind::Extraordinary { collective: EMPRESAS },
			call,
			100
		));
		vote_all(0, &COMMISSIONERS, true);
		close(0);
		assert_eq!(outcome(0), Some((8, 8, 0, MotionOutcome::Approved)));
		assert_eq!(executed(0), Some(Err(BadOrigin)));
		assert!(advisors().is_empty());
	});
}

#[test]
fn an_extraordinary_motion_is_valid_with_the_secretary_and_four_members() {
	ExtBuilder::default().build_and_execute(|| {
		seat_full_executive();
		empresas_requests_a_session();
		assert_ok!(Councils::table_motion(
			RuntimeOrigin::signed(SEC),
			MotionKind::Extraordinary { collective: EMPRESAS },
			remark(),
			100
		));
		vote_all(0, &[12, 13], true);
		vote_all(0, &[21, 22], false);
		wait_out_the_voting_period();
		close(0);
		assert_eq!(outcome(0), Some((5, 3, 2, MotionOutcome::Approved)));
		assert_eq!(executed(0), Some(Ok(())));
	});
}
