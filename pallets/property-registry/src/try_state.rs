//! The invariants of the registry, checked by `try_state` and at the end of every unit test.

use crate::*;

impl<T: Config> Pallet<T> {
	/// - Every folio has one owner set: non-empty, without repetitions; its office exists; its
	///   cadastral key points back to it; its encumbrances were inscribed on it.
	/// - Every pending list is in strictly increasing priority order and holds exactly the
	///   pending entries of its folio, each with its stored priority.
	/// - Every notice is on an existing folio, and no entry holds a priority later than it was
	///   presented.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		for (folio, record) in Folios::<T>::iter() {
			Self::ensure_owner_set(&record.owners).map_err(|_| "a folio has no valid owner set")?;
			ensure!(Offices::<T>::contains_key(record.office), "a folio's office does not exist");
			ensure!(
				FolioOfCadastralKey::<T>::get(&record.cadastral_key) == Some(folio),
				"a folio's cadastral key does not point to it"
			);
			for encumbrance in record.encumbrances.iter() {
				let entry = Entries::<T>::get(folio, encumbrance.entry)
					.ok_or("an encumbrance has no entry")?;
				ensure!(
					matches!(entry.status, EntryStatus::Inscribed { .. }),
					"an encumbrance's entry is not inscribed"
				);
			}
		}
		for (folio, pending) in Pending::<T>::iter() {
			ensure!(Folios::<T>::contains_key(folio), "pending entries on a missing folio");
			ensure!(!pending.is_empty(), "an empty pending list is stored");
			let mut previous: Option<EntryNumber> = None;
			for (priority, entry) in pending.iter() {
				ensure!(previous.map_or(true, |p| p < *priority), "pending entries out of order");
				previous = Some(*priority);
				let stored = Entries::<T>::get(folio, entry).ok_or("a pending entry is missing")?;
				ensure!(stored.status.is_pending(), "a listed entry is not pending");
				ensure!(stored.priority == *priority, "a listed priority differs from the entry's");
			}
		}
		for (folio, entry, stored) in Entries::<T>::iter() {
			ensure!(stored.priority <= entry, "an entry holds a later priority than its number");
			if stored.status.is_pending() {
				ensure!(
					Pending::<T>::get(folio).iter().any(|(_, e)| *e == entry),
					"a pending entry is not listed"
				);
			}
		}
		for (folio, _) in Notices::<T>::iter() {
			ensure!(Folios::<T>::contains_key(folio), "a notice on a missing folio");
		}
		Ok(())
	}
}
