//! Unit tests of the digital identity pallet. The genesis they start from is described in
//! `mock.rs`.

use crate::{
	mock::*,
	traits::{CredentialsInspect, EfirmaInspect, VerifiedOrganisations, VerifiedPersons},
	Adulthood, AttestationKind, CertificateHolders, CertificateId, Credential, CredentialStatus,
	CredentialTypeIdOf, CredentialTypes, Credentials, DocumentHash, Efirmas, Error, Event,
	Jurisdiction, MexicanState, Moment, OrganisationKey, OrganisationKeys, Organisations,
	PersonKey, PersonKeyState, PersonKeys, Persons, Registrars, Residency, Signatures, SigningAct,
	YearMonth,
};
use codec::Encode;
use frame_support::{assert_noop, assert_ok, traits::Hooks};
use sp_core::H256;
use sp_runtime::DispatchError::BadOrigin;

use AttestationKind::{Credential as CredentialKind, Efirma, Organisation, Person};

/// The hash of a signed document.
const DOC: DocumentHash = H256::repeat_byte(0xd0);
/// The hash of another document.
const DOC2: DocumentHash = H256::repeat_byte(0xd1);
/// The hash of a third document.
const DOC3: DocumentHash = H256::repeat_byte(0xd2);
/// The hash of a written resolution.
const REASON: DocumentHash = H256::repeat_byte(0xee);
/// A year, in milliseconds.
const YEAR: Moment = 365 * DAY;
/// The start of the test certificates' validity.
const NOT_BEFORE: Moment = NOW - DAY;
/// The end of the test certificates' validity.
const NOT_AFTER: Moment = NOW + YEAR;
/// 2027-04-01 00:00 UTC.
const APRIL_2027: Moment = 1_806_537_600_000;

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::DigitalIdentity(e) = r.event { Some(e) } else { None })
		.collect()
}

fn last_event() -> Event<Test> {
	events().pop().expect("an event of the pallet was emitted")
}

/// A person key.
fn key(n: u8) -> PersonKey {
	H256::repeat_byte(n)
}

/// An organisation key.
fn org_key(n: u8) -> OrganisationKey {
	H256::repeat_byte(0xa0 + n)
}

/// A certificate fingerprint.
fn cert(n: u8) -> CertificateId {
	H256::repeat_byte(0xc0 + n)
}

/// A minor who counts as an adult from `month` of `year`.
fn minor(year: u16, month: u8) -> Adulthood {
	Adulthood::Minor { adult_from: YearMonth { year, month } }
}

/// A residency in a municipality that is not an INEGI code.
fn nowhere() -> Residency {
	Residency::National(Jurisdiction { state: MexicanState::Jalisco, municipality: 0 })
}

/// RENAPO verifies `who` as the adult person `person_key` living in Guadalajara.
fn verify(who: u64, person_key: PersonKey) {
	assert_ok!(DigitalIdentity::verify_person(
		RuntimeOrigin::signed(RENAPO),
		who,
		person_key,
		GUADALAJARA,
		Adulthood::Adult,
	));
}

/// SAT verifies `organisation` with `organisation_key` and `reps`.
fn verify_org(organisation: u64, organisation_key: OrganisationKey, reps: &[u64]) {
	assert_ok!(DigitalIdentity::verify_organisation(
		RuntimeOrigin::signed(SAT),
		organisation,
		organisation_key,
		representatives(reps),
	));
}

/// SAT binds `certificate`, valid from [`NOT_BEFORE`] to [`NOT_AFTER`], to `who`.
fn bind(who: u64, certificate: CertificateId) {
	assert_ok!(DigitalIdentity::bind_efirma(
		RuntimeOrigin::signed(SAT),
		who,
		certificate,
		NOT_BEFORE,
		NOT_AFTER,
	));
}

/// SFP issues a credential of `credential_type` to `subject`.
fn issue(subject: u64, credential_type: u32, expires_at: Option<Moment>) {
	assert_ok!(DigitalIdentity::issue_credential(
		RuntimeOrigin::signed(SFP),
		subject,
		credential_type,
		expires_at,
	));
}

/// `who` signs `document` for `why`.
fn sign(who: u64, document: DocumentHash, why: &[u8]) {
	assert_ok!(DigitalIdentity::sign_document(RuntimeOrigin::signed(who), document, purpose(why)));
}

fn records(credential_type: u32) -> u32 {
	CredentialTypes::<Test>::get(credential_type)
		.map(|t| t.records)
		.unwrap_or_default()
}

// Genesis, configuration and types.

#[test]
fn genesis_builds_credential_types_and_registrars() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(CredentialTypes::<Test>::count(), 3);
		assert_eq!(CredentialTypeIdOf::<Test>::get(name(b"Almacenista")), Some(WAREHOUSE_OFFICER));
		assert_eq!(records(EVALUATOR), 0);
		assert_eq!(Registrars::<Test>::count(), 5);
		let sat = Registrars::<Test>::get(SAT).expect("genesis registrar");
		assert_eq!(sat.name, name(b"SAT"));
		assert_eq!(sat.kinds, kinds(&[Organisation, Efirma]));
		assert_eq!(sat.accredited_at, 0);
		assert!(DigitalIdentity::is_accredited(&SFP, CredentialKind(FIELD_VERIFIER)));
		assert!(!DigitalIdentity::is_accredited(&SFP, CredentialKind(WAREHOUSE_OFFICER)));
	});
}

#[test]
#[should_panic(expected = "genesis registrar refused")]
fn genesis_rejects_a_registrar_for_a_missing_credential_type() {
	ExtBuilder::default()
		.registrars(vec![(SFP, b"SFP".to_vec(), vec![CredentialKind(9)])])
		.build();
}

#[test]
#[should_panic(expected = "genesis credential type refused")]
fn genesis_rejects_duplicate_credential_type_names() {
	ExtBuilder::default()
		.credential_types(vec![b"Almacenista".to_vec(), b"Almacenista".to_vec()])
		.registrars(vec![])
		.build();
}

#[test]
fn integrity_test_passes() {
	ExtBuilder::default().build_and_execute(|| {
		<DigitalIdentity as Hooks<u64>>::integrity_test();
	});
}

#[test]
#[should_panic(expected = "MaxSignersPerDocument must be at least 1")]
fn integrity_test_requires_room_for_a_signer() {
	MaxSignersPerDocument::set(0);
	<DigitalIdentity as Hooks<u64>>::integrity_test();
}

#[test]
fn year_month_containing_follows_the_calendar() {
	assert_eq!(YearMonth::containing(0), YearMonth { year: 1970, month: 1 });
	// 2000-02-29, a leap day, and the last millisecond before March.
	assert_eq!(YearMonth::containing(951_782_400_000), YearMonth { year: 2000, month: 2 });
	assert_eq!(YearMonth::containing(951_868_800_000 - 1), YearMonth { year: 2000, month: 2 });
	assert_eq!(YearMonth::containing(951_868_800_000), YearMonth { year: 2000, month: 3 });
	// 2024-12-31 and the genesis time of the tests.
	assert_eq!(YearMonth::containing(1_735_603_200_000), YearMonth { year: 2024, month: 12 });
	assert_eq!(YearMonth::containing(NOW), YearMonth { year: 2026, month: 11 });
	assert_eq!(YearMonth::containing(APRIL_2027 - 1), YearMonth { year: 2027, month: 3 });
	assert_eq!(YearMonth::containing(APRIL_2027), YearMonth { year: 2027, month: 4 });
	assert_eq!(YearMonth::containing(u64::MAX).year, u16::MAX);
}

