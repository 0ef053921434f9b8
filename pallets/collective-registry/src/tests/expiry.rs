use super::*;

// Requests and applications that outlive `RequestLifetime`.

// remove_expired_request

#[test]
fn remove_expired_request_returns_the_deposit_in_full() {
	ExtBuilder::default().build_and_execute(|| {
		let id = request(1, b"Cooperativas");
		run_to_block(1 + LIFETIME);
		assert_ok!(CollectiveRegistry::remove_expired_request(RuntimeOrigin::signed(99), id));
		assert_eq!(
			last_event(),
			Event::CollectiveRequestExpired { request_id: id, applicant: 1, deposit: DEPOSIT }
		);
		assert!(!CollectiveRequests::<Test>::contains_key(id));
		assert!(!crate::PendingRequestsOf::<Test>::contains_key(1));
		assert_eq!(held(1), 0);
		assert_eq!(free(1), INITIAL_BALANCE);
	});
}

#[test]
fn remove_expired_request_is_refused_before_the_end_of_its_lifetime() {
	ExtBuilder::default().build_and_execute(|| {
		let id = request(1, b"Cooperativas");
		run_to_block(LIFETIME);
		assert_noop!(
			CollectiveRegistry::remove_expired_request(RuntimeOrigin::signed(99), id),
			Error::<Test>::NotExpired
		);
	});
}

#[test]
fn remove_expired_request_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		let id = request(1, b"Cooperativas");
		run_to_block(1 + LIFETIME);
		assert_noop!(
			CollectiveRegistry::remove_expired_request(RuntimeOrigin::root(), id),
			BadOrigin
		);
	});
}

#[test]
fn remove_expired_request_rejects_an_unknown_request() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::remove_expired_request(RuntimeOrigin::signed(99), 7),
			Error::<Test>::RequestNotFound
		);
	});
}

// remove_expired_application

#[test]
fn remove_expired_application_returns_the_deposit_in_full() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, ACADEMIA, b"UAM");
		run_to_block(1 + LIFETIME);
		assert_ok!(CollectiveRegistry::remove_expired_application(RuntimeOrigin::signed(99), 1));
		assert_eq!(
			last_event(),
			Event::ApplicationExpired {
				who: 1,
				collective: ACADEMIA,
				deposit: APPLICATION_DEPOSIT
			}
		);
		assert!(!Members::<Test>::contains_key(1));
		assert_eq!(member_count(ACADEMIA), 4);
		assert_application_deposit_returned(1);
		assert_eq!(
			hook_calls(),
			vec![HookCall::MembershipLost(1, ACADEMIA, MembershipLoss::Left, H256::zero())]
		);
	});
}

#[test]
fn remove_expired_application_is_refused_before_the_end_of_its_lifetime() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, ACADEMIA, b"UAM");
		run_to_block(LIFETIME);
		assert_noop!(
			CollectiveRegistry::remove_expired_application(RuntimeOrigin::signed(99), 1),
			Error::<Test>::NotExpired
		);
	});
}

#[test]
fn remove_expired_application_leaves_members_alone() {
	ExtBuilder::default().build_and_execute(|| {
		run_to_block(1 + LIFETIME);
		assert_noop!(
			CollectiveRegistry::remove_expired_application(RuntimeOrigin::signed(99), 13),
			Error::<Test>::NotApplicant
		);
	});
}

#[test]
fn remove_expired_application_rejects_an_account_without_application() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::remove_expired_application(RuntimeOrigin::signed(99), 1),
			Error::<Test>::NotMember
		);
	});
}

#[test]
fn remove_expired_application_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, ACADEMIA, b"UAM");
		run_to_block(1 + LIFETIME);
		assert_noop!(
			CollectiveRegistry::remove_expired_application(RuntimeOrigin::none(), 1),
			BadOrigin
		);
	});
}

#[test]
fn remove_expired_application_changes_nothing_when_a_hook_refuses() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, ACADEMIA, b"UAM");
		run_to_block(1 + LIFETIME);
		MockMembershipHooks::refuse_loss(Some(DispatchError::Other("refused")));
		assert_noop!(
			CollectiveRegistry::remove_expired_application(RuntimeOrigin::signed(99), 1),
			DispatchError::Other("refused")
		);
		MockMembershipHooks::refuse_loss(None);
	});
}

#[test]
fn a_decided_request_no_longer_counts_against_its_account() {
	ExtBuilder::default().build_and_execute(|| {
		let id = request(1, b"Cooperativas");
		reject(id);
		assert!(!crate::PendingRequestsOf::<Test>::contains_key(1));
		request(1, b"Sindicatos");
	});
}
