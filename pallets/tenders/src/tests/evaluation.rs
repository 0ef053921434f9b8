//! The anonymous evaluation: the evaluation fee, `open_evaluation`, its request to the panel
//! service, its seed and its conflicts of interest.

use super::*;
use bmx_primitives::anonymity::PanelRequest;
use frame_support::dispatch::{DispatchResultWithPostInfo, Pays};

fn open(tender_id: u32) -> DispatchResultWithPostInfo {
	Tenders::open_evaluation(signed(OUTSIDER), tender_id)
}

/// The seed of tender 0's panel from [`ACME_OFFER`] and [`BETA_OFFER`] revealed, anchored at
/// `anchor`.
fn seed_anchored_at(anchor: u64) -> H256 {
	tender_seed(0, &[ACME_OFFER.salt, BETA_OFFER.salt], block_hash(anchor).as_ref())
}

/// Award weights without technical scores: 80% price, 20% citizens.
fn without_technical() -> AwardWeights {
	AwardWeights {
		price: Perbill::from_percent(80),
		technical: Perbill::zero(),
		citizen: Perbill::from_percent(20),
	}
}

// The evaluation fee

#[test]
fn the_evaluation_fee_is_held_at_publication_only_with_technical_weight() {
	ExtBuilder.build_and_execute(|| {
		let id = published();
		assert_eq!(
			last_event(),
			Event::TenderPublished {
				tender_id: id,
				schedule: SCHEDULE,
				evaluation_fee: EVALUATION_FEE
			}
		);
		assert_eq!(fee_held(OFFICIAL), EVALUATION_FEE);
		assert_eq!(free(OFFICIAL), INITIAL_BALANCE - EVALUATION_FEE);
		assert_eq!(EvaluationFees::<Test>::get(id), Some((OFFICIAL, EVALUATION_FEE)));
		// A tender whose award weighs no technical scores holds no fee and has no panel.
		let other = create();
		TendersMap::<Test>::mutate(other, |t| t.as_mut().unwrap().weights = without_technical());
		assert_ok!(Tenders::publish_tender(signed(OTHER_OFFICIAL), other));
		assert_eq!(
			last_event(),
			Event::TenderPublished { tender_id: other, schedule: SCHEDULE, evaluation_fee: 0 }
		);
		assert_eq!((fee_held(OTHER_OFFICIAL), free(OTHER_OFFICIAL)), (0, INITIAL_BALANCE));
		assert_eq!(EvaluationFees::<Test>::get(other), None);
		run_to_block(10);
		bid(ACME, other, &ACME_OFFER);
		run_to_block(20);
		assert_ok!(reveal(ACME, other, &ACME_OFFER));
		run_to_block(30);
		assert_noop!(open(other), Error::<Test>::NoTechnicalEvaluation);
	});
}

#[test]
fn an_official_who_cannot_pay_the_fee_cannot_publish() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		let id = create();
		run_to_block(2);
		Balances::set_balance(&OTHER_OFFICIAL, EVALUATION_FEE - 1);
		assert_noop!(
			Tenders::publish_tender(signed(OTHER_OFFICIAL), id),
			sp_runtime::TokenError::FundsUnavailable
		);
		assert_ok!(Tenders::publish_tender(signed(OFFICIAL), id));
		assert_eq!(EvaluationFees::<Test>::get(id), Some((OFFICIAL, EVALUATION_FEE)));
	});
}

// open_evaluation

