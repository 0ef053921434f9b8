//! What the harness reads from the chain: the runtime's limits and the weight of a transaction
//! (runtime APIs over `state_call`), and per block its transactions, events, timestamp and
//! consumed weight (plain storage reads, decoded here or with the metadata).

use codec::{Decode, Encode};
use subxt::{
	config::RpcConfigFor, ext::scale_decode::DecodeAsType, rpcs::LegacyRpcMethods, utils::H256,
	OnlineClientAtBlock, SubstrateConfig,
};

/// Legacy JSON-RPC methods (`author_submitExtrinsic`, `chain_*`, `state_*`).
pub type Rpc = LegacyRpcMethods<RpcConfigFor<SubstrateConfig>>;
/// A client at one block, for its metadata (constants, transactions, events).
pub type AtBlock = OnlineClientAtBlock<SubstrateConfig>;

/// A two-dimensional weight.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, DecodeAsType, serde::Serialize)]
#[decode_as_type(crate_path = "subxt::ext::scale_decode")]
pub struct Weight {
	/// Execution time, in picoseconds.
	pub ref_time: u64,
	/// Proof size, in bytes.
	pub proof_size: u64,
}

/// `Weight`'s SCALE encoding (both fields compact), for runtime API answers and storage.
#[derive(Decode)]
struct EncodedWeight {
	#[codec(compact)]
	ref_time: u64,
	#[codec(compact)]
	proof_size: u64,
}

impl From<EncodedWeight> for Weight {
	fn from(w: EncodedWeight) -> Self {
		Weight { ref_time: w.ref_time, proof_size: w.proof_size }
	}
}

#[derive(DecodeAsType)]
#[decode_as_type(crate_path = "subxt::ext::scale_decode")]
struct WeightsPerClass {
	base_extrinsic: Weight,
	max_total: Option<Weight>,
}

#[derive(DecodeAsType)]
#[decode_as_type(crate_path = "subxt::ext::scale_decode")]
struct NormalWeights {
	normal: WeightsPerClass,
}

#[derive(DecodeAsType)]
#[decode_as_type(crate_path = "subxt::ext::scale_decode")]
struct BlockWeights {
	max_block: Weight,
	per_class: NormalWeights,
}

#[derive(DecodeAsType)]
#[decode_as_type(crate_path = "subxt::ext::scale_decode")]
struct NormalLength {
	normal: u32,
}

#[derive(DecodeAsType)]
#[decode_as_type(crate_path = "subxt::ext::scale_decode")]
struct BlockLength {
	max: NormalLength,
}

/// The runtime's own limits on what a block of normal transactions can hold.
#[derive(Clone, Copy, Debug, serde::Serialize)]
pub struct Limits {
	/// `System::BlockWeights::per_class.normal.max_total` (the whole block if unset).
	pub normal_max_total: Weight,
	/// The weight every extrinsic adds to its call's (`base_extrinsic` of the normal class).
	pub base_extrinsic: Weight,
	/// `System::BlockLength::max.normal`, in bytes.
	pub normal_max_length: u32,
	/// Aura's slot duration, in milliseconds: the block time.
	pub slot_duration_ms: u64,
}

/// Reads the limits from the runtime's constants and `AuraApi_slot_duration`.
pub async fn limits(at: &AtBlock, rpc: &Rpc) -> Result<Limits, String> {
	let weights = at
		.constants()
		.entry(subxt::dynamic::constant::<BlockWeights>("System", "BlockWeights"))
		.map_err(|e| format!("System::BlockWeights: {e}"))?;
	let length = at
		.constants()
		.entry(subxt::dynamic::constant::<BlockLength>("System", "BlockLength"))
		.map_err(|e| format!("System::BlockLength: {e}"))?;
	let slot = rpc
		.state_call("AuraApi_slot_duration", None, None)
		.await
		.map_err(|e| format!("AuraApi_slot_duration: {e}"))?;
	let slot_duration_ms =
		u64::decode(&mut &slot[..]).map_err(|e| format!("AuraApi_slot_duration: {e}"))?;
	Ok(Limits {
		normal_max_total: weights.per_class.normal.max_total.unwrap_or(weights.max_block),
		base_extrinsic: weights.per_class.normal.base_extrinsic,
		normal_max_length: length.max.normal,
		slot_duration_ms,
	})
}

