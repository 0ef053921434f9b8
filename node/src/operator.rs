//! The operator's path to a real network: `bmx-node validator-keys` makes a validator's node
//! key and session keys (the secrets stay in files only the operator can read, and only the
//! public parts are printed), and `bmx-node network-spec` builds the chain spec of a network
//! from its founders' JSON file of public keys, with no development account in it.
//!
//! The founders' file, `camelCase` JSON (see `docs/operators.md` for a complete example):
//! `name`, `id`, `chainType` (`Live` by default), `bootNodes` (multiaddresses with a peer id),
//! `codeOfEthics` (the 0x hash of its text), `minValidators`, `collectives` (each with `kind`,
//! `name`, a `nodeLeader` and a `projectsLeader` as `{ account, institution }`, and the
//! `nodeKeys` `{ aura, grandpa }` that `validator-keys` printed when the node validates from
//! genesis), `executiveSecretary`, `advisoryCouncil`, `registrars` (`{ account, name, attests }`),
//! and optionally `endowed` (`{ account, bmx }`), `treasuryBmx` and `cucop` (`{ code, name }`).
//! Accounts and keys are SS58 addresses (any prefix).

use std::{
	collections::BTreeSet,
	fs,
	io::Write,
	path::{Path, PathBuf},
	str::FromStr,
};

use bmx_runtime::{
	genesis_config_presets::{
		bmx_genesis, AttestationKind, CollectiveKind, FoundingCollective, FoundingLeader,
		NetworkGenesis, NodeKeys, TREASURY_ENDOWMENT,
	},
	AccountId, Balance, UNIT,
};
use codec::Encode;
use sc_network::config::MultiaddrWithPeerId;
use sc_service::ChainType;
use serde::Deserialize;
use sp_core::{
	crypto::{key_types, Ss58Codec},
	ed25519,
	hexdisplay::HexDisplay,
	sr25519, H256,
};
use sp_keystore::Keystore;

use crate::chain_spec::{chain_properties, wasm_binary, ChainSpec};

/// `bmx-node validator-keys`: a validator's keys, made on the machine that will run it.
#[derive(Debug, Clone, clap::Parser)]
pub struct ValidatorKeysCmd {
	/// A new folder for the keys (created with mode 0700; refused if it exists): `node-key`
	/// (the libp2p secret, for `--node-key-file`) and `keystore/` (the session keys' secrets,
	/// for `--keystore-path`), each file mode 0600.
	#[arg(long)]
	pub out: PathBuf,
	/// The account (SS58) that will register the keys with `session.setKeys`: the keys then
	/// also sign it, and `ownershipProof` is printed, the call's `proof` argument. Not needed
	/// for a founding validator, whose keys the genesis sets.
	#[arg(long)]
	pub owner: Option<String>,
}

/// What `validator-keys` prints: the public parts only.
#[derive(Debug, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ValidatorPublicKeys {
	/// The node's libp2p peer id (for the network's boot nodes and reserved peers).
	pub peer_id: String,
	/// The Aura key (SS58), for the founders' file's `nodeKeys.aura` or `session.setKeys`.
	pub aura: String,
	/// The GRANDPA key (SS58), for `nodeKeys.grandpa` or `session.setKeys`.
	pub grandpa: String,
	/// `session.setKeys`' `keys` argument: the two public keys, SCALE-encoded (0x hex).
	pub session_keys: String,
	/// With `--owner`: `session.setKeys`' `proof` argument (0x hex), each key's signature of
	/// the owner's account, which `pallet-session` checks.
	#[serde(skip_serializing_if = "Option::is_none")]
	pub ownership_proof: Option<String>,
	/// Where the secrets are.
	pub node_key_file: PathBuf,
	/// The keystore folder.
	pub keystore_path: PathBuf,
}

impl ValidatorKeysCmd {
	/// Makes the keys and prints their public parts as JSON.
	pub fn run(&self) -> sc_cli::Result<()> {
		let owner = self
			.owner
			.as_deref()
			.map(|owner| {
				AccountId::from_ss58check(owner)
					.map_err(|e| format!("--owner {owner} is not an SS58 account: {e:?}"))
			})
			.transpose()?;
		let keys = make_validator_keys(&self.out, owner.as_ref())?;
		println!("{}", serde_json::to_string_pretty(&keys).map_err(|e| e.to_string())?);
		Ok(())
	}
}

