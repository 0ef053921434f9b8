//! Tenders: `create_tender`, `publish_tender`, `amend_tender`, `cancel_tender`.

use super::*;

// create_tender, publish_tender

#[test]
fn create_tender_works() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		assert_eq!(create(), 0);
		assert_eq!(
			last_event(),
			Event::TenderCreated {
				tender_id: 0,
				buyer_unit: 0,
				official: OFFICIAL,
				budget: BUDGET
			}
		);
		let tender = TendersMap::<Test>::get(0).unwrap();
		assert_eq!(tender.status, TenderStatus::Draft);
		assert_eq!(tender.schedule, SCHEDULE);
		assert_eq!(tender.partidas, partidas());
		assert_eq!(Tenders::tender(0), Some(tender));
	});
}

#[test]
fn create_tender_fails() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		let scope = TenderScope::Federal;
		let try_create = |who: u64,
		                  unit: u32,
		                  name: &[u8],
		                  partidas: crate::PartidasOf<Test>,
		                  weights: AwardWeights,
		                  scope: TenderScope,
		                  schedule: Schedule<u64>| {
			Tenders::create_tender(
				signed(who),
				unit,
				title(name),
				DOC,
				BUDGET,
				REFERENCE_PRICE,
				partidas,
				weights,
				scope,
				schedule,
			)
		};
		assert_noop!(
			Tenders::create_tender(
				RuntimeOrigin::none(),
				0,
				title(b"t"),
				DOC,
				BUDGET,
				REFERENCE_PRICE,
				partidas(),
				weights(),
				scope,
				SCHEDULE
			),
			BadOrigin
		);
		assert_noop!(
			try_create(OUTSIDER, 0, b"t", partidas(), weights(), scope, SCHEDULE),
			Error::<Test>::NotOfficial
		);
		assert_noop!(
			try_create(OFFICIAL, 3, b"t", partidas(), weights(), scope, SCHEDULE),
			Error::<Test>::BuyerUnitNotFound
		);
		assert_noop!(
			try_create(OFFICIAL, 0, b"", partidas(), weights(), scope, SCHEDULE),
			Error::<Test>::EmptyName
		);
		assert_noop!(
			try_create(OFFICIAL, 0, b"t", Default::default(), weights(), scope, SCHEDULE),
			Error::<Test>::EmptyPartidas
		);
		let mut zero_quantity = partidas();
		zero_quantity[0].quantity = 0;
		assert_noop!(
			try_create(OFFICIAL, 0, b"t", zero_quantity, weights(), scope, SCHEDULE),
			Error::<Test>::InvalidPartida
		);
		let bad_unit: crate::PartidasOf<Test> = vec![Partida {
			description: DOC,
			quantity: 1,
			unit: *b"kg ",
			cucop: CucopCode(51501001),
			requirements: Default::default(),
		}]
		.try_into()
		.unwrap();
		assert_noop!(
			try_create(OFFICIAL, 0, b"t", bad_unit, weights(), scope, SCHEDULE),
			Error::<Test>::InvalidPartida
		);
		let mut heavy = weights();
		heavy.price = Perbill::from_percent(41);
		assert_noop!(
			try_create(OFFICIAL, 0, b"t", partidas(), heavy, scope, SCHEDULE),
			Error::<Test>::InvalidWeights
		);
		assert_noop!(
			try_create(
				OFFICIAL,
				0,
				b"t",
				partidas(),
				weights(),
				TenderScope::Municipality(MexicanState::Jalisco, 1000),
				SCHEDULE
			),
			Error::<Test>::InvalidMunicipality
		);
		let mut unordered = SCHEDULE;
		unordered.vote_end = unordered.score_reveal_end;
		assert_noop!(
			try_create(OFFICIAL, 0, b"t", partidas(), weights(), scope, unordered),
			Error::<Test>::UnorderedSchedule
		);
		// A partida's CUCoP key must be in the catalogue and active.
		for code in [RETIRED_CODE, CucopCode(1234), CucopCode(0)] {
			let mut uncatalogued = partidas();
			uncatalogued[1].cucop = code;
			assert_noop!(
				try_create(OFFICIAL, 0, b"t", uncatalogued, weights(), scope, SCHEDULE),
				Error::<Test>::CodeNotInCatalogue
			);
		}
		// The market research found a price.
		assert_noop!(
			Tenders::create_tender(
				signed(OFFICIAL),
				0,
				title(b"t"),
				DOC,
				BUDGET,
				0,
				partidas(),
				weights(),
				scope,
				SCHEDULE,
			),
			Error::<Test>::InvalidReferencePrice
		);
	});
}

