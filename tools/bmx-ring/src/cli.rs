//! The command line: options, and what each command prints.

use std::{path::PathBuf, time::Duration};

use clap::{Args, Parser, Subcommand};
use serde_json::{json, Value};

use crate::{
	encoding::{parse_32, parse_account, to_hex},
	error::{Result, EXIT_OK},
	keys::{default_secret_path, MemberSecret},
	rpc::Node,
};

/// How long one JSON-RPC call may take.
pub const RPC_TIMEOUT: Duration = Duration::from_secs(30);

/// What a command prints, and how the process exits.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
	/// Printed with `--json` (pretty-printed, on standard output).
	pub json: Value,
	/// Printed otherwise (standard output).
	pub text: String,
	/// Notes for a person (standard error, never with `--json`).
	pub notes: Vec<String>,
	/// 0, or 1 for a refused transaction.
	pub exit_code: u8,
}

impl Report {
	/// A successful report.
	pub fn ok(json: Value, text: impl Into<String>) -> Self {
		Self { json, text: text.into(), notes: Vec::new(), exit_code: EXIT_OK }
	}

	/// With a note for standard error.
	pub fn note(mut self, note: impl Into<String>) -> Self {
		self.notes.push(note.into());
		self
	}
}

/// Blockchain MX ring client: a member key for the anonymity rings, its proof of possession,
/// your alias in a ballot, secret votes, and an anonymous evaluator's pseudonym, tickets,
/// reveals and settlements.
///
/// The member secret is 32 bytes of OS entropy kept in one file (mode 0600; by default
/// $BMX_RING_SECRET, else ~/.config/bmx-ring/secret). It never leaves this machine and is never
/// printed. Lose it and you register a new key from your account (`rotate_member_key`: the old
/// key leaves its rings, the new one joins at the next ring build and votes from the next ballot
/// on); anyone who copies it can vote in your name in every ballot you have not voted in yet.
///
/// A vote is recorded under an alias that is the same for you in every vote of one ballot (one
/// vote per person) and unlinkable to you and to your aliases in other ballots. But if you
/// reveal your alias (or your secret), anyone can check how you voted: the chain keeps secrecy
/// from third parties, it gives no protection against selling your vote.
///
/// A wallet or the portal does the same in a browser with the same crates built for
/// wasm32-unknown-unknown: `verifiable` with `default-features = false, features =
/// ["no-std-prover"]`, `getrandom` 0.2 with `js`, and `bmx-primitives` for the contexts (see the
/// crate docs: `cargo doc -p bmx-ring`).
///
/// An evaluator's panel tickets hide among the panel's candidates and its pay is settled under
/// a pseudonym that never names it. `ticket` writes a state file holding the salt of its score
/// commitment: keep it until you have revealed, it is the only way to reveal (a selected
/// evaluator that does not reveal is slashed).
///
/// Exit codes: 0 done; 1 the vote, ticket, reveal or settlement was refused by the chain, or
/// the tool found the chain would refuse it (the pallet's refusal name and code are printed);
/// 2 bad input, an unreachable or incompatible node, or a timeout.
#[derive(Debug, Parser)]
#[command(name = "bmx-ring", version, about, long_about)]
pub struct Cli {
	/// Print JSON on standard output (also for errors: `{ "error", "message" }`).
	#[arg(long, global = true)]
	pub json: bool,
	/// The command.
	#[command(subcommand)]
	pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
	/// Make a new member secret from 32 bytes of OS entropy and print its member key.
	///
	/// Writes the secret file (64 hex digits, mode 0600, folders 0700), never over an existing
	/// file. Register the printed key with `AnonymityRings.register_member_key` from your own
	/// account, with the signature `bmx-ring possession` prints. Back the file up somewhere only
	/// you can reach.
	Keygen {
		/// Where to write the secret (default: $BMX_RING_SECRET, else
		/// ~/.config/bmx-ring/secret).
		#[arg(long)]
		out: Option<PathBuf>,
	},
	/// Print the member key (public) of a secret.
	Member {
		#[command(flatten)]
		secret: SecretArg,
	},
	/// Print the proof of possession `register_member_key(key, possession)` takes: the secret's
	/// 64-byte signature over ("bmx/ring-key", genesis, account).
	///
	/// Only the account given here can register the key with it, on that chain only.
	Possession {
		#[command(flatten)]
		secret: SecretArg,
		/// The account that will send `register_member_key`: SS58 (any prefix) or 0x and 64
		/// hex digits.
		#[arg(long)]
		account: String,
		#[command(flatten)]
		chain: ChainArg,
	},
	/// Print your alias in a ballot: the name your vote is recorded under (`SecretVoteCast`,
	/// `vote_of(ballot, alias)`), so that you can find and check it.
	///
	/// Computed offline from the secret; it does not show whether you voted. Anyone you tell it
	/// to can see your vote.
	Alias {
		#[command(flatten)]
		secret: SecretArg,
		/// The ballot id.
		#[arg(long)]
		ballot: u32,
		#[command(flatten)]
		chain: ChainArg,
	},
	/// Vote secretly in a ballot: find your ring, prove membership, send a feeless general
	/// transaction (no account, no signature, no fee) and wait until it is in a block.
	///
	/// Reads the ballot (its scope and snapshot), finds the ring of that scope holding your
	/// member key in the revision in force at the snapshot, proves with the ring's keys in ring
	/// order, sends `SecretBallots.cast_secret_vote` and waits for the block holding its
	/// `SecretVoteCast`. The node learns your IP address and the time you sent: use a node or
	/// relay you trust. Exit 1 with the refusal (e.g. AlreadyVoted, Closed, InvalidProof) when the
	/// chain refuses it.
	Vote(VoteArgs),
	/// Print your pseudonym as an evaluator: the name your panel work is recorded and paid
	/// under (`TicketSelected`, `AnonymousPanels.pseudonym`), the same in every panel.
	///
	/// Computed offline from the secret. Anyone you tell it to can link your panel work to you.
	Pseudonym {
		#[command(flatten)]
		secret: SecretArg,
		#[command(flatten)]
		chain: ChainArg,
	},
	/// Draw your ticket in a panel's current round and, if it is low enough, commit to your
	/// scores and send it: a feeless general transaction proved against the panel's ring.
	///
	/// Reads the panel, computes your ticket and pseudonym, and stops without sending when the
	/// ticket is above the panel's threshold (exit 1, NotLowEnough): you are not drawn. Else it
	/// draws a fresh salt, writes the state file (--state: mode 0600, never overwritten)
	/// holding the salt, then proves, sends `AnonymousPanels.submit_ticket` and waits for its
	/// `TicketSelected`. KEEP THE STATE FILE: its salt is the only way to reveal your scores,
	/// and a selected evaluator that does not reveal is slashed. With --dry-run the state file
	/// is still written, since the extrinsic commits to its salt: the node that validates it
	/// sees a complete, valid ticket and could send it.
	Ticket(TicketArgs),
	/// Reveal the scores a ticket committed to, from its state file, once the panel's tickets
	/// closed: a feeless general transaction that needs no secret, only the salt.
	///
	/// Checks the ticket is still selected (exit 1, NotSelected, when lower tickets evicted
	/// it: then there is nothing to reveal), sends `AnonymousPanels.reveal_scores` and waits for
	/// its `ScoresRevealed`.
	Reveal(RevealArgs),
	/// Pay your pseudonym's earnings (with --close also its bond credit, closing it) to an
	/// account, proved against the evaluators' roster ring: a feeless general transaction.
	///
	/// The account is linked to your pseudonym from then on: use a fresh one. Sends
	/// `AnonymousPanels.settle_pseudonym` and waits for its `PseudonymSettled`.
	Settle(SettleArgs),
}

