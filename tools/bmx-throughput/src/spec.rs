//! The senders: accounts derived from a fixed seed and an index, funded in a plain chain spec.

use std::path::Path;

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
}
