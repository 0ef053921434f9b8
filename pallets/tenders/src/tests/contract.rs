//! Contracts: `draft_contract`, `sign_contract`, `accept_deliverable`,
//! `reject_deliverable`, `declare_deliverable_overdue`.

use super::*;

// draft_contract, sign_contract

#[test]
fn draft_contract_works_and_fails() {
	ExtBuilder.build_and_execute(|| {
		let id = awarded();
		assert_noop!(
			Tenders::draft_contract(signed(OFFICIAL), id, DOC, deliverables()),
			Error::<Test>::AwardNotFinal
		);
		run_to_block(70);
		assert_ok!(Tenders::finalise_award(signed(OUTSIDER), id));
		assert_noop!(
			Tenders::draft_contract(signed(BETA), id, DOC, deliverables()),
			Error::<Test>::NotOfficial
		);
		assert_noop!(
			Tenders::draft_contract(signed(OFFICIAL), id, DOC, Default::default()),
			Error::<Test>::EmptyDeliverables
		);
		let past: crate::DeliverableTermsOf<Test> = vec![(DOC, 70, 800_000)].try_into().unwrap();
		assert_noop!(
			Tenders::draft_contract(signed(OFFICIAL), id, DOC, past),
			Error::<Test>::DueInPast
		);
		let short: crate::DeliverableTermsOf<Test> = vec![(DOC, 100, 799_999)].try_into().unwrap();
		assert_noop!(
			Tenders::draft_contract(signed(OFFICIAL), id, DOC, short),
			Error::<Test>::AmountsMismatch
		);
		assert_ok!(Tenders::draft_contract(
			signed(OFFICIAL),
			id,
			H256::repeat_byte(1),
			deliverables()
		));
		// An unsigned draft may be replaced.
		assert_ok!(Tenders::draft_contract(signed(OFFICIAL), id, DOC, deliverables()));
		assert_eq!(
			last_event(),
			Event::ContractDrafted { tender_id: id, document: DOC, value: 800_000 }
		);
		let contract = Tenders::contract(id).unwrap();
		assert_eq!(contract.supplier, BETA);
		assert_eq!(contract.status, ContractStatus::Drafted);
		assert_ok!(Tenders::sign_contract(signed(BETA), id));
		assert_noop!(
			Tenders::draft_contract(signed(OFFICIAL), id, DOC, deliverables()),
			Error::<Test>::ContractAlreadySigned
		);
		run_to_block(80);
		assert_noop!(
			Tenders::draft_contract(signed(OFFICIAL), id, DOC, deliverables()),
			Error::<Test>::ContractSigningClosed
		);
	});
}

#[test]
fn sign_contract_works_and_fails() {
	ExtBuilder.build_and_execute(|| {
		let id = final_award();
		assert_noop!(Tenders::sign_contract(signed(OFFICIAL), id), Error::<Test>::ContractNotFound);
		assert_ok!(Tenders::draft_contract(signed(OFFICIAL), id, DOC, deliverables()));
		assert_noop!(Tenders::sign_contract(signed(ACME), id), Error::<Test>::NotParty);
		// OTHER_OFFICIAL never signed the document with its e.firma.
		assert_noop!(
			Tenders::sign_contract(signed(OTHER_OFFICIAL), id),
			Error::<Test>::NotSignedWithEfirma
		);
		// Nor does a signing act of another document count (a tampered hash).
		set_efirma_signature(OTHER_OFFICIAL, H256::repeat_byte(1));
		assert_noop!(
			Tenders::sign_contract(signed(OTHER_OFFICIAL), id),
			Error::<Test>::NotSignedWithEfirma
		);
		assert_ok!(Tenders::sign_contract(signed(OFFICIAL), id));
		assert_eq!(last_event(), Event::ContractSigned { tender_id: id, signatory: OFFICIAL });
		assert_noop!(Tenders::sign_contract(signed(OFFICIAL), id), Error::<Test>::AlreadySigned);
		assert_ok!(Tenders::sign_contract(signed(BETA), id));
		assert!(has_event(Event::ContractSigned { tender_id: id, signatory: BETA }));
		assert_eq!(last_event(), Event::ContractActivated { tender_id: id });
		assert_eq!(Tenders::contract(id).unwrap().status, ContractStatus::Active);
		assert_noop!(Tenders::sign_contract(signed(BETA), id), Error::<Test>::ContractNotActive);
	});
}

