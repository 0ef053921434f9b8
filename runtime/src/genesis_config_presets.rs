//! Genesis presets: `development` (one validator) and `local_testnet` (four validators, one per
//! founding collective).

use crate::{
	AccountId, BalancesConfig, RuntimeGenesisConfig, SessionConfig, SessionKeys, SudoConfig,
	ValidatorSetConfig, UNIT,
};
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// The `local_testnet` preset's name.
pub const LOCAL_TESTNET_RUNTIME_PRESET: &str = sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET;
/// The `development` preset's name.
pub const DEVELOPMENT_RUNTIME_PRESET: &str = sp_genesis_builder::DEV_RUNTIME_PRESET;

/// Balance given to every endowed development account: one million BMX.
pub const ENDOWMENT: crate::Balance = 1_000_000 * UNIT;

/// The well-known Ethereum development accounts (Alith, Baltathar, Charleth, Dorothy, Ethan: the
/// keys Moonbeam, Hardhat setups and `pallet-revive`'s tooling use), as addresses. Their
/// accounts here are `address ++ [0xEE; 12]`, which `pallet-revive` maps back to the address, so
/// MetaMask, Hardhat or Foundry with these keys spend these endowments. Development only.
pub const ETHEREUM_DEV_ADDRESSES: [[u8; 20]; 5] = [
	hex_literal(b"f24ff3a9cf04c71dbc94d0b566f7a27b94566cac"),
	hex_literal(b"3cd0a705a2dc65e5b1e1205896baa2be8a07c6e0"),
	hex_literal(b"798d4ba9baf0064ec19eb4f0a1a45785ae9d6dfc"),
	hex_literal(b"773539d4ac0e786233d90a233654ccee26a613d9"),
	hex_literal(b"ff64d3f6efe2317ee2807d223a0bdc4c0c49dfdb"),
];

/// Parse 40 hex digits at compile time.
const fn hex_literal(hex: &[u8; 40]) -> [u8; 20] {
	const fn nibble(c: u8) -> u8 {
		match c {
			b'0'..=b'9' => c - b'0',
			b'a'..=b'f' => c - b'a' + 10,
			_ => panic!("lowercase hex digits only"),
		}
	}
	let mut out = [0u8; 20];
	let mut i = 0;
	while i < 20 {
		out[i] = nibble(hex[2 * i]) << 4 | nibble(hex[2 * i + 1]);
		i += 1;
	}
	out
}

/// The account of an Ethereum-key address: the address followed by twelve `0xEE` bytes.
pub fn ethereum_account(address: [u8; 20]) -> AccountId {
	let mut id = [0xEEu8; 32];
	id[..20].copy_from_slice(&address);
	AccountId::from(id)
}

/// The endowed development accounts: the Substrate keyring's and the Ethereum ones.
pub fn dev_endowed_accounts() -> Vec<AccountId> {
	Sr25519Keyring::well_known()
		.map(|k| k.to_account_id())
		.chain(ETHEREUM_DEV_ADDRESSES.into_iter().map(ethereum_account))
		.collect()
}

/// A genesis validator: its account and its session keys.
pub struct GenesisValidator {
	/// The validator's account (stash and controller are the same account).
	pub account: AccountId,
	/// Aura block-authoring key.
	pub aura: AuraId,
	/// GRANDPA finality key.
	pub grandpa: GrandpaId,
}

impl GenesisValidator {
	/// The well-known development validator of a keyring seed (`//Alice`, `//Bob`, ...).
	pub fn dev(sr: Sr25519Keyring, ed: Ed25519Keyring) -> Self {
		Self { account: sr.to_account_id(), aura: sr.public().into(), grandpa: ed.public().into() }
	}
}

/// The four founding collectives of the network, each running one validator in `local_testnet`:
/// Alice (academia), Bob (business), Charlie (public sector), Dave (civil society).
pub fn founding_collective_validators() -> Vec<(&'static str, GenesisValidator)> {
	vec![
		("academia", GenesisValidator::dev(Sr25519Keyring::Alice, Ed25519Keyring::Alice)),
		("business", GenesisValidator::dev(Sr25519Keyring::Bob, Ed25519Keyring::Bob)),
		("public-sector", GenesisValidator::dev(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie)),
		("civil-society", GenesisValidator::dev(Sr25519Keyring::Dave, Ed25519Keyring::Dave)),
	]
}

/// Build a genesis patch from validators, endowed accounts and the bootstrap sudo key.
pub fn bmx_genesis(
	validators: Vec<GenesisValidator>,
	endowed_accounts: Vec<AccountId>,
	root: AccountId,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed_accounts.iter().cloned().map(|k| (k, ENDOWMENT)).collect::<Vec<_>>(),
		},
		validator_set: ValidatorSetConfig {
			initial_validators: validators.iter().map(|v| v.account.clone()).collect::<Vec<_>>(),
		},
		session: SessionConfig {
			keys: validators
				.into_iter()
				.map(|v| {
					(v.account.clone(), v.account, SessionKeys { aura: v.aura, grandpa: v.grandpa })
				})
				.collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: Some(root) },
	})
}

/// The `development` preset: Alice validates alone; the well-known accounts are endowed.
pub fn development_config_genesis() -> Value {
	bmx_genesis(
		vec![GenesisValidator::dev(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		dev_endowed_accounts(),
		Sr25519Keyring::Alice.to_account_id(),
	)
}

/// The `local_testnet` preset: four validators, one per founding collective.
pub fn local_testnet_genesis() -> Value {
	bmx_genesis(
		founding_collective_validators().into_iter().map(|(_, v)| v).collect(),
		dev_endowed_accounts(),
		Sr25519Keyring::Alice.to_account_id(),
	)
}

/// Provides the JSON representation of a predefined genesis config for a given `id`.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEVELOPMENT_RUNTIME_PRESET => development_config_genesis(),
		LOCAL_TESTNET_RUNTIME_PRESET => local_testnet_genesis(),
		_ => return None,
	};
	Some(
		serde_json::to_string(&patch)
			.expect("serialization to json is expected to work; qed")
			.into_bytes(),
	)
}

/// The names of the presets this runtime provides.
pub fn preset_names() -> Vec<PresetId> {
	vec![PresetId::from(DEVELOPMENT_RUNTIME_PRESET), PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET)]
}
