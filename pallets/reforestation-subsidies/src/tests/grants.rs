//! Payments, verifications, cancellation, reduction and recovery.

use super::*;

#[test]
fn the_first_tranche_is_paid_on_signing() {
	ExtBuilder::default().build_and_execute(|| {
		let (program, _, grant) = granted();
		pay(grant);
		assert_eq!(
			last_event(),
			Event::TranchePaid { grant, tranche: 0, amount: 60_000, reference: SPEI }
		);
		let stored = Grants::<Test>::get(grant).unwrap();
		assert_eq!((stored.paid, stored.tranches_paid, stored.next_released), (60_000, 1, false));
		assert_eq!(Payments::<Test>::get(grant).len(), 1);
		assert_eq!(ConceptTotals::<Test>::get(program, 0).paid, 60_000);
	});
}

#[test]
fn record_payment_is_for_the_programs_agency() {
	ExtBuilder::default().build_and_execute(|| {
		let (_, _, grant) = granted();
		assert_noop!(
			Subsidies::record_payment(RuntimeOrigin::signed(SEMARNAT_ADMIN), grant, SPEI),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			Subsidies::record_payment(RuntimeOrigin::signed(OWNER_A), grant, SPEI),
			BadOrigin
		);
		assert_noop!(
			Subsidies::record_payment(RuntimeOrigin::signed(CONAFOR_ADMIN), 9, SPEI),
			Error::<Test>::NotFound
		);
	});
}

#[test]
fn the_next_tranche_waits_for_a_passing_verification() {
	ExtBuilder::default().build_and_execute(|| {
		let (_, _, grant) = granted();
		pay(grant);
		assert_noop!(
			Subsidies::record_payment(RuntimeOrigin::signed(CONAFOR_ADMIN), grant, SPEI),
			Error::<Test>::VerificationRequired
		);
		// Survival 60% is below 70%.
		verify(grant, 60, TEN_HA);
		assert_eq!(
			last_event(),
			Event::VerificationRecorded { grant, verifier: VERIFIER, passed: false }
		);
		assert_noop!(
			Subsidies::record_payment(RuntimeOrigin::signed(CONAFOR_ADMIN), grant, SPEI),
			Error::<Test>::VerificationRequired
		);
		// Area 7.99 ha of 10 is below 80%.
		verify(grant, 90, 799);
		assert!(!Grants::<Test>::get(grant).unwrap().next_released);
		// Both met.
		verify(grant, 70, 800);
		assert_eq!(
			last_event(),
			Event::VerificationRecorded { grant, verifier: VERIFIER, passed: true }
		);
		pay(grant);
		assert_eq!(
			last_event(),
			Event::TranchePaid { grant, tranche: 1, amount: 40_000, reference: SPEI }
		);
		let stored = Grants::<Test>::get(grant).unwrap();
		assert_eq!((stored.paid, stored.status), (100_000, GrantStatus::Completed));
		assert_noop!(
			Subsidies::record_payment(RuntimeOrigin::signed(CONAFOR_ADMIN), grant, SPEI),
			Error::<Test>::GrantNotActive
		);
	});
}

#[test]
fn record_verification_needs_an_independent_field_verifier() {
	ExtBuilder::default().build_and_execute(|| {
		let program = open_program();
		// VERIFYING_OWNER holds the credential but also the land.
		let property = register(VERIFYING_OWNER, b"CAT-V", 0..4);
		let grant = approve(CONAFOR_ADMIN, apply(VERIFYING_OWNER, program, property));
		let verification = |who, cells: Vec<u64>| {
			Subsidies::record_verification(
				RuntimeOrigin::signed(who),
				grant,
				Percent::from_percent(90),
				TEN_HA,
				EVIDENCE,
				BoundedVec::truncate_from(cells),
			)
		};
		assert_noop!(verification(VERIFYING_OWNER, vec![cell(0)]), Error::<Test>::NoPermission);
		assert_noop!(verification(OUTSIDER, vec![cell(0)]), Error::<Test>::NoPermission);
		assert_noop!(
			verification(VERIFIER, vec![cell(0), cell(4)]),
			Error::<Test>::CellNotOnProperty
		);
		// More area worked than granted.
		assert_noop!(
			Subsidies::record_verification(
				RuntimeOrigin::signed(VERIFIER),
				grant,
				Percent::from_percent(90),
				TEN_HA + 1,
				EVIDENCE,
				BoundedVec::new()
			),
			Error::<Test>::InvalidArea
		);
		assert_noop!(
			Subsidies::record_verification(
				RuntimeOrigin::signed(VERIFIER),
				9,
				Percent::from_percent(90),
				TEN_HA,
				EVIDENCE,
				BoundedVec::new()
			),
			Error::<Test>::NotFound
		);
		assert_noop!(
			Subsidies::record_verification(
				RuntimeOrigin::none(),
				grant,
				Percent::from_percent(90),
				TEN_HA,
				EVIDENCE,
				BoundedVec::new()
			),
			BadOrigin
		);
		assert_ok!(verification(VERIFIER, vec![cell(0), cell(3)]));
		assert_eq!(Verifications::<Test>::get(grant).len(), 1);
	});
}

