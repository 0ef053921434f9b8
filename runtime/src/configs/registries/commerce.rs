//! `pallet-commerce-registry`: the Registro Público de Comercio: a folio mercantil per company,
//! its incorporation, amendments, administrators and powers of attorney, inscribed by the
//! registrars of the property registry's offices (the same offices keep both registries).

use frame_support::{parameter_types, traits::ConstU32};

use crate::*;

parameter_types! {
	pub const CommerceNotaryCredential: bmx_primitives::identity::CredentialTypeId =
		super::credentials::NOTARY;
}

/// A registrar accredited to an office of the property registry: the same registrars inscribe
/// the acts of commerce. Yields the registrar's account.
pub struct EnsurePropertyRegistrar;

impl frame_support::traits::EnsureOrigin<RuntimeOrigin> for EnsurePropertyRegistrar {
	type Success = AccountId;

	fn try_origin(o: RuntimeOrigin) -> Result<Self::Success, RuntimeOrigin> {
		match o.clone().into() {
			Ok(frame_system::RawOrigin::Signed(who))
				if pallet_property_registry::Registrars::<Runtime>::contains_key(&who) =>
			{
				Ok(who)
			},
			_ => Err(o),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<RuntimeOrigin, ()> {
		let registrar: AccountId = frame_benchmarking::account("registrar", 0, 0);
		if !pallet_property_registry::Registrars::<Runtime>::contains_key(&registrar) {
			let authority =
				<Runtime as pallet_property_registry::Config>::RegistryOrigin::try_successful_origin()?;
			let office = 0;
			let _ = PropertyRegistry::accredit_office(
				authority.clone(),
				office,
				super::guadalajara_office(),
			);
			PropertyRegistry::accredit_registrar(authority, office, registrar.clone())
				.map_err(|_| ())?;
		}
		Ok(frame_system::RawOrigin::Signed(registrar).into())
	}
}

impl pallet_commerce_registry::Config for Runtime {
	type RegistrarOrigin = EnsurePropertyRegistrar;
	type Persons = DigitalIdentity;
	type Organisations = DigitalIdentity;
	type Credentials = DigitalIdentity;
	type NotaryCredential = CommerceNotaryCredential;
	/// A board of up to 15 (consejo de administración).
	type MaxAdministrators = ConstU32<15>;
	type MaxPowers = ConstU32<64>;
	type MaxActsPerFolio = ConstU32<1_000>;
	type WeightInfo = pallet_commerce_registry::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::configs::IdentityBenchmarkHelper;
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_commerce_registry::BenchmarkHelper<AccountId>
	for crate::configs::IdentityBenchmarkHelper
{
	fn verify_organisation(who: &AccountId) {
		Self::verify_organisation(who)
	}

	fn verify_person(who: &AccountId, index: u32) {
		Self::verify_person(who, index, super::guadalajara_office())
	}

	fn issue_credential(
		who: &AccountId,
		credential_type: bmx_primitives::identity::CredentialTypeId,
	) {
		Self::issue_credential(who, credential_type)
	}
}
