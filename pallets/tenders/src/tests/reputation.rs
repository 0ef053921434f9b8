//! Evaluator reputation when a contract ends, and its effect on eligibility.

use super::*;

#[test]
fn reputation_below_the_minimum_removes_eligibility() {
	ExtBuilder.build_and_execute(|| {
		EvaluatorReputation::<Test>::insert(30, -2);
		let id = active_contract();
		assert_ok!(Tenders::reject_deliverable(signed(OFFICIAL), id, 0, DOC));
		assert_eq!(EvaluatorReputation::<Test>::get(30), -3);
		assert_eq!(EvaluatorReputation::<Test>::get(31), -1);
		// A second tender, 80 blocks later: 30 may no longer score; 31 still may.
		let shifted = Schedule {
			enquiries_end: 90,
			bidding_end: 100,
			reveal_end: 110,
			evaluation_end: 120,
			score_reveal_end: 130,
			vote_end: 140,
			complaints_end: 150,
			contract_deadline: 160,
		};
		let next = create_with(TenderScope::Federal, shifted);
		run_to_block(72);
		assert_ok!(Tenders::publish_tender(signed(OFFICIAL), next));
		run_to_block(90);
		bid(ACME, next, &ACME_OFFER);
		run_to_block(100);
		assert_ok!(reveal(ACME, next, &ACME_OFFER));
		run_to_block(110);
		assert_noop!(commit_scores(30, next, &[80]), Error::<Test>::ReputationTooLow);
		assert_ok!(commit_scores(31, next, &[80]));
	});
}

#[test]
fn a_failed_contract_lowers_the_reputation_of_evaluators_who_scored_the_winner_high() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		for who in EVALUATORS {
			register_key(who);
		}
		for who in [ACME, BETA, GAMMA] {
			approved_supplier(who);
		}
		EvaluatorReputation::<Test>::insert(32, 2);
		let id = create();
		run_to_block(2);
		assert_ok!(Tenders::publish_tender(signed(OFFICIAL), id));
		// GAMMA bids first and never reveals: BETA is bid 2 but the second revealed bid, the
		// position of its score in every evaluator's list.
		run_to_block(10);
		bid(GAMMA, id, &BETA_OFFER);
		bid(ACME, id, &ACME_OFFER);
		bid(BETA, id, &BETA_OFFER);
		run_to_block(20);
		assert_ok!(reveal(ACME, id, &ACME_OFFER));
		assert_ok!(reveal(BETA, id, &BETA_OFFER));
		// Scores of (ACME, BETA): 30 gives BETA exactly HIGH_SCORE, 31 one less (and ACME the
		// maximum), 32 the maximum.
		let given: [[u8; 2]; 3] = [[0, crate::HIGH_SCORE], [100, crate::HIGH_SCORE - 1], [0, 100]];
		run_to_block(30);
		for (who, values) in EVALUATORS.into_iter().zip(given) {
			assert_ok!(commit_scores(who, id, &values));
		}
		run_to_block(40);
		for (who, values) in EVALUATORS.into_iter().zip(given) {
			assert_ok!(reveal_scores(who, id, &values));
		}
		run_to_block(50);
		for who in CITIZENS {
			assert_ok!(Tenders::cast_vote(signed(who), id, 2));
		}
		run_to_block(60);
		assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
		assert_eq!(Tenders::award(id).unwrap().winner, Some(2));
		run_to_block(70);
		assert_ok!(Tenders::finalise_award(signed(OUTSIDER), id));
		assert_ok!(Tenders::draft_contract(signed(OFFICIAL), id, DOC, deliverables()));
		assert_ok!(Tenders::sign_contract(signed(OFFICIAL), id));
		assert_ok!(Tenders::sign_contract(signed(BETA), id));
		System::reset_events();
		assert_ok!(Tenders::reject_deliverable(signed(OFFICIAL), id, 0, DOC));
		assert_eq!(
			events(),
			vec![
				Event::DeliverableRejected { tender_id: id, index: 0, reason: DOC },
				Event::ContractFailed { tender_id: id, supplier: BETA },
				Event::PerformanceGuaranteeForfeited { tender_id: id, supplier: BETA, amount: 80 },
				Event::ReputationChanged { evaluator: 30, tender_id: id, reputation: -1 },
				Event::ReputationChanged { evaluator: 32, tender_id: id, reputation: 1 },
			]
		);
		assert_eq!((performance_held(BETA), free(BETA)), (0, INITIAL_BALANCE - 80));
		assert_eq!(EvaluatorReputation::<Test>::get(30), -1);
		assert_eq!(EvaluatorReputation::<Test>::get(31), 0);
		assert_eq!(EvaluatorReputation::<Test>::get(32), 1);
	});
}
