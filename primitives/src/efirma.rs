//! e.firma: what an e.firma key signs for the chain, and how the chain checks it.
//!
//! SAT's e.firma (firma electrónica avanzada) is an X.509 certificate issued by SAT's
//! certification authority, with an RSA key; the private key stays with its holder, in a
//! password-protected PKCS #8 file. SAT's certificates sign with RSASSA-PKCS1-v1_5 over SHA-256
//! (`sha256WithRSAEncryption`), 2048-bit keys, public exponent 65537; this module checks exactly
//! that, with RustCrypto's `rsa` and `sha2` (`no_std`).
//!
//! The certificate is personal data (it names the holder, with RFC and CURP) and never goes on
//! chain, not even in a call: the chain keeps only its public key ([`RsaPublicKey`]), its serial
//! number and its validity, as the registrar who checked it against SAT's chain attests them.
//!
//! The key signs a [`Statement`], never a bare hash, so that a signature made for one purpose
//! cannot be replayed for another, on another chain or for another account:
//! - [`Statement::Binding`]: the holder proves control of the key to bind it to an account
//!   (proof of possession);
//! - [`Statement::Signing`]: the holder signs a document (its hash) for a purpose, as an
//!   account, within a time window.
//!
//! The message signed is [`DOMAIN`] followed by the SCALE encoding of the statement
//! ([`Statement::message`]); client tools build it with this same code.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::ConstU32, BoundedVec};
use rsa::{
	pkcs1v15::{Signature as Pkcs1v15Signature, VerifyingKey},
	signature::Verifier,
	BigUint,
};
use scale_info::TypeInfo;
use sha2::Sha256;
use sp_core::H256;
use sp_runtime::Debug;

/// The prefix of every message an e.firma key signs for Blockchain MX.
pub const DOMAIN: &[u8] = b"Blockchain MX e.firma statement v1\n";

/// The smallest modulus accepted, in bytes: 2048 bits, SAT's key size.
pub const MIN_MODULUS_BYTES: u32 = 256;
/// The largest modulus accepted, in bytes: 4096 bits.
pub const MAX_MODULUS_BYTES: u32 = 512;
/// The public exponent of every key accepted: 65537 (F4), what SAT's keys and all current
/// certification practice use. Fixing it fixes the cost of a verification to the modulus size.
pub const EXPONENT: u32 = 65_537;
/// The longest certificate serial number, in bytes (RFC 5280, 4.1.2.2: at most 20 octets).
pub const MAX_SERIAL_BYTES: u32 = 20;
/// The longest purpose of a signing act, in bytes.
pub const MAX_PURPOSE_BYTES: u32 = 128;

/// A modulus or a signature: big-endian bytes, at most [`MAX_MODULUS_BYTES`].
pub type RsaBytes = BoundedVec<u8, ConstU32<MAX_MODULUS_BYTES>>;
/// A certificate's serial number: big-endian bytes without leading zeros (SAT's serials are
/// 20 ASCII digits, e.g. `30001000000500003416`, as 20 bytes).
pub type CertificateSerial = BoundedVec<u8, ConstU32<MAX_SERIAL_BYTES>>;
/// An RSA signature, as long as the key's modulus.
pub type RsaSignature = RsaBytes;
/// Why a document is signed, in the signer's words (public).
pub type Purpose = BoundedVec<u8, ConstU32<MAX_PURPOSE_BYTES>>;

/// The public part of an e.firma key: the certificate's `subjectPublicKeyInfo` as RSA numbers.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct RsaPublicKey {
	/// The modulus `n`, big-endian, without leading zeros.
	pub modulus: RsaBytes,
	/// The public exponent `e`.
	pub exponent: u32,
}

impl RsaPublicKey {
	/// The key's id on chain: BLAKE2b-256 of its SCALE encoding.
	pub fn id(&self) -> H256 {
		H256(sp_crypto_hashing::blake2_256(&self.encode()))
	}

	/// Whether the key is one the chain accepts: a modulus of [`MIN_MODULUS_BYTES`] to
	/// [`MAX_MODULUS_BYTES`] bytes without a leading zero, odd, and the exponent [`EXPONENT`].
	pub fn is_well_formed(&self) -> bool {
		let len = self.modulus.len() as u32;
		(MIN_MODULUS_BYTES..=MAX_MODULUS_BYTES).contains(&len)
			&& self.modulus.first().is_some_and(|b| *b != 0)
			&& self.modulus.last().is_some_and(|b| b % 2 == 1)
			&& self.exponent == EXPONENT
	}

	/// Check `signature` over `message`: RSASSA-PKCS1-v1_5 with SHA-256.
	pub fn verify(&self, message: &[u8], signature: &[u8]) -> Result<(), VerifyError> {
		if !self.is_well_formed() {
			return Err(VerifyError::MalformedKey);
		}
		// The signature is an integer below the modulus, written on as many bytes as it.
		if signature.len() != self.modulus.len() {
			return Err(VerifyError::BadSignature);
		}
		let key = rsa::RsaPublicKey::new(
			BigUint::from_bytes_be(&self.modulus),
			BigUint::from(self.exponent),
		)
		.map_err(|_| VerifyError::MalformedKey)?;
		let signature =
			Pkcs1v15Signature::try_from(signature).map_err(|_| VerifyError::BadSignature)?;
		VerifyingKey::<Sha256>::new(key)
			.verify(message, &signature)
			.map_err(|_| VerifyError::BadSignature)
	}
}

/// Why a signature was not accepted.
#[derive(Clone, Copy, Eq, PartialEq, Debug)]
pub enum VerifyError {
	/// The key is not an RSA key the chain accepts ([`RsaPublicKey::is_well_formed`]).
	MalformedKey,
	/// The signature is not the key's RSASSA-PKCS1-v1_5 SHA-256 signature of the message.
	BadSignature,
}

/// What an e.firma key signs for the chain.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo)]
pub enum Statement<AccountId, Moment> {
	/// "I hold the key of certificate `serial` and bind it to `account` on the chain whose
	/// genesis hash is `genesis`": the proof of possession of a binding.
	Binding {
		/// The chain's genesis block hash.
		genesis: H256,
		/// The account the certificate is bound to.
		account: AccountId,
		/// The certificate's serial number.
		serial: CertificateSerial,
	},
	/// "As `signer`, I sign the document whose hash is `document`, for `purpose`, on the chain
	/// whose genesis hash is `genesis`, to be registered from `not_before` until `not_after`"
	/// (milliseconds since the Unix epoch, the chain's timestamps).
	Signing {
		/// The chain's genesis block hash.
		genesis: H256,
		/// The hash of the document signed.
		document: H256,
		/// Why it is signed.
		purpose: Purpose,
		/// The account that registers the signing act.
		signer: AccountId,
		/// The earliest time the act may be registered.
		not_before: Moment,
		/// The latest time the act may be registered.
		not_after: Moment,
	},
}

impl<AccountId: Encode, Moment: Encode> Statement<AccountId, Moment> {
	/// The bytes the e.firma key signs: [`DOMAIN`], then the statement's SCALE encoding.
	pub fn message(&self) -> Vec<u8> {
		let mut message = DOMAIN.to_vec();
		self.encode_to(&mut message);
		message
	}
}
