//! Genesis presets: `development` (one validator) and `local_testnet` (four validators, one per
//! founding collective).

use crate::{
	configs::{AdvisoryTerm, ExecutiveTerm, MONTH},
	AccountId, AnonymityRingsConfig, BalancesConfig, BlockNumber, CollectiveRegistryConfig,
	CouncilsConfig, DigitalIdentityConfig, NodeIntegrationConfig, ProcurementCatalogueConfig,
	RuntimeGenesisConfig, SessionConfig, SessionKeys, DAYS, UNIT,
};
use alloc::{vec, vec::Vec};
use bmx_primitives::{
	governance::{Commission, ExecutiveSeat},
	procurement::CucopCode,
};
use frame_support::build_struct_json_patch;
use pallet_anonymity_rings::{ScopeKind, ScopeSettings};
use pallet_collective_registry::CollectiveKind;
use pallet_digital_identity::AttestationKind;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_core::hex2array;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// The `local_testnet` preset's name.
pub const LOCAL_TESTNET_RUNTIME_PRESET: &str = sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET;
/// The `development` preset's name.
pub const DEVELOPMENT_RUNTIME_PRESET: &str = sp_genesis_builder::DEV_RUNTIME_PRESET;

/// Balance given to every endowed development account: one million BMX.
pub const ENDOWMENT: crate::Balance = 1_000_000 * UNIT;
/// What each founding collective's treasury holds at genesis, to sponsor its nodes' and
/// projects' fees until the fees of the blocks its nodes author refill it.
pub const TREASURY_ENDOWMENT: crate::Balance = 10_000 * UNIT;

/// The well-known Ethereum development accounts (Alith, Baltathar, Charleth, Dorothy, Ethan: the
/// keys Moonbeam, Hardhat setups and `pallet-revive`'s tooling use), as addresses. Their
/// accounts here are `address ++ [0xEE; 12]`, which `pallet-revive` maps back to the address, so
/// MetaMask, Hardhat or Foundry with these keys spend these endowments. Development only.
pub const ETHEREUM_DEV_ADDRESSES: [[u8; 20]; 5] = [
	hex2array!("f24ff3a9cf04c71dbc94d0b566f7a27b94566cac"),
	hex2array!("3cd0a705a2dc65e5b1e1205896baa2be8a07c6e0"),
	hex2array!("798d4ba9baf0064ec19eb4f0a1a45785ae9d6dfc"),
	hex2array!("773539d4ac0e786233d90a233654ccee26a613d9"),
	hex2array!("ff64d3f6efe2317ee2807d223a0bdc4c0c49dfdb"),
];

/// The account of an Ethereum-key address: the address followed by twelve `0xEE` bytes.
pub fn ethereum_account(address: [u8; 20]) -> AccountId {
	let mut id = [0xEEu8; 32];
	for (byte, from) in id.iter_mut().zip(address) {
		*byte = from;
	}
	AccountId::from(id)
}

