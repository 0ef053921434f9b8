//! Runtime-level tests: genesis presets, version and metadata, authority rotation at session
//! boundaries driven by node integration and the councils' motions, the governance family's
//! invariants across its pallets, and Solidity support.
//!
//! Every flow ends with [`assert_invariants`]: with the `try-runtime` feature (scripts/test.sh
//! runs these tests so) it runs every pallet's `try_state` through `AllPalletsWithSystem`; in
//! any build it checks the invariants that span the governance pallets.

use crate::{
	configs::MAX_AUTHORITIES, genesis_config_presets as presets, AccountId, Aura, Balances,
	CollectiveRegistry, Councils, ExecutiveCouncil, Grandpa, NodeCommission, NodeIntegration,
	Projects, Runtime, RuntimeCall, RuntimeEvent, RuntimeGenesisConfig, RuntimeOrigin, Session,
	SessionKeys, System, SESSION_PERIOD, VERSION,
};
use bmx_primitives::{
	governance::{ReportObligations, ReportSubject},
	DocumentHash,
};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	dispatch::GetDispatchInfo,
	genesis_builder_helper::build_state,
	traits::{FindAuthor, OnFinalize, OnInitialize},
};
use pallet_governing_councils::DecisionKind;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::PresetId;
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_keystore::{testing::MemoryKeystore, KeystoreExt};
use sp_runtime::{
	traits::{Dispatchable, Hash},
	Digest, DigestItem,
};

/// Apply a JSON merge patch (RFC 7386), as the node does with a preset over the default config.
fn merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
			for (key, value) in patch {
				if value.is_null() {
					base.remove(&key);
				} else {
					merge(base.entry(key).or_insert(serde_json::Value::Null), value);
				}
			}
		},
		(base, patch) => *base = patch,
	}
}

/// Externalities holding the genesis state of a preset, with a keystore for session keys.
fn preset_ext(name: &str) -> sp_io::TestExternalities {
	let patch = presets::get_preset(&PresetId::from(name)).expect("the preset exists");
	let mut config =
		serde_json::to_value(RuntimeGenesisConfig::default()).expect("the default serializes");
	merge(&mut config, serde_json::from_slice(&patch).expect("the preset is JSON"));
	let config = serde_json::to_vec(&config).expect("JSON serializes");
	let mut ext = sp_io::TestExternalities::new_empty();
	ext.execute_with(|| {
		build_state::<RuntimeGenesisConfig>(config).expect("the preset builds a genesis state")
	});
	ext.register_extension(KeystoreExt::new(MemoryKeystore::new()));
	ext
}

fn aura_key(k: Sr25519Keyring) -> AuraId {
	k.public().into()
}

fn grandpa_key(k: Ed25519Keyring) -> GrandpaId {
	k.public().into()
}

fn aura_authorities() -> Vec<AuraId> {
	pallet_aura::Authorities::<Runtime>::get().into_inner()
}

fn grandpa_authorities() -> Vec<GrandpaId> {
	Grandpa::grandpa_authorities().into_iter().map(|(id, _)| id).collect()
}

/// Run block hooks of consensus-relevant pallets up to block `n` (inclusive).
fn run_to_block(n: u32) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		let parent = System::parent_hash();
		System::initialize(&next, &parent, &Default::default());
		Session::on_initialize(next);
		Aura::on_initialize(next);
		Grandpa::on_finalize(next);
		System::finalize();
	}
}

