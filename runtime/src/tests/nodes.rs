//! Nodes and the validator set: admission by the node commission, rotation at session
//! boundaries, the minimum set, session keys that cannot be purged by a validator.

use super::*;
use crate::{Balances, CollectiveRegistry, NodeIntegration, SESSION_PERIOD};
use frame_support::assert_noop;

#[test]
fn a_new_member_joins_runs_a_node_that_authors_and_stops_when_removed() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		use Sr25519Keyring::{Alice, AliceStash, Bob, Charlie, Dave, One};
		let one = One.to_account_id();
		// One, of CINVESTAV, gets some BMX for fees and deposits.
		assert_ok!(Balances::transfer_keep_alive(
			signed(Alice),
			one.clone().into(),
			1_000 * crate::UNIT
		));

		// 1. One applies to the Academia collective accepting the code of ethics; the leaders
		//    (Alice and Alice//stash) admit it.
		assert_ok!(CollectiveRegistry::apply_for_membership(
			signed(One),
			0,
			b"CINVESTAV".to_vec().try_into().unwrap(),
			presets::CODE_OF_ETHICS.into(),
		));
		assert_ok!(CollectiveRegistry::admit_member(signed(AliceStash), one.clone()));

		// 2. Its node generates session keys; One registers them with an ownership proof and
		//    applies to run a validator with its letter of intent and adhesion form.
		let keys = register_dev_session_keys(&one, "//One");
		assert_ok!(NodeIntegration::apply_for_node(signed(One), doc(1), doc(2)));

		// 3. The collective's leaders endorse it.
		assert_ok!(NodeIntegration::endorse_node(signed(Alice), one.clone()));
		assert_ok!(NodeIntegration::endorse_node(signed(AliceStash), one.clone()));

		// 4. The node-integration commission approves it by a majority motion (3 of 4).
		node_commission_decides(
			RuntimeCall::NodeIntegration(pallet_node_integration::Call::approve_node {
				applicant: one.clone(),
			}),
			&[Alice, Bob, Charlie],
		);
		assert!(validators().contains(&one));
		assert!(!authors_of_next_slots(10).contains(&one), "nothing changes before a session");

		// 5. Session 1 plans the new set; from session 2 One's keys author blocks and vote in
		//    GRANDPA (a new authority set).
		run_to_block(SESSION_PERIOD);
		assert_eq!(Session::current_index(), 1);
		assert!(!aura_authorities().contains(&keys.aura));
		run_to_block(2 * SESSION_PERIOD);
		assert_eq!(Session::current_index(), 2);
		assert!(aura_authorities().contains(&keys.aura));
		assert!(grandpa_authorities().contains(&keys.grandpa));
		assert_eq!(Grandpa::current_set_id(), 1);
		let authors = authors_of_next_slots(5);
		assert_eq!(authors.len(), 5);
		assert!(authors.contains(&one), "One authors one slot in five: {authors:?}");

		// 6. The commission removes One's node: from session 4 it no longer authors.
		node_commission_decides(
			RuntimeCall::NodeIntegration(pallet_node_integration::Call::remove_node {
				who: one.clone(),
				reason: doc(3),
			}),
			&[Bob, Charlie, Dave],
		);
		assert!(!validators().contains(&one));
		run_to_block(3 * SESSION_PERIOD);
		assert!(aura_authorities().contains(&keys.aura), "still in until the planned session");
		run_to_block(4 * SESSION_PERIOD);
		assert!(!aura_authorities().contains(&keys.aura));
		assert!(!grandpa_authorities().contains(&keys.grandpa));
		assert_eq!(Grandpa::current_set_id(), 2);
		let authors = authors_of_next_slots(8);
		assert!(!authors.contains(&one), "a removed node authors nothing: {authors:?}");
		assert_eq!(aura_authorities().len(), 4);
		assert_invariants();
	});
}

