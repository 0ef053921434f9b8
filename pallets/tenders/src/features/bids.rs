//! Sealed bids: a commitment and a held deposit while bidding is open, the revealed offer
//! after; the deposits return when the tender ends, except those of bids never revealed,
//! which are forfeited when the award is computed.

use crate::*;
use codec::Encode;
use frame_support::traits::{fungible::MutateHold, tokens::Precision};
use sp_runtime::traits::{Convert, Saturating};

/// The commitment to a bid: `blake2_256` of the SCALE encoding of `(tender_id, bidder, price,
/// partida_offers, proposal, salt)`. Bidders compute it off chain with the same function.
pub fn bid_commitment<AccountId: Encode>(
	tender_id: TenderId,
	bidder: &AccountId,
	price: Centavos,
	partida_offers: &[Centavos],
	proposal: &DocumentHash,
	salt: &Salt,
) -> H256 {
	(tender_id, bidder, price, partida_offers, proposal, salt)
		.using_encoded(|bytes| H256(sp_crypto_hashing::blake2_256(bytes)))
}

impl<T: Config> Pallet<T> {
	/// Record `bidder`'s sealed bid on `tender_id` and hold its bid guarantee
	/// ([`Pallet::bid_guarantee`]).
	pub(crate) fn do_submit_bid(
		bidder: T::AccountId,
		tender_id: TenderId,
		commitment: H256,
	) -> DispatchResult {
		let organisation_key = Self::ensure_approved(&bidder)?;
		let mut tender = Self::published_tender(tender_id)?;
		let now = Self::now();
		ensure!(now >= tender.schedule.enquiries_end, Error::<T>::BiddingNotOpen);
		ensure!(now < tender.schedule.bidding_end, Error::<T>::BiddingClosed);
		let mut bids = Bids::<T>::get(tender_id);
		// One bid per organisation: an organisation that moved to a new account bid once.
		ensure!(
			bids.iter()
				.all(|b| b.bidder != bidder && b.organisation_key != organisation_key),
			Error::<T>::AlreadyBid
		);
		let bid_index = bids.len() as u32;
		let deposit = Self::bid_guarantee(&tender);
		bids.try_push(Bid {
			bidder: bidder.clone(),
			organisation_key,
			commitment,
			submitted_at: now,
			deposit,
			offer: None,
			forfeited: false,
		})
		.map_err(|_| Error::<T>::TooManyBids)?;
		T::Currency::hold(&HoldReason::BidGuarantee.into(), &bidder, deposit)?;
		tender.bid_count = bids.len() as u32;
		Bids::<T>::insert(tender_id, bids);
		Tenders::<T>::insert(tender_id, tender);
		Self::deposit_event(Event::BidSubmitted {
			tender_id,
			bid_index,
			bidder,
			commitment,
			deposit,
		});
		Ok(())
	}

	/// Withdraw `bidder`'s sealed bid on `tender_id` and return its deposit.
	pub(crate) fn do_withdraw_bid(bidder: T::AccountId, tender_id: TenderId) -> DispatchResult {
		let mut tender = Self::published_tender(tender_id)?;
		ensure!(Self::now() < tender.schedule.bidding_end, Error::<T>::BiddingClosed);
		let mut bids = Bids::<T>::get(tender_id);
		let index = bids.iter().position(|b| b.bidder == bidder).ok_or(Error::<T>::NoBid)?;
		let bid = bids.remove(index);
		T::Currency::release(
			&HoldReason::BidGuarantee.into(),
			&bidder,
			bid.deposit,
			Precision::Exact,
		)?;
		tender.bid_count = bids.len() as u32;
		Bids::<T>::insert(tender_id, bids);
		Tenders::<T>::insert(tender_id, tender);
		Self::deposit_event(Event::BidWithdrawn { tender_id, bidder });
		Ok(())
	}

