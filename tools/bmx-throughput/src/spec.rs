//! The senders: accounts derived from a fixed seed and an index, funded in a plain chain spec
//! (`fund`), or, for states larger than a genesis patch can carry, written straight into a raw
//! one (`fund_raw`); and any other genesis entries made elsewhere (`add_raw`: the verified
//! persons, bids and certificates of `tests/bench/grow-state.mjs`).

use std::path::Path;

use crate::chain::value_key;

use serde_json::{json, Value};
use subxt_signer::sr25519::Keypair;

/// The secret key of sender `index`: blake2-256 of a fixed label and the index. Anyone can
/// derive these keys: they exist for load on test networks only.
pub fn sender(index: u32) -> Result<Keypair, String> {
	let mut seed = b"bmx-throughput sender ".to_vec();
	seed.extend_from_slice(&index.to_le_bytes());
	Keypair::from_secret_key(sp_crypto_hashing::blake2_256(&seed))
		.map_err(|e| format!("sender {index}: {e}"))
}

/// Appends `senders` accounts with `balance` each to the genesis balances of the plain spec at
/// `plain`, and writes the result to `out`.
pub fn fund(plain: &Path, senders: u32, balance: u128, out: &Path) -> Result<(), String> {
	let text = std::fs::read_to_string(plain)
		.map_err(|e| format!("cannot read {}: {e}", plain.display()))?;
	let mut spec: Value =
		serde_json::from_str(&text).map_err(|e| format!("{} is not JSON: {e}", plain.display()))?;
	let balances = spec
		.pointer_mut("/genesis/runtimeGenesis/patch/balances/balances")
		.and_then(Value::as_array_mut)
		.ok_or_else(|| {
			format!(
				"{} has no genesis.runtimeGenesis.patch.balances.balances list: pass a plain \
				 spec (export-chain-spec without --raw)",
				plain.display()
			)
		})?;
	for index in 0..senders {
		// SS58 with the generic prefix 42: the runtime's genesis reader accepts it.
		let account = subxt::utils::AccountId32::from(sender(index)?.public_key());
		balances.push(json!([account.to_string(), balance]));
	}
	let text = serde_json::to_string(&spec).map_err(|e| format!("cannot encode the spec: {e}"))?;
	std::fs::write(out, text).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
	eprintln!("funded {senders} senders with {balance} each in {}", out.display());
	Ok(())
}

/// `System::Account` key of `account` (Blake2_128Concat).
fn account_key(account: &[u8; 32]) -> Vec<u8> {
	let mut key = value_key("System", "Account");
	key.extend_from_slice(&sp_crypto_hashing::blake2_128(account));
	key.extend_from_slice(account);
	key
}

fn hex_key(key: &[u8]) -> String {
	format!("0x{}", hex::encode(key))
}

/// Reads the raw spec at `raw`, lets `edit` change its genesis storage (`genesis.raw.top`) and
/// writes the result to `out`. Nothing is written when `edit` refuses; its message is printed
/// when it accepts.
fn edit_raw_spec(
	raw: &Path,
	out: &Path,
	edit: impl FnOnce(&mut serde_json::Map<String, Value>) -> Result<String, String>,
) -> Result<(), String> {
	let text =
		std::fs::read_to_string(raw).map_err(|e| format!("cannot read {}: {e}", raw.display()))?;
	let mut spec: Value =
		serde_json::from_str(&text).map_err(|e| format!("{} is not JSON: {e}", raw.display()))?;
	drop(text);
	let top =
		spec.pointer_mut("/genesis/raw/top")
			.and_then(Value::as_object_mut)
			.ok_or_else(|| {
				format!("{} has no genesis.raw.top: pass a raw spec (--raw)", raw.display())
			})?;
	let done = edit(top)?;
	let text = serde_json::to_string(&spec).map_err(|e| format!("cannot encode the spec: {e}"))?;
	std::fs::write(out, text).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
	eprintln!("{done} ({})", out.display());
	Ok(())
}

