//! Digital identity: registrars (RENAPO, SAT, ...) accredited by the Executive Council, verified
//! persons and organisations as keyed commitments, e.firma bindings, signing acts and credentials.

use frame_support::traits::{ConstU32, ConstU64};

use super::{super::*, ExecutiveOrdinary};

impl pallet_digital_identity::Config for Runtime {
	/// An ordinary decision of the Executive Council accredits and removes registrars and
	/// registers credential types.
	type RegistrarOrigin = ExecutiveOrdinary;
	type Time = Timestamp;
	type MaxRegistrars = ConstU32<32>;
	type MaxNameLength = ConstU32<64>;
	/// Person, organisation, e.firma and up to 13 credential types per registrar.
	type MaxKindsPerRegistrar = ConstU32<16>;
	type MaxCredentialTypes = ConstU32<16>;
	type MaxRepresentatives = ConstU32<16>;
	type MaxPurposeLength = ConstU32<128>;
	type MaxSignersPerDocument = ConstU32<16>;
	type MaxSigningActsPerBinding = ConstU32<1_000>;
	/// A signed statement is registered within a day of its window's start.
	type MaxSigningWindow = ConstU64<86_400_000>;
	/// A week: longer than an Executive Council motion (`ExecutiveMotionDuration`), so that
	/// the council can cancel a recovery nobody else stops.
	type RecoveryDelay = ConstU32<{ 7 * DAYS }>;
	/// An ordinary decision of the Executive Council, besides the subject and any person
	/// registrar.
	type RecoveryCancelOrigin = ExecutiveOrdinary;
	/// A revoked organisation's supplier registration is suspended; a changed person's member
	/// key is checked again by the anonymity rings.
	type IdentityHooks = (Tenders, AnonymityRings);
	/// People move a few times in a life; a ballot reads the change in force when it opened.
	type MaxResidencyHistory = ConstU32<32>;
	type WeightInfo = pallet_digital_identity::weights::SubstrateWeight<Runtime>;
}

/// Makes benchmark accounts pass the identity checks through the identity pallet's own calls,
/// from a registrar accredited for the purpose. Every pallet that checks identities or
/// credentials uses it in its benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct IdentityBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
use sp_runtime::traits::Hash;

#[cfg(feature = "runtime-benchmarks")]
impl IdentityBenchmarkHelper {
	fn registrar() -> AccountId {
		use frame_support::traits::{fungible::Mutate, EnsureOrigin};
		use pallet_digital_identity::AttestationKind;
		let registrar = AccountId::from([0xbe; 32]);
		if !pallet_digital_identity::Registrars::<Runtime>::contains_key(&registrar) {
			let _ = Balances::mint_into(&registrar, 1_000 * UNIT);
			let origin = <Runtime as pallet_digital_identity::Config>::RegistrarOrigin::try_successful_origin()
				.expect("the registrar origin can be produced in benchmarks; qed");
			// Persons, organisations, e.firma and every founding credential type.
			let kinds =
				[AttestationKind::Person, AttestationKind::Organisation, AttestationKind::Efirma]
					.into_iter()
					.chain(
						(0..crate::genesis_config_presets::CREDENTIAL_TYPES.len() as u32)
							.map(AttestationKind::Credential),
					)
					.collect::<alloc::collections::BTreeSet<_>>();
			assert!(pallet_digital_identity::Pallet::<Runtime>::accredit_registrar(
				origin,
				registrar.clone(),
				b"benchmark registrar".to_vec().try_into().expect("short name; qed"),
				kinds.try_into().expect("MaxKindsPerRegistrar holds the founding kinds; qed"),
			)
			.is_ok());
		}
		registrar
	}

