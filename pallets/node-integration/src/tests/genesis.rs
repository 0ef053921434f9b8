//! The founding validators and the configuration checks.

use super::*;
use crate::{SessionLength, SessionLengthOf};
use frame_support::traits::Get;

#[test]
#[should_panic(expected = "genesis validators must be genesis members of their collective")]
fn genesis_rejects_a_validator_of_another_collective() {
	ExtBuilder::default().validators(vec![(10, EMPRESAS), (20, EMPRESAS)]).build();
}

#[test]
#[should_panic(expected = "genesis validators must be genesis members of their collective")]
fn genesis_rejects_a_validator_that_is_not_an_active_member() {
	ExtBuilder::default()
		.inactive(vec![20])
		.validators(vec![(10, ACADEMIA), (20, EMPRESAS)])
		.build();
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
#[should_panic(expected = "genesis validators exceed MaxValidators")]
fn genesis_rejects_more_than_max_validators() {
	MaxValidators::set(3);
	ExtBuilder::default()
		.validators(vec![(10, ACADEMIA), (20, EMPRESAS), (21, EMPRESAS), (30, SECTOR_PUBLICO)])
		.build();
}

#[test]
#[should_panic(expected = "genesis needs at least MinValidators validators")]
fn genesis_rejects_too_few_validators() {
	ExtBuilder::default().validators(vec![(10, ACADEMIA)]).build();
}

#[test]
fn integrity_test_accepts_the_mock() {
	<NodeIntegration as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "MinValidatorsFloor must not exceed MaxValidators")]
fn integrity_test_requires_the_floor_within_max_validators() {
	MinValidatorsFloor::set(6);
	<NodeIntegration as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "MinValidatorsFloor must be at least 1")]
fn integrity_test_requires_a_floor_of_one() {
	MinValidatorsFloor::set(0);
	<NodeIntegration as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "MaxValidatorsPerCollective must not exceed MaxValidators")]
fn integrity_test_requires_the_quota_within_max_validators() {
	MaxValidators::set(1);
	<NodeIntegration as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "MemberReportPeriod must not be zero")]
fn integrity_test_requires_report_periods() {
	MemberReportPeriod::set(0);
	<NodeIntegration as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "genesis validators must be genesis members of their collective")]
fn genesis_rejects_a_validator_without_a_collective() {
	ExtBuilder::empty().validators(vec![(10, ACADEMIA), (20, EMPRESAS)]).build();
}

#[test]
fn genesis_without_a_roster_starts_empty() {
	ExtBuilder::empty().build_and_execute(|| {
		assert!(set().is_empty());
		assert!(NodeIntegration::collectives_without_nodes().is_empty());
		assert!(MockReports::<Test>::calls().is_empty());
	});
}

#[test]
fn the_session_length_is_the_default_unless_genesis_sets_it() {
	ExtBuilder::default().build().execute_with(|| {
		assert_eq!(SessionLength::<Test>::get(), SESSION_LENGTH);
		assert_eq!(<SessionLengthOf<Test> as Get<u64>>::get(), SESSION_LENGTH);
	});
	ExtBuilder::default().session_length(3).build().execute_with(|| {
		assert_eq!(<SessionLengthOf<Test> as Get<u64>>::get(), 3);
	});
}

#[test]
#[should_panic(expected = "genesis session_length must not be zero")]
fn genesis_rejects_a_zero_session_length() {
	ExtBuilder::default().session_length(0).build();
}
