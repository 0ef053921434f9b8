//! Finding codes: by the first digits of the code, or by words of the name regardless of case
//! and Spanish accents.

use crate::*;
use alloc::collections::BTreeMap;
use core::ops::Range;

/// The digits of a well-formed code.
const CODE_DIGITS: u32 = 8;

impl<T: Config> Pallet<T> {
	/// The codes that match `query`, in code order, at most `limit` (capped at
	/// [`MAX_SEARCH_RESULTS`]): see [`Pallet::search`]. Keeps only the `limit` lowest codes
	/// found while it reads the catalogue.
	pub(crate) fn find_codes(
		query: &[u8],
		limit: u32,
	) -> Vec<(CucopCode, CatalogueEntryView<BlockNumberFor<T>>)> {
		let limit = limit.min(MAX_SEARCH_RESULTS) as usize;
		let digits = digit_range(query);
		let needle = core::str::from_utf8(query).ok().map(fold);
		let mut found = BTreeMap::new();
		for (code, entry) in Codes::<T>::iter() {
			let full = found.len() >= limit;
			if full && found.last_key_value().is_none_or(|(last, _)| code > *last) {
				continue;
			}
			let by_digits = digits.as_ref().is_some_and(|range| range.contains(&code.0));
			if by_digits || needle.as_ref().is_some_and(|needle| name_contains(&entry.name, needle))
			{
				found.insert(code, entry);
				if found.len() > limit {
					found.pop_last();
				}
			}
		}
		found.into_iter().map(|(code, entry)| (code, entry.into_view())).collect()
	}
}

/// The codes whose digits start with `query`, if it is one to eight ASCII digits: a prefix of
/// `n` digits `p` stands for the codes `p * 10^(8 - n)` up to, not including,
/// `(p + 1) * 10^(8 - n)`.
fn digit_range(query: &[u8]) -> Option<Range<u32>> {
	if query.is_empty() || !query.iter().all(u8::is_ascii_digit) {
		return None;
	}
	let missing = CODE_DIGITS.checked_sub(u32::try_from(query.len()).ok()?)?;
	let prefix: u32 = core::str::from_utf8(query).ok()?.parse().ok()?;
	let scale = 10u32.checked_pow(missing)?;
	let start = prefix.checked_mul(scale)?;
	Some(start..start.checked_add(scale)?)
}

/// Whether the UTF-8 `name`, folded, contains the folded `needle` (every name contains the
/// empty one).
fn name_contains(name: &[u8], needle: &[u8]) -> bool {
	if needle.is_empty() {
		return true;
	}
	let Ok(name) = core::str::from_utf8(name) else { return false };
	fold(name).windows(needle.len()).any(|window| window == needle)
}

/// `text` as the search compares it: ASCII letters in lower case, the accented vowels of
/// Spanish, `ü` and `ñ` (in either case) as their plain lower-case letters, every other
/// character as it is. Valid UTF-8, so a match of bytes is a match of characters.
pub(crate) fn fold(text: &str) -> Vec<u8> {
	let mut folded = Vec::with_capacity(text.len());
	let mut buffer = [0u8; 4];
	for c in text.chars() {
		let plain = match c {
			'á' | 'Á' => 'a',
			'é' | 'É' => 'e',
			'í' | 'Í' => 'i',
			'ó' | 'Ó' => 'o',
			'ú' | 'Ú' | 'ü' | 'Ü' => 'u',
			'ñ' | 'Ñ' => 'n',
			other => other.to_ascii_lowercase(),
		};
		folded.extend_from_slice(plain.encode_utf8(&mut buffer).as_bytes());
	}
	folded
}