#[test]
fn states_encode_as_their_inegi_codes() {
	assert_eq!(MexicanState::Aguascalientes.encode(), vec![1]);
	assert_eq!(MexicanState::Jalisco.encode(), vec![14]);
	assert_eq!(MexicanState::Zacatecas.encode(), vec![32]);
	assert_eq!(MexicanState::CiudadDeMexico.inegi_code(), 9);
}

#[test]
fn credential_status_puts_revocation_before_expiry() {
	let credential =
		Credential { issuer: SFP, issued_at: 0, expires_at: Some(10), revoked_at: None };
	assert_eq!(credential.status_at(9), CredentialStatus::Valid);
	assert_eq!(credential.status_at(10), CredentialStatus::Expired);
	let revoked = Credential { revoked_at: Some(5), ..credential };
	assert_eq!(revoked.status_at(9), CredentialStatus::Revoked);
	assert_eq!(revoked.status_at(10), CredentialStatus::Revoked);
}

// accredit_registrar

#[test]
fn accredit_registrar_works() {
	ExtBuilder::default().build_and_execute(|| {
		let new_kinds = kinds(&[Person, CredentialKind(WAREHOUSE_OFFICER)]);
		assert_ok!(DigitalIdentity::accredit_registrar(
			RuntimeOrigin::root(),
			6,
			name(b"Registro Civil Oaxaca"),
			new_kinds.clone(),
		));
		assert_eq!(
			last_event(),
			Event::RegistrarAccredited {
				registrar: 6,
				name: name(b"Registro Civil Oaxaca"),
				kinds: new_kinds.clone(),
			}
		);
		let stored = Registrars::<Test>::get(6).expect("accredited");
		assert_eq!(stored.kinds, new_kinds);
		assert_eq!(stored.accredited_at, 1);
		assert_eq!(Registrars::<Test>::count(), 6);
	});
}

#[test]
fn accredit_registrar_replaces_name_and_kinds_even_when_full() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(DigitalIdentity::accredit_registrar(
			RuntimeOrigin::root(),
			6,
			name(b"Sexto"),
			kinds(&[Person]),
		));
		assert_ok!(DigitalIdentity::accredit_registrar(
			RuntimeOrigin::root(),
			SFP,
			name(b"Secretaria Anticorrupcion"),
			kinds(&[CredentialKind(EVALUATOR)]),
		));
		let sfp = Registrars::<Test>::get(SFP).expect("still accredited");
		assert_eq!(sfp.name, name(b"Secretaria Anticorrupcion"));
		assert!(!DigitalIdentity::is_accredited(&SFP, CredentialKind(FIELD_VERIFIER)));
		assert_eq!(Registrars::<Test>::count(), 6);
	});
}

#[test]
fn accredit_registrar_requires_the_registrar_origin() {
	ExtBuilder::default().build_and_execute(|| {
		for origin in [RuntimeOrigin::signed(RENAPO), RuntimeOrigin::none()] {
			assert_noop!(
				DigitalIdentity::accredit_registrar(origin, 6, name(b"X"), kinds(&[Person])),
				BadOrigin
			);
		}
	});
}

#[test]
fn accredit_registrar_rejects_an_empty_name() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::accredit_registrar(
				RuntimeOrigin::root(),
				6,
				name(b""),
				kinds(&[Person])
			),
			Error::<Test>::EmptyName
		);
	});
}

#[test]
fn accredit_registrar_rejects_no_kinds() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::accredit_registrar(RuntimeOrigin::root(), 6, name(b"X"), kinds(&[])),
			Error::<Test>::NoKinds
		);
	});
}

#[test]
fn accredit_registrar_rejects_an_unknown_credential_type() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::accredit_registrar(
				RuntimeOrigin::root(),
				6,
				name(b"X"),
				kinds(&[CredentialKind(3)])
			),
			Error::<Test>::UnknownCredentialType
		);
	});
}

#[test]
fn accredit_registrar_keeps_max_registrars() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(DigitalIdentity::accredit_registrar(
			RuntimeOrigin::root(),
			6,
			name(b"Sexto"),
			kinds(&[Person]),
		));
		assert_noop!(
			DigitalIdentity::accredit_registrar(
				RuntimeOrigin::root(),
				7,
				name(b"Septimo"),
				kinds(&[Person])
			),
			Error::<Test>::TooManyRegistrars
		);
	});
}

// remove_registrar

#[test]
fn remove_registrar_works_and_keeps_its_attestations() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_ok!(DigitalIdentity::remove_registrar(RuntimeOrigin::root(), RENAPO));
		assert_eq!(last_event(), Event::RegistrarRemoved { registrar: RENAPO });
		assert!(!Registrars::<Test>::contains_key(RENAPO));
		assert_eq!(Registrars::<Test>::count(), 4);
		assert_eq!(DigitalIdentity::person_key(10), Some(key(1)));
		assert_noop!(
			DigitalIdentity::verify_person(
				RuntimeOrigin::signed(RENAPO),
				11,
				key(2),
				GUADALAJARA,
				Adulthood::Adult
			),
			Error::<Test>::NotRegistrar
		);
	});
}

#[test]
fn remove_registrar_requires_the_registrar_origin() {
	ExtBuilder::default().build_and_execute(|| {
		for origin in [RuntimeOrigin::signed(RENAPO), RuntimeOrigin::none()] {
			assert_noop!(DigitalIdentity::remove_registrar(origin, RENAPO), BadOrigin);
		}
	});
}

#[test]
fn remove_registrar_rejects_an_account_that_is_not_one() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::remove_registrar(RuntimeOrigin::root(), OUTSIDER),
			Error::<Test>::NotRegistrar
		);
	});
}

// register_credential_type

#[test]
fn register_credential_type_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(DigitalIdentity::register_credential_type(
			RuntimeOrigin::root(),
			name(b"Perito valuador"),
		));
		assert_eq!(
			last_event(),
			Event::CredentialTypeRegistered { credential_type: 3, name: name(b"Perito valuador") }
		);
		assert_eq!(CredentialTypeIdOf::<Test>::get(name(b"Perito valuador")), Some(3));
		assert_eq!(CredentialTypes::<Test>::get(3).map(|t| t.records), Some(0));
	});
}

#[test]
fn register_credential_type_requires_the_registrar_origin() {
	ExtBuilder::default().build_and_execute(|| {
		for origin in [RuntimeOrigin::signed(SFP), RuntimeOrigin::none()] {
			assert_noop!(
				DigitalIdentity::register_credential_type(origin, name(b"Perito valuador")),
				BadOrigin
			);
		}
	});
}

