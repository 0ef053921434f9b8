use super::*;

// Invariants.

#[test]
fn try_state_detects_leaders_of_the_same_institution() {
	ExtBuilder::default().build().execute_with(|| {
		assert_ok!(CollectiveRegistry::do_try_state());
		Leaders::<Test>::mutate(ACADEMIA, |leaders| {
			let mut forged = leaders.first().cloned().expect("a leader");
			forged.who = 12;
			leaders.try_push(forged).expect("room for a third leader");
		});
		LeaderExpiries::<Test>::mutate(TERM, |bucket| {
			bucket.try_push((ACADEMIA, 12)).expect("room in the bucket")
		});
		assert_eq!(
			CollectiveRegistry::do_try_state(),
			Err("two leaders from the same institution".into())
		);
	});
}

#[test]
fn try_state_detects_an_unscheduled_term() {
	ExtBuilder::default().build().execute_with(|| {
		assert_ok!(CollectiveRegistry::do_try_state());
		LeaderExpiries::<Test>::remove(TERM);
		assert_eq!(
			CollectiveRegistry::do_try_state(),
			Err("a term missing from the expiry schedule".into())
		);
	});
}

#[test]
fn try_state_detects_a_missing_deposit() {
	ExtBuilder::default().build().execute_with(|| {
		let id = request(1, b"Cooperativas");
		assert_ok!(CollectiveRegistry::do_try_state());
		assert_ok!(<Balances as frame_support::traits::fungible::MutateHold<u64>>::release(
			&RuntimeHoldReason::CollectiveRegistry(HoldReason::CollectiveRequest),
			&1,
			DEPOSIT,
			frame_support::traits::tokens::Precision::Exact,
		));
		assert!(CollectiveRequests::<Test>::contains_key(id));
		assert_eq!(
			CollectiveRegistry::do_try_state(),
			Err("held deposits differ from the pending requests' deposits".into())
		);
	});
}

#[test]
fn try_state_detects_a_missing_application_deposit() {
	ExtBuilder::default().build().execute_with(|| {
		apply(1, SOCIEDAD_CIVIL, b"Cruz Roja");
		assert_ok!(CollectiveRegistry::do_try_state());
		assert_ok!(<Balances as frame_support::traits::fungible::MutateHold<u64>>::release(
			&RuntimeHoldReason::CollectiveRegistry(HoldReason::MembershipApplication),
			&1,
			APPLICATION_DEPOSIT,
			frame_support::traits::tokens::Precision::Exact,
		));
		assert_eq!(
			CollectiveRegistry::do_try_state(),
			Err("held application deposit differs from the recorded one".into())
		);
	});
}

#[test]
fn try_state_detects_an_application_deposit_of_a_member() {
	ExtBuilder::default().build().execute_with(|| {
		assert_ok!(CollectiveRegistry::do_try_state());
		ApplicationDeposits::<Test>::insert(13, APPLICATION_DEPOSIT);
		assert_eq!(
			CollectiveRegistry::do_try_state(),
			Err("application deposit of no pending application".into())
		);
	});
}

#[test]
fn try_state_detects_a_member_of_a_missing_collective() {
	ExtBuilder::default().build().execute_with(|| {
		assert_ok!(CollectiveRegistry::do_try_state());
		Members::<Test>::mutate(30, |m| {
			if let Some(member) = m {
				member.collective = 9;
			}
		});
		assert_eq!(
			CollectiveRegistry::do_try_state(),
			Err("member of a collective that does not exist".into())
		);
	});
}

#[test]
fn try_state_detects_a_leader_without_its_lifetime_terms() {
	ExtBuilder::default().build().execute_with(|| {
		assert_ok!(CollectiveRegistry::do_try_state());
		LeaderTermsServed::<Test>::remove(10);
		assert_eq!(
			CollectiveRegistry::do_try_state(),
			Err("a leader's lifetime terms fewer than its current tenure's".into())
		);
	});
}

#[test]
fn try_state_detects_lifetime_terms_above_the_limit() {
	ExtBuilder::default().build().execute_with(|| {
		LeaderTermsServed::<Test>::insert(13, CollectiveRegistry::leader_term_limit() + 1);
		assert_eq!(
			CollectiveRegistry::do_try_state(),
			Err("more lifetime leader terms than 1 + MaxLeaderRenewals".into())
		);
	});
}

#[test]
fn try_state_detects_a_lifetime_count_of_zero() {
	ExtBuilder::default().build().execute_with(|| {
		LeaderTermsServed::<Test>::insert(13, 0);
		assert_eq!(
			CollectiveRegistry::do_try_state(),
			Err("a lifetime term count of zero left in storage".into())
		);
	});
}

#[test]
fn try_state_detects_a_flag_on_a_missing_collective() {
	ExtBuilder::default().build().execute_with(|| {
		assert_ok!(CollectiveRegistry::do_try_state());
		crate::FlaggedCollectives::<Test>::insert(9, 1);
		assert_eq!(
			CollectiveRegistry::do_try_state(),
			Err("a flag on a missing collective".into())
		);
	});
}

#[test]
fn try_state_detects_a_pending_request_count_out_of_step() {
	ExtBuilder::default().build().execute_with(|| {
		request(1, b"Cooperativas");
		assert_ok!(CollectiveRegistry::do_try_state());
		crate::PendingRequestsOf::<Test>::insert(2, 1);
		assert_eq!(
			CollectiveRegistry::do_try_state(),
			Err("a pending request count out of step".into())
		);
	});
}

#[test]
fn try_state_detects_a_promoter_without_a_request() {
	ExtBuilder::default().build().execute_with(|| {
		Collectives::<Test>::mutate(ACADEMIA, |c| {
			if let Some(c) = c {
				c.promoter = Some(1);
			}
		});
		assert_eq!(
			CollectiveRegistry::do_try_state(),
			Err("a promoter without a request, or a request without a promoter".into())
		);
	});
}
