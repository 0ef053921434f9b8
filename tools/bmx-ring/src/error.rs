//! What can go wrong, in words a voter or evaluator can act on, and the exit code each gives.

use core::fmt;

use serde_json::{json, Value};

/// Exit code of a command that did what was asked.
pub const EXIT_OK: u8 = 0;
/// Exit code of a transaction (a vote, a ticket, a reveal, a settlement) the chain (or its
/// pool) refused, or that the tool knows it would refuse: nothing was recorded.
pub const EXIT_REFUSED: u8 = 1;
/// Exit code of bad input, an unreachable or incompatible node, or a timeout.
pub const EXIT_FAILED: u8 = 2;

/// The chain (or its transaction pool) refused a transaction: nothing was recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
	/// The pallet's refusal code (`InvalidTransaction::Custom(code)`: a `VoteRefusal` or a
	/// `PanelRefusal`), when the refusal carried one.
	pub code: Option<u8>,
	/// The refusal's name: a `VoteRefusal` or `PanelRefusal` variant (`AlreadyVoted`,
	/// `NotLowEnough`), another
	/// `InvalidTransaction` (`InvalidTransaction::Stale`), a dispatch error
	/// (`SecretBallots.BallotClosed`) or the pool's reason (`PoolPriorityTooLow`).
	pub name: String,
	/// What it means, for a person.
	pub detail: String,
}

/// Why a command failed. [`Failure::exit_code`] says how the process exits.
#[derive(Debug)]
pub enum Failure {
	/// A command-line value or an input file is malformed or inconsistent.
	Input(String),
	/// A file could not be read or written.
	Io {
		/// The file.
		path: String,
		/// The operating system's reason.
		reason: std::io::Error,
	},
	/// The node could not be asked, answered with a JSON-RPC error, or gave an answer the tool
	/// cannot decode (a node of another runtime version). Nothing was recorded.
	Rpc(String),
	/// The transaction was sent but did not show up in a block before the timeout. It may still
	/// be included: look for the alias (or ticket, or pseudonym) in the chain's record.
	Timeout(String),
}

impl Failure {
	/// The process exit code: always 2 (bad input, unreachable or incompatible node, timeout):
	/// nothing was decided about a transaction. A refused transaction is not a failure of the
	/// tool but an answer of the chain: it exits with 1 ([`EXIT_REFUSED`]).
	pub fn exit_code(&self) -> u8 {
		EXIT_FAILED
	}

	/// A short machine-readable name (the `error` field of `--json` output).
	pub fn kind(&self) -> &'static str {
		match self {
			Self::Input(_) => "input",
			Self::Io { .. } => "io",
			Self::Rpc(_) => "rpc",
			Self::Timeout(_) => "timeout",
		}
	}

	/// The failure as `--json` prints it: `{ "error": kind, "message": text }`.
	pub fn to_json(&self) -> Value {
		json!({ "error": self.kind(), "message": self.to_string() })
	}
}

impl fmt::Display for Failure {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Self::Input(m) => write!(f, "invalid input: {m}"),
			Self::Io { path, reason } => write!(f, "{path}: {reason}"),
			Self::Rpc(m) => write!(f, "node error (nothing was recorded): {m}"),
			Self::Timeout(m) => write!(f, "timeout: {m}"),
		}
	}
}

impl fmt::Display for Refusal {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self.code {
			Some(code) => write!(f, "refused: {} (code {code}): {}", self.name, self.detail),
			None => write!(f, "refused: {}: {}", self.name, self.detail),
		}
	}
}

impl std::error::Error for Failure {}

/// The result of a step.
pub type Result<T> = core::result::Result<T, Failure>;

/// An input error naming the option at fault.
pub fn input(option: &str, reason: impl fmt::Display) -> Failure {
	Failure::Input(format!("{option}: {reason}"))
}
