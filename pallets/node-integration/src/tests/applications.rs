//! Node applications and endorsements: `apply_for_node`, `withdraw_node_application`,
//! `endorse_node`.

use super::*;

// apply_for_node

#[test]
fn apply_for_node_works() {
	with_nodes().build_and_execute(|| {
		apply_node(11);
		assert_eq!(
			last_event(),
			Event::NodeApplied {
				who: 11,
				collective: ACADEMIA,
				letter_of_intent: LETTER,
				adhesion_form: FORM,
			}
		);
		let application = NodeApplications::<Test>::get(11).expect("stored");
		assert_eq!(application.collective, ACADEMIA);
		assert_eq!(application.letter_of_intent, LETTER);
		assert_eq!(application.adhesion_form, FORM);
		assert_eq!(application.applied_at, 1);
		assert!(application.endorsers.is_empty());
	});
}

#[test]
fn apply_for_node_requires_a_signed_origin() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			NodeIntegration::apply_for_node(RuntimeOrigin::root(), LETTER, FORM),
			BadOrigin
		);
	});
}

#[test]
fn apply_for_node_requires_an_active_member() {
	with_nodes().build_and_execute(|| {
		register_keys(99);
		assert_noop!(
			NodeIntegration::apply_for_node(RuntimeOrigin::signed(99), LETTER, FORM),
			Error::<Test>::NotMember
		);
		// An applicant to Academia (a member of the registry, not active yet).
		MockCollectives::set_member(ACADEMIA, 1, false);
		register_keys(1);
		assert_noop!(
			NodeIntegration::apply_for_node(RuntimeOrigin::signed(1), LETTER, FORM),
			Error::<Test>::NotActiveMember
		);
	});
}

#[test]
fn apply_for_node_requires_the_code_of_ethics_in_force() {
	with_nodes().build_and_execute(|| {
		// A new code of ethics came into force; 11 has not accepted it.
		MockCollectives::set_ethics_current(11, false);
		assert_noop!(
			NodeIntegration::apply_for_node(RuntimeOrigin::signed(11), LETTER, FORM),
			Error::<Test>::CodeOfEthicsOutdated
		);
	});
}

#[test]
fn apply_for_node_requires_session_keys() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			NodeIntegration::apply_for_node(RuntimeOrigin::signed(13), LETTER, FORM),
			Error::<Test>::SessionKeysNotFound
		);
	});
}

#[test]
fn apply_for_node_rejects_a_validator() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			NodeIntegration::apply_for_node(RuntimeOrigin::signed(10), LETTER, FORM),
			Error::<Test>::AlreadyValidator
		);
		// A suspended node runs too.
		assert_ok!(NodeIntegration::suspend_node(commission(), 21, REASON));
		assert_noop!(
			NodeIntegration::apply_for_node(RuntimeOrigin::signed(21), LETTER, FORM),
			Error::<Test>::AlreadyValidator
		);
	});
}

#[test]
fn apply_for_node_rejects_a_second_application() {
	with_nodes().build_and_execute(|| {
		apply_node(11);
		assert_noop!(
			NodeIntegration::apply_for_node(RuntimeOrigin::signed(11), LETTER, FORM),
			Error::<Test>::AlreadyApplied
		);
	});
}

#[test]
fn apply_for_node_rejects_too_many_applications() {
	ExtBuilder::default().build_and_execute(|| {
		MaxValidators::set(3);
		for who in [10, 11, 20] {
			apply_node(who);
		}
		assert_noop!(
			NodeIntegration::apply_for_node(RuntimeOrigin::signed(21), LETTER, FORM),
			Error::<Test>::TooManyApplications
		);
	});
}

#[test]
fn apply_for_node_rejects_a_full_quota() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			NodeIntegration::apply_for_node(RuntimeOrigin::signed(22), LETTER, FORM),
			Error::<Test>::TooManyCollectiveNodes
		);
		// A suspended node keeps its place in the quota.
		assert_ok!(NodeIntegration::suspend_node(commission(), 21, REASON));
		assert_noop!(
			NodeIntegration::apply_for_node(RuntimeOrigin::signed(22), LETTER, FORM),
			Error::<Test>::TooManyCollectiveNodes
		);
	});
}

// withdraw_node_application

#[test]
fn withdraw_node_application_works() {
	with_nodes().build_and_execute(|| {
		apply_node(11);
		assert_ok!(NodeIntegration::withdraw_node_application(RuntimeOrigin::signed(11)));
		assert_eq!(last_event(), Event::NodeApplicationWithdrawn { who: 11, collective: ACADEMIA });
		assert!(!NodeApplications::<Test>::contains_key(11));
	});
}

#[test]
fn withdraw_node_application_requires_a_signed_origin() {
	with_nodes().build_and_execute(|| {
		assert_noop!(NodeIntegration::withdraw_node_application(RuntimeOrigin::root()), BadOrigin);
	});
}

