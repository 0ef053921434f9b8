//! e.firma test keys, never real e.firma keys (made once with `openssl genpkey`, in
//! `fixtures/`), and signatures with them: for the tests and benchmarks of the pallets that check
//! e.firma signatures ([`bmx_primitives::efirma`]).
//!
//! A crate of its own, not a feature of `bmx-primitives`: a feature that tests turn on would
//! make `bmx-primitives`, and every crate above it (the runtime and the node among them), a
//! different compilation unit in the test build from the one of the release build, and
//! `scripts/test.sh` would compile them twice. `no_std`, because the runtime's benchmarks (which
//! run in its wasm) sign with these keys; the runtime takes it only with `runtime-benchmarks`.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use bmx_primitives::efirma::{RsaBytes, RsaPublicKey, RsaSignature, EXPONENT};
use rsa::{
	pkcs1v15::SigningKey, pkcs8::DecodePrivateKey, signature::SignatureEncoding, signature::Signer,
	traits::PublicKeyParts, RsaPrivateKey,
};
use sha2::Sha256;

/// A test key.
#[derive(Clone, Copy, Eq, PartialEq, Debug)]
pub enum TestKey {
	/// A 2048-bit key, SAT's size.
	A,
	/// Another 2048-bit key.
	B,
	/// A 4096-bit key, the largest accepted: the worst case of a verification.
	Largest,
}

fn private(key: TestKey) -> RsaPrivateKey {
	let der: &[u8] = match key {
		TestKey::A => include_bytes!("../fixtures/efirma-test-key-a.pk8"),
		TestKey::B => include_bytes!("../fixtures/efirma-test-key-b.pk8"),
		TestKey::Largest => include_bytes!("../fixtures/efirma-test-key-4096.pk8"),
	};
	RsaPrivateKey::from_pkcs8_der(der).expect("the fixtures are PKCS #8 RSA keys; qed")
}

/// The public key of `key`, as the chain keeps it.
pub fn public(key: TestKey) -> RsaPublicKey {
	RsaPublicKey {
		modulus: RsaBytes::truncate_from(private(key).n().to_bytes_be()),
		exponent: EXPONENT,
	}
}

/// `key`'s RSASSA-PKCS1-v1_5 SHA-256 signature of `message`.
pub fn sign(key: TestKey, message: &[u8]) -> RsaSignature {
	let signature = SigningKey::<Sha256>::new(private(key)).sign(message).to_vec();
	RsaSignature::truncate_from(signature)
}

// The chain's checks (`bmx_primitives::efirma`) against signatures made with the keys.
#[cfg(test)]
mod tests {
	use super::*;
	use bmx_primitives::efirma::{CertificateSerial, Purpose, Statement, VerifyError, DOMAIN};
	use sp_core::H256;

	fn statement(signer: u64) -> Statement<u64, u64> {
		Statement::Signing {
			genesis: H256::repeat_byte(1),
			document: H256::repeat_byte(2),
			purpose: Purpose::truncate_from(b"contrato".to_vec()),
			signer,
			not_before: 10,
			not_after: 20,
		}
	}

	#[test]
	fn a_signature_by_the_key_verifies_and_any_change_fails() {
		for key in [TestKey::A, TestKey::Largest] {
			let public = public(key);
			assert!(public.is_well_formed());
			let message = statement(7).message();
			assert!(message.starts_with(DOMAIN));
			let signature = sign(key, &message);
			assert_eq!(public.verify(&message, &signature), Ok(()));
			// Another message (another signer), a flipped bit, a truncated signature, another
			// key: all fail.
			let other = statement(8).message();
			assert_eq!(public.verify(&other, &signature), Err(VerifyError::BadSignature));
			let mut flipped = signature.to_vec();
			flipped[100] ^= 1;
			assert_eq!(public.verify(&message, &flipped), Err(VerifyError::BadSignature));
			assert_eq!(public.verify(&message, &signature[1..]), Err(VerifyError::BadSignature));
		}
		let by_b = sign(TestKey::B, &statement(7).message());
		assert_eq!(
			public(TestKey::A).verify(&statement(7).message(), &by_b),
			Err(VerifyError::BadSignature)
		);
	}

	#[test]
	fn a_binding_and_a_signing_statement_never_share_a_message() {
		let binding = Statement::<u64, u64>::Binding {
			genesis: H256::repeat_byte(1),
			account: 7,
			serial: CertificateSerial::truncate_from(b"30001000000500003416".to_vec()),
		};
		assert_ne!(binding.message(), statement(7).message());
		assert_eq!(binding.message()[DOMAIN.len()], 0);
		assert_eq!(statement(7).message()[DOMAIN.len()], 1);
	}

	#[test]
	fn keys_the_chain_refuses() {
		let key = public(TestKey::A);
		let short =
			RsaPublicKey { modulus: RsaBytes::truncate_from(vec![0xc5; 128]), ..key.clone() };
		assert!(!short.is_well_formed());
		let mut leading_zero = key.modulus.to_vec();
		leading_zero[0] = 0;
		assert!(!RsaPublicKey { modulus: RsaBytes::truncate_from(leading_zero), ..key.clone() }
			.is_well_formed());
		let mut even = key.modulus.to_vec();
		*even.last_mut().unwrap() &= 0xfe;
		assert!(!RsaPublicKey { modulus: RsaBytes::truncate_from(even), ..key.clone() }
			.is_well_formed());
		assert!(!RsaPublicKey { exponent: 3, ..key.clone() }.is_well_formed());
		let message = statement(7).message();
		assert_eq!(
			RsaPublicKey { exponent: 3, ..key }.verify(&message, &sign(TestKey::A, &message)),
			Err(VerifyError::MalformedKey)
		);
	}

	#[test]
	fn a_key_id_is_its_hash() {
		assert_ne!(public(TestKey::A).id(), public(TestKey::B).id());
		assert_eq!(public(TestKey::A).id(), public(TestKey::A).id());
	}
}