#[test]
fn every_preset_builds_a_valid_genesis() {
	for name in presets::preset_names() {
		let name = core::str::from_utf8(name.as_ref()).expect("preset names are utf-8").to_owned();
		preset_ext(&name).execute_with(|| {
			let validators: Vec<AccountId> = pallet_node_integration::Validators::<Runtime>::get()
				.into_iter()
				.map(|(v, _)| v)
				.collect();
			assert!(!validators.is_empty(), "{name}: no validators");
			assert_eq!(Session::validators(), validators, "{name}: session set differs");
			assert_eq!(aura_authorities().len(), validators.len(), "{name}: aura authorities");
			assert_eq!(
				grandpa_authorities().len(),
				validators.len(),
				"{name}: grandpa authorities"
			);
			assert_eq!(
				pallet_sudo::Key::<Runtime>::get(),
				Some(Sr25519Keyring::Alice.to_account_id()),
				"{name}: sudo key"
			);
			assert_eq!(
				Balances::free_balance(Sr25519Keyring::Ferdie.to_account_id()),
				presets::ENDOWMENT,
				"{name}: dev accounts endowed"
			);
			assert_invariants();
			// The councils' memberships follow the collectives' state from genesis on.
			assert_eq!(
				pallet_collective::Prime::<Runtime, crate::configs::ExecutiveCollective>::get(),
				Some(presets::executive_secretary()),
				"{name}: the Secretary is the Executive Council's prime member"
			);
			assert_eq!(
				pallet_collective::Members::<Runtime, crate::configs::ExecutiveCollective>::get()
					.len(),
				9,
				"{name}: Secretary + 4 node + 4 projects commissioners"
			);
			assert_eq!(
				pallet_collective::Members::<Runtime, crate::configs::AdvisoryCollective>::get()
					.len(),
				3,
				"{name}: advisors"
			);
			assert!(CollectiveRegistry::collectives_needing_appointment().is_empty());
		});
	}
}

#[test]
fn development_has_one_validator_and_local_testnet_one_per_collective() {
	preset_ext(presets::DEVELOPMENT_RUNTIME_PRESET).execute_with(|| {
		assert_eq!(validators(), vec![Sr25519Keyring::Alice.to_account_id()]);
		assert_eq!(aura_authorities(), vec![aura_key(Sr25519Keyring::Alice)]);
		assert_eq!(grandpa_authorities(), vec![grandpa_key(Ed25519Keyring::Alice)]);
	});
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let founders = presets::founding_collectives();
		let names: Vec<_> = founders.iter().map(|c| c.name).collect();
		assert_eq!(names, ["Academia", "Empresas", "Sector publico", "Sociedad civil"]);
		let accounts: Vec<AccountId> = founders.iter().map(|c| c.node.0.account.clone()).collect();
		assert_eq!(validators(), accounts);
		assert_eq!(
			aura_authorities(),
			[
				Sr25519Keyring::Alice,
				Sr25519Keyring::Bob,
				Sr25519Keyring::Charlie,
				Sr25519Keyring::Dave
			]
			.map(aura_key)
		);
	});
}

#[test]
fn unknown_preset_is_refused() {
	assert!(presets::get_preset(&PresetId::from("mainnet")).is_none());
}

#[test]
fn runtime_version_and_metadata_are_sane() {
	assert_eq!(VERSION.spec_name, "bmx");
	assert!(VERSION.spec_version >= 100);
	assert_eq!(VERSION.transaction_version, 1);
	use sp_api::RuntimeApiInfo;
	for (id, name) in [
		(<dyn sp_api::Core<crate::Block>>::ID, "Core"),
		(<dyn sp_consensus_aura::AuraApi<crate::Block, AuraId>>::ID, "AuraApi"),
		(<dyn sp_consensus_grandpa::GrandpaApi<crate::Block>>::ID, "GrandpaApi"),
		(<dyn sp_session::SessionKeys<crate::Block>>::ID, "SessionKeys"),
		(<dyn sp_genesis_builder::GenesisBuilder<crate::Block>>::ID, "GenesisBuilder"),
	] {
		assert!(VERSION.apis.iter().any(|(api, _)| *api == id), "{name} API missing");
	}

	let versions = Runtime::metadata_versions();
	assert!(versions.contains(&16), "metadata v16 offered: {versions:?}");
	// pallet-revive's metadata reads host functions: build it inside externalities.
	let metadata = sp_io::TestExternalities::default()
		.execute_with(|| Runtime::metadata_at_version(16))
		.expect("v16 metadata");
	let bytes: Vec<u8> = metadata.encode();
	assert!(bytes.len() > 10_000, "metadata is implausibly small");
	let names: Vec<&str> =
		<crate::AllPalletsWithSystem as frame_support::traits::PalletsInfoAccess>::infos()
			.into_iter()
			.map(|i| i.name)
			.collect();
	for expected in [
		"System",
		"Balances",
		"Reports",
		"CollectiveRegistry",
		"Councils",
		"NodeIntegration",
		"Projects",
		"Session",
		"Aura",
		"Grandpa",
		"ExecutiveCouncil",
		"AdvisoryCouncil",
		"NodeCommission",
		"ProjectsCommission",
		"Revive",
	] {
		assert!(names.contains(&expected), "{expected} pallet missing: {names:?}");
	}
}

