//! Complaints (inconformidades): each bidder may challenge a computed award once, until
//! `complaints_end`; the review dismisses a complaint or upholds it with a re-evaluation or the
//! tender's cancellation.

use crate::*;
use frame_support::traits::fungible::MutateHold;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Record `complainant`'s complaint against the award of `tender_id`.
	pub(crate) fn do_file_complaint(
		complainant: T::AccountId,
		tender_id: TenderId,
		document: DocumentHash,
	) -> DispatchResult {
		let mut tender = Tenders::<T>::get(tender_id).ok_or(Error::<T>::TenderNotFound)?;
		ensure!(tender.status == TenderStatus::Awarded, Error::<T>::NotAwarded);
		let now = Self::now();
		ensure!(now < tender.schedule.complaints_end, Error::<T>::ComplaintsClosed);
		let deposit = T::ComplaintDeposit::get();
		ensure!(
			Bids::<T>::get(tender_id).iter().any(|b| b.bidder == complainant),
			Error::<T>::NotBidder
		);
		let index = Complaints::<T>::try_mutate(tender_id, |complaints| {
			ensure!(
				complaints.iter().all(|c| c.complainant != complainant),
				Error::<T>::AlreadyComplained
			);
			let index = complaints.len() as u32;
			complaints
				.try_push(Complaint {
					complainant: complainant.clone(),
					document,
					status: ComplaintStatus::Pending,
					deposit,
					filed_at: now,
				})
				.map_err(|_| {
					defensive!("one complaint per bidder fits MaxBidsPerTender");
					Error::<T>::AlreadyComplained
				})?;
			Ok::<_, DispatchError>(index)
		})?;
		T::Currency::hold(&HoldReason::ComplaintDeposit.into(), &complainant, deposit)?;
		if tender.complaints_pending_since.is_none() {
			tender.complaints_pending_since = Some(now);
			Tenders::<T>::insert(tender_id, tender);
		}
		Self::deposit_event(Event::ComplaintFiled { tender_id, index, complainant, document });
		Ok(())
	}

	/// Resolve the pending complaint `index` against the award of `tender_id`.
	pub(crate) fn do_resolve_complaint(
		tender_id: TenderId,
		index: u32,
		resolution: Resolution<BlockNumberFor<T>>,
		reason: DocumentHash,
	) -> DispatchResult {
		let mut tender = Tenders::<T>::get(tender_id).ok_or(Error::<T>::TenderNotFound)?;
		ensure!(tender.status == TenderStatus::Awarded, Error::<T>::NotAwarded);
		let mut complaints = Complaints::<T>::get(tender_id);
		let complaint = complaints.get_mut(index as usize).ok_or(Error::<T>::ComplaintNotFound)?;
		ensure!(complaint.status == ComplaintStatus::Pending, Error::<T>::AlreadyResolved);
		match resolution {
			Resolution::Dismiss => {
				complaint.status = ComplaintStatus::Dismissed;
				Self::slash_hold(
					HoldReason::ComplaintDeposit,
					&complaint.complainant,
					complaint.deposit,
				);
				let forfeited = core::mem::take(&mut complaint.deposit);
				let still_pending = complaints.iter().any(|c| c.status == ComplaintStatus::Pending);
				Complaints::<T>::insert(tender_id, complaints);
				Self::deposit_event(Event::ComplaintDismissed {
					tender_id,
					index,
					reason,
					forfeited,
				});
				// The last pending complaint is settled: the contract's signing time lost to
				// the review comes back.
				if !still_pending {
					if let Some(since) = tender.complaints_pending_since.take() {
						let pending_for = Self::now().saturating_sub(since);
						let schedule = &mut tender.schedule;
						schedule.contract_deadline =
							schedule.contract_deadline.saturating_add(pending_for);
						let contract_deadline = schedule.contract_deadline;
						Tenders::<T>::insert(tender_id, tender);
						Self::deposit_event(Event::ContractDeadlineMoved {
							tender_id,
							contract_deadline,
						});
					}
				}
			},
			Resolution::Reevaluate(schedule) => {
				ensure!(schedule.is_ordered(), Error::<T>::UnorderedSchedule);
				let old = tender.schedule;
				ensure!(
					schedule.enquiries_end == old.enquiries_end
						&& schedule.bidding_end == old.bidding_end
						&& schedule.reveal_end == old.reveal_end
						&& schedule.evaluation_end > Self::now(),
					Error::<T>::InvalidReevaluation
				);
				tender.schedule = schedule;
				tender.status = TenderStatus::Published;
				tender.complaints_pending_since = None;
				// A new panel evaluates again, with a seed anchored at the hash of this
				// decision's block, which nobody knows while deciding; the ballot's result
				// stands.
				tender.seed = None;
				Tenders::<T>::insert(tender_id, tender);
				TenderPanels::<T>::remove(tender_id);
				SeedAnchors::<T>::insert(tender_id, Self::now());
				Awards::<T>::remove(tender_id);
				Self::return_complaint_deposits(Complaints::<T>::take(tender_id));
				Self::deposit_event(Event::ReevaluationOrdered {
					tender_id,
					index,
					schedule,
					reason,
				});
			},
			Resolution::Cancel => {
				Awards::<T>::remove(tender_id);
				Self::return_complaint_deposits(Complaints::<T>::take(tender_id));
				tender.complaints_pending_since = None;
				let deposits_released = Self::cancel(tender_id, tender, reason);
				Self::deposit_event(Event::TenderCancelled {
					tender_id,
					reason,
					deposits_released,
				});
			},
		}
		Ok(())
	}

	/// Return the deposits still held for `complaints`: an upheld complaint's, and those the
	/// review made moot by clearing the award.
	pub(crate) fn return_complaint_deposits(complaints: ComplaintsOf<T>) {
		for complaint in complaints.iter().filter(|c| !c.deposit.is_zero()) {
			Self::release_hold(
				HoldReason::ComplaintDeposit,
				&complaint.complainant,
				complaint.deposit,
			);
		}
	}
}
