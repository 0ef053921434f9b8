//! Filing, withdrawing, rejecting and approving applications; the duplicate rules.

use super::*;

#[test]
fn apply_for_support_files_an_application() {
	ExtBuilder::default().build_and_execute(|| {
		let program = open_program();
		let property = register(OWNER_A, b"CAT-A", 0..4);
		let application = apply(OWNER_A, program, property);
		assert_eq!(
			last_event(),
			Event::ApplicationFiled { application, applicant: OWNER_A, program, property }
		);
		assert_eq!(
			Applications::<Test>::get(application).unwrap().status,
			ApplicationStatus::Pending
		);
		assert_eq!(ApplicationsOfProperty::<Test>::get(property).into_inner(), vec![application]);
	});
}

#[test]
fn apply_for_support_refuses_what_does_not_qualify() {
	ExtBuilder::default().build_and_execute(|| {
		let program = open_program();
		let property = register(OWNER_A, b"CAT-A", 0..4);
		let file = |who, program, concept, property, area| {
			Subsidies::apply_for_support(
				RuntimeOrigin::signed(who),
				program,
				concept,
				property,
				area,
			)
		};
		assert_noop!(
			file(OWNER_A, 9, Concept::Reforestation, property, TEN_HA),
			Error::<Test>::NotFound
		);
		assert_noop!(
			file(OWNER_A, program, Concept::Reforestation, 9, TEN_HA),
			Error::<Test>::NotFound
		);
		assert_noop!(
			file(OWNER_B, program, Concept::Reforestation, property, TEN_HA),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			file(OWNER_A, program, Concept::Protection, property, TEN_HA),
			Error::<Test>::ConceptNotOffered
		);
		assert_noop!(
			file(OWNER_A, program, Concept::Reforestation, property, 0),
			Error::<Test>::InvalidArea
		);
		assert_noop!(
			file(OWNER_A, program, Concept::Reforestation, property, 2 * TEN_HA + 1),
			Error::<Test>::InvalidArea
		);
		// A property in another municipality.
		assert_ok!(Subsidies::register_property(
			RuntimeOrigin::signed(OWNER_B),
			BoundedVec::truncate_from(b"CAT-B".to_vec()),
			Jurisdiction { state: MexicanState::Oaxaca, municipality: 1 },
			TEN_HA,
			BoundedVec::truncate_from(vec![OWNER_B]),
			BoundedVec::truncate_from(vec![cell(40)]),
		));
		assert_noop!(
			file(OWNER_B, program, Concept::Reforestation, 1, TEN_HA),
			Error::<Test>::NotEligible
		);
		assert_ok!(Subsidies::close_program(RuntimeOrigin::signed(CONAFOR_ADMIN), program));
		assert_noop!(
			file(OWNER_A, program, Concept::Reforestation, property, TEN_HA),
			Error::<Test>::ProgramClosed
		);
		assert_noop!(
			Subsidies::apply_for_support(
				RuntimeOrigin::none(),
				program,
				Concept::Reforestation,
				property,
				TEN_HA
			),
			BadOrigin
		);
	});
}

#[test]
fn withdraw_application_is_for_the_applicant_while_pending() {
	ExtBuilder::default().build_and_execute(|| {
		let program = open_program();
		let property = register(OWNER_A, b"CAT-A", 0..4);
		let application = apply(OWNER_A, program, property);
		assert_noop!(
			Subsidies::withdraw_application(RuntimeOrigin::signed(OWNER_B), application),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			Subsidies::withdraw_application(RuntimeOrigin::signed(OWNER_A), 9),
			Error::<Test>::NotFound
		);
		assert_ok!(Subsidies::withdraw_application(RuntimeOrigin::signed(OWNER_A), application));
		assert_eq!(last_event(), Event::ApplicationWithdrawn { application });
		assert_noop!(
			Subsidies::withdraw_application(RuntimeOrigin::signed(OWNER_A), application),
			Error::<Test>::NotPending
		);
		assert_noop!(
			Subsidies::approve_application(RuntimeOrigin::signed(CONAFOR_ADMIN), application),
			Error::<Test>::NotPending
		);
	});
}

