//! Keeping the catalogue: adding, renaming, retiring and restoring codes.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Add `code`, active, with `name`: see [`Pallet::add_code`]. Genesis adds its codes here
	/// too.
	pub(crate) fn do_add_code(code: CucopCode, name: NameOf<T>) -> DispatchResult {
		ensure!(code.is_well_formed(), Error::<T>::InvalidCode);
		ensure!(!Codes::<T>::contains_key(code), Error::<T>::AlreadyExists);
		Self::ensure_name(&name)?;
		let now = frame_system::Pallet::<T>::block_number();
		let entry = CatalogueEntry {
			name: name.clone(),
			status: CodeStatus::Active,
			added_at: now,
			changed_at: now,
		};
		Codes::<T>::insert(code, entry);
		// At most one entry per well-formed code: 90 million, far below `u32::MAX`.
		CodeCount::<T>::mutate(|count| *count = count.saturating_add(1));
		Self::deposit_event(Event::CodeAdded { code, name });
		Ok(())
	}

	/// Give `code` the new `name`: see [`Pallet::rename_code`].
	pub(crate) fn do_rename_code(code: CucopCode, name: NameOf<T>) -> DispatchResult {
		Codes::<T>::try_mutate(code, |entry| -> DispatchResult {
			let entry = entry.as_mut().ok_or(Error::<T>::NotFound)?;
			Self::ensure_name(&name)?;
			ensure!(entry.name != name, Error::<T>::NameUnchanged);
			entry.name = name.clone();
			entry.changed_at = frame_system::Pallet::<T>::block_number();
			Ok(())
		})?;
		Self::deposit_event(Event::CodeRenamed { code, name });
		Ok(())
	}

	/// Move `code` to `status`: retire it ([`Pallet::retire_code`]) or restore it
	/// ([`Pallet::restore_code`]).
	pub(crate) fn do_set_status(code: CucopCode, status: CodeStatus) -> DispatchResult {
		Codes::<T>::try_mutate(code, |entry| -> DispatchResult {
			let entry = entry.as_mut().ok_or(Error::<T>::NotFound)?;
			ensure!(
				entry.status != status,
				match status {
					CodeStatus::Retired => Error::<T>::AlreadyRetired,
					CodeStatus::Active => Error::<T>::NotRetired,
				}
			);
			entry.status = status;
			entry.changed_at = frame_system::Pallet::<T>::block_number();
			Ok(())
		})?;
		Self::deposit_event(match status {
			CodeStatus::Retired => Event::CodeRetired { code },
			CodeStatus::Active => Event::CodeRestored { code },
		});
		Ok(())
	}

	/// A name is not empty and is UTF-8 (its length is bounded by its type).
	pub(crate) fn ensure_name(name: &[u8]) -> DispatchResult {
		ensure!(!name.is_empty(), Error::<T>::EmptyName);
		ensure!(core::str::from_utf8(name).is_ok(), Error::<T>::InvalidName);
		Ok(())
	}
}
