//! Tests of node integration: applications, endorsements, the node commission's decisions and
//! the validator set handed to `pallet-session`.

use super::*;
use crate::{
	CollectivesWithoutNodes, NodeApplications, NodeEnd, PlanPending, SuspendedNodes, Validators,
};
use pallet_session::SessionManager;

const LETTER: DocumentHash = H256::repeat_byte(0x11);
const FORM: DocumentHash = H256::repeat_byte(0x22);

fn commission() -> RuntimeOrigin {
	RuntimeOrigin::signed(NODE_COMMISSION)
}

/// Genesis with nodes 10 (Academia), 20 and 21 (Empresas) and 30 (Sector publico).
fn with_nodes() -> ExtBuilder {
	ExtBuilder::default().validators(vec![
		(10, ACADEMIA),
		(20, EMPRESAS),
		(21, EMPRESAS),
		(30, SECTOR_PUBLICO),
	])
}

fn apply_node(who: u64) {
	assert_ok!(Collectives::apply_for_node(RuntimeOrigin::signed(who), LETTER, FORM));
}

fn endorse(leader: u64, who: u64) {
	assert_ok!(Collectives::endorse_node(RuntimeOrigin::signed(leader), who));
}

/// Member `who` of Academia applies and both Academia leaders endorse it.
fn endorsed(who: u64) {
	apply_node(who);
	endorse(10, who);
	endorse(11, who);
}

fn set() -> Vec<u64> {
	Collectives::validators()
}

// Genesis and the session manager.

#[test]
fn genesis_validators_start_the_first_session() {
	with_nodes().build_and_execute(|| {
		assert_eq!(set(), vec![10, 20, 21, 30]);
		assert_eq!(Collectives::new_session_genesis(0), Some(vec![10, 20, 21, 30]));
		assert!(!PlanPending::<Test>::get());
		assert_eq!(Collectives::new_session(1), None);
		assert_eq!(Collectives::collectives_without_nodes(), vec![SOCIEDAD_CIVIL]);
	});
}

#[test]
fn without_genesis_validators_the_session_genesis_decides() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(Collectives::new_session_genesis(0), None);
		Collectives::start_session(0);
		Collectives::end_session(0);
	});
}

#[test]
#[should_panic(expected = "genesis validators must be genesis members of their collective")]
fn genesis_rejects_a_validator_of_another_collective() {
	ExtBuilder::default().validators(vec![(10, EMPRESAS), (20, EMPRESAS)]).build();
}

#[test]
#[should_panic(expected = "genesis validators must not contain duplicates")]
fn genesis_rejects_duplicate_validators() {
	ExtBuilder::default().validators(vec![(10, ACADEMIA), (10, ACADEMIA)]).build();
}

#[test]
#[should_panic(expected = "genesis validators exceed MaxValidatorsPerCollective")]
fn genesis_rejects_validators_beyond_the_quota() {
	ExtBuilder::default()
		.validators(vec![(10, ACADEMIA), (11, ACADEMIA), (12, ACADEMIA)])
		.build();
}

#[test]
#[should_panic(expected = "genesis needs at least MinValidators validators")]
fn genesis_rejects_too_few_validators() {
	ExtBuilder::default().validators(vec![(10, ACADEMIA)]).build();
}

#[test]
#[should_panic(expected = "MinValidators must not exceed MaxValidators")]
fn integrity_test_requires_min_validators_within_max() {
	MinValidators::set(6);
	<Collectives as Hooks<u64>>::integrity_test();
}

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
		assert!(application.endorsers.is_empty());
	});
}

#[test]
fn apply_for_node_requires_a_signed_origin() {
	with_nodes().build_and_execute(|| {
		assert_noop!(Collectives::apply_for_node(RuntimeOrigin::root(), LETTER, FORM), BadOrigin);
	});
}

#[test]
fn apply_for_node_requires_an_active_member() {
	with_nodes().build_and_execute(|| {
		register_keys(99);
		assert_noop!(
			Collectives::apply_for_node(RuntimeOrigin::signed(99), LETTER, FORM),
			Error::<Test>::NotMember
		);
		apply(1, ACADEMIA, b"UAM");
		register_keys(1);
		assert_noop!(
			Collectives::apply_for_node(RuntimeOrigin::signed(1), LETTER, FORM),
			Error::<Test>::NotActiveMember
		);
	});
}