#[test]
fn publish_tender_works_and_holds_the_evaluation_fee() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		let id = create();
		run_to_block(2);
		assert_ok!(Tenders::publish_tender(signed(OTHER_OFFICIAL), id));
		assert_eq!(
			last_event(),
			Event::TenderPublished {
				tender_id: id,
				schedule: SCHEDULE,
				evaluation_fee: EVALUATION_FEE
			}
		);
		let tender = TendersMap::<Test>::get(id).unwrap();
		assert_eq!(tender.status, TenderStatus::Published);
		assert_eq!(tender.published_at, Some(2));
		// The seed is drawn when the panel opens, not at publication.
		assert_eq!(tender.seed, None);
		// The publishing official pays, as the buyer unit's agent.
		assert_eq!(EvaluationFees::<Test>::get(id), Some((OTHER_OFFICIAL, EVALUATION_FEE)));
		assert_eq!((fee_held(OTHER_OFFICIAL), fee_held(OFFICIAL)), (EVALUATION_FEE, 0));
	});
}

#[test]
fn publish_tender_fails() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		let id = create();
		assert_noop!(Tenders::publish_tender(signed(OFFICIAL), 9), Error::<Test>::TenderNotFound);
		assert_noop!(Tenders::publish_tender(signed(OUTSIDER), id), Error::<Test>::NotOfficial);
		run_to_block(10);
		assert_noop!(Tenders::publish_tender(signed(OFFICIAL), id), Error::<Test>::ScheduleInPast);
		let late = create_with(TenderScope::Federal, Schedule { enquiries_end: 11, ..SCHEDULE });
		assert_ok!(Tenders::publish_tender(signed(OFFICIAL), late));
		assert_noop!(Tenders::publish_tender(signed(OFFICIAL), late), Error::<Test>::NotDraft);
	});
}

// amend_tender

#[test]
fn amend_tender_extends_running_phases() {
	ExtBuilder.build_and_execute(|| {
		let id = with_bids();
		run_to_block(15);
		let schedule = Schedule { bidding_end: 25, reveal_end: 35, ..SCHEDULE };
		assert_ok!(Tenders::amend_tender(signed(OFFICIAL), id, schedule, DOC));
		assert_eq!(last_event(), Event::TenderAmended { tender_id: id, schedule, document: DOC });
		assert_eq!(TendersMap::<Test>::get(id).unwrap().amendments, 1);
		// Bidding is open for everyone until the new deadline, and not before.
		approved_supplier(GAMMA);
		run_to_block(24);
		bid(GAMMA, id, &ACME_OFFER);
		assert_noop!(reveal(ACME, id, &ACME_OFFER), Error::<Test>::RevealNotOpen);
	});
}

