//! Calendar dates (proleptic Gregorian), enough for birth dates and adulthood.

use std::{
	fmt,
	time::{SystemTime, UNIX_EPOCH},
};

/// A calendar date.
#[derive(Clone, Copy, Debug, Eq, PartialEq, Ord, PartialOrd)]
pub struct Date {
	/// The year, e.g. 1956. Compared first (field order matters for `Ord`).
	pub year: i32,
	/// The month, 1 to 12.
	pub month: u32,
	/// The day of the month, from 1.
	pub day: u32,
}

impl Date {
	/// The date, if it exists in the calendar.
	pub fn new(year: i32, month: u32, day: u32) -> Option<Self> {
		let exists = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
		exists.then_some(Date { year, month, day })
	}

	/// Parse `YYYY-MM-DD`.
	pub fn parse_iso(text: &str) -> Option<Self> {
		let mut parts = text.trim().splitn(3, '-');
		let year = parts.next()?.parse().ok()?;
		let month = parts.next()?.parse().ok()?;
		let day = parts.next()?.parse().ok()?;
		Date::new(year, month, day)
	}

	/// Today's date in UTC, from the system clock.
	pub fn today_utc() -> Self {
		let seconds = match SystemTime::now().duration_since(UNIX_EPOCH) {
			Ok(elapsed) => elapsed.as_secs(),
			Err(_) => 0,
		};
		Date::from_unix_days(i64::try_from(seconds / 86_400).unwrap_or(i64::MAX))
	}

	/// The date `days` days after 1970-01-01 (Howard Hinnant's `civil_from_days`).
	pub fn from_unix_days(days: i64) -> Self {
		let z = days + 719_468;
		let era = z.div_euclid(146_097);
		let day_of_era = z.rem_euclid(146_097);
		let year_of_era =
			(day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
		let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
		let shifted_month = (5 * day_of_year + 2) / 153;
		let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
		let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 };
		let year = year_of_era + era * 400 + i64::from(month <= 2);
		Date { year: i32::try_from(year).unwrap_or(i32::MAX), month: month as u32, day: day as u32 }
	}

	/// The same day `years` later; 29 February becomes 1 March in a common year.
	pub fn plus_years(self, years: i32) -> Self {
		let year = self.year + years;
		Date::new(year, self.month, self.day).unwrap_or(Date { year, month: 3, day: 1 })
	}

	/// The first day of the next month.
	pub fn first_of_next_month(self) -> Self {
		if self.month == 12 {
			Date { year: self.year + 1, month: 1, day: 1 }
		} else {
			Date { year: self.year, month: self.month + 1, day: 1 }
		}
	}
}

impl fmt::Display for Date {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
	}
}

/// Whether `year` is a leap year.
pub fn is_leap_year(year: i32) -> bool {
	(year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The days of `month` (1 to 12) in `year`; 0 for other months.
pub fn days_in_month(year: i32, month: u32) -> u32 {
	match month {
		1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
		4 | 6 | 9 | 11 => 30,
		2 if is_leap_year(year) => 29,
		2 => 28,
		_ => 0,
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn dates_exist_only_in_the_calendar() {
		assert!(Date::new(2000, 2, 29).is_some());
		assert!(Date::new(1900, 2, 29).is_none());
		assert!(Date::new(2024, 2, 29).is_some());
		assert!(Date::new(2023, 2, 29).is_none());
		assert!(Date::new(2023, 4, 31).is_none());
		assert!(Date::new(2023, 13, 1).is_none());
		assert!(Date::new(2023, 1, 0).is_none());
	}

	#[test]
	fn unix_days_follow_the_calendar() {
		assert_eq!(Date::from_unix_days(0), Date { year: 1970, month: 1, day: 1 });
		// 2000-02-29 and 2026-11-21.
		assert_eq!(Date::from_unix_days(11_016), Date { year: 2000, month: 2, day: 29 });
		assert_eq!(Date::from_unix_days(20_778), Date { year: 2026, month: 11, day: 21 });
		assert_eq!(Date::from_unix_days(-1), Date { year: 1969, month: 12, day: 31 });
	}

	#[test]
	fn years_and_months_roll_over() {
		let leap_day = Date { year: 2008, month: 2, day: 29 };
		assert_eq!(leap_day.plus_years(18), Date { year: 2026, month: 3, day: 1 });
		assert_eq!(leap_day.plus_years(16), Date { year: 2024, month: 2, day: 29 });
		let december = Date { year: 2026, month: 12, day: 5 };
		assert_eq!(december.first_of_next_month(), Date { year: 2027, month: 1, day: 1 });
		assert_eq!(Date::parse_iso("2026-11-21"), Some(Date { year: 2026, month: 11, day: 21 }));
		assert_eq!(Date::parse_iso("2026-02-30"), None);
		assert_eq!(Date::parse_iso("21/11/2026"), None);
	}
}
