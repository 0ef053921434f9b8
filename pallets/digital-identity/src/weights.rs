//! Weights for `pallet_digital_identity`.
//!
//! PROVISIONAL: written by hand from the storage accesses of each call (listed above each
//! function, for the worst case of `benchmarking.rs`: full kind sets, representative lists and
//! signer lists, and a subject holding one credential of every type, counted for
//! `MaxCredentialTypes = 16`) with a flat execution time per call. Replace with the output of
//! `scripts/benchmark.sh` (frame-benchmarking v2 through `bmx-node benchmark pallet`), which
//! regenerates this file from `benchmarking.rs`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_digital_identity`.
pub trait WeightInfo {
	fn accredit_registrar() -> Weight;
	fn remove_registrar() -> Weight;
	fn register_credential_type() -> Weight;
	fn verify_person() -> Weight;
	fn update_person() -> Weight;
	fn recover_person() -> Weight;
	fn revoke_person() -> Weight;
	fn clear_identity() -> Weight;
	fn verify_organisation() -> Weight;
	fn add_representative() -> Weight;
	fn remove_representative() -> Weight;
	fn revoke_organisation() -> Weight;
	fn bind_efirma() -> Weight;
	fn revoke_efirma() -> Weight;
	fn sign_document() -> Weight;
	fn issue_credential() -> Weight;
	fn revoke_credential() -> Weight;
}

