use super::*;
use bmx_primitives::governance::ReportAnswerers;

// Traits for other pallets.

parameter_types! {
	pub const AcademiaId: u32 = ACADEMIA;
}

#[test]
fn collective_inspect_reads_the_pallet() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, SOCIEDAD_CIVIL, b"Cruz Roja");
		type C = CollectiveRegistry;
		assert!(<C as CollectiveInspect<u64>>::collective_exists(ACADEMIA));
		assert!(!<C as CollectiveInspect<u64>>::collective_exists(9));
		assert_eq!(<C as CollectiveInspect<u64>>::collective_of(&1), Some(SOCIEDAD_CIVIL));
		assert!(!<C as CollectiveInspect<u64>>::is_active_member(&1));
		assert!(<C as CollectiveInspect<u64>>::is_active_member(&13));
		assert!(<C as CollectiveInspect<u64>>::is_active_member_of(ACADEMIA, &13));
		assert!(!<C as CollectiveInspect<u64>>::is_active_member_of(EMPRESAS, &13));
		assert!(<C as CollectiveInspect<u64>>::is_leader(ACADEMIA, &10));
		assert!(!<C as CollectiveInspect<u64>>::is_leader(ACADEMIA, &13));
		assert_eq!(<C as CollectiveInspect<u64>>::leaders(ACADEMIA), vec![10, 11]);
		assert_eq!(
			<C as CollectiveInspect<u64>>::collectives(),
			vec![ACADEMIA, EMPRESAS, SECTOR_PUBLICO, SOCIEDAD_CIVIL]
		);
		assert_eq!(<C as CollectiveInspect<u64>>::active_collective_of(&13), Some(ACADEMIA));
		assert_eq!(<C as CollectiveInspect<u64>>::active_collective_of(&1), None);
		assert_eq!(<C as CollectiveInspect<u64>>::led_collective(&10), Some(ACADEMIA));
		assert_eq!(<C as CollectiveInspect<u64>>::led_collective(&13), None);
		assert!(<C as CollectiveInspect<u64>>::is_code_of_ethics_current(&13));
		assert!(!<C as CollectiveInspect<u64>>::is_code_of_ethics_current(&99));
		assert_ok!(CollectiveRegistry::set_code_of_ethics(RuntimeOrigin::root(), CODE_V2));
		assert!(!<C as CollectiveInspect<u64>>::is_code_of_ethics_current(&13));
		// The empty implementation knows nothing.
		assert!(!<() as CollectiveInspect<u64>>::collective_exists(ACADEMIA));
		assert_eq!(<() as CollectiveInspect<u64>>::collective_of(&13), None);
		assert!(!<() as CollectiveInspect<u64>>::is_active_member(&13));
		assert!(!<() as CollectiveInspect<u64>>::is_active_member_of(ACADEMIA, &13));
		assert!(!<() as CollectiveInspect<u64>>::is_leader(ACADEMIA, &10));
		assert!(<() as CollectiveInspect<u64>>::leaders(ACADEMIA).is_empty());
	});
}

#[test]
fn contains_and_sorted_members_follow_the_state() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, SOCIEDAD_CIVIL, b"Cruz Roja");
		assert!(ActiveMembers::<Test>::contains(&20));
		assert!(!ActiveMembers::<Test>::contains(&1));
		assert!(!ActiveMembers::<Test>::contains(&99));
		assert!(CurrentLeaders::<Test>::contains(&11));
		assert!(!CurrentLeaders::<Test>::contains(&13));
		assert_ok!(CollectiveRegistry::appoint_leader(leadership(), ACADEMIA, 13));
		assert_ok!(CollectiveRegistry::remove_leader(RuntimeOrigin::root(), ACADEMIA, 10));
		assert_eq!(LeadersOf::<Test, AcademiaId>::sorted_members(), vec![11, 13]);
		assert!(<LeadersOf<Test, AcademiaId> as SortedMembers<u64>>::contains(&13));
		assert!(!<LeadersOf<Test, AcademiaId> as SortedMembers<u64>>::contains(&10));
		assert_eq!(LeadersOf::<Test, AcademiaId>::count(), 2);
	});
}