#[test]
fn register_credential_type_rejects_an_empty_name() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::register_credential_type(RuntimeOrigin::root(), name(b"")),
			Error::<Test>::EmptyName
		);
	});
}

#[test]
fn register_credential_type_rejects_a_taken_name() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::register_credential_type(RuntimeOrigin::root(), name(b"Almacenista")),
			Error::<Test>::CredentialTypeNameTaken
		);
	});
}

#[test]
fn register_credential_type_keeps_max_credential_types() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(DigitalIdentity::register_credential_type(RuntimeOrigin::root(), name(b"IV")));
		assert_noop!(
			DigitalIdentity::register_credential_type(RuntimeOrigin::root(), name(b"V")),
			Error::<Test>::TooManyCredentialTypes
		);
	});
}

// verify_person

#[test]
fn verify_person_works() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_eq!(
			last_event(),
			Event::PersonVerified {
				who: 10,
				person_key: key(1),
				registrar: RENAPO,
				residency: GUADALAJARA,
				adulthood: Adulthood::Adult,
			}
		);
		let person = Persons::<Test>::get(10).expect("verified");
		assert_eq!(person.key, key(1));
		assert_eq!(person.registrar, RENAPO);
		assert_eq!(person.verified_at, NOW);
		assert_eq!(PersonKeys::<Test>::get(key(1)), Some(PersonKeyState::Bound(10)));
		assert!(DigitalIdentity::is_adult(10));
	});
}

#[test]
fn verify_person_records_a_minor_who_becomes_an_adult_by_itself() {
	ExtBuilder::default().build_and_execute(|| {
		// Turns 18 on 2027-03-10: an adult from April 2027.
		assert_ok!(DigitalIdentity::verify_person(
			RuntimeOrigin::signed(CIVIL_REGISTRY),
			11,
			key(2),
			Residency::Abroad,
			minor(2027, 4),
		));
		assert!(!DigitalIdentity::is_adult(11));
		set_now(APRIL_2027 - 1);
		assert!(!<DigitalIdentity as VerifiedPersons<u64>>::is_adult(&11));
		set_now(APRIL_2027);
		assert!(DigitalIdentity::is_adult(11));
		assert!(<DigitalIdentity as VerifiedPersons<u64>>::is_adult(&11));
	});
}

#[test]
fn verify_person_requires_a_person_registrar() {
	ExtBuilder::default().build_and_execute(|| {
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(
				DigitalIdentity::verify_person(origin, 10, key(1), GUADALAJARA, Adulthood::Adult),
				BadOrigin
			);
		}
		assert_noop!(
			DigitalIdentity::verify_person(
				RuntimeOrigin::signed(OUTSIDER),
				10,
				key(1),
				GUADALAJARA,
				Adulthood::Adult
			),
			Error::<Test>::NotRegistrar
		);
		assert_noop!(
			DigitalIdentity::verify_person(
				RuntimeOrigin::signed(SAT),
				10,
				key(1),
				GUADALAJARA,
				Adulthood::Adult
			),
			Error::<Test>::NotAccreditedForKind
		);
	});
}

#[test]
fn verify_person_rejects_malformed_attributes() {
	ExtBuilder::default().build_and_execute(|| {
		let too_high =
			Residency::National(Jurisdiction { state: MexicanState::Oaxaca, municipality: 1000 });
		for residency in [nowhere(), too_high] {
			assert_noop!(
				DigitalIdentity::verify_person(
					RuntimeOrigin::signed(RENAPO),
					10,
					key(1),
					residency,
					Adulthood::Adult
				),
				Error::<Test>::InvalidMunicipality
			);
		}
		for adulthood in [minor(2030, 13), minor(2030, 0)] {
			assert_noop!(
				DigitalIdentity::verify_person(
					RuntimeOrigin::signed(RENAPO),
					10,
					key(1),
					GUADALAJARA,
					adulthood
				),
				Error::<Test>::InvalidMonth
			);
		}
		// The current month has begun: the person is an adult and must be recorded as one.
		for adulthood in [minor(2026, 11), minor(2001, 6)] {
			assert_noop!(
				DigitalIdentity::verify_person(
					RuntimeOrigin::signed(RENAPO),
					10,
					key(1),
					GUADALAJARA,
					adulthood
				),
				Error::<Test>::AlreadyAdult
			);
		}
	});
}

#[test]
fn verify_person_allows_one_identity_per_account() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_noop!(
			DigitalIdentity::verify_person(
				RuntimeOrigin::signed(RENAPO),
				10,
				key(2),
				GUADALAJARA,
				Adulthood::Adult
			),
			Error::<Test>::AlreadyPerson
		);
	});
}

#[test]
fn verify_person_rejects_an_organisation() {
	ExtBuilder::default().build_and_execute(|| {
		verify_org(20, org_key(1), &[]);
		assert_noop!(
			DigitalIdentity::verify_person(
				RuntimeOrigin::signed(RENAPO),
				20,
				key(1),
				GUADALAJARA,
				Adulthood::Adult
			),
			Error::<Test>::AlreadyOrganisation
		);
	});
}

#[test]
fn verify_person_refuses_the_same_person_through_another_registrar() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_noop!(
			DigitalIdentity::verify_person(
				RuntimeOrigin::signed(CIVIL_REGISTRY),
				11,
				key(1),
				OAXACA,
				Adulthood::Adult
			),
			Error::<Test>::PersonAlreadyVerified
		);
	});
}

#[test]
fn verify_person_refuses_a_cleared_key() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_ok!(DigitalIdentity::clear_identity(RuntimeOrigin::signed(10)));
		for who in [10, 11] {
			assert_noop!(
				DigitalIdentity::verify_person(
					RuntimeOrigin::signed(CIVIL_REGISTRY),
					who,
					key(1),
					OAXACA,
					Adulthood::Adult
				),
				Error::<Test>::PersonKeyCleared
			);
		}
	});
}

// update_person

#[test]
fn update_person_works() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_ok!(DigitalIdentity::update_person(
			RuntimeOrigin::signed(CIVIL_REGISTRY),
			10,
			OAXACA,
			Adulthood::Adult,
		));
		assert_eq!(
			last_event(),
			Event::PersonUpdated {
				who: 10,
				registrar: CIVIL_REGISTRY,
				residency: OAXACA,
				adulthood: Adulthood::Adult,
			}
		);
		let person = Persons::<Test>::get(10).expect("still verified");
		assert_eq!(person.residency, OAXACA);
		assert_eq!(person.registrar, CIVIL_REGISTRY);
		assert_eq!(person.key, key(1));
	});
}

#[test]
fn update_person_requires_a_person_registrar() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(
				DigitalIdentity::update_person(origin, 10, OAXACA, Adulthood::Adult),
				BadOrigin
			);
		}
		assert_noop!(
			DigitalIdentity::update_person(
				RuntimeOrigin::signed(OUTSIDER),
				10,
				OAXACA,
				Adulthood::Adult
			),
			Error::<Test>::NotRegistrar
		);
		assert_noop!(
			DigitalIdentity::update_person(
				RuntimeOrigin::signed(SFP),
				10,
				OAXACA,
				Adulthood::Adult
			),
			Error::<Test>::NotAccreditedForKind
		);
	});
}