#[test]
fn node_changes_need_the_node_commission_not_a_single_account() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let bob = Sr25519Keyring::Bob.to_account_id();
		// A single commissioner, or any single account, cannot remove a node.
		for who in [Sr25519Keyring::Bob, Sr25519Keyring::Alice] {
			assert_noop!(
				NodeIntegration::remove_node(signed(who), bob.clone(), doc(1)),
				sp_runtime::DispatchError::BadOrigin
			);
		}
		// A commission motion with only 2 of 4 ayes does not pass (more than half is needed).
		let call = RuntimeCall::NodeIntegration(pallet_node_integration::Call::remove_node {
			who: bob.clone(),
			reason: doc(1),
		});
		let length = call.encoded_size() as u32;
		let weight = call.get_dispatch_info().call_weight;
		let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
		assert_ok!(NodeCommission::propose(
			signed(Sr25519Keyring::Alice),
			3,
			Box::new(call),
			length
		));
		for voter in [Sr25519Keyring::Alice, Sr25519Keyring::Charlie] {
			assert_ok!(NodeCommission::vote(signed(voter), hash, 0, true));
		}
		assert_noop!(
			NodeCommission::close(signed(Sr25519Keyring::Alice), hash, 0, weight, length),
			pallet_collective::Error::<Runtime, crate::configs::NodeCommissionCollective>::TooEarly
		);
		assert!(validators().contains(&bob));
		assert_invariants();
	});
}

#[test]
fn a_node_without_session_keys_cannot_apply() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		// Alice//stash is an active member (and leader) of Academia but registered no keys.
		assert!(NodeIntegration::apply_for_node(
			signed(Sr25519Keyring::AliceStash),
			doc(1),
			doc(2)
		)
		.is_err());
		assert_invariants();
	});
}

#[test]
fn a_suspended_member_loses_its_node_its_seat_its_leadership_and_its_duties() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		use bmx_primitives::governance::{Commission, ExecutiveSeat};
		use Sr25519Keyring::*;
		System::set_block_number(1);
		let bob = Bob.to_account_id();
		// Bob leads Empresas, runs its only node and sits on the node commission.
		assert!(validators().contains(&bob));
		assert!(CollectiveRegistry::is_leader(1, &bob));
		assert_eq!(
			pallet_governing_councils::ExecutiveSeatOf::<Runtime>::get(&bob),
			Some(ExecutiveSeat::Commissioner(Commission::NodeIntegration, 1))
		);
		assert!(crate::Reports::report_due(ReportSubject::Member(bob.clone())).is_some());

		// A member that runs a node cannot leave on its own: node integration refuses it.
		assert_noop!(
			CollectiveRegistry::leave(signed(Bob)),
			pallet_node_integration::Error::<Runtime>::RunsNode
		);

		// Four validators are the local network's minimum: governance lowers it to three first,
		// or node integration refuses to let Bob's node go.
		assert_ok!(as_governed_root(RuntimeCall::NodeIntegration(
			pallet_node_integration::Call::set_min_validators { min_validators: 3 }
		)));
		// The Executive Council suspends Bob.
		executive_decides(RuntimeCall::CollectiveRegistry(
			pallet_collective_registry::Call::suspend_member { who: bob.clone(), reason: doc(5) },
		));
		assert!(!validators().contains(&bob), "its node leaves the set");
		assert!(pallet_node_integration::CollectivesWithoutNodes::<Runtime>::contains_key(1));
		assert!(!CollectiveRegistry::is_leader(1, &bob), "its leadership ends");
		assert_eq!(pallet_governing_councils::ExecutiveSeatOf::<Runtime>::get(&bob), None);
		assert!(
			!pallet_collective::Members::<Runtime, crate::configs::NodeCommissionCollective>::get()
				.contains(&bob)
		);
		assert!(crate::Reports::report_due(ReportSubject::Member(bob.clone())).is_none());
		assert!(crate::Reports::report_due(ReportSubject::Leader(bob.clone())).is_none());
		assert!(System::events().iter().any(|r| matches!(
			&r.event,
			RuntimeEvent::CollectiveRegistry(pallet_collective_registry::Event::MemberSuspended {
				who, ..
			}) if *who == bob
		)));
		assert_invariants();
	});
}