/// Weights for `pallet_digital_identity` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `DigitalIdentity::CredentialTypes` (r:1 w:0) per credential kind, up to `MaxKindsPerRegistrar`
	/// Storage: `DigitalIdentity::Registrars` (r:1 w:1)
	/// Storage: `DigitalIdentity::CounterForRegistrars` (r:1 w:1)
	fn accredit_registrar() -> Weight {
		Weight::from_parts(30_000_000, 3_500)
			.saturating_add(T::DbWeight::get().reads(18_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `DigitalIdentity::Registrars` (r:1 w:1)
	/// Storage: `DigitalIdentity::CounterForRegistrars` (r:1 w:1)
	fn remove_registrar() -> Weight {
		Weight::from_parts(18_000_000, 3_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `DigitalIdentity::CredentialTypeIdOf` (r:1 w:1)
	/// Storage: `DigitalIdentity::CounterForCredentialTypes` (r:1 w:1)
	/// Storage: `DigitalIdentity::CredentialTypes` (r:1 w:1)
	fn register_credential_type() -> Weight {
		Weight::from_parts(20_000_000, 3_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `DigitalIdentity::Registrars` (r:1 w:0)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `DigitalIdentity::Persons` (r:1 w:1)
	/// Storage: `DigitalIdentity::Organisations` (r:1 w:0)
	/// Storage: `DigitalIdentity::PersonKeys` (r:1 w:1)
	fn verify_person() -> Weight {
		Weight::from_parts(28_000_000, 3_700)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `DigitalIdentity::Registrars` (r:1 w:0)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `DigitalIdentity::Persons` (r:1 w:1)
	fn update_person() -> Weight {
		Weight::from_parts(22_000_000, 3_700)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `DigitalIdentity::Registrars` (r:1 w:0)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `DigitalIdentity::PersonKeys` (r:1 w:1)
	/// Storage: `DigitalIdentity::Persons` (r:2 w:2)
	/// Storage: `DigitalIdentity::Organisations` (r:1 w:0)
	/// Storage: `DigitalIdentity::Efirmas` (r:1 w:1)
	/// Storage: `DigitalIdentity::CertificateHolders` (r:0 w:1)
	/// Storage: `DigitalIdentity::Credentials` (r:16 w:32): `MaxCredentialTypes` moved
	fn recover_person() -> Weight {
		Weight::from_parts(120_000_000, 45_000)
			.saturating_add(T::DbWeight::get().reads(23_u64))
			.saturating_add(T::DbWeight::get().writes(38_u64))
	}
	/// Storage: `DigitalIdentity::Registrars` (r:1 w:0)
	/// Storage: `DigitalIdentity::Persons` (r:1 w:1)
	/// Storage: `DigitalIdentity::PersonKeys` (r:0 w:1)
	/// Storage: `DigitalIdentity::Efirmas` (r:1 w:1)
	/// Storage: `DigitalIdentity::CertificateHolders` (r:0 w:1)
	/// Storage: `DigitalIdentity::Credentials` (r:16 w:16): `MaxCredentialTypes` removed
	/// Storage: `DigitalIdentity::CredentialTypes` (r:16 w:16)
	fn revoke_person() -> Weight {
		Weight::from_parts(110_000_000, 45_000)
			.saturating_add(T::DbWeight::get().reads(35_u64))
			.saturating_add(T::DbWeight::get().writes(36_u64))
	}
	/// Storage: `DigitalIdentity::Persons` (r:1 w:1)
	/// Storage: `DigitalIdentity::PersonKeys` (r:0 w:1)
	/// Storage: `DigitalIdentity::Efirmas` (r:1 w:1)
	/// Storage: `DigitalIdentity::CertificateHolders` (r:0 w:1)
	/// Storage: `DigitalIdentity::Credentials` (r:16 w:16): `MaxCredentialTypes` removed
	/// Storage: `DigitalIdentity::CredentialTypes` (r:16 w:16)
	fn clear_identity() -> Weight {
		Weight::from_parts(105_000_000, 45_000)
			.saturating_add(T::DbWeight::get().reads(34_u64))
			.saturating_add(T::DbWeight::get().writes(36_u64))
	}
	/// Storage: `DigitalIdentity::Registrars` (r:1 w:0)
	/// Storage: `DigitalIdentity::Persons` (r:1 w:0)
	/// Storage: `DigitalIdentity::Organisations` (r:1 w:1)
	/// Storage: `DigitalIdentity::OrganisationKeys` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	fn verify_organisation() -> Weight {
		Weight::from_parts(35_000_000, 3_700)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `DigitalIdentity::Registrars` (r:2 w:0)
	/// Storage: `DigitalIdentity::Organisations` (r:1 w:1)
	fn add_representative() -> Weight {
		Weight::from_parts(30_000_000, 6_500)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `DigitalIdentity::Registrars` (r:2 w:0)
	/// Storage: `DigitalIdentity::Organisations` (r:1 w:1)
	fn remove_representative() -> Weight {
		Weight::from_parts(30_000_000, 6_500)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `DigitalIdentity::Registrars` (r:2 w:0)
	/// Storage: `DigitalIdentity::Organisations` (r:1 w:1)
	/// Storage: `DigitalIdentity::OrganisationKeys` (r:0 w:1)
	/// Storage: `DigitalIdentity::Efirmas` (r:1 w:1)
	/// Storage: `DigitalIdentity::CertificateHolders` (r:0 w:1)
	/// Storage: `DigitalIdentity::Credentials` (r:16 w:16): `MaxCredentialTypes` removed
	/// Storage: `DigitalIdentity::CredentialTypes` (r:16 w:16)
	fn revoke_organisation() -> Weight {
		Weight::from_parts(110_000_000, 45_000)
			.saturating_add(T::DbWeight::get().reads(36_u64))
			.saturating_add(T::DbWeight::get().writes(36_u64))
	}
	/// Storage: `DigitalIdentity::Registrars` (r:2 w:0)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `DigitalIdentity::Persons` (r:1 w:0)
	/// Storage: `DigitalIdentity::Organisations` (r:1 w:0)
	/// Storage: `DigitalIdentity::CertificateHolders` (r:1 w:2)
	/// Storage: `DigitalIdentity::Efirmas` (r:1 w:1)
	fn bind_efirma() -> Weight {
		Weight::from_parts(35_000_000, 6_500)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `DigitalIdentity::Registrars` (r:2 w:0)
	/// Storage: `DigitalIdentity::Efirmas` (r:1 w:1)
	/// Storage: `DigitalIdentity::CertificateHolders` (r:0 w:1)
	fn revoke_efirma() -> Weight {
		Weight::from_parts(25_000_000, 6_500)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `DigitalIdentity::Efirmas` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `DigitalIdentity::Signatures` (r:1 w:1): `MaxSignersPerDocument` acts
	fn sign_document() -> Weight {
		Weight::from_parts(40_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `DigitalIdentity::Registrars` (r:2 w:0)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Storage: `DigitalIdentity::Persons` (r:1 w:0)
	/// Storage: `DigitalIdentity::Credentials` (r:1 w:1)
	/// Storage: `DigitalIdentity::CredentialTypes` (r:1 w:1)
	fn issue_credential() -> Weight {
		Weight::from_parts(30_000_000, 6_500)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `DigitalIdentity::Registrars` (r:2 w:0)
	/// Storage: `DigitalIdentity::Credentials` (r:1 w:1)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	fn revoke_credential() -> Weight {
		Weight::from_parts(25_000_000, 6_500)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn accredit_registrar() -> Weight {
		Weight::from_parts(30_000_000, 3_500)
			.saturating_add(RocksDbWeight::get().reads(18_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn remove_registrar() -> Weight {
		Weight::from_parts(18_000_000, 3_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn register_credential_type() -> Weight {
		Weight::from_parts(20_000_000, 3_000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn verify_person() -> Weight {
		Weight::from_parts(28_000_000, 3_700)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn update_person() -> Weight {
		Weight::from_parts(22_000_000, 3_700)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn recover_person() -> Weight {
		Weight::from_parts(120_000_000, 45_000)
			.saturating_add(RocksDbWeight::get().reads(23_u64))
			.saturating_add(RocksDbWeight::get().writes(38_u64))
	}
	fn revoke_person() -> Weight {
		Weight::from_parts(110_000_000, 45_000)
			.saturating_add(RocksDbWeight::get().reads(35_u64))
			.saturating_add(RocksDbWeight::get().writes(36_u64))
	}
	fn clear_identity() -> Weight {
		Weight::from_parts(105_000_000, 45_000)
			.saturating_add(RocksDbWeight::get().reads(34_u64))
			.saturating_add(RocksDbWeight::get().writes(36_u64))
	}
	fn verify_organisation() -> Weight {
		Weight::from_parts(35_000_000, 3_700)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn add_representative() -> Weight {
		Weight::from_parts(30_000_000, 6_500)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn remove_representative() -> Weight {
		Weight::from_parts(30_000_000, 6_500)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn revoke_organisation() -> Weight {
		Weight::from_parts(110_000_000, 45_000)
			.saturating_add(RocksDbWeight::get().reads(36_u64))
			.saturating_add(RocksDbWeight::get().writes(36_u64))
	}
	fn bind_efirma() -> Weight {
		Weight::from_parts(35_000_000, 6_500)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn revoke_efirma() -> Weight {
		Weight::from_parts(25_000_000, 6_500)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn sign_document() -> Weight {
		Weight::from_parts(40_000_000, 20_000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn issue_credential() -> Weight {
		Weight::from_parts(30_000_000, 6_500)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn revoke_credential() -> Weight {
		Weight::from_parts(25_000_000, 6_500)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
}
