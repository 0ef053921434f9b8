//! Journeys: whole real-world flows.

use super::*;

// The journey

#[test]
fn journey_from_registration_to_a_completed_contract() {
	ExtBuilder.build_and_execute(|| {
		// Block 1: governance registers the IMSS unit; two companies register and are approved;
		// three accredited evaluators register VRF keys.
		let unit = buyer_unit();
		for company in [ACME, BETA] {
			assert_ok!(Tenders::register_supplier(signed(company), DOC));
			assert_ok!(Tenders::approve_supplier(signed(SUPPLIER_REGISTRY), company, DOC));
		}
		for who in EVALUATORS {
			register_key(who);
		}
		// The official drafts the tender with two partidas and publishes the convocatoria.
		let id = create();
		assert_eq!(TendersMap::<Test>::get(id).unwrap().buyer_unit, unit);
		run_to_block(2);
		assert_ok!(Tenders::publish_tender(signed(OFFICIAL), id));
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
		// Anonymous evaluation: nobody is known to evaluate until it commits.
		run_to_block(30);
		assert!(Evaluations::<Test>::get(id).is_empty());
		for (who, values) in EVALUATORS.into_iter().zip(SCORES) {
			assert_ok!(commit_scores(who, id, &values));
		}
		run_to_block(40);
		for (who, values) in EVALUATORS.into_iter().zip(SCORES) {
			assert_ok!(reveal_scores(who, id, &values));
		}
		// Five citizens of Guadalajara vote; an outsider cannot.
		run_to_block(50);
		for (i, who) in CITIZENS.into_iter().enumerate() {
			assert_ok!(Tenders::cast_vote(signed(who), id, if i < 2 { 0 } else { 1 }));
		}
		assert_noop!(
			Tenders::cast_vote(signed(CDMX_CITIZEN), id, 0),
			Error::<Test>::OutsideJurisdiction
		);
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
		// The evaluators who backed BETA (90 and 90) gain; the one who gave it 60 does not.
		assert_eq!(EvaluatorReputation::<Test>::get(30), 1);
		assert_eq!(EvaluatorReputation::<Test>::get(31), 1);
		assert_eq!(EvaluatorReputation::<Test>::get(32), 0);
		assert_eq!(TendersMap::<Test>::get(id).unwrap().status, TenderStatus::AwardFinal);
		// Fulfilled: the performance guarantee returned.
		assert!(has_event(Event::PerformanceGuaranteeReleased {
			tender_id: id,
			supplier: BETA,
			amount: 80
		}));
		assert_eq!((free(ACME), free(BETA)), (INITIAL_BALANCE, INITIAL_BALANCE));
	});
}