/// The member secret file.
#[derive(Debug, Args)]
pub struct SecretArg {
	/// The secret file (default: $BMX_RING_SECRET, else ~/.config/bmx-ring/secret).
	#[arg(long)]
	pub secret: Option<PathBuf>,
}

impl SecretArg {
	/// Reads the secret.
	pub fn read(&self) -> Result<MemberSecret> {
		MemberSecret::read(&self.secret.clone().unwrap_or_else(default_secret_path))
	}
}

/// The chain: its genesis hash, or a node to ask for it.
#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct ChainArg {
	/// The chain's genesis hash, 64 hex digits (with or without 0x).
	#[arg(long)]
	pub genesis: Option<String>,
	/// A node of the chain (http:// or ws://host:port) to ask for the genesis hash.
	#[arg(long)]
	pub url: Option<String>,
}

impl ChainArg {
	/// The genesis hash, given or asked.
	pub fn genesis(&self) -> Result<[u8; 32]> {
		match (&self.genesis, &self.url) {
			(Some(genesis), _) => parse_32(genesis, "--genesis"),
			(None, Some(url)) => Node::new(url, RPC_TIMEOUT).genesis(),
			(None, None) => {
				Err(crate::error::input("--genesis", "give --genesis HEX or --url URL"))
			},
		}
	}
}

/// How a command sends its transaction: the node, a dry run, how long to wait.
#[derive(Debug, Args)]
pub struct SendArgs {
	/// A node of the chain: http:// or ws://host:port (HTTP JSON-RPC is used).
	#[arg(long)]
	pub url: String,
	/// Do everything but send: print the extrinsic (hex) and the node's validation of it.
	#[arg(long)]
	pub dry_run: bool,
	/// How long to wait for the transaction to be in a block, in seconds.
	#[arg(long, default_value_t = 120)]
	pub timeout: u64,
}

impl SendArgs {
	/// How long to wait for the transaction to be in a block.
	pub fn timeout(&self) -> Duration {
		Duration::from_secs(self.timeout)
	}
}

