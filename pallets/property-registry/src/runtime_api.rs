//! The runtime API through which anyone consults the registry (consulta pública) without
//! knowing its storage layout: the owner, the live encumbrances and the history of a folio, a
//! certificate, and the queue of an office. The runtime implements it with the pallet's
//! helpers of the same names ([`crate::Pallet::owners_of`], [`crate::Pallet::history_page`],
//! [`crate::Pallet::office_queue`], ...). Pages hold at most [`crate::MAX_PAGE`] items.

use crate::{CertificateId, Encumbrance, EntryNumber, FolioId, H3Cell, OfficeId, PartyKey};
use alloc::vec::Vec;

sp_api::decl_runtime_apis! {
	/// Read access to the property registry, as of the block the call is made at.
	///
	/// `FolioRecord`, `EntryRecord` and `CertificateRecord` are the pallet's stored types
	/// ([`crate::FolioOf`], [`crate::EntryOf`], [`crate::CertificateOf`]) of the runtime.
	pub trait PropertyRegistryApi<AccountId, BlockNumber, FolioRecord, EntryRecord, CertificateRecord>
	where
		AccountId: codec::Codec,
		BlockNumber: codec::Codec,
		FolioRecord: codec::Codec,
		EntryRecord: codec::Codec,
		CertificateRecord: codec::Codec,
	{
		/// The folio: office, cadastral key, location, surface, owners, live encumbrances,
		/// predecessors and status (closed folios name their successors).
		fn folio(folio: FolioId) -> Option<FolioRecord>;
		/// The registered owners (party keys) of `folio`, if it exists.
		fn owners(folio: FolioId) -> Option<Vec<PartyKey>>;
		/// The live encumbrances of `folio`, if it exists.
		fn live_encumbrances(folio: FolioId) -> Option<Vec<Encumbrance>>;
		/// A page of the history of `folio`: at most `limit` entries numbered `from` or later,
		/// in entry-number order. Page on with the last number returned plus one.
		fn history(folio: FolioId, from: EntryNumber, limit: u32) -> Vec<(EntryNumber, EntryRecord)>;
		/// The open folios whose land holds the H3 cell `cell`, in id order: at most `limit`
		/// with an id at or after `from` (page on with the last id plus one). The cell index
		/// relates a folio to the predios of the reforestation registry on the same cells.
		fn folios_of_cell(cell: H3Cell, from: FolioId, limit: u32) -> Vec<FolioId>;
		/// The certificate `id`, if it was issued.
		fn certificate(id: CertificateId) -> Option<CertificateRecord>;
		/// The entries pending qualification in the folios of `office`, in priority order, as
		/// `(priority, folio, entry)`: at most `limit`, after skipping `skip`.
		fn office_queue(office: OfficeId, skip: u32, limit: u32) -> Vec<(EntryNumber, FolioId, EntryNumber)>;
	}
}
