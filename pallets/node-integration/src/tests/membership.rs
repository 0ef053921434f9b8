//! Members who leave, are suspended or expelled: this pallet's side of the registry's
//! [`MembershipHooks`].

use super::*;
use crate::{CollectivesWithoutNodes, NodeEnd, SuspendedNodes};

#[test]
fn a_member_running_a_node_cannot_leave() {
	with_nodes().build_and_execute(|| {
		assert_noop!(leave(21), Error::<Test>::RunsNode);
		assert_ok!(NodeIntegration::suspend_node(commission(), 21, REASON));
		assert_noop!(leave(21), Error::<Test>::RunsNode);
		// Even if the registry skipped the veto, the loss itself refuses.
		assert_noop!(
			<NodeIntegration as MembershipHooks<u64>>::on_membership_lost(
				&21,
				EMPRESAS,
				MembershipLoss::Left,
				H256::zero()
			),
			Error::<Test>::RunsNode
		);
		// Once the node commission removed the node, it may.
		assert_ok!(NodeIntegration::remove_node(commission(), 21, REASON));
		assert_ok!(<NodeIntegration as MembershipHooks<u64>>::can_leave(&21));
		assert_ok!(leave(21));
	});
}

#[test]
fn a_member_without_a_node_can_leave() {
	with_nodes().build_and_execute(|| {
		assert_ok!(<NodeIntegration as MembershipHooks<u64>>::can_leave(&11));
		assert_ok!(leave(11));
		assert!(events().is_empty());
	});
}

#[test]
fn leaving_drops_a_node_application() {
	with_nodes().build_and_execute(|| {
		apply_node(12);
		assert_ok!(leave(12));
		assert!(has_event(Event::NodeApplicationWithdrawn { who: 12, collective: ACADEMIA }));
		assert!(!NodeApplications::<Test>::contains_key(12));
	});
}

#[test]
fn suspending_a_member_removes_even_its_collectives_last_node() {
	with_nodes().build_and_execute(|| {
		assert_ok!(lose_membership(30, MembershipLoss::Suspended, REASON));
		assert!(has_event(Event::CollectiveWithoutNodes { collective: SECTOR_PUBLICO }));
		assert!(has_event(Event::NodeRemoved {
			who: 30,
			collective: SECTOR_PUBLICO,
			cause: NodeEnd::MemberSuspended,
			reason: REASON,
		}));
		assert_eq!(set(), vec![10, 20, 21]);
		assert!(PlanPending::<Test>::get());
		assert_eq!(CollectivesWithoutNodes::<Test>::get(SECTOR_PUBLICO), Some(1));
		assert_eq!(
			NodeIntegration::collectives_without_nodes(),
			vec![SECTOR_PUBLICO, SOCIEDAD_CIVIL]
		);
		// Reinstated and appointed leader, it applies again; its approval clears the flag.
		MockCollectives::set_member(SECTOR_PUBLICO, 30, true);
		MockCollectives::add_leader(SECTOR_PUBLICO, 30);
		apply_node(30);
		endorse(30, 30);
		assert_ok!(NodeIntegration::approve_node(commission(), 30));
		assert!(!CollectivesWithoutNodes::<Test>::contains_key(SECTOR_PUBLICO));
	});
}

#[test]
fn suspending_a_member_drops_a_suspended_node_and_an_application() {
	with_nodes().build_and_execute(|| {
		assert_ok!(NodeIntegration::suspend_node(commission(), 21, REASON));
		assert_ok!(lose_membership(21, MembershipLoss::Suspended, REASON));
		assert!(!SuspendedNodes::<Test>::contains_key(21));
		assert!(has_event(Event::NodeRemoved {
			who: 21,
			collective: EMPRESAS,
			cause: NodeEnd::MemberSuspended,
			reason: REASON,
		}));
		apply_node(12);
		assert_ok!(lose_membership(12, MembershipLoss::Suspended, REASON));
		assert!(!NodeApplications::<Test>::contains_key(12));
		assert_eq!(last_event(), Event::NodeApplicationWithdrawn { who: 12, collective: ACADEMIA });
	});
}

#[test]
fn suspending_a_member_keeps_min_validators() {
	ExtBuilder::default()
		.validators(vec![(20, EMPRESAS), (21, EMPRESAS)])
		.build_and_execute(|| {
			for cause in [MembershipLoss::Suspended, MembershipLoss::Expelled] {
				assert_noop!(
					<NodeIntegration as MembershipHooks<u64>>::on_membership_lost(
						&20, EMPRESAS, cause, REASON
					),
					Error::<Test>::TooFewValidators
				);
			}
		});
}

#[test]
fn expelling_a_member_removes_its_node() {
	with_nodes().build_and_execute(|| {
		expel_node_member(10, ACADEMIA);
		assert!(has_event(Event::CollectiveWithoutNodes { collective: ACADEMIA }));
		assert_eq!(set(), vec![20, 21, 30]);
	});
}

#[test]
fn expelling_a_member_drops_its_application() {
	with_nodes().build_and_execute(|| {
		apply_node(12);
		assert_ok!(lose_membership(12, MembershipLoss::Expelled, REASON));
		assert_eq!(
			events().last(),
			Some(&Event::NodeApplicationWithdrawn { who: 12, collective: ACADEMIA })
		);
		assert!(!NodeApplications::<Test>::contains_key(12));
	});
}

#[test]
fn losing_a_member_without_node_nor_application_changes_nothing() {
	with_nodes().build_and_execute(|| {
		for (who, cause) in [
			(11, MembershipLoss::Suspended),
			(12, MembershipLoss::Expelled),
			(13, MembershipLoss::Left),
		] {
			assert_ok!(lose_membership(who, cause, REASON));
		}
		assert!(events().is_empty());
		assert_eq!(set(), vec![10, 20, 21, 30]);
		assert!(!PlanPending::<Test>::get());
	});
}

#[test]
fn suspending_a_member_whose_collective_keeps_a_node_flags_nothing() {
	with_nodes().build_and_execute(|| {
		assert_ok!(lose_membership(21, MembershipLoss::Suspended, REASON));
		assert!(!has_event(Event::CollectiveWithoutNodes { collective: EMPRESAS }));
		assert!(!CollectivesWithoutNodes::<Test>::contains_key(EMPRESAS));
		assert_eq!(set(), vec![10, 20, 30]);
	});
}

#[test]
fn the_hooks_weight_covers_both_hooks() {
	use crate::WeightInfo;
	ExtBuilder::default().build_and_execute(|| {
		let weight = <NodeIntegration as MembershipHooks<u64>>::weight();
		let hooks = <() as WeightInfo>::can_leave() + <() as WeightInfo>::on_membership_lost();
		assert_eq!(weight, hooks);
	});
}
