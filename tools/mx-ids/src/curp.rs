//! CURP (Clave Única de Registro de Población): RENAPO's 18-character population registry key.
//!
//! | positions | content |
//! |---|---|
//! | 1 | first letter of the first surname |
//! | 2 | first inner vowel of the first surname (`X` if none) |
//! | 3 | first letter of the second surname (`X` if none) |
//! | 4 | first letter of the given name |
//! | 5-10 | birth date, `YYMMDD` |
//! | 11 | sex: `H` (hombre), `M` (mujer), `X` (non-binary, since 2023) |
//! | 12-13 | birth state (RENAPO code; `NE` for born abroad) |
//! | 14-16 | first inner consonants of both surnames and the given name (`X` if none) |
//! | 17 | homoclave: a digit for births up to 1999, a letter from 2000 |
//! | 18 | check digit |
//!
//! The check digit: each of the first 17 characters has its index in
//! `0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ` as value; the values are weighted 18 down to 2 and
//! summed; the digit is `(10 - sum % 10) % 10`.

use crate::{date::Date, dictionary_value, normalise, two_digits, Error, IdKind};
use std::fmt;

/// The dictionary of CURP check digits.
const DICTIONARY: &str = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

/// RENAPO's state codes and names; `NE` is "nacido en el extranjero" (born abroad).
pub const STATES: [(&str, &str); 33] = [
	("AS", "Aguascalientes"),
	("BC", "Baja California"),
	("BS", "Baja California Sur"),
	("CC", "Campeche"),
	("CL", "Coahuila"),
	("CM", "Colima"),
	("CS", "Chiapas"),
	("CH", "Chihuahua"),
	("DF", "Ciudad de Mexico"),
	("DG", "Durango"),
	("GT", "Guanajuato"),
	("GR", "Guerrero"),
	("HG", "Hidalgo"),
	("JC", "Jalisco"),
	("MC", "Estado de Mexico"),
	("MN", "Michoacan"),
	("MS", "Morelos"),
	("NT", "Nayarit"),
	("NL", "Nuevo Leon"),
	("OC", "Oaxaca"),
	("PL", "Puebla"),
	("QT", "Queretaro"),
	("QR", "Quintana Roo"),
	("SP", "San Luis Potosi"),
	("SL", "Sinaloa"),
	("SR", "Sonora"),
	("TC", "Tabasco"),
	("TS", "Tamaulipas"),
	("TL", "Tlaxcala"),
	("VZ", "Veracruz"),
	("YN", "Yucatan"),
	("ZS", "Zacatecas"),
	("NE", "Nacido en el extranjero"),
];

/// The sex recorded in a CURP.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum Sex {
	/// `H`: hombre.
	Male,
	/// `M`: mujer.
	Female,
	/// `X`: non-binary, issued since 2023.
	NonBinary,
}

/// Whether a person is an adult, in the form `pallet-digital-identity` records it.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum Adulthood {
	/// 18 or older.
	Adult,
	/// Younger than 18; an adult from the first day of this month (the month after the month
	/// of the 18th birthday, so never early in any time zone).
	Minor {
		/// The year of `adult_from`.
		year: i32,
		/// The month of `adult_from`, 1 to 12.
		month: u32,
	},
}

impl fmt::Display for Adulthood {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Adulthood::Adult => f.write_str("Adult"),
			Adulthood::Minor { year, month } => {
				write!(f, "Minor {{ adult_from: {{ year: {year}, month: {month} }} }}")
			},
		}
	}
}

/// The generic CURPs that payroll and invoicing systems (SAT's CFDI de nómina among them)
/// accept for a foreign worker who has no CURP: a man's and a woman's, "born abroad on
/// 1 January 2001". The man's passes every format rule and the check digit; the woman's, as
/// published, fails only its check digit (the algorithm gives 4), which would be reported as a
/// typo. Both stand for no one, so [`Curp::parse`] refuses them with [`Error::GenericCurp`]
/// before any other check (a person key computed from one would block every foreigner after
/// the first).
pub const GENERIC_CURPS: [&str; 2] = ["XEXX010101HNEXXXA4", "XEXX010101MNEXXXA8"];

/// A checked CURP.
#[derive(Clone, Debug, Eq, PartialEq)]
pub struct Curp {
	text: String,
	birth_date: Date,
	sex: Sex,
	state: (&'static str, &'static str),
}

