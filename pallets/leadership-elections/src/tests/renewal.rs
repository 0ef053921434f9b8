//! Renewal ballots: opening, voting, the tally at close, confirmation, refusal and clean-up.

use super::*;
use frame_support::dispatch::CheckIfFeeless;
use sp_runtime::DispatchError;

/// The ballot of [`LEADER`] approved by 2, 3, 4 and 5 (four of seven).
fn approved() {
	open_renewal();
	for who in [2, 3, 4, 5] {
		vote(who, true);
	}
	assert_ok!(Elections::close_renewal(signed(9), LEADER));
}

#[test]
fn open_renewal_opens_a_ballot() {
	ExtBuilder::default().build_and_execute(|| {
		open_renewal();
		let ballot = ballot(LEADER);
		assert_eq!(ballot.collective, ACADEMIA);
		assert_eq!(ballot.term_end, TERM_END);
		assert_eq!(ballot.voting_end, TERM_END - LEAD + VOTING);
		assert_eq!(ballot.status, BallotStatus::Voting);
		assert_eq!(
			last_event(),
			Event::RenewalOpened {
				leader: LEADER,
				collective: ACADEMIA,
				voting_end: TERM_END - LEAD + VOTING
			}
		);
	});
}

#[test]
fn open_renewal_by_a_member_without_a_term_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		run_to(TERM_END - LEAD);
		assert_noop!(Elections::open_renewal(signed(2)), Error::<Test>::NotLeader);
	});
}

#[test]
fn open_renewal_before_the_renewal_lead_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		run_to(TERM_END - LEAD - 1);
		assert_noop!(Elections::open_renewal(signed(LEADER)), Error::<Test>::RenewalTooEarly);
	});
}

#[test]
fn open_renewal_without_time_for_a_full_vote_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		run_to(TERM_END - VOTING + 1);
		assert_noop!(Elections::open_renewal(signed(LEADER)), Error::<Test>::RenewalTooLate);
		run_to(TERM_END - VOTING);
		assert_ok!(Elections::open_renewal(signed(LEADER)));
	});
}

#[test]
fn a_second_ballot_for_the_same_leader_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		open_renewal();
		assert_noop!(Elections::open_renewal(signed(LEADER)), Error::<Test>::BallotAlreadyOpen);
	});
}

#[test]
fn vote_records_the_vote_and_a_later_vote_replaces_it() {
	ExtBuilder::default().build_and_execute(|| {
		open_renewal();
		vote(2, true);
		assert_eq!(last_event(), Event::Voted { leader: LEADER, voter: 2, aye: true });
		vote(2, false);
		assert_eq!(Votes::<Test>::get(LEADER, 2), Some(false));
		assert_eq!(ballot(LEADER).voters, 1);
	});
}

#[test]
fn vote_without_a_ballot_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Elections::vote(signed(2), LEADER, true), Error::<Test>::BallotNotFound);
	});
}

#[test]
fn vote_by_a_member_of_another_collective_or_an_inactive_member_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		open_renewal();
		assert_noop!(Elections::vote(signed(20), LEADER, true), Error::<Test>::NotActiveMember);
		MockCollectives::set_member(ACADEMIA, 3, false);
		assert_noop!(Elections::vote(signed(3), LEADER, true), Error::<Test>::NotActiveMember);
	});
}

#[test]
fn vote_after_the_voting_period_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		open_renewal();
		run_to(TERM_END - LEAD + VOTING);
		assert_noop!(Elections::vote(signed(2), LEADER, true), Error::<Test>::VotingClosed);
	});
}

#[test]
fn vote_on_an_approved_ballot_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		approved();
		assert_noop!(Elections::vote(signed(6), LEADER, true), Error::<Test>::VotingClosed);
	});
}

#[test]
fn vote_is_feeless_only_for_a_first_vote_of_an_active_member_on_an_open_ballot() {
	ExtBuilder::default().build_and_execute(|| {
		let call = crate::Call::<Test>::vote { leader: LEADER, aye: true };
		// No ballot yet.
		assert!(!call.is_feeless(&signed(2)));
		open_renewal();
		assert!(call.is_feeless(&signed(2)));
		// Not a member of the collective.
		assert!(!call.is_feeless(&signed(20)));
		// Changing a vote pays.
		vote(2, true);
		assert!(!call.is_feeless(&signed(2)));
		// After the voting period.
		run_to(TERM_END - LEAD + VOTING);
		assert!(!call.is_feeless(&signed(3)));
	});
}

