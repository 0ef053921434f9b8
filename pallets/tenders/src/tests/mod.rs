//! Unit tests of the tenders pallet. The state they start from is described in `mock.rs`.
//!
//! Most tests walk tender 0 of buyer unit 0 through [`SCHEDULE`] with the stage helpers below:
//! published at block 2 (the evaluation fee held from [`OFFICIAL`]), [`ACME`] and [`BETA`]
//! approved and bidding at block 10, revealing at block 20, the panel opened at 30 and
//! concluded by the mock with [`SCORES`] at 40, the citizen vote opened at 50 with five votes,
//! the award computed at 60 and final at 70.
//!
//! One file per topic, as the modules under `features/`, each call with its success test (and
//! event), one `assert_noop!` per error it can return, and its wrong-origin test: `registry`
//! (buyer units, suppliers), `tender` (create, publish, amend, cancel), `enquiries`, `bids`,
//! `evaluation` (the panel, its seed and fee), `votes` (the secret ballot), `award`
//! (computation, finalisation), `complaints`, `contract` (contract, deliverables),
//! `reputation` (the outcome the panel records), plus `config` (integrity, formats) and
//! `journey`. Every test runs through [`ExtBuilder::build_and_execute`], which checks the
//! pallet's invariants after it.

mod award;
mod bids;
mod civic;
mod complaints;
mod config;
mod contract;
mod enquiries;
mod evaluation;
mod guarantees;
mod journey;
mod prices;
mod registry;
mod reputation;
mod tender;
mod votes;

use crate::{
	bid_commitment, mock::*, tender_seed, AwardWeights, Awards, BidStanding, Bids, BuyerUnits,
	CitizenBallots, CommentOfPerson, Comments, Complaints, ContractStatus, Contracts, CucopCode,
	DeliverableStatus, DesertReason, Enquiries, Error, EvaluationFees, Event, HoldReason, Partida,
	Resolution, Salt, Schedule, SeedAnchors, SupplierOfOrganisation, SupplierStatus, Suppliers,
	TenderPanels, TenderScope, TenderStatus, Tenders as TendersMap,
};
use bmx_primitives::anonymity::{PanelState, RingScope};
use bmx_primitives::identity::{IdentityHooks, MexicanState, VerifiedOrganisations};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{Inspect, InspectHold, Mutate},
		Hooks,
	},
};
use sp_core::H256;
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
	Balances::balance_on_hold(&RuntimeHoldReason::Tenders(HoldReason::BidGuarantee), &who)
}

fn fee_held(who: u64) -> u64 {
	Balances::balance_on_hold(&RuntimeHoldReason::Tenders(HoldReason::EvaluationFee), &who)
}

