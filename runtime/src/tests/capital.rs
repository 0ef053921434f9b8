//! Capital and civic acts: a project asks its collective's leaders for capital (feeless, as it
//! holds nothing), a leader grants it, the project's transactions are paid by the treasury up to
//! the allowance and the next one is refused in validation; a leader's own node needs another
//! leader; citizens' feeless acts cannot be used to spam.

use super::{fees::signed_extrinsic, *};
use crate::{Balances, Capital, Executive, Projects, TransactionPayment};
use frame_support::traits::fungible::Inspect;
use sp_runtime::transaction_validity::{InvalidTransaction, TransactionValidityError};

/// Register `account` as a project of Academia (collective 0): a leader (AliceStash) proposes
/// it, the projects commission recommends it and the Executive Council approves it.
fn register_project(account: &AccountId) -> bmx_primitives::governance::ProjectId {
	use Sr25519Keyring::*;
	let id = pallet_network_projects::NextProjectId::<Runtime>::get();
	assert_ok!(Projects::propose_project(
		signed(AliceStash),
		0,
		account.clone(),
		doc(1),
		doc(2),
		b"https://git.gob.mx/compras-abiertas".to_vec().try_into().expect("short"),
	));
	// The projects commission (AliceStash, BobStash, CharlieStash, DaveStash) recommends it.
	council_decides::<crate::configs::ProjectsCommissionCollective>(
		AliceStash,
		RuntimeCall::Projects(pallet_network_projects::Call::recommend_project { project_id: id }),
		&[AliceStash, BobStash, CharlieStash],
	);
	executive_decides(RuntimeCall::Projects(pallet_network_projects::Call::approve_project {
		project_id: id,
	}));
	id
}

fn skipped_fee_events() -> usize {
	System::events()
		.iter()
		.filter(|r| {
			matches!(
				r.event,
				RuntimeEvent::SkipFeelessPayment(
					pallet_skip_feeless_payment::Event::FeeSkipped { .. }
				)
			)
		})
		.count()
}

#[test]
fn a_project_asks_for_capital_its_leaders_grant_it_and_the_treasury_pays_twenty_transactions() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		use sp_core::Pair;
		System::set_block_number(1);
		// A project's new account, which holds no BMX, registered by governance.
		let pair = sp_core::sr25519::Pair::from_string("//compras abiertas", None).unwrap();
		let project = AccountId::from(pair.public());
		register_project(&project);
		assert_eq!(Balances::free_balance(&project), 0);
		let treasury = Capital::treasury_account(0);
		assert_eq!(Balances::free_balance(&treasury), presets::TREASURY_ENDOWMENT);

		// The fee of one remark as the payment API quotes it (extensions' weight included).
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![] });
		let sample = signed_extrinsic(&pair, 1, remark.clone());
		let fee = TransactionPayment::query_info(sample.clone(), sample.encoded_size() as u32)
			.partial_fee;

		// The project asks its leaders for 20 remarks' fees a month: the request itself is free.
		let request = RuntimeCall::Capital(pallet_collective_capital::Call::request_capital {
			per_period: 20 * fee,
			purpose: doc(3),
		});
		let applied = Executive::apply_extrinsic(signed_extrinsic(&pair, 0, request.clone()));
		assert!(matches!(applied, Ok(Ok(()))), "the request: {applied:?}");
		assert_eq!(skipped_fee_events(), 1, "the request was feeless");
		assert_eq!(Balances::free_balance(&project), 0);
		// A second request while one is pending is not free, and the project cannot pay it.
		assert_eq!(
			Executive::apply_extrinsic(signed_extrinsic(&pair, 1, request)),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Payment)),
		);

		// A leader of Academia grants it.
		assert_ok!(Capital::grant_capital(signed(Sr25519Keyring::AliceStash), project.clone()));
		assert_eq!(
			pallet_fee_sponsorship::Allowances::<Runtime>::get(&project)
				.map(|a| (a.sponsor, a.per_period)),
			Some((treasury.clone(), 20 * fee))
		);

		// Twenty transactions paid by the treasury...
		let funded = Balances::free_balance(&treasury);
		for nonce in 1..=20 {
			let applied =
				Executive::apply_extrinsic(signed_extrinsic(&pair, nonce, remark.clone()));
			assert!(matches!(applied, Ok(Ok(()))), "transaction {nonce}: {applied:?}");
		}
		assert_eq!(Balances::free_balance(&project), 0, "the project paid nothing");
		let paid = funded - Balances::free_balance(&treasury);
		assert!(paid > 0 && paid <= 20 * fee, "the treasury paid {paid}");
		// ...and the 21st is refused in validation: nothing of it is applied or charged.
		assert_eq!(
			Executive::apply_extrinsic(signed_extrinsic(&pair, 21, remark.clone())),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Payment)),
		);
		assert_eq!(System::account_nonce(&project), 21);
		assert_eq!(funded - Balances::free_balance(&treasury), paid);
		assert_invariants();
	});
}

