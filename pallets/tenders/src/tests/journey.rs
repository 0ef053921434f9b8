//! Journeys: whole real-world flows.

use super::*;

// The journey

#[test]
fn journey_from_registration_to_a_completed_contract() {
	ExtBuilder.build_and_execute(|| {
		// Block 1: governance registers the IMSS unit; two companies register and are approved.
		let unit = buyer_unit();
		for company in [ACME, BETA] {
			assert_ok!(Tenders::register_supplier(signed(company), DOC));
			assert_ok!(Tenders::approve_supplier(signed(SUPPLIER_REGISTRY), company, DOC));
		}
		// The official drafts the tender with two partidas and publishes the convocatoria; the
		// evaluation fee is held from it.
		let id = create();
		assert_eq!(TendersMap::<Test>::get(id).unwrap().buyer_unit, unit);
		run_to_block(2);
		assert_ok!(Tenders::publish_tender(signed(OFFICIAL), id));
		assert_eq!(fee_held(OFFICIAL), EVALUATION_FEE);
		// Junta de aclaraciones.
		assert_ok!(Tenders::ask_question(signed(ACME), id, H256::repeat_byte(0x51)));
		run_to_block(5);
		assert_ok!(Tenders::answer_question(signed(OFFICIAL), id, 0, H256::repeat_byte(0x52)));
		// Sealed bids: not before bidding opens.
		assert_noop!(
			Tenders::submit_bid(signed(ACME), id, commitment_of(ACME, id, &ACME_OFFER)),
			Error::<Test>::BiddingNotOpen
		);
		run_to_block(10);
		bid(ACME, id, &ACME_OFFER);
		bid(BETA, id, &BETA_OFFER);
		assert!(Tenders::bids(id).is_empty());
		// Reveals.
		run_to_block(20);
		assert_ok!(reveal(ACME, id, &ACME_OFFER));
		assert_ok!(reveal(BETA, id, &BETA_OFFER));
		assert_eq!(Tenders::bids(id).len(), 2);
		// Anonymous evaluation: a citizen opens the panel, which is paid the fee and leaves out
		// the bidders and the officials; the panel concludes with its scores.
		run_to_block(30);
		assert_ok!(Tenders::open_evaluation(signed(CITIZENS[0]), id));
		let seed = tender_seed(id, &[ACME_OFFER.salt, BETA_OFFER.salt], block_hash(29).as_ref());
		assert_eq!(
			last_event(),
			Event::EvaluationOpened { tender_id: id, panel: 0, seed, fee: EVALUATION_FEE }
		);
		assert_eq!(
			MockPanels::get(0).unwrap().excluded,
			vec![OFFICIAL, OTHER_OFFICIAL, ACME, BETA]
		);
		assert_eq!((fee_held(OFFICIAL), free(PANEL_POOL)), (0, EVALUATION_FEE));
		run_to_block(40);
		MockPanels::conclude(0, score_sets());
		// The secret citizen vote of Guadalajara's residents: two votes for ACME, three for
		// BETA.
		run_to_block(50);
		assert_ok!(Tenders::open_citizen_vote(signed(CITIZENS[1]), id));
		assert_eq!(last_event(), Event::CitizenVoteOpened { tender_id: id, ballot: 0 });
		assert_eq!(MockBallots::get(0).unwrap().scope, RingScope::Municipality(GUADALAJARA));
		for option in [0, 0, 1, 1, 1] {
			MockBallots::vote(0, option);
		}
		assert_eq!(Tenders::bids(id).iter().map(|b| b.votes).collect::<Vec<_>>(), vec![2, 3]);
		// Fallo: BETA wins 79% to 72%.
		run_to_block(60);
		assert_ok!(Tenders::compute_award(signed(CITIZENS[0]), id));
		let award = Tenders::award(id).unwrap();
		assert_eq!(award.winner, Some(1));
		assert_eq!(award.scores[1].total, Perbill::from_percent(79));
		assert_eq!(award.scores[0].total, Perbill::from_percent(72));
		// No complaint; the award becomes final and the losers' guarantees return; the
		// winner's stays until it signs.
		run_to_block(70);
		assert_ok!(Tenders::finalise_award(signed(ACME), id));
		assert_eq!((held(ACME), held(BETA)), (0, DEPOSIT));
		// Contract: drafted, signed with e.firma by both parties, delivered and accepted. The
		// winner's signature exchanges its bid guarantee for its performance guarantee (10% of
		// 800,000 centavos at a unit per 1,000).
		run_to_block(71);
		assert_ok!(Tenders::draft_contract(signed(OFFICIAL), id, DOC, deliverables()));
		assert_ok!(Tenders::sign_contract(signed(BETA), id));
		assert_eq!((held(BETA), performance_held(BETA)), (0, 80));
		assert_ok!(Tenders::sign_contract(signed(OFFICIAL), id));
		run_to_block(100);
		assert_ok!(Tenders::accept_deliverable(signed(OFFICIAL), id, 0));
		run_to_block(118);
		assert_ok!(Tenders::accept_deliverable(signed(OFFICIAL), id, 1));
		assert!(has_event(Event::ContractCompleted { tender_id: id, supplier: BETA }));
		let contract = Tenders::contract(id).unwrap();
		assert_eq!(contract.status, ContractStatus::Completed);
		assert_eq!(contract.buyer_signatory, Some(OFFICIAL));
		// The panel records that the bid it scored as option 1 completed its contract.
		assert_eq!(MockPanels::outcomes(), vec![(0, 1, true)]);
		assert_eq!(TendersMap::<Test>::get(id).unwrap().status, TenderStatus::AwardFinal);
		// Fulfilled: the performance guarantee returned.
		assert!(has_event(Event::PerformanceGuaranteeReleased {
			tender_id: id,
			supplier: BETA,
			amount: 80
		}));
		assert_eq!((free(ACME), free(BETA)), (INITIAL_BALANCE, INITIAL_BALANCE));
		assert_eq!(free(OFFICIAL), INITIAL_BALANCE - EVALUATION_FEE);
	});
}
