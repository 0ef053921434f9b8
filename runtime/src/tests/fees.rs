//! Fees sponsored by a collective's treasury: an account holding no BMX, with an allowance,
//! sends transactions through the runtime's real extension pipeline; its fees come from the
//! treasury until the allowance runs out, and the next one is refused in validation.

use super::*;
use crate::{
	Balances, Capital, Executive, SignedPayload, TransactionPayment, TxExtension,
	UncheckedExtrinsic,
};
use sp_runtime::{
	generic::Era,
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	MultiAddress, MultiSignature,
};

/// `call` signed by `signer` with `nonce`, with the runtime's transaction extensions (no tip).
pub(super) fn signed_extrinsic(
	signer: &sp_core::sr25519::Pair,
	nonce: u32,
	call: RuntimeCall,
) -> UncheckedExtrinsic {
	use sp_core::Pair;
	let extension: TxExtension = (
		frame_system::AuthorizeCall::<Runtime>::new(),
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(Era::Immortal),
		frame_system::CheckNonce::<Runtime>::from(nonce),
		frame_system::CheckWeight::<Runtime>::new(),
		pallet_skip_feeless_payment::SkipCheckIfFeeless::from(
			pallet_fee_sponsorship::ChargeSponsored::<Runtime>::from(0),
		),
		pallet_revive::evm::tx_extension::SetOrigin::<Runtime>::default(),
		frame_system::WeightReclaim::<Runtime>::new(),
	);
	let payload = SignedPayload::new(call.clone(), extension.clone()).expect("valid payload");
	let signature = payload.using_encoded(|bytes| signer.sign(bytes));
	sp_runtime::generic::UncheckedExtrinsic::new_signed(
		call,
		MultiAddress::Id(AccountId::from(signer.public())),
		MultiSignature::Sr25519(signature),
		extension,
	)
	.into()
}

#[test]
fn a_zero_balance_account_transacts_on_its_collectives_allowance_until_it_runs_out() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		use sp_core::Pair;
		use Sr25519Keyring::Ferdie;
		System::set_block_number(1);
		// A project's new account, which holds no BMX.
		let pair = sp_core::sr25519::Pair::from_string("//a project account", None).unwrap();
		let one = AccountId::from(pair.public());
		assert_eq!(Balances::free_balance(&one), 0);
		// Academia's treasury is funded; the Executive gives One an allowance of 20 remarks' fees.
		let treasury = Capital::treasury_account(0);
		assert_ok!(Balances::transfer_keep_alive(
			signed(Ferdie),
			treasury.clone().into(),
			100 * crate::UNIT
		));
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![] });
		// The fee of one remark as the payment API quotes it (extensions' weight included).
		let sample = signed_extrinsic(&pair, 0, remark.clone());
		let length = sample.encoded_size() as u32;
		let fee = TransactionPayment::query_info(sample, length).partial_fee;
		executive_decides(RuntimeCall::FeeSponsorship(
			pallet_fee_sponsorship::Call::set_allowance {
				who: one.clone(),
				sponsor: treasury.clone(),
				per_period: 20 * fee,
			},
		));
		let funded = Balances::free_balance(&treasury);
		for nonce in 0..20 {
			let applied =
				Executive::apply_extrinsic(signed_extrinsic(&pair, nonce, remark.clone()));
			assert!(matches!(applied, Ok(Ok(()))), "transaction {nonce}: {applied:?}");
		}
		assert_eq!(Balances::free_balance(&one), 0, "One paid nothing");
		assert!(funded - Balances::free_balance(&treasury) <= 20 * fee);
		assert!(funded - Balances::free_balance(&treasury) > 0, "the treasury paid");
		assert!(System::events().iter().any(|r| matches!(
			&r.event,
			RuntimeEvent::FeeSponsorship(pallet_fee_sponsorship::Event::FeePaidBySponsor {
				who, sponsor, ..
			}) if *who == one && *sponsor == treasury
		)));
		// The 21st is refused in validation: the allowance is spent and One holds nothing.
		let refused = Executive::apply_extrinsic(signed_extrinsic(&pair, 20, remark.clone()));
		assert_eq!(
			refused,
			Err(TransactionValidityError::Invalid(InvalidTransaction::Payment)),
			"the 21st transaction"
		);
		assert_eq!(System::account_nonce(&one), 20, "nothing of it was applied");
		assert_invariants();
	});
}
