//! Equivocation: a GRANDPA equivocation, proven against the historical session that held the
//! key, is recorded by `Offences` and suspends the offending node (or flags it when the set is
//! at its minimum) for the node commission to review.

use super::*;
use sp_consensus_grandpa::{EquivocationProof, RoundNumber, SetId};
use sp_core::H256;
use sp_runtime::DigestItem;

/// Two prevotes of `offender` in one round for different blocks: an equivocation.
fn equivocation_proof(
	set_id: SetId,
	round: RoundNumber,
	offender: Ed25519Keyring,
) -> EquivocationProof<H256, u32> {
	let signed_prevote = |hash: H256| {
		let prevote = finality_grandpa::Prevote { target_hash: hash, target_number: 1u32 };
		let message = finality_grandpa::Message::Prevote(prevote.clone());
		let payload = sp_consensus_grandpa::localized_payload(round, set_id, &message);
		(prevote, offender.sign(&payload).into())
	};
	EquivocationProof::new(
		set_id,
		sp_consensus_grandpa::Equivocation::Prevote(finality_grandpa::Equivocation {
			round_number: round,
			identity: grandpa_key(offender),
			first: signed_prevote(H256::repeat_byte(1)),
			second: signed_prevote(H256::repeat_byte(2)),
		}),
	)
}

/// Report `offender`'s equivocation the way a node's GRANDPA voter does: unsigned, with a
/// key-ownership proof from `Historical`.
fn report(
	offender: Ed25519Keyring,
	round: RoundNumber,
) -> sp_runtime::DispatchResultWithInfo<frame_support::dispatch::PostDispatchInfo> {
	use frame_support::traits::KeyOwnerProofSystem;
	let key_owner_proof =
		crate::Historical::prove((sp_consensus_grandpa::KEY_TYPE, grandpa_key(offender)))
			.expect("the offender's key is in the current session");
	Grandpa::report_equivocation_unsigned(
		RuntimeOrigin::none(),
		Box::new(equivocation_proof(Grandpa::current_set_id(), round, offender)),
		key_owner_proof,
	)
}

#[test]
fn a_grandpa_equivocation_suspends_the_node_for_the_commissions_review() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		let charlie = Sr25519Keyring::Charlie.to_account_id();
		// Governance lowered the minimum to three: one of four may be suspended.
		assert_ok!(as_governed_root(RuntimeCall::NodeIntegration(
			pallet_node_integration::Call::set_min_validators { min_validators: 3 }
		)));
		assert_ok!(report(Ed25519Keyring::Charlie, 1));
		assert!(!validators().contains(&charlie), "the offender leaves the set");
		assert!(pallet_node_integration::SuspendedNodes::<Runtime>::contains_key(&charlie));
		assert!(System::events().iter().any(|r| matches!(
			&r.event,
			RuntimeEvent::NodeIntegration(pallet_node_integration::Event::OffenderSuspended {
				who, ..
			}) if *who == charlie
		)));
		// The same offence reported again is refused; nothing happens twice.
		assert!(report(Ed25519Keyring::Charlie, 1).is_err());
		// The commission reviews it: it may resume the node.
		node_commission_decides(
			RuntimeCall::NodeIntegration(pallet_node_integration::Call::resume_node {
				who: charlie.clone(),
			}),
			&[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Dave],
		);
		assert!(validators().contains(&charlie));
		assert_invariants();
	});
}

#[test]
fn at_the_minimum_an_equivocating_node_is_flagged_not_suspended() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		let dave = Sr25519Keyring::Dave.to_account_id();
		assert_ok!(report(Ed25519Keyring::Dave, 1));
		assert!(validators().contains(&dave), "four validators, minimum four: it stays");
		assert!(pallet_node_integration::FlaggedNodes::<Runtime>::contains_key(&dave));
		assert!(System::events().iter().any(|r| matches!(
			&r.event,
			RuntimeEvent::NodeIntegration(pallet_node_integration::Event::OffenderFlagged {
				who, ..
			}) if *who == dave
		)));
		// The commission reviews it: it suspends the node once it can (after governance lowered
		// the minimum; removal is refused, as Dave runs its collective's only node).
		assert_ok!(as_governed_root(RuntimeCall::NodeIntegration(
			pallet_node_integration::Call::set_min_validators { min_validators: 3 }
		)));
		node_commission_decides(
			RuntimeCall::NodeIntegration(pallet_node_integration::Call::suspend_node {
				who: dave.clone(),
				reason: doc(4),
			}),
			&[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie],
		);
		assert!(!validators().contains(&dave), "{:?}", System::events());
		assert!(!pallet_node_integration::FlaggedNodes::<Runtime>::contains_key(&dave));
		assert_invariants();
	});
}

