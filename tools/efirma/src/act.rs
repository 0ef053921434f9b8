//! The statements an e.firma key signs for the chain: binding proofs and signing acts.
//!
//! The messages come from [`bmx_primitives::efirma::Statement::message`], the code the runtime
//! verifies with; nothing here re-implements their encoding.

use crate::{
	certificate::EfirmaCertificate,
	error::{Error, Result},
	key::ensure_key_matches,
};
use bmx_primitives::efirma::{Purpose, RsaPublicKey, Statement, MAX_PURPOSE_BYTES};
use rsa::{
	pkcs1v15::SigningKey,
	signature::{SignatureEncoding, Signer},
	RsaPrivateKey,
};
use serde_json::{json, Value};
use sha2::Sha256;
use sp_core::{crypto::AccountId32, H256};

/// The statement type of the chain: 32-byte accounts, `u64` ms timestamps.
pub type ChainStatement = Statement<AccountId32, u64>;

/// `0x` followed by the lowercase hex of `bytes`.
pub fn to_hex(bytes: &[u8]) -> String {
	format!("0x{}", hex::encode(bytes))
}

/// The public key as JSON: `{ "modulus": "0x..", "exponent": n }`, the shape of the chain's
/// `RsaPublicKey`.
pub fn public_key_json(key: &RsaPublicKey) -> Value {
	json!({ "modulus": to_hex(&key.modulus), "exponent": key.exponent })
}

/// Sign `message` with RSASSA-PKCS1-v1_5 SHA-256, as the chain verifies.
pub fn sign_message(key: &RsaPrivateKey, message: &[u8]) -> Result<Vec<u8>> {
	let signer = SigningKey::<Sha256>::new(key.clone());
	signer
		.try_sign(message)
		.map(|signature| signature.to_vec())
		.map_err(|e| Error::Crypto { reason: format!("signing failed: {e}") })
}

/// Check everything the chain will check about the certificate and key before they sign: the
/// key is the certificate's, the certificate's key is one the chain accepts, and the
/// certificate is valid at `now` (ms since the Unix epoch).
fn prepare(certificate: &EfirmaCertificate, key: &RsaPrivateKey, now: u64) -> Result<RsaPublicKey> {
	let public = certificate.public_key()?;
	ensure_key_matches(key, certificate)?;
	certificate.ensure_valid_at(now)?;
	Ok(public)
}

/// A binding proof: the key's signature over [`Statement::Binding`] for `genesis`, `account`
/// and the certificate's serial, with everything the registrar's bind call needs.
pub fn binding_proof(
	certificate: &EfirmaCertificate,
	key: &RsaPrivateKey,
	genesis: H256,
	account: &AccountId32,
	now: u64,
) -> Result<Value> {
	let public = prepare(certificate, key, now)?;
	let serial = certificate.serial()?;
	let statement =
		ChainStatement::Binding { genesis, account: account.clone(), serial: serial.clone() };
	let proof = sign_message(key, &statement.message())?;
	Ok(json!({
		"public_key": public_key_json(&public),
		"key_id": to_hex(public.id().as_bytes()),
		"serial": to_hex(&serial),
		"not_before": certificate.not_before(),
		"not_after": certificate.not_after(),
		"genesis": to_hex(genesis.as_bytes()),
		"account": to_hex(account.as_ref()),
		"proof": to_hex(&proof),
	}))
}

/// What a signing act covers.
#[derive(Clone, Debug)]
pub struct SigningRequest {
	/// The chain's genesis hash.
	pub genesis: H256,
	/// The account that registers the act.
	pub signer: AccountId32,
	/// The document's hash.
	pub document: H256,
	/// Why it is signed (UTF-8, at most [`MAX_PURPOSE_BYTES`] bytes).
	pub purpose: String,
	/// The earliest time the act may be registered, ms since the Unix epoch.
	pub not_before: u64,
	/// The latest time the act may be registered, ms since the Unix epoch.
	pub not_after: u64,
}

impl SigningRequest {
	/// The purpose as the chain bounds it; refuses an empty or too long one.
	pub fn bounded_purpose(&self) -> Result<Purpose> {
		if self.purpose.is_empty() {
			return Err(Error::InvalidArgument {
				option: "--purpose",
				reason: "empty; say why the document is signed".into(),
			});
		}
		let len = self.purpose.len();
		Purpose::try_from(self.purpose.as_bytes().to_vec()).map_err(|_| Error::InvalidArgument {
			option: "--purpose",
			reason: format!("{len} bytes; the chain accepts at most {MAX_PURPOSE_BYTES}"),
		})
	}

	/// The statement the key signs.
	pub fn statement(&self) -> Result<ChainStatement> {
		if self.not_before >= self.not_after {
			return Err(Error::InvalidArgument {
				option: "--not-before/--not-after",
				reason: format!(
					"the window {}..{} is empty: --not-before must be before --not-after",
					self.not_before, self.not_after
				),
			});
		}
		Ok(ChainStatement::Signing {
			genesis: self.genesis,
			document: self.document,
			purpose: self.bounded_purpose()?,
			signer: self.signer.clone(),
			not_before: self.not_before,
			not_after: self.not_after,
		})
	}
}

