//! Offences reported through `pallet-offences`: suspended, or flagged at the minimum, then
//! reviewed by the node commission.

use super::*;
use crate::{
	CollectivesWithoutNodes, FlaggedNode, FlaggedNodes, LastOffences, SuspendedNode,
	SuspendedNodes, Suspension, WeightInfo,
};

#[test]
fn an_offender_is_suspended_for_the_commission_to_review() {
	with_nodes().build_and_execute(|| {
		offend(&[21], 3);
		assert_eq!(
			last_event(),
			Event::OffenderSuspended { who: 21, collective: EMPRESAS, offence: offence_in(3) }
		);
		assert_eq!(
			SuspendedNodes::<Test>::get(21),
			Some(SuspendedNode {
				collective: EMPRESAS,
				cause: Suspension::Offence(offence_in(3)),
				since: 1
			})
		);
		assert_eq!(LastOffences::<Test>::get(21), Some(3));
		assert_eq!(set(), vec![10, 20, 30]);
		rotate(2);
		assert_eq!(session_sets(), (vec![10, 20, 30], vec![10, 20, 30]));
		// The commission resumes it.
		assert_ok!(NodeIntegration::resume_node(commission(), 21));
		assert_eq!(set(), vec![10, 20, 30, 21]);
	});
}

#[test]
fn an_offender_at_the_minimum_is_flagged_and_keeps_validating() {
	with_nodes().min_validators(4).build_and_execute(|| {
		offend(&[21], 3);
		assert_eq!(
			last_event(),
			Event::OffenderFlagged { who: 21, collective: EMPRESAS, offence: offence_in(3) }
		);
		assert_eq!(
			FlaggedNodes::<Test>::get(21),
			Some(FlaggedNode { collective: EMPRESAS, offence: offence_in(3), since: 1 })
		);
		assert_eq!(set(), vec![10, 20, 21, 30]);
		assert!(!PlanPending::<Test>::get());
	});
}

#[test]
fn an_offending_last_node_of_its_collective_is_suspended_all_the_same() {
	with_nodes().build_and_execute(|| {
		offend(&[30], 1);
		assert!(has_event(Event::CollectiveWithoutNodes { collective: SECTOR_PUBLICO }));
		assert_eq!(CollectivesWithoutNodes::<Test>::get(SECTOR_PUBLICO), Some(1));
		assert!(SuspendedNodes::<Test>::contains_key(30));
		// Resuming it clears the collective's flag.
		assert_ok!(NodeIntegration::resume_node(commission(), 30));
		assert!(!CollectivesWithoutNodes::<Test>::contains_key(SECTOR_PUBLICO));
	});
}

#[test]
fn several_offenders_are_suspended_down_to_the_minimum_and_the_rest_flagged() {
	with_nodes().build_and_execute(|| {
		offend(&[20, 21, 10], 1);
		assert_eq!(set(), vec![10, 30]);
		assert!(SuspendedNodes::<Test>::contains_key(20));
		assert!(SuspendedNodes::<Test>::contains_key(21));
		assert!(FlaggedNodes::<Test>::contains_key(10));
		// Empresas lost both nodes.
		assert!(CollectivesWithoutNodes::<Test>::contains_key(EMPRESAS));
	});
}

#[test]
fn a_repeated_report_acts_once() {
	with_nodes().build_and_execute(|| {
		offend(&[21], 3);
		assert_ok!(NodeIntegration::resume_node(commission(), 21));
		System::reset_events();
		// pallet-offences reports a new offender of the same offence with the earlier one.
		offend(&[21, 20], 3);
		assert_eq!(
			events(),
			vec![Event::OffenderSuspended {
				who: 20,
				collective: EMPRESAS,
				offence: offence_in(3)
			}]
		);
		assert!(NodeIntegration::is_validator(&21));
		// The same report again does nothing.
		System::reset_events();
		offend(&[21, 20], 3);
		assert!(events().is_empty());
		// Nor does an earlier offence of a reviewed node.
		offend(&[21], 2);
		assert!(events().is_empty());
		assert!(NodeIntegration::is_validator(&21));
	});
}

#[test]
fn a_flagged_node_reported_again_for_the_same_offence_stays_as_it_is() {
	with_nodes().min_validators(4).build_and_execute(|| {
		offend(&[21], 3);
		System::reset_events();
		offend(&[21], 3);
		assert!(events().is_empty());
		assert_eq!(FlaggedNodes::<Test>::get(21).map(|f| f.offence), Some(offence_in(3)));
	});
}

#[test]
fn a_later_offence_is_acted_on_again() {
	with_nodes().build_and_execute(|| {
		offend(&[21], 3);
		assert_ok!(NodeIntegration::resume_node(commission(), 21));
		offend(&[21], 4);
		assert_eq!(
			SuspendedNodes::<Test>::get(21).map(|n| n.cause),
			Some(Suspension::Offence(offence_in(4)))
		);
		assert_eq!(LastOffences::<Test>::get(21), Some(4));
	});
}

#[test]
fn a_flagged_node_is_suspended_for_a_later_offence_once_the_set_allows() {
	with_nodes().min_validators(4).build_and_execute(|| {
		offend(&[21], 3);
		assert_ok!(NodeIntegration::set_min_validators(RuntimeOrigin::root(), 3));
		offend(&[21], 4);
		assert!(!FlaggedNodes::<Test>::contains_key(21));
		assert!(SuspendedNodes::<Test>::contains_key(21));
	});
}