#[test]
fn the_winners_representative_signs_with_its_own_efirma() {
	ExtBuilder.build_and_execute(|| {
		let id = final_award();
		assert_ok!(Tenders::draft_contract(signed(OFFICIAL), id, DOC, deliverables()));
		// Account 30 is no party until BETA names it its representative.
		assert_noop!(Tenders::sign_contract(signed(30), id), Error::<Test>::NotParty);
		set_representative(BETA, 30);
		// Its company's e.firma signature is not its own.
		assert_noop!(Tenders::sign_contract(signed(30), id), Error::<Test>::NotSignedWithEfirma);
		set_efirma_signature(30, DOC);
		assert_ok!(Tenders::sign_contract(signed(30), id));
		assert_eq!(last_event(), Event::ContractSigned { tender_id: id, signatory: 30 });
		assert!(Tenders::contract(id).unwrap().supplier_signed);
		// The supplier has signed: neither it nor another representative signs again.
		assert_noop!(Tenders::sign_contract(signed(BETA), id), Error::<Test>::AlreadySigned);
	});
}

#[test]
fn sign_contract_without_efirma_when_not_required_and_not_late() {
	ExtBuilder.build_and_execute(|| {
		let id = final_award();
		assert_ok!(Tenders::draft_contract(signed(OFFICIAL), id, DOC, deliverables()));
		EfirmaRequired::set(false);
		assert_ok!(Tenders::sign_contract(signed(OTHER_OFFICIAL), id));
		run_to_block(80);
		assert_noop!(
			Tenders::sign_contract(signed(BETA), id),
			Error::<Test>::ContractSigningClosed
		);
	});
}

// accept_deliverable, reject_deliverable, declare_deliverable_overdue

#[test]
fn deliverable_calls_fail() {
	ExtBuilder.build_and_execute(|| {
		let id = final_award();
		assert_noop!(
			Tenders::accept_deliverable(signed(OFFICIAL), id, 0),
			Error::<Test>::ContractNotFound
		);
		assert_ok!(Tenders::draft_contract(signed(OFFICIAL), id, DOC, deliverables()));
		assert_noop!(
			Tenders::accept_deliverable(signed(OFFICIAL), id, 0),
			Error::<Test>::ContractNotActive
		);
		assert_ok!(Tenders::sign_contract(signed(OFFICIAL), id));
		assert_ok!(Tenders::sign_contract(signed(BETA), id));
		assert_noop!(Tenders::accept_deliverable(signed(BETA), id, 0), Error::<Test>::NotOfficial);
		assert_noop!(
			Tenders::accept_deliverable(signed(OFFICIAL), id, 2),
			Error::<Test>::DeliverableNotFound
		);
		assert_noop!(
			Tenders::declare_deliverable_overdue(signed(OFFICIAL), id, 0),
			Error::<Test>::NotOverdue
		);
		assert_ok!(Tenders::accept_deliverable(signed(OFFICIAL), id, 0));
		assert_eq!(last_event(), Event::DeliverableAccepted { tender_id: id, index: 0 });
		assert_noop!(
			Tenders::reject_deliverable(signed(OFFICIAL), id, 0, DOC),
			Error::<Test>::DeliverableNotPending
		);
	});
}

