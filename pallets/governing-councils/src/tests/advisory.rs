//! The Advisory Council: written requests, their deposits, expiry and rejection penalty, the
//! advisors' requests for renewal, and their admission, renewal, refusal and removal by the
//! Executive Council.

use super::*;
use crate::{AdvisoryRequests, RenewalRequest, RenewalRequests, RenewalStatus, SeatEnd};
use sp_runtime::{Perbill, TokenError};

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
fn reject_advisory_request_slashes_the_penalty_and_returns_the_rest() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		// Half of 7, rounded down, is slashed.
		reject_request(3, 4, 3);
		assert_eq!(advisory_held(3), 0);
		assert_eq!(free(3), INITIAL_BALANCE - 3);
		assert_eq!(free(SLASHED), 3);
		assert!(advisors().is_empty());
		assert!(!AdvisoryRequests::<Test>::contains_key(3));
	});
}

#[test]
fn reject_advisory_request_without_a_penalty_returns_the_whole_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		RejectionPenalty::set(Perbill::zero());
		request_seat(3);
		reject_request(3, ADVISORY_DEPOSIT, 0);
		assert_eq!(free(3), INITIAL_BALANCE);
		assert_eq!(free(SLASHED), 0);
	});
}

#[test]
fn reject_advisory_request_with_a_full_penalty_slashes_the_whole_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		RejectionPenalty::set(Perbill::one());
		request_seat(3);
		reject_request(3, 0, ADVISORY_DEPOSIT);
		assert_eq!(advisory_held(3), 0);
		assert_eq!(free(3), INITIAL_BALANCE - ADVISORY_DEPOSIT);
		assert_eq!(free(SLASHED), ADVISORY_DEPOSIT);
	});
}

#[test]
fn reject_advisory_request_rejects_an_expired_request() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		run_to_block(1 + REQUEST_LIFETIME);
		assert_noop!(
			Councils::reject_advisory_request(RuntimeOrigin::root(), 3, REASON),
			Error::<Test>::RequestExpired
		);
		assert_eq!(advisory_held(3), ADVISORY_DEPOSIT);
	});
}

#[test]
fn admit_advisor_rejects_an_expired_request() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		run_to_block(1 + REQUEST_LIFETIME);
		assert_noop!(
			Councils::admit_advisor(RuntimeOrigin::root(), 3),
			Error::<Test>::RequestExpired
		);
	});
}

#[test]
fn a_request_can_be_decided_in_the_last_block_of_its_lifetime() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		run_to_block(REQUEST_LIFETIME);
		assert_ok!(Councils::admit_advisor(RuntimeOrigin::root(), 3));
	});
}

// remove_expired_advisory_request

#[test]
fn remove_expired_advisory_request_returns_the_deposit_in_full() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		run_to_block(1 + REQUEST_LIFETIME);
		// Anyone may clean it up, even an account without funds.
		assert_ok!(Councils::remove_expired_advisory_request(RuntimeOrigin::signed(99), 3));
		assert_eq!(
			last_event(),
			Event::AdvisoryRequestExpired { who: 3, deposit: ADVISORY_DEPOSIT }
		);
		assert_eq!(advisory_held(3), 0);
		assert_eq!(free(3), INITIAL_BALANCE);
		assert_eq!(free(SLASHED), 0);
		assert!(!AdvisoryRequests::<Test>::contains_key(3));
		assert_eq!(AdvisoryRequests::<Test>::count(), 0);
	});
}

#[test]
fn remove_expired_advisory_request_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		run_to_block(1 + REQUEST_LIFETIME);
		assert_noop!(
			Councils::remove_expired_advisory_request(RuntimeOrigin::root(), 3),
			BadOrigin
		);
	});
}

#[test]
fn remove_expired_advisory_request_rejects_an_unknown_request() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Councils::remove_expired_advisory_request(RuntimeOrigin::signed(99), 3),
			Error::<Test>::AdvisoryRequestNotFound
		);
	});
}

#[test]
fn remove_expired_advisory_request_rejects_a_request_within_its_lifetime() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		run_to_block(REQUEST_LIFETIME);
		assert_noop!(
			Councils::remove_expired_advisory_request(RuntimeOrigin::signed(99), 3),
			Error::<Test>::RequestNotExpired
		);
	});
}

#[test]
fn an_applicant_requests_again_once_its_expired_request_is_removed() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		run_to_block(1 + REQUEST_LIFETIME);
		// One pending request per account, expired or not.
		assert_noop!(
			Councils::request_advisory_seat(RuntimeOrigin::signed(3), DOC),
			Error::<Test>::AlreadyRequested
		);
		assert_ok!(Councils::remove_expired_advisory_request(RuntimeOrigin::signed(4), 3));
		request_seat(3);
		assert_ok!(Councils::admit_advisor(RuntimeOrigin::root(), 3));
	});
}

