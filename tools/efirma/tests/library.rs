//! The library against the committed fixtures: reading, key checks, proofs and acts that the
//! chain's own verification accepts, and the test CA.

use bmx_primitives::efirma::{CertificateSerial, Purpose, RsaPublicKey, Statement, VerifyError};
use efirma::{
	act::{self, ChainStatement, SigningRequest},
	certificate::EfirmaCertificate,
	key::{decrypt_key, ensure_key_matches, read_key},
	test_ca::{self, HolderKind, HolderSpec, Lifetime},
	Error,
};
use serde_json::Value;
use sp_core::{crypto::AccountId32, H256};
use std::path::{Path, PathBuf};

const PASSWORD: &[u8] = b"12345678a";

fn fixture(name: &str) -> PathBuf {
	Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(name)
}

fn certificate(name: &str) -> EfirmaCertificate {
	EfirmaCertificate::read(&fixture(&format!("{name}.cer"))).expect("a fixture certificate")
}

fn key(name: &str) -> rsa::RsaPrivateKey {
	read_key(&fixture(&format!("{name}.key")), PASSWORD).expect("a fixture key")
}

/// A time the fixtures' current certificates are valid at: a day after they were issued.
fn now() -> u64 {
	certificate("persona").not_before() + test_ca::DAY_MS
}

fn genesis() -> H256 {
	H256::repeat_byte(0x42)
}

fn account(byte: u8) -> AccountId32 {
	AccountId32::new([byte; 32])
}

fn bytes(json: &Value, field: &str) -> Vec<u8> {
	let text = json[field].as_str().unwrap_or_else(|| panic!("{field} is a string"));
	hex::decode(text.strip_prefix("0x").expect("0x-prefixed")).expect("hex")
}

fn h256(json: &Value, field: &str) -> H256 {
	H256(bytes(json, field).try_into().expect("32 bytes"))
}

/// The public key as a wallet would pass it to the chain: from the JSON.
fn public_key(json: &Value) -> RsaPublicKey {
	let key = &json["public_key"];
	let modulus = hex::decode(key["modulus"].as_str().unwrap().trim_start_matches("0x")).unwrap();
	RsaPublicKey {
		modulus: modulus.try_into().expect("a bounded modulus"),
		exponent: key["exponent"].as_u64().unwrap() as u32,
	}
}

#[test]
fn inspect_reads_a_persons_rfc_curp_serial_and_key() {
	let persona = certificate("persona");
	let ca = certificate(test_ca::CA_FILE);
	let json = act::inspect(&persona, Some(&ca)).unwrap();
	assert_eq!(json["subject"]["rfc"], test_ca::PERSONA_RFC);
	assert_eq!(json["subject"]["curp"], test_ca::PERSONA_CURP);
	assert_eq!(json["subject"]["x500_unique_identifier"], test_ca::PERSONA_RFC);
	assert_eq!(json["subject"]["serial_number"], test_ca::PERSONA_CURP);
	assert_eq!(json["subject"]["common_name"], "JUAN PEREZ GARCIA");
	assert_eq!(json["subject"]["representative_rfc"], Value::Null);
	let serial_text = json["serial_text"].as_str().unwrap();
	assert_eq!(serial_text.len(), 20);
	assert!(serial_text.starts_with(test_ca::SERIAL_PREFIX));
	assert!(serial_text.bytes().all(|b| b.is_ascii_digit()));
	assert_eq!(bytes(&json, "serial"), serial_text.as_bytes());
	assert_eq!(json["issuer_common_name"], test_ca::CA_COMMON_NAME);
	assert_eq!(json["signature_algorithm"], "sha256WithRSAEncryption");
	assert_eq!(json["issued_by_ca"], true);
	let key = persona.public_key().unwrap();
	assert_eq!(key.exponent, 65_537);
	assert_eq!(key.modulus.len(), 256);
	assert_eq!(public_key(&json), key);
	assert_eq!(h256(&json, "key_id"), key.id());
	let (not_before, not_after) =
		(json["not_before"].as_u64().unwrap(), json["not_after"].as_u64().unwrap());
	assert_eq!(not_after - not_before, test_ca::HOLDER_VALIDITY_MS);
}

