//! Unit tests of the digital identity pallet, one module per topic. The genesis they start from
//! is described in `mock.rs`; the helpers below are shared by every module.

use crate::{
	mock::*,
	traits::{
		CredentialsInspect, EfirmaInspect, ResidencyRoll, VerifiedOrganisations, VerifiedPersons,
	},
	Adulthood, AttestationKind, CertificateId, Certificates, Credential, CredentialAwaitingConsent,
	CredentialStatus, CredentialTypeIdOf, CredentialTypes, Credentials, CredentialsAwaitingConsent,
	DocumentHash, Efirmas, Error, Event, Jurisdiction, MexicanState, Moment, OrganisationKey,
	OrganisationKeys, Organisations, PendingRecovery, PersonKey, PersonKeyState, PersonKeys,
	Persons, RecoveryCanceller, RecoveryTargets, Registrars, Residency, ResidencyChange,
	ResidencyHistory, Signatures, SigningAct, YearMonth,
};
use bmx_efirma_testing::{self as test_keys, TestKey};
use bmx_primitives::efirma::{RsaSignature, Statement};
use frame_support::{assert_noop, assert_ok, dispatch::DispatchResult, traits::Hooks, BoundedVec};
use sp_core::H256;
use sp_runtime::DispatchError::BadOrigin;

use AttestationKind::{Credential as CredentialKind, Efirma, Organisation, Person};

mod credentials;
mod efirma;
mod genesis;
mod journey;
mod organisations;
mod persons;
mod recovery;
mod registrars;
mod residency;
mod traits;
mod try_state;

/// The hash of a signed document.
const DOC: DocumentHash = H256::repeat_byte(0xd0);
/// The hash of another document.
const DOC2: DocumentHash = H256::repeat_byte(0xd1);
/// The hash of a third document.
const DOC3: DocumentHash = H256::repeat_byte(0xd2);
/// The hash of a written resolution.
const REASON: DocumentHash = H256::repeat_byte(0xee);
/// An hour, in milliseconds.
const HOUR: Moment = 3_600_000;
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

/// The serial number of test certificate `n`: 20 ASCII digits, as SAT's.
fn cert(n: u8) -> CertificateId {
	BoundedVec::truncate_from(format!("300010000005000034{n:02}").into_bytes())
}

/// The holder's proof with `key` for binding `certificate` to `who`.
fn proof(key: TestKey, who: u64, certificate: &CertificateId) -> RsaSignature {
	let statement = Statement::<u64, Moment>::Binding {
		genesis: DigitalIdentity::genesis_hash(),
		account: who,
		serial: certificate.clone(),
	};
	test_keys::sign(key, &statement.message())
}

/// SAT binds `certificate` with test key `key`, valid `not_before..not_after`, to `who`, with
/// the holder's proof.
fn bind_with(
	who: u64,
	certificate: CertificateId,
	key: TestKey,
	not_before: Moment,
	not_after: Moment,
) -> DispatchResult {
	let proof = proof(key, who, &certificate);
	DigitalIdentity::bind_efirma(
		RuntimeOrigin::signed(SAT),
		who,
		certificate,
		test_keys::public(key),
		not_before,
		not_after,
		proof,
	)
}

/// `origin` binds `certificate` (test key A), valid from [`NOT_BEFORE`] to [`NOT_AFTER`], to
/// `who`, with the holder's proof.
fn bind_by(origin: RuntimeOrigin, who: u64, certificate: CertificateId) -> DispatchResult {
	let proof = proof(TestKey::A, who, &certificate);
	DigitalIdentity::bind_efirma(
		origin,
		who,
		certificate,
		test_keys::public(TestKey::A),
		NOT_BEFORE,
		NOT_AFTER,
		proof,
	)
}

/// `key`'s signature of `who` signing `document` for `why` within `window`.
fn signature(
	key: TestKey,
	who: u64,
	document: DocumentHash,
	why: &[u8],
	(not_before, not_after): (Moment, Moment),
) -> RsaSignature {
	let statement = Statement::<u64, Moment>::Signing {
		genesis: DigitalIdentity::genesis_hash(),
		document,
		purpose: BoundedVec::truncate_from(why.to_vec()),
		signer: who,
		not_before,
		not_after,
	};
	test_keys::sign(key, &statement.message())
}

/// `who` registers its signature (test key A) of `document` for `why`, allowed from now for an
/// hour.
fn sign_call(who: u64, document: DocumentHash, why: &[u8]) -> DispatchResult {
	let window = (DigitalIdentity::now(), DigitalIdentity::now() + HOUR);
	DigitalIdentity::sign_document(
		RuntimeOrigin::signed(who),
		document,
		purpose(why),
		window.0,
		window.1,
		signature(TestKey::A, who, document, why, window),
	)
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

/// SAT binds `certificate` (test key A), valid from [`NOT_BEFORE`] to [`NOT_AFTER`], to `who`.
fn bind(who: u64, certificate: CertificateId) {
	assert_ok!(bind_with(who, certificate, TestKey::A, NOT_BEFORE, NOT_AFTER));
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

/// Person 10 (`key(1)`), verified by RENAPO, bound by SAT to `cert(1)` and holding an evaluator
/// credential from SFP.
fn attested_person() {
	verify(10, key(1));
	bind(10, cert(1));
	issue(10, EVALUATOR, None);
}

/// `who` signs `document` for `why`.
fn sign(who: u64, document: DocumentHash, why: &[u8]) {
	assert_ok!(sign_call(who, document, why));
}

/// `registrar` announces that `person_key` moves to `to`, living at `residency`, as an adult.
fn announce(registrar: u64, person_key: PersonKey, to: u64, residency: Residency) {
	assert_ok!(DigitalIdentity::announce_recovery(
		RuntimeOrigin::signed(registrar),
		person_key,
		to,
		residency,
		Adulthood::Adult,
	));
}

/// Let [`RECOVERY_DELAY`] blocks pass.
fn pass_recovery_delay() {
	System::set_block_number(System::block_number() + RECOVERY_DELAY);
}

/// `registrar` recovers `person_key` to `to`, living at `residency`: announced, the delay passed,
/// completed by `to`.
fn recover(registrar: u64, person_key: PersonKey, to: u64, residency: Residency) {
	announce(registrar, person_key, to, residency);
	pass_recovery_delay();
	assert_ok!(DigitalIdentity::complete_recovery(RuntimeOrigin::signed(to), person_key));
}

fn records(credential_type: u32) -> u32 {
	CredentialTypes::<Test>::get(credential_type)
		.map(|t| t.records)
		.unwrap_or_default()
}
