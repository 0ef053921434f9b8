//! `signature`: the e.firma signing acts of a document, proven at one finalized block and
//! checked again off chain.
//!
//! Proven together (two read proofs against the same proven state root): the document's acts
//! (`DigitalIdentity.Signatures`), the chain's genesis hash the statements name
//! (`System.BlockHash(0)`, what the identity pallet's `genesis_hash()` reads), then, for the
//! serial of each act reported, the certificate's record (`DigitalIdentity.Certificates`: its
//! RSA key, validity and last holder) and SAT's revocation if one was recorded
//! (`DigitalIdentity.RevokedCertificates`), both proven present or absent.
//!
//! Each act's signature is then checked as the runtime checks it: the statement
//! `bmx_primitives::efirma::Statement::Signing { genesis, document, purpose, signer, not_before,
//! not_after }` (accounts `AccountId32`, moments `u64` milliseconds) rebuilt from the act, its
//! message (`Statement::message`), and `RsaPublicKey::verify` (RSASSA-PKCS1-v1_5, SHA-256) with
//! the certificate's key. Nothing the node says about the act is believed but the proven bytes.

use bmx_primitives::efirma::{Purpose, RsaPublicKey, Statement, VerifyError};
use codec::{DecodeAll, Encode};
use pallet_digital_identity::{Certificate, SigningAct};
use serde_json::{json, Map, Value};
use sp_core::{
	crypto::{AccountId32, Ss58AddressFormat, Ss58Codec},
	H256,
};
use sp_runtime::{traits::ConstU32, BoundedVec};

use crate::{
	error::Failure,
	keys::{storage_key, Hasher},
	rpc::ChainSource,
	typed::{Refusal, TypedQuery, SS58_PREFIX},
	types::{to_hex, BlockNumber},
};

/// A generous bound: at least the runtime's signers per document and purpose length.
type Big = ConstU32<100_000>;
/// A signing act as the runtime stores it (purpose bound widened).
pub type Act = SigningAct<AccountId32, BoundedVec<u8, Big>, BlockNumber>;
/// A document's signing acts, in signing order.
pub type Acts = BoundedVec<Act, Big>;
/// What the chain keeps of a bound certificate.
pub type CertificateRecord = Certificate<AccountId32>;
/// A moment of the chain: milliseconds since the Unix epoch.
pub type Moment = u64;
/// A certificate's serial number, as the chain keeps it (its storage map key).
pub type Serial = bmx_primitives::efirma::CertificateSerial;

/// The e.firma signing acts of `document` (all of them, or only `signer`'s).
pub struct SignatureQuery {
	/// The document's hash.
	pub document: H256,
	/// Report only this signer's act.
	pub signer: Option<AccountId32>,
}

/// `0x` hex of a 32-byte hash given on the command line.
pub fn parse_document(text: &str) -> Result<H256, String> {
	let bytes = crate::types::from_hex(text)?;
	let raw: [u8; 32] =
		bytes.try_into().map_err(|_| format!("a document hash is 32 bytes: {text}"))?;
	Ok(H256(raw))
}

fn ss58(account: &AccountId32) -> String {
	account.to_ss58check_with_version(Ss58AddressFormat::custom(SS58_PREFIX))
}

/// `DigitalIdentity.Signatures(document)`.
pub fn signatures_key(document: &H256) -> Vec<u8> {
	// Hasher: Blake2_128Concat, as the pallet declares it.
	storage_key(
		"DigitalIdentity",
		"Signatures",
		&[(Hasher::Blake2_128Concat, document.as_bytes().to_vec())],
	)
}

/// `System.BlockHash(0)`: the genesis hash, which frame_system keeps for ever.
pub fn genesis_hash_key() -> Vec<u8> {
	storage_key("System", "BlockHash", &[(Hasher::Twox64Concat, 0u32.encode())])
}

/// `DigitalIdentity.Certificates(serial)` and `DigitalIdentity.RevokedCertificates(serial)`.
pub fn certificate_keys(serial: &[u8]) -> [Vec<u8>; 2] {
	// The map key is the SCALE encoding of the serial (a bounded byte vector).
	let key = [(Hasher::Blake2_128Concat, serial.encode())];
	[
		storage_key("DigitalIdentity", "Certificates", &key),
		storage_key("DigitalIdentity", "RevokedCertificates", &key),
	]
}

