//! The citizen vote: once the scores are revealed, verified adults living in the tender's scope
//! vote for one revealed bid, once per person key whichever account they use.

use crate::*;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Record `voter`'s vote for the revealed bid `bid_index` of `tender_id`.
	pub(crate) fn do_cast_vote(
		voter: T::AccountId,
		tender_id: TenderId,
		bid_index: BidIndex,
	) -> DispatchResult {
		let person_key = Self::check_vote(&voter, tender_id, bid_index)?;
		VoteTallies::<T>::mutate(tender_id, bid_index, |votes| votes.saturating_inc());
		Votes::<T>::insert(tender_id, person_key, bid_index);
		Self::deposit_event(Event::VoteCast { tender_id, voter, bid_index });
		Ok(())
	}

	/// Whether `voter` may vote for bid `bid_index` of `tender_id` now: the vote is open, the
	/// voter is a verified adult in the tender's scope who has not voted in it, and the bid was
	/// revealed. Returns the voter's person key. The same check makes the vote feeless
	/// (`cast_vote`'s `feeless_if`): a vote that would fail is charged like any transaction.
	pub fn check_vote(
		voter: &T::AccountId,
		tender_id: TenderId,
		bid_index: BidIndex,
	) -> Result<PersonKey, DispatchError> {
		let tender = Self::published_tender(tender_id)?;
		let now = Self::now();
		ensure!(now >= tender.schedule.score_reveal_end, Error::<T>::VoteNotOpen);
		ensure!(now < tender.schedule.vote_end, Error::<T>::VoteClosed);
		let person_key = T::Persons::person_key(voter).ok_or(Error::<T>::NotPerson)?;
		ensure!(T::Persons::is_adult(voter), Error::<T>::NotAdult);
		ensure!(
			tender.scope.admits(T::Persons::jurisdiction_for_ballot(
				voter,
				tender.schedule.score_reveal_end
			)),
			Error::<T>::OutsideJurisdiction
		);
		ensure!(!Votes::<T>::contains_key(tender_id, person_key), Error::<T>::AlreadyVoted);
		ensure!(
			Bids::<T>::get(tender_id)
				.get(bid_index as usize)
				.is_some_and(|bid| bid.offer.is_some()),
			Error::<T>::BidNotFound
		);
		Ok(person_key)
	}
}
