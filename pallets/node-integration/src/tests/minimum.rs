//! The smallest validator set: `set_min_validators`, and the minimum kept by every way out of
//! the set.

use super::*;
use crate::MinValidators;

#[test]
fn set_min_validators_works() {
	with_nodes().build_and_execute(|| {
		assert_eq!(MinValidators::<Test>::get(), 2);
		assert_ok!(NodeIntegration::set_min_validators(RuntimeOrigin::root(), 4));
		assert_eq!(last_event(), Event::MinValidatorsSet { min_validators: 4 });
		assert_eq!(MinValidators::<Test>::get(), 4);
		assert_ok!(NodeIntegration::set_min_validators(RuntimeOrigin::root(), 1));
		assert_eq!(MinValidators::<Test>::get(), 1);
	});
}

#[test]
fn set_min_validators_requires_the_parameter_origin() {
	with_nodes().build_and_execute(|| {
		for origin in [commission(), executive(), RuntimeOrigin::signed(10)] {
			assert_noop!(NodeIntegration::set_min_validators(origin, 3), BadOrigin);
		}
	});
}

#[test]
fn set_min_validators_refuses_a_minimum_below_the_floor() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			NodeIntegration::set_min_validators(RuntimeOrigin::root(), 0),
			Error::<Test>::BelowFloor
		);
		MinValidatorsFloor::set(2);
		assert_noop!(
			NodeIntegration::set_min_validators(RuntimeOrigin::root(), 1),
			Error::<Test>::BelowFloor
		);
	});
}

#[test]
fn set_min_validators_refuses_a_minimum_above_max_validators() {
	with_nodes().build_and_execute(|| {
		assert_noop!(
			NodeIntegration::set_min_validators(RuntimeOrigin::root(), 6),
			Error::<Test>::AboveMaxValidators
		);
	});
}

#[test]
fn set_min_validators_refuses_a_minimum_above_the_active_set() {
	with_nodes().build_and_execute(|| {
		// Four active nodes; a suspended one does not count.
		assert_ok!(NodeIntegration::suspend_node(commission(), 21, REASON));
		assert_noop!(
			NodeIntegration::set_min_validators(RuntimeOrigin::root(), 4),
			Error::<Test>::AboveActiveValidators
		);
		assert_ok!(NodeIntegration::set_min_validators(RuntimeOrigin::root(), 3));
	});
}

#[test]
fn a_raised_minimum_refuses_every_way_out_of_the_set() {
	with_nodes().build_and_execute(|| {
		assert_ok!(NodeIntegration::set_min_validators(RuntimeOrigin::root(), 4));
		assert_noop!(
			NodeIntegration::remove_node(commission(), 21, REASON),
			Error::<Test>::TooFewValidators
		);
		assert_noop!(
			NodeIntegration::suspend_node(executive(), 21, REASON),
			Error::<Test>::TooFewValidators
		);
		assert_noop!(
			lose_membership(21, MembershipLoss::Expelled, REASON),
			Error::<Test>::TooFewValidators
		);
		// An offender is flagged instead of suspended.
		offend(&[21], 1);
		assert_eq!(set(), vec![10, 20, 21, 30]);
		assert!(crate::FlaggedNodes::<Test>::contains_key(21));
	});
}

#[test]
fn genesis_sets_the_minimum() {
	with_nodes().min_validators(4).build_and_execute(|| {
		assert_eq!(MinValidators::<Test>::get(), 4);
	});
}

#[test]
fn the_default_genesis_minimum_is_the_floor() {
	MinValidatorsFloor::set(3);
	let genesis = crate::GenesisConfig::<Test>::default();
	assert_eq!(genesis.min_validators, 3);
	assert!(genesis.validators.is_empty());
}

#[test]
#[should_panic(expected = "genesis min_validators is below MinValidatorsFloor")]
fn genesis_rejects_a_minimum_below_the_floor() {
	ExtBuilder::default().min_validators(0).build();
}

#[test]
#[should_panic(expected = "genesis min_validators exceeds MaxValidators")]
fn genesis_rejects_a_minimum_above_max_validators() {
	ExtBuilder::default().min_validators(6).build();
}

#[test]
#[should_panic(expected = "genesis needs at least MinValidators validators")]
fn genesis_rejects_fewer_validators_than_its_minimum() {
	with_nodes().min_validators(5).build();
}