fn decode<T: DecodeAll>(bytes: &[u8], what: &str) -> Result<T, Failure> {
	T::decode_all(&mut &bytes[..])
		.map_err(|e| Failure::Decode(format!("the proven {what} does not decode: {e}")))
}

/// The message the e.firma key signed for `act` on `document`, on the chain whose genesis hash
/// is `genesis`: exactly what the runtime rebuilds. `None` when the act's purpose is longer than
/// any statement's (the runtime never stores one).
pub fn signed_message(genesis: H256, document: H256, act: &Act) -> Option<Vec<u8>> {
	let purpose = Purpose::try_from(act.purpose.to_vec()).ok()?;
	let statement = Statement::<AccountId32, Moment>::Signing {
		genesis,
		document,
		purpose,
		signer: act.signer.clone(),
		not_before: act.not_before,
		not_after: act.not_after,
	};
	Some(statement.message())
}

/// Checks `act`'s signature with `certificate`'s key; the reason when it does not verify.
pub fn check_act(
	genesis: H256,
	document: H256,
	act: &Act,
	certificate: Option<&CertificateRecord>,
) -> Result<(), String> {
	let Some(certificate) = certificate else {
		return Err(format!(
			"certificate {} is not on record: there is no key to check the signature with",
			to_hex(&act.certificate)
		));
	};
	let Some(message) = signed_message(genesis, document, act) else {
		return Err("the act's purpose is longer than a statement's".into());
	};
	certificate.key.verify(&message, &act.signature).map_err(|e| match e {
		VerifyError::MalformedKey => {
			"the certificate's key is not an RSA key the chain accepts".into()
		},
		VerifyError::BadSignature => "the signature is not the certificate key's signature of the \
		                              statement rebuilt from the act"
			.into(),
	})
}

/// Text when every byte is printable ASCII (SAT's serials are ASCII digits).
fn printable(bytes: &[u8]) -> Option<String> {
	(!bytes.is_empty() && bytes.iter().all(u8::is_ascii_graphic))
		.then(|| bytes.iter().map(|b| char::from(*b)).collect())
}

fn key_json(key: &RsaPublicKey) -> (String, usize) {
	(to_hex(key.id().as_bytes()), key.modulus.len().saturating_mul(8))
}

impl SignatureQuery {
	/// The acts reported: all of them, or the signer's.
	fn selected(&self, acts: Acts) -> Vec<Act> {
		acts.into_iter()
			.filter(|act| self.signer.as_ref().is_none_or(|signer| &act.signer == signer))
			.collect()
	}

	/// The reported acts from the proven `Signatures` value (absent: none).
	fn acts(&self, value: Option<&Vec<u8>>) -> Result<(usize, Vec<Act>), Failure> {
		let acts: Acts = match value {
			Some(bytes) => decode(bytes, "signing acts")?,
			None => BoundedVec::default(),
		};
		Ok((acts.len(), self.selected(acts)))
	}
}

/// The distinct certificate serials of `acts`, in order of first use.
fn serials(acts: &[Act]) -> Vec<Serial> {
	let mut serials: Vec<Serial> = Vec::new();
	for act in acts {
		if !serials.contains(&act.certificate) {
			serials.push(act.certificate.clone());
		}
	}
	serials
}

impl TypedQuery for SignatureQuery {
	fn keys(&self) -> Vec<Vec<u8>> {
		vec![signatures_key(&self.document), genesis_hash_key()]
	}

	fn follow_up_keys(&self, values: &[Option<Vec<u8>>]) -> Result<Vec<Vec<u8>>, Failure> {
		let (_, acts) = self.acts(values.first().and_then(Option::as_ref))?;
		Ok(serials(&acts).iter().flat_map(|serial| certificate_keys(serial)).collect())
	}

