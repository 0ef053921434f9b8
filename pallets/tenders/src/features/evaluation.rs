//! The anonymous evaluation: the tender's panel in the panel service ([`Config::Panels`]), its
//! seed, its candidates' conflicts of interest, and the evaluation fee that pays it.

use crate::*;
use alloc::collections::BTreeSet;
use bmx_primitives::anonymity::PanelRequest;
use codec::Encode;
use frame_support::traits::fungible::MutateHold;
use sp_runtime::traits::{One, Saturating};

/// The seed of the sortition of tender `tender_id`'s panel: `blake2_256` of the SCALE encoding
/// of `(b"bmx/tender-seed", tender_id, salts, anchor)`, where `salts` are the revealed bids'
/// salts in bid order and `anchor` the hash of the block that anchors it (the block before
/// `reveal_end`, or a re-evaluation's decision block). Nobody chooses it alone: each bidder
/// committed to its salt before it knew the others', and the anchor block was fixed before
/// anyone could open the panel.
pub fn tender_seed(tender_id: TenderId, salts: &[Salt], anchor: &[u8]) -> H256 {
	(b"bmx/tender-seed", tender_id, salts, anchor)
		.using_encoded(|bytes| H256(sp_crypto_hashing::blake2_256(bytes)))
}

impl<T: Config> Pallet<T> {
	/// Open the evaluation panel of `tender_id`; see [`Pallet::open_evaluation`].
	pub(crate) fn do_open_evaluation(tender_id: TenderId) -> DispatchResult {
		let mut tender = Self::published_tender(tender_id)?;
		let now = Self::now();
		let schedule = tender.schedule;
		ensure!(now >= schedule.reveal_end, Error::<T>::EvaluationNotOpen);
		ensure!(now < schedule.evaluation_end, Error::<T>::EvaluationClosed);
		ensure!(!tender.weights.technical.is_zero(), Error::<T>::NoTechnicalEvaluation);
		ensure!(!TenderPanels::<T>::contains_key(tender_id), Error::<T>::EvaluationAlreadyOpen);
		let Some(published_at) = tender.published_at else {
			defensive!("a published tender has a publication block");
			return Err(Error::<T>::NotPublished.into());
		};
		let bids = Bids::<T>::get(tender_id);
		let salts: Vec<Salt> =
			bids.iter().filter_map(|b| b.offer.as_ref().map(|o| o.salt)).collect();
		ensure!(!salts.is_empty(), Error::<T>::NoRevealedBid);
		let anchor = SeedAnchors::<T>::get(tender_id)
			.unwrap_or_else(|| schedule.reveal_end.saturating_sub(One::one()));
		// The anchor block's hash is known from the next block on.
		ensure!(anchor < now, Error::<T>::EvaluationNotOpen);
		let anchor_hash = frame_system::Pallet::<T>::block_hash(anchor);
		ensure!(anchor_hash != T::Hash::default(), Error::<T>::SeedExpired);
		let seed = tender_seed(tender_id, &salts, anchor_hash.as_ref());

		let (payer, fee) = Self::take_evaluation_fee(tender_id)?;
		let bidders: BTreeSet<T::AccountId> = bids.iter().map(|b| b.bidder.clone()).collect();
		let officials: BTreeSet<T::AccountId> = BuyerUnits::<T>::get(tender.buyer_unit)
			.map(|unit| unit.officials.into_iter().collect())
			.unwrap_or_default();
		let excluded = |who: &T::AccountId| bidders.contains(who) || officials.contains(who);
		let request = PanelRequest {
			subject: tender_id,
			payer,
			fee,
			options: salts.len() as u32,
			seed: seed.0,
			enrolled_before: published_at,
			tickets_end: schedule.evaluation_end,
			reveals_end: schedule.score_reveal_end,
		};
		let panel = T::Panels::open_panel(request, &excluded)?;
		TenderPanels::<T>::insert(tender_id, panel);
		tender.seed = Some(seed);
		Tenders::<T>::insert(tender_id, tender);
		Self::deposit_event(Event::EvaluationOpened { tender_id, panel, seed, fee });
		Ok(())
	}

	/// Hold the evaluation fee of `tender` from `official`, who publishes it, when its award
	/// weighs technical scores. Returns the amount held.
	pub(crate) fn hold_evaluation_fee(
		tender_id: TenderId,
		tender: &TenderOf<T>,
		official: &T::AccountId,
	) -> Result<BalanceOf<T>, DispatchError> {
		if tender.weights.technical.is_zero() {
			return Ok(Zero::zero());
		}
		let fee = T::EvaluationFee::get();
		T::Currency::hold(&HoldReason::EvaluationFee.into(), official, fee)?;
		EvaluationFees::<T>::insert(tender_id, (official.clone(), fee));
		Ok(fee)
	}

	/// Release the evaluation fee still held for `tender_id`, to be paid to its panel: returns
	/// the payer and the amount released (zero after a re-evaluation: the first panel was
	/// paid). Fails with [`Error::NoTechnicalEvaluation`] when the tender has no fee record.
	fn take_evaluation_fee(
		tender_id: TenderId,
	) -> Result<(T::AccountId, BalanceOf<T>), DispatchError> {
		let (payer, held) =
			EvaluationFees::<T>::get(tender_id).ok_or(Error::<T>::NoTechnicalEvaluation)?;
		if !held.is_zero() {
			Self::release_hold(HoldReason::EvaluationFee, &payer, held);
			EvaluationFees::<T>::insert(tender_id, (payer.clone(), BalanceOf::<T>::zero()));
		}
		Ok((payer, held))
	}

	/// Return the evaluation fee still held for `tender_id` to its payer, if any: no panel was
	/// opened, or the tender ended first.
	pub(crate) fn return_evaluation_fee(tender_id: TenderId) {
		let Some((payer, held)) = EvaluationFees::<T>::get(tender_id) else { return };
		if held.is_zero() {
			return;
		}
		Self::release_hold(HoldReason::EvaluationFee, &payer, held);
		EvaluationFees::<T>::insert(tender_id, (payer.clone(), BalanceOf::<T>::zero()));
		Self::deposit_event(Event::EvaluationFeeReturned { tender_id, payer, amount: held });
	}

	/// The weight of what a cancellation asks of the panel and ballot services.
	pub(crate) fn services_cancel_weight() -> Weight {
		T::Panels::cancel_panel_weight().saturating_add(T::Ballots::cancel_weight())
	}
}
