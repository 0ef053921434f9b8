//! The audit read helpers.

use super::*;

#[test]
fn grants_of_cell_and_program_totals_follow_the_records() {
	ExtBuilder::default().build_and_execute(|| {
		let (program, _, grant) = granted();
		let later = open_program_of(SEMARNAT_ADMIN, 2030, 2030);
		let other = register(EJIDO, b"RAN-1", 3..6);
		let second = approve(SEMARNAT_ADMIN, apply(EJIDO, later, other));
		assert_eq!(Subsidies::grants_of_cell(cell(3)), vec![grant, second]);
		assert_eq!(Subsidies::grants_of_cell(cell(0)), vec![grant]);
		assert_eq!(Subsidies::grants_of_cell(cell(5)), vec![second]);
		assert!(Subsidies::grants_of_cell(cell(99)).is_empty());
		pay(grant);
		assert_eq!(Subsidies::program_totals(program), Totals { committed: 100_000, paid: 60_000 });
		assert_eq!(Subsidies::program_totals(later), Totals { committed: 100_000, paid: 0 });
		assert_eq!(Subsidies::program_totals(9), Totals::default());
		assert!(Subsidies::conflicting_grants(99).is_empty());
	});
}
