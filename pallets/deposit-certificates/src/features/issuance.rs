//! Issuing certificates and bonos.

use crate::*;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_issue_certificate(
		officer: T::AccountId,
		warehouse: T::AccountId,
		folio: Folio,
		depositor: T::AccountId,
		goods: Goods,
		negotiable: bool,
		expires_at: BlockNumberFor<T>,
	) -> DispatchResult {
		let info = Self::officer_warehouse(&officer, &warehouse)?;
		ensure!(info.status == WarehouseStatus::Authorised, Error::<T>::WarehouseNotAuthorised);
		ensure!(Self::is_verified(&depositor), Error::<T>::NotVerified);
		ensure!(goods.quantity > 0, Error::<T>::ZeroQuantity);
		ensure!(goods.location.is_well_formed(), Error::<T>::MalformedLocation);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			expires_at > now && expires_at <= now.saturating_add(T::MaxValidity::get()),
			Error::<T>::InvalidExpiry
		);
		ensure!(!Certificates::<T>::contains_key(&warehouse, folio), Error::<T>::FolioTaken);
		ensure!(!LiveLots::<T>::contains_key(goods.lot), Error::<T>::LotAlreadyBacked);

		let holders: BoundedVec<T::AccountId, T::MaxHolders> =
			BoundedVec::try_from(alloc::vec![depositor.clone()])
				.map_err(|_| Error::<T>::TooManyHolders)?;
		let lot = goods.lot;
		let certificate = Certificate {
			goods,
			issued_at: now,
			expires_at,
			status: CertificateStatus::Live,
			certificate_holders: holders.clone(),
			bono_holders: if negotiable { holders } else { BoundedVec::new() },
			pledge: None,
			sale: None,
			issued_by: officer.clone(),
			partial_withdrawals: 0,
		};
		Certificates::<T>::insert(&warehouse, folio, certificate);
		LiveLots::<T>::insert(lot, (warehouse.clone(), folio));
		Self::record_act(
			&warehouse,
			folio,
			Act::Issued { depositor: depositor.clone(), officer: officer.clone(), negotiable },
		)?;
		Self::deposit_event(Event::CertificateIssued {
			warehouse,
			folio,
			lot,
			depositor,
			negotiable,
			expires_at,
			officer,
		});
		Ok(())
	}
}
