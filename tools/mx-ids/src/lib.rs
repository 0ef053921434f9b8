//! # mx-ids
//!
//! Checks Mexican identifiers and computes the keyed commitments that stand for them on
//! Blockchain MX, so that registrars never compute either by hand.
//!
//! - [`Curp`]: the population registry key (RENAPO): structure, a real birth date, sex, birth
//!   state and the check digit. The generic CURPs for foreigners without one
//!   ([`curp::GENERIC_CURPS`]) stand for no one and are refused ([`Error::GenericCurp`]).
//! - [`Rfc`]: the taxpayer key (SAT), of persons (13 characters) and companies (12), with its
//!   check digit. SAT's generic RFCs, `XAXX010101000` (público en general) and
//!   `XEXX010101000` (residentes en el extranjero), stand for no one and are refused
//!   ([`GenericRfc`], [`Error::GenericRfc`]): the registrar must obtain the taxpayer's own RFC.
//! - [`commitment`]: the person and organisation keys `pallet-digital-identity` expects, under
//!   the registrars' secret `K`, computed by [`bmx_primitives::commitment`].
//! - [`cli`]: the `mx-ids` command line.
//!
//! Identifiers are normalised before anything else ([`normalise`]): surrounding and inner spaces
//! and hyphens are dropped and letters are upper-cased, so `gode-561231-gr8` is `GODE561231GR8`.
//! Every failure is an [`Error`] that says what is wrong and where.

pub mod cli;
pub mod commitment;
pub mod curp;
pub mod date;
pub mod rfc;

pub use curp::{Adulthood, Curp, Sex};
pub use date::Date;
pub use rfc::{GenericRfc, Rfc, RfcKind};

use std::fmt;

/// Which identifier an [`Error`] is about.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum IdKind {
	/// A CURP.
	Curp,
	/// An RFC.
	Rfc,
}

impl fmt::Display for IdKind {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		f.write_str(match self {
			IdKind::Curp => "CURP",
			IdKind::Rfc => "RFC",
		})
	}
}

/// Why an identifier is not valid.
#[derive(Clone, Debug, Eq, PartialEq)]
pub enum Error {
	/// It has the wrong number of characters (after normalisation).
	WrongLength {
		/// The identifier.
		id: IdKind,
		/// The lengths it may have, in words.
		expected: &'static str,
		/// The characters it has.
		found: usize,
	},
	/// A character is not allowed where it is.
	BadCharacter {
		/// The identifier.
		id: IdKind,
		/// The character's position, from 1.
		position: usize,
		/// The character found.
		found: char,
		/// What the position takes, in words.
		expected: &'static str,
	},
	/// The date (`YYMMDD`) is not a real calendar date.
	InvalidDate {
		/// The identifier.
		id: IdKind,
		/// The six digits of the date.
		date: String,
	},
	/// The two-letter state code of a CURP is not one of RENAPO's.
	UnknownState {
		/// The code found.
		code: String,
	},
	/// The check digit is not the one computed from the other characters.
	CheckDigitMismatch {
		/// The identifier.
		id: IdKind,
		/// The computed check digit.
		expected: char,
		/// The check digit found.
		found: char,
	},
	/// The RFC is one of SAT's generic RFCs, which stand for no one and so cannot identify a
	/// person or an organisation. Obtain the taxpayer's own RFC.
	GenericRfc(GenericRfc),
	/// The CURP is one of the generic CURPs that payroll and invoicing systems accept for
	/// foreigners without a CURP ([`curp::GENERIC_CURPS`]); it stands for no one. Obtain the
	/// person's own CURP.
	GenericCurp(&'static str),
}

impl fmt::Display for Error {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Error::WrongLength { id, expected, found } => {
				write!(f, "{id}: wrong length: expected {expected} characters, found {found}")
			},
			Error::BadCharacter { id, position, found, expected } => write!(
				f,
				"{id}: bad character {found:?} at position {position}: expected {expected}"
			),
			Error::InvalidDate { id, date } => {
				write!(f, "{id}: invalid date {date} (YYMMDD): no such day in the calendar")
			},
			Error::UnknownState { code } => {
				write!(f, "CURP: unknown state code {code:?} at positions 12-13")
			},
			Error::CheckDigitMismatch { id, expected, found } => {
				write!(f, "{id}: check digit mismatch: expected {expected}, got {found}")
			},
			Error::GenericRfc(generic) => write!(
				f,
				"RFC: {generic} is SAT's generic RFC ({}); it stands for no one and cannot \
				 identify a person or an organisation: obtain the taxpayer's own RFC",
				generic.meaning()
			),
			Error::GenericCurp(generic) => write!(
				f,
				"CURP: {generic} is a generic CURP for foreigners without one; it stands for no \
				 one and cannot identify a person: obtain the person's own CURP from RENAPO"
			),
		}
	}
}

impl std::error::Error for Error {}

/// Normalise an identifier as typed: drop whitespace and hyphens anywhere, upper-case letters
/// (`ñ` becomes `Ñ`).
pub fn normalise(input: &str) -> String {
	input
		.chars()
		.filter(|c| !c.is_whitespace() && *c != '-')
		.flat_map(char::to_uppercase)
		.collect()
}

/// The value of `c` in `dictionary` (its index), for check digits.
pub(crate) fn dictionary_value(dictionary: &str, c: char) -> Option<u32> {
	dictionary.chars().position(|d| d == c).and_then(|i| u32::try_from(i).ok())
}

/// The two-digit number at `digits` (two ASCII digits, checked before).
pub(crate) fn two_digits(digits: &[char]) -> u32 {
	digits.iter().fold(0, |n, c| n * 10 + c.to_digit(10).unwrap_or(0))
}
