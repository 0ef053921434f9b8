//! Qualification (calificación): inscription in priority order with successive title,
//! suspension and correction, denial, lapse.

use crate::*;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// The folio and the entry, once `registrar` is checked as a registrar of its office and the
	/// entry as pending.
	fn pending_entry_for_registrar(
		registrar: &T::AccountId,
		folio: FolioId,
		entry: EntryNumber,
	) -> Result<(FolioOf<T>, EntryOf<T>), DispatchError> {
		let record = Folios::<T>::get(folio).ok_or(Error::<T>::FolioNotFound)?;
		Self::ensure_registrar_of(registrar, record.office)?;
		let stored = Entries::<T>::get(folio, entry).ok_or(Error::<T>::EntryNotFound)?;
		ensure!(stored.status.is_pending(), Error::<T>::NotPending);
		Ok((record, stored))
	}

	/// Take `entry` out of the folio's pending entries.
	fn remove_pending(folio: FolioId, entry: EntryNumber) {
		Pending::<T>::mutate_exists(folio, |pending| {
			if let Some(list) = pending {
				list.retain(|(_, e)| *e != entry);
				if list.is_empty() {
					*pending = None;
				}
			}
		});
	}

	pub(crate) fn do_inscribe_entry(
		registrar: T::AccountId,
		folio: FolioId,
		entry: EntryNumber,
	) -> DispatchResult {
		let (mut record, mut stored) = Self::pending_entry_for_registrar(&registrar, folio, entry)?;
		ensure!(stored.status == EntryStatus::Presented, Error::<T>::Suspended);
		// Prelación: only the pending entry with the lowest priority.
		let first = Pending::<T>::get(folio).first().map(|(_, e)| *e);
		ensure!(first == Some(entry), Error::<T>::NotFirstInPriority);
		if let Some(notice) = Notices::<T>::get(folio) {
			ensure!(
				!Self::is_live(&notice) || notice.number > stored.priority,
				Error::<T>::PriorityReserved
			);
		}
		match &stored.act {
			Act::Transfer { from, to, .. } => {
				// Tracto sucesivo: the transferors are exactly the registered owners (both are
				// sets without repetitions).
				ensure!(
					from.len() == record.owners.len()
						&& from.iter().all(|party| record.owners.contains(party)),
					Error::<T>::NotCurrentOwner
				);
				record.owners = to.clone();
			},
			Act::Encumber { kind, burdened, beneficiary } => {
				ensure!(record.owners.contains(burdened), Error::<T>::NotCurrentOwner);
				record
					.encumbrances
					.try_push(Encumbrance { entry, kind: *kind, beneficiary: *beneficiary })
					.map_err(|_| Error::<T>::TooManyEncumbrances)?;
			},
			Act::Cancellation { of } => {
				let before = record.encumbrances.len();
				record.encumbrances.retain(|e| e.entry != *of);
				ensure!(record.encumbrances.len() < before, Error::<T>::EncumbranceNotFound);
			},
		}
		stored.status = EntryStatus::Inscribed { at: frame_system::Pallet::<T>::block_number() };
		Folios::<T>::insert(folio, record);
		Entries::<T>::insert(folio, entry, stored);
		Self::remove_pending(folio, entry);
		Self::deposit_event(Event::EntryInscribed { folio, entry, registrar });
		Ok(())
	}

	pub(crate) fn do_suspend_entry(
		registrar: T::AccountId,
		folio: FolioId,
		entry: EntryNumber,
		reason: DocumentHash,
	) -> DispatchResult {
		let (_, mut stored) = Self::pending_entry_for_registrar(&registrar, folio, entry)?;
		ensure!(stored.status == EntryStatus::Presented, Error::<T>::Suspended);
		let deadline =
			frame_system::Pallet::<T>::block_number().saturating_add(T::CorrectionPeriod::get());
		stored.status = EntryStatus::Suspended { deadline, reason };
		Entries::<T>::insert(folio, entry, stored);
		Self::deposit_event(Event::EntrySuspended { folio, entry, deadline, reason });
		Ok(())
	}

	pub(crate) fn do_correct_entry(
		who: T::AccountId,
		folio: FolioId,
		entry: EntryNumber,
		document: DocumentHash,
	) -> DispatchResult {
		let mut stored = Entries::<T>::get(folio, entry).ok_or(Error::<T>::EntryNotFound)?;
		ensure!(stored.presenter == who, Error::<T>::NoPermission);
		let EntryStatus::Suspended { deadline, .. } = stored.status else {
			return Err(Error::<T>::NotSuspended.into());
		};
		ensure!(
			frame_system::Pallet::<T>::block_number() < deadline,
			Error::<T>::CorrectionPeriodOver
		);
		stored.status = EntryStatus::Presented;
		stored.document = document;
		Entries::<T>::insert(folio, entry, stored);
		Self::deposit_event(Event::EntryCorrected { folio, entry, document });
		Ok(())
	}

	pub(crate) fn do_deny_entry(
		registrar: T::AccountId,
		folio: FolioId,
		entry: EntryNumber,
		reason: DocumentHash,
	) -> DispatchResult {
		let (_, mut stored) = Self::pending_entry_for_registrar(&registrar, folio, entry)?;
		stored.status = EntryStatus::Denied { reason };
		Entries::<T>::insert(folio, entry, stored);
		Self::remove_pending(folio, entry);
		Self::deposit_event(Event::EntryDenied { folio, entry, registrar, reason });
		Ok(())
	}

	pub(crate) fn do_lapse_entry(folio: FolioId, entry: EntryNumber) -> DispatchResult {
		let mut stored = Entries::<T>::get(folio, entry).ok_or(Error::<T>::EntryNotFound)?;
		let EntryStatus::Suspended { deadline, .. } = stored.status else {
			return Err(Error::<T>::NotSuspended.into());
		};
		ensure!(
			frame_system::Pallet::<T>::block_number() >= deadline,
			Error::<T>::CorrectionPeriodNotOver
		);
		stored.status = EntryStatus::Lapsed;
		Entries::<T>::insert(folio, entry, stored);
		Self::remove_pending(folio, entry);
		Self::deposit_event(Event::EntryLapsed { folio, entry });
		Ok(())
	}
}