#[test]
fn an_expired_request_can_still_be_withdrawn_by_its_applicant() {
	ExtBuilder::default().build_and_execute(|| {
		request_seat(3);
		run_to_block(1 + REQUEST_LIFETIME);
		assert_ok!(Councils::withdraw_advisory_request(RuntimeOrigin::signed(3)));
		assert_eq!(free(3), INITIAL_BALANCE);
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

// request_advisory_renewal, withdraw_advisory_renewal, refuse_advisory_renewal

#[test]
fn request_advisory_renewal_records_the_request() {
	ExtBuilder::default().build_and_execute(|| {
		admit(3);
		let end = 1 + ADVISORY_TERM;
		run_to_block(end - WINDOW);
		request_renewal(3);
		assert_eq!(
			last_event(),
			Event::AdvisoryRenewalRequested { who: 3, statement: STATEMENT, term_ends: end }
		);
		assert_eq!(
			RenewalRequests::<Test>::get(3),
			Some(RenewalRequest {
				statement: STATEMENT,
				requested_at: end - WINDOW,
				term_ends: end,
				status: RenewalStatus::Pending,
			})
		);
	});
}

#[test]
fn request_advisory_renewal_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		admit_into_the_renewal_window(3);
		assert_noop!(
			Councils::request_advisory_renewal(RuntimeOrigin::root(), STATEMENT),
			BadOrigin
		);
	});
}

#[test]
fn request_advisory_renewal_rejects_a_non_advisor() {
	ExtBuilder::default().build_and_execute(|| {
		designate(NODE_SEAT, 13);
		for who in [4, 13] {
			assert_noop!(try_request_renewal(who), Error::<Test>::NotAdvisor);
		}
	});
}

#[test]
fn request_advisory_renewal_before_the_renewal_window_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		admit(3);
		run_to_block(1 + ADVISORY_TERM - WINDOW - 1);
		assert_noop!(try_request_renewal(3), Error::<Test>::RenewalTooEarly);
	});
}

#[test]
fn request_advisory_renewal_rejects_a_second_pending_request() {
	ExtBuilder::default().build_and_execute(|| {
		admit_into_the_renewal_window(3);
		request_renewal(3);
		assert_noop!(try_request_renewal(3), Error::<Test>::AlreadyRequested);
	});
}

#[test]
fn request_advisory_renewal_after_a_refusal_waits_for_the_end_of_the_term() {
	ExtBuilder::default().build_and_execute(|| {
		admit_into_the_renewal_window(3);
		request_renewal(3);
		assert_ok!(Councils::refuse_advisory_renewal(RuntimeOrigin::root(), 3, REASON));
		assert_noop!(try_request_renewal(3), Error::<Test>::RenewalRefused);
	});
}

#[test]
fn request_advisory_renewal_beyond_the_term_limit_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		MaxAdvisorRenewals::set(0);
		admit_into_the_renewal_window(3);
		assert_noop!(try_request_renewal(3), Error::<Test>::TermLimitReached);
	});
}

#[test]
fn withdraw_advisory_renewal_ends_the_request() {
	ExtBuilder::default().build_and_execute(|| {
		admit_into_the_renewal_window(3);
		request_renewal(3);
		assert_ok!(Councils::withdraw_advisory_renewal(RuntimeOrigin::signed(3)));
		assert_eq!(last_event(), Event::AdvisoryRenewalWithdrawn { who: 3 });
		assert!(!RenewalRequests::<Test>::contains_key(3));
		assert_noop!(
			Councils::renew_advisor(RuntimeOrigin::root(), 3),
			Error::<Test>::RenewalNotRequested
		);
		// The advisor may ask again within the window.
		request_renewal(3);
	});
}

#[test]
fn withdraw_advisory_renewal_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Councils::withdraw_advisory_renewal(RuntimeOrigin::root()), BadOrigin);
	});
}

#[test]
fn withdraw_advisory_renewal_rejects_an_advisor_without_a_pending_request() {
	ExtBuilder::default().build_and_execute(|| {
		admit_into_the_renewal_window(3);
		assert_noop!(
			Councils::withdraw_advisory_renewal(RuntimeOrigin::signed(3)),
			Error::<Test>::RenewalNotRequested
		);
		// A refusal stays on record: it cannot be withdrawn.
		request_renewal(3);
		assert_ok!(Councils::refuse_advisory_renewal(RuntimeOrigin::root(), 3, REASON));
		assert_noop!(
			Councils::withdraw_advisory_renewal(RuntimeOrigin::signed(3)),
			Error::<Test>::RenewalNotRequested
		);
	});
}

