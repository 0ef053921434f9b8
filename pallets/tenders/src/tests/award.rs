//! The award: `compute_award`, `finalise_award` (complaints in `complaints.rs`).

use super::*;

// compute_award

#[test]
fn compute_award_scores_every_bid() {
	ExtBuilder.build_and_execute(|| {
		let id = awarded();
		assert_eq!(
			last_event(),
			Event::AwardComputed {
				tender_id: id,
				bid_index: 1,
				winner: BETA,
				total: Perbill::from_percent(79),
			}
		);
		let award = Tenders::award(id).unwrap();
		assert_eq!(award.winner, Some(1));
		assert_eq!(award.total_votes, 5);
		assert_eq!(award.evaluators, 3);
		assert!(!award.is_final);
		let acme = &award.scores[0];
		assert_eq!(acme.price_score, Perbill::one());
		assert_eq!(acme.technical_score, Perbill::from_percent(60));
		assert_eq!(acme.citizen_score, Perbill::from_percent(40));
		assert_eq!(acme.total, Perbill::from_percent(72));
		let beta = &award.scores[1];
		assert_eq!(beta.price_score, Perbill::from_rational(7u32, 8u32));
		assert_eq!(beta.technical_score, Perbill::from_percent(80));
		assert_eq!(beta.citizen_score, Perbill::from_percent(60));
		assert_eq!(beta.votes, 3);
		assert_eq!(TendersMap::<Test>::get(id).unwrap().status, TenderStatus::Awarded);
		// Deposits stay held until the award is final.
		assert_eq!((held(ACME), held(BETA)), (DEPOSIT, DEPOSIT));
		// The ballot is closed; computed on time, the schedule stands.
		assert!(MockBallots::get(0).unwrap().closed);
		assert_eq!(TendersMap::<Test>::get(id).unwrap().schedule, SCHEDULE);
	});
}

// What the panel and the ballot give

#[test]
fn compute_award_waits_for_a_panel_still_drawing() {
	ExtBuilder.build_and_execute(|| {
		let id = evaluating();
		run_to_block(60);
		// The panel's sortition is still running (a round was drawn again).
		assert_noop!(
			Tenders::compute_award(signed(OUTSIDER), id),
			Error::<Test>::EvaluationPending
		);
		MockPanels::conclude(0, score_sets());
		assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
		assert_eq!(Tenders::award(id).unwrap().evaluators, 3);
	});
}

#[test]
fn a_failed_panel_leaves_no_technical_score() {
	ExtBuilder.build_and_execute(|| {
		let id = evaluating();
		run_to_block(40);
		MockPanels::fail(0);
		run_to_block(60);
		assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
		let award = Tenders::award(id).unwrap();
		assert_eq!((award.evaluators, award.total_votes), (0, 0));
		assert!(award.scores.iter().all(|s| s.technical_score.is_zero()));
		// Price alone: ACME 40%, BETA 40% of 7/8.
		assert_eq!(award.scores[0].total, Perbill::from_percent(40));
		assert_eq!(award.scores[1].total, Perbill::from_percent(35));
		assert_eq!(award.winner, Some(0));
		// The fee was paid to the panel when it opened: nothing returns.
		assert!(!events().iter().any(|e| matches!(e, Event::EvaluationFeeReturned { .. })));
		assert_eq!(free(PANEL_POOL), EVALUATION_FEE);
	});
}

#[test]
fn without_a_panel_there_is_no_technical_score_and_the_fee_returns() {
	ExtBuilder.build_and_execute(|| {
		// Nobody opened the panel, and the award is computed late.
		let id = revealed();
		run_to_block(65);
		assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
		assert_evaluation_fee_returned(id);
		let award = Tenders::award(id).unwrap();
		assert_eq!(award.evaluators, 0);
		assert!(award.scores.iter().all(|s| s.technical_score.is_zero()));
		assert_eq!(award.winner, Some(0));
		// Without a panel nothing waited on it: the schedule stands.
		assert_eq!(TendersMap::<Test>::get(id).unwrap().schedule, SCHEDULE);
		assert!(!events().iter().any(|e| matches!(e, Event::ContractDeadlineMoved { .. })));
	});
}