/// Adds senders `from..to` to the genesis state of the raw spec at `raw`, each with the same
/// `System::Account` entry as sender 0 (which `fund` must have funded), and raises
/// `Balances::TotalIssuance` by their balances; writes the result to `out`.
///
/// The runtime builds a plain spec's genesis from one JSON patch inside its wasm, whose
/// allocator refuses a single allocation over 32 MiB: about 300,000 funded accounts. A larger
/// state (a million accounts, to measure how costs grow with it) is written here instead, as
/// raw storage entries the genesis builder would have produced.
pub fn fund_raw(raw: &Path, from: u32, to: u32, out: &Path) -> Result<(), String> {
	if from == 0 || from >= to {
		return Err(format!(
			"--from must be at least 1 (sender 0 is the model) and below --to, got {from}..{to}"
		));
	}
	edit_raw_spec(raw, out, |top| {
		let model_key = hex_key(&account_key(&sender(0)?.public_key().0));
		let model =
			top.get(&model_key).and_then(Value::as_str).map(str::to_owned).ok_or_else(|| {
				format!("sender 0 is not funded in {}: make it with fund-spec first", raw.display())
			})?;
		let model_bytes =
			hex::decode(model.trim_start_matches("0x")).map_err(|e| format!("sender 0: {e}"))?;
		// AccountInfo { nonce: u32, consumers: u32, providers: u32, sufficients: u32,
		// data: AccountData { free: u128, .. } }.
		let free = model_bytes
			.get(16..32)
			.and_then(|b| <[u8; 16]>::try_from(b).ok())
			.map(u128::from_le_bytes)
			.ok_or("sender 0's account entry is too short")?;
		let issuance_key = hex_key(&value_key("Balances", "TotalIssuance"));
		let issuance = top
			.get(&issuance_key)
			.and_then(Value::as_str)
			.and_then(|h| hex::decode(h.trim_start_matches("0x")).ok())
			.and_then(|b| <[u8; 16]>::try_from(b.as_slice()).ok())
			.map(u128::from_le_bytes)
			.ok_or("the raw spec has no Balances::TotalIssuance")?;
		for index in from..to {
			let key = hex_key(&account_key(&sender(index)?.public_key().0));
			if top.insert(key, Value::String(model.clone())).is_some() {
				return Err(format!(
					"sender {index} is already in the spec: start --from above it"
				));
			}
		}
		let added = free
			.checked_mul(u128::from(to - from))
			.and_then(|a| a.checked_add(issuance))
			.ok_or("the total issuance would overflow")?;
		top.insert(issuance_key, Value::String(format!("0x{}", hex::encode(added.to_le_bytes()))));
		Ok(format!("added senders {from}..{to} with {free} each"))
	})
}

