//! Runtime-level tests: genesis presets, version and metadata, and authority rotation at a
//! session boundary.

use crate::{
	configs::MAX_AUTHORITIES, genesis_config_presets as presets, AccountId, Aura, Balances,
	Grandpa, Runtime, RuntimeCall, RuntimeEvent, RuntimeGenesisConfig, RuntimeOrigin, Session,
	SessionKeys, Sudo, System, ValidatorSet, SESSION_PERIOD, VERSION,
};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	genesis_builder_helper::build_state,
	traits::{OnFinalize, OnInitialize},
};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::PresetId;
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_keystore::{testing::MemoryKeystore, KeystoreExt};

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
			let validators = ValidatorSet::validators();
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
			ValidatorSet::do_try_state().expect("validator-set invariants hold at genesis");
		});
	}
}

#[test]
fn development_has_one_validator_and_local_testnet_one_per_collective() {
	preset_ext(presets::DEVELOPMENT_RUNTIME_PRESET).execute_with(|| {
		assert_eq!(ValidatorSet::validators(), vec![Sr25519Keyring::Alice.to_account_id()]);
		assert_eq!(aura_authorities(), vec![aura_key(Sr25519Keyring::Alice)]);
		assert_eq!(grandpa_authorities(), vec![grandpa_key(Ed25519Keyring::Alice)]);
	});
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let founders = presets::founding_collective_validators();
		let names: Vec<_> = founders.iter().map(|(c, _)| *c).collect();
		assert_eq!(names, ["academia", "business", "public-sector", "civil-society"]);
		let accounts: Vec<AccountId> = founders.iter().map(|(_, v)| v.account.clone()).collect();
		assert_eq!(ValidatorSet::validators(), accounts);
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
	let metadata = Runtime::metadata_at_version(16).expect("v16 metadata");
	let bytes: Vec<u8> = metadata.encode();
	assert!(bytes.len() > 10_000, "metadata is implausibly small");
	let names: Vec<&str> =
		<crate::AllPalletsWithSystem as frame_support::traits::PalletsInfoAccess>::infos()
			.into_iter()
			.map(|i| i.name)
			.collect();
	for expected in ["System", "Balances", "ValidatorSet", "Session", "Aura", "Grandpa", "Sudo"] {
		assert!(names.contains(&expected), "{expected} pallet missing: {names:?}");
	}
}

#[test]
fn authority_limits_agree() {
	use frame_support::traits::Get;
	type Aura = <Runtime as pallet_aura::Config>::MaxAuthorities;
	type Grandpa = <Runtime as pallet_grandpa::Config>::MaxAuthorities;
	type Validators = <Runtime as pallet_validator_set::Config>::MaxValidators;
	assert_eq!(<Aura as Get<u32>>::get(), MAX_AUTHORITIES);
	assert_eq!(<Grandpa as Get<u32>>::get(), MAX_AUTHORITIES);
	assert_eq!(<Validators as Get<u32>>::get(), MAX_AUTHORITIES);
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

#[test]
fn authority_set_rotates_at_session_boundaries() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let alice = Sr25519Keyring::Alice.to_account_id();
		let dave = Sr25519Keyring::Dave.to_account_id();
		let eve = Sr25519Keyring::Eve.to_account_id();
		let founders = [Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie];

		// Eve's node registers its keys; governance (sudo, for now) swaps Dave for Eve.
		let eve_keys = register_dev_session_keys(&eve, "//Eve");
		assert_eq!(eve_keys.aura, aura_key(Sr25519Keyring::Eve));
		assert_eq!(eve_keys.grandpa, grandpa_key(Ed25519Keyring::Eve));
		for call in [
			pallet_validator_set::Call::add_validator { who: eve.clone() },
			pallet_validator_set::Call::remove_validator { who: dave.clone() },
		] {
			assert_ok!(Sudo::sudo(
				RuntimeOrigin::signed(alice.clone()),
				Box::new(RuntimeCall::ValidatorSet(call))
			));
		}
		// Nothing changes before a session boundary.
		run_to_block(SESSION_PERIOD - 1);
		assert_eq!(Session::current_index(), 0);
		assert_eq!(aura_authorities().len(), 4);

		// Session 1 starts: the new set is queued, the old one still authors.
		run_to_block(SESSION_PERIOD);
		assert_eq!(Session::current_index(), 1);
		assert!(System::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::ValidatorSet(pallet_validator_set::Event::ValidatorSetPlanned {
				session_index: 2,
				count: 4
			})
		)));
		assert!(aura_authorities().contains(&aura_key(Sr25519Keyring::Dave)));
		let queued: Vec<AccountId> = Session::queued_keys().into_iter().map(|(v, _)| v).collect();
		assert!(queued.contains(&eve) && !queued.contains(&dave));

		// Session 2 starts: Aura authors with the new set, GRANDPA enacts it.
		run_to_block(2 * SESSION_PERIOD);
		assert_eq!(Session::current_index(), 2);
		let mut expected_aura: Vec<AuraId> = founders.map(aura_key).into();
		expected_aura.push(aura_key(Sr25519Keyring::Eve));
		assert_eq!(aura_authorities(), expected_aura);
		let grandpa = grandpa_authorities();
		assert!(grandpa.contains(&grandpa_key(Ed25519Keyring::Eve)));
		assert!(!grandpa.contains(&grandpa_key(Ed25519Keyring::Dave)));
		assert_eq!(Grandpa::current_set_id(), 1);
		// The block carries the GRANDPA scheduled-change log that the node's voter follows.
		let grandpa_log = System::digest().logs.iter().any(|log| {
			log.as_consensus()
				.is_some_and(|(id, _)| id == sp_consensus_grandpa::GRANDPA_ENGINE_ID)
		});
		assert!(grandpa_log, "no GRANDPA authority change log in the boundary block");
		assert_eq!(
			Session::validators(),
			[founders.map(|k| k.to_account_id()).to_vec(), vec![eve]].concat()
		);

		// An unchanged set is not re-planned: GRANDPA keeps its set id.
		run_to_block(4 * SESSION_PERIOD);
		assert_eq!(Grandpa::current_set_id(), 1);
	});
}

#[test]
fn validator_changes_need_governance() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let bob = Sr25519Keyring::Bob.to_account_id();
		let eve = Sr25519Keyring::Eve.to_account_id();
		register_dev_session_keys(&eve, "//Eve");
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::signed(bob.clone()), eve.clone()),
			sp_runtime::DispatchError::BadOrigin
		);
		// Sudo from a non-sudo account is refused too.
		assert_noop!(
			Sudo::sudo(
				RuntimeOrigin::signed(bob),
				Box::new(RuntimeCall::ValidatorSet(pallet_validator_set::Call::add_validator {
					who: eve
				}))
			),
			pallet_sudo::Error::<Runtime>::RequireSudo
		);
	});
}

#[test]
fn a_node_without_session_keys_cannot_become_validator() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let ferdie = Sr25519Keyring::Ferdie.to_account_id();
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::root(), ferdie),
			pallet_validator_set::Error::<Runtime>::NoSessionKeys
		);
	});
}
