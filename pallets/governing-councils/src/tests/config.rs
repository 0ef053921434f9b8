//! The configuration checks of `integrity_test` and the invariants of `try_state`.

use super::*;
use crate::{Commissioners, CouncilMembers};
use frame_support::traits::Hooks;

#[test]
fn integrity_test_accepts_the_mock_configuration() {
	<Councils as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "a quorum must not exceed the commissioners' seats")]
fn integrity_test_requires_a_reachable_quorum() {
	OrdinaryQuorum::set(11);
	<Councils as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(
	expected = "MaxSeatProposals must hold the proposals of a majority of MaxCollectives"
)]
fn integrity_test_requires_room_for_a_majority_of_the_collectives_proposals() {
	MaxSeatProposals::set(2);
	<Councils as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "quorums must be at least 1")]
fn integrity_test_requires_a_quorum() {
	OrdinaryQuorum::set(0);
	<Councils as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "on_initialize with MaxExpiriesPerBlock expiries must fit in a block")]
fn integrity_test_requires_the_expiries_to_fit_in_a_block() {
	MaxExpiriesPerBlock::set(u32::MAX);
	<Councils as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "RenewalWindow must not exceed AdvisoryTerm")]
fn integrity_test_requires_a_renewal_window_within_the_term() {
	RenewalWindow::set(ADVISORY_TERM + 1);
	<Councils as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "RenewalWindow must not be zero when MaxAdvisorRenewals is not")]
fn integrity_test_requires_a_renewal_window() {
	RenewalWindow::set(0);
	<Councils as Hooks<u64>>::integrity_test();
}

#[test]
fn integrity_test_accepts_no_window_without_renewals() {
	RenewalWindow::set(0);
	MaxAdvisorRenewals::set(0);
	<Councils as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "CommissionReportPeriod must not be zero")]
fn integrity_test_requires_report_periods() {
	CommissionReportPeriod::set(0);
	<Councils as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "SecretaryReportPeriod must not be zero")]
fn integrity_test_requires_the_secretary_s_report_period() {
	SecretaryReportPeriod::set(0);
	<Councils as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "AdvisoryReportPeriod must not be zero")]
fn integrity_test_requires_the_advisory_report_period() {
	AdvisoryReportPeriod::set(0);
	<Councils as Hooks<u64>>::integrity_test();
}

#[test]
fn try_state_detects_a_council_out_of_step() {
	ExtBuilder::default().build().execute_with(|| {
		designate(NODE_SEAT, 13);
		assert_ok!(Councils::do_try_state());
		CouncilMembers::<Test>::remove(Council::Executive);
		assert_eq!(
			Councils::do_try_state(),
			Err("a council's pushed membership differs from its seats".into())
		);
	});
}

#[test]
fn try_state_detects_two_seats_of_one_account() {
	ExtBuilder::default().build().execute_with(|| {
		designate(NODE_SEAT, 13);
		admit(3);
		assert_ok!(Councils::do_try_state());
		Advisors::<Test>::mutate(|advisors| {
			if let Some(first) = advisors.iter_mut().next() {
				first.who = 13;
			}
		});
		assert_eq!(Councils::do_try_state(), Err("an account holds two seats".into()));
	});
}

#[test]
fn try_state_detects_a_commissioner_who_is_no_active_member() {
	ExtBuilder::default().build().execute_with(|| {
		designate(NODE_SEAT, 13);
		assert_ok!(Councils::do_try_state());
		// The registry suspends 13 without telling the councils.
		MockCollectives::set_member(ACADEMIA, 13, false);
		assert_eq!(
			Councils::do_try_state(),
			Err("a commissioner is not an active member of the collective it represents".into())
		);
		assert!(Commissioners::<Test>::get(Commission::NodeIntegration, ACADEMIA).is_some());
	});
}

#[test]
fn try_state_detects_a_term_missing_from_the_schedule() {
	ExtBuilder::default().build().execute_with(|| {
		admit(3);
		assert_ok!(Councils::do_try_state());
		SeatExpiries::<Test>::remove(1 + ADVISORY_TERM);
		assert_eq!(
			Councils::do_try_state(),
			Err("an advisory term missing from the seat expiry schedule".into())
		);
	});
}

