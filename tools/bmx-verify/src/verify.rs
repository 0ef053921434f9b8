//! The verification flow: from the trusted genesis authority set to a finalized header, then to a
//! storage value under that header's state root.

use sp_consensus_grandpa::{ConsensusLog, GRANDPA_ENGINE_ID};

use crate::{
	error::Failure,
	finality::{verify_justification, AuthoritySet, Finalized},
	proof::check_read_proof_of,
	rpc::ChainSource,
	typed::TypedQuery,
	types::{BlockNumber, FinalityProof, Hash, Header},
};

/// At most this many authority set hand-offs are followed.
const MAX_SET_CHANGES: usize = 10_000;
/// At most this many headers are walked back from a set's last block to find its change digest.
const MAX_CHANGE_DELAY: u32 = 4_096;

/// At most this many blocks are walked back from the finalized head to find a block whose
/// GRANDPA justification the node keeps (the node keeps one at least every
/// `GRANDPA_JUSTIFICATION_PERIOD` = 8 blocks, and at each set change).
pub const MAX_JUSTIFICATION_WALK: u32 = 64;

/// Where the verified justification came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
	/// `grandpa_proveFinality` of the node's finalized head.
	ProveFinality,
	/// The justification stored with the block (`chain_getBlock`), found by walking back from
	/// the finalized head: the fallback when `grandpa_proveFinality` cannot prove blocks of the
	/// current set (paritytech/polkadot-sdk#1401).
	BlockJustification,
}

impl Route {
	/// Name of the RPC the justification came from.
	pub fn rpc(self) -> &'static str {
		match self {
			Self::ProveFinality => "grandpa_proveFinality",
			Self::BlockJustification => "chain_getBlock",
		}
	}
}

/// A block proven finalized, with its header (hash checked) and the set that finalized it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checkpoint {
	/// Where its justification came from.
	pub route: Route,
	/// The proven block.
	pub finalized: Finalized,
	/// Its header; `header.hash() == finalized.hash`.
	pub header: Header,
	/// The authority set whose justification proved it.
	pub set: AuthoritySet,
}

/// Storage values proven at one checkpoint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProvenEntries {
	/// Where they are proven.
	pub checkpoint: Checkpoint,
	/// Each storage key and its value, `None` when proven absent; in the order asked.
	pub entries: Vec<(Vec<u8>, Option<Vec<u8>>)>,
}

/// Verifies a finality proof with `set`: the justification, and that the proof names the block
/// the justification finalizes.
fn verify_finality_proof(proof: &FinalityProof, set: &AuthoritySet) -> Result<Finalized, Failure> {
	let finalized = verify_justification(&proof.justification, set)?;
	if finalized.hash != proof.block {
		return Err(Failure::Justification(format!(
			"the finality proof names block {:?} but its justification finalizes {:?}",
			proof.block, finalized.hash
		)));
	}
	Ok(finalized)
}

/// Fetches the header of `hash` and checks that it hashes to `hash`.
fn checked_header(source: &impl ChainSource, hash: Hash) -> Result<Header, Failure> {
	let header = source
		.header(hash)?
		.ok_or_else(|| Failure::Header(format!("the node has no header for block {hash:?}")))?;
	let actual = header.hash();
	if actual != hash {
		return Err(Failure::Header(format!(
			"the header served for block {hash:?} hashes to {actual:?} (altered header)"
		)));
	}
	Ok(header)
}

/// The authorities that take over after block `end` (number `end_number`), the last block of a
/// set: the standard change whose digest sits in `end` or an ancestor `n` with
/// `n + delay == end_number`, walked through hash-checked headers down to `floor` (exclusive).
fn enacted_change(
	source: &impl ChainSource,
	end: Hash,
	end_number: BlockNumber,
	floor: BlockNumber,
) -> Result<Option<sp_consensus_grandpa::AuthorityList>, Failure> {
	let mut expected = end;
	let mut forced = None;
	loop {
		let header = checked_header(source, expected)?;
		for log in header.digest.logs() {
			match log.consensus_try_to::<ConsensusLog<BlockNumber>>(&GRANDPA_ENGINE_ID) {
				Some(ConsensusLog::ScheduledChange(change))
					if header.number.checked_add(change.delay) == Some(end_number) =>
				{
					return Ok(Some(change.next_authorities));
				},
				Some(ConsensusLog::ForcedChange(..)) => forced = Some(header.number),
				_ => {},
			}
		}
		if header.number <= floor.saturating_add(1)
			|| end_number.saturating_sub(header.number) >= MAX_CHANGE_DELAY
		{
			break;
		}
		expected = header.parent_hash;
	}
	match forced {
		Some(number) => Err(Failure::AuthoritySet(format!(
			"a forced authority set change (block #{number}) is not supported"
		))),
		None => Ok(None),
	}
}

