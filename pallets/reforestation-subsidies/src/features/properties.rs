//! Properties (predios): registered with their land as H3 cells, indexed by cell.

use crate::*;
use alloc::collections::btree_set::BTreeSet;
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// Whether `who` is a verified person or a verified organisation.
	pub(crate) fn is_verified(who: &T::AccountId) -> bool {
		T::Persons::person_key(who).is_some() || T::Organisations::organisation_key(who).is_some()
	}

	/// Check and store a property, and index its cells.
	pub(crate) fn do_register_property(
		who: T::AccountId,
		key: BoundedVec<u8, T::MaxKeyLen>,
		jurisdiction: Jurisdiction,
		area: CentiHectares,
		holders: BoundedVec<T::AccountId, T::MaxHolders>,
		cells: BoundedVec<H3Cell, T::MaxCellsPerProperty>,
	) -> DispatchResult {
		ensure!(holders.contains(&who), Error::<T>::NoPermission);
		ensure!(holders.iter().all(Self::is_verified), Error::<T>::NotVerified);
		ensure!(
			!key.is_empty()
				&& jurisdiction.is_well_formed()
				&& !area.is_zero()
				&& !cells.is_empty(),
			Error::<T>::InvalidProperty
		);
		let resolution = T::CellResolution::get();
		ensure!(cells.iter().all(|c| is_valid_cell(*c, resolution)), Error::<T>::InvalidCell);
		let mut cells = cells.into_inner();
		cells.sort_unstable();
		cells.dedup();
		let cells = BoundedVec::<H3Cell, T::MaxCellsPerProperty>::try_from(cells)
			.map_err(|_| Error::<T>::TooManyItems)?;
		ensure!(!PropertyOfKey::<T>::contains_key(&key), Error::<T>::AlreadyExists);

		let id = NextPropertyId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let mut overlapping = BTreeSet::new();
		// Check every cell's index has room before writing any.
		for cell in cells.iter() {
			let on_cell = PropertiesOfCell::<T>::get(cell);
			ensure!(
				(on_cell.len() as u32) < T::MaxPropertiesPerCell::get(),
				Error::<T>::TooManyItems
			);
			overlapping.extend(on_cell.into_iter());
		}
		for cell in cells.iter() {
			PropertiesOfCell::<T>::try_mutate(cell, |on_cell| on_cell.try_push(id))
				.map_err(|_| Error::<T>::TooManyItems)?;
		}
		let count = cells.len() as u32;
		PropertyOfKey::<T>::insert(&key, id);
		Properties::<T>::insert(id, Property { key, jurisdiction, area, holders, cells });
		NextPropertyId::<T>::put(next);
		Self::deposit_event(Event::PropertyRegistered {
			property: id,
			by: who,
			cells: count,
			overlapping: overlapping.len() as u32,
		});
		Ok(())
	}

	/// The properties sharing at least one cell with `property`, itself included.
	pub(crate) fn overlapping_properties(property: &PropertyOf<T>) -> BTreeSet<PropertyId> {
		property
			.cells
			.iter()
			.flat_map(|cell| PropertiesOfCell::<T>::get(cell).into_iter())
			.collect()
	}
}
