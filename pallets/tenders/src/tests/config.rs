//! Configuration and the commitment and seed formats.

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
#[should_panic(expected = "MaxEvaluatorsPerTender must be at least 1")]
fn integrity_test_requires_evaluators() {
	MaxEvaluators::set(0);
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
}

#[test]
fn tender_seed_is_blake2_of_the_scale_tuple() {
	let anchor = H256::repeat_byte(0x29);
	let mut bytes = b"bmx/tender-seed".encode();
	bytes.extend(7u32.encode());
	bytes.extend(vec![[1u8; 32], [2u8; 32]].encode());
	bytes.extend(anchor.as_bytes().to_vec().encode());
	assert_eq!(bytes.len(), 15 + 4 + (1 + 64) + (1 + 32));
	assert_eq!(
		tender_seed(7, &[[1; 32], [2; 32]], anchor.as_ref()),
		H256(sp_crypto_hashing::blake2_256(&bytes))
	);
}
