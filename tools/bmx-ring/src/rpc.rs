//! The node: a minimal blocking JSON-RPC client over HTTP (no subscriptions, no subxt).

use std::time::Duration;

use serde_json::{json, Value};

use crate::{
	encoding::{from_hex, to_hex},
	error::{Failure, Result},
};

/// A JSON-RPC error the node answered with: its code, message and data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RpcError {
	/// The JSON-RPC error code (1010 for an invalid transaction, 1014 for "priority too low").
	pub code: i64,
	/// The message.
	pub message: String,
	/// The data, as text (`"Custom error: 3"` for `InvalidTransaction::Custom(3)`).
	pub data: String,
}

/// A node reached over HTTP JSON-RPC.
pub struct Node {
	url: String,
	timeout: Duration,
}

impl Node {
	/// A client for the node at `url` (`http://host:port`; `ws://` and `wss://` are rewritten
	/// to `http://` and `https://`: a Substrate node serves both on one port).
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

	/// The node's URL as the tool reaches it.
	pub fn url(&self) -> &str {
		&self.url
	}

	/// Calls `method` with `params`. The outer error is a transport failure; the inner one the
	/// node's JSON-RPC error.
	pub fn try_call(
		&self,
		method: &str,
		params: Value,
	) -> Result<core::result::Result<Value, RpcError>> {
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
			return Ok(Err(RpcError {
				code: error.get("code").and_then(Value::as_i64).unwrap_or_default(),
				message: error.get("message").and_then(Value::as_str).unwrap_or_default().into(),
				data: match error.get("data") {
					None | Some(Value::Null) => String::new(),
					Some(Value::String(text)) => text.clone(),
					Some(other) => other.to_string(),
				},
			}));
		}
		reply
			.get("result")
			.cloned()
			.map(Ok)
			.ok_or_else(|| Failure::Rpc(format!("{method}: reply without result")))
	}

	/// Calls `method` with `params`; a JSON-RPC error is a [`Failure::Rpc`].
	pub fn call(&self, method: &str, params: Value) -> Result<Value> {
		self.try_call(method, params)?.map_err(|e| {
			Failure::Rpc(format!("{method}: error {}: {} {}", e.code, e.message, e.data))
		})
	}

	/// `chain_getBlockHash(number)`; `None` for a block the node does not have.
	pub fn block_hash(&self, number: Option<u32>) -> Result<Option<[u8; 32]>> {
		let result = self.call("chain_getBlockHash", json!([number]))?;
		if result.is_null() {
			return Ok(None);
		}
		hash_of(&result, "chain_getBlockHash").map(Some)
	}

	/// The number of block `hash` (`chain_getHeader(hash)`); `None` for a block the node does
	/// not have.
	pub fn block_number(&self, hash: &[u8; 32]) -> Result<Option<u32>> {
		let header = self.call("chain_getHeader", json!([to_hex(hash)]))?;
		if header.is_null() {
			return Ok(None);
		}
		number_of(&header).map(Some)
	}

	/// The chain's genesis hash (`chain_getBlockHash(0)`).
	pub fn genesis(&self) -> Result<[u8; 32]> {
		self.block_hash(Some(0))?
			.ok_or_else(|| Failure::Rpc("chain_getBlockHash(0): the node has no genesis".into()))
	}

	/// `state_call(method, data, at)`: a runtime API call, SCALE in and out.
	pub fn state_call(&self, method: &str, data: &[u8], at: Option<&[u8; 32]>) -> Result<Vec<u8>> {
		let at = at.map(|hash| to_hex(hash));
		let result = self.call("state_call", json!([method, to_hex(data), at]))?;
		bytes_of(&result, method)
	}

	/// `state_getStorage(key, at)`; `None` for an absent entry.
	pub fn storage(&self, key: &[u8], at: &[u8; 32]) -> Result<Option<Vec<u8>>> {
		let result = self.call("state_getStorage", json!([to_hex(key), to_hex(at)]))?;
		if result.is_null() {
			return Ok(None);
		}
		bytes_of(&result, "state_getStorage").map(Some)
	}
}

/// A `0x` hex string of bytes.
fn bytes_of(value: &Value, what: &str) -> Result<Vec<u8>> {
	let text = value
		.as_str()
		.ok_or_else(|| Failure::Rpc(format!("{what}: not a hex string: {value}")))?;
	from_hex(text).map_err(|e| Failure::Rpc(format!("{what}: {e}")))
}

/// A `0x` hex string of 32 bytes.
fn hash_of(value: &Value, what: &str) -> Result<[u8; 32]> {
	let bytes = bytes_of(value, what)?;
	bytes
		.try_into()
		.map_err(|b: Vec<u8>| Failure::Rpc(format!("{what}: {} bytes, not a hash", b.len())))
}

/// The block number of a header: `"number"`, a `0x` hex string (or, from some servers, a
/// JSON number).
fn number_of(header: &Value) -> Result<u32> {
	let number = header.get("number").ok_or_else(|| {
		Failure::Rpc(format!("chain_getHeader: a header without a number: {header}"))
	})?;
	let value = match number {
		Value::String(text) => {
			let digits = text.strip_prefix("0x").unwrap_or(text);
			u64::from_str_radix(digits, 16).ok()
		},
		other => other.as_u64(),
	};
	value
		.and_then(|n| u32::try_from(n).ok())
		.ok_or_else(|| Failure::Rpc(format!("chain_getHeader: not a block number: {number}")))
}

/// What `author_submitExtrinsic` returns: the extrinsic's hash.
pub fn submitted_hash(value: &Value) -> Result<[u8; 32]> {
	hash_of(value, "author_submitExtrinsic")
}

/// The `InvalidTransaction::Custom` code in a pool error's data (`"Custom error: 3"`), if any.
pub fn custom_code(error: &RpcError) -> Option<u8> {
	let (_, rest) = error.data.split_once("Custom error: ")?;
	let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
	digits.parse().ok()
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn reads_the_custom_code_of_a_pool_error() {
		let error = |data: &str| RpcError {
			code: 1010,
			message: "Invalid Transaction".into(),
			data: data.into(),
		};
		assert_eq!(custom_code(&error("Custom error: 3")), Some(3));
		assert_eq!(custom_code(&error("Custom error: 12 (extra)")), Some(12));
		assert_eq!(custom_code(&error("Transaction is outdated")), None);
		assert_eq!(custom_code(&error("")), None);
	}

	#[test]
	fn reads_the_number_of_a_header() {
		assert_eq!(number_of(&json!({ "number": "0x1a" })).unwrap(), 26);
		assert_eq!(number_of(&json!({ "number": 7 })).unwrap(), 7);
		assert!(number_of(&json!({ "number": "0x100000000" })).is_err());
		assert!(number_of(&json!({ "parentHash": "0x00" })).is_err());
	}

	#[test]
	fn websocket_urls_are_reached_over_http() {
		let node = Node::new("ws://127.0.0.1:9944", Duration::from_secs(1));
		assert_eq!(node.url(), "http://127.0.0.1:9944");
		let node = Node::new("wss://rpc.example", Duration::from_secs(1));
		assert_eq!(node.url(), "https://rpc.example");
	}
}