#[test]
fn update_person_rejects_malformed_attributes() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		let renapo = RuntimeOrigin::signed(RENAPO);
		assert_noop!(
			DigitalIdentity::update_person(renapo.clone(), 10, nowhere(), Adulthood::Adult),
			Error::<Test>::InvalidMunicipality
		);
		assert_noop!(
			DigitalIdentity::update_person(renapo.clone(), 10, OAXACA, minor(2030, 13)),
			Error::<Test>::InvalidMonth
		);
		assert_noop!(
			DigitalIdentity::update_person(renapo, 10, OAXACA, minor(2026, 11)),
			Error::<Test>::AlreadyAdult
		);
	});
}

#[test]
fn update_person_rejects_an_account_that_is_not_a_person() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::update_person(
				RuntimeOrigin::signed(RENAPO),
				10,
				OAXACA,
				Adulthood::Adult
			),
			Error::<Test>::NotPerson
		);
	});
}

// recover_person

#[test]
fn recover_person_moves_an_identity_to_a_new_account() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		issue(10, EVALUATOR, None);
		issue(10, FIELD_VERIFIER, Some(NOW + YEAR));
		sign(10, DOC, b"Acta de fallo");
		// The person lost the key of account 10 and shows up at a civil registry.
		assert_ok!(DigitalIdentity::recover_person(
			RuntimeOrigin::signed(CIVIL_REGISTRY),
			key(1),
			11,
			OAXACA,
			Adulthood::Adult,
		));
		assert_eq!(
			last_event(),
			Event::PersonRecovered {
				person_key: key(1),
				from: Some(10),
				to: 11,
				registrar: CIVIL_REGISTRY,
				residency: OAXACA,
				adulthood: Adulthood::Adult,
				credentials_moved: 2,
				efirma_unbound: Some(cert(1)),
			}
		);
		assert_eq!(PersonKeys::<Test>::get(key(1)), Some(PersonKeyState::Bound(11)));
		assert!(!Persons::<Test>::contains_key(10));
		assert_eq!(DigitalIdentity::person_key(11), Some(key(1)));
		assert_eq!(DigitalIdentity::residency(11), Some(OAXACA));
		// The credentials follow the person; the binding does not follow the lost account.
		assert_eq!(DigitalIdentity::credential_status(11, EVALUATOR), CredentialStatus::Valid);
		assert_eq!(DigitalIdentity::credential_status(10, EVALUATOR), CredentialStatus::NotIssued);
		assert_eq!(records(EVALUATOR), 1);
		assert!(!Efirmas::<Test>::contains_key(10));
		assert!(!CertificateHolders::<Test>::contains_key(cert(1)));
		// The signing act stays on record.
		assert_eq!(DigitalIdentity::signatures(DOC).len(), 1);
		// SAT binds the same certificate to the new account.
		bind(11, cert(1));
	});
}

#[test]
fn recover_person_binds_a_cleared_key_again() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_ok!(DigitalIdentity::clear_identity(RuntimeOrigin::signed(10)));
		assert_ok!(DigitalIdentity::recover_person(
			RuntimeOrigin::signed(RENAPO),
			key(1),
			10,
			GUADALAJARA,
			Adulthood::Adult,
		));
		assert_eq!(
			last_event(),
			Event::PersonRecovered {
				person_key: key(1),
				from: None,
				to: 10,
				registrar: RENAPO,
				residency: GUADALAJARA,
				adulthood: Adulthood::Adult,
				credentials_moved: 0,
				efirma_unbound: None,
			}
		);
		assert_eq!(PersonKeys::<Test>::get(key(1)), Some(PersonKeyState::Bound(10)));
	});
}

#[test]
fn recover_person_requires_a_person_registrar() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(
				DigitalIdentity::recover_person(origin, key(1), 11, OAXACA, Adulthood::Adult),
				BadOrigin
			);
		}
		// The person itself cannot move its identity: that takes a registrar.
		assert_noop!(
			DigitalIdentity::recover_person(
				RuntimeOrigin::signed(10),
				key(1),
				11,
				OAXACA,
				Adulthood::Adult
			),
			Error::<Test>::NotRegistrar
		);
		assert_noop!(
			DigitalIdentity::recover_person(
				RuntimeOrigin::signed(SAT),
				key(1),
				11,
				OAXACA,
				Adulthood::Adult
			),
			Error::<Test>::NotAccreditedForKind
		);
	});
}

#[test]
fn recover_person_rejects_malformed_attributes() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		let renapo = RuntimeOrigin::signed(RENAPO);
		assert_noop!(
			DigitalIdentity::recover_person(
				renapo.clone(),
				key(1),
				11,
				nowhere(),
				Adulthood::Adult
			),
			Error::<Test>::InvalidMunicipality
		);
		assert_noop!(
			DigitalIdentity::recover_person(renapo.clone(), key(1), 11, OAXACA, minor(2030, 0)),
			Error::<Test>::InvalidMonth
		);
		assert_noop!(
			DigitalIdentity::recover_person(renapo, key(1), 11, OAXACA, minor(2026, 1)),
			Error::<Test>::AlreadyAdult
		);
	});
}

#[test]
fn recover_person_rejects_an_unknown_key() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::recover_person(
				RuntimeOrigin::signed(RENAPO),
				key(9),
				11,
				OAXACA,
				Adulthood::Adult
			),
			Error::<Test>::PersonKeyNotFound
		);
	});
}

#[test]
fn recover_person_rejects_an_account_that_is_a_person() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		verify(11, key(2));
		for to in [10, 11] {
			assert_noop!(
				DigitalIdentity::recover_person(
					RuntimeOrigin::signed(RENAPO),
					key(1),
					to,
					OAXACA,
					Adulthood::Adult
				),
				Error::<Test>::AlreadyPerson
			);
		}
	});
}

#[test]
fn recover_person_rejects_an_organisation() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		verify_org(20, org_key(1), &[]);
		assert_noop!(
			DigitalIdentity::recover_person(
				RuntimeOrigin::signed(RENAPO),
				key(1),
				20,
				OAXACA,
				Adulthood::Adult
			),
			Error::<Test>::AlreadyOrganisation
		);
	});
}

// revoke_person

#[test]
fn revoke_person_works() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		issue(10, EVALUATOR, None);
		assert_ok!(DigitalIdentity::revoke_person(
			RuntimeOrigin::signed(CIVIL_REGISTRY),
			10,
			REASON
		));
		assert_eq!(
			last_event(),
			Event::PersonRevoked {
				who: 10,
				person_key: key(1),
				registrar: CIVIL_REGISTRY,
				reason: REASON,
				credentials_removed: 1,
				efirma_unbound: Some(cert(1)),
			}
		);
		assert!(!Persons::<Test>::contains_key(10));
		assert_eq!(PersonKeys::<Test>::get(key(1)), Some(PersonKeyState::Cleared));
		assert!(!Efirmas::<Test>::contains_key(10));
		assert!(!Credentials::<Test>::contains_key(10, EVALUATOR));
		assert_eq!(records(EVALUATOR), 0);
	});
}

