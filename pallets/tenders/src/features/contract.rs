//! The contract of a final award: drafted by an official with deliverables adding up to the
//! winning price, signed by both parties (with an e.firma when required) before
//! `contract_deadline`, then settled deliverable by deliverable until it completes or fails.
//! The supplier's signature holds its performance guarantee and returns its bid guarantee; a
//! contract not signed in time passes to the runner-up or leaves the tender void.

use crate::*;
use frame_support::traits::fungible::MutateHold;
use sp_runtime::traits::Saturating;

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
				guarantee: Zero::zero(),
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
			Self::exchange_guarantees(tender_id, &mut contract)?;
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

	/// The supplier of `contract` (of `tender_id`) signs: hold its performance guarantee
	/// ([`Config::PerformanceGuarantee`] of the contract's value) and return its bid
	/// guarantee, if still held.
	fn exchange_guarantees(tender_id: TenderId, contract: &mut ContractOf<T>) -> DispatchResult {
		let amount =
			T::CentavosToBalance::convert(T::PerformanceGuarantee::get().mul_floor(contract.value));
		T::Currency::hold(&HoldReason::PerformanceGuarantee.into(), &contract.supplier, amount)?;
		contract.guarantee = amount;
		let mut bids = Bids::<T>::get(tender_id);
		if let Some(bid) = bids.iter_mut().find(|b| b.bidder == contract.supplier) {
			if !bid.deposit.is_zero() {
				Self::release_hold(
					HoldReason::BidGuarantee,
					&bid.bidder,
					core::mem::take(&mut bid.deposit),
				);
				Bids::<T>::insert(tender_id, bids);
			}
		}
		Self::deposit_event(Event::PerformanceGuaranteeHeld {
			tender_id,
			supplier: contract.supplier.clone(),
			amount,
		});
		Ok(())
	}

	/// Settle the final award of `tender_id` whose contract was not signed in time.
	pub(crate) fn do_settle_unsigned_contract(tender_id: TenderId) -> DispatchResult {
		let mut tender = Tenders::<T>::get(tender_id).ok_or(Error::<T>::TenderNotFound)?;
		ensure!(tender.status == TenderStatus::AwardFinal, Error::<T>::AwardNotFinal);
		let now = Self::now();
		ensure!(now >= tender.schedule.contract_deadline, Error::<T>::ContractSigningOpen);
		let contract = Contracts::<T>::get(tender_id);
		if let Some(contract) = &contract {
			ensure!(contract.status == ContractStatus::Drafted, Error::<T>::ContractSigned);
		}
		let mut award = Awards::<T>::get(tender_id).ok_or(Error::<T>::AwardNotFinal)?;
		let (winning, price) = Self::winner_bid(&award).ok_or(Error::<T>::AwardNotFinal)?;
		let mut bids = Bids::<T>::get(tender_id);
		Contracts::<T>::remove(tender_id);
		let reason = match contract {
			// The supplier had a draft to sign and did not: its bid guarantee is forfeited.
			Some(contract) if !contract.supplier_signed => {
				if let Some(bid) = bids.get_mut(winning as usize) {
					if !bid.deposit.is_zero() {
						Self::forfeit_bid_guarantee(tender_id, winning, bid);
					}
				}
				let runner_up = Self::runner_up(&award).filter(|runner_up| {
					runner_up.price
						<= price.saturating_add(T::RunnerUpMargin::get().mul_floor(price))
				});
				match (award.passed_over, runner_up) {
					(None, Some(runner_up)) => {
						award.passed_over = Some(winning);
						award.winner = Some(runner_up.bid_index);
						let contract_deadline = now.saturating_add(T::RunnerUpSigningPeriod::get());
						tender.schedule.contract_deadline = contract_deadline;
						Awards::<T>::insert(tender_id, award);
						Bids::<T>::insert(tender_id, bids);
						Tenders::<T>::insert(tender_id, tender);
						Self::deposit_event(Event::AwardPassedToRunnerUp {
							tender_id,
							from: winning,
							to: runner_up.bid_index,
							winner: runner_up.bidder,
							contract_deadline,
						});
						return Ok(());
					},
					(None, None) => DesertReason::WinnerDidNotSign,
					(Some(_), _) => DesertReason::RunnerUpDidNotSign,
				}
			},
			// The buyer unit drafted nothing, or did not sign what the supplier signed: the
			// supplier's guarantees return.
			signed_or_none => {
				if let Some(contract) = signed_or_none {
					Self::release_performance_guarantee(tender_id, &contract);
				}
				DesertReason::BuyerDidNotSign
			},
		};
		let deposits_released = Self::release_deposits(&mut bids);
		tender.status = TenderStatus::Deserted(reason);
		Bids::<T>::insert(tender_id, bids);
		Tenders::<T>::insert(tender_id, tender);
		Self::deposit_event(Event::TenderDeserted { tender_id, reason, deposits_released });
		Ok(())
	}

	/// The winning bid of `award` and its price.
	pub(crate) fn winner_bid(award: &AwardOf<T>) -> Option<(BidIndex, Centavos)> {
		let winner = award.winner?;
		award.scores.iter().find(|s| s.bid_index == winner).map(|s| (winner, s.price))
	}

	/// Return the performance guarantee held for `contract` (of `tender_id`).
	fn release_performance_guarantee(tender_id: TenderId, contract: &ContractOf<T>) {
		if contract.guarantee.is_zero() {
			return;
		}
		Self::release_hold(
			HoldReason::PerformanceGuarantee,
			&contract.supplier,
			contract.guarantee,
		);
		Self::deposit_event(Event::PerformanceGuaranteeReleased {
			tender_id,
			supplier: contract.supplier.clone(),
			amount: contract.guarantee,
		});
	}

	/// Forfeit the performance guarantee held for `contract` (of `tender_id`) to
	/// [`Config::Slashed`].
	fn forfeit_performance_guarantee(tender_id: TenderId, contract: &ContractOf<T>) {
		if contract.guarantee.is_zero() {
			return;
		}
		Self::slash_hold(HoldReason::PerformanceGuarantee, &contract.supplier, contract.guarantee);
		Self::deposit_event(Event::PerformanceGuaranteeForfeited {
			tender_id,
			supplier: contract.supplier.clone(),
			amount: contract.guarantee,
		});
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
	/// accepted, failed when one was rejected or overdue; then have the panel service record
	/// the outcome for the winner's option, which moves the reputation of the pseudonyms that
	/// scored it high.
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
		if failed {
			Self::deposit_event(Event::ContractFailed { tender_id, supplier });
			Self::forfeit_performance_guarantee(tender_id, &contract);
		} else {
			Self::deposit_event(Event::ContractCompleted { tender_id, supplier });
			Self::release_performance_guarantee(tender_id, &contract);
		}
		contract.guarantee = Zero::zero();
		Contracts::<T>::insert(tender_id, contract);
		if let (Some(panel), Some(position)) =
			(TenderPanels::<T>::get(tender_id), Self::winner_position(tender_id))
		{
			T::Panels::record_outcome(panel, position, !failed);
		}
	}
}
