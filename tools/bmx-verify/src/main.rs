//! `bmx-verify`: checks a storage item of Blockchain MX without trusting the node it asks.
//!
//! The trust root is the genesis GRANDPA authority set in a raw chain spec the user already
//! trusts. From it the tool:
//! 1. asks the node for a GRANDPA finality proof of its latest finalized block
//!    (`grandpa_proveFinality`) and verifies the justification itself (ed25519 signatures over the
//!    localized precommits, vote ancestry, more than 2/3 of the set's weight), following each
//!    authority set hand-off through the justification of the set's last block and the
//!    `ScheduledChange` digest that enacts it;
//! 2. when the node cannot prove the latest block that way (upstream `grandpa_proveFinality`
//!    answers "Block not covered by authority set changes" for every block of the current set,
//!    paritytech/polkadot-sdk#1401, so always on a chain that never changed its set), walks back
//!    from the node's finalized head (`chain_getFinalizedHead`, then parent hashes through
//!    `chain_getHeader`, each header checked to hash to the hash asked for) at most
//!    64 blocks, never below the last block of the previous set, to the first block whose
//!    GRANDPA (`FRNK`) justification the node keeps (`chain_getBlock`; bmx-node keeps one at
//!    least every 8 blocks), and verifies it with the same code and the set reached in step 1.
//!    A justification that fails is refused, not skipped;
//! 3. fetches the proven block's header (`chain_getHeader`) and checks it hashes to the
//!    justification's target;
//! 4. fetches one read proof of the keys (`state_getReadProof`) and checks it against the
//!    header's state root.
//!
//! It prints the values, with the block number and hash, the set id and round, and which RPC
//! gave the justification (`grandpa_proveFinality` or `chain_getBlock`). Any mismatch exits with
//! code 1 and a message naming the check that failed (`justification`, `header`,
//! `authority set`, `storage proof`); bad input, an unreachable node or an authentic value that
//! does not decode exits with 2.
//!
//! ## Commands
//! - `storage --key <hex>` or `--pallet P --item I [--map-key-hex K --hasher H]...`: one entry,
//!   printed as hex, or `absent` (a proven absence: exit 0).
//! - `certificate --warehouse <ss58 or 0x hex> --folio <u64>`: `DepositCertificates`
//!   `Certificates` and `History` (both proven at the same block).
//! - `property-certificate --id <u64>`: `PropertyRegistry.Certificates`.
//! - `folio --id <u64>`: `PropertyRegistry.Folios`.
//! - `grant --id <u32>`: `ReforestationSubsidies` `Grants`, `Payments` and `Verifications`.
//! - `signature --document <0x 32 bytes> [--signer <ss58 or 0x hex>]`: that document was signed
//!   by the holder of certificate serial S at block B. Proves `DigitalIdentity.Signatures`
//!   (document) and `System.BlockHash(0)` (the genesis hash the e.firma statements name), then,
//!   against the same state root, `DigitalIdentity.Certificates` and
//!   `DigitalIdentity.RevokedCertificates` of each reported act's serial (present or absent);
//!   and checks each act's RSA signature again off chain (`RsaPublicKey::verify` over
//!   `Statement::Signing` rebuilt from the act: see [`signature`]).
//!
//! The registry commands decode the values with the pallets' own SCALE types (bounds at least the
//! runtime's) and print them as JSON (accounts SS58 with prefix 5252, hashes and bytes `0x` hex,
//! `u128` as decimal strings), with the raw values. A record proven absent prints `absent` and
//! exits 1 with "no such <record>: not authentic". Every command takes `--json`.
//!
//! `signature` prints `{ document, signer, genesis: { hash, node_agrees }, acts_on_record,
//! acts: [...] }`, each act `{ signer, certificate: { serial, serial_text, record: { key_id,
//! key_bits, not_before, not_after, holder, valid_at_signing } | null, revoked, revoked_at },
//! purpose, purpose_is_text, purpose_hex, window: { not_before, not_after }, signed_at, block,
//! signature, signature_valid[, error] }` (moments in milliseconds since the Unix epoch;
//! `node_agrees` compares the proven genesis hash with the node's `chain_getBlockHash(0)`, a note
//! only). It exits 0 only when at least one act is reported (with `--signer`, that signer's)
//! and every reported act's signature verifies; no act exits 1 with "no signing act [by S] on
//! document D: not authentic" (`failed: "absent"`), a signature that does not verify (or whose
//! certificate is not on record) exits 1 with "the e.firma signature of N of the M acts on
//! document D does not verify: ...: not authentic" (`failed: "signature"`).
//!
//! ## Extension points
//! A registry record is a [`typed::Registry`] (its storage items and their types) behind a
//! [`Command`] variant; any other query implements [`typed::TypedQuery`]: its keys, keys that
//! depend on their proven values (`follow_up_keys`, proven against the same state root), what
//! refuses an authentic answer (`refusal`), and notes from the node that are not proven
//! (`cross_check`).
//!
//! ## Not yet
//! - `grandpa_subscribeJustifications` (needs a WebSocket client) as another fallback, for a
//!   node that keeps no justifications.
//! - Forced authority set changes (`ForcedChange`) are refused, not followed.
//! - Child tries, and genesis-hash pinning of the chain spec against the node.
//! - HTTP only (no TLS build: `https://` endpoints need a TLS feature of `attohttpc`).
//! - The typed commands read the records at the tool's latest proven block; no `--at` for an
//!   older block.
//! - `signature` prints moments as milliseconds, not as calendar dates, and does not check the
//!   certificate against SAT's chain (only the chain's record of its key, which the binding
//!   registrar attested).

