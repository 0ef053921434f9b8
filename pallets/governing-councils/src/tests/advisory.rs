//! The Advisory Council: written requests and their deposits, and the advisors' admission,
//! renewal and removal by the Executive Council.

use super::*;
use crate::{AdvisoryRequests, SeatEnd};
use sp_runtime::TokenError;

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
		assert_noop!(Councils::request_advisory_seat(RuntimeOrigin::root(), DOC), BadOrigin);
	});
}

#[test]
fn request_advisory_seat_rejects_a_seated_account() {
	ExtBuilder::default().build_and_execute(|| {
		admit(3);
		designate(NODE_SEAT, 13);
		for who in [3, 13] {
			assert_noop!(
				Councils::request_advisory_seat(RuntimeOrigin::signed(who), DOC),
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
			Councils::request_advisory_seat(RuntimeOrigin::signed(3), DOC),
			Error::<Test>::AlreadyRequested
		);
	});
}

#[test]
fn request_advisory_seat_rejects_too_many_requests() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		request_seat(4);
		assert_noop!(
			Councils::request_advisory_seat(RuntimeOrigin::signed(5), DOC),
			Error::<Test>::TooManyRequests
		);
	});
}

#[test]
fn request_advisory_seat_requires_funds_for_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Councils::request_advisory_seat(RuntimeOrigin::signed(99), DOC),
			TokenError::FundsUnavailable
		);
	});
}

#[test]
fn withdraw_advisory_request_returns_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		assert_ok!(Councils::withdraw_advisory_request(RuntimeOrigin::signed(3)));
		assert_eq!(
			last_event(),
			Event::AdvisoryRequestWithdrawn { who: 3, deposit: ADVISORY_DEPOSIT }
		);
		assert_eq!(advisory_held(3), 0);
		assert_eq!(free(3), INITIAL_BALANCE);
		assert!(!AdvisoryRequests::<Test>::contains_key(3));
	});
}

#[test]
fn withdraw_advisory_request_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Councils::withdraw_advisory_request(RuntimeOrigin::root()), BadOrigin);
	});
}

#[test]
fn withdraw_advisory_request_rejects_an_unknown_request() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Councils::withdraw_advisory_request(RuntimeOrigin::signed(3)),
			Error::<Test>::AdvisoryRequestNotFound
		);
	});
}

// admit_advisor and reject_advisory_request

#[test]
fn admit_advisor_seats_it_and_returns_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		assert_ok!(Councils::admit_advisor(RuntimeOrigin::root(), 3));
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
		assert!(Councils::is_advisor(3));
		assert_eq!(advisory_held(3), 0);
		assert_eq!(free(3), INITIAL_BALANCE);
		assert_eq!(pushed(ADVISORY_COUNCIL), vec![3]);
		assert!(!AdvisoryRequests::<Test>::contains_key(3));
	});
}

#[test]
fn admit_advisor_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		assert_noop!(Councils::admit_advisor(advisory(), 3), BadOrigin);
	});
}

#[test]
fn admit_advisor_rejects_an_unknown_request() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Councils::admit_advisor(RuntimeOrigin::root(), 3),
			Error::<Test>::AdvisoryRequestNotFound
		);
	});
}

#[test]
fn admit_advisor_rejects_an_account_seated_meanwhile() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Councils::request_advisory_seat(RuntimeOrigin::signed(10), DOC));
		designate(SECRETARY, 10);
		assert_noop!(
			Councils::admit_advisor(RuntimeOrigin::root(), 10),
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
			Councils::admit_advisor(RuntimeOrigin::root(), 1),
			Error::<Test>::TooManyAdvisors
		);
	});
}

#[test]
fn admit_advisor_rejects_a_full_expiry_bucket() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		fill_seat_expiries(1 + ADVISORY_TERM);
		assert_noop!(
			Councils::admit_advisor(RuntimeOrigin::root(), 3),
			Error::<Test>::TooManyExpiries
		);
		clear_fillers(1 + ADVISORY_TERM);
	});
}

#[test]
fn reject_advisory_request_returns_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		assert_ok!(Councils::reject_advisory_request(RuntimeOrigin::root(), 3, REASON));
		assert_eq!(
			last_event(),
			Event::AdvisoryRequestRejected { who: 3, reason: REASON, deposit: ADVISORY_DEPOSIT }
		);
		assert_eq!(advisory_held(3), 0);
		assert_eq!(free(3), INITIAL_BALANCE);
		assert!(advisors().is_empty());
	});
}

#[test]
fn reject_advisory_request_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		assert_noop!(
			Councils::reject_advisory_request(RuntimeOrigin::signed(3), 3, REASON),
			BadOrigin
		);
	});
}

#[test]
fn reject_advisory_request_rejects_an_unknown_request() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Councils::reject_advisory_request(RuntimeOrigin::root(), 3, REASON),
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
		assert_ok!(Councils::renew_advisor(RuntimeOrigin::root(), 3));
		assert_eq!(
			last_event(),
			Event::AdvisorRenewed { who: 3, expires_at: end + ADVISORY_TERM, renewals: 1 }
		);
		assert!(!SeatExpiries::<Test>::contains_key(end));
		run_to_block(end + ADVISORY_TERM - WINDOW);
		assert_noop!(
			Councils::renew_advisor(RuntimeOrigin::root(), 3),
			Error::<Test>::TermLimitReached
		);
	});
}

#[test]
fn renew_advisor_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		admit(3);
		run_to_block(1 + ADVISORY_TERM - WINDOW);
		assert_noop!(Councils::renew_advisor(advisory(), 3), BadOrigin);
	});
}

#[test]
fn renew_advisor_rejects_a_non_advisor() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Councils::renew_advisor(RuntimeOrigin::root(), 3), Error::<Test>::NotAdvisor);
	});
}

#[test]
fn renew_advisor_rejects_an_early_renewal() {
	ExtBuilder::default().build_and_execute(|| {
		admit(3);
		run_to_block(1 + ADVISORY_TERM - WINDOW - 1);
		assert_noop!(
			Councils::renew_advisor(RuntimeOrigin::root(), 3),
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
			Councils::renew_advisor(RuntimeOrigin::root(), 3),
			Error::<Test>::TooManyExpiries
		);
		clear_fillers(end + ADVISORY_TERM);
	});
}

#[test]
fn remove_advisor_works() {
	ExtBuilder::default().build_and_execute(|| {
		admit(3);
		admit(4);
		assert_ok!(Councils::remove_advisor(RuntimeOrigin::root(), 3));
		assert!(has_event(Event::AdvisorySeatEnded { who: 3, cause: SeatEnd::Removed }));
		assert_eq!(
			last_event(),
			Event::CouncilMembersChanged { council: Council::Advisory, members: 1 }
		);
		assert_eq!(advisors(), vec![4]);
		assert!(!Councils::is_advisor(3));
		assert_eq!(pushed(ADVISORY_COUNCIL), vec![4]);
		assert_eq!(SeatExpiries::<Test>::get(1 + ADVISORY_TERM).len(), 1);
	});
}

#[test]
fn remove_advisor_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		admit(3);
		assert_noop!(Councils::remove_advisor(advisory(), 3), BadOrigin);
	});
}

#[test]
fn remove_advisor_rejects_a_non_advisor() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Councils::remove_advisor(RuntimeOrigin::root(), 3), Error::<Test>::NotAdvisor);
	});
}
