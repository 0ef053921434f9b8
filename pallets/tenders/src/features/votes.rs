//! The citizen vote: once the scores are revealed, the tender's secret ballot in the ballot
//! service ([`Config::Ballots`]), where the residents of its scope vote for one revealed bid
//! with a ring proof, one vote per person and no account named.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Open the citizen vote of `tender_id`; see [`Pallet::open_citizen_vote`].
	pub(crate) fn do_open_citizen_vote(tender_id: TenderId) -> DispatchResult {
		let tender = Self::published_tender(tender_id)?;
		let now = Self::now();
		ensure!(now >= tender.schedule.score_reveal_end, Error::<T>::VoteNotOpen);
		ensure!(now < tender.schedule.vote_end, Error::<T>::VoteClosed);
		ensure!(!tender.weights.citizen.is_zero(), Error::<T>::NoCitizenVote);
		ensure!(!CitizenBallots::<T>::contains_key(tender_id), Error::<T>::CitizenVoteAlreadyOpen);
		let labels: Vec<DocumentHash> = Bids::<T>::get(tender_id)
			.iter()
			.filter(|b| b.offer.is_some())
			.map(|b| b.commitment)
			.collect();
		ensure!(labels.len() >= 2, Error::<T>::TooFewBidsForVote);
		let ballot =
			T::Ballots::open(tender.scope.ring_scope(), labels, now, tender.schedule.vote_end)?;
		CitizenBallots::<T>::insert(tender_id, ballot);
		Self::deposit_event(Event::CitizenVoteOpened { tender_id, ballot });
		Ok(())
	}

	/// The votes of each revealed bid of `tender_id` in bid order (its ballot's tallies), or
	/// `None` without a ballot.
	pub(crate) fn citizen_tallies(tender_id: TenderId) -> Option<Vec<u32>> {
		CitizenBallots::<T>::get(tender_id).and_then(T::Ballots::tallies)
	}
}