/// Makes a validator's keys in the new folder `out`, and the proof that they belong to `owner`
/// when given.
pub fn make_validator_keys(
	out: &Path,
	owner: Option<&AccountId>,
) -> Result<ValidatorPublicKeys, String> {
	if out.exists() {
		return Err(format!(
			"{} exists: validator-keys writes only into a new folder, never over keys",
			out.display()
		));
	}
	create_private_dir(out)?;
	let keystore_path = out.join("keystore");
	create_private_dir(&keystore_path)?;

	let node_key = sc_network_types::ed25519::Keypair::generate();
	let node_key_file = out.join("node-key");
	write_private(&node_key_file, &HexDisplay::from(&node_key.secret().to_bytes()).to_string())?;
	let peer_id = node_key.public().to_peer_id().to_base58();

	// The keystore writes each secret phrase into a file of its own, mode 0600.
	let keystore = std::sync::Arc::new(
		sc_keystore::LocalKeystore::open(&keystore_path, None)
			.map_err(|e| format!("cannot open the keystore {}: {e}", keystore_path.display()))?,
	);
	let aura = keystore
		.sr25519_generate_new(key_types::AURA, None)
		.map_err(|e| format!("cannot make the Aura key: {e}"))?;
	let grandpa = keystore
		.ed25519_generate_new(key_types::GRANDPA, None)
		.map_err(|e| format!("cannot make the GRANDPA key: {e}"))?;
	let session_keys = bmx_runtime::SessionKeys { aura: aura.into(), grandpa: grandpa.into() };
	// The proof `pallet-session` checks: each key signs the owner's encoded account id, as
	// `author_rotateKeysWithOwner` does, through the keystore as the runtime's host functions
	// see it.
	let ownership_proof = owner
		.map(|owner| {
			let mut ext = sp_io::TestExternalities::default();
			ext.register_extension(sp_keystore::KeystoreExt::new(keystore.clone()));
			ext.execute_with(|| session_keys.clone().create_ownership_proof(&owner.encode()))
				.map(|proof| format!("0x{}", HexDisplay::from(&proof.encode())))
				.map_err(|()| "the keystore cannot sign with the keys it just made".to_string())
		})
		.transpose()?;
	Ok(ValidatorPublicKeys {
		peer_id,
		aura: aura.to_ss58check(),
		grandpa: grandpa.to_ss58check(),
		session_keys: format!("0x{}", HexDisplay::from(&session_keys.encode())),
		ownership_proof,
		node_key_file,
		keystore_path,
	})
}

fn create_private_dir(path: &Path) -> Result<(), String> {
	use std::os::unix::fs::DirBuilderExt;
	fs::DirBuilder::new()
		.mode(0o700)
		.create(path)
		.map_err(|e| format!("cannot create {}: {e}", path.display()))
}

fn write_private(path: &Path, contents: &str) -> Result<(), String> {
	use std::os::unix::fs::OpenOptionsExt;
	fs::OpenOptions::new()
		.write(true)
		.create_new(true)
		.mode(0o600)
		.open(path)
		.and_then(|mut file| file.write_all(contents.as_bytes()))
		.map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// `bmx-node network-spec`: the chain spec of a real network from its founders' file.
#[derive(Debug, Clone, clap::Parser)]
pub struct NetworkSpecCmd {
	/// The founders' file: JSON of public keys (see `docs/operators.md`).
	#[arg(long)]
	pub founders: PathBuf,
	/// Where to write the spec (default: standard output).
	#[arg(long)]
	pub output: Option<PathBuf>,
	/// Write the raw spec (the genesis storage itself): the one every node of the network
	/// starts from, so that all of them build the same genesis block.
	#[arg(long)]
	pub raw: bool,
}

impl NetworkSpecCmd {
	/// Builds the spec, checks that its genesis builds, and writes it.
	pub fn run(&self) -> sc_cli::Result<()> {
		let text = fs::read_to_string(&self.founders)
			.map_err(|e| format!("cannot read {}: {e}", self.founders.display()))?;
		let founders: Founders =
			serde_json::from_str(&text).map_err(|e| format!("{}: {e}", self.founders.display()))?;
		let spec =
			founders.chain_spec().map_err(|e| format!("{}: {e}", self.founders.display()))?;
		let json = sc_service::ChainSpec::as_json(&spec, self.raw)?;
		match &self.output {
			Some(path) => fs::write(path, json)
				.map_err(|e| format!("cannot write {}: {e}", path.display()))?,
			None => println!("{json}"),
		}
		Ok(())
	}
}

/// The founders' file.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Founders {
	/// The network's name, as wallets show it.
	pub name: String,
	/// The network's id: the folder its nodes keep its data in.
	pub id: String,
	/// `Live` (default), `Local` or `Development`.
	#[serde(default = "live")]
	pub chain_type: ChainType,
	/// The boot nodes: `/dns/host/tcp/30333/p2p/<peer id>` and the like.
	#[serde(default)]
	pub boot_nodes: Vec<String>,
	/// The hash of the code of ethics in force at genesis.
	pub code_of_ethics: H256,
	/// The fewest validators the set may have.
	pub min_validators: u32,
	/// The founding collectives.
	pub collectives: Vec<FounderCollective>,
	/// The Executive Secretary.
	pub executive_secretary: Address,
	/// The Advisory Council.
	pub advisory_council: Vec<Address>,
	/// The registrars.
	pub registrars: Vec<Registrar>,
	/// Accounts with a balance at genesis.
	#[serde(default)]
	pub endowed: Vec<Endowment>,
	/// What each founding collective's treasury holds at genesis, in whole BMX (default: the
	/// test networks' 10,000).
	#[serde(default)]
	pub treasury_bmx: Option<u64>,
	/// The classifier's first codes.
	#[serde(default)]
	pub cucop: Vec<CucopEntry>,
}

