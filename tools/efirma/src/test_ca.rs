//! A TEST certification authority and holders' certificates to SAT's profile (never real ones).
//!
//! See the crate docs, "SAT's certificate profile", for what is reproduced and how.

use crate::{
	certificate::{
		EfirmaCertificate, CN, COUNTRY, NAME, ORGANIZATION, ORGANIZATIONAL_UNIT, SERIAL_NUMBER,
		X500_UNIQUE_IDENTIFIER,
	},
	error::{Error, Result},
	key::decrypt_key,
};
use der::{
	asn1::{Any, PrintableStringRef, SetOfVec, Utf8StringRef},
	oid::ObjectIdentifier,
	Encode,
};
use pkcs8::{
	pkcs5::pbes2::{self, Kdf, Pbkdf2Params, Pbkdf2Prf},
	EncodePrivateKey,
};
use rand_core::{OsRng, RngCore};
use rsa::{pkcs1v15::SigningKey, RsaPrivateKey};
use sha2::Sha256;
use spki::{EncodePublicKey, SubjectPublicKeyInfoOwned};
use std::{path::Path, time::Duration};
use x509_cert::{
	attr::AttributeTypeAndValue,
	builder::{Builder, CertificateBuilder, Profile},
	name::{Name, RdnSequence, RelativeDistinguishedName},
	serial_number::SerialNumber,
	time::{Time, Validity},
};

/// The key size of SAT's certificates, in bits.
pub const KEY_BITS: usize = 2048;
/// SAT's longest e.firma validity: four years (of 365 days, plus one leap day).
pub const HOLDER_VALIDITY_MS: u64 = (4 * 365 + 1) * DAY_MS;
/// The test CA's validity: eight years.
pub const CA_VALIDITY_MS: u64 = (8 * 365 + 2) * DAY_MS;
/// One day in ms.
pub const DAY_MS: u64 = 24 * 60 * 60 * 1000;
/// PBKDF2 iterations of the `.key` files written.
pub const PBKDF2_ITERATIONS: u32 = 2048;
/// The CA's files in the output folder: `<CA_FILE>.cer`, `<CA_FILE>.key`.
pub const CA_FILE: &str = "ac-pruebas";
/// The CA's `O`: says it is a test authority.
pub const CA_ORGANIZATION: &str = "BLOCKCHAIN MX PRUEBAS";
/// The CA's `OU`.
pub const CA_UNIT: &str = "AC DE PRUEBAS";
/// The CA's `CN`.
pub const CA_COMMON_NAME: &str = "AC DE PRUEBAS BLOCKCHAIN MX";
/// The first digits of every test serial (SAT's serials are 20 ASCII digits too; `99` marks
/// these as test ones).
pub const SERIAL_PREFIX: &str = "99001000000";

/// How long a holder's certificate lasts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lifetime {
	/// From now for SAT's four years.
	Standard,
	/// From now until this time, ms since the Unix epoch.
	Until(u64),
	/// Issued four years and two days ago, expired yesterday.
	Expired,
}

/// Whom a certificate names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HolderKind {
	/// A person: `x500UniqueIdentifier` = RFC, `serialNumber` = CURP.
	Person {
		/// The person's CURP.
		curp: String,
	},
	/// A company: `x500UniqueIdentifier` = "RFC / RFC of the representative",
	/// `serialNumber` = " / CURP of the representative".
	Company {
		/// The legal representative's RFC.
		representative_rfc: String,
		/// The legal representative's CURP.
		representative_curp: String,
	},
}

/// A holder to issue a certificate to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HolderSpec {
	/// The file name, without extension.
	pub file: String,
	/// The holder's name (`CN`, `name`, `O`).
	pub name: String,
	/// The holder's RFC.
	pub rfc: String,
	/// Person or company.
	pub kind: HolderKind,
	/// A company's branch (`OU`).
	pub unit: Option<String>,
	/// The certificate's validity.
	pub lifetime: Lifetime,
}