#[test]
fn a_rejected_deliverable_fails_the_contract_and_records_the_outcome() {
	ExtBuilder.build_and_execute(|| {
		let id = active_contract();
		assert_ok!(Tenders::reject_deliverable(signed(OFFICIAL), id, 1, DOC));
		assert!(has_event(Event::DeliverableRejected { tender_id: id, index: 1, reason: DOC }));
		assert!(has_event(Event::ContractFailed { tender_id: id, supplier: BETA }));
		let contract = Tenders::contract(id).unwrap();
		assert_eq!(contract.status, ContractStatus::Failed);
		assert_eq!(contract.deliverables[1].status, DeliverableStatus::Rejected);
		// Panel 0 learns that its option 1 (BETA) failed.
		assert_eq!(MockPanels::outcomes(), vec![(0, 1, false)]);
		assert_noop!(
			Tenders::accept_deliverable(signed(OFFICIAL), id, 0),
			Error::<Test>::ContractNotActive
		);
	});
}

#[test]
fn an_overdue_deliverable_fails_the_contract() {
	ExtBuilder.build_and_execute(|| {
		let id = active_contract();
		run_to_block(100);
		assert_noop!(
			Tenders::declare_deliverable_overdue(signed(OFFICIAL), id, 0),
			Error::<Test>::NotOverdue
		);
		run_to_block(101);
		assert_ok!(Tenders::declare_deliverable_overdue(signed(OFFICIAL), id, 0));
		assert!(has_event(Event::DeliverableOverdue { tender_id: id, index: 0 }));
		assert_eq!(
			last_event(),
			Event::PerformanceGuaranteeForfeited { tender_id: id, supplier: BETA, amount: 80 }
		);
		assert_eq!(Tenders::contract(id).unwrap().status, ContractStatus::Failed);
		assert_eq!(MockPanels::outcomes(), vec![(0, 1, false)]);
	});
}

type SettleCall = fn(RuntimeOrigin, u32, u32) -> sp_runtime::DispatchResult;

fn accept(origin: RuntimeOrigin, tender_id: u32, index: u32) -> sp_runtime::DispatchResult {
	Tenders::accept_deliverable(origin, tender_id, index)
}

fn reject(origin: RuntimeOrigin, tender_id: u32, index: u32) -> sp_runtime::DispatchResult {
	Tenders::reject_deliverable(origin, tender_id, index, DOC)
}

fn overdue(origin: RuntimeOrigin, tender_id: u32, index: u32) -> sp_runtime::DispatchResult {
	Tenders::declare_deliverable_overdue(origin, tender_id, index)
}

/// The three calls that settle a deliverable.
const SETTLE_CALLS: [SettleCall; 3] = [accept, reject, overdue];

#[test]
fn draft_contract_refuses_wrong_origins_unknown_tenders_and_overflowing_amounts() {
	ExtBuilder.build_and_execute(|| {
		let id = final_award();
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(Tenders::draft_contract(origin, id, DOC, deliverables()), BadOrigin);
		}
		for who in [BUYER_REGISTRY, REVIEW] {
			assert_noop!(
				Tenders::draft_contract(signed(who), id, DOC, deliverables()),
				Error::<Test>::NotOfficial
			);
		}
		assert_noop!(
			Tenders::draft_contract(signed(OFFICIAL), 9, DOC, deliverables()),
			Error::<Test>::TenderNotFound
		);
		// Amounts whose sum overflows are refused, not wrapped to the price.
		let overflowing: crate::DeliverableTermsOf<Test> =
			vec![(DOC, 100, u128::MAX), (DOC, 120, 800_001)].try_into().unwrap();
		assert_noop!(
			Tenders::draft_contract(signed(OFFICIAL), id, DOC, overflowing),
			Error::<Test>::AmountsMismatch
		);
		assert!(Tenders::contract(id).is_none());
	});
}

