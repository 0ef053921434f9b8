//! The award: `compute_award`, `file_complaint`, `resolve_complaint`,
//! `finalise_award`.

use super::*;

// compute_award

#[test]
fn compute_award_scores_every_bid() {
	ExtBuilder::default().build_and_execute(|| {
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
	});
}

#[test]
fn compute_award_fails() {
	ExtBuilder::default().build_and_execute(|| {
		let id = voted();
		run_to_block(59);
		assert_noop!(Tenders::compute_award(signed(OUTSIDER), id), Error::<Test>::VoteNotClosed);
		assert_noop!(Tenders::compute_award(RuntimeOrigin::none(), id), BadOrigin);
		run_to_block(60);
		assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
		assert_noop!(Tenders::compute_award(signed(OUTSIDER), id), Error::<Test>::NotPublished);
	});
}

#[test]
fn unrevealed_bids_forfeit_their_deposits() {
	ExtBuilder::default().build_and_execute(|| {
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
	ExtBuilder::default().build_and_execute(|| {
		let id = published();
		run_to_block(10);
		let expensive = TestOffer { price: BUDGET + 1, partidas: [BUDGET, 1], ..ACME_OFFER };
		bid(ACME, id, &expensive);
		bid(BETA, id, &BETA_OFFER);
		run_to_block(20);
		assert_ok!(reveal(ACME, id, &expensive));
		run_to_block(60);
		assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
		assert_eq!(last_event(), Event::TenderDeserted { tender_id: id, deposits_released: 1 });
		let award = Tenders::award(id).unwrap();
		assert_eq!(award.winner, None);
		assert!(award.is_final);
		assert!(!award.scores[0].within_budget);
		assert_eq!(TendersMap::<Test>::get(id).unwrap().status, TenderStatus::Deserted);
		assert_eq!((held(ACME), free(ACME)), (0, INITIAL_BALANCE));
		assert_eq!(free(BETA), INITIAL_BALANCE - DEPOSIT);
	});
}

#[test]
fn ties_go_to_the_lower_price_then_the_earlier_bid() {
	ExtBuilder::default().build_and_execute(|| {
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
		for (who, bid_index) in [(40, 0), (41, 1), (42, 2)] {
			assert_ok!(Tenders::cast_vote(signed(who), id, bid_index));
		}
		run_to_block(60);
		assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
		// All three total one third; BETA and GAMMA are cheaper; BETA bid first.
		assert_eq!(Tenders::award(id).unwrap().winner, Some(1));
	});
}

// file_complaint, resolve_complaint, finalise_award

#[test]
fn file_complaint_works_and_fails() {
	ExtBuilder::default().build_and_execute(|| {
		let id = voted();
		assert_noop!(Tenders::file_complaint(signed(ACME), id, DOC), Error::<Test>::NotAwarded);
		run_to_block(60);
		assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
		assert_noop!(Tenders::file_complaint(signed(GAMMA), id, DOC), Error::<Test>::NotBidder);
		assert_noop!(Tenders::file_complaint(signed(ACME), 9, DOC), Error::<Test>::UnknownTender);
		assert_ok!(Tenders::file_complaint(signed(ACME), id, DOC));
		assert_eq!(
			last_event(),
			Event::ComplaintFiled { tender_id: id, index: 0, complainant: ACME, document: DOC }
		);
		assert_noop!(
			Tenders::file_complaint(signed(ACME), id, DOC),
			Error::<Test>::AlreadyComplained
		);
		run_to_block(70);
		assert_noop!(
			Tenders::file_complaint(signed(BETA), id, DOC),
			Error::<Test>::ComplaintsClosed
		);
	});
}

#[test]
fn a_pending_complaint_blocks_finalisation_until_dismissed() {
	ExtBuilder::default().build_and_execute(|| {
		let id = awarded();
		assert_ok!(Tenders::file_complaint(signed(ACME), id, DOC));
		run_to_block(70);
		assert_noop!(
			Tenders::finalise_award(signed(OUTSIDER), id),
			Error::<Test>::ComplaintPending
		);
		let reason = H256::repeat_byte(0x99);
		assert_noop!(
			Tenders::resolve_complaint(signed(OFFICIAL), id, 0, Resolution::Dismiss, reason),
			BadOrigin
		);
		assert_noop!(
			Tenders::resolve_complaint(signed(REVIEW), id, 1, Resolution::Dismiss, reason),
			Error::<Test>::UnknownComplaint
		);
		assert_ok!(Tenders::resolve_complaint(signed(REVIEW), id, 0, Resolution::Dismiss, reason));
		assert_eq!(last_event(), Event::ComplaintDismissed { tender_id: id, index: 0, reason });
		assert_noop!(
			Tenders::resolve_complaint(signed(REVIEW), id, 0, Resolution::Dismiss, reason),
			Error::<Test>::ComplaintResolved
		);
		assert_ok!(Tenders::finalise_award(signed(OUTSIDER), id));
	});
}

#[test]
fn an_upheld_complaint_orders_a_reevaluation() {
	ExtBuilder::default().build_and_execute(|| {
		let id = awarded();
		assert_ok!(Tenders::file_complaint(signed(ACME), id, DOC));
		run_to_block(65);
		let schedule = Schedule {
			evaluation_end: 75,
			score_reveal_end: 85,
			vote_end: 95,
			complaints_end: 105,
			contract_deadline: 115,
			..SCHEDULE
		};
		assert_noop!(
			Tenders::resolve_complaint(
				signed(REVIEW),
				id,
				0,
				Resolution::Reevaluate(Schedule { reveal_end: 31, ..schedule }),
				DOC
			),
			Error::<Test>::InvalidReevaluation
		);
		assert_noop!(
			Tenders::resolve_complaint(
				signed(REVIEW),
				id,
				0,
				Resolution::Reevaluate(Schedule { evaluation_end: 65, ..schedule }),
				DOC
			),
			Error::<Test>::InvalidReevaluation
		);
		assert_ok!(Tenders::resolve_complaint(
			signed(REVIEW),
			id,
			0,
			Resolution::Reevaluate(schedule),
			DOC
		));
		assert_eq!(
			last_event(),
			Event::ReevaluationOrdered { tender_id: id, index: 0, schedule, reason: DOC }
		);
		assert!(Awards::<Test>::get(id).is_none());
		assert!(Evaluations::<Test>::get(id).is_empty());
		assert!(Complaints::<Test>::get(id).is_empty());
		assert_eq!(TendersMap::<Test>::get(id).unwrap().status, TenderStatus::Published);
		// The evaluators score again; ACME's scores now win it.
		for who in EVALUATORS {
			assert_ok!(commit_scores(who, id, &[100, 0]));
		}
		run_to_block(75);
		for who in EVALUATORS {
			assert_ok!(reveal_scores(who, id, &[100, 0]));
		}
		run_to_block(85);
		// Those who voted cannot vote again; votes stay.
		assert_noop!(Tenders::cast_vote(signed(CITIZENS[0]), id, 1), Error::<Test>::AlreadyVoted);
		run_to_block(95);
		assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
		assert_eq!(Tenders::award(id).unwrap().winner, Some(0));
		assert_eq!(Tenders::award(id).unwrap().total_votes, 5);
	});
}

#[test]
fn an_upheld_complaint_may_cancel_the_tender() {
	ExtBuilder::default().build_and_execute(|| {
		let id = awarded();
		assert_ok!(Tenders::file_complaint(signed(ACME), id, DOC));
		assert_ok!(Tenders::resolve_complaint(signed(REVIEW), id, 0, Resolution::Cancel, DOC));
		assert_eq!(
			last_event(),
			Event::TenderCancelled { tender_id: id, reason: DOC, deposits_released: 2 }
		);
		assert_eq!((held(ACME), held(BETA)), (0, 0));
		assert!(Tenders::award(id).is_none());
		assert_noop!(
			Tenders::resolve_complaint(signed(REVIEW), id, 0, Resolution::Dismiss, DOC),
			Error::<Test>::NotAwarded
		);
	});
}

#[test]
fn finalise_award_returns_the_deposits() {
	ExtBuilder::default().build_and_execute(|| {
		let id = awarded();
		run_to_block(69);
		assert_noop!(Tenders::finalise_award(signed(OUTSIDER), id), Error::<Test>::ComplaintsOpen);
		run_to_block(70);
		assert_ok!(Tenders::finalise_award(signed(OUTSIDER), id));
		assert_eq!(
			last_event(),
			Event::AwardFinalised { tender_id: id, winner: BETA, deposits_released: 2 }
		);
		assert_eq!((held(ACME), held(BETA)), (0, 0));
		assert_eq!((free(ACME), free(BETA)), (INITIAL_BALANCE, INITIAL_BALANCE));
		assert!(Tenders::award(id).unwrap().is_final);
		assert_noop!(Tenders::finalise_award(signed(OUTSIDER), id), Error::<Test>::NotAwarded);
	});
}

#[test]
fn compute_award_needs_a_signed_origin_and_a_known_tender() {
	ExtBuilder::default().build_and_execute(|| {
		let id = voted();
		run_to_block(60);
		assert_noop!(Tenders::compute_award(RuntimeOrigin::root(), id), BadOrigin);
		assert_noop!(Tenders::compute_award(signed(OUTSIDER), 9), Error::<Test>::UnknownTender);
		let draft = create();
		assert_noop!(Tenders::compute_award(signed(OUTSIDER), draft), Error::<Test>::NotPublished);
		assert!(Tenders::award(id).is_none());
	});
}

#[test]
fn complaint_calls_refuse_wrong_origins_and_unknown_tenders() {
	ExtBuilder::default().build_and_execute(|| {
		let id = awarded();
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(Tenders::file_complaint(origin, id, DOC), BadOrigin);
		}
		assert_ok!(Tenders::file_complaint(signed(ACME), id, DOC));
		// Only the review resolves: not root, not the other origins, not the buyer unit.
		for origin in [
			RuntimeOrigin::none(),
			RuntimeOrigin::root(),
			signed(BUYER_REGISTRY),
			signed(SUPPLIER_REGISTRY),
			signed(OFFICIAL),
		] {
			assert_noop!(
				Tenders::resolve_complaint(origin, id, 0, Resolution::Cancel, DOC),
				BadOrigin
			);
		}
		assert_noop!(
			Tenders::resolve_complaint(signed(REVIEW), 9, 0, Resolution::Dismiss, DOC),
			Error::<Test>::UnknownTender
		);
		assert_eq!(Complaints::<Test>::get(id).len(), 1);
	});
}

#[test]
fn a_reevaluation_needs_an_ordered_schedule() {
	ExtBuilder::default().build_and_execute(|| {
		let id = awarded();
		assert_ok!(Tenders::file_complaint(signed(ACME), id, DOC));
		run_to_block(65);
		// Vote ends before the score reveal does.
		let unordered = Schedule {
			evaluation_end: 75,
			score_reveal_end: 85,
			vote_end: 80,
			complaints_end: 105,
			contract_deadline: 115,
			..SCHEDULE
		};
		assert_noop!(
			Tenders::resolve_complaint(
				signed(REVIEW),
				id,
				0,
				Resolution::Reevaluate(unordered),
				DOC
			),
			Error::<Test>::UnorderedSchedule
		);
		assert!(Tenders::award(id).is_some());
		assert_eq!(Evaluations::<Test>::get(id).len(), 3);
	});
}

#[test]
fn finalise_award_refuses_wrong_origins_and_tenders_without_an_award() {
	ExtBuilder::default().build_and_execute(|| {
		let id = awarded();
		run_to_block(70);
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(Tenders::finalise_award(origin, id), BadOrigin);
		}
		assert_noop!(Tenders::finalise_award(signed(OUTSIDER), 9), Error::<Test>::UnknownTender);
		let draft = create();
		assert_noop!(Tenders::finalise_award(signed(OUTSIDER), draft), Error::<Test>::NotAwarded);
		assert!(!Tenders::award(id).unwrap().is_final);
	});
}