#[test]
fn inspect_reads_a_companys_rfcs_and_representatives_curp() {
	let json = act::inspect(&certificate("empresa"), None).unwrap();
	let subject = &json["subject"];
	assert_eq!(
		subject["x500_unique_identifier"],
		format!("{} / {}", test_ca::EMPRESA_RFC, test_ca::REPRESENTANTE_RFC)
	);
	assert_eq!(subject["serial_number"], format!(" / {}", test_ca::REPRESENTANTE_CURP));
	assert_eq!(subject["rfc"], test_ca::EMPRESA_RFC);
	assert_eq!(subject["representative_rfc"], test_ca::REPRESENTANTE_RFC);
	assert_eq!(subject["curp"], Value::Null);
	assert_eq!(subject["representative_curp"], test_ca::REPRESENTANTE_CURP);
	assert_eq!(subject["organizational_unit"], "BLOCKCHAIN MX PRUEBAS MATRIZ");
	assert_eq!(json["issued_by_ca"], Value::Null);
}

#[test]
fn a_certificate_not_issued_by_the_ca_is_told_apart() {
	// The persona certificate names the CA but the representative's key did not sign it.
	let persona = certificate("persona");
	assert!(persona.is_issued_by(&certificate(test_ca::CA_FILE)).unwrap());
	assert!(!persona.is_issued_by(&certificate("representante")).unwrap());
	let mut forged = persona.clone();
	forged.certificate.tbs_certificate.issuer =
		certificate("representante").certificate.tbs_certificate.subject;
	assert!(!forged.is_issued_by(&certificate("representante")).unwrap());
}

#[test]
fn garbage_is_not_a_certificate() {
	let error = EfirmaCertificate::from_bytes(b"not a certificate").unwrap_err();
	assert!(matches!(error, Error::NotACertificate { .. }), "{error}");
	let error = EfirmaCertificate::read(&fixture("persona.key")).unwrap_err();
	assert!(error.to_string().contains("persona.key"), "{error}");
}

#[test]
fn the_wrong_password_fails_with_a_clear_error() {
	let error = read_key(&fixture("persona.key"), b"12345678b").unwrap_err();
	assert!(matches!(error, Error::WrongPassword), "{error:?}");
	assert!(error.to_string().contains("wrong password"));
	// Many wrong passwords: never a key, never a panic.
	for attempt in 0..40 {
		let password = format!("wrong-{attempt}");
		assert!(read_key(&fixture("persona.key"), password.as_bytes()).is_err());
	}
}

#[test]
fn a_key_of_another_certificate_is_refused() {
	let error = ensure_key_matches(&key("empresa"), &certificate("persona")).unwrap_err();
	assert!(matches!(error, Error::KeyMismatch));
	assert_eq!(error.to_string(), "the key does not belong to the certificate");
	ensure_key_matches(&key("persona"), &certificate("persona")).unwrap();
	let error =
		act::binding_proof(&certificate("persona"), &key("empresa"), genesis(), &account(1), now())
			.unwrap_err();
	assert!(matches!(error, Error::KeyMismatch));
}

#[test]
fn other_key_encodings_are_read_and_unencrypted_keys_refused() {
	use pkcs8::{pkcs5::pbes2, EncodePrivateKey};
	let original = key("persona");
	let plain = original.to_pkcs8_der().unwrap();
	let info = pkcs8::PrivateKeyInfo::try_from(plain.as_bytes()).unwrap();
	// PBKDF2-HMAC-SHA256 and AES-256-CBC.
	let params = pbes2::Parameters::pbkdf2_sha256_aes256cbc(1000, &[7; 16], &[9; 16]).unwrap();
	let aes = info.encrypt_with_params(params, PASSWORD).unwrap();
	assert_eq!(decrypt_key(aes.as_bytes(), PASSWORD).unwrap(), original);
	// PEM.
	let pem = aes.to_pem("ENCRYPTED PRIVATE KEY", pkcs8::LineEnding::LF).unwrap();
	assert_eq!(decrypt_key(pem.as_bytes(), PASSWORD).unwrap(), original);
	// Unencrypted: refused, an e.firma key is password-protected.
	let error = decrypt_key(plain.as_bytes(), PASSWORD).unwrap_err();
	assert!(error.to_string().contains("unencrypted"), "{error}");
	assert!(matches!(decrypt_key(b"junk", PASSWORD), Err(Error::NotAKeyFile { .. })));
}