impl HolderSpec {
	/// Parse `key=value;key=value`: `file`, `name`, `rfc`, and either `curp` (a person) or
	/// `representative_rfc` and `representative_curp` (a company); optional `unit`,
	/// `not_after` (ms) or `expired`. `default_lifetime` applies when neither is given.
	pub fn parse(text: &str, default_lifetime: Lifetime) -> Result<Self> {
		let bad = |reason: String| Error::InvalidArgument { option: "--holder", reason };
		let mut fields = std::collections::BTreeMap::new();
		let mut lifetime = default_lifetime;
		for item in text.split(';').map(str::trim).filter(|s| !s.is_empty()) {
			if item == "expired" {
				lifetime = Lifetime::Expired;
				continue;
			}
			let (key, value) = item
				.split_once('=')
				.ok_or_else(|| bad(format!("\"{item}\" is not key=value")))?;
			fields.insert(key.trim().to_string(), value.trim().to_string());
		}
		let mut take = |key: &str| fields.remove(key);
		let required = |value: Option<String>, key: &str| {
			value.filter(|v| !v.is_empty()).ok_or_else(|| bad(format!("{key}= is missing")))
		};
		let file = required(take("file"), "file")?;
		if file.contains(['/', '\\']) || file.starts_with('.') {
			return Err(bad(format!("file={file} must be a plain file name")));
		}
		let name = required(take("name"), "name")?;
		let rfc = required(take("rfc"), "rfc")?;
		let unit = take("unit");
		if let Some(ms) = take("not_after") {
			lifetime = Lifetime::Until(
				ms.parse()
					.map_err(|_| bad(format!("not_after={ms} is not ms since the epoch")))?,
			);
		}
		let kind = match (take("curp"), take("representative_rfc"), take("representative_curp")) {
			(Some(curp), None, None) => HolderKind::Person { curp },
			(None, Some(representative_rfc), Some(representative_curp)) => {
				HolderKind::Company { representative_rfc, representative_curp }
			},
			_ => {
				return Err(bad(
					"give curp= (a person) or representative_rfc= and representative_curp= (a \
				 company)"
						.into(),
				))
			},
		};
		if let Some(key) = fields.keys().next() {
			return Err(bad(format!("unknown field {key}=")));
		}
		Ok(Self { file, name, rfc, kind, unit, lifetime })
	}
}

/// The holders of the committed fixtures (invented identities, see the fixtures' README).
pub fn default_holders() -> Vec<HolderSpec> {
	let person = |file: &str, name: &str, rfc: &str, curp: &str, lifetime| HolderSpec {
		file: file.into(),
		name: name.into(),
		rfc: rfc.into(),
		kind: HolderKind::Person { curp: curp.into() },
		unit: None,
		lifetime,
	};
	vec![
		person("persona", "JUAN PEREZ GARCIA", PERSONA_RFC, PERSONA_CURP, Lifetime::Standard),
		person(
			"representante",
			"MARIA LOPEZ HERNANDEZ",
			REPRESENTANTE_RFC,
			REPRESENTANTE_CURP,
			Lifetime::Standard,
		),
		HolderSpec {
			file: "empresa".into(),
			name: "BLOCKCHAIN MX PRUEBAS SA DE CV".into(),
			rfc: EMPRESA_RFC.into(),
			kind: HolderKind::Company {
				representative_rfc: REPRESENTANTE_RFC.into(),
				representative_curp: REPRESENTANTE_CURP.into(),
			},
			unit: Some("BLOCKCHAIN MX PRUEBAS MATRIZ".into()),
			lifetime: Lifetime::Standard,
		},
		person("vencido", "PEDRO RAMIREZ SOTO", VENCIDO_RFC, VENCIDO_CURP, Lifetime::Expired),
	]
}

/// The invented RFC of `persona`.
pub const PERSONA_RFC: &str = "PEGJ800101AB6";
/// The invented CURP of `persona`.
pub const PERSONA_CURP: &str = "PEGJ800101HJCRRN09";
/// The invented RFC of `representante`, the company's legal representative.
pub const REPRESENTANTE_RFC: &str = "LOHM850315QW5";
/// The invented CURP of `representante`.
pub const REPRESENTANTE_CURP: &str = "LOHM850315MDFPRR07";
/// The invented RFC of `empresa`.
pub const EMPRESA_RFC: &str = "BMX180101AB1";
/// The invented RFC of `vencido`, whose certificate expired.
pub const VENCIDO_RFC: &str = "RASP750620K8A";
/// The invented CURP of `vencido`.
pub const VENCIDO_CURP: &str = "RASP750620HNLMTD01";

