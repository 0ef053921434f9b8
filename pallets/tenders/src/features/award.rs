//! The award (fallo): computed by anyone once the vote closes, scoring every revealed bid on
//! price, the panel's technical scores and the citizens' votes; final once the complaints
//! window closes with no complaint pending.

use crate::*;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Compute the award of `tender_id`: forfeit the unrevealed bids' deposits, score the
	/// revealed bids with the panel's scores and the ballot's votes, and name the winner, or
	/// declare the tender deserted. Returns how many evaluators' scores were read.
	pub(crate) fn do_compute_award(tender_id: TenderId) -> Result<u32, DispatchError> {
		let mut tender = Self::published_tender(tender_id)?;
		let now = Self::now();
		let vote_end = tender.schedule.vote_end;
		ensure!(now >= vote_end, Error::<T>::VoteOpen);
		let panel = TenderPanels::<T>::get(tender_id);
		let score_sets = match panel.and_then(T::Panels::state) {
			Some(PanelState::Sortition { .. }) => return Err(Error::<T>::EvaluationPending.into()),
			Some(PanelState::Concluded { .. }) => panel.map(T::Panels::scores).unwrap_or_default(),
			Some(PanelState::Failed | PanelState::Cancelled) | None => Vec::new(),
		};
		Self::return_evaluation_fee(tender_id);
		if let Some(ballot) = CitizenBallots::<T>::get(tender_id) {
			// Closed by anyone since `vote_end` already, or closed now: the tallies are final.
			let _ = T::Ballots::close(ballot);
		}
		let tallies = Self::citizen_tallies(tender_id).unwrap_or_default();
		// A late computation must not eat the time the next phases were promised.
		if panel.is_some() && now > vote_end {
			let delay = now.saturating_sub(vote_end);
			let schedule = &mut tender.schedule;
			schedule.complaints_end = schedule.complaints_end.saturating_add(delay);
			schedule.contract_deadline = schedule.contract_deadline.saturating_add(delay);
			Self::deposit_event(Event::ContractDeadlineMoved {
				tender_id,
				contract_deadline: schedule.contract_deadline,
			});
		}
		let mut bids = Bids::<T>::get(tender_id);
		Self::forfeit_unrevealed(tender_id, &mut bids);
		let (scores, winner, total_votes, evaluators) =
			Self::score_bids(&tender, &bids, &score_sets, &tallies);
		let winning = winner.and_then(|w| scores.iter().find(|s| s.bid_index == w).cloned());
		match winning {
			Some(score) => {
				tender.status = TenderStatus::Awarded;
				Self::deposit_event(Event::AwardComputed {
					tender_id,
					bid_index: score.bid_index,
					winner: score.bidder,
					total: score.total,
				});
			},
			None => {
				let reason = DesertReason::NoEligibleBid;
				tender.status = TenderStatus::Deserted(reason);
				let deposits_released = Self::release_deposits(&mut bids);
				Self::deposit_event(Event::TenderDeserted { tender_id, reason, deposits_released });
			},
		}
		Awards::<T>::insert(
			tender_id,
			Award {
				scores,
				winner,
				passed_over: None,
				total_votes,
				evaluators,
				computed_at: now,
				is_final: winner.is_none(),
			},
		);
		Bids::<T>::insert(tender_id, bids);
		Tenders::<T>::insert(tender_id, tender);
		Ok(evaluators)
	}

	/// Make the award of `tender_id` final and return every held guarantee but the winner's,
	/// held until it signs the contract.
	pub(crate) fn do_finalise_award(tender_id: TenderId) -> DispatchResult {
		let mut tender = Tenders::<T>::get(tender_id).ok_or(Error::<T>::TenderNotFound)?;
		ensure!(tender.status == TenderStatus::Awarded, Error::<T>::NotAwarded);
		ensure!(Self::now() >= tender.schedule.complaints_end, Error::<T>::ComplaintsOpen);
		ensure!(
			Complaints::<T>::get(tender_id)
				.iter()
				.all(|c| c.status != ComplaintStatus::Pending),
			Error::<T>::ComplaintPending
		);
		let mut award = Awards::<T>::get(tender_id).ok_or(Error::<T>::NotAwarded)?;
		let mut bids = Bids::<T>::get(tender_id);
		let winning = award.winner.ok_or(Error::<T>::NotAwarded)?;
		let winner = bids
			.get(winning as usize)
			.map(|b| b.bidder.clone())
			.ok_or(Error::<T>::NotAwarded)?;
		let deposits_released = Self::release_deposits_except(&mut bids, Some(winning));
		award.is_final = true;
		tender.status = TenderStatus::AwardFinal;
		Bids::<T>::insert(tender_id, bids);
		Awards::<T>::insert(tender_id, award);
		Tenders::<T>::insert(tender_id, tender);
		Self::deposit_event(Event::AwardFinalised { tender_id, winner, deposits_released });
		Ok(())
	}

	/// The winner of a tender's award and its price, if the award names one.
	pub fn winner(tender_id: TenderId) -> Option<(T::AccountId, Centavos)> {
		let award = Awards::<T>::get(tender_id)?;
		let winner = award.winner?;
		award
			.scores
			.into_iter()
			.find(|s| s.bid_index == winner)
			.map(|s| (s.bidder, s.price))
	}

	/// Score the revealed bids of `tender`: `score_sets` are the panel's scores, one list per
	/// evaluator with one score per revealed bid in bid order (a list of another length is
	/// left out), and `tallies` the ballot's votes per revealed bid in bid order (empty: no
	/// ballot). Returns the scores in bid order, the winning bid (`None`: deserted), the votes
	/// cast and how many evaluators' scores counted.
	pub fn score_bids(
		tender: &TenderOf<T>,
		bids: &BidsOf<T>,
		score_sets: &[Vec<TechnicalScore>],
		tallies: &[u32],
	) -> (BidScoresOf<T>, Option<BidIndex>, u32, u32) {
		let revealed: Vec<(BidIndex, &BidOf<T>, Centavos, u32)> = bids
			.iter()
			.enumerate()
			.filter(|(_, b)| b.offer.is_some())
			.zip(0usize..)
			.filter_map(|((i, b), position)| {
				let votes = tallies.get(position).copied().unwrap_or_default();
				b.offer.as_ref().map(|o| (i as u32, b, o.price, votes))
			})
			.collect();
		let score_sets: Vec<&Vec<TechnicalScore>> = score_sets
			.iter()
			.filter(|set| {
				let fits = set.len() == revealed.len()
					&& set.iter().all(|score| *score <= MAX_TECHNICAL_SCORE);
				if !fits {
					defensive!("a panel's score list does not fit the tender's revealed bids");
				}
				fits
			})
			.take(T::MaxEvaluatorsPerTender::get() as usize)
			.collect();
		let evaluators = score_sets.len() as u32;
		let standings = Self::price_standings(
			tender,
			&revealed.iter().map(|(_, _, price, _)| *price).collect::<Vec<_>>(),
		);
		let lowest = revealed
			.iter()
			.zip(standings.iter())
			.filter(|(_, standing)| **standing == BidStanding::Eligible)
			.map(|((_, _, price, _), _)| *price)
			.min();
		let total_votes =
			revealed.iter().fold(0u32, |sum, (_, _, _, votes)| sum.saturating_add(*votes));
		let mut scores = Vec::with_capacity(revealed.len());
		for (position, (bid_index, bid, price, votes)) in revealed.iter().enumerate() {
			let standing = standings.get(position).copied().unwrap_or(BidStanding::AboveBudget);
			let price_score = match (standing, lowest) {
				// An eligible price is never zero: a zero price is not convenient.
				(BidStanding::Eligible, Some(lowest)) => Perbill::from_rational(lowest, *price),
				_ => Perbill::zero(),
			};
			let technical_sum = score_sets.iter().fold(0u64, |sum, set| {
				sum.saturating_add(u64::from(set.get(position).copied().unwrap_or_default()))
			});
			let technical_score = if evaluators == 0 {
				Perbill::zero()
			} else {
				Perbill::from_rational(
					technical_sum,
					u64::from(evaluators).saturating_mul(u64::from(MAX_TECHNICAL_SCORE)),
				)
			};
			let citizen_score = if total_votes == 0 {
				Perbill::zero()
			} else {
				Perbill::from_rational(*votes, total_votes)
			};
			let weights = tender.weights;
			let total = Perbill::from_parts(
				weights
					.price
					.saturating_mul(price_score)
					.deconstruct()
					.saturating_add(weights.technical.saturating_mul(technical_score).deconstruct())
					.saturating_add(weights.citizen.saturating_mul(citizen_score).deconstruct()),
			);
			scores.push(BidScore {
				bid_index: *bid_index,
				bidder: bid.bidder.clone(),
				price: *price,
				standing,
				price_score,
				technical_score,
				votes: *votes,
				citizen_score,
				total,
			});
		}
		let mut winner: Option<&BidScore<T::AccountId>> = None;
		for score in scores.iter().filter(|s| s.standing == BidStanding::Eligible) {
			if winner.is_none_or(|best| Self::ranks_above(score, best)) {
				winner = Some(score);
			}
		}
		let winner = winner.map(|s| s.bid_index);
		let scores = BidScoresOf::<T>::truncate_from(scores);
		(scores, winner, total_votes, evaluators)
	}
}