#[test]
fn sign_contract_refuses_wrong_origins_unknown_tenders_and_second_signatures() {
	ExtBuilder.build_and_execute(|| {
		let id = final_award();
		assert_ok!(Tenders::draft_contract(signed(OFFICIAL), id, DOC, deliverables()));
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(Tenders::sign_contract(origin, id), BadOrigin);
		}
		assert_noop!(Tenders::sign_contract(signed(REVIEW), id), Error::<Test>::NotParty);
		assert_noop!(Tenders::sign_contract(signed(BETA), 9), Error::<Test>::TenderNotFound);
		assert_ok!(Tenders::sign_contract(signed(BETA), id));
		assert_eq!(last_event(), Event::ContractSigned { tender_id: id, signatory: BETA });
		assert_noop!(Tenders::sign_contract(signed(BETA), id), Error::<Test>::AlreadySigned);
		let contract = Tenders::contract(id).unwrap();
		assert!(contract.supplier_signed && contract.buyer_signatory.is_none());
		assert_eq!(contract.status, ContractStatus::Drafted);
	});
}

#[test]
fn every_deliverable_call_fails_alike() {
	ExtBuilder.build_and_execute(|| {
		let id = final_award();
		run_to_block(71);
		for call in SETTLE_CALLS {
			assert_noop!(call(signed(OFFICIAL), id, 0), Error::<Test>::ContractNotFound);
		}
		assert_ok!(Tenders::draft_contract(signed(OFFICIAL), id, DOC, deliverables()));
		for call in SETTLE_CALLS {
			assert_noop!(call(signed(OFFICIAL), id, 0), Error::<Test>::ContractNotActive);
		}
		assert_ok!(Tenders::sign_contract(signed(OFFICIAL), id));
		assert_ok!(Tenders::sign_contract(signed(BETA), id));
		run_to_block(121);
		for call in SETTLE_CALLS {
			for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
				assert_noop!(call(origin, id, 0), BadOrigin);
			}
			// Not the winner, nor governance, nor the review: the buyer unit's officials.
			for who in [BETA, BUYER_REGISTRY, REVIEW, OUTSIDER] {
				assert_noop!(call(signed(who), id, 0), Error::<Test>::NotOfficial);
			}
			assert_noop!(call(signed(OFFICIAL), 9, 0), Error::<Test>::TenderNotFound);
			assert_noop!(call(signed(OFFICIAL), id, 2), Error::<Test>::DeliverableNotFound);
		}
		assert_ok!(accept(signed(OFFICIAL), id, 0));
		for call in SETTLE_CALLS {
			assert_noop!(call(signed(OTHER_OFFICIAL), id, 0), Error::<Test>::DeliverableNotPending);
		}
		assert_ok!(overdue(signed(OFFICIAL), id, 1));
		assert_eq!(Tenders::contract(id).unwrap().status, ContractStatus::Failed);
		// A contract that ended settles nothing more.
		for call in SETTLE_CALLS {
			assert_noop!(call(signed(OFFICIAL), id, 1), Error::<Test>::ContractNotActive);
		}
	});
}

#[test]
fn accepting_the_last_deliverable_completes_the_contract_and_records_the_outcome() {
	ExtBuilder.build_and_execute(|| {
		let id = active_contract();
		assert_ok!(Tenders::accept_deliverable(signed(OFFICIAL), id, 1));
		assert_eq!(last_event(), Event::DeliverableAccepted { tender_id: id, index: 1 });
		assert_eq!(Tenders::contract(id).unwrap().status, ContractStatus::Active);
		assert!(MockPanels::outcomes().is_empty());
		System::reset_events();
		assert_ok!(Tenders::accept_deliverable(signed(OTHER_OFFICIAL), id, 0));
		assert_eq!(
			events(),
			vec![
				Event::DeliverableAccepted { tender_id: id, index: 0 },
				Event::ContractCompleted { tender_id: id, supplier: BETA },
				Event::PerformanceGuaranteeReleased { tender_id: id, supplier: BETA, amount: 80 },
			]
		);
		// Panel 0 learns that its option 1 (BETA) completed.
		assert_eq!(MockPanels::outcomes(), vec![(0, 1, true)]);
		assert_eq!(Tenders::contract(id).unwrap().status, ContractStatus::Completed);
	});
}
