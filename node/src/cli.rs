//! Command-line interface of `bmx-node`.

use sc_cli::RunCmd;

/// The `bmx-node` command line.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	/// A subcommand; without one the node runs.
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	/// Options of the running node.
	#[clap(flatten)]
	pub run: RunCmd,
}

/// The subcommands of `bmx-node`.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management cli utilities
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Build a chain specification.
	/// DEPRECATED: `build-spec` command will be removed after 1/04/2026. Use `export-chain-spec`
	/// command instead.
	#[deprecated(
		note = "build-spec command will be removed after 1/04/2026. Use export-chain-spec command instead"
	)]
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Export the chain specification.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Build the chain spec of a real network from its founders' JSON file of public keys
	/// (no development account in it); see docs/operators.md.
	NetworkSpec(crate::operator::NetworkSpecCmd),

	/// Make a validator's node key and session keys in a new folder (secrets in files of mode
	/// 0600, never printed) and print their public parts as JSON.
	ValidatorKeys(crate::operator::ValidatorKeysCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Sub-commands concerned with benchmarking.
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),

	/// Db meta columns information.
	ChainInfo(sc_cli::ChainInfoCmd),
}
