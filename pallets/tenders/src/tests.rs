//! Unit tests of the tenders pallet. The state they start from is described in `mock.rs`.
//!
//! Most tests walk tender 0 of buyer unit 0 through [`SCHEDULE`] with the stage helpers below:
//! published at block 2, [`ACME`] and [`BETA`] approved and bidding at block 10, revealing at
//! block 20, the three [`EVALUATORS`] committing at 30 and revealing at 40, the five
//! [`CITIZENS`] voting at 50, the award computed at 60 and final at 70.

use crate::{
	bid_commitment, evaluator_vrf_output, evaluator_vrf_transcript, is_selected, mock::*,
	score_commitment, AwardWeights, Awards, Bids, BuyerUnits, Complaints, ContractStatus,
	DeliverableStatus, Enquiries, Error, Evaluations, EvaluatorKeys, EvaluatorOfKey,
	EvaluatorReputation, Event, HoldReason, Partida, Resolution, Salt, Schedule, SupplierStatus,
	Suppliers, TenderScope, TenderStatus, Tenders as TendersMap, Votes, VrfProofBytes,
	EVALUATOR_VRF_OUTPUT_CONTEXT,
};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{Inspect, InspectHold},
		Hooks,
	},
};
use pallet_digital_identity::{MexicanState, Residency};
use sp_core::{crypto::Pair as _, H256};
use sp_runtime::{DispatchError::BadOrigin, Perbill};

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Tenders(e) = r.event { Some(e) } else { None })
		.collect()
}

fn last_event() -> Event<Test> {
	events().pop().expect("an event of the pallet was emitted")
}

fn has_event(event: Event<Test>) -> bool {
	events().contains(&event)
}

fn held(who: u64) -> u64 {
	Balances::balance_on_hold(&RuntimeHoldReason::Tenders(HoldReason::BidDeposit), &who)
}

fn free(who: u64) -> u64 {
	Balances::balance(&who)
}

/// What a bidder commits to and reveals.
#[derive(Clone, Copy)]
struct TestOffer {
	price: u128,
	partidas: [u128; 2],
	proposal: H256,
	salt: Salt,
}

/// ACME's offer: 700,000 centavos.
const ACME_OFFER: TestOffer = TestOffer {
	price: 700_000,
	partidas: [600_000, 100_000],
	proposal: H256::repeat_byte(0xa0),
	salt: [1; 32],
};

/// BETA's offer: 800,000 centavos.
const BETA_OFFER: TestOffer = TestOffer {
	price: 800_000,
	partidas: [500_000, 300_000],
	proposal: H256::repeat_byte(0xb0),
	salt: [2; 32],
};

/// The evaluators' scores of (ACME, BETA): ACME averages 60, BETA 80.
const SCORES: [[u8; 2]; 3] = [[60, 90], [70, 90], [50, 60]];

fn partida_offers(offer: &TestOffer) -> crate::PartidaOffersOf<Test> {
	offer.partidas.to_vec().try_into().expect("two offers fit MaxPartidas; qed")
}

fn commitment_of(who: u64, tender_id: u32, offer: &TestOffer) -> H256 {
	bid_commitment(tender_id, &who, offer.price, &offer.partidas, &offer.proposal, &offer.salt)
}

fn bid(who: u64, tender_id: u32, offer: &TestOffer) {
	assert_ok!(Tenders::submit_bid(signed(who), tender_id, commitment_of(who, tender_id, offer)));
}

fn reveal(who: u64, tender_id: u32, offer: &TestOffer) -> sp_runtime::DispatchResult {
	Tenders::reveal_bid(
		signed(who),
		tender_id,
		offer.price,
		partida_offers(offer),
		offer.proposal,
		offer.salt,
	)
}

fn register_key(who: u64) {
	assert_ok!(Tenders::register_evaluator_key(signed(who), vrf_pair(who).public()));
}

fn scores(values: &[u8]) -> crate::ScoresOf<Test> {
	values.to_vec().try_into().expect("test scores fit MaxBidsPerTender; qed")
}

fn score_salt(who: u64) -> Salt {
	[who as u8; 32]
}

fn commit_scores(who: u64, tender_id: u32, values: &[u8]) -> sp_runtime::DispatchResult {
	Tenders::commit_scores(
		signed(who),
		tender_id,
		vrf_proof(who, tender_id),
		score_commitment(tender_id, &who, values, &score_salt(who)),
	)
}

fn reveal_scores(who: u64, tender_id: u32, values: &[u8]) -> sp_runtime::DispatchResult {
	Tenders::reveal_scores(signed(who), tender_id, scores(values), score_salt(who))
}