#[test]
#[should_panic(expected = "the Secretary's obligation differs from the seat")]
fn the_mock_detects_a_missing_report_obligation() {
	use bmx_primitives::{
		governance::{ReportObligations, ReportSubject},
		mock::MockReports,
	};
	ExtBuilder::default().build_and_execute(|| {
		designate(SECRETARY, 2);
		// The reports service loses the Secretary's obligation.
		<MockReports<Test> as ReportObligations<u64, u64>>::end(&ReportSubject::Secretary);
	});
}

#[test]
#[should_panic(expected = "MaxMotions must be at least 1")]
fn integrity_test_requires_room_for_a_motion() {
	MaxMotions::set(0);
	<Councils as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "MotionDuration must not be zero")]
fn integrity_test_requires_a_voting_period() {
	MotionDuration::set(0);
	<Councils as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "SessionRequestLifetime must not be zero")]
fn integrity_test_requires_a_session_request_lifetime() {
	SessionRequestLifetime::set(0);
	<Councils as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "MaxExecutiveTerms must be at least 1")]
fn integrity_test_requires_an_executive_term() {
	MaxExecutiveTerms::set(0);
	<Councils as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "ExpiryNotice must not be zero")]
fn integrity_test_requires_an_expiry_notice() {
	ExpiryNotice::set(0);
	<Councils as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "MassExpiryThreshold must be at least 1")]
fn integrity_test_requires_a_mass_expiry_threshold() {
	MassExpiryThreshold::set(0);
	<Councils as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "close with MaxProposalWeight must fit in a block")]
fn integrity_test_requires_the_heaviest_call_to_fit_in_a_block() {
	MaxProposalWeight::set(frame_support::weights::Weight::MAX);
	<Councils as Hooks<u64>>::integrity_test();
}

#[test]
fn try_state_detects_a_motion_missing_from_its_hash_index() {
	ExtBuilder::default().build().execute_with(|| {
		seat_full_executive();
		table(SEC, remark());
		assert_ok!(Councils::do_try_state());
		let _ = crate::MotionIndexOf::<Test>::clear(u32::MAX, None);
		assert_eq!(
			Councils::do_try_state(),
			Err("a motion missing from its call hash index".into())
		);
	});
}

#[test]
fn try_state_detects_a_session_request_missing_from_the_schedule() {
	ExtBuilder::default().build().execute_with(|| {
		assert_ok!(Councils::request_extraordinary_session(
			RuntimeOrigin::signed(10),
			ACADEMIA,
			DOC
		));
		assert_ok!(Councils::do_try_state());
		crate::SessionRequestExpiries::<Test>::remove(1 + SESSION_LIFETIME);
		assert_eq!(
			Councils::do_try_state(),
			Err("a session request missing from the expiry schedule".into())
		);
	});
}

#[test]
fn try_state_detects_a_holder_without_its_term_counted() {
	ExtBuilder::default().build().execute_with(|| {
		designate(NODE_SEAT, 13);
		assert_ok!(Councils::do_try_state());
		let _ = crate::TermsServed::<Test>::clear(u32::MAX, None);
		assert_eq!(
			Councils::do_try_state(),
			Err("an executive holder without its term counted".into())
		);
	});
}

#[test]
#[should_panic(expected = "AdvisoryRequestLifetime must not be zero")]
fn integrity_test_requires_an_advisory_request_lifetime() {
	AdvisoryRequestLifetime::set(0);
	<Councils as Hooks<u64>>::integrity_test();
}

#[test]
fn try_state_detects_a_renewal_request_that_outlived_its_seat() {
	ExtBuilder::default().build().execute_with(|| {
		admit_into_the_renewal_window(3);
		request_renewal(3);
		assert_ok!(Councils::do_try_state());
		// The seat ends without its request being cleaned up.
		let request = crate::RenewalRequests::<Test>::get(3);
		assert_ok!(Councils::remove_advisor(RuntimeOrigin::root(), 3));
		crate::RenewalRequests::<Test>::set(3, request);
		assert_eq!(
			Councils::do_try_state(),
			Err("a renewal request of an account that is not an advisor".into())
		);
	});
}

#[test]
fn try_state_detects_a_renewal_request_for_another_term() {
	ExtBuilder::default().build().execute_with(|| {
		admit_into_the_renewal_window(3);
		request_renewal(3);
		crate::RenewalRequests::<Test>::mutate(3, |request| {
			if let Some(request) = request {
				request.term_ends += 1;
			}
		});
		assert_eq!(
			Councils::do_try_state(),
			Err("a renewal request for a term that is not the advisor's current one".into())
		);
	});
}
