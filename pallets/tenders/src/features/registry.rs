//! Buyer units (unidades compradoras) and their officials; suppliers and the registry's
//! decisions on them.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Register a buyer unit with `officials`; it gets the next id.
	pub(crate) fn do_register_buyer_unit(
		name: NameOf<T>,
		officials: OfficialsOf<T>,
	) -> DispatchResult {
		ensure!(!name.is_empty(), Error::<T>::EmptyName);
		Self::ensure_officials(&officials)?;
		let buyer_unit = NextBuyerUnitId::<T>::get();
		let next = buyer_unit.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		NextBuyerUnitId::<T>::put(next);
		BuyerUnits::<T>::insert(
			buyer_unit,
			BuyerUnit { name: name.clone(), officials: officials.clone() },
		);
		Self::deposit_event(Event::BuyerUnitRegistered { buyer_unit, name, officials });
		Ok(())
	}

	/// Replace the officials of `buyer_unit`.
	pub(crate) fn do_set_buyer_officials(
		buyer_unit: BuyerUnitId,
		officials: OfficialsOf<T>,
	) -> DispatchResult {
		Self::ensure_officials(&officials)?;
		BuyerUnits::<T>::try_mutate(buyer_unit, |maybe| {
			let unit = maybe.as_mut().ok_or(Error::<T>::BuyerUnitNotFound)?;
			unit.officials = officials.clone();
			Ok::<_, Error<T>>(())
		})?;
		Self::deposit_event(Event::BuyerOfficialsSet { buyer_unit, officials });
		Ok(())
	}

	/// Register the verified organisation `supplier`, pending the registry's decision. An
	/// organisation has one supplier account: the registration of an organisation that moved
	/// to `supplier` suspends the one its former account made.
	pub(crate) fn do_register_supplier(
		supplier: T::AccountId,
		document: DocumentHash,
	) -> DispatchResult {
		let organisation_key =
			T::Organisations::organisation_key(&supplier).ok_or(Error::<T>::NotOrganisation)?;
		ensure!(!Suppliers::<T>::contains_key(&supplier), Error::<T>::AlreadySupplier);
		// The key is verified for `supplier` now, so an account registered with it before
		// lost it: the organisation moved.
		if let Some(former) = SupplierOfOrganisation::<T>::get(organisation_key) {
			Self::suspend_supplier(&former, &organisation_key);
		}
		SupplierOfOrganisation::<T>::insert(organisation_key, &supplier);
		Suppliers::<T>::insert(
			&supplier,
			Supplier {
				organisation_key,
				document,
				status: SupplierStatus::Pending,
				registered_at: Self::now(),
			},
		);
		Self::deposit_event(Event::SupplierRegistered { supplier, organisation_key, document });
		Ok(())
	}

	/// Approve a pending or rejected supplier.
	pub(crate) fn do_approve_supplier(
		supplier: T::AccountId,
		reason: DocumentHash,
	) -> DispatchResult {
		Self::decide_supplier(&supplier, SupplierStatus::Approved { reason })?;
		Self::deposit_event(Event::SupplierApproved { supplier, reason });
		Ok(())
	}

	/// Reject a pending supplier, or withdraw its approval.
	pub(crate) fn do_reject_supplier(
		supplier: T::AccountId,
		reason: DocumentHash,
	) -> DispatchResult {
		Self::decide_supplier(&supplier, SupplierStatus::Rejected { reason })?;
		Self::deposit_event(Event::SupplierRejected { supplier, reason });
		Ok(())
	}

	/// Suspend the supplier `supplier` registered with `organisation_key`, if it is not
	/// already: its organisation's identity ended. Returns whether it was suspended now.
	pub(crate) fn suspend_supplier(
		supplier: &T::AccountId,
		organisation_key: &OrganisationKey,
	) -> bool {
		let suspended = Suppliers::<T>::mutate(supplier, |maybe| match maybe {
			Some(record)
				if record.organisation_key == *organisation_key
					&& record.status != SupplierStatus::Suspended =>
			{
				record.status = SupplierStatus::Suspended;
				true
			},
			_ => false,
		});
		if suspended {
			Self::deposit_event(Event::SupplierSuspended {
				supplier: supplier.clone(),
				organisation_key: *organisation_key,
			});
		}
		suspended
	}

	/// Record the registry's decision on `supplier`: approved or rejected, refusing the decision
	/// it already has. A supplier whose account no longer holds its organisation's identity
	/// cannot be approved.
	fn decide_supplier(supplier: &T::AccountId, decision: SupplierStatus) -> DispatchResult {
		Suppliers::<T>::try_mutate(supplier, |maybe| {
			let record = maybe.as_mut().ok_or(Error::<T>::NotSupplier)?;
			if matches!(decision, SupplierStatus::Approved { .. }) {
				ensure!(
					T::Organisations::organisation_key(supplier) == Some(record.organisation_key),
					Error::<T>::SupplierIdentityEnded
				);
			}
			match (&record.status, &decision) {
				(SupplierStatus::Approved { .. }, SupplierStatus::Approved { .. }) => {
					return Err(Error::<T>::AlreadyApproved.into())
				},
				(SupplierStatus::Rejected { .. }, SupplierStatus::Rejected { .. }) => {
					return Err(Error::<T>::AlreadyRejected.into())
				},
				_ => {},
			}
			record.status = decision;
			Ok(())
		})
	}

	/// Whether `who` is an official of `buyer_unit`.
	pub fn is_official(buyer_unit: BuyerUnitId, who: &T::AccountId) -> bool {
		BuyerUnits::<T>::get(buyer_unit).is_some_and(|unit| unit.officials.contains(who))
	}

	/// Check that `officials` names at least one account, each once.
	fn ensure_officials(officials: &OfficialsOf<T>) -> DispatchResult {
		ensure!(!officials.is_empty(), Error::<T>::EmptyOfficials);
		for (i, official) in officials.iter().enumerate() {
			ensure!(
				!officials.iter().skip(i.saturating_add(1)).any(|o| o == official),
				Error::<T>::DuplicateOfficial
			);
		}
		Ok(())
	}

	/// Check that `buyer_unit` exists and `who` is one of its officials.
	pub(crate) fn ensure_official(buyer_unit: BuyerUnitId, who: &T::AccountId) -> DispatchResult {
		let unit = BuyerUnits::<T>::get(buyer_unit).ok_or(Error::<T>::BuyerUnitNotFound)?;
		ensure!(unit.officials.contains(who), Error::<T>::NotOfficial);
		Ok(())
	}

	/// Check that `who` is an approved supplier whose account still holds its organisation's
	/// identity (checked at every use, not only when the registry approved it); returns its
	/// organisation key.
	pub(crate) fn ensure_approved(who: &T::AccountId) -> Result<OrganisationKey, DispatchError> {
		let supplier = Suppliers::<T>::get(who).ok_or(Error::<T>::NotSupplier)?;
		ensure!(supplier.status != SupplierStatus::Suspended, Error::<T>::SupplierSuspended);
		ensure!(
			matches!(supplier.status, SupplierStatus::Approved { .. }),
			Error::<T>::SupplierNotApproved
		);
		ensure!(
			T::Organisations::organisation_key(who) == Some(supplier.organisation_key),
			Error::<T>::SupplierIdentityEnded
		);
		Ok(supplier.organisation_key)
	}
}