#[test]
fn votes_beyond_max_voters_are_refused_and_the_ballot_of_a_too_large_collective_is_removed_after_the_term(
) {
	ExtBuilder::default().build_and_execute(|| {
		for who in 8..=17 {
			MockCollectives::add_member(ACADEMIA, who);
		}
		open_renewal();
		for who in 1..=16 {
			vote(who, true);
		}
		assert_noop!(Elections::vote(signed(17), LEADER, true), Error::<Test>::TooManyVoters);
		// A vote that cannot succeed is not feeless.
		let call = crate::Call::<Test>::vote { leader: LEADER, aye: true };
		assert!(!call.is_feeless(&signed(17)));
		run_to(TERM_END - LEAD + VOTING);
		// Seventeen active members: more than MaxVoters.
		assert_noop!(Elections::close_renewal(signed(9), LEADER), Error::<Test>::TooManyMembers);
		run_to(TERM_END);
		assert_ok!(Elections::remove_stale_ballot(signed(9), LEADER));
		assert_eq!(Votes::<Test>::iter_prefix(LEADER).count(), 0);
	});
}

#[test]
fn close_renewal_before_the_end_without_a_decisive_tally_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		open_renewal();
		for who in [2, 3, 4] {
			vote(who, true);
		}
		vote(5, false);
		// Three ayes of seven: not yet more than half; one nay: not yet half.
		assert_noop!(Elections::close_renewal(signed(9), LEADER), Error::<Test>::VotingOpen);
	});
}

#[test]
fn close_renewal_approves_early_once_ayes_are_more_than_half_of_the_members() {
	ExtBuilder::default().build_and_execute(|| {
		approved();
		let tally = Tally { ayes: 4, nays: 0, abstentions: 3, members: 7 };
		assert_eq!(last_event(), Event::RenewalApproved { leader: LEADER, tally });
		let ballot = ballot(LEADER);
		assert_eq!(ballot.status, BallotStatus::Approved);
		assert_eq!(ballot.tally, tally);
		// The votes are cleared.
		assert_eq!(Votes::<Test>::iter_prefix(LEADER).count(), 0);
		assert_noop!(Elections::close_renewal(signed(9), LEADER), Error::<Test>::VotingClosed);
	});
}

#[test]
fn close_renewal_rejects_early_once_nays_are_half_of_the_members() {
	ExtBuilder::default().build_and_execute(|| {
		MockCollectives::remove_member(7);
		open_renewal();
		for who in [2, 3, 4] {
			vote(who, false);
		}
		// Three nays of six: the renewal can no longer be approved.
		assert_ok!(Elections::close_renewal(signed(9), LEADER));
		assert_eq!(
			last_event(),
			Event::RenewalRejected {
				leader: LEADER,
				tally: Tally { ayes: 0, nays: 3, abstentions: 3, members: 6 }
			}
		);
		assert!(Ballots::<Test>::get(LEADER).is_none());
		assert_eq!(Votes::<Test>::iter_prefix(LEADER).count(), 0);
	});
}

#[test]
fn approval_needs_a_majority_of_the_members_not_of_those_voting() {
	ExtBuilder::default().build_and_execute(|| {
		open_renewal();
		vote(2, true);
		vote(3, true);
		vote(4, true);
		run_to(TERM_END - LEAD + VOTING);
		assert_ok!(Elections::close_renewal(signed(9), LEADER));
		assert_eq!(
			last_event(),
			Event::RenewalRejected {
				leader: LEADER,
				tally: Tally { ayes: 3, nays: 0, abstentions: 4, members: 7 }
			}
		);
	});
}

#[test]
fn close_renewal_without_a_ballot_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Elections::close_renewal(signed(9), LEADER), Error::<Test>::BallotNotFound);
	});
}

#[test]
fn confirm_renewal_renews_the_term() {
	ExtBuilder::default().build_and_execute(|| {
		approved();
		assert_ok!(Elections::confirm_renewal(executive(), LEADER));
		assert_eq!(MockLeadership::<Test>::calls(), vec![LeadershipCall::Renew(LEADER)]);
		use bmx_primitives::governance::LeadershipRegister;
		assert_eq!(MockLeadership::<Test>::term_of(&LEADER), Some((ACADEMIA, TERM_END + 100)));
		assert!(Ballots::<Test>::get(LEADER).is_none());
		assert_eq!(last_event(), Event::RenewalConfirmed { leader: LEADER });
	});
}

#[test]
fn confirm_renewal_by_a_member_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		approved();
		assert_noop!(Elections::confirm_renewal(signed(2), LEADER), BadOrigin);
	});
}

