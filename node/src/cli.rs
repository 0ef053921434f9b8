//! Command-line interface of `bmx-node`.

use std::path::PathBuf;

use sc_cli::RunCmd;
use sc_service::Configuration;

/// The `bmx-node` command line.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	/// A subcommand; without one the node runs.
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	/// Options of the running node.
	#[clap(flatten)]
	pub run: RunCmd,

	/// Where the compiled runtime is kept between starts.
	#[clap(flatten)]
	pub wasm_cache: WasmCacheParams,
}

/// The cache of compiled runtime code.
///
/// Compiling the runtime's wasm to machine code is most of a node's start-up (issue 19,
/// BENCHMARKS.md "Start-up"). With a cache, wasmtime writes the compiled code of each runtime it
/// meets to disk, keyed by the wasm's hash, wasmtime's version and its settings, and a restart
/// loads it instead of compiling again (`sc_executor::WasmExecutorBuilder::with_cache_path`).
#[derive(Debug, Clone, clap::Args)]
pub struct WasmCacheParams {
	/// Keep the compiled runtime in this directory between starts [default:
	/// `<base-path>/chains/<chain id>/wasm-cache`]. Nodes may share one directory. It holds
	/// machine code the node loads and runs: only the node's own user may write to it.
	#[arg(long, value_name = "PATH", conflicts_with = "no_wasm_cache")]
	pub wasm_cache_dir: Option<PathBuf>,

	/// Compile the runtime at every start and write no cache.
	#[arg(long)]
	pub no_wasm_cache: bool,
}

impl WasmCacheParams {
	/// The cache directory for a node with this configuration, if caching is on.
	pub fn dir(&self, config: &Configuration) -> Option<PathBuf> {
		if self.no_wasm_cache {
			return None;
		}
		Some(self.wasm_cache_dir.clone().unwrap_or_else(|| {
			config.base_path.config_dir(config.chain_spec.id()).join("wasm-cache")
		}))
	}
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
