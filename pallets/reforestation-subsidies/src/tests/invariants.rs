//! What `try_state` catches.

use super::*;

#[test]
fn try_state_catches_paid_above_granted() {
	ExtBuilder::default().build().execute_with(|| {
		let (_, _, grant) = granted();
		assert_ok!(Subsidies::do_try_state());
		Grants::<Test>::mutate(grant, |g| g.as_mut().unwrap().paid = 100_001);
		assert!(Subsidies::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_committed_above_budget_or_out_of_step() {
	ExtBuilder::default().build().execute_with(|| {
		let (program, _, _) = granted();
		ConceptTotals::<Test>::mutate(program, 0, |t| t.committed = 90_000);
		assert_eq!(Subsidies::do_try_state(), Err("concept totals differ from the grants".into()));
		ConceptTotals::<Test>::mutate(program, 0, |t| t.committed = BUDGET + 1);
		assert_eq!(Subsidies::do_try_state(), Err("committed above the concept's budget".into()));
	});
}

#[test]
fn try_state_catches_a_cell_index_out_of_step() {
	ExtBuilder::default().build().execute_with(|| {
		let property = register(OWNER_A, b"CAT-A", 0..4);
		PropertiesOfCell::<Test>::mutate(cell(9), |v| v.try_push(property).unwrap());
		assert_eq!(
			Subsidies::do_try_state(),
			Err("the cell index holds cells of no property".into())
		);
		PropertiesOfCell::<Test>::remove(cell(9));
		PropertiesOfCell::<Test>::remove(cell(0));
		assert_eq!(Subsidies::do_try_state(), Err("a property cell is not indexed".into()));
	});
}