#[test]
fn verifications_per_grant_are_bounded() {
	ExtBuilder::default().build_and_execute(|| {
		let (_, _, grant) = granted();
		for _ in 0..4 {
			verify(grant, 10, 0);
		}
		assert_noop!(
			Subsidies::record_verification(
				RuntimeOrigin::signed(VERIFIER),
				grant,
				Percent::from_percent(90),
				TEN_HA,
				EVIDENCE,
				BoundedVec::new()
			),
			Error::<Test>::TooManyItems
		);
	});
}

#[test]
fn cancel_grant_returns_what_was_not_paid() {
	ExtBuilder::default().build_and_execute(|| {
		let (program, _, grant) = granted();
		pay(grant);
		assert_noop!(
			Subsidies::cancel_grant(RuntimeOrigin::signed(SEMARNAT_ADMIN), grant, REASON),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			Subsidies::cancel_grant(RuntimeOrigin::signed(OWNER_A), grant, REASON),
			BadOrigin
		);
		assert_ok!(Subsidies::cancel_grant(RuntimeOrigin::signed(CONAFOR_ADMIN), grant, REASON));
		assert_eq!(last_event(), Event::GrantCancelled { grant, returned: 40_000, reason: REASON });
		assert_eq!(
			ConceptTotals::<Test>::get(program, 0),
			Totals { committed: 60_000, paid: 60_000 }
		);
		assert_noop!(
			Subsidies::cancel_grant(RuntimeOrigin::signed(CONAFOR_ADMIN), grant, REASON),
			Error::<Test>::GrantNotActive
		);
		assert_noop!(verify_result(grant), Error::<Test>::GrantNotActive);
	});
}

fn verify_result(grant: GrantId) -> DispatchResult {
	Subsidies::record_verification(
		RuntimeOrigin::signed(VERIFIER),
		grant,
		Percent::from_percent(90),
		TEN_HA,
		EVIDENCE,
		BoundedVec::new(),
	)
}

#[test]
fn reduce_grant_keeps_what_was_paid() {
	ExtBuilder::default().build_and_execute(|| {
		let (program, _, grant) = granted();
		pay(grant);
		let reduce = |who, amount| {
			Subsidies::reduce_grant(RuntimeOrigin::signed(who), grant, amount, REASON)
		};
		assert_noop!(reduce(CONAFOR_ADMIN, 100_000), Error::<Test>::InvalidAmount);
		assert_noop!(reduce(CONAFOR_ADMIN, 59_999), Error::<Test>::InvalidAmount);
		assert_noop!(reduce(SEMARNAT_ADMIN, 80_000), Error::<Test>::NoPermission);
		assert_noop!(reduce(OWNER_A, 80_000), BadOrigin);
		assert_ok!(reduce(CONAFOR_ADMIN, 80_000));
		assert_eq!(last_event(), Event::GrantReduced { grant, amount: 80_000, reason: REASON });
		assert_eq!(ConceptTotals::<Test>::get(program, 0).committed, 80_000);
		// The last tranche is what remains.
		verify(grant, 90, TEN_HA);
		pay(grant);
		assert_eq!(
			last_event(),
			Event::TranchePaid { grant, tranche: 1, amount: 20_000, reference: SPEI }
		);
	});
}

#[test]
fn reducing_to_what_was_paid_completes_the_grant() {
	ExtBuilder::default().build_and_execute(|| {
		let (_, _, grant) = granted();
		pay(grant);
		assert_ok!(Subsidies::reduce_grant(
			RuntimeOrigin::signed(CONAFOR_ADMIN),
			grant,
			60_000,
			REASON
		));
		assert_eq!(Grants::<Test>::get(grant).unwrap().status, GrantStatus::Completed);
	});
}

