//! e.firma as the runtime wires it: SAT (`//Two`, the development registrar for e.firma) binds
//! certificates with their holders' proofs, signing acts carry the e.firma key's signature and
//! verify again later, and tender contracts count only acts signed by the signer's own key.

use super::*;
use crate::DigitalIdentity;
use bmx_efirma_testing::{self as test_keys, TestKey};
use bmx_primitives::{
	efirma::{RsaSignature, Statement},
	identity::{Adulthood, EfirmaInspect, Jurisdiction, MexicanState, Residency},
};
use frame_support::{assert_noop, dispatch::DispatchResult};
use pallet_digital_identity::{CertificateId, Error as IdentityError};

const RENAPO: Sr25519Keyring = Sr25519Keyring::One;
const SAT: Sr25519Keyring = Sr25519Keyring::Two;
/// An hour, in milliseconds.
const HOUR: u64 = 3_600_000;

fn account(seed: u8) -> AccountId {
	AccountId::from([seed; 32])
}

fn serial(digits: &str) -> CertificateId {
	digits.as_bytes().to_vec().try_into().expect("20 digits fit")
}

/// SAT binds certificate `serial` with test key `key`, valid for a year from now, to `who`,
/// with the holder's proof.
fn bind(who: &AccountId, serial: &CertificateId, key: TestKey) -> DispatchResult {
	bind_proved_by(who, serial, key, key)
}

/// As [`bind`], with the binding proof made by `prover`'s key.
fn bind_proved_by(
	who: &AccountId,
	serial: &CertificateId,
	key: TestKey,
	prover: TestKey,
) -> DispatchResult {
	let statement = Statement::<AccountId, u64>::Binding {
		genesis: DigitalIdentity::genesis_hash(),
		account: who.clone(),
		serial: serial.clone(),
	};
	let now = pallet_timestamp::Now::<Runtime>::get();
	DigitalIdentity::bind_efirma(
		RuntimeOrigin::signed(SAT.to_account_id()),
		who.clone(),
		serial.clone(),
		test_keys::public(key),
		now,
		now + 365 * 24 * HOUR,
		test_keys::sign(prover, &statement.message()),
	)
}

/// `key`'s signature of `who` signing `document` for `purpose`, allowed from now for an hour.
fn signature(
	key: TestKey,
	who: &AccountId,
	document: DocumentHash,
	purpose: &[u8],
) -> (u64, u64, RsaSignature) {
	let now = pallet_timestamp::Now::<Runtime>::get();
	let statement = Statement::<AccountId, u64>::Signing {
		genesis: DigitalIdentity::genesis_hash(),
		document,
		purpose: purpose.to_vec().try_into().expect("a short purpose"),
		signer: who.clone(),
		not_before: now,
		not_after: now + HOUR,
	};
	(now, now + HOUR, test_keys::sign(key, &statement.message()))
}

fn sign(who: &AccountId, document: DocumentHash, purpose: &[u8], key: TestKey) -> DispatchResult {
	let (not_before, not_after, signature) = signature(key, who, document, purpose);
	DigitalIdentity::sign_document(
		RuntimeOrigin::signed(who.clone()),
		document,
		purpose.to_vec().try_into().expect("a short purpose"),
		not_before,
		not_after,
		signature,
	)
}