#[test]
fn apply_for_node_requires_the_code_of_ethics_in_force() {
	with_nodes().build_and_execute(|| {
		assert_ok!(Collectives::set_code_of_ethics(RuntimeOrigin::root(), CODE_V2));
		assert_noop!(
			Collectives::apply_for_node(RuntimeOrigin::signed(11), LETTER, FORM),
			Error::<Test>::CodeOfEthicsOutdated
		);
	});
}

#[test]
fn apply_for_node_requires_session_keys() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			Collectives::apply_for_node(RuntimeOrigin::signed(13), LETTER, FORM),
			Error::<Test>::NoSessionKeys
		);
	});
}

#[test]
fn apply_for_node_rejects_a_validator() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			Collectives::apply_for_node(RuntimeOrigin::signed(10), LETTER, FORM),
			Error::<Test>::AlreadyValidator
		);
	});
}

#[test]
fn apply_for_node_rejects_a_second_application() {
	with_nodes().build_and_execute(|| {
		apply_node(11);
		assert_noop!(
			Collectives::apply_for_node(RuntimeOrigin::signed(11), LETTER, FORM),
			Error::<Test>::NodeApplicationPending
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
			Collectives::apply_for_node(RuntimeOrigin::signed(21), LETTER, FORM),
			Error::<Test>::TooManyNodeApplications
		);
	});
}

#[test]
fn apply_for_node_rejects_a_full_quota() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			Collectives::apply_for_node(RuntimeOrigin::signed(22), LETTER, FORM),
			Error::<Test>::NodeQuotaReached
		);
	});
}

// withdraw_node_application

#[test]
fn withdraw_node_application_works() {
	with_nodes().build_and_execute(|| {
		apply_node(11);
		assert_ok!(Collectives::withdraw_node_application(RuntimeOrigin::signed(11)));
		assert_eq!(last_event(), Event::NodeApplicationWithdrawn { who: 11, collective: ACADEMIA });
		assert!(!NodeApplications::<Test>::contains_key(11));
	});
}

#[test]
fn withdraw_node_application_requires_a_signed_origin() {
	with_nodes().build_and_execute(|| {
		assert_noop!(Collectives::withdraw_node_application(RuntimeOrigin::root()), BadOrigin);
	});
}

#[test]
fn withdraw_node_application_rejects_an_unknown_application() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			Collectives::withdraw_node_application(RuntimeOrigin::signed(11)),
			Error::<Test>::NodeApplicationNotFound
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
		assert!(!Collectives::is_endorsed(&application));
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
		assert!(Collectives::is_endorsed(&application));
		// A former leader's endorsement stops counting.
		assert_ok!(Collectives::remove_leader(RuntimeOrigin::root(), ACADEMIA, 11));
		assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), ACADEMIA, 13));
		assert!(!Collectives::is_endorsed(&application));
	});
}

#[test]
fn endorse_node_requires_a_signed_origin() {
	with_nodes().build_and_execute(|| {
		apply_node(12);
		assert_noop!(Collectives::endorse_node(RuntimeOrigin::root(), 12), BadOrigin);
	});
}

#[test]
fn endorse_node_rejects_an_unknown_application() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			Collectives::endorse_node(RuntimeOrigin::signed(10), 12),
			Error::<Test>::NodeApplicationNotFound
		);
	});
}

#[test]
fn endorse_node_requires_a_leader_of_the_collective() {
	with_nodes().build_and_execute(|| {
		apply_node(12);
		assert_noop!(
			Collectives::endorse_node(RuntimeOrigin::signed(13), 12),
			Error::<Test>::NotLeader
		);
	});
}

#[test]
fn endorse_node_requires_a_leader_up_to_date() {
	with_nodes().build_and_execute(|| {
		apply_node(12);
		assert_ok!(Collectives::set_code_of_ethics(RuntimeOrigin::root(), CODE_V2));
		assert_noop!(
			Collectives::endorse_node(RuntimeOrigin::signed(10), 12),
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
			Collectives::endorse_node(RuntimeOrigin::signed(10), 12),
			Error::<Test>::AlreadyEndorsed
		);
	});
}

