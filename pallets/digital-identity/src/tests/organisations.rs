//! Organisations: `verify_organisation`, `add_representative`, `remove_representative` and
//! `revoke_organisation`.

use super::*;

// verify_organisation

#[test]
fn verify_organisation_works() {
	ExtBuilder::default().build_and_execute(|| {
		verify_org(20, org_key(1), &[10, 11]);
		assert_eq!(
			last_event(),
			Event::OrganisationVerified {
				organisation: 20,
				organisation_key: org_key(1),
				registrar: SAT,
				representatives: representatives(&[10, 11]),
			}
		);
		let organisation = Organisations::<Test>::get(20).expect("verified");
		assert_eq!(organisation.key, org_key(1));
		assert_eq!(organisation.verified_at, NOW);
		assert_eq!(OrganisationKeys::<Test>::get(org_key(1)), Some(20));
		assert_eq!(DigitalIdentity::organisation_key(20), Some(org_key(1)));
		assert!(DigitalIdentity::is_representative(20, 11));
		assert!(!DigitalIdentity::is_representative(20, 12));
	});
}

#[test]
fn verify_organisation_requires_an_organisation_registrar() {
	ExtBuilder::default().build_and_execute(|| {
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(
				DigitalIdentity::verify_organisation(origin, 20, org_key(1), representatives(&[])),
				BadOrigin
			);
		}
		assert_noop!(
			DigitalIdentity::verify_organisation(
				RuntimeOrigin::signed(OUTSIDER),
				20,
				org_key(1),
				representatives(&[])
			),
			Error::<Test>::NotRegistrar
		);
		assert_noop!(
			DigitalIdentity::verify_organisation(
				RuntimeOrigin::signed(RENAPO),
				20,
				org_key(1),
				representatives(&[])
			),
			Error::<Test>::NotAccreditedForKind
		);
	});
}

#[test]
fn verify_organisation_rejects_a_duplicate_representative() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::verify_organisation(
				RuntimeOrigin::signed(SAT),
				20,
				org_key(1),
				representatives(&[10, 10])
			),
			Error::<Test>::DuplicateRepresentative
		);
	});
}

#[test]
fn verify_organisation_rejects_a_person() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_noop!(
			DigitalIdentity::verify_organisation(
				RuntimeOrigin::signed(SAT),
				10,
				org_key(1),
				representatives(&[])
			),
			Error::<Test>::AlreadyPerson
		);
	});
}

#[test]
fn verify_organisation_allows_one_organisation_per_account() {
	ExtBuilder::default().build_and_execute(|| {
		verify_org(20, org_key(1), &[]);
		assert_noop!(
			DigitalIdentity::verify_organisation(
				RuntimeOrigin::signed(SAT),
				20,
				org_key(2),
				representatives(&[])
			),
			Error::<Test>::AlreadyOrganisation
		);
	});
}

#[test]
fn verify_organisation_refuses_the_same_rfc_twice() {
	ExtBuilder::default().build_and_execute(|| {
		verify_org(20, org_key(1), &[]);
		assert_noop!(
			DigitalIdentity::verify_organisation(
				RuntimeOrigin::signed(SAT_OCCIDENTE),
				21,
				org_key(1),
				representatives(&[])
			),
			Error::<Test>::OrganisationAlreadyVerified
		);
	});
}

// add_representative and remove_representative

#[test]
fn add_representative_works() {
	ExtBuilder::default().build_and_execute(|| {
		verify_org(20, org_key(1), &[10]);
		assert_ok!(DigitalIdentity::add_representative(RuntimeOrigin::signed(SAT), 20, 11));
		assert_eq!(
			last_event(),
			Event::RepresentativeAdded { organisation: 20, representative: 11, registrar: SAT }
		);
		assert!(<DigitalIdentity as VerifiedOrganisations<u64>>::is_representative(&20, &11));
	});
}

#[test]
fn add_representative_passes_to_another_registrar_once_the_attesting_one_is_gone() {
	ExtBuilder::default().build_and_execute(|| {
		verify_org(20, org_key(1), &[10]);
		assert_ok!(DigitalIdentity::remove_registrar(RuntimeOrigin::root(), SAT));
		assert_ok!(DigitalIdentity::add_representative(
			RuntimeOrigin::signed(SAT_OCCIDENTE),
			20,
			11
		));
		assert_eq!(Organisations::<Test>::get(20).map(|o| o.registrar), Some(SAT_OCCIDENTE));
	});
}

#[test]
fn add_representative_requires_an_organisation_registrar() {
	ExtBuilder::default().build_and_execute(|| {
		verify_org(20, org_key(1), &[10]);
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(DigitalIdentity::add_representative(origin, 20, 11), BadOrigin);
		}
		assert_noop!(
			DigitalIdentity::add_representative(RuntimeOrigin::signed(10), 20, 11),
			Error::<Test>::NotRegistrar
		);
		assert_noop!(
			DigitalIdentity::add_representative(RuntimeOrigin::signed(RENAPO), 20, 11),
			Error::<Test>::NotAccreditedForKind
		);
	});
}

#[test]
fn add_representative_rejects_an_account_that_is_not_an_organisation() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::add_representative(RuntimeOrigin::signed(SAT), 20, 11),
			Error::<Test>::NotOrganisation
		);
	});
}

