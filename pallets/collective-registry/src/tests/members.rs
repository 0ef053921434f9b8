use super::*;

// apply_for_membership

#[test]
fn apply_for_membership_works() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, SOCIEDAD_CIVIL, b"Cruz Roja");
		assert_eq!(
			last_event(),
			Event::MembershipApplied {
				who: 1,
				collective: SOCIEDAD_CIVIL,
				institution: name(b"Cruz Roja"),
				deposit: APPLICATION_DEPOSIT,
			}
		);
		assert_eq!(application_held(1), APPLICATION_DEPOSIT);
		assert_eq!(ApplicationDeposits::<Test>::get(1), Some(APPLICATION_DEPOSIT));
		assert_eq!(free(1), INITIAL_BALANCE - APPLICATION_DEPOSIT);
		let member = Members::<Test>::get(1).expect("application stored");
		assert_eq!(member.status, MemberStatus::Applicant);
		assert_eq!(member.code_of_ethics, CODE_V1);
		assert_eq!(member.applied_at, 1);
		assert_eq!(member.admitted_at, None);
		assert!(CollectiveMembers::<Test>::contains_key(SOCIEDAD_CIVIL, 1));
		assert_eq!(member_count(SOCIEDAD_CIVIL), 1);
	});
}

#[test]
fn apply_for_membership_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::apply_for_membership(
				RuntimeOrigin::root(),
				SOCIEDAD_CIVIL,
				name(b"Cruz Roja"),
				CODE_V1
			),
			BadOrigin
		);
	});
}

#[test]
fn apply_for_membership_needs_a_code_in_force() {
	without_code_of_ethics().build_and_execute(|| {
		assert_noop!(try_apply(1, ACADEMIA, b"UNAM", CODE_V1), Error::<Test>::CodeOfEthicsNotSet);
	});
}

#[test]
fn apply_for_membership_rejects_another_code_version() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(try_apply(1, ACADEMIA, b"UAM", CODE_V2), Error::<Test>::WrongCodeOfEthics);
	});
}

#[test]
fn apply_for_membership_rejects_an_empty_institution() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(try_apply(1, ACADEMIA, b"", CODE_V1), Error::<Test>::EmptyInstitution);
	});
}

#[test]
fn apply_for_membership_allows_one_membership_per_account() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(try_apply(10, EMPRESAS, b"UNAM", CODE_V1), Error::<Test>::AlreadyMember);
	});
}

#[test]
fn apply_for_membership_requires_funds_for_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			try_apply(99, SOCIEDAD_CIVIL, b"Cruz Roja", CODE_V1),
			TokenError::FundsUnavailable
		);
	});
}

#[test]
fn apply_for_membership_rejects_an_unknown_collective() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(try_apply(1, 9, b"UAM", CODE_V1), Error::<Test>::CollectiveNotFound);
	});
}

#[test]
fn apply_for_membership_rejects_a_full_roster() {
	ExtBuilder::default().build_and_execute(|| {
		// Academia holds 4 of 5; applicants count.
		apply(1, ACADEMIA, b"UAM");
		assert_noop!(try_apply(2, ACADEMIA, b"ITAM", CODE_V1), Error::<Test>::TooManyMembers);
	});
}

// admit_member

#[test]
fn admit_member_by_a_leader_works() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, ACADEMIA, b"UAM");
		run_to_block(5);
		assert_ok!(CollectiveRegistry::admit_member(RuntimeOrigin::signed(10), 1));
		assert_eq!(
			last_event(),
			Event::MemberAdmitted { who: 1, collective: ACADEMIA, by: Some(10) }
		);
		let member = Members::<Test>::get(1).expect("member");
		assert_eq!(member.status, MemberStatus::Active);
		assert_eq!(member.admitted_at, Some(5));
		// The deposit comes back on admission.
		assert_application_deposit_returned(1);
	});
}

#[test]
fn admit_member_by_the_executive_works_without_leaders() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, SOCIEDAD_CIVIL, b"Cruz Roja");
		assert_ok!(CollectiveRegistry::admit_member(RuntimeOrigin::root(), 1));
		assert_eq!(
			last_event(),
			Event::MemberAdmitted { who: 1, collective: SOCIEDAD_CIVIL, by: None }
		);
		assert_eq!(status(1), Some(MemberStatus::Active));
	});
}