	/// Credentials and e.firma bindings go to identified subjects only: verify `who` as a person
	/// unless it is identified already (a person key derived from the account never collides).
	fn identify(who: &AccountId) {
		let registrar = RuntimeOrigin::signed(Self::registrar());
		let key = <Runtime as frame_system::Config>::Hashing::hash_of(&(b"identified", who));
		let _ = DigitalIdentity::verify_person(
			registrar,
			who.clone(),
			key,
			pallet_digital_identity::Residency::National(pallet_digital_identity::Jurisdiction {
				state: pallet_digital_identity::MexicanState::Jalisco,
				municipality: 39,
			}),
			pallet_digital_identity::Adulthood::Adult,
		);
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl IdentityBenchmarkHelper {
	/// Make `who` a verified organisation, its own representative.
	// The development genesis (benchmarks' genesis) founds the credential types.
	pub fn verify_organisation(who: &AccountId) {
		let registrar = RuntimeOrigin::signed(Self::registrar());
		let key = <Runtime as frame_system::Config>::Hashing::hash_of(&(b"org", who));
		let _ = DigitalIdentity::verify_organisation(
			registrar,
			who.clone(),
			key,
			alloc::vec![who.clone()].try_into().expect("one representative fits; qed"),
		);
	}

	/// Make `who` a verified adult living in `jurisdiction`, its person key derived from
	/// `index`.
	pub fn verify_person(
		who: &AccountId,
		index: u32,
		jurisdiction: pallet_digital_identity::Jurisdiction,
	) {
		let registrar = RuntimeOrigin::signed(Self::registrar());
		let key = <Runtime as frame_system::Config>::Hashing::hash_of(&(b"person", index));
		let _ = DigitalIdentity::verify_person(
			registrar,
			who.clone(),
			key,
			pallet_digital_identity::Residency::National(jurisdiction),
			pallet_digital_identity::Adulthood::Adult,
		);
	}

	/// Make `who` a verified adult person with key `index` living in `residency` (abroad
	/// included).
	pub fn verify_person_in(
		who: &AccountId,
		index: u32,
		residency: pallet_digital_identity::Residency,
	) {
		let registrar = RuntimeOrigin::signed(Self::registrar());
		let key = <Runtime as frame_system::Config>::Hashing::hash_of(&(b"person", index));
		let _ = DigitalIdentity::verify_person(
			registrar,
			who.clone(),
			key,
			residency,
			pallet_digital_identity::Adulthood::Adult,
		);
	}

	/// Issue `credential_type` to `who` (identified as a person first, if need be).
	pub fn issue_credential(
		who: &AccountId,
		credential_type: pallet_digital_identity::CredentialTypeId,
	) {
		Self::identify(who);
		let registrar = RuntimeOrigin::signed(Self::registrar());
		let _ = DigitalIdentity::issue_credential(registrar, who.clone(), credential_type, None);
	}

	/// Add `who` to the representatives of the verified organisation `organisation`.
	pub fn add_representative(organisation: &AccountId, who: &AccountId) {
		let registrar = RuntimeOrigin::signed(Self::registrar());
		let _ = DigitalIdentity::add_representative(registrar, organisation.clone(), who.clone());
	}

	/// Bind an e.firma certificate (a test key, never a real e.firma) to `who`, identified as
	/// a person first if need be, with the holder's proof.
	pub fn bind_efirma(who: &AccountId) {
		use bmx_efirma_testing as test_keys;
		use bmx_primitives::efirma::Statement;
		Self::identify(who);
		let registrar = RuntimeOrigin::signed(Self::registrar());
		// A serial of 20 bytes derived from the account, without a leading zero.
		let mut serial = <Runtime as frame_system::Config>::Hashing::hash_of(who).0[..20].to_vec();
		serial[0] |= 0x80;
		let serial: pallet_digital_identity::CertificateId =
			serial.try_into().expect("20 bytes fit a serial; qed");
		let statement = Statement::<AccountId, u64>::Binding {
			genesis: DigitalIdentity::genesis_hash(),
			account: who.clone(),
			serial: serial.clone(),
		};
		let proof = test_keys::sign(test_keys::TestKey::A, &statement.message());
		let _ = DigitalIdentity::bind_efirma(
			registrar,
			who.clone(),
			serial,
			test_keys::public(test_keys::TestKey::A),
			0,
			u64::MAX,
			proof,
		);
	}

	/// Bind an e.firma to `who` and register its signing act of `document`, allowed from now
	/// for an hour.
	pub fn sign_with_efirma(who: &AccountId, document: &sp_core::H256) {
		use bmx_efirma_testing as test_keys;
		use bmx_primitives::efirma::Statement;
		Self::bind_efirma(who);
		let now = pallet_digital_identity::Pallet::<Runtime>::now();
		let purpose = b"benchmark".to_vec();
		let statement = Statement::<AccountId, u64>::Signing {
			genesis: DigitalIdentity::genesis_hash(),
			document: *document,
			purpose: purpose.clone().try_into().expect("a short purpose; qed"),
			signer: who.clone(),
			not_before: now,
			not_after: now.saturating_add(3_600_000),
		};
		let signature = test_keys::sign(test_keys::TestKey::A, &statement.message());
		let _ = DigitalIdentity::sign_document(
			RuntimeOrigin::signed(who.clone()),
			*document,
			purpose.try_into().expect("a short purpose; qed"),
			now,
			now.saturating_add(3_600_000),
			signature,
		);
	}
}