mod chain_spec;
mod error;
mod finality;
mod keys;
mod proof;
mod rpc;
mod signature;
mod typed;
mod types;
mod verify;

use std::{path::PathBuf, process::ExitCode, time::Duration};

use clap::{Args, Parser, Subcommand};
use serde_json::json;

use crate::{
	error::Failure,
	keys::Hasher,
	rpc::HttpNode,
	typed::{RawStorage, Registry, TypedQuery},
	types::{from_hex, to_hex},
	verify::{prove_query, ProvenEntries},
};

/// Checks Blockchain MX storage against a GRANDPA-finalized header without trusting the node.
#[derive(Parser, Debug)]
#[command(name = "bmx-verify", version, about)]
struct Cli {
	#[command(subcommand)]
	command: Command,
}

/// The commands: the generic `storage`, and one per registry record (see
/// [`typed::TypedQuery`]), each printing the decoded record after the same proof.
#[derive(Subcommand, Debug)]
enum Command {
	/// Prove one storage entry, by raw key or by pallet and item name.
	Storage(StorageArgs),
	/// Prove a certificado de depósito and its history (`DepositCertificates`).
	Certificate(CertificateArgs),
	/// Prove a certificate of the property registry (`PropertyRegistry.Certificates`).
	PropertyCertificate(IdArgs),
	/// Prove a folio of the property registry (`PropertyRegistry.Folios`).
	Folio(IdArgs),
	/// Prove a reforestation grant with its payments and verifications
	/// (`ReforestationSubsidies`).
	Grant(GrantArgs),
	/// Prove a document's e.firma signing acts with their certificates
	/// (`DigitalIdentity.Signatures`), and check each act's RSA signature again.
	Signature(SignatureArgs),
}

#[derive(Args, Debug)]
struct CertificateArgs {
	#[command(flatten)]
	connection: Connection,
	/// The warehouse's account: SS58 or 32 bytes of 0x hex.
	#[arg(long)]
	warehouse: String,
	/// The certificate's folio within the warehouse.
	#[arg(long)]
	folio: u64,
}

#[derive(Args, Debug)]
struct IdArgs {
	#[command(flatten)]
	connection: Connection,
	/// The record's id.
	#[arg(long)]
	id: u64,
}

#[derive(Args, Debug)]
struct GrantArgs {
	#[command(flatten)]
	connection: Connection,
	/// The grant's id.
	#[arg(long)]
	id: u32,
}

#[derive(Args, Debug)]
struct SignatureArgs {
	#[command(flatten)]
	connection: Connection,
	/// The document's hash: 32 bytes of 0x hex.
	#[arg(long)]
	document: String,
	/// Report only this signer's act: SS58 or 32 bytes of 0x hex.
	#[arg(long)]
	signer: Option<String>,
}

impl SignatureArgs {
	fn query(&self) -> Result<signature::SignatureQuery, Failure> {
		let document = signature::parse_document(&self.document).map_err(Failure::Input)?;
		let signer = self
			.signer
			.as_deref()
			.map(typed::parse_account)
			.transpose()
			.map_err(Failure::Input)?;
		Ok(signature::SignatureQuery { document, signer })
	}
}