	fn render(&self, values: &[Option<Vec<u8>>]) -> Result<Value, Failure> {
		let (Some(signatures), Some(genesis)) = (values.first(), values.get(1)) else {
			return Err(Failure::Proof(format!("{} values proven for 2 keys", values.len())));
		};
		let (on_record, acts) = self.acts(signatures.as_ref())?;
		if acts.is_empty() {
			return Ok(Value::Null);
		}
		let serials = serials(&acts);
		let expected = serials.len().saturating_mul(2).saturating_add(2);
		if values.len() != expected {
			return Err(Failure::Proof(format!(
				"{} values proven for {expected} keys",
				values.len()
			)));
		}
		// `ValueQuery`: absent reads as the zero hash, as the pallet's `genesis_hash()` does.
		let genesis: H256 = match genesis {
			Some(bytes) => decode(bytes, "genesis hash (System.BlockHash(0))")?,
			None => H256::zero(),
		};
		let mut certificates = Vec::new();
		for (serial, pair) in serials.iter().zip(values.get(2..).unwrap_or_default().chunks(2)) {
			let record: Option<CertificateRecord> = match pair.first().and_then(Option::as_ref) {
				Some(bytes) => Some(decode(bytes, "certificate record")?),
				None => None,
			};
			let revoked_at: Option<Moment> = match pair.get(1).and_then(Option::as_ref) {
				Some(bytes) => Some(decode(bytes, "revocation moment")?),
				None => None,
			};
			certificates.push((serial, record, revoked_at));
		}
		let rendered = acts
			.iter()
			.map(|act| {
				let (_, record, revoked_at) = certificates
					.iter()
					.find(|(serial, _, _)| **serial == act.certificate)
					.cloned()
					.unwrap_or((&act.certificate, None, None));
				act_json(genesis, self.document, act, record.as_ref(), revoked_at)
			})
			.collect::<Vec<_>>();
		Ok(json!({
			"document": to_hex(self.document.as_bytes()),
			"signer": self.signer.as_ref().map(ss58),
			"genesis": { "hash": to_hex(genesis.as_bytes()) },
			"acts_on_record": on_record,
			"acts": rendered,
		}))
	}

	fn absent_message(&self) -> Option<String> {
		let document = to_hex(self.document.as_bytes());
		Some(match &self.signer {
			Some(signer) => {
				format!("no signing act by {} on document {document}: not authentic", ss58(signer))
			},
			None => format!("no signing act on document {document}: not authentic"),
		})
	}

	fn refusal(&self, rendered: &Value) -> Option<Refusal> {
		if rendered.is_null() {
			return self.absent_message().map(|message| Refusal { failed: "absent", message });
		}
		let acts = rendered.get("acts").and_then(Value::as_array)?;
		let bad: Vec<String> = acts
			.iter()
			.filter(|act| act.get("signature_valid") != Some(&Value::Bool(true)))
			.map(|act| {
				format!(
					"{} ({})",
					act.get("signer").and_then(Value::as_str).unwrap_or("?"),
					act.get("error").and_then(Value::as_str).unwrap_or("not checked")
				)
			})
			.collect();
		(!bad.is_empty()).then(|| Refusal {
			failed: "signature",
			message: format!(
				"the e.firma signature of {} of the {} acts on document {} does not verify: {}: \
				 not authentic",
				bad.len(),
				acts.len(),
				to_hex(self.document.as_bytes()),
				bad.join("; ")
			),
		})
	}

	fn cross_check(&self, rendered: &mut Value, source: &dyn ChainSource) {
		let Some(genesis) = rendered.get_mut("genesis") else { return };
		let proven = genesis.get("hash").and_then(Value::as_str).map(str::to_owned);
		match source.block_hash(0) {
			Ok(Some(hash)) => {
				let agrees = proven.as_deref() == Some(to_hex(hash.as_bytes()).as_str());
				genesis["node_agrees"] = json!(agrees);
				if !agrees {
					genesis["note"] = json!(format!(
						"the node reports {} as block 0: the proof, not the node, is what counts",
						to_hex(hash.as_bytes())
					));
				}
			},
			Ok(None) | Err(_) => {
				genesis["node_agrees"] = Value::Null;
				genesis["note"] = json!("the node did not say which block is block 0");
			},
		}
	}
}