#[test]
fn revoke_person_requires_a_person_registrar() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(DigitalIdentity::revoke_person(origin, 10, REASON), BadOrigin);
		}
		assert_noop!(
			DigitalIdentity::revoke_person(RuntimeOrigin::signed(10), 10, REASON),
			Error::<Test>::NotRegistrar
		);
		assert_noop!(
			DigitalIdentity::revoke_person(RuntimeOrigin::signed(SAT), 10, REASON),
			Error::<Test>::NotAccreditedForKind
		);
	});
}

#[test]
fn revoke_person_rejects_an_account_that_is_not_a_person() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::revoke_person(RuntimeOrigin::signed(RENAPO), 10, REASON),
			Error::<Test>::NotPerson
		);
	});
}

// clear_identity

#[test]
fn clear_identity_works_and_keeps_the_key_reserved() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		issue(10, EVALUATOR, None);
		issue(10, FIELD_VERIFIER, None);
		sign(10, DOC, b"Contrato");
		assert_ok!(DigitalIdentity::clear_identity(RuntimeOrigin::signed(10)));
		assert_eq!(
			last_event(),
			Event::IdentityCleared {
				who: 10,
				person_key: key(1),
				credentials_removed: 2,
				efirma_unbound: Some(cert(1)),
			}
		);
		assert!(!Persons::<Test>::contains_key(10));
		assert_eq!(PersonKeys::<Test>::get(key(1)), Some(PersonKeyState::Cleared));
		assert_eq!(DigitalIdentity::person_key(10), None);
		assert!(!DigitalIdentity::is_efirma_bound(10));
		assert_eq!(
			DigitalIdentity::credential_status(10, FIELD_VERIFIER),
			CredentialStatus::NotIssued
		);
		assert_eq!(records(FIELD_VERIFIER), 0);
		// What it signed stays on record.
		assert_eq!(DigitalIdentity::signatures(DOC).first().map(|a| a.signer), Some(10));
	});
}

#[test]
fn clear_identity_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(DigitalIdentity::clear_identity(origin), BadOrigin);
		}
	});
}

#[test]
fn clear_identity_is_for_verified_persons() {
	ExtBuilder::default().build_and_execute(|| {
		verify_org(20, org_key(1), &[]);
		for who in [20, OUTSIDER] {
			assert_noop!(
				DigitalIdentity::clear_identity(RuntimeOrigin::signed(who)),
				Error::<Test>::NotPerson
			);
		}
	});
}

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

// bind_efirma

#[test]
fn bind_efirma_works() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		assert_eq!(
			last_event(),
			Event::EfirmaBound {
				who: 10,
				certificate: cert(1),
				registrar: SAT,
				not_before: NOT_BEFORE,
				not_after: NOT_AFTER,
				replaced: None,
			}
		);
		let binding = Efirmas::<Test>::get(10).expect("bound");
		assert_eq!(binding.bound_at, NOW);
		assert_eq!(binding.acts, 0);
		assert_eq!(CertificateHolders::<Test>::get(cert(1)), Some(10));
		assert!(DigitalIdentity::is_efirma_bound(10));
		// An organisation's e.firma (de persona moral) too.
		verify_org(20, org_key(1), &[10]);
		bind(20, cert(2));
		assert!(<DigitalIdentity as EfirmaInspect<u64>>::is_efirma_bound(&20));
	});
}

#[test]
fn bind_efirma_replaces_a_certificate_on_renewal() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		sign(10, DOC, b"Contrato");
		bind(10, cert(2));
		assert_eq!(
			last_event(),
			Event::EfirmaBound {
				who: 10,
				certificate: cert(2),
				registrar: SAT,
				not_before: NOT_BEFORE,
				not_after: NOT_AFTER,
				replaced: Some(cert(1)),
			}
		);
		assert!(!CertificateHolders::<Test>::contains_key(cert(1)));
		assert_eq!(Efirmas::<Test>::get(10).map(|b| b.acts), Some(0));
	});
}

#[test]
fn bind_efirma_requires_an_efirma_registrar() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(
				DigitalIdentity::bind_efirma(origin, 10, cert(1), NOT_BEFORE, NOT_AFTER),
				BadOrigin
			);
		}
		assert_noop!(
			DigitalIdentity::bind_efirma(
				RuntimeOrigin::signed(10),
				10,
				cert(1),
				NOT_BEFORE,
				NOT_AFTER
			),
			Error::<Test>::NotRegistrar
		);
		assert_noop!(
			DigitalIdentity::bind_efirma(
				RuntimeOrigin::signed(RENAPO),
				10,
				cert(1),
				NOT_BEFORE,
				NOT_AFTER
			),
			Error::<Test>::NotAccreditedForKind
		);
	});
}

#[test]
fn bind_efirma_rejects_an_empty_validity_period() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_noop!(
			DigitalIdentity::bind_efirma(
				RuntimeOrigin::signed(SAT),
				10,
				cert(1),
				NOT_AFTER,
				NOT_AFTER
			),
			Error::<Test>::InvalidValidityPeriod
		);
	});
}

#[test]
fn bind_efirma_rejects_an_expired_certificate() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_noop!(
			DigitalIdentity::bind_efirma(RuntimeOrigin::signed(SAT), 10, cert(1), NOW - YEAR, NOW),
			Error::<Test>::CertificateExpired
		);
	});
}

#[test]
fn bind_efirma_requires_an_identified_account() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::bind_efirma(
				RuntimeOrigin::signed(SAT),
				OUTSIDER,
				cert(1),
				NOT_BEFORE,
				NOT_AFTER
			),
			Error::<Test>::NotIdentified
		);
	});
}

#[test]
fn bind_efirma_binds_a_certificate_to_one_account() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		verify(11, key(2));
		bind(10, cert(1));
		for who in [10, 11] {
			assert_noop!(
				DigitalIdentity::bind_efirma(
					RuntimeOrigin::signed(SAT),
					who,
					cert(1),
					NOT_BEFORE,
					NOT_AFTER
				),
				Error::<Test>::CertificateInUse
			);
		}
	});
}

#[test]
fn bind_efirma_replaces_only_its_own_bindings_while_accredited() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		assert_noop!(
			DigitalIdentity::bind_efirma(
				RuntimeOrigin::signed(SAT_OCCIDENTE),
				10,
				cert(2),
				NOT_BEFORE,
				NOT_AFTER
			),
			Error::<Test>::NotAttestingRegistrar
		);
	});
}

// revoke_efirma

