//! Complaints against the award: `file_complaint`, `resolve_complaint`.

use super::*;

#[test]
fn file_complaint_works_and_fails() {
	ExtBuilder.build_and_execute(|| {
		let id = voted();
		assert_noop!(Tenders::file_complaint(signed(ACME), id, DOC), Error::<Test>::NotAwarded);
		run_to_block(60);
		assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
		assert_noop!(Tenders::file_complaint(signed(GAMMA), id, DOC), Error::<Test>::NotBidder);
		assert_noop!(Tenders::file_complaint(signed(ACME), 9, DOC), Error::<Test>::TenderNotFound);
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
	ExtBuilder.build_and_execute(|| {
		let id = awarded();
		let filed_at = System::block_number();
		let before = free(ACME);
		assert_ok!(Tenders::file_complaint(signed(ACME), id, DOC));
		// A complaint holds a deposit: it is not a free way to hold the award up.
		assert_eq!(free(ACME), before - COMPLAINT_DEPOSIT);
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
			Error::<Test>::ComplaintNotFound
		);
		assert_ok!(Tenders::resolve_complaint(signed(REVIEW), id, 0, Resolution::Dismiss, reason));
		assert!(has_event(Event::ComplaintDismissed {
			tender_id: id,
			index: 0,
			reason,
			forfeited: COMPLAINT_DEPOSIT
		}));
		assert_eq!(free(ACME), before - COMPLAINT_DEPOSIT);
		// The signing time the complaint held up comes back to the contract.
		let contract_deadline = SCHEDULE.contract_deadline + (70 - filed_at);
		assert_eq!(last_event(), Event::ContractDeadlineMoved { tender_id: id, contract_deadline });
		assert_eq!(
			TendersMap::<Test>::get(id).map(|t| t.schedule.contract_deadline),
			Some(contract_deadline)
		);
		assert_noop!(
			Tenders::resolve_complaint(signed(REVIEW), id, 0, Resolution::Dismiss, reason),
			Error::<Test>::AlreadyResolved
		);
		assert_ok!(Tenders::finalise_award(signed(OUTSIDER), id));
	});
}

#[test]
fn an_upheld_complaint_orders_a_reevaluation() {
	ExtBuilder.build_and_execute(|| {
		let id = complained();
		let schedule = REEVALUATION;
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
		assert_eq!(TenderPanels::<Test>::get(id), None);
		assert!(Complaints::<Test>::get(id).is_empty());
		assert_eq!(TendersMap::<Test>::get(id).unwrap().status, TenderStatus::Published);
		// A new panel scores again; ACME's scores now win it.
		run_to_block(66);
		assert_ok!(Tenders::open_evaluation(signed(OUTSIDER), id));
		run_to_block(75);
		MockPanels::conclude(1, vec![vec![100, 0]; 3]);
		run_to_block(85);
		// The vote does not reopen; its votes stay.
		assert_noop!(
			Tenders::open_citizen_vote(signed(OUTSIDER), id),
			Error::<Test>::CitizenVoteAlreadyOpen
		);
		run_to_block(95);
		assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
		assert_eq!(Tenders::award(id).unwrap().winner, Some(0));
		assert_eq!(Tenders::award(id).unwrap().total_votes, 5);
		// ACME: 40% + 40% + 20% of 2/5.
		assert_eq!(Tenders::award(id).unwrap().scores[0].total, Perbill::from_percent(88));
	});
}

#[test]
fn an_upheld_complaint_may_cancel_the_tender() {
	ExtBuilder.build_and_execute(|| {
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
fn complaint_calls_refuse_wrong_origins_and_unknown_tenders() {
	ExtBuilder.build_and_execute(|| {
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
			Error::<Test>::TenderNotFound
		);
		assert_eq!(Complaints::<Test>::get(id).len(), 1);
	});
}

#[test]
fn a_reevaluation_needs_an_ordered_schedule() {
	ExtBuilder.build_and_execute(|| {
		let id = complained();
		// Vote ends before the score reveal does.
		let unordered = Schedule { vote_end: 80, ..REEVALUATION };
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
		assert_eq!(TenderPanels::<Test>::get(id), Some(0));
		assert_eq!(SeedAnchors::<Test>::get(id), None);
	});
}

#[test]
fn a_reevaluation_clears_the_panel_and_award_but_keeps_bids_and_ballot() {
	ExtBuilder.build_and_execute(|| {
		let id = awarded();
		let bids = Bids::<Test>::get(id);
		let ballot = MockBallots::get(0).unwrap();
		assert_eq!(ballot.tallies, vec![2, 3]);
		assert_ok!(Tenders::file_complaint(signed(ACME), id, DOC));
		assert_ok!(Tenders::file_complaint(signed(BETA), id, DOC));
		run_to_block(65);
		let schedule = REEVALUATION;
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
		// Cleared: the panel and its seed, the award and every complaint, the other pending
		// one included. The next seed is anchored at the decision's block.
		assert_eq!(TenderPanels::<Test>::get(id), None);
		assert_eq!(SeedAnchors::<Test>::get(id), Some(65));
		assert!(Awards::<Test>::get(id).is_none());
		assert!(Complaints::<Test>::get(id).is_empty());
		// Kept: the bids with their offers, their deposits, the ballot and its votes.
		assert_eq!(Bids::<Test>::get(id), bids);
		assert_eq!(CitizenBallots::<Test>::get(id), Some(0));
		assert_eq!(MockBallots::get(0), Some(ballot));
		assert_eq!((held(ACME), held(BETA)), (DEPOSIT, DEPOSIT));
		let tender = TendersMap::<Test>::get(id).unwrap();
		assert_eq!(
			(tender.status, tender.schedule, tender.seed),
			(TenderStatus::Published, schedule, None)
		);
		// The evaluation runs again, in a new panel.
		run_to_block(66);
		assert_ok!(Tenders::open_evaluation(signed(OUTSIDER), id));
		assert_eq!(TenderPanels::<Test>::get(id), Some(1));
		run_to_block(75);
		MockPanels::conclude(1, score_sets());
		// The vote does not reopen.
		run_to_block(85);
		assert_noop!(
			Tenders::open_citizen_vote(signed(OUTSIDER), id),
			Error::<Test>::CitizenVoteAlreadyOpen
		);
		run_to_block(95);
		assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
		let award = Tenders::award(id).unwrap();
		assert_eq!((award.total_votes, award.evaluators), (5, 3));
		assert_eq!((award.scores[0].votes, award.scores[1].votes), (2, 3));
		assert_eq!(award.winner, Some(1));
		// The new award may be challenged again by the same bidders.
		assert_ok!(Tenders::file_complaint(signed(ACME), id, DOC));
	});
}

#[test]
fn an_upheld_complaint_returns_its_deposit_and_every_pending_one() {
	ExtBuilder.build_and_execute(|| {
		let id = awarded();
		let (acme, beta) = (free(ACME), free(BETA));
		assert_ok!(Tenders::file_complaint(signed(ACME), id, DOC));
		assert_ok!(Tenders::file_complaint(signed(BETA), id, DOC));
		let reason = H256::repeat_byte(0x99);
		assert_ok!(Tenders::resolve_complaint(
			signed(REVIEW),
			id,
			0,
			Resolution::Reevaluate(Schedule {
				evaluation_end: 100,
				score_reveal_end: 110,
				vote_end: 120,
				complaints_end: 130,
				contract_deadline: 140,
				..SCHEDULE
			}),
			reason
		));
		assert_eq!((free(ACME), free(BETA)), (acme, beta));
		assert_eq!(TendersMap::<Test>::get(id).and_then(|t| t.complaints_pending_since), None);
	});
}
