//! The `bmx-ring` binary: output, files and exit codes, without a node.

use std::{
	path::Path,
	process::{Command, Output},
};

use bmx_primitives::anonymity::{ballot_context, key_possession_message, pseudonym_context};
use bmx_ring::{keys::MemberSecret, Crypto};
use codec::Encode;
use serde_json::Value;
use verifiable::GenerateVerifiable;

const GENESIS: &str = "0x4242424242424242424242424242424242424242424242424242424242424242";
const ALICE: &str = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";

fn bmx_ring(args: &[&str]) -> Output {
	Command::new(env!("CARGO_BIN_EXE_bmx-ring"))
		.args(args)
		// Never the tester's own secret.
		.env("BMX_RING_SECRET", "/nonexistent/bmx-ring-test-secret")
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

/// Exit code 2 with `needle` on standard error.
fn fails_with_2(output: &Output, needle: &str) {
	let stderr = String::from_utf8_lossy(&output.stderr);
	assert_eq!(output.status.code(), Some(2), "{stderr}");
	assert!(stderr.contains(needle), "{needle:?} not in {stderr:?}");
}

fn path(p: &Path) -> &str {
	p.to_str().unwrap()
}

#[test]
fn keygen_member_possession_and_alias_agree_with_the_library() {
	let folder = tempfile::tempdir().unwrap();
	let secret_file = folder.path().join("secret");
	let secret = path(&secret_file);

	let made = bmx_ring(&["keygen", "--out", secret]);
	assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
	let member = String::from_utf8(made.stdout).unwrap().trim().to_string();
	assert!(member.starts_with("0x") && member.len() == 66, "{member}");
	// The secret is never printed; the file is the owner's only.
	let entropy = std::fs::read_to_string(&secret_file).unwrap();
	assert!(!String::from_utf8_lossy(&made.stderr).contains(entropy.trim()));
	#[cfg(unix)]
	{
		use std::os::unix::fs::PermissionsExt;
		let mode = std::fs::metadata(&secret_file).unwrap().permissions().mode() & 0o777;
		assert_eq!(mode, 0o600);
	}
	// A second keygen never overwrites it.
	fails_with_2(&bmx_ring(&["keygen", "--out", secret]), "already exists");

	let shown = json(&bmx_ring(&["member", "--secret", secret, "--json"]));
	assert_eq!(shown["member"], member.as_str());
	let library = MemberSecret::read(&secret_file).unwrap();

	let possession = json(&bmx_ring(&[
		"possession",
		"--secret",
		secret,
		"--account",
		ALICE,
		"--genesis",
		GENESIS,
		"--json",
	]));
	let signature: [u8; 64] =
		hex::decode(possession["possession"].as_str().unwrap().trim_start_matches("0x"))
			.unwrap()
			.try_into()
			.unwrap();
	let genesis = [0x42u8; 32];
	let account = bmx_ring::encoding::parse_account(ALICE, "--account").unwrap();
	let message = key_possession_message(&genesis, &account.encode());
	assert!(Crypto::verify_signature(&signature, &message, &library.member()));
	assert_eq!(
		possession["account"],
		"0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d"
	);

	let alias = bmx_ring(&["alias", "--secret", secret, "--ballot", "7", "--genesis", GENESIS]);
	let alias = String::from_utf8(alias.stdout).unwrap();
	let expected = Crypto::alias_in_context(
		&Crypto::new_secret(
			hex::decode(std::fs::read_to_string(&secret_file).unwrap().trim())
				.unwrap()
				.try_into()
				.unwrap(),
		),
		&ballot_context(&genesis, 7),
	)
	.unwrap();
	assert_eq!(alias.trim(), format!("0x{}", hex::encode(expected)));
}

#[test]
fn argument_errors_exit_2_with_a_clear_message() {
	let folder = tempfile::tempdir().unwrap();
	let secret_file = folder.path().join("secret");
	let secret = path(&secret_file);
	assert!(bmx_ring(&["keygen", "--out", secret]).status.success());

	// Usage errors (clap).
	fails_with_2(&bmx_ring(&["vote", "--url", "http://127.0.0.1:1", "--ballot", "1"]), "--choice");
	fails_with_2(
		&bmx_ring(&[
			"alias",
			"--secret",
			secret,
			"--ballot",
			"1",
			"--genesis",
			GENESIS,
			"--url",
			"http://x",
		]),
		"cannot be used with",
	);
	fails_with_2(&bmx_ring(&["alias", "--secret", secret, "--ballot", "1"]), "--genesis");
	fails_with_2(
		&bmx_ring(&[
			"vote",
			"--url",
			"http://127.0.0.1:1",
			"--ballot",
			"1",
			"--choice",
			"0",
			"--ring-index",
			"0",
		]),
		"--ring-keys",
	);
	fails_with_2(&bmx_ring(&["alias", "--ballot", "x", "--genesis", GENESIS]), "--ballot");

	// Values the tool checks.
	fails_with_2(
		&bmx_ring(&["possession", "--secret", secret, "--account", "nobody", "--genesis", GENESIS]),
		"--account",
	);
	fails_with_2(
		&bmx_ring(&["alias", "--secret", secret, "--ballot", "1", "--genesis", "0x1234"]),
		"--genesis: \"0x1234\" is 2 bytes, not 32",
	);
	fails_with_2(&bmx_ring(&["member"]), "bmx-ring keygen");
	std::fs::write(folder.path().join("bad"), "zz\n").unwrap();
	fails_with_2(
		&bmx_ring(&["member", "--secret", path(&folder.path().join("bad"))]),
		"not a bmx-ring secret file",
	);
	// An unreachable node: exit 2, and with --json the error as JSON on stdout.
	let output = bmx_ring(&[
		"vote",
		"--url",
		"http://127.0.0.1:1",
		"--secret",
		secret,
		"--ballot",
		"1",
		"--choice",
		"0",
		"--json",
	]);
	fails_with_2(&output, "node error");
	let error: Value = serde_json::from_slice(&output.stdout).unwrap();
	assert_eq!(error["error"], "rpc");
}

#[test]
fn the_pseudonym_is_the_alias_in_the_pseudonym_context() {
	let folder = tempfile::tempdir().unwrap();
	let secret_file = folder.path().join("secret");
	let secret = path(&secret_file);
	assert!(bmx_ring(&["keygen", "--out", secret]).status.success());

	let shown = json(&bmx_ring(&["pseudonym", "--secret", secret, "--genesis", GENESIS, "--json"]));
	let library = MemberSecret::read(&secret_file).unwrap();
	let genesis = [0x42u8; 32];
	let expected = library.alias(&pseudonym_context(&genesis)).unwrap();
	assert_eq!(shown["pseudonym"], format!("0x{}", hex::encode(expected)));
	assert_eq!(shown["genesis"], GENESIS);
	// The same in text, and another on another chain.
	let text = bmx_ring(&["pseudonym", "--secret", secret, "--genesis", GENESIS]);
	assert_eq!(String::from_utf8(text.stdout).unwrap().trim(), shown["pseudonym"]);
	let other = json(&bmx_ring(&[
		"pseudonym",
		"--secret",
		secret,
		"--genesis",
		&format!("0x{}", "43".repeat(32)),
		"--json",
	]));
	assert_ne!(other["pseudonym"], shown["pseudonym"]);
	fails_with_2(&bmx_ring(&["pseudonym", "--secret", secret]), "--genesis");
}

#[test]
fn panel_commands_check_their_arguments_before_reaching_a_node() {
	let folder = tempfile::tempdir().unwrap();
	let secret_file = folder.path().join("secret");
	let secret = path(&secret_file);
	assert!(bmx_ring(&["keygen", "--out", secret]).status.success());
	let state_file = folder.path().join("ticket.json");
	let state = path(&state_file);
	let node = "http://127.0.0.1:1";
	let ticket = |extra: &[&str]| {
		let mut args = vec!["ticket", "--url", node, "--secret", secret, "--panel", "0"];
		args.extend_from_slice(extra);
		bmx_ring(&args)
	};

	// Usage errors (clap).
	fails_with_2(&ticket(&["--state", state]), "--score");
	fails_with_2(&ticket(&["--score", "50"]), "--state");
	fails_with_2(&ticket(&["--score", "101", "--state", state]), "above the highest score, 100");
	fails_with_2(&ticket(&["--score", "-1", "--state", state]), "--score");
	fails_with_2(&bmx_ring(&["reveal", "--url", node]), "--state");
	fails_with_2(&bmx_ring(&["settle", "--url", node, "--secret", secret]), "--to");

	// An existing state file is never overwritten: refused before the node is asked.
	std::fs::write(
		&state_file,
		"keep me
",
	)
	.unwrap();
	fails_with_2(&ticket(&["--score", "50", "--state", state]), "already exists");
	assert_eq!(
		std::fs::read_to_string(&state_file).unwrap(),
		"keep me
"
	);
	// A state file that is not one, or none: refused before the node is asked.
	fails_with_2(
		&bmx_ring(&["reveal", "--url", node, "--state", state]),
		"not a bmx-ring ticket state file",
	);
	fails_with_2(
		&bmx_ring(&["reveal", "--url", node, "--state", path(&folder.path().join("absent"))]),
		"absent",
	);
	// A bad account, before the node is asked.
	fails_with_2(
		&bmx_ring(&["settle", "--url", node, "--secret", secret, "--to", "nobody"]),
		"--to",
	);

	// With good arguments, an unreachable node: exit 2, nothing written.
	std::fs::remove_file(&state_file).unwrap();
	let output = ticket(&["--score", "50", "--score", "0", "--state", state, "--json"]);
	fails_with_2(&output, "node error");
	let error: Value = serde_json::from_slice(&output.stdout).unwrap();
	assert_eq!(error["error"], "rpc");
	assert!(!state_file.exists(), "no state file without a ticket");
	fails_with_2(
		&bmx_ring(&["settle", "--url", node, "--secret", secret, "--to", ALICE, "--close"]),
		"node error",
	);
}

#[test]
fn help_documents_the_secret_and_the_exit_codes() {
	let help = bmx_ring(&["--help"]);
	assert_eq!(help.status.code(), Some(0));
	let text = String::from_utf8(help.stdout).unwrap();
	for needle in [
		"keygen",
		"possession",
		"alias",
		"vote",
		"pseudonym",
		"ticket",
		"reveal",
		"settle",
		"Exit codes",
		"0600",
		"--json",
	] {
		assert!(text.contains(needle), "{needle:?} not in --help");
	}
	let help = String::from_utf8(bmx_ring(&["ticket", "--help"]).stdout).unwrap();
	for needle in ["--state", "--score", "KEEP THE STATE FILE", "salt", "--dry-run"] {
		assert!(help.contains(needle), "{needle:?} not in ticket --help");
	}
	let help = String::from_utf8(bmx_ring(&["settle", "--help"]).stdout).unwrap();
	for needle in ["--to", "--close", "--at", "fresh"] {
		assert!(help.contains(needle), "{needle:?} not in settle --help");
	}
	let help = String::from_utf8(bmx_ring(&["vote", "--help"]).stdout).unwrap();
	for needle in ["--dry-run", "--ring-keys", "--timeout", "TEST ONLY"] {
		assert!(help.contains(needle), "{needle:?} not in vote --help");
	}
}