#[test]
fn authority_limits_agree() {
	use frame_support::traits::Get;
	type Aura = <Runtime as pallet_aura::Config>::MaxAuthorities;
	type Grandpa = <Runtime as pallet_grandpa::Config>::MaxAuthorities;
	type Validators = <Runtime as pallet_node_integration::Config>::MaxValidators;
	assert_eq!(<Aura as Get<u32>>::get(), MAX_AUTHORITIES);
	assert_eq!(<Grandpa as Get<u32>>::get(), MAX_AUTHORITIES);
	assert!(<Validators as Get<u32>>::get() <= MAX_AUTHORITIES);
}

/// The members of a `pallet-collective` instance and its prime.
fn council_of<I: 'static>() -> (Vec<AccountId>, Option<AccountId>)
where
	Runtime: pallet_collective::Config<I>,
{
	(pallet_collective::Members::<Runtime, I>::get(), pallet_collective::Prime::<Runtime, I>::get())
}

/// Every pallet's invariants (their `try_state`, with the `try-runtime` feature), and the
/// invariants that span the governance pallets:
/// - every node, active or suspended, runs for an active member of its collective;
/// - every commissioner is an active member of the collective it represents;
/// - each council's `pallet-collective` instance has exactly the seated members, and the
///   Executive Council's prime is the Secretary;
/// - report obligations are exactly those of the current duties: members running nodes,
///   leaders, registered projects, commissions with a commissioner, a seated Secretary, an
///   Advisory Council with an advisor.
fn assert_invariants() {
	#[cfg(feature = "try-runtime")]
	{
		use frame_support::traits::{TryState, TryStateSelect};
		<crate::AllPalletsWithSystem as TryState<_>>::try_state(
			System::block_number(),
			TryStateSelect::All,
		)
		.expect("every pallet's invariants hold");
	}
	use bmx_primitives::governance::{CollectiveInspect, Commission};
	use pallet_governing_councils::Council;
	use std::collections::BTreeSet;

	let mut nodes: Vec<(AccountId, u32)> =
		pallet_node_integration::Validators::<Runtime>::get().into_iter().collect();
	nodes.extend(
		pallet_node_integration::SuspendedNodes::<Runtime>::iter().map(|(w, n)| (w, n.collective)),
	);
	for (who, collective) in &nodes {
		assert_eq!(
			CollectiveRegistry::active_collective_of(who),
			Some(*collective),
			"a node runs for an active member of its collective"
		);
	}
	for (commission, collective, seat) in
		pallet_governing_councils::Commissioners::<Runtime>::iter()
	{
		assert!(
			CollectiveRegistry::is_active_member_of(collective, &seat.who),
			"a {commission:?} commissioner is an active member of the collective it represents"
		);
	}
	use crate::configs::{
		AdvisoryCollective, ExecutiveCollective, NodeCommissionCollective,
		ProjectsCommissionCollective,
	};
	let secretary = pallet_governing_councils::ExecutiveSecretary::<Runtime>::get().map(|s| s.who);
	for (council, (members, prime)) in [
		(Council::Executive, council_of::<ExecutiveCollective>()),
		(Council::Advisory, council_of::<AdvisoryCollective>()),
		(
			Council::Commission(Commission::NodeIntegration),
			council_of::<NodeCommissionCollective>(),
		),
		(Council::Commission(Commission::Projects), council_of::<ProjectsCommissionCollective>()),
	] {
		assert_eq!(members, Councils::council_members(council), "{council:?}: seated members");
		let expected_prime = if council == Council::Executive { secretary.clone() } else { None };
		assert_eq!(prime, expected_prime, "{council:?}: prime");
	}

	let mut duties = BTreeSet::new();
	for (who, _) in &nodes {
		duties.insert(ReportSubject::Member(who.clone()));
	}
	for leaders in pallet_collective_registry::Leaders::<Runtime>::iter_values() {
		for leader in leaders {
			duties.insert(ReportSubject::Leader(leader.who));
		}
	}
	for project in pallet_network_projects::Projects::<Runtime>::iter_keys() {
		duties.insert(ReportSubject::Project(project));
	}
	for (commission, _, _) in pallet_governing_councils::Commissioners::<Runtime>::iter() {
		duties.insert(ReportSubject::Commission(commission));
	}
	if secretary.is_some() {
		duties.insert(ReportSubject::Secretary);
	}
	if !pallet_governing_councils::Advisors::<Runtime>::get().is_empty() {
		duties.insert(ReportSubject::AdvisoryCouncil);
	}
	let obligations: BTreeSet<_> =
		pallet_duty_reports::Obligations::<Runtime>::iter_keys().collect();
	assert_eq!(obligations, duties, "report obligations are those of the current duties");
	for subject in &duties {
		assert!(<crate::Reports as ReportObligations<_, _>>::due(subject).is_some());
	}
}

