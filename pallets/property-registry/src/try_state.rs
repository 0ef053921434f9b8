//! The invariants of the registry, checked by `try_state` and at the end of every unit test.

use crate::*;

impl<T: Config> Pallet<T> {
	/// - Every folio has one owner set: non-empty, without repetitions; its office exists; its
	///   cadastral key points back to it; its encumbrances were inscribed on it.
	/// - Every pending list is in strictly increasing priority order and holds exactly the
	///   pending entries of its folio, each with its stored priority.
	/// - Every notice is on an existing folio, and no entry holds a priority later than it was
	///   presented; entry numbers and notice numbers are below [`NextEntryNumber`].
	/// - A closed folio has no live encumbrance, no pending entry and no notice; each of its
	///   successors points back to it, and each predecessor of a folio is closed pointing to it.
	/// - The cell index holds exactly the cells of the open folios' land.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		for (folio, record) in Folios::<T>::iter() {
			Self::ensure_owner_set(&record.owners).map_err(|_| "a folio has no valid owner set")?;
			ensure!(Offices::<T>::contains_key(record.office), "a folio's office does not exist");
			if let (Some(key), true) = (&record.cadastral_key, record.status.is_open()) {
				ensure!(
					FolioOfCadastralKey::<T>::get(key) == Some(folio),
					"a folio's cadastral key does not point to it"
				);
			}
			ensure!(
				bmx_primitives::land::is_sorted_distinct(&record.land)
					&& record.land.iter().all(|cell| bmx_primitives::land::is_valid_cell(
						*cell,
						bmx_primitives::land::CELL_RESOLUTION
					)),
				"a folio's land is not a sorted set of valid cells"
			);
			if record.status.is_open() {
				ensure!(
					record.land.iter().all(|cell| FoliosOfCell::<T>::contains_key(cell, folio)),
					"a cell of an open folio's land is not indexed"
				);
			}
			if let FolioStatus::Closed { successors, .. } = &record.status {
				ensure!(record.encumbrances.is_empty(), "a closed folio has a live encumbrance");
				ensure!(!Pending::<T>::contains_key(folio), "a closed folio has pending entries");
				ensure!(!Notices::<T>::contains_key(folio), "a closed folio has a notice");
				for successor in successors.iter() {
					let next = Folios::<T>::get(successor).ok_or("a successor is missing")?;
					ensure!(next.predecessors.contains(&folio), "a successor does not point back");
				}
			}
			for predecessor in record.predecessors.iter() {
				let previous = Folios::<T>::get(predecessor).ok_or("a predecessor is missing")?;
				ensure!(
					matches!(&previous.status, FolioStatus::Closed { successors, .. }
						if successors.contains(&folio)),
					"a predecessor is not closed pointing to its successor"
				);
			}
			for encumbrance in record.encumbrances.iter() {
				let entry = Entries::<T>::get(folio, encumbrance.entry)
					.ok_or("an encumbrance has no entry")?;
				ensure!(
					matches!(entry.status, EntryStatus::Inscribed { .. }),
					"an encumbrance's entry is not inscribed"
				);
			}
		}
		for (cell, folio, ()) in FoliosOfCell::<T>::iter() {
			let record = Folios::<T>::get(folio).ok_or("the cell index names a missing folio")?;
			ensure!(record.status.is_open(), "the cell index names a closed folio");
			ensure!(
				record.land.binary_search(&cell).is_ok(),
				"the cell index names a folio whose land does not hold the cell"
			);
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
		let next_entry = NextEntryNumber::<T>::get();
		for (_, key_folio) in FolioOfCadastralKey::<T>::iter() {
			ensure!(Folios::<T>::contains_key(key_folio), "a cadastral key of a missing folio");
		}
		for (folio, entry, stored) in Entries::<T>::iter() {
			ensure!(entry < next_entry, "an entry number was not handed out");
			ensure!(stored.priority <= entry, "an entry holds a later priority than its number");
			if stored.status.is_pending() {
				ensure!(
					Pending::<T>::get(folio).iter().any(|(_, e)| *e == entry),
					"a pending entry is not listed"
				);
			}
		}
		for (folio, notice) in Notices::<T>::iter() {
			ensure!(Folios::<T>::contains_key(folio), "a notice on a missing folio");
			ensure!(notice.number < next_entry, "a notice number was not handed out");
		}
		for (_, certificate) in Certificates::<T>::iter() {
			ensure!(
				certificate.at <= frame_system::Pallet::<T>::block_number(),
				"a certificate states a future moment"
			);
		}
		Ok(())
	}
}
