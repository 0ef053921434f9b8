//! Delegation of votes: delegating, revoking, cycles, depth, stale delegations, and how the
//! tally follows delegations.

use super::*;

/// Tally [`LEADER`]'s ballot as the close would.
fn tally() -> Tally {
	Elections::tally(&LEADER, ACADEMIA).expect("few enough members; qed")
}

#[test]
fn delegate_records_the_delegation_and_a_new_one_replaces_it() {
	ExtBuilder::default().build_and_execute(|| {
		delegate(2, 3);
		assert_eq!(
			Delegations::<Test>::get(2),
			Some(Delegation { delegate: 3, collective: ACADEMIA })
		);
		assert_eq!(last_event(), Event::Delegated { who: 2, delegate: 3 });
		delegate(2, 4);
		assert_eq!(Delegations::<Test>::get(2).map(|d| d.delegate), Some(4));
	});
}

#[test]
fn delegating_to_itself_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Elections::delegate(signed(2), 2), Error::<Test>::SelfDelegation);
	});
}

#[test]
fn delegating_by_a_non_member_or_to_a_member_of_another_collective_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Elections::delegate(signed(99), 2), Error::<Test>::NotActiveMember);
		assert_noop!(Elections::delegate(signed(2), 20), Error::<Test>::NotActiveMember);
		MockCollectives::set_member(ACADEMIA, 3, false);
		assert_noop!(Elections::delegate(signed(2), 3), Error::<Test>::NotActiveMember);
	});
}

#[test]
fn a_delegation_that_would_close_a_cycle_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		delegate(2, 3);
		assert_noop!(Elections::delegate(signed(3), 2), Error::<Test>::DelegationCycle);
		delegate(3, 4);
		assert_noop!(Elections::delegate(signed(4), 2), Error::<Test>::DelegationCycle);
	});
}

#[test]
fn a_delegation_to_a_chain_already_as_long_as_the_depth_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		// Depth 2: 3 -> 4 -> 5 is two delegations long already.
		delegate(4, 5);
		delegate(3, 4);
		assert_noop!(Elections::delegate(signed(2), 3), Error::<Test>::DelegationTooDeep);
		// One delegation long is fine.
		delegate(2, 4);
	});
}

#[test]
fn undelegate_revokes_the_delegation() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Elections::undelegate(signed(2)), Error::<Test>::DelegationNotFound);
		delegate(2, 3);
		assert_ok!(Elections::undelegate(signed(2)));
		assert!(Delegations::<Test>::get(2).is_none());
		assert_eq!(last_event(), Event::Undelegated { who: 2 });
	});
}

#[test]
fn remove_stale_delegation_of_active_members_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Elections::remove_stale_delegation(signed(9), 2),
			Error::<Test>::DelegationNotFound
		);
		delegate(2, 3);
		assert_noop!(Elections::remove_stale_delegation(signed(9), 2), Error::<Test>::NotStale);
	});
}

#[test]
fn remove_stale_delegation_removes_it_once_the_delegate_or_the_delegator_is_gone() {
	ExtBuilder::default().build_and_execute(|| {
		delegate(2, 3);
		delegate(4, 5);
		// The delegate left.
		MockCollectives::remove_member(3);
		assert_ok!(Elections::remove_stale_delegation(signed(9), 2));
		assert!(Delegations::<Test>::get(2).is_none());
		assert_eq!(last_event(), Event::DelegationRemoved { who: 2 });
		// The delegator was suspended.
		MockCollectives::set_member(ACADEMIA, 4, false);
		assert_ok!(Elections::remove_stale_delegation(signed(9), 4));
		assert!(Delegations::<Test>::get(4).is_none());
	});
}

#[test]
fn a_delegator_counts_with_its_delegates_vote() {
	ExtBuilder::default().build_and_execute(|| {
		delegate(2, 3);
		open_renewal();
		vote(3, true);
		assert_eq!(tally(), Tally { ayes: 2, nays: 0, abstentions: 5, members: 7 });
	});
}

#[test]
fn a_direct_vote_overrides_the_delegation() {
	ExtBuilder::default().build_and_execute(|| {
		delegate(2, 3);
		open_renewal();
		vote(3, true);
		vote(2, false);
		assert_eq!(tally(), Tally { ayes: 1, nays: 1, abstentions: 5, members: 7 });
	});
}

#[test]
fn a_chain_longer_than_the_depth_abstains() {
	ExtBuilder::default().build_and_execute(|| {
		// 2 -> 3 first, then 3 -> 4 and 4 -> 5: the chain from 2 grows to three delegations.
		delegate(2, 3);
		delegate(3, 4);
		delegate(4, 5);
		open_renewal();
		vote(5, true);
		// 4 and 3 reach 5 within two delegations; 2 would need three.
		assert_eq!(tally(), Tally { ayes: 3, nays: 0, abstentions: 4, members: 7 });
	});
}

#[test]
fn a_chain_broken_by_a_delegate_no_longer_active_abstains() {
	ExtBuilder::default().build_and_execute(|| {
		delegate(2, 3);
		delegate(3, 4);
		open_renewal();
		vote(4, true);
		assert_eq!(tally(), Tally { ayes: 3, nays: 0, abstentions: 4, members: 7 });
		// 3 is suspended: it no longer counts, and 2's chain breaks at it.
		MockCollectives::set_member(ACADEMIA, 3, false);
		assert_eq!(tally(), Tally { ayes: 1, nays: 0, abstentions: 5, members: 6 });
	});
}