/// Register the session keys of a dev seed (`//Eve`) for `who`, with a valid ownership proof.
fn register_dev_session_keys(who: &AccountId, seed: &str) -> SessionKeys {
	let generated = SessionKeys::generate(&who.encode(), Some(seed.as_bytes().to_vec()));
	assert_ok!(Session::set_keys(
		RuntimeOrigin::signed(who.clone()),
		generated.keys.clone(),
		generated.proof.encode()
	));
	generated.keys
}

/// The validators the collectives' node-integration procedure has in the set.
fn validators() -> Vec<AccountId> {
	pallet_node_integration::Validators::<Runtime>::get()
		.into_iter()
		.map(|(v, _)| v)
		.collect()
}

fn doc(n: u8) -> DocumentHash {
	DocumentHash::repeat_byte(n)
}

fn signed(k: Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(k.to_account_id())
}

/// Dispatch `call` as `origin` the way an extrinsic is dispatched: through the call filter.
fn dispatch(
	origin: RuntimeOrigin,
	call: RuntimeCall,
) -> sp_runtime::DispatchResultWithInfo<frame_support::dispatch::PostDispatchInfo> {
	call.dispatch(origin)
}

/// A motion of the node-integration commission (Alice, Bob, Charlie, Dave): Alice proposes, the
/// `voters` vote aye, Alice closes it. Returns the motion's hash.
fn node_commission_decides(call: RuntimeCall, voters: &[Sr25519Keyring]) -> sp_core::H256 {
	let length = call.encoded_size() as u32;
	let weight = call.get_dispatch_info().call_weight;
	let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
	let index =
		pallet_collective::ProposalCount::<Runtime, crate::configs::NodeCommissionCollective>::get(
		);
	assert_ok!(NodeCommission::propose(
		signed(Sr25519Keyring::Alice),
		voters.len() as u32,
		Box::new(call),
		length
	));
	for voter in voters {
		assert_ok!(NodeCommission::vote(signed(*voter), hash, index, true));
	}
	assert_ok!(NodeCommission::close(signed(Sr25519Keyring::Alice), hash, index, weight, length));
	hash
}

/// The account that authors `slot` according to the runtime: Aura's author index for the slot,
/// mapped to the validator account by the session (what `pallet-revive` uses as coinbase too).
fn author_of_slot(slot: u64) -> Option<AccountId> {
	let pre_digest = DigestItem::PreRuntime(
		sp_consensus_aura::AURA_ENGINE_ID,
		sp_consensus_aura::Slot::from(slot).encode(),
	);
	let digest = Digest { logs: vec![pre_digest] };
	pallet_session::FindAccountFromAuthorIndex::<Runtime, Aura>::find_author(
		digest.logs.iter().filter_map(|d| d.as_pre_runtime()),
	)
}

