//! Anonymous evaluation: `register_evaluator_key`, `commit_scores`, `reveal_scores`.

use super::*;

// register_evaluator_key

#[test]
fn register_evaluator_key_works_and_fails() {
	ExtBuilder.build_and_execute(|| {
		let key = vrf_pair(30).public();
		assert_noop!(
			Tenders::register_evaluator_key(signed(NOT_EVALUATOR), key),
			Error::<Test>::NotAccredited
		);
		assert_ok!(Tenders::register_evaluator_key(signed(30), key));
		assert_eq!(last_event(), Event::EvaluatorKeyRegistered { evaluator: 30, key });
		assert_eq!(EvaluatorKeys::<Test>::get(30).unwrap().registered_at, 1);
		assert_noop!(
			Tenders::register_evaluator_key(signed(31), key),
			Error::<Test>::KeyAlreadyRegistered
		);
		// Replacing the key frees the old one.
		let new_key = vrf_pair(130).public();
		assert_ok!(Tenders::register_evaluator_key(signed(30), new_key));
		assert_eq!(EvaluatorOfKey::<Test>::get(key), None);
		assert_eq!(EvaluatorOfKey::<Test>::get(new_key), Some(30));
		assert_ok!(Tenders::register_evaluator_key(signed(31), key));
	});
}

// commit_scores, reveal_scores

#[test]
fn commit_scores_reveals_the_evaluator_only_then() {
	ExtBuilder.build_and_execute(|| {
		let id = revealed();
		assert!(Evaluations::<Test>::get(id).is_empty());
		run_to_block(30);
		assert_ok!(commit_scores(30, id, &[60, 90]));
		let commitment = score_commitment(id, &30u64, &[60, 90], &score_salt(30));
		assert_eq!(
			last_event(),
			Event::ScoresCommitted { tender_id: id, evaluator: 30, commitment }
		);
		let evaluations = Evaluations::<Test>::get(id);
		assert_eq!(evaluations.len(), 1);
		assert_eq!(evaluations[0].evaluator, 30);
		assert_eq!(evaluations[0].scores, None);
	});
}

#[test]
fn commit_scores_fails() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		approved_supplier(ACME);
		approved_supplier(BETA);
		// ACME is accredited too, with a key, but bids: a conflict of interest.
		set_credential(ACME, EVALUATOR_CREDENTIAL);
		for who in EVALUATORS.into_iter().chain([ACME]) {
			register_key(who);
		}
		let id = create();
		run_to_block(2);
		assert_ok!(Tenders::publish_tender(signed(OFFICIAL), id));
		// EVE registers in the block of the publication: too late for this tender.
		register_key(EVE);
		run_to_block(10);
		bid(ACME, id, &ACME_OFFER);
		bid(BETA, id, &BETA_OFFER);
		run_to_block(20);
		assert_ok!(reveal(ACME, id, &ACME_OFFER));
		assert_ok!(reveal(BETA, id, &BETA_OFFER));
		assert_noop!(commit_scores(30, id, &[1, 1]), Error::<Test>::EvaluationNotOpen);
		run_to_block(30);
		assert_noop!(commit_scores(NOT_EVALUATOR, id, &[1, 1]), Error::<Test>::NotAccredited);
		set_credential(NOT_EVALUATOR, EVALUATOR_CREDENTIAL);
		assert_noop!(
			commit_scores(NOT_EVALUATOR, id, &[1, 1]),
			Error::<Test>::EvaluatorKeyNotFound
		);
		assert_noop!(commit_scores(EVE, id, &[1, 1]), Error::<Test>::KeyTooRecent);
		assert_noop!(commit_scores(ACME, id, &[1, 1]), Error::<Test>::ConflictOfInterest);
		EvaluatorReputation::<Test>::insert(31, -3);
		assert_noop!(commit_scores(31, id, &[1, 1]), Error::<Test>::ReputationTooLow);
		// A proof made with another evaluator's key.
		let stolen = vrf_proof(32, id);
		assert_noop!(
			Tenders::commit_scores(signed(30), id, stolen, H256::zero()),
			Error::<Test>::InvalidVrfProof
		);
		revoke_credential(32);
		assert_noop!(commit_scores(32, id, &[1, 1]), Error::<Test>::NotAccredited);
		assert_ok!(commit_scores(30, id, &[1, 1]));
		assert_noop!(commit_scores(30, id, &[1, 1]), Error::<Test>::AlreadyCommitted);
		run_to_block(40);
		assert_noop!(commit_scores(31, id, &[1, 1]), Error::<Test>::EvaluationClosed);
	});
}