#[test]
fn revoke_efirma_works() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		assert_ok!(DigitalIdentity::revoke_efirma(RuntimeOrigin::signed(SAT), 10));
		assert_eq!(
			last_event(),
			Event::EfirmaRevoked { who: 10, certificate: cert(1), registrar: SAT }
		);
		assert!(!Efirmas::<Test>::contains_key(10));
		assert!(!CertificateHolders::<Test>::contains_key(cert(1)));
		assert_noop!(
			DigitalIdentity::sign_document(RuntimeOrigin::signed(10), DOC, purpose(b"Contrato")),
			Error::<Test>::NotEfirmaBound
		);
	});
}

#[test]
fn revoke_efirma_requires_an_efirma_registrar() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(DigitalIdentity::revoke_efirma(origin, 10), BadOrigin);
		}
		assert_noop!(
			DigitalIdentity::revoke_efirma(RuntimeOrigin::signed(10), 10),
			Error::<Test>::NotRegistrar
		);
		assert_noop!(
			DigitalIdentity::revoke_efirma(RuntimeOrigin::signed(RENAPO), 10),
			Error::<Test>::NotAccreditedForKind
		);
	});
}

#[test]
fn revoke_efirma_rejects_an_account_without_one() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_noop!(
			DigitalIdentity::revoke_efirma(RuntimeOrigin::signed(SAT), 10),
			Error::<Test>::NotEfirmaBound
		);
	});
}

#[test]
fn revoke_efirma_is_for_the_binding_registrar_while_accredited() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		assert_noop!(
			DigitalIdentity::revoke_efirma(RuntimeOrigin::signed(SAT_OCCIDENTE), 10),
			Error::<Test>::NotAttestingRegistrar
		);
		// Once SAT's account loses the e.firma kind, the regional office may.
		assert_ok!(DigitalIdentity::accredit_registrar(
			RuntimeOrigin::root(),
			SAT,
			name(b"SAT"),
			kinds(&[Organisation]),
		));
		assert_ok!(DigitalIdentity::revoke_efirma(RuntimeOrigin::signed(SAT_OCCIDENTE), 10));
	});
}

// sign_document

#[test]
fn sign_document_works() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		System::set_block_number(7);
		sign(10, DOC, b"Acta de fallo");
		assert_eq!(
			last_event(),
			Event::DocumentSigned {
				document: DOC,
				signer: 10,
				certificate: cert(1),
				purpose: purpose(b"Acta de fallo"),
				signed_at: NOW,
			}
		);
		assert_eq!(
			DigitalIdentity::signatures(DOC),
			vec![SigningAct {
				signer: 10,
				certificate: cert(1),
				purpose: b"Acta de fallo".to_vec(),
				signed_at: NOW,
				block: 7,
			}]
		);
		assert_eq!(Efirmas::<Test>::get(10).map(|b| b.acts), Some(1));
		assert!(DigitalIdentity::signatures(DOC2).is_empty());
	});
}

#[test]
fn sign_document_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(
				DigitalIdentity::sign_document(origin, DOC, purpose(b"Contrato")),
				BadOrigin
			);
		}
	});
}

#[test]
fn sign_document_rejects_an_empty_purpose() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		assert_noop!(
			DigitalIdentity::sign_document(RuntimeOrigin::signed(10), DOC, purpose(b"")),
			Error::<Test>::EmptyPurpose
		);
	});
}

#[test]
fn sign_document_requires_an_efirma() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_noop!(
			DigitalIdentity::sign_document(RuntimeOrigin::signed(10), DOC, purpose(b"Contrato")),
			Error::<Test>::NotEfirmaBound
		);
	});
}

#[test]
fn sign_document_waits_for_the_certificate_to_be_valid() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_ok!(DigitalIdentity::bind_efirma(
			RuntimeOrigin::signed(SAT),
			10,
			cert(1),
			NOW + DAY,
			NOT_AFTER,
		));
		assert!(!DigitalIdentity::is_efirma_bound(10));
		assert_noop!(
			DigitalIdentity::sign_document(RuntimeOrigin::signed(10), DOC, purpose(b"Contrato")),
			Error::<Test>::CertificateNotYetValid
		);
		set_now(NOW + DAY);
		sign(10, DOC, b"Contrato");
	});
}

#[test]
fn sign_document_refuses_an_expired_certificate() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		set_now(NOT_AFTER - 1);
		sign(10, DOC, b"Contrato");
		set_now(NOT_AFTER);
		assert!(!DigitalIdentity::is_efirma_bound(10));
		assert_noop!(
			DigitalIdentity::sign_document(RuntimeOrigin::signed(10), DOC2, purpose(b"Contrato")),
			Error::<Test>::CertificateExpired
		);
	});
}

#[test]
fn sign_document_is_bounded_per_binding() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		sign(10, DOC, b"Uno");
		sign(10, DOC2, b"Dos");
		assert_noop!(
			DigitalIdentity::sign_document(RuntimeOrigin::signed(10), DOC3, purpose(b"Tres")),
			Error::<Test>::TooManySigningActs
		);
		// A new certificate starts a new count.
		bind(10, cert(2));
		sign(10, DOC3, b"Tres");
	});
}

#[test]
fn sign_document_records_one_act_per_signer() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		bind(10, cert(1));
		sign(10, DOC, b"Contrato");
		assert_noop!(
			DigitalIdentity::sign_document(RuntimeOrigin::signed(10), DOC, purpose(b"Otra vez")),
			Error::<Test>::AlreadySigned
		);
	});
}

#[test]
fn sign_document_keeps_max_signers() {
	ExtBuilder::default().build_and_execute(|| {
		for (who, n) in [(10, 1), (11, 2), (12, 3)] {
			verify(who, key(n));
			bind(who, cert(n));
		}
		sign(10, DOC, b"Comprador");
		sign(11, DOC, b"Proveedor");
		assert_noop!(
			DigitalIdentity::sign_document(RuntimeOrigin::signed(12), DOC, purpose(b"Testigo")),
			Error::<Test>::TooManySigners
		);
		let signers: Vec<u64> = DigitalIdentity::signatures(DOC).iter().map(|a| a.signer).collect();
		assert_eq!(signers, vec![10, 11]);
	});
}

// issue_credential

#[test]
fn issue_credential_works() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		issue(10, EVALUATOR, Some(NOW + YEAR));
		assert_eq!(
			last_event(),
			Event::CredentialIssued {
				subject: 10,
				credential_type: EVALUATOR,
				issuer: SFP,
				expires_at: Some(NOW + YEAR),
			}
		);
		assert_eq!(
			Credentials::<Test>::get(10, EVALUATOR),
			Some(Credential {
				issuer: SFP,
				issued_at: NOW,
				expires_at: Some(NOW + YEAR),
				revoked_at: None
			})
		);
		assert_eq!(records(EVALUATOR), 1);
		assert_eq!(DigitalIdentity::credential_status(10, EVALUATOR), CredentialStatus::Valid);
		assert!(<DigitalIdentity as CredentialsInspect<u64>>::has_credential(&10, EVALUATOR));
		assert!(!<DigitalIdentity as CredentialsInspect<u64>>::has_credential(&10, FIELD_VERIFIER));
	});
}

