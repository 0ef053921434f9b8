//! The node's Aura equivocation reporter.
//!
//! `sc-consensus-aura` notices when one authority seals two blocks for one slot, but only logs
//! it. This task turns what the node imports into reports: it watches every imported block
//! (forks included), remembers, for each recent slot, the first header each author sealed, and
//! when the same author's second, different header for that slot arrives, it submits
//! `AuraEquivocation::report_equivocation_unsigned` with both headers and the offender's
//! key-owner proof (runtime API `AuraEquivocationApi`) to its own transaction pool as a local
//! transaction. The runtime checks the proof again, `Offences` records the offence once per
//! offender and slot, and the node-integration pallet suspends the offender's node.
//!
//! Every node runs it; a validator puts its own report in the next block it authors, so the
//! report lands as soon as any honest validator has seen both blocks. Reports are not
//! propagated (`propagate(false)` in the pallet's validation), as GRANDPA's are not.
//!
//! Memory is bounded: only the last [`SLOTS_KEPT`] slots before the newest one seen are kept.

use crate::service::FullClient;
use bmx_runtime::{opaque::Block, Address, RuntimeCall, Signature, TxExtension};
use codec::{Decode, Encode};
use futures::StreamExt;
use sc_client_api::BlockchainEvents;
use sc_transaction_pool_api::{TransactionPool, TransactionSource};
use sp_api::ProvideRuntimeApi;
use sp_consensus_aura::{
	sr25519::{AuthorityId as AuraId, AuthoritySignature as AuraSignature},
	AuraApi, Slot,
};
use sp_consensus_slots::EquivocationProof;
use sp_runtime::traits::{Block as BlockT, Header as HeaderT};
use std::{collections::BTreeMap, sync::Arc};

/// How many slots back from the newest one seen headers are remembered: an equivocation whose
/// second block arrives later than this (36 minutes at 6 s slots) is not reported by this node.
pub const SLOTS_KEPT: u64 = 360;

/// The log target of the reporter.
const LOG_TARGET: &str = "aura-equivocation";

type Header = <Block as BlockT>::Header;

/// The first header each author sealed in each recent slot.
#[derive(Default)]
pub struct SlotHeaders {
	by_slot: BTreeMap<Slot, Vec<(AuraId, Header)>>,
}

impl SlotHeaders {
	/// Notes that `author` sealed `header` in `slot`. Returns the proof of an equivocation when
	/// `author` had sealed a different header for `slot` before; the same header seen again
	/// (re-imported, or announced twice) is not one.
	pub fn note(
		&mut self,
		slot: Slot,
		author: AuraId,
		header: Header,
	) -> Option<EquivocationProof<Header, AuraId>> {
		let newest = self.by_slot.last_key_value().map_or(slot, |(newest, _)| (*newest).max(slot));
		if *slot < (*newest).saturating_sub(SLOTS_KEPT) {
			return None;
		}
		let seen = self.by_slot.entry(slot).or_default();
		let proof = match seen.iter().find(|(who, _)| *who == author) {
			Some((_, first)) if first.hash() != header.hash() => Some(EquivocationProof {
				offender: author,
				slot,
				first_header: first.clone(),
				second_header: header,
			}),
			Some(_) => None,
			None => {
				seen.push((author, header));
				None
			},
		};
		let oldest_kept = Slot::from((*newest).saturating_sub(SLOTS_KEPT));
		self.by_slot = self.by_slot.split_off(&oldest_kept);
		proof
	}

	/// How many slots are remembered.
	#[cfg(test)]
	fn len(&self) -> usize {
		self.by_slot.len()
	}
}

/// Watches every block the node imports and reports Aura equivocations (see the module
/// documentation). Runs until the node stops.
pub async fn report_aura_equivocations<P>(client: Arc<FullClient>, pool: Arc<P>)
where
	P: TransactionPool<Block = Block> + 'static,
{
	let mut imports = client.every_import_notification_stream();
	let mut headers = SlotHeaders::default();
	while let Some(imported) = imports.next().await {
		let header = imported.header;
		if header.number() == &0 {
			continue;
		}
		let Ok(slot) =
			sc_consensus_aura::standalone::find_pre_digest::<Block, AuraSignature>(&header)
		else {
			continue;
		};
		// The slot's author under Aura's rule, from the authorities at the parent.
		let authorities = match client.runtime_api().authorities(*header.parent_hash()) {
			Ok(authorities) => authorities,
			Err(error) => {
				log::debug!(target: LOG_TARGET, "no Aura authorities at {}: {error}", header.parent_hash());
				continue;
			},
		};
		let Some(author) = sc_consensus_aura::standalone::slot_author::<
			sp_consensus_aura::sr25519::AuthorityPair,
		>(slot, &authorities)
		.cloned() else {
			continue;
		};
		let Some(proof) = headers.note(slot, author, header) else { continue };
		log::warn!(
			target: LOG_TARGET,
			"🚨 Aura authority {} sealed two blocks for slot {}: {} and {}; reporting it",
			proof.offender,
			proof.slot,
			proof.first_header.hash(),
			proof.second_header.hash(),
		);
		if let Err(error) = submit_report(&client, &*pool, proof).await {
			log::warn!(target: LOG_TARGET, "could not report the Aura equivocation: {error}");
		}
	}
}

