use super::*;

// Genesis and configuration.

#[test]
fn genesis_builds_collectives_members_and_leaders() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(Collectives::<Test>::count(), 4);
		assert_eq!(NextCollectiveId::<Test>::get(), 4);
		let academia = Collectives::<Test>::get(ACADEMIA).expect("genesis collective");
		assert_eq!(academia.name, name(b"Academia"));
		assert_eq!(academia.kind, CollectiveKind::Academia);
		assert_eq!(academia.state, CollectiveState::Active);
		assert_eq!(academia.document, None);
		assert_eq!(academia.member_count, 4);
		assert_eq!(CollectiveNames::<Test>::get(name(b"Sociedad civil")), Some(SOCIEDAD_CIVIL));
		assert_eq!(CodeOfEthics::<Test>::get(), Some(CODE_V1));
		assert_eq!(status(12), Some(MemberStatus::Active));
		assert!(CollectiveMembers::<Test>::contains_key(EMPRESAS, 21));
		assert_eq!(leaders(ACADEMIA), vec![10, 11]);
		assert_eq!(expiries(TERM), vec![(ACADEMIA, 10), (ACADEMIA, 11)]);
		assert_eq!(
			CollectiveRegistry::collectives_needing_appointment(),
			vec![EMPRESAS, SECTOR_PUBLICO, SOCIEDAD_CIVIL]
		);
	});
}

#[test]
#[should_panic(expected = "genesis members need a code of ethics")]
fn genesis_rejects_members_without_a_code_of_ethics() {
	ExtBuilder::default().code_of_ethics(None).leaders(vec![]).build();
}

#[test]
#[should_panic(expected = "genesis leader refused")]
fn genesis_rejects_leaders_of_the_same_institution() {
	ExtBuilder::default().leaders(vec![(ACADEMIA, 10), (ACADEMIA, 12)]).build();
}

#[test]
#[should_panic(expected = "genesis collective refused")]
fn genesis_rejects_duplicate_names() {
	ExtBuilder::default()
		.collectives(vec![
			(b"Academia".to_vec(), CollectiveKind::Academia),
			(b"Academia".to_vec(), CollectiveKind::Business),
		])
		.members(vec![])
		.leaders(vec![])
		.build();
}

#[test]
#[should_panic(expected = "genesis member refused")]
fn genesis_rejects_a_member_of_a_missing_collective() {
	ExtBuilder::default()
		.members(vec![(1, 9, b"UNAM".to_vec())])
		.leaders(vec![])
		.build();
}

#[test]
fn integrity_test_passes() {
	ExtBuilder::default().build_and_execute(|| {
		<CollectiveRegistry as Hooks<u64>>::integrity_test();
	});
}

#[test]
#[should_panic(expected = "MaxMembersPerCollective must exceed MaxLeaders")]
fn integrity_test_requires_room_for_members_besides_the_leaders() {
	MaxMembersPerCollective::set(3);
	<CollectiveRegistry as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "RenewalWindow must not be zero when MaxLeaderRenewals is not")]
fn integrity_test_requires_a_renewal_window() {
	RenewalWindow::set(0);
	<CollectiveRegistry as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "CollectiveRequestDeposit must not be zero")]
fn integrity_test_requires_a_request_deposit() {
	CollectiveRequestDeposit::set(0);
	<CollectiveRegistry as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "LeaderReportPeriod must not be zero")]
fn integrity_test_requires_a_leader_report_period() {
	LeaderReportPeriod::set(0);
	<CollectiveRegistry as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "on_initialize with MaxExpiriesPerBlock expiries must fit in a block")]
fn integrity_test_requires_the_expiries_to_fit_in_a_block() {
	MaxExpiriesPerBlock::set(u32::MAX);
	<CollectiveRegistry as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "RequestLifetime must not be zero")]
fn integrity_test_requires_a_request_lifetime() {
	RequestLifetime::set(0);
	<CollectiveRegistry as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "MaxRequestsPerAccount must be at least 1")]
fn integrity_test_requires_a_request_per_account() {
	MaxRequestsPerAccount::set(0);
	<CollectiveRegistry as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "MaxCommittedNodes must be at least 1")]
fn integrity_test_requires_a_committable_node() {
	MaxCommittedNodes::set(0);
	<CollectiveRegistry as Hooks<u64>>::integrity_test();
}
