//! Complaints (inconformidades): each bidder may challenge a computed award once, until
//! `complaints_end`; the review dismisses a complaint or upholds it with a re-evaluation or the
//! tender's cancellation.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Record `complainant`'s complaint against the award of `tender_id`.
	pub(crate) fn do_file_complaint(
		complainant: T::AccountId,
		tender_id: TenderId,
		document: DocumentHash,
	) -> DispatchResult {
		let tender = Tenders::<T>::get(tender_id).ok_or(Error::<T>::TenderNotFound)?;
		ensure!(tender.status == TenderStatus::Awarded, Error::<T>::NotAwarded);
		ensure!(Self::now() < tender.schedule.complaints_end, Error::<T>::ComplaintsClosed);
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
				})
				.map_err(|_| {
					defensive!("one complaint per bidder fits MaxBidsPerTender");
					Error::<T>::AlreadyComplained
				})?;
			Ok::<_, Error<T>>(index)
		})?;
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
				Complaints::<T>::insert(tender_id, complaints);
				Self::deposit_event(Event::ComplaintDismissed { tender_id, index, reason });
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
				Tenders::<T>::insert(tender_id, tender);
				Evaluations::<T>::remove(tender_id);
				Awards::<T>::remove(tender_id);
				Complaints::<T>::remove(tender_id);
				Self::deposit_event(Event::ReevaluationOrdered {
					tender_id,
					index,
					schedule,
					reason,
				});
			},
			Resolution::Cancel => {
				Awards::<T>::remove(tender_id);
				Complaints::<T>::remove(tender_id);
				let deposits_released = Self::cancel(tender_id, tender);
				Self::deposit_event(Event::TenderCancelled {
					tender_id,
					reason,
					deposits_released,
				});
			},
		}
		Ok(())
	}
}