/// `vote`'s options.
#[derive(Debug, Args)]
pub struct VoteArgs {
	#[command(flatten)]
	pub send: SendArgs,
	#[command(flatten)]
	pub secret: SecretArg,
	/// The ballot id.
	#[arg(long)]
	pub ballot: u32,
	/// An option you vote for, by its index in the ballot's options (from 0). Repeat for
	/// ballots that allow several choices.
	#[arg(long = "choice", required = true)]
	pub choices: Vec<u32>,
	/// TEST ONLY: prove against this key list (a JSON array of hex keys, or one per line) as
	/// ring --ring-index, revision --revision of the ballot's scope, instead of the chain's; e.g.
	/// to show that an outsider's proof is refused.
	#[arg(long, requires_all = ["ring_index", "revision"])]
	pub ring_keys: Option<PathBuf>,
	/// TEST ONLY, with --ring-keys: the ring index the proof names.
	#[arg(long, requires = "ring_keys")]
	pub ring_index: Option<u32>,
	/// TEST ONLY, with --ring-keys: the ring revision the proof names.
	#[arg(long, requires = "ring_keys")]
	pub revision: Option<u32>,
}

/// A score given on the command line: 0 to 100 (`MAX_SCORE`).
fn parse_score(text: &str) -> core::result::Result<u8, String> {
	let score: u8 = text.trim().parse().map_err(|_| format!("\"{text}\" is not a score"))?;
	if score > pallet_anonymous_panels::MAX_SCORE {
		return Err(format!(
			"{score} is above the highest score, {}",
			pallet_anonymous_panels::MAX_SCORE
		));
	}
	Ok(score)
}

/// `ticket`'s options.
#[derive(Debug, Args)]
pub struct TicketArgs {
	#[command(flatten)]
	pub send: SendArgs,
	#[command(flatten)]
	pub secret: SecretArg,
	/// The panel.
	#[arg(long)]
	pub panel: u32,
	/// Your score of an option, 0 to 100: one --score per option of the panel, in the
	/// subject's order.
	#[arg(long = "score", value_name = "SCORE", required = true, value_parser = parse_score)]
	pub scores: Vec<u8>,
	/// A new file to keep the ticket's state in (its salt above all): mode 0600, never
	/// overwritten. `reveal` reads it.
	#[arg(long)]
	pub state: PathBuf,
}

/// `reveal`'s options.
#[derive(Debug, Args)]
pub struct RevealArgs {
	#[command(flatten)]
	pub send: SendArgs,
	/// The state file `ticket` wrote.
	#[arg(long)]
	pub state: PathBuf,
}

/// `settle`'s options.
#[derive(Debug, Args)]
pub struct SettleArgs {
	#[command(flatten)]
	pub send: SendArgs,
	#[command(flatten)]
	pub secret: SecretArg,
	/// The account to pay: SS58 (any prefix) or 0x and 64 hex digits. It is linked to your
	/// pseudonym from then on: use a fresh one.
	#[arg(long)]
	pub to: String,
	/// Also pay out the pseudonym's bond credit and close it: it takes no more tickets.
	#[arg(long)]
	pub close: bool,
	/// Prove against the roster ring revision in force at this block (default: the best
	/// block), e.g. one that still held your key after you left the roster. Such a proof shows
	/// that you left since (the `Left` events are public): settle with --close before leaving.
	#[arg(long)]
	pub at: Option<u32>,
}

/// Runs `command`; returns what to print.
pub fn run(command: &Command) -> Result<Report> {
	match command {
		Command::Keygen { out } => {
			let path = out.clone().unwrap_or_else(default_secret_path);
			let secret = MemberSecret::generate()?;
			secret.write_new(&path)?;
			let member = to_hex(&secret.member());
			Ok(Report::ok(
				json!({ "member": member, "secret_file": path.display().to_string() }),
				member,
			)
			.note(format!(
				"secret written to {} (mode 0600). Back it up where only you can reach it: \
				 losing it means registering a new key; whoever copies it can vote as you.",
				path.display()
			)))
		},
		Command::Member { secret } => {
			let member = to_hex(&secret.read()?.member());
			Ok(Report::ok(json!({ "member": member }), member))
		},
		Command::Possession { secret, account, chain } => {
			let account = parse_account(account, "--account")?;
			let secret = secret.read()?;
			let genesis = chain.genesis()?;
			let signature = to_hex(&secret.possession(&genesis, &account)?);
			Ok(Report::ok(
				json!({
					"member": to_hex(&secret.member()),
					"account": to_hex(account.as_ref()),
					"genesis": to_hex(&genesis),
					"possession": signature,
				}),
				signature,
			))
		},
		Command::Alias { secret, ballot, chain } => {
			let secret = secret.read()?;
			let genesis = chain.genesis()?;
			let alias = to_hex(&secret.ballot_alias(&genesis, *ballot)?);
			Ok(Report::ok(
				json!({ "ballot": ballot, "genesis": to_hex(&genesis), "alias": alias }),
				alias,
			))
		},
		Command::Vote(args) => crate::vote::run(args),
		Command::Pseudonym { secret, chain } => {
			let secret = secret.read()?;
			let genesis = chain.genesis()?;
			let pseudonym = to_hex(&secret.pseudonym(&genesis)?);
			Ok(Report::ok(
				json!({ "genesis": to_hex(&genesis), "pseudonym": pseudonym }),
				pseudonym,
			))
		},
		Command::Ticket(args) => crate::panel::ticket(args),
		Command::Reveal(args) => crate::panel::reveal(args),
		Command::Settle(args) => crate::panel::settle(args),
	}
}
