//! The public registries: certificates of deposit (RUCAM), reforestation subsidies, and the
//! public registry of property and commerce.
//!
//! Who acts for a public authority is decided on chain, never by the runtime's code: an
//! authority is an account that holds the authority's credential, which only a registrar the
//! Executive Council accredited for that credential type can issue (identity pallet), and the
//! Executive Council can always act itself.

mod commerce;
mod deposit_certificates;
mod property;
mod reforestation;

pub use commerce::*;
pub use deposit_certificates::*;
pub use property::*;
pub use reforestation::*;

use core::marker::PhantomData;

use bmx_primitives::identity::{CredentialTypeId, CredentialsInspect};
use frame_support::traits::{EnsureOrigin, Get};

use super::super::{AccountId, DigitalIdentity, RuntimeOrigin};

/// The founding credential types (their names are `genesis_config_presets::CREDENTIAL_TYPES`).
pub mod credentials {
	use bmx_primitives::identity::CredentialTypeId;

	/// Certified tender evaluators.
	pub const TENDER_EVALUATOR: CredentialTypeId = 0;
	/// CONAFOR's (or another agency's) field verifiers of planted land.
	pub const FIELD_VERIFIER: CredentialTypeId = 1;
	/// Officers of an authorised general deposit warehouse.
	pub const WAREHOUSE_OFFICER: CredentialTypeId = 2;
	/// Notaries public (notarios públicos), who present deeds to the public registries.
	pub const NOTARY: CredentialTypeId = 3;
	/// The RUCAM authority (Secretaría de Economía): authorises and sanctions warehouses.
	pub const RUCAM_AUTHORITY: CredentialTypeId = 4;
	/// The authority of a public registry of property and commerce (in Jalisco, the Dirección
	/// General del Registro Público): accredits offices and their registrars.
	pub const PROPERTY_REGISTRY_AUTHORITY: CredentialTypeId = 5;
	/// Judicial and administrative authorities that order inscriptions (an embargo).
	pub const ORDERING_AUTHORITY: CredentialTypeId = 6;
	/// Cadastral authorities (catastro), who link a folio to its cadastral key.
	pub const CADASTRAL_AUTHORITY: CredentialTypeId = 7;
	/// Agencies that run subsidy programs (CONAFOR, SEMARNAT, SADER, a state government).
	pub const SUBSIDY_AGENCY: CredentialTypeId = 8;
	/// Officials of the procurement oversight authority (the Secretaría Anticorrupción y Buen
	/// Gobierno, or a buyer's internal control body): resolve inconformidades and assign
	/// social witnesses.
	pub const PROCUREMENT_OVERSIGHT: CredentialTypeId = 9;
	/// Social witnesses (testigos sociales) of the authority's registry: observe tenders and
	/// testify publicly.
	pub const SOCIAL_WITNESS: CredentialTypeId = 10;
	/// Officials of an electoral institute (INE, or a state's OPLE such as the IECM, which runs
	/// Mexico City's participatory budget): open secret ballots for the state or municipality
	/// they are registered in.
	pub const ELECTORAL_OFFICIAL: CredentialTypeId = 11;
}

/// A signed origin whose account holds the credential `C` (identity pallet): the account that
/// acts for a public authority. Yields the account.
pub struct EnsureCredentialHolder<C>(PhantomData<C>);

impl<C: Get<CredentialTypeId>> EnsureOrigin<RuntimeOrigin> for EnsureCredentialHolder<C> {
	type Success = AccountId;

	fn try_origin(o: RuntimeOrigin) -> Result<Self::Success, RuntimeOrigin> {
		match o.clone().into() {
			Ok(frame_system::RawOrigin::Signed(who))
				if <DigitalIdentity as CredentialsInspect<AccountId>>::has_credential(
					&who,
					C::get(),
				) =>
			{
				Ok(who)
			},
			_ => Err(o),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<RuntimeOrigin, ()> {
		let who: AccountId = frame_benchmarking::account("authority", 0, 0);
		crate::configs::IdentityBenchmarkHelper::issue_credential(&who, C::get());
		Ok(frame_system::RawOrigin::Signed(who).into())
	}
}

/// Guadalajara, Jalisco (INEGI 14039): the seat of the benchmarks' registry office and the
/// residence of their persons.
#[cfg(feature = "runtime-benchmarks")]
pub(crate) fn guadalajara_office() -> bmx_primitives::identity::Jurisdiction {
	bmx_primitives::identity::Jurisdiction {
		state: bmx_primitives::identity::MexicanState::Jalisco,
		municipality: 39,
	}
}
