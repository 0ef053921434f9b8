//! Term limits, counted for life per account and role.

use super::*;
use crate::{TermRole, TermsServed};

const NODE: TermRole = TermRole::Commissioner(Commission::NodeIntegration);

#[test]
fn designations_count_the_terms_served_per_role() {
	ExtBuilder::default().build_and_execute(|| {
		designate(NODE_SEAT, 13);
		run_to_block(2);
		designate(NODE_SEAT, 13);
		assert_eq!(Councils::terms_served(13, NODE), 2);
		assert_eq!(Councils::terms_served(13, TermRole::Secretary), 0);
	});
}

#[test]
fn an_executive_term_beyond_the_limit_of_its_role_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		MaxExecutiveTerms::set(1);
		designate(NODE_SEAT, 13);
		// Designating the holder again would be a second term.
		propose(11, NODE_SEAT, 12);
		assert_noop!(
			Councils::propose_executive(RuntimeOrigin::signed(10), NODE_SEAT, 13),
			Error::<Test>::TermLimitReached
		);
		// The term ends; the count stays for life.
		run_to_block(1 + EXECUTIVE_TERM);
		assert_noop!(
			Councils::reseat_executive(RuntimeOrigin::signed(RESEAT), NODE_SEAT, 13),
			Error::<Test>::TermLimitReached
		);
		// Another role has its own count.
		designate(PROJECTS_SEAT, 13);
		assert_eq!(Councils::terms_served(13, TermRole::Commissioner(Commission::Projects)), 1);
	});
}

#[test]
fn a_commissioner_s_count_follows_it_to_another_collective() {
	ExtBuilder::default().build_and_execute(|| {
		MaxExecutiveTerms::set(1);
		designate(NODE_SEAT, 13);
		lose_membership(13, ACADEMIA, MembershipLoss::Left);
		MockCollectives::add_member(EMPRESAS, 13);
		let empresas_node = ExecutiveSeat::Commissioner(Commission::NodeIntegration, EMPRESAS);
		assert_noop!(
			Councils::reseat_executive(RuntimeOrigin::signed(RESEAT), empresas_node, 13),
			Error::<Test>::TermLimitReached
		);
	});
}

#[test]
fn the_designation_of_a_secretary_without_proposal_keeps_the_limit() {
	ExtBuilder::default().build_and_execute(|| {
		MaxExecutiveTerms::set(1);
		designate(SECRETARY, 2);
		MockCollectives::remove_leader(ACADEMIA, 10);
		MockCollectives::remove_leader(ACADEMIA, 11);
		assert_noop!(
			Councils::designate_executive(advisory(), SECRETARY, 2),
			Error::<Test>::TermLimitReached
		);
	});
}

#[test]
fn an_advisor_serves_at_most_one_renewal_for_life() {
	ExtBuilder::default().build_and_execute(|| {
		admit(3);
		assert_ok!(Councils::remove_advisor(RuntimeOrigin::root(), 3));
		// Re-admitted, the former advisor does not start a fresh count.
		admit(3);
		assert_eq!(Councils::terms_served(3, TermRole::Advisor), 2);
		run_to_block(1 + ADVISORY_TERM - WINDOW);
		assert_noop!(try_request_renewal(3), Error::<Test>::TermLimitReached);
	});
}

#[test]
fn a_former_advisor_at_the_limit_cannot_request_nor_be_reseated() {
	ExtBuilder::default().build_and_execute(|| {
		admit(3);
		let end = 1 + ADVISORY_TERM;
		run_to_block(end - WINDOW);
		renew(3);
		run_to_block(end + ADVISORY_TERM);
		assert!(advisors().is_empty());
		assert_noop!(
			Councils::request_advisory_seat(RuntimeOrigin::signed(3), DOC),
			Error::<Test>::TermLimitReached
		);
		assert_noop!(
			Councils::reseat_advisor(RuntimeOrigin::signed(RESEAT), 3),
			Error::<Test>::TermLimitReached
		);
	});
}

#[test]
fn a_pending_request_of_an_account_at_the_limit_is_not_admitted() {
	ExtBuilder::default().build_and_execute(|| {
		MaxAdvisorRenewals::set(0);
		request_seat(3);
		// The count is reached meanwhile (a record of service, e.g. a reseat and a removal).
		TermsServed::<Test>::insert(3, TermRole::Advisor, 1);
		assert_noop!(
			Councils::admit_advisor(RuntimeOrigin::root(), 3),
			Error::<Test>::TermLimitReached
		);
	});
}

#[test]
fn genesis_terms_count() {
	ExtBuilder::default()
		.executive(vec![(SECRETARY, 40)])
		.advisors(vec![41])
		.build_and_execute(|| {
			assert_eq!(Councils::terms_served(40, TermRole::Secretary), 1);
			assert_eq!(Councils::terms_served(41, TermRole::Advisor), 1);
		});
}