/// The endowed development accounts: the Substrate keyring's and the Ethereum ones.
pub fn dev_endowed_accounts() -> Vec<AccountId> {
	Sr25519Keyring::well_known()
		.chain([Sr25519Keyring::One, Sr25519Keyring::Two])
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

/// One founding collective of a test network: its sector, its name, and two members of distinct
/// institutions who lead it; the first also runs its node and sits on the node-integration
/// commission, the second on the projects commission.
pub struct FoundingCollective {
	/// The sector.
	pub kind: CollectiveKind,
	/// The collective's name.
	pub name: &'static str,
	/// The first leader: runs the collective's validator; node-integration commissioner.
	pub node: (GenesisValidator, &'static str),
	/// The second leader: projects commissioner.
	pub projects: (AccountId, &'static str),
}

/// The four founding collectives of the network: academia (Alice, Alice//stash), business (Bob,
/// Bob//stash), public sector (Charlie, Charlie//stash) and civil society (Dave, Dave//stash).
/// Institutions are examples for test networks.
pub fn founding_collectives() -> Vec<FoundingCollective> {
	use Sr25519Keyring as S;
	let collective =
		|kind, name, sr, ed, node_institution, stash: S, projects_institution| FoundingCollective {
			kind,
			name,
			node: (GenesisValidator::dev(sr, ed), node_institution),
			projects: (stash.to_account_id(), projects_institution),
		};
	vec![
		collective(
			CollectiveKind::Academia,
			"Academia",
			S::Alice,
			Ed25519Keyring::Alice,
			"UNAM",
			S::AliceStash,
			"IPN",
		),
		collective(
			CollectiveKind::Business,
			"Empresas",
			S::Bob,
			Ed25519Keyring::Bob,
			"CANIETI",
			S::BobStash,
			"COPARMEX",
		),
		collective(
			CollectiveKind::PublicSector,
			"Sector publico",
			S::Charlie,
			Ed25519Keyring::Charlie,
			"Agencia de Transformacion Digital",
			S::CharlieStash,
			"SAT",
		),
		collective(
			CollectiveKind::CivilSociety,
			"Sociedad civil",
			S::Dave,
			Ed25519Keyring::Dave,
			"Codeando Mexico",
			S::DaveStash,
			"Transparencia Mexicana",
		),
	]
}

/// The hash of the code of ethics in force at genesis (of its text, kept off chain).
pub const CODE_OF_ETHICS: [u8; 32] = *b"bmx-code-of-ethics-v1.0-2026----";

/// The Executive Secretary of test networks.
pub fn executive_secretary() -> AccountId {
	Sr25519Keyring::Eve.to_account_id()
}

/// The Advisory Council of test networks.
pub fn advisory_council() -> Vec<AccountId> {
	vec![
		Sr25519Keyring::Ferdie.to_account_id(),
		Sr25519Keyring::EveStash.to_account_id(),
		Sr25519Keyring::FerdieStash.to_account_id(),
	]
}

/// A sample of the Clasificador Único de las Contrataciones Públicas for test networks: one key
/// per expense item the examples and tests buy. A live network loads the published classifier
/// through the catalogue's origin.
pub const CUCOP_SAMPLE: [(u32, &str); 6] = [
	(21101001, "Materiales y útiles de oficina"),
	(25401001, "Guantes de nitrilo desechables"),
	(33901001, "Subcontratación de servicios con terceros"),
	(35101001, "Conservación y mantenimiento menor de inmuebles"),
	(35301001, "Mantenimiento de equipo de cómputo y tecnologías de la información"),
	(51501001, "Equipo de cómputo y de tecnologías de la información"),
];

/// The founding credential types, ids 0 to 11 in this order (`configs::registries::credentials`
/// names each id).
pub const CREDENTIAL_TYPES: [&str; 12] = [
	"certified tender evaluator",
	"field verifier",
	"warehouse officer",
	"notary public",
	"RUCAM authority",
	"public registry of property and commerce authority",
	"ordering authority (court or administrative)",
	"cadastral authority",
	"subsidy program agency",
	"procurement oversight official",
	"social witness",
	"electoral official",
];

/// The registrars of test networks: RENAPO (`//One`) verifies persons; SAT (`//Two`) verifies
/// organisations and binds e.firma certificates; the Secretaria Anticorrupcion y Buen Gobierno
/// (Ferdie) issues the founding credential types.
pub fn founding_registrars() -> Vec<(AccountId, &'static str, Vec<AttestationKind>)> {
	vec![
		(Sr25519Keyring::One.to_account_id(), "RENAPO", vec![AttestationKind::Person]),
		(
			Sr25519Keyring::Two.to_account_id(),
			"SAT",
			vec![AttestationKind::Organisation, AttestationKind::Efirma],
		),
		(
			Sr25519Keyring::Ferdie.to_account_id(),
			"Secretaria Anticorrupcion y Buen Gobierno",
			(0..CREDENTIAL_TYPES.len() as u32).map(AttestationKind::Credential).collect(),
		),
	]
}

/// The founding seats with staggered first terms, so that no two end in one block: the first
/// seat serves `first_term`, each next one a month less than the previous one.
fn staggered<Seat>(
	seats: Vec<(Seat, AccountId)>,
	first_term: BlockNumber,
) -> Vec<(Seat, AccountId, Option<BlockNumber>)> {
	seats
		.into_iter()
		.enumerate()
		.map(|(k, (seat, who))| {
			(seat, who, Some(first_term.saturating_sub(MONTH.saturating_mul(k as u32))))
		})
		.collect()
}

/// Build a genesis patch: the founding collectives with their leaders, councils and members,
/// `validators` of them (indices into `founding_collectives()`) running nodes, the fewest
/// validators the set may have, and endowed accounts. There is no sudo key: Root is the
/// councils' (see `configs::governance::root`).
pub fn bmx_genesis(
	node_collectives: Vec<usize>,
	min_validators: u32,
	endowed_accounts: Vec<AccountId>,
) -> Value {
	let founding = founding_collectives();
	let mut members = Vec::new();
	let mut leaders = Vec::new();
	let mut executive = vec![(ExecutiveSeat::Secretary, executive_secretary())];
	for (id, c) in founding.iter().enumerate() {
		let id = id as u32;
		let node = c.node.0.account.clone();
		let projects = c.projects.0.clone();
		members.push((node.clone(), id, c.node.1.as_bytes().to_vec()));
		members.push((projects.clone(), id, c.projects.1.as_bytes().to_vec()));
		leaders.push((id, node.clone()));
		leaders.push((id, projects.clone()));
		executive.push((ExecutiveSeat::Commissioner(Commission::NodeIntegration, id), node));
		executive.push((ExecutiveSeat::Commissioner(Commission::Projects, id), projects));
	}
	let validators: Vec<(u32, &GenesisValidator)> = node_collectives
		.iter()
		.filter_map(|&i| founding.get(i).map(|c| (i as u32, &c.node.0)))
		.collect();
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed_accounts
				.iter()
				.cloned()
				.map(|k| (k, ENDOWMENT))
				.chain((0..founding.len() as u32).map(|id| {
					(
						pallet_collective_capital::Pallet::<crate::Runtime>::treasury(id),
						TREASURY_ENDOWMENT,
					)
				}))
				.collect::<Vec<_>>(),
		},
		collective_registry: CollectiveRegistryConfig {
			code_of_ethics: Some(CODE_OF_ETHICS.into()),
			collectives: founding
				.iter()
				.map(|c| (c.name.as_bytes().to_vec(), c.kind))
				.collect::<Vec<_>>(),
			members,
			leaders,
		},
		councils: CouncilsConfig {
			executive: staggered(executive, ExecutiveTerm::get()),
			advisors: staggered(
				advisory_council().into_iter().map(|a| ((), a)).collect(),
				AdvisoryTerm::get().saturating_sub(DAYS * 15),
			)
			.into_iter()
			.map(|((), who, term)| (who, term))
			.collect::<Vec<_>>(),
		},
		node_integration: NodeIntegrationConfig {
			validators: validators
				.iter()
				.map(|(id, v)| (v.account.clone(), *id))
				.collect::<Vec<_>>(),
			min_validators,
		},
		procurement_catalogue: ProcurementCatalogueConfig {
			codes: CUCOP_SAMPLE
				.iter()
				.map(|(code, name)| (CucopCode(*code), name.as_bytes().to_vec()))
				.collect::<Vec<_>>(),
		},
		digital_identity: DigitalIdentityConfig {
			credential_types: CREDENTIAL_TYPES
				.iter()
				.map(|name| name.as_bytes().to_vec())
				.collect::<Vec<_>>(),
			registrars: founding_registrars()
				.into_iter()
				.map(|(who, name, kinds)| (who, name.as_bytes().to_vec(), kinds))
				.collect::<Vec<_>>(),
		},
		// Test chains have a handful of persons: their rings (residents', the evaluators'
		// roster's, the former evaluators' and the panels') join keys one by one and answer for
		// proofs from one member. A production genesis keeps the runtime's defaults (residents:
		// batches of 128, rings of at least 128; the roster and the former evaluators: cohorts
		// of 10, rings of 20; panels: at least 20).
		anonymity_rings: AnonymityRingsConfig {
			scope_settings: [
				ScopeKind::Municipality,
				ScopeKind::State,
				ScopeKind::National,
				ScopeKind::Evaluators,
				ScopeKind::Panel,
				ScopeKind::FormerEvaluators,
			]
			.into_iter()
			.map(|kind| (kind, ScopeSettings { onboarding_size: 1, min_ring_size: 1 }))
			.collect::<Vec<_>>(),
		},
		session: SessionConfig {
			keys: validators
				.iter()
				.map(|(_, v)| {
					(
						v.account.clone(),
						v.account.clone(),
						SessionKeys { aura: v.aura.clone(), grandpa: v.grandpa.clone() },
					)
				})
				.collect::<Vec<_>>(),
		},
	})
}

/// The `development` preset: Alice (academia) validates alone (the minimum is one); the founding collectives and
/// councils are those of `local_testnet`; the well-known accounts are endowed.
pub fn development_config_genesis() -> Value {
	bmx_genesis(vec![0], 1, dev_endowed_accounts())
}

/// The fewest validators a network of several institutions may run on: with four, GRANDPA
/// still finalizes when one is down.
pub const LOCAL_MIN_VALIDATORS: u32 = 4;

/// The `local_testnet` preset: four validators, one per founding collective, never fewer.
pub fn local_testnet_genesis() -> Value {
	bmx_genesis(
		(0..founding_collectives().len()).collect(),
		LOCAL_MIN_VALIDATORS,
		dev_endowed_accounts(),
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