/// Buyer unit 0, keys of the [`EVALUATORS`] and suppliers ACME and BETA at block 1; tender 0
/// published at block 2.
fn published() -> u32 {
	buyer_unit();
	for who in EVALUATORS {
		register_key(who);
	}
	approved_supplier(ACME);
	approved_supplier(BETA);
	let id = create();
	run_to_block(2);
	assert_ok!(Tenders::publish_tender(signed(OFFICIAL), id));
	id
}

/// [`published`], then ACME and BETA bid at block 10.
fn with_bids() -> u32 {
	let id = published();
	run_to_block(10);
	bid(ACME, id, &ACME_OFFER);
	bid(BETA, id, &BETA_OFFER);
	id
}

/// [`with_bids`], then both reveal at block 20.
fn revealed() -> u32 {
	let id = with_bids();
	run_to_block(20);
	assert_ok!(reveal(ACME, id, &ACME_OFFER));
	assert_ok!(reveal(BETA, id, &BETA_OFFER));
	id
}

/// [`revealed`], then the evaluators commit [`SCORES`] at block 30.
fn committed() -> u32 {
	let id = revealed();
	run_to_block(30);
	for (who, values) in EVALUATORS.into_iter().zip(SCORES) {
		assert_ok!(commit_scores(who, id, &values));
	}
	id
}

/// [`committed`], then the evaluators reveal at block 40.
fn scored() -> u32 {
	let id = committed();
	run_to_block(40);
	for (who, values) in EVALUATORS.into_iter().zip(SCORES) {
		assert_ok!(reveal_scores(who, id, &values));
	}
	id
}

/// [`scored`], then two citizens vote for ACME and three for BETA at block 50.
fn voted() -> u32 {
	let id = scored();
	run_to_block(50);
	for (i, who) in CITIZENS.into_iter().enumerate() {
		assert_ok!(Tenders::cast_vote(signed(who), id, if i < 2 { 0 } else { 1 }));
	}
	id
}

/// [`voted`], then the award computed at block 60 (BETA wins).
fn awarded() -> u32 {
	let id = voted();
	run_to_block(60);
	assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
	id
}

/// [`awarded`], then final at block 70.
fn final_award() -> u32 {
	let id = awarded();
	run_to_block(70);
	assert_ok!(Tenders::finalise_award(signed(OUTSIDER), id));
	id
}

/// Two deliverables adding up to BETA's price, due at blocks 100 and 120.
fn deliverables() -> crate::DeliverableTermsOf<Test> {
	vec![(H256::repeat_byte(0xe1), 100, 500_000), (H256::repeat_byte(0xe2), 120, 300_000)]
		.try_into()
		.expect("two deliverables fit MaxDeliverables; qed")
}

/// [`final_award`], then the contract drafted and signed by OFFICIAL and BETA at block 71.
fn active_contract() -> u32 {
	let id = final_award();
	run_to_block(71);
	assert_ok!(Tenders::draft_contract(signed(OFFICIAL), id, DOC, deliverables()));
	assert_ok!(Tenders::sign_contract(signed(OFFICIAL), id));
	assert_ok!(Tenders::sign_contract(signed(BETA), id));
	id
}

// Configuration and formats

#[test]
fn integrity_test_accepts_the_mock() {
	<Tenders as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "MaxTitleLength must be at least 1")]
fn integrity_test_requires_titles() {
	MaxTitle::set(0);
	<Tenders as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "EvaluatorSelectionProbability must not be zero")]
fn integrity_test_requires_a_selection_probability() {
	SelectionProbability::set(Perbill::zero());
	<Tenders as Hooks<u64>>::integrity_test();
}

#[test]
fn bid_commitment_is_blake2_of_the_scale_tuple() {
	let mut bytes = 7u32.encode();
	bytes.extend(ACME.encode());
	bytes.extend(700_000u128.encode());
	bytes.extend(vec![600_000u128, 100_000u128].encode());
	bytes.extend(H256::repeat_byte(0xa0).encode());
	bytes.extend([1u8; 32].encode());
	assert_eq!(bytes.len(), 4 + 8 + 16 + (1 + 32) + 32 + 32);
	assert_eq!(
		bid_commitment(7, &ACME, 700_000, &[600_000, 100_000], &H256::repeat_byte(0xa0), &[1; 32]),
		H256(sp_crypto_hashing::blake2_256(&bytes))
	);
	let mut bytes = 7u32.encode();
	bytes.extend(30u64.encode());
	bytes.extend(vec![60u8, 90].encode());
	bytes.extend([3u8; 32].encode());
	assert_eq!(
		score_commitment(7, &30u64, &[60, 90], &[3; 32]),
		H256(sp_crypto_hashing::blake2_256(&bytes))
	);
}