/// Adds the storage entries listed in `entries` (one `0xKEY 0xVALUE` a line) to the genesis
/// state of the raw spec at `raw`, and writes the result to `out`. A malformed line, or a key the
/// spec (or an earlier line) already holds, refuses the whole file: nothing is written.
pub fn add_raw(raw: &Path, entries: &Path, out: &Path) -> Result<(), String> {
	edit_raw_spec(raw, out, |top| {
		let list = std::fs::read_to_string(entries)
			.map_err(|e| format!("cannot read {}: {e}", entries.display()))?;
		let is_hex = |s: &str| {
			s.len() > 2
				&& s.len().is_multiple_of(2)
				&& s.starts_with("0x")
				&& s.bytes().skip(2).all(|b| b.is_ascii_hexdigit())
		};
		let mut added = 0usize;
		for (number, line) in list.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
			let mut words = line.split_whitespace();
			let (Some(key), Some(value), None) = (words.next(), words.next(), words.next()) else {
				return Err(format!(
					"{} line {}: expected `0xKEY 0xVALUE`",
					entries.display(),
					number + 1
				));
			};
			if !is_hex(key) || !is_hex(value) {
				return Err(format!(
					"{} line {}: not 0x-prefixed hex",
					entries.display(),
					number + 1
				));
			}
			if top
				.insert(key.to_ascii_lowercase(), Value::String(value.to_ascii_lowercase()))
				.is_some()
			{
				return Err(format!(
					"{} line {}: the key {key} is already in the state",
					entries.display(),
					number + 1
				));
			}
			added += 1;
		}
		if added == 0 {
			return Err(format!("{} lists no entries", entries.display()));
		}
		Ok(format!("added {added} entries"))
	})
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn senders_are_distinct_and_stable() {
		let a = sender(0).unwrap().public_key().0;
		let b = sender(1).unwrap().public_key().0;
		assert_ne!(a, b);
		assert_eq!(a, sender(0).unwrap().public_key().0);
	}

	#[test]
	fn funding_appends_to_the_presets_balances_and_refuses_a_raw_spec() {
		let dir = std::env::temp_dir().join(format!("bmx-throughput-{}", std::process::id()));
		std::fs::create_dir_all(&dir).unwrap();
		let plain = dir.join("plain.json");
		let out = dir.join("funded.json");
		let preset = json!({ "genesis": { "runtimeGenesis": { "patch": {
			"balances": { "balances": [["5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", 1]] }
		} } } });
		std::fs::write(&plain, preset.to_string()).unwrap();
		fund(&plain, 3, 7, &out).unwrap();
		let funded: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
		let list = funded.pointer("/genesis/runtimeGenesis/patch/balances/balances").unwrap();
		let list = list.as_array().unwrap();
		assert_eq!(list.len(), 4);
		assert_eq!(list[0][1], 1);
		assert_eq!(list[3][1], 7);

		let raw = json!({ "genesis": { "raw": { "top": {} } } });
		std::fs::write(&plain, raw.to_string()).unwrap();
		let error = fund(&plain, 3, 7, &dir.join("never.json")).unwrap_err();
		assert!(error.contains("plain"), "{error}");
		assert!(!dir.join("never.json").exists());
		std::fs::remove_dir_all(&dir).unwrap();
	}

	#[test]
	fn raw_funding_copies_sender_zero_and_raises_the_issuance() {
		let dir = std::env::temp_dir().join(format!("bmx-throughput-raw-{}", std::process::id()));
		std::fs::create_dir_all(&dir).unwrap();
		let raw = dir.join("raw.json");
		let out = dir.join("grown.json");
		let mut info = vec![0u8; 16];
		info.extend_from_slice(&5u128.to_le_bytes());
		info.extend_from_slice(&[0u8; 48]);
		let model = format!("0x{}", hex::encode(&info));
		let issuance = hex_key(&value_key("Balances", "TotalIssuance"));
		let spec = json!({ "genesis": { "raw": { "top": {
			hex_key(&account_key(&sender(0).unwrap().public_key().0)): model.clone(),
			issuance.clone(): format!("0x{}", hex::encode(100u128.to_le_bytes())),
		} } } });
		std::fs::write(&raw, spec.to_string()).unwrap();
		fund_raw(&raw, 1, 4, &out).unwrap();
		let grown: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
		let top = grown.pointer("/genesis/raw/top").unwrap().as_object().unwrap();
		assert_eq!(top.len(), 5);
		let third = hex_key(&account_key(&sender(3).unwrap().public_key().0));
		assert_eq!(top[&third], model);
		assert_eq!(top[&issuance], format!("0x{}", hex::encode(115u128.to_le_bytes())));

		// Bad input changes nothing: a range over a funded sender, a plain spec, no model.
		assert!(fund_raw(&out, 2, 5, &dir.join("never.json")).unwrap_err().contains("already"));
		assert!(fund_raw(&raw, 0, 4, &dir.join("never.json")).unwrap_err().contains("--from"));
		let plain = json!({ "genesis": { "runtimeGenesis": { "patch": {} } } });
		std::fs::write(&raw, plain.to_string()).unwrap();
		assert!(fund_raw(&raw, 1, 4, &dir.join("never.json")).unwrap_err().contains("raw spec"));
		std::fs::write(&raw, json!({ "genesis": { "raw": { "top": {} } } }).to_string()).unwrap();
		assert!(fund_raw(&raw, 1, 4, &dir.join("never.json")).unwrap_err().contains("sender 0"));
		assert!(!dir.join("never.json").exists());
		std::fs::remove_dir_all(&dir).unwrap();
	}

	#[test]
	fn raw_entries_are_added_once_and_bad_lists_change_nothing() {
		let dir = std::env::temp_dir().join(format!("bmx-throughput-add-{}", std::process::id()));
		std::fs::create_dir_all(&dir).unwrap();
		let raw = dir.join("raw.json");
		let entries = dir.join("entries.txt");
		let out = dir.join("grown.json");
		let never = dir.join("never.json");
		std::fs::write(
			&raw,
			json!({ "genesis": { "raw": { "top": { "0x01": "0x02" } } } }).to_string(),
		)
		.unwrap();
		std::fs::write(&entries, "0x0A 0x0b\n\n0x0c 0x0d\n").unwrap();
		add_raw(&raw, &entries, &out).unwrap();
		let grown: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
		let top = grown.pointer("/genesis/raw/top").unwrap().as_object().unwrap();
		assert_eq!(top.len(), 3);
		assert_eq!(top["0x0a"], "0x0b");
		assert_eq!(top["0x0c"], "0x0d");

		for (list, error) in [
			("0x01 0x03\n", "already"),
			("0x0e 0x0f\n0x0e 0x10\n", "already"),
			("0x0e\n", "expected"),
			("0x0e 0x0f 0x10\n", "expected"),
			("0e 0f\n", "hex"),
			("0x0e 0xzz\n", "hex"),
			("0x0e 0x0\n", "hex"),
			("\n", "no entries"),
		] {
			std::fs::write(&entries, list).unwrap();
			let refused = add_raw(&raw, &entries, &never).unwrap_err();
			assert!(refused.contains(error), "{list:?}: {refused}");
			assert!(!never.exists());
		}
		std::fs::write(&entries, "0x0e 0x0f\n").unwrap();
		let plain = json!({ "genesis": { "runtimeGenesis": { "patch": {} } } });
		std::fs::write(&raw, plain.to_string()).unwrap();
		assert!(add_raw(&raw, &entries, &never).unwrap_err().contains("raw spec"));
		assert!(!never.exists());
		std::fs::remove_dir_all(&dir).unwrap();
	}
}
