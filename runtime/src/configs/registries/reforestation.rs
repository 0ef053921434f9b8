//! `pallet-reforestation-subsidies`: programs of several agencies (CONAFOR, SEMARNAT, SADER,
//! the states), properties and their land as H3 cells, applications, grants paid in tranches
//! after field verification, and duplicates caught across agencies before they are paid.

use frame_support::{parameter_types, traits::ConstU32};

use super::credentials;
use crate::*;

parameter_types! {
	pub const FieldVerifierCredential: bmx_primitives::identity::CredentialTypeId =
		credentials::FIELD_VERIFIER;
	/// A beneficiary reports on the maintenance of the supported land every 6 months (the
	/// seasons of planting and of the survival count) while its grant runs.
	pub const MaintenanceReportPeriod: BlockNumber = 182 * DAYS;
}

/// An agency that runs subsidy programs: a verified organisation (CONAFOR's own account, often
/// a multisig of its officials) that holds the "subsidy program agency" credential. Yields the
/// agency's organisation key, which names it in every program, whatever account it uses.
pub struct EnsureSubsidyAgency;

impl frame_support::traits::EnsureOrigin<RuntimeOrigin> for EnsureSubsidyAgency {
	type Success = bmx_primitives::identity::OrganisationKey;

	fn try_origin(o: RuntimeOrigin) -> Result<Self::Success, RuntimeOrigin> {
		use bmx_primitives::identity::{CredentialsInspect, VerifiedOrganisations};
		let Ok(frame_system::RawOrigin::Signed(who)) = o.clone().into() else { return Err(o) };
		if !<DigitalIdentity as CredentialsInspect<AccountId>>::has_credential(
			&who,
			credentials::SUBSIDY_AGENCY,
		) {
			return Err(o);
		}
		<DigitalIdentity as VerifiedOrganisations<AccountId>>::organisation_key(&who).ok_or(o)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<RuntimeOrigin, ()> {
		let agency: AccountId = frame_benchmarking::account("agency", 0, 0);
		crate::configs::IdentityBenchmarkHelper::verify_organisation(&agency);
		crate::configs::IdentityBenchmarkHelper::issue_credential(
			&agency,
			credentials::SUBSIDY_AGENCY,
		);
		Ok(frame_system::RawOrigin::Signed(agency).into())
	}
}

impl pallet_reforestation_subsidies::Config for Runtime {
	type AdminOrigin = EnsureSubsidyAgency;
	type Persons = DigitalIdentity;
	type Organisations = DigitalIdentity;
	type Credentials = DigitalIdentity;
	type FieldVerifierCredential = FieldVerifierCredential;
	/// Reforestation, soil conservation and restoration, maintenance, protection.
	type MaxConcepts = ConstU32<4>;
	type MaxJurisdictions = ConstU32<32>;
	type MaxTranches = ConstU32<4>;
	type MaxKeyLen = ConstU32<64>;
	/// The holders of an ejido's or comunidad's land are its organisation; of a small property,
	/// up to 16 co-owners.
	type MaxHolders = ConstU32<16>;
	/// 800 cells at resolution 10 (about 1.5 ha each): about 1,200 ha per predio (a larger
	/// forest is registered as several predios). The bound keeps the worst duplicate check
	/// (`reject_duplicate`, every cell shared with two predios of 16 grants) within one
	/// extrinsic's share of a block: see `tests/registries.rs`.
	type MaxCellsPerProperty = ConstU32<800>;
	/// A cell shared by more than 3 registered predios is itself a sign of duplication.
	type MaxPropertiesPerCell = ConstU32<3>;
	/// Grants on one predio over its life. With the two bounds above, the duplicate check of
	/// one approval reads at most 800 x 2 x 16 grants (the benchmark's worst case).
	type MaxRecordsPerProperty = ConstU32<16>;
	type MaxGrantsPerBeneficiary = ConstU32<64>;
	/// One program's grant list is one storage value (4 bytes a grant): 20 KB at most.
	type MaxGrantsPerProgram = ConstU32<5_000>;
	type MaxVerificationsPerGrant = ConstU32<8>;
	type Reports = Reports;
	type MaintenanceReportPeriod = MaintenanceReportPeriod;
	type WeightInfo = pallet_reforestation_subsidies::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::configs::IdentityBenchmarkHelper;
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_reforestation_subsidies::BenchmarkHelper<AccountId>
	for crate::configs::IdentityBenchmarkHelper
{
	fn verify_person(who: &AccountId) {
		use sp_runtime::traits::Hash;
		// A person index derived from the account, so that no two accounts share a key.
		let index = u32::from_le_bytes(
			<Runtime as frame_system::Config>::Hashing::hash_of(who).0[..4]
				.try_into()
				.expect("four bytes; qed"),
		);
		Self::verify_person(who, index, super::guadalajara_office())
	}

	fn make_field_verifier(who: &AccountId) {
		Self::issue_credential(who, FieldVerifierCredential::get())
	}
}
