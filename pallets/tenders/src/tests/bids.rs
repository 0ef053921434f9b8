//! Sealed bids: `submit_bid`, `reveal_bid`.

use super::*;

// submit_bid, reveal_bid

#[test]
fn submit_bid_holds_the_deposit_and_stores_only_the_commitment() {
	ExtBuilder.build_and_execute(|| {
		let id = published();
		run_to_block(10);
		let commitment = commitment_of(ACME, id, &ACME_OFFER);
		assert_ok!(Tenders::submit_bid(signed(ACME), id, commitment));
		assert_eq!(
			last_event(),
			Event::BidSubmitted {
				tender_id: id,
				bid_index: 0,
				bidder: ACME,
				commitment,
				deposit: DEPOSIT
			}
		);
		assert_eq!(held(ACME), DEPOSIT);
		let bids = Bids::<Test>::get(id);
		assert_eq!(bids[0].commitment, commitment);
		assert_eq!(bids[0].offer, None);
		// Nobody can read the offer: nothing but the commitment is stored or returned.
		assert!(Tenders::bids(id).is_empty());
		assert_eq!(TendersMap::<Test>::get(id).unwrap().bid_count, 1);
	});
}

#[test]
fn submit_bid_fails() {
	ExtBuilder.build_and_execute(|| {
		let id = published();
		approved_supplier(GAMMA);
		approved_supplier(DELTA);
		let commitment = H256::repeat_byte(9);
		assert_noop!(
			Tenders::submit_bid(signed(ACME), id, commitment),
			Error::<Test>::BiddingNotOpen
		);
		run_to_block(10);
		assert_noop!(
			Tenders::submit_bid(signed(OUTSIDER), id, commitment),
			Error::<Test>::NotSupplier
		);
		assert_noop!(
			Tenders::submit_bid(signed(ACME), 9, commitment),
			Error::<Test>::TenderNotFound
		);
		bid(ACME, id, &ACME_OFFER);
		assert_noop!(Tenders::submit_bid(signed(ACME), id, commitment), Error::<Test>::AlreadyBid);
		bid(BETA, id, &BETA_OFFER);
		bid(GAMMA, id, &BETA_OFFER);
		assert_noop!(
			Tenders::submit_bid(signed(DELTA), id, commitment),
			Error::<Test>::TooManyBids
		);
		run_to_block(20);
		assert_noop!(
			Tenders::submit_bid(signed(DELTA), id, commitment),
			Error::<Test>::BiddingClosed
		);
	});
}

#[test]
fn submit_bid_needs_the_deposit() {
	ExtBuilder.build_and_execute(|| {
		let (id, poor) = poor_supplier();
		assert!(Tenders::submit_bid(signed(poor), id, H256::repeat_byte(9)).is_err());
		assert!(Bids::<Test>::get(id).is_empty());
	});
}

#[test]
fn reveal_bid_works_after_bidding_closes() {
	ExtBuilder.build_and_execute(|| {
		let id = with_bids();
		run_to_block(20);
		assert_ok!(reveal(BETA, id, &BETA_OFFER));
		assert_eq!(
			last_event(),
			Event::BidRevealed {
				tender_id: id,
				bid_index: 1,
				bidder: BETA,
				price: BETA_OFFER.price,
				proposal: BETA_OFFER.proposal,
			}
		);
		let revealed = Tenders::bids(id);
		assert_eq!(revealed.len(), 1);
		assert_eq!(revealed[0].bidder, BETA);
		assert_eq!(revealed[0].offer.price, 800_000);
		assert_eq!(revealed[0].offer.revealed_at, 20);
		// The salt is stored and public: it feeds the panel's seed.
		assert_eq!(revealed[0].offer.salt, BETA_OFFER.salt);
		assert_eq!(Bids::<Test>::get(id)[1].offer.as_ref().map(|o| o.salt), Some(BETA_OFFER.salt));
		// No ballot yet: no votes.
		assert_eq!(revealed[0].votes, 0);
	});
}

#[test]
fn a_mismatching_reveal_changes_nothing_and_can_be_retried() {
	ExtBuilder.build_and_execute(|| {
		let id = with_bids();
		run_to_block(20);
		let cheaper = TestOffer { price: 690_000, partidas: [590_000, 100_000], ..ACME_OFFER };
		assert_noop!(reveal(ACME, id, &cheaper), Error::<Test>::CommitmentMismatch);
		let wrong_salt = TestOffer { salt: [9; 32], ..ACME_OFFER };
		assert_noop!(reveal(ACME, id, &wrong_salt), Error::<Test>::CommitmentMismatch);
		assert_ok!(reveal(ACME, id, &ACME_OFFER));
	});
}