/// Builds the unsigned report with the offender's key-owner proof at the best block and submits
/// it to the local pool.
async fn submit_report<P>(
	client: &FullClient,
	pool: &P,
	proof: EquivocationProof<Header, AuraId>,
) -> Result<(), String>
where
	P: TransactionPool<Block = Block>,
{
	use pallet_aura_equivocation::runtime_api::AuraEquivocationApi;
	use sp_blockchain::HeaderBackend;

	let best = client.info().best_hash;
	let key_owner_proof = client
		.runtime_api()
		.generate_key_ownership_proof(best, proof.offender.clone())
		.map_err(|e| format!("runtime API: {e}"))?
		.ok_or("the offender holds no key of the current session")?
		.decode::<sp_session::MembershipProof>()
		.ok_or("the runtime's key-owner proof does not decode")?;
	let call = RuntimeCall::AuraEquivocation(
		pallet_aura_equivocation::Call::report_equivocation_unsigned {
			equivocation_proof: Box::new(proof),
			key_owner_proof,
		},
	);
	// A bare (unsigned) extrinsic; `pallet-revive`'s wrapper encodes as the generic one.
	let extrinsic = sp_runtime::generic::UncheckedExtrinsic::<
		Address,
		RuntimeCall,
		Signature,
		TxExtension,
	>::new_bare(call);
	let opaque = <Block as BlockT>::Extrinsic::decode(&mut &extrinsic.encode()[..])
		.map_err(|e| format!("cannot make the opaque extrinsic: {e}"))?;
	let hash = pool
		.submit_one(best, TransactionSource::Local, opaque)
		.await
		.map_err(|e| format!("the pool refused the report: {e}"))?;
	log::info!(target: LOG_TARGET, "Aura equivocation report in the pool: {hash:?}");
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_core::crypto::UncheckedFrom;
	use sp_runtime::{testing::Digest, DigestItem};

	fn author(n: u8) -> AuraId {
		AuraId::unchecked_from([n; 32])
	}

	fn header(number: u32, extra: u8) -> Header {
		let mut header = Header::new(
			number,
			Default::default(),
			Default::default(),
			Default::default(),
			Digest::default(),
		);
		header.digest_mut().push(DigestItem::Other(vec![extra]));
		header
	}

	#[test]
	fn a_second_header_of_the_same_author_and_slot_is_an_equivocation() {
		let mut headers = SlotHeaders::default();
		assert!(headers.note(10.into(), author(1), header(5, 0)).is_none());
		// The same header again is not an equivocation.
		assert!(headers.note(10.into(), author(1), header(5, 0)).is_none());
		// Another author's header for the slot is not one either (Aura's rule is checked by
		// the caller and by the runtime; this only matches pairs).
		assert!(headers.note(10.into(), author(2), header(5, 1)).is_none());
		let proof = headers.note(10.into(), author(1), header(5, 2)).expect("an equivocation");
		assert_eq!(proof.offender, author(1));
		assert_eq!(proof.slot, Slot::from(10));
		assert_eq!(proof.first_header, header(5, 0));
		assert_eq!(proof.second_header, header(5, 2));
	}

	#[test]
	fn remembers_only_recent_slots() {
		let mut headers = SlotHeaders::default();
		assert!(headers.note(1.into(), author(1), header(1, 0)).is_none());
		assert!(headers.note((1 + SLOTS_KEPT + 1).into(), author(1), header(2, 0)).is_none());
		assert_eq!(headers.len(), 1, "slot 1 is forgotten");
		// A header of a forgotten slot is neither kept nor matched.
		assert!(headers.note(1.into(), author(1), header(1, 1)).is_none());
		assert_eq!(headers.len(), 1);
		for slot in 0..2 * SLOTS_KEPT {
			let _ = headers.note((10_000 + slot).into(), author(1), header(3, 0));
		}
		assert!(headers.len() as u64 <= SLOTS_KEPT + 1);
	}
}
