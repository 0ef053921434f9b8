//! Invariants of the RUCAM registry, checked by `try-runtime` and after every unit test.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Check the pallet's invariants:
	/// - every warehouse's officers are distinct, and a revoked warehouse has none;
	/// - every certificate belongs to a known warehouse, was not issued in the future, and has a
	///   certificate holder; its bono chain is empty or starts with the same depositor;
	/// - quantities: a live or defaulted certificate holds more than zero; a delivered one zero;
	/// - one live certificate per lot: [`LiveLots`] holds exactly the lots of the certificates
	///   not cancelled, each pointing at its certificate;
	/// - a pledge exists only on a negotiable certificate whose bono was endorsed at least once,
	///   falls due no later than the certificate's expiry, and is not outstanding once the
	///   certificate is cancelled; a defaulted certificate has an outstanding pledge;
	/// - a sale record exists exactly on sold certificates and splits its proceeds exactly;
	/// - holders consistent: no instrument is endorsed by a holder to itself;
	/// - deposits of the debt: never more than the debt, all of it exactly when the status says
	///   so, and the goods withdrawn since the pledge never more than the deposits release;
	///   at most `MaxWithdrawals` partial withdrawals and partial deposits;
	/// - every certificate has a history that starts with its issue, and every history belongs
	///   to a certificate.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		for (_, warehouse) in Warehouses::<T>::iter() {
			let officers = &warehouse.officers;
			for (i, officer) in officers.iter().enumerate() {
				ensure!(
					!officers.iter().skip(i.saturating_add(1)).any(|o| o == officer),
					"an officer named twice"
				);
			}
			if warehouse.status == WarehouseStatus::Revoked {
				ensure!(officers.is_empty(), "a revoked warehouse with officers");
			}
		}

		let mut live = 0usize;
		for (warehouse, folio, c) in Certificates::<T>::iter() {
			ensure!(Warehouses::<T>::contains_key(&warehouse), "a certificate of no warehouse");
			ensure!(c.issued_at <= now, "a certificate issued in the future");
			let depositor = c.certificate_holders.first().ok_or("a certificate without holders")?;
			if let Some(first) = c.bono_holders.first() {
				ensure!(first == depositor, "a bono not issued to the depositor");
			}
			for chain in [&c.certificate_holders, &c.bono_holders] {
				ensure!(
					chain.windows(2).all(|pair| pair.first() != pair.get(1)),
					"an instrument endorsed by its holder to itself"
				);
			}
			ensure!(
				c.partial_withdrawals <= T::MaxWithdrawals::get(),
				"too many partial withdrawals"
			);
			let history =
				History::<T>::get(&warehouse, folio).ok_or("a certificate without history")?;
			ensure!(
				matches!(history.first().map(|e| &e.act), Some(Act::Issued { .. })),
				"a history that does not start with the issue"
			);
			let cancelled = c.is_cancelled();
			match c.status {
				CertificateStatus::Delivered => {
					ensure!(c.goods.quantity == 0, "a delivered certificate with goods")
				},
				_ => ensure!(
					c.goods.quantity > 0 || c.status == CertificateStatus::Sold,
					"a live certificate without goods"
				),
			}
			if cancelled {
				ensure!(
					LiveLots::<T>::get(c.goods.lot) != Some((warehouse.clone(), folio)),
					"a cancelled certificate still backs its lot"
				);
			} else {
				live = live.saturating_add(1);
				ensure!(
					LiveLots::<T>::get(c.goods.lot) == Some((warehouse.clone(), folio)),
					"a live certificate whose lot does not point at it"
				);
			}
			match c.pledge.as_ref() {
				Some(pledge) => {
					ensure!(c.bono_holders.len() >= 2, "a pledge on a bono never endorsed");
					ensure!(pledge.terms.due <= c.expires_at, "a pledge outliving its certificate");
					ensure!(pledge.deposited <= pledge.debt(), "more deposited than the debt");
					ensure!(
						(pledge.status == PledgeStatus::DebtDeposited)
							== (pledge.deposited == pledge.debt()),
						"a deposit of the whole debt and a status that disagree"
					);
					ensure!(
						pledge.partial_deposits <= T::MaxWithdrawals::get(),
						"too many partial deposits"
					);
					if pledge.status == PledgeStatus::Outstanding {
						let withdrawn = pledge
							.pledged_quantity
							.checked_sub(c.goods.quantity)
							.ok_or("more goods than when pledged")?;
						ensure!(
							withdrawn <= pledge.released_quantity(),
							"goods withdrawn beyond the share of the debt deposited"
						);
					}
					if cancelled {
						ensure!(
							pledge.status != PledgeStatus::Outstanding,
							"an outstanding pledge on a cancelled certificate"
						);
					}
				},
				None => ensure!(c.bono_holders.len() <= 1, "an endorsed bono without a pledge"),
			}
			if c.status == CertificateStatus::InDefault {
				ensure!(c.is_encumbered(), "a default without an outstanding pledge");
			}
			match (c.status, c.sale.as_ref()) {
				(CertificateStatus::Sold, Some(sale)) => ensure!(
					sale.to_bono_holder.checked_add(sale.to_certificate_holder)
						== Some(sale.proceeds),
					"a sale whose split differs from its proceeds"
				),
				(CertificateStatus::Sold, None) => {
					return Err("a sold certificate without a sale".into())
				},
				(_, Some(_)) => return Err("a sale record on an unsold certificate".into()),
				(_, None) => {},
			}
		}
		ensure!(LiveLots::<T>::iter().count() == live, "a lot backing no live certificate");
		for (warehouse, folio, _) in History::<T>::iter() {
			ensure!(
				Certificates::<T>::contains_key(&warehouse, folio),
				"a history of no certificate"
			);
		}
		Ok(())
	}
}
