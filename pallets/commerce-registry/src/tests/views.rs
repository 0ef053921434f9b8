//! The read helpers behind the runtime API.

use super::*;

#[test]
fn folio_by_key_and_by_account() {
	ExtBuilder.build_and_execute(|| {
		assert_eq!(CommerceRegistry::folio_of(acme()), None);
		assert_eq!(CommerceRegistry::folio_of_account(&ANYONE), None);
		incorporate();
		grant(BOB, &[Litigation], None);
		let view = CommerceRegistry::folio_of(acme()).expect("ACME has a folio");
		assert_eq!(view.company, acme());
		assert_eq!(view.acts, 2);
		assert_eq!(view.powers.len(), 1);
		assert_eq!(CommerceRegistry::folio_of_account(&ACME), Some(view));
		assert_eq!(CommerceRegistry::folio_of_account(&BETA), None);
	});
}

#[test]
fn acts_are_paginated() {
	ExtBuilder.build_and_execute(|| {
		assert!(CommerceRegistry::acts_of(acme(), 0, 10).is_empty());
		incorporate();
		fill_acts();
		let numbers = |from, limit| -> Vec<ActNumber> {
			CommerceRegistry::acts_of(acme(), from, limit)
				.into_iter()
				.map(|(n, _)| n)
				.collect()
		};
		assert_eq!(numbers(0, 5), vec![0, 1, 2, 3, 4]);
		assert_eq!(numbers(10, 5), vec![10, 11]);
		assert_eq!(numbers(12, 5), Vec::<ActNumber>::new());
		assert_eq!(numbers(u32::MAX, u32::MAX), Vec::<ActNumber>::new());
		assert_eq!(numbers(0, u32::MAX).len(), MAX_ACTS as usize);
	});
}

#[test]
fn nobody_holds_a_power_of_an_unknown_company() {
	ExtBuilder.build_and_execute(|| {
		// BETA is a verified organisation without a folio.
		assert!(!CommerceRegistry::holds_power(&ALICE, &BETA, Administration));
	});
}
