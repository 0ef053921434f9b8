//! Powers of attorney: grant, revocation, expiry.

use super::*;

#[test]
fn grant_is_inscribed_and_answers_for_its_scopes() {
	ExtBuilder.build_and_execute(|| {
		incorporate();
		let act = grant(BOB, &[Litigation, NegotiableInstruments], Some(10));
		assert_eq!(
			last_event(),
			Event::PowerGranted {
				company: acme(),
				act,
				attorney: H256::repeat_byte(0xB2),
				expires_at: Some(10),
			}
		);
		assert!(CommerceRegistry::holds_power(&BOB, &ACME, Litigation));
		assert!(CommerceRegistry::holds_power(&BOB, &ACME, NegotiableInstruments));
		assert!(!CommerceRegistry::holds_power(&BOB, &ACME, Ownership));
		assert!(!CommerceRegistry::holds_power(&BOB, &BETA, Litigation));
		assert!(!CommerceRegistry::holds_power(&CAROL, &ACME, Litigation));
		assert!(!CommerceRegistry::holds_power(&ANYONE, &ACME, Litigation));
		assert!(!CommerceRegistry::holds_power(&BOB, &ANYONE, Litigation));
	});
}

#[test]
fn a_power_expires() {
	ExtBuilder.build_and_execute(|| {
		incorporate();
		grant(BOB, &[Administration], Some(10));
		run_to(9);
		assert!(CommerceRegistry::holds_power(&BOB, &ACME, Administration));
		run_to(10);
		assert!(!CommerceRegistry::holds_power(&BOB, &ACME, Administration));
	});
}

#[test]
fn an_attorney_who_moves_accounts_keeps_the_power() {
	ExtBuilder.build_and_execute(|| {
		incorporate();
		grant(BOB, &[Administration], None);
		// Bob's person moves to account 30 in the identity pallet.
		clear_person(BOB);
		set_person(30, 0xB2);
		assert!(!CommerceRegistry::holds_power(&BOB, &ACME, Administration));
		assert!(CommerceRegistry::holds_power(&30, &ACME, Administration));
	});
}

#[test]
fn grant_errors() {
	ExtBuilder.build_and_execute(|| {
		let call = |who: u64, list: &[PowerScope], expires_at: Option<u64>, notary: u64| {
			CommerceRegistry::grant_power(
				registrar(),
				acme(),
				who,
				scopes(list),
				expires_at,
				notary,
				doc(4),
			)
		};
		assert_noop!(call(BOB, &[Litigation], None, NOTARY), Error::<Test>::NotFound);
		incorporate();
		assert_noop!(
			CommerceRegistry::grant_power(
				RuntimeOrigin::signed(BOB),
				acme(),
				BOB,
				scopes(&[Litigation]),
				None,
				NOTARY,
				doc(4)
			),
			DispatchError::BadOrigin
		);
		assert_noop!(call(BOB, &[Litigation], None, ANYONE), Error::<Test>::NotNotary);
		assert_noop!(call(ANYONE, &[Litigation], None, NOTARY), Error::<Test>::NotPerson);
		assert_noop!(call(BOB, &[], None, NOTARY), Error::<Test>::EmptyScopes);
		assert_noop!(
			call(BOB, &[Litigation, Litigation], None, NOTARY),
			Error::<Test>::DuplicateScope
		);
		run_to(5);
		assert_noop!(call(BOB, &[Litigation], Some(5), NOTARY), Error::<Test>::ExpiryInPast);
		grant(BOB, &[Litigation], None);
		grant(BOB, &[Ownership], Some(6));
		grant(CAROL, &[Litigation], None);
		assert_noop!(call(ALICE, &[Litigation], None, NOTARY), Error::<Test>::TooManyPowers);
	});
}

#[test]
fn grant_on_a_full_folio_is_refused() {
	ExtBuilder.build_and_execute(|| {
		incorporate();
		fill_acts();
		assert_noop!(
			CommerceRegistry::grant_power(
				registrar(),
				acme(),
				BOB,
				scopes(&[Litigation]),
				None,
				NOTARY,
				doc(4)
			),
			Error::<Test>::TooManyActs
		);
	});
}