/// The weight the runtime charges a signed transaction before dispatch (call and transaction
/// extensions: `TransactionPaymentApi_query_info`), without the base extrinsic weight.
pub async fn transaction_weight(rpc: &Rpc, encoded: &[u8]) -> Result<Weight, String> {
	let len = u32::try_from(encoded.len()).map_err(|_| "transaction too long".to_string())?;
	let mut args = encoded.to_vec();
	len.encode_to(&mut args);
	let answer = rpc
		.state_call("TransactionPaymentApi_query_info", Some(&args), None)
		.await
		.map_err(|e| format!("TransactionPaymentApi_query_info: {e}"))?;
	// RuntimeDispatchInfo { weight, class, partial_fee }: the weight comes first.
	EncodedWeight::decode(&mut &answer[..])
		.map(Weight::from)
		.map_err(|e| format!("TransactionPaymentApi_query_info: {e}"))
}

/// `twox_128(pallet) ++ twox_128(item)`: the key of a plain storage value.
pub fn value_key(pallet: &str, item: &str) -> Vec<u8> {
	let mut key = sp_crypto_hashing::twox_128(pallet.as_bytes()).to_vec();
	key.extend_from_slice(&sp_crypto_hashing::twox_128(item.as_bytes()));
	key
}

/// The free balance and nonce of `account` at the best block (`System::Account`).
pub async fn account(rpc: &Rpc, account: &[u8; 32]) -> Result<(u128, u32), String> {
	let mut key = value_key("System", "Account");
	key.extend_from_slice(&sp_crypto_hashing::blake2_128(account));
	key.extend_from_slice(account);
	let Some(bytes) = rpc.state_get_storage(&key, None).await.map_err(|e| e.to_string())? else {
		return Ok((0, 0));
	};
	// AccountInfo { nonce, consumers, providers, sufficients, data: { free, .. } }.
	let (nonce, _consumers, _providers, _sufficients, free) =
		<(u32, u32, u32, u32, u128)>::decode(&mut &bytes[..])
			.map_err(|e| format!("System::Account: {e}"))?;
	Ok((free, nonce))
}

/// What one block holds of the run.
#[derive(Clone, Debug, serde::Serialize)]
pub struct BlockStat {
	/// Block number.
	pub number: u64,
	/// `Timestamp::Now`, in milliseconds.
	pub timestamp_ms: u64,
	/// Every extrinsic in the block, inherents included.
	pub extrinsics: usize,
	/// The run's transactions in the block.
	pub ours: usize,
	/// Those whose `ExtrinsicSuccess` event is in the block.
	pub succeeded: usize,
	/// Those whose `ExtrinsicFailed` event is in the block.
	pub failed: usize,
	/// Normal-class weight consumed (`System::BlockWeight`), reclaim included.
	pub normal_weight: Weight,
	/// The weight charged for the run's successful transactions after their refunds (the sum of
	/// their `ExtrinsicSuccess` `dispatch_info.weight`, which includes the base extrinsic weight).
	pub ours_charged: Weight,
}