impl Curp {
	/// Normalise `input` and check it: length, every character, the birth date, the state and
	/// the check digit, in that order.
	pub fn parse(input: &str) -> Result<Self, Error> {
		let text = normalise(input);
		if let Some(generic) = GENERIC_CURPS.into_iter().find(|generic| *generic == text) {
			return Err(Error::GenericCurp(generic));
		}
		let chars: Vec<char> = text.chars().collect();
		let [c1, c2, c3, c4, y1, y2, m1, m2, d1, d2, sex, e1, e2, k1, k2, k3, homoclave, check] =
			chars[..]
		else {
			return Err(Error::WrongLength {
				id: IdKind::Curp,
				expected: "18",
				found: chars.len(),
			});
		};
		expect(1, c1, is_letter, "a letter A-Z")?;
		expect(2, c2, |c| "AEIOUX".contains(c), "a vowel or X")?;
		expect(3, c3, is_letter, "a letter A-Z")?;
		expect(4, c4, is_letter, "a letter A-Z")?;
		for (position, c) in (5..).zip([y1, y2, m1, m2, d1, d2]) {
			expect(position, c, |c| c.is_ascii_digit(), "a digit")?;
		}
		expect(11, sex, |c| "HMX".contains(c), "H, M or X")?;
		expect(12, e1, is_letter, "a letter A-Z")?;
		expect(13, e2, is_letter, "a letter A-Z")?;
		for (position, c) in (14..).zip([k1, k2, k3]) {
			expect(position, c, is_consonant, "a consonant (X if none)")?;
		}
		expect(17, homoclave, |c| c.is_ascii_digit() || is_letter(c), "a digit or a letter")?;
		expect(18, check, |c| c.is_ascii_digit(), "a digit")?;

		// A digit homoclave means a birth up to 1999, a letter one from 2000.
		let century = if homoclave.is_ascii_digit() { 1900 } else { 2000 };
		let year = century + two_digits(&[y1, y2]) as i32;
		let birth_date =
			Date::new(year, two_digits(&[m1, m2]), two_digits(&[d1, d2])).ok_or_else(|| {
				Error::InvalidDate {
					id: IdKind::Curp,
					date: [y1, y2, m1, m2, d1, d2].iter().collect(),
				}
			})?;
		let code: String = [e1, e2].iter().collect();
		let state = STATES
			.iter()
			.find(|(c, _)| *c == code)
			.copied()
			.ok_or(Error::UnknownState { code })?;
		let expected = check_digit(&chars[..17]);
		if check != expected {
			return Err(Error::CheckDigitMismatch { id: IdKind::Curp, expected, found: check });
		}
		let sex = match sex {
			'H' => Sex::Male,
			'M' => Sex::Female,
			_ => Sex::NonBinary,
		};
		Ok(Curp { text, birth_date, sex, state })
	}

	/// The normalised CURP.
	pub fn as_str(&self) -> &str {
		&self.text
	}

	/// The birth date (the century from the homoclave).
	pub fn birth_date(&self) -> Date {
		self.birth_date
	}

	/// The sex.
	pub fn sex(&self) -> Sex {
		self.sex
	}

	/// The birth state: RENAPO code and name.
	pub fn birth_state(&self) -> (&'static str, &'static str) {
		self.state
	}

	/// Whether the person is an adult on `today`, as a registrar records it: an adult from
	/// the 18th birthday on; before it, a minor who counts as an adult from the first day of the
	/// month after the birthday's month.
	pub fn adulthood(&self, today: Date) -> Adulthood {
		let eighteenth = self.birth_date.plus_years(18);
		if today >= eighteenth {
			Adulthood::Adult
		} else {
			let from = eighteenth.first_of_next_month();
			Adulthood::Minor { year: from.year, month: from.month }
		}
	}
}

impl fmt::Display for Curp {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		f.write_str(&self.text)
	}
}

/// The check digit of the first 17 characters of a CURP (checked to be digits and letters A-Z).
pub fn check_digit(first_17: &[char]) -> char {
	let sum: u32 = first_17
		.iter()
		.zip((2..=18).rev())
		.map(|(c, weight)| dictionary_value(DICTIONARY, *c).unwrap_or(0) * weight)
		.sum();
	char::from_digit((10 - sum % 10) % 10, 10).unwrap_or('0')
}

fn is_letter(c: char) -> bool {
	c.is_ascii_uppercase()
}

fn is_consonant(c: char) -> bool {
	is_letter(c) && !"AEIOU".contains(c)
}