/// Checks that the header served for `finalized.hash` carries the justification's number.
fn proven_header(source: &impl ChainSource, finalized: &Finalized) -> Result<Header, Failure> {
	let header = checked_header(source, finalized.hash)?;
	if header.number != finalized.number {
		return Err(Failure::Header(format!(
			"the header of block {:?} says #{}, the justification #{}",
			finalized.hash, header.number, finalized.number
		)));
	}
	Ok(header)
}

/// The fallback: walks back from the node's finalized head through hash-checked headers (at most
/// [`MAX_JUSTIFICATION_WALK`] blocks, never below `floor`, the last block of the previous set)
/// to the first block the node keeps a GRANDPA justification for, and verifies it with `set`.
/// A justification that fails the check is refused (no further walk: the node is lying).
fn stored_justification_checkpoint(
	source: &impl ChainSource,
	set: &AuthoritySet,
	floor: BlockNumber,
	why: &Failure,
) -> Result<Checkpoint, Failure> {
	let mut expected = source.finalized_head()?;
	let mut walked: u32 = 0;
	let mut first: Option<BlockNumber> = None;
	loop {
		let header = checked_header(source, expected)?;
		first.get_or_insert(header.number);
		if header.number <= floor {
			break;
		}
		if let Some(encoded) = source.grandpa_justification(expected)? {
			let finalized = verify_justification(&encoded, set)?;
			if finalized.hash != expected || finalized.number != header.number {
				return Err(Failure::Justification(format!(
					"the justification stored with block #{} {expected:?} finalizes #{} {:?} instead",
					header.number, finalized.number, finalized.hash
				)));
			}
			return Ok(Checkpoint {
				route: Route::BlockJustification,
				finalized,
				header,
				set: set.clone(),
			});
		}
		walked = walked.saturating_add(1);
		if walked >= MAX_JUSTIFICATION_WALK || header.number <= floor.saturating_add(1) {
			break;
		}
		expected = header.parent_hash;
	}
	Err(Failure::Justification(format!(
		"no GRANDPA justification of authority set {} in the {walked} blocks walked back from the \
		 finalized head #{} (bound {MAX_JUSTIFICATION_WALK} blocks, floor #{floor}); \
		 grandpa_proveFinality gave: {why}",
		set.set_id,
		first.unwrap_or_default(),
	)))
}

/// Proves the node's latest finalized block that its authorities signed, starting from
/// `genesis_set` and following every authority set hand-off.
///
/// The latest proof (`grandpa_proveFinality` of the head) is tried with the set known so far; if
/// the node gives none or it fails, the node is asked for the proof of the first block after the
/// last proven one, which (if the set changed) is the justification of the set's last block.
/// That block, signed by the known set, must enact a scheduled change: its new authorities
/// become set `id + 1`. When no hand-off is proven, the known set is the current one and the
/// justification stored with a recent block is verified instead
/// ([`stored_justification_checkpoint`]).
pub fn finalized_checkpoint(
	source: &impl ChainSource,
	genesis_set: AuthoritySet,
) -> Result<Checkpoint, Failure> {
	let mut set = genesis_set;
	let mut last_proven: BlockNumber = 0;
	for _ in 0..MAX_SET_CHANGES {
		let head = source.finalized_number()?;
		let latest_error = match source.prove_finality(head) {
			Ok(Some(latest)) => match verify_finality_proof(&latest, &set) {
				Ok(finalized) => {
					let header = proven_header(source, &finalized)?;
					return Ok(Checkpoint { route: Route::ProveFinality, finalized, header, set });
				},
				Err(error) => error,
			},
			Ok(None) => Failure::Justification(format!(
				"the node gives no finality proof for block #{head}"
			)),
			Err(error) => error,
		};
		let next = last_proven.saturating_add(1);
		let hand_off = if next > head { None } else { source.prove_finality(next).ok().flatten() };
		let end = hand_off
			.and_then(|proof| verify_finality_proof(&proof, &set).ok())
			.filter(|end| end.number > last_proven);
		let Some(end) = end else {
			return stored_justification_checkpoint(source, &set, last_proven, &latest_error);
		};
		match enacted_change(source, end.hash, end.number, last_proven)? {
			Some(authorities) => {
				set = AuthoritySet { set_id: set.set_id.saturating_add(1), authorities };
				last_proven = end.number;
			},
			None => {
				return stored_justification_checkpoint(source, &set, last_proven, &latest_error)
			},
		}
	}
	Err(Failure::AuthoritySet(format!("more than {MAX_SET_CHANGES} authority set changes")))
}

