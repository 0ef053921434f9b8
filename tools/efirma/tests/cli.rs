//! The `efirma` binary: JSON on stdout, errors on stderr with exit code 1.

use bmx_primitives::efirma::{RsaPublicKey, Statement};
use serde_json::Value;
use sp_core::{
	crypto::{AccountId32, Ss58AddressFormat, Ss58Codec},
	H256,
};
use std::{
	io::Write,
	path::{Path, PathBuf},
	process::{Command, Output, Stdio},
};

const GENESIS: &str = "0x4242424242424242424242424242424242424242424242424242424242424242";

fn fixture(name: &str) -> String {
	Path::new(env!("CARGO_MANIFEST_DIR"))
		.join("fixtures")
		.join(name)
		.display()
		.to_string()
}

fn efirma(args: &[&str]) -> Output {
	Command::new(env!("CARGO_BIN_EXE_efirma"))
		.args(args)
		.env("EFIRMA_TEST_PASSWORD", "12345678a")
		.env("EFIRMA_WRONG_PASSWORD", "87654321a")
		.env_remove("EFIRMA_UNSET")
		.output()
		.expect("the binary runs")
}

fn json(output: &Output) -> Value {
	assert!(
		output.status.success(),
		"exit {:?}: {}",
		output.status.code(),
		String::from_utf8_lossy(&output.stderr)
	);
	serde_json::from_slice(&output.stdout).expect("JSON on stdout")
}

/// Exit code 1, `efirma: ...` on stderr containing `needle`, nothing on stdout.
fn fails(output: &Output, needle: &str) {
	let stderr = String::from_utf8_lossy(&output.stderr);
	assert_eq!(output.status.code(), Some(1), "{stderr}");
	assert!(stderr.contains(needle), "{needle:?} not in {stderr:?}");
	assert!(output.stdout.is_empty());
}

fn hex_field(json: &Value, field: &str) -> Vec<u8> {
	hex::decode(json[field].as_str().unwrap().trim_start_matches("0x")).unwrap()
}

fn public_key(json: &Value) -> RsaPublicKey {
	RsaPublicKey {
		modulus: hex_field(&json["public_key"], "modulus").try_into().unwrap(),
		exponent: json["public_key"]["exponent"].as_u64().unwrap() as u32,
	}
}

fn holder(name: &str) -> Vec<String> {
	vec![
		"--cer".into(),
		fixture(&format!("{name}.cer")),
		"--key".into(),
		fixture(&format!("{name}.key")),
		"--password-env".into(),
		"EFIRMA_TEST_PASSWORD".into(),
	]
}

fn args<'a>(base: &'a [&'a str], holder: &'a [String]) -> Vec<&'a str> {
	base.iter().copied().chain(holder.iter().map(String::as_str)).collect()
}

#[test]
fn inspect_prints_json() {
	let out = json(&efirma(&["inspect", "--cer", &fixture("persona.cer")]));
	assert_eq!(out["subject"]["rfc"], "PEGJ800101AB6");
	assert_eq!(out["subject"]["curp"], "PEGJ800101HJCRRN09");
	assert_eq!(out["public_key"]["exponent"], 65_537);
	fails(&efirma(&["inspect", "--cer", &fixture("README.md")]), "not an X.509 certificate");
	fails(&efirma(&["inspect", "--cer", "/nonexistent.cer"]), "/nonexistent.cer");
}

#[test]
fn bind_proof_for_an_ss58_account_verifies() {
	let account = AccountId32::new([7; 32]);
	let ss58 = account.to_ss58check_with_version(Ss58AddressFormat::custom(5252));
	let holder = holder("empresa");
	let out =
		json(&efirma(&args(&["bind-proof", "--genesis", GENESIS, "--account", &ss58], &holder)));
	assert_eq!(hex_field(&out, "account"), [7; 32]);
	let statement = Statement::<AccountId32, u64>::Binding {
		genesis: H256::repeat_byte(0x42),
		account,
		serial: hex_field(&out, "serial").try_into().unwrap(),
	};
	assert_eq!(public_key(&out).verify(&statement.message(), &hex_field(&out, "proof")), Ok(()));
	for field in ["not_before", "not_after"] {
		assert!(out[field].is_u64(), "{field}");
	}
	// The same account as 0x hex gives a proof for the same statement.
	let hex_account = format!("0x{}", hex::encode([7u8; 32]));
	let again = json(&efirma(&args(
		&["bind-proof", "--genesis", GENESIS, "--account", &hex_account],
		&holder,
	)));
	assert_eq!(again["proof"], out["proof"], "PKCS #1 v1.5 signatures are deterministic");
}

