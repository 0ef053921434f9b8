//! Genesis presets: `development` (one validator) and `local_testnet` (four validators, one per
//! founding collective), and [`bmx_genesis`], which builds the genesis of any network from its
//! [`NetworkGenesis`]: `bmx-node network-spec` makes a real network's from its founders' JSON
//! file of public keys, with no development account in it.

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
pub use pallet_collective_registry::CollectiveKind;
pub use pallet_digital_identity::AttestationKind;
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

/// A leader of a founding collective: its account and the institution it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundingLeader {
	/// The leader's account.
	pub account: AccountId,
	/// The institution it comes from (UTF-8).
	pub institution: Vec<u8>,
}

/// The session keys a genesis validator's node signs with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NodeKeys {
	/// Aura block-authoring key.
	pub aura: AuraId,
	/// GRANDPA finality key.
	pub grandpa: GrandpaId,
}

impl NodeKeys {
	/// The well-known development keys of a keyring seed (`//Alice`, `//Bob`, ...).
	pub fn dev(sr: Sr25519Keyring, ed: Ed25519Keyring) -> Self {
		Self { aura: sr.public().into(), grandpa: ed.public().into() }
	}
}

/// One founding collective: its sector, its name, and two members of distinct institutions who
/// lead it; the first also runs its node and sits on the node-integration commission, the
/// second on the projects commission.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundingCollective {
	/// The sector.
	pub kind: CollectiveKind,
	/// The collective's name (UTF-8).
	pub name: Vec<u8>,
	/// The first leader: runs the collective's node; node-integration commissioner. Its account
	/// is the validator's (stash and controller are the same account).
	pub node: FoundingLeader,
	/// The session keys of the first leader's node when it validates from genesis; `None` when
	/// the collective's node joins later through node integration.
	pub node_keys: Option<NodeKeys>,
	/// The second leader: projects commissioner.
	pub projects: FoundingLeader,
}

/// Everything a network's genesis holds besides the runtime's own constants: the founding
/// collectives and their leaders, the first councils, the registrars, the validators, the
/// endowed accounts and the classifier's first codes. Test networks take [`test_network`]; a
/// real network's comes from its founders' JSON file of public keys (`bmx-node network-spec`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NetworkGenesis {
	/// The founding collectives, ids 0, 1, ... in this order.
	pub collectives: Vec<FoundingCollective>,
	/// The fewest validators the set may have.
	pub min_validators: u32,
	/// The hash of the code of ethics in force at genesis (of its text, kept off chain).
	pub code_of_ethics: [u8; 32],
	/// The Executive Secretary.
	pub executive_secretary: AccountId,
	/// The Advisory Council.
	pub advisory_council: Vec<AccountId>,
	/// The registrars: account, name (UTF-8) and what each attests.
	pub registrars: Vec<(AccountId, Vec<u8>, Vec<AttestationKind>)>,
	/// Accounts with a balance at genesis.
	pub endowed: Vec<(AccountId, crate::Balance)>,
	/// What each founding collective's treasury holds at genesis.
	pub treasury_endowment: crate::Balance,
	/// The Clasificador Único de las Contrataciones Públicas' first codes: code and name.
	pub cucop: Vec<(u32, Vec<u8>)>,
	/// Anonymity scope settings that replace the runtime's defaults (test networks: rings of
	/// one member).
	pub ring_settings: Vec<(ScopeKind, ScopeSettings)>,
}

/// The four founding collectives of test networks: academia (Alice, Alice//stash), business
/// (Bob, Bob//stash), public sector (Charlie, Charlie//stash) and civil society (Dave,
/// Dave//stash). The nodes of those in `validating` (indices) validate from genesis with the
/// well-known keys. Institutions are examples.
pub fn founding_collectives(validating: &[usize]) -> Vec<FoundingCollective> {
	use Sr25519Keyring as S;
	let leader = |who: S, institution: &str| FoundingLeader {
		account: who.to_account_id(),
		institution: institution.as_bytes().to_vec(),
	};
	[
		(
			CollectiveKind::Academia,
			"Academia",
			S::Alice,
			Ed25519Keyring::Alice,
			"UNAM",
			S::AliceStash,
			"IPN",
		),
		(
			CollectiveKind::Business,
			"Empresas",
			S::Bob,
			Ed25519Keyring::Bob,
			"CANIETI",
			S::BobStash,
			"COPARMEX",
		),
		(
			CollectiveKind::PublicSector,
			"Sector publico",
			S::Charlie,
			Ed25519Keyring::Charlie,
			"Agencia de Transformacion Digital",
			S::CharlieStash,
			"SAT",
		),
		(
			CollectiveKind::CivilSociety,
			"Sociedad civil",
			S::Dave,
			Ed25519Keyring::Dave,
			"Codeando Mexico",
			S::DaveStash,
			"Transparencia Mexicana",
		),
	]
	.into_iter()
	.enumerate()
	.map(|(i, (kind, name, sr, ed, node_institution, stash, projects_institution))| {
		FoundingCollective {
			kind,
			name: name.as_bytes().to_vec(),
			node: leader(sr, node_institution),
			node_keys: validating.contains(&i).then(|| NodeKeys::dev(sr, ed)),
			projects: leader(stash, projects_institution),
		}
	})
	.collect()
}

/// The hash of the code of ethics of test networks (of its text, kept off chain).
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