/// Proves the values of `keys` at the latest finalized block the node can prove, all at the same
/// block (one read proof).
pub fn prove_entries(
	source: &impl ChainSource,
	genesis_set: AuthoritySet,
	keys: &[Vec<u8>],
) -> Result<ProvenEntries, Failure> {
	let checkpoint = finalized_checkpoint(source, genesis_set)?;
	let entries = prove_at(source, &checkpoint, keys)?;
	Ok(ProvenEntries { checkpoint, entries })
}

/// Proves what `query` asks at the latest finalized block the node can prove: its keys, then
/// the keys that depend on their values ([`TypedQuery::follow_up_keys`]) against the same state
/// root; renders the values, and adds the query's notes from the node
/// ([`TypedQuery::cross_check`]).
pub fn prove_query<S: ChainSource>(
	source: &S,
	genesis_set: AuthoritySet,
	query: &dyn TypedQuery,
) -> Result<(ProvenEntries, serde_json::Value), Failure> {
	let mut proven = prove_entries(source, genesis_set, &query.keys())?;
	let values: Vec<_> = proven.entries.iter().map(|(_, value)| value.clone()).collect();
	let follow_up = query.follow_up_keys(&values)?;
	if !follow_up.is_empty() {
		let more = prove_at(source, &proven.checkpoint, &follow_up)?;
		proven.entries.extend(more);
	}
	let values: Vec<_> = proven.entries.iter().map(|(_, value)| value.clone()).collect();
	let mut rendered = query.render(&values)?;
	query.cross_check(&mut rendered, source);
	Ok((proven, rendered))
}

/// Proves the values of `keys` at an already proven `checkpoint` (one more read proof, checked
/// against the same state root): for keys that depend on values proven there first.
pub fn prove_at(
	source: &impl ChainSource,
	checkpoint: &Checkpoint,
	keys: &[Vec<u8>],
) -> Result<Vec<(Vec<u8>, Option<Vec<u8>>)>, Failure> {
	let nodes = source.read_proof(keys, checkpoint.finalized.hash)?;
	let values = check_read_proof_of(checkpoint.header.state_root, nodes, keys)?;
	Ok(keys.iter().cloned().zip(values).collect())
}

#[cfg(test)]
pub(crate) mod tests {
	use super::*;
	use crate::finality::tests::{header, justification, set_of};
	use codec::Encode;
	use sp_consensus_grandpa::{AuthorityId, ScheduledChange};
	use sp_keyring::Ed25519Keyring::{self, *};
	use sp_runtime::{traits::Hash as _, DigestItem};
	use sp_trie::{LayoutV1, MemoryDB, TrieDBMutBuilder, TrieMut};
	use std::collections::BTreeMap;

	/// A fake node: a chain of headers, justifications by block number (the last block of each
	/// set, then the latest), and one storage trie shared by all blocks.
	pub(crate) struct FakeNode {
		headers: BTreeMap<Hash, Header>,
		chain: Vec<Header>,
		/// (last block number the proof covers, finality proof)
		proofs: Vec<(BlockNumber, FinalityProof)>,
		/// Justifications kept with blocks (`chain_getBlock`).
		stored: BTreeMap<Hash, Vec<u8>>,
		/// `grandpa_proveFinality` answers only for blocks up to this number and errors above
		/// it, as upstream does for blocks of the current set (#1401).
		covered_up_to: Option<BlockNumber>,
		db: MemoryDB<sp_runtime::traits::BlakeTwo256>,
	}