#[test]
fn the_vrf_output_is_the_key_holders_make_bytes() {
	let pair = vrf_pair(30);
	let seed = H256::repeat_byte(5);
	let transcript = evaluator_vrf_transcript(3, &seed);
	let expected =
		u128::from_le_bytes(pair.make_bytes::<16>(EVALUATOR_VRF_OUTPUT_CONTEXT, &transcript));
	let signature = sp_core::crypto::VrfSecret::vrf_sign(&pair, &transcript.into_sign_data());
	let proof = VrfProofBytes {
		pre_output: signature.pre_output.0.to_bytes(),
		proof: signature.proof.0.to_bytes(),
	};
	assert_eq!(evaluator_vrf_output(&pair.public(), 3, &seed, &proof), Some(expected));
	// Another tender, another seed or another key do not verify.
	assert_eq!(evaluator_vrf_output(&pair.public(), 4, &seed, &proof), None);
	assert_eq!(evaluator_vrf_output(&pair.public(), 3, &H256::repeat_byte(6), &proof), None);
	assert_eq!(evaluator_vrf_output(&vrf_pair(31).public(), 3, &seed, &proof), None);
	// A malformed pre-output is refused, not a panic.
	let malformed = VrfProofBytes { pre_output: [0xff; 32], proof: proof.proof };
	assert_eq!(evaluator_vrf_output(&pair.public(), 3, &seed, &malformed), None);
	// Selection: everyone at 100%, below the threshold otherwise.
	assert!(is_selected(u128::MAX, Perbill::one()));
	assert!(is_selected(0, Perbill::from_parts(1)));
	assert!(!is_selected(u128::MAX / 2, Perbill::from_percent(50)));
	assert!(is_selected(
		u128::MAX / 2 - 1_000_000_000_000_000_000_000_000_000,
		Perbill::from_percent(50)
	));
}

// register_buyer_unit, set_buyer_officials

#[test]
fn register_buyer_unit_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(buyer_unit(), 0);
		assert_eq!(
			last_event(),
			Event::BuyerUnitRegistered {
				buyer_unit: 0,
				name: title(b"IMSS Jalisco"),
				officials: vec![OFFICIAL, OTHER_OFFICIAL].try_into().unwrap(),
			}
		);
		assert_eq!(buyer_unit(), 1);
		assert!(BuyerUnits::<Test>::get(1).is_some());
	});
}

#[test]
fn register_buyer_unit_fails() {
	ExtBuilder::default().build_and_execute(|| {
		let officials = || -> crate::OfficialsOf<Test> { vec![OFFICIAL].try_into().unwrap() };
		assert_noop!(
			Tenders::register_buyer_unit(signed(OFFICIAL), title(b"IMSS"), officials()),
			BadOrigin
		);
		assert_noop!(
			Tenders::register_buyer_unit(signed(BUYER_REGISTRY), title(b""), officials()),
			Error::<Test>::EmptyName
		);
		assert_noop!(
			Tenders::register_buyer_unit(
				signed(BUYER_REGISTRY),
				title(b"IMSS"),
				Default::default()
			),
			Error::<Test>::NoOfficials
		);
		assert_noop!(
			Tenders::register_buyer_unit(
				signed(BUYER_REGISTRY),
				title(b"IMSS"),
				vec![OFFICIAL, OFFICIAL].try_into().unwrap()
			),
			Error::<Test>::DuplicateOfficial
		);
	});
}

#[test]
fn set_buyer_officials_works_and_fails() {
	ExtBuilder::default().build_and_execute(|| {
		buyer_unit();
		let officials: crate::OfficialsOf<Test> = vec![OTHER_OFFICIAL, 3].try_into().unwrap();
		assert_noop!(
			Tenders::set_buyer_officials(signed(OFFICIAL), 0, officials.clone()),
			BadOrigin
		);
		assert_noop!(
			Tenders::set_buyer_officials(signed(BUYER_REGISTRY), 5, officials.clone()),
			Error::<Test>::UnknownBuyerUnit
		);
		assert_noop!(
			Tenders::set_buyer_officials(signed(BUYER_REGISTRY), 0, Default::default()),
			Error::<Test>::NoOfficials
		);
		assert_noop!(
			Tenders::set_buyer_officials(signed(BUYER_REGISTRY), 0, vec![3, 3].try_into().unwrap()),
			Error::<Test>::DuplicateOfficial
		);
		assert_ok!(Tenders::set_buyer_officials(signed(BUYER_REGISTRY), 0, officials.clone()));
		assert_eq!(last_event(), Event::BuyerOfficialsSet { buyer_unit: 0, officials });
		assert!(!Tenders::is_official(0, &OFFICIAL));
		assert!(Tenders::is_official(0, &3));
	});
}

// register_supplier, approve_supplier, reject_supplier

