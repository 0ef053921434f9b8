//! `pallet-deposit-certificates`: the RUCAM registry: authorised general deposit warehouses,
//! the certificados de depósito and bonos de prenda they issue, their endorsements, pledges,
//! withdrawals and sales, and the warehouses' monthly inventory reports.

use frame_support::{parameter_types, traits::ConstU32};

use super::{credentials, EnsureCredentialHolder};
use crate::{configs::ExecutiveOrdinary, *};

parameter_types! {
	pub const WarehouseOfficerCredential: bmx_primitives::identity::CredentialTypeId =
		credentials::WAREHOUSE_OFFICER;
	pub const RucamAuthorityCredential: bmx_primitives::identity::CredentialTypeId =
		credentials::RUCAM_AUTHORITY;
	/// A certificate is issued for at most a year (the deposit's term; a new certificate renews
	/// it).
	pub const MaxCertificateValidity: BlockNumber = 365 * DAYS;
	/// A warehouse reports its inventory every 30 days.
	pub const InventoryReportPeriod: BlockNumber = 30 * DAYS;
}

impl pallet_deposit_certificates::Config for Runtime {
	/// The RUCAM authority (Secretaría de Economía), or the Executive Council, authorises,
	/// suspends and revokes warehouses.
	type AuthorityOrigin = frame_support::traits::EitherOfDiverse<
		ExecutiveOrdinary,
		EnsureCredentialHolder<RucamAuthorityCredential>,
	>;
	type Persons = DigitalIdentity;
	type Organisations = DigitalIdentity;
	type Credentials = DigitalIdentity;
	type OfficerCredential = WarehouseOfficerCredential;
	type MaxOfficers = ConstU32<32>;
	/// A depositor and up to 15 endorsements per instrument.
	type MaxHolders = ConstU32<16>;
	type MaxValidity = MaxCertificateValidity;
	type MaxWithdrawals = ConstU32<16>;
	type Reports = Reports;
	type InventoryReportPeriod = InventoryReportPeriod;
	type WeightInfo = pallet_deposit_certificates::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::configs::IdentityBenchmarkHelper;
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_deposit_certificates::BenchmarkHelper<AccountId>
	for crate::configs::IdentityBenchmarkHelper
{
	fn verify_organisation(who: &AccountId) {
		Self::verify_organisation(who)
	}

	fn verify_person(who: &AccountId, index: u32) {
		Self::verify_person(who, index, super::guadalajara_office())
	}

	fn add_representative(organisation: &AccountId, who: &AccountId) {
		Self::add_representative(organisation, who)
	}

	fn issue_credential(
		who: &AccountId,
		credential_type: bmx_primitives::identity::CredentialTypeId,
	) {
		Self::issue_credential(who, credential_type)
	}
}