#[test]
fn reject_application_is_for_the_programs_agency() {
	ExtBuilder::default().build_and_execute(|| {
		let program = open_program();
		let property = register(OWNER_A, b"CAT-A", 0..4);
		let application = apply(OWNER_A, program, property);
		assert_noop!(
			Subsidies::reject_application(
				RuntimeOrigin::signed(SEMARNAT_ADMIN),
				application,
				REASON
			),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			Subsidies::reject_application(RuntimeOrigin::signed(OWNER_A), application, REASON),
			BadOrigin
		);
		assert_ok!(Subsidies::reject_application(
			RuntimeOrigin::signed(CONAFOR_ADMIN),
			application,
			REASON
		));
		assert_eq!(last_event(), Event::ApplicationRejected { application, reason: REASON });
		assert_eq!(
			Applications::<Test>::get(application).unwrap().status,
			ApplicationStatus::Rejected(REASON)
		);
		assert_noop!(
			Subsidies::reject_application(
				RuntimeOrigin::signed(CONAFOR_ADMIN),
				application,
				REASON
			),
			Error::<Test>::NotPending
		);
	});
}

#[test]
fn approve_application_creates_a_grant_and_commits_budget() {
	ExtBuilder::default().build_and_execute(|| {
		let (program, property, grant) = granted();
		assert_eq!(
			last_event(),
			Event::GrantCreated { application: 0, grant, beneficiary: OWNER_A, amount: 100_000 }
		);
		let stored = Grants::<Test>::get(grant).unwrap();
		assert_eq!((stored.amount, stored.paid, stored.status), (100_000, 0, GrantStatus::Active));
		assert_eq!(
			Applications::<Test>::get(0).unwrap().status,
			ApplicationStatus::Approved(grant)
		);
		assert_eq!(ConceptTotals::<Test>::get(program, 0), Totals { committed: 100_000, paid: 0 });
		assert_eq!(GrantsOfProperty::<Test>::get(property).into_inner(), vec![grant]);
		assert_eq!(
			GrantsOfBeneficiary::<Test>::get(H256::from_low_u64_be(OWNER_A)).into_inner(),
			vec![grant]
		);
		assert_eq!(GrantsOfProgram::<Test>::get(program).into_inner(), vec![grant]);
	});
}

#[test]
fn approve_application_is_for_the_programs_agency() {
	ExtBuilder::default().build_and_execute(|| {
		let program = open_program();
		let property = register(OWNER_A, b"CAT-A", 0..4);
		let application = apply(OWNER_A, program, property);
		assert_noop!(
			Subsidies::approve_application(RuntimeOrigin::signed(SEMARNAT_ADMIN), application),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			Subsidies::approve_application(RuntimeOrigin::signed(OWNER_A), application),
			BadOrigin
		);
		assert_noop!(
			Subsidies::approve_application(RuntimeOrigin::signed(CONAFOR_ADMIN), 9),
			Error::<Test>::NotFound
		);
	});
}

#[test]
fn overlapping_land_under_another_key_is_a_duplicate() {
	ExtBuilder::default().build_and_execute(|| {
		let (program, _, grant) = granted();
		// The same land, partly, registered by an ejido under an agrarian key.
		let other = register(EJIDO, b"RAN-1", 3..8);
		let application = apply(EJIDO, program, other);
		assert_eq!(Subsidies::conflicting_grants(application), vec![grant]);
		assert_noop!(
			Subsidies::approve_application(RuntimeOrigin::signed(CONAFOR_ADMIN), application),
			Error::<Test>::DuplicateSupport
		);
		// Land that does not overlap is no duplicate.
		let apart = register(EJIDO, b"RAN-2", 10..12);
		let fine = apply(EJIDO, program, apart);
		assert!(Subsidies::conflicting_grants(fine).is_empty());
		approve(CONAFOR_ADMIN, fine);
	});
}

#[test]
fn the_same_property_twice_is_a_duplicate() {
	ExtBuilder::default().build_and_execute(|| {
		let (program, property, grant) = granted();
		let again = apply(OWNER_A, program, property);
		assert_eq!(Subsidies::conflicting_grants(again), vec![grant]);
		assert_noop!(
			Subsidies::approve_application(RuntimeOrigin::signed(CONAFOR_ADMIN), again),
			Error::<Test>::DuplicateSupport
		);
	});
}