#[test]
fn without_a_ballot_the_citizens_score_zero() {
	ExtBuilder.build_and_execute(|| {
		// The panel concluded; nobody opened the vote.
		let id = scored();
		run_to_block(60);
		assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
		let award = Tenders::award(id).unwrap();
		assert_eq!((award.evaluators, award.total_votes), (3, 0));
		assert!(award.scores.iter().all(|s| s.votes == 0 && s.citizen_score.is_zero()));
		// ACME: 40% + 40% of 60%; BETA: 40% of 7/8 + 40% of 80%.
		assert_eq!(award.scores[0].total, Perbill::from_percent(64));
		assert_eq!(award.scores[1].total, Perbill::from_percent(67));
		assert_eq!(award.winner, Some(1));
	});
}

#[test]
fn a_late_award_moves_the_later_boundaries_by_the_delay() {
	ExtBuilder.build_and_execute(|| {
		let id = voted();
		run_to_block(64);
		assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
		assert!(has_event(Event::ContractDeadlineMoved { tender_id: id, contract_deadline: 84 }));
		let schedule = TendersMap::<Test>::get(id).unwrap().schedule;
		assert_eq!((schedule.complaints_end, schedule.contract_deadline), (74, 84));
		assert_eq!(Schedule { complaints_end: 70, contract_deadline: 80, ..schedule }, SCHEDULE);
		// The complaints window is whole.
		run_to_block(73);
		assert_ok!(Tenders::file_complaint(signed(ACME), id, DOC));
	});
}

#[test]
fn compute_award_fails() {
	ExtBuilder.build_and_execute(|| {
		let id = voted();
		run_to_block(59);
		assert_noop!(Tenders::compute_award(signed(OUTSIDER), id), Error::<Test>::VoteOpen);
		assert_noop!(Tenders::compute_award(RuntimeOrigin::none(), id), BadOrigin);
		run_to_block(60);
		assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
		assert_noop!(Tenders::compute_award(signed(OUTSIDER), id), Error::<Test>::NotPublished);
	});
}

#[test]
fn unrevealed_bids_forfeit_their_deposits() {
	ExtBuilder.build_and_execute(|| {
		let id = with_bids();
		run_to_block(20);
		assert_ok!(reveal(ACME, id, &ACME_OFFER));
		let issuance = Balances::total_issuance();
		run_to_block(60);
		assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
		assert!(has_event(Event::BidForfeited {
			tender_id: id,
			bid_index: 1,
			bidder: BETA,
			amount: DEPOSIT
		}));
		assert_eq!(held(BETA), 0);
		assert_eq!(free(BETA), INITIAL_BALANCE - DEPOSIT);
		// `Slashed` is `()`: the deposit is burnt.
		assert_eq!(Balances::total_issuance(), issuance - DEPOSIT);
		assert!(Bids::<Test>::get(id)[1].forfeited);
		// ACME alone: it wins without votes nor scores, on price.
		assert_eq!(Tenders::award(id).unwrap().winner, Some(0));
		assert_eq!(held(ACME), DEPOSIT);
	});
}

#[test]
fn a_tender_without_revealed_bids_within_budget_is_deserted() {
	ExtBuilder.build_and_execute(|| {
		let id = published();
		run_to_block(10);
		let expensive = TestOffer { price: BUDGET + 1, partidas: [BUDGET, 1], ..ACME_OFFER };
		bid(ACME, id, &expensive);
		bid(BETA, id, &BETA_OFFER);
		run_to_block(20);
		assert_ok!(reveal(ACME, id, &expensive));
		run_to_block(60);
		assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
		assert_eq!(
			last_event(),
			Event::TenderDeserted {
				tender_id: id,
				reason: DesertReason::NoEligibleBid,
				deposits_released: 1
			}
		);
		let award = Tenders::award(id).unwrap();
		assert_eq!(award.winner, None);
		assert!(award.is_final);
		assert_eq!(award.scores[0].standing, BidStanding::AboveBudget);
		assert_eq!(
			TendersMap::<Test>::get(id).unwrap().status,
			TenderStatus::Deserted(DesertReason::NoEligibleBid)
		);
		assert_eq!((held(ACME), free(ACME)), (0, INITIAL_BALANCE));
		assert_eq!(free(BETA), INITIAL_BALANCE - DEPOSIT);
	});
}

