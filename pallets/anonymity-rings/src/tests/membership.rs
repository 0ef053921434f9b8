//! What other pallets verify: usable revisions and real ring VRF proofs.

use super::*;
use crate::WeightInfo;
use bmx_primitives::anonymity::{ballot_context, vote_message};
use verifiable::{ring::bandersnatch::BandersnatchVrfVerifiable, GenerateVerifiable};

#[test]
fn usable_ring_checks_the_revision_its_window_and_its_size() {
	ExtBuilder::default().build_and_execute(|| {
		register_and_publish(&[ALICE, BOB, CAROL]);
		assert_eq!(Rings::usable_ring(&ring(MUNI, 0, 1), 1), Ok(3));
		assert_eq!(Rings::usable_ring(&ring(MUNI, 0, 1), 0), Err(MembershipError::NotInForce));
		assert_eq!(Rings::usable_ring(&ring(MUNI, 0, 2), 1), Err(MembershipError::UnknownRing));
		assert_eq!(Rings::usable_ring(&ring(MUNI, 1, 1), 1), Err(MembershipError::UnknownRing));
		assert!(Rings::scope_is_usable(&MUNI));
		assert!(!Rings::scope_is_usable(&RingScope::Municipality(MONTERREY)));
		// Two members left: the next revision is too small to be used.
		System::set_block_number(2);
		assert_ok!(Rings::remove_member_key(RuntimeOrigin::signed(ALICE)));
		settle(MUNI);
		assert_eq!(Rings::usable_ring(&ring(MUNI, 0, 2), 2), Err(MembershipError::TooSmall));
		assert_eq!(Rings::usable_ring(&ring(MUNI, 0, 1), 2), Err(MembershipError::NotInForce));
		assert_eq!(Rings::usable_ring(&ring(MUNI, 0, 1), 1), Ok(3));
		assert!(!Rings::scope_is_usable(&MUNI));
		// Jalisco's ring is not rebuilt yet: its revision 1 is still the last.
		assert!(Rings::scope_is_usable(&JALISCO));
	});
}

#[test]
fn verify_accepts_a_members_proof_for_its_context_message_and_ring_only() {
	ExtBuilder::default().build_and_execute(|| {
		// Jalisco's ring also holds the neighbour from Zapopan: another root. (Rings of equal
		// member lists have equal roots; a vote's message names the ring it was made for.)
		register_and_publish(&[ALICE, BOB, CAROL, ZAPOPAN]);
		let muni = ring(MUNI, 0, 1);
		let members = Rings::ring_members(MUNI, 0, 1).expect("published");
		let context = ballot_context(&genesis(), 7);
		let message = vote_message(7, &muni, &[1]);
		let (proof, aliases) = prove(BOB, 0, &members, &[&context], &message);
		let expected =
			BandersnatchVrfVerifiable::alias_in_context(&secret(BOB, 0), &context).expect("alias");
		assert_eq!(aliases, vec![expected]);
		assert_eq!(Rings::verify(&muni, 1, &[&context], &message, &proof), Ok(vec![expected]));

		let invalid = Err(MembershipError::InvalidProof);
		let other_message = vote_message(7, &muni, &[2]);
		assert_eq!(Rings::verify(&muni, 1, &[&context], &other_message, &proof), invalid);
		let other_context = ballot_context(&genesis(), 8);
		assert_eq!(Rings::verify(&muni, 1, &[&other_context], &message, &proof), invalid);
		assert_eq!(Rings::verify(&ring(JALISCO, 0, 1), 1, &[&context], &message, &proof), invalid);
		// The ring is checked before the proof.
		assert_eq!(
			Rings::verify(&muni, 0, &[&context], &message, &proof),
			Err(MembershipError::NotInForce)
		);
		// Malformed proofs never panic.
		let mut flipped = proof.clone();
		flipped[40] ^= 1;
		let mut trailing = proof.clone();
		trailing.push(0);
		for bad in [vec![], proof[..100].to_vec(), flipped, trailing, vec![7u8; 2_000]] {
			assert_eq!(Rings::verify(&muni, 1, &[&context], &message, &bad), invalid);
		}
		// Contexts: none, more than the proof has, more than any proof may have.
		assert_eq!(Rings::verify(&muni, 1, &[], &message, &proof), invalid);
		assert_eq!(Rings::verify(&muni, 1, &[&context, &context], &message, &proof), invalid);
		let many: Vec<&[u8]> = (0..17).map(|_| &context[..]).collect();
		assert_eq!(
			Rings::verify(&muni, 1, &many, &message, &proof),
			Err(MembershipError::TooManyContexts)
		);
	});
}

#[test]
fn an_outsiders_proof_fails() {
	ExtBuilder::default().build_and_execute(|| {
		register_and_publish(&[ALICE, BOB, CAROL]);
		let muni = ring(MUNI, 0, 1);
		// The outsider proves against a ring where its key stands for Carol's.
		let mut members = Rings::ring_members(MUNI, 0, 1).expect("published");
		members[2] = member_key(OUTSIDER, 0);
		let context = ballot_context(&genesis(), 1);
		let message = vote_message(1, &muni, &[0]);
		let (proof, _) = prove(OUTSIDER, 0, &members, &[&context], &message);
		assert_eq!(
			Rings::verify(&muni, 1, &[&context], &message, &proof),
			Err(MembershipError::InvalidProof)
		);
	});
}

#[test]
fn a_proof_for_two_contexts_gives_two_aliases() {
	ExtBuilder::default().build_and_execute(|| {
		register_and_publish(&[ALICE, BOB, CAROL]);
		let muni = ring(MUNI, 0, 1);
		let members = Rings::ring_members(MUNI, 0, 1).expect("published");
		let (first, second) = (b"bmx/context-1".as_slice(), b"bmx/context-2".as_slice());
		let (proof, aliases) = prove(CAROL, 0, &members, &[first, second], b"message");
		assert_eq!(
			Rings::verify(&muni, 1, &[first, second], b"message", &proof),
			Ok(aliases.clone())
		);
		let alias = |context| {
			BandersnatchVrfVerifiable::alias_in_context(&secret(CAROL, 0), context).expect("alias")
		};
		assert_eq!(aliases, vec![alias(first), alias(second)]);
		assert_ne!(aliases[0], aliases[1]);
		// Counted as a whole verification per context.
		let one = <() as WeightInfo>::verify_proof();
		assert_eq!(Rings::verify_weight(1), one);
		assert_eq!(Rings::verify_weight(0), one);
		assert_eq!(Rings::verify_weight(2), one.saturating_mul(2));
	});
}