impl Command {
	/// The connection and the query of the command.
	fn query(&self) -> (&Connection, Result<Box<dyn TypedQuery>, Failure>) {
		match self {
			Self::Storage(args) => {
				(&args.connection, args.query().map(|q| Box::new(q) as Box<dyn TypedQuery>))
			},
			Self::Certificate(args) => (
				&args.connection,
				typed::parse_account(&args.warehouse)
					.map_err(Failure::Input)
					.map(|warehouse| boxed(typed::deposit_certificate(&warehouse, args.folio))),
			),
			Self::PropertyCertificate(args) => {
				(&args.connection, Ok(boxed(typed::property_certificate(args.id))))
			},
			Self::Folio(args) => (&args.connection, Ok(boxed(typed::property_folio(args.id)))),
			Self::Grant(args) => (&args.connection, Ok(boxed(typed::reforestation_grant(args.id)))),
			Self::Signature(args) => {
				(&args.connection, args.query().map(|q| Box::new(q) as Box<dyn TypedQuery>))
			},
		}
	}
}

fn boxed(registry: Registry) -> Box<dyn TypedQuery> {
	Box::new(registry)
}

/// Where to ask and what to trust; shared by every command.
#[derive(Args, Debug)]
struct Connection {
	/// The node's JSON-RPC endpoint (http://host:port; not trusted).
	#[arg(long)]
	rpc: String,
	/// Raw chain spec (`bmx-node build-spec --chain <chain> --raw`): its genesis GRANDPA
	/// authority set is the trust root.
	#[arg(long = "chain-spec")]
	chain_spec: PathBuf,
	/// Seconds to wait for each RPC answer.
	#[arg(long, default_value_t = 30)]
	timeout: u64,
	/// Print one JSON object (on success and on failure) instead of text.
	#[arg(long)]
	json: bool,
}

#[derive(Args, Debug)]
struct StorageArgs {
	#[command(flatten)]
	connection: Connection,
	/// The full storage key, hex.
	#[arg(long, conflicts_with_all = ["pallet", "item"], required_unless_present = "pallet")]
	key: Option<String>,
	/// Pallet name as in the runtime (e.g. `System`).
	#[arg(long, requires = "item")]
	pallet: Option<String>,
	/// Storage item name (e.g. `Account`).
	#[arg(long, requires = "pallet")]
	item: Option<String>,
	/// SCALE-encoded map key, hex; repeat for maps with several keys, in order.
	#[arg(long = "map-key-hex", requires = "item")]
	map_key_hex: Vec<String>,
	/// Hasher of each map key, in the same order as `--map-key-hex`.
	#[arg(long, value_enum)]
	hasher: Vec<Hasher>,
}

impl StorageArgs {
	fn query(&self) -> Result<RawStorage, Failure> {
		if let Some(key) = &self.key {
			return from_hex(key).map(|key| RawStorage { key }).map_err(Failure::Input);
		}
		let (Some(pallet), Some(item)) = (&self.pallet, &self.item) else {
			return Err(Failure::Input("give --key, or --pallet and --item".into()));
		};
		if self.map_key_hex.len() != self.hasher.len() {
			return Err(Failure::Input(format!(
				"{} --map-key-hex but {} --hasher: give one hasher per map key",
				self.map_key_hex.len(),
				self.hasher.len()
			)));
		}
		let map_keys = self
			.hasher
			.iter()
			.zip(&self.map_key_hex)
			.map(|(hasher, key)| from_hex(key).map(|k| (*hasher, k)).map_err(Failure::Input))
			.collect::<Result<Vec<_>, _>>()?;
		Ok(RawStorage { key: keys::storage_key(pallet, item, &map_keys) })
	}
}

/// Verifies `query` through the node of `connection`; returns the proven values and the query's
/// rendering of them.
fn run_query(
	connection: &Connection,
	query: &dyn TypedQuery,
) -> Result<(ProvenEntries, serde_json::Value), Failure> {
	let spec = std::fs::read_to_string(&connection.chain_spec).map_err(|e| {
		Failure::ChainSpec(format!("cannot read {}: {e}", connection.chain_spec.display()))
	})?;
	let genesis_set = chain_spec::genesis_authority_set(&spec)?;
	let node = HttpNode::new(&connection.rpc, Duration::from_secs(connection.timeout));
	prove_query(&node, genesis_set, query)
}