#[test]
fn a_company_and_its_representative_sign_a_contract_with_their_own_efirma() {
	preset_ext(presets::DEVELOPMENT_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		let (company, representative) = (account(1), account(2));
		// SAT verifies the company with María as its representative; RENAPO verifies María.
		assert_ok!(DigitalIdentity::verify_organisation(
			RuntimeOrigin::signed(SAT.to_account_id()),
			company.clone(),
			sp_core::H256::repeat_byte(0x0c),
			vec![representative.clone()].try_into().expect("one representative"),
		));
		assert_ok!(DigitalIdentity::verify_person(
			RuntimeOrigin::signed(RENAPO.to_account_id()),
			representative.clone(),
			sp_core::H256::repeat_byte(0x0b),
			Residency::National(Jurisdiction { state: MexicanState::Jalisco, municipality: 39 }),
			Adulthood::Adult,
		));
		// The company binds its e.firma (de persona moral); María binds her own. A proof made
		// with another key does not bind.
		let (company_cert, her_cert) =
			(serial("99001000000500000001"), serial("99001000000500000002"));
		assert_noop!(
			bind_proved_by(&company, &company_cert, TestKey::A, TestKey::B),
			IdentityError::<Runtime>::InvalidSignature
		);
		assert_ok!(bind(&company, &company_cert, TestKey::A));
		assert_ok!(bind(&representative, &her_cert, TestKey::B));
		assert!(DigitalIdentity::is_efirma_bound(company.clone()));

		// María signs the contract with her key; the company's key cannot sign for her.
		let contract = sp_core::H256::repeat_byte(0xc0);
		assert_noop!(
			sign(&representative, contract, b"Contrato LA-01", TestKey::A),
			IdentityError::<Runtime>::InvalidSignature
		);
		assert_ok!(sign(&representative, contract, b"Contrato LA-01", TestKey::B));
		assert_ok!(sign(&company, contract, b"Contrato LA-01", TestKey::A));

		// Anyone checks both again against the certificates' keys; the tenders pallet sees that
		// María signed this document, and no other.
		assert_eq!(
			DigitalIdentity::check_signing_act(contract, representative.clone()),
			Some(true)
		);
		assert_eq!(DigitalIdentity::check_signing_act(contract, company.clone()), Some(true));
		let acts = DigitalIdentity::signatures(contract);
		assert_eq!(acts.len(), 2);
		assert_eq!(acts[0].certificate, her_cert);
		let (record, revoked) = DigitalIdentity::certificate(her_cert.clone()).expect("recorded");
		assert_eq!(
			(record.holder, record.key, revoked),
			(representative.clone(), test_keys::public(TestKey::B), None)
		);
		assert!(<DigitalIdentity as EfirmaInspect<AccountId>>::has_signed(
			&representative,
			&contract
		));
		assert!(DigitalIdentity::is_representative(company.clone(), representative.clone()));
		// A tampered document hash has no act, and María's signature does not verify for it.
		let tampered = sp_core::H256::repeat_byte(0xc1);
		assert_eq!(DigitalIdentity::check_signing_act(tampered, representative.clone()), None);
		assert!(!<DigitalIdentity as EfirmaInspect<AccountId>>::has_signed(
			&representative,
			&tampered
		));
		let (not_before, not_after, her_signature) =
			signature(TestKey::B, &representative, contract, b"Contrato LA-01");
		assert_noop!(
			DigitalIdentity::sign_document(
				RuntimeOrigin::signed(representative.clone()),
				tampered,
				b"Contrato LA-01".to_vec().try_into().expect("short"),
				not_before,
				not_after,
				her_signature,
			),
			IdentityError::<Runtime>::InvalidSignature
		);

		// SAT revokes María's certificate: she cannot sign again; what she signed stays valid.
		assert_ok!(DigitalIdentity::revoke_certificate(
			RuntimeOrigin::signed(SAT.to_account_id()),
			her_cert.clone()
		));
		assert_noop!(
			sign(&representative, tampered, b"Otro", TestKey::B),
			IdentityError::<Runtime>::CertificateRevoked
		);
		assert_eq!(DigitalIdentity::check_signing_act(contract, representative), Some(true));
		assert_invariants();
	});
}

#[test]
fn a_recovery_waits_a_week_and_the_executive_council_can_cancel_it() {
	preset_ext(presets::DEVELOPMENT_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		let (lost, new) = (account(3), account(4));
		let person_key = sp_core::H256::repeat_byte(0x0d);
		let guadalajara =
			Residency::National(Jurisdiction { state: MexicanState::Jalisco, municipality: 39 });
		assert_ok!(DigitalIdentity::verify_person(
			RuntimeOrigin::signed(RENAPO.to_account_id()),
			lost.clone(),
			person_key,
			guadalajara,
			Adulthood::Adult,
		));
		assert_ok!(DigitalIdentity::announce_recovery(
			RuntimeOrigin::signed(RENAPO.to_account_id()),
			person_key,
			new.clone(),
			guadalajara,
			Adulthood::Adult,
		));
		let pending = DigitalIdentity::pending_recovery(person_key).expect("announced");
		assert_eq!(pending.effective_at, 1 + 7 * crate::DAYS);
		// The council decides within the week (its motions last at most that long).
		executive_decides(RuntimeCall::DigitalIdentity(
			pallet_digital_identity::Call::cancel_recovery { person_key },
		));
		assert_eq!(DigitalIdentity::pending_recovery(person_key), None);
		assert!(System::block_number() < pending.effective_at);
		assert_eq!(DigitalIdentity::person_key(lost), Some(person_key));
		assert_eq!(DigitalIdentity::person_key(new), None);
		assert_invariants();
	});
}