#[test]
fn amend_tender_fails() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		let draft = create();
		let longer = Schedule { contract_deadline: 90, ..SCHEDULE };
		assert_noop!(
			Tenders::amend_tender(signed(OFFICIAL), draft, longer, DOC),
			Error::<Test>::NotPublished
		);
		run_to_block(2);
		assert_ok!(Tenders::publish_tender(signed(OFFICIAL), draft));
		assert_noop!(
			Tenders::amend_tender(signed(OUTSIDER), draft, longer, DOC),
			Error::<Test>::NotOfficial
		);
		assert_noop!(
			Tenders::amend_tender(signed(OFFICIAL), draft, SCHEDULE, DOC),
			Error::<Test>::AmendmentEmpty
		);
		assert_noop!(
			Tenders::amend_tender(
				signed(OFFICIAL),
				draft,
				Schedule { bidding_end: 19, ..SCHEDULE },
				DOC
			),
			Error::<Test>::AmendmentShortens
		);
		assert_noop!(
			Tenders::amend_tender(
				signed(OFFICIAL),
				draft,
				Schedule { bidding_end: 30, ..SCHEDULE },
				DOC
			),
			Error::<Test>::UnorderedSchedule
		);
		run_to_block(10);
		// Enquiries closed at 10: their end cannot move any more.
		assert_noop!(
			Tenders::amend_tender(
				signed(OFFICIAL),
				draft,
				Schedule { enquiries_end: 12, ..SCHEDULE },
				DOC
			),
			Error::<Test>::AmendmentReopens
		);
	});
}

// cancel_tender

#[test]
fn cancel_tender_by_an_official_returns_every_deposit() {
	ExtBuilder.build_and_execute(|| {
		let id = with_bids();
		run_to_block(20);
		assert_ok!(reveal(ACME, id, &ACME_OFFER));
		assert_eq!(held(ACME), DEPOSIT);
		assert_eq!(held(BETA), DEPOSIT);
		assert_ok!(Tenders::cancel_tender(signed(OFFICIAL), id, DOC));
		assert_eq!(
			last_event(),
			Event::TenderCancelled { tender_id: id, reason: DOC, deposits_released: 2 }
		);
		// BETA never revealed, and still gets its deposit back.
		assert_eq!((held(ACME), held(BETA)), (0, 0));
		assert_eq!((free(ACME), free(BETA)), (INITIAL_BALANCE, INITIAL_BALANCE));
		assert_eq!(TendersMap::<Test>::get(id).unwrap().status, TenderStatus::Cancelled);
		assert_noop!(reveal(BETA, id, &BETA_OFFER), Error::<Test>::NotPublished);
	});
}

#[test]
fn cancel_tender_by_governance_and_failures() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		let id = create();
		assert_noop!(Tenders::cancel_tender(signed(OUTSIDER), id, DOC), Error::<Test>::NotOfficial);
		assert_noop!(
			Tenders::cancel_tender(signed(BUYER_REGISTRY), 9, DOC),
			Error::<Test>::TenderNotFound
		);
		assert_noop!(Tenders::cancel_tender(RuntimeOrigin::none(), id, DOC), BadOrigin);
		assert_ok!(Tenders::cancel_tender(signed(BUYER_REGISTRY), id, DOC));
		assert_eq!(
			last_event(),
			Event::TenderCancelled { tender_id: id, reason: DOC, deposits_released: 0 }
		);
		assert_noop!(
			Tenders::cancel_tender(signed(OFFICIAL), id, DOC),
			Error::<Test>::CancellationClosed
		);
	});
}

#[test]
fn cancel_tender_is_too_late_after_the_award() {
	ExtBuilder.build_and_execute(|| {
		let id = awarded();
		assert_noop!(
			Tenders::cancel_tender(signed(BUYER_REGISTRY), id, DOC),
			Error::<Test>::CancellationClosed
		);
	});
}

fn amend(tender_id: u32, schedule: Schedule<u64>) -> sp_runtime::DispatchResult {
	Tenders::amend_tender(signed(OFFICIAL), tender_id, schedule, DOC)
}

fn draft_with(schedule: Schedule<u64>) -> sp_runtime::DispatchResult {
	Tenders::create_tender(
		signed(OFFICIAL),
		0,
		title(b"t"),
		DOC,
		BUDGET,
		REFERENCE_PRICE,
		partidas(),
		weights(),
		TenderScope::Federal,
		schedule,
	)
}