#[test]
fn sign_a_file_and_check_it() {
	let dir = tempfile::tempdir().unwrap();
	let document: PathBuf = dir.path().join("contrato.pdf");
	std::fs::write(&document, b"%PDF-1.7 contrato de obra publica").unwrap();
	let signer = format!("0x{}", hex::encode([9u8; 32]));
	let holder = holder("representante");
	let out = json(&efirma(&args(
		&[
			"sign",
			"--genesis",
			GENESIS,
			"--signer",
			&signer,
			"--file",
			document.to_str().unwrap(),
			"--purpose",
			"firma del contrato LA-001 como representante legal",
		],
		&holder,
	)));
	let expected = sp_crypto_hashing::blake2_256(b"%PDF-1.7 contrato de obra publica");
	assert_eq!(hex_field(&out, "document"), expected);
	assert_eq!(out["purpose"], "firma del contrato LA-001 como representante legal");
	let window = out["not_after"].as_u64().unwrap() - out["not_before"].as_u64().unwrap();
	assert_eq!(window, 3_600_000, "the default window is one hour");
	assert_eq!(hex_field(&out, "signature").len(), 256);

	let check = |statement: &Value, cer: &str| {
		let mut child = Command::new(env!("CARGO_BIN_EXE_efirma"))
			.args(["check", "--cer", &fixture(cer), "--statement-json", "-"])
			.stdin(Stdio::piped())
			.stdout(Stdio::piped())
			.stderr(Stdio::piped())
			.spawn()
			.unwrap();
		child.stdin.take().unwrap().write_all(statement.to_string().as_bytes()).unwrap();
		child.wait_with_output().unwrap()
	};
	assert_eq!(json(&check(&out, "representante.cer"))["valid"], true);
	fails(&check(&out, "empresa.cer"), "does not verify");
	let mut tampered = out.clone();
	tampered["document"] = Value::String(format!("0x{}", hex::encode([0u8; 32])));
	fails(&check(&tampered, "representante.cer"), "does not verify");
}

#[test]
fn errors_exit_with_1_and_say_why() {
	let sign = |holder: &[String], extra: &[&str]| {
		let mut all = vec![
			"sign",
			"--genesis",
			GENESIS,
			"--signer",
			"0x0909090909090909090909090909090909090909090909090909090909090909",
			"--document",
			"0xd0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0",
		];
		all.extend_from_slice(extra);
		all.extend(holder.iter().map(String::as_str));
		efirma(&all)
	};
	let purpose = ["--purpose", "contrato"];
	fails(&sign(&holder("vencido"), &purpose), "expired");
	let mut wrong = holder("persona");
	wrong[5] = "EFIRMA_WRONG_PASSWORD".into();
	fails(&sign(&wrong, &purpose), "wrong password");
	let mut unset = holder("persona");
	unset[5] = "EFIRMA_UNSET".into();
	fails(&sign(&unset, &purpose), "EFIRMA_UNSET is not set");
	let mut mismatched = holder("persona");
	mismatched[3] = fixture("empresa.key");
	fails(&sign(&mismatched, &purpose), "the key does not belong to the certificate");
	let long = "x".repeat(129);
	fails(&sign(&holder("persona"), &["--purpose", &long]), "at most 128");
	fails(
		&sign(&holder("persona"), &["--purpose", "p", "--not-before", "10", "--not-after", "5"]),
		"--not-before must be before --not-after",
	);
	// No password on the command line: there is no such option.
	fails(&sign(&holder("persona"), &["--purpose", "p", "--password", "12345678a"]), "--password");
	fails(
		&efirma(&args(
			&["bind-proof", "--genesis", "0x12", "--account", "0x00"],
			&holder("persona"),
		)),
		"--genesis",
	);
	fails(
		&efirma(&args(
			&["bind-proof", "--genesis", GENESIS, "--account", "not-an-address"],
			&holder("persona"),
		)),
		"--account",
	);
}

#[test]
fn a_password_file_works_and_its_newline_is_ignored() {
	let dir = tempfile::tempdir().unwrap();
	let password = dir.path().join("password");
	std::fs::write(&password, "12345678a\n").unwrap();
	let mut holder = holder("persona");
	holder[4] = "--password-file".into();
	holder[5] = password.display().to_string();
	let out = json(&efirma(&args(
		&["bind-proof", "--genesis", GENESIS, "--account", &format!("0x{}", "01".repeat(32))],
		&holder,
	)));
	assert_eq!(hex_field(&out, "proof").len(), 256);
}
