//! Chain types of Blockchain MX, restated without depending on the runtime crate.

use codec::{Decode, Encode};

/// Block number of our chain.
pub type BlockNumber = u32;
/// Block hash (BLAKE2-256).
pub type Hash = sp_core::H256;
/// Block header of our chain.
pub type Header = sp_runtime::generic::Header<BlockNumber, sp_runtime::traits::BlakeTwo256>;
/// GRANDPA justification for a block of our chain.
pub type Justification = sp_consensus_grandpa::GrandpaJustification<Header>;

/// What `grandpa_proveFinality` returns (SCALE), the same layout as the node's
/// `FinalityProof` of sc-consensus-grandpa.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct FinalityProof {
	/// The block the justification finalizes.
	pub block: Hash,
	/// SCALE-encoded [`Justification`] of `block`.
	pub justification: Vec<u8>,
	/// Headers between the requested block and `block` (not trusted, not needed here).
	pub unknown_headers: Vec<Header>,
}

/// `0x`-prefixed lower-case hex.
pub fn to_hex(bytes: &[u8]) -> String {
	format!("0x{}", hex::encode(bytes))
}

/// Parses hex with or without `0x`.
pub fn from_hex(text: &str) -> Result<Vec<u8>, String> {
	let digits = text.strip_prefix("0x").unwrap_or(text);
	hex::decode(digits).map_err(|e| format!("not hex ({e}): {text}"))
}