#[test]
fn add_representative_is_for_the_attesting_registrar_while_accredited() {
	ExtBuilder::default().build_and_execute(|| {
		verify_org(20, org_key(1), &[10]);
		assert_noop!(
			DigitalIdentity::add_representative(RuntimeOrigin::signed(SAT_OCCIDENTE), 20, 11),
			Error::<Test>::NotAttestingRegistrar
		);
	});
}

#[test]
fn add_representative_rejects_a_representative() {
	ExtBuilder::default().build_and_execute(|| {
		verify_org(20, org_key(1), &[10]);
		assert_noop!(
			DigitalIdentity::add_representative(RuntimeOrigin::signed(SAT), 20, 10),
			Error::<Test>::AlreadyRepresentative
		);
	});
}

#[test]
fn add_representative_keeps_max_representatives() {
	ExtBuilder::default().build_and_execute(|| {
		verify_org(20, org_key(1), &[10, 11]);
		assert_noop!(
			DigitalIdentity::add_representative(RuntimeOrigin::signed(SAT), 20, 12),
			Error::<Test>::TooManyRepresentatives
		);
	});
}

#[test]
fn remove_representative_works() {
	ExtBuilder::default().build_and_execute(|| {
		verify_org(20, org_key(1), &[10, 11]);
		assert_ok!(DigitalIdentity::remove_representative(RuntimeOrigin::signed(SAT), 20, 10));
		assert_eq!(
			last_event(),
			Event::RepresentativeRemoved { organisation: 20, representative: 10, registrar: SAT }
		);
		assert_eq!(
			Organisations::<Test>::get(20).map(|o| o.representatives),
			Some(representatives(&[11]))
		);
	});
}

#[test]
fn remove_representative_requires_an_organisation_registrar() {
	ExtBuilder::default().build_and_execute(|| {
		verify_org(20, org_key(1), &[10]);
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(DigitalIdentity::remove_representative(origin, 20, 10), BadOrigin);
		}
		assert_noop!(
			DigitalIdentity::remove_representative(RuntimeOrigin::signed(10), 20, 10),
			Error::<Test>::NotRegistrar
		);
		assert_noop!(
			DigitalIdentity::remove_representative(RuntimeOrigin::signed(SFP), 20, 10),
			Error::<Test>::NotAccreditedForKind
		);
	});
}

#[test]
fn remove_representative_rejects_an_account_that_is_not_an_organisation() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::remove_representative(RuntimeOrigin::signed(SAT), 20, 10),
			Error::<Test>::NotOrganisation
		);
	});
}

#[test]
fn remove_representative_is_for_the_attesting_registrar_while_accredited() {
	ExtBuilder::default().build_and_execute(|| {
		verify_org(20, org_key(1), &[10]);
		assert_noop!(
			DigitalIdentity::remove_representative(RuntimeOrigin::signed(SAT_OCCIDENTE), 20, 10),
			Error::<Test>::NotAttestingRegistrar
		);
	});
}

#[test]
fn remove_representative_rejects_an_account_that_is_not_one() {
	ExtBuilder::default().build_and_execute(|| {
		verify_org(20, org_key(1), &[10]);
		assert_noop!(
			DigitalIdentity::remove_representative(RuntimeOrigin::signed(SAT), 20, 11),
			Error::<Test>::NotRepresentative
		);
	});
}

// revoke_organisation

#[test]
fn revoke_organisation_works_and_frees_its_rfc() {
	ExtBuilder::default().build_and_execute(|| {
		verify_org(20, org_key(1), &[10]);
		bind(20, cert(2));
		issue(20, EVALUATOR, None);
		assert_ok!(DigitalIdentity::revoke_organisation(RuntimeOrigin::signed(SAT), 20, REASON));
		assert_eq!(
			last_event(),
			Event::OrganisationRevoked {
				organisation: 20,
				organisation_key: org_key(1),
				registrar: SAT,
				reason: REASON,
				credentials_removed: 1,
				efirma_unbound: Some(cert(2)),
			}
		);
		assert!(!Organisations::<Test>::contains_key(20));
		assert!(!OrganisationKeys::<Test>::contains_key(org_key(1)));
		assert!(!Efirmas::<Test>::contains_key(20));
		assert_eq!(records(EVALUATOR), 0);
		// The company moves to a new account.
		verify_org(21, org_key(1), &[10]);
	});
}

#[test]
fn revoke_organisation_requires_an_organisation_registrar() {
	ExtBuilder::default().build_and_execute(|| {
		verify_org(20, org_key(1), &[10]);
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(DigitalIdentity::revoke_organisation(origin, 20, REASON), BadOrigin);
		}
		assert_noop!(
			DigitalIdentity::revoke_organisation(RuntimeOrigin::signed(10), 20, REASON),
			Error::<Test>::NotRegistrar
		);
		assert_noop!(
			DigitalIdentity::revoke_organisation(RuntimeOrigin::signed(RENAPO), 20, REASON),
			Error::<Test>::NotAccreditedForKind
		);
	});
}

#[test]
fn revoke_organisation_rejects_an_account_that_is_not_an_organisation() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::revoke_organisation(RuntimeOrigin::signed(SAT), 20, REASON),
			Error::<Test>::NotOrganisation
		);
	});
}

#[test]
fn revoke_organisation_is_for_the_attesting_registrar_while_accredited() {
	ExtBuilder::default().build_and_execute(|| {
		verify_org(20, org_key(1), &[10]);
		assert_noop!(
			DigitalIdentity::revoke_organisation(RuntimeOrigin::signed(SAT_OCCIDENTE), 20, REASON),
			Error::<Test>::NotAttestingRegistrar
		);
	});
}
