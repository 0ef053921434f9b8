//! The keyed commitments `pallet-digital-identity` stores instead of a CURP or an RFC, as its
//! crate docs specify:
//!
//! ```text
//! person_key       = blake2_256("bmx/digital-identity/person-key/v1"       ++ K ++ CURP)
//! organisation_key = blake2_256("bmx/digital-identity/organisation-key/v1" ++ K ++ RFC)
//! ```
//!
//! `K` is the registrars' 32-byte secret; the CURP or RFC is checked and normalised, as UTF-8.
//! The hash is the chain's own (`sp-crypto-hashing`). Only [`Curp`] and [`Rfc`] values, which
//! exist only once checked, can be committed to.

use crate::{Curp, Rfc};
use sp_crypto_hashing::blake2_256;
use std::{fmt, path::Path};

/// The domain tag of person keys.
pub const PERSON_KEY_DOMAIN: &[u8] = b"bmx/digital-identity/person-key/v1";

/// The domain tag of organisation keys.
pub const ORGANISATION_KEY_DOMAIN: &[u8] = b"bmx/digital-identity/organisation-key/v1";

/// The registrars' shared secret `K`. Its `Debug` output does not show it.
#[derive(Clone, Eq, PartialEq)]
pub struct RegistrarSecret([u8; 32]);

impl RegistrarSecret {
	/// The secret of these 32 bytes.
	pub fn new(bytes: [u8; 32]) -> Self {
		RegistrarSecret(bytes)
	}

	/// The secret written as 64 hexadecimal digits, with or without `0x`, surrounding
	/// whitespace ignored.
	pub fn from_hex(text: &str) -> Result<Self, SecretError> {
		let text = text.trim();
		let digits = text.strip_prefix("0x").unwrap_or(text);
		let count = digits.chars().count();
		if count != 64 {
			return Err(SecretError::WrongLength { found: count });
		}
		let mut bytes = [0u8; 32];
		let mut nibbles = digits.chars().enumerate().map(|(i, c)| {
			c.to_digit(16).map(|d| d as u8).ok_or(SecretError::NotHex { position: i + 1 })
		});
		for byte in bytes.iter_mut() {
			let high = nibbles.next().unwrap_or(Err(SecretError::WrongLength { found: count }))?;
			let low = nibbles.next().unwrap_or(Err(SecretError::WrongLength { found: count }))?;
			*byte = (high << 4) | low;
		}
		Ok(RegistrarSecret(bytes))
	}

	/// Read the secret from a file holding it in hexadecimal.
	pub fn from_file(path: &Path) -> Result<Self, SecretError> {
		let text = std::fs::read_to_string(path).map_err(|e| SecretError::Unreadable {
			path: path.display().to_string(),
			reason: e.to_string(),
		})?;
		RegistrarSecret::from_hex(&text)
	}

	/// The secret's bytes.
	pub fn as_bytes(&self) -> &[u8; 32] {
		&self.0
	}
}

impl fmt::Debug for RegistrarSecret {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		f.write_str("RegistrarSecret(<hidden>)")
	}
}

/// Why a registrars' secret could not be read.
#[derive(Clone, Debug, Eq, PartialEq)]
pub enum SecretError {
	/// It does not have 64 hexadecimal digits.
	WrongLength {
		/// The digits found.
		found: usize,
	},
	/// A character is not a hexadecimal digit.
	NotHex {
		/// Its position among the digits, from 1.
		position: usize,
	},
	/// The file could not be read.
	Unreadable {
		/// The file.
		path: String,
		/// The system's reason.
		reason: String,
	},
}

impl fmt::Display for SecretError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			SecretError::WrongLength { found } => {
				write!(f, "registrars' secret: expected 64 hexadecimal digits, found {found}")
			},
			SecretError::NotHex { position } => write!(
				f,
				"registrars' secret: digit {position} is not a hexadecimal digit (0-9, a-f)"
			),
			SecretError::Unreadable { path, reason } => {
				write!(f, "registrars' secret: cannot read {path}: {reason}")
			},
		}
	}
}

impl std::error::Error for SecretError {}

/// The person key of `curp` under `secret`.
pub fn person_key(secret: &RegistrarSecret, curp: &Curp) -> [u8; 32] {
	keyed_hash(PERSON_KEY_DOMAIN, secret, curp.as_str())
}

