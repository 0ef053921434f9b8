//! [`ChargeSponsored`] driven through `validate`, `prepare` and `post_dispatch`.

use super::*;
use codec::Encode;
use pallet_transaction_payment::ChargeTransactionPayment;
use scale_info::TypeInfo;
use sp_runtime::traits::TxBaseImplication;

#[test]
fn a_sponsored_transaction_is_paid_by_the_sponsor() {
	ExtBuilder::default().build_and_execute(|| {
		grant(BENEFICIARY, TREASURY, 500);
		assert_ok!(transact(BENEFICIARY));
		assert_eq!(balance(TREASURY), ENDOWMENT - FEE);
		assert_eq!(balance(BENEFICIARY), 0);
		assert_eq!(used(BENEFICIARY), Some(FEE));
		assert_eq!(
			last_event(),
			Event::FeePaidBySponsor { who: BENEFICIARY, sponsor: TREASURY, fee: FEE }
		);
	});
}

#[test]
fn unused_weight_is_refunded_to_the_sponsor_and_to_the_allowance() {
	ExtBuilder::default().build_and_execute(|| {
		grant(BENEFICIARY, TREASURY, 500);
		// The dispatch used 40 of the 100 units of weight: the fee is 60 less.
		assert_ok!(apply(RuntimeOrigin::signed(BENEFICIARY), 0, 40));
		let fee = FEE - 60;
		assert_eq!(balance(TREASURY), ENDOWMENT - fee);
		assert_eq!(used(BENEFICIARY), Some(fee));
		assert_eq!(
			last_event(),
			Event::FeePaidBySponsor { who: BENEFICIARY, sponsor: TREASURY, fee }
		);
	});
}

#[test]
fn the_tip_is_paid_by_the_sponsor_and_counts_against_the_allowance() {
	ExtBuilder::default().build_and_execute(|| {
		grant(BENEFICIARY, TREASURY, 500);
		assert_ok!(apply(RuntimeOrigin::signed(BENEFICIARY), 7, WEIGHT));
		assert_eq!(balance(TREASURY), ENDOWMENT - FEE - 7);
		assert_eq!(used(BENEFICIARY), Some(FEE + 7));
	});
}

#[test]
fn validation_alone_charges_nothing_and_uses_no_allowance() {
	ExtBuilder::default().build_and_execute(|| {
		grant(BENEFICIARY, TREASURY, 500);
		assert_ok!(validate(RuntimeOrigin::signed(BENEFICIARY), 0));
		assert_eq!(balance(TREASURY), ENDOWMENT);
		assert_eq!(used(BENEFICIARY), Some(0));
	});
}

#[test]
fn without_an_allowance_the_signer_pays_as_today() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(transact(PAYER));
		assert_eq!(balance(PAYER), ENDOWMENT - FEE);
		assert_eq!(balance(TREASURY), ENDOWMENT);
		assert!(events().is_empty());
		assert!(System::events().iter().any(|r| r.event
			== RuntimeEvent::TransactionPayment(
				pallet_transaction_payment::Event::TransactionFeePaid {
					who: PAYER,
					actual_fee: FEE,
					tip: 0,
				}
			)));
	});
}

#[test]
fn an_exhausted_allowance_makes_the_signer_pay() {
	ExtBuilder::default().build_and_execute(|| {
		grant(PAYER, TREASURY, FEE);
		assert_ok!(transact(PAYER));
		assert_eq!(balance(TREASURY), ENDOWMENT - FEE);
		assert_eq!(balance(PAYER), ENDOWMENT);
		assert_ok!(transact(PAYER));
		assert_eq!(balance(TREASURY), ENDOWMENT - FEE);
		assert_eq!(balance(PAYER), ENDOWMENT - FEE);
		assert_eq!(used(PAYER), Some(FEE));
	});
}

#[test]
fn an_allowance_smaller_than_the_fee_makes_the_signer_pay() {
	ExtBuilder::default().build_and_execute(|| {
		grant(PAYER, TREASURY, FEE - 1);
		assert_ok!(transact(PAYER));
		assert_eq!(balance(TREASURY), ENDOWMENT);
		assert_eq!(balance(PAYER), ENDOWMENT - FEE);
		assert_eq!(used(PAYER), Some(0));
	});
}

#[test]
fn a_sponsor_that_cannot_pay_makes_the_signer_pay() {
	ExtBuilder::default().balance(TREASURY, 50).build_and_execute(|| {
		grant(PAYER, TREASURY, 500);
		assert_ok!(transact(PAYER));
		assert_eq!(balance(TREASURY), 50);
		assert_eq!(balance(PAYER), ENDOWMENT - FEE);
		assert_eq!(used(PAYER), Some(0));
		assert!(events().iter().all(|e| !matches!(e, Event::FeePaidBySponsor { .. })));
	});
}