#[test]
fn admit_member_requires_a_leader_of_that_collective() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, ACADEMIA, b"UAM");
		apply(2, SOCIEDAD_CIVIL, b"Cruz Roja");
		// A plain member, or a leader of another collective, is not enough.
		assert_noop!(
			CollectiveRegistry::admit_member(RuntimeOrigin::signed(13), 1),
			Error::<Test>::NotLeader
		);
		assert_noop!(
			CollectiveRegistry::admit_member(RuntimeOrigin::signed(10), 2),
			Error::<Test>::NotLeader
		);
		assert_noop!(CollectiveRegistry::admit_member(RuntimeOrigin::none(), 1), BadOrigin);
	});
}

#[test]
fn admit_member_checks_the_origin_before_the_application() {
	ExtBuilder::default().build_and_execute(|| {
		// No application for 99: a wrong origin still fails as a wrong origin.
		assert_noop!(CollectiveRegistry::admit_member(RuntimeOrigin::none(), 99), BadOrigin);
	});
}

#[test]
fn admit_member_requires_a_leader_up_to_date_with_the_code() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, ACADEMIA, b"UAM");
		assert_ok!(CollectiveRegistry::set_code_of_ethics(RuntimeOrigin::root(), CODE_V2));
		assert_ok!(CollectiveRegistry::accept_code_of_ethics(RuntimeOrigin::signed(1), CODE_V2));
		assert_noop!(
			CollectiveRegistry::admit_member(RuntimeOrigin::signed(10), 1),
			Error::<Test>::LeaderCodeOfEthicsOutdated
		);
		assert_ok!(CollectiveRegistry::accept_code_of_ethics(RuntimeOrigin::signed(10), CODE_V2));
		assert_ok!(CollectiveRegistry::admit_member(RuntimeOrigin::signed(10), 1));
	});
}

#[test]
fn admit_member_rejects_an_account_that_did_not_apply() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::admit_member(RuntimeOrigin::signed(10), 99),
			Error::<Test>::NotMember
		);
	});
}

#[test]
fn admit_member_leaves_collectives_with_leaders_to_them() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, ACADEMIA, b"UAM");
		assert_noop!(
			CollectiveRegistry::admit_member(RuntimeOrigin::root(), 1),
			Error::<Test>::CollectiveHasLeaders
		);
	});
}

#[test]
fn admit_member_rejects_a_member() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::admit_member(RuntimeOrigin::signed(10), 13),
			Error::<Test>::NotApplicant
		);
	});
}

#[test]
fn admit_member_requires_the_code_in_force() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, ACADEMIA, b"UAM");
		assert_ok!(CollectiveRegistry::set_code_of_ethics(RuntimeOrigin::root(), CODE_V2));
		assert_ok!(CollectiveRegistry::accept_code_of_ethics(RuntimeOrigin::signed(10), CODE_V2));
		assert_noop!(
			CollectiveRegistry::admit_member(RuntimeOrigin::signed(10), 1),
			Error::<Test>::CodeOfEthicsOutdated
		);
		// An applicant can accept the new version and then be admitted.
		assert_ok!(CollectiveRegistry::accept_code_of_ethics(RuntimeOrigin::signed(1), CODE_V2));
		assert_ok!(CollectiveRegistry::admit_member(RuntimeOrigin::signed(10), 1));
	});
}

// reject_application