/// Check that `c`, at `position`, satisfies `allowed`.
fn expect(
	position: usize,
	c: char,
	allowed: impl Fn(char) -> bool,
	expected: &'static str,
) -> Result<(), Error> {
	if allowed(c) {
		Ok(())
	} else {
		Err(Error::BadCharacter { id: IdKind::Curp, position, found: c, expected })
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn parse(curp: &str) -> Result<Curp, Error> {
		Curp::parse(curp)
	}

	#[test]
	fn renapo_sample_curp_is_valid() {
		// The sample CURP of RENAPO's CURP certificate. By hand, with values from the
		// dictionary (H=17, E=14, G=16, M=22, V=32, Z=36, R=28, L=21) and weights 18 to 2:
		// 17*18 + 14*17 + 16*16 + 16*15 + 5*14 + 6*13 + 0*12 + 4*11 + 2*10 + 7*9 + 22*8
		// + 32*7 + 36*6 + 28*5 + 28*4 + 21*3 + 0*2 = 2246; (10 - 6) % 10 = 4.
		let curp = parse("HEGG560427MVZRRL04").expect("valid");
		assert_eq!(curp.as_str(), "HEGG560427MVZRRL04");
		assert_eq!(curp.birth_date(), Date { year: 1956, month: 4, day: 27 });
		assert_eq!(curp.sex(), Sex::Female);
		assert_eq!(curp.birth_state(), ("VZ", "Veracruz"));
		let first_17: Vec<char> = "HEGG560427MVZRRL0".chars().collect();
		assert_eq!(check_digit(&first_17), '4');
	}

	#[test]
	fn generic_curps_for_foreigners_are_refused() {
		// The man's passes every other rule; the woman's, as published, fails only its check
		// digit (the algorithm gives 4). Both are refused for what they are.
		let check = |generic: &str| {
			let chars: Vec<char> = generic.chars().collect();
			check_digit(&chars[..17]) == chars[17]
		};
		assert!(check("XEXX010101HNEXXXA4"));
		assert!(!check("XEXX010101MNEXXXA8"));
		for generic in GENERIC_CURPS {
			assert_eq!(parse(generic), Err(Error::GenericCurp(generic)));
			let typed = generic.to_lowercase().replace("010101", "-010101-");
			assert_eq!(parse(&typed), Err(Error::GenericCurp(generic)));
		}
		let message = parse("XEXX010101MNEXXXA8").unwrap_err().to_string();
		assert!(message.contains("generic CURP"), "{message}");
	}

	#[test]
	fn public_example_curps_are_valid() {
		// Born abroad in 1931 (python-stdnum's example) and a Mexico City example.
		let abroad = parse("BOXW310820HNERXN09").expect("valid");
		assert_eq!(abroad.birth_state(), ("NE", "Nacido en el extranjero"));
		assert_eq!(abroad.birth_date(), Date { year: 1931, month: 8, day: 20 });
		assert_eq!(abroad.sex(), Sex::Male);
		assert!(parse("SABC560626MDFLRN01").is_ok());
	}

	#[test]
	fn births_from_2000_have_a_letter_homoclave() {
		// Real-format CURPs built for these tests, with their computed check digits.
		let curp = parse("LOMA050412MJCPRNA6").expect("valid");
		assert_eq!(curp.birth_date(), Date { year: 2005, month: 4, day: 12 });
		// 29 February 2000 exists; 29 February 1900 does not.
		assert!(parse("RUZM000229MDFZRRA7").is_ok());
		assert_eq!(
			parse("RUZM000229MDFZRR07"),
			Err(Error::InvalidDate { id: IdKind::Curp, date: "000229".into() })
		);
	}

	#[test]
	fn non_binary_sex_is_accepted() {
		let curp = parse("PEGA990317XDFRRL01").expect("valid");
		assert_eq!(curp.sex(), Sex::NonBinary);
	}

	#[test]
	fn input_is_normalised() {
		let curp = parse(" hegg-560427-mvzrrl04\n").expect("valid");
		assert_eq!(curp.to_string(), "HEGG560427MVZRRL04");
	}

	#[test]
	fn wrong_lengths_are_reported() {
		assert_eq!(
			parse("HEGG560427MVZRRL0"),
			Err(Error::WrongLength { id: IdKind::Curp, expected: "18", found: 17 })
		);
		assert_eq!(
			parse("HEGG560427MVZRRL044"),
			Err(Error::WrongLength { id: IdKind::Curp, expected: "18", found: 19 })
		);
		assert_eq!(
			parse("").map_err(|e| e.to_string()),
			Err("CURP: wrong length: expected 18 characters, found 0".into())
		);
	}

	#[test]
	fn bad_characters_are_reported_with_their_position() {
		let bad = |position, found, expected| {
			Err(Error::BadCharacter { id: IdKind::Curp, position, found, expected })
		};
		assert_eq!(parse("1EGG560427MVZRRL04"), bad(1, '1', "a letter A-Z"));
		assert_eq!(parse("HBGG560427MVZRRL04"), bad(2, 'B', "a vowel or X"));
		assert_eq!(parse("ÑEGG560427MVZRRL04"), bad(1, 'Ñ', "a letter A-Z"));
		assert_eq!(parse("HEGG5604Z7MVZRRL04"), bad(9, 'Z', "a digit"));
		assert_eq!(parse("HEGG560427FVZRRL04"), bad(11, 'F', "H, M or X"));
		assert_eq!(parse("HEGG560427MV1RRL04"), bad(13, '1', "a letter A-Z"));
		assert_eq!(parse("HEGG560427MVZRAL04"), bad(15, 'A', "a consonant (X if none)"));
		assert_eq!(parse("HEGG560427MVZRRL*4"), bad(17, '*', "a digit or a letter"));
		assert_eq!(parse("HEGG560427MVZRRL0A"), bad(18, 'A', "a digit"));
		assert_eq!(
			parse("HBGG560427MVZRRL04").map_err(|e| e.to_string()),
			Err("CURP: bad character 'B' at position 2: expected a vowel or X".into())
		);
	}

	#[test]
	fn invalid_dates_are_reported() {
		for date in ["560230", "561301", "560000", "570229"] {
			let curp = format!("HEGG{date}MVZRRL04");
			assert_eq!(
				parse(&curp),
				Err(Error::InvalidDate { id: IdKind::Curp, date: date.into() })
			);
		}
		assert_eq!(
			parse("HEGG560230MVZRRL04").map_err(|e| e.to_string()),
			Err("CURP: invalid date 560230 (YYMMDD): no such day in the calendar".into())
		);
	}

	#[test]
	fn unknown_states_are_reported() {
		assert_eq!(parse("HEGG560427MXXRRL04"), Err(Error::UnknownState { code: "XX".into() }));
		assert_eq!(
			parse("HEGG560427MCXRRL04").map_err(|e| e.to_string()),
			Err("CURP: unknown state code \"CX\" at positions 12-13".into())
		);
	}

	#[test]
	fn check_digit_mismatches_are_reported() {
		assert_eq!(
			parse("HEGG560427MVZRRL05"),
			Err(Error::CheckDigitMismatch { id: IdKind::Curp, expected: '4', found: '5' })
		);
		assert_eq!(
			parse("BOXW310820HNERXN08").map_err(|e| e.to_string()),
			Err("CURP: check digit mismatch: expected 9, got 8".into())
		);
	}

	#[test]
	fn adulthood_follows_the_eighteenth_birthday() {
		// Born 2008-02-29: 18 on 2026-03-01 (2026 is a common year).
		let curp = parse("MOTR080229HOCNRBB7").expect("valid");
		let day_before = Date { year: 2026, month: 2, day: 28 };
		assert_eq!(curp.adulthood(day_before), Adulthood::Minor { year: 2026, month: 4 });
		assert_eq!(curp.adulthood(Date { year: 2026, month: 3, day: 1 }), Adulthood::Adult);
		// Born 2005-04-12: a minor until 2023-04-12, counted an adult from May 2023.
		let curp = parse("LOMA050412MJCPRNA6").expect("valid");
		assert_eq!(
			curp.adulthood(Date { year: 2023, month: 4, day: 11 }),
			Adulthood::Minor { year: 2023, month: 5 }
		);
		assert_eq!(curp.adulthood(Date { year: 2023, month: 4, day: 12 }), Adulthood::Adult);
		assert_eq!(
			Adulthood::Minor { year: 2023, month: 5 }.to_string(),
			"Minor { adult_from: { year: 2023, month: 5 } }"
		);
	}

	#[test]
	fn every_state_code_is_accepted() {
		for (code, _) in STATES {
			let mut first_17: Vec<char> = format!("HEGG560427M{code}RRL0").chars().collect();
			let check = check_digit(&first_17);
			first_17.push(check);
			let curp: String = first_17.into_iter().collect();
			assert_eq!(parse(&curp).map(|c| c.birth_state().0), Ok(code), "{curp}");
		}
	}
}
