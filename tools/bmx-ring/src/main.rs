//! `bmx-ring`: the command line of the [`bmx_ring`] crate (see its docs).

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
	// Usage errors exit with 2 (clap's default), --help and --version with 0.
	let cli = bmx_ring::cli::Cli::parse();
	match bmx_ring::cli::run(&cli.command) {
		Ok(report) => {
			if cli.json {
				println!("{}", pretty(&report.json));
			} else {
				for note in &report.notes {
					eprintln!("bmx-ring: {note}");
				}
				println!("{}", report.text);
			}
			ExitCode::from(report.exit_code)
		},
		Err(failure) => {
			if cli.json {
				println!("{}", pretty(&failure.to_json()));
			}
			eprintln!("bmx-ring: {failure}");
			ExitCode::from(failure.exit_code())
		},
	}
}

fn pretty(value: &serde_json::Value) -> String {
	serde_json::to_string_pretty(value).unwrap_or_else(|_| value.to_string())
}
