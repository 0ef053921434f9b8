//! Properties (predios): registered with their land as H3 cells, indexed by cell.

use crate::*;
use alloc::collections::btree_set::BTreeSet;
use bmx_primitives::land::{is_valid_cell, CELL_RESOLUTION};
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// Whether `who` is a verified person or a verified organisation.
	pub(crate) fn is_verified(who: &T::AccountId) -> bool {
		T::Persons::person_key(who).is_some() || T::Organisations::organisation_key(who).is_some()
	}

	/// The party key of `who`: its person key, else its organisation key.
	pub(crate) fn party_key(who: &T::AccountId) -> Option<PartyKey> {
		bmx_primitives::identity::party_key::<_, T::Persons, T::Organisations>(who)
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
		ensure!(cells.iter().all(|c| is_valid_cell(*c, CELL_RESOLUTION)), Error::<T>::InvalidCell);
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
			overlapping.extend(on_cell);
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

	/// Remove property `id` for an agency (`Ok`) or a holder (`Err`); the number of its cells
	/// (for the weight).
	pub(crate) fn do_remove_property(
		remover: Result<AgencyId, T::AccountId>,
		id: PropertyId,
		reason: DocumentHash,
	) -> Result<u32, DispatchError> {
		let property = Properties::<T>::get(id).ok_or(Error::<T>::NotFound)?;
		if let Err(who) = &remover {
			ensure!(property.holders.contains(who), Error::<T>::NoPermission);
		}
		ensure!(GrantsOfProperty::<T>::get(id).is_empty(), Error::<T>::InUse);

		for application in ApplicationsOfProperty::<T>::get(id) {
			let withdrawn = Applications::<T>::mutate(application, |maybe| match maybe {
				Some(a) if a.status == ApplicationStatus::Pending => {
					a.status = ApplicationStatus::Withdrawn;
					true
				},
				_ => false,
			});
			if withdrawn {
				Self::deposit_event(Event::ApplicationWithdrawn { application });
			}
		}
		for cell in property.cells.iter() {
			PropertiesOfCell::<T>::mutate_exists(cell, |maybe| {
				if let Some(on_cell) = maybe {
					on_cell.retain(|p| *p != id);
					if on_cell.is_empty() {
						*maybe = None;
					}
				}
			});
		}
		PropertyOfKey::<T>::remove(&property.key);
		Properties::<T>::remove(id);
		Self::deposit_event(Event::PropertyRemoved { property: id, agency: remover.ok(), reason });
		Ok(property.cells.len() as u32)
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
