//! Certificates of freedom or existence of encumbrances, and the public read helpers behind the
//! runtime API.

use crate::*;
use alloc::vec::Vec;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_issue_certificate(folio: FolioId) -> DispatchResult {
		let record = Self::open_folio_record(folio)?;
		let certificate = NextCertificateId::<T>::get();
		let next = certificate.checked_add(1).ok_or(Error::<T>::Overflow)?;
		NextCertificateId::<T>::put(next);
		let free = record.encumbrances.is_empty();
		let notice = Notices::<T>::get(folio).filter(Self::is_live).map(|notice| notice.number);
		let pending = Pending::<T>::decode_len(folio).unwrap_or(0);
		Certificates::<T>::insert(
			certificate,
			Certificate {
				folio,
				at: frame_system::Pallet::<T>::block_number(),
				owners: record.owners,
				encumbrances: record.encumbrances,
				pending: u32::try_from(pending).unwrap_or(u32::MAX),
				notice,
				as_of_entry: NextEntryNumber::<T>::get().checked_sub(1),
			},
		);
		Self::deposit_event(Event::CertificateIssued { certificate, folio, free });
		Ok(())
	}

	/// The open folios whose land holds `cell`, in id order: at most `limit` (capped at
	/// [`MAX_PAGE`]) with an id at or after `from`. Relates folios on the same land, and a folio
	/// to the predios other registries keep on the same cells.
	pub fn folios_on_cell(cell: H3Cell, from: FolioId, limit: u32) -> Vec<FolioId> {
		// Twox64Concat keys iterate in hash order, not id order: collect, sort, then page.
		let mut folios: Vec<FolioId> =
			FoliosOfCell::<T>::iter_key_prefix(cell).filter(|f| *f >= from).collect();
		folios.sort_unstable();
		folios.truncate(limit.min(MAX_PAGE) as usize);
		folios
	}

	/// The registered owners of `folio`, if it exists.
	pub fn owners_of(folio: FolioId) -> Option<OwnersOf<T>> {
		Folios::<T>::get(folio).map(|record| record.owners)
	}

	/// The live encumbrances of `folio`, if it exists.
	pub fn live_encumbrances(folio: FolioId) -> Option<Vec<Encumbrance>> {
		Folios::<T>::get(folio).map(|record| record.encumbrances.into_inner())
	}

	/// The full history of `folio`: every entry, in entry-number order.
	pub fn history_of(folio: FolioId) -> Vec<(EntryNumber, EntryOf<T>)> {
		let mut history = Entries::<T>::iter_prefix(folio).collect::<Vec<_>>();
		history.sort_by_key(|(number, _)| *number);
		history
	}

	/// A page of the history of `folio`: at most `limit` (capped at [`MAX_PAGE`]) entries with
	/// a number at or after `from`, in entry-number order.
	pub fn history_page(
		folio: FolioId,
		from: EntryNumber,
		limit: u32,
	) -> Vec<(EntryNumber, EntryOf<T>)> {
		let limit = limit.min(MAX_PAGE) as usize;
		let mut history = Self::history_of(folio);
		history.retain(|(number, _)| *number >= from);
		history.truncate(limit);
		history
	}

	/// The entries pending qualification in the folios of `office`, in priority order, as
	/// `(priority, folio, entry)`: at most `limit` (capped at [`MAX_PAGE`]) of them, skipping
	/// the first `skip`.
	pub fn office_queue(
		office: OfficeId,
		skip: u32,
		limit: u32,
	) -> Vec<(EntryNumber, FolioId, EntryNumber)> {
		let mut queue = Vec::new();
		for (folio, pending) in Pending::<T>::iter() {
			if Folios::<T>::get(folio).is_some_and(|record| record.office == office) {
				queue.extend(pending.iter().map(|(priority, entry)| (*priority, folio, *entry)));
			}
		}
		queue.sort();
		queue
			.into_iter()
			.skip(skip as usize)
			.take(limit.min(MAX_PAGE) as usize)
			.collect()
	}
}
