//! The contract of a final award: drafted by an official with deliverables adding up to the
//! winning price, signed by both parties (with an e.firma when required) before
//! `contract_deadline`, then settled deliverable by deliverable until it completes or fails.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Draft (or redraft, while unsigned) the contract of `tender_id` for the official `who`.
	pub(crate) fn do_draft_contract(
		who: T::AccountId,
		tender_id: TenderId,
		document: DocumentHash,
		deliverables: DeliverableTermsOf<T>,
	) -> DispatchResult {
		let tender = Self::official_tender(tender_id, &who)?;
		ensure!(tender.status == TenderStatus::AwardFinal, Error::<T>::AwardNotFinal);
		let now = Self::now();
		ensure!(now < tender.schedule.contract_deadline, Error::<T>::ContractSigningClosed);
		if let Some(existing) = Contracts::<T>::get(tender_id) {
			ensure!(
				existing.buyer_signatory.is_none() && !existing.supplier_signed,
				Error::<T>::ContractAlreadySigned
			);
		}
		ensure!(!deliverables.is_empty(), Error::<T>::EmptyDeliverables);
		ensure!(deliverables.iter().all(|(_, due, _)| *due > now), Error::<T>::DueInPast);
		let total = deliverables
			.iter()
			.try_fold(0u128, |sum, (_, _, amount)| sum.checked_add(*amount))
			.ok_or(Error::<T>::AmountsMismatch)?;
		let (supplier, value) = Self::winner(tender_id).ok_or(Error::<T>::AwardNotFinal)?;
		ensure!(total == value, Error::<T>::AmountsMismatch);
		let deliverables: DeliverablesOf<T> = deliverables
			.into_iter()
			.map(|(description, due, amount)| Deliverable {
				description,
				due,
				amount,
				status: DeliverableStatus::Pending,
			})
			.collect::<Vec<_>>()
			.try_into()
			.map_err(|_| Error::<T>::EmptyDeliverables)?;
		Contracts::<T>::insert(
			tender_id,
			Contract {
				supplier,
				document,
				value,
				deliverables,
				buyer_signatory: None,
				supplier_signed: false,
				status: ContractStatus::Drafted,
			},
		);
		Self::deposit_event(Event::ContractDrafted { tender_id, document, value });
		Ok(())
	}

	/// Record `who`'s signature of the drafted contract of `tender_id`, as an official of the
	/// buyer unit or as the winner; with both, the contract is in force.
	pub(crate) fn do_sign_contract(who: T::AccountId, tender_id: TenderId) -> DispatchResult {
		let tender = Tenders::<T>::get(tender_id).ok_or(Error::<T>::TenderNotFound)?;
		let mut contract = Contracts::<T>::get(tender_id).ok_or(Error::<T>::ContractNotFound)?;
		ensure!(contract.status == ContractStatus::Drafted, Error::<T>::ContractNotActive);
		ensure!(Self::now() < tender.schedule.contract_deadline, Error::<T>::ContractSigningClosed);
		let is_official = Self::is_official(tender.buyer_unit, &who);
		// The winner signs from its own account or through an authorised representative.
		let for_supplier = who == contract.supplier
			|| T::Organisations::is_representative(&contract.supplier, &who);
		ensure!(is_official || for_supplier, Error::<T>::NotParty);
		ensure!(
			!T::RequireEfirma::get() || T::Efirma::has_signed(&who, &contract.document),
			Error::<T>::NotSignedWithEfirma
		);
		if is_official {
			ensure!(contract.buyer_signatory.is_none(), Error::<T>::AlreadySigned);
			contract.buyer_signatory = Some(who.clone());
		} else {
			ensure!(!contract.supplier_signed, Error::<T>::AlreadySigned);
			contract.supplier_signed = true;
		}
		let activated = contract.buyer_signatory.is_some() && contract.supplier_signed;
		if activated {
			contract.status = ContractStatus::Active;
		}
		Contracts::<T>::insert(tender_id, contract);
		Self::deposit_event(Event::ContractSigned { tender_id, signatory: who });
		if activated {
			Self::deposit_event(Event::ContractActivated { tender_id });
		}
		Ok(())
	}

	/// Accept deliverable `index` of the contract of `tender_id` for the official `who`.
	pub(crate) fn do_accept_deliverable(
		who: T::AccountId,
		tender_id: TenderId,
		index: u32,
	) -> DispatchResult {
		Self::settle_deliverable(&who, tender_id, index, DeliverableStatus::Accepted)?;
		Self::deposit_event(Event::DeliverableAccepted { tender_id, index });
		Self::conclude_contract(tender_id);
		Ok(())
	}

	/// Reject deliverable `index` of the contract of `tender_id` for the official `who`.
	pub(crate) fn do_reject_deliverable(
		who: T::AccountId,
		tender_id: TenderId,
		index: u32,
		reason: DocumentHash,
	) -> DispatchResult {
		Self::settle_deliverable(&who, tender_id, index, DeliverableStatus::Rejected)?;
		Self::deposit_event(Event::DeliverableRejected { tender_id, index, reason });
		Self::conclude_contract(tender_id);
		Ok(())
	}

	/// Declare deliverable `index` of the contract of `tender_id` overdue for the official
	/// `who`.
	pub(crate) fn do_declare_deliverable_overdue(
		who: T::AccountId,
		tender_id: TenderId,
		index: u32,
	) -> DispatchResult {
		Self::settle_deliverable(&who, tender_id, index, DeliverableStatus::Overdue)?;
		Self::deposit_event(Event::DeliverableOverdue { tender_id, index });
		Self::conclude_contract(tender_id);
		Ok(())
	}

	/// Check that `who` may settle deliverable `index` of the contract of `tender_id` as
	/// `status`, and record it.
	fn settle_deliverable(
		who: &T::AccountId,
		tender_id: TenderId,
		index: u32,
		status: DeliverableStatus,
	) -> DispatchResult {
		Self::official_tender(tender_id, who)?;
		Contracts::<T>::try_mutate(tender_id, |maybe| {
			let contract = maybe.as_mut().ok_or(Error::<T>::ContractNotFound)?;
			ensure!(contract.status == ContractStatus::Active, Error::<T>::ContractNotActive);
			let deliverable = contract
				.deliverables
				.get_mut(index as usize)
				.ok_or(Error::<T>::DeliverableNotFound)?;
			ensure!(
				deliverable.status == DeliverableStatus::Pending,
				Error::<T>::DeliverableNotPending
			);
			if status == DeliverableStatus::Overdue {
				ensure!(Self::now() > deliverable.due, Error::<T>::NotOverdue);
			}
			deliverable.status = status;
			Ok(())
		})
	}

	/// End the contract of `tender_id` if its deliverables decide it: completed when all are
	/// accepted, failed when one was rejected or overdue; then move the reputation of the
	/// evaluators who backed the winner.
	fn conclude_contract(tender_id: TenderId) {
		let Some(mut contract) = Contracts::<T>::get(tender_id) else { return };
		let failed = contract
			.deliverables
			.iter()
			.any(|d| matches!(d.status, DeliverableStatus::Rejected | DeliverableStatus::Overdue));
		let completed =
			contract.deliverables.iter().all(|d| d.status == DeliverableStatus::Accepted);
		if !failed && !completed {
			return;
		}
		contract.status = if failed { ContractStatus::Failed } else { ContractStatus::Completed };
		let supplier = contract.supplier.clone();
		Contracts::<T>::insert(tender_id, contract);
		if failed {
			Self::deposit_event(Event::ContractFailed { tender_id, supplier });
		} else {
			Self::deposit_event(Event::ContractCompleted { tender_id, supplier });
		}
		Self::move_reputation(tender_id, !failed);
	}
}
