//! The `mx-ids` command line: check a CURP or an RFC, and compute the person or organisation
//! key a registrar submits to `pallet-digital-identity`.
//!
//! SAT's generic RFCs (`XAXX010101000`, público en general; `XEXX010101000`, residentes en el
//! extranjero) are refused by `rfc` and `organisation-key` alike, with an error that names
//! them: they stand for no one, and the registrar must obtain the taxpayer's own RFC.
//!
//! The registrars' secret is read from a file (`--secret-file`, 64 hexadecimal digits), never
//! from the command line, where it would stay in the shell's history and the process list.

use crate::{
	commitment::{self, RegistrarSecret, SecretError},
	Curp, Date, Error, Rfc, RfcKind, Sex,
};
use clap::{Parser, Subcommand};
use std::{fmt, path::PathBuf};

/// Check Mexican identifiers and compute their keyed commitments for Blockchain MX.
#[derive(Debug, Parser)]
#[command(name = "mx-ids", version)]
pub struct Cli {
	/// What to do.
	#[command(subcommand)]
	pub command: Command,
}

/// The commands of `mx-ids`.
#[derive(Debug, Subcommand)]
pub enum Command {
	/// Check a CURP: structure, birth date, state and check digit. The generic CURPs for
	/// foreigners (XEXX010101HNEXXXA4, XEXX010101MNEXXXA8) are refused.
	Curp {
		/// The CURP; spaces and hyphens are ignored, letters may be lower case.
		curp: String,
	},
	/// Check an RFC of a person (13 characters) or a company (12): structure, date and check
	/// digit. SAT's generic RFCs XAXX010101000 (general public) and XEXX010101000 (foreign
	/// residents) are refused: they stand for no one.
	Rfc {
		/// The RFC; spaces and hyphens are ignored, letters may be lower case. Not a generic
		/// RFC (XAXX010101000, XEXX010101000).
		rfc: String,
	},
	/// Print the adulthood to record for the person with this CURP (`verify_person`).
	Adulthood {
		/// The CURP.
		curp: String,
		/// The date of the verification, `YYYY-MM-DD`; today (UTC) if not given.
		#[arg(long)]
		today: Option<String>,
	},
	/// Print the person key of a CURP (`verify_person`, `announce_recovery`).
	PersonKey {
		/// The file that holds the registrars' secret, in hexadecimal.
		#[arg(long)]
		secret_file: PathBuf,
		/// The CURP.
		curp: String,
	},
	/// Print the organisation key of an RFC (`verify_organisation`). SAT's generic RFCs
	/// XAXX010101000 and XEXX010101000 are refused: obtain the taxpayer's own RFC.
	OrganisationKey {
		/// The file that holds the registrars' secret, in hexadecimal.
		#[arg(long)]
		secret_file: PathBuf,
		/// The RFC, checked as `mx-ids rfc` checks it. Not a generic RFC.
		rfc: String,
	},
}

/// Why a command failed.
#[derive(Debug, Eq, PartialEq)]
pub enum CliError {
	/// The CURP or RFC is not valid.
	Id(Error),
	/// The registrars' secret could not be read.
	Secret(SecretError),
	/// `--today` is not a date.
	BadDate(String),
}

impl fmt::Display for CliError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			CliError::Id(e) => e.fmt(f),
			CliError::Secret(e) => e.fmt(f),
			CliError::BadDate(text) => write!(f, "--today: {text:?} is not a date (YYYY-MM-DD)"),
		}
	}
}

impl std::error::Error for CliError {}

impl From<Error> for CliError {
	fn from(e: Error) -> Self {
		CliError::Id(e)
	}
}

impl From<SecretError> for CliError {
	fn from(e: SecretError) -> Self {
		CliError::Secret(e)
	}
}

