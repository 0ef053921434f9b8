//! The `mx-ids` binary, run as a registrar runs it.

use std::{path::PathBuf, process::Command};

/// Run `mx-ids` with `args`; returns whether it succeeded, its standard output and its error
/// output.
fn mx_ids(args: &[&str]) -> (bool, String, String) {
	let (code, out, err) = mx_ids_with_code(args);
	(code == Some(0), out, err)
}

/// Run `mx-ids` with `args`; returns its exit code, its standard output and its error output.
fn mx_ids_with_code(args: &[&str]) -> (Option<i32>, String, String) {
	let output = Command::new(env!("CARGO_BIN_EXE_mx-ids"))
		.args(args)
		.output()
		.expect("mx-ids runs");
	(
		output.status.code(),
		String::from_utf8_lossy(&output.stdout).into_owned(),
		String::from_utf8_lossy(&output.stderr).into_owned(),
	)
}

/// A secret file holding the pallet docs' test secret (the bytes 0 to 31), unique to `test`.
fn secret_file(test: &str) -> PathBuf {
	let path = std::env::temp_dir().join(format!("mx-ids-{}-{test}.hex", std::process::id()));
	std::fs::write(&path, "0x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f\n")
		.expect("temp dir is writable");
	path
}

#[test]
fn person_key_is_the_one_the_pallet_docs_specify() {
	let secret = secret_file("person");
	let path = secret.to_str().expect("utf-8 temp path");
	let (ok, out, err) = mx_ids(&["person-key", "--secret-file", path, "HEGG560427MVZRRL04"]);
	let _ = std::fs::remove_file(&secret);
	assert!(ok, "{err}");
	assert_eq!(out, "0x59337f983c42aa34558fa08068b831afe4f15b03b279e1a38eec44db877d9d84\n");
}

#[test]
fn organisation_key_is_the_one_the_pallet_docs_specify() {
	let secret = secret_file("organisation");
	let path = secret.to_str().expect("utf-8 temp path");
	let (ok, out, err) = mx_ids(&["organisation-key", "--secret-file", path, "sat-970701-nn3"]);
	let _ = std::fs::remove_file(&secret);
	assert!(ok, "{err}");
	assert_eq!(out, "0x7d351edfc83d3def30035c67e964b812a8d3c1f8ef365effe985557dce7aee83\n");
}

#[test]
fn an_invalid_curp_fails_with_its_reason_and_no_key() {
	let secret = secret_file("invalid");
	let path = secret.to_str().expect("utf-8 temp path");
	let (ok, out, err) = mx_ids(&["person-key", "--secret-file", path, "HEGG560427MVZRRL05"]);
	let _ = std::fs::remove_file(&secret);
	assert!(!ok);
	assert_eq!(out, "");
	assert_eq!(err, "error: CURP: check digit mismatch: expected 4, got 5\n");
}

#[test]
fn curp_is_checked_and_described() {
	let (ok, out, _) = mx_ids(&["curp", "BOXW310820HNERXN09"]);
	assert!(ok);
	assert!(out.contains("birth state: NE (Nacido en el extranjero)"), "{out}");
}

#[test]
fn generic_rfcs_are_refused_with_their_reason_and_exit_code_1() {
	let general_public = "error: RFC: XAXX010101000 is SAT's generic RFC (RFC generico nacional, \
		for operations with the general public (publico en general)); it stands for no one and \
		cannot identify a person or an organisation: obtain the taxpayer's own RFC\n";
	let foreign = "error: RFC: XEXX010101000 is SAT's generic RFC (RFC generico extranjero, for \
		residents abroad without an RFC (residentes en el extranjero)); it stands for no one and \
		cannot identify a person or an organisation: obtain the taxpayer's own RFC\n";
	let secret = secret_file("generic");
	let path = secret.to_str().expect("utf-8 temp path");
	let mut runs = Vec::new();
	for (rfc, message) in [
		("XAXX010101000", general_public),
		("xexx-010101-000", foreign),
		("XEXX010101000", foreign),
	] {
		runs.push((mx_ids_with_code(&["rfc", rfc]), message));
		runs.push((mx_ids_with_code(&["organisation-key", "--secret-file", path, rfc]), message));
	}
	let _ = std::fs::remove_file(&secret);
	for ((code, out, err), message) in runs {
		assert_eq!(code, Some(1), "{err}");
		assert_eq!(out, "");
		assert_eq!(err, message);
	}
}

#[test]
fn an_rfc_that_only_looks_generic_gets_its_key() {
	let secret = secret_file("lookalike");
	let path = secret.to_str().expect("utf-8 temp path");
	let (code, out, err) =
		mx_ids_with_code(&["organisation-key", "--secret-file", path, "XAXX010101AB7"]);
	let _ = std::fs::remove_file(&secret);
	assert_eq!(code, Some(0), "{err}");
	assert!(out.starts_with("0x") && out.len() == 67, "{out}");
}
