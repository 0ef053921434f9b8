//! The invariants catch what they state.

use super::*;

#[test]
fn try_state_holds_at_genesis() {
	ExtBuilder.build().execute_with(|| {
		assert_ok!(PropertyRegistry::do_try_state());
	});
}

#[test]
fn try_state_catches_a_folio_without_owners() {
	ExtBuilder.build().execute_with(|| {
		Folios::<Test>::mutate(FOLIO, |folio| {
			if let Some(folio) = folio {
				folio.owners = owner_keys(&[]);
			}
		});
		assert!(PropertyRegistry::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_pending_entries_out_of_priority_order() {
	ExtBuilder.build().execute_with(|| {
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
	ExtBuilder.build().execute_with(|| {
		present(NOTARY, purchase(&[SELLER], &[BUYER]), false);
		Pending::<Test>::remove(FOLIO);
		assert!(PropertyRegistry::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_an_encumbrance_without_its_inscription() {
	ExtBuilder.build().execute_with(|| {
		let mortgage = present(NOTARY, encumber(EncumbranceKind::Mortgage, SELLER, BANK), false);
		assert_ok!(inscribe(mortgage));
		assert_ok!(PropertyRegistry::do_try_state());
		Entries::<Test>::remove(FOLIO, mortgage);
		assert!(PropertyRegistry::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_a_live_encumbrance_on_a_closed_folio() {
	ExtBuilder.build().execute_with(|| {
		let mortgage = present(NOTARY, encumber(EncumbranceKind::Mortgage, SELLER, BANK), false);
		assert_ok!(inscribe(mortgage));
		Folios::<Test>::mutate(FOLIO, |folio| {
			if let Some(folio) = folio {
				folio.status =
					FolioStatus::Closed { at: 1, successors: BoundedVec::new(), document: doc(5) };
			}
		});
		assert!(PropertyRegistry::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_a_successor_that_does_not_point_back() {
	ExtBuilder.build().execute_with(|| {
		assert_ok!(PropertyRegistry::subdivide_folio(
			RuntimeOrigin::signed(REGISTRAR),
			FOLIO,
			vec![1, 249_999_999].try_into().expect("2 parts"),
			doc(4)
		));
		assert_ok!(PropertyRegistry::do_try_state());
		Folios::<Test>::mutate(2, |folio| {
			if let Some(folio) = folio {
				folio.predecessors = BoundedVec::new();
			}
		});
		assert!(PropertyRegistry::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_an_invalid_land() {
	ExtBuilder.build().execute_with(|| {
		Folios::<Test>::mutate(FOLIO, |folio| {
			if let Some(folio) = folio {
				folio.land = vec![test_cell(1), test_cell(0)].try_into().expect("2 cells");
			}
		});
		assert!(PropertyRegistry::do_try_state().is_err());
	});
}