// approve_node and reject_node

#[test]
fn approve_node_adds_it_at_the_next_session() {
	with_nodes().build_and_execute(|| {
		endorsed(12);
		assert_ok!(Collectives::approve_node(commission(), 12));
		assert_eq!(last_event(), Event::NodeApproved { who: 12, collective: ACADEMIA });
		assert_eq!(set(), vec![10, 20, 21, 30, 12]);
		assert!(PlanPending::<Test>::get());
		assert!(!NodeApplications::<Test>::contains_key(12));
		assert_eq!(Collectives::new_session(1), Some(vec![10, 20, 21, 30, 12]));
		assert_eq!(last_event(), Event::ValidatorSetPlanned { session_index: 1, count: 5 });
		assert_eq!(Collectives::new_session(2), None);
	});
}

#[test]
fn approve_node_requires_the_node_commission() {
	with_nodes().build_and_execute(|| {
		endorsed(12);
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::signed(10)] {
			assert_noop!(Collectives::approve_node(origin, 12), BadOrigin);
		}
	});
}

#[test]
fn approve_node_rejects_an_unknown_application() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			Collectives::approve_node(commission(), 12),
			Error::<Test>::NodeApplicationNotFound
		);
	});
}

#[test]
fn approve_node_requires_the_endorsement() {
	with_nodes().build_and_execute(|| {
		apply_node(12);
		endorse(10, 12);
		assert_noop!(Collectives::approve_node(commission(), 12), Error::<Test>::NotEndorsed);
	});
}

#[test]
fn approve_node_requires_session_keys() {
	with_nodes().build_and_execute(|| {
		endorsed(12);
		purge_keys(12);
		assert_noop!(Collectives::approve_node(commission(), 12), Error::<Test>::NoSessionKeys);
	});
}

#[test]
fn approve_node_checks_the_quota_again() {
	with_nodes().build_and_execute(|| {
		endorsed(11);
		endorsed(12);
		assert_ok!(Collectives::approve_node(commission(), 11));
		assert_noop!(Collectives::approve_node(commission(), 12), Error::<Test>::NodeQuotaReached);
	});
}

#[test]
fn approve_node_rejects_a_full_set() {
	with_nodes().build_and_execute(|| {
		endorsed(12);
		MaxValidators::set(4);
		assert_noop!(Collectives::approve_node(commission(), 12), Error::<Test>::TooManyValidators);
	});
}

#[test]
fn reject_node_works() {
	with_nodes().build_and_execute(|| {
		apply_node(12);
		assert_ok!(Collectives::reject_node(commission(), 12, REASON));
		assert_eq!(
			last_event(),
			Event::NodeRejected { who: 12, collective: ACADEMIA, reason: REASON }
		);
		assert!(!NodeApplications::<Test>::contains_key(12));
	});
}

#[test]
fn reject_node_requires_the_node_commission() {
	with_nodes().build_and_execute(|| {
		apply_node(12);
		assert_noop!(Collectives::reject_node(RuntimeOrigin::root(), 12, REASON), BadOrigin);
	});
}

#[test]
fn reject_node_rejects_an_unknown_application() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			Collectives::reject_node(commission(), 12, REASON),
			Error::<Test>::NodeApplicationNotFound
		);
	});
}

// remove_node, suspend_node and resume_node

#[test]
fn remove_node_works() {
	with_nodes().build_and_execute(|| {
		assert_ok!(Collectives::remove_node(commission(), 21, REASON));
		assert_eq!(
			last_event(),
			Event::NodeRemoved {
				who: 21,
				collective: EMPRESAS,
				cause: NodeEnd::Removed,
				reason: REASON
			}
		);
		assert_eq!(set(), vec![10, 20, 30]);
		assert!(PlanPending::<Test>::get());
	});
}

