//! The genesis codes: loaded active, refused when the rules would refuse them, and written in
//! the chain spec as numbers.

use super::*;

#[test]
fn genesis_loads_its_codes_active() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(CodeCount::<Test>::get(), GENESIS_CODES.len() as u32);
		for (code, text) in GENESIS_CODES {
			let code = CucopCode(code);
			assert_eq!(
				entry(code),
				CatalogueEntry {
					name: name(text),
					status: CodeStatus::Active,
					added_at: 0,
					changed_at: 0,
				}
			);
			assert!(is_active(code));
		}
		// Genesis emits no events.
		assert!(System::events().is_empty());
	});
}

#[test]
fn genesis_may_be_empty() {
	ExtBuilder::empty().build_and_execute(|| {
		assert_eq!(CodeCount::<Test>::get(), 0);
		assert_eq!(Codes::<Test>::iter().count(), 0);
	});
}

#[test]
#[should_panic(expected = "genesis CUCoP code 2110100: InvalidCode")]
fn genesis_refuses_an_ill_formed_code() {
	ExtBuilder::empty().code(2110100, b"Papel").build();
}

#[test]
#[should_panic(expected = "genesis CUCoP code 21101001: AlreadyExists")]
fn genesis_refuses_a_repeated_code() {
	ExtBuilder::default().code(21101001, b"Papel bond").build();
}

#[test]
#[should_panic(expected = "genesis CUCoP code 21101001: the name is longer than MaxNameLength")]
fn genesis_refuses_a_name_too_long() {
	ExtBuilder::empty().code(21101001, &[b'a'; LONGEST_NAME as usize + 1]).build();
}

#[test]
#[should_panic(expected = "genesis CUCoP code 21101001: InvalidName")]
fn genesis_refuses_a_name_that_is_not_utf8() {
	ExtBuilder::empty().code(21101001, b"Papel tama\xf1o carta").build();
}

#[test]
#[should_panic(expected = "genesis CUCoP code 21101001: EmptyName")]
fn genesis_refuses_an_empty_name() {
	ExtBuilder::empty().code(21101001, b"").build();
}

#[test]
fn genesis_codes_are_numbers_in_the_chain_spec() {
	let genesis = GenesisConfig::<Test> {
		codes: vec![(CucopCode(21101001), b"Papel".to_vec())],
		..Default::default()
	};
	let json = serde_json::to_string(&genesis).expect("the genesis serialises; qed");
	assert_eq!(json, r#"{"codes":[[21101001,[80,97,112,101,108]]]}"#);
	let read: GenesisConfig<Test> =
		serde_json::from_str(&json).expect("the genesis deserialises; qed");
	assert_eq!(read.codes, genesis.codes);
	// Unknown fields are refused, as in every pallet's genesis.
	assert!(serde_json::from_str::<GenesisConfig<Test>>(r#"{"codes":[],"other":1}"#).is_err());
}
