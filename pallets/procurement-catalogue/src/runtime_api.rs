//! The runtime API through which anyone reads the procurement catalogue without knowing its
//! storage layout. The runtime implements it by calling [`crate::Pallet::code`] and
//! [`crate::Pallet::search`].

use crate::CatalogueEntryView;
use alloc::vec::Vec;
use bmx_primitives::procurement::CucopCode;

sp_api::decl_runtime_apis! {
	/// Read access to the CUCoP catalogue, as of the block the call is made at.
	pub trait ProcurementCatalogueApi<BlockNumber>
	where
		BlockNumber: codec::Codec,
	{
		/// The entry of `code`, active or retired; `None` if it is not in the catalogue.
		fn code(code: CucopCode) -> Option<CatalogueEntryView<BlockNumber>>;
		/// The codes, active and retired, whose digits start with `query` (when it is all ASCII
		/// digits) or whose name contains `query` ignoring case and Spanish accents, in code
		/// order, at most `limit` (at most 100).
		fn search(query: Vec<u8>, limit: u32) -> Vec<(CucopCode, CatalogueEntryView<BlockNumber>)>;
	}
}
