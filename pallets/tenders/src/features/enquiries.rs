//! The junta de aclaraciones: approved suppliers ask until `enquiries_end`; the buyer unit
//! answers publicly until `bidding_end`.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Record `supplier`'s question on the published `tender_id`.
	pub(crate) fn do_ask_question(
		supplier: T::AccountId,
		tender_id: TenderId,
		question: DocumentHash,
	) -> DispatchResult {
		Self::ensure_approved(&supplier)?;
		let tender = Self::published_tender(tender_id)?;
		ensure!(Self::now() < tender.schedule.enquiries_end, Error::<T>::EnquiriesClosed);
		let index = Enquiries::<T>::try_mutate(tender_id, |enquiries| {
			// No supplier takes every slot: each asks at most its share.
			let asked = enquiries.iter().filter(|e| e.supplier == supplier).count() as u32;
			ensure!(
				asked < T::MaxEnquiriesPerSupplier::get(),
				Error::<T>::TooManyEnquiriesFromSupplier
			);
			let index = enquiries.len() as u32;
			enquiries
				.try_push(Enquiry { supplier: supplier.clone(), question, answer: None })
				.map_err(|_| Error::<T>::TooManyEnquiries)?;
			Ok::<_, Error<T>>(index)
		})?;
		Self::deposit_event(Event::QuestionAsked { tender_id, index, supplier, question });
		Ok(())
	}

	/// Record the answer of the official `who` to question `index` of `tender_id`.
	pub(crate) fn do_answer_question(
		who: T::AccountId,
		tender_id: TenderId,
		index: u32,
		answer: DocumentHash,
	) -> DispatchResult {
		let tender = Self::official_tender(tender_id, &who)?;
		ensure!(tender.status == TenderStatus::Published, Error::<T>::NotPublished);
		ensure!(Self::now() < tender.schedule.bidding_end, Error::<T>::BiddingClosed);
		Enquiries::<T>::try_mutate(tender_id, |enquiries| {
			let enquiry = enquiries.get_mut(index as usize).ok_or(Error::<T>::EnquiryNotFound)?;
			ensure!(enquiry.answer.is_none(), Error::<T>::AlreadyAnswered);
			enquiry.answer = Some(answer);
			Ok::<_, Error<T>>(())
		})?;
		Self::deposit_event(Event::QuestionAnswered { tender_id, index, answer });
		Ok(())
	}
}
