//! Prices the law would accept: above the budget or more than the margin above the market
//! research is not acceptable; zero or far below the average is not convenient; such bids are
//! discarded with the reason recorded and cannot win.

use super::*;

fn offer(price: u128, salt: u8) -> TestOffer {
	TestOffer { price, partidas: [price, 0], proposal: H256::repeat_byte(salt), salt: [salt; 32] }
}

/// ACME, BETA and GAMMA bid and reveal `prices` on a published tender (budget 1,000,000,
/// reference 900,000); the award is computed at block 60 with no scores nor votes.
fn award_with(prices: [u128; 3]) -> crate::AwardOf<Test> {
	let id = published();
	approved_supplier(GAMMA);
	run_to_block(10);
	let bidders = [ACME, BETA, GAMMA];
	for (i, (who, price)) in bidders.into_iter().zip(prices).enumerate() {
		bid(who, id, &offer(price, i as u8 + 1));
	}
	run_to_block(20);
	for (i, (who, price)) in bidders.into_iter().zip(prices).enumerate() {
		assert_ok!(reveal(who, id, &offer(price, i as u8 + 1)));
	}
	run_to_block(60);
	assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
	Tenders::award(id).unwrap()
}

fn standings(award: &crate::AwardOf<Test>) -> Vec<BidStanding> {
	award.scores.iter().map(|s| s.standing).collect()
}

#[test]
fn a_price_above_the_reference_margin_is_not_acceptable() {
	ExtBuilder.build_and_execute(|| {
		// 995,000 is within the budget but more than 10% above 900,000.
		let award = award_with([995_000, 800_000, 700_000]);
		assert_eq!(
			standings(&award),
			vec![BidStanding::NotAcceptable, BidStanding::Eligible, BidStanding::Eligible]
		);
		assert_eq!(award.scores[0].price_score, Perbill::zero());
		assert_eq!(award.winner, Some(2));
	});
}

#[test]
fn a_zero_or_one_centavo_price_is_not_convenient_and_takes_no_price_score() {
	ExtBuilder.build_and_execute(|| {
		// Before, a one-centavo bid took the whole price score and a zero price was "one".
		let award = award_with([1, 0, 800_000]);
		assert_eq!(
			standings(&award),
			vec![BidStanding::NotConvenient, BidStanding::NotConvenient, BidStanding::Eligible]
		);
		assert_eq!(award.winner, Some(2));
		assert_eq!(award.scores[2].price_score, Perbill::one());
	});
}

#[test]
fn a_price_far_below_the_average_is_not_convenient() {
	ExtBuilder.build_and_execute(|| {
		// The average of the acceptable prices is 600,000; 60% of it is 360,000.
		let award = award_with([300_000, 700_000, 800_000]);
		assert_eq!(
			standings(&award),
			vec![BidStanding::NotConvenient, BidStanding::Eligible, BidStanding::Eligible]
		);
		assert_eq!(award.winner, Some(1));
	});
}

#[test]
fn unacceptable_prices_do_not_push_the_floor_up() {
	ExtBuilder.build_and_execute(|| {
		// With the 2,000,000 bid counted the average would be 1,033,333 and its 60% would put
		// 500,000 below the floor; only acceptable prices count (average 550,000).
		let award = award_with([500_000, 600_000, 2_000_000]);
		assert_eq!(
			standings(&award),
			vec![BidStanding::Eligible, BidStanding::Eligible, BidStanding::AboveBudget]
		);
		assert_eq!(award.winner, Some(0));
	});
}

#[test]
fn with_no_eligible_price_the_tender_is_void() {
	ExtBuilder.build_and_execute(|| {
		let award = award_with([0, 995_000, 1_500_000]);
		assert_eq!(award.winner, None);
		assert_eq!(
			TendersMap::<Test>::get(0).unwrap().status,
			TenderStatus::Deserted(DesertReason::NoEligibleBid)
		);
	});
}