	impl ChainSource for FakeNode {
		fn finalized_number(&self) -> Result<BlockNumber, Failure> {
			Ok(self.chain.last().map(|h| h.number).unwrap_or_default())
		}
		fn prove_finality(&self, number: BlockNumber) -> Result<Option<FinalityProof>, Failure> {
			if self.covered_up_to.is_some_and(|covered| number > covered) {
				return Err(Failure::Rpc(
					"grandpa_proveFinality: Block not covered by authority set changes".into(),
				));
			}
			Ok(self.proofs.iter().find(|(end, _)| number <= *end).map(|(_, p)| p.clone()))
		}
		fn finalized_head(&self) -> Result<Hash, Failure> {
			Ok(self.chain.last().map(|h| h.hash()).unwrap_or_default())
		}
		fn header(&self, hash: Hash) -> Result<Option<Header>, Failure> {
			Ok(self.headers.get(&hash).cloned())
		}
		fn grandpa_justification(&self, hash: Hash) -> Result<Option<Vec<u8>>, Failure> {
			Ok(self.stored.get(&hash).cloned())
		}
		fn block_hash(&self, number: BlockNumber) -> Result<Option<Hash>, Failure> {
			if number == 0 {
				return Ok(self.chain.first().map(|h| h.parent_hash));
			}
			Ok(self.chain.iter().find(|h| h.number == number).map(|h| h.hash()))
		}
		fn read_proof(&self, keys: &[Vec<u8>], at: Hash) -> Result<Vec<Vec<u8>>, Failure> {
			let root = self.headers[&at].state_root;
			let recorder =
				sp_trie::recorder::Recorder::<sp_runtime::traits::BlakeTwo256>::default();
			{
				use sp_trie::Trie;
				let mut trie_recorder = recorder.as_trie_recorder(root);
				let trie = sp_trie::TrieDBBuilder::<LayoutV1<_>>::new(&self.db, &root)
					.with_recorder(&mut trie_recorder)
					.build();
				for key in keys {
					trie.get(key).expect("fake trie");
				}
			}
			Ok(recorder.drain_storage_proof().into_iter_nodes().collect())
		}
	}

	/// One key proven, as the tests check it.
	#[derive(Debug)]
	struct ProvenValue {
		checkpoint: Checkpoint,
		value: Option<Vec<u8>>,
	}

	fn prove_storage(
		node: &FakeNode,
		set: AuthoritySet,
		key: &[u8],
	) -> Result<ProvenValue, Failure> {
		let mut proven = prove_entries(node, set, &[key.to_vec()])?;
		assert_eq!(proven.entries.len(), 1);
		let (_, value) = proven.entries.pop().expect("one entry");
		Ok(ProvenValue { checkpoint: proven.checkpoint, value })
	}

	#[test]
	fn proves_several_keys_at_one_block() {
		let node = fake_node();
		let keys = [b"key".to_vec(), b"nope".to_vec()];
		let proven = prove_entries(&node, set_of(&[Alice, Bob, Charlie], 0), &keys).unwrap();
		assert_eq!(
			proven.entries,
			vec![(b"key".to_vec(), Some(b"value".to_vec())), (b"nope".to_vec(), None)]
		);
	}

	#[test]
	fn proves_follow_up_keys_against_the_same_state_root() {
		let node = fake_node();
		let set = set_of(&[Alice, Bob, Charlie], 0);
		let proven = prove_entries(&node, set, &[b"key".to_vec()]).unwrap();
		let more =
			prove_at(&node, &proven.checkpoint, &[b"value".to_vec(), b"key".to_vec()]).unwrap();
		assert_eq!(
			more,
			vec![(b"value".to_vec(), None), (b"key".to_vec(), Some(b"value".to_vec()))]
		);
		// The second proof is checked against the proven header's root, not the node's word.
		let mut other = proven.checkpoint.clone();
		other.header.state_root = Hash::repeat_byte(7);
		let error = prove_at(&node, &other, &[b"key".to_vec()]).unwrap_err();
		assert!(matches!(error, Failure::Proof(_)), "{error}");
	}

	fn change_digest(next: &[Ed25519Keyring], delay: BlockNumber) -> DigestItem {
		let change = ScheduledChange {
			next_authorities: next.iter().map(|k| (AuthorityId::from(k.public()), 1)).collect(),
			delay,
		};
		DigestItem::Consensus(GRANDPA_ENGINE_ID, ConsensusLog::ScheduledChange(change).encode())
	}

	/// Blocks 1..=10; set 0 (Alice, Bob, Charlie) hands over at block 4 (change digest in block 2,
	/// delay 2) to set 1 (Dave, Eve, Ferdie), which finalizes block 10.
	fn fake_node() -> FakeNode {
		fake_node_with(&[(b"key".to_vec(), b"value".to_vec())])
	}