#[test]
fn register_supplier_works_and_fails() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Tenders::register_supplier(signed(CITIZENS[0]), DOC),
			Error::<Test>::NotOrganisation
		);
		assert_ok!(Tenders::register_supplier(signed(ACME), DOC));
		assert_eq!(
			last_event(),
			Event::SupplierRegistered {
				supplier: ACME,
				organisation_key: H256::from_low_u64_be(ACME),
				document: DOC,
			}
		);
		assert_eq!(Suppliers::<Test>::get(ACME).unwrap().status, SupplierStatus::Pending);
		assert_noop!(Tenders::register_supplier(signed(ACME), DOC), Error::<Test>::AlreadySupplier);
	});
}

#[test]
fn approve_and_reject_supplier_work_and_fail() {
	ExtBuilder::default().build_and_execute(|| {
		let reason = H256::repeat_byte(0x77);
		assert_noop!(
			Tenders::approve_supplier(signed(SUPPLIER_REGISTRY), ACME, reason),
			Error::<Test>::NotSupplier
		);
		assert_noop!(
			Tenders::reject_supplier(signed(SUPPLIER_REGISTRY), ACME, reason),
			Error::<Test>::NotSupplier
		);
		assert_ok!(Tenders::register_supplier(signed(ACME), DOC));
		assert_noop!(Tenders::approve_supplier(signed(ACME), ACME, reason), BadOrigin);
		assert_noop!(Tenders::reject_supplier(signed(ACME), ACME, reason), BadOrigin);
		assert_ok!(Tenders::reject_supplier(signed(SUPPLIER_REGISTRY), ACME, reason));
		assert_eq!(last_event(), Event::SupplierRejected { supplier: ACME, reason });
		assert_noop!(
			Tenders::reject_supplier(signed(SUPPLIER_REGISTRY), ACME, reason),
			Error::<Test>::AlreadyRejected
		);
		assert_ok!(Tenders::approve_supplier(signed(SUPPLIER_REGISTRY), ACME, reason));
		assert_eq!(last_event(), Event::SupplierApproved { supplier: ACME, reason });
		assert_eq!(
			Suppliers::<Test>::get(ACME).unwrap().status,
			SupplierStatus::Approved { reason }
		);
		assert_noop!(
			Tenders::approve_supplier(signed(SUPPLIER_REGISTRY), ACME, reason),
			Error::<Test>::AlreadyApproved
		);
		// Withdrawing the approval stops the supplier from bidding.
		assert_ok!(Tenders::reject_supplier(signed(SUPPLIER_REGISTRY), ACME, reason));
		buyer_unit();
		let id = create();
		run_to_block(2);
		assert_ok!(Tenders::publish_tender(signed(OFFICIAL), id));
		assert_noop!(
			Tenders::ask_question(signed(ACME), id, DOC),
			Error::<Test>::SupplierNotApproved
		);
	});
}

// create_tender, publish_tender

