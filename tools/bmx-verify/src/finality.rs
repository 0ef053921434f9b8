//! Verification of a GRANDPA justification against a known authority set.
//!
//! Checks, in order: the justification decodes completely; every precommit comes from a member of
//! the set and carries a valid ed25519 signature over the localized payload
//! `(Message::Precommit, round, set_id)`; every precommit targets the commit target or one of its
//! descendants, proven by the headers the justification carries (`votes_ancestries`), and every
//! carried header is used; the distinct signers hold more than 2/3 of the set's weight; and
//! `finality_grandpa::validate_commit` agrees that the commit target is finalized.

use std::collections::{BTreeMap, BTreeSet};

use codec::DecodeAll;
use finality_grandpa::{voter_set::VoterSet, Chain, Message};
use sp_consensus_grandpa::{check_message_signature, AuthorityList, SetId, SignatureResult};

use crate::{
	error::Failure,
	types::{BlockNumber, Hash, Header, Justification},
};

/// A GRANDPA authority set: its id and weighted members.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuthoritySet {
	/// Set id: 0 at genesis, one more at each hand-off.
	pub set_id: SetId,
	/// Members and their weights.
	pub authorities: AuthorityList,
}

/// What a verified justification proves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Finalized {
	/// Hash of the finalized block.
	pub hash: Hash,
	/// Number of the finalized block.
	pub number: BlockNumber,
	/// GRANDPA round of the commit.
	pub round: u64,
}

/// The headers a justification carries, by hash: the only ancestry it may rely on.
struct Ancestry {
	headers: BTreeMap<Hash, Header>,
}

impl Ancestry {
	fn new(headers: &[Header]) -> Self {
		Self { headers: headers.iter().map(|h| (h.hash(), h.clone())).collect() }
	}

	/// Hashes of the carried headers walked from `block` (included) down to `base` (excluded), or
	/// `None` when the carried headers do not show `block` descending from `base`.
	fn walk(&self, base: Hash, block: Hash) -> Option<Vec<Hash>> {
		let mut used = Vec::new();
		let mut current = block;
		// Each step consumes one carried header, so this bound is never the reason to stop on an
		// honest input; it only guards against a cycle.
		for _ in 0..=self.headers.len() {
			if current == base {
				return Some(used);
			}
			let header = self.headers.get(&current)?;
			used.push(current);
			current = header.parent_hash;
		}
		None
	}
}

impl Chain<Hash, BlockNumber> for Ancestry {
	fn ancestry(&self, base: Hash, block: Hash) -> Result<Vec<Hash>, finality_grandpa::Error> {
		let walked = self.walk(base, block).ok_or(finality_grandpa::Error::NotDescendent)?;
		// `Chain::ancestry` wants the ancestors from `block`'s parent down, `base` excluded.
		Ok(walked.into_iter().skip(1).collect())
	}
}

/// Verifies the SCALE-encoded justification `encoded` against `set`; returns the block it
/// finalizes. Any defect is a [`Failure::Justification`].
pub fn verify_justification(encoded: &[u8], set: &AuthoritySet) -> Result<Finalized, Failure> {
	let fail = |m: String| Failure::Justification(m);
	let justification = Justification::decode_all(&mut &encoded[..])
		.map_err(|e| fail(format!("cannot decode the justification: {e}")))?;
	let commit = &justification.commit;
	let voters = VoterSet::new(set.authorities.iter().cloned())
		.ok_or_else(|| fail(format!("authority set {} is empty or has zero weight", set.set_id)))?;
	let ancestry = Ancestry::new(&justification.votes_ancestries);

	let mut signers = BTreeSet::new();
	let mut weight: u64 = 0;
	let mut used_headers = BTreeSet::new();
	for signed in &commit.precommits {
		let voter = voters.get(&signed.id).ok_or_else(|| {
			fail(format!(
				"precommit by {} who is not a member of authority set {}",
				signed.id, set.set_id
			))
		})?;
		let message = Message::Precommit(signed.precommit.clone());
		match check_message_signature(
			&message,
			&signed.id,
			&signed.signature,
			justification.round,
			set.set_id,
		) {
			SignatureResult::Valid => {},
			SignatureResult::OutdatedSet => {
				return Err(fail(format!(
					"precommit by {} is signed for set {}, not for set {}",
					signed.id,
					set.set_id.saturating_sub(1),
					set.set_id
				)))
			},
			SignatureResult::Invalid => {
				return Err(fail(format!(
					"bad signature on the precommit by {} (round {}, set id {})",
					signed.id, justification.round, set.set_id
				)))
			},
		}
		let walked =
			ancestry.walk(commit.target_hash, signed.precommit.target_hash).ok_or_else(|| {
				fail(format!(
					"precommit by {} targets block {:?} which the justification does not show \
					 descending from the commit target {:?}",
					signed.id, signed.precommit.target_hash, commit.target_hash
				))
			})?;
		used_headers.extend(walked);
		if signers.insert(signed.id.clone()) {
			weight = weight.saturating_add(voter.weight().get());
		}
	}

	let carried = ancestry.headers.len();
	if used_headers.len() != carried {
		return Err(fail(format!(
			"the justification carries {} ancestry headers no precommit needs",
			carried.saturating_sub(used_headers.len())
		)));
	}

	let threshold = voters.threshold().get();
	if weight < threshold {
		return Err(fail(format!(
			"precommits carry weight {weight} of the {} of authority set {}; at least {threshold} \
			 (more than 2/3) is needed",
			voters.total_weight().get(),
			set.set_id
		)));
	}

	let result = finality_grandpa::validate_commit(commit, &voters, &ancestry)
		.map_err(|e| fail(format!("commit validation error: {e:?}")))?;
	if !result.is_valid() {
		return Err(fail(format!(
			"the precommits do not finalize the commit target #{} {:?}",
			commit.target_number, commit.target_hash
		)));
	}

	Ok(Finalized {
		hash: commit.target_hash,
		number: commit.target_number,
		round: justification.round,
	})
}

