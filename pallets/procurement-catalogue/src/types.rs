//! The records of the procurement catalogue: a CUCoP code's entry and its status.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::Get, BoundedVec};
use scale_info::TypeInfo;
use sp_runtime::Debug;

/// The most results [`crate::Pallet::search`] returns at once.
pub const MAX_SEARCH_RESULTS: u32 = 100;

/// Whether new partidas may carry a code.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum CodeStatus {
	/// In force: new partidas may carry it.
	Active,
	/// Dado de baja: kept so that the partidas that carry it still resolve, but new partidas
	/// may not carry it.
	Retired,
}

/// A CUCoP code's entry in the catalogue. Stored with a bounded name
/// ([`crate::CatalogueEntryOf`]); read with a plain one ([`CatalogueEntryView`]).
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct CatalogueEntry<Name, BlockNumber> {
	/// The code's description, as the CUCoP words it (e.g. "Papel bond tamaño carta"): UTF-8,
	/// not empty.
	pub name: Name,
	/// Active or retired.
	pub status: CodeStatus,
	/// The block at which the code entered the catalogue (0 for the codes of genesis).
	pub added_at: BlockNumber,
	/// The block of the last change (renamed, retired or restored); `added_at` until then.
	pub changed_at: BlockNumber,
}

/// A catalogue entry as the view functions and the runtime API return it: the name as a plain
/// vector (encoded as the stored bounded one).
pub type CatalogueEntryView<BlockNumber> = CatalogueEntry<Vec<u8>, BlockNumber>;

impl<S: Get<u32>, BlockNumber> CatalogueEntry<BoundedVec<u8, S>, BlockNumber> {
	/// The entry with its name as a plain vector.
	pub fn into_view(self) -> CatalogueEntryView<BlockNumber> {
		CatalogueEntry {
			name: self.name.into_inner(),
			status: self.status,
			added_at: self.added_at,
			changed_at: self.changed_at,
		}
	}
}