	/// [`fake_node`] with `entries` as its storage.
	pub(crate) fn fake_node_with(entries: &[(Vec<u8>, Vec<u8>)]) -> FakeNode {
		let mut db = MemoryDB::default();
		let mut root = Hash::default();
		{
			let mut trie = TrieDBMutBuilder::<LayoutV1<_>>::new(&mut db, &mut root).build();
			for (key, value) in entries {
				trie.insert(key, value).expect("fake trie");
			}
		}
		let mut chain: Vec<Header> = Vec::new();
		let mut parent = sp_runtime::traits::BlakeTwo256::hash(b"genesis");
		for number in 1..=10 {
			let mut h = header(number, parent);
			h.state_root = root;
			if number == 2 {
				h.digest.push(change_digest(&[Dave, Eve, Ferdie], 2));
			}
			parent = h.hash();
			chain.push(h);
		}
		let proof = |h: &Header, signers: &[Ed25519Keyring], set_id| FinalityProof {
			block: h.hash(),
			justification: justification(h, signers, set_id).encode(),
			unknown_headers: Vec::new(),
		};
		let proofs = vec![
			(4, proof(&chain[3], &[Alice, Bob, Charlie], 0)),
			(10, proof(&chain[9], &[Dave, Eve, Ferdie], 1)),
		];
		FakeNode {
			headers: chain.iter().map(|h| (h.hash(), h.clone())).collect(),
			chain,
			proofs,
			stored: BTreeMap::new(),
			covered_up_to: None,
			db,
		}
	}

	/// The fake node as upstream behaves between set changes: `grandpa_proveFinality` proves
	/// the hand-off at block 4 but errors for blocks of the current set 1; the justification of
	/// block `kept` (signed by set 1) is kept with the block.
	fn fallback_node(kept: usize) -> FakeNode {
		let mut node = fake_node();
		node.covered_up_to = Some(4);
		node.proofs.truncate(1);
		let block = &node.chain[kept - 1];
		node.stored
			.insert(block.hash(), justification(block, &[Dave, Eve, Ferdie], 1).encode());
		node
	}

	#[test]
	fn follows_a_hand_off_and_proves_storage() {
		let node = fake_node();
		let proven = prove_storage(&node, set_of(&[Alice, Bob, Charlie], 0), b"key").unwrap();
		assert_eq!(proven.checkpoint.finalized.number, 10);
		assert_eq!(proven.checkpoint.set.set_id, 1);
		assert_eq!(proven.value, Some(b"value".to_vec()));
		let absent = prove_storage(&node, set_of(&[Alice, Bob, Charlie], 0), b"nope").unwrap();
		assert_eq!(absent.value, None);
	}

	#[test]
	fn wrong_trust_root_fails() {
		let node = fake_node();
		let error = prove_storage(&node, set_of(&[Eve, Ferdie, Alice], 0), b"key").unwrap_err();
		assert!(matches!(error, Failure::Justification(_)), "{error}");
	}

	#[test]
	fn hand_off_without_change_digest_fails() {
		let mut node = fake_node();
		// Rebuild the chain without the digest: the set-0 proof of block 4 then enacts nothing.
		let mut parent = node.chain[0].parent_hash;
		let mut chain = Vec::new();
		for mut h in node.chain.clone() {
			h.digest = Default::default();
			h.parent_hash = parent;
			parent = h.hash();
			chain.push(h);
		}
		node.proofs[0].1 = FinalityProof {
			block: chain[3].hash(),
			justification: justification(&chain[3], &[Alice, Bob, Charlie], 0).encode(),
			unknown_headers: Vec::new(),
		};
		node.proofs[1].1 = FinalityProof {
			block: chain[9].hash(),
			justification: justification(&chain[9], &[Dave, Eve, Ferdie], 1).encode(),
			unknown_headers: Vec::new(),
		};
		node.headers = chain.iter().map(|h| (h.hash(), h.clone())).collect();
		node.chain = chain;
		let error = prove_storage(&node, set_of(&[Alice, Bob, Charlie], 0), b"key").unwrap_err();
		assert!(matches!(error, Failure::Justification(_)), "{error}");
	}

	#[test]
	fn altered_header_fails() {
		let mut node = fake_node();
		let last = node.chain[9].hash();
		node.headers.get_mut(&last).expect("block 10").state_root = Hash::repeat_byte(9);
		let error = prove_storage(&node, set_of(&[Alice, Bob, Charlie], 0), b"key").unwrap_err();
		assert!(matches!(&error, Failure::Header(m) if m.contains("altered header")), "{error}");
	}