#[test]
fn reveal_bid_fails() {
	ExtBuilder.build_and_execute(|| {
		let id = published();
		approved_supplier(GAMMA);
		run_to_block(10);
		bid(ACME, id, &ACME_OFFER);
		bid(BETA, id, &BETA_OFFER);
		// GAMMA commits to partida offers that do not add up to its price.
		let bad = TestOffer { price: 1, ..ACME_OFFER };
		bid(GAMMA, id, &bad);
		assert_noop!(reveal(ACME, id, &ACME_OFFER), Error::<Test>::RevealNotOpen);
		run_to_block(20);
		assert_noop!(reveal(DELTA, id, &ACME_OFFER), Error::<Test>::NotBidder);
		assert_noop!(reveal(GAMMA, id, &bad), Error::<Test>::InvalidOffer);
		assert_ok!(reveal(ACME, id, &ACME_OFFER));
		assert_noop!(reveal(ACME, id, &ACME_OFFER), Error::<Test>::AlreadyRevealed);
		run_to_block(30);
		assert_noop!(reveal(BETA, id, &BETA_OFFER), Error::<Test>::RevealClosed);
	});
}

/// Commit `who` to `price` with the partida offers `offers`, whatever they add up to.
fn bid_raw(who: u64, tender_id: u32, price: u128, offers: &[u128]) {
	let commitment =
		bid_commitment(tender_id, &who, price, offers, &ACME_OFFER.proposal, &ACME_OFFER.salt);
	assert_ok!(Tenders::submit_bid(signed(who), tender_id, commitment));
}

/// Reveal what [`bid_raw`] committed to.
fn reveal_raw(
	who: u64,
	tender_id: u32,
	price: u128,
	offers: &[u128],
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	Tenders::reveal_bid(
		signed(who),
		tender_id,
		price,
		offers.to_vec().try_into().expect("test offers fit MaxPartidas; qed"),
		ACME_OFFER.proposal,
		ACME_OFFER.salt,
	)
}

#[test]
fn submit_bid_needs_a_signed_approved_supplier_and_a_published_tender() {
	ExtBuilder.build_and_execute(|| {
		let id = published();
		run_to_block(10);
		let commitment = commitment_of(ACME, id, &ACME_OFFER);
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(Tenders::submit_bid(origin, id, commitment), BadOrigin);
		}
		// Registered, not approved; then approved and the approval withdrawn.
		assert_ok!(Tenders::register_supplier(signed(GAMMA), DOC));
		assert_noop!(
			Tenders::submit_bid(signed(GAMMA), id, commitment),
			Error::<Test>::SupplierNotApproved
		);
		assert_ok!(Tenders::approve_supplier(signed(SUPPLIER_REGISTRY), GAMMA, DOC));
		assert_ok!(Tenders::reject_supplier(signed(SUPPLIER_REGISTRY), GAMMA, DOC));
		assert_noop!(
			Tenders::submit_bid(signed(GAMMA), id, commitment),
			Error::<Test>::SupplierNotApproved
		);
		// A draft takes no bids, even inside its bidding dates.
		let draft = create();
		assert_noop!(
			Tenders::submit_bid(signed(ACME), draft, commitment),
			Error::<Test>::NotPublished
		);
		assert_eq!(held(GAMMA), 0);
		assert_eq!(held(ACME), 0);
	});
}

#[test]
fn submit_bid_fails_without_the_deposit() {
	ExtBuilder.build_and_execute(|| {
		let (id, poor) = poor_supplier();
		assert_noop!(
			Tenders::submit_bid(signed(poor), id, H256::repeat_byte(9)),
			sp_runtime::TokenError::FundsUnavailable
		);
		assert_eq!(TendersMap::<Test>::get(id).unwrap().bid_count, 0);
	});
}

