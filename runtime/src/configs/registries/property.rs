//! `pallet-property-registry`: the Public Registry of Property (Jalisco's model): offices and
//! registrars, folios reales, presentation, preventive notices, qualification, inscription and
//! certificates of freedom or existence of encumbrances.

use frame_support::{parameter_types, traits::ConstU32};

use super::{credentials, EnsureCredentialHolder};
use crate::{configs::ExecutiveOrdinary, *};

parameter_types! {
	/// Notaries public present deeds.
	pub const NotaryCredential: bmx_primitives::identity::CredentialTypeId = credentials::NOTARY;
	/// Courts and administrative authorities present orders (an embargo).
	pub const OrderingAuthorityCredential: bmx_primitives::identity::CredentialTypeId =
		credentials::ORDERING_AUTHORITY;
	pub const PropertyRegistryAuthorityCredential: bmx_primitives::identity::CredentialTypeId =
		credentials::PROPERTY_REGISTRY_AUTHORITY;
	pub const CadastralAuthorityCredential: bmx_primitives::identity::CredentialTypeId =
		credentials::CADASTRAL_AUTHORITY;
	/// A preventive notice keeps its priority for 90 days, the second notice's period of the
	/// Código Civil Federal (art. 3016) and of Jalisco's registry law.
	pub const NoticePeriod: BlockNumber = 90 * DAYS;
	/// A document suspended for a curable defect has 30 days to be corrected, or it is denied.
	pub const CorrectionPeriod: BlockNumber = 30 * DAYS;
}

impl pallet_property_registry::Config for Runtime {
	/// The registry's authority (in Jalisco, the Dirección General del Registro Público), or
	/// the Executive Council, accredits offices and their registrars.
	type RegistryOrigin = frame_support::traits::EitherOfDiverse<
		ExecutiveOrdinary,
		EnsureCredentialHolder<PropertyRegistryAuthorityCredential>,
	>;
	type Credentials = DigitalIdentity;
	type NotaryCredential = NotaryCredential;
	type AuthorityCredential = OrderingAuthorityCredential;
	type NoticePeriod = NoticePeriod;
	type CorrectionPeriod = CorrectionPeriod;
	type MaxCadastralKeyLen = ConstU32<64>;
	type MaxOwners = ConstU32<16>;
	type MaxEncumbrances = ConstU32<32>;
	type MaxPendingPerFolio = ConstU32<16>;
	/// The cadastre (catastro) links a folio to its cadastral key and land.
	type CadastralOrigin = frame_support::traits::EitherOfDiverse<
		ExecutiveOrdinary,
		EnsureCredentialHolder<CadastralAuthorityCredential>,
	>;
	type Persons = DigitalIdentity;
	type Organisations = DigitalIdentity;
	/// A merger joins, or a subdivision makes, at most 16 folios.
	type MaxLinks = ConstU32<16>;
	/// 1,000 cells at resolution 10 (about 1.5 ha each): about 1,500 ha per folio.
	type MaxCells = ConstU32<1_000>;
	type WeightInfo = pallet_property_registry::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::configs::IdentityBenchmarkHelper;
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_property_registry::BenchmarkHelper<AccountId>
	for crate::configs::IdentityBenchmarkHelper
{
	fn issue_credential(
		who: &AccountId,
		credential_type: bmx_primitives::identity::CredentialTypeId,
	) {
		Self::issue_credential(who, credential_type)
	}

	fn verify_person(who: &AccountId, index: u32) {
		Self::verify_person(who, index, super::guadalajara_office())
	}

	fn verify_organisation(who: &AccountId) {
		Self::verify_organisation(who)
	}
}