#[test]
fn leader_and_member_origins_follow_the_state() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(
			<EnsureLeader<Test> as EnsureOrigin<RuntimeOrigin>>::try_origin(RuntimeOrigin::signed(
				10
			))
			.ok(),
			Some((ACADEMIA, 10))
		);
		assert!(<EnsureLeader<Test> as EnsureOrigin<RuntimeOrigin>>::try_origin(
			RuntimeOrigin::signed(13)
		)
		.is_err());
		assert!(<EnsureLeader<Test> as EnsureOrigin<RuntimeOrigin>>::try_origin(
			RuntimeOrigin::root()
		)
		.is_err());
		assert_eq!(
			<EnsureLeader<Test> as EnsureOriginWithArg<RuntimeOrigin, u32>>::try_origin(
				RuntimeOrigin::signed(11),
				&ACADEMIA
			)
			.ok(),
			Some(11)
		);
		assert!(<EnsureLeader<Test> as EnsureOriginWithArg<RuntimeOrigin, u32>>::try_origin(
			RuntimeOrigin::signed(11),
			&EMPRESAS
		)
		.is_err());
		assert_eq!(
			EnsureActiveMember::<Test>::try_origin(RuntimeOrigin::signed(20)).ok(),
			Some((EMPRESAS, 20))
		);
		assert_ok!(CollectiveRegistry::suspend_member(RuntimeOrigin::root(), 20, REASON));
		assert!(EnsureActiveMember::<Test>::try_origin(RuntimeOrigin::signed(20)).is_err());
		assert!(EnsureActiveMember::<Test>::try_origin(RuntimeOrigin::none()).is_err());
		type AcademiaLeaders = EnsureSignedBy<LeadersOf<Test, AcademiaId>, u64>;
		assert_eq!(
			<AcademiaLeaders as EnsureOrigin<RuntimeOrigin>>::try_origin(RuntimeOrigin::signed(10))
				.ok(),
			Some(10)
		);
		assert!(<AcademiaLeaders as EnsureOrigin<RuntimeOrigin>>::try_origin(
			RuntimeOrigin::signed(13)
		)
		.is_err());
	});
}

#[test]
fn a_leader_answers_for_its_own_reports() {
	ExtBuilder::default().build_and_execute(|| {
		type C = CollectiveRegistry;
		assert!(<C as ReportAnswerers<u64>>::answers_for(&ReportSubject::Leader(11), &11));
		assert!(!<C as ReportAnswerers<u64>>::answers_for(&ReportSubject::Leader(11), &10));
		// The registry answers for no other subject.
		for subject in [
			ReportSubject::Member(11),
			ReportSubject::Project(0),
			ReportSubject::Secretary,
			ReportSubject::AdvisoryCouncil,
		] {
			assert!(!<C as ReportAnswerers<u64>>::answers_for(&subject, &11));
		}
	});
}

#[cfg(feature = "runtime-benchmarks")]
#[test]
fn governance_setup_builds_collectives_members_and_leaders() {
	use bmx_primitives::governance::GovernanceSetup;
	type C = CollectiveRegistry;
	without_code_of_ethics().collectives(vec![]).build_and_execute(|| {
		// Collectives up to the one asked for, with generated names.
		assert_eq!(<C as GovernanceSetup<u64>>::collective(2), 2);
		assert_eq!(Collectives::<Test>::count(), 3);
		assert_eq!(CollectiveNames::<Test>::get(name(b"collective 2")), Some(2));
		assert_eq!(<C as GovernanceSetup<u64>>::collective(1), 1);
		assert_eq!(Collectives::<Test>::count(), 3);
		// A member: a code of ethics is put in force, the member accepts it.
		<C as GovernanceSetup<u64>>::active_member(1, &40);
		assert!(CodeOfEthics::<Test>::get().is_some());
		assert_eq!(CollectiveRegistry::active_collective_of(&40), Some(1));
		assert!(CollectiveRegistry::is_code_of_ethics_current(40));
		// Leaders of distinct generated institutions, with their obligations.
		for who in [40, 41, 42] {
			<C as GovernanceSetup<u64>>::leader(1, &who);
		}
		assert_eq!(leaders(1), vec![40, 41, 42]);
		assert!(report_due(ReportSubject::Leader(42)).is_some());
		// Asking again changes nothing.
		<C as GovernanceSetup<u64>>::leader(1, &40);
		assert_eq!(leaders(1), vec![40, 41, 42]);
		// An applicant is made an active member, its deposit returned.
		let code = CodeOfEthics::<Test>::get().expect("put in force above; qed");
		assert_ok!(try_apply(1, 0, b"Cruz Roja", code));
		assert_ok!(CollectiveRegistry::set_code_of_ethics(RuntimeOrigin::root(), CODE_V2));
		<C as GovernanceSetup<u64>>::active_member(0, &1);
		assert_eq!(status(1), Some(MemberStatus::Active));
		assert!(CollectiveRegistry::is_code_of_ethics_current(1));
		assert_eq!(application_held(1), 0);
	});
}
