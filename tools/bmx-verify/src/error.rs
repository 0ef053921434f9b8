//! What can go wrong, grouped by the check that failed, so the message names it.

use std::fmt;

/// A failed check or an unusable input. The variant names the step that failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
	/// The GRANDPA justification (or the finality proof carrying it) does not prove finality.
	Justification(String),
	/// A block header served by the node does not match what was proven.
	Header(String),
	/// An authority set hand-off could not be followed from the trusted genesis set.
	AuthoritySet(String),
	/// The storage read proof does not match the proven state root.
	Proof(String),
	/// The trusted chain spec is unusable.
	ChainSpec(String),
	/// The node could not be asked (transport or JSON-RPC error): nothing was verified.
	Rpc(String),
	/// Bad command-line input.
	Input(String),
	/// A proven value does not decode as the registry's type (the tool and the runtime
	/// disagree on the layout): the value is authentic but unreadable.
	Decode(String),
}

impl Failure {
	/// Process exit code: 1 when the node's answer failed a check (a dishonest or broken node),
	/// 2 when nothing could be checked (bad input, unreachable node).
	pub fn exit_code(&self) -> u8 {
		match self {
			Self::Justification(_) | Self::Header(_) | Self::AuthoritySet(_) | Self::Proof(_) => 1,
			Self::ChainSpec(_) | Self::Rpc(_) | Self::Input(_) | Self::Decode(_) => 2,
		}
	}

	/// Short machine-readable name of the failed step (used in `--json` output).
	pub fn kind(&self) -> &'static str {
		match self {
			Self::Justification(_) => "justification",
			Self::Header(_) => "header",
			Self::AuthoritySet(_) => "authority-set",
			Self::Proof(_) => "proof",
			Self::ChainSpec(_) => "chain-spec",
			Self::Rpc(_) => "rpc",
			Self::Input(_) => "input",
			Self::Decode(_) => "decode",
		}
	}
}

impl fmt::Display for Failure {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Self::Justification(m) => write!(f, "justification check failed: {m}"),
			Self::Header(m) => write!(f, "header check failed: {m}"),
			Self::AuthoritySet(m) => write!(f, "authority set check failed: {m}"),
			Self::Proof(m) => write!(f, "storage proof check failed: {m}"),
			Self::ChainSpec(m) => write!(f, "chain spec unusable: {m}"),
			Self::Rpc(m) => write!(f, "rpc error (nothing verified): {m}"),
			Self::Input(m) => write!(f, "invalid input: {m}"),
			Self::Decode(m) => write!(f, "cannot decode the proven value: {m}"),
		}
	}
}

impl std::error::Error for Failure {}