#[test]
fn when_neither_sponsor_nor_signer_can_pay_the_transaction_is_invalid_and_nobody_is_charged() {
	ExtBuilder::default().balance(TREASURY, 50).build_and_execute(|| {
		grant(BENEFICIARY, TREASURY, 500);
		assert_eq!(validate(RuntimeOrigin::signed(BENEFICIARY), 0), Err(PAYMENT));
		assert_eq!(transact(BENEFICIARY), Err(PAYMENT));
		assert_eq!(balance(TREASURY), 50);
		assert_eq!(balance(BENEFICIARY), 0);
		assert_eq!(used(BENEFICIARY), Some(0));
	});
}

#[test]
fn an_exhausted_allowance_of_a_signer_holding_nothing_is_invalid() {
	ExtBuilder::default().build_and_execute(|| {
		grant(BENEFICIARY, TREASURY, FEE);
		assert_ok!(transact(BENEFICIARY));
		assert_eq!(validate(RuntimeOrigin::signed(BENEFICIARY), 0), Err(PAYMENT));
		assert_eq!(transact(BENEFICIARY), Err(PAYMENT));
		assert_eq!(balance(TREASURY), ENDOWMENT - FEE);
		assert_eq!(used(BENEFICIARY), Some(FEE));
	});
}

#[test]
fn usage_counts_from_zero_when_a_new_period_starts() {
	ExtBuilder::default().build_and_execute(|| {
		grant(BENEFICIARY, TREASURY, 2 * FEE);
		assert_ok!(transact(BENEFICIARY));
		assert_ok!(transact(BENEFICIARY));
		assert_eq!(transact(BENEFICIARY), Err(PAYMENT));
		// The last block of the first period: still exhausted.
		System::set_block_number(PERIOD);
		assert_eq!(FeeSponsorship::remaining_allowance(BENEFICIARY), Some(0));
		assert_eq!(transact(BENEFICIARY), Err(PAYMENT));
		// The first block of the second period.
		System::set_block_number(1 + PERIOD);
		assert_eq!(FeeSponsorship::remaining_allowance(BENEFICIARY), Some(2 * FEE));
		assert_ok!(transact(BENEFICIARY));
		assert_eq!(
			Allowances::<Test>::get(BENEFICIARY),
			Some(Allowance {
				sponsor: TREASURY,
				per_period: 2 * FEE,
				used: FEE,
				period_start: 1 + PERIOD
			})
		);
		// Periods stay aligned on the first one, however many pass unused.
		System::set_block_number(1 + 3 * PERIOD + 4);
		assert_ok!(transact(BENEFICIARY));
		assert_eq!(
			Allowances::<Test>::get(BENEFICIARY).map(|a| a.period_start),
			Some(1 + 3 * PERIOD)
		);
		assert_eq!(used(BENEFICIARY), Some(FEE));
		assert_eq!(balance(TREASURY), ENDOWMENT - 4 * FEE);
	});
}

#[test]
fn unsigned_and_root_origins_are_untouched() {
	ExtBuilder::default().build_and_execute(|| {
		grant(BENEFICIARY, TREASURY, 500);
		let info = info();
		// The extension's own steps: `validate_only` refuses a `None` origin by itself.
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			let extension = ChargeSponsored::<Test>::from(0);
			let (_, val, origin) = extension
				.validate(
					origin,
					&call(),
					&info,
					LEN,
					(),
					&TxBaseImplication(()),
					TransactionSource::External,
				)
				.expect("an unsigned origin pays nothing and is valid");
			assert!(matches!(val, crate::Val::Signer(_)));
			let pre =
				extension.prepare(val, &origin, &call(), &info, LEN).expect("nothing to charge");
			let mut post_info = PostDispatchInfo::default();
			assert_ok!(ChargeSponsored::<Test>::post_dispatch(
				pre,
				&info,
				&mut post_info,
				LEN,
				&Ok(())
			));
		}
		assert_eq!(balance(TREASURY), ENDOWMENT);
		assert_eq!(used(BENEFICIARY), Some(0));
		assert_eq!(events().len(), 1, "only the allowance was set");
	});
}