/// One act as JSON, with its signature checked.
fn act_json(
	genesis: H256,
	document: H256,
	act: &Act,
	record: Option<&CertificateRecord>,
	revoked_at: Option<Moment>,
) -> Value {
	let checked = check_act(genesis, document, act, record);
	let purpose = &act.purpose[..];
	let record_json = record.map(|record| {
		let (key_id, key_bits) = key_json(&record.key);
		json!({
			"key_id": key_id,
			"key_bits": key_bits,
			"not_before": record.not_before,
			"not_after": record.not_after,
			"holder": ss58(&record.holder),
			"valid_at_signing": record.is_valid_at(act.signed_at),
		})
	});
	let mut out = Map::new();
	out.insert("signer".into(), json!(ss58(&act.signer)));
	out.insert(
		"certificate".into(),
		json!({
			"serial": to_hex(&act.certificate),
			"serial_text": printable(&act.certificate),
			"record": record_json,
			"revoked": revoked_at.is_some(),
			"revoked_at": revoked_at,
		}),
	);
	let purpose_text = core::str::from_utf8(purpose).map(str::to_owned);
	out.insert("purpose".into(), json!(purpose_text.clone().unwrap_or_else(|_| to_hex(purpose))));
	out.insert("purpose_is_text".into(), json!(purpose_text.is_ok()));
	out.insert("purpose_hex".into(), json!(to_hex(purpose)));
	out.insert(
		"window".into(),
		json!({ "not_before": act.not_before, "not_after": act.not_after }),
	);
	out.insert("signed_at".into(), json!(act.signed_at));
	out.insert("block".into(), json!(act.block));
	out.insert("signature".into(), json!(to_hex(&act.signature)));
	out.insert("signature_valid".into(), json!(checked.is_ok()));
	if let Err(reason) = checked {
		out.insert("error".into(), json!(reason));
	}
	Value::Object(out)
}

#[cfg(test)]
mod tests {
	use super::*;
	use bmx_efirma_testing::{self as test_keys, TestKey};
	use bmx_primitives::efirma::{DOMAIN, EXPONENT};
	use sp_keyring::Sr25519Keyring;

	const GENESIS: H256 = H256::repeat_byte(0x47);
	const DOCUMENT: H256 = H256::repeat_byte(0xd0);
	const SERIAL: &[u8] = b"30001000000500003416";

	fn account(who: Sr25519Keyring) -> AccountId32 {
		who.to_account_id()
	}

	/// The statement as `bmx_primitives::efirma` defines it, built here independently.
	fn statement_message(genesis: H256, signer: &AccountId32, purpose: &[u8]) -> Vec<u8> {
		Statement::<AccountId32, Moment>::Signing {
			genesis,
			document: DOCUMENT,
			purpose: Purpose::truncate_from(purpose.to_vec()),
			signer: signer.clone(),
			not_before: 1_000,
			not_after: 2_000,
		}
		.message()
	}

	/// `signer`'s act signed with `key` over the statement of [`DOCUMENT`] on [`GENESIS`], as
	/// the runtime stores it (runtime bounds: purpose 128 bytes).
	fn act(signer: Sr25519Keyring, key: TestKey, serial: &[u8]) -> RuntimeAct {
		act_on(GENESIS, signer, key, serial)
	}

	/// A signing act as the runtime stores it (purpose bound 128).
	type RuntimeAct = SigningAct<AccountId32, BoundedVec<u8, ConstU32<128>>, BlockNumber>;

	/// [`act`] on the chain whose genesis hash is `genesis`.
	fn act_on(genesis: H256, signer: Sr25519Keyring, key: TestKey, serial: &[u8]) -> RuntimeAct {
		let signer = account(signer);
		let purpose = b"Contrato de suministro".to_vec();
		SigningAct {
			signature: test_keys::sign(key, &statement_message(genesis, &signer, &purpose)),
			signer,
			certificate: Serial::truncate_from(serial.to_vec()),
			purpose: BoundedVec::truncate_from(purpose),
			not_before: 1_000,
			not_after: 2_000,
			signed_at: 1_500,
			block: 42,
		}
	}

	fn certificate(key: TestKey, holder: Sr25519Keyring) -> CertificateRecord {
		Certificate {
			key: test_keys::public(key),
			not_before: 100,
			not_after: 10_000,
			holder: account(holder),
		}
	}

	fn query(signer: Option<Sr25519Keyring>) -> SignatureQuery {
		SignatureQuery { document: DOCUMENT, signer: signer.map(account) }
	}

	/// The proven values: acts, genesis hash, then each serial's record and revocation.
	fn values<A: Encode>(
		acts: &[A],
		certificates: &[(Option<CertificateRecord>, Option<Moment>)],
	) -> Vec<Option<Vec<u8>>> {
		let mut values = vec![Some(acts.encode()), Some(GENESIS.encode())];
		for (record, revoked) in certificates {
			values.push(record.as_ref().map(Encode::encode));
			values.push(revoked.map(|at| at.encode()));
		}
		values
	}