/// A signing act: the key's signature over [`Statement::Signing`], with what `sign_document`
/// needs.
pub fn signing_act(
	certificate: &EfirmaCertificate,
	key: &RsaPrivateKey,
	request: &SigningRequest,
	now: u64,
) -> Result<Value> {
	let statement = request.statement()?;
	let public = prepare(certificate, key, now)?;
	let signature = sign_message(key, &statement.message())?;
	Ok(json!({
		"document": to_hex(request.document.as_bytes()),
		"purpose": request.purpose,
		"purpose_hex": to_hex(request.purpose.as_bytes()),
		"not_before": request.not_before,
		"not_after": request.not_after,
		"signer": to_hex(request.signer.as_ref()),
		"genesis": to_hex(request.genesis.as_bytes()),
		"key_id": to_hex(public.id().as_bytes()),
		"serial": to_hex(&certificate.serial()?),
		"signature": to_hex(&signature),
	}))
}

/// What `inspect` prints about a certificate (personal data: printed locally only).
pub fn inspect(certificate: &EfirmaCertificate, ca: Option<&EfirmaCertificate>) -> Result<Value> {
	let serial = certificate.serial()?;
	let serial_text = (!serial.is_empty() && serial.iter().all(|b| b.is_ascii_graphic()))
		.then(|| String::from_utf8_lossy(&serial).into_owned());
	let holder = certificate.holder();
	let (public_key, key_id, key_error) = match certificate.public_key() {
		Ok(key) => (public_key_json(&key), Some(to_hex(key.id().as_bytes())), None),
		Err(e) => (Value::Null, None, Some(e.to_string())),
	};
	let issued_by_ca = match ca {
		Some(ca) => Some(certificate.is_issued_by(ca)?),
		None => None,
	};
	Ok(json!({
		"serial": to_hex(&serial),
		"serial_text": serial_text,
		"not_before": certificate.not_before(),
		"not_after": certificate.not_after(),
		"subject": {
			"common_name": holder.common_name,
			"name": holder.name,
			"organization": holder.organization,
			"organizational_unit": holder.organizational_unit,
			"x500_unique_identifier": holder.rfc_attribute,
			"serial_number": holder.curp_attribute,
			"rfc": holder.rfc(),
			"representative_rfc": holder.representative_rfc(),
			"curp": holder.curp(),
			"representative_curp": holder.representative_curp(),
		},
		"issuer_common_name": certificate.issuer_common_name(),
		"signature_algorithm": certificate.signature_algorithm(),
		"public_key": public_key,
		"key_id": key_id,
		"key_refused": key_error,
		"issued_by_ca": issued_by_ca,
	}))
}

/// Check what `bind-proof` (`"proof"`) or `sign` (`"signature"`) printed against
/// `certificate`'s key, rebuilding the statement from the JSON's fields with
/// [`Statement::message`], as the chain does.
pub fn check(certificate: &EfirmaCertificate, json: &Value) -> Result<Value> {
	let bad = |reason: String| Error::InvalidArgument { option: "--statement-json", reason };
	let text = |field: &str| {
		json.get(field)
			.and_then(Value::as_str)
			.ok_or_else(|| bad(format!("no \"{field}\" string")))
	};
	let bytes = |field: &str| -> Result<Vec<u8>> {
		let value = text(field)?;
		value
			.strip_prefix("0x")
			.and_then(|digits| hex::decode(digits).ok())
			.ok_or_else(|| bad(format!("\"{field}\" is not 0x and hex digits")))
	};
	let hash = |field: &str| -> Result<H256> {
		let value = bytes(field)?;
		<[u8; 32]>::try_from(value)
			.map(H256)
			.map_err(|_| bad(format!("\"{field}\" is not 32 bytes")))
	};
	let number = |field: &str| {
		json.get(field)
			.and_then(Value::as_u64)
			.ok_or_else(|| bad(format!("no \"{field}\" number")))
	};
	let public = certificate.public_key()?;
	let serial = certificate.serial()?;
	let (kind, statement, signature) = if json.get("proof").is_some() {
		let claimed = bytes("serial")?;
		if claimed != serial.to_vec() {
			return Err(bad(format!(
				"serial {} is not the certificate's {}",
				to_hex(&claimed),
				to_hex(&serial)
			)));
		}
		let statement = ChainStatement::Binding {
			genesis: hash("genesis")?,
			account: AccountId32::new(hash("account")?.0),
			serial,
		};
		("binding", statement, bytes("proof")?)
	} else {
		let purpose = match json.get("purpose_hex") {
			Some(_) => bytes("purpose_hex")?,
			None => text("purpose")?.as_bytes().to_vec(),
		};
		let statement = ChainStatement::Signing {
			genesis: hash("genesis")?,
			document: hash("document")?,
			purpose: Purpose::try_from(purpose)
				.map_err(|_| bad(format!("a purpose longer than {MAX_PURPOSE_BYTES} bytes")))?,
			signer: AccountId32::new(hash("signer")?.0),
			not_before: number("not_before")?,
			not_after: number("not_after")?,
		};
		("signing", statement, bytes("signature")?)
	};
	public.verify(&statement.message(), &signature).map_err(|e| Error::Crypto {
		reason: format!("the {kind} signature does not verify with the certificate's key ({e:?})"),
	})?;
	Ok(json!({ "valid": true, "statement": kind, "key_id": to_hex(public.id().as_bytes()) }))
}
