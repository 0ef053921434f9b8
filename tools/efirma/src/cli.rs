//! The command line: options, and what each command prints.

use crate::{
	act::{self, SigningRequest},
	certificate::EfirmaCertificate,
	error::{Error, Result},
	key::read_key,
	test_ca::{self, HolderSpec, Lifetime},
};
use clap::{Args, Parser, Subcommand};
use serde_json::Value;
use sp_core::{
	crypto::{AccountId32, Ss58Codec},
	H256,
};
use std::path::PathBuf;
use zeroize::Zeroizing;

/// One hour in ms: the default signing window.
pub const HOUR_MS: u64 = 60 * 60 * 1000;

/// Blockchain MX e.firma client: reads SAT `.cer`/`.key` files, makes binding proofs and
/// signing acts the chain verifies, and TEST certificates to SAT's profile. Prints JSON.
#[derive(Debug, Parser)]
#[command(name = "efirma", version)]
pub struct Cli {
	/// The command.
	#[command(subcommand)]
	pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
	/// Print a certificate's serial, validity, RFC and CURP, key and chain key id (personal
	/// data: printed on this machine only).
	Inspect {
		/// The certificate (`.cer`, DER or PEM).
		#[arg(long)]
		cer: PathBuf,
		/// A CA certificate: also check it issued `--cer` (`issued_by_ca`).
		#[arg(long)]
		ca: Option<PathBuf>,
	},
	/// Sign the binding statement (genesis, account, serial): the proof of possession the SAT
	/// registrar's bind call carries.
	BindProof {
		#[command(flatten)]
		holder: HolderFiles,
		/// The chain's genesis hash, 0x and 64 hex digits.
		#[arg(long)]
		genesis: String,
		/// The account to bind, SS58 (any prefix) or 0x and 64 hex digits.
		#[arg(long)]
		account: String,
	},
	/// Sign a document (its hash) for a purpose, as an account, within a time window.
	Sign {
		#[command(flatten)]
		holder: HolderFiles,
		/// The chain's genesis hash, 0x and 64 hex digits.
		#[arg(long)]
		genesis: String,
		/// The account that registers the act, SS58 (any prefix) or 0x and 64 hex digits.
		#[arg(long)]
		signer: String,
		#[command(flatten)]
		document: DocumentArgs,
		/// Why the document is signed (UTF-8, at most 128 bytes; public on chain).
		#[arg(long)]
		purpose: String,
		/// The earliest time the act may be registered, ms since the Unix epoch (default now).
		#[arg(long)]
		not_before: Option<u64>,
		/// The latest time the act may be registered, ms since the Unix epoch (default one
		/// hour after --not-before).
		#[arg(long)]
		not_after: Option<u64>,
	},
	/// Check a signature printed by `bind-proof` or `sign` against a certificate.
	Check {
		/// The signer's certificate (`.cer`).
		#[arg(long)]
		cer: PathBuf,
		/// The JSON `bind-proof` or `sign` printed (a file; `-` for standard input).
		#[arg(long)]
		statement_json: PathBuf,
	},
	/// Generate a TEST certification authority and holders' certificates to SAT's profile
	/// (never real ones). Writes `<file>.cer` (DER) and `<file>.key` (encrypted PKCS #8).
	TestCa {
		/// The output folder; a CA already there (`ac-pruebas.cer`/`.key`) is reused.
		#[arg(long)]
		out: PathBuf,
		#[command(flatten)]
		password: PasswordArgs,
		/// A holder, `file=..;name=..;rfc=..;curp=..` (a person) or
		/// `file=..;name=..;rfc=..;representative_rfc=..;representative_curp=..` (a company),
		/// optional `unit=..`, `not_after=<ms>`, `expired`. Repeat for more. Default: the
		/// fixtures' holders (persona, representante, empresa, vencido).
		#[arg(long = "holder")]
		holders: Vec<String>,
		/// The holders' `notAfter`, ms since the Unix epoch (default four years from now).
		#[arg(long, conflicts_with = "expired")]
		not_after: Option<u64>,
		/// Issue expired certificates (expired yesterday).
		#[arg(long)]
		expired: bool,
	},
}

/// A holder's certificate and key.
#[derive(Debug, Args)]
pub struct HolderFiles {
	/// The certificate (`.cer`, DER as SAT issues it, or PEM).
	#[arg(long)]
	pub cer: PathBuf,
	/// The private key (`.key`, encrypted PKCS #8, DER as SAT issues it, or PEM).
	#[arg(long)]
	pub key: PathBuf,
	#[command(flatten)]
	pub password: PasswordArgs,
}

/// Where the `.key` password comes from: never the command line.
#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct PasswordArgs {
	/// The name of an environment variable holding the password.
	#[arg(long)]
	pub password_env: Option<String>,
	/// A file holding the password (one trailing newline is ignored).
	#[arg(long)]
	pub password_file: Option<PathBuf>,
}

/// The document signed: its hash, or a file to hash.
#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct DocumentArgs {
	/// The document's hash, 0x and 64 hex digits.
	#[arg(long)]
	pub document: Option<String>,
	/// The document itself: its BLAKE2b-256 hash is signed.
	#[arg(long)]
	pub file: Option<PathBuf>,
}