	#[test]
	fn the_message_is_what_the_efirma_key_signs() {
		let act = act(Sr25519Keyring::Alice, TestKey::A, SERIAL);
		let decoded: Act = Act::decode_all(&mut &act.encode()[..]).unwrap();
		let message = signed_message(GENESIS, DOCUMENT, &decoded).unwrap();
		assert_eq!(
			message,
			statement_message(GENESIS, &account(Sr25519Keyring::Alice), &act.purpose[..])
		);
		// Laid out by hand: the domain, variant 1 (Signing), genesis, document, the purpose
		// (compact length), the 32-byte account, then the window as two u64 (not u32).
		let mut expected = DOMAIN.to_vec();
		expected.push(1);
		expected.extend_from_slice(GENESIS.as_bytes());
		expected.extend_from_slice(DOCUMENT.as_bytes());
		expected.push(22 << 2);
		expected.extend_from_slice(b"Contrato de suministro");
		expected.extend_from_slice(AsRef::<[u8]>::as_ref(&account(Sr25519Keyring::Alice)));
		expected.extend_from_slice(&1_000u64.to_le_bytes());
		expected.extend_from_slice(&2_000u64.to_le_bytes());
		assert_eq!(message, expected);
		assert_eq!(test_keys::public(TestKey::A).verify(&message, &act.signature), Ok(()));
	}

	#[test]
	fn keys_are_the_pallets() {
		let q = query(None);
		let keys = q.keys();
		assert_eq!(keys.len(), 2);
		assert_eq!(&keys[0][32..48], &sp_crypto_hashing::blake2_128(DOCUMENT.as_bytes())[..]);
		assert_eq!(&keys[0][48..], DOCUMENT.as_bytes());
		assert_eq!(
			keys[1],
			crate::types::from_hex(
				// System.BlockHash(0), as every Substrate tool prints it.
				"0x26aa394eea5630e07c48ae0c9558cef7a44704b568d21667356a5a050c118746b4def25cfda6ef3a00000000"
			)
			.unwrap()
		);
		// One certificate and one revocation per distinct serial, in order.
		let acts = [
			act(Sr25519Keyring::Alice, TestKey::A, SERIAL),
			act(Sr25519Keyring::Bob, TestKey::B, b"30001000000500003417"),
			act(Sr25519Keyring::Charlie, TestKey::A, SERIAL),
		];
		let first = [Some(acts[..].encode()), Some(GENESIS.encode())];
		let follow = q.follow_up_keys(&first).unwrap();
		let [a, a_revoked] = certificate_keys(SERIAL);
		let [b, b_revoked] = certificate_keys(b"30001000000500003417");
		assert_eq!(follow, vec![a.clone(), a_revoked, b, b_revoked]);
		assert_eq!(
			&a[48..],
			&[&[20u8 << 2][..], SERIAL].concat()[..],
			"the serial's SCALE encoding"
		);
		assert_eq!(query(Some(Sr25519Keyring::Bob)).follow_up_keys(&first).unwrap().len(), 2);
		assert_eq!(
			query(Some(Sr25519Keyring::Dave)).follow_up_keys(&first).unwrap(),
			Vec::<Vec<u8>>::new()
		);
		assert_eq!(q.follow_up_keys(&[None, None]).unwrap(), Vec::<Vec<u8>>::new());
	}

	#[test]
	fn renders_a_verified_act() {
		let q = query(None);
		let acts = [act(Sr25519Keyring::Alice, TestKey::A, SERIAL)];
		let record = q
			.render(&values(&acts, &[(Some(certificate(TestKey::A, Sr25519Keyring::Alice)), None)]))
			.unwrap();
		let alice = ss58(&account(Sr25519Keyring::Alice));
		assert_eq!(record["document"], json!(to_hex(DOCUMENT.as_bytes())));
		assert_eq!(record["genesis"]["hash"], json!(to_hex(GENESIS.as_bytes())));
		assert_eq!(record["acts_on_record"], json!(1));
		let act = &record["acts"][0];
		assert_eq!(act["signer"], json!(alice));
		assert_eq!(act["certificate"]["serial"], json!(to_hex(SERIAL)));
		assert_eq!(act["certificate"]["serial_text"], json!("30001000000500003416"));
		assert_eq!(
			act["certificate"]["record"]["key_id"],
			json!(to_hex(test_keys::public(TestKey::A).id().as_bytes()))
		);
		assert_eq!(act["certificate"]["record"]["key_bits"], json!(2048));
		assert_eq!(act["certificate"]["record"]["holder"], json!(alice));
		assert_eq!(act["certificate"]["record"]["valid_at_signing"], json!(true));
		assert_eq!(act["certificate"]["revoked"], json!(false));
		assert_eq!(act["certificate"]["revoked_at"], Value::Null);
		assert_eq!(act["purpose"], json!("Contrato de suministro"));
		assert_eq!(act["purpose_is_text"], json!(true));
		assert_eq!(act["window"], json!({ "not_before": 1_000, "not_after": 2_000 }));
		assert_eq!(act["signed_at"], json!(1_500));
		assert_eq!(act["block"], json!(42));
		assert_eq!(act["signature_valid"], json!(true));
		assert_eq!(act.get("error"), None);
		assert!(q.refusal(&record).is_none());
		assert_eq!(test_keys::public(TestKey::A).exponent, EXPONENT);
	}

