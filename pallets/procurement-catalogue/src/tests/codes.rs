//! The four calls: what each does, each of its errors, and who may call them.

use super::*;
use codec::{Decode, Encode};
use frame_support::traits::PalletInfoAccess;

#[test]
fn add_code_adds_an_active_code() {
	ExtBuilder::default().build_and_execute(|| {
		System::set_block_number(5);
		assert_ok!(add(NEW, "Servicios de consultoría en tecnologías de la información"));
		assert_eq!(
			last_event(),
			Event::CodeAdded {
				code: NEW,
				name: name("Servicios de consultoría en tecnologías de la información"),
			}
		);
		assert_eq!(
			entry(NEW),
			CatalogueEntry {
				name: name("Servicios de consultoría en tecnologías de la información"),
				status: CodeStatus::Active,
				added_at: 5,
				changed_at: 5,
			}
		);
		assert_eq!(CodeCount::<Test>::get(), GENESIS_CODES.len() as u32 + 1);
		assert!(is_active(NEW));
	});
}

#[test]
fn add_code_accepts_the_longest_name() {
	ExtBuilder::default().build_and_execute(|| {
		// 32 two-byte characters: LONGEST_NAME bytes.
		let longest = "ñ".repeat(LONGEST_NAME as usize / 2);
		assert_ok!(add(NEW, &longest));
		assert_eq!(entry(NEW).name.len(), LONGEST_NAME as usize);
	});
}

#[test]
fn add_code_cannot_carry_a_name_longer_than_the_bound() {
	ExtBuilder::default().build_and_execute(|| {
		// The call's name is bounded: a longer one does not even decode as a call.
		let call = |length: usize| {
			let mut encoded = vec![Catalogue::index() as u8, 0];
			NEW.encode_to(&mut encoded);
			vec![b'a'; length].encode_to(&mut encoded);
			RuntimeCall::decode(&mut &encoded[..])
		};
		assert!(call(LONGEST_NAME as usize).is_ok());
		assert!(call(LONGEST_NAME as usize + 1).is_err());
	});
}

#[test]
fn add_code_needs_the_keeper() {
	ExtBuilder::default().build_and_execute(|| {
		for origin in [RuntimeOrigin::signed(ANYONE), RuntimeOrigin::root(), RuntimeOrigin::none()]
		{
			assert_noop!(Catalogue::add_code(origin, NEW, name("Consultoría")), BadOrigin);
		}
	});
}

#[test]
fn add_code_refuses_an_ill_formed_code() {
	ExtBuilder::default().build_and_execute(|| {
		for code in [0, 2110100, CucopCode::MIN - 1, CucopCode::MAX + 1, u32::MAX] {
			assert_noop!(add(CucopCode(code), "Papel"), Error::<Test>::InvalidCode);
		}
		// The bounds themselves are well-formed.
		assert_ok!(add(CucopCode(CucopCode::MIN), "El primero"));
		assert_ok!(add(CucopCode(CucopCode::MAX), "El último"));
	});
}

#[test]
fn add_code_refuses_a_code_in_the_catalogue() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(add(PAPER, "Papel bond"), Error::<Test>::AlreadyExists);
		// Retired codes too: restore them instead.
		assert_ok!(retire(PAPER));
		assert_noop!(add(PAPER, "Papel bond"), Error::<Test>::AlreadyExists);
	});
}

#[test]
fn add_code_refuses_an_empty_name() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(add(NEW, ""), Error::<Test>::EmptyName);
	});
}

#[test]
fn add_code_refuses_a_name_that_is_not_utf8() {
	ExtBuilder::default().build_and_execute(|| {
		for raw in [
			// "tamaño" in Latin-1.
			&b"Papel tama\xf1o carta"[..],
			// A lone continuation byte, a truncated two-byte character, an invalid byte.
			&b"\x80"[..],
			&b"Pi\xc3"[..],
			&b"\xff\xfe"[..],
		] {
			assert_noop!(
				Catalogue::add_code(keeper(), NEW, bytes(raw)),
				Error::<Test>::InvalidName
			);
		}
	});
}