#[test]
fn a_transaction_without_fee_uses_no_allowance() {
	ExtBuilder::default().build_and_execute(|| {
		grant(BENEFICIARY, TREASURY, 500);
		let info = DispatchInfo { pays_fee: Pays::No, ..info() };
		let (pre, _) = ChargeSponsored::<Test>::from(0)
			.validate_and_prepare(RuntimeOrigin::signed(BENEFICIARY), &call(), &info, LEN, 0)
			.expect("a free transaction is valid");
		let mut post_info = PostDispatchInfo { actual_weight: None, pays_fee: Pays::No };
		assert_ok!(ChargeSponsored::<Test>::post_dispatch(
			pre,
			&info,
			&mut post_info,
			LEN,
			&Ok(())
		));
		assert_eq!(balance(TREASURY), ENDOWMENT);
		assert_eq!(used(BENEFICIARY), Some(0));
	});
}

#[test]
fn a_sponsored_transaction_has_the_priority_the_signer_would_have() {
	ExtBuilder::default().build_and_execute(|| {
		grant(BENEFICIARY, TREASURY, 500);
		let priority = |origin: RuntimeOrigin, sponsored: bool| {
			let result = if sponsored {
				ChargeSponsored::<Test>::from(3)
					.validate_only(origin, &call(), &info(), LEN, TransactionSource::External, 0)
					.map(|(valid, _, _)| valid.priority)
			} else {
				ChargeTransactionPayment::<Test>::from(3)
					.validate_only(origin, &call(), &info(), LEN, TransactionSource::External, 0)
					.map(|(valid, _, _)| valid.priority)
			};
			result.expect("the transaction is valid")
		};
		assert_eq!(
			priority(RuntimeOrigin::signed(BENEFICIARY), true),
			priority(RuntimeOrigin::signed(PAYER), false)
		);
	});
}

#[test]
fn wallets_see_the_extension_as_charge_transaction_payment() {
	type Sponsored = ChargeSponsored<Test>;
	type Plain = ChargeTransactionPayment<Test>;
	assert_eq!(
		<Sponsored as TransactionExtension<RuntimeCall>>::IDENTIFIER,
		<Plain as TransactionExtension<RuntimeCall>>::IDENTIFIER
	);
	assert_eq!(Sponsored::from(42).encode(), Plain::from(42).encode());
	assert_eq!(Sponsored::type_info(), Plain::type_info());
}

#[test]
fn a_sponsor_emptied_between_validation_and_payment_makes_the_signer_pay() {
	ExtBuilder::default().build_and_execute(|| {
		grant(PAYER, TREASURY, 500);
		let info = info();
		let extension = ChargeSponsored::<Test>::from(0);
		let origin = RuntimeOrigin::signed(PAYER);
		let (_, val, origin) = extension
			.validate(
				origin,
				&call(),
				&info,
				LEN,
				(),
				&TxBaseImplication(()),
				TransactionSource::External,
			)
			.expect("the sponsor can pay at validation");
		assert!(matches!(val, crate::Val::Sponsored { .. }));
		<Balances as frame_support::traits::fungible::Mutate<u64>>::set_balance(&TREASURY, 50);
		let pre = extension.prepare(val, &origin, &call(), &info, LEN).expect("the signer pays");
		let mut post_info = PostDispatchInfo::default();
		assert_ok!(ChargeSponsored::<Test>::post_dispatch(
			pre,
			&info,
			&mut post_info,
			LEN,
			&Ok(())
		));
		assert_eq!(balance(TREASURY), 50);
		assert_eq!(balance(PAYER), ENDOWMENT - FEE);
		assert_eq!(used(PAYER), Some(0));
	});
}

#[test]
fn an_allowance_removed_during_dispatch_still_refunds_the_sponsor() {
	ExtBuilder::default().build_and_execute(|| {
		grant(PAYER, TREASURY, 500);
		let info = info();
		let (pre, _) = ChargeSponsored::<Test>::from(0)
			.validate_and_prepare(RuntimeOrigin::signed(PAYER), &call(), &info, LEN, 0)
			.expect("the sponsor pays");
		assert_ok!(FeeSponsorship::remove_allowance(RuntimeOrigin::root(), PAYER));
		let mut post_info = PostDispatchInfo {
			actual_weight: Some(Weight::from_parts(40, 0)),
			pays_fee: Pays::Yes,
		};
		assert_ok!(ChargeSponsored::<Test>::post_dispatch(
			pre,
			&info,
			&mut post_info,
			LEN,
			&Ok(())
		));
		assert_eq!(balance(TREASURY), ENDOWMENT - (FEE - 60));
		assert_eq!(balance(PAYER), ENDOWMENT);
		assert_eq!(used(PAYER), None);
	});
}