#[test]
fn refuse_advisory_renewal_lets_the_term_end() {
	ExtBuilder::default().build_and_execute(|| {
		admit(3);
		let end = 1 + ADVISORY_TERM;
		run_to_block(end - WINDOW);
		request_renewal(3);
		assert_ok!(Councils::refuse_advisory_renewal(RuntimeOrigin::root(), 3, REASON));
		assert_eq!(last_event(), Event::AdvisoryRenewalRefused { who: 3, reason: REASON });
		assert_eq!(
			RenewalRequests::<Test>::get(3).map(|r| r.status),
			Some(RenewalStatus::Refused(REASON))
		);
		assert_noop!(
			Councils::renew_advisor(RuntimeOrigin::root(), 3),
			Error::<Test>::RenewalNotRequested
		);
		run_to_block(end);
		assert!(advisors().is_empty());
		assert!(!RenewalRequests::<Test>::contains_key(3));
	});
}

#[test]
fn refuse_advisory_renewal_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		admit_into_the_renewal_window(3);
		request_renewal(3);
		assert_noop!(Councils::refuse_advisory_renewal(advisory(), 3, REASON), BadOrigin);
		assert_noop!(
			Councils::refuse_advisory_renewal(RuntimeOrigin::signed(3), 3, REASON),
			BadOrigin
		);
	});
}

#[test]
fn refuse_advisory_renewal_rejects_an_advisor_without_a_pending_request() {
	ExtBuilder::default().build_and_execute(|| {
		admit_into_the_renewal_window(3);
		assert_noop!(
			Councils::refuse_advisory_renewal(RuntimeOrigin::root(), 3, REASON),
			Error::<Test>::RenewalNotRequested
		);
		request_renewal(3);
		assert_ok!(Councils::refuse_advisory_renewal(RuntimeOrigin::root(), 3, REASON));
		assert_noop!(
			Councils::refuse_advisory_renewal(RuntimeOrigin::root(), 3, REASON),
			Error::<Test>::RenewalNotRequested
		);
	});
}

#[test]
fn a_pending_renewal_request_ends_with_the_term() {
	ExtBuilder::default().build_and_execute(|| {
		admit(3);
		let end = 1 + ADVISORY_TERM;
		run_to_block(end - WINDOW);
		request_renewal(3);
		run_to_block(end);
		assert!(advisors().is_empty());
		assert!(!RenewalRequests::<Test>::contains_key(3));
	});
}

#[test]
fn a_renewal_request_ends_with_the_removal_of_the_advisor() {
	ExtBuilder::default().build_and_execute(|| {
		admit(3);
		admit(4);
		run_to_block(1 + ADVISORY_TERM - WINDOW);
		request_renewal(3);
		request_renewal(4);
		assert_ok!(Councils::refuse_advisory_renewal(RuntimeOrigin::root(), 4, REASON));
		assert_ok!(Councils::remove_advisor(RuntimeOrigin::root(), 3));
		assert_ok!(Councils::remove_advisor(RuntimeOrigin::root(), 4));
		assert_eq!(RenewalRequests::<Test>::iter().count(), 0);
		// Re-admitted, a former advisor starts without a request on record.
		assert_ok!(Councils::reseat_advisor(RuntimeOrigin::signed(RESEAT), 4));
		assert!(!RenewalRequests::<Test>::contains_key(4));
	});
}

// renew_advisor and remove_advisor

#[test]
fn renew_advisor_works_once() {
	ExtBuilder::default().build_and_execute(|| {
		admit(3);
		let end = 1 + ADVISORY_TERM;
		run_to_block(end - WINDOW);
		renew(3);
		assert_eq!(
			last_event(),
			Event::AdvisorRenewed { who: 3, expires_at: end + ADVISORY_TERM, renewals: 1 }
		);
		assert!(!SeatExpiries::<Test>::contains_key(end));
		// The request ended with the decision.
		assert!(!RenewalRequests::<Test>::contains_key(3));
		run_to_block(end + ADVISORY_TERM - WINDOW);
		assert_noop!(try_request_renewal(3), Error::<Test>::TermLimitReached);
	});
}

#[test]
fn renew_advisor_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		admit_into_the_renewal_window(3);
		request_renewal(3);
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
fn renew_advisor_without_the_advisor_s_request_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		admit_into_the_renewal_window(3);
		assert_noop!(
			Councils::renew_advisor(RuntimeOrigin::root(), 3),
			Error::<Test>::RenewalNotRequested
		);
	});
}

#[test]
fn renew_advisor_rejects_a_full_expiry_bucket() {
	ExtBuilder::default().build_and_execute(|| {
		admit(3);
		let end = 1 + ADVISORY_TERM;
		run_to_block(end - WINDOW);
		request_renewal(3);
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
