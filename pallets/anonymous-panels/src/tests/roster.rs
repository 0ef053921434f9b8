//! Enrolment, leaving and refreshing.

use super::*;
use crate::{Bonds, EnrolledKeys, Enrolments, LeaveCause, Roster};

#[test]
fn a_certified_evaluator_with_a_key_enrols_and_pays_the_bond() {
	ExtBuilder::default().build_and_execute(|| {
		let pool = balance(AnonymousPanels::pool_account());
		let who = u64::from(LATECOMER);
		assert_ok!(AnonymousPanels::enrol(RuntimeOrigin::signed(who)));
		let key = member_key(LATECOMER);
		assert_eq!(last_event(), Event::Enrolled { account: who, key });
		assert_eq!(balance(who), FUNDS - BOND);
		assert_eq!(balance(AnonymousPanels::pool_account()), pool + BOND);
		assert_eq!(Bonds::<Test>::get(), u32::from(ENROLLED) + 1);
		assert_eq!(EnrolledKeys::<Test>::get(who), Some(key));
		assert_eq!(Roster::<Test>::get().last(), Some(&key));
		assert!(MockRings::roster().contains(&key), "the key joins the roster's rings");
	});
}

#[test]
fn enrolment_needs_the_credential_a_key_and_a_first_time() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			AnonymousPanels::enrol(RuntimeOrigin::signed(UNCERTIFIED.into())),
			Error::<Test>::NotAccredited
		);
		assert_noop!(
			AnonymousPanels::enrol(RuntimeOrigin::signed(NO_KEY)),
			Error::<Test>::MemberKeyNotFound
		);
		assert_noop!(
			AnonymousPanels::enrol(RuntimeOrigin::signed(1)),
			Error::<Test>::AlreadyExists
		);
		// A key enrols once: leaving and coming back with the same key is refused.
		assert_ok!(AnonymousPanels::leave(RuntimeOrigin::signed(1)));
		assert_noop!(
			AnonymousPanels::enrol(RuntimeOrigin::signed(1)),
			Error::<Test>::AlreadyExists
		);
		// With a new (rotated) key it enrols again, paying a new bond.
		MockRings::set_member_key(1, Some(member_key(30)));
		assert_ok!(AnonymousPanels::enrol(RuntimeOrigin::signed(1)));
	});
}

#[test]
fn the_roster_is_bounded_and_the_bond_must_be_paid() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(AnonymousPanels::enrol(RuntimeOrigin::signed(LATECOMER.into())));
		MockRings::set_certified(UNCERTIFIED.into(), true);
		assert_eq!(Roster::<Test>::get().len() as u32, MAX_EVALUATORS);
		assert_noop!(
			AnonymousPanels::enrol(RuntimeOrigin::signed(UNCERTIFIED.into())),
			Error::<Test>::TooManyEvaluators
		);
	});
	ExtBuilder::default().build_and_execute(|| {
		let who = u64::from(LATECOMER);
		assert_ok!(Balances::transfer_all(RuntimeOrigin::signed(who), NOBODY, false));
		assert!(AnonymousPanels::enrol(RuntimeOrigin::signed(who)).is_err());
		assert!(!EnrolledKeys::<Test>::contains_key(who));
	});
}

#[test]
fn leaving_keeps_the_bond_in_the_pool() {
	ExtBuilder::default().build_and_execute(|| {
		let pool = balance(AnonymousPanels::pool_account());
		assert_ok!(AnonymousPanels::leave(RuntimeOrigin::signed(2)));
		assert_eq!(
			last_event(),
			Event::Left { account: 2, key: member_key(2), cause: LeaveCause::Withdrew }
		);
		assert_eq!(balance(AnonymousPanels::pool_account()), pool, "the bond stays pooled");
		assert!(!MockRings::roster().contains(&member_key(2)));
		assert_eq!(Enrolments::<Test>::get(member_key(2)).and_then(|e| e.left_at), Some(1));
		assert_noop!(AnonymousPanels::leave(RuntimeOrigin::signed(2)), Error::<Test>::NotFound);
		assert_noop!(
			AnonymousPanels::leave(RuntimeOrigin::signed(NOBODY)),
			Error::<Test>::NotFound
		);
	});
}

#[test]
fn anyone_removes_an_evaluator_that_lapsed() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			AnonymousPanels::refresh_evaluator(RuntimeOrigin::signed(NOBODY), member_key(1)),
			Error::<Test>::StillEligible
		);
		assert_noop!(
			AnonymousPanels::refresh_evaluator(
				RuntimeOrigin::signed(NOBODY),
				member_key(LATECOMER)
			),
			Error::<Test>::NotFound
		);
		MockRings::set_certified(1, false);
		assert_ok!(AnonymousPanels::refresh_evaluator(
			RuntimeOrigin::signed(NOBODY),
			member_key(1)
		));
		assert_eq!(
			last_event(),
			Event::Left { account: 1, key: member_key(1), cause: LeaveCause::CredentialLost }
		);
		MockRings::set_member_key(2, Some(member_key(31)));
		assert_ok!(AnonymousPanels::refresh_evaluator(
			RuntimeOrigin::signed(NOBODY),
			member_key(2)
		));
		assert_eq!(
			last_event(),
			Event::Left { account: 2, key: member_key(2), cause: LeaveCause::KeyChanged }
		);
		assert_eq!(Roster::<Test>::get().len(), usize::from(ENROLLED) - 2);
	});
}

#[test]
fn roster_calls_need_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			AnonymousPanels::enrol(RuntimeOrigin::root()),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_noop!(
			AnonymousPanels::leave(RuntimeOrigin::none()),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_noop!(
			AnonymousPanels::refresh_evaluator(RuntimeOrigin::none(), member_key(1)),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

#[test]
fn leaving_moves_the_key_to_the_former_evaluators() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(AnonymousPanels::leave(RuntimeOrigin::signed(2)));
		assert_eq!(MockRings::former(), vec![member_key(2)]);
		MockRings::set_certified(3, false);
		assert_ok!(AnonymousPanels::refresh_evaluator(
			RuntimeOrigin::signed(NOBODY),
			member_key(3)
		));
		assert_eq!(MockRings::former(), vec![member_key(2), member_key(3)]);
		assert!(!MockRings::roster().contains(&member_key(3)));
	});
}

#[test]
fn leaving_changes_nothing_while_the_ring_service_refuses() {
	ExtBuilder::default().build_and_execute(|| {
		// The former evaluators' queue is full.
		MockRings::set_former_full(true);
		assert_noop!(AnonymousPanels::leave(RuntimeOrigin::signed(2)), Error::<Test>::RingRefused);
		MockRings::set_certified(3, false);
		assert_noop!(
			AnonymousPanels::refresh_evaluator(RuntimeOrigin::signed(NOBODY), member_key(3)),
			Error::<Test>::RingRefused
		);
		assert!(MockRings::roster().contains(&member_key(2)));
		assert!(MockRings::former().is_empty());
		// Once it has room, both go through.
		MockRings::set_former_full(false);
		assert_ok!(AnonymousPanels::leave(RuntimeOrigin::signed(2)));
		assert_ok!(AnonymousPanels::refresh_evaluator(
			RuntimeOrigin::signed(NOBODY),
			member_key(3)
		));
		assert_eq!(Roster::<Test>::get().len(), usize::from(ENROLLED) - 2);
	});
}