#[test]
fn confirm_renewal_of_a_ballot_still_voting_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Elections::confirm_renewal(executive(), LEADER),
			Error::<Test>::BallotNotFound
		);
		open_renewal();
		assert_noop!(Elections::confirm_renewal(executive(), LEADER), Error::<Test>::NotApproved);
	});
}

#[test]
fn confirm_renewal_after_the_term_ended_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		approved();
		run_to(TERM_END);
		assert_noop!(Elections::confirm_renewal(executive(), LEADER), Error::<Test>::TermEnded);
		// The register ended the leadership: no term at all.
		MockCollectives::remove_leader(ACADEMIA, LEADER);
		assert_noop!(Elections::confirm_renewal(executive(), LEADER), Error::<Test>::TermEnded);
		assert_ok!(Elections::remove_stale_ballot(signed(9), LEADER));
	});
}

#[test]
fn confirm_renewal_changes_nothing_when_the_register_refuses() {
	ExtBuilder::default().build_and_execute(|| {
		approved();
		MockLeadership::<Test>::refuse(Some(DispatchError::Other("term limit")));
		assert_noop!(
			Elections::confirm_renewal(executive(), LEADER),
			DispatchError::Other("term limit")
		);
	});
}

#[test]
fn refuse_renewal_ends_an_approved_ballot() {
	ExtBuilder::default().build_and_execute(|| {
		approved();
		assert_noop!(Elections::refuse_renewal(signed(2), LEADER, REASON), BadOrigin);
		assert_ok!(Elections::refuse_renewal(executive(), LEADER, REASON));
		assert!(Ballots::<Test>::get(LEADER).is_none());
		assert!(MockLeadership::<Test>::calls().is_empty());
		assert_eq!(last_event(), Event::RenewalRefused { leader: LEADER, reason: REASON });
	});
}

#[test]
fn refuse_renewal_of_a_ballot_still_voting_or_missing_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Elections::refuse_renewal(executive(), LEADER, REASON),
			Error::<Test>::BallotNotFound
		);
		open_renewal();
		assert_noop!(
			Elections::refuse_renewal(executive(), LEADER, REASON),
			Error::<Test>::NotApproved
		);
	});
}

#[test]
fn remove_stale_ballot_before_the_term_ends_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Elections::remove_stale_ballot(signed(9), LEADER),
			Error::<Test>::BallotNotFound
		);
		open_renewal();
		run_to(TERM_END - 1);
		assert_noop!(Elections::remove_stale_ballot(signed(9), LEADER), Error::<Test>::NotStale);
	});
}

#[test]
fn remove_stale_ballot_removes_the_ballot_and_its_votes_once_the_term_ended() {
	ExtBuilder::default().build_and_execute(|| {
		open_renewal();
		vote(2, true);
		run_to(TERM_END);
		assert_ok!(Elections::remove_stale_ballot(signed(9), LEADER));
		assert!(Ballots::<Test>::get(LEADER).is_none());
		assert_eq!(Votes::<Test>::iter_prefix(LEADER).count(), 0);
		assert_eq!(last_event(), Event::BallotRemoved { leader: LEADER });
	});
}

#[test]
fn remove_stale_ballot_removes_the_ballot_of_a_leader_no_longer_leading() {
	ExtBuilder::default().build_and_execute(|| {
		open_renewal();
		vote(2, true);
		MockCollectives::remove_leader(ACADEMIA, LEADER);
		assert_ok!(Elections::remove_stale_ballot(signed(9), LEADER));
		assert!(Ballots::<Test>::get(LEADER).is_none());
		assert_eq!(Votes::<Test>::iter_prefix(LEADER).count(), 0);
	});
}

#[test]
#[should_panic(expected = "VotingPeriod must not exceed RenewalLead")]
fn integrity_test_rejects_a_voting_period_longer_than_the_renewal_lead() {
	ExtBuilder::default().build().execute_with(|| {
		VotingPeriod::set(LEAD + 1);
		use frame_support::traits::Hooks;
		<Elections as Hooks<u64>>::integrity_test();
	});
}

#[test]
#[should_panic(expected = "MaxDelegationDepth must be at least 1")]
fn integrity_test_rejects_a_zero_delegation_depth() {
	ExtBuilder::default().build().execute_with(|| {
		MaxDelegationDepth::set(0);
		use frame_support::traits::Hooks;
		<Elections as Hooks<u64>>::integrity_test();
	});
}