/// An attribute with a UTF8String value.
fn utf8(oid: ObjectIdentifier, value: &str) -> Result<AttributeTypeAndValue> {
	let value = Utf8StringRef::new(value).and_then(|s| Any::encode_from(&s));
	Ok(AttributeTypeAndValue { oid, value: value.map_err(crypto)? })
}

/// An attribute with a PrintableString value (RFC, CURP, country).
fn printable(oid: ObjectIdentifier, value: &str) -> Result<AttributeTypeAndValue> {
	let value = PrintableStringRef::new(value).and_then(|s| Any::encode_from(&s)).map_err(|e| {
		Error::InvalidArgument {
			option: "--holder",
			reason: format!("\"{value}\" is not a PrintableString: {e}"),
		}
	})?;
	Ok(AttributeTypeAndValue { oid, value })
}

/// An attribute with a PrintableString value when the text allows it (SAT's own test
/// certificates write the holder's name so), else UTF8String (a name with Ñ or accents).
fn text(oid: ObjectIdentifier, value: &str) -> Result<AttributeTypeAndValue> {
	match PrintableStringRef::new(value) {
		Ok(_) => printable(oid, value),
		Err(_) => utf8(oid, value),
	}
}

/// A name of one attribute per RDN, in the order given.
fn name(attributes: Vec<AttributeTypeAndValue>) -> Result<Name> {
	let rdns = attributes
		.into_iter()
		.map(|atv| SetOfVec::try_from(vec![atv]).map(RelativeDistinguishedName))
		.collect::<core::result::Result<Vec<_>, _>>()
		.map_err(crypto)?;
	Ok(RdnSequence(rdns))
}

fn crypto(e: impl core::fmt::Display) -> Error {
	Error::Crypto { reason: e.to_string() }
}

/// The CA's subject (and its certificates' issuer).
pub fn ca_name() -> Result<Name> {
	name(vec![
		utf8(CN, CA_COMMON_NAME)?,
		utf8(ORGANIZATION, CA_ORGANIZATION)?,
		utf8(ORGANIZATIONAL_UNIT, CA_UNIT)?,
		printable(COUNTRY, "MX")?,
	])
}

/// A holder's subject, attribute by attribute as SAT writes it.
pub fn holder_name(holder: &HolderSpec) -> Result<Name> {
	let (unique_identifier, serial_number) = match &holder.kind {
		HolderKind::Person { curp } => (holder.rfc.clone(), curp.clone()),
		HolderKind::Company { representative_rfc, representative_curp } => {
			(format!("{} / {representative_rfc}", holder.rfc), format!(" / {representative_curp}"))
		},
	};
	let mut attributes = vec![
		text(CN, &holder.name)?,
		text(NAME, &holder.name)?,
		text(ORGANIZATION, &holder.name)?,
		printable(COUNTRY, "MX")?,
		printable(X500_UNIQUE_IDENTIFIER, &unique_identifier)?,
		printable(SERIAL_NUMBER, &serial_number)?,
	];
	if let Some(unit) = &holder.unit {
		attributes.push(text(ORGANIZATIONAL_UNIT, unit)?);
	}
	name(attributes)
}

/// A fresh serial: [`SERIAL_PREFIX`] and random digits, 20 ASCII digits as the integer's bytes.
pub fn new_serial() -> Result<SerialNumber> {
	let mut digits = SERIAL_PREFIX.to_string();
	while digits.len() < 20 {
		digits.push(char::from(b'0' + (OsRng.next_u32() % 10) as u8));
	}
	SerialNumber::new(digits.as_bytes()).map_err(crypto)
}