#[test]
fn a_leaders_own_node_needs_another_leader_and_grants_stay_within_the_budget() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		use Sr25519Keyring::*;
		System::set_block_number(1);
		// Alice leads Academia and runs its node: she asks for capital for it.
		let alice = Alice.to_account_id();
		assert_ok!(Capital::request_capital(signed(Alice), 50 * crate::UNIT, doc(4)));
		assert_eq!(
			Capital::grant_capital(signed(Alice), alice.clone()),
			Err(pallet_collective_capital::Error::<Runtime>::OwnRequest.into())
		);
		// A leader of another collective cannot grant it either.
		assert!(Capital::grant_capital(signed(BobStash), alice.clone()).is_err());
		// Academia's other leader can.
		assert_ok!(Capital::grant_capital(signed(AliceStash), alice.clone()));
		assert_eq!(
			Capital::budget_left(0),
			crate::configs::DefaultCapitalBudget::get() - 50 * crate::UNIT
		);
		// Bob's node asks Business for more than its default budget allows once the Executive
		// lowers it: refused, nothing granted.
		executive_decides(RuntimeCall::Capital(pallet_collective_capital::Call::set_budget {
			collective: 1,
			budget: 10 * crate::UNIT,
		}));
		assert_ok!(Capital::request_capital(signed(Bob), 50 * crate::UNIT, doc(5)));
		assert_eq!(
			Capital::grant_capital(signed(BobStash), Bob.to_account_id()),
			Err(pallet_collective_capital::Error::<Runtime>::BudgetExceeded.into())
		);
		assert!(pallet_fee_sponsorship::Allowances::<Runtime>::get(Bob.to_account_id()).is_none());
		assert_invariants();
	});
}

#[test]
fn each_founding_collective_has_its_own_treasury_funded_at_genesis() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let treasuries: Vec<AccountId> = (0..4).map(Capital::treasury_account).collect();
		for (i, a) in treasuries.iter().enumerate() {
			assert_eq!(Balances::balance(a), presets::TREASURY_ENDOWMENT);
			for b in &treasuries[i + 1..] {
				assert_ne!(a, b, "treasuries must be distinct accounts");
			}
		}
	});
}

#[test]
fn fees_go_to_the_treasury_of_the_collective_whose_node_authored_the_block() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		use sp_core::Pair;
		// Author a block with the slot of one of the validators: its collective receives.
		let slot: u64 = pallet_aura::CurrentSlot::<Runtime>::get().into();
		let author = author_of_slot(slot + 1).expect("a validator authors every slot");
		let collective = crate::NodeIntegration::node_collective(&author).expect("a node");
		let pre_digest = DigestItem::PreRuntime(
			sp_consensus_aura::AURA_ENGINE_ID,
			sp_consensus_aura::Slot::from(slot + 1).encode(),
		);
		System::reset_events();
		let number = System::block_number() + 1;
		System::initialize(&number, &System::parent_hash(), &Digest { logs: vec![pre_digest] });
		let receiving = Capital::treasury_account(collective);
		let before = Balances::free_balance(&receiving);
		// Ferdie pays his own fee for a remark.
		let ferdie = sp_core::sr25519::Pair::from_string("//Ferdie", None).unwrap();
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![1] });
		let applied = Executive::apply_extrinsic(signed_extrinsic(&ferdie, 0, remark));
		assert!(matches!(applied, Ok(Ok(()))), "{applied:?}");
		let fee = System::events()
			.iter()
			.find_map(|r| match &r.event {
				RuntimeEvent::TransactionPayment(
					pallet_transaction_payment::Event::TransactionFeePaid { actual_fee, .. },
				) => Some(*actual_fee),
				_ => None,
			})
			.expect("a fee was paid");
		assert!(fee > 0);
		assert_eq!(Balances::free_balance(&receiving), before + fee);
	});
}

#[test]
fn feeless_civic_acts_cannot_be_used_to_spam() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		use sp_core::Pair;
		System::set_block_number(1);
		// An account that is no verified person, holding nothing, "comments" on a tender that
		// does not exist: the comment is not feeless, so it is refused in validation before any
		// block.
		let pair = sp_core::sr25519::Pair::from_string("//spammer", None).unwrap();
		let comment = RuntimeCall::Tenders(pallet_tenders::Call::comment_on_tender {
			tender_id: 0,
			document: doc(5),
		});
		assert_eq!(
			Executive::apply_extrinsic(signed_extrinsic(&pair, 0, comment)),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Payment)),
		);
		// Nor is a request for capital from an account that is no node nor project.
		let request = RuntimeCall::Capital(pallet_collective_capital::Call::request_capital {
			per_period: crate::UNIT,
			purpose: doc(6),
		});
		assert_eq!(
			Executive::apply_extrinsic(signed_extrinsic(&pair, 0, request)),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Payment)),
		);
		assert_eq!(skipped_fee_events(), 0);
		assert!(!System::account_exists(&AccountId::from(pair.public())));
	});
}
