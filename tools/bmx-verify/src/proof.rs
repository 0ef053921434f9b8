//! Storage read proofs checked against a state root.

use sp_runtime::traits::BlakeTwo256;
use sp_trie::StorageProof;

use crate::{error::Failure, types::Hash};

/// Checks the read proof `nodes` (trie nodes as `state_getReadProof` returns them) for `keys`
/// against `state_root`; returns the proven values in the order of `keys`, `None` where the
/// proof shows the key absent.
pub fn check_read_proof_of(
	state_root: Hash,
	nodes: Vec<Vec<u8>>,
	keys: &[Vec<u8>],
) -> Result<Vec<Option<Vec<u8>>>, Failure> {
	let mut values = sp_state_machine::read_proof_check::<BlakeTwo256, _>(
		state_root,
		StorageProof::new(nodes),
		keys,
	)
	.map_err(|e| {
		Failure::Proof(format!("the read proof does not lead from state root {state_root:?}: {e}"))
	})?;
	keys.iter()
		.map(|key| {
			values.remove(key).ok_or_else(|| {
				Failure::Proof(format!(
					"the read proof omits the key {}",
					crate::types::to_hex(key)
				))
			})
		})
		.collect()
}

/// [`check_read_proof_of`] for one key.
#[cfg(test)]
pub fn check_read_proof(
	state_root: Hash,
	nodes: Vec<Vec<u8>>,
	key: &[u8],
) -> Result<Option<Vec<u8>>, Failure> {
	let mut values = check_read_proof_of(state_root, nodes, &[key.to_vec()])?;
	values.pop().ok_or_else(|| Failure::Proof("no value".into()))
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_trie::{LayoutV1, MemoryDB, TrieDBMutBuilder, TrieMut};

	type Layout = LayoutV1<BlakeTwo256>;

	/// A trie with a few entries (one value larger than 32 bytes, stored hashed) and a proof of
	/// `key` from it.
	fn trie_and_proof(key: &[u8]) -> (Hash, Vec<Vec<u8>>) {
		let mut db = MemoryDB::<BlakeTwo256>::default();
		let mut root = Hash::default();
		{
			let mut trie = TrieDBMutBuilder::<Layout>::new(&mut db, &mut root).build();
			for i in 0u8..40 {
				trie.insert(&[i, i, 7], &[i; 3]).expect("in-memory trie");
			}
			trie.insert(b"long", &[42u8; 100]).expect("in-memory trie");
		}
		// Record the plain nodes a lookup touches: the node's read proofs are such node sets.
		let recorder = sp_trie::recorder::Recorder::<BlakeTwo256>::default();
		{
			let mut trie_recorder = recorder.as_trie_recorder(root);
			let trie = sp_trie::TrieDBBuilder::<Layout>::new(&db, &root)
				.with_recorder(&mut trie_recorder)
				.build();
			use sp_trie::Trie;
			let _ = trie.get(key).expect("in-memory trie");
		}
		let nodes = recorder.drain_storage_proof().into_iter_nodes().collect();
		(root, nodes)
	}

	#[test]
	fn good_proof_gives_the_value() {
		let (root, nodes) = trie_and_proof(&[5, 5, 7]);
		assert_eq!(check_read_proof(root, nodes, &[5, 5, 7]), Ok(Some(vec![5; 3])));
		let (root, nodes) = trie_and_proof(b"long");
		assert_eq!(check_read_proof(root, nodes, b"long"), Ok(Some(vec![42; 100])));
	}

	#[test]
	fn good_proof_of_absence() {
		let (root, nodes) = trie_and_proof(&[5, 5, 8]);
		assert_eq!(check_read_proof(root, nodes, &[5, 5, 8]), Ok(None));
	}

	#[test]
	fn altered_node_fails() {
		let (root, mut nodes) = trie_and_proof(&[5, 5, 7]);
		assert!(nodes.len() > 1, "a proof with a branch");
		for i in 0..nodes.len() {
			let last = nodes[i].len() - 1;
			nodes[i][last] ^= 1;
			let result = check_read_proof(root, nodes.clone(), &[5, 5, 7]);
			assert!(matches!(result, Err(Failure::Proof(_))), "node {i}: {result:?}");
			nodes[i][last] ^= 1;
		}
	}

	#[test]
	fn altered_value_fails() {
		let (root, nodes) = trie_and_proof(b"long");
		// The 100-byte value is a node of its own in the proof; alter it.
		assert!(nodes.contains(&vec![42u8; 100]), "the long value is a node of the proof");
		let altered: Vec<Vec<u8>> = nodes
			.into_iter()
			.map(|n| if n == vec![42u8; 100] { vec![43u8; 100] } else { n })
			.collect();
		assert!(matches!(check_read_proof(root, altered, b"long"), Err(Failure::Proof(_))));
	}

	#[test]
	fn other_root_fails() {
		let (_, nodes) = trie_and_proof(&[5, 5, 7]);
		let result = check_read_proof(Hash::repeat_byte(7), nodes, &[5, 5, 7]);
		assert!(matches!(result, Err(Failure::Proof(m)) if m.contains("state root")));
	}

	#[test]
	fn missing_node_fails() {
		let (root, mut nodes) = trie_and_proof(&[5, 5, 7]);
		nodes.pop();
		assert!(matches!(check_read_proof(root, nodes, &[5, 5, 7]), Err(Failure::Proof(_))));
	}
}