#[cfg(test)]
pub(crate) mod tests {
	use super::*;
	use codec::Encode;
	use finality_grandpa::{Precommit, SignedPrecommit};
	use sp_consensus_grandpa::{localized_payload, AuthorityId, AuthoritySignature};
	use sp_core::{ed25519, Pair};
	use sp_keyring::Ed25519Keyring;
	use sp_runtime::{
		traits::{BlakeTwo256, Header as _},
		Digest,
	};

	const KEYS: [Ed25519Keyring; 4] =
		[Ed25519Keyring::Alice, Ed25519Keyring::Bob, Ed25519Keyring::Charlie, Ed25519Keyring::Dave];

	pub(crate) fn header(number: BlockNumber, parent: Hash) -> Header {
		Header::new(
			number,
			Hash::repeat_byte(1),
			Hash::repeat_byte(number as u8),
			parent,
			Digest::default(),
		)
	}

	pub(crate) fn set_of(keys: &[Ed25519Keyring], set_id: SetId) -> AuthoritySet {
		AuthoritySet {
			set_id,
			authorities: keys.iter().map(|k| (AuthorityId::from(k.public()), 1)).collect(),
		}
	}

	pub(crate) fn sign(
		key: Ed25519Keyring,
		target: &Header,
		round: u64,
		set_id: SetId,
	) -> SignedPrecommit<Hash, BlockNumber, AuthoritySignature, AuthorityId> {
		let precommit = Precommit { target_hash: target.hash(), target_number: target.number };
		let payload = localized_payload(round, set_id, &Message::Precommit(precommit.clone()));
		let signature: ed25519::Signature = key.pair().sign(&payload);
		SignedPrecommit {
			precommit,
			signature: signature.into(),
			id: AuthorityId::from(key.public()),
		}
	}

	/// A justification of `target` signed by `signers` in round 7 of `set_id`.
	pub(crate) fn justification(
		target: &Header,
		signers: &[Ed25519Keyring],
		set_id: SetId,
	) -> Justification {
		Justification {
			round: 7,
			commit: finality_grandpa::Commit {
				target_hash: target.hash(),
				target_number: target.number,
				precommits: signers.iter().map(|k| sign(*k, target, 7, set_id)).collect(),
			},
			votes_ancestries: Vec::new(),
		}
	}

	fn target() -> Header {
		header(5, BlakeTwo256::hash_of(&4u32))
	}

	use sp_runtime::traits::Hash as _;

	#[test]
	fn three_of_four_signatures_finalize() {
		let target = target();
		let proven = verify_justification(
			&justification(&target, &KEYS[..3], 0).encode(),
			&set_of(&KEYS, 0),
		)
		.expect("3 of 4 is more than 2/3");
		assert_eq!(proven, Finalized { hash: target.hash(), number: 5, round: 7 });
	}

	#[test]
	fn two_of_four_signatures_do_not_finalize() {
		let target = target();
		let error = verify_justification(
			&justification(&target, &KEYS[..2], 0).encode(),
			&set_of(&KEYS, 0),
		)
		.unwrap_err();
		assert!(matches!(&error, Failure::Justification(m) if m.contains("weight 2 of the 4")));
	}

