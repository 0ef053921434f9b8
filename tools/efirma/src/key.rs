//! Reading a `.key`: SAT's PKCS #8 `EncryptedPrivateKeyInfo`, decrypted with the holder's password.

use crate::{
	certificate::EfirmaCertificate,
	error::{Error, Result},
};
use der::{Decode, SecretDocument};
use pkcs8::{pkcs5, EncryptedPrivateKeyInfo, PrivateKeyInfo};
use rsa::{traits::PublicKeyParts, RsaPrivateKey};
use zeroize::Zeroizing;

/// Decrypt a `.key` (DER as SAT issues it, or PEM `ENCRYPTED PRIVATE KEY`) with `password`.
///
/// SAT's files are PBES2 with PBKDF2-HMAC-SHA1 and DES-EDE3-CBC; PBKDF2 with HMAC-SHA-2 and
/// AES-128/192/256-CBC, and scrypt, are accepted too. An unencrypted PKCS #8 key is refused:
/// an e.firma key is always password-protected.
pub fn decrypt_key(bytes: &[u8], password: &[u8]) -> Result<RsaPrivateKey> {
	let der: Zeroizing<Vec<u8>> = if bytes.starts_with(b"-----BEGIN") {
		let (label, doc) = SecretDocument::from_pem(
			core::str::from_utf8(bytes)
				.map_err(|_| Error::NotAKeyFile { reason: "PEM that is not text".into() })?,
		)
		.map_err(|e| Error::NotAKeyFile { reason: e.to_string() })?;
		if label != "ENCRYPTED PRIVATE KEY" {
			return Err(Error::NotAKeyFile {
				reason: format!("a PEM \"{label}\", not an \"ENCRYPTED PRIVATE KEY\""),
			});
		}
		Zeroizing::new(doc.as_bytes().to_vec())
	} else {
		Zeroizing::new(bytes.to_vec())
	};
	let encrypted = EncryptedPrivateKeyInfo::from_der(&der).map_err(|e| {
		if PrivateKeyInfo::from_der(&der).is_ok() {
			Error::NotAKeyFile {
				reason: "an unencrypted key; an e.firma key is password-protected".into(),
			}
		} else {
			Error::NotAKeyFile { reason: e.to_string() }
		}
	})?;
	let plain = encrypted.decrypt(password).map_err(|e| match e {
		// A wrong password leaves bad padding, which pkcs5 0.7.1 reports as `EncryptFailed`.
		pkcs8::Error::EncryptedPrivateKey(
			pkcs5::Error::DecryptFailed | pkcs5::Error::EncryptFailed,
		) => Error::WrongPassword,
		pkcs8::Error::EncryptedPrivateKey(
			e @ (pkcs5::Error::UnsupportedAlgorithm { .. } | pkcs5::Error::NoPbes1CryptSupport),
		) => Error::UnsupportedKeyEncryption { reason: e.to_string() },
		// A wrong password whose padding happened to look right decrypts to garbage.
		pkcs8::Error::Asn1(_) => Error::WrongPassword,
		e => Error::NotAKeyFile { reason: e.to_string() },
	})?;
	let info = PrivateKeyInfo::from_der(plain.as_bytes()).map_err(|_| Error::WrongPassword)?;
	if info.algorithm.oid != crate::certificate::RSA_ENCRYPTION {
		return Err(Error::NotAKeyFile {
			reason: format!("a key of algorithm {}, not RSA", info.algorithm.oid),
		});
	}
	RsaPrivateKey::try_from(info).map_err(|e| Error::NotAKeyFile { reason: e.to_string() })
}

/// Read and decrypt a `.key` file.
pub fn read_key(path: &std::path::Path, password: &[u8]) -> Result<RsaPrivateKey> {
	decrypt_key(&crate::error::read_file(path)?, password).map_err(|e| match e {
		Error::NotAKeyFile { reason } => {
			Error::NotAKeyFile { reason: format!("{}: {reason}", path.display()) }
		},
		e => e,
	})
}

/// Check `key` is the private key of `certificate` (same modulus and exponent).
pub fn ensure_key_matches(key: &RsaPrivateKey, certificate: &EfirmaCertificate) -> Result<()> {
	let public = certificate.rsa_key()?;
	if key.n() != public.n() || key.e() != public.e() {
		return Err(Error::KeyMismatch);
	}
	Ok(())
}