impl<T: Config> Pallet<T> {
	/// Whether `score` ranks above `other`: a higher total, then a lower price; between equals
	/// the earlier bid (the one met first) keeps its place.
	pub(crate) fn ranks_above(
		score: &BidScore<T::AccountId>,
		other: &BidScore<T::AccountId>,
	) -> bool {
		score.total > other.total || (score.total == other.total && score.price < other.price)
	}

	/// The standing of each of `prices` (the revealed prices of `tender`, in bid order), as
	/// the law judges prices:
	/// - above the budget: [`BidStanding::AboveBudget`];
	/// - more than [`Config::PriceCeilingMargin`] above the market-research reference price:
	///   [`BidStanding::NotAcceptable`] (precio no aceptable);
	/// - zero, or below [`Config::ConvenientPriceShare`] of the average of the prices not
	///   discarded so far: [`BidStanding::NotConvenient`] (precio no conveniente). The
	///   average leaves out unacceptable prices, so that absurdly high bids cannot push an
	///   honest low one under the floor.
	pub fn price_standings(tender: &TenderOf<T>, prices: &[Centavos]) -> Vec<BidStanding> {
		let ceiling = tender
			.reference_price
			.saturating_add(T::PriceCeilingMargin::get().mul_floor(tender.reference_price));
		let acceptable = |price: Centavos| price <= tender.budget && price <= ceiling;
		let (sum, count) = prices
			.iter()
			.filter(|price| acceptable(**price))
			.fold((0u128, 0u128), |(sum, count), price| {
				(sum.saturating_add(*price), count.saturating_add(1))
			});
		let average = sum.checked_div(count).unwrap_or_default();
		let floor = T::ConvenientPriceShare::get().mul_floor(average);
		prices
			.iter()
			.map(|price| {
				if *price > tender.budget {
					BidStanding::AboveBudget
				} else if *price > ceiling {
					BidStanding::NotAcceptable
				} else if *price == 0 || *price < floor {
					BidStanding::NotConvenient
				} else {
					BidStanding::Eligible
				}
			})
			.collect()
	}

	/// The winner's position among the revealed bids of `tender_id`: the option the panel
	/// scored it as.
	pub(crate) fn winner_position(tender_id: TenderId) -> Option<u32> {
		let winner = Awards::<T>::get(tender_id)?.winner?;
		let bids = Bids::<T>::get(tender_id);
		Some(bids.iter().take(winner as usize).filter(|b| b.offer.is_some()).count() as u32)
	}

	/// The best-ranked eligible bid of `award` other than its winner, if any.
	pub(crate) fn runner_up(award: &AwardOf<T>) -> Option<BidScore<T::AccountId>> {
		let mut best: Option<&BidScore<T::AccountId>> = None;
		for score in award
			.scores
			.iter()
			.filter(|s| s.standing == BidStanding::Eligible && Some(s.bid_index) != award.winner)
		{
			if best.is_none_or(|b| Self::ranks_above(score, b)) {
				best = Some(score);
			}
		}
		best.cloned()
	}
}