	#[test]
	fn a_tampered_signature_does_not_verify_and_is_refused() {
		let q = query(None);
		let mut tampered = act(Sr25519Keyring::Alice, TestKey::A, SERIAL);
		let mut signature = tampered.signature.to_vec();
		signature[100] ^= 1;
		tampered.signature = BoundedVec::truncate_from(signature);
		let record = q
			.render(&values(
				&[tampered],
				&[(Some(certificate(TestKey::A, Sr25519Keyring::Alice)), None)],
			))
			.unwrap();
		assert_eq!(record["acts"][0]["signature_valid"], json!(false));
		assert!(record["acts"][0]["error"]
			.as_str()
			.unwrap()
			.contains("not the certificate key's"));
		let refusal = q.refusal(&record).unwrap();
		assert_eq!(refusal.failed, "signature");
		assert!(refusal.message.contains("does not verify"), "{}", refusal.message);
		assert!(refusal.message.ends_with("not authentic"), "{}", refusal.message);
	}

	#[test]
	fn any_change_to_what_was_signed_fails() {
		let alice = Sr25519Keyring::Alice;
		let good = act(alice, TestKey::A, SERIAL);
		let record = Some(certificate(TestKey::A, alice));
		let check = |genesis, document, act: &Act, record: Option<&CertificateRecord>| {
			check_act(genesis, document, act, record)
		};
		let decoded = |a: &RuntimeAct| Act::decode_all(&mut &a.encode()[..]).unwrap();
		assert_eq!(check(GENESIS, DOCUMENT, &decoded(&good), record.as_ref()), Ok(()));
		// Another document, another chain, another window, another purpose, another signer.
		assert!(check(GENESIS, H256::repeat_byte(0xd1), &decoded(&good), record.as_ref()).is_err());
		assert!(check(H256::zero(), DOCUMENT, &decoded(&good), record.as_ref()).is_err());
		let mut other = good.clone();
		other.not_after = 2_001;
		assert!(check(GENESIS, DOCUMENT, &decoded(&other), record.as_ref()).is_err());
		let mut other = good.clone();
		other.purpose = BoundedVec::truncate_from(b"Contrato de suministrO".to_vec());
		assert!(check(GENESIS, DOCUMENT, &decoded(&other), record.as_ref()).is_err());
		let mut other = good.clone();
		other.signer = account(Sr25519Keyring::Bob);
		assert!(check(GENESIS, DOCUMENT, &decoded(&other), record.as_ref()).is_err());
		// Another key, no key on record, a key the chain refuses.
		let by_b = Some(certificate(TestKey::B, alice));
		assert!(check(GENESIS, DOCUMENT, &decoded(&good), by_b.as_ref()).is_err());
		assert!(matches!(
			check(GENESIS, DOCUMENT, &decoded(&good), None),
			Err(m) if m.contains("not on record")
		));
		let mut weak = certificate(TestKey::A, alice);
		weak.key.exponent = 3;
		assert!(matches!(
			check(GENESIS, DOCUMENT, &decoded(&good), Some(&weak)),
			Err(m) if m.contains("not an RSA key the chain accepts")
		));
		// Changed fields that are not signed (when and where it was registered) still verify.
		let mut later = good.clone();
		later.signed_at = 1_999;
		later.block = 43;
		assert_eq!(check(GENESIS, DOCUMENT, &decoded(&later), record.as_ref()), Ok(()));
	}