#[test]
fn remove_node_removes_a_suspended_node() {
	with_nodes().build_and_execute(|| {
		assert_ok!(Collectives::suspend_node(commission(), 21, REASON));
		assert_ok!(Collectives::remove_node(commission(), 21, REASON));
		assert!(!SuspendedNodes::<Test>::contains_key(21));
		assert_eq!(set(), vec![10, 20, 30]);
	});
}

#[test]
fn remove_node_requires_the_node_commission() {
	with_nodes().build_and_execute(|| {
		assert_noop!(Collectives::remove_node(RuntimeOrigin::root(), 21, REASON), BadOrigin);
	});
}

#[test]
fn remove_node_rejects_an_account_without_a_node() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			Collectives::remove_node(commission(), 11, REASON),
			Error::<Test>::NotValidator
		);
	});
}

#[test]
fn remove_node_keeps_a_node_per_collective() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			Collectives::remove_node(commission(), 10, REASON),
			Error::<Test>::LastNodeOfCollective
		);
	});
}

#[test]
fn remove_node_keeps_min_validators() {
	ExtBuilder::default()
		.validators(vec![(20, EMPRESAS), (21, EMPRESAS)])
		.build_and_execute(|| {
			assert_noop!(
				Collectives::remove_node(commission(), 21, REASON),
				Error::<Test>::TooFewValidators
			);
		});
}

#[test]
fn suspend_node_works() {
	with_nodes().build_and_execute(|| {
		assert_ok!(Collectives::suspend_node(commission(), 21, REASON));
		assert_eq!(
			last_event(),
			Event::NodeSuspended { who: 21, collective: EMPRESAS, reason: REASON }
		);
		assert_eq!(set(), vec![10, 20, 30]);
		assert_eq!(SuspendedNodes::<Test>::get(21).map(|n| n.collective), Some(EMPRESAS));
		// It keeps its place in the quota.
		assert_eq!(Collectives::node_count(EMPRESAS), 2);
		assert_eq!(Collectives::new_session(1), Some(vec![10, 20, 30]));
	});
}

#[test]
fn suspend_node_requires_the_node_commission() {
	with_nodes().build_and_execute(|| {
		assert_noop!(Collectives::suspend_node(RuntimeOrigin::root(), 21, REASON), BadOrigin);
	});
}

#[test]
fn suspend_node_rejects_an_account_without_a_node() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			Collectives::suspend_node(commission(), 11, REASON),
			Error::<Test>::NotValidator
		);
	});
}

#[test]
fn suspend_node_rejects_a_suspended_node() {
	with_nodes().build_and_execute(|| {
		assert_ok!(Collectives::suspend_node(commission(), 21, REASON));
		assert_noop!(
			Collectives::suspend_node(commission(), 21, REASON),
			Error::<Test>::NodeIsSuspended
		);
	});
}

#[test]
fn suspend_node_keeps_a_node_per_collective() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			Collectives::suspend_node(commission(), 30, REASON),
			Error::<Test>::LastNodeOfCollective
		);
	});
}

#[test]
fn suspend_node_keeps_min_validators() {
	ExtBuilder::default()
		.validators(vec![(20, EMPRESAS), (21, EMPRESAS)])
		.build_and_execute(|| {
			assert_noop!(
				Collectives::suspend_node(commission(), 20, REASON),
				Error::<Test>::TooFewValidators
			);
		});
}

#[test]
fn resume_node_works() {
	with_nodes().build_and_execute(|| {
		assert_ok!(Collectives::suspend_node(commission(), 21, REASON));
		assert_eq!(Collectives::new_session(1), Some(vec![10, 20, 30]));
		assert_ok!(Collectives::resume_node(commission(), 21));
		assert_eq!(last_event(), Event::NodeResumed { who: 21, collective: EMPRESAS });
		assert!(!SuspendedNodes::<Test>::contains_key(21));
		assert_eq!(Collectives::new_session(2), Some(vec![10, 20, 30, 21]));
	});
}

#[test]
fn resume_node_requires_the_node_commission() {
	with_nodes().build_and_execute(|| {
		assert_ok!(Collectives::suspend_node(commission(), 21, REASON));
		assert_noop!(Collectives::resume_node(RuntimeOrigin::root(), 21), BadOrigin);
	});
}