#[test]
fn credentials_expire_at_once() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		issue(10, EVALUATOR, Some(NOW + DAY));
		set_now(NOW + DAY - 1);
		assert_eq!(DigitalIdentity::credential_status(10, EVALUATOR), CredentialStatus::Valid);
		set_now(NOW + DAY);
		assert_eq!(DigitalIdentity::credential_status(10, EVALUATOR), CredentialStatus::Expired);
		assert!(!<DigitalIdentity as CredentialsInspect<u64>>::has_credential(&10, EVALUATOR));
	});
}

#[test]
fn issue_credential_renews_and_reinstates() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		issue(10, EVALUATOR, Some(NOW + DAY));
		set_now(NOW + 2 * DAY);
		assert_eq!(DigitalIdentity::credential_status(10, EVALUATOR), CredentialStatus::Expired);
		issue(10, EVALUATOR, Some(NOW + YEAR));
		assert_eq!(DigitalIdentity::credential_status(10, EVALUATOR), CredentialStatus::Valid);
		assert_ok!(DigitalIdentity::revoke_credential(RuntimeOrigin::signed(SFP), 10, EVALUATOR));
		issue(10, EVALUATOR, None);
		assert_eq!(DigitalIdentity::credential_status(10, EVALUATOR), CredentialStatus::Valid);
		assert_eq!(records(EVALUATOR), 1);
	});
}

#[test]
fn issue_credential_requires_an_issuer_of_that_type() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(DigitalIdentity::issue_credential(origin, 10, EVALUATOR, None), BadOrigin);
		}
		assert_noop!(
			DigitalIdentity::issue_credential(RuntimeOrigin::signed(10), 10, EVALUATOR, None),
			Error::<Test>::NotRegistrar
		);
		// SFP issues types 0 and 1, not warehouse officers; SAT issues none.
		assert_noop!(
			DigitalIdentity::issue_credential(
				RuntimeOrigin::signed(SFP),
				10,
				WAREHOUSE_OFFICER,
				None
			),
			Error::<Test>::NotAccreditedForKind
		);
		assert_noop!(
			DigitalIdentity::issue_credential(RuntimeOrigin::signed(SAT), 10, EVALUATOR, None),
			Error::<Test>::NotAccreditedForKind
		);
	});
}

#[test]
fn issue_credential_rejects_an_expiry_in_the_past() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_noop!(
			DigitalIdentity::issue_credential(RuntimeOrigin::signed(SFP), 10, EVALUATOR, Some(NOW)),
			Error::<Test>::ExpiryInPast
		);
	});
}

#[test]
fn issue_credential_requires_an_identified_subject() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			DigitalIdentity::issue_credential(
				RuntimeOrigin::signed(SFP),
				OUTSIDER,
				EVALUATOR,
				None
			),
			Error::<Test>::NotIdentified
		);
	});
}

#[test]
fn issue_credential_over_another_issuers_credential_waits_for_its_accreditation_to_end() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		issue(10, FIELD_VERIFIER, None);
		assert_noop!(
			DigitalIdentity::issue_credential(
				RuntimeOrigin::signed(SAT_OCCIDENTE),
				10,
				FIELD_VERIFIER,
				None
			),
			Error::<Test>::NotAttestingRegistrar
		);
		assert_ok!(DigitalIdentity::accredit_registrar(
			RuntimeOrigin::root(),
			SFP,
			name(b"SFP"),
			kinds(&[CredentialKind(EVALUATOR)]),
		));
		assert_ok!(DigitalIdentity::issue_credential(
			RuntimeOrigin::signed(SAT_OCCIDENTE),
			10,
			FIELD_VERIFIER,
			None
		));
		assert_eq!(
			Credentials::<Test>::get(10, FIELD_VERIFIER).map(|c| c.issuer),
			Some(SAT_OCCIDENTE)
		);
	});
}

// revoke_credential

#[test]
fn revoke_credential_works_at_once() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		issue(10, EVALUATOR, None);
		assert_ok!(DigitalIdentity::revoke_credential(RuntimeOrigin::signed(SFP), 10, EVALUATOR));
		assert_eq!(
			last_event(),
			Event::CredentialRevoked { subject: 10, credential_type: EVALUATOR, registrar: SFP }
		);
		assert_eq!(DigitalIdentity::credential_status(10, EVALUATOR), CredentialStatus::Revoked);
		assert_eq!(Credentials::<Test>::get(10, EVALUATOR).and_then(|c| c.revoked_at), Some(NOW));
		assert_eq!(records(EVALUATOR), 1);
	});
}

#[test]
fn revoke_credential_requires_an_issuer_of_that_type() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		issue(10, EVALUATOR, None);
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(DigitalIdentity::revoke_credential(origin, 10, EVALUATOR), BadOrigin);
		}
		assert_noop!(
			DigitalIdentity::revoke_credential(RuntimeOrigin::signed(10), 10, EVALUATOR),
			Error::<Test>::NotRegistrar
		);
		assert_noop!(
			DigitalIdentity::revoke_credential(RuntimeOrigin::signed(SAT_OCCIDENTE), 10, EVALUATOR),
			Error::<Test>::NotAccreditedForKind
		);
	});
}

#[test]
fn revoke_credential_rejects_a_missing_credential() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_noop!(
			DigitalIdentity::revoke_credential(RuntimeOrigin::signed(SFP), 10, EVALUATOR),
			Error::<Test>::CredentialNotFound
		);
	});
}

#[test]
fn revoke_credential_is_for_the_issuer_while_accredited() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		issue(10, FIELD_VERIFIER, None);
		assert_noop!(
			DigitalIdentity::revoke_credential(
				RuntimeOrigin::signed(SAT_OCCIDENTE),
				10,
				FIELD_VERIFIER
			),
			Error::<Test>::NotAttestingRegistrar
		);
		assert_ok!(DigitalIdentity::remove_registrar(RuntimeOrigin::root(), SFP));
		assert_ok!(DigitalIdentity::revoke_credential(
			RuntimeOrigin::signed(SAT_OCCIDENTE),
			10,
			FIELD_VERIFIER
		));
		assert_eq!(
			last_event(),
			Event::CredentialRevoked {
				subject: 10,
				credential_type: FIELD_VERIFIER,
				registrar: SAT_OCCIDENTE,
			}
		);
	});
}

#[test]
fn revoke_credential_rejects_a_revoked_credential() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		issue(10, EVALUATOR, None);
		assert_ok!(DigitalIdentity::revoke_credential(RuntimeOrigin::signed(SFP), 10, EVALUATOR));
		assert_noop!(
			DigitalIdentity::revoke_credential(RuntimeOrigin::signed(SFP), 10, EVALUATOR),
			Error::<Test>::CredentialAlreadyRevoked
		);
	});
}

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

#[test]
fn unit_implementations_know_nobody() {
	assert_eq!(<() as VerifiedPersons<u64>>::person_key(&10), None);
	assert_eq!(<() as VerifiedPersons<u64>>::residency_of(&10), None);
	assert_eq!(<() as VerifiedPersons<u64>>::jurisdiction_of(&10), None);
	assert!(!<() as VerifiedPersons<u64>>::is_adult(&10));
	assert_eq!(<() as VerifiedOrganisations<u64>>::organisation_key(&20), None);
	assert!(!<() as VerifiedOrganisations<u64>>::is_representative(&20, &10));
	assert!(!<() as CredentialsInspect<u64>>::has_credential(&10, EVALUATOR));
	assert!(!<() as EfirmaInspect<u64>>::is_efirma_bound(&10));
}