#[test]
fn open_evaluation_opens_the_panel_and_pays_it_the_fee() {
	ExtBuilder.build_and_execute(|| {
		let id = revealed();
		run_to_block(30);
		let seed = seed_anchored_at(29);
		let info = open(id).expect("anyone opens the panel from reveal_end");
		// Free for whoever opens it.
		assert_eq!((info.actual_weight, info.pays_fee), (None, Pays::No));
		assert_eq!(
			last_event(),
			Event::EvaluationOpened { tender_id: id, panel: 0, seed, fee: EVALUATION_FEE }
		);
		assert_eq!(TenderPanels::<Test>::get(id), Some(0));
		assert_eq!(Tenders::evaluation_panel(id), Some(0));
		assert_eq!(TendersMap::<Test>::get(id).unwrap().seed, Some(seed));
		// The request: the revealed bids, the evaluators enrolled before publication, tickets
		// until evaluation_end and reveals until score_reveal_end.
		let panel = MockPanels::get(0).unwrap();
		assert_eq!(
			panel.request,
			PanelRequest {
				subject: id,
				payer: OFFICIAL,
				fee: EVALUATION_FEE,
				options: 2,
				seed: seed.0,
				enrolled_before: 2,
				tickets_end: SCHEDULE.evaluation_end,
				reveals_end: SCHEDULE.score_reveal_end,
			}
		);
		assert_eq!(
			panel.state,
			PanelState::Sortition { round: 0, tickets_end: 40, reveals_end: 50 }
		);
		// The hold was released and the fee moved to the panel.
		assert_eq!(EvaluationFees::<Test>::get(id), Some((OFFICIAL, 0)));
		assert_eq!(fee_held(OFFICIAL), 0);
		assert_eq!(free(OFFICIAL), INITIAL_BALANCE - EVALUATION_FEE);
		assert_eq!(free(PANEL_POOL), EVALUATION_FEE);
	});
}

/// The seed of tender 0's panel when `caller` opens it at block `at`.
fn seed_opened_by(caller: u64, at: u64) -> H256 {
	let mut seed = None;
	ExtBuilder.build_and_execute(|| {
		let id = revealed();
		run_to_block(at);
		assert_ok!(Tenders::open_evaluation(signed(caller), id));
		seed = TendersMap::<Test>::get(id).unwrap().seed;
		assert_eq!(MockPanels::get(0).map(|p| H256(p.request.seed)), seed);
	});
	seed.expect("the panel was opened")
}

#[test]
fn the_seed_is_the_same_whoever_opens_the_panel_and_whenever() {
	// The revealed salts in bid order and the hash of the block before reveal_end.
	let seed = seed_anchored_at(29);
	assert_eq!(seed_opened_by(OUTSIDER, 30), seed);
	assert_eq!(seed_opened_by(ACME, 35), seed);
	assert_eq!(seed_opened_by(OFFICIAL, 39), seed);
	// Each input counts: the tender, the salts and their order, the anchor.
	let salts = [ACME_OFFER.salt, BETA_OFFER.salt];
	assert_ne!(tender_seed(1, &salts, block_hash(29).as_ref()), seed);
	assert_ne!(tender_seed(0, &[BETA_OFFER.salt, ACME_OFFER.salt], block_hash(29).as_ref()), seed);
	assert_ne!(tender_seed(0, &salts[..1], block_hash(29).as_ref()), seed);
	assert_ne!(seed_anchored_at(30), seed);
}

#[test]
fn open_evaluation_fails_outside_its_window() {
	ExtBuilder.build_and_execute(|| {
		let id = revealed();
		run_to_block(29);
		assert_noop!(open(id), Error::<Test>::EvaluationNotOpen);
		run_to_block(40);
		assert_noop!(open(id), Error::<Test>::EvaluationClosed);
		// A refused call is charged as any other.
		assert_eq!(open(id).unwrap_err().post_info.pays_fee, Pays::Yes);
		// The fee stays held, to return with the award.
		assert_eq!(fee_held(OFFICIAL), EVALUATION_FEE);
	});
}

#[test]
fn open_evaluation_needs_a_revealed_bid() {
	ExtBuilder.build_and_execute(|| {
		// Nobody bid.
		let empty = published();
		// Both bid, nobody revealed.
		let id = create();
		assert_ok!(Tenders::publish_tender(signed(OFFICIAL), id));
		run_to_block(10);
		bid(ACME, id, &ACME_OFFER);
		bid(BETA, id, &BETA_OFFER);
		run_to_block(30);
		assert_noop!(open(empty), Error::<Test>::NoRevealedBid);
		assert_noop!(open(id), Error::<Test>::NoRevealedBid);
	});
}

#[test]
fn open_evaluation_fails_once_the_seeds_anchor_is_forgotten() {
	ExtBuilder.build_and_execute(|| {
		let id = revealed();
		run_to_block(35);
		// frame-system no longer keeps the hash of block 29 (reveal_end - 1).
		frame_system::BlockHash::<Test>::remove(29);
		assert_noop!(open(id), Error::<Test>::SeedExpired);
	});
}