#[test]
fn resume_node_rejects_a_node_not_suspended() {
	with_nodes().build_and_execute(|| {
		assert_noop!(Collectives::resume_node(commission(), 21), Error::<Test>::NodeNotSuspended);
	});
}

#[test]
fn resume_node_requires_session_keys() {
	with_nodes().build_and_execute(|| {
		assert_ok!(Collectives::suspend_node(commission(), 21, REASON));
		purge_keys(21);
		assert_noop!(Collectives::resume_node(commission(), 21), Error::<Test>::NoSessionKeys);
	});
}

// Members who leave, are suspended or expelled.

#[test]
fn a_member_running_a_node_cannot_leave() {
	with_nodes().build_and_execute(|| {
		assert_noop!(Collectives::leave(RuntimeOrigin::signed(21)), Error::<Test>::RunsNode);
		assert_ok!(Collectives::suspend_node(commission(), 21, REASON));
		assert_noop!(Collectives::leave(RuntimeOrigin::signed(21)), Error::<Test>::RunsNode);
	});
}

#[test]
fn leaving_drops_a_node_application() {
	with_nodes().build_and_execute(|| {
		apply_node(12);
		assert_ok!(Collectives::leave(RuntimeOrigin::signed(12)));
		assert!(has_event(Event::NodeApplicationWithdrawn { who: 12, collective: ACADEMIA }));
		assert!(!NodeApplications::<Test>::contains_key(12));
	});
}

#[test]
fn suspending_a_member_removes_even_its_collectives_last_node() {
	with_nodes().build_and_execute(|| {
		assert_ok!(Collectives::suspend_member(RuntimeOrigin::root(), 30, REASON));
		assert!(has_event(Event::CollectiveWithoutNodes { collective: SECTOR_PUBLICO }));
		assert!(has_event(Event::NodeRemoved {
			who: 30,
			collective: SECTOR_PUBLICO,
			cause: NodeEnd::MemberSuspended,
			reason: REASON,
		}));
		assert_eq!(set(), vec![10, 20, 21]);
		assert!(CollectivesWithoutNodes::<Test>::contains_key(SECTOR_PUBLICO));
		assert_eq!(Collectives::collectives_without_nodes(), vec![SECTOR_PUBLICO, SOCIEDAD_CIVIL]);
		// Reinstated, it applies again; its approval clears the flag.
		assert_ok!(Collectives::reinstate_member(RuntimeOrigin::root(), 30));
		assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), SECTOR_PUBLICO, 30));
		apply_node(30);
		endorse(30, 30);
		assert_ok!(Collectives::approve_node(commission(), 30));
		assert!(!CollectivesWithoutNodes::<Test>::contains_key(SECTOR_PUBLICO));
	});
}

#[test]
fn suspending_a_member_drops_a_suspended_node_and_an_application() {
	with_nodes().build_and_execute(|| {
		assert_ok!(Collectives::suspend_node(commission(), 21, REASON));
		assert_ok!(Collectives::suspend_member(RuntimeOrigin::root(), 21, REASON));
		assert!(!SuspendedNodes::<Test>::contains_key(21));
		apply_node(12);
		assert_ok!(Collectives::suspend_member(RuntimeOrigin::root(), 12, REASON));
		assert!(!NodeApplications::<Test>::contains_key(12));
	});
}

#[test]
fn suspending_a_member_keeps_min_validators() {
	ExtBuilder::default()
		.validators(vec![(20, EMPRESAS), (21, EMPRESAS)])
		.build_and_execute(|| {
			assert_noop!(
				Collectives::suspend_member(RuntimeOrigin::root(), 20, REASON),
				Error::<Test>::TooFewValidators
			);
			assert_noop!(
				Collectives::expel_member(RuntimeOrigin::root(), 20, REASON),
				Error::<Test>::TooFewValidators
			);
		});
}

#[test]
fn expelling_a_member_removes_its_node() {
	with_nodes().build_and_execute(|| {
		assert_ok!(Collectives::expel_member(RuntimeOrigin::root(), 10, REASON));
		assert!(has_event(Event::NodeRemoved {
			who: 10,
			collective: ACADEMIA,
			cause: NodeEnd::MemberExpelled,
			reason: REASON,
		}));
		assert!(has_event(Event::CollectiveWithoutNodes { collective: ACADEMIA }));
		assert_eq!(set(), vec![20, 21, 30]);
	});
}