/// An X.509 time, ms since the Unix epoch, truncated to the second.
fn time(ms: u64) -> Result<Time> {
	Time::try_from(std::time::UNIX_EPOCH + Duration::from_secs(ms / 1000)).map_err(crypto)
}

fn validity(not_before: u64, not_after: u64) -> Result<Validity> {
	Ok(Validity { not_before: time(not_before)?, not_after: time(not_after)? })
}

/// A new RSA key of [`KEY_BITS`].
pub fn new_key() -> Result<RsaPrivateKey> {
	RsaPrivateKey::new(&mut OsRng, KEY_BITS).map_err(crypto)
}

fn spki(key: &RsaPrivateKey) -> Result<SubjectPublicKeyInfoOwned> {
	let der = key.to_public_key().to_public_key_der().map_err(crypto)?;
	SubjectPublicKeyInfoOwned::try_from(der.as_bytes()).map_err(crypto)
}

/// The CA's self-signed certificate, valid until [`CA_VALIDITY_MS`] after `now`.
pub fn ca_certificate(key: &RsaPrivateKey, now: u64) -> Result<EfirmaCertificate> {
	let signer = SigningKey::<Sha256>::new(key.clone());
	let builder = CertificateBuilder::new(
		Profile::Root,
		new_serial()?,
		// From before the oldest certificate it may issue (an expired one) for eight years on.
		validity(
			now.saturating_sub(HOLDER_VALIDITY_MS + 3 * DAY_MS),
			now.saturating_add(CA_VALIDITY_MS),
		)?,
		ca_name()?,
		spki(key)?,
		&signer,
	)
	.map_err(crypto)?;
	finish(builder)
}

/// A holder's certificate, issued by the CA (`ca_key`, `ca`) at `now`: keyUsage
/// digitalSignature and nonRepudiation, not a CA.
pub fn holder_certificate(
	ca_key: &RsaPrivateKey,
	ca: &EfirmaCertificate,
	holder: &HolderSpec,
	key: &RsaPrivateKey,
	now: u64,
) -> Result<EfirmaCertificate> {
	let (not_before, not_after) = match holder.lifetime {
		Lifetime::Standard => (now, now.saturating_add(HOLDER_VALIDITY_MS)),
		Lifetime::Until(not_after) => (now, not_after),
		Lifetime::Expired => {
			(now.saturating_sub(HOLDER_VALIDITY_MS + 2 * DAY_MS), now.saturating_sub(DAY_MS))
		},
	};
	if not_before >= not_after {
		return Err(Error::InvalidArgument {
			option: "--not-after",
			reason: format!("{not_after} is not after now ({now})"),
		});
	}
	let signer = SigningKey::<Sha256>::new(ca_key.clone());
	let builder = CertificateBuilder::new(
		Profile::Leaf {
			issuer: ca.certificate.tbs_certificate.subject.clone(),
			enable_key_agreement: false,
			enable_key_encipherment: false,
		},
		new_serial()?,
		validity(not_before, not_after)?,
		holder_name(holder)?,
		spki(key)?,
		&signer,
	)
	.map_err(crypto)?;
	finish(builder)
}

fn finish(builder: CertificateBuilder<'_, SigningKey<Sha256>>) -> Result<EfirmaCertificate> {
	let certificate = builder.build::<rsa::pkcs1v15::Signature>().map_err(crypto)?;
	EfirmaCertificate::from_bytes(&certificate.to_der().map_err(crypto)?)
}

/// `key` as SAT's `.key`: PKCS #8 `EncryptedPrivateKeyInfo`, PBES2 with PBKDF2-HMAC-SHA1
/// ([`PBKDF2_ITERATIONS`], 8-byte salt) and DES-EDE3-CBC.
pub fn encrypt_key(key: &RsaPrivateKey, password: &[u8]) -> Result<Vec<u8>> {
	let mut salt = [0u8; 8];
	let mut iv = [0u8; 8];
	OsRng.fill_bytes(&mut salt);
	OsRng.fill_bytes(&mut iv);
	let params = pbes2::Parameters {
		kdf: Kdf::Pbkdf2(Pbkdf2Params {
			salt: &salt,
			iteration_count: PBKDF2_ITERATIONS,
			key_length: None,
			prf: Pbkdf2Prf::HmacWithSha1,
		}),
		encryption: pbes2::EncryptionScheme::DesEde3Cbc { iv: &iv },
	};
	let plain = key.to_pkcs8_der().map_err(crypto)?;
	let info = pkcs8::PrivateKeyInfo::try_from(plain.as_bytes()).map_err(crypto)?;
	let encrypted = info.encrypt_with_params(params, password).map_err(crypto)?;
	Ok(encrypted.as_bytes().to_vec())
}

