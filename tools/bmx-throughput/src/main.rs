//! `bmx-throughput`: how many transactions a Blockchain MX network includes per second, as a
//! ratio to the ceiling its own weights allow (issue 19), in the spirit of polkadot-stps.
//!
//! 1. `fund-spec` adds `--senders` accounts, derived from a fixed seed and an index, to a plain
//!    chain spec's genesis balances (appended to the preset's own list). The network under test
//!    starts from that spec, so no transaction is spent funding them.
//! 2. `run` connects to a node, reads the runtime's own limits (the normal class's share of
//!    `System::BlockWeights`, the base extrinsic weight) and the weight of one signed transfer
//!    (`TransactionPaymentApi_query_info`, transaction extensions included), and derives the
//!    ceiling: transfers a block can hold, and per second at the slot duration. It pre-signs
//!    `--per-sender` immortal `Balances::transfer_keep_alive` transactions per sender (explicit
//!    nonces: nothing is asked of the chain while sending), submits them over
//!    `author_submitExtrinsic` with at most `--in-flight` requests outstanding, and retries the
//!    ones a full pool turns away. It follows the new blocks, counts its own transactions in each
//!    (by hash) and their `ExtrinsicSuccess`/`ExtrinsicFailed` events, and reads each block's
//!    timestamp and consumed normal weight. Meanwhile it samples finality lag (best − finalized)
//!    every second and, with `--pid`, the processes' resident memory.
//!    With `--transactions FILE` it sends pre-signed transactions of any kind instead (a JSON
//!    list of hex extrinsics): `tests/bench/domain-load.mjs` sets up and signs sealed bids,
//!    certificate endorsements and secret votes with ring proofs, through the same calls the
//!    end-to-end journeys make, and the ceiling is derived from the first of them.
//!
//! The sustained rate is measured over the blocks between the first and the last block holding
//! the run's transactions (both excluded: the ramp-up and the tail), so it is the rate of blocks
//! that had a full pool to draw from. Figures go to standard output as JSON (`--json` writes them
//! to a file too); no figure is asserted: `--expect-all` only checks that every transaction was
//! included and succeeded, which is what the smoke run in `scripts/test.sh` relies on.

mod chain;
mod load;
mod spec;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Throughput of a Blockchain MX network against its weight-derived ceiling.
#[derive(Parser, Debug)]
#[command(name = "bmx-throughput", version)]
struct Cli {
	#[command(subcommand)]
	command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
	/// Adds the sender accounts to a plain chain spec's genesis balances.
	FundSpec {
		/// Plain chain spec (`bmx-node export-chain-spec --chain local`).
		#[arg(long)]
		plain: PathBuf,
		/// How many sender accounts to fund.
		#[arg(long, default_value_t = 1000)]
		senders: u32,
		/// Balance of each sender, in the chain's smallest unit.
		#[arg(long, default_value_t = 1_000_000_000_000_000)]
		balance: u128,
		/// Where to write the funded plain spec.
		#[arg(long)]
		out: PathBuf,
	},
	/// Adds more senders to a raw chain spec's genesis state, copying sender 0's account: for
	/// states larger than a genesis patch can carry (about 300,000 accounts).
	FundRaw {
		/// Raw chain spec whose sender 0 is funded (`fund-spec`, then `export-chain-spec --raw`).
		#[arg(long)]
		raw: PathBuf,
		/// First sender to add.
		#[arg(long)]
		from: u32,
		/// One past the last sender to add.
		#[arg(long)]
		to: u32,
		/// Where to write the grown raw spec.
		#[arg(long)]
		out: PathBuf,
	},
	/// Adds storage entries (`0xKEY 0xVALUE` a line) to a raw chain spec's genesis state: the
	/// verified persons, bids and certificates `tests/bench/grow-state.mjs` clones from a model.
	AddRaw {
		/// Raw chain spec.
		#[arg(long)]
		raw: PathBuf,
		/// The entries, one `0xKEY 0xVALUE` a line.
		#[arg(long)]
		entries: PathBuf,
		/// Where to write the grown raw spec.
		#[arg(long)]
		out: PathBuf,
	},
	/// Sends the load and measures it.
	Run(load::RunArgs),
}

#[tokio::main]
async fn main() {
	let cli = Cli::parse();
	let outcome = match cli.command {
		Command::FundSpec { plain, senders, balance, out } => {
			spec::fund(&plain, senders, balance, &out)
		},
		Command::FundRaw { raw, from, to, out } => spec::fund_raw(&raw, from, to, &out),
		Command::AddRaw { raw, entries, out } => spec::add_raw(&raw, &entries, &out),
		Command::Run(args) => load::run(args).await,
	};
	if let Err(error) = outcome {
		eprintln!("bmx-throughput: {error}");
		std::process::exit(1);
	}
}
