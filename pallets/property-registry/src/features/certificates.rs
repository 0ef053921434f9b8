//! Certificates of freedom or existence of encumbrances, and the public read helpers.

use crate::*;
use alloc::vec::Vec;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_issue_certificate(folio: FolioId) -> DispatchResult {
		let record = Folios::<T>::get(folio).ok_or(Error::<T>::FolioNotFound)?;
		let certificate = NextCertificateId::<T>::get();
		let next = certificate.checked_add(1).ok_or(Error::<T>::Overflow)?;
		NextCertificateId::<T>::put(next);
		let free = record.encumbrances.is_empty();
		Certificates::<T>::insert(
			certificate,
			Certificate {
				folio,
				at: frame_system::Pallet::<T>::block_number(),
				owners: record.owners,
				encumbrances: record.encumbrances,
				pending: Pending::<T>::decode_len(folio).unwrap_or(0) as u32,
			},
		);
		Self::deposit_event(Event::CertificateIssued { certificate, folio, free });
		Ok(())
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
}