/// The slots of the next `n` blocks after the current one, as Aura assigns them: one per slot.
fn authors_of_next_slots(n: u64) -> Vec<AccountId> {
	let current: u64 = pallet_aura::CurrentSlot::<Runtime>::get().into();
	(1..=n).filter_map(|i| author_of_slot(current + i)).collect()
}

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
		// A single commissioner, or the sudo key, cannot remove a node.
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
fn the_executive_council_decides_on_the_secretarys_motions_with_its_quorum() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		use Sr25519Keyring::*;
		// Events are not recorded in the genesis block.
		System::set_block_number(1);
		let new_code: DocumentHash = doc(9);
		let call =
			RuntimeCall::CollectiveRegistry(pallet_collective_registry::Call::set_code_of_ethics {
				code_of_ethics: new_code,
			});
		let length = call.encoded_size() as u32;
		let weight = call.get_dispatch_info().call_weight;
		let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);

		// Members cannot table motions themselves: only the Secretary, through Councils.
		let direct = RuntimeCall::ExecutiveCouncil(pallet_collective::Call::propose {
			threshold: 7,
			proposal: Box::new(call.clone()),
			length_bound: length,
		});
		assert!(dispatch(signed(Alice), direct).is_err(), "direct proposals are filtered");
		assert_noop!(
			Councils::table_motion(
				signed(Alice),
				DecisionKind::Ordinary,
				Box::new(call.clone()),
				length
			),
			pallet_governing_councils::Error::<Runtime>::NotSecretary
		);

		// The Secretary (Eve) tables an ordinary motion: her aye is recorded, 7 ayes needed.
		assert_ok!(Councils::table_motion(
			signed(Eve),
			DecisionKind::Ordinary,
			Box::new(call.clone()),
			length
		));
		let events: Vec<RuntimeEvent> = System::events().into_iter().map(|r| r.event).collect();
		assert!(events.iter().any(|e| matches!(
			e,
			RuntimeEvent::ExecutiveCouncil(pallet_collective::Event::Proposed {
				account, threshold: 7, proposal_hash, ..
			}) if *account == Eve.to_account_id() && *proposal_hash == hash
		)));
		assert!(events.iter().any(|e| matches!(
			e,
			RuntimeEvent::ExecutiveCouncil(pallet_collective::Event::Voted {
				account, voted: true, yes: 1, no: 0, ..
			}) if *account == Eve.to_account_id()
		)));
		// Secretary + 5 ayes: not enough.
		for voter in [Alice, Bob, Charlie, Dave, AliceStash] {
			assert_ok!(ExecutiveCouncil::vote(signed(voter), hash, 0, true));
		}
		assert_noop!(
			ExecutiveCouncil::close(signed(Eve), hash, 0, weight, length),
			pallet_collective::Error::<Runtime, crate::configs::ExecutiveCollective>::TooEarly
		);
		// The sixth member's aye makes it: the decision is dispatched with the council's origin.
		assert_ok!(ExecutiveCouncil::vote(signed(BobStash), hash, 0, true));
		assert_ok!(ExecutiveCouncil::close(signed(Eve), hash, 0, weight, length));
		assert_eq!(pallet_collective_registry::CodeOfEthics::<Runtime>::get(), Some(new_code));

		// An extraordinary motion needs Secretary + 4, and cannot pass an ordinary decision.
		let call =
			RuntimeCall::CollectiveRegistry(pallet_collective_registry::Call::set_code_of_ethics {
				code_of_ethics: doc(10),
			});
		let length = call.encoded_size() as u32;
		let weight = call.get_dispatch_info().call_weight;
		let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
		assert_ok!(Councils::table_motion(
			signed(Eve),
			DecisionKind::Extraordinary,
			Box::new(call),
			length
		));
		for voter in [Alice, Bob, Charlie, Dave] {
			assert_ok!(ExecutiveCouncil::vote(signed(voter), hash, 1, true));
		}
		assert_ok!(ExecutiveCouncil::close(signed(Eve), hash, 1, weight, length));
		// Approved and dispatched, but refused: 5 ayes are not an ordinary decision.
		assert_eq!(pallet_collective_registry::CodeOfEthics::<Runtime>::get(), Some(new_code));
		assert!(System::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::ExecutiveCouncil(pallet_collective::Event::Executed {
				result: Err(sp_runtime::DispatchError::BadOrigin),
				..
			})
		)));
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
fn ethereum_dev_accounts_are_endowed_and_mapped() {
	use pallet_revive::AddressMapper;
	preset_ext(presets::DEVELOPMENT_RUNTIME_PRESET).execute_with(|| {
		for address in presets::ETHEREUM_DEV_ADDRESSES {
			let account = presets::ethereum_account(address);
			assert_eq!(Balances::free_balance(&account), presets::ENDOWMENT);
			let h160 = sp_core::H160::from(address);
			assert_eq!(
				<Runtime as pallet_revive::Config>::AddressMapper::to_address(&account),
				h160
			);
			assert_eq!(
				<Runtime as pallet_revive::Config>::AddressMapper::to_account_id(&h160),
				account
			);
		}
		// A Substrate account is mapped when created, so Ethereum tools can reach it.
		let alice = Sr25519Keyring::Alice.to_account_id();
		assert!(<Runtime as pallet_revive::Config>::AddressMapper::is_mapped(&alice));
	});
}

