//! Whole flows: an open call electing two leaders, and members with delegations renewing one
//! leader and refusing another (the crate docs' worked example).

use super::*;
use bmx_primitives::governance::{CollectiveInspect, LeadershipRegister};

#[test]
fn an_open_call_elects_two_leaders() {
	ExtBuilder::default().build_and_execute(|| {
		// The Executive Council calls for two leaders of Empresas, which has none.
		open_call(EMPRESAS, 2);
		for who in [20, 21, 22] {
			apply(EMPRESAS, who);
		}
		assert_ok!(Elections::withdraw_application(signed(22), EMPRESAS));
		// Applications close; the Executive Council elects both remaining applicants.
		run_to(1 + APPLICATIONS);
		assert_ok!(Elections::elect(executive(), EMPRESAS, elected(&[20, 21])));
		assert_eq!(
			MockLeadership::<Test>::calls(),
			vec![LeadershipCall::Appoint(EMPRESAS, 20), LeadershipCall::Appoint(EMPRESAS, 21)]
		);
		assert_eq!(MockCollectives::leaders(EMPRESAS), vec![20, 21]);
		assert_eq!(MockLeadership::<Test>::term_of(&20), Some((EMPRESAS, 1 + APPLICATIONS + 100)));
		assert!(OpenCalls::<Test>::get(EMPRESAS).is_none());
		assert_eq!(
			last_event(),
			Event::LeadersElected { collective: EMPRESAS, elected: elected(&[20, 21]) }
		);
		// A new call may follow for the last vacancy.
		open_call(EMPRESAS, 1);
	});
}

#[test]
fn members_with_delegations_renew_one_leader_and_refuse_another() {
	ExtBuilder::default().build_and_execute(|| {
		// Academia's members 1..7 are A..G of the crate docs; A (1) and B (2) lead, both terms
		// ending at TERM_END. Depth 2.
		MockLeadership::<Test>::set_term(ACADEMIA, 2, TERM_END);
		// E -> F before F -> G: E's chain E -> F -> G -> D grows longer than the depth.
		delegate(5, 6);
		delegate(6, 7);
		delegate(7, 4);
		delegate(2, 3);
		delegate(3, 4);

		// Both leaders stand again.
		run_to(TERM_END - LEAD);
		assert_ok!(Elections::open_renewal(signed(1)));
		assert_ok!(Elections::open_renewal(signed(2)));

		// A's renewal: A aye, C nay (overriding its delegation to D), D aye; F does not vote.
		for (who, aye) in [(1, true), (3, false), (4, true)] {
			assert_ok!(Elections::vote(signed(who), 1, aye));
		}
		// B's renewal: the worked example: A aye, C nay, D aye, F nay.
		for (who, aye) in [(1, true), (3, false), (4, true), (6, false)] {
			assert_ok!(Elections::vote(signed(who), 2, aye));
		}

		// A: A, D direct; F -> G -> D and G -> D reach D: aye. B -> C and C: nay. E -> F -> G
		// is cut at the depth: abstains. Four of seven: approved before the period ends.
		assert_ok!(Elections::close_renewal(signed(9), 1));
		assert_eq!(
			last_event(),
			Event::RenewalApproved {
				leader: 1,
				tally: Tally { ayes: 4, nays: 2, abstentions: 1, members: 7 }
			}
		);
		// B: F votes nay itself, and E follows it: four nays of seven, rejected early.
		assert_ok!(Elections::close_renewal(signed(9), 2));
		assert_eq!(
			last_event(),
			Event::RenewalRejected {
				leader: 2,
				tally: Tally { ayes: 3, nays: 4, abstentions: 0, members: 7 }
			}
		);
		assert!(Ballots::<Test>::get(2).is_none());
		assert_eq!(Votes::<Test>::iter().count(), 0);

		// The Executive Council confirms A's renewal; B's term runs out.
		assert_ok!(Elections::confirm_renewal(executive(), 1));
		assert_eq!(MockLeadership::<Test>::calls(), vec![LeadershipCall::Renew(1)]);
		assert_eq!(MockLeadership::<Test>::term_of(&1), Some((ACADEMIA, TERM_END + 100)));
		assert_eq!(MockLeadership::<Test>::term_of(&2), Some((ACADEMIA, TERM_END)));
	});
}

#[test]
fn an_approved_renewal_refused_by_the_executive_council_runs_out() {
	ExtBuilder::default().build_and_execute(|| {
		delegate(5, 4);
		delegate(6, 4);
		delegate(7, 4);
		open_renewal();
		vote(4, true);
		// D's vote carries E, F and G: four of seven.
		assert_ok!(Elections::close_renewal(signed(9), LEADER));
		assert_eq!(ballot(LEADER).status, BallotStatus::Approved);
		assert_ok!(Elections::refuse_renewal(executive(), LEADER, REASON));
		assert!(MockLeadership::<Test>::calls().is_empty());
		// A member who leaves leaves a stale delegation anyone may clean.
		MockCollectives::remove_member(7);
		assert_ok!(Elections::remove_stale_delegation(signed(9), 7));
		assert_eq!(Delegations::<Test>::iter().count(), 2);
	});
}