#[test]
fn the_binding_proof_verifies_on_chain_terms_and_only_for_its_account() {
	let persona = certificate("persona");
	let json =
		act::binding_proof(&persona, &key("persona"), genesis(), &account(1), now()).unwrap();
	let key = public_key(&json);
	assert_eq!(key, persona.public_key().unwrap());
	assert!(key.is_well_formed());
	let serial: CertificateSerial = bytes(&json, "serial").try_into().unwrap();
	assert_eq!(serial, persona.serial().unwrap());
	assert_eq!(json["not_before"].as_u64().unwrap(), persona.not_before());
	assert_eq!(json["not_after"].as_u64().unwrap(), persona.not_after());
	let proof = bytes(&json, "proof");
	assert_eq!(proof.len(), 256);
	let statement =
		|account, genesis| ChainStatement::Binding { genesis, account, serial: serial.clone() };
	assert_eq!(key.verify(&statement(account(1), genesis()).message(), &proof), Ok(()));
	assert_eq!(
		key.verify(&statement(account(2), genesis()).message(), &proof),
		Err(VerifyError::BadSignature)
	);
	assert_eq!(
		key.verify(&statement(account(1), H256::repeat_byte(0x43)).message(), &proof),
		Err(VerifyError::BadSignature)
	);
	// Another certificate's key does not verify it.
	let other = certificate("empresa").public_key().unwrap();
	assert_eq!(
		other.verify(&statement(account(1), genesis()).message(), &proof),
		Err(VerifyError::BadSignature)
	);
	// `check` agrees.
	assert_eq!(act::check(&persona, &json).unwrap()["statement"], "binding");
	let mut tampered = json.clone();
	tampered["account"] = Value::String(format!("0x{}", hex::encode([2u8; 32])));
	assert!(act::check(&persona, &tampered).is_err());
}

fn request() -> SigningRequest {
	SigningRequest {
		genesis: genesis(),
		signer: account(3),
		document: H256::repeat_byte(0xd0),
		purpose: "firma del contrato de la licitación LA-001".into(),
		not_before: now(),
		not_after: now() + 3_600_000,
	}
}

#[test]
fn the_signing_act_verifies_and_fails_for_a_tampered_document_or_another_signer() {
	let representante = certificate("representante");
	let request = request();
	let json = act::signing_act(&representante, &key("representante"), &request, now()).unwrap();
	assert_eq!(json["purpose"], request.purpose.as_str());
	assert_eq!(bytes(&json, "purpose_hex"), request.purpose.as_bytes());
	assert_eq!(h256(&json, "document"), request.document);
	let signature = bytes(&json, "signature");
	let key = representante.public_key().unwrap();
	let statement = |document, signer| Statement::<AccountId32, u64>::Signing {
		genesis: genesis(),
		document,
		purpose: Purpose::try_from(request.purpose.as_bytes().to_vec()).unwrap(),
		signer,
		not_before: json["not_before"].as_u64().unwrap(),
		not_after: json["not_after"].as_u64().unwrap(),
	};
	assert_eq!(key.verify(&statement(request.document, account(3)).message(), &signature), Ok(()));
	assert_eq!(
		key.verify(&statement(H256::repeat_byte(0xd1), account(3)).message(), &signature),
		Err(VerifyError::BadSignature)
	);
	assert_eq!(
		key.verify(&statement(request.document, account(4)).message(), &signature),
		Err(VerifyError::BadSignature)
	);
	assert_eq!(act::check(&representante, &json).unwrap()["statement"], "signing");
	let mut tampered = json.clone();
	tampered["document"] = Value::String(format!("0x{}", hex::encode([0xd1u8; 32])));
	assert!(act::check(&representante, &tampered).is_err());
	// A binding proof is never accepted as a signing act, nor the other way round.
	let binding = ChainStatement::Binding {
		genesis: genesis(),
		account: account(3),
		serial: representante.serial().unwrap(),
	};
	assert_eq!(key.verify(&binding.message(), &signature), Err(VerifyError::BadSignature));
}

