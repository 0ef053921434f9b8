//! Reading and writing the values a person types or a script passes: hex, accounts, key lists,
//! and the private files the tool keeps (the member secret, a ticket's state).

use std::path::Path;

use sp_core::crypto::{AccountId32, Ss58Codec};

use crate::{
	error::{input, Failure, Result},
	MemberKey,
};

/// `0x`-prefixed lower-case hex.
pub fn to_hex(bytes: &[u8]) -> String {
	format!("0x{}", hex::encode(bytes))
}

/// Hex with or without `0x`, surrounding white space ignored.
pub fn from_hex(text: &str) -> core::result::Result<Vec<u8>, String> {
	let text = text.trim();
	let digits = text.strip_prefix("0x").unwrap_or(text);
	hex::decode(digits).map_err(|e| format!("\"{text}\" is not hex ({e})"))
}

/// Exactly 32 bytes of hex (a hash, a member key), with or without `0x`.
pub fn parse_32(text: &str, option: &str) -> Result<[u8; 32]> {
	let bytes = from_hex(text).map_err(|e| input(option, e))?;
	let length = bytes.len();
	bytes.try_into().map_err(|_| {
		input(option, format!("\"{}\" is {length} bytes, not 32 (64 hex digits)", text.trim()))
	})
}

/// An account: SS58 with any prefix (Blockchain MX uses 5252), or 32 bytes of hex.
pub fn parse_account(text: &str, option: &str) -> Result<AccountId32> {
	let text = text.trim();
	if text.starts_with("0x") {
		return parse_32(text, option).map(AccountId32::new);
	}
	AccountId32::from_ss58check_with_version(text)
		.map(|(account, _)| account)
		.map_err(|e| {
			input(option, format!("\"{text}\" is neither SS58 nor 0x and 64 hex digits ({e:?})"))
		})
}

/// A list of member keys in ring order, as `--ring-keys` takes it: a JSON array of hex strings,
/// or one hex key per line (blank lines and `#` comments ignored).
pub fn parse_ring_keys(text: &str, option: &str) -> Result<Vec<MemberKey>> {
	let keys: Vec<MemberKey> = if text.trim_start().starts_with('[') {
		let items: Vec<String> = serde_json::from_str(text)
			.map_err(|e| input(option, format!("not a JSON array of hex strings: {e}")))?;
		items.iter().map(|item| parse_32(item, option)).collect::<Result<_>>()?
	} else {
		text.lines()
			.map(|line| line.split('#').next().unwrap_or_default().trim())
			.filter(|line| !line.is_empty())
			.map(|line| parse_32(line, option))
			.collect::<Result<_>>()?
	};
	if keys.is_empty() {
		return Err(input(option, "no member key in the list"));
	}
	Ok(keys)
}

/// Reads a whole text file, naming it in the error.
pub fn read_text(path: &Path) -> Result<String> {
	std::fs::read_to_string(path)
		.map_err(|reason| Failure::Io { path: path.display().to_string(), reason })
}

/// Creates a new file at `path` readable and writable by its owner only (0600), and its missing
/// folders (0700). Fails if the file exists: nothing the tool keeps is ever overwritten.
pub fn create_private_file(path: &Path) -> std::io::Result<std::fs::File> {
	if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
		create_private_folder(folder)?;
	}
	let mut options = std::fs::OpenOptions::new();
	options.write(true).create_new(true);
	#[cfg(unix)]
	std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
	options.open(path)
}

/// Creates `folder` and its missing parents; new folders are private (0700).
fn create_private_folder(folder: &Path) -> std::io::Result<()> {
	let mut builder = std::fs::DirBuilder::new();
	builder.recursive(true);
	#[cfg(unix)]
	std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
	builder.create(folder)
}

/// Warns on standard error when others may read the private file at `path`.
#[cfg(unix)]
pub fn warn_if_readable_by_others(path: &Path) {
	use std::os::unix::fs::PermissionsExt;
	if let Ok(metadata) = std::fs::metadata(path) {
		let mode = metadata.permissions().mode() & 0o777;
		if mode & 0o077 != 0 {
			eprintln!(
				"bmx-ring: warning: {} is readable by others (mode {mode:o}); `chmod 600` it",
				path.display()
			);
		}
	}
}

/// Warns on standard error when others may read the private file at `path`.
#[cfg(not(unix))]
pub fn warn_if_readable_by_others(_path: &Path) {}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn accounts_parse_from_ss58_and_hex() {
		let alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
		let hex = "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";
		assert_eq!(
			parse_account(alice, "--account").unwrap(),
			parse_account(hex, "--account").unwrap()
		);
		let error = parse_account("alice", "--account").unwrap_err().to_string();
		assert!(error.contains("--account") && error.contains("neither SS58"), "{error}");
		let error = parse_account("0x1234", "--account").unwrap_err().to_string();
		assert!(error.contains("2 bytes, not 32"), "{error}");
	}

	#[test]
	fn ring_keys_read_as_lines_or_json() {
		let a = format!("0x{}", "11".repeat(32));
		let b = "22".repeat(32);
		let lines = format!("# ring 0\n{a}\n\n{b}  # second\n");
		let json = format!("[\"{a}\", \"{b}\"]");
		let expected = vec![[0x11u8; 32], [0x22u8; 32]];
		assert_eq!(parse_ring_keys(&lines, "--ring-keys").unwrap(), expected);
		assert_eq!(parse_ring_keys(&json, "--ring-keys").unwrap(), expected);
		assert!(parse_ring_keys("# nothing\n", "--ring-keys").is_err());
		assert!(parse_ring_keys("0x12\n", "--ring-keys").is_err());
	}
}