	#[test]
	fn reports_each_signer_and_revocation() {
		let acts = [
			act(Sr25519Keyring::Alice, TestKey::A, SERIAL),
			act(Sr25519Keyring::Bob, TestKey::B, &[0x01, 0xff]),
		];
		let certificates =
			[(Some(certificate(TestKey::A, Sr25519Keyring::Alice)), Some(1_800)), (None, None)];
		let all = query(None);
		let record = all.render(&values(&acts, &certificates)).unwrap();
		assert_eq!(record["acts"].as_array().unwrap().len(), 2);
		assert_eq!(record["acts"][0]["certificate"]["revoked"], json!(true));
		assert_eq!(record["acts"][0]["certificate"]["revoked_at"], json!(1_800));
		assert_eq!(record["acts"][0]["signature_valid"], json!(true), "signed before revocation");
		assert_eq!(record["acts"][1]["certificate"]["serial"], json!("0x01ff"));
		assert_eq!(record["acts"][1]["certificate"]["serial_text"], Value::Null);
		assert_eq!(record["acts"][1]["certificate"]["record"], Value::Null);
		assert_eq!(record["acts"][1]["signature_valid"], json!(false));
		let refusal = all.refusal(&record).unwrap();
		assert!(refusal.message.contains("1 of the 2 acts"), "{}", refusal.message);
		assert!(refusal.message.contains("not on record"), "{}", refusal.message);

		// Alice's act alone: one serial proven, verifies.
		let alice = query(Some(Sr25519Keyring::Alice));
		let record = alice.render(&values(&acts, &certificates[..1])).unwrap();
		assert_eq!(record["acts"].as_array().unwrap().len(), 1);
		assert_eq!(record["acts_on_record"], json!(2));
		assert_eq!(record["signer"], json!(ss58(&account(Sr25519Keyring::Alice))));
		assert!(alice.refusal(&record).is_none());
		// The wrong number of values for the serials is a proof error.
		assert!(matches!(alice.render(&values(&acts, &certificates)), Err(Failure::Proof(_))));
	}

	#[test]
	fn no_act_is_not_authentic() {
		let q = query(None);
		assert_eq!(q.render(&[None, Some(GENESIS.encode())]).unwrap(), Value::Null);
		let refusal = q.refusal(&Value::Null).unwrap();
		assert_eq!(refusal.failed, "absent");
		assert_eq!(
			refusal.message,
			format!("no signing act on document {}: not authentic", to_hex(DOCUMENT.as_bytes()))
		);
		let acts = [act(Sr25519Keyring::Alice, TestKey::A, SERIAL)];
		let dave = query(Some(Sr25519Keyring::Dave));
		assert_eq!(dave.render(&values(&acts, &[])).unwrap(), Value::Null);
		assert!(dave.absent_message().unwrap().contains(&ss58(&account(Sr25519Keyring::Dave))));
	}

	#[test]
	fn undecodable_values_are_refused() {
		let q = query(None);
		let acts = [act(Sr25519Keyring::Alice, TestKey::A, SERIAL)];
		let mut bytes = acts[..].encode();
		bytes.push(0);
		assert!(matches!(q.follow_up_keys(&[Some(bytes.clone())]), Err(Failure::Decode(_))));
		assert!(matches!(q.render(&[Some(bytes), None]), Err(Failure::Decode(_))));
		let mut good =
			values(&acts, &[(Some(certificate(TestKey::A, Sr25519Keyring::Alice)), None)]);
		good[2] = Some(vec![1, 2, 3]);
		assert!(matches!(q.render(&good), Err(Failure::Decode(m)) if m.contains("certificate")));
		let mut good =
			values(&acts, &[(Some(certificate(TestKey::A, Sr25519Keyring::Alice)), None)]);
		good[1] = Some(vec![0; 31]);
		assert!(matches!(q.render(&good), Err(Failure::Decode(m)) if m.contains("genesis")));
		assert!(matches!(q.render(&[None]), Err(Failure::Proof(_))));
	}

	/// A fake node (blocks 1..=10, finalized by GRANDPA) storing `acts` of [`DOCUMENT`], the
	/// genesis hash its block 0 has, and `certificates` by serial.
	fn node_with(
		acts: &[RuntimeAct],
		certificates: &[(&[u8], CertificateRecord, Option<Moment>)],
	) -> crate::verify::tests::FakeNode {
		let mut entries = vec![
			(signatures_key(&DOCUMENT), acts.encode()),
			(genesis_hash_key(), fake_genesis().encode()),
		];
		for (serial, record, revoked_at) in certificates {
			let [record_key, revoked_key] = certificate_keys(serial);
			entries.push((record_key, record.encode()));
			if let Some(at) = revoked_at {
				entries.push((revoked_key, at.encode()));
			}
		}
		crate::verify::tests::fake_node_with(&entries)
	}