	/// Reveal `bidder`'s bid on `tender_id`, if the values match its commitment.
	pub(crate) fn do_reveal_bid(
		bidder: T::AccountId,
		tender_id: TenderId,
		price: Centavos,
		partida_offers: PartidaOffersOf<T>,
		proposal: DocumentHash,
		salt: Salt,
	) -> DispatchResult {
		let tender = Self::published_tender(tender_id)?;
		let now = Self::now();
		ensure!(now >= tender.schedule.bidding_end, Error::<T>::RevealNotOpen);
		ensure!(now < tender.schedule.reveal_end, Error::<T>::RevealClosed);
		let mut bids = Bids::<T>::get(tender_id);
		let (bid_index, bid) = bids
			.iter_mut()
			.enumerate()
			.find(|(_, b)| b.bidder == bidder)
			.ok_or(Error::<T>::NotBidder)?;
		ensure!(bid.offer.is_none(), Error::<T>::AlreadyRevealed);
		ensure!(
			bid_commitment(tender_id, &bidder, price, &partida_offers, &proposal, &salt)
				== bid.commitment,
			Error::<T>::CommitmentMismatch
		);
		let sum = partida_offers
			.iter()
			.try_fold(0u128, |sum, offer| sum.checked_add(*offer))
			.ok_or(Error::<T>::InvalidOffer)?;
		ensure!(
			partida_offers.len() == tender.partidas.len() && sum == price,
			Error::<T>::InvalidOffer
		);
		bid.offer = Some(Offer { price, partida_offers, proposal, salt, revealed_at: now });
		Bids::<T>::insert(tender_id, bids);
		Self::deposit_event(Event::BidRevealed {
			tender_id,
			bid_index: bid_index as u32,
			bidder,
			price,
			proposal,
		});
		Ok(())
	}

	/// The revealed bids of `tender_id`, in bid order, with their votes in the tender's
	/// ballot.
	pub(crate) fn revealed_bids(tender_id: TenderId) -> Vec<RevealedBidOf<T>> {
		let tallies = Self::citizen_tallies(tender_id).unwrap_or_default();
		Bids::<T>::get(tender_id)
			.into_iter()
			.enumerate()
			.filter_map(|(index, bid)| {
				bid.offer.map(|offer| (index, bid.bidder, bid.submitted_at, offer))
			})
			.zip(0usize..)
			.map(|((index, bidder, submitted_at, offer), position)| RevealedBid {
				bid_index: index as u32,
				bidder,
				submitted_at,
				offer,
				votes: tallies.get(position).copied().unwrap_or_default(),
			})
			.collect()
	}

	/// The bid guarantee of `tender`: [`Config::BidGuarantee`] of its budget, at least
	/// [`Config::MinBidGuarantee`].
	pub fn bid_guarantee(tender: &TenderOf<T>) -> BalanceOf<T> {
		let share = T::CentavosToBalance::convert(T::BidGuarantee::get().mul_floor(tender.budget));
		share.max(T::MinBidGuarantee::get())
	}

	/// Return every guarantee still held for `bids`. Returns how many were returned.
	pub(crate) fn release_deposits(bids: &mut BidsOf<T>) -> u32 {
		Self::release_deposits_except(bids, None)
	}

	/// Return every guarantee still held for `bids` but that of bid `keep`. Returns how many
	/// were returned.
	pub(crate) fn release_deposits_except(bids: &mut BidsOf<T>, keep: Option<BidIndex>) -> u32 {
		let mut count: u32 = 0;
		for (_, bid) in bids
			.iter_mut()
			.enumerate()
			.filter(|(i, b)| !b.deposit.is_zero() && Some(*i as BidIndex) != keep)
		{
			Self::release_hold(HoldReason::BidGuarantee, &bid.bidder, bid.deposit);
			bid.deposit = Zero::zero();
			count.saturating_inc();
		}
		count
	}

	/// Forfeit the guarantees of the bids that were not revealed, to [`Config::Slashed`].
	pub(crate) fn forfeit_unrevealed(tender_id: TenderId, bids: &mut BidsOf<T>) {
		for (index, bid) in bids.iter_mut().enumerate() {
			if bid.offer.is_none() && !bid.forfeited {
				Self::forfeit_bid_guarantee(tender_id, index as BidIndex, bid);
			}
		}
	}

	/// Forfeit the guarantee still held for `bid` (bid `bid_index` of `tender_id`) to
	/// [`Config::Slashed`].
	pub(crate) fn forfeit_bid_guarantee(
		tender_id: TenderId,
		bid_index: BidIndex,
		bid: &mut BidOf<T>,
	) {
		Self::slash_hold(HoldReason::BidGuarantee, &bid.bidder, bid.deposit);
		let amount = core::mem::take(&mut bid.deposit);
		bid.forfeited = true;
		Self::deposit_event(Event::BidForfeited {
			tender_id,
			bid_index,
			bidder: bid.bidder.clone(),
			amount,
		});
	}
}