#[test]
fn publish_and_amend_tender_need_a_signed_official() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		let id = create();
		run_to_block(2);
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(Tenders::publish_tender(origin, id), BadOrigin);
		}
		// The buyer registry is no official of the unit.
		assert_noop!(
			Tenders::publish_tender(signed(BUYER_REGISTRY), id),
			Error::<Test>::NotOfficial
		);
		assert_ok!(Tenders::publish_tender(signed(OFFICIAL), id));
		let longer = Schedule { contract_deadline: 90, ..SCHEDULE };
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(Tenders::amend_tender(origin, id, longer, DOC), BadOrigin);
		}
		assert_noop!(
			Tenders::amend_tender(signed(BUYER_REGISTRY), id, longer, DOC),
			Error::<Test>::NotOfficial
		);
		assert_noop!(
			Tenders::amend_tender(signed(OFFICIAL), 9, longer, DOC),
			Error::<Test>::TenderNotFound
		);
	});
}

#[test]
fn an_amendment_only_extends_and_never_reopens_a_closed_phase() {
	ExtBuilder.build_and_execute(|| {
		let id = with_bids();
		approved_supplier(GAMMA);
		run_to_block(20);
		// Bidding closed at block 20 (a boundary is excluded from its phase): its end and every
		// earlier boundary stay where they are.
		assert_noop!(
			amend(id, Schedule { bidding_end: 25, reveal_end: 35, ..SCHEDULE }),
			Error::<Test>::AmendmentReopens
		);
		assert_noop!(
			amend(id, Schedule { enquiries_end: 15, ..SCHEDULE }),
			Error::<Test>::AmendmentReopens
		);
		// No boundary moves earlier, running or future.
		assert_noop!(
			amend(id, Schedule { reveal_end: 29, ..SCHEDULE }),
			Error::<Test>::AmendmentShortens
		);
		assert_noop!(
			amend(id, Schedule { contract_deadline: 79, ..SCHEDULE }),
			Error::<Test>::AmendmentShortens
		);
		// The running reveal period is extended.
		let extended = Schedule { reveal_end: 35, ..SCHEDULE };
		assert_ok!(amend(id, extended));
		assert_eq!(
			last_event(),
			Event::TenderAmended { tender_id: id, schedule: extended, document: DOC }
		);
		run_to_block(32);
		assert_ok!(reveal(ACME, id, &ACME_OFFER));
		// Bidding did not reopen, and evaluation did not open at the old boundary.
		assert_noop!(
			Tenders::submit_bid(signed(GAMMA), id, commitment_of(GAMMA, id, &BETA_OFFER)),
			Error::<Test>::BiddingClosed
		);
		assert_noop!(
			Tenders::open_evaluation(signed(OUTSIDER), id),
			Error::<Test>::EvaluationNotOpen
		);
		// At the new boundary the reveal period closes, for good.
		run_to_block(35);
		assert_noop!(reveal(BETA, id, &BETA_OFFER), Error::<Test>::RevealClosed);
		assert_noop!(
			amend(id, Schedule { reveal_end: 36, ..extended }),
			Error::<Test>::AmendmentReopens
		);
		let tender = TendersMap::<Test>::get(id).unwrap();
		assert_eq!((tender.schedule, tender.amendments), (extended, 1));
	});
}

#[test]
fn a_tender_cannot_be_published_with_unordered_phase_dates() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		let ordered = SCHEDULE.boundaries();
		for i in 0..ordered.len() - 1 {
			// Each boundary equal to, then earlier than, the one before it.
			for earlier in [0, 1] {
				let mut boundaries = ordered;
				boundaries[i + 1] = boundaries[i] - earlier;
				assert_noop!(
					draft_with(schedule_from(boundaries)),
					Error::<Test>::UnorderedSchedule
				);
			}
		}
		// Nothing was drafted, so there is nothing to publish.
		assert_eq!(crate::NextTenderId::<Test>::get(), 0);
		assert_noop!(Tenders::publish_tender(signed(OFFICIAL), 0), Error::<Test>::TenderNotFound);
		// Published with ordered dates, the schedule cannot be made unordered afterwards.
		let id = create();
		run_to_block(2);
		assert_ok!(Tenders::publish_tender(signed(OFFICIAL), id));
		assert_noop!(
			amend(id, Schedule { score_reveal_end: 60, ..SCHEDULE }),
			Error::<Test>::UnorderedSchedule
		);
		assert_eq!(TendersMap::<Test>::get(id).unwrap().schedule, SCHEDULE);
	});
}