fn report(
	connection: &Connection,
	query: &dyn TypedQuery,
	result: Result<(ProvenEntries, serde_json::Value), Failure>,
) -> ExitCode {
	let (proven, rendered) = match result {
		Ok(ok) => ok,
		Err(failure) => {
			if connection.json {
				let out =
					json!({ "ok": false, "failed": failure.kind(), "error": failure.to_string() });
				println!("{out}");
			}
			eprintln!("bmx-verify: {failure}");
			return ExitCode::from(failure.exit_code());
		},
	};
	let checkpoint = &proven.checkpoint;
	let finalized = &checkpoint.finalized;
	// A registry record proven absent is a refusal (a raw storage entry proven absent is an
	// answer), and so is a signing act whose signature does not verify.
	let refusal = query.refusal(&rendered);
	let raw = |value: &Option<Vec<u8>>| value.as_deref().map(to_hex);
	if connection.json {
		let mut out = json!({
			"ok": refusal.is_none(),
			"block": { "number": finalized.number, "hash": to_hex(finalized.hash.as_bytes()) },
			"setId": checkpoint.set.set_id,
			"round": finalized.round,
			"finality": checkpoint.route.rpc(),
		});
		if let [(key, value)] = proven.entries.as_slice() {
			out["key"] = json!(to_hex(key));
			if query.absent_message().is_none() {
				out["value"] = rendered.clone();
			} else {
				out["value"] = json!(raw(value));
			}
		}
		if query.absent_message().is_some() {
			out["entries"] = proven
				.entries
				.iter()
				.map(|(key, value)| json!({ "key": to_hex(key), "value": raw(value) }))
				.collect();
			out["record"] = rendered.clone();
		}
		if let Some(refusal) = &refusal {
			out["failed"] = json!(refusal.failed);
			out["error"] = json!(refusal.message);
		}
		println!("{out}");
	} else {
		println!(
			"proven at block #{} {} (GRANDPA set {}, round {}, justification from {})",
			finalized.number,
			to_hex(finalized.hash.as_bytes()),
			checkpoint.set.set_id,
			finalized.round,
			checkpoint.route.rpc()
		);
		if query.absent_message().is_none() {
			for (key, _) in &proven.entries {
				println!("key {}", to_hex(key));
			}
			match &rendered {
				serde_json::Value::Null => println!("absent"),
				serde_json::Value::String(text) => println!("value {text}"),
				other => println!("value {other}"),
			}
		} else {
			for (key, value) in &proven.entries {
				println!("key {}", to_hex(key));
				println!("raw {}", raw(value).unwrap_or_else(|| "absent".into()));
			}
			match &rendered {
				serde_json::Value::Null => println!("absent"),
				other => println!(
					"record {}",
					serde_json::to_string_pretty(other).unwrap_or_else(|_| other.to_string())
				),
			}
		}
	}
	match refusal {
		Some(refusal) => {
			let proven = if refusal.failed == "absent" { "proven absent" } else { "proven" };
			eprintln!("bmx-verify: {} ({proven} at block #{})", refusal.message, finalized.number);
			ExitCode::from(1)
		},
		None => ExitCode::SUCCESS,
	}
}

