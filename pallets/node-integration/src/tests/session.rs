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