/// The organisation key of `rfc` under `secret`.
pub fn organisation_key(secret: &RegistrarSecret, rfc: &Rfc) -> [u8; 32] {
	keyed_hash(ORGANISATION_KEY_DOMAIN, secret, rfc.as_str())
}

/// `0x` and the lower-case hexadecimal digits of `bytes`, as Polkadot.js takes an `H256`.
pub fn to_hex(bytes: &[u8]) -> String {
	let digits: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
	format!("0x{digits}")
}

/// `blake2_256(domain ++ secret ++ id)`.
fn keyed_hash(domain: &[u8], secret: &RegistrarSecret, id: &str) -> [u8; 32] {
	let mut input = Vec::with_capacity(domain.len() + 32 + id.len());
	input.extend_from_slice(domain);
	input.extend_from_slice(secret.as_bytes());
	input.extend_from_slice(id.as_bytes());
	blake2_256(&input)
}

#[cfg(test)]
mod tests {
	use super::*;

	/// The secret of the pallet's documented test vectors: the bytes 0 to 31.
	fn secret() -> RegistrarSecret {
		RegistrarSecret::new(core::array::from_fn(|i| i as u8))
	}

	#[test]
	fn person_key_is_the_documented_vector() {
		let curp = Curp::parse("HEGG560427MVZRRL04").expect("valid");
		assert_eq!(
			to_hex(&person_key(&secret(), &curp)),
			"0x59337f983c42aa34558fa08068b831afe4f15b03b279e1a38eec44db877d9d84"
		);
	}

	#[test]
	fn organisation_keys_are_the_documented_vectors() {
		let sat = Rfc::parse("SAT970701NN3").expect("valid");
		assert_eq!(
			to_hex(&organisation_key(&secret(), &sat)),
			"0x7d351edfc83d3def30035c67e964b812a8d3c1f8ef365effe985557dce7aee83"
		);
		let with_enye = Rfc::parse("ñaño800101ab3").expect("valid");
		assert_eq!(
			to_hex(&organisation_key(&secret(), &with_enye)),
			"0x3e00253200b511f1897ae2774a88c2069c603e266b089ccc8ce339c12eeb5909"
		);
	}

	#[test]
	fn keys_match_the_pallet_reference_implementation() {
		use pallet_digital_identity::commitment as pallet;
		assert_eq!(PERSON_KEY_DOMAIN, pallet::PERSON_KEY_DOMAIN);
		assert_eq!(ORGANISATION_KEY_DOMAIN, pallet::ORGANISATION_KEY_DOMAIN);
		let secrets = [secret(), RegistrarSecret::new([0xab; 32])];
		for secret in secrets {
			for input in ["HEGG560427MVZRRL04", "boxw310820hnerxn09", "PEGA990317XDFRRL01"] {
				let curp = Curp::parse(input).expect("valid");
				assert_eq!(
					person_key(&secret, &curp),
					pallet::person_key(secret.as_bytes(), curp.as_str()).0
				);
			}
			for input in ["SAT970701NN3", "GODE 561231 GR8", "ÑAÑO800101AB3", "A&B850315K5A"] {
				let rfc = Rfc::parse(input).expect("valid");
				assert_eq!(
					organisation_key(&secret, &rfc),
					pallet::organisation_key(secret.as_bytes(), rfc.as_str()).0
				);
			}
		}
	}

	#[test]
	fn person_and_organisation_keys_differ() {
		let curp = Curp::parse("HEGG560427MVZRRL04").expect("valid");
		let other = RegistrarSecret::new([7; 32]);
		assert_ne!(person_key(&secret(), &curp), person_key(&other, &curp));
		assert_ne!(person_key(&secret(), &curp), blake2_256(curp.as_str().as_bytes()));
	}

	#[test]
	fn secrets_are_read_from_hex() {
		let hex = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
		assert_eq!(RegistrarSecret::from_hex(hex), Ok(secret()));
		assert_eq!(
			RegistrarSecret::from_hex(&format!("  0x{}\n", hex.to_uppercase())),
			Ok(secret())
		);
		assert_eq!(RegistrarSecret::from_hex("0x0001"), Err(SecretError::WrongLength { found: 4 }));
		let mut bad = hex.to_string();
		bad.replace_range(9..10, "g");
		assert_eq!(RegistrarSecret::from_hex(&bad), Err(SecretError::NotHex { position: 10 }));
		assert_eq!(format!("{:?}", secret()), "RegistrarSecret(<hidden>)");
	}
}