// Invariants.

#[test]
fn try_state_detects_a_person_key_pointing_elsewhere() {
	ExtBuilder::default().build().execute_with(|| {
		verify(10, key(1));
		verify(11, key(2));
		assert_ok!(DigitalIdentity::do_try_state());
		PersonKeys::<Test>::insert(key(1), PersonKeyState::Bound(11));
		assert_eq!(
			DigitalIdentity::do_try_state(),
			Err("a person whose key does not point back to it".into())
		);
	});
}

#[test]
fn try_state_detects_two_keys_for_one_person() {
	ExtBuilder::default().build().execute_with(|| {
		verify(10, key(1));
		assert_ok!(DigitalIdentity::do_try_state());
		PersonKeys::<Test>::insert(key(2), PersonKeyState::Bound(10));
		assert_eq!(
			DigitalIdentity::do_try_state(),
			Err("a bound person key whose account does not hold it".into())
		);
	});
}

#[test]
fn try_state_detects_an_organisation_key_of_no_organisation() {
	ExtBuilder::default().build().execute_with(|| {
		verify_org(20, org_key(1), &[]);
		assert_ok!(DigitalIdentity::do_try_state());
		OrganisationKeys::<Test>::insert(org_key(2), 20);
		assert_eq!(
			DigitalIdentity::do_try_state(),
			Err("organisation keys of no organisation".into())
		);
	});
}

#[test]
fn try_state_detects_a_wrong_credential_count() {
	ExtBuilder::default().build().execute_with(|| {
		verify(10, key(1));
		issue(10, EVALUATOR, None);
		assert_ok!(DigitalIdentity::do_try_state());
		CredentialTypes::<Test>::mutate(EVALUATOR, |t| {
			if let Some(info) = t {
				info.records = 2;
			}
		});
		assert_eq!(
			DigitalIdentity::do_try_state(),
			Err("credential records count out of step".into())
		);
	});
}

#[test]
fn try_state_detects_a_credential_of_an_unidentified_subject() {
	ExtBuilder::default().build().execute_with(|| {
		verify(10, key(1));
		issue(10, EVALUATOR, None);
		assert_ok!(DigitalIdentity::do_try_state());
		Persons::<Test>::remove(10);
		PersonKeys::<Test>::insert(key(1), PersonKeyState::Cleared);
		assert_eq!(
			DigitalIdentity::do_try_state(),
			Err("a credential of an unidentified subject".into())
		);
	});
}

#[test]
fn try_state_detects_a_certificate_bound_twice() {
	ExtBuilder::default().build().execute_with(|| {
		verify(10, key(1));
		verify(11, key(2));
		bind(10, cert(1));
		bind(11, cert(2));
		assert_ok!(DigitalIdentity::do_try_state());
		Efirmas::<Test>::mutate(11, |b| {
			if let Some(binding) = b {
				binding.certificate = cert(1);
			}
		});
		assert_eq!(
			DigitalIdentity::do_try_state(),
			Err("a binding whose certificate does not point back to it".into())
		);
	});
}

#[test]
fn try_state_detects_a_signer_twice_on_a_document() {
	ExtBuilder::default().build().execute_with(|| {
		verify(10, key(1));
		bind(10, cert(1));
		sign(10, DOC, b"Contrato");
		assert_ok!(DigitalIdentity::do_try_state());
		Signatures::<Test>::mutate(DOC, |acts| {
			let copy = acts.first().cloned().expect("one act");
			acts.try_push(copy).expect("room for a second signer");
		});
		assert_eq!(DigitalIdentity::do_try_state(), Err("a signer twice on one document".into()));
	});
}

// The journey.

#[test]
fn journey_from_accreditation_to_a_signed_award_and_a_revoked_credential() {
	ExtBuilder::default().registrars(vec![]).build_and_execute(|| {
		// Governance accredits RENAPO for persons and SAT for organisations and e.firma, and
		// the anticorruption secretariat for tender evaluators.
		let accredit = |who: u64, label: &[u8], list: &[AttestationKind]| {
			assert_ok!(DigitalIdentity::accredit_registrar(
				RuntimeOrigin::root(),
				who,
				name(label),
				kinds(list),
			));
		};
		accredit(RENAPO, b"RENAPO", &[Person]);
		accredit(SAT, b"SAT", &[Organisation, Efirma]);
		accredit(SFP, b"SFP", &[CredentialKind(EVALUATOR)]);
		accredit(CIVIL_REGISTRY, b"Registro Civil Jalisco", &[Person]);

		// Ana shows her CURP and her fingerprints at RENAPO, which computes her person key with
		// the registrars' secret (mx-ids) and verifies her account 10.
		let ana = key(1);
		verify(10, ana);
		assert_eq!(DigitalIdentity::person_key(10), Some(ana));

		// SAT verifies Constructora del Bajio (account 20), with Ana as its representative,
		// and binds Ana's e.firma to her account.
		verify_org(20, org_key(1), &[10]);
		bind(10, cert(1));
		assert!(DigitalIdentity::is_efirma_bound(10));

		// Ana signs the company's bid for a tender; anyone can check who signed it and when.
		set_now(NOW + DAY);
		System::set_block_number(2);
		sign(10, DOC, b"Propuesta LA-01");
		assert_eq!(
			DigitalIdentity::signatures(DOC),
			vec![SigningAct {
				signer: 10,
				certificate: cert(1),
				purpose: b"Propuesta LA-01".to_vec(),
				signed_at: NOW + DAY,
				block: 2,
			}]
		);
		assert!(DigitalIdentity::is_representative(20, 10));

		// Ana is certified as a tender evaluator, then the certification is revoked: from that
		// moment she no longer counts as one.
		issue(10, EVALUATOR, Some(NOW + YEAR));
		assert!(<DigitalIdentity as CredentialsInspect<u64>>::has_credential(&10, EVALUATOR));
		assert_ok!(DigitalIdentity::revoke_credential(RuntimeOrigin::signed(SFP), 10, EVALUATOR));
		assert_eq!(DigitalIdentity::credential_status(10, EVALUATOR), CredentialStatus::Revoked);
		assert!(!<DigitalIdentity as CredentialsInspect<u64>>::has_credential(&10, EVALUATOR));

		// Ana tries to get a second identity at the civil registry with another account: her
		// CURP gives the same person key, so she cannot.
		assert_noop!(
			DigitalIdentity::verify_person(
				RuntimeOrigin::signed(CIVIL_REGISTRY),
				11,
				ana,
				OAXACA,
				Adulthood::Adult
			),
			Error::<Test>::PersonAlreadyVerified
		);
		assert_eq!(DigitalIdentity::person_key(11), None);
	});
}
