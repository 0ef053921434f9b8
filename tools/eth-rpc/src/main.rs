//! `eth-rpc`: the Ethereum JSON-RPC server of Blockchain MX.
//!
//! `pallet-revive-eth-rpc` built in this workspace (same lockfile and target dir as the node):
//! it connects to a `bmx-node` over WebSocket and serves `eth_*`, `net_*` and `web3_*` to
//! MetaMask, ethers, viem, Hardhat and Foundry. `scripts/run.sh` starts it next to the node.

use pallet_revive_eth_rpc::cli;

fn main() {
	let result = cli::CliCommand::parse_cli().and_then(cli::run);
	if let Err(error) = result {
		eprintln!("Error: {error:#}");
		std::process::exit(1);
	}
}