/// Reads block `hash`: its extrinsics matched against `is_ours` (by blake2-256 of their
/// encoding), their outcome from the events, the timestamp and the consumed weight.
pub async fn block_stat(
	rpc: &Rpc,
	at: &AtBlock,
	hash: H256,
	is_ours: impl Fn(&[u8; 32]) -> bool,
) -> Result<BlockStat, String> {
	let block = rpc
		.chain_get_block(Some(hash))
		.await
		.map_err(|e| format!("chain_getBlock: {e}"))?
		.ok_or_else(|| format!("no block {hash:?}"))?
		.block;
	let ours: Vec<u32> = block
		.extrinsics
		.iter()
		.enumerate()
		.filter(|(_, bytes)| is_ours(&sp_crypto_hashing::blake2_256(&bytes.0)))
		.filter_map(|(index, _)| u32::try_from(index).ok())
		.collect();

	let read = |pallet: &'static str, item: &'static str| async move {
		rpc.state_get_storage(&value_key(pallet, item), Some(hash))
			.await
			.map_err(|e| format!("{pallet}::{item}: {e}"))
			.map(Option::unwrap_or_default)
	};
	let timestamp_ms = u64::decode(&mut &read("Timestamp", "Now").await?[..])
		.map_err(|e| format!("Timestamp::Now: {e}"))?;
	// ConsumedWeight: PerDispatchClass { normal, operational, mandatory }.
	let normal_weight = EncodedWeight::decode(&mut &read("System", "BlockWeight").await?[..])
		.map(Weight::from)
		.map_err(|e| format!("System::BlockWeight: {e}"))?;

	let events = at.events().from_bytes(read("System", "Events").await?);
	let (mut succeeded, mut failed) = (0, 0);
	let mut ours_charged = Weight::default();
	for event in events.iter() {
		let event =
			event.map_err(|e| format!("System::Events of #{}: {e}", block.header.number))?;
		let subxt::events::Phase::ApplyExtrinsic(index) = event.phase() else { continue };
		if event.pallet_name() != "System" || !ours.contains(&index) {
			continue;
		}
		match event.event_name() {
			"ExtrinsicSuccess" => {
				succeeded += 1;
				// ExtrinsicSuccess { dispatch_info: DispatchEventInfo { weight, class, pays_fee } }.
				let charged = EncodedWeight::decode(&mut event.field_bytes())
					.map(Weight::from)
					.map_err(|e| format!("ExtrinsicSuccess of #{}: {e}", block.header.number))?;
				ours_charged.ref_time = ours_charged.ref_time.saturating_add(charged.ref_time);
				ours_charged.proof_size =
					ours_charged.proof_size.saturating_add(charged.proof_size);
			},
			"ExtrinsicFailed" => failed += 1,
			_ => {},
		}
	}
	Ok(BlockStat {
		number: block.header.number,
		timestamp_ms,
		extrinsics: block.extrinsics.len(),
		ours: ours.len(),
		succeeded,
		failed,
		normal_weight,
		ours_charged,
	})
}

/// Best and finalized block numbers.
pub async fn heights(rpc: &Rpc) -> Result<(u64, u64), String> {
	let best = rpc.chain_get_header(None).await.map_err(|e| e.to_string())?;
	let finalized_hash = rpc.chain_get_finalized_head().await.map_err(|e| e.to_string())?;
	let finalized = rpc.chain_get_header(Some(finalized_hash)).await.map_err(|e| e.to_string())?;
	match (best, finalized) {
		(Some(best), Some(finalized)) => Ok((best.number, finalized.number)),
		_ => Err("the node has no best or finalized header".into()),
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use codec::Compact;

	#[test]
	fn a_weight_decodes_from_its_compact_encoding() {
		let bytes = (Compact(1_234_567_u64), Compact(3_593_u64), 0u8, 5u128).encode();
		let weight: Weight = EncodedWeight::decode(&mut &bytes[..]).unwrap().into();
		assert_eq!(weight, Weight { ref_time: 1_234_567, proof_size: 3_593 });
	}

	#[test]
	fn a_value_key_is_the_two_twox_hashes() {
		// `Timestamp::Now`, as every Substrate chain stores it.
		assert_eq!(
			hex::encode(value_key("Timestamp", "Now")),
			"f0c365c3cf59d671eb72da0e7a4113c49f1f0515f462cdcf84e0f1d6045dfcbb"
		);
	}
}
