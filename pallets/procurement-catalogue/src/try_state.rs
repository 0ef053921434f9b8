//! The invariants of the procurement catalogue, checked by `try_state` and at the end of every
//! unit test.

use crate::*;

impl<T: Config> Pallet<T> {
	/// - Every code in [`Codes`] is well-formed (eight digits).
	/// - Every name is non-empty UTF-8.
	/// - No entry was added or changed in the future, nor changed before it was added.
	/// - [`CodeCount`] is the number of entries.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		let mut count: u32 = 0;
		for (code, entry) in Codes::<T>::iter() {
			ensure!(code.is_well_formed(), "a code without eight digits");
			ensure!(!entry.name.is_empty(), "a code with an empty name");
			ensure!(core::str::from_utf8(&entry.name).is_ok(), "a code whose name is not UTF-8");
			ensure!(
				entry.added_at <= entry.changed_at && entry.changed_at <= now,
				"a code changed before it was added, or in the future"
			);
			count = count.checked_add(1).ok_or("more codes than a u32 counts")?;
		}
		ensure!(count == CodeCount::<T>::get(), "CodeCount differs from the codes stored");
		Ok(())
	}
}