fn live() -> ChainType {
	ChainType::Live
}

/// A founding collective in the founders' file.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FounderCollective {
	/// `Academia`, `Business`, `PublicSector` or `CivilSociety`.
	pub kind: CollectiveKind,
	/// Its name.
	pub name: String,
	/// The leader who runs its node.
	pub node_leader: Leader,
	/// The node's session keys, when it validates from genesis.
	#[serde(default)]
	pub node_keys: Option<SessionPublicKeys>,
	/// The leader on the projects commission.
	pub projects_leader: Leader,
}

/// A leader: account and institution.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Leader {
	/// The leader's account.
	pub account: Address,
	/// The institution it comes from.
	pub institution: String,
}

/// A node's session keys (SS58).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SessionPublicKeys {
	/// The Aura key (sr25519).
	pub aura: String,
	/// The GRANDPA key (ed25519).
	pub grandpa: String,
}

/// A registrar.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Registrar {
	/// Its account.
	pub account: Address,
	/// Its name (RENAPO, SAT, ...).
	pub name: String,
	/// What it attests: `"Person"`, `"Organisation"`, `"Efirma"`, `{ "Credential": id }`.
	pub attests: Vec<AttestationKind>,
}

/// An endowed account.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Endowment {
	/// The account.
	pub account: Address,
	/// Its balance in whole BMX.
	pub bmx: u64,
}

/// A classifier code.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CucopEntry {
	/// The eight-digit key.
	pub code: u32,
	/// Its name.
	pub name: String,
}

/// An SS58 address (any prefix).
#[derive(Debug, Clone)]
pub struct Address(pub AccountId);

impl<'de> Deserialize<'de> for Address {
	fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
		let text = String::deserialize(deserializer)?;
		AccountId::from_ss58check_with_version(&text)
			.map(|(account, _)| Self(account))
			.map_err(|e| serde::de::Error::custom(format!("{text} is not an SS58 address: {e:?}")))
	}
}

fn bmx(whole: u64, what: &str) -> Result<Balance, String> {
	Balance::from(whole)
		.checked_mul(UNIT)
		.ok_or_else(|| format!("{what}: {whole} BMX is more than a balance holds"))
}

