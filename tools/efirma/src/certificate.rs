//! Reading a `.cer`: the holder's identity, the certificate's serial, validity and RSA key.

use crate::error::{Error, Result};
use bmx_primitives::efirma::{CertificateSerial, RsaBytes, RsaPublicKey, MAX_SERIAL_BYTES};
use der::{
	asn1::{Ia5StringRef, PrintableStringRef, TeletexStringRef, Utf8StringRef},
	oid::ObjectIdentifier,
	Decode, DecodePem, Encode, Tag, Tagged,
};
use rsa::{pkcs1v15::VerifyingKey, signature::Verifier, traits::PublicKeyParts};
use sha2::Sha256;
use x509_cert::{name::Name, Certificate};

/// `commonName` (CN).
pub const CN: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.4.3");
/// `serialNumber`: SAT writes the CURP here.
pub const SERIAL_NUMBER: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.4.5");
/// `countryName` (C).
pub const COUNTRY: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.4.6");
/// `organizationName` (O).
pub const ORGANIZATION: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.4.10");
/// `organizationalUnitName` (OU): SAT writes a company's branch here.
pub const ORGANIZATIONAL_UNIT: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.4.11");
/// `name`: SAT repeats the holder's name here.
pub const NAME: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.4.41");
/// `x500UniqueIdentifier`: SAT writes the RFC here.
pub const X500_UNIQUE_IDENTIFIER: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.4.45");
/// `rsaEncryption`, the only key algorithm accepted.
pub const RSA_ENCRYPTION: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.1");
/// `sha256WithRSAEncryption`, SAT's signature algorithm.
pub const SHA256_WITH_RSA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.11");

/// A parsed e.firma certificate.
#[derive(Clone, Debug)]
pub struct EfirmaCertificate {
	/// The whole certificate.
	pub certificate: Certificate,
	/// Its DER encoding.
	pub der: Vec<u8>,
}

/// Who a certificate names, as SAT writes it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Holder {
	/// `CN`.
	pub common_name: Option<String>,
	/// `name` (2.5.4.41).
	pub name: Option<String>,
	/// `O`.
	pub organization: Option<String>,
	/// `OU`.
	pub organizational_unit: Option<String>,
	/// `x500UniqueIdentifier` (2.5.4.45) as written: `RFC`, or `RFC / RFC of the
	/// representative` for a company.
	pub rfc_attribute: Option<String>,
	/// `serialNumber` (2.5.4.5) as written: `CURP`, or ` / CURP of the representative` for a
	/// company.
	pub curp_attribute: Option<String>,
}

impl Holder {
	/// The holder's RFC: the first part of `x500UniqueIdentifier`.
	pub fn rfc(&self) -> Option<String> {
		part(self.rfc_attribute.as_deref(), 0)
	}

	/// The representative's RFC (companies): the second part of `x500UniqueIdentifier`.
	pub fn representative_rfc(&self) -> Option<String> {
		part(self.rfc_attribute.as_deref(), 1)
	}

	/// The holder's CURP (persons): the first part of `serialNumber`.
	pub fn curp(&self) -> Option<String> {
		part(self.curp_attribute.as_deref(), 0)
	}

	/// The representative's CURP (companies): the second part of `serialNumber`.
	pub fn representative_curp(&self) -> Option<String> {
		part(self.curp_attribute.as_deref(), 1)
	}
}

/// The `index`th `/`-separated part of a SAT attribute, trimmed, if not empty.
fn part(value: Option<&str>, index: usize) -> Option<String> {
	let part = value?.split('/').nth(index)?.trim();
	(!part.is_empty()).then(|| part.to_string())
}

impl EfirmaCertificate {
	/// Parse a certificate, DER (as SAT issues `.cer` files) or PEM.
	pub fn from_bytes(bytes: &[u8]) -> Result<Self> {
		let certificate = if bytes.starts_with(b"-----BEGIN") {
			Certificate::from_pem(bytes)
		} else {
			Certificate::from_der(bytes)
		}
		.map_err(|e| Error::NotACertificate { reason: e.to_string() })?;
		let der = certificate
			.to_der()
			.map_err(|e| Error::NotACertificate { reason: e.to_string() })?;
		Ok(Self { certificate, der })
	}

	/// Read and parse a `.cer` file.
	pub fn read(path: &std::path::Path) -> Result<Self> {
		Self::from_bytes(&crate::error::read_file(path)?).map_err(|e| match e {
			Error::NotACertificate { reason } => {
				Error::NotACertificate { reason: format!("{}: {reason}", path.display()) }
			},
			e => e,
		})
	}

	/// The serial number as the chain keeps it: big-endian bytes without leading zeros.
	pub fn serial(&self) -> Result<CertificateSerial> {
		let bytes = self.certificate.tbs_certificate.serial_number.as_bytes();
		let start = bytes.iter().position(|b| *b != 0).unwrap_or(bytes.len());
		let serial = bytes.get(start..).unwrap_or_default().to_vec();
		CertificateSerial::try_from(serial).map_err(|_| Error::NotACertificate {
			reason: format!("a serial number longer than {MAX_SERIAL_BYTES} bytes"),
		})
	}

	/// `notBefore`, ms since the Unix epoch.
	pub fn not_before(&self) -> u64 {
		millis(self.certificate.tbs_certificate.validity.not_before)
	}

	/// `notAfter`, ms since the Unix epoch.
	pub fn not_after(&self) -> u64 {
		millis(self.certificate.tbs_certificate.validity.not_after)
	}