#[test]
fn ties_go_to_the_lower_price_then_the_earlier_bid() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		approved_supplier(ACME);
		approved_supplier(BETA);
		approved_supplier(GAMMA);
		// Citizens alone decide: a tie of votes.
		let id = create();
		TendersMap::<Test>::mutate(id, |t| {
			t.as_mut().unwrap().weights = AwardWeights {
				price: Perbill::zero(),
				technical: Perbill::zero(),
				citizen: Perbill::one(),
			}
		});
		run_to_block(2);
		assert_ok!(Tenders::publish_tender(signed(OFFICIAL), id));
		run_to_block(10);
		bid(ACME, id, &BETA_OFFER);
		bid(BETA, id, &ACME_OFFER);
		bid(GAMMA, id, &ACME_OFFER);
		run_to_block(20);
		assert_ok!(reveal(ACME, id, &BETA_OFFER));
		assert_ok!(reveal(BETA, id, &ACME_OFFER));
		assert_ok!(reveal(GAMMA, id, &ACME_OFFER));
		run_to_block(50);
		assert_ok!(Tenders::open_citizen_vote(signed(OUTSIDER), id));
		for option in [0, 1, 2] {
			MockBallots::vote(0, option);
		}
		run_to_block(60);
		assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
		// All three total one third; BETA and GAMMA are cheaper; BETA bid first.
		assert_eq!(Tenders::award(id).unwrap().winner, Some(1));
	});
}

// finalise_award

#[test]
fn finalise_award_returns_the_guarantees_but_the_winners() {
	ExtBuilder.build_and_execute(|| {
		let id = awarded();
		run_to_block(69);
		assert_noop!(Tenders::finalise_award(signed(OUTSIDER), id), Error::<Test>::ComplaintsOpen);
		run_to_block(70);
		assert_ok!(Tenders::finalise_award(signed(OUTSIDER), id));
		assert_eq!(
			last_event(),
			Event::AwardFinalised { tender_id: id, winner: BETA, deposits_released: 1 }
		);
		// The winner's bid guarantee stays held until it signs the contract.
		assert_eq!((held(ACME), held(BETA)), (0, DEPOSIT));
		assert_eq!(free(ACME), INITIAL_BALANCE);
		assert!(Tenders::award(id).unwrap().is_final);
		assert_noop!(Tenders::finalise_award(signed(OUTSIDER), id), Error::<Test>::NotAwarded);
	});
}

#[test]
fn compute_award_needs_a_signed_origin_and_a_known_tender() {
	ExtBuilder.build_and_execute(|| {
		let id = voted();
		run_to_block(60);
		assert_noop!(Tenders::compute_award(RuntimeOrigin::root(), id), BadOrigin);
		assert_noop!(Tenders::compute_award(signed(OUTSIDER), 9), Error::<Test>::TenderNotFound);
		let draft = create();
		assert_noop!(Tenders::compute_award(signed(OUTSIDER), draft), Error::<Test>::NotPublished);
		assert!(Tenders::award(id).is_none());
	});
}

#[test]
fn finalise_award_refuses_wrong_origins_and_tenders_without_an_award() {
	ExtBuilder.build_and_execute(|| {
		let id = awarded();
		run_to_block(70);
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(Tenders::finalise_award(origin, id), BadOrigin);
		}
		assert_noop!(Tenders::finalise_award(signed(OUTSIDER), 9), Error::<Test>::TenderNotFound);
		let draft = create();
		assert_noop!(Tenders::finalise_award(signed(OUTSIDER), draft), Error::<Test>::NotAwarded);
		assert!(!Tenders::award(id).unwrap().is_final);
	});
}

#[test]
fn a_deserted_tender_has_no_award_to_finalise_or_complain_about() {
	ExtBuilder.build_and_execute(|| {
		let id = published();
		run_to_block(10);
		let expensive = TestOffer { price: BUDGET + 1, partidas: [BUDGET, 1], ..ACME_OFFER };
		bid(ACME, id, &expensive);
		run_to_block(20);
		assert_ok!(reveal(ACME, id, &expensive));
		run_to_block(60);
		assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
		assert_eq!(
			TendersMap::<Test>::get(id).unwrap().status,
			TenderStatus::Deserted(DesertReason::NoEligibleBid)
		);
		assert_noop!(Tenders::file_complaint(signed(ACME), id, DOC), Error::<Test>::NotAwarded);
		run_to_block(70);
		assert_noop!(Tenders::finalise_award(signed(OUTSIDER), id), Error::<Test>::NotAwarded);
		assert_noop!(
			Tenders::draft_contract(signed(OFFICIAL), id, DOC, deliverables()),
			Error::<Test>::AwardNotFinal
		);
	});
}
