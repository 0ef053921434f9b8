//! `mx-ids`: check CURPs and RFCs and compute the keys `pallet-digital-identity` expects. See
//! `mx-ids --help`.

use clap::Parser;
use mx_ids::cli::{run, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
	let cli = Cli::parse();
	match run(cli.command) {
		Ok(output) => {
			println!("{output}");
			ExitCode::SUCCESS
		},
		Err(e) => {
			eprintln!("error: {e}");
			ExitCode::FAILURE
		},
	}
}