#[test]
fn an_evaluator_above_the_threshold_is_not_eligible() {
	ExtBuilder.build_and_execute(|| {
		let id = revealed();
		run_to_block(30);
		let seed = TendersMap::<Test>::get(id).unwrap().seed.unwrap();
		let proof = vrf_proof(30, id);
		let output = evaluator_vrf_output(&vrf_pair(30).public(), id, &seed, &proof).unwrap();
		// One in a billion: this key's output is above that threshold (checked, not assumed).
		let probability = Perbill::from_parts(1);
		assert!(output >= probability.mul_floor(u128::MAX));
		SelectionProbability::set(probability);
		assert_noop!(commit_scores(30, id, &[60, 90]), Error::<Test>::NotEligible);
		// With a threshold above its output, the same proof is accepted.
		let parts = (output / (u128::MAX / 1_000_000_000)).saturating_add(2).min(1_000_000_000);
		SelectionProbability::set(Perbill::from_parts(parts as u32));
		assert!(is_selected(output, SelectionProbability::get()));
		assert_ok!(commit_scores(30, id, &[60, 90]));
	});
}

#[test]
fn commit_scores_is_bounded_per_tender() {
	ExtBuilder.build_and_execute(|| {
		MaxEvaluators::set(2);
		let id = revealed();
		run_to_block(30);
		assert_ok!(commit_scores(30, id, &[1, 1]));
		assert_ok!(commit_scores(31, id, &[1, 1]));
		assert_noop!(commit_scores(32, id, &[1, 1]), Error::<Test>::TooManyEvaluators);
	});
}

#[test]
fn reveal_scores_works_and_fails() {
	ExtBuilder.build_and_execute(|| {
		let id = revealed();
		run_to_block(30);
		assert_ok!(commit_scores(30, id, &[60, 90]));
		assert_ok!(commit_scores(31, id, &[60, 101]));
		assert_ok!(commit_scores(32, id, &[60]));
		assert_noop!(reveal_scores(30, id, &[60, 90]), Error::<Test>::ScoreRevealNotOpen);
		run_to_block(40);
		assert_noop!(reveal_scores(EVE, id, &[60, 90]), Error::<Test>::NotEvaluator);
		assert_noop!(reveal_scores(30, id, &[61, 90]), Error::<Test>::CommitmentMismatch);
		assert_noop!(reveal_scores(31, id, &[60, 101]), Error::<Test>::InvalidScores);
		assert_noop!(reveal_scores(32, id, &[60]), Error::<Test>::InvalidScores);
		assert_ok!(reveal_scores(30, id, &[60, 90]));
		assert_eq!(
			last_event(),
			Event::ScoresRevealed { tender_id: id, evaluator: 30, scores: scores(&[60, 90]) }
		);
		assert_noop!(reveal_scores(30, id, &[60, 90]), Error::<Test>::AlreadyRevealedScores);
		run_to_block(50);
		assert_noop!(reveal_scores(31, id, &[60, 101]), Error::<Test>::ScoreRevealClosed);
	});
}

/// A well-formed proof that verifies for no key: the checks before the VRF refuse first.
const NO_PROOF: VrfProofBytes = VrfProofBytes { pre_output: [0; 32], proof: [0; 64] };

