//! `integrity_test`, and each invariant of `try_state` broken on purpose.

use super::*;
use frame_support::traits::Hooks;

#[test]
fn integrity_test_accepts_the_mock_configuration() {
	<Catalogue as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "MaxNameLength must not be zero")]
fn integrity_test_requires_room_for_a_name() {
	MaxNameLength::set(0);
	<Catalogue as Hooks<u64>>::integrity_test();
}

/// An entry as the calls would store it at genesis.
fn stored(raw: &[u8]) -> CatalogueEntryOf<Test> {
	CatalogueEntry { name: bytes(raw), status: CodeStatus::Active, added_at: 0, changed_at: 0 }
}

#[test]
fn try_state_detects_an_ill_formed_code() {
	ExtBuilder::default().build().execute_with(|| {
		assert_ok!(Catalogue::do_try_state());
		Codes::<Test>::insert(CucopCode(2110100), stored(b"Papel"));
		CodeCount::<Test>::mutate(|count| *count += 1);
		assert_eq!(Catalogue::do_try_state(), Err("a code without eight digits".into()));
	});
}

#[test]
fn try_state_detects_an_empty_name() {
	ExtBuilder::default().build().execute_with(|| {
		Codes::<Test>::insert(PAPER, stored(b""));
		assert_eq!(Catalogue::do_try_state(), Err("a code with an empty name".into()));
	});
}

#[test]
fn try_state_detects_a_name_that_is_not_utf8() {
	ExtBuilder::default().build().execute_with(|| {
		Codes::<Test>::insert(PAPER, stored(b"Papel tama\xf1o carta"));
		assert_eq!(Catalogue::do_try_state(), Err("a code whose name is not UTF-8".into()));
	});
}

#[test]
fn try_state_detects_a_change_in_the_future() {
	ExtBuilder::default().build().execute_with(|| {
		Codes::<Test>::mutate(PAPER, |entry| {
			if let Some(entry) = entry {
				entry.changed_at = 2;
			}
		});
		let expected = "a code changed before it was added, or in the future";
		assert_eq!(Catalogue::do_try_state(), Err(expected.into()));
		System::set_block_number(2);
		assert_ok!(Catalogue::do_try_state());
		Codes::<Test>::mutate(PAPER, |entry| {
			if let Some(entry) = entry {
				entry.added_at = 3;
			}
		});
		assert_eq!(Catalogue::do_try_state(), Err(expected.into()));
	});
}

#[test]
fn try_state_detects_a_wrong_count() {
	ExtBuilder::default().build().execute_with(|| {
		CodeCount::<Test>::put(GENESIS_CODES.len() as u32 + 1);
		assert_eq!(
			Catalogue::do_try_state(),
			Err("CodeCount differs from the codes stored".into())
		);
		CodeCount::<Test>::put(GENESIS_CODES.len() as u32);
		assert_ok!(Catalogue::do_try_state());
		Codes::<Test>::remove(PAPER);
		assert_eq!(
			Catalogue::do_try_state(),
			Err("CodeCount differs from the codes stored".into())
		);
	});
}
