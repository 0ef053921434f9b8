//! What makes two headers an equivocation ([`crate::Pallet::check_equivocation_proof`]), and a
//! refusal with a named error for each way a proof falls short, through the call.

use super::*;
use sp_consensus_aura::{digests::CompatibleDigestItem, sr25519::AuthoritySignature};
use sp_core::Pair;
use sp_runtime::{traits::Header as _, DigestItem};

#[test]
fn two_different_headers_signed_for_one_slot_are_an_equivocation() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(AuraEquivocation::check_equivocation_proof(&equivocation(1, SLOT)));
	});
}

#[test]
fn the_same_header_twice_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let mut proof = equivocation(1, SLOT);
		proof.second_header = proof.first_header.clone();
		assert_noop!(report(5, proof), Error::<Test>::SameHeader);
		assert_nothing_reported();
	});
}

#[test]
fn one_header_sealed_twice_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let unsealed = header(10, SLOT, 1);
		let mut proof = equivocation(1, SLOT);
		proof.first_header = seal(unsealed.clone(), &pair(1));
		proof.second_header = seal(unsealed, &pair(1));
		// sr25519 signatures are randomised: the sealed headers differ, the block does not.
		assert_ne!(proof.first_header.hash(), proof.second_header.hash());
		assert_noop!(report(5, proof), Error::<Test>::SameHeader);
		assert_nothing_reported();
	});
}

#[test]
fn headers_of_different_slots_are_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let mut proof = equivocation(1, SLOT);
		proof.second_header = seal(header(10, SLOT + 1, 2), &pair(1));
		assert_noop!(report(5, proof), Error::<Test>::WrongSlot);
		assert_nothing_reported();
	});
}

#[test]
fn headers_of_another_slot_than_the_proofs_are_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let mut proof = equivocation(1, SLOT);
		proof.slot = (SLOT + 1).into();
		assert_noop!(report(5, proof), Error::<Test>::WrongSlot);
		assert_nothing_reported();
	});
}

#[test]
fn a_header_without_an_aura_pre_digest_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let mut unsealed = header(10, SLOT, 2);
		unsealed.digest_mut().logs.clear();
		let mut proof = equivocation(1, SLOT);
		proof.second_header = seal(unsealed, &pair(1));
		assert_noop!(report(5, proof), Error::<Test>::SlotNotFound);
		assert_nothing_reported();
	});
}

#[test]
fn a_header_without_a_seal_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let mut proof = equivocation(1, SLOT);
		proof.second_header = header(10, SLOT, 2);
		assert_noop!(report(5, proof), Error::<Test>::SealNotFound);
		assert_nothing_reported();
	});
}

#[test]
fn a_seal_that_is_not_the_last_digest_item_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let mut proof = equivocation(1, SLOT);
		proof.second_header.digest_mut().push(DigestItem::Other(vec![1]));
		assert_noop!(report(5, proof), Error::<Test>::SealNotFound);
		assert_nothing_reported();
	});
}

#[test]
fn headers_signed_by_another_key_than_the_offenders_are_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let mut proof = equivocation(2, SLOT);
		proof.offender = key(1);
		assert_noop!(report(5, proof), Error::<Test>::BadSignature);
		assert_nothing_reported();
	});
}

#[test]
fn one_header_signed_by_another_key_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let mut proof = equivocation(1, SLOT);
		proof.second_header = seal(header(10, SLOT, 2), &pair(2));
		assert_noop!(report(5, proof), Error::<Test>::BadSignature);
		assert_nothing_reported();
	});
}

#[test]
fn a_signature_over_another_header_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		// The offender's signature of header 1, moved onto header 2.
		let signature = pair(1).sign(header(10, SLOT, 1).hash().as_ref());
		let mut second = header(10, SLOT, 2);
		second
			.digest_mut()
			.push(<DigestItem as CompatibleDigestItem<AuthoritySignature>>::aura_seal(signature));
		let mut proof = equivocation(1, SLOT);
		proof.second_header = second;
		assert_noop!(report(5, proof), Error::<Test>::BadSignature);
		assert_nothing_reported();
	});
}
