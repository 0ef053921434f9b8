//! The node as an untrusted source: a minimal blocking JSON-RPC client over HTTP.
//!
//! Nothing it returns is believed: every answer is checked by the caller.

use std::time::Duration;

use codec::DecodeAll;
use serde_json::{json, Value};
use sp_consensus_grandpa::GRANDPA_ENGINE_ID;

use crate::{
	error::Failure,
	types::{from_hex, to_hex, BlockNumber, FinalityProof, Hash, Header},
};

/// What the verifier asks a node. A trait so the verification flow can be driven by a fake node
/// in tests.
pub trait ChainSource {
	/// The node's claim of its finalized head number (a hint only: it chooses what to prove).
	fn finalized_number(&self) -> Result<BlockNumber, Failure>;
	/// `grandpa_proveFinality(number)`, decoded.
	fn prove_finality(&self, number: BlockNumber) -> Result<Option<FinalityProof>, Failure>;
	/// `chain_getFinalizedHead`: the node's claim of its finalized head (a hint only: whatever is
	/// reached from it is checked).
	fn finalized_head(&self) -> Result<Hash, Failure>;
	/// `chain_getHeader(hash)`.
	fn header(&self, hash: Hash) -> Result<Option<Header>, Failure>;
	/// The GRANDPA (`FRNK`) justification the node keeps for block `hash`, from
	/// `chain_getBlock(hash).justifications`; `None` when it keeps none.
	fn grandpa_justification(&self, hash: Hash) -> Result<Option<Vec<u8>>, Failure>;
	/// `state_getReadProof(keys, at)`: the trie nodes.
	fn read_proof(&self, keys: &[Vec<u8>], at: Hash) -> Result<Vec<Vec<u8>>, Failure>;
	/// `chain_getBlockHash(number)`: the node's claim, for notes only (never proven).
	fn block_hash(&self, number: BlockNumber) -> Result<Option<Hash>, Failure>;
}

/// A node reached over HTTP JSON-RPC.
pub struct HttpNode {
	url: String,
	timeout: Duration,
}

impl HttpNode {
	/// A client for the node at `url` (`http://host:port`; `ws://` is rewritten to `http://`).
	pub fn new(url: &str, timeout: Duration) -> Self {
		let url = if let Some(rest) = url.strip_prefix("ws://") {
			format!("http://{rest}")
		} else if let Some(rest) = url.strip_prefix("wss://") {
			format!("https://{rest}")
		} else {
			url.to_string()
		};
		Self { url, timeout }
	}

	/// Calls `method` with `params`; returns the `result`.
	pub fn call(&self, method: &str, params: Value) -> Result<Value, Failure> {
		let body = json!({ "jsonrpc": "2.0", "id": 1, "method": method, "params": params });
		let response = attohttpc::post(&self.url)
			.header("content-type", "application/json")
			.timeout(self.timeout)
			.text(body.to_string())
			.send()
			.map_err(|e| Failure::Rpc(format!("{method} to {}: {e}", self.url)))?;
		let status = response.status();
		let text = response.text().map_err(|e| Failure::Rpc(format!("{method}: {e}")))?;
		let reply: Value = serde_json::from_str(&text).map_err(|e| {
			Failure::Rpc(format!("{method}: HTTP {status}, not a JSON-RPC reply ({e})"))
		})?;
		if let Some(error) = reply.get("error") {
			return Err(Failure::Rpc(format!("{method}: {error}")));
		}
		reply
			.get("result")
			.cloned()
			.ok_or_else(|| Failure::Rpc(format!("{method}: reply without result")))
	}
}

/// Bytes given either as a `0x` hex string or as a JSON array of numbers (how serde writes a
/// `Vec<u8>` or a `[u8; 4]`).
fn bytes_field(value: &Value, what: &str) -> Result<Vec<u8>, Failure> {
	if let Some(items) = value.as_array() {
		return items
			.iter()
			.map(|item| {
				item.as_u64()
					.and_then(|n| u8::try_from(n).ok())
					.ok_or_else(|| Failure::Rpc(format!("{what}: not a byte array")))
			})
			.collect();
	}
	hex_field(value, what)
}

/// Picks the GRANDPA justification out of the `justifications` of a `chain_getBlock` answer:
/// `null`, or a list of `[engine id, encoded justification]` pairs.
pub fn grandpa_justification_of(block: &Value) -> Result<Option<Vec<u8>>, Failure> {
	let what = "chain_getBlock justifications";
	let Some(list) = block.get("justifications") else { return Ok(None) };
	if list.is_null() {
		return Ok(None);
	}
	let list = list.as_array().ok_or_else(|| Failure::Rpc(format!("{what}: not a list")))?;
	for pair in list {
		let (Some(engine), Some(encoded)) = (pair.get(0), pair.get(1)) else {
			return Err(Failure::Rpc(format!("{what}: not an [engine, justification] pair")));
		};
		let engine = match engine.as_str() {
			Some(text) if !text.starts_with("0x") => text.as_bytes().to_vec(),
			_ => bytes_field(engine, what)?,
		};
		if engine == GRANDPA_ENGINE_ID {
			return bytes_field(encoded, what).map(Some);
		}
	}
	Ok(None)
}