#[test]
fn reject_application_works() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, ACADEMIA, b"UAM");
		assert_ok!(CollectiveRegistry::reject_application(RuntimeOrigin::signed(11), 1, REASON));
		assert_eq!(
			last_event(),
			Event::ApplicationRejected {
				who: 1,
				collective: ACADEMIA,
				reason: REASON,
				by: Some(11),
				returned: APPLICATION_DEPOSIT - 1,
				slashed: 1,
			}
		);
		assert!(!Members::<Test>::contains_key(1));
		assert!(!CollectiveMembers::<Test>::contains_key(ACADEMIA, 1));
		assert_eq!(member_count(ACADEMIA), 4);
		// A rejection costs a fifth of the deposit; the rest comes back.
		assert_eq!(application_held(1), 0);
		assert!(!ApplicationDeposits::<Test>::contains_key(1));
		assert_eq!(free(1), INITIAL_BALANCE - 1);
		assert_eq!(free(SLASHED_TO), 1);
		// The account may apply again, elsewhere.
		apply(1, SOCIEDAD_CIVIL, b"UAM");
	});
}

#[test]
fn reject_application_by_the_executive_works_without_leaders() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, SOCIEDAD_CIVIL, b"Cruz Roja");
		assert_ok!(CollectiveRegistry::reject_application(RuntimeOrigin::root(), 1, REASON));
		assert_eq!(
			last_event(),
			Event::ApplicationRejected {
				who: 1,
				collective: SOCIEDAD_CIVIL,
				reason: REASON,
				by: None,
				returned: APPLICATION_DEPOSIT - 1,
				slashed: 1,
			}
		);
		assert_eq!(member_count(SOCIEDAD_CIVIL), 0);
	});
}

#[test]
fn reject_application_requires_a_leader_of_that_collective() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, ACADEMIA, b"UAM");
		assert_noop!(
			CollectiveRegistry::reject_application(RuntimeOrigin::signed(13), 1, REASON),
			Error::<Test>::NotLeader
		);
		assert_noop!(
			CollectiveRegistry::reject_application(RuntimeOrigin::none(), 1, REASON),
			BadOrigin
		);
	});
}

#[test]
fn reject_application_checks_the_origin_before_the_application() {
	ExtBuilder::default().build_and_execute(|| {
		// No application for 99: a wrong origin still fails as a wrong origin.
		assert_noop!(
			CollectiveRegistry::reject_application(RuntimeOrigin::none(), 99, REASON),
			BadOrigin
		);
	});
}

#[test]
fn reject_application_requires_a_leader_up_to_date_with_the_code() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, ACADEMIA, b"UAM");
		assert_ok!(CollectiveRegistry::set_code_of_ethics(RuntimeOrigin::root(), CODE_V2));
		assert_noop!(
			CollectiveRegistry::reject_application(RuntimeOrigin::signed(11), 1, REASON),
			Error::<Test>::LeaderCodeOfEthicsOutdated
		);
		assert_ok!(CollectiveRegistry::accept_code_of_ethics(RuntimeOrigin::signed(11), CODE_V2));
		assert_ok!(CollectiveRegistry::reject_application(RuntimeOrigin::signed(11), 1, REASON));
	});
}

#[test]
fn reject_application_rejects_an_account_that_did_not_apply() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::reject_application(RuntimeOrigin::signed(10), 99, REASON),
			Error::<Test>::NotMember
		);
	});
}

#[test]
fn reject_application_leaves_collectives_with_leaders_to_them() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, ACADEMIA, b"UAM");
		assert_noop!(
			CollectiveRegistry::reject_application(RuntimeOrigin::root(), 1, REASON),
			Error::<Test>::CollectiveHasLeaders
		);
	});
}

#[test]
fn reject_application_rejects_a_member() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::reject_application(RuntimeOrigin::signed(10), 13, REASON),
			Error::<Test>::NotApplicant
		);
	});
}

// suspend_member and reinstate_member

#[test]
fn suspend_member_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(CollectiveRegistry::suspend_member(RuntimeOrigin::root(), 13, REASON));
		assert_eq!(
			last_event(),
			Event::MemberSuspended { who: 13, collective: ACADEMIA, reason: REASON }
		);
		assert_eq!(status(13), Some(MemberStatus::Suspended { reason: REASON, since: 1 }));
		assert!(!ActiveMembers::<Test>::contains(&13));
		// Its node and seat are the hooks' business: they were told.
		assert_eq!(
			hook_calls(),
			vec![HookCall::MembershipLost(13, ACADEMIA, MembershipLoss::Suspended, REASON)]
		);
	});
}

