//! RFC (Registro Federal de Contribuyentes): SAT's taxpayer key.
//!
//! | kind | name part | date | homoclave | check |
//! |---|---|---|---|---|
//! | person (13) | positions 1-4 | 5-10 (birth, `YYMMDD`) | 11-12 | 13 |
//! | company (12) | positions 1-3 | 4-9 (incorporation, `YYMMDD`) | 10-11 | 12 |
//!
//! The name part takes letters `A-Z`, `&` and `Ñ`. The check digit (the homoclave's verifier):
//! the first 11 or 12 characters, left-padded with spaces to 12, have their index in
//! `0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ` as value; the values are weighted 13 down to 2 and
//! summed; the verifier is `(11 - sum % 11) % 11`, written `A` when it is 10.
//!
//! An RFC's date carries no century; it is checked to exist in 19YY or 20YY. SAT has issued a
//! small share of RFCs whose verifier does not follow the algorithm; such an RFC is rejected
//! here and must be confirmed with SAT.
//!
//! ## Generic RFCs
//!
//! SAT defines two generic RFCs (RFC genéricos) that an invoice names when the buyer has no
//! RFC of their own. They stand for no one, so they cannot identify a person or an
//! organisation and are refused with [`Error::GenericRfc`] before any other check:
//!
//! - `XAXX010101000`, [`GenericRfc::GeneralPublic`]: RFC genérico nacional, for operations
//!   with the general public (público en general);
//! - `XEXX010101000`, [`GenericRfc::Foreign`]: RFC genérico extranjero, for residents abroad
//!   who have no RFC (residentes en el extranjero).
//!
//! The first does not even pass the check digit (the algorithm gives 4, not 0); the second
//! does, so without this rule it would pass as a person's RFC. Only these two exact RFCs
//! (after normalisation: `xaxx-010101-000` is the first) are refused: an RFC that merely
//! shares their name part and date, such as `XAXX010101AB7` (Xóchitl Xachi, with no second
//! surname, born on 1 January 2001, could hold it), is checked like any other.

use crate::{date::Date, dictionary_value, normalise, two_digits, Error, IdKind};
use std::fmt;

/// The dictionary of RFC check digits.
const DICTIONARY: &str = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";

/// Whose RFC it is.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum RfcKind {
	/// A natural person (persona física): 13 characters.
	Person,
	/// A company or institution (persona moral): 12 characters.
	Company,
}

/// One of SAT's generic RFCs, which stand for no one (see [the module docs](self)).
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum GenericRfc {
	/// `XAXX010101000`, RFC genérico nacional: operations with the general public (público en
	/// general) in Mexico.
	GeneralPublic,
	/// `XEXX010101000`, RFC genérico extranjero: residents abroad (residentes en el extranjero)
	/// who have no RFC.
	Foreign,
}

impl GenericRfc {
	/// Both generic RFCs.
	pub const ALL: [GenericRfc; 2] = [GenericRfc::GeneralPublic, GenericRfc::Foreign];

	/// The generic RFC `normalised` is (see [`normalise`]), if it is one.
	pub fn of(normalised: &str) -> Option<Self> {
		GenericRfc::ALL.into_iter().find(|generic| generic.as_str() == normalised)
	}

	/// The RFC as SAT writes it.
	pub fn as_str(self) -> &'static str {
		match self {
			GenericRfc::GeneralPublic => "XAXX010101000",
			GenericRfc::Foreign => "XEXX010101000",
		}
	}

	/// What the RFC stands for, in words (ASCII, as the tool's other output).
	pub fn meaning(self) -> &'static str {
		match self {
			GenericRfc::GeneralPublic => {
				"RFC generico nacional, for operations with the general public (publico en general)"
			},
			GenericRfc::Foreign => {
				"RFC generico extranjero, for residents abroad without an RFC (residentes en el \
				 extranjero)"
			},
		}
	}
}

impl fmt::Display for GenericRfc {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		f.write_str(self.as_str())
	}
}

/// A checked RFC: never one of the [`GenericRfc`]s.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Rfc {
	text: String,
	kind: RfcKind,
}