/// A header at `number` for `slot`, made distinct by `salt`, sealed by `author` as its node
/// does: an Aura signature over the pre-hash, as the last digest item.
fn sealed_header(number: u32, slot: u64, salt: u8, author: Sr25519Keyring) -> crate::Header {
	use sp_consensus_aura::digests::CompatibleDigestItem;
	use sp_consensus_aura::sr25519::AuthoritySignature;
	use sp_runtime::traits::Header as _;
	let digest = sp_runtime::Digest {
		logs: vec![<DigestItem as CompatibleDigestItem<AuthoritySignature>>::aura_pre_digest(
			slot.into(),
		)],
	};
	let mut header =
		crate::Header::new(number, H256::zero(), H256::repeat_byte(salt), H256::zero(), digest);
	let signature: AuthoritySignature = author.sign(header.hash().as_ref()).into();
	header
		.digest_mut()
		.push(<DigestItem as CompatibleDigestItem<AuthoritySignature>>::aura_seal(signature));
	header
}

#[test]
fn an_aura_equivocation_reported_by_anyone_suspends_the_author() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		use frame_support::traits::KeyOwnerProofSystem;
		use sp_runtime::RuntimeAppPublic;
		System::set_block_number(1);
		let bob = Sr25519Keyring::Bob.to_account_id();
		assert_ok!(as_governed_root(RuntimeCall::NodeIntegration(
			pallet_node_integration::Call::set_min_validators { min_validators: 3 }
		)));
		// Bob authors two different blocks in slot 42.
		let offender = aura_key(Sr25519Keyring::Bob);
		let proof = pallet_aura_equivocation::EquivocationProof {
			offender: offender.clone(),
			slot: 42u64.into(),
			first_header: sealed_header(2, 42, 1, Sr25519Keyring::Bob),
			second_header: sealed_header(2, 42, 2, Sr25519Keyring::Bob),
		};
		let key_owner_proof =
			crate::Historical::prove((AuraId::ID, offender)).expect("Bob's key is current");
		// Ferdie, who runs no node, reports it with the two headers.
		assert_ok!(crate::AuraEquivocation::report_equivocation(
			signed(Sr25519Keyring::Ferdie),
			Box::new(proof.clone()),
			key_owner_proof.clone(),
		));
		assert!(!validators().contains(&bob), "the author leaves the set");
		assert!(pallet_node_integration::SuspendedNodes::<Runtime>::contains_key(&bob));
		// Once is enough.
		assert!(crate::AuraEquivocation::report_equivocation(
			signed(Sr25519Keyring::Ferdie),
			Box::new(proof),
			key_owner_proof,
		)
		.is_err());
		// Two blocks of different authors in one slot are no equivocation.
		let forged = pallet_aura_equivocation::EquivocationProof {
			offender: aura_key(Sr25519Keyring::Charlie),
			slot: 43u64.into(),
			first_header: sealed_header(2, 43, 1, Sr25519Keyring::Charlie),
			second_header: sealed_header(2, 43, 2, Sr25519Keyring::Dave),
		};
		let charlie_proof =
			crate::Historical::prove((AuraId::ID, aura_key(Sr25519Keyring::Charlie)))
				.expect("Charlie's key is current");
		assert!(crate::AuraEquivocation::report_equivocation(
			signed(Sr25519Keyring::Ferdie),
			Box::new(forged),
			charlie_proof,
		)
		.is_err());
		assert!(validators().contains(&Sr25519Keyring::Charlie.to_account_id()));
		assert_invariants();
	});
}
