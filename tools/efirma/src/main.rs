//! `efirma`: the command line of the [`efirma`] crate (see its docs).

use clap::Parser;

fn main() {
	let cli = match efirma::cli::Cli::try_parse() {
		Ok(cli) => cli,
		Err(e) => {
			// Usage errors exit with 1 like every other error; --help and --version with 0.
			let _ = e.print();
			std::process::exit(if e.use_stderr() { 1 } else { 0 });
		},
	};
	match efirma::cli::run(&cli.command, efirma::cli::now_ms()) {
		Ok(output) => match serde_json::to_string_pretty(&output) {
			Ok(text) => println!("{text}"),
			Err(e) => {
				eprintln!("efirma: {e}");
				std::process::exit(1);
			},
		},
		Err(e) => {
			eprintln!("efirma: {e}");
			std::process::exit(1);
		},
	}
}