impl Rfc {
	/// Normalise `input` and check it: that it is not a [`GenericRfc`], then length, every
	/// character, the date and the check digit, in that order.
	pub fn parse(input: &str) -> Result<Self, Error> {
		let text = normalise(input);
		if let Some(generic) = GenericRfc::of(&text) {
			return Err(Error::GenericRfc(generic));
		}
		let chars: Vec<char> = text.chars().collect();
		let (kind, name_length) = match chars.len() {
			13 => (RfcKind::Person, 4),
			12 => (RfcKind::Company, 3),
			found => {
				return Err(Error::WrongLength {
					id: IdKind::Rfc,
					expected: "12 (company) or 13 (person)",
					found,
				})
			},
		};
		for (index, c) in chars.iter().copied().enumerate() {
			let position = index + 1;
			let (allowed, expected): (fn(char) -> bool, &'static str) = match index {
				i if i < name_length => (is_name_character, "a letter A-Z, & or Ñ"),
				i if i < name_length + 6 => (|c| c.is_ascii_digit(), "a digit"),
				i if i < name_length + 8 => (is_homoclave_character, "a digit or a letter A-Z"),
				_ => (|c| c.is_ascii_digit() || c == 'A', "a digit or A"),
			};
			if !allowed(c) {
				return Err(Error::BadCharacter { id: IdKind::Rfc, position, found: c, expected });
			}
		}
		let date = chars.get(name_length..name_length + 6).unwrap_or_default();
		let (year, month, day) =
			(two_digits(&date[..2]), two_digits(&date[2..4]), two_digits(&date[4..]));
		let exists = [1900, 2000]
			.iter()
			.any(|century| Date::new(century + year as i32, month, day).is_some());
		if !exists {
			return Err(Error::InvalidDate { id: IdKind::Rfc, date: date.iter().collect() });
		}
		let (body, found) = chars.split_at(chars.len() - 1);
		let expected = check_digit(body);
		let found = found.first().copied().unwrap_or(' ');
		if found != expected {
			return Err(Error::CheckDigitMismatch { id: IdKind::Rfc, expected, found });
		}
		Ok(Rfc { text, kind })
	}

	/// The normalised RFC.
	pub fn as_str(&self) -> &str {
		&self.text
	}

	/// Whose RFC it is.
	pub fn kind(&self) -> RfcKind {
		self.kind
	}
}

impl fmt::Display for Rfc {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		f.write_str(&self.text)
	}
}

/// The check digit of an RFC without it (11 or 12 characters from the dictionary).
pub fn check_digit(body: &[char]) -> char {
	let padding = 12usize.saturating_sub(body.len());
	let sum: u32 = std::iter::repeat_n(' ', padding)
		.chain(body.iter().copied())
		.zip((2..=13).rev())
		.map(|(c, weight)| dictionary_value(DICTIONARY, c).unwrap_or(0) * weight)
		.sum();
	match (11 - sum % 11) % 11 {
		10 => 'A',
		digit => char::from_digit(digit, 10).unwrap_or('0'),
	}
}

fn is_name_character(c: char) -> bool {
	c.is_ascii_uppercase() || c == '&' || c == 'Ñ'
}

fn is_homoclave_character(c: char) -> bool {
	c.is_ascii_digit() || c.is_ascii_uppercase()
}

#[cfg(test)]
mod tests {
	use super::*;

	fn parse(rfc: &str) -> Result<Rfc, Error> {
		Rfc::parse(rfc)
	}

	#[test]
	fn public_company_rfcs_are_valid() {
		// SAT's own RFC. By hand, with values from the dictionary (space=37, S=29, A=10,
		// T=30, N=23) and weights 13 to 2 over " SAT970701NN":
		// 37*13 + 29*12 + 10*11 + 30*10 + 9*9 + 7*8 + 0*7 + 7*6 + 0*5 + 1*4 + 23*3 + 23*2
		// = 1537 = 11*139 + 8; 11 - 8 = 3.
		let sat = parse("SAT970701NN3").expect("valid");
		assert_eq!(sat.kind(), RfcKind::Company);
		assert_eq!(sat.as_str(), "SAT970701NN3");
		let body: Vec<char> = "SAT970701NN".chars().collect();
		assert_eq!(check_digit(&body), '3');
		// IMSS and CFE (a verifier of 0: the sum is a multiple of 11), and python-stdnum's
		// company example.
		for rfc in ["IMS421231I45", "CFE370814QI0", "MAB9307148T4"] {
			assert_eq!(parse(rfc).map(|r| r.kind()), Ok(RfcKind::Company), "{rfc}");
		}
	}

	#[test]
	fn person_rfcs_are_valid() {
		// python-stdnum's person example, written with spaces.
		let rfc = parse("GODE 561231 GR8").expect("valid");
		assert_eq!(rfc.kind(), RfcKind::Person);
		assert_eq!(rfc.to_string(), "GODE561231GR8");
		// Real-format RFCs built for these tests: an Ñ in the name, and a verifier of A.
		assert!(parse("ñaño-800101-ab3").is_ok());
		assert_eq!(parse("A&B850315K5A").map(|r| r.kind()), Ok(RfcKind::Company));
	}

	#[test]
	fn wrong_lengths_are_reported() {
		for (rfc, found) in [("SAT970701N3", 11), ("GODE561231GR88", 14)] {
			assert_eq!(
				parse(rfc),
				Err(Error::WrongLength {
					id: IdKind::Rfc,
					expected: "12 (company) or 13 (person)",
					found
				})
			);
		}
		assert_eq!(
			parse("SAT970701N3").map_err(|e| e.to_string()),
			Err("RFC: wrong length: expected 12 (company) or 13 (person) characters, found 11"
				.into())
		);
	}