	/// The hash of the fake node's block 0.
	fn fake_genesis() -> H256 {
		<sp_runtime::traits::BlakeTwo256 as sp_runtime::traits::Hash>::hash(b"genesis")
	}

	#[test]
	fn proves_and_checks_acts_against_a_finalized_block() {
		use crate::{finality::tests::set_of, verify::prove_query};
		use sp_keyring::Ed25519Keyring::{Alice, Bob, Charlie};
		let set = || set_of(&[Alice, Bob, Charlie], 0);
		let alice = Sr25519Keyring::Alice;
		let good = act_on(fake_genesis(), alice, TestKey::A, SERIAL);
		let record = certificate(TestKey::A, alice);

		// Proven: the acts, the genesis hash, the certificate and its revocation (absent).
		let node = node_with(&[good.clone()], &[(SERIAL, record.clone(), None)]);
		let (proven, rendered) = prove_query(&node, set(), &query(None)).unwrap();
		assert_eq!(proven.checkpoint.finalized.number, 10);
		let [record_key, revoked_key] = certificate_keys(SERIAL);
		let keys: Vec<_> = proven.entries.iter().map(|(key, _)| key.clone()).collect();
		assert_eq!(
			keys,
			vec![signatures_key(&DOCUMENT), genesis_hash_key(), record_key, revoked_key]
		);
		assert_eq!(proven.entries[3].1, None, "the revocation is proven absent");
		assert_eq!(rendered["acts"][0]["signature_valid"], json!(true));
		assert_eq!(rendered["genesis"]["hash"], json!(to_hex(fake_genesis().as_bytes())));
		assert_eq!(rendered["genesis"]["node_agrees"], json!(true));
		assert!(query(None).refusal(&rendered).is_none());

		// The same act signed for another chain: authentic record, signature refused.
		let elsewhere = act(alice, TestKey::A, SERIAL);
		let node = node_with(&[elsewhere], &[(SERIAL, record.clone(), Some(1_800))]);
		let (_, rendered) = prove_query(&node, set(), &query(None)).unwrap();
		assert_eq!(rendered["acts"][0]["signature_valid"], json!(false));
		assert_eq!(rendered["acts"][0]["certificate"]["revoked_at"], json!(1_800));
		assert_eq!(query(None).refusal(&rendered).map(|r| r.failed), Some("signature"));

		// No certificate on record: proven absent, the act cannot be checked.
		let node = node_with(&[good.clone()], &[]);
		let (proven, rendered) = prove_query(&node, set(), &query(None)).unwrap();
		assert_eq!(proven.entries.len(), 4);
		assert_eq!(rendered["acts"][0]["certificate"]["record"], Value::Null);
		assert_eq!(query(None).refusal(&rendered).map(|r| r.failed), Some("signature"));

		// Another signer's act only: nothing more is proven, and it is not authentic.
		let dave = query(Some(Sr25519Keyring::Dave));
		let node = node_with(&[good], &[(SERIAL, record, None)]);
		let (proven, rendered) = prove_query(&node, set(), &dave).unwrap();
		assert_eq!(proven.entries.len(), 2);
		assert_eq!(rendered, Value::Null);
		assert_eq!(dave.refusal(&rendered).map(|r| r.failed), Some("absent"));
	}

	#[test]
	fn parses_document_hashes() {
		assert_eq!(parse_document(&to_hex(DOCUMENT.as_bytes())).unwrap(), DOCUMENT);
		assert!(parse_document("0x00").unwrap_err().contains("32 bytes"));
		assert!(parse_document("0xzz").is_err());
	}

	#[test]
	fn purposes_that_are_not_text_are_hex() {
		let mut binary = act(Sr25519Keyring::Alice, TestKey::A, SERIAL);
		binary.purpose = BoundedVec::truncate_from(vec![0xff, 0xfe]);
		let json = act_json(
			GENESIS,
			DOCUMENT,
			&Act::decode_all(&mut &binary.encode()[..]).unwrap(),
			None,
			None,
		);
		assert_eq!(json["purpose"], json!("0xfffe"));
		assert_eq!(json["purpose_is_text"], json!(false));
	}
}