#[test]
fn reveal_bid_needs_a_signed_bidder_and_a_known_tender() {
	ExtBuilder.build_and_execute(|| {
		let id = with_bids();
		run_to_block(20);
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(
				Tenders::reveal_bid(
					origin,
					id,
					ACME_OFFER.price,
					partida_offers(&ACME_OFFER),
					ACME_OFFER.proposal,
					ACME_OFFER.salt
				),
				BadOrigin
			);
		}
		assert_noop!(reveal(ACME, 9, &ACME_OFFER), Error::<Test>::TenderNotFound);
		// Another supplier cannot reveal ACME's bid, even with its values.
		assert_noop!(reveal(GAMMA, id, &ACME_OFFER), Error::<Test>::NotBidder);
		assert_noop!(reveal(BETA, id, &ACME_OFFER), Error::<Test>::CommitmentMismatch);
		assert!(Tenders::bids(id).is_empty());
	});
}

#[test]
fn partida_offers_that_do_not_sum_to_the_price_are_refused_on_reveal() {
	ExtBuilder.build_and_execute(|| {
		let id = published();
		approved_supplier(GAMMA);
		run_to_block(10);
		// Each commits, correctly, to offers that do not make a valid price: below it, above
		// it, and overflowing u128 (a price of 0 would be the wrapped sum).
		bid_raw(ACME, id, 700_000, &[600_000, 99_999]);
		bid_raw(BETA, id, 700_000, &[600_000, 100_001]);
		bid_raw(GAMMA, id, 0, &[u128::MAX, 1]);
		run_to_block(20);
		assert_noop!(
			reveal_raw(ACME, id, 700_000, &[600_000, 99_999]),
			Error::<Test>::InvalidOffer
		);
		assert_noop!(
			reveal_raw(BETA, id, 700_000, &[600_000, 100_001]),
			Error::<Test>::InvalidOffer
		);
		assert_noop!(reveal_raw(GAMMA, id, 0, &[u128::MAX, 1]), Error::<Test>::InvalidOffer);
		// The commitment binds: a corrected offer does not match it.
		assert_noop!(
			reveal_raw(ACME, id, 700_000, &[600_000, 100_000]),
			Error::<Test>::CommitmentMismatch
		);
		assert!(Tenders::bids(id).is_empty());
		assert!(Bids::<Test>::get(id).iter().all(|b| b.offer.is_none()));
	});
}

#[test]
fn partida_offers_must_be_one_per_partida() {
	ExtBuilder.build_and_execute(|| {
		let id = published();
		approved_supplier(GAMMA);
		run_to_block(10);
		// The tender has two partidas; these add up to the price but are one, three and none.
		bid_raw(ACME, id, 700_000, &[700_000]);
		bid_raw(BETA, id, 700_000, &[600_000, 100_000, 0]);
		bid_raw(GAMMA, id, 0, &[]);
		run_to_block(20);
		assert_noop!(reveal_raw(ACME, id, 700_000, &[700_000]), Error::<Test>::InvalidOffer);
		assert_noop!(
			reveal_raw(BETA, id, 700_000, &[600_000, 100_000, 0]),
			Error::<Test>::InvalidOffer
		);
		assert_noop!(reveal_raw(GAMMA, id, 0, &[]), Error::<Test>::InvalidOffer);
		assert!(Tenders::bids(id).is_empty());
	});
}

// withdraw_bid

#[test]
fn a_sealed_bid_is_withdrawn_before_bidding_closes() {
	ExtBuilder.build_and_execute(|| {
		let id = published();
		run_to_block(10);
		let before = free(ACME);
		bid(ACME, id, &ACME_OFFER);
		bid(BETA, id, &BETA_OFFER);
		assert_ok!(Tenders::withdraw_bid(signed(ACME), id));
		assert_eq!(last_event(), Event::BidWithdrawn { tender_id: id, bidder: ACME });
		assert_eq!(held(ACME), 0);
		assert_eq!(free(ACME), before);
		assert_eq!(Bids::<Test>::get(id).len(), 1);
		assert_eq!(TendersMap::<Test>::get(id).map(|t| t.bid_count), Some(1));
		assert_noop!(Tenders::withdraw_bid(signed(ACME), id), Error::<Test>::NoBid);
		// It may bid again while bidding is open.
		bid(ACME, id, &BETA_OFFER);
		run_to_block(20);
		assert_noop!(Tenders::withdraw_bid(signed(ACME), id), Error::<Test>::BiddingClosed);
		assert_noop!(Tenders::withdraw_bid(signed(ACME), 9), Error::<Test>::TenderNotFound);
		assert_noop!(Tenders::withdraw_bid(RuntimeOrigin::none(), id), BadOrigin);
	});
}