#[test]
fn a_cancelled_grant_or_another_period_is_no_duplicate() {
	ExtBuilder::default().build_and_execute(|| {
		let (_, property, grant) = granted();
		// A later program (2029-2030) on the same land.
		let later = open_program_of(CONAFOR_ADMIN, 2029, 2030);
		let application = apply(OWNER_A, later, property);
		assert!(Subsidies::conflicting_grants(application).is_empty());
		approve(CONAFOR_ADMIN, application);
		// The same period again, after the first grant was cancelled.
		let same = open_program_of(SEMARNAT_ADMIN, 2028, 2028);
		let application = apply(OWNER_A, same, property);
		assert_eq!(Subsidies::conflicting_grants(application), vec![grant]);
		assert_ok!(Subsidies::cancel_grant(RuntimeOrigin::signed(CONAFOR_ADMIN), grant, REASON));
		assert!(Subsidies::conflicting_grants(application).is_empty());
		approve(SEMARNAT_ADMIN, application);
	});
}

#[test]
fn the_cap_per_beneficiary_counts_all_their_properties() {
	ExtBuilder::default().build_and_execute(|| {
		let program = open_program();
		// Each grant is 100 000 (ten hectares); the cap is 500 000.
		for i in 0..5u32 {
			let property = register(OWNER_A, format!("K{i}").as_bytes(), i * 10..i * 10 + 2);
			approve(CONAFOR_ADMIN, apply(OWNER_A, program, property));
		}
		let property = register(OWNER_A, b"K5", 60..62);
		let application = apply(OWNER_A, program, property);
		assert_noop!(
			Subsidies::approve_application(RuntimeOrigin::signed(CONAFOR_ADMIN), application),
			Error::<Test>::CapExceeded
		);
	});
}

#[test]
fn the_cap_follows_the_person_across_accounts() {
	ExtBuilder::default().build_and_execute(|| {
		let program = open_program();
		// Four grants of 100 000 to OWNER_A's first account, one to its new account: the cap
		// (500 000) is reached by the person, not by either account.
		for i in 0..4u32 {
			let property = register(OWNER_A, format!("K{i}").as_bytes(), i * 10..i * 10 + 2);
			approve(CONAFOR_ADMIN, apply(OWNER_A, program, property));
		}
		let property = register(OWNER_A_NEW, b"K4", 40..42);
		let fifth = approve(CONAFOR_ADMIN, apply(OWNER_A_NEW, program, property));
		assert_eq!(
			Grants::<Test>::get(fifth).unwrap().beneficiary_key,
			H256::from_low_u64_be(OWNER_A)
		);
		let property = register(OWNER_A_NEW, b"K5", 60..62);
		let application = apply(OWNER_A_NEW, program, property);
		assert_noop!(
			Subsidies::approve_application(RuntimeOrigin::signed(CONAFOR_ADMIN), application),
			Error::<Test>::CapExceeded
		);
		// Another person is not affected.
		let property = register(OWNER_B, b"K6", 70..72);
		approve(CONAFOR_ADMIN, apply(OWNER_B, program, property));
		// The audit by party key sees all five, whichever account holds them.
		let history = Subsidies::beneficiary_history(H256::from_low_u64_be(OWNER_A));
		assert_eq!(history.len(), 5);
		assert_eq!(history[4].id, fifth);
	});
}

#[test]
fn an_applicant_no_longer_verified_cannot_be_granted() {
	ExtBuilder::default().build_and_execute(|| {
		let program = open_program();
		let property = register(OWNER_A, b"K0", 0..2);
		let application = apply(OWNER_A, program, property);
		// The account's identity is gone (revoked, moved) before the approval.
		Applications::<Test>::mutate(application, |a| a.as_mut().unwrap().applicant = OUTSIDER);
		assert_noop!(
			Subsidies::approve_application(RuntimeOrigin::signed(CONAFOR_ADMIN), application),
			Error::<Test>::NotVerified
		);
	});
}