	#[test]
	fn proof_naming_another_block_fails() {
		let mut node = fake_node();
		node.proofs[1].1.block = node.chain[8].hash();
		let error = prove_storage(&node, set_of(&[Alice, Bob, Charlie], 0), b"key").unwrap_err();
		assert!(matches!(error, Failure::Justification(_)), "{error}");
	}

	#[test]
	fn falls_back_to_the_justification_kept_with_a_block() {
		let node = fallback_node(8);
		let proven = prove_storage(&node, set_of(&[Alice, Bob, Charlie], 0), b"key").unwrap();
		assert_eq!(proven.checkpoint.route, Route::BlockJustification);
		assert_eq!(proven.checkpoint.finalized.number, 8);
		assert_eq!(proven.checkpoint.finalized.hash, node.chain[7].hash());
		assert_eq!(proven.checkpoint.set.set_id, 1, "reached through the proven hand-off");
		assert_eq!(proven.value, Some(b"value".to_vec()));
	}

	#[test]
	fn falls_back_on_a_chain_that_never_changed_its_set() {
		// All of prove_finality errors, as on a dev chain; set 0 signed block 3.
		let mut node = fake_node();
		node.covered_up_to = Some(0);
		let block = &node.chain[2];
		node.stored
			.insert(block.hash(), justification(block, &[Alice, Bob, Charlie], 0).encode());
		let proven = prove_storage(&node, set_of(&[Alice, Bob, Charlie], 0), b"key").unwrap();
		assert_eq!(proven.checkpoint.route, Route::BlockJustification);
		assert_eq!((proven.checkpoint.finalized.number, proven.checkpoint.set.set_id), (3, 0));
	}

	#[test]
	fn fallback_finds_nothing_within_the_bound() {
		// Blocks 5..=10 keep nothing: the walk stops at block 4, the end of set 0.
		let mut node = fallback_node(8);
		node.stored.clear();
		let error = prove_storage(&node, set_of(&[Alice, Bob, Charlie], 0), b"key").unwrap_err();
		assert!(
			matches!(&error, Failure::Justification(m)
				if m.contains("no GRANDPA justification of authority set 1")
					&& m.contains("not covered")),
			"{error}"
		);
		// A long chain: the walk gives up after MAX_JUSTIFICATION_WALK blocks.
		let mut node = fake_node();
		node.covered_up_to = Some(0);
		let mut parent = node.chain[9].hash();
		let root = node.chain[9].state_root;
		for number in 11..=100 {
			let mut h = header(number, parent);
			h.state_root = root;
			parent = h.hash();
			node.headers.insert(h.hash(), h.clone());
			node.chain.push(h);
		}
		// Block 20 keeps a good justification, but is beyond the bound from head #100.
		let block = &node.chain[19];
		node.stored
			.insert(block.hash(), justification(block, &[Alice, Bob, Charlie], 0).encode());
		let error = prove_storage(&node, set_of(&[Alice, Bob, Charlie], 0), b"key").unwrap_err();
		assert!(
			matches!(&error, Failure::Justification(m)
				if m.contains("in the 64 blocks walked back from the finalized head #100")),
			"{error}"
		);
	}

	#[test]
	fn forged_justification_kept_with_a_block_is_refused() {
		// Signed by set 0 where set 1 rules: refused, not skipped.
		let mut node = fallback_node(8);
		let block = node.chain[8].clone();
		node.stored
			.insert(block.hash(), justification(&block, &[Alice, Bob, Charlie], 1).encode());
		let error = prove_storage(&node, set_of(&[Alice, Bob, Charlie], 0), b"key").unwrap_err();
		assert!(
			matches!(&error, Failure::Justification(m) if m.contains("not a member")),
			"{error}"
		);
		// A good justification of another block, kept with block 9.
		let mut node = fallback_node(8);
		let other = node.chain[7].clone();
		node.stored
			.insert(block.hash(), justification(&other, &[Dave, Eve, Ferdie], 1).encode());
		let error = prove_storage(&node, set_of(&[Alice, Bob, Charlie], 0), b"key").unwrap_err();
		assert!(
			matches!(&error, Failure::Justification(m) if m.contains("finalizes #8")),
			"{error}"
		);
		// Too few signatures.
		let mut node = fallback_node(8);
		node.stored
			.insert(block.hash(), justification(&block, &[Dave, Eve], 1).encode());
		let error = prove_storage(&node, set_of(&[Alice, Bob, Charlie], 0), b"key").unwrap_err();
		assert!(matches!(&error, Failure::Justification(m) if m.contains("weight 2")), "{error}");
	}
}
