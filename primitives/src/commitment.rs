//! The keyed commitments that stand for a CURP or an RFC on chain: the one implementation, used
//! by `pallet-digital-identity` (its docs and tests) and by the registrars' tool `mx-ids` alike.
//!
//! Registrars compute them off chain and submit only the result; no call of our pallets takes a
//! CURP or an RFC, and nothing here runs on chain.
//!
//! ```text
//! person_key       = blake2_256(PERSON_KEY_DOMAIN       ++ K ++ CURP)
//! organisation_key = blake2_256(ORGANISATION_KEY_DOMAIN ++ K ++ RFC)
//! ```
//!
//! where `K` is the registrars' 32-byte secret and the CURP or RFC is normalised: upper case,
//! without spaces or hyphens, checked (format and check digit), as UTF-8 bytes (an `Ñ` is the
//! two bytes `C3 91`). Normalising and checking is the caller's job (`mx-ids` does both). BLAKE2b
//! is not open to length extension, and the domain and `K` have fixed lengths, so the
//! concatenation is an unambiguous keyed hash (a PRF under `K`).
//!
//! Test vectors, with `K` the bytes `00 01 .. 1f`:
//!
//! | identifier           | key                                                                  |
//! |----------------------|----------------------------------------------------------------------|
//! | `HEGG560427MVZRRL04` | `0x59337f983c42aa34558fa08068b831afe4f15b03b279e1a38eec44db877d9d84` |
//! | `SAT970701NN3`       | `0x7d351edfc83d3def30035c67e964b812a8d3c1f8ef365effe985557dce7aee83` |
//! | `ÑAÑO800101AB3`      | `0x3e00253200b511f1897ae2774a88c2069c603e266b089ccc8ce339c12eeb5909` |

use crate::identity::{OrganisationKey, PersonKey};
use alloc::vec::Vec;
use sp_core::H256;
use sp_crypto_hashing::blake2_256;

/// The registrars' shared secret `K`: 32 random bytes, held off chain by accredited registrars.
pub type RegistrarSecret = [u8; 32];

/// The domain tag of person keys.
pub const PERSON_KEY_DOMAIN: &[u8] = b"bmx/digital-identity/person-key/v1";

/// The domain tag of organisation keys.
pub const ORGANISATION_KEY_DOMAIN: &[u8] = b"bmx/digital-identity/organisation-key/v1";

/// The person key of a normalised, checked `curp` under `secret`.
pub fn person_key(secret: &RegistrarSecret, curp: &str) -> PersonKey {
	keyed_hash(PERSON_KEY_DOMAIN, secret, curp.as_bytes())
}

/// The organisation key of a normalised, checked `rfc` under `secret`.
pub fn organisation_key(secret: &RegistrarSecret, rfc: &str) -> OrganisationKey {
	keyed_hash(ORGANISATION_KEY_DOMAIN, secret, rfc.as_bytes())
}

/// `blake2_256(domain ++ secret ++ id)`.
fn keyed_hash(domain: &[u8], secret: &RegistrarSecret, id: &[u8]) -> H256 {
	let mut input =
		Vec::with_capacity(domain.len().saturating_add(secret.len()).saturating_add(id.len()));
	input.extend_from_slice(domain);
	input.extend_from_slice(secret);
	input.extend_from_slice(id);
	H256(blake2_256(&input))
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_core::hex2array;

	/// The secret of the test vectors: the bytes 0 to 31.
	fn secret() -> RegistrarSecret {
		core::array::from_fn(|i| i as u8)
	}

	#[test]
	fn person_key_matches_the_documented_vector() {
		assert_eq!(
			person_key(&secret(), "HEGG560427MVZRRL04"),
			H256(hex2array!("59337f983c42aa34558fa08068b831afe4f15b03b279e1a38eec44db877d9d84"))
		);
	}

	#[test]
	fn organisation_key_matches_the_documented_vectors() {
		assert_eq!(
			organisation_key(&secret(), "SAT970701NN3"),
			H256(hex2array!("7d351edfc83d3def30035c67e964b812a8d3c1f8ef365effe985557dce7aee83"))
		);
		assert_eq!(
			organisation_key(&secret(), "ÑAÑO800101AB3"),
			H256(hex2array!("3e00253200b511f1897ae2774a88c2069c603e266b089ccc8ce339c12eeb5909"))
		);
	}

	#[test]
	fn domains_and_secrets_separate_keys() {
		let other: RegistrarSecret = [7; 32];
		assert_ne!(
			person_key(&secret(), "SAT970701NN3"),
			organisation_key(&secret(), "SAT970701NN3")
		);
		assert_ne!(
			person_key(&secret(), "HEGG560427MVZRRL04"),
			person_key(&other, "HEGG560427MVZRRL04")
		);
		assert_ne!(
			person_key(&secret(), "HEGG560427MVZRRL04"),
			H256(blake2_256(b"HEGG560427MVZRRL04"))
		);
	}
}