#[test]
fn evaluator_calls_need_a_signed_origin() {
	ExtBuilder.build_and_execute(|| {
		let id = revealed();
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(
				Tenders::register_evaluator_key(origin, vrf_pair(EVE).public()),
				BadOrigin
			);
		}
		run_to_block(30);
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(
				Tenders::commit_scores(origin, id, vrf_proof(30, id), H256::zero()),
				BadOrigin
			);
		}
		assert_ok!(commit_scores(30, id, &[60, 90]));
		run_to_block(40);
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(
				Tenders::reveal_scores(origin, id, scores(&[60, 90]), score_salt(30)),
				BadOrigin
			);
		}
		// Another evaluator cannot reveal 30's scores with its salt.
		assert_noop!(
			Tenders::reveal_scores(signed(31), id, scores(&[60, 90]), score_salt(30)),
			Error::<Test>::NotEvaluator
		);
		assert_eq!(Evaluations::<Test>::get(id)[0].scores, None);
	});
}

#[test]
fn commit_and_reveal_scores_need_a_published_tender() {
	ExtBuilder.build_and_execute(|| {
		let id = scored();
		assert_noop!(
			Tenders::commit_scores(signed(EVE), 9, NO_PROOF, H256::zero()),
			Error::<Test>::TenderNotFound
		);
		assert_noop!(
			Tenders::reveal_scores(signed(30), 9, scores(&[60, 90]), score_salt(30)),
			Error::<Test>::TenderNotFound
		);
		let draft = create();
		assert_noop!(
			Tenders::commit_scores(signed(EVE), draft, NO_PROOF, H256::zero()),
			Error::<Test>::NotPublished
		);
		assert_noop!(
			Tenders::reveal_scores(signed(30), draft, scores(&[]), score_salt(30)),
			Error::<Test>::NotPublished
		);
		// Once the award is computed, no evaluation changes.
		run_to_block(60);
		assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
		assert_noop!(
			Tenders::commit_scores(signed(EVE), id, NO_PROOF, H256::zero()),
			Error::<Test>::NotPublished
		);
		assert_noop!(
			Tenders::reveal_scores(signed(30), id, scores(&[60, 90]), score_salt(30)),
			Error::<Test>::NotPublished
		);
	});
}

#[test]
fn an_official_of_the_buyer_unit_cannot_evaluate_its_tender() {
	ExtBuilder.build_and_execute(|| {
		set_credential(OTHER_OFFICIAL, EVALUATOR_CREDENTIAL);
		register_key(OTHER_OFFICIAL);
		let id = revealed();
		run_to_block(30);
		assert_noop!(
			commit_scores(OTHER_OFFICIAL, id, &[60, 90]),
			Error::<Test>::ConflictOfInterest
		);
		assert!(Evaluations::<Test>::get(id).is_empty());
	});
}

#[test]
fn evaluators_below_the_minimum_reputation_cannot_score() {
	ExtBuilder.build_and_execute(|| {
		let id = revealed();
		run_to_block(30);
		// The mock's minimum is -2: at it an evaluator scores, one point below it does not.
		EvaluatorReputation::<Test>::insert(30, -2);
		EvaluatorReputation::<Test>::insert(31, -3);
		assert_ok!(commit_scores(30, id, &[60, 90]));
		assert_noop!(commit_scores(31, id, &[60, 90]), Error::<Test>::ReputationTooLow);
		// With a minimum of 0, any lost point excludes.
		MinReputation::set(0);
		EvaluatorReputation::<Test>::insert(32, -1);
		assert_noop!(commit_scores(32, id, &[60, 90]), Error::<Test>::ReputationTooLow);
		EvaluatorReputation::<Test>::insert(32, 0);
		assert_ok!(commit_scores(32, id, &[60, 90]));
		// Only those who committed evaluate the tender.
		run_to_block(40);
		assert_noop!(reveal_scores(31, id, &[60, 90]), Error::<Test>::NotEvaluator);
		let evaluators: Vec<u64> =
			Evaluations::<Test>::get(id).iter().map(|e| e.evaluator).collect();
		assert_eq!(evaluators, vec![30, 32]);
	});
}