#[test]
fn open_evaluation_fails_when_the_panel_service_refuses() {
	ExtBuilder.build_and_execute(|| {
		let id = revealed();
		run_to_block(30);
		MockPanels::refuse();
		assert_noop!(open(id), sp_runtime::DispatchError::Other("too few candidates"));
		assert_eq!((fee_held(OFFICIAL), free(PANEL_POOL)), (EVALUATION_FEE, 0));
		assert_eq!(TendersMap::<Test>::get(id).unwrap().seed, None);
	});
}

#[test]
fn open_evaluation_opens_one_panel() {
	ExtBuilder.build_and_execute(|| {
		let id = evaluating();
		run_to_block(35);
		assert_noop!(open(id), Error::<Test>::EvaluationAlreadyOpen);
		assert_eq!(MockPanels::opened(), 1);
	});
}

#[test]
fn open_evaluation_needs_a_signed_origin_and_a_published_tender() {
	ExtBuilder.build_and_execute(|| {
		let id = revealed();
		let draft = create();
		run_to_block(30);
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(Tenders::open_evaluation(origin, id), BadOrigin);
		}
		assert_noop!(open(9), Error::<Test>::TenderNotFound);
		assert_noop!(open(draft), Error::<Test>::NotPublished);
		assert_ok!(Tenders::cancel_tender(signed(OFFICIAL), id, DOC));
		assert_noop!(open(id), Error::<Test>::NotPublished);
		assert_eq!(TenderPanels::<Test>::get(id), None);
	});
}

// Conflicts of interest

#[test]
fn the_panel_leaves_out_the_bidders_and_the_buyer_units_officials() {
	ExtBuilder.build_and_execute(|| {
		let id = with_bids();
		run_to_block(20);
		// Only ACME reveals: BETA, which bid, is left out all the same.
		assert_ok!(reveal(ACME, id, &ACME_OFFER));
		// The buyer unit's officials when the panel opens: 31 replaced OTHER_OFFICIAL.
		assert_ok!(Tenders::set_buyer_officials(
			signed(BUYER_REGISTRY),
			0,
			vec![OFFICIAL, 31].try_into().unwrap()
		));
		run_to_block(30);
		assert_ok!(open(id));
		let panel = MockPanels::get(0).unwrap();
		assert_eq!(panel.excluded, vec![31, OFFICIAL, ACME, BETA]);
		assert_eq!(panel.request.options, 1);
		assert_eq!(
			panel.request.seed,
			tender_seed(id, &[ACME_OFFER.salt], block_hash(29).as_ref()).0
		);
	});
}

// Re-evaluation

#[test]
fn a_reevaluation_opens_a_new_panel_at_no_new_fee() {
	ExtBuilder.build_and_execute(|| {
		let id = complained();
		assert_ok!(Tenders::resolve_complaint(
			signed(REVIEW),
			id,
			0,
			Resolution::Reevaluate(REEVALUATION),
			DOC
		));
		// The new seed is anchored at the decision's block, whose hash is known from the next.
		assert_eq!(SeedAnchors::<Test>::get(id), Some(65));
		assert_noop!(open(id), Error::<Test>::EvaluationNotOpen);
		run_to_block(66);
		let seed = seed_anchored_at(65);
		assert_ne!(seed, seed_anchored_at(29));
		assert_eq!(open(id).map(|info| info.pays_fee), Ok(Pays::No));
		assert_eq!(last_event(), Event::EvaluationOpened { tender_id: id, panel: 1, seed, fee: 0 });
		assert_eq!(TenderPanels::<Test>::get(id), Some(1));
		assert_eq!(
			MockPanels::get(1).unwrap().request,
			PanelRequest {
				subject: id,
				payer: OFFICIAL,
				fee: 0,
				options: 2,
				seed: seed.0,
				enrolled_before: 2,
				tickets_end: REEVALUATION.evaluation_end,
				reveals_end: REEVALUATION.score_reveal_end,
			}
		);
		// The official paid once.
		assert_eq!(free(OFFICIAL), INITIAL_BALANCE - EVALUATION_FEE);
		assert_eq!(free(PANEL_POOL), EVALUATION_FEE);
		assert_eq!(EvaluationFees::<Test>::get(id), Some((OFFICIAL, 0)));
	});
}