#[test]
fn cancellation_returns_every_deposit() {
	ExtBuilder.build_and_execute(|| {
		let id = published();
		approved_supplier(GAMMA);
		// ACME bids on a second tender too: that deposit is not this cancellation's.
		let other = create_with(TenderScope::Federal, SCHEDULE);
		assert_ok!(Tenders::publish_tender(signed(OFFICIAL), other));
		run_to_block(10);
		bid(ACME, id, &ACME_OFFER);
		bid(BETA, id, &BETA_OFFER);
		bid(GAMMA, id, &BETA_OFFER);
		bid(ACME, other, &ACME_OFFER);
		run_to_block(20);
		assert_ok!(reveal(ACME, id, &ACME_OFFER));
		assert_ok!(reveal(BETA, id, &BETA_OFFER));
		// GAMMA never reveals. Governance cancels during the vote.
		run_to_block(55);
		assert_eq!((held(ACME), held(BETA), held(GAMMA)), (2 * DEPOSIT, DEPOSIT, DEPOSIT));
		let issuance = Balances::total_issuance();
		assert_ok!(Tenders::cancel_tender(signed(BUYER_REGISTRY), id, DOC));
		assert_eq!(
			last_event(),
			Event::TenderCancelled { tender_id: id, reason: DOC, deposits_released: 3 }
		);
		assert_eq!((held(ACME), held(BETA), held(GAMMA)), (DEPOSIT, 0, 0));
		assert_eq!(
			(free(ACME), free(BETA), free(GAMMA)),
			(INITIAL_BALANCE - DEPOSIT, INITIAL_BALANCE, INITIAL_BALANCE)
		);
		// Nothing was burnt, nothing is forfeited later.
		assert_eq!(Balances::total_issuance(), issuance);
		assert!(Bids::<Test>::get(id).iter().all(|b| b.deposit == 0 && !b.forfeited));
		run_to_block(60);
		assert_noop!(Tenders::compute_award(signed(OUTSIDER), id), Error::<Test>::NotPublished);
		assert_eq!(Bids::<Test>::get(other)[0].deposit, DEPOSIT);
	});
}

#[test]
fn cancellation_returns_the_fee_still_held() {
	ExtBuilder.build_and_execute(|| {
		let id = published();
		run_to_block(5);
		assert_ok!(Tenders::cancel_tender(signed(OTHER_OFFICIAL), id, DOC));
		assert_evaluation_fee_returned(id);
		// No panel or ballot was asked for.
		assert!(MockPanels::cancels().is_empty());
		assert_eq!(MockBallots::opened(), 0);
	});
}

#[test]
fn cancellation_cancels_the_panel_while_it_takes_tickets() {
	ExtBuilder.build_and_execute(|| {
		let id = evaluating();
		run_to_block(35);
		let reason = H256::repeat_byte(0x77);
		assert_ok!(Tenders::cancel_tender(signed(BUYER_REGISTRY), id, reason));
		assert_eq!(MockPanels::cancels(), vec![(0, true)]);
		assert_eq!(MockPanels::get(0).unwrap().state, PanelState::Cancelled);
		// The fee was paid to the panel, which gave it back.
		assert!(!events().iter().any(|e| matches!(e, Event::EvaluationFeeReturned { .. })));
		assert_eq!((free(OFFICIAL), free(PANEL_POOL)), (INITIAL_BALANCE, 0));
	});
}