#[test]
fn a_deserted_tender_has_no_award_to_finalise_or_complain_about() {
	ExtBuilder::default().build_and_execute(|| {
		let id = published();
		run_to_block(10);
		let expensive = TestOffer { price: BUDGET + 1, partidas: [BUDGET, 1], ..ACME_OFFER };
		bid(ACME, id, &expensive);
		run_to_block(20);
		assert_ok!(reveal(ACME, id, &expensive));
		run_to_block(60);
		assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
		assert_eq!(TendersMap::<Test>::get(id).unwrap().status, TenderStatus::Deserted);
		assert_noop!(Tenders::file_complaint(signed(ACME), id, DOC), Error::<Test>::NotAwarded);
		run_to_block(70);
		assert_noop!(Tenders::finalise_award(signed(OUTSIDER), id), Error::<Test>::NotAwarded);
		assert_noop!(
			Tenders::draft_contract(signed(OFFICIAL), id, DOC, deliverables()),
			Error::<Test>::AwardNotFinal
		);
	});
}

#[test]
fn a_reevaluation_clears_scores_and_award_but_keeps_bids_and_votes() {
	ExtBuilder::default().build_and_execute(|| {
		let id = awarded();
		let bids = Bids::<Test>::get(id);
		let mut votes: Vec<_> = Votes::<Test>::iter_prefix(id).collect();
		votes.sort();
		assert_eq!(votes.len(), 5);
		assert_ok!(Tenders::file_complaint(signed(ACME), id, DOC));
		assert_ok!(Tenders::file_complaint(signed(BETA), id, DOC));
		run_to_block(65);
		let schedule = Schedule {
			evaluation_end: 75,
			score_reveal_end: 85,
			vote_end: 95,
			complaints_end: 105,
			contract_deadline: 115,
			..SCHEDULE
		};
		assert_ok!(Tenders::resolve_complaint(
			signed(REVIEW),
			id,
			1,
			Resolution::Reevaluate(schedule),
			DOC
		));
		assert_eq!(
			last_event(),
			Event::ReevaluationOrdered { tender_id: id, index: 1, schedule, reason: DOC }
		);
		// Cleared: the scores, the award and every complaint, the other pending one included.
		assert!(Evaluations::<Test>::get(id).is_empty());
		assert!(Awards::<Test>::get(id).is_none());
		assert!(Complaints::<Test>::get(id).is_empty());
		// Kept: the bids with their offers and vote counts, their deposits, each person's vote.
		assert_eq!(Bids::<Test>::get(id), bids);
		let mut kept: Vec<_> = Votes::<Test>::iter_prefix(id).collect();
		kept.sort();
		assert_eq!(kept, votes);
		assert_eq!((held(ACME), held(BETA)), (DEPOSIT, DEPOSIT));
		let tender = TendersMap::<Test>::get(id).unwrap();
		assert_eq!((tender.status, tender.schedule), (TenderStatus::Published, schedule));
		// The evaluation runs again, with the same evaluators free to commit afresh.
		for (who, values) in EVALUATORS.into_iter().zip(SCORES) {
			assert_ok!(commit_scores(who, id, &values));
		}
		run_to_block(75);
		for (who, values) in EVALUATORS.into_iter().zip(SCORES) {
			assert_ok!(reveal_scores(who, id, &values));
		}
		// The vote reopens for those who had not voted only.
		run_to_block(85);
		set_person(60, 70, Residency::National(GUADALAJARA), true);
		assert_ok!(Tenders::cast_vote(signed(60), id, 0));
		assert_noop!(Tenders::cast_vote(signed(CITIZENS[4]), id, 0), Error::<Test>::AlreadyVoted);
		run_to_block(95);
		assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
		let award = Tenders::award(id).unwrap();
		assert_eq!((award.total_votes, award.evaluators), (6, 3));
		assert_eq!((award.scores[0].votes, award.scores[1].votes), (3, 3));
		// The new award may be challenged again by the same bidders.
		assert_ok!(Tenders::file_complaint(signed(ACME), id, DOC));
	});
}
