//! The history of each certificate, and what verifiers and clerks read of the register.

use crate::*;
use alloc::vec::Vec;

impl<T: Config> Pallet<T> {
	/// Append `act`, at the current block, to the history of `warehouse`'s certificate `folio`.
	pub(crate) fn record_act(
		warehouse: &T::AccountId,
		folio: Folio,
		act: Act<T::AccountId, BlockNumberFor<T>>,
	) -> DispatchResult {
		let at = frame_system::Pallet::<T>::block_number();
		History::<T>::try_mutate(warehouse, folio, |history| {
			history
				.get_or_insert_with(BoundedVec::new)
				.try_push(HistoryEntry { at, act })
				.map_err(|_| Error::<T>::HistoryFull.into())
		})
	}

	/// What a verifier learns of `warehouse`'s certificate `folio`: `None` means that no
	/// warehouse issued such a certificate (it is not authentic).
	pub fn verify_certificate(
		warehouse: T::AccountId,
		folio: Folio,
	) -> Option<CertificateVerification<T::AccountId, BlockNumberFor<T>>> {
		let certificate = Certificates::<T>::get(&warehouse, folio)?;
		let info = Warehouses::<T>::get(&warehouse)?;
		let certificate_holder = certificate.certificate_holder()?.clone();
		let bono_holder = certificate.bono_holder().cloned();
		let encumbrance = match (certificate.pledge.as_ref(), bono_holder.as_ref()) {
			(Some(pledge), Some(creditor)) => Some(Encumbrance {
				creditor: creditor.clone(),
				amount: pledge.terms.amount,
				interest: pledge.terms.interest,
				due: pledge.terms.due,
				contract: pledge.terms.contract,
				status: pledge.status,
				deposited: pledge.deposited,
				owed: pledge.owed(),
			}),
			_ => None,
		};
		Some(CertificateVerification {
			warehouse: warehouse.clone(),
			warehouse_status: info.status,
			warehouse_authorisation: info.authorisation,
			folio,
			issued_by: certificate.issued_by.clone(),
			issued_at: certificate.issued_at,
			expires_at: certificate.expires_at,
			expired: Self::is_expired(&certificate),
			status: certificate.status,
			withdrawable: if certificate.status == CertificateStatus::Live {
				certificate.withdrawable()
			} else {
				0
			},
			goods: certificate.goods.clone(),
			certificate_holder,
			bono_holder,
			encumbrance,
			sale: certificate.sale.clone(),
			certificate_holders: certificate.certificate_holders.into_inner(),
			bono_holders: certificate.bono_holders.into_inner(),
			history: History::<T>::get(&warehouse, folio).unwrap_or_default().into_inner(),
		})
	}

	/// A page of at most `limit` (and at most [`MAX_PAGE`]) certificates of `warehouse`, live
	/// and cancelled, in storage order (the order of the folios' hashes), starting after the
	/// folio `start_after` (from the first when `None`). The next page starts after the last
	/// folio returned; a page shorter than asked is the last.
	pub fn certificates_of_warehouse(
		warehouse: T::AccountId,
		start_after: Option<Folio>,
		limit: u32,
	) -> Vec<CertificateSummary<T::AccountId, BlockNumberFor<T>>> {
		let limit = limit.min(MAX_PAGE) as usize;
		let iter = match start_after {
			Some(folio) => Certificates::<T>::iter_prefix_from(
				&warehouse,
				Certificates::<T>::hashed_key_for(&warehouse, folio),
			),
			None => Certificates::<T>::iter_prefix(&warehouse),
		};
		iter.filter_map(|(folio, c)| {
			Some(CertificateSummary {
				folio,
				lot: c.goods.lot,
				status: c.status,
				quantity: c.goods.quantity,
				unit: c.goods.unit,
				certificate_holder: c.certificate_holder()?.clone(),
				bono_holder: c.bono_holder().cloned(),
				encumbered: c.is_encumbered(),
				expires_at: c.expires_at,
			})
		})
		.take(limit)
		.collect()
	}

	/// The warehouse `warehouse`, if ever authorised, as a verifier reads it.
	pub fn warehouse_summary(warehouse: T::AccountId) -> Option<WarehouseSummary<T::AccountId>> {
		Warehouses::<T>::get(warehouse).map(|w| WarehouseSummary {
			status: w.status,
			authorisation: w.authorisation,
			officers: w.officers.into_inner(),
		})
	}
}
