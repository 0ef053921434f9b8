//! The session manager: the validator set handed to `pallet-session`, only when it changed.

use super::*;

#[test]
fn genesis_validators_start_the_first_session() {
	with_nodes().build_and_execute(|| {
		assert_eq!(set(), vec![10, 20, 21, 30]);
		assert_eq!(NodeIntegration::new_session_genesis(0), Some(vec![10, 20, 21, 30]));
		assert!(!PlanPending::<Test>::get());
		assert_eq!(NodeIntegration::new_session(1), None);
		assert_eq!(NodeIntegration::collectives_without_nodes(), vec![SOCIEDAD_CIVIL]);
	});
}

#[test]
fn without_genesis_validators_the_session_genesis_decides() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(NodeIntegration::new_session_genesis(0), None);
		NodeIntegration::start_session(0);
		NodeIntegration::end_session(0);
		assert_eq!(NodeIntegration::new_session(1), None);
		assert_eq!(
			NodeIntegration::collectives_without_nodes(),
			vec![ACADEMIA, EMPRESAS, SECTOR_PUBLICO, SOCIEDAD_CIVIL]
		);
	});
}

#[test]
fn new_session_plans_each_change_once() {
	with_nodes().build_and_execute(|| {
		assert_ok!(NodeIntegration::suspend_node(commission(), 21, REASON));
		assert_ok!(NodeIntegration::resume_node(commission(), 21));
		// Two changes, one plan.
		assert_eq!(NodeIntegration::new_session(1), Some(vec![10, 20, 30, 21]));
		assert_eq!(last_event(), Event::ValidatorSetPlanned { session_index: 1, count: 4 });
		assert!(!PlanPending::<Test>::get());
		assert_eq!(NodeIntegration::new_session(2), None);
		// A failed change plans nothing.
		assert_noop!(
			NodeIntegration::remove_node(commission(), 30, REASON),
			Error::<Test>::LastNodeOfCollective
		);
		assert_eq!(NodeIntegration::new_session(3), None);
	});
}

#[test]
fn collectives_without_nodes_lists_collectives_that_run_no_active_node() {
	with_nodes().build_and_execute(|| {
		// A suspended node is not active: Empresas keeps 20.
		assert_ok!(NodeIntegration::suspend_node(commission(), 21, REASON));
		assert_eq!(NodeIntegration::collectives_without_nodes(), vec![SOCIEDAD_CIVIL]);
		// A collective the registry creates runs no node.
		MockCollectives::add_collective(4);
		assert_eq!(NodeIntegration::collectives_without_nodes(), vec![SOCIEDAD_CIVIL, 4]);
	});
}

// Only keyed validators are planned.

#[test]
fn a_founding_validator_without_keys_is_left_out_of_the_first_sets() {
	with_nodes().keyless(vec![21]).build_and_execute(|| {
		assert_eq!(session_sets(), (vec![10, 20, 30], vec![10, 20, 30]));
		assert_eq!(crate::PlannedValidators::<Test>::get().into_inner(), vec![10, 20, 30]);
		// The plan stays pending for it.
		assert!(PlanPending::<Test>::get());
	});
}

#[test]
fn a_keyless_validator_is_left_out_until_it_registers_keys() {
	with_nodes().keyless(vec![21]).build_and_execute(|| {
		// Nothing else changed: the set handed over stays, the keyless node is named.
		assert_eq!(NodeIntegration::new_session(1), None);
		assert_eq!(
			last_event(),
			Event::KeylessValidatorsLeftOut {
				session_index: 1,
				keyless: vec![21].try_into().expect("bounded"),
			}
		);
		// A change is planned without it, and the plan stays pending.
		endorsed(12);
		assert_ok!(NodeIntegration::approve_node(commission(), 12));
		rotate(1);
		assert_eq!(session_sets().1, vec![10, 20, 30, 12]);
		assert!(PlanPending::<Test>::get());
		// It registers keys: the next plan takes it in, and the plan is done.
		register_keys(21);
		rotate(1);
		assert_eq!(session_sets().1, vec![10, 20, 21, 30, 12]);
		assert!(has_event(Event::ValidatorSetPlanned { session_index: 3, count: 5 }));
		assert!(!PlanPending::<Test>::get());
		rotate(2);
		assert_eq!(session_sets(), (vec![10, 20, 21, 30, 12], vec![10, 20, 21, 30, 12]));
	});
}

#[test]
fn a_plan_with_too_few_keyed_validators_is_deferred() {
	with_nodes().min_validators(4).keyless(vec![20]).build_and_execute(|| {
		// pallet-session got the three founding validators with keys at genesis.
		assert_eq!(session_sets(), (vec![10, 21, 30], vec![10, 21, 30]));
		// Three of four have keys, the minimum is four: pallet-session keeps its set.
		assert_eq!(NodeIntegration::new_session(1), None);
		assert_eq!(
			last_event(),
			Event::ValidatorSetPlanDeferred {
				session_index: 1,
				keyed: 3,
				keyless: vec![20].try_into().expect("bounded"),
			}
		);
		assert!(PlanPending::<Test>::get());
		rotate(2);
		assert_eq!(session_sets(), (vec![10, 21, 30], vec![10, 21, 30]));
		// Once it has keys, the full set is planned.
		register_keys(20);
		rotate(1);
		assert_eq!(session_sets(), (vec![10, 21, 30], vec![10, 20, 21, 30]));
		assert!(!PlanPending::<Test>::get());
	});
}

#[test]
fn rotations_hand_pallet_session_the_planned_set() {
	with_nodes().build_and_execute(|| {
		assert_eq!(session_sets(), (vec![10, 20, 21, 30], vec![10, 20, 21, 30]));
		endorsed(12);
		assert_ok!(NodeIntegration::approve_node(commission(), 12));
		assert_ok!(NodeIntegration::suspend_node(commission(), 21, REASON));
		// Planned at the first rotation for the session after, in use at the second.
		rotate(1);
		assert_eq!(session_sets(), (vec![10, 20, 21, 30], vec![10, 20, 30, 12]));
		assert_eq!(crate::PlannedSession::<Test>::get(), Some(2));
		rotate(1);
		assert_eq!(session_sets(), (vec![10, 20, 30, 12], vec![10, 20, 30, 12]));
		assert_eq!(crate::PlannedValidators::<Test>::get().into_inner(), vec![10, 20, 30, 12]);
	});
}

#[test]
fn the_historical_session_manager_pairs_each_validator_with_the_unit() {
	use pallet_session::historical::SessionManager as HistoricalSessionManager;
	with_nodes().build_and_execute(|| {
		assert_eq!(
			<NodeIntegration as HistoricalSessionManager<u64, ()>>::new_session_genesis(0),
			Some(vec![(10, ()), (20, ()), (21, ()), (30, ())])
		);
		assert_eq!(<NodeIntegration as HistoricalSessionManager<u64, ()>>::new_session(1), None);
		assert_ok!(NodeIntegration::suspend_node(commission(), 21, REASON));
		assert_eq!(
			<NodeIntegration as HistoricalSessionManager<u64, ()>>::new_session(1),
			Some(vec![(10, ()), (20, ()), (30, ())])
		);
		<NodeIntegration as HistoricalSessionManager<u64, ()>>::start_session(1);
		<NodeIntegration as HistoricalSessionManager<u64, ()>>::end_session(1);
		// Every validator is identified by the unit.
		use sp_runtime::traits::Convert;
		assert_eq!(<crate::UnitIdentification as Convert<u64, Option<()>>>::convert(21), Some(()));
	});
}