fn main() -> ExitCode {
	let cli = Cli::parse();
	let (connection, query) = cli.command.query();
	match query {
		Ok(query) => {
			let result = run_query(connection, query.as_ref());
			report(connection, query.as_ref(), result)
		},
		Err(failure) => {
			let result = Err(failure);
			report(connection, &RawStorage { key: Vec::new() }, result)
		},
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn storage_args(extra: &[&str]) -> Result<StorageArgs, clap::Error> {
		let base = ["bmx-verify", "storage", "--rpc", "http://x", "--chain-spec", "s.json"];
		let cli = Cli::try_parse_from(base.iter().chain(extra))?;
		match cli.command {
			Command::Storage(args) => Ok(args),
			other => panic!("not a storage command: {other:?}"),
		}
	}

	#[test]
	fn builds_keys_from_names() {
		let args = storage_args(&["--pallet", "Timestamp", "--item", "Now"]).unwrap();
		assert_eq!(args.query().unwrap().key, keys::storage_key("Timestamp", "Now", &[]));
		let args = storage_args(&[
			"--pallet",
			"System",
			"--item",
			"Account",
			"--map-key-hex",
			"0x0102",
			"--hasher",
			"twox64_concat",
		])
		.unwrap();
		assert_eq!(
			args.query().unwrap().key,
			keys::storage_key("System", "Account", &[(Hasher::Twox64Concat, vec![1, 2])])
		);
		let args = storage_args(&["--key", "0xabcd"]).unwrap();
		assert_eq!(args.query().unwrap().key, vec![0xab, 0xcd]);
	}

	fn keys_of(args: &[&str]) -> Result<Vec<Vec<u8>>, Failure> {
		let base = ["bmx-verify"];
		let tail = ["--rpc", "http://x", "--chain-spec", "s.json"];
		let cli = Cli::try_parse_from(base.iter().chain(args).chain(&tail))
			.map_err(|e| Failure::Input(e.to_string()))?;
		let (_, query) = cli.command.query();
		query.map(|q| q.keys())
	}

	#[test]
	fn typed_commands_build_their_keys() {
		let alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
		let alice_hex = "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";
		let by_ss58 = keys_of(&["certificate", "--warehouse", alice, "--folio", "7"]).unwrap();
		let by_hex = keys_of(&["certificate", "--warehouse", alice_hex, "--folio", "7"]).unwrap();
		assert_eq!(by_ss58, by_hex);
		let alice_raw = from_hex(alice_hex).unwrap();
		let map = [
			(Hasher::Blake2_128Concat, alice_raw),
			(Hasher::Blake2_128Concat, 7u64.to_le_bytes().to_vec()),
		];
		assert_eq!(
			by_ss58,
			vec![
				keys::storage_key("DepositCertificates", "Certificates", &map),
				keys::storage_key("DepositCertificates", "History", &map),
			]
		);
		let id = [(Hasher::Twox64Concat, 3u64.to_le_bytes().to_vec())];
		assert_eq!(
			keys_of(&["property-certificate", "--id", "3"]).unwrap(),
			vec![keys::storage_key("PropertyRegistry", "Certificates", &id)]
		);
		assert_eq!(
			keys_of(&["folio", "--id", "3"]).unwrap(),
			vec![keys::storage_key("PropertyRegistry", "Folios", &id)]
		);
		let id = [(Hasher::Twox64Concat, 3u32.to_le_bytes().to_vec())];
		assert_eq!(
			keys_of(&["grant", "--id", "3"]).unwrap(),
			["Grants", "Payments", "Verifications"]
				.map(|item| keys::storage_key("ReforestationSubsidies", item, &id))
				.to_vec()
		);
		assert!(matches!(
			keys_of(&["certificate", "--warehouse", "0x0102", "--folio", "1"]),
			Err(Failure::Input(m)) if m.contains("32 bytes")
		));
		assert!(keys_of(&["certificate", "--warehouse", "nobody", "--folio", "1"]).is_err());
		assert!(keys_of(&["grant", "--id", "4294967296"]).is_err(), "grant ids are u32");
	}

	#[test]
	fn signature_command_builds_its_keys() {
		let document = format!("0x{}", "d0".repeat(32));
		let keys = keys_of(&["signature", "--document", &document]).unwrap();
		let hash = sp_core::H256::repeat_byte(0xd0);
		assert_eq!(keys, vec![signature::signatures_key(&hash), signature::genesis_hash_key()]);
		let alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
		assert_eq!(
			keys_of(&["signature", "--document", &document, "--signer", alice]).unwrap(),
			keys
		);
		assert!(matches!(
			keys_of(&["signature", "--document", "0x0102"]),
			Err(Failure::Input(m)) if m.contains("32 bytes")
		));
		assert!(matches!(
			keys_of(&["signature", "--document", &document, "--signer", "nobody"]),
			Err(Failure::Input(_))
		));
		assert!(keys_of(&["signature"]).is_err(), "--document is required");
	}

	#[test]
	fn refuses_inconsistent_input() {
		assert!(storage_args(&[]).is_err(), "no key at all");
		assert!(storage_args(&["--key", "0x00", "--pallet", "P", "--item", "I"]).is_err());
		assert!(storage_args(&["--pallet", "P"]).is_err(), "pallet without item");
		let args =
			storage_args(&["--pallet", "P", "--item", "I", "--map-key-hex", "0x00"]).unwrap();
		assert!(
			matches!(args.query(), Err(Failure::Input(m)) if m.contains("one hasher per map key"))
		);
		let args = storage_args(&["--key", "0xzz"]).unwrap();
		assert!(matches!(args.query(), Err(Failure::Input(_))));
	}
}