#[test]
fn cancellation_cancels_the_ballot_with_its_reason() {
	ExtBuilder.build_and_execute(|| {
		let id = voted();
		run_to_block(55);
		let reason = H256::repeat_byte(0x77);
		assert_ok!(Tenders::cancel_tender(signed(OFFICIAL), id, reason));
		assert_eq!(
			last_event(),
			Event::TenderCancelled { tender_id: id, reason, deposits_released: 2 }
		);
		assert_eq!(MockBallots::get(0).unwrap().cancelled, Some(reason));
		assert!(Tenders::bids(id).iter().all(|b| b.votes == 0));
		// The panel's tickets had closed: it refused, runs to its end and is paid.
		assert_eq!(MockPanels::cancels(), vec![(0, false)]);
		assert!(matches!(MockPanels::get(0).unwrap().state, PanelState::Concluded { .. }));
		assert_eq!(
			(free(OFFICIAL), free(PANEL_POOL)),
			(INITIAL_BALANCE - EVALUATION_FEE, EVALUATION_FEE)
		);
	});
}

#[test]
fn cancel_tender_refuses_other_origins_and_unknown_tenders() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		let id = create();
		// Root is neither the buyer registry (an account in the mock) nor an official.
		assert_noop!(Tenders::cancel_tender(RuntimeOrigin::root(), id, DOC), BadOrigin);
		assert_noop!(
			Tenders::cancel_tender(signed(SUPPLIER_REGISTRY), id, DOC),
			Error::<Test>::NotOfficial
		);
		assert_noop!(
			Tenders::cancel_tender(signed(OFFICIAL), 9, DOC),
			Error::<Test>::TenderNotFound
		);
		assert_ok!(Tenders::cancel_tender(signed(OTHER_OFFICIAL), id, DOC));
		assert_eq!(TendersMap::<Test>::get(id).unwrap().status, TenderStatus::Cancelled);
	});
}

#[test]
fn create_tender_refuses_when_ids_are_exhausted() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		crate::NextTenderId::<Test>::put(u32::MAX);
		assert_noop!(
			Tenders::create_tender(
				RuntimeOrigin::signed(OFFICIAL),
				0,
				title(b"Computo para clinicas"),
				DOC,
				BUDGET,
				REFERENCE_PRICE,
				partidas(),
				weights(),
				TenderScope::Federal,
				SCHEDULE,
			),
			Error::<Test>::IdsExhausted
		);
	});
}

// bounded time

#[test]
fn no_phase_is_longer_than_the_bound() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		// Between two boundaries.
		assert_noop!(
			draft_with(schedule_from([10, 10 + MAX_PHASE + 1, 50, 60, 70, 80, 90, 100])),
			Error::<Test>::PhaseTooLong
		);
		// From publication to the end of enquiries: drafted fine, refused at publication.
		let id = crate::NextTenderId::<Test>::get();
		assert_ok!(draft_with(schedule_from([40, 50, 60, 70, 80, 90, 100, 110])));
		run_to_block(2);
		assert_noop!(Tenders::publish_tender(signed(OFFICIAL), id), Error::<Test>::PhaseTooLong);
		run_to_block(10);
		assert_ok!(Tenders::publish_tender(signed(OFFICIAL), id));
	});
}

#[test]
fn no_tender_runs_longer_than_the_bound() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		let long = schedule_from([10, 40, 70, 100, 130, 140, 150, 160]);
		assert_noop!(draft_with(long), Error::<Test>::TenderTooLong);
		// Amendments count from publication.
		let id = published();
		// Published at block 2: every phase within the bound, the whole one block too long.
		let stretched = |deadline| schedule_from([10, 40, 70, 90, 100, 110, 120, deadline]);
		assert_noop!(amend(id, stretched(2 + MAX_DURATION + 1)), Error::<Test>::TenderTooLong);
		assert_ok!(amend(id, stretched(2 + MAX_DURATION)));
	});
}

#[test]
fn a_tender_is_amended_a_bounded_number_of_times() {
	ExtBuilder.build_and_execute(|| {
		let id = published();
		assert_ok!(amend(id, Schedule { contract_deadline: 81, ..SCHEDULE }));
		assert_ok!(amend(id, Schedule { contract_deadline: 82, ..SCHEDULE }));
		assert_noop!(
			amend(id, Schedule { contract_deadline: 83, ..SCHEDULE }),
			Error::<Test>::TooManyAmendments
		);
	});
}
