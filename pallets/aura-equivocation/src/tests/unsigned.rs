//! The unsigned report: the pool takes it only from the local node or in a block, with a
//! key-owner proof that checks and an offence not yet known; the block author is its reporter.

use super::*;
use crate::{Call, EquivocationReportSystem, Pallet};
use sp_runtime::{
	transaction_validity::{
		InvalidTransaction, TransactionPriority, TransactionSource, ValidTransaction,
	},
	Perbill,
};
use sp_staking::offence::OffenceReportSystem;

type ReportSystem = EquivocationReportSystem<Test, Offences, MockKeyOwners, ReportLongevity>;

fn unsigned_call(
	proof: EquivocationProofOf<Test>,
	key_owner_proof: MockKeyOwnerProof,
) -> Call<Test> {
	Call::report_equivocation_unsigned { equivocation_proof: Box::new(proof), key_owner_proof }
}

#[test]
fn an_unsigned_report_from_the_local_node_or_a_block_is_valid() {
	ExtBuilder::default().build_and_execute(|| {
		let call = unsigned_call(equivocation(1, SLOT), prove(&key(1)));
		let expected = ValidTransaction::with_tag_prefix("AuraEquivocation")
			.priority(TransactionPriority::MAX)
			.and_provides((key(1), SLOT))
			.longevity(ReportLongevity::get())
			.propagate(false)
			.build();
		for source in [TransactionSource::Local, TransactionSource::InBlock] {
			assert_eq!(Pallet::<Test>::validate_unsigned(source, &call), expected);
		}
		assert_ok!(Pallet::<Test>::pre_dispatch(&call));
	});
}

#[test]
fn an_unsigned_report_from_the_network_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let call = unsigned_call(equivocation(1, SLOT), prove(&key(1)));
		assert_eq!(
			Pallet::<Test>::validate_unsigned(TransactionSource::External, &call),
			InvalidTransaction::Call.into()
		);
	});
}

#[test]
fn an_unsigned_report_with_a_bad_key_owner_proof_is_refused_by_the_pool() {
	ExtBuilder::default().build_and_execute(|| {
		let call = unsigned_call(equivocation(1, SLOT), prove(&key(2)));
		assert_eq!(
			Pallet::<Test>::validate_unsigned(TransactionSource::Local, &call),
			InvalidTransaction::BadProof.into()
		);
		assert_eq!(Pallet::<Test>::pre_dispatch(&call), Err(InvalidTransaction::BadProof.into()));
	});
}

#[test]
fn an_unsigned_report_of_a_known_offence_is_stale() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(report(5, equivocation(1, SLOT)));
		let call = unsigned_call(equivocation(1, SLOT), prove(&key(1)));
		assert_eq!(
			Pallet::<Test>::validate_unsigned(TransactionSource::Local, &call),
			InvalidTransaction::Stale.into()
		);
		assert_eq!(Pallet::<Test>::pre_dispatch(&call), Err(InvalidTransaction::Stale.into()));
	});
}

#[test]
fn other_calls_are_not_valid_unsigned() {
	ExtBuilder::default().build_and_execute(|| {
		let call = Call::<Test>::report_equivocation {
			equivocation_proof: Box::new(equivocation(1, SLOT)),
			key_owner_proof: prove(&key(1)),
		};
		assert_eq!(
			Pallet::<Test>::validate_unsigned(TransactionSource::Local, &call),
			InvalidTransaction::Call.into()
		);
		assert_eq!(Pallet::<Test>::pre_dispatch(&call), Err(InvalidTransaction::Call.into()));
	});
}

#[test]
fn an_unsigned_report_names_the_block_author_as_reporter() {
	ExtBuilder::default().build_and_execute(|| {
		let post_info = AuraEquivocation::report_equivocation_unsigned(
			RuntimeOrigin::none(),
			Box::new(equivocation(1, SLOT)),
			prove(&key(1)),
		)
		.expect("the report is accepted");
		assert_eq!(post_info.pays_fee, Pays::No);
		assert_eq!(
			events(),
			vec![Event::EquivocationReported {
				offender: key(1),
				slot: SLOT.into(),
				session_index: SESSION,
				reporter: Some(AUTHOR),
			}]
		);
		let fraction = Perbill::from_rational(3u32, VALIDATORS).square();
		assert_eq!(
			HandledOffences::get(),
			vec![(vec![(1, vec![AUTHOR])], vec![fraction], SESSION)]
		);
	});
}

#[test]
fn an_unsigned_report_needs_the_none_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			AuraEquivocation::report_equivocation_unsigned(
				RuntimeOrigin::signed(5),
				Box::new(equivocation(1, SLOT)),
				prove(&key(1)),
			),
			BadOrigin
		);
		assert_nothing_reported();
	});
}

#[test]
fn an_unsigned_report_with_a_bad_proof_is_refused_in_the_block() {
	ExtBuilder::default().build_and_execute(|| {
		let mut proof = equivocation(1, SLOT);
		proof.second_header = seal(header(10, SLOT, 2), &pair(2));
		assert_noop!(
			AuraEquivocation::report_equivocation_unsigned(
				RuntimeOrigin::none(),
				Box::new(proof),
				prove(&key(1)),
			),
			Error::<Test>::BadSignature
		);
		assert_nothing_reported();
	});
}

#[test]
fn published_evidence_goes_to_the_pool_as_an_unsigned_report() {
	let (pool, state) = sp_core::offchain::testing::TestTransactionPoolExt::new();
	let mut ext = ExtBuilder::default().build();
	ext.register_extension(sp_core::offchain::TransactionPoolExt::new(pool));
	ext.execute_with(|| {
		let evidence = (equivocation(1, SLOT), prove(&key(1)));
		assert_ok!(ReportSystem::publish_evidence(evidence.clone()));

		let transactions = state.read().transactions.clone();
		assert_eq!(transactions.len(), 1);
		let xt = <sp_runtime::testing::TestXt<RuntimeCall, ()> as codec::Decode>::decode(
			&mut &transactions[0][..],
		)
		.expect("the pool holds an extrinsic of the test runtime");
		let expected: RuntimeCall = unsigned_call(evidence.0, evidence.1).into();
		assert_eq!(xt.function, expected);
		assert_nothing_reported();
	});
}
