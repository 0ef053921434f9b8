//! Warehouses: authorisation, suspension, revocation, officers; who acts for whom.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Whether `who` is a verified person or a verified organisation.
	pub fn is_verified(who: &T::AccountId) -> bool {
		T::Persons::person_key(who).is_some() || T::Organisations::organisation_key(who).is_some()
	}

	/// Whether `who` is a current officer of `warehouse`: named by it and holding the
	/// warehouse-officer credential now.
	pub fn is_officer(warehouse: &WarehouseOf<T>, who: &T::AccountId) -> bool {
		warehouse.officers.contains(who)
			&& T::Credentials::has_credential(who, T::OfficerCredential::get())
	}

	/// The warehouse, if `officer` is one of its current officers and it is not revoked.
	pub(crate) fn officer_warehouse(
		officer: &T::AccountId,
		warehouse: &T::AccountId,
	) -> Result<WarehouseOf<T>, DispatchError> {
		let info = Warehouses::<T>::get(warehouse).ok_or(Error::<T>::WarehouseNotFound)?;
		ensure!(info.status != WarehouseStatus::Revoked, Error::<T>::WarehouseRevoked);
		ensure!(Self::is_officer(&info, officer), Error::<T>::NotOfficer);
		Ok(info)
	}

	fn ensure_acts_for(who: &T::AccountId, warehouse: &T::AccountId) -> DispatchResult {
		ensure!(
			who == warehouse || T::Organisations::is_representative(warehouse, who),
			Error::<T>::NotRepresentative
		);
		Ok(())
	}

	pub(crate) fn do_authorise_warehouse(
		warehouse: T::AccountId,
		authorisation: DocumentHash,
	) -> DispatchResult {
		ensure!(T::Organisations::organisation_key(&warehouse).is_some(), Error::<T>::NotVerified);
		if let Some(info) = Warehouses::<T>::get(&warehouse) {
			ensure!(info.status == WarehouseStatus::Revoked, Error::<T>::WarehouseAlreadyExists);
		}
		Warehouses::<T>::insert(
			&warehouse,
			Warehouse {
				status: WarehouseStatus::Authorised,
				authorisation,
				officers: BoundedVec::new(),
			},
		);
		T::Reports::begin(
			ReportSubject::Warehouse(warehouse.clone()),
			T::InventoryReportPeriod::get(),
		);
		Self::deposit_event(Event::WarehouseAuthorised { warehouse, authorisation });
		Ok(())
	}

	pub(crate) fn do_suspend_warehouse(warehouse: T::AccountId) -> DispatchResult {
		Warehouses::<T>::try_mutate(&warehouse, |maybe| -> DispatchResult {
			let info = maybe.as_mut().ok_or(Error::<T>::WarehouseNotFound)?;
			ensure!(info.status == WarehouseStatus::Authorised, Error::<T>::WarehouseNotAuthorised);
			info.status = WarehouseStatus::Suspended;
			Ok(())
		})?;
		Self::deposit_event(Event::WarehouseSuspended { warehouse });
		Ok(())
	}

	pub(crate) fn do_reinstate_warehouse(warehouse: T::AccountId) -> DispatchResult {
		Warehouses::<T>::try_mutate(&warehouse, |maybe| -> DispatchResult {
			let info = maybe.as_mut().ok_or(Error::<T>::WarehouseNotFound)?;
			ensure!(info.status == WarehouseStatus::Suspended, Error::<T>::WarehouseNotSuspended);
			info.status = WarehouseStatus::Authorised;
			Ok(())
		})?;
		Self::deposit_event(Event::WarehouseReinstated { warehouse });
		Ok(())
	}

	pub(crate) fn do_revoke_warehouse(warehouse: T::AccountId) -> DispatchResult {
		Warehouses::<T>::try_mutate(&warehouse, |maybe| -> DispatchResult {
			let info = maybe.as_mut().ok_or(Error::<T>::WarehouseNotFound)?;
			ensure!(info.status != WarehouseStatus::Revoked, Error::<T>::WarehouseRevoked);
			info.status = WarehouseStatus::Revoked;
			info.officers = BoundedVec::new();
			Ok(())
		})?;
		T::Reports::end(&ReportSubject::Warehouse(warehouse.clone()));
		Self::deposit_event(Event::WarehouseRevoked { warehouse });
		Ok(())
	}

	pub(crate) fn do_add_officer(
		who: T::AccountId,
		warehouse: T::AccountId,
		officer: T::AccountId,
	) -> DispatchResult {
		Warehouses::<T>::try_mutate(&warehouse, |maybe| -> DispatchResult {
			let info = maybe.as_mut().ok_or(Error::<T>::WarehouseNotFound)?;
			ensure!(info.status != WarehouseStatus::Revoked, Error::<T>::WarehouseRevoked);
			Self::ensure_acts_for(&who, &warehouse)?;
			ensure!(
				T::Credentials::has_credential(&officer, T::OfficerCredential::get()),
				Error::<T>::NoCredential
			);
			ensure!(!info.officers.contains(&officer), Error::<T>::AlreadyOfficer);
			info.officers
				.try_push(officer.clone())
				.map_err(|_| Error::<T>::TooManyOfficers)?;
			Ok(())
		})?;
		Self::deposit_event(Event::OfficerAdded { warehouse, officer });
		Ok(())
	}

	pub(crate) fn do_remove_officer(
		by: Option<T::AccountId>,
		warehouse: T::AccountId,
		officer: T::AccountId,
	) -> DispatchResult {
		Warehouses::<T>::try_mutate(&warehouse, |maybe| -> DispatchResult {
			let info = maybe.as_mut().ok_or(Error::<T>::WarehouseNotFound)?;
			if let Some(who) = by.as_ref() {
				Self::ensure_acts_for(who, &warehouse)?;
			}
			let before = info.officers.len();
			info.officers.retain(|o| o != &officer);
			ensure!(info.officers.len() < before, Error::<T>::NotOfficer);
			Ok(())
		})?;
		Self::deposit_event(Event::OfficerRemoved { warehouse, officer });
		Ok(())
	}
}