	#[test]
	fn bad_characters_are_reported_with_their_position() {
		let bad = |position, found, expected| {
			Err(Error::BadCharacter { id: IdKind::Rfc, position, found, expected })
		};
		assert_eq!(parse("1AT970701NN3"), bad(1, '1', "a letter A-Z, & or Ñ"));
		assert_eq!(parse("SATX70701NN3"), bad(4, 'X', "a digit"));
		assert_eq!(parse("GOD3561231GR8"), bad(4, '3', "a letter A-Z, & or Ñ"));
		assert_eq!(parse("SAT970701*N3"), bad(10, '*', "a digit or a letter A-Z"));
		assert_eq!(parse("SAT970701NNB"), bad(12, 'B', "a digit or A"));
		assert_eq!(
			parse("SAT970701NNB").map_err(|e| e.to_string()),
			Err("RFC: bad character 'B' at position 12: expected a digit or A".into())
		);
	}

	#[test]
	fn invalid_dates_are_reported() {
		for (rfc, date) in [("SAT971301NN3", "971301"), ("GODE010229GR8", "010229")] {
			assert_eq!(parse(rfc), Err(Error::InvalidDate { id: IdKind::Rfc, date: date.into() }));
		}
		// 29 February 2000 exists.
		let mut body: Vec<char> = "SAT000229NN".chars().collect();
		body.push(check_digit(&body));
		assert!(parse(&body.into_iter().collect::<String>()).is_ok());
	}

	#[test]
	fn check_digit_mismatches_are_reported() {
		// python-stdnum's example of an RFC with a wrong verifier.
		assert_eq!(
			parse("VACE460910SX6"),
			Err(Error::CheckDigitMismatch { id: IdKind::Rfc, expected: '5', found: '6' })
		);
		assert_eq!(
			parse("SAT970701NN4").map_err(|e| e.to_string()),
			Err("RFC: check digit mismatch: expected 3, got 4".into())
		);
	}

	#[test]
	fn generic_rfcs_are_refused_before_the_check_digit() {
		use GenericRfc::*;
		for (input, generic) in [
			("XAXX010101000", GeneralPublic),
			("xaxx-010101-000", GeneralPublic),
			(" XaXx 010101 000 ", GeneralPublic),
			("XEXX010101000", Foreign),
			("xexx010101000", Foreign),
			("XEXX-010101-000", Foreign),
		] {
			assert_eq!(parse(input), Err(Error::GenericRfc(generic)), "{input:?}");
			assert_eq!(GenericRfc::of(&normalise(input)), Some(generic), "{input:?}");
		}
		// Without the rule, the first would be a check digit mismatch and the second a valid
		// person's RFC: the refusal must come first.
		let body = |rfc: &str| rfc.chars().take(12).collect::<Vec<char>>();
		assert_eq!(check_digit(&body("XAXX010101000")), '4');
		assert_eq!(check_digit(&body("XEXX010101000")), '0');
		assert_eq!(
			parse("XAXX010101000").map_err(|e| e.to_string()),
			Err("RFC: XAXX010101000 is SAT's generic RFC (RFC generico nacional, for operations \
				 with the general public (publico en general)); it stands for no one and cannot \
				 identify a person or an organisation: obtain the taxpayer's own RFC"
				.into())
		);
		assert_eq!(
			parse("xexx-010101-000").map_err(|e| e.to_string()),
			Err("RFC: XEXX010101000 is SAT's generic RFC (RFC generico extranjero, for residents \
				 abroad without an RFC (residentes en el extranjero)); it stands for no one and \
				 cannot identify a person or an organisation: obtain the taxpayer's own RFC"
				.into())
		);
	}

	#[test]
	fn rfcs_that_only_look_like_generic_ones_are_checked_as_usual() {
		// Same name part and date, another homoclave, the right verifier: a person's RFC that
		// SAT could issue (Xóchitl Xachi, no second surname, born 2001-01-01).
		for rfc in ["XAXX010101AB7", "XEXX010101AB3", "xaxx-010101-01-2"] {
			assert_eq!(parse(rfc).map(|r| r.kind()), Ok(RfcKind::Person), "{rfc}");
		}
		// Companies whose name starts with XA or XE.
		for rfc in ["XAX010101007", "XEX010101007"] {
			assert_eq!(parse(rfc).map(|r| r.kind()), Ok(RfcKind::Company), "{rfc}");
		}
		assert_eq!(GenericRfc::of("XAXX010101AB7"), None);
		// A generic RFC mistyped is not generic: it fails the usual checks.
		assert_eq!(
			parse("XEXX010101001"),
			Err(Error::CheckDigitMismatch { id: IdKind::Rfc, expected: '0', found: '1' })
		);
		assert_eq!(
			parse("XAXX01010100"),
			Err(Error::BadCharacter {
				id: IdKind::Rfc,
				position: 4,
				found: 'X',
				expected: "a digit"
			})
		);
	}
}
