//! Unit tests of the validator set pallet.

use crate::{mock::*, Error, Event, PlanPending, Validators};
use frame_support::{assert_noop, assert_ok, traits::Hooks};
use pallet_session::SessionManager;
use sp_runtime::DispatchError::BadOrigin;

fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::ValidatorSet(e) = r.event { Some(e) } else { None })
		.last()
		.expect("an event of the pallet was emitted")
}

fn planned() -> Vec<u64> {
	Validators::<Test>::get().into_inner()
}

#[test]
fn genesis_sets_the_planned_set_and_the_first_sessions() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(planned(), vec![1, 2, 3]);
		assert!(!PlanPending::<Test>::get());
		assert_eq!(ValidatorSet::new_session_genesis(0), Some(vec![1, 2, 3]));
		// Nothing changed since genesis: session keeps its current set.
		assert_eq!(ValidatorSet::new_session(2), None);
	});
}

#[test]
#[should_panic(expected = "genesis validators must not contain duplicates")]
fn genesis_rejects_duplicates() {
	ExtBuilder::default().validators(vec![1, 1, 2]).build();
}

#[test]
#[should_panic(expected = "genesis needs at least MinValidators validators")]
fn genesis_rejects_too_few() {
	ExtBuilder::default().validators(vec![1]).build();
}

#[test]
fn integrity_test_passes() {
	ExtBuilder::default().build_and_execute(|| {
		<ValidatorSet as Hooks<u64>>::integrity_test();
	});
}

#[test]
fn add_validator_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 4));
		assert_eq!(planned(), vec![1, 2, 3, 4]);
		assert!(PlanPending::<Test>::get());
		assert_eq!(last_event(), Event::ValidatorAdded { who: 4 });
	});
}

#[test]
fn add_validator_requires_validator_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(ValidatorSet::add_validator(RuntimeOrigin::signed(1), 4), BadOrigin);
		assert_noop!(ValidatorSet::add_validator(RuntimeOrigin::none(), 4), BadOrigin);
	});
}

#[test]
fn add_validator_rejects_a_member() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::root(), 2),
			Error::<Test>::AlreadyValidator
		);
	});
}

#[test]
fn add_validator_requires_session_keys() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::root(), 42),
			Error::<Test>::NoSessionKeys
		);
	});
}

#[test]
fn add_validator_rejects_a_full_set() {
	ExtBuilder::default().validators(vec![1, 2, 3, 4]).build_and_execute(|| {
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::root(), 5),
			Error::<Test>::TooManyValidators
		);
	});
}

#[test]
fn remove_validator_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 2));
		assert_eq!(planned(), vec![1, 3]);
		assert!(PlanPending::<Test>::get());
		assert_eq!(last_event(), Event::ValidatorRemoved { who: 2 });
	});
}

#[test]
fn remove_validator_requires_validator_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(ValidatorSet::remove_validator(RuntimeOrigin::signed(1), 2), BadOrigin);
	});
}

#[test]
fn remove_validator_rejects_a_non_member() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::root(), 5),
			Error::<Test>::NotValidator
		);
	});
}

#[test]
fn remove_validator_keeps_the_minimum() {
	ExtBuilder::default().validators(vec![1, 2]).build_and_execute(|| {
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::root(), 1),
			Error::<Test>::TooFewValidators
		);
	});
}

#[test]
fn a_change_is_planned_once_at_the_next_session() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 5));
		assert_eq!(ValidatorSet::new_session(2), Some(vec![1, 2, 3, 5]));
		assert_eq!(last_event(), Event::ValidatorSetPlanned { session_index: 2, count: 4 });
		assert!(!PlanPending::<Test>::get());
		// Planned once: the next session keeps it.
		assert_eq!(ValidatorSet::new_session(3), None);
	});
}

#[test]
fn journey_rotating_a_collective_node() {
	ExtBuilder::default().build_and_execute(|| {
		// The business collective replaces its node 2 by node 6; the public sector adds node 4.
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 6));
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 2));
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 4));
		assert_eq!(ValidatorSet::new_session(5), Some(vec![1, 3, 6, 4]));
		// Removing again and re-adding the same node is possible.
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 6));
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 6));
		assert_eq!(ValidatorSet::new_session(6), Some(vec![1, 3, 4, 6]));
		assert_eq!(ValidatorSet::new_session(7), None);
	});
}

#[test]
fn try_state_detects_a_validator_without_keys() {
	ExtBuilder::default().build().execute_with(|| {
		Registered::mutate(|r| r.retain(|a| *a != 3));
		assert!(ValidatorSet::do_try_state().is_err());
	});
}
