//! Opening and closing programs.

use super::*;

/// Opens a program with `concepts` and `tranches`, otherwise the defaults.
fn open_with(
	concepts: Vec<ConceptTerms>,
	tranches: Vec<u8>,
	first_year: u16,
	last_year: u16,
) -> DispatchResult {
	Subsidies::open_program(
		RuntimeOrigin::signed(CONAFOR_ADMIN),
		2027,
		first_year,
		last_year,
		BoundedVec::truncate_from(concepts),
		CAP,
		BoundedVec::truncate_from(vec![eligible()]),
		BoundedVec::truncate_from(tranches.into_iter().map(Percent::from_percent).collect()),
		VerificationRule {
			min_survival: Percent::from_percent(70),
			min_area_share: Percent::from_percent(80),
		},
	)
}

fn reforestation() -> ConceptTerms {
	ConceptTerms {
		concept: Concept::Reforestation,
		budget: BUDGET,
		amount_per_hectare: PER_HECTARE,
	}
}

#[test]
fn open_program_stores_it_for_the_origins_agency() {
	ExtBuilder::default().build_and_execute(|| {
		let program = open_program_of(SEMARNAT_ADMIN, 2027, 2029);
		assert_eq!(last_event(), Event::ProgramOpened { program, agency: SEMARNAT, year: 2027 });
		let stored = Programs::<Test>::get(program).unwrap();
		assert_eq!(stored.agency, SEMARNAT);
		assert!(stored.open);
		assert_eq!(NextProgramId::<Test>::get(), 1);
	});
}

#[test]
fn open_program_needs_an_administrator() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Subsidies::open_program(
				RuntimeOrigin::signed(OUTSIDER),
				2027,
				2027,
				2027,
				BoundedVec::truncate_from(vec![reforestation()]),
				CAP,
				BoundedVec::new(),
				BoundedVec::truncate_from(vec![Percent::from_percent(100)]),
				VerificationRule {
					min_survival: Percent::from_percent(0),
					min_area_share: Percent::from_percent(0)
				},
			),
			BadOrigin
		);
	});
}

#[test]
fn open_program_refuses_malformed_terms() {
	ExtBuilder::default().build_and_execute(|| {
		// Tranches not adding to 100%.
		assert_noop!(
			open_with(vec![reforestation()], vec![60, 30], 2027, 2027),
			Error::<Test>::InvalidProgram
		);
		// A zero tranche.
		assert_noop!(
			open_with(vec![reforestation()], vec![100, 0], 2027, 2027),
			Error::<Test>::InvalidProgram
		);
		// A period backwards.
		assert_noop!(
			open_with(vec![reforestation()], vec![100], 2028, 2027),
			Error::<Test>::InvalidProgram
		);
		// No concept, a concept twice, a zero budget.
		assert_noop!(open_with(vec![], vec![100], 2027, 2027), Error::<Test>::InvalidProgram);
		assert_noop!(
			open_with(vec![reforestation(), reforestation()], vec![100], 2027, 2027),
			Error::<Test>::InvalidProgram
		);
		assert_noop!(
			open_with(vec![ConceptTerms { budget: 0, ..reforestation() }], vec![100], 2027, 2027),
			Error::<Test>::InvalidProgram
		);
	});
}

#[test]
fn close_program_is_for_its_agency_once() {
	ExtBuilder::default().build_and_execute(|| {
		let program = open_program();
		assert_noop!(
			Subsidies::close_program(RuntimeOrigin::signed(SEMARNAT_ADMIN), program),
			Error::<Test>::NoPermission
		);
		assert_noop!(Subsidies::close_program(RuntimeOrigin::signed(OUTSIDER), program), BadOrigin);
		assert_noop!(
			Subsidies::close_program(RuntimeOrigin::signed(CONAFOR_ADMIN), 9),
			Error::<Test>::NotFound
		);
		assert_ok!(Subsidies::close_program(RuntimeOrigin::signed(CONAFOR_ADMIN), program));
		assert_eq!(last_event(), Event::ProgramClosed { program });
		assert_noop!(
			Subsidies::close_program(RuntimeOrigin::signed(CONAFOR_ADMIN), program),
			Error::<Test>::ProgramClosed
		);
	});
}