#[test]
fn an_expired_or_not_yet_valid_certificate_refuses_to_sign() {
	let error =
		act::signing_act(&certificate("vencido"), &key("vencido"), &request(), now()).unwrap_err();
	assert!(matches!(error, Error::CertificateExpired { .. }), "{error:?}");
	assert!(error.to_string().contains("expired"));
	let error =
		act::binding_proof(&certificate("vencido"), &key("vencido"), genesis(), &account(1), now())
			.unwrap_err();
	assert!(matches!(error, Error::CertificateExpired { .. }));
	let persona = certificate("persona");
	let before = persona.not_before() - 1;
	let error = act::signing_act(&persona, &key("persona"), &request(), before).unwrap_err();
	assert!(matches!(error, Error::CertificateNotYetValid { .. }), "{error:?}");
	let after = persona.not_after() + 1;
	assert!(act::signing_act(&persona, &key("persona"), &request(), after).is_err());
	// The last valid millisecond still signs.
	act::signing_act(&persona, &key("persona"), &request(), persona.not_after()).unwrap();
}

#[test]
fn a_bad_purpose_or_window_is_refused() {
	let too_long = SigningRequest { purpose: "x".repeat(129), ..request() };
	let error = too_long.statement().unwrap_err();
	assert!(error.to_string().contains("at most 128"), "{error}");
	SigningRequest { purpose: "x".repeat(128), ..request() }.statement().unwrap();
	assert!(SigningRequest { purpose: String::new(), ..request() }.statement().is_err());
	let empty_window = SigningRequest { not_after: request().not_before, ..request() };
	assert!(empty_window.statement().is_err());
}

