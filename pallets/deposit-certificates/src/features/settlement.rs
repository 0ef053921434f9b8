//! Settlement: repayment, deposit of the debt, withdrawal of goods, default and sale.

use crate::*;

impl<T: Config> Pallet<T> {
	/// The outstanding pledge of `certificate`, with the checks that every settlement by the
	/// bono's holder makes.
	fn ensure_outstanding(certificate: &CertificateOf<T>) -> DispatchResult {
		ensure!(!certificate.is_cancelled(), Error::<T>::NotLive);
		let pledge = certificate.pledge.as_ref().ok_or(Error::<T>::NotPledged)?;
		ensure!(pledge.status == PledgeStatus::Outstanding, Error::<T>::PledgeSettled);
		Ok(())
	}

	pub(crate) fn do_acknowledge_repayment(
		who: T::AccountId,
		warehouse: T::AccountId,
		folio: Folio,
	) -> DispatchResult {
		Certificates::<T>::try_mutate(&warehouse, folio, |maybe| -> DispatchResult {
			let certificate = maybe.as_mut().ok_or(Error::<T>::CertificateNotFound)?;
			Self::ensure_outstanding(certificate)?;
			ensure!(certificate.bono_holder() == Some(&who), Error::<T>::NotHolder);
			if let Some(pledge) = certificate.pledge.as_mut() {
				pledge.status = PledgeStatus::Repaid;
			}
			certificate.status = CertificateStatus::Live;
			Ok(())
		})?;
		Self::deposit_event(Event::RepaymentAcknowledged { warehouse, folio, by: who });
		Ok(())
	}

	pub(crate) fn do_deposit_debt(
		officer: T::AccountId,
		warehouse: T::AccountId,
		folio: Folio,
		receipt: DocumentHash,
	) -> DispatchResult {
		Self::officer_warehouse(&officer, &warehouse)?;
		Certificates::<T>::try_mutate(&warehouse, folio, |maybe| -> DispatchResult {
			let certificate = maybe.as_mut().ok_or(Error::<T>::CertificateNotFound)?;
			Self::ensure_outstanding(certificate)?;
			if let Some(pledge) = certificate.pledge.as_mut() {
				pledge.status = PledgeStatus::DebtDeposited;
			}
			certificate.status = CertificateStatus::Live;
			Ok(())
		})?;
		Self::deposit_event(Event::DebtDeposited { warehouse, folio, officer, receipt });
		Ok(())
	}

	pub(crate) fn do_withdraw_goods(
		who: T::AccountId,
		warehouse: T::AccountId,
		folio: Folio,
		quantity: u128,
	) -> DispatchResult {
		let remaining = Certificates::<T>::try_mutate(
			&warehouse,
			folio,
			|maybe| -> Result<u128, DispatchError> {
				let certificate = maybe.as_mut().ok_or(Error::<T>::CertificateNotFound)?;
				ensure!(certificate.status == CertificateStatus::Live, Error::<T>::NotLive);
				ensure!(certificate.certificate_holder() == Some(&who), Error::<T>::NotHolder);
				ensure!(!certificate.is_encumbered(), Error::<T>::Encumbered);
				ensure!(quantity > 0, Error::<T>::ZeroQuantity);
				let remaining = certificate
					.goods
					.quantity
					.checked_sub(quantity)
					.ok_or(Error::<T>::QuantityExceeded)?;
				certificate.goods.quantity = remaining;
				if remaining == 0 {
					certificate.status = CertificateStatus::Delivered;
					LiveLots::<T>::remove(certificate.goods.lot);
				}
				Ok(remaining)
			},
		)?;
		Self::deposit_event(Event::GoodsWithdrawn { warehouse, folio, quantity, remaining });
		Ok(())
	}

	pub(crate) fn do_declare_default(
		who: T::AccountId,
		warehouse: T::AccountId,
		folio: Folio,
	) -> DispatchResult {
		Certificates::<T>::try_mutate(&warehouse, folio, |maybe| -> DispatchResult {
			let certificate = maybe.as_mut().ok_or(Error::<T>::CertificateNotFound)?;
			ensure!(certificate.status == CertificateStatus::Live, Error::<T>::NotLive);
			Self::ensure_outstanding(certificate)?;
			ensure!(certificate.bono_holder() == Some(&who), Error::<T>::NotHolder);
			let due = certificate.pledge.as_ref().map(|p| p.terms.due);
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(due.is_some_and(|due| now >= due), Error::<T>::NotDue);
			certificate.status = CertificateStatus::InDefault;
			Ok(())
		})?;
		Self::deposit_event(Event::DefaultDeclared { warehouse, folio, by: who });
		Ok(())
	}

	pub(crate) fn do_record_sale(
		by: Option<T::AccountId>,
		warehouse: T::AccountId,
		folio: Folio,
		proceeds: Centavos,
		record: DocumentHash,
	) -> DispatchResult {
		match by.as_ref() {
			Some(officer) => {
				Self::officer_warehouse(officer, &warehouse)?;
			},
			None => {
				ensure!(Warehouses::<T>::contains_key(&warehouse), Error::<T>::WarehouseNotFound)
			},
		}
		let sale = Certificates::<T>::try_mutate(
			&warehouse,
			folio,
			|maybe| -> Result<SaleRecord, DispatchError> {
				let certificate = maybe.as_mut().ok_or(Error::<T>::CertificateNotFound)?;
				ensure!(
					certificate.status == CertificateStatus::InDefault,
					Error::<T>::NotInDefault
				);
				let owed = certificate
					.pledge
					.as_ref()
					.map(|p| p.terms.amount.saturating_add(p.terms.interest))
					.unwrap_or_default();
				let to_bono_holder = proceeds.min(owed);
				let sale = SaleRecord {
					proceeds,
					to_bono_holder,
					to_certificate_holder: proceeds.saturating_sub(to_bono_holder),
					record,
				};
				if let Some(pledge) = certificate.pledge.as_mut() {
					pledge.status = PledgeStatus::SettledBySale;
				}
				certificate.status = CertificateStatus::Sold;
				certificate.sale = Some(sale.clone());
				LiveLots::<T>::remove(certificate.goods.lot);
				Ok(sale)
			},
		)?;
		Self::deposit_event(Event::GoodsSold {
			warehouse,
			folio,
			proceeds: sale.proceeds,
			to_bono_holder: sale.to_bono_holder,
			to_certificate_holder: sale.to_certificate_holder,
		});
		Ok(())
	}
}
