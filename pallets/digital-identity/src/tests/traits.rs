//! The traits other pallets read this pallet through.

use super::*;

// Traits for other pallets.

#[test]
fn traits_for_other_pallets_read_the_pallet() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_ok!(DigitalIdentity::verify_person(
			RuntimeOrigin::signed(RENAPO),
			11,
			key(2),
			Residency::Abroad,
			Adulthood::Adult,
		));
		verify_org(20, org_key(1), &[10]);
		bind(10, cert(1));
		issue(20, EVALUATOR, None);

		assert_eq!(<DigitalIdentity as VerifiedPersons<u64>>::person_key(&10), Some(key(1)));
		assert_eq!(<DigitalIdentity as VerifiedPersons<u64>>::person_key(&20), None);
		assert_eq!(
			<DigitalIdentity as VerifiedPersons<u64>>::jurisdiction_of(&10),
			Some(Jurisdiction { state: MexicanState::Jalisco, municipality: 39 })
		);
		assert_eq!(
			<DigitalIdentity as VerifiedPersons<u64>>::residency_of(&11),
			Some(Residency::Abroad)
		);
		assert_eq!(<DigitalIdentity as VerifiedPersons<u64>>::jurisdiction_of(&11), None);
		assert!(<DigitalIdentity as VerifiedPersons<u64>>::is_adult(&11));
		assert!(!<DigitalIdentity as VerifiedPersons<u64>>::is_adult(&20));
		assert_eq!(
			<DigitalIdentity as VerifiedOrganisations<u64>>::organisation_key(&20),
			Some(org_key(1))
		);
		assert_eq!(<DigitalIdentity as VerifiedOrganisations<u64>>::organisation_key(&10), None);
		assert!(<DigitalIdentity as VerifiedOrganisations<u64>>::is_representative(&20, &10));
		assert!(!<DigitalIdentity as VerifiedOrganisations<u64>>::is_representative(&10, &10));
		assert!(<DigitalIdentity as EfirmaInspect<u64>>::is_efirma_bound(&10));
		assert!(!<DigitalIdentity as EfirmaInspect<u64>>::is_efirma_bound(&11));
		assert!(<DigitalIdentity as CredentialsInspect<u64>>::has_credential(&20, EVALUATOR));
	});
}