#[test]
fn a_validator_cannot_purge_its_session_keys() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let purge = RuntimeCall::Session(pallet_session::Call::purge_keys {});
		let refused = dispatch(signed(Sr25519Keyring::Alice), purge).unwrap_err().error;
		assert_eq!(refused, frame_system::Error::<Runtime>::CallFiltered.into());
		assert_noop!(
			NodeIntegration::purge_keys(signed(Sr25519Keyring::Alice)),
			pallet_node_integration::Error::<Runtime>::RunsNode
		);
		let alice = Sr25519Keyring::Alice.to_account_id();
		assert!(pallet_session::NextKeys::<Runtime>::contains_key(&alice));
		assert_invariants();
	});
}

/// `k` (with the dev seed `seed`) joins Academia and applies for a node, endorsed by its
/// leaders; `approve` also has the node commission approve it.
fn academia_node(k: Sr25519Keyring, seed: &str, approve: bool) -> AccountId {
	use Sr25519Keyring::{Alice, AliceStash, Bob, Charlie};
	let who = k.to_account_id();
	assert_ok!(Balances::transfer_keep_alive(
		signed(Alice),
		who.clone().into(),
		1_000 * crate::UNIT
	));
	assert_ok!(CollectiveRegistry::apply_for_membership(
		signed(k),
		0,
		b"CINVESTAV".to_vec().try_into().unwrap(),
		presets::CODE_OF_ETHICS.into(),
	));
	assert_ok!(CollectiveRegistry::admit_member(signed(AliceStash), who.clone()));
	register_dev_session_keys(&who, seed);
	assert_ok!(NodeIntegration::apply_for_node(signed(k), doc(1), doc(2)));
	assert_ok!(NodeIntegration::endorse_node(signed(Alice), who.clone()));
	assert_ok!(NodeIntegration::endorse_node(signed(AliceStash), who.clone()));
	if approve {
		node_commission_decides(
			RuntimeCall::NodeIntegration(pallet_node_integration::Call::approve_node {
				applicant: who.clone(),
			}),
			&[Alice, Bob, Charlie],
		);
		assert!(validators().contains(&who));
	}
	who
}

#[test]
fn the_validator_set_never_goes_below_the_minimum() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		use Sr25519Keyring::{Alice, Bob, Charlie};
		System::set_block_number(1);
		// A fifth validator, Academia's second node; governance raises the minimum to five.
		let one = academia_node(Sr25519Keyring::One, "//One", true);
		assert_eq!(validators().len(), 5);
		// No single account changes the minimum; governed Root does, within bounds.
		assert_noop!(
			NodeIntegration::set_min_validators(signed(Alice), 5),
			sp_runtime::DispatchError::BadOrigin
		);
		for refused in [0, 6] {
			let result = as_governed_root(RuntimeCall::NodeIntegration(
				pallet_node_integration::Call::set_min_validators { min_validators: refused },
			));
			assert!(result.is_err(), "a minimum of {refused} is refused");
		}
		assert_ok!(as_governed_root(RuntimeCall::NodeIntegration(
			pallet_node_integration::Call::set_min_validators { min_validators: 5 }
		)));
		// At the minimum, the commission's suspension is refused as a whole.
		let suspend = RuntimeCall::NodeIntegration(pallet_node_integration::Call::suspend_node {
			who: one.clone(),
			reason: doc(1),
		});
		node_commission_decides(suspend.clone(), &[Alice, Bob, Charlie]);
		assert!(System::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::NodeCommission(pallet_collective::Event::Executed {
				result: Err(e),
				..
			}) if e == pallet_node_integration::Error::<Runtime>::TooFewValidators.into()
		)));
		assert!(validators().contains(&one));
		// Lowered back to four, it goes through.
		assert_ok!(as_governed_root(RuntimeCall::NodeIntegration(
			pallet_node_integration::Call::set_min_validators { min_validators: 4 }
		)));
		node_commission_decides(suspend, &[Alice, Bob, Charlie]);
		assert!(!validators().contains(&one));
		assert_eq!(validators().len(), 4);
		// The set pallet-session uses follows, with keys, after two sessions.
		run_to_block(2 * SESSION_PERIOD);
		assert_eq!(Session::validators(), validators());
		assert_invariants();
	});
}