fn performance_held(who: u64) -> u64 {
	Balances::balance_on_hold(&RuntimeHoldReason::Tenders(HoldReason::PerformanceGuarantee), &who)
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

/// The panel's scores of (ACME, BETA): ACME averages 60, BETA 80.
const SCORES: [[u8; 2]; 3] = [[60, 90], [70, 90], [50, 60]];

/// [`SCORES`] as the panel service gives them.
fn score_sets() -> Vec<Vec<u8>> {
	SCORES.iter().map(|set| set.to_vec()).collect()
}

fn partida_offers(offer: &TestOffer) -> crate::PartidaOffersOf<Test> {
	offer.partidas.to_vec().try_into().expect("two offers fit MaxPartidas; qed")
}

fn commitment_of(who: u64, tender_id: u32, offer: &TestOffer) -> H256 {
	bid_commitment(tender_id, &who, offer.price, &offer.partidas, &offer.proposal, &offer.salt)
}

fn bid(who: u64, tender_id: u32, offer: &TestOffer) {
	assert_ok!(Tenders::submit_bid(signed(who), tender_id, commitment_of(who, tender_id, offer)));
}

fn reveal(
	who: u64,
	tender_id: u32,
	offer: &TestOffer,
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	Tenders::reveal_bid(
		signed(who),
		tender_id,
		offer.price,
		partida_offers(offer),
		offer.proposal,
		offer.salt,
	)
}

/// Buyer unit 0 and suppliers ACME and BETA at block 1; tender 0 published at block 2.
fn published() -> u32 {
	buyer_unit();
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

/// [`revealed`], then anyone opens the evaluation panel (panel 0) at block 30.
fn evaluating() -> u32 {
	let id = revealed();
	run_to_block(30);
	assert_ok!(Tenders::open_evaluation(signed(OUTSIDER), id));
	id
}

/// [`evaluating`], then the panel concludes with [`SCORES`] at block 40.
fn scored() -> u32 {
	let id = evaluating();
	run_to_block(40);
	MockPanels::conclude(TenderPanels::<Test>::get(id).expect("the panel is open"), score_sets());
	id
}

/// [`scored`], then anyone opens the citizen vote at block 50 and two citizens vote for ACME
/// and three for BETA.
fn voted() -> u32 {
	let id = scored();
	run_to_block(50);
	assert_ok!(Tenders::open_citizen_vote(signed(OUTSIDER), id));
	let ballot = CitizenBallots::<Test>::get(id).expect("the vote is open");
	for option in [0, 0, 1, 1, 1] {
		MockBallots::vote(ballot, option);
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

/// [`awarded`], then ACME complains and the clock reaches block 65.
fn complained() -> u32 {
	let id = awarded();
	assert_ok!(Tenders::file_complaint(signed(ACME), id, DOC));
	run_to_block(65);
	id
}

/// A reevaluation schedule valid at block 65: evaluation until 75, score reveal until 85, vote
/// until 95, complaints until 105, contract deadline 115.
const REEVALUATION: Schedule<u64> = Schedule {
	evaluation_end: 75,
	score_reveal_end: 85,
	vote_end: 95,
	complaints_end: 105,
	contract_deadline: 115,
	..SCHEDULE
};

/// [`published`], then the approved supplier 500, a verified organisation with nothing to pay
/// the bid deposit with, at block 10 (bidding open). Returns the tender and the supplier.
fn poor_supplier() -> (u32, u64) {
	let id = published();
	let poor = 500;
	set_organisation(poor);
	approved_supplier(poor);
	run_to_block(10);
	(id, poor)
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

/// [`final_award`] (BETA wins; ACME, cheaper, is the runner-up), then the contract drafted at
/// block 71 and signed by the official only.
fn drafted_not_signed_by_winner() -> u32 {
	let id = final_award();
	run_to_block(71);
	assert_ok!(Tenders::draft_contract(signed(OFFICIAL), id, DOC, deliverables()));
	assert_ok!(Tenders::sign_contract(signed(OFFICIAL), id));
	id
}

/// One deliverable for ACME's price, due at block 100: the runner-up's contract.
fn runner_up_terms() -> crate::DeliverableTermsOf<Test> {
	vec![(DOC, 100, ACME_OFFER.price)]
		.try_into()
		.expect("one deliverable fits; qed")
}

/// [`drafted_not_signed_by_winner`]; at block 80 the contract passes to ACME, and at 81 the
/// official drafts ACME's ([`runner_up_terms`]), signed by nobody yet.
fn passed_to_the_runner_up() -> u32 {
	let id = drafted_not_signed_by_winner();
	run_to_block(80);
	assert_ok!(Tenders::settle_unsigned_contract(signed(OUTSIDER), id));
	assert_eq!(Tenders::award(id).unwrap().winner, Some(0));
	run_to_block(81);
	assert_ok!(Tenders::draft_contract(signed(OFFICIAL), id, DOC, runner_up_terms()));
	id
}

/// The evaluation fee held from OFFICIAL at publication came back whole, and the record says
/// nothing more is owed.
fn assert_evaluation_fee_returned(id: u32) {
	assert!(has_event(Event::EvaluationFeeReturned {
		tender_id: id,
		payer: OFFICIAL,
		amount: EVALUATION_FEE
	}));
	assert_eq!((fee_held(OFFICIAL), free(OFFICIAL)), (0, INITIAL_BALANCE));
	assert_eq!(EvaluationFees::<Test>::get(id), Some((OFFICIAL, 0)));
}

/// A schedule from its eight boundaries, in order.
fn schedule_from(b: [u64; 8]) -> Schedule<u64> {
	Schedule {
		enquiries_end: b[0],
		bidding_end: b[1],
		reveal_end: b[2],
		evaluation_end: b[3],
		score_reveal_end: b[4],
		vote_end: b[5],
		complaints_end: b[6],
		contract_deadline: b[7],
	}
}
