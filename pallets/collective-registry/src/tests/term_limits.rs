use super::*;

// Leader terms counted for life, per account: at most 1 + MaxLeaderRenewals (3 in the mock).

/// The most leader terms an account may serve in the mock: the first and two renewals.
const LIMIT: u32 = 3;

/// Appoint `who` leader of `collective` and remove it at once, `times` times.
fn serve_short_terms(who: u64, collective: u32, times: u32) {
	for _ in 0..times {
		assert_ok!(CollectiveRegistry::appoint_leader(leadership(), collective, who));
		assert_ok!(CollectiveRegistry::remove_leader(RuntimeOrigin::root(), collective, who));
	}
}

#[test]
fn the_limit_is_one_term_more_than_the_renewals() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(CollectiveRegistry::leader_term_limit(), LIMIT);
	});
}

#[test]
fn genesis_leaders_count_their_first_term() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(CollectiveRegistry::leader_terms_served(10), 1);
		assert_eq!(CollectiveRegistry::leader_terms_served(11), 1);
		// Members who never led have no entry.
		assert_eq!(CollectiveRegistry::leader_terms_served(13), 0);
		assert!(!LeaderTermsServed::<Test>::contains_key(13));
	});
}

#[test]
fn an_appointment_counts_a_term() {
	ExtBuilder::default().build_and_execute(|| {
		appoint(ACADEMIA, 13, 1 + TERM, 1);
		assert_eq!(CollectiveRegistry::leader_terms_served(13), 1);
	});
}

#[test]
fn a_renewal_counts_a_term() {
	ExtBuilder::default().build_and_execute(|| {
		run_to_block(TERM - WINDOW);
		assert_ok!(CollectiveRegistry::renew_leader(leadership(), ACADEMIA, 10));
		assert_eq!(CollectiveRegistry::leader_terms_served(10), 2);
		assert_eq!(CollectiveRegistry::leader_terms_served(11), 1);
	});
}

#[test]
fn a_term_cut_short_counts_whole() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(CollectiveRegistry::appoint_leader(leadership(), ACADEMIA, 13));
		assert_ok!(CollectiveRegistry::suspend_member(RuntimeOrigin::root(), 13, REASON));
		assert!(!CollectiveRegistry::is_leader(ACADEMIA, &13));
		assert_eq!(CollectiveRegistry::leader_terms_served(13), 1);
		assert_ok!(CollectiveRegistry::reinstate_member(RuntimeOrigin::root(), 13));
		assert_ok!(CollectiveRegistry::appoint_leader(leadership(), ACADEMIA, 13));
		assert_eq!(CollectiveRegistry::leader_terms_served(13), 2);
	});
}

#[test]
fn appointment_after_removal_is_refused_at_the_limit() {
	ExtBuilder::default().build_and_execute(|| {
		serve_short_terms(13, ACADEMIA, LIMIT);
		assert_eq!(CollectiveRegistry::leader_terms_served(13), LIMIT);
		assert_noop!(
			CollectiveRegistry::appoint_leader(leadership(), ACADEMIA, 13),
			Error::<Test>::TermLimitReached
		);
		// Another member of the same collective can still be appointed.
		assert_ok!(CollectiveRegistry::remove_leader(RuntimeOrigin::root(), ACADEMIA, 10));
		assert_ok!(CollectiveRegistry::appoint_leader(leadership(), ACADEMIA, 12));
	});
}

#[test]
fn appointment_after_an_expired_term_counts_on() {
	ExtBuilder::default().build_and_execute(|| {
		run_to_block(TERM);
		assert!(!CollectiveRegistry::is_leader(ACADEMIA, &10));
		appoint(ACADEMIA, 10, 2 * TERM, 2);
	});
}