#[test]
fn offenders_that_are_not_active_nodes_are_ignored() {
	with_nodes().build_and_execute(|| {
		assert_ok!(NodeIntegration::suspend_node(commission(), 21, REASON));
		System::reset_events();
		offend(&[21, 11, 99], 1);
		assert!(events().is_empty());
		assert_eq!(
			SuspendedNodes::<Test>::get(21).map(|n| n.cause),
			Some(Suspension::Decision { reason: REASON })
		);
		assert!(!LastOffences::<Test>::contains_key(21));
		assert!(!LastOffences::<Test>::contains_key(11));
	});
}

#[test]
fn the_commission_clears_a_flag_with_resume_node() {
	with_nodes().min_validators(4).build_and_execute(|| {
		offend(&[21], 3);
		// An extraordinary Executive decision does not review offences.
		assert_noop!(NodeIntegration::resume_node(executive(), 21), BadOrigin);
		assert_ok!(NodeIntegration::resume_node(commission(), 21));
		assert_eq!(last_event(), Event::NodeUnflagged { who: 21, collective: EMPRESAS });
		assert!(!FlaggedNodes::<Test>::contains_key(21));
		assert_eq!(set(), vec![10, 20, 21, 30]);
		// Nothing left to resume.
		assert_noop!(NodeIntegration::resume_node(commission(), 21), Error::<Test>::NotSuspended);
	});
}

#[test]
fn removing_a_flagged_node_clears_its_flag_and_its_offences() {
	with_nodes().min_validators(4).build_and_execute(|| {
		offend(&[21], 3);
		// At the minimum, the flagged node cannot be removed yet.
		assert_noop!(
			NodeIntegration::remove_node(commission(), 21, REASON),
			Error::<Test>::TooFewValidators
		);
		assert_ok!(NodeIntegration::set_min_validators(RuntimeOrigin::root(), 3));
		assert_ok!(NodeIntegration::remove_node(executive(), 21, REASON));
		assert!(!FlaggedNodes::<Test>::contains_key(21));
		assert!(!LastOffences::<Test>::contains_key(21));
	});
}

#[test]
fn removing_a_node_suspended_for_an_offence_clears_its_offences() {
	with_nodes().build_and_execute(|| {
		offend(&[21], 3);
		assert_ok!(NodeIntegration::remove_node(commission(), 21, REASON));
		assert!(!SuspendedNodes::<Test>::contains_key(21));
		assert!(!LastOffences::<Test>::contains_key(21));
	});
}

#[test]
fn suspending_a_flagged_node_clears_its_flag() {
	with_nodes().min_validators(4).build_and_execute(|| {
		offend(&[21], 3);
		assert_ok!(NodeIntegration::set_min_validators(RuntimeOrigin::root(), 3));
		assert_ok!(NodeIntegration::suspend_node(executive(), 21, REASON));
		assert!(!FlaggedNodes::<Test>::contains_key(21));
		// The offence stays recorded: the same offence is not acted on again once resumed.
		assert_eq!(LastOffences::<Test>::get(21), Some(3));
	});
}

#[test]
fn a_flagged_node_whose_member_is_expelled_leaves_no_flag() {
	with_nodes().min_validators(3).build_and_execute(|| {
		offend(&[20, 21], 3);
		assert!(SuspendedNodes::<Test>::contains_key(20));
		assert!(FlaggedNodes::<Test>::contains_key(21));
		// The Executive expels the suspended node's member; then governance lowers the minimum
		// and the flagged node's member is expelled too.
		assert_ok!(lose_membership(20, MembershipLoss::Expelled, REASON));
		assert_ok!(NodeIntegration::set_min_validators(RuntimeOrigin::root(), 2));
		expel_node_member(21, EMPRESAS);
		assert!(!FlaggedNodes::<Test>::contains_key(21));
		assert!(!LastOffences::<Test>::contains_key(20));
		assert!(!LastOffences::<Test>::contains_key(21));
	});
}

#[test]
fn the_offence_weight_is_the_benchmarked_weight_per_offender() {
	with_nodes().build_and_execute(|| {
		assert_eq!(offend(&[], 1), <() as WeightInfo>::on_offence(0));
		assert_eq!(offend(&[21, 11, 99], 1), <() as WeightInfo>::on_offence(3));
	});
}

#[test]
fn a_flagged_last_node_of_its_collective_can_be_suspended_by_the_commission() {
	with_nodes().min_validators(4).build_and_execute(|| {
		offend(&[30], 3);
		assert!(FlaggedNodes::<Test>::contains_key(30));
		// Unflagged, the last node of a collective stays; flagged, the review may suspend it
		// once the minimum allows.
		assert_ok!(NodeIntegration::set_min_validators(RuntimeOrigin::root(), 3));
		assert_ok!(NodeIntegration::suspend_node(commission(), 30, REASON));
		assert!(!FlaggedNodes::<Test>::contains_key(30));
		assert!(SuspendedNodes::<Test>::contains_key(30));
		assert!(CollectivesWithoutNodes::<Test>::contains_key(SECTOR_PUBLICO));
		assert_eq!(set(), vec![10, 20, 21]);
	});
}