#[test]
fn identity_registrars_and_credential_types_are_founded_at_genesis() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		use pallet_digital_identity::{traits::CredentialsInspect, CredentialStatus};
		let renapo = Sr25519Keyring::One.to_account_id();
		assert!(pallet_digital_identity::Registrars::<Runtime>::contains_key(&renapo));
		assert_eq!(Balances::free_balance(&renapo), presets::ENDOWMENT, "registrars pay fees");
		let alice = Sr25519Keyring::Alice.to_account_id();
		assert!(!<crate::DigitalIdentity as CredentialsInspect<AccountId>>::has_credential(
			&alice, 0
		));
		assert!(matches!(
			crate::DigitalIdentity::credential_status(alice, 0),
			CredentialStatus::NotIssued
		));
		assert_invariants();
	});
}

#[test]
fn each_collective_has_its_own_treasury_and_leaders_grant_capital_to_its_nodes() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let treasuries: Vec<AccountId> = (0..4).map(Projects::treasury_account).collect();
		for (i, a) in treasuries.iter().enumerate() {
			for b in &treasuries[i + 1..] {
				assert_ne!(a, b, "treasuries must be distinct accounts");
			}
		}
		// Anyone funds Academia's treasury with a transfer; a leader grants fees to its node.
		let treasury = treasuries[0].clone();
		assert_ok!(Balances::transfer_keep_alive(
			signed(Sr25519Keyring::Ferdie),
			treasury.clone().into(),
			500 * crate::UNIT
		));
		let alice = Sr25519Keyring::Alice.to_account_id();
		let before = Balances::free_balance(&alice);
		assert_ok!(Projects::grant_capital(
			signed(Sr25519Keyring::AliceStash),
			0,
			alice.clone(),
			100 * crate::UNIT
		));
		assert_eq!(Balances::free_balance(&alice), before + 100 * crate::UNIT);
		// Bob's node belongs to another collective: Academia's leaders cannot pay it.
		assert!(Projects::grant_capital(
			signed(Sr25519Keyring::AliceStash),
			0,
			Sr25519Keyring::Bob.to_account_id(),
			crate::UNIT
		)
		.is_err());
		assert_invariants();
	});
}

/// An ordinary decision of the Executive Council: the Secretary (Eve) tables `call`, the six
/// `voters` vote aye, Eve closes it.
fn executive_decides(call: RuntimeCall, voters: [Sr25519Keyring; 6]) {
	let length = call.encoded_size() as u32;
	let weight = call.get_dispatch_info().call_weight;
	let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
	let index =
		pallet_collective::ProposalCount::<Runtime, crate::configs::ExecutiveCollective>::get();
	assert_ok!(Councils::table_motion(
		signed(Sr25519Keyring::Eve),
		DecisionKind::Ordinary,
		Box::new(call),
		length
	));
	for voter in voters {
		assert_ok!(ExecutiveCouncil::vote(signed(voter), hash, index, true));
	}
	assert_ok!(ExecutiveCouncil::close(signed(Sr25519Keyring::Eve), hash, index, weight, length));
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

		// The Executive Council suspends Bob (Secretary + 6 ayes).
		executive_decides(
			RuntimeCall::CollectiveRegistry(pallet_collective_registry::Call::suspend_member {
				who: bob.clone(),
				reason: doc(5),
			}),
			[Alice, Charlie, Dave, AliceStash, BobStash, CharlieStash],
		);
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