#[test]
fn renewal_after_a_reappointment_is_refused_at_the_limit() {
	ExtBuilder::default().build_and_execute(|| {
		// Genesis term, one renewal: two terms.
		run_to_block(TERM - WINDOW);
		assert_ok!(CollectiveRegistry::renew_leader(leadership(), ACADEMIA, 10));
		// Removed and appointed again: a new tenure, but the third term of its life.
		assert_ok!(CollectiveRegistry::remove_leader(RuntimeOrigin::root(), ACADEMIA, 10));
		assert_ok!(CollectiveRegistry::appoint_leader(leadership(), ACADEMIA, 10));
		assert_eq!(CollectiveRegistry::leader_terms_served(10), LIMIT);
		let end = TERM - WINDOW + TERM;
		run_to_block(end - WINDOW);
		// The tenure has no renewal yet; the lifetime count refuses a fourth term.
		assert_eq!(
			Leaders::<Test>::get(ACADEMIA).first().map(|l| (l.who, l.renewals)),
			Some((10, 0))
		);
		assert_noop!(
			CollectiveRegistry::renew_leader(leadership(), ACADEMIA, 10),
			Error::<Test>::TermLimitReached
		);
		// The term under way runs out as scheduled.
		run_to_block(end);
		assert!(!CollectiveRegistry::is_leader(ACADEMIA, &10));
	});
}

#[test]
fn a_different_collective_does_not_reset_the_count() {
	ExtBuilder::default().build_and_execute(|| {
		serve_short_terms(13, ACADEMIA, LIMIT);
		// 13 leaves Academia and joins Empresas, which has no leaders: the Executive admits it.
		assert_ok!(CollectiveRegistry::leave(RuntimeOrigin::signed(13)));
		apply(13, EMPRESAS, b"CINVESTAV");
		assert_ok!(CollectiveRegistry::admit_member(RuntimeOrigin::root(), 13));
		assert_eq!(CollectiveRegistry::active_collective_of(&13), Some(EMPRESAS));
		assert_noop!(
			CollectiveRegistry::appoint_leader(leadership(), EMPRESAS, 13),
			Error::<Test>::TermLimitReached
		);
		// Its fellow members of Empresas can lead it.
		assert_ok!(CollectiveRegistry::appoint_leader(leadership(), EMPRESAS, 20));
	});
}

#[test]
fn terms_in_different_collectives_add_up() {
	ExtBuilder::default().build_and_execute(|| {
		serve_short_terms(13, ACADEMIA, 1);
		assert_ok!(CollectiveRegistry::leave(RuntimeOrigin::signed(13)));
		apply(13, EMPRESAS, b"CINVESTAV");
		assert_ok!(CollectiveRegistry::admit_member(RuntimeOrigin::root(), 13));
		appoint(EMPRESAS, 13, 1 + TERM, 2);
	});
}

#[test]
fn expulsion_and_readmission_do_not_reset_the_count() {
	ExtBuilder::default().build_and_execute(|| {
		serve_short_terms(13, ACADEMIA, LIMIT);
		assert_ok!(CollectiveRegistry::expel_member(RuntimeOrigin::root(), 13, REASON));
		assert!(!Members::<Test>::contains_key(13));
		// The count outlives the membership.
		assert_eq!(CollectiveRegistry::leader_terms_served(13), LIMIT);
		apply(13, ACADEMIA, b"CINVESTAV");
		assert_ok!(CollectiveRegistry::admit_member(RuntimeOrigin::signed(10), 13));
		assert_noop!(
			CollectiveRegistry::appoint_leader(leadership(), ACADEMIA, 13),
			Error::<Test>::TermLimitReached
		);
	});
}

#[test]
fn a_refused_appointment_or_renewal_changes_no_count() {
	ExtBuilder::default().build_and_execute(|| {
		// Refused for another reason: no term begins, nothing is counted.
		assert_noop!(
			CollectiveRegistry::appoint_leader(leadership(), ACADEMIA, 12),
			Error::<Test>::InstitutionAlreadyLeading
		);
		assert_noop!(
			CollectiveRegistry::renew_leader(leadership(), ACADEMIA, 10),
			Error::<Test>::RenewalTooEarly
		);
		fill_an_expiry_bucket();
		assert_noop!(
			CollectiveRegistry::appoint_leader(leadership(), SECTOR_PUBLICO, 30),
			Error::<Test>::TooManyExpiries
		);
		assert_eq!(CollectiveRegistry::leader_terms_served(12), 0);
		assert_eq!(CollectiveRegistry::leader_terms_served(10), 1);
		assert_eq!(CollectiveRegistry::leader_terms_served(30), 0);
	});
}