#[test]
fn the_invented_identities_look_valid() {
	let mut errors = Vec::new();
	for rfc in [
		test_ca::PERSONA_RFC,
		test_ca::REPRESENTANTE_RFC,
		test_ca::EMPRESA_RFC,
		test_ca::VENCIDO_RFC,
	] {
		if let Err(e) = mx_ids::rfc::Rfc::parse(rfc) {
			errors.push(format!("{rfc}: {e}"));
		}
	}
	for curp in [test_ca::PERSONA_CURP, test_ca::REPRESENTANTE_CURP, test_ca::VENCIDO_CURP] {
		if let Err(e) = mx_ids::curp::Curp::parse(curp) {
			errors.push(format!("{curp}: {e}"));
		}
	}
	assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn holder_specs_parse_and_bad_ones_are_refused() {
	let person = HolderSpec::parse(
		"file=ana;name=ANA RUIZ;rfc=RUAA900101AB1;curp=RUAA900101MDFZNN01",
		Lifetime::Standard,
	)
	.unwrap();
	assert_eq!(person.kind, HolderKind::Person { curp: "RUAA900101MDFZNN01".into() });
	assert_eq!(person.lifetime, Lifetime::Standard);
	let company = HolderSpec::parse(
		"file=co;name=CO SA;rfc=COS180101AB1;representative_rfc=X;representative_curp=Y;expired",
		Lifetime::Standard,
	)
	.unwrap();
	assert_eq!(company.lifetime, Lifetime::Expired);
	assert!(matches!(company.kind, HolderKind::Company { .. }));
	for bad in [
		"name=A;rfc=B;curp=C",
		"file=../x;name=A;rfc=B;curp=C",
		"file=a;name=A;rfc=B",
		"file=a;name=A;rfc=B;curp=C;representative_rfc=D",
		"file=a;name=A;rfc=B;curp=C;colour=red",
		"file=a;name=A;rfc=B;curp=C;not_after=soon",
		"file=a;junk",
	] {
		assert!(HolderSpec::parse(bad, Lifetime::Standard).is_err(), "{bad}");
	}
}

#[test]
fn test_ca_issues_certificates_that_read_back() {
	// With the fixtures' CA (one key generated: the holder's).
	let dir = tempfile::tempdir().unwrap();
	for ext in ["cer", "key"] {
		let name = format!("{}.{ext}", test_ca::CA_FILE);
		std::fs::copy(fixture(&name), dir.path().join(&name)).unwrap();
	}
	let holder = HolderSpec {
		file: "nueva".into(),
		name: "ANA RUIZ NUÑEZ".into(),
		rfc: "RUNA900101AB1".into(),
		kind: HolderKind::Person { curp: "RUNA900101MDFZXN01".into() },
		unit: None,
		lifetime: Lifetime::Until(now() + 10 * test_ca::DAY_MS),
	};
	let issued = test_ca::issue(dir.path(), &[holder], PASSWORD, now()).unwrap();
	assert!(!issued.ca_created);
	let cer = EfirmaCertificate::read(&dir.path().join("nueva.cer")).unwrap();
	let json = act::inspect(&cer, Some(&certificate(test_ca::CA_FILE))).unwrap();
	assert_eq!(json["issued_by_ca"], true);
	assert_eq!(json["subject"]["common_name"], "ANA RUIZ NUÑEZ");
	assert_eq!(json["subject"]["rfc"], "RUNA900101AB1");
	assert_eq!(json["subject"]["curp"], "RUNA900101MDFZXN01");
	assert_eq!(cer.not_after(), (now() + 10 * test_ca::DAY_MS) / 1000 * 1000);
	assert_eq!(json["public_key"]["exponent"], 65_537);
	let key = read_key(&dir.path().join("nueva.key"), PASSWORD).unwrap();
	ensure_key_matches(&key, &cer).unwrap();
	assert!(matches!(read_key(&dir.path().join("nueva.key"), b"otra"), Err(Error::WrongPassword)));
	// The CA in the folder is used only with its password.
	let error = test_ca::issue(dir.path(), &[], b"otra", now()).unwrap_err();
	assert!(matches!(error, Error::WrongPassword), "{error:?}");
	// A certificate that ends before it starts is refused.
	let backwards = HolderSpec {
		lifetime: Lifetime::Until(now() - 1),
		..test_ca::default_holders()[0].clone()
	};
	assert!(test_ca::issue(dir.path(), &[backwards], PASSWORD, now()).is_err());
}

#[test]
fn test_ca_creates_a_self_signed_ca_to_sats_profile() {
	// A new CA (one key) and no holder.
	let dir = tempfile::tempdir().unwrap();
	let issued = test_ca::issue(dir.path(), &[], PASSWORD, now()).unwrap();
	assert!(issued.ca_created);
	let ca = EfirmaCertificate::read(&dir.path().join("ac-pruebas.cer")).unwrap();
	assert!(ca.is_issued_by(&ca).unwrap());
	assert_eq!(ca.issuer_common_name().as_deref(), Some(test_ca::CA_COMMON_NAME));
	assert_eq!(ca.signature_algorithm(), "sha256WithRSAEncryption");
	assert_eq!(ca.public_key().unwrap().modulus.len(), 256);
	assert!(ca.not_after() > now() + 7 * 365 * test_ca::DAY_MS);
	ensure_key_matches(&read_key(&dir.path().join("ac-pruebas.key"), PASSWORD).unwrap(), &ca)
		.unwrap();
	let summary = test_ca::summary(&issued).unwrap();
	assert_eq!(summary["ca"]["file"], "ac-pruebas");
}
