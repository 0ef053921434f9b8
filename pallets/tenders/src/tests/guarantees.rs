//! Guarantees as the law has them: a bid guarantee proportional to the budget, the winner's
//! held until it signs; a performance guarantee from the signature to the contract's end; the
//! runner-up or a void tender when the winner does not sign (`settle_unsigned_contract`).

use super::*;

/// [`revealed`], then the award computed at block 60 with no scores nor votes: ACME (700,000)
/// wins on price; BETA (800,000) is more than 10% dearer, so no runner-up qualifies.
fn awarded_on_price() -> u32 {
	let id = revealed();
	run_to_block(60);
	assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
	assert_eq!(Tenders::award(id).unwrap().winner, Some(0));
	run_to_block(70);
	assert_ok!(Tenders::finalise_award(signed(OUTSIDER), id));
	id
}

#[test]
fn the_bid_guarantee_is_a_share_of_the_budget_with_a_floor() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		approved_supplier(ACME);
		approved_supplier(BETA);
		// 10% of 1,000,000 centavos, a unit per 1,000 centavos: 100.
		let small = create();
		// 10% of 3,000,000: 300.
		let large = create_with_budget(TenderScope::Federal, SCHEDULE, 3_000_000);
		// 10% of 200,000 is 20, under the floor of 50.
		let tiny = create_with_budget(TenderScope::Federal, SCHEDULE, 200_000);
		run_to_block(2);
		for id in [small, large, tiny] {
			assert_ok!(Tenders::publish_tender(signed(OFFICIAL), id));
		}
		run_to_block(10);
		bid(ACME, small, &ACME_OFFER);
		assert_eq!(held(ACME), 100);
		bid(ACME, large, &ACME_OFFER);
		assert_eq!(held(ACME), 400);
		bid(BETA, tiny, &BETA_OFFER);
		assert_eq!(held(BETA), MIN_GUARANTEE);
		assert_eq!(Bids::<Test>::get(large)[0].deposit, 300);
	});
}

#[test]
fn a_winner_that_does_not_sign_forfeits_and_the_runner_up_gets_the_contract() {
	ExtBuilder.build_and_execute(|| {
		let id = drafted_not_signed_by_winner();
		assert_eq!(held(BETA), DEPOSIT);
		// Not before the deadline.
		run_to_block(79);
		assert_noop!(
			Tenders::settle_unsigned_contract(signed(OUTSIDER), id),
			Error::<Test>::ContractSigningOpen
		);
		run_to_block(80);
		System::reset_events();
		assert_ok!(Tenders::settle_unsigned_contract(signed(OUTSIDER), id));
		assert_eq!(
			events(),
			vec![
				Event::BidForfeited { tender_id: id, bid_index: 1, bidder: BETA, amount: DEPOSIT },
				Event::AwardPassedToRunnerUp {
					tender_id: id,
					from: 1,
					to: 0,
					winner: ACME,
					contract_deadline: 80 + RUNNER_UP_PERIOD,
				},
			]
		);
		assert_eq!((held(BETA), free(BETA)), (0, INITIAL_BALANCE - DEPOSIT));
		let award = Tenders::award(id).unwrap();
		assert_eq!((award.winner, award.passed_over), (Some(0), Some(1)));
		assert!(Contracts::<Test>::get(id).is_none());
		assert_eq!(Tenders::winner(id), Some((ACME, ACME_OFFER.price)));
		// The runner-up signs a new draft for its own price and is held its performance
		// guarantee (10% of 700,000 centavos: 70).
		run_to_block(81);
		set_efirma_signature(ACME, DOC);
		assert_ok!(Tenders::draft_contract(signed(OFFICIAL), id, DOC, runner_up_terms()));
		assert_ok!(Tenders::sign_contract(signed(ACME), id));
		assert_ok!(Tenders::sign_contract(signed(OFFICIAL), id));
		assert_eq!(performance_held(ACME), 70);
		assert_eq!(Tenders::contract(id).unwrap().status, ContractStatus::Active);
		// Nothing left to settle.
		run_to_block(95);
		assert_noop!(
			Tenders::settle_unsigned_contract(signed(OUTSIDER), id),
			Error::<Test>::ContractSigned
		);
	});
}

#[test]
fn a_runner_up_that_does_not_sign_either_leaves_the_tender_void() {
	ExtBuilder.build_and_execute(|| {
		let id = passed_to_the_runner_up();
		run_to_block(90);
		assert_ok!(Tenders::settle_unsigned_contract(signed(OUTSIDER), id));
		assert_eq!(
			last_event(),
			Event::TenderDeserted {
				tender_id: id,
				reason: DesertReason::RunnerUpDidNotSign,
				deposits_released: 0
			}
		);
		assert_eq!(
			TendersMap::<Test>::get(id).unwrap().status,
			TenderStatus::Deserted(DesertReason::RunnerUpDidNotSign)
		);
		// The runner-up's guarantee had returned with the final award: it owed nothing.
		assert_eq!((held(ACME), free(ACME)), (0, INITIAL_BALANCE));
		assert_noop!(
			Tenders::settle_unsigned_contract(signed(OUTSIDER), id),
			Error::<Test>::AwardNotFinal
		);
	});
}