/// Run `command`; returns what to print.
pub fn run(command: Command) -> Result<String, CliError> {
	match command {
		Command::Curp { curp } => {
			let curp = Curp::parse(&curp)?;
			let sex = match curp.sex() {
				Sex::Male => "H (hombre)",
				Sex::Female => "M (mujer)",
				Sex::NonBinary => "X (no binario)",
			};
			let (code, state) = curp.birth_state();
			Ok(format!(
				"{curp}: valid CURP\nbirth date: {}\nsex: {sex}\nbirth state: {code} ({state})",
				curp.birth_date()
			))
		},
		Command::Rfc { rfc } => {
			let rfc = Rfc::parse(&rfc)?;
			let kind = match rfc.kind() {
				RfcKind::Person => "person (persona fisica)",
				RfcKind::Company => "company (persona moral)",
			};
			Ok(format!("{rfc}: valid RFC of a {kind}"))
		},
		Command::Adulthood { curp, today } => {
			let curp = Curp::parse(&curp)?;
			let today = match today {
				Some(text) => Date::parse_iso(&text).ok_or(CliError::BadDate(text))?,
				None => Date::today_utc(),
			};
			Ok(curp.adulthood(today).to_string())
		},
		Command::PersonKey { secret_file, curp } => {
			let curp = Curp::parse(&curp)?;
			let secret = RegistrarSecret::from_file(&secret_file)?;
			Ok(commitment::to_hex(&commitment::person_key(&secret, &curp)))
		},
		Command::OrganisationKey { secret_file, rfc } => {
			let rfc = Rfc::parse(&rfc)?;
			let secret = RegistrarSecret::from_file(&secret_file)?;
			Ok(commitment::to_hex(&commitment::organisation_key(&secret, &rfc)))
		},
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use clap::CommandFactory;

	fn run_args(args: &[&str]) -> Result<String, CliError> {
		let cli = Cli::try_parse_from(args).expect("arguments parse");
		run(cli.command)
	}

	#[test]
	fn the_command_line_is_well_formed() {
		Cli::command().debug_assert();
	}

	#[test]
	fn curp_and_rfc_are_described() {
		assert_eq!(
			run_args(&["mx-ids", "curp", "hegg560427mvzrrl04"]),
			Ok("HEGG560427MVZRRL04: valid CURP\nbirth date: 1956-04-27\nsex: M (mujer)\n\
				birth state: VZ (Veracruz)"
				.into())
		);
		assert_eq!(
			run_args(&["mx-ids", "rfc", "MAB-930714-8T4"]),
			Ok("MAB9307148T4: valid RFC of a company (persona moral)".into())
		);
		assert_eq!(
			run_args(&["mx-ids", "rfc", "VACE460910SX6"]),
			Err(CliError::Id(Error::CheckDigitMismatch {
				id: crate::IdKind::Rfc,
				expected: '5',
				found: '6'
			}))
		);
	}

	#[test]
	fn adulthood_is_printed_as_the_pallet_takes_it() {
		assert_eq!(
			run_args(&["mx-ids", "adulthood", "LOMA050412MJCPRNA6", "--today", "2023-04-11"]),
			Ok("Minor { adult_from: { year: 2023, month: 5 } }".into())
		);
		assert_eq!(run_args(&["mx-ids", "adulthood", "HEGG560427MVZRRL04"]), Ok("Adult".into()));
		assert_eq!(
			run_args(&["mx-ids", "adulthood", "HEGG560427MVZRRL04", "--today", "2023-02-30"]),
			Err(CliError::BadDate("2023-02-30".into()))
		);
	}

	#[test]
	fn a_missing_secret_file_is_reported() {
		let result = run_args(&[
			"mx-ids",
			"person-key",
			"--secret-file",
			"/nonexistent/mx-ids-secret",
			"HEGG560427MVZRRL04",
		]);
		assert!(matches!(result, Err(CliError::Secret(SecretError::Unreadable { .. }))));
	}

	#[test]
	fn generic_rfcs_are_refused_by_every_command_that_takes_an_rfc() {
		use crate::GenericRfc;
		for (rfc, generic) in
			[("XAXX010101000", GenericRfc::GeneralPublic), ("xexx-010101-000", GenericRfc::Foreign)]
		{
			let refused = Err(CliError::Id(Error::GenericRfc(generic)));
			assert_eq!(run_args(&["mx-ids", "rfc", rfc]), refused, "{rfc}");
			// The RFC is refused before the secret is read: no file needed, none touched.
			assert_eq!(
				run_args(&[
					"mx-ids",
					"organisation-key",
					"--secret-file",
					"/nonexistent/mx-ids-secret",
					rfc
				]),
				refused,
				"{rfc}"
			);
		}
		assert_eq!(
			run_args(&["mx-ids", "rfc", "XEXX010101AB3"]),
			Ok("XEXX010101AB3: valid RFC of a person (persona fisica)".into())
		);
	}

	#[test]
	fn the_help_names_the_generic_rfcs() {
		let mut cli = Cli::command();
		for command in ["rfc", "organisation-key"] {
			let help = cli
				.find_subcommand_mut(command)
				.map(|c| c.render_long_help().to_string())
				.unwrap_or_default();
			for generic in ["XAXX010101000", "XEXX010101000"] {
				assert!(help.contains(generic), "{command}: {help}");
			}
		}
	}
}