fn hex_field(value: &Value, what: &str) -> Result<Vec<u8>, Failure> {
	let text = value
		.as_str()
		.ok_or_else(|| Failure::Rpc(format!("{what}: not a hex string")))?;
	from_hex(text).map_err(|e| Failure::Rpc(format!("{what}: {e}")))
}

impl ChainSource for HttpNode {
	fn finalized_number(&self) -> Result<BlockNumber, Failure> {
		let hash = self.call("chain_getFinalizedHead", json!([]))?;
		let header = self.call("chain_getHeader", json!([hash]))?;
		let number = header
			.get("number")
			.and_then(|n| n.as_str())
			.ok_or_else(|| Failure::Rpc("chain_getHeader: no number".into()))?;
		BlockNumber::from_str_radix(number.trim_start_matches("0x"), 16)
			.map_err(|e| Failure::Rpc(format!("chain_getHeader: number {number}: {e}")))
	}

	fn prove_finality(&self, number: BlockNumber) -> Result<Option<FinalityProof>, Failure> {
		let result = self.call("grandpa_proveFinality", json!([number]))?;
		if result.is_null() {
			return Ok(None);
		}
		let bytes = hex_field(&result, "grandpa_proveFinality")?;
		FinalityProof::decode_all(&mut &bytes[..])
			.map(Some)
			.map_err(|e| Failure::Justification(format!("cannot decode the finality proof: {e}")))
	}

	fn finalized_head(&self) -> Result<Hash, Failure> {
		let hash = hex_field(&self.call("chain_getFinalizedHead", json!([]))?, "finalized head")?;
		if hash.len() != 32 {
			return Err(Failure::Rpc(format!("chain_getFinalizedHead: {} bytes", hash.len())));
		}
		Ok(Hash::from_slice(&hash))
	}

	fn grandpa_justification(&self, hash: Hash) -> Result<Option<Vec<u8>>, Failure> {
		let result = self.call("chain_getBlock", json!([to_hex(hash.as_bytes())]))?;
		if result.is_null() {
			return Ok(None);
		}
		grandpa_justification_of(&result)
	}

	fn header(&self, hash: Hash) -> Result<Option<Header>, Failure> {
		let result = self.call("chain_getHeader", json!([to_hex(hash.as_bytes())]))?;
		if result.is_null() {
			return Ok(None);
		}
		serde_json::from_value(result)
			.map(Some)
			.map_err(|e| Failure::Header(format!("chain_getHeader: malformed header: {e}")))
	}

	fn block_hash(&self, number: BlockNumber) -> Result<Option<Hash>, Failure> {
		let result = self.call("chain_getBlockHash", json!([number]))?;
		if result.is_null() {
			return Ok(None);
		}
		let hash = hex_field(&result, "chain_getBlockHash")?;
		if hash.len() != 32 {
			return Err(Failure::Rpc(format!("chain_getBlockHash: {} bytes", hash.len())));
		}
		Ok(Some(Hash::from_slice(&hash)))
	}

	fn read_proof(&self, keys: &[Vec<u8>], at: Hash) -> Result<Vec<Vec<u8>>, Failure> {
		let keys: Vec<String> = keys.iter().map(|key| to_hex(key)).collect();
		let result = self.call("state_getReadProof", json!([keys, to_hex(at.as_bytes())]))?;
		let nodes = result
			.get("proof")
			.and_then(|p| p.as_array())
			.ok_or_else(|| Failure::Proof("state_getReadProof: no proof array".into()))?;
		nodes
			.iter()
			.map(|n| {
				let text =
					n.as_str().ok_or_else(|| Failure::Proof("proof node not a string".into()))?;
				from_hex(text).map_err(|e| Failure::Proof(format!("proof node: {e}")))
			})
			.collect()
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn reads_the_grandpa_justification_of_a_block() {
		let block = json!({ "block": {}, "justifications": [[[66, 69, 69, 70], [9]], [[70, 82, 78, 75], [1, 2, 3]]] });
		assert_eq!(grandpa_justification_of(&block), Ok(Some(vec![1, 2, 3])));
		let block = json!({ "block": {}, "justifications": [["FRNK", "0x0102"]] });
		assert_eq!(grandpa_justification_of(&block), Ok(Some(vec![1, 2])));
		let block = json!({ "block": {}, "justifications": [["0x46524e4b", "0x07"]] });
		assert_eq!(grandpa_justification_of(&block), Ok(Some(vec![7])));
		assert_eq!(
			grandpa_justification_of(&json!({ "block": {}, "justifications": null })),
			Ok(None)
		);
		let other = json!({ "block": {}, "justifications": [[[66, 69, 69, 70], [9]]] });
		assert_eq!(grandpa_justification_of(&other), Ok(None));
		let bad = json!({ "block": {}, "justifications": [[[70, 82, 78, 75], [300]]] });
		assert!(matches!(grandpa_justification_of(&bad), Err(Failure::Rpc(_))));
	}
}