#[test]
fn record_recovery_follows_a_failed_verification() {
	ExtBuilder::default().build_and_execute(|| {
		let (program, _, grant) = granted();
		pay(grant);
		let recover = |who, amount| {
			Subsidies::record_recovery(RuntimeOrigin::signed(who), grant, amount, SPEI)
		};
		assert_noop!(recover(CONAFOR_ADMIN, 10_000), Error::<Test>::NoFailedVerification);
		verify(grant, 10, 0);
		assert_noop!(recover(CONAFOR_ADMIN, 0), Error::<Test>::InvalidAmount);
		assert_noop!(recover(CONAFOR_ADMIN, 60_001), Error::<Test>::InvalidAmount);
		assert_noop!(recover(SEMARNAT_ADMIN, 10_000), Error::<Test>::NoPermission);
		assert_noop!(recover(OWNER_A, 10_000), BadOrigin);
		// Cancelled after the failure, and the tranche recovered.
		assert_ok!(Subsidies::cancel_grant(RuntimeOrigin::signed(CONAFOR_ADMIN), grant, REASON));
		assert_ok!(recover(CONAFOR_ADMIN, 60_000));
		assert_eq!(last_event(), Event::AmountRecovered { grant, amount: 60_000, reference: SPEI });
		assert_eq!(ConceptTotals::<Test>::get(program, 0), Totals { committed: 60_000, paid: 0 });
		assert_eq!(Payments::<Test>::get(grant).len(), 2);
		// One recovery per failure.
		assert_noop!(recover(CONAFOR_ADMIN, 1), Error::<Test>::NoFailedVerification);
	});
}

#[test]
fn the_beneficiary_cannot_verify_its_own_grant_from_another_account() {
	ExtBuilder::default().build_and_execute(|| {
		let program = open_program();
		// The grant goes to VERIFYING_OWNER_OTHER, an account without the credential; the same
		// person's credentialed account VERIFYING_OWNER holds no land here.
		let property = register(VERIFYING_OWNER_OTHER, b"CAT-O", 0..4);
		let grant = approve(CONAFOR_ADMIN, apply(VERIFYING_OWNER_OTHER, program, property));
		assert_noop!(
			Subsidies::record_verification(
				RuntimeOrigin::signed(VERIFYING_OWNER),
				grant,
				Percent::from_percent(90),
				TEN_HA,
				EVIDENCE,
				BoundedVec::truncate_from(vec![cell(0)]),
			),
			Error::<Test>::NoPermission
		);
		verify(grant, 90, TEN_HA);
	});
}

#[test]
fn a_running_grant_owes_maintenance_reports_by_its_beneficiary() {
	use bmx_primitives::{
		governance::{ReportAnswerers, ReportObligations, ReportSubject},
		mock::MockReports,
	};
	ExtBuilder::default().build_and_execute(|| {
		let (_, _, grant) = granted();
		let subject = ReportSubject::SubsidyGrant(grant);
		// The first report is due one period after the approval.
		let now = System::block_number();
		assert_eq!(MockReports::<Test>::due(&subject), Some(now + MaintenanceReportPeriod::get()));
		assert!(Subsidies::answers_for(&subject, &OWNER_A));
		// The same person from its new account.
		assert!(Subsidies::answers_for(&subject, &OWNER_A_NEW));
		assert!(!Subsidies::answers_for(&subject, &OWNER_B));
		assert!(!Subsidies::answers_for(&ReportSubject::SubsidyGrant(grant + 1), &OWNER_A));
		assert!(!Subsidies::answers_for(&ReportSubject::Secretary, &OWNER_A));
		// A cancelled grant owes nothing more.
		assert_ok!(Subsidies::cancel_grant(RuntimeOrigin::signed(CONAFOR_ADMIN), grant, REASON));
		assert_eq!(MockReports::<Test>::due(&subject), None);
	});
}

#[test]
fn a_completed_grant_owes_no_more_reports() {
	use bmx_primitives::{
		governance::{ReportObligations, ReportSubject},
		mock::MockReports,
	};
	ExtBuilder::default().build_and_execute(|| {
		let (_, _, grant) = granted();
		pay(grant);
		verify(grant, 90, TEN_HA);
		pay(grant);
		assert_eq!(Grants::<Test>::get(grant).map(|g| g.status), Some(GrantStatus::Completed));
		assert_eq!(MockReports::<Test>::due(&ReportSubject::SubsidyGrant(grant)), None);
	});
}
