//! Blockchain MX node: a full node with Aura block production and GRANDPA finality.

#![warn(missing_docs)]

mod benchmarking;
mod chain_spec;
mod cli;
mod command;
mod equivocation;
mod genesis;
mod operator;
mod preflight;
mod rpc;
mod service;
mod shutdown;

fn main() {
	if let Err(error) = command::run() {
		// Display, not Debug: the operator reads this line.
		eprintln!("Error: {error}");
		std::process::exit(1);
	}
}
