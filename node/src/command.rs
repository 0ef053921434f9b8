//! Dispatch of the `bmx-node` command line to the node or to a subcommand.

use crate::{
	benchmarking::{inherent_benchmark_data, RemarkBuilder, TransferKeepAliveBuilder},
	chain_spec,
	cli::{Cli, Subcommand},
	service,
};
use bmx_runtime::{opaque::Block, EXISTENTIAL_DEPOSIT};
use frame_benchmarking_cli::{BenchmarkCmd, ExtrinsicFactory, SUBSTRATE_REFERENCE_HARDWARE};
use sc_cli::SubstrateCli;
use sc_service::PartialComponents;
use sp_keyring::Sr25519Keyring;

impl SubstrateCli for Cli {
	fn impl_name() -> String {
		"Blockchain MX Node".into()
	}

	fn impl_version() -> String {
		env!("SUBSTRATE_CLI_IMPL_VERSION").into()
	}

	fn description() -> String {
		env!("CARGO_PKG_DESCRIPTION").into()
	}

	fn author() -> String {
		env!("CARGO_PKG_AUTHORS").into()
	}

	fn support_url() -> String {
		"https://github.com/blockchain-mx/bmx/issues/new".into()
	}

	fn copyright_start_year() -> i32 {
		2026
	}

	fn load_spec(&self, id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
		chain_spec::load(id)
	}

	/// sc-cli's set-up of the command line (the same settings as its default), with the
	/// transaction pool's default limit raised to [`POOL_LIMIT`] and ParityDB the default
	/// database of every command ([`paritydb_by_default`]).
	fn setup_command(command: clap::Command) -> clap::Command {
		paritydb_by_default(command)
			.name(Self::executable_name())
			.version(format!("{}\n", Self::impl_version()))
			.author(Self::author())
			.about(Self::description())
			.long_about(Self::description())
			.after_help(format!("Support: {}", Self::support_url()))
			.propagate_version(true)
			.args_conflicts_with_subcommands(true)
			.subcommand_negates_reqs(true)
			.mut_arg("pool_limit", |arg| arg.default_value(POOL_LIMIT))
	}
}

/// Makes ParityDB the default `--database` of the command and of every subcommand that opens
/// the database (`export-blocks`, `check-block`, `revert`, `purge-chain`, `benchmark block`...).
///
/// sc-cli defaults to RocksDB when its `rocksdb` feature is on, and to ParityDB otherwise. The
/// node does not ask for RocksDB, but eth-rpc does, and both are built by one cargo invocation
/// (`scripts/env.sh`, the release set), which turns the feature on for both. The runtime's
/// database weights are ParityDB's (`runtime/src/weights/paritydb_weights.rs`), and every
/// existing base path holds ParityDB, so the default stays ParityDB whatever the build; RocksDB
/// remains available with `--database rocksdb`.
fn paritydb_by_default(mut command: clap::Command) -> clap::Command {
	if command.get_arguments().any(|arg| arg.get_id() == "database") {
		command = command.mut_arg("database", |arg| arg.default_value("paritydb"));
	}
	let subcommands: Vec<String> = command
		.get_subcommands()
		.map(|subcommand| subcommand.get_name().to_owned())
		.collect();
	for name in subcommands {
		command = command.mut_subcommand(name, paritydb_by_default);
	}
	command
}

/// The default of `--pool-limit`: transactions the pool holds, three times sc-cli's 8,192.
///
/// The fork-aware pool (the default) keeps a transaction in its memory pool until the block that
/// includes it is finalized, and refuses new ones once it holds `--pool-limit` plus a tenth. With
/// GRANDPA two to three blocks behind and a block holding about 4,500 transfers (the measured
/// database weights), sc-cli's 8,192 held fewer than two blocks' worth: every third block found
/// the pool nearly empty, and one validator sustained 0.66 of its weight ceiling
/// (BENCHMARKS.md, "Throughput"). Five full blocks' worth covers the finality lag under load
/// plus the next block's transactions; at about 150 bytes a transfer it is a few megabytes,
/// inside `--pool-kbytes`' default.
const POOL_LIMIT: &str = "24576";