#[test]
fn revocation_ends_the_power_only() {
	ExtBuilder.build_and_execute(|| {
		incorporate();
		let first = grant(BOB, &[Litigation], None);
		grant(BOB, &[Administration], None);
		assert_ok!(CommerceRegistry::revoke_power(registrar(), acme(), first, NOTARY, doc(5)));
		assert_eq!(
			last_event(),
			Event::PowerRevoked {
				company: acme(),
				act: 3,
				grant: first,
				attorney: H256::repeat_byte(0xB2),
			}
		);
		assert!(!CommerceRegistry::holds_power(&BOB, &ACME, Litigation));
		assert!(CommerceRegistry::holds_power(&BOB, &ACME, Administration));
		assert_eq!(
			Acts::<Test>::get(acme(), 3).map(|a| a.kind),
			Some(ActKind::PowerRevoked { grant: first })
		);
	});
}

#[test]
fn revocation_errors() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			CommerceRegistry::revoke_power(registrar(), acme(), 1, NOTARY, doc(5)),
			Error::<Test>::NotFound
		);
		incorporate();
		let power = grant(BOB, &[Litigation], None);
		assert_noop!(
			CommerceRegistry::revoke_power(
				RuntimeOrigin::signed(BOB),
				acme(),
				power,
				NOTARY,
				doc(5)
			),
			DispatchError::BadOrigin
		);
		assert_noop!(
			CommerceRegistry::revoke_power(registrar(), acme(), power, ANYONE, doc(5)),
			Error::<Test>::NotNotary
		);
		assert_noop!(
			CommerceRegistry::revoke_power(registrar(), acme(), 0, NOTARY, doc(5)),
			Error::<Test>::PowerNotFound
		);
		assert_ok!(CommerceRegistry::revoke_power(registrar(), acme(), power, NOTARY, doc(5)));
		assert_noop!(
			CommerceRegistry::revoke_power(registrar(), acme(), power, NOTARY, doc(5)),
			Error::<Test>::PowerNotFound
		);
	});
}

#[test]
fn an_expired_power_is_removed_by_anyone() {
	ExtBuilder.build_and_execute(|| {
		incorporate();
		let power = grant(BOB, &[Litigation], Some(4));
		run_to(4);
		assert_ok!(CommerceRegistry::remove_expired_power(
			RuntimeOrigin::signed(ANYONE),
			acme(),
			power
		));
		assert_eq!(last_event(), Event::ExpiredPowerRemoved { company: acme(), grant: power });
		assert!(folio().powers.is_empty());
		// Not an act.
		assert_eq!(folio().next_act, 2);
	});
}

#[test]
fn removal_of_expired_power_errors() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			CommerceRegistry::remove_expired_power(RuntimeOrigin::signed(ANYONE), acme(), 1),
			Error::<Test>::NotFound
		);
		incorporate();
		let power = grant(BOB, &[Litigation], Some(4));
		assert_noop!(
			CommerceRegistry::remove_expired_power(RuntimeOrigin::root(), acme(), power),
			DispatchError::BadOrigin
		);
		assert_noop!(
			CommerceRegistry::remove_expired_power(RuntimeOrigin::signed(ANYONE), acme(), 0),
			Error::<Test>::PowerNotFound
		);
		assert_noop!(
			CommerceRegistry::remove_expired_power(RuntimeOrigin::signed(ANYONE), acme(), power),
			Error::<Test>::NotExpired
		);
	});
}

#[test]
fn a_company_that_moves_accounts_keeps_its_folio_and_powers() {
	ExtBuilder.build_and_execute(|| {
		incorporate();
		grant(BOB, &[Administration], None);
		// ACME's organisation moves to account 200 in the identity pallet.
		move_organisation(ACME, 200);
		assert!(!CommerceRegistry::holds_power(&BOB, &ACME, Administration));
		assert!(CommerceRegistry::holds_power(&BOB, &200, Administration));
		assert_eq!(CommerceRegistry::folio_of_account(&200).map(|f| f.company), Some(acme()));
	});
}
