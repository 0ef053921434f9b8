//! Evaluator reputation: when a contract ends, each evaluator who gave the winner at least
//! [`HIGH_SCORE`] gains a point if it completed and loses one if it failed. Below
//! [`Config::MinEvaluatorReputation`] an evaluator may no longer commit scores.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Move the reputation of the evaluators of `tender_id` who gave its winner at least
	/// [`HIGH_SCORE`]: up if its contract `completed`, down if it failed.
	pub(crate) fn move_reputation(tender_id: TenderId, completed: bool) {
		let Some(position) = Self::winner_position(tender_id) else { return };
		for evaluation in Evaluations::<T>::get(tender_id) {
			let backed = evaluation
				.scores
				.as_ref()
				.and_then(|scores| scores.get(position))
				.is_some_and(|score| *score >= HIGH_SCORE);
			if !backed {
				continue;
			}
			let reputation = EvaluatorReputation::<T>::mutate(&evaluation.evaluator, |r| {
				*r = if completed { r.saturating_add(1) } else { r.saturating_sub(1) };
				*r
			});
			Self::deposit_event(Event::ReputationChanged {
				evaluator: evaluation.evaluator,
				tender_id,
				reputation,
			});
		}
	}

	/// The winner's position among the revealed bids of `tender_id`: the index of its
	/// technical score in each evaluator's scores.
	fn winner_position(tender_id: TenderId) -> Option<usize> {
		let winner = Awards::<T>::get(tender_id)?.winner?;
		let bids = Bids::<T>::get(tender_id);
		Some(bids.iter().take(winner as usize).filter(|b| b.offer.is_some()).count())
	}
}
