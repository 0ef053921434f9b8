//! A project's account holding no BMX transacts on its collective's allowance.

use super::*;
use frame_system::CheckNonce;

/// The runtime's nonce check followed by the payment, as in the runtime's `TxExtension`.
fn signed_transaction(who: u64) -> Result<(), TransactionValidityError> {
	let info = info();
	let nonce = System::account_nonce(who);
	let extensions = (CheckNonce::<Test>::from(nonce), ChargeSponsored::<Test>::from(0));
	let (pre, _) =
		extensions.validate_and_prepare(RuntimeOrigin::signed(who), &call(), &info, LEN, 0)?;
	let mut post_info = PostDispatchInfo::default();
	<(CheckNonce<Test>, ChargeSponsored<Test>)>::post_dispatch(
		pre,
		&info,
		&mut post_info,
		LEN,
		&Ok(()),
	)
}

#[test]
fn an_account_holding_nothing_transacts_on_its_allowance_until_it_runs_out() {
	ExtBuilder::default().build_and_execute(|| {
		// Without an allowance the account does not even exist: the nonce check refuses it.
		assert_eq!(signed_transaction(BENEFICIARY), Err(PAYMENT));

		grant(BENEFICIARY, TREASURY, 5 * FEE);
		for _ in 0..5 {
			assert_ok!(signed_transaction(BENEFICIARY));
		}
		assert_eq!(System::account_nonce(BENEFICIARY), 5);
		assert_eq!(balance(TREASURY), ENDOWMENT - 5 * FEE);
		assert_eq!(balance(BENEFICIARY), 0);
		assert_eq!(
			events().iter().filter(|e| matches!(e, Event::FeePaidBySponsor { .. })).count(),
			5
		);

		// The sixth is refused in validation; nothing is charged, the nonce does not move.
		assert_eq!(signed_transaction(BENEFICIARY), Err(PAYMENT));
		assert_eq!(System::account_nonce(BENEFICIARY), 5);
		assert_eq!(balance(TREASURY), ENDOWMENT - 5 * FEE);

		// The next period pays again; then the allowance is withdrawn and the account is gone.
		System::set_block_number(1 + PERIOD);
		assert_ok!(signed_transaction(BENEFICIARY));
		assert_ok!(FeeSponsorship::remove_allowance(RuntimeOrigin::root(), BENEFICIARY));
		assert_eq!(signed_transaction(BENEFICIARY), Err(PAYMENT));
	});
}