	#[test]
	fn duplicated_signer_counts_once() {
		let target = target();
		let signers = [KEYS[0], KEYS[1], KEYS[1]];
		let error =
			verify_justification(&justification(&target, &signers, 0).encode(), &set_of(&KEYS, 0))
				.unwrap_err();
		assert!(matches!(&error, Failure::Justification(m) if m.contains("weight 2")));
	}

	#[test]
	fn bad_signature_fails() {
		let target = target();
		let mut j = justification(&target, &KEYS[..3], 0);
		let mut raw: [u8; 64] = AsRef::<[u8]>::as_ref(&j.commit.precommits[1].signature)
			.try_into()
			.expect("64 bytes");
		raw[10] ^= 1;
		j.commit.precommits[1].signature = ed25519::Signature::from_raw(raw).into();
		let error = verify_justification(&j.encode(), &set_of(&KEYS, 0)).unwrap_err();
		assert!(matches!(&error, Failure::Justification(m) if m.contains("bad signature")));
	}

	#[test]
	fn wrong_set_id_fails() {
		let target = target();
		let j = justification(&target, &KEYS[..3], 1);
		let error = verify_justification(&j.encode(), &set_of(&KEYS, 0)).unwrap_err();
		assert!(matches!(&error, Failure::Justification(m) if m.contains("bad signature")));
		let j = justification(&target, &KEYS[..3], 2);
		let error = verify_justification(&j.encode(), &set_of(&KEYS, 3)).unwrap_err();
		assert!(matches!(&error, Failure::Justification(m) if m.contains("signed for set 2")));
	}

	#[test]
	fn signer_outside_the_set_fails() {
		let target = target();
		let j = justification(&target, &[KEYS[0], KEYS[1], Ed25519Keyring::Eve], 0);
		let error = verify_justification(&j.encode(), &set_of(&KEYS, 0)).unwrap_err();
		assert!(matches!(&error, Failure::Justification(m) if m.contains("not a member")));
	}

	#[test]
	fn target_mismatch_fails() {
		// The precommits vote for another block than the commit names, and no ancestry links them.
		let target = target();
		let other = header(6, Hash::repeat_byte(9));
		let mut j = justification(&target, &KEYS[..3], 0);
		j.commit.target_hash = other.hash();
		let error = verify_justification(&j.encode(), &set_of(&KEYS, 0)).unwrap_err();
		assert!(matches!(&error, Failure::Justification(m) if m.contains("does not show")));
	}

	#[test]
	fn precommits_for_a_descendant_need_the_ancestry() {
		let target = target();
		let child = header(6, target.hash());
		// Alice and Bob precommit the child, Charlie the target itself.
		let mut j = justification(&child, &KEYS[..2], 0);
		j.commit.precommits.push(sign(KEYS[2], &target, 7, 0));
		j.commit.target_hash = target.hash();
		j.commit.target_number = target.number;
		// Without the child's header the link is not shown.
		let error = verify_justification(&j.encode(), &set_of(&KEYS, 0)).unwrap_err();
		assert!(matches!(&error, Failure::Justification(m) if m.contains("does not show")));
		// With it, the commit target is finalized.
		j.votes_ancestries = vec![child.clone()];
		let proven = verify_justification(&j.encode(), &set_of(&KEYS, 0)).expect("ancestry shown");
		assert_eq!(proven.hash, target.hash());
		// An extra header nobody needs is refused.
		j.votes_ancestries.push(header(9, Hash::repeat_byte(3)));
		let error = verify_justification(&j.encode(), &set_of(&KEYS, 0)).unwrap_err();
		assert!(matches!(&error, Failure::Justification(m) if m.contains("no precommit needs")));
	}

	#[test]
	fn weights_count() {
		let target = target();
		let mut set = set_of(&KEYS, 0);
		// Alice alone holds 10 of 13.
		set.authorities[0].1 = 10;
		verify_justification(&justification(&target, &KEYS[..1], 0).encode(), &set)
			.expect("10 of 13 is more than 2/3");
		let error = verify_justification(&justification(&target, &KEYS[1..], 0).encode(), &set)
			.unwrap_err();
		assert!(matches!(&error, Failure::Justification(m) if m.contains("weight 3 of the 13")));
	}

	#[test]
	fn garbage_and_trailing_bytes_fail() {
		let target = target();
		let mut bytes = justification(&target, &KEYS[..3], 0).encode();
		bytes.push(0);
		let error = verify_justification(&bytes, &set_of(&KEYS, 0)).unwrap_err();
		assert!(matches!(&error, Failure::Justification(m) if m.contains("cannot decode")));
		let error = verify_justification(&[1, 2, 3], &set_of(&KEYS, 0)).unwrap_err();
		assert!(matches!(&error, Failure::Justification(m) if m.contains("cannot decode")));
	}
}