#[test]
fn without_a_runner_up_within_the_margin_the_tender_is_void() {
	ExtBuilder.build_and_execute(|| {
		let id = awarded_on_price();
		run_to_block(71);
		assert_ok!(Tenders::draft_contract(signed(OFFICIAL), id, DOC, runner_up_terms()));
		run_to_block(80);
		assert_ok!(Tenders::settle_unsigned_contract(signed(OUTSIDER), id));
		assert!(has_event(Event::BidForfeited {
			tender_id: id,
			bid_index: 0,
			bidder: ACME,
			amount: DEPOSIT
		}));
		assert_eq!(
			TendersMap::<Test>::get(id).unwrap().status,
			TenderStatus::Deserted(DesertReason::WinnerDidNotSign)
		);
		// BETA at 800,000 is 14% above ACME's 700,000: no fallback.
		assert_eq!(Tenders::award(id).unwrap().passed_over, None);
		assert_eq!(free(ACME), INITIAL_BALANCE - DEPOSIT);
	});
}

#[test]
fn a_buyer_that_does_not_draft_or_sign_voids_the_tender_and_the_supplier_loses_nothing() {
	ExtBuilder.build_and_execute(|| {
		// Nothing drafted: the winner's bid guarantee returns.
		let id = final_award();
		run_to_block(80);
		assert_ok!(Tenders::settle_unsigned_contract(signed(OUTSIDER), id));
		assert_eq!(
			last_event(),
			Event::TenderDeserted {
				tender_id: id,
				reason: DesertReason::BuyerDidNotSign,
				deposits_released: 1
			}
		);
		assert_eq!((held(BETA), free(BETA)), (0, INITIAL_BALANCE));
	});
	ExtBuilder.build_and_execute(|| {
		// Drafted and signed by the supplier only: its performance guarantee returns.
		let id = final_award();
		run_to_block(71);
		assert_ok!(Tenders::draft_contract(signed(OFFICIAL), id, DOC, deliverables()));
		assert_ok!(Tenders::sign_contract(signed(BETA), id));
		assert_eq!((held(BETA), performance_held(BETA)), (0, 80));
		run_to_block(80);
		assert_ok!(Tenders::settle_unsigned_contract(signed(OUTSIDER), id));
		assert!(has_event(Event::PerformanceGuaranteeReleased {
			tender_id: id,
			supplier: BETA,
			amount: 80
		}));
		assert_eq!(
			TendersMap::<Test>::get(id).unwrap().status,
			TenderStatus::Deserted(DesertReason::BuyerDidNotSign)
		);
		assert_eq!((performance_held(BETA), free(BETA)), (0, INITIAL_BALANCE));
		assert!(Contracts::<Test>::get(id).is_none());
	});
}

#[test]
fn settle_unsigned_contract_fails() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(Tenders::settle_unsigned_contract(RuntimeOrigin::none(), 0), BadOrigin);
		assert_noop!(
			Tenders::settle_unsigned_contract(signed(OUTSIDER), 9),
			Error::<Test>::TenderNotFound
		);
		let id = awarded();
		// Awarded, not final.
		run_to_block(80);
		assert_noop!(
			Tenders::settle_unsigned_contract(signed(OUTSIDER), id),
			Error::<Test>::AwardNotFinal
		);
	});
	ExtBuilder.build_and_execute(|| {
		let id = active_contract();
		run_to_block(80);
		assert_noop!(
			Tenders::settle_unsigned_contract(signed(OUTSIDER), id),
			Error::<Test>::ContractSigned
		);
	});
}

#[test]
fn a_winner_that_cannot_pay_the_performance_guarantee_cannot_sign() {
	ExtBuilder.build_and_execute(|| {
		let id = final_award();
		run_to_block(71);
		assert_ok!(Tenders::draft_contract(signed(OFFICIAL), id, DOC, deliverables()));
		// BETA spends all but 50 of its free balance: 80 cannot be held.
		let spendable = free(BETA) - 50;
		assert_ok!(<Balances as Mutate<u64>>::transfer(
			&BETA,
			&OUTSIDER,
			spendable,
			frame_support::traits::tokens::Preservation::Expendable
		));
		assert!(Tenders::sign_contract(signed(BETA), id).is_err());
		assert_eq!(held(BETA), DEPOSIT);
		assert!(!Tenders::contract(id).unwrap().supplier_signed);
	});
}

#[test]
fn a_completed_contract_returns_the_performance_guarantee_and_a_failed_one_forfeits_it() {
	ExtBuilder.build_and_execute(|| {
		let id = active_contract();
		assert_eq!((held(BETA), performance_held(BETA)), (0, 80));
		assert_eq!(Tenders::contract(id).unwrap().guarantee, 80);
		run_to_block(100);
		assert_ok!(Tenders::accept_deliverable(signed(OFFICIAL), id, 0));
		assert_ok!(Tenders::accept_deliverable(signed(OFFICIAL), id, 1));
		assert_eq!((performance_held(BETA), free(BETA)), (0, INITIAL_BALANCE));
		assert_eq!(Tenders::contract(id).unwrap().guarantee, 0);
	});
	ExtBuilder.build_and_execute(|| {
		let id = active_contract();
		run_to_block(101);
		assert_ok!(Tenders::declare_deliverable_overdue(signed(OFFICIAL), id, 0));
		assert!(has_event(Event::PerformanceGuaranteeForfeited {
			tender_id: id,
			supplier: BETA,
			amount: 80
		}));
		assert_eq!((performance_held(BETA), free(BETA)), (0, INITIAL_BALANCE - 80));
	});
}
