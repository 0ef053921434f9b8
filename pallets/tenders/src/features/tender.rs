//! A tender's life before its award: drafted with its terms, published (holding its evaluation
//! fee), amended only to extend phases still to come, cancelled before its award.

use crate::*;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Draft a tender of `buyer_unit` for `official`; it gets the next id.
	pub(crate) fn do_create_tender(
		official: T::AccountId,
		buyer_unit: BuyerUnitId,
		title: TitleOf<T>,
		description: DocumentHash,
		budget: Centavos,
		reference_price: Centavos,
		partidas: PartidasOf<T>,
		weights: AwardWeights,
		scope: TenderScope,
		schedule: ScheduleOf<T>,
	) -> DispatchResult {
		Self::ensure_official(buyer_unit, &official)?;
		ensure!(!title.is_empty(), Error::<T>::EmptyName);
		ensure!(reference_price > 0, Error::<T>::InvalidReferencePrice);
		ensure!(!partidas.is_empty(), Error::<T>::EmptyPartidas);
		ensure!(
			partidas.iter().all(|p| p.quantity > 0
				&& p.unit.iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())),
			Error::<T>::InvalidPartida
		);
		ensure!(
			partidas.iter().all(|p| T::Catalogue::is_active(p.cucop)),
			Error::<T>::CodeNotInCatalogue
		);
		ensure!(weights.is_complete(), Error::<T>::InvalidWeights);
		ensure!(scope.is_well_formed(), Error::<T>::InvalidMunicipality);
		ensure!(schedule.is_ordered(), Error::<T>::UnorderedSchedule);
		Self::ensure_bounded(&schedule, None)?;
		let tender_id = NextTenderId::<T>::get();
		let next = tender_id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		NextTenderId::<T>::put(next);
		Tenders::<T>::insert(
			tender_id,
			Tender {
				buyer_unit,
				title,
				description,
				budget,
				reference_price,
				partidas,
				weights,
				scope,
				schedule,
				status: TenderStatus::Draft,
				published_at: None,
				seed: None,
				amendments: 0,
				complaints_pending_since: None,
				bid_count: 0,
				comment_count: 0,
			},
		);
		Self::deposit_event(Event::TenderCreated { tender_id, buyer_unit, official, budget });
		Ok(())
	}

	/// Publish the draft `tender_id` for the official `who`, holding the evaluation fee from
	/// it when the award weighs technical scores.
	pub(crate) fn do_publish_tender(who: T::AccountId, tender_id: TenderId) -> DispatchResult {
		let mut tender = Self::official_tender(tender_id, &who)?;
		ensure!(tender.status == TenderStatus::Draft, Error::<T>::NotDraft);
		let now = Self::now();
		ensure!(now < tender.schedule.enquiries_end, Error::<T>::ScheduleInPast);
		Self::ensure_bounded(&tender.schedule, Some(now))?;
		ensure!(!Self::lacks_social_witness(tender_id, &tender), Error::<T>::SocialWitnessRequired);
		let evaluation_fee = Self::hold_evaluation_fee(tender_id, &tender, &who)?;
		tender.status = TenderStatus::Published;
		tender.published_at = Some(now);
		let schedule = tender.schedule;
		Tenders::<T>::insert(tender_id, tender);
		Self::deposit_event(Event::TenderPublished { tender_id, schedule, evaluation_fee });
		Ok(())
	}

	/// Replace the schedule of the published `tender_id` for the official `who`: no boundary
	/// moves earlier, only boundaries still in the future move, at least one does.
	pub(crate) fn do_amend_tender(
		who: T::AccountId,
		tender_id: TenderId,
		schedule: ScheduleOf<T>,
		document: DocumentHash,
	) -> DispatchResult {
		let mut tender = Self::official_tender(tender_id, &who)?;
		ensure!(tender.status == TenderStatus::Published, Error::<T>::NotPublished);
		ensure!(tender.amendments < T::MaxAmendments::get(), Error::<T>::TooManyAmendments);
		ensure!(schedule.is_ordered(), Error::<T>::UnorderedSchedule);
		Self::ensure_bounded(&schedule, tender.published_at)?;
		let now = Self::now();
		let mut changed = false;
		for (old, new) in tender.schedule.boundaries().into_iter().zip(schedule.boundaries()) {
			ensure!(new >= old, Error::<T>::AmendmentShortens);
			if new != old {
				ensure!(old > now, Error::<T>::AmendmentReopens);
				changed = true;
			}
		}
		ensure!(changed, Error::<T>::AmendmentEmpty);
		tender.schedule = schedule;
		tender.amendments.saturating_inc();
		Tenders::<T>::insert(tender_id, tender);
		Self::deposit_event(Event::TenderAmended { tender_id, schedule, document });
		Ok(())
	}

	/// Check that no phase of `schedule` is longer than [`Config::MaxPhaseLength`] and that it
	/// spans at most [`Config::MaxTenderDuration`]: from `published_at` when the tender is
	/// published (the first phase counted from it), else from `enquiries_end`.
	pub(crate) fn ensure_bounded(
		schedule: &ScheduleOf<T>,
		published_at: Option<BlockNumberFor<T>>,
	) -> DispatchResult {
		let max_phase = T::MaxPhaseLength::get();
		let start = published_at.unwrap_or(schedule.enquiries_end);
		let mut previous = start;
		for boundary in schedule.boundaries() {
			ensure!(boundary.saturating_sub(previous) <= max_phase, Error::<T>::PhaseTooLong);
			previous = boundary;
		}
		ensure!(
			schedule.contract_deadline.saturating_sub(start) <= T::MaxTenderDuration::get(),
			Error::<T>::TenderTooLong
		);
		Ok(())
	}

	/// Cancel the drafted or published `tender_id`, for governance (`official` is `None`) or
	/// for an official of its buyer unit.
	pub(crate) fn do_cancel_tender(
		official: Option<T::AccountId>,
		tender_id: TenderId,
		reason: DocumentHash,
	) -> DispatchResult {
		let tender = match official {
			None => Tenders::<T>::get(tender_id).ok_or(Error::<T>::TenderNotFound)?,
			Some(who) => Self::official_tender(tender_id, &who)?,
		};
		ensure!(
			matches!(tender.status, TenderStatus::Draft | TenderStatus::Published),
			Error::<T>::CancellationClosed
		);
		let deposits_released = Self::cancel(tender_id, tender, reason);
		Self::deposit_event(Event::TenderCancelled { tender_id, reason, deposits_released });
		Ok(())
	}

	/// Cancel a tender for the reasons hashed in `reason`: return every held deposit and the
	/// evaluation fee still held, cancel its panel (refused once its tickets closed: the panel
	/// then runs to its end and is paid) and its ballot, and mark it cancelled. Returns how
	/// many deposits were returned.
	pub(crate) fn cancel(
		tender_id: TenderId,
		mut tender: TenderOf<T>,
		reason: DocumentHash,
	) -> u32 {
		let mut bids = Bids::<T>::get(tender_id);
		let released = Self::release_deposits(&mut bids);
		if !bids.is_empty() {
			Bids::<T>::insert(tender_id, bids);
		}
		Self::return_evaluation_fee(tender_id);
		if let Some(panel) = TenderPanels::<T>::get(tender_id) {
			let _ = T::Panels::cancel_panel(panel);
		}
		if let Some(ballot) = CitizenBallots::<T>::get(tender_id) {
			let _ = T::Ballots::cancel(ballot, reason);
		}
		tender.status = TenderStatus::Cancelled;
		Tenders::<T>::insert(tender_id, tender);
		released
	}

	/// How many bids `tender_id` has, read from the length of its list only.
	pub(crate) fn bids_on(tender_id: TenderId) -> u32 {
		Bids::<T>::decode_len(tender_id).unwrap_or_default() as u32
	}

	/// The current block.
	pub fn now() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
	}

	/// The tender, if `who` is an official of its buyer unit.
	pub(crate) fn official_tender(
		tender_id: TenderId,
		who: &T::AccountId,
	) -> Result<TenderOf<T>, DispatchError> {
		let tender = Tenders::<T>::get(tender_id).ok_or(Error::<T>::TenderNotFound)?;
		Self::ensure_official(tender.buyer_unit, who)?;
		Ok(tender)
	}

	/// The tender, if it is published and its award not computed.
	pub(crate) fn published_tender(tender_id: TenderId) -> Result<TenderOf<T>, DispatchError> {
		let tender = Tenders::<T>::get(tender_id).ok_or(Error::<T>::TenderNotFound)?;
		ensure!(tender.status == TenderStatus::Published, Error::<T>::NotPublished);
		Ok(tender)
	}
}
