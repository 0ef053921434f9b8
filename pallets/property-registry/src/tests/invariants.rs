//! The invariants catch what they state.

use super::*;

#[test]
fn try_state_holds_at_genesis() {
	ExtBuilder::default().build().execute_with(|| {
		assert_ok!(PropertyRegistry::do_try_state());
	});
}

#[test]
fn try_state_catches_a_folio_without_owners() {
	ExtBuilder::default().build().execute_with(|| {
		Folios::<Test>::mutate(FOLIO, |folio| {
			if let Some(folio) = folio {
				folio.owners = owners(&[]);
			}
		});
		assert!(PropertyRegistry::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_pending_entries_out_of_priority_order() {
	ExtBuilder::default().build().execute_with(|| {
		present(NOTARY, purchase(&[SELLER], &[BUYER]), false);
		present(NOTARY, purchase(&[SELLER], &[BUYER]), false);
		assert_ok!(PropertyRegistry::do_try_state());
		let mut reversed = Pending::<Test>::get(FOLIO).into_inner();
		reversed.reverse();
		Pending::<Test>::insert(
			FOLIO,
			BoundedVec::<_, MaxPendingPerFolio>::try_from(reversed).expect("same length"),
		);
		assert!(PropertyRegistry::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_a_pending_entry_left_out_of_the_list() {
	ExtBuilder::default().build().execute_with(|| {
		present(NOTARY, purchase(&[SELLER], &[BUYER]), false);
		Pending::<Test>::remove(FOLIO);
		assert!(PropertyRegistry::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_an_encumbrance_without_its_inscription() {
	ExtBuilder::default().build().execute_with(|| {
		let mortgage = present(NOTARY, encumber(EncumbranceKind::Mortgage, SELLER, BANK), false);
		assert_ok!(inscribe(mortgage));
		assert_ok!(PropertyRegistry::do_try_state());
		Entries::<Test>::remove(FOLIO, mortgage);
		assert!(PropertyRegistry::do_try_state().is_err());
	});
}