fn write(path: &Path, bytes: &[u8]) -> Result<()> {
	std::fs::write(path, bytes)
		.map_err(|reason| Error::Io { path: path.display().to_string(), reason })
}

/// What [`issue`] wrote.
#[derive(Debug)]
pub struct Issued {
	/// The CA's certificate.
	pub ca: EfirmaCertificate,
	/// Whether the CA was created (else it was read from the folder).
	pub ca_created: bool,
	/// Each holder's file name and certificate.
	pub holders: Vec<(String, EfirmaCertificate)>,
}

/// Issue `holders`' certificates into `out`, with the CA found there (`ac-pruebas.cer` and
/// `.key`, decrypted with `password`) or a new one. Writes `<file>.cer` (DER) and `<file>.key`
/// (see [`encrypt_key`]) for the CA and each holder.
pub fn issue(out: &Path, holders: &[HolderSpec], password: &[u8], now: u64) -> Result<Issued> {
	std::fs::create_dir_all(out)
		.map_err(|reason| Error::Io { path: out.display().to_string(), reason })?;
	let ca_cer = out.join(format!("{CA_FILE}.cer"));
	let ca_key_path = out.join(format!("{CA_FILE}.key"));
	let (ca_key, ca, ca_created) = if ca_cer.exists() && ca_key_path.exists() {
		let ca = EfirmaCertificate::read(&ca_cer)?;
		let key = crate::key::read_key(&ca_key_path, password)?;
		crate::key::ensure_key_matches(&key, &ca)?;
		(key, ca, false)
	} else {
		let key = new_key()?;
		let ca = ca_certificate(&key, now)?;
		write(&ca_key_path, &encrypt_key(&key, password)?)?;
		write(&ca_cer, &ca.der)?;
		(key, ca, true)
	};
	let mut issued = Vec::new();
	for holder in holders {
		let key = new_key()?;
		let certificate = holder_certificate(&ca_key, &ca, holder, &key, now)?;
		let encrypted = encrypt_key(&key, password)?;
		// Round trip: what was written reads back as the same key.
		let back = decrypt_key(&encrypted, password)?;
		crate::key::ensure_key_matches(&back, &certificate)?;
		write(&out.join(format!("{}.key", holder.file)), &encrypted)?;
		write(&out.join(format!("{}.cer", holder.file)), &certificate.der)?;
		issued.push((holder.file.clone(), certificate));
	}
	Ok(Issued { ca, ca_created, holders: issued })
}

/// `issue`'s summary as JSON.
pub fn summary(issued: &Issued) -> Result<serde_json::Value> {
	let entry = |file: &str, certificate: &EfirmaCertificate| -> Result<serde_json::Value> {
		let serial = certificate.serial()?;
		Ok(serde_json::json!({
			"file": file,
			"serial": crate::act::to_hex(&serial),
			"serial_text": String::from_utf8_lossy(&serial),
			"not_before": certificate.not_before(),
			"not_after": certificate.not_after(),
			"key_id": crate::act::to_hex(certificate.public_key()?.id().as_bytes()),
		}))
	};
	let holders = issued
		.holders
		.iter()
		.map(|(file, certificate)| entry(file, certificate))
		.collect::<Result<Vec<_>>>()?;
	Ok(serde_json::json!({
		"ca": entry(CA_FILE, &issued.ca)?,
		"ca_created": issued.ca_created,
		"holders": holders,
		"key_encryption": "PKCS #8 PBES2: PBKDF2-HMAC-SHA1 (2048 iterations) and DES-EDE3-CBC",
	}))
}