/// The network of the test presets: the four [`founding_collectives`], those in `validating`
/// running validators from genesis, at least `min_validators`; the test Executive Secretary,
/// Advisory Council and registrars; the well-known accounts endowed; the [`CUCOP_SAMPLE`]; and
/// rings that answer for one member (test chains have a handful of persons).
pub fn test_network(validating: &[usize], min_validators: u32) -> NetworkGenesis {
	NetworkGenesis {
		collectives: founding_collectives(validating),
		min_validators,
		code_of_ethics: CODE_OF_ETHICS,
		executive_secretary: executive_secretary(),
		advisory_council: advisory_council(),
		registrars: founding_registrars()
			.into_iter()
			.map(|(who, name, kinds)| (who, name.as_bytes().to_vec(), kinds))
			.collect(),
		endowed: dev_endowed_accounts().into_iter().map(|who| (who, ENDOWMENT)).collect(),
		treasury_endowment: TREASURY_ENDOWMENT,
		cucop: CUCOP_SAMPLE
			.iter()
			.map(|(code, name)| (*code, name.as_bytes().to_vec()))
			.collect(),
		// The residents', the evaluators' roster's, the former evaluators' and the panels'
		// rings join keys one by one and answer for proofs from one member. A production
		// genesis keeps the runtime's defaults (residents: batches of 128, rings of at least
		// 128; the roster and the former evaluators: cohorts of 10, rings of 20; panels: at
		// least 20).
		ring_settings: [
			ScopeKind::Municipality,
			ScopeKind::State,
			ScopeKind::National,
			ScopeKind::Evaluators,
			ScopeKind::Panel,
			ScopeKind::FormerEvaluators,
		]
		.into_iter()
		.map(|kind| (kind, ScopeSettings { onboarding_size: 1, min_ring_size: 1 }))
		.collect(),
	}
}

/// Build the genesis patch of `network`. There is no sudo key: Root is the councils' (see
/// `configs::governance::root`).
pub fn bmx_genesis(network: &NetworkGenesis) -> Value {
	let founding = &network.collectives;
	let mut members = Vec::new();
	let mut leaders = Vec::new();
	let mut executive = vec![(ExecutiveSeat::Secretary, network.executive_secretary.clone())];
	for (id, c) in founding.iter().enumerate() {
		let id = id as u32;
		let node = c.node.account.clone();
		let projects = c.projects.account.clone();
		members.push((node.clone(), id, c.node.institution.clone()));
		members.push((projects.clone(), id, c.projects.institution.clone()));
		leaders.push((id, node.clone()));
		leaders.push((id, projects.clone()));
		executive.push((ExecutiveSeat::Commissioner(Commission::NodeIntegration, id), node));
		executive.push((ExecutiveSeat::Commissioner(Commission::Projects, id), projects));
	}
	let validators: Vec<(u32, &AccountId, &NodeKeys)> = founding
		.iter()
		.enumerate()
		.filter_map(|(i, c)| c.node_keys.as_ref().map(|keys| (i as u32, &c.node.account, keys)))
		.collect();
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: network
				.endowed
				.iter()
				.cloned()
				.chain((0..founding.len() as u32).map(|id| {
					(
						pallet_collective_capital::Pallet::<crate::Runtime>::treasury(id),
						network.treasury_endowment,
					)
				}))
				.collect::<Vec<_>>(),
		},
		collective_registry: CollectiveRegistryConfig {
			code_of_ethics: Some(network.code_of_ethics.into()),
			collectives: founding.iter().map(|c| (c.name.clone(), c.kind)).collect::<Vec<_>>(),
			members,
			leaders,
		},
		councils: CouncilsConfig {
			executive: staggered(executive, ExecutiveTerm::get()),
			advisors: staggered(
				network.advisory_council.iter().map(|a| ((), a.clone())).collect(),
				AdvisoryTerm::get().saturating_sub(DAYS * 15),
			)
			.into_iter()
			.map(|((), who, term)| (who, term))
			.collect::<Vec<_>>(),
		},
		node_integration: NodeIntegrationConfig {
			validators: validators
				.iter()
				.map(|(id, account, _)| ((*account).clone(), *id))
				.collect::<Vec<_>>(),
			min_validators: network.min_validators,
		},
		procurement_catalogue: ProcurementCatalogueConfig {
			codes: network
				.cucop
				.iter()
				.map(|(code, name)| (CucopCode(*code), name.clone()))
				.collect::<Vec<_>>(),
		},
		digital_identity: DigitalIdentityConfig {
			credential_types: CREDENTIAL_TYPES
				.iter()
				.map(|name| name.as_bytes().to_vec())
				.collect::<Vec<_>>(),
			registrars: network.registrars.clone(),
		},
		anonymity_rings: AnonymityRingsConfig { scope_settings: network.ring_settings.clone() },
		session: SessionConfig {
			keys: validators
				.iter()
				.map(|(_, account, keys)| {
					(
						(*account).clone(),
						(*account).clone(),
						SessionKeys { aura: keys.aura.clone(), grandpa: keys.grandpa.clone() },
					)
				})
				.collect::<Vec<_>>(),
		},
	})
}

/// The `development` preset: Alice (academia) validates alone (the minimum is one); the
/// founding collectives and councils are those of `local_testnet`; the well-known accounts are
/// endowed.
pub fn development_config_genesis() -> Value {
	bmx_genesis(&test_network(&[0], 1))
}

/// The fewest validators a network of several institutions may run on: with four, GRANDPA
/// still finalizes when one is down.
pub const LOCAL_MIN_VALIDATORS: u32 = 4;

/// The `local_testnet` preset: four validators, one per founding collective, never fewer.
pub fn local_testnet_genesis() -> Value {
	bmx_genesis(&test_network(&[0, 1, 2, 3], LOCAL_MIN_VALIDATORS))
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
