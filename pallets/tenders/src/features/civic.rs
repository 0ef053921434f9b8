//! The public's place in a tender: social witnesses (testigos sociales) assigned by the
//! oversight authority, who observe every phase and testify at the end; and citizens' comments
//! (voz ciudadana), one per verified person, which the buyer unit answers publicly.

use crate::*;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Assign `witness` to `tender_id` as a social witness.
	pub(crate) fn do_assign_social_witness(
		tender_id: TenderId,
		witness: T::AccountId,
	) -> DispatchResult {
		let tender = Tenders::<T>::get(tender_id).ok_or(Error::<T>::TenderNotFound)?;
		ensure!(
			matches!(tender.status, TenderStatus::Draft | TenderStatus::Published),
			Error::<T>::AssignmentClosed
		);
		ensure!(
			T::Credentials::has_credential(&witness, T::SocialWitnessCredential::get()),
			Error::<T>::NotSocialWitness
		);
		ensure!(!Self::is_official(tender.buyer_unit, &witness), Error::<T>::ConflictOfInterest);
		SocialWitnesses::<T>::try_mutate(tender_id, |witnesses| {
			ensure!(witnesses.iter().all(|w| w.witness != witness), Error::<T>::AlreadyAssigned);
			witnesses
				.try_push(SocialWitness {
					witness: witness.clone(),
					assigned_at: Self::now(),
					testimony: None,
				})
				.map_err(|_| Error::<T>::TooManySocialWitnesses)
		})?;
		Self::deposit_event(Event::SocialWitnessAssigned { tender_id, witness });
		Ok(())
	}

	/// Record `witness`'s testimony on `tender_id`.
	pub(crate) fn do_file_testimony(
		witness: T::AccountId,
		tender_id: TenderId,
		document: DocumentHash,
	) -> DispatchResult {
		let tender = Tenders::<T>::get(tender_id).ok_or(Error::<T>::TenderNotFound)?;
		ensure!(
			!matches!(tender.status, TenderStatus::Draft | TenderStatus::Published),
			Error::<T>::TestimonyNotOpen
		);
		SocialWitnesses::<T>::try_mutate(tender_id, |witnesses| {
			let entry = witnesses
				.iter_mut()
				.find(|w| w.witness == witness)
				.ok_or(Error::<T>::NotAssigned)?;
			ensure!(
				T::Credentials::has_credential(&witness, T::SocialWitnessCredential::get()),
				Error::<T>::NotSocialWitness
			);
			ensure!(entry.testimony.is_none(), Error::<T>::AlreadyTestified);
			entry.testimony = Some((document, Self::now()));
			Ok::<_, Error<T>>(())
		})?;
		Self::deposit_event(Event::TestimonyFiled { tender_id, witness, document });
		Ok(())
	}

	/// Whether `tender_id` needs a social witness it does not have yet.
	pub(crate) fn lacks_social_witness(tender_id: TenderId, tender: &TenderOf<T>) -> bool {
		tender.budget >= T::SocialWitnessThreshold::get()
			&& SocialWitnesses::<T>::decode_len(tender_id).unwrap_or_default() == 0
	}

	/// Record `author`'s comment on `tender_id`.
	pub(crate) fn do_comment_on_tender(
		author: T::AccountId,
		tender_id: TenderId,
		document: DocumentHash,
	) -> DispatchResult {
		let (person_key, mut tender) = Self::check_comment(&author, tender_id)?;
		let index = tender.comment_count;
		tender.comment_count.saturating_inc();
		Comments::<T>::insert(
			tender_id,
			index,
			Comment { author: author.clone(), document, posted_at: Self::now(), answer: None },
		);
		CommentOfPerson::<T>::insert(tender_id, person_key, index);
		Tenders::<T>::insert(tender_id, tender);
		Self::deposit_event(Event::CommentPosted { tender_id, index, author, document });
		Ok(())
	}

	/// Whether `author` may comment on `tender_id` now: it is published, the author is a
	/// verified person who has not commented on it, and there is room. Returns the person key
	/// and the tender. The same check makes the comment feeless (`comment_on_tender`'s
	/// `feeless_if`).
	pub fn check_comment(
		author: &T::AccountId,
		tender_id: TenderId,
	) -> Result<(PersonKey, TenderOf<T>), DispatchError> {
		let tender = Tenders::<T>::get(tender_id).ok_or(Error::<T>::TenderNotFound)?;
		ensure!(tender.status == TenderStatus::Published, Error::<T>::CommentsClosed);
		let person_key = T::Persons::person_key(author).ok_or(Error::<T>::NotPerson)?;
		ensure!(
			!CommentOfPerson::<T>::contains_key(tender_id, person_key),
			Error::<T>::AlreadyCommented
		);
		ensure!(tender.comment_count < T::MaxComments::get(), Error::<T>::TooManyComments);
		Ok((person_key, tender))
	}

	/// Record the official `who`'s answer to comment `index` on `tender_id`.
	pub(crate) fn do_answer_comment(
		who: T::AccountId,
		tender_id: TenderId,
		index: u32,
		answer: DocumentHash,
	) -> DispatchResult {
		Self::official_tender(tender_id, &who)?;
		Comments::<T>::try_mutate(tender_id, index, |maybe| {
			let comment = maybe.as_mut().ok_or(Error::<T>::CommentNotFound)?;
			ensure!(comment.answer.is_none(), Error::<T>::AlreadyAnswered);
			comment.answer = Some(answer);
			Ok::<_, Error<T>>(())
		})?;
		Self::deposit_event(Event::CommentAnswered { tender_id, index, answer });
		Ok(())
	}

	/// The comments on `tender_id`, in order.
	pub(crate) fn tender_comments(tender_id: TenderId) -> Vec<CommentOf<T>> {
		let count = Tenders::<T>::get(tender_id).map(|t| t.comment_count).unwrap_or_default();
		(0..count).filter_map(|index| Comments::<T>::get(tender_id, index)).collect()
	}
}
