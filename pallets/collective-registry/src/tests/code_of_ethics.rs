use super::*;

// set_code_of_ethics and accept_code_of_ethics

#[test]
fn set_code_of_ethics_makes_members_outdated() {
	ExtBuilder::default().build_and_execute(|| {
		assert!(CollectiveRegistry::is_code_of_ethics_current(10));
		assert_ok!(CollectiveRegistry::set_code_of_ethics(RuntimeOrigin::root(), CODE_V2));
		assert_eq!(last_event(), Event::CodeOfEthicsSet { code_of_ethics: CODE_V2 });
		assert_eq!(CodeOfEthics::<Test>::get(), Some(CODE_V2));
		assert!(!CollectiveRegistry::is_code_of_ethics_current(10));
		assert!(!CollectiveRegistry::is_code_of_ethics_current(99));
	});
}

#[test]
fn set_code_of_ethics_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::set_code_of_ethics(RuntimeOrigin::signed(10), CODE_V2),
			BadOrigin
		);
	});
}

#[test]
fn set_code_of_ethics_rejects_the_version_in_force() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::set_code_of_ethics(RuntimeOrigin::root(), CODE_V1),
			Error::<Test>::CodeOfEthicsUnchanged
		);
	});
}

#[test]
fn accept_code_of_ethics_brings_a_member_up_to_date() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(CollectiveRegistry::set_code_of_ethics(RuntimeOrigin::root(), CODE_V2));
		assert_ok!(CollectiveRegistry::accept_code_of_ethics(RuntimeOrigin::signed(10), CODE_V2));
		assert_eq!(last_event(), Event::CodeOfEthicsAccepted { who: 10, code_of_ethics: CODE_V2 });
		assert!(CollectiveRegistry::is_code_of_ethics_current(10));
		assert!(!CollectiveRegistry::is_code_of_ethics_current(11));
	});
}

#[test]
fn accept_code_of_ethics_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(CollectiveRegistry::set_code_of_ethics(RuntimeOrigin::root(), CODE_V2));
		assert_noop!(
			CollectiveRegistry::accept_code_of_ethics(RuntimeOrigin::root(), CODE_V2),
			BadOrigin
		);
	});
}

#[test]
fn accept_code_of_ethics_needs_a_code_in_force() {
	without_code_of_ethics().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::accept_code_of_ethics(RuntimeOrigin::signed(1), CODE_V1),
			Error::<Test>::CodeOfEthicsNotSet
		);
	});
}

#[test]
fn accept_code_of_ethics_rejects_another_version() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(CollectiveRegistry::set_code_of_ethics(RuntimeOrigin::root(), CODE_V2));
		assert_noop!(
			CollectiveRegistry::accept_code_of_ethics(RuntimeOrigin::signed(10), CODE_V1),
			Error::<Test>::WrongCodeOfEthics
		);
	});
}

#[test]
fn accept_code_of_ethics_is_for_members() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::accept_code_of_ethics(RuntimeOrigin::signed(1), CODE_V1),
			Error::<Test>::NotMember
		);
	});
}

#[test]
fn accept_code_of_ethics_rejects_a_repeat() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::accept_code_of_ethics(RuntimeOrigin::signed(10), CODE_V1),
			Error::<Test>::CodeOfEthicsAlreadyAccepted
		);
	});
}
