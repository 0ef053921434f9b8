//! The trust root: the genesis GRANDPA authority set read from a raw chain spec.

use codec::DecodeAll;
use sp_consensus_grandpa::AuthorityList;

use crate::{
	error::Failure,
	finality::AuthoritySet,
	keys::item_prefix,
	types::{from_hex, to_hex},
};

/// Reads `Grandpa::Authorities` (a `Vec<(ed25519 public key, weight)>`, pallet-grandpa's
/// `BoundedAuthorityList`) from the `genesis.raw.top` storage of a raw chain spec; it is set 0.
pub fn genesis_authority_set(chain_spec_json: &str) -> Result<AuthoritySet, Failure> {
	let fail = |m: String| Failure::ChainSpec(m);
	let spec: serde_json::Value =
		serde_json::from_str(chain_spec_json).map_err(|e| fail(format!("not JSON: {e}")))?;
	let top = spec
		.pointer("/genesis/raw/top")
		.and_then(|t| t.as_object())
		.ok_or_else(|| fail("no genesis.raw.top: export it with `build-spec --raw`".into()))?;
	let key = to_hex(&item_prefix("Grandpa", "Authorities"));
	let value = top
		.get(&key)
		.and_then(|v| v.as_str())
		.ok_or_else(|| fail(format!("genesis storage lacks Grandpa::Authorities ({key})")))?;
	let bytes = from_hex(value).map_err(|e| fail(format!("Grandpa::Authorities: {e}")))?;
	let authorities = AuthorityList::decode_all(&mut &bytes[..])
		.map_err(|e| fail(format!("cannot decode Grandpa::Authorities: {e}")))?;
	if authorities.is_empty() || authorities.iter().all(|(_, weight)| *weight == 0) {
		return Err(fail("the genesis GRANDPA authority set is empty".into()));
	}
	Ok(AuthoritySet { set_id: 0, authorities })
}

#[cfg(test)]
mod tests {
	use super::*;
	use codec::Encode;
	use sp_consensus_grandpa::AuthorityId;
	use sp_keyring::Ed25519Keyring;

	fn spec_with(value: &str) -> String {
		let key = to_hex(&item_prefix("Grandpa", "Authorities"));
		format!(
			r#"{{"name":"x","genesis":{{"raw":{{"top":{{"{key}":"{value}"}},"childrenDefault":{{}}}}}}}}"#
		)
	}

	#[test]
	fn reads_the_genesis_set() {
		let list: AuthorityList = vec![(AuthorityId::from(Ed25519Keyring::Alice.public()), 1)];
		let set = genesis_authority_set(&spec_with(&to_hex(&list.encode()))).unwrap();
		assert_eq!(set, AuthoritySet { set_id: 0, authorities: list });
	}

	#[test]
	fn refuses_unusable_specs() {
		assert!(matches!(genesis_authority_set("{"), Err(Failure::ChainSpec(_))));
		let plain = r#"{"genesis":{"runtimeGenesis":{}}}"#;
		assert!(
			matches!(genesis_authority_set(plain), Err(Failure::ChainSpec(m)) if m.contains("--raw"))
		);
		assert!(
			matches!(genesis_authority_set(&spec_with("0x00")), Err(Failure::ChainSpec(m)) if m.contains("empty"))
		);
		assert!(
			matches!(genesis_authority_set(&spec_with("0x0401")), Err(Failure::ChainSpec(m)) if m.contains("decode"))
		);
	}
}
