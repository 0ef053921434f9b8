//! Storage keys of FRAME storage items.

use sp_crypto_hashing::{blake2_128, twox_128, twox_64};

/// A FRAME map hasher (the transparent ones: the key can be read back from the storage key).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Hasher {
	/// `blake2_128(key) ++ key`
	#[value(name = "blake2_128_concat")]
	Blake2_128Concat,
	/// `twox64(key) ++ key`
	#[value(name = "twox64_concat")]
	Twox64Concat,
	/// `key`
	#[value(name = "identity")]
	Identity,
}

impl Hasher {
	/// The hashed form of an encoded map key.
	pub fn hash(self, key: &[u8]) -> Vec<u8> {
		match self {
			Self::Blake2_128Concat => [&blake2_128(key)[..], key].concat(),
			Self::Twox64Concat => [&twox_64(key)[..], key].concat(),
			Self::Identity => key.to_vec(),
		}
	}
}

/// `twox128(pallet) ++ twox128(item)`: the key of a storage value, the prefix of a map.
pub fn item_prefix(pallet: &str, item: &str) -> Vec<u8> {
	[twox_128(pallet.as_bytes()), twox_128(item.as_bytes())].concat()
}

/// The key of an entry of a (possibly multi-key) map: the item prefix then each encoded map key
/// hashed with its hasher, in order.
pub fn storage_key(pallet: &str, item: &str, map_keys: &[(Hasher, Vec<u8>)]) -> Vec<u8> {
	let mut key = item_prefix(pallet, item);
	for (hasher, map_key) in map_keys {
		key.extend(hasher.hash(map_key));
	}
	key
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::types::from_hex;

	#[test]
	fn well_known_keys() {
		// System.Number and Timestamp.Now, as every Substrate tool prints them.
		assert_eq!(
			storage_key("System", "Number", &[]),
			from_hex("0x26aa394eea5630e07c48ae0c9558cef702a5c1b19ab7a04f536c519aca4983ac").unwrap()
		);
		assert_eq!(
			storage_key("Timestamp", "Now", &[]),
			from_hex("0xf0c365c3cf59d671eb72da0e7a4113c49f1f0515f462cdcf84e0f1d6045dfcbb").unwrap()
		);
	}

	#[test]
	fn map_keys_are_hashed_in_order() {
		let alice = [0xd4u8; 32];
		let key = storage_key("System", "Account", &[(Hasher::Blake2_128Concat, alice.to_vec())]);
		assert_eq!(key.len(), 32 + 16 + 32);
		assert_eq!(&key[32..48], &blake2_128(&alice)[..]);
		assert_eq!(&key[48..], &alice[..]);
		let double = storage_key(
			"P",
			"I",
			&[(Hasher::Twox64Concat, vec![1, 2]), (Hasher::Identity, vec![3])],
		);
		assert_eq!(double[32..40], twox_64(&[1, 2]));
		assert_eq!(double[40..], [1, 2, 3]);
	}
}
