//! The runtime API through which anyone reads the Registro Público de Comercio without knowing
//! its storage layout. The runtime implements it by calling [`crate::Pallet::folio_of`],
//! [`crate::Pallet::folio_of_account`], [`crate::Pallet::acts_of`] and
//! [`crate::Pallet::holds_power`].

use crate::{Act, ActNumber, FolioView};
use alloc::vec::Vec;
use bmx_primitives::{identity::OrganisationKey, registries::PowerScope};

sp_api::decl_runtime_apis! {
	/// Read access to the folios mercantiles, as of the block the call is made at.
	pub trait CommerceRegistryApi<AccountId, BlockNumber>
	where
		AccountId: codec::Codec,
		BlockNumber: codec::Codec,
	{
		/// The folio of the company with organisation key `company`.
		fn folio(company: OrganisationKey) -> Option<FolioView<BlockNumber>>;
		/// The folio of the company whose account (a verified organisation) is `company`.
		fn folio_of_account(company: AccountId) -> Option<FolioView<BlockNumber>>;
		/// The acts of `company` from number `from`, at most `limit` (at most 100), in order.
		fn acts(company: OrganisationKey, from: ActNumber, limit: u32) -> Vec<(ActNumber, Act<AccountId, BlockNumber>)>;
		/// Whether `attorney` holds a live power (or appointment) from the company whose account
		/// is `company`, covering `scope`.
		fn holds_power(attorney: AccountId, company: AccountId, scope: PowerScope) -> bool;
	}
}