#[test]
fn only_the_node_commission_admits_an_extraordinary_executive_decision_may_suspend() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		use Sr25519Keyring::*;
		System::set_block_number(1);
		let one = academia_node(One, "//One", false);

		// Even every Executive seat cannot admit a node: that is the node commission's alone.
		let approve = RuntimeCall::NodeIntegration(pallet_node_integration::Call::approve_node {
			applicant: one.clone(),
		});
		let votes: Vec<_> = EXECUTIVES.iter().map(|k| (*k, true)).collect();
		let (outcome, result) =
			executive_motion(Eve, MotionKind::Ordinary, approve.clone(), &votes);
		assert_eq!(outcome, MotionOutcome::Approved);
		assert_eq!(result, Some(Err(sp_runtime::DispatchError::BadOrigin)));
		assert!(!validators().contains(&one));
		node_commission_decides(approve, &[Alice, Bob, Charlie]);
		assert!(validators().contains(&one));

		// An extraordinary decision, at a collective's request, suspends a node.
		assert_ok!(Councils::request_extraordinary_session(signed(Bob), 1, doc(7)));
		let suspend = RuntimeCall::NodeIntegration(pallet_node_integration::Call::suspend_node {
			who: one.clone(),
			reason: doc(8),
		});
		let votes: Vec<_> = [Alice, AliceStash, Bob, BobStash].iter().map(|k| (*k, true)).collect();
		let (outcome, result) =
			executive_motion(Eve, MotionKind::Extraordinary { collective: 1 }, suspend, &votes);
		assert_eq!(outcome, MotionOutcome::Approved);
		assert_eq!(result, Some(Ok(())));
		assert!(!validators().contains(&one));
		assert!(pallet_node_integration::SuspendedNodes::<Runtime>::contains_key(&one));
		// ... but cannot resume it: resumption is the commission's.
		assert_ok!(Councils::request_extraordinary_session(signed(Bob), 1, doc(9)));
		let resume = RuntimeCall::NodeIntegration(pallet_node_integration::Call::resume_node {
			who: one.clone(),
		});
		let (outcome, result) =
			executive_motion(Eve, MotionKind::Extraordinary { collective: 1 }, resume, &votes);
		assert_eq!(outcome, MotionOutcome::Approved);
		assert_eq!(result, Some(Err(sp_runtime::DispatchError::BadOrigin)));
		assert_invariants();
	});
}

#[test]
fn a_test_network_sets_short_sessions_in_its_genesis() {
	// The runtime's default: sessions of `SESSION_PERIOD` blocks.
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		assert_eq!(pallet_node_integration::SessionLength::<crate::Runtime>::get(), SESSION_PERIOD);
		run_to_block(SESSION_PERIOD - 1);
		assert_eq!(Session::current_index(), 0);
		run_to_block(SESSION_PERIOD);
		assert_eq!(Session::current_index(), 1);
	});
	// The local preset with `nodeIntegration.sessionLength` set, as the network tests run it.
	let mut patch: serde_json::Value = serde_json::from_slice(
		&presets::get_preset(&PresetId::from(presets::LOCAL_TESTNET_RUNTIME_PRESET)).unwrap(),
	)
	.unwrap();
	patch["nodeIntegration"]["sessionLength"] = 10.into();
	genesis_ext(patch).execute_with(|| {
		run_to_block(9);
		assert_eq!(Session::current_index(), 0);
		run_to_block(10);
		assert_eq!(Session::current_index(), 1);
		run_to_block(30);
		assert_eq!(Session::current_index(), 3);
	});
}
