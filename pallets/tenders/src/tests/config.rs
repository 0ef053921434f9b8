//! Configuration, commitment formats and the VRF.

use super::*;

// Configuration and formats

#[test]
fn integrity_test_accepts_the_mock() {
	<Tenders as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "MaxTitleLength must be at least 1")]
fn integrity_test_requires_titles() {
	MaxTitle::set(0);
	<Tenders as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "EvaluatorSelectionProbability must not be zero")]
fn integrity_test_requires_a_selection_probability() {
	SelectionProbability::set(Perbill::zero());
	<Tenders as Hooks<u64>>::integrity_test();
}

#[test]
fn bid_commitment_is_blake2_of_the_scale_tuple() {
	let mut bytes = 7u32.encode();
	bytes.extend(ACME.encode());
	bytes.extend(700_000u128.encode());
	bytes.extend(vec![600_000u128, 100_000u128].encode());
	bytes.extend(H256::repeat_byte(0xa0).encode());
	bytes.extend([1u8; 32].encode());
	assert_eq!(bytes.len(), 4 + 8 + 16 + (1 + 32) + 32 + 32);
	assert_eq!(
		bid_commitment(7, &ACME, 700_000, &[600_000, 100_000], &H256::repeat_byte(0xa0), &[1; 32]),
		H256(sp_crypto_hashing::blake2_256(&bytes))
	);
	let mut bytes = 7u32.encode();
	bytes.extend(30u64.encode());
	bytes.extend(vec![60u8, 90].encode());
	bytes.extend([3u8; 32].encode());
	assert_eq!(
		score_commitment(7, &30u64, &[60, 90], &[3; 32]),
		H256(sp_crypto_hashing::blake2_256(&bytes))
	);
}

#[test]
fn the_vrf_output_is_the_key_holders_make_bytes() {
	let pair = vrf_pair(30);
	let seed = H256::repeat_byte(5);
	let transcript = evaluator_vrf_transcript(3, &seed);
	let expected =
		u128::from_le_bytes(pair.make_bytes::<16>(EVALUATOR_VRF_OUTPUT_CONTEXT, &transcript));
	let signature = sp_core::crypto::VrfSecret::vrf_sign(&pair, &transcript.into_sign_data());
	let proof = VrfProofBytes {
		pre_output: signature.pre_output.0.to_bytes(),
		proof: signature.proof.0.to_bytes(),
	};
	assert_eq!(evaluator_vrf_output(&pair.public(), 3, &seed, &proof), Some(expected));
	// Another tender, another seed or another key do not verify.
	assert_eq!(evaluator_vrf_output(&pair.public(), 4, &seed, &proof), None);
	assert_eq!(evaluator_vrf_output(&pair.public(), 3, &H256::repeat_byte(6), &proof), None);
	assert_eq!(evaluator_vrf_output(&vrf_pair(31).public(), 3, &seed, &proof), None);
	// A malformed pre-output is refused, not a panic.
	let malformed = VrfProofBytes { pre_output: [0xff; 32], proof: proof.proof };
	assert_eq!(evaluator_vrf_output(&pair.public(), 3, &seed, &malformed), None);
	// Selection: everyone at 100%, below the threshold otherwise.
	assert!(is_selected(u128::MAX, Perbill::one()));
	assert!(is_selected(0, Perbill::from_parts(1)));
	assert!(!is_selected(u128::MAX / 2, Perbill::from_percent(50)));
	assert!(is_selected(
		u128::MAX / 2 - 1_000_000_000_000_000_000_000_000_000,
		Perbill::from_percent(50)
	));
}
