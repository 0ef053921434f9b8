//! The outcome of a signed contract, which the panel service records for the winning bid: the
//! reputation of the pseudonyms that scored it high moves with it.

use super::*;

/// Buyer unit 0 and suppliers ACME, BETA and GAMMA; tender 0 published at block 2. GAMMA bids
/// first and never reveals, so BETA is bid 2 but option 1 of the panel and the ballot; with
/// [`SCORES`] and three votes of five BETA wins. The award is final at block 70 and the
/// contract signed by both parties at 71.
fn signed_after_an_unrevealed_bid() -> u32 {
	buyer_unit();
	for who in [ACME, BETA, GAMMA] {
		approved_supplier(who);
	}
	let id = create();
	run_to_block(2);
	assert_ok!(Tenders::publish_tender(signed(OFFICIAL), id));
	run_to_block(10);
	bid(GAMMA, id, &BETA_OFFER);
	bid(ACME, id, &ACME_OFFER);
	bid(BETA, id, &BETA_OFFER);
	run_to_block(20);
	assert_ok!(reveal(ACME, id, &ACME_OFFER));
	assert_ok!(reveal(BETA, id, &BETA_OFFER));
	run_to_block(30);
	assert_ok!(Tenders::open_evaluation(signed(OUTSIDER), id));
	run_to_block(40);
	MockPanels::conclude(0, score_sets());
	run_to_block(50);
	assert_ok!(Tenders::open_citizen_vote(signed(OUTSIDER), id));
	for option in [0, 0, 1, 1, 1] {
		MockBallots::vote(0, option);
	}
	run_to_block(60);
	assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
	assert_eq!(Tenders::award(id).unwrap().winner, Some(2));
	run_to_block(70);
	assert_ok!(Tenders::finalise_award(signed(OUTSIDER), id));
	run_to_block(71);
	assert_ok!(Tenders::draft_contract(signed(OFFICIAL), id, DOC, deliverables()));
	assert_ok!(Tenders::sign_contract(signed(OFFICIAL), id));
	assert_ok!(Tenders::sign_contract(signed(BETA), id));
	id
}

#[test]
fn a_signed_contract_records_its_outcome_for_the_winners_position() {
	ExtBuilder.build_and_execute(|| {
		let id = signed_after_an_unrevealed_bid();
		assert_ok!(Tenders::accept_deliverable(signed(OFFICIAL), id, 0));
		// Nothing is recorded while the contract runs.
		assert!(MockPanels::outcomes().is_empty());
		assert_ok!(Tenders::accept_deliverable(signed(OFFICIAL), id, 1));
		assert_eq!(MockPanels::outcomes(), vec![(0, 1, true)]);
	});
	ExtBuilder.build_and_execute(|| {
		let id = signed_after_an_unrevealed_bid();
		assert_ok!(Tenders::reject_deliverable(signed(OFFICIAL), id, 0, DOC));
		assert_eq!(MockPanels::outcomes(), vec![(0, 1, false)]);
		// A contract ends once: nothing more is recorded.
		assert_noop!(
			Tenders::accept_deliverable(signed(OFFICIAL), id, 1),
			Error::<Test>::ContractNotActive
		);
		assert_eq!(MockPanels::outcomes(), vec![(0, 1, false)]);
	});
}

#[test]
fn a_contract_passed_to_the_runner_up_records_the_runner_ups_position() {
	ExtBuilder.build_and_execute(|| {
		// BETA (option 1) wins and does not sign; ACME (option 0) is the runner-up.
		let id = passed_to_the_runner_up();
		assert_ok!(Tenders::sign_contract(signed(ACME), id));
		assert_ok!(Tenders::sign_contract(signed(OFFICIAL), id));
		run_to_block(101);
		assert_ok!(Tenders::declare_deliverable_overdue(signed(OFFICIAL), id, 0));
		assert_eq!(MockPanels::outcomes(), vec![(0, 0, false)]);
	});
}

#[test]
fn an_unsigned_contract_records_no_outcome() {
	ExtBuilder.build_and_execute(|| {
		// The buyer unit signs, but neither BETA nor, once it passed, ACME does: the tender is
		// void.
		let id = passed_to_the_runner_up();
		assert_ok!(Tenders::sign_contract(signed(OFFICIAL), id));
		run_to_block(80 + RUNNER_UP_PERIOD);
		assert_ok!(Tenders::settle_unsigned_contract(signed(OUTSIDER), id));
		assert_eq!(
			TendersMap::<Test>::get(id).unwrap().status,
			TenderStatus::Deserted(DesertReason::RunnerUpDidNotSign)
		);
		assert!(MockPanels::outcomes().is_empty());
	});
	ExtBuilder.build_and_execute(|| {
		// The winner signs, the buyer unit does not: the contract never came into force.
		let id = final_award();
		run_to_block(71);
		assert_ok!(Tenders::draft_contract(signed(OFFICIAL), id, DOC, deliverables()));
		assert_ok!(Tenders::sign_contract(signed(BETA), id));
		run_to_block(80);
		assert_ok!(Tenders::settle_unsigned_contract(signed(OUTSIDER), id));
		assert_eq!(
			TendersMap::<Test>::get(id).unwrap().status,
			TenderStatus::Deserted(DesertReason::BuyerDidNotSign)
		);
		assert!(MockPanels::outcomes().is_empty());
	});
}