#[test]
fn suspend_member_ends_a_leadership() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(CollectiveRegistry::suspend_member(RuntimeOrigin::root(), 10, REASON));
		assert!(has_event(Event::LeadershipEnded {
			collective: ACADEMIA,
			who: 10,
			cause: LeadershipEnd::MemberSuspended,
		}));
		assert!(has_event(Event::LeadersFellShort { collective: ACADEMIA, leaders: 1 }));
		assert_eq!(leaders(ACADEMIA), vec![11]);
		assert_eq!(expiries(TERM), vec![(ACADEMIA, 11)]);
		// Reinstatement does not restore the leadership.
		assert_ok!(CollectiveRegistry::reinstate_member(RuntimeOrigin::root(), 10));
		assert_eq!(leaders(ACADEMIA), vec![11]);
	});
}

#[test]
fn suspend_member_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::suspend_member(RuntimeOrigin::signed(10), 13, REASON),
			BadOrigin
		);
	});
}

#[test]
fn suspend_member_rejects_a_non_member() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::suspend_member(RuntimeOrigin::root(), 99, REASON),
			Error::<Test>::NotMember
		);
	});
}

#[test]
fn suspend_member_rejects_an_inactive_member() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, SOCIEDAD_CIVIL, b"Cruz Roja");
		assert_noop!(
			CollectiveRegistry::suspend_member(RuntimeOrigin::root(), 1, REASON),
			Error::<Test>::NotActiveMember
		);
		assert_ok!(CollectiveRegistry::suspend_member(RuntimeOrigin::root(), 13, REASON));
		assert_noop!(
			CollectiveRegistry::suspend_member(RuntimeOrigin::root(), 13, REASON),
			Error::<Test>::NotActiveMember
		);
	});
}

#[test]
fn reinstate_member_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(CollectiveRegistry::suspend_member(RuntimeOrigin::root(), 13, REASON));
		assert_ok!(CollectiveRegistry::reinstate_member(RuntimeOrigin::root(), 13));
		assert_eq!(last_event(), Event::MemberReinstated { who: 13, collective: ACADEMIA });
		assert_eq!(status(13), Some(MemberStatus::Active));
	});
}

#[test]
fn reinstate_member_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(CollectiveRegistry::suspend_member(RuntimeOrigin::root(), 13, REASON));
		assert_noop!(
			CollectiveRegistry::reinstate_member(RuntimeOrigin::signed(10), 13),
			BadOrigin
		);
	});
}

#[test]
fn reinstate_member_rejects_a_non_member() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::reinstate_member(RuntimeOrigin::root(), 99),
			Error::<Test>::NotMember
		);
	});
}

#[test]
fn reinstate_member_rejects_a_member_not_suspended() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::reinstate_member(RuntimeOrigin::root(), 13),
			Error::<Test>::NotSuspended
		);
	});
}

// leave

#[test]
fn leave_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(CollectiveRegistry::leave(RuntimeOrigin::signed(13)));
		assert_eq!(last_event(), Event::MemberLeft { who: 13, collective: ACADEMIA });
		assert!(!Members::<Test>::contains_key(13));
		assert!(!CollectiveMembers::<Test>::contains_key(ACADEMIA, 13));
		assert_eq!(member_count(ACADEMIA), 3);
		// The hooks could veto it, and were told.
		assert_eq!(
			hook_calls(),
			vec![
				HookCall::CanLeave(13),
				HookCall::MembershipLost(13, ACADEMIA, MembershipLoss::Left, H256::zero()),
			]
		);
	});
}

#[test]
fn leave_withdraws_an_application() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, SOCIEDAD_CIVIL, b"Cruz Roja");
		assert_ok!(CollectiveRegistry::leave(RuntimeOrigin::signed(1)));
		assert_eq!(last_event(), Event::MemberLeft { who: 1, collective: SOCIEDAD_CIVIL });
		assert_eq!(member_count(SOCIEDAD_CIVIL), 0);
		// The deposit comes back on withdrawal.
		assert_application_deposit_returned(1);
	});
}