// Traits for other pallets.

#[test]
fn network_inspect_reads_the_nodes_and_seats() {
	use crate::traits::NetworkInspect;
	with_nodes().build_and_execute(|| {
		assert_ok!(Collectives::suspend_node(commission(), 21, REASON));
		type C = Collectives;
		assert!(<C as NetworkInspect<u64>>::is_validator(&20));
		assert!(!<C as NetworkInspect<u64>>::is_validator(&21));
		assert_eq!(<C as NetworkInspect<u64>>::node_collective(&21), Some(EMPRESAS));
		assert_eq!(<C as NetworkInspect<u64>>::node_collective(&10), Some(ACADEMIA));
		assert_eq!(<C as NetworkInspect<u64>>::node_collective(&11), None);
		assert_eq!(<C as NetworkInspect<u64>>::executive_seat_of(&10), None);
		assert!(!<C as NetworkInspect<u64>>::is_advisor(&10));
		assert!(!<() as NetworkInspect<u64>>::is_validator(&20));
		assert_eq!(<() as NetworkInspect<u64>>::node_collective(&20), None);
		assert_eq!(<() as NetworkInspect<u64>>::executive_seat_of(&20), None);
		assert!(!<() as NetworkInspect<u64>>::is_advisor(&20));
	});
}

// Invariants.

#[test]
fn try_state_detects_a_duplicate_validator() {
	with_nodes().build().execute_with(|| {
		assert_ok!(Collectives::do_try_state());
		Validators::<Test>::mutate(|v| v.try_push((20, EMPRESAS)).expect("room"));
		assert_eq!(Collectives::do_try_state(), Err("a validator listed twice".into()));
	});
}

#[test]
fn try_state_detects_a_collective_left_without_an_active_node() {
	with_nodes().build().execute_with(|| {
		assert_ok!(Collectives::suspend_node(commission(), 21, REASON));
		assert_ok!(Collectives::do_try_state());
		Validators::<Test>::mutate(|v| v.retain(|(w, _)| *w != 20));
		assert_eq!(
			Collectives::do_try_state(),
			Err("a collective with nodes runs no active node and is not flagged".into())
		);
	});
}

// The journey.

#[test]
fn journey_of_a_node_from_application_to_removal() {
	with_nodes().build_and_execute(|| {
		// Member 12 of Academia registers its session keys (done in the mock) and applies,
		// with its letter of intent and adhesion form.
		apply_node(12);
		// Academia's two leaders endorse it: more than half.
		endorse(10, 12);
		endorse(11, 12);
		assert!(has_event(Event::NodeEndorsementReached {
			who: 12,
			collective: ACADEMIA,
			endorsements: 2,
			leaders: 2,
		}));
		// The node commission approves it; the next session plan includes it.
		assert_ok!(Collectives::approve_node(commission(), 12));
		assert_eq!(Collectives::new_session(1), Some(vec![10, 20, 21, 30, 12]));
		// Nothing changed since: the next plan keeps the set.
		assert_eq!(Collectives::new_session(2), None);
		// The node misbehaves: suspended, then resumed.
		assert_ok!(Collectives::suspend_node(commission(), 12, REASON));
		assert_eq!(Collectives::new_session(3), Some(vec![10, 20, 21, 30]));
		assert_ok!(Collectives::resume_node(commission(), 12));
		assert_eq!(Collectives::new_session(4), Some(vec![10, 20, 21, 30, 12]));
		// Finally removed: the next planned set excludes it, and the member may leave.
		assert_ok!(Collectives::remove_node(commission(), 12, REASON));
		assert_eq!(Collectives::new_session(5), Some(vec![10, 20, 21, 30]));
		assert_ok!(Collectives::leave(RuntimeOrigin::signed(12)));
		// Academia's remaining node stays: the collective keeps one.
		assert_noop!(
			Collectives::remove_node(commission(), 10, REASON),
			Error::<Test>::LastNodeOfCollective
		);
	});
}
