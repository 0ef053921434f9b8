//! The views: a code's entry, and the search by digits or by name.

use super::*;

#[test]
fn code_returns_the_entry_or_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(
			Catalogue::code(PAPER),
			Some(CatalogueEntry {
				name: "Papel bond tamaño carta".as_bytes().to_vec(),
				status: CodeStatus::Active,
				added_at: 0,
				changed_at: 0,
			})
		);
		assert_eq!(Catalogue::code(NEW), None);
		assert_eq!(Catalogue::code(CucopCode(0)), None);
	});
}

#[test]
fn search_by_digits_finds_codes_that_start_with_them() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(found("2", 100), vec![21101001, 21101002, 21401001, 21601001, 22104001]);
		assert_eq!(found("211", 100), vec![21101001, 21101002]);
		assert_eq!(found("2110100", 100), vec![21101001, 21101002]);
		assert_eq!(found("21101002", 100), vec![21101002]);
		assert_eq!(found("5", 100), vec![51501001]);
		assert_eq!(found("9", 100), Vec::<u32>::new());
		// No code starts with a zero, and none has nine digits.
		assert_eq!(found("0", 100), Vec::<u32>::new());
		assert_eq!(found("02110100", 100), Vec::<u32>::new());
		assert_eq!(found("211010010", 100), Vec::<u32>::new());
		// Digits in the middle of a code are not a prefix.
		assert_eq!(found("101", 100), Vec::<u32>::new());
	});
}

#[test]
fn search_by_digits_finds_names_with_those_digits_too() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(add(CucopCode(21101003), "Papel bond 75 g tamaño carta"));
		assert_eq!(found("75", 100), vec![21101003]);
		assert_eq!(
			found("2", 100),
			vec![21101001, 21101002, 21101003, 21401001, 21601001, 22104001]
		);
	});
}

#[test]
fn search_by_name_ignores_case() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(found("papel bond", 100), vec![21101001, 21101002]);
		assert_eq!(found("PAPEL BOND", 100), vec![21101001, 21101002]);
		assert_eq!(found("Carta", 100), vec![21101001]);
		assert_eq!(found("computadoras", 100), vec![51501001]);
		// Any part of the name, not only its first word.
		assert_eq!(found("escritorio", 100), vec![51501001]);
		assert_eq!(found("impresora", 100), vec![21401001]);
		assert_eq!(found("papel cartón", 100), Vec::<u32>::new());
	});
}

#[test]
fn search_by_name_ignores_spanish_accents() {
	ExtBuilder::default().build_and_execute(|| {
		// Query without accents, name with them, in either case.
		assert_eq!(found("credito", 100), vec![34101001]);
		assert_eq!(found("tamano", 100), vec![21101001, 21101002]);
		assert_eq!(found("pina en almibar", 100), vec![22104001]);
		assert_eq!(found("jabon liquido", 100), vec![21601001]);
		assert_eq!(found("toner", 100), vec![21401001]);
		// Query with accents or upper case, name with or without them.
		assert_eq!(found("CRÉDITO", 100), vec![34101001]);
		assert_eq!(found("Tamaño", 100), vec![21101001, 21101002]);
		assert_eq!(found("PIÑA", 100), vec![22104001]);
		assert_eq!(found("manós", 100), vec![21601001]);
		// Ü and Ñ fold too.
		assert_ok!(add(CucopCode(24601001), "Material eléctrico: CIGÜEÑAL de repuesto"));
		assert_eq!(found("ciguenal", 100), vec![24601001]);
	});
}

#[test]
fn search_folds_only_what_it_says() {
	ExtBuilder::default().build_and_execute(|| {
		// Other characters match only themselves.
		assert_ok!(add(CucopCode(33601001), "Servicios de impresión à la carte"));
		assert_eq!(found("à la", 100), vec![33601001]);
		assert_eq!(found("a la carte", 100), Vec::<u32>::new());
	});
}

#[test]
fn search_returns_codes_in_code_order() {
	ExtBuilder::default().build_and_execute(|| {
		// The genesis lists them out of order; the catalogue's storage order is its hashes'.
		let all = found("", 100);
		let mut sorted: Vec<u32> = GENESIS_CODES.iter().map(|(code, _)| *code).collect();
		sorted.sort();
		assert_eq!(all, sorted);
	});
}

#[test]
fn search_returns_at_most_limit_codes_the_lowest_first() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(found("papel", 1), vec![21101001]);
		assert_eq!(found("", 3), vec![21101001, 21101002, 21401001]);
		assert_eq!(found("", 0), Vec::<u32>::new());
	});
}

#[test]
fn search_returns_at_most_one_hundred_codes() {
	ExtBuilder::empty().build_and_execute(|| {
		// 150 codes added from the highest down.
		for i in (0..150u32).rev() {
			assert_ok!(add(CucopCode(21101001 + i), "Papel"));
		}
		let page = found("papel", u32::MAX);
		assert_eq!(page.len(), MAX_SEARCH_RESULTS as usize);
		assert_eq!(page, (21101001..21101101).collect::<Vec<_>>());
		assert_eq!(found("211", 1000).len(), 100);
	});
}

#[test]
fn search_includes_retired_codes_with_their_status() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(retire(PAPER));
		let results = Catalogue::search(b"papel bond".to_vec(), 10);
		let statuses: Vec<(u32, CodeStatus)> =
			results.iter().map(|(code, entry)| (code.0, entry.status)).collect();
		assert_eq!(statuses, vec![(21101001, CodeStatus::Retired), (21101002, CodeStatus::Active)]);
		assert_eq!(results[0].1, Catalogue::code(PAPER).expect("PAPER is in the catalogue"));
	});
}

#[test]
fn search_with_a_query_that_is_not_utf8_finds_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		assert!(Catalogue::search(b"tama\xf1o".to_vec(), 100).is_empty());
	});
}

#[test]
fn search_returns_whole_entries() {
	ExtBuilder::default().build_and_execute(|| {
		System::set_block_number(4);
		assert_ok!(rename(PAPER, "Papel bond carta"));
		assert_eq!(
			Catalogue::search(b"21101001".to_vec(), 1),
			vec![(
				PAPER,
				CatalogueEntry {
					name: b"Papel bond carta".to_vec(),
					status: CodeStatus::Active,
					added_at: 0,
					changed_at: 4,
				}
			)]
		);
	});
}