#[test]
fn rename_code_renames_it() {
	ExtBuilder::default().build_and_execute(|| {
		System::set_block_number(7);
		assert_ok!(rename(PAPER, "Papel bond blanco tamaño carta"));
		assert_eq!(
			last_event(),
			Event::CodeRenamed { code: PAPER, name: name("Papel bond blanco tamaño carta") }
		);
		let renamed = entry(PAPER);
		assert_eq!(renamed.name, name("Papel bond blanco tamaño carta"));
		assert_eq!(
			(renamed.status, renamed.added_at, renamed.changed_at),
			(CodeStatus::Active, 0, 7)
		);
		assert_eq!(CodeCount::<Test>::get(), GENESIS_CODES.len() as u32);
	});
}

#[test]
fn rename_code_renames_a_retired_code_too() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(retire(PAPER));
		assert_ok!(rename(PAPER, "Papel bond carta (descontinuado)"));
		assert_eq!(entry(PAPER).status, CodeStatus::Retired);
		assert!(!is_active(PAPER));
	});
}

#[test]
fn rename_code_needs_the_keeper() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Catalogue::rename_code(RuntimeOrigin::signed(ANYONE), PAPER, name("Papel")),
			BadOrigin
		);
	});
}

#[test]
fn rename_code_needs_a_code_in_the_catalogue() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(rename(NEW, "Consultoría"), Error::<Test>::NotFound);
	});
}

#[test]
fn rename_code_refuses_an_empty_name() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(rename(PAPER, ""), Error::<Test>::EmptyName);
	});
}

#[test]
fn rename_code_refuses_a_name_that_is_not_utf8() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Catalogue::rename_code(keeper(), PAPER, bytes(b"Papel tama\xf1o carta")),
			Error::<Test>::InvalidName
		);
	});
}

#[test]
fn rename_code_refuses_the_same_name() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(rename(PAPER, "Papel bond tamaño carta"), Error::<Test>::NameUnchanged);
		// A change of case is a change.
		assert_ok!(rename(PAPER, "Papel Bond Tamaño Carta"));
	});
}

#[test]
fn retire_code_keeps_it_readable_but_inactive() {
	ExtBuilder::default().build_and_execute(|| {
		System::set_block_number(9);
		assert_ok!(retire(PAPER));
		assert_eq!(last_event(), Event::CodeRetired { code: PAPER });
		assert!(!is_active(PAPER));
		let view = Catalogue::code(PAPER).expect("a retired code stays in the catalogue");
		assert_eq!(view.name, "Papel bond tamaño carta".as_bytes().to_vec());
		assert_eq!((view.status, view.added_at, view.changed_at), (CodeStatus::Retired, 0, 9));
		assert_eq!(CodeCount::<Test>::get(), GENESIS_CODES.len() as u32);
	});
}

#[test]
fn retire_code_needs_the_keeper() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Catalogue::retire_code(RuntimeOrigin::signed(ANYONE), PAPER), BadOrigin);
	});
}

#[test]
fn retire_code_needs_a_code_in_the_catalogue() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(retire(NEW), Error::<Test>::NotFound);
	});
}

#[test]
fn retire_code_refuses_a_retired_code() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(retire(PAPER));
		assert_noop!(retire(PAPER), Error::<Test>::AlreadyRetired);
	});
}

#[test]
fn restore_code_makes_it_active_again() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(retire(PAPER));
		System::set_block_number(12);
		assert_ok!(restore(PAPER));
		assert_eq!(last_event(), Event::CodeRestored { code: PAPER });
		assert!(is_active(PAPER));
		let restored = entry(PAPER);
		assert_eq!(
			(restored.status, restored.added_at, restored.changed_at),
			(CodeStatus::Active, 0, 12)
		);
	});
}

#[test]
fn restore_code_needs_the_keeper() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(retire(PAPER));
		assert_noop!(Catalogue::restore_code(RuntimeOrigin::signed(ANYONE), PAPER), BadOrigin);
	});
}

#[test]
fn restore_code_needs_a_code_in_the_catalogue() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(restore(NEW), Error::<Test>::NotFound);
	});
}

#[test]
fn restore_code_refuses_an_active_code() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(restore(PAPER), Error::<Test>::NotRetired);
	});
}

#[test]
fn is_active_is_false_for_codes_not_in_the_catalogue() {
	ExtBuilder::default().build_and_execute(|| {
		assert!(is_active(PAPER));
		// Well-formed but never added: unlike the `()` catalogue, which accepts it.
		assert!(!is_active(NEW));
		assert!(<() as ProcurementCatalogue>::is_active(NEW));
		assert!(!is_active(CucopCode(0)));
	});
}
