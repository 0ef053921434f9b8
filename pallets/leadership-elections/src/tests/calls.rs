//! Open calls for leadership: opening, applications, election, cancellation and lapse.

use super::*;
use sp_runtime::DispatchError;

/// The Empresas call of the tests: 2 seats, 20, 21 and 22 applied, applications closed.
fn empresas_call_closed() {
	open_call(EMPRESAS, 2);
	for who in [20, 21, 22] {
		apply(EMPRESAS, who);
	}
	run_to(1 + APPLICATIONS);
}

#[test]
fn open_call_opens_a_call_with_its_periods() {
	ExtBuilder::default().build_and_execute(|| {
		open_call(EMPRESAS, 2);
		let call = OpenCalls::<Test>::get(EMPRESAS).expect("the call is open");
		assert_eq!(call.seats, 2);
		assert_eq!(call.applications_end, 1 + APPLICATIONS);
		assert_eq!(call.election_deadline, 1 + APPLICATIONS + ELECTION);
		assert_eq!(
			last_event(),
			Event::CallOpened {
				collective: EMPRESAS,
				seats: 2,
				applications_end: 1 + APPLICATIONS,
				election_deadline: 1 + APPLICATIONS + ELECTION,
			}
		);
	});
}

#[test]
fn open_call_by_a_member_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Elections::open_call(signed(20), EMPRESAS, 1), BadOrigin);
	});
}

#[test]
fn open_call_for_an_unknown_collective_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Elections::open_call(executive(), 9, 1), Error::<Test>::CollectiveNotFound);
	});
}

#[test]
fn open_call_without_seats_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Elections::open_call(executive(), EMPRESAS, 0), Error::<Test>::InvalidSeats);
	});
}

#[test]
fn open_call_for_more_seats_than_vacancies_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		// Academia has one leader of three.
		assert_noop!(Elections::open_call(executive(), ACADEMIA, 3), Error::<Test>::InvalidSeats);
		assert_ok!(Elections::open_call(executive(), ACADEMIA, 2));
	});
}

#[test]
fn a_second_call_for_the_same_collective_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		open_call(EMPRESAS, 1);
		assert_noop!(
			Elections::open_call(executive(), EMPRESAS, 1),
			Error::<Test>::CallAlreadyOpen
		);
	});
}

#[test]
fn apply_records_the_application() {
	ExtBuilder::default().build_and_execute(|| {
		open_call(EMPRESAS, 1);
		apply(EMPRESAS, 20);
		let call = OpenCalls::<Test>::get(EMPRESAS).expect("the call is open");
		assert_eq!(call.applications.len(), 1);
		assert_eq!(call.applications[0].who, 20);
		assert_eq!(call.applications[0].statement, STATEMENT);
		assert_eq!(
			last_event(),
			Event::Applied { collective: EMPRESAS, who: 20, statement: STATEMENT }
		);
	});
}

#[test]
fn apply_without_a_call_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Elections::apply(signed(20), EMPRESAS, STATEMENT),
			Error::<Test>::CallNotFound
		);
	});
}

#[test]
fn apply_after_the_application_period_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		open_call(EMPRESAS, 1);
		run_to(1 + APPLICATIONS);
		assert_noop!(
			Elections::apply(signed(20), EMPRESAS, STATEMENT),
			Error::<Test>::ApplicationsClosed
		);
	});
}

#[test]
fn apply_by_a_member_of_another_collective_or_an_inactive_member_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		open_call(EMPRESAS, 1);
		assert_noop!(
			Elections::apply(signed(2), EMPRESAS, STATEMENT),
			Error::<Test>::NotActiveMember
		);
		MockCollectives::set_member(EMPRESAS, 21, false);
		assert_noop!(
			Elections::apply(signed(21), EMPRESAS, STATEMENT),
			Error::<Test>::NotActiveMember
		);
	});
}

#[test]
fn apply_with_an_outdated_code_of_ethics_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		open_call(EMPRESAS, 1);
		MockCollectives::set_ethics_current(20, false);
		assert_noop!(
			Elections::apply(signed(20), EMPRESAS, STATEMENT),
			Error::<Test>::CodeOfEthicsOutdated
		);
	});
}

#[test]
fn apply_by_a_leader_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		open_call(ACADEMIA, 1);
		assert_noop!(
			Elections::apply(signed(LEADER), ACADEMIA, STATEMENT),
			Error::<Test>::AlreadyLeader
		);
	});
}

#[test]
fn applying_twice_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		open_call(EMPRESAS, 1);
		apply(EMPRESAS, 20);
		assert_noop!(
			Elections::apply(signed(20), EMPRESAS, STATEMENT),
			Error::<Test>::AlreadyApplied
		);
	});
}

#[test]
fn applications_beyond_max_applicants_are_refused() {
	ExtBuilder::default().build_and_execute(|| {
		for who in [23, 24] {
			MockCollectives::add_member(EMPRESAS, who);
		}
		open_call(EMPRESAS, 1);
		for who in [20, 21, 22, 23] {
			apply(EMPRESAS, who);
		}
		assert_noop!(
			Elections::apply(signed(24), EMPRESAS, STATEMENT),
			Error::<Test>::TooManyApplicants
		);
	});
}