	/// Check the certificate is valid at `now` (ms since the Unix epoch): from `notBefore`
	/// until `notAfter`, both included, as RFC 5280 reads them.
	pub fn ensure_valid_at(&self, now: u64) -> Result<()> {
		let (not_before, not_after) = (self.not_before(), self.not_after());
		if now < not_before {
			return Err(Error::CertificateNotYetValid { not_before, now });
		}
		if now > not_after {
			return Err(Error::CertificateExpired { not_after, now });
		}
		Ok(())
	}

	/// The certificate's RSA key as RustCrypto's type.
	pub fn rsa_key(&self) -> Result<rsa::RsaPublicKey> {
		let spki = &self.certificate.tbs_certificate.subject_public_key_info;
		if spki.algorithm.oid != RSA_ENCRYPTION {
			return Err(Error::UnsupportedKey {
				reason: format!("algorithm {}, not rsaEncryption", spki.algorithm.oid),
			});
		}
		let der = spki.to_der().map_err(|e| Error::UnsupportedKey { reason: e.to_string() })?;
		let spki = spki::SubjectPublicKeyInfoRef::from_der(&der)
			.map_err(|e| Error::UnsupportedKey { reason: e.to_string() })?;
		rsa::RsaPublicKey::try_from(spki)
			.map_err(|e| Error::UnsupportedKey { reason: e.to_string() })
	}

	/// The certificate's key as the chain keeps it, checked to be one the chain accepts.
	pub fn public_key(&self) -> Result<RsaPublicKey> {
		let key = self.rsa_key()?;
		let modulus = key.n().to_bytes_be();
		let bits = modulus.len() * 8;
		let exponent = key.e().to_bytes_be();
		let exponent = u32::try_from(
			exponent
				.iter()
				.fold(0u64, |acc, b| acc.saturating_mul(256).saturating_add(*b as u64)),
		)
		.map_err(|_| Error::UnsupportedKey { reason: "a public exponent above 2^32".into() })?;
		let modulus = RsaBytes::try_from(modulus).map_err(|_| Error::UnsupportedKey {
			reason: format!("a {bits}-bit modulus; the chain accepts 2048 to 4096 bits"),
		})?;
		let key = RsaPublicKey { modulus, exponent };
		if !key.is_well_formed() {
			return Err(Error::UnsupportedKey {
				reason: format!(
					"a {bits}-bit modulus with exponent {exponent}; the chain accepts 2048 to \
					 4096 bits and an odd exponent from 3"
				),
			});
		}
		Ok(key)
	}

	/// Who the certificate names.
	pub fn holder(&self) -> Holder {
		let subject = &self.certificate.tbs_certificate.subject;
		Holder {
			common_name: attribute(subject, CN),
			name: attribute(subject, NAME),
			organization: attribute(subject, ORGANIZATION),
			organizational_unit: attribute(subject, ORGANIZATIONAL_UNIT),
			rfc_attribute: attribute(subject, X500_UNIQUE_IDENTIFIER),
			curp_attribute: attribute(subject, SERIAL_NUMBER),
		}
	}

	/// The issuer's `CN`.
	pub fn issuer_common_name(&self) -> Option<String> {
		attribute(&self.certificate.tbs_certificate.issuer, CN)
	}

	/// The signature algorithm's name (or OID).
	pub fn signature_algorithm(&self) -> String {
		let oid = self.certificate.signature_algorithm.oid;
		if oid == SHA256_WITH_RSA {
			"sha256WithRSAEncryption".into()
		} else {
			oid.to_string()
		}
	}

	/// Whether `issuer` signed this certificate (sha256WithRSAEncryption) and names it as
	/// issuer. This is the check a registrar makes against SAT's chain, one link at a time.
	pub fn is_issued_by(&self, issuer: &EfirmaCertificate) -> Result<bool> {
		if self.certificate.tbs_certificate.issuer != issuer.certificate.tbs_certificate.subject
			|| self.certificate.signature_algorithm.oid != SHA256_WITH_RSA
		{
			return Ok(false);
		}
		let tbs = self
			.certificate
			.tbs_certificate
			.to_der()
			.map_err(|e| Error::NotACertificate { reason: e.to_string() })?;
		let Some(signature) = self.certificate.signature.as_bytes() else { return Ok(false) };
		let Ok(signature) = rsa::pkcs1v15::Signature::try_from(signature) else {
			return Ok(false);
		};
		let key = VerifyingKey::<Sha256>::new(issuer.rsa_key()?);
		Ok(key.verify(&tbs, &signature).is_ok())
	}
}

/// ms since the Unix epoch of an X.509 time.
fn millis(time: x509_cert::time::Time) -> u64 {
	u64::try_from(time.to_unix_duration().as_millis()).unwrap_or(u64::MAX)
}

/// The first value of attribute `oid` in `name`, as text (UTF8String, PrintableString,
/// IA5String, TeletexString read as Latin-1; any other type as `0x` hex of its bytes).
pub fn attribute(name: &Name, oid: ObjectIdentifier) -> Option<String> {
	name.0
		.iter()
		.flat_map(|rdn| rdn.0.iter())
		.find(|atv| atv.oid == oid)
		.map(|atv| {
			let value = &atv.value;
			match value.tag() {
				Tag::Utf8String => value.decode_as::<Utf8StringRef<'_>>().map(|s| s.to_string()),
				Tag::PrintableString => {
					value.decode_as::<PrintableStringRef<'_>>().map(|s| s.to_string())
				},
				Tag::Ia5String => value.decode_as::<Ia5StringRef<'_>>().map(|s| s.to_string()),
				Tag::TeletexString => value
					.decode_as::<TeletexStringRef<'_>>()
					.map(|s| s.as_bytes().iter().map(|b| *b as char).collect()),
				_ => Err(der::Tag::Null.value_error()),
			}
			.unwrap_or_else(|_| format!("0x{}", hex::encode(value.value())))
		})
}