impl Founders {
	/// The network's genesis, checked for what the runtime would refuse or a network could not
	/// survive.
	pub fn network(&self) -> Result<NetworkGenesis, String> {
		let mut collectives = Vec::new();
		let mut validators = 0u32;
		let mut session_keys = BTreeSet::new();
		for (i, c) in self.collectives.iter().enumerate() {
			let what = format!("collectives[{i}] ({})", c.name);
			if c.node_leader.account.0 == c.projects_leader.account.0 {
				return Err(format!("{what}: its two leaders are one account"));
			}
			let node_keys = match &c.node_keys {
				Some(keys) => {
					let aura = sr25519::Public::from_ss58check_with_version(&keys.aura)
						.map_err(|e| format!("{what}: nodeKeys.aura: {e:?}"))?
						.0;
					let grandpa = ed25519::Public::from_ss58check_with_version(&keys.grandpa)
						.map_err(|e| format!("{what}: nodeKeys.grandpa: {e:?}"))?
						.0;
					if !session_keys.insert(aura.0) || !session_keys.insert(grandpa.0) {
						return Err(format!("{what}: its node's keys are another node's"));
					}
					validators += 1;
					Some(NodeKeys { aura: aura.into(), grandpa: grandpa.into() })
				},
				None => None,
			};
			collectives.push(FoundingCollective {
				kind: c.kind,
				name: c.name.as_bytes().to_vec(),
				node: FoundingLeader {
					account: c.node_leader.account.0.clone(),
					institution: c.node_leader.institution.as_bytes().to_vec(),
				},
				node_keys,
				projects: FoundingLeader {
					account: c.projects_leader.account.0.clone(),
					institution: c.projects_leader.institution.as_bytes().to_vec(),
				},
			});
		}
		if self.min_validators == 0 || validators < self.min_validators {
			return Err(format!(
				"minValidators is {} and {validators} collectives' nodes have nodeKeys: a network \
				 needs at least one validator and no fewer than its minimum",
				self.min_validators
			));
		}
		if self.advisory_council.is_empty() {
			return Err("advisoryCouncil is empty: Root needs the Advisory Council".into());
		}
		if !self.registrars.iter().any(|r| r.attests.contains(&AttestationKind::Person)) {
			return Err("no registrar attests persons: nobody could be verified".into());
		}
		let endowed = self
			.endowed
			.iter()
			.map(|e| Ok((e.account.0.clone(), bmx(e.bmx, "endowed")?)))
			.collect::<Result<Vec<_>, String>>()?;
		let treasury_endowment = match self.treasury_bmx {
			Some(whole) => bmx(whole, "treasuryBmx")?,
			None => TREASURY_ENDOWMENT,
		};
		Ok(NetworkGenesis {
			collectives,
			min_validators: self.min_validators,
			code_of_ethics: self.code_of_ethics.0,
			executive_secretary: self.executive_secretary.0.clone(),
			advisory_council: self.advisory_council.iter().map(|a| a.0.clone()).collect(),
			registrars: self
				.registrars
				.iter()
				.map(|r| (r.account.0.clone(), r.name.as_bytes().to_vec(), r.attests.clone()))
				.collect(),
			endowed,
			treasury_endowment,
			cucop: self.cucop.iter().map(|c| (c.code, c.name.as_bytes().to_vec())).collect(),
			// The runtime's defaults: residents hide among 128 at least.
			ring_settings: Vec::new(),
		})
	}

	/// The chain spec, after building its genesis storage once to show the runtime takes it.
	pub fn chain_spec(&self) -> Result<ChainSpec, String> {
		let network = self.network()?;
		let boot_nodes = self
			.boot_nodes
			.iter()
			.map(|addr| {
				MultiaddrWithPeerId::from_str(addr).map_err(|e| {
					format!("bootNodes: {addr} is not a multiaddress with a peer id: {e}")
				})
			})
			.collect::<Result<Vec<_>, String>>()?;
		let spec = ChainSpec::builder(wasm_binary()?, None)
			.with_name(&self.name)
			.with_id(&self.id)
			.with_protocol_id("bmx")
			.with_chain_type(self.chain_type.clone())
			.with_boot_nodes(boot_nodes)
			.with_properties(chain_properties())
			.with_genesis_config_patch(in_generic_ss58(|| bmx_genesis(&network)))
			.build();
		sp_runtime::BuildStorage::build_storage(&spec)
			.map_err(|e| format!("the runtime refuses this genesis: {e}"))?;
		Ok(spec)
	}
}

/// Runs `f` with accounts written in the generic SS58 format (42). The runtime reads the
/// genesis JSON's accounts with the formats it knows, and the chain's own prefix (5252, which
/// this node writes by default) is not one of them.
fn in_generic_ss58<R>(f: impl FnOnce() -> R) -> R {
	use sp_core::crypto::{
		default_ss58_version, set_default_ss58_version, Ss58AddressFormatRegistry,
	};
	let chain = default_ss58_version();
	set_default_ss58_version(Ss58AddressFormatRegistry::SubstrateAccount.into());
	let result = f();
	set_default_ss58_version(chain);
	result
}