#[test]
fn create_tender_works() {
	ExtBuilder::default().build_and_execute(|| {
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
	ExtBuilder::default().build_and_execute(|| {
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
			Error::<Test>::UnknownBuyerUnit
		);
		assert_noop!(
			try_create(OFFICIAL, 0, b"", partidas(), weights(), scope, SCHEDULE),
			Error::<Test>::EmptyName
		);
		assert_noop!(
			try_create(OFFICIAL, 0, b"t", Default::default(), weights(), scope, SCHEDULE),
			Error::<Test>::NoPartidas
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
	});
}

#[test]
fn publish_tender_works_and_records_the_seed() {
	ExtBuilder::default().build_and_execute(|| {
		buyer_unit();
		let id = create();
		run_to_block(2);
		let seed = System::parent_hash();
		assert_ok!(Tenders::publish_tender(signed(OTHER_OFFICIAL), id));
		assert_eq!(
			last_event(),
			Event::TenderPublished { tender_id: id, schedule: SCHEDULE, seed }
		);
		let tender = TendersMap::<Test>::get(id).unwrap();
		assert_eq!(tender.status, TenderStatus::Published);
		assert_eq!(tender.published_at, Some(2));
		assert_eq!(tender.seed, Some(seed));
	});
}

#[test]
fn publish_tender_fails() {
	ExtBuilder::default().build_and_execute(|| {
		buyer_unit();
		let id = create();
		assert_noop!(Tenders::publish_tender(signed(OFFICIAL), 9), Error::<Test>::UnknownTender);
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
	ExtBuilder::default().build_and_execute(|| {
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
	ExtBuilder::default().build_and_execute(|| {
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
	ExtBuilder::default().build_and_execute(|| {
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
	ExtBuilder::default().build_and_execute(|| {
		buyer_unit();
		let id = create();
		assert_noop!(Tenders::cancel_tender(signed(OUTSIDER), id, DOC), Error::<Test>::NotOfficial);
		assert_noop!(
			Tenders::cancel_tender(signed(BUYER_REGISTRY), 9, DOC),
			Error::<Test>::UnknownTender
		);
		assert_noop!(Tenders::cancel_tender(RuntimeOrigin::none(), id, DOC), BadOrigin);
		assert_ok!(Tenders::cancel_tender(signed(BUYER_REGISTRY), id, DOC));
		assert_eq!(
			last_event(),
			Event::TenderCancelled { tender_id: id, reason: DOC, deposits_released: 0 }
		);
		assert_noop!(
			Tenders::cancel_tender(signed(OFFICIAL), id, DOC),
			Error::<Test>::TooLateToCancel
		);
	});
}

#[test]
fn cancel_tender_is_too_late_after_the_award() {
	ExtBuilder::default().build_and_execute(|| {
		let id = awarded();
		assert_noop!(
			Tenders::cancel_tender(signed(BUYER_REGISTRY), id, DOC),
			Error::<Test>::TooLateToCancel
		);
	});
}

// ask_question, answer_question

#[test]
fn enquiries_work() {
	ExtBuilder::default().build_and_execute(|| {
		let id = published();
		let question = H256::repeat_byte(0x51);
		assert_ok!(Tenders::ask_question(signed(ACME), id, question));
		assert_eq!(
			last_event(),
			Event::QuestionAsked { tender_id: id, index: 0, supplier: ACME, question }
		);
		run_to_block(15);
		let answer = H256::repeat_byte(0x52);
		assert_ok!(Tenders::answer_question(signed(OTHER_OFFICIAL), id, 0, answer));
		assert_eq!(last_event(), Event::QuestionAnswered { tender_id: id, index: 0, answer });
		assert_eq!(Enquiries::<Test>::get(id)[0].answer, Some(answer));
	});
}

#[test]
fn ask_question_fails() {
	ExtBuilder::default().build_and_execute(|| {
		buyer_unit();
		approved_supplier(ACME);
		Tenders::register_supplier(signed(BETA), DOC).unwrap();
		let id = create();
		assert_noop!(Tenders::ask_question(signed(ACME), id, DOC), Error::<Test>::NotPublished);
		assert_noop!(Tenders::ask_question(signed(ACME), 9, DOC), Error::<Test>::UnknownTender);
		run_to_block(2);
		assert_ok!(Tenders::publish_tender(signed(OFFICIAL), id));
		assert_noop!(Tenders::ask_question(signed(GAMMA), id, DOC), Error::<Test>::NotSupplier);
		assert_noop!(
			Tenders::ask_question(signed(BETA), id, DOC),
			Error::<Test>::SupplierNotApproved
		);
		assert_ok!(Tenders::ask_question(signed(ACME), id, DOC));
		assert_ok!(Tenders::ask_question(signed(ACME), id, DOC));
		assert_noop!(Tenders::ask_question(signed(ACME), id, DOC), Error::<Test>::TooManyEnquiries);
		run_to_block(10);
		assert_noop!(Tenders::ask_question(signed(ACME), id, DOC), Error::<Test>::EnquiriesClosed);
	});
}

#[test]
fn answer_question_fails() {
	ExtBuilder::default().build_and_execute(|| {
		let id = published();
		assert_ok!(Tenders::ask_question(signed(ACME), id, DOC));
		assert_noop!(
			Tenders::answer_question(signed(ACME), id, 0, DOC),
			Error::<Test>::NotOfficial
		);
		assert_noop!(
			Tenders::answer_question(signed(OFFICIAL), id, 1, DOC),
			Error::<Test>::UnknownEnquiry
		);
		assert_ok!(Tenders::answer_question(signed(OFFICIAL), id, 0, DOC));
		assert_noop!(
			Tenders::answer_question(signed(OFFICIAL), id, 0, DOC),
			Error::<Test>::AlreadyAnswered
		);
		assert_ok!(Tenders::ask_question(signed(BETA), id, DOC));
		run_to_block(20);
		assert_noop!(
			Tenders::answer_question(signed(OFFICIAL), id, 1, DOC),
			Error::<Test>::BiddingClosed
		);
	});
}

// submit_bid, reveal_bid

#[test]
fn submit_bid_holds_the_deposit_and_stores_only_the_commitment() {
	ExtBuilder::default().build_and_execute(|| {
		let id = published();
		run_to_block(10);
		let commitment = commitment_of(ACME, id, &ACME_OFFER);
		assert_ok!(Tenders::submit_bid(signed(ACME), id, commitment));
		assert_eq!(
			last_event(),
			Event::BidSubmitted {
				tender_id: id,
				bid_index: 0,
				bidder: ACME,
				commitment,
				deposit: DEPOSIT
			}
		);
		assert_eq!(held(ACME), DEPOSIT);
		let bids = Bids::<Test>::get(id);
		assert_eq!(bids[0].commitment, commitment);
		assert_eq!(bids[0].offer, None);
		// Nobody can read the offer: nothing but the commitment is stored or returned.
		assert!(Tenders::bids(id).is_empty());
		assert_eq!(TendersMap::<Test>::get(id).unwrap().bid_count, 1);
	});
}

#[test]
fn submit_bid_fails() {
	ExtBuilder::default().build_and_execute(|| {
		let id = published();
		approved_supplier(GAMMA);
		approved_supplier(DELTA);
		let commitment = H256::repeat_byte(9);
		assert_noop!(
			Tenders::submit_bid(signed(ACME), id, commitment),
			Error::<Test>::BiddingNotOpen
		);
		run_to_block(10);
		assert_noop!(
			Tenders::submit_bid(signed(OUTSIDER), id, commitment),
			Error::<Test>::NotSupplier
		);
		assert_noop!(
			Tenders::submit_bid(signed(ACME), 9, commitment),
			Error::<Test>::UnknownTender
		);
		bid(ACME, id, &ACME_OFFER);
		assert_noop!(Tenders::submit_bid(signed(ACME), id, commitment), Error::<Test>::AlreadyBid);
		bid(BETA, id, &BETA_OFFER);
		bid(GAMMA, id, &BETA_OFFER);
		assert_noop!(
			Tenders::submit_bid(signed(DELTA), id, commitment),
			Error::<Test>::TooManyBids
		);
		run_to_block(20);
		assert_noop!(
			Tenders::submit_bid(signed(DELTA), id, commitment),
			Error::<Test>::BiddingClosed
		);
	});
}

#[test]
fn submit_bid_needs_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let id = published();
		let poor = 500;
		set_organisation(poor);
		approved_supplier(poor);
		run_to_block(10);
		assert!(Tenders::submit_bid(signed(poor), id, H256::repeat_byte(9)).is_err());
		assert!(Bids::<Test>::get(id).is_empty());
	});
}

#[test]
fn reveal_bid_works_after_bidding_closes() {
	ExtBuilder::default().build_and_execute(|| {
		let id = with_bids();
		run_to_block(20);
		assert_ok!(reveal(BETA, id, &BETA_OFFER));
		assert_eq!(
			last_event(),
			Event::BidRevealed {
				tender_id: id,
				bid_index: 1,
				bidder: BETA,
				price: BETA_OFFER.price,
				proposal: BETA_OFFER.proposal,
			}
		);
		let revealed = Tenders::bids(id);
		assert_eq!(revealed.len(), 1);
		assert_eq!(revealed[0].bidder, BETA);
		assert_eq!(revealed[0].offer.price, 800_000);
		assert_eq!(revealed[0].offer.revealed_at, 20);
	});
}

#[test]
fn a_mismatching_reveal_changes_nothing_and_can_be_retried() {
	ExtBuilder::default().build_and_execute(|| {
		let id = with_bids();
		run_to_block(20);
		let cheaper = TestOffer { price: 690_000, partidas: [590_000, 100_000], ..ACME_OFFER };
		assert_noop!(reveal(ACME, id, &cheaper), Error::<Test>::CommitmentMismatch);
		let wrong_salt = TestOffer { salt: [9; 32], ..ACME_OFFER };
		assert_noop!(reveal(ACME, id, &wrong_salt), Error::<Test>::CommitmentMismatch);
		assert_ok!(reveal(ACME, id, &ACME_OFFER));
	});
}

#[test]
fn reveal_bid_fails() {
	ExtBuilder::default().build_and_execute(|| {
		let id = published();
		approved_supplier(GAMMA);
		run_to_block(10);
		bid(ACME, id, &ACME_OFFER);
		bid(BETA, id, &BETA_OFFER);
		// GAMMA commits to partida offers that do not add up to its price.
		let bad = TestOffer { price: 1, ..ACME_OFFER };
		bid(GAMMA, id, &bad);
		assert_noop!(reveal(ACME, id, &ACME_OFFER), Error::<Test>::RevealNotOpen);
		run_to_block(20);
		assert_noop!(reveal(DELTA, id, &ACME_OFFER), Error::<Test>::NoBid);
		assert_noop!(reveal(GAMMA, id, &bad), Error::<Test>::InvalidOffer);
		assert_ok!(reveal(ACME, id, &ACME_OFFER));
		assert_noop!(reveal(ACME, id, &ACME_OFFER), Error::<Test>::AlreadyRevealed);
		run_to_block(30);
		assert_noop!(reveal(BETA, id, &BETA_OFFER), Error::<Test>::RevealClosed);
	});
}

// register_evaluator_key

#[test]
fn register_evaluator_key_works_and_fails() {
	ExtBuilder::default().build_and_execute(|| {
		let key = vrf_pair(30).public();
		assert_noop!(
			Tenders::register_evaluator_key(signed(NOT_EVALUATOR), key),
			Error::<Test>::NotAccredited
		);
		assert_ok!(Tenders::register_evaluator_key(signed(30), key));
		assert_eq!(last_event(), Event::EvaluatorKeyRegistered { evaluator: 30, key });
		assert_eq!(EvaluatorKeys::<Test>::get(30).unwrap().registered_at, 1);
		assert_noop!(Tenders::register_evaluator_key(signed(31), key), Error::<Test>::KeyInUse);
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
	ExtBuilder::default().build_and_execute(|| {
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
	ExtBuilder::default().build_and_execute(|| {
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
		assert_noop!(commit_scores(NOT_EVALUATOR, id, &[1, 1]), Error::<Test>::NoEvaluatorKey);
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
	ExtBuilder::default().build_and_execute(|| {
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
	ExtBuilder::default().build_and_execute(|| {
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
	ExtBuilder::default().build_and_execute(|| {
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

// cast_vote

#[test]
fn cast_vote_works() {
	ExtBuilder::default().build_and_execute(|| {
		let id = scored();
		run_to_block(50);
		assert_ok!(Tenders::cast_vote(signed(CITIZENS[0]), id, 1));
		assert_eq!(
			last_event(),
			Event::VoteCast { tender_id: id, voter: CITIZENS[0], bid_index: 1 }
		);
		assert_eq!(Bids::<Test>::get(id)[1].votes, 1);
		assert_eq!(Votes::<Test>::get(id, H256::repeat_byte(1)), Some(1));
	});
}

#[test]
fn a_person_votes_once_whichever_account_it_uses() {
	ExtBuilder::default().build_and_execute(|| {
		let id = scored();
		run_to_block(50);
		assert_ok!(Tenders::cast_vote(signed(CITIZENS[0]), id, 0));
		assert_noop!(Tenders::cast_vote(signed(CITIZENS[0]), id, 1), Error::<Test>::AlreadyVoted);
		// The same person (person key 1) recovered to a new account.
		clear_person(CITIZENS[0]);
		set_person(50, 1, Residency::National(GUADALAJARA), true);
		assert_noop!(Tenders::cast_vote(signed(50), id, 1), Error::<Test>::AlreadyVoted);
		assert_eq!(Bids::<Test>::get(id)[0].votes, 1);
	});
}

#[test]
fn votes_are_limited_to_the_tenders_jurisdiction() {
	ExtBuilder::default().build_and_execute(|| {
		let id = scored();
		run_to_block(50);
		// A municipal tender of Guadalajara.
		for outsider in [ZAPOPAN_CITIZEN, CDMX_CITIZEN, ABROAD_CITIZEN] {
			assert_noop!(
				Tenders::cast_vote(signed(outsider), id, 0),
				Error::<Test>::OutsideJurisdiction
			);
		}
		// Scopes themselves.
		let jalisco = TenderScope::State(MexicanState::Jalisco);
		let zapopan = Residency::National(pallet_digital_identity::Jurisdiction {
			state: MexicanState::Jalisco,
			municipality: 120,
		});
		assert!(jalisco.admits(zapopan.jurisdiction()));
		assert!(jalisco.admits(Some(GUADALAJARA)));
		assert!(!jalisco.admits(Residency::Abroad.jurisdiction()));
		assert!(!jalisco.admits(Some(pallet_digital_identity::Jurisdiction {
			state: MexicanState::CiudadDeMexico,
			municipality: 15
		})));
		assert!(TenderScope::Federal.admits(None));
	});
}

#[test]
fn a_state_tender_admits_the_whole_state() {
	ExtBuilder::default().build_and_execute(|| {
		buyer_unit();
		approved_supplier(ACME);
		let id = create_with(TenderScope::State(MexicanState::Jalisco), SCHEDULE);
		run_to_block(2);
		assert_ok!(Tenders::publish_tender(signed(OFFICIAL), id));
		run_to_block(10);
		bid(ACME, id, &ACME_OFFER);
		run_to_block(20);
		assert_ok!(reveal(ACME, id, &ACME_OFFER));
		run_to_block(50);
		assert_ok!(Tenders::cast_vote(signed(ZAPOPAN_CITIZEN), id, 0));
		assert_noop!(
			Tenders::cast_vote(signed(CDMX_CITIZEN), id, 0),
			Error::<Test>::OutsideJurisdiction
		);
	});
}

#[test]
fn cast_vote_fails() {
	ExtBuilder::default().build_and_execute(|| {
		let id = published();
		approved_supplier(GAMMA);
		run_to_block(10);
		bid(ACME, id, &ACME_OFFER);
		bid(GAMMA, id, &BETA_OFFER);
		run_to_block(20);
		assert_ok!(reveal(ACME, id, &ACME_OFFER));
		run_to_block(49);
		assert_noop!(Tenders::cast_vote(signed(CITIZENS[0]), id, 0), Error::<Test>::VoteNotOpen);
		run_to_block(50);
		assert_noop!(Tenders::cast_vote(signed(OUTSIDER), id, 0), Error::<Test>::NotPerson);
		assert_noop!(Tenders::cast_vote(signed(MINOR), id, 0), Error::<Test>::NotAdult);
		// GAMMA's bid was never revealed; there is no bid 2.
		assert_noop!(Tenders::cast_vote(signed(CITIZENS[0]), id, 1), Error::<Test>::UnknownBid);
		assert_noop!(Tenders::cast_vote(signed(CITIZENS[0]), id, 2), Error::<Test>::UnknownBid);
		run_to_block(60);
		assert_noop!(Tenders::cast_vote(signed(CITIZENS[0]), id, 0), Error::<Test>::VoteClosed);
	});
}

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

// draft_contract, sign_contract

#[test]
fn draft_contract_works_and_fails() {
	ExtBuilder::default().build_and_execute(|| {
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
			Error::<Test>::NoDeliverables
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
	ExtBuilder::default().build_and_execute(|| {
		let id = final_award();
		assert_noop!(Tenders::sign_contract(signed(OFFICIAL), id), Error::<Test>::NoContract);
		assert_ok!(Tenders::draft_contract(signed(OFFICIAL), id, DOC, deliverables()));
		assert_noop!(Tenders::sign_contract(signed(ACME), id), Error::<Test>::NotParty);
		assert_noop!(
			Tenders::sign_contract(signed(OTHER_OFFICIAL), id),
			Error::<Test>::EfirmaRequired
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
fn sign_contract_without_efirma_when_not_required_and_not_late() {
	ExtBuilder::default().build_and_execute(|| {
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

// accept_deliverable, reject_deliverable, declare_deliverable_overdue, reputation

#[test]
fn deliverable_calls_fail() {
	ExtBuilder::default().build_and_execute(|| {
		let id = final_award();
		assert_noop!(
			Tenders::accept_deliverable(signed(OFFICIAL), id, 0),
			Error::<Test>::NoContract
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
			Error::<Test>::UnknownDeliverable
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
fn a_rejected_deliverable_fails_the_contract_and_costs_reputation() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active_contract();
		assert_ok!(Tenders::reject_deliverable(signed(OFFICIAL), id, 1, DOC));
		assert!(has_event(Event::DeliverableRejected { tender_id: id, index: 1, reason: DOC }));
		assert!(has_event(Event::ContractFailed { tender_id: id, supplier: BETA }));
		let contract = Tenders::contract(id).unwrap();
		assert_eq!(contract.status, ContractStatus::Failed);
		assert_eq!(contract.deliverables[1].status, DeliverableStatus::Rejected);
		// Evaluators 30 and 31 gave BETA 90; 32 gave it 60.
		assert_eq!(EvaluatorReputation::<Test>::get(30), -1);
		assert_eq!(EvaluatorReputation::<Test>::get(31), -1);
		assert_eq!(EvaluatorReputation::<Test>::get(32), 0);
		assert!(has_event(Event::ReputationChanged {
			evaluator: 30,
			tender_id: id,
			reputation: -1
		}));
		assert_noop!(
			Tenders::accept_deliverable(signed(OFFICIAL), id, 0),
			Error::<Test>::ContractNotActive
		);
	});
}

#[test]
fn an_overdue_deliverable_fails_the_contract() {
	ExtBuilder::default().build_and_execute(|| {
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
			Event::ReputationChanged { evaluator: 31, tender_id: id, reputation: -1 }
		);
		assert_eq!(Tenders::contract(id).unwrap().status, ContractStatus::Failed);
	});
}

#[test]
fn reputation_below_the_minimum_removes_eligibility() {
	ExtBuilder::default().build_and_execute(|| {
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

// The journey

#[test]
fn journey_from_registration_to_a_completed_contract() {
	ExtBuilder::default().build_and_execute(|| {
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
		// No complaint; the award becomes final and the deposits return.
		run_to_block(70);
		assert_ok!(Tenders::finalise_award(signed(ACME), id));
		assert_eq!((held(ACME), held(BETA)), (0, 0));
		// Contract: drafted, signed with e.firma by both parties, delivered and accepted.
		run_to_block(71);
		assert_ok!(Tenders::draft_contract(signed(OFFICIAL), id, DOC, deliverables()));
		assert_ok!(Tenders::sign_contract(signed(BETA), id));
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
		assert_eq!((free(ACME), free(BETA)), (INITIAL_BALANCE, INITIAL_BALANCE));
	});
}
