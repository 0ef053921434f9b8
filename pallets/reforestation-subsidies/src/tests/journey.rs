//! Whole flows, as the issue describes them.

use super::*;

/// A program; two properties under different keys whose land overlaps; applications; one
/// approval; the overlapping one rejected as a duplicate naming the conflicting grant; tranche 1
/// paid; a verification below the rule blocks tranche 2; a second verification passes; tranche 2
/// paid.
#[test]
fn a_duplicate_is_caught_and_a_grant_paid_in_verified_tranches() {
	ExtBuilder::default().build_and_execute(|| {
		let program = open_program();
		// A small owner's predio under its cadastral key, and the ejido's land under its
		// agrarian key, sharing two cells.
		let owned = register(OWNER_A, b"14-001-CAT-0042", 0..6);
		let ejido_land = register(EJIDO, b"RAN-14-001-0007", 4..12);
		let first = apply(OWNER_A, program, owned);
		let second = apply(EJIDO, program, ejido_land);

		let grant = approve(CONAFOR_ADMIN, first);
		assert_eq!(Subsidies::conflicting_grants(second), vec![grant]);
		assert_noop!(
			Subsidies::approve_application(RuntimeOrigin::signed(CONAFOR_ADMIN), second),
			Error::<Test>::DuplicateSupport
		);
		// The official records the rejection; the event names the conflicting grant.
		assert_ok!(Subsidies::reject_duplicate(RuntimeOrigin::signed(CONAFOR_ADMIN), second));
		assert_eq!(
			last_event(),
			Event::DuplicateRejected {
				application: second,
				conflicting: BoundedVec::truncate_from(vec![grant]),
				total: 1,
			}
		);

		pay(grant);
		System::set_block_number(100);
		verify(grant, 55, TEN_HA);
		assert_noop!(
			Subsidies::record_payment(RuntimeOrigin::signed(CONAFOR_ADMIN), grant, SPEI),
			Error::<Test>::VerificationRequired
		);
		System::set_block_number(200);
		verify(grant, 85, 900);
		pay(grant);

		let stored = Grants::<Test>::get(grant).unwrap();
		assert_eq!((stored.paid, stored.status), (100_000, GrantStatus::Completed));
		let history: Vec<_> =
			Payments::<Test>::get(grant).iter().map(|p| (p.kind, p.amount)).collect();
		assert_eq!(
			history,
			vec![(PaymentKind::Tranche(0), 60_000), (PaymentKind::Tranche(1), 40_000)]
		);
		let passed: Vec<_> =
			Verifications::<Test>::get(grant).iter().map(|v| (v.at, v.passed)).collect();
		assert_eq!(passed, vec![(100, false), (200, true)]);
		assert_eq!(ApplicationsOfProperty::<Test>::get(ejido_land).into_inner(), vec![second]);
		assert_eq!(Subsidies::grants_of_cell(cell(5)), vec![grant]);
	});
}

/// Two agencies' programs on the same land: SEMARNAT's overlapping program cannot support the
/// same concept again, but supports another concept; once CONAFOR cancels its grant after a
/// failed verification and recovers the tranche, SEMARNAT may support the land.
#[test]
fn two_agencies_cannot_support_the_same_land_twice() {
	ExtBuilder::default().build_and_execute(|| {
		let conafor = open_program();
		let property = register(OWNER_A, b"14-001-CAT-0042", 0..4);
		let grant = approve(CONAFOR_ADMIN, apply(OWNER_A, conafor, property));

		// SEMARNAT, 2028, reforestation and soil conservation.
		assert_ok!(Subsidies::open_program(
			RuntimeOrigin::signed(SEMARNAT_ADMIN),
			2028,
			2028,
			2028,
			BoundedVec::truncate_from(vec![
				ConceptTerms {
					concept: Concept::Reforestation,
					budget: BUDGET,
					amount_per_hectare: 20_000
				},
				ConceptTerms {
					concept: Concept::SoilConservation,
					budget: BUDGET,
					amount_per_hectare: 5_000
				},
			]),
			CAP,
			BoundedVec::truncate_from(vec![eligible()]),
			BoundedVec::truncate_from(vec![Percent::from_percent(100)]),
			VerificationRule {
				min_survival: Percent::from_percent(50),
				min_area_share: Percent::from_percent(50)
			},
		));
		let semarnat = 1;
		// A neighbour re-registered part of the land under another key.
		let copy = register(OWNER_B, b"14-001-CAT-9999", 2..3);
		let duplicate = apply(OWNER_B, semarnat, copy);
		assert_noop!(
			Subsidies::approve_application(RuntimeOrigin::signed(SEMARNAT_ADMIN), duplicate),
			Error::<Test>::DuplicateSupport
		);
		assert_ok!(Subsidies::apply_for_support(
			RuntimeOrigin::signed(OWNER_A),
			semarnat,
			Concept::SoilConservation,
			property,
			TEN_HA
		));
		let soil = approve(SEMARNAT_ADMIN, 2);
		assert_eq!(Grants::<Test>::get(soil).unwrap().amount, 50_000);

		// CONAFOR pays, verifies, fails, cancels and recovers.
		pay(grant);
		verify(grant, 20, 100);
		assert_ok!(Subsidies::cancel_grant(RuntimeOrigin::signed(CONAFOR_ADMIN), grant, REASON));
		assert_ok!(Subsidies::record_recovery(
			RuntimeOrigin::signed(CONAFOR_ADMIN),
			grant,
			60_000,
			SPEI
		));
		assert_eq!(Subsidies::program_totals(conafor), Totals { committed: 60_000, paid: 0 });

		// Now SEMARNAT may support the reforestation.
		assert!(Subsidies::conflicting_grants(duplicate).is_empty());
		let second = approve(SEMARNAT_ADMIN, duplicate);
		assert_eq!(Grants::<Test>::get(second).unwrap().amount, 200_000);
		assert_eq!(Subsidies::program_totals(semarnat).committed, 250_000);
		assert_eq!(Subsidies::grants_of_cell(cell(2)), vec![grant, soil, second]);
	});
}
