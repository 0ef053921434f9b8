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

#[test]
fn the_histories_follow_a_grant_through_its_life() {
	ExtBuilder::default().build_and_execute(|| {
		let (program, property, grant) = granted();
		let neighbour = register(EJIDO, b"RAN-1", 2..6);
		let duplicate = apply(EJIDO, program, neighbour);
		pay(grant);
		System::set_block_number(7);
		verify(grant, 90, TEN_HA);

		let history = Subsidies::property_history(property).unwrap();
		assert_eq!(history.key, b"CAT-A".to_vec());
		assert_eq!(history.cells, (0..4).map(cell).collect::<Vec<_>>());
		assert_eq!(history.overlapping, vec![neighbour]);
		assert_eq!(history.applications.len(), 1);
		assert_eq!(history.applications[0].1.status, ApplicationStatus::Approved(grant));
		let [record] = history.grants.as_slice() else { panic!("one grant") };
		assert_eq!((record.id, record.grant.paid), (grant, 60_000));
		assert_eq!(record.payments[0].kind, PaymentKind::Tranche(0));
		assert_eq!(record.verifications[0].cells_visited, vec![cell(0)]);
		assert_eq!((record.verifications[0].at, record.verifications[0].passed), (7, true));
		assert!(Subsidies::property_history(99).is_none());

		let by_owner = Subsidies::beneficiary_history(H256::from_low_u64_be(OWNER_A));
		assert_eq!(by_owner, Subsidies::program_history(program));
		assert_eq!(by_owner, vec![record.clone()]);
		assert!(Subsidies::beneficiary_history(H256::from_low_u64_be(EJIDO)).is_empty());

		assert_eq!(Subsidies::conflicting_grants_of_application(duplicate), vec![grant]);
		let totals = Subsidies::totals_of_program(program).unwrap();
		assert_eq!(totals.total, Totals { committed: 100_000, paid: 60_000 });
		assert_eq!(totals.concepts.len(), 1);
		assert_eq!(totals.concepts[0].0.budget, BUDGET);
		assert!(Subsidies::totals_of_program(9).is_none());
	});
}