/// Parse and run command line arguments
pub fn run() -> sc_cli::Result<()> {
	// Addresses in RPC parameters and `key` output use the chain's own SS58 format.
	sp_core::crypto::set_default_ss58_version(sp_core::crypto::Ss58AddressFormat::custom(
		bmx_runtime::SS58_PREFIX,
	));
	let cli = Cli::from_args();

	match &cli.subcommand {
		Some(Subcommand::Key(cmd)) => cmd.run(&cli),
		#[allow(deprecated)]
		Some(Subcommand::BuildSpec(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.chain_spec, config.network))
		},
		Some(Subcommand::ExportChainSpec(cmd)) => {
			let chain_spec = cli.load_spec(&cmd.chain)?;
			cmd.run(chain_spec)
		},
		Some(Subcommand::NetworkSpec(cmd)) => cmd.run(),
		Some(Subcommand::ValidatorKeys(cmd)) => cmd.run(),
		Some(Subcommand::CheckBlock(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config, cli.wasm_cache.dir(&config).as_deref())?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		},
		Some(Subcommand::ExportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } =
					service::new_partial(&config, cli.wasm_cache.dir(&config).as_deref())?;
				Ok((cmd.run(client, config.database), task_manager))
			})
		},
		Some(Subcommand::ExportState(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } =
					service::new_partial(&config, cli.wasm_cache.dir(&config).as_deref())?;
				Ok((cmd.run(client, config.chain_spec), task_manager))
			})
		},
		Some(Subcommand::ImportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config, cli.wasm_cache.dir(&config).as_deref())?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		},
		Some(Subcommand::PurgeChain(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.database))
		},
		Some(Subcommand::Revert(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, backend, .. } =
					service::new_partial(&config, cli.wasm_cache.dir(&config).as_deref())?;
				let aux_revert = Box::new(|client, _, blocks| {
					sc_consensus_grandpa::revert(client, blocks)?;
					Ok(())
				});
				Ok((cmd.run(client, backend, Some(aux_revert)), task_manager))
			})
		},
		Some(Subcommand::Benchmark(cmd)) => {
			let runner = cli.create_runner(cmd)?;

			runner.sync_run(|config| {
				// This switch needs to be in the client, since the client decides
				// which sub-commands it wants to support.
				match cmd {
					// The pallet benchmarks run inside the runtime wasm given with `--runtime`
					// (built with `runtime-benchmarks`, as scripts/benchmark.sh does); the
					// benchmarking host functions are always part of this command's executor, so
					// the node itself needs no second build. The runtime built into this node has
					// no benchmarks unless the node was built with `runtime-benchmarks`.
					BenchmarkCmd::Pallet(cmd) => {
						if cmd.runtime.is_none() && !cfg!(feature = "runtime-benchmarks") {
							return Err("This node's runtime was built without benchmarks. Pass \
								 `--runtime <wasm>` with a runtime built with `--features \
								 runtime-benchmarks` (scripts/benchmark.sh builds one and runs \
								 every pallet's benchmarks)."
								.into());
						}
						cmd.run_with_spec::<sp_runtime::traits::HashingFor<Block>, ()>(Some(
							config.chain_spec,
						))
					},
					BenchmarkCmd::Block(cmd) => {
						let PartialComponents { client, .. } =
							service::new_partial(&config, cli.wasm_cache.dir(&config).as_deref())?;
						cmd.run(client)
					},
					#[cfg(not(feature = "runtime-benchmarks"))]
					BenchmarkCmd::Storage(_) => Err("Storage benchmarking needs the node built with `--features \
						 runtime-benchmarks` (scripts/benchmark.sh does)."
						.into()),
					#[cfg(feature = "runtime-benchmarks")]
					BenchmarkCmd::Storage(cmd) => {
						let PartialComponents { client, backend, .. } =
							service::new_partial(&config, cli.wasm_cache.dir(&config).as_deref())?;
						let db = backend.expose_db();
						let storage = backend.expose_storage();
						let shared_cache = backend.expose_shared_trie_cache();

						cmd.run(config, client, db, storage, shared_cache)
					},
					BenchmarkCmd::Overhead(cmd) => {
						let PartialComponents { client, .. } =
							service::new_partial(&config, cli.wasm_cache.dir(&config).as_deref())?;
						let ext_builder = RemarkBuilder::new(client.clone());

						cmd.run(
							config.chain_spec.name().into(),
							client,
							inherent_benchmark_data()?,
							Vec::new(),
							&ext_builder,
							false,
						)
					},
					BenchmarkCmd::Extrinsic(cmd) => {
						let PartialComponents { client, .. } =
							service::new_partial(&config, cli.wasm_cache.dir(&config).as_deref())?;
						// Register the *Remark* and *TKA* builders.
						let ext_factory = ExtrinsicFactory(vec![
							Box::new(RemarkBuilder::new(client.clone())),
							Box::new(TransferKeepAliveBuilder::new(
								client.clone(),
								Sr25519Keyring::Alice.to_account_id(),
								EXISTENTIAL_DEPOSIT,
							)),
						]);

						cmd.run(client, inherent_benchmark_data()?, Vec::new(), &ext_factory)
					},
					BenchmarkCmd::Machine(cmd) => {
						cmd.run(&config, SUBSTRATE_REFERENCE_HARDWARE.clone())
					},
				}
			})
		},
		Some(Subcommand::ChainInfo(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run::<Block>(&config))
		},
		None => {
			let cache = cli.wasm_cache.clone();
			crate::shutdown::run_node_until_exit(&cli, &cli.run, |mut config| async move {
				crate::preflight::check_ports(&mut config).map_err(sc_cli::Error::Input)?;
				let wasm_cache = cache.dir(&config);
				match config.network.network_backend {
					sc_network::config::NetworkBackendType::Libp2p => service::new_full::<
						sc_network::NetworkWorker<
							bmx_runtime::opaque::Block,
							<bmx_runtime::opaque::Block as sp_runtime::traits::Block>::Hash,
						>,
					>(config, wasm_cache)
					.map_err(sc_cli::Error::Service),
					sc_network::config::NetworkBackendType::Litep2p => {
						service::new_full::<sc_network::Litep2pNetworkBackend>(config, wasm_cache)
							.map_err(sc_cli::Error::Service)
					},
				}
			})
		},
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_pool_limit_defaults_to_five_full_blocks_and_stays_settable() {
		let cli = Cli::from_iter(["bmx-node"]);
		assert_eq!(cli.run.pool_config.pool_limit, 24_576);
		let cli = Cli::from_iter(["bmx-node", "--pool-limit", "100"]);
		assert_eq!(cli.run.pool_config.pool_limit, 100);
		// The other pool settings keep sc-cli's defaults.
		assert_eq!(cli.run.pool_config.pool_kbytes, 20_480);
	}

	#[test]
	fn every_command_that_opens_the_database_defaults_to_paritydb() {
		use sc_cli::Database;
		let cli = Cli::from_iter(["bmx-node"]);
		assert_eq!(cli.run.import_params.database_params.database(), Some(Database::ParityDb));
		// Still settable (RocksDB exists only in a build that has the feature).
		let cli = Cli::from_iter(["bmx-node", "--database", "auto"]);
		assert_eq!(cli.run.import_params.database_params.database(), Some(Database::Auto));
		let cli = Cli::from_iter(["bmx-node", "export-blocks", "--dev"]);
		let Some(Subcommand::ExportBlocks(cmd)) = &cli.subcommand else {
			panic!("export-blocks did not parse as such")
		};
		assert_eq!(cmd.database_params.database(), Some(Database::ParityDb));
		let cli =
			Cli::from_iter(["bmx-node", "benchmark", "block", "--dev", "--from", "1", "--to", "2"]);
		let Some(Subcommand::Benchmark(frame_benchmarking_cli::BenchmarkCmd::Block(cmd))) =
			&cli.subcommand
		else {
			panic!("benchmark block did not parse as such")
		};
		assert_eq!(cmd.import_params.database_params.database(), Some(Database::ParityDb));
	}
}