impl PasswordArgs {
	/// Read the password.
	pub fn read(&self) -> Result<Zeroizing<Vec<u8>>> {
		let password = match (&self.password_env, &self.password_file) {
			(Some(var), _) => {
				let value = std::env::var_os(var).ok_or_else(|| Error::Password {
					reason: format!("the environment variable {var} is not set"),
				})?;
				Zeroizing::new(value.into_encoded_bytes())
			},
			(None, Some(path)) => {
				let mut bytes = Zeroizing::new(crate::error::read_file(path)?);
				if bytes.ends_with(b"\n") {
					bytes.pop();
					if bytes.ends_with(b"\r") {
						bytes.pop();
					}
				}
				bytes
			},
			(None, None) => Err(Error::Password {
				reason: "give --password-env VAR or --password-file FILE".into(),
			})?,
		};
		if password.is_empty() {
			return Err(Error::Password { reason: "empty".into() });
		}
		Ok(password)
	}
}

impl DocumentArgs {
	/// The document's hash.
	pub fn hash(&self) -> Result<H256> {
		match (&self.document, &self.file) {
			(Some(hash), _) => parse_h256(hash, "--document"),
			(None, Some(path)) => {
				Ok(H256(sp_crypto_hashing::blake2_256(&crate::error::read_file(path)?)))
			},
			(None, None) => Err(Error::InvalidArgument {
				option: "--document",
				reason: "give --document 0xHASH or --file PATH".into(),
			}),
		}
	}
}

/// Parse `0x` and 64 hex digits.
pub fn parse_h256(text: &str, option: &'static str) -> Result<H256> {
	let bad = || Error::InvalidArgument {
		option,
		reason: format!("\"{text}\" is not 0x followed by 64 hex digits"),
	};
	let digits = text.strip_prefix("0x").ok_or_else(bad)?;
	let bytes: [u8; 32] =
		hex::decode(digits).ok().and_then(|b| b.try_into().ok()).ok_or_else(bad)?;
	Ok(H256(bytes))
}

/// Parse an account: SS58 with any prefix, or `0x` and 64 hex digits.
pub fn parse_account(text: &str, option: &'static str) -> Result<AccountId32> {
	if text.starts_with("0x") {
		return parse_h256(text, option).map(|h| AccountId32::new(h.0));
	}
	AccountId32::from_ss58check_with_version(text)
		.map(|(account, _)| account)
		.map_err(|e| Error::InvalidArgument {
			option,
			reason: format!("\"{text}\" is neither SS58 nor 0x and 64 hex digits: {e}"),
		})
}

/// Now, ms since the Unix epoch.
pub fn now_ms() -> u64 {
	std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
		.unwrap_or(0)
}

/// Run `command` at `now` (ms since the Unix epoch); returns what to print.
pub fn run(command: &Command, now: u64) -> Result<Value> {
	match command {
		Command::Inspect { cer, ca } => {
			let certificate = EfirmaCertificate::read(cer)?;
			let ca = ca.as_deref().map(EfirmaCertificate::read).transpose()?;
			act::inspect(&certificate, ca.as_ref())
		},
		Command::BindProof { holder, genesis, account } => {
			let genesis = parse_h256(genesis, "--genesis")?;
			let account = parse_account(account, "--account")?;
			let certificate = EfirmaCertificate::read(&holder.cer)?;
			let key = read_key(&holder.key, &holder.password.read()?)?;
			act::binding_proof(&certificate, &key, genesis, &account, now)
		},
		Command::Sign { holder, genesis, signer, document, purpose, not_before, not_after } => {
			let not_before = not_before.unwrap_or(now);
			let request = SigningRequest {
				genesis: parse_h256(genesis, "--genesis")?,
				signer: parse_account(signer, "--signer")?,
				document: document.hash()?,
				purpose: purpose.clone(),
				not_before,
				not_after: not_after.unwrap_or(not_before.saturating_add(HOUR_MS)),
			};
			// Refuse a bad request before asking for the password.
			request.statement()?;
			let certificate = EfirmaCertificate::read(&holder.cer)?;
			let key = read_key(&holder.key, &holder.password.read()?)?;
			act::signing_act(&certificate, &key, &request, now)
		},
		Command::Check { cer, statement_json } => {
			let certificate = EfirmaCertificate::read(cer)?;
			let text = if statement_json.as_os_str() == "-" {
				let mut text = String::new();
				std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
					.map_err(|reason| Error::Io { path: "standard input".into(), reason })?;
				text
			} else {
				String::from_utf8_lossy(&crate::error::read_file(statement_json)?).into_owned()
			};
			let json: Value = serde_json::from_str(&text).map_err(|e| Error::InvalidArgument {
				option: "--statement-json",
				reason: format!("not JSON: {e}"),
			})?;
			act::check(&certificate, &json)
		},
		Command::TestCa { out, password, holders, not_after, expired } => {
			let lifetime = match (not_after, expired) {
				(_, true) => Lifetime::Expired,
				(Some(ms), false) => Lifetime::Until(*ms),
				(None, false) => Lifetime::Standard,
			};
			let holders = if holders.is_empty() {
				test_ca::default_holders()
					.into_iter()
					.map(|mut holder| {
						if holder.lifetime == Lifetime::Standard {
							holder.lifetime = lifetime;
						}
						holder
					})
					.collect()
			} else {
				holders
					.iter()
					.map(|text| HolderSpec::parse(text, lifetime))
					.collect::<Result<Vec<_>>>()?
			};
			let issued = test_ca::issue(out, &holders, &password.read()?, now)?;
			test_ca::summary(&issued)
		},
	}
}