#[test]
fn withdraw_application_removes_it() {
	ExtBuilder::default().build_and_execute(|| {
		open_call(EMPRESAS, 1);
		apply(EMPRESAS, 20);
		apply(EMPRESAS, 21);
		assert_ok!(Elections::withdraw_application(signed(20), EMPRESAS));
		let call = OpenCalls::<Test>::get(EMPRESAS).expect("the call is open");
		assert_eq!(call.applications.iter().map(|a| a.who).collect::<Vec<_>>(), vec![21]);
		assert_eq!(last_event(), Event::ApplicationWithdrawn { collective: EMPRESAS, who: 20 });
		// It may apply again while applications are open.
		apply(EMPRESAS, 20);
	});
}

#[test]
fn withdraw_application_by_a_non_applicant_or_without_a_call_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Elections::withdraw_application(signed(20), EMPRESAS),
			Error::<Test>::CallNotFound
		);
		open_call(EMPRESAS, 1);
		assert_noop!(
			Elections::withdraw_application(signed(20), EMPRESAS),
			Error::<Test>::NotApplicant
		);
	});
}

#[test]
fn elect_appoints_the_elected_and_ends_the_call() {
	ExtBuilder::default().build_and_execute(|| {
		empresas_call_closed();
		assert_ok!(Elections::elect(executive(), EMPRESAS, elected(&[21])));
		assert_eq!(MockLeadership::<Test>::calls(), vec![LeadershipCall::Appoint(EMPRESAS, 21)]);
		assert!(OpenCalls::<Test>::get(EMPRESAS).is_none());
		assert_eq!(
			last_event(),
			Event::LeadersElected { collective: EMPRESAS, elected: elected(&[21]) }
		);
	});
}

#[test]
fn elect_by_a_member_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		empresas_call_closed();
		assert_noop!(Elections::elect(signed(20), EMPRESAS, elected(&[21])), BadOrigin);
	});
}

#[test]
fn elect_without_a_call_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Elections::elect(executive(), EMPRESAS, elected(&[21])),
			Error::<Test>::CallNotFound
		);
	});
}

#[test]
fn elect_while_applications_are_open_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		open_call(EMPRESAS, 1);
		apply(EMPRESAS, 20);
		run_to(APPLICATIONS);
		assert_noop!(
			Elections::elect(executive(), EMPRESAS, elected(&[20])),
			Error::<Test>::ApplicationsOpen
		);
	});
}

#[test]
fn elect_after_the_election_deadline_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		empresas_call_closed();
		run_to(1 + APPLICATIONS + ELECTION);
		assert_noop!(
			Elections::elect(executive(), EMPRESAS, elected(&[20])),
			Error::<Test>::ElectionDeadlinePassed
		);
	});
}

#[test]
fn electing_nobody_or_more_than_the_seats_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		empresas_call_closed();
		assert_noop!(
			Elections::elect(executive(), EMPRESAS, elected(&[])),
			Error::<Test>::WrongNumberElected
		);
		assert_noop!(
			Elections::elect(executive(), EMPRESAS, elected(&[20, 21, 22])),
			Error::<Test>::WrongNumberElected
		);
	});
}

#[test]
fn electing_the_same_account_twice_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		empresas_call_closed();
		assert_noop!(
			Elections::elect(executive(), EMPRESAS, elected(&[20, 20])),
			Error::<Test>::DuplicateElected
		);
	});
}

#[test]
fn electing_a_non_applicant_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		open_call(EMPRESAS, 2);
		apply(EMPRESAS, 20);
		run_to(1 + APPLICATIONS);
		assert_noop!(
			Elections::elect(executive(), EMPRESAS, elected(&[20, 21])),
			Error::<Test>::NotApplicant
		);
	});
}

#[test]
fn elect_changes_nothing_when_the_register_refuses_one_of_the_elected() {
	ExtBuilder::default().build_and_execute(|| {
		empresas_call_closed();
		// 21 stopped being an active member after applying: the register refuses it.
		MockCollectives::set_member(EMPRESAS, 21, false);
		assert_noop!(
			Elections::elect(executive(), EMPRESAS, elected(&[20, 21])),
			DispatchError::Other("not an active member")
		);
		assert!(OpenCalls::<Test>::get(EMPRESAS).is_some());
	});
}

#[test]
fn cancel_call_ends_the_call() {
	ExtBuilder::default().build_and_execute(|| {
		open_call(EMPRESAS, 1);
		apply(EMPRESAS, 20);
		assert_noop!(Elections::cancel_call(signed(20), EMPRESAS), BadOrigin);
		assert_ok!(Elections::cancel_call(executive(), EMPRESAS));
		assert!(OpenCalls::<Test>::get(EMPRESAS).is_none());
		assert_eq!(last_event(), Event::CallCancelled { collective: EMPRESAS });
		assert_noop!(Elections::cancel_call(executive(), EMPRESAS), Error::<Test>::CallNotFound);
	});
}

#[test]
fn close_lapsed_call_ends_a_call_not_elected_by_its_deadline() {
	ExtBuilder::default().build_and_execute(|| {
		empresas_call_closed();
		assert_noop!(
			Elections::close_lapsed_call(signed(2), EMPRESAS),
			Error::<Test>::ElectionDeadlineNotReached
		);
		run_to(1 + APPLICATIONS + ELECTION);
		assert_ok!(Elections::close_lapsed_call(signed(2), EMPRESAS));
		assert!(OpenCalls::<Test>::get(EMPRESAS).is_none());
		assert_eq!(last_event(), Event::CallLapsed { collective: EMPRESAS });
		assert_noop!(
			Elections::close_lapsed_call(signed(2), EMPRESAS),
			Error::<Test>::CallNotFound
		);
	});
}