#[test]
fn withdraw_node_application_rejects_an_unknown_application() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			NodeIntegration::withdraw_node_application(RuntimeOrigin::signed(11)),
			Error::<Test>::ApplicationNotFound
		);
	});
}

// endorse_node

#[test]
fn endorse_node_needs_more_than_half_of_the_leaders() {
	with_nodes().build_and_execute(|| {
		apply_node(12);
		endorse(10, 12);
		assert_eq!(
			last_event(),
			Event::NodeEndorsed { who: 12, collective: ACADEMIA, leader: 10, endorsements: 1 }
		);
		// One of two leaders is not more than half.
		let application = NodeApplications::<Test>::get(12).expect("pending");
		assert!(!NodeIntegration::is_endorsed(&application));
		endorse(11, 12);
		assert_eq!(
			last_event(),
			Event::NodeEndorsementReached {
				who: 12,
				collective: ACADEMIA,
				endorsements: 2,
				leaders: 2,
			}
		);
		let application = NodeApplications::<Test>::get(12).expect("pending");
		assert!(NodeIntegration::is_endorsed(&application));
		// A former leader's endorsement stops counting: the Executive Council removes 11 and
		// appoints 13.
		MockCollectives::remove_leader(ACADEMIA, 11);
		MockCollectives::add_leader(ACADEMIA, 13);
		assert!(!NodeIntegration::is_endorsed(&application));
	});
}

#[test]
fn endorse_node_drops_former_leaders_endorsements() {
	with_nodes().build_and_execute(|| {
		apply_node(12);
		endorse(10, 12);
		endorse(11, 12);
		MockCollectives::remove_leader(ACADEMIA, 11);
		MockCollectives::add_leader(ACADEMIA, 13);
		endorse(13, 12);
		// 11's endorsement is dropped: 10 and 13 of the leaders 10 and 13.
		assert_eq!(
			NodeApplications::<Test>::get(12).map(|a| a.endorsers.into_inner()),
			Some(vec![10, 13])
		);
		assert!(has_event(Event::NodeEndorsed {
			who: 12,
			collective: ACADEMIA,
			leader: 13,
			endorsements: 2,
		}));
	});
}

#[test]
fn endorse_node_requires_a_signed_origin() {
	with_nodes().build_and_execute(|| {
		apply_node(12);
		assert_noop!(NodeIntegration::endorse_node(RuntimeOrigin::root(), 12), BadOrigin);
	});
}

#[test]
fn endorse_node_rejects_an_unknown_application() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			NodeIntegration::endorse_node(RuntimeOrigin::signed(10), 12),
			Error::<Test>::ApplicationNotFound
		);
	});
}

#[test]
fn endorse_node_requires_a_leader_of_the_collective() {
	with_nodes().build_and_execute(|| {
		apply_node(12);
		assert_noop!(
			NodeIntegration::endorse_node(RuntimeOrigin::signed(13), 12),
			Error::<Test>::NotLeader
		);
		// A leader of another collective does not lead the applicant's.
		MockCollectives::add_leader(EMPRESAS, 20);
		assert_noop!(
			NodeIntegration::endorse_node(RuntimeOrigin::signed(20), 12),
			Error::<Test>::NotLeader
		);
	});
}

#[test]
fn endorse_node_requires_a_leader_up_to_date() {
	with_nodes().build_and_execute(|| {
		apply_node(12);
		// A new code of ethics came into force; leader 10 has not accepted it.
		MockCollectives::set_ethics_current(10, false);
		assert_noop!(
			NodeIntegration::endorse_node(RuntimeOrigin::signed(10), 12),
			Error::<Test>::LeaderCodeOfEthicsOutdated
		);
	});
}

#[test]
fn endorse_node_rejects_a_second_endorsement() {
	with_nodes().build_and_execute(|| {
		apply_node(12);
		endorse(10, 12);
		assert_noop!(
			NodeIntegration::endorse_node(RuntimeOrigin::signed(10), 12),
			Error::<Test>::AlreadyEndorsed
		);
	});
}

#[test]
fn endorse_node_rejects_more_endorsements_than_max_endorsements() {
	with_nodes().build_and_execute(|| {
		// Four leaders, more than MaxEndorsements (3): a misconfigured runtime.
		MockCollectives::add_leader(ACADEMIA, 12);
		MockCollectives::add_leader(ACADEMIA, 13);
		register_keys(13);
		apply_node(13);
		for leader in [10, 11, 12] {
			endorse(leader, 13);
		}
		assert_noop!(
			NodeIntegration::endorse_node(RuntimeOrigin::signed(13), 13),
			Error::<Test>::TooManyEndorsements
		);
	});
}