#[test]
fn a_grant_above_the_remaining_budget_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let program = open_program();
		// Budget 1 000 000: ten grants of 100 000 by five owners fill it.
		let owners = [OWNER_A, OWNER_B, VERIFYING_OWNER, EJIDO, 21, 22];
		let mut n = 0u32;
		for owner in owners.iter().take(5) {
			for _ in 0..2 {
				let property = register(*owner, format!("K{n}").as_bytes(), n * 10..n * 10 + 2);
				approve(CONAFOR_ADMIN, apply(*owner, program, property));
				n += 1;
			}
		}
		assert_eq!(Subsidies::program_totals(program).committed, BUDGET);
		let property = register(22, b"LAST", 500..502);
		let application = apply(22, program, property);
		assert_noop!(
			Subsidies::approve_application(RuntimeOrigin::signed(CONAFOR_ADMIN), application),
			Error::<Test>::BudgetExceeded
		);
	});
}

#[test]
fn reject_duplicate_records_the_rejection_naming_the_conflicting_grants() {
	ExtBuilder::default().build_and_execute(|| {
		let (_, _, grant) = granted();
		// A second grant on the same land for the same concept, in a later, separate program
		// of SEMARNAT (no conflict then), then a third program overlapping both.
		let later = open_program_of(SEMARNAT_ADMIN, 2029, 2029);
		let neighbour = register(OWNER_B, b"CAT-B", 3..6);
		let second = approve(SEMARNAT_ADMIN, apply(OWNER_B, later, neighbour));
		let both = open_program_of(CONAFOR_ADMIN, 2028, 2029);
		let ejido_land = register(EJIDO, b"RAN-1", 0..6);
		let duplicate = apply(EJIDO, both, ejido_land);
		assert_eq!(Subsidies::conflicting_grants(duplicate), vec![grant, second]);
		assert_eq!(
			Subsidies::conflicting_grants_of(ejido_land, Concept::Reforestation, 2027, 2027),
			vec![grant]
		);
		assert!(Subsidies::conflicting_grants_of(ejido_land, Concept::Maintenance, 2027, 2029)
			.is_empty());
		assert_noop!(
			Subsidies::approve_application(RuntimeOrigin::signed(CONAFOR_ADMIN), duplicate),
			Error::<Test>::DuplicateSupport
		);

		assert_ok!(Subsidies::reject_duplicate(RuntimeOrigin::signed(CONAFOR_ADMIN), duplicate));
		assert_eq!(
			last_event(),
			Event::DuplicateRejected {
				application: duplicate,
				conflicting: BoundedVec::truncate_from(vec![grant, second]),
				total: 2,
			}
		);
		assert_eq!(
			Applications::<Test>::get(duplicate).unwrap().status,
			ApplicationStatus::RejectedAsDuplicate(grant)
		);
	});
}

#[test]
fn reject_duplicate_refuses_what_is_no_pending_duplicate() {
	ExtBuilder::default().build_and_execute(|| {
		let (program, property, _) = granted();
		let duplicate = apply(OWNER_A, program, property);
		let apart = register(EJIDO, b"RAN-2", 10..12);
		let fine = apply(EJIDO, program, apart);
		assert_noop!(
			Subsidies::reject_duplicate(RuntimeOrigin::signed(OUTSIDER), duplicate),
			BadOrigin
		);
		assert_noop!(
			Subsidies::reject_duplicate(RuntimeOrigin::signed(CONAFOR_ADMIN), 99),
			Error::<Test>::NotFound
		);
		assert_noop!(
			Subsidies::reject_duplicate(RuntimeOrigin::signed(SEMARNAT_ADMIN), duplicate),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			Subsidies::reject_duplicate(RuntimeOrigin::signed(CONAFOR_ADMIN), fine),
			Error::<Test>::NoDuplicate
		);
		assert_ok!(Subsidies::reject_duplicate(RuntimeOrigin::signed(CONAFOR_ADMIN), duplicate));
		assert_noop!(
			Subsidies::reject_duplicate(RuntimeOrigin::signed(CONAFOR_ADMIN), duplicate),
			Error::<Test>::NotPending
		);
		assert_noop!(
			Subsidies::approve_application(RuntimeOrigin::signed(CONAFOR_ADMIN), duplicate),
			Error::<Test>::NotPending
		);
	});
}
