//! The keyed commitments `pallet-digital-identity` stores instead of a CURP or an RFC, computed
//! by the one implementation the chain's crates share, [`bmx_primitives::commitment`] (its docs
//! state the algorithm and the test vectors).
//!
//! This module only makes sure that what is committed to is right: only [`Curp`] and [`Rfc`]
//! values, which exist only once checked and normalised, can be committed to, and the secret is
//! read from hexadecimal and never printed. So SAT's generic RFCs
//! ([`GenericRfc`](crate::GenericRfc)), which [`Rfc::parse`] refuses, never get an organisation
//! key: a key for one would stand for every buyer without an RFC at once.

use crate::{Curp, Rfc};
use bmx_primitives::commitment;
use std::{fmt, path::Path};

pub use bmx_primitives::commitment::{ORGANISATION_KEY_DOMAIN, PERSON_KEY_DOMAIN};

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
	commitment::person_key(secret.as_bytes(), curp.as_str()).0
}

/// The organisation key of `rfc` under `secret`. `rfc` is never a generic RFC: [`Rfc::parse`]
/// refuses them.
pub fn organisation_key(secret: &RegistrarSecret, rfc: &Rfc) -> [u8; 32] {
	commitment::organisation_key(secret.as_bytes(), rfc.as_str()).0
}

/// `0x` and the lower-case hexadecimal digits of `bytes`, as Polkadot.js takes an `H256`.
pub fn to_hex(bytes: &[u8]) -> String {
	let digits: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
	format!("0x{digits}")
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
	fn keys_commit_to_the_normalised_identifier() {
		// The shared implementation takes the identifier as given: the tool must hand it the
		// checked, normalised form, and the right domain for each kind of key.
		let secrets = [secret(), RegistrarSecret::new([0xab; 32])];
		for secret in secrets {
			for (input, normalised) in [
				("HEGG560427MVZRRL04", "HEGG560427MVZRRL04"),
				("boxw310820hnerxn09", "BOXW310820HNERXN09"),
				("PEGA990317XDFRRL01", "PEGA990317XDFRRL01"),
			] {
				let curp = Curp::parse(input).expect("valid");
				assert_eq!(
					person_key(&secret, &curp),
					commitment::person_key(secret.as_bytes(), normalised).0
				);
			}
			for (input, normalised) in [
				("SAT970701NN3", "SAT970701NN3"),
				("GODE 561231 GR8", "GODE561231GR8"),
				("ñaño800101ab3", "ÑAÑO800101AB3"),
				("A&B850315K5A", "A&B850315K5A"),
			] {
				let rfc = Rfc::parse(input).expect("valid");
				assert_eq!(
					organisation_key(&secret, &rfc),
					commitment::organisation_key(secret.as_bytes(), normalised).0
				);
			}
		}
	}

	#[test]
	fn person_and_organisation_keys_differ() {
		let curp = Curp::parse("HEGG560427MVZRRL04").expect("valid");
		let other = RegistrarSecret::new([7; 32]);
		assert_ne!(person_key(&secret(), &curp), person_key(&other, &curp));
		// The person domain, not the organisation one, over the same bytes.
		assert_ne!(
			person_key(&secret(), &curp),
			commitment::organisation_key(secret().as_bytes(), curp.as_str()).0
		);
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

	#[test]
	fn generic_rfcs_get_no_organisation_key() {
		use crate::{Error, GenericRfc};
		let secrets = [secret(), RegistrarSecret::new([0xab; 32])];
		for secret in &secrets {
			for (input, generic) in [
				("XAXX010101000", GenericRfc::GeneralPublic),
				("xaxx 010101 000", GenericRfc::GeneralPublic),
				("XEXX010101000", GenericRfc::Foreign),
				("xexx-010101-000", GenericRfc::Foreign),
			] {
				let key = Rfc::parse(input).map(|rfc| organisation_key(secret, &rfc));
				assert_eq!(key, Err(Error::GenericRfc(generic)), "{input:?}");
			}
		}
		// An RFC that only shares their name part and date still gets its key.
		let lookalike = Rfc::parse("XEXX010101AB3").expect("valid");
		assert_eq!(
			organisation_key(&secret(), &lookalike),
			commitment::organisation_key(secret().as_bytes(), "XEXX010101AB3").0
		);
	}
}