#[test]
fn leave_ends_a_leadership() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(CollectiveRegistry::leave(RuntimeOrigin::signed(11)));
		assert!(has_event(Event::LeadershipEnded {
			collective: ACADEMIA,
			who: 11,
			cause: LeadershipEnd::MemberLeft,
		}));
		assert!(has_event(Event::LeadersFellShort { collective: ACADEMIA, leaders: 1 }));
		assert_eq!(leaders(ACADEMIA), vec![10]);
		assert_eq!(expiries(TERM), vec![(ACADEMIA, 10)]);
	});
}

#[test]
fn leave_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(CollectiveRegistry::leave(RuntimeOrigin::root()), BadOrigin);
	});
}

#[test]
fn leave_rejects_a_non_member() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::leave(RuntimeOrigin::signed(99)),
			Error::<Test>::NotMember
		);
	});
}

#[test]
fn leave_is_refused_while_suspended() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(CollectiveRegistry::suspend_member(RuntimeOrigin::root(), 13, REASON));
		assert_noop!(
			CollectiveRegistry::leave(RuntimeOrigin::signed(13)),
			Error::<Test>::MemberIsSuspended
		);
	});
}

// expel_member

#[test]
fn expel_member_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(CollectiveRegistry::expel_member(RuntimeOrigin::root(), 13, REASON));
		assert_eq!(
			last_event(),
			Event::MemberExpelled { who: 13, collective: ACADEMIA, reason: REASON }
		);
		assert!(!Members::<Test>::contains_key(13));
		assert!(!CollectiveMembers::<Test>::contains_key(ACADEMIA, 13));
		assert_eq!(member_count(ACADEMIA), 3);
		assert_eq!(
			hook_calls(),
			vec![HookCall::MembershipLost(13, ACADEMIA, MembershipLoss::Expelled, REASON)]
		);
	});
}

#[test]
fn expel_member_ends_a_leadership() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(CollectiveRegistry::expel_member(RuntimeOrigin::root(), 11, REASON));
		assert_eq!(
			events(),
			vec![
				Event::LeadershipEnded {
					collective: ACADEMIA,
					who: 11,
					cause: LeadershipEnd::MemberExpelled,
				},
				Event::LeadersFellShort { collective: ACADEMIA, leaders: 1 },
				Event::MemberExpelled { who: 11, collective: ACADEMIA, reason: REASON },
			]
		);
		assert_eq!(leaders(ACADEMIA), vec![10]);
		assert_eq!(expiries(TERM), vec![(ACADEMIA, 10)]);
		assert!(!Members::<Test>::contains_key(11));
	});
}

#[test]
fn expel_member_returns_an_application_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, SOCIEDAD_CIVIL, b"Cruz Roja");
		assert_eq!(application_held(1), APPLICATION_DEPOSIT);
		assert_ok!(CollectiveRegistry::expel_member(RuntimeOrigin::root(), 1, REASON));
		assert_eq!(
			last_event(),
			Event::MemberExpelled { who: 1, collective: SOCIEDAD_CIVIL, reason: REASON }
		);
		assert_application_deposit_returned(1);
		assert_eq!(member_count(SOCIEDAD_CIVIL), 0);
	});
}

#[test]
fn expel_member_removes_a_suspended_member() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(CollectiveRegistry::suspend_member(RuntimeOrigin::root(), 20, REASON));
		assert_ok!(CollectiveRegistry::expel_member(RuntimeOrigin::root(), 20, REASON));
		assert_eq!(
			last_event(),
			Event::MemberExpelled { who: 20, collective: EMPRESAS, reason: REASON }
		);
		assert_eq!(status(20), None);
		assert_eq!(member_count(EMPRESAS), 2);
	});
}

#[test]
fn expel_member_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::expel_member(RuntimeOrigin::signed(10), 13, REASON),
			BadOrigin
		);
		assert_noop!(
			CollectiveRegistry::expel_member(RuntimeOrigin::none(), 13, REASON),
			BadOrigin
		);
	});
}

#[test]
fn expel_member_rejects_a_non_member() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::expel_member(RuntimeOrigin::root(), 99, REASON),
			Error::<Test>::NotMember
		);
	});
}
