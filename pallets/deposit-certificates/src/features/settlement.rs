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
		Self::record_act(&warehouse, folio, Act::RepaymentAcknowledged { by: who.clone() })?;
		Self::deposit_event(Event::RepaymentAcknowledged { warehouse, folio, by: who });
		Ok(())
	}

	pub(crate) fn do_deposit_debt(
		by: Option<T::AccountId>,
		warehouse: T::AccountId,
		folio: Folio,
		amount: Centavos,
		receipt: DocumentHash,
	) -> DispatchResult {
		match by.as_ref() {
			Some(officer) => {
				Self::officer_warehouse(officer, &warehouse)?;
			},
			None => {
				ensure!(Warehouses::<T>::contains_key(&warehouse), Error::<T>::WarehouseNotFound)
			},
		}
		let owed = Certificates::<T>::try_mutate(
			&warehouse,
			folio,
			|maybe| -> Result<Centavos, DispatchError> {
				let certificate = maybe.as_mut().ok_or(Error::<T>::CertificateNotFound)?;
				Self::ensure_outstanding(certificate)?;
				ensure!(amount > 0, Error::<T>::ZeroAmount);
				let pledge = certificate.pledge.as_mut().ok_or(Error::<T>::NotPledged)?;
				let owed = pledge.owed().checked_sub(amount).ok_or(Error::<T>::AmountExceeded)?;
				pledge.deposited = pledge.deposited.saturating_add(amount);
				if owed == 0 {
					pledge.status = PledgeStatus::DebtDeposited;
					certificate.status = CertificateStatus::Live;
				} else {
					ensure!(
						pledge.partial_deposits < T::MaxWithdrawals::get(),
						Error::<T>::TooManyWithdrawals
					);
					pledge.partial_deposits = pledge.partial_deposits.saturating_add(1);
				}
				Ok(owed)
			},
		)?;
		Self::record_act(
			&warehouse,
			folio,
			Act::DebtDeposited { amount, owed, receipt, by: by.clone() },
		)?;
		Self::deposit_event(Event::DebtDeposited {
			warehouse,
			folio,
			amount,
			owed,
			officer: by,
			receipt,
		});
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
				ensure!(quantity > 0, Error::<T>::ZeroQuantity);
				let remaining = certificate
					.goods
					.quantity
					.checked_sub(quantity)
					.ok_or(Error::<T>::QuantityExceeded)?;
				ensure!(quantity <= certificate.withdrawable(), Error::<T>::Encumbered);
				certificate.goods.quantity = remaining;
				if remaining == 0 {
					certificate.status = CertificateStatus::Delivered;
					LiveLots::<T>::remove(certificate.goods.lot);
				} else {
					ensure!(
						certificate.partial_withdrawals < T::MaxWithdrawals::get(),
						Error::<T>::TooManyWithdrawals
					);
					certificate.partial_withdrawals =
						certificate.partial_withdrawals.saturating_add(1);
				}
				Ok(remaining)
			},
		)?;
		Self::record_act(&warehouse, folio, Act::GoodsWithdrawn { by: who, quantity, remaining })?;
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
		Self::record_act(&warehouse, folio, Act::DefaultDeclared { by: who.clone() })?;
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
				// What the deposits with the warehouse did not cover yet.
				let owed = certificate.pledge.as_ref().map(|p| p.owed()).unwrap_or_default();
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
		Self::record_act(&warehouse, folio, Act::GoodsSold { proceeds, record })?;
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
