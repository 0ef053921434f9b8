//! Unit tests of the anonymous panels. The state they start from is described in `mock.rs`.
//!
//! `roster`: enrolment, leaving, refreshing; `panels`: opening a panel and its candidates;
//! `sortition`: tickets by rank through the general-transaction pipeline; `reveals`: reveals
//! and their refusals; `conclusion`: slashes, pay, re-runs, failures, cancellation and the
//! outcome's reputation; `pseudonyms`: settlements and top-ups; `journey`: a panel from
//! opening to settled pay, with no evaluator account in any event. Every test runs through
//! [`ExtBuilder::build_and_execute`], which checks the pallet's invariants after it.
//!
//! Proofs are real and cost a second or two each in a debug build: tests about a cheap check
//! send a dummy proof (the check refuses before the proof is read).

mod conclusion;
mod journey;
mod panels;
mod pseudonyms;
mod reveals;
mod roster;
mod sortition;

use crate::{
	mock::*, Commitment, Error, Event, PanelRefusal, Panels, ProofOf, Pseudonyms, Salt, ScoresOf,
	Selections,
};
use bmx_primitives::anonymity::{
	pseudonym_context, score_commitment, settlement_message, ticket_context, ticket_message, Alias,
	EvaluationPanels, PanelId, PanelRequest, PanelState, RingRef,
};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	dispatch::{GetDispatchInfo, PostDispatchInfo},
	pallet_prelude::{TransactionSource, TransactionValidity, TransactionValidityError},
};
use sp_runtime::{
	traits::{Applyable, Checkable},
	ApplyExtrinsicResultWithInfo,
};

/// The panel's tickets are taken until this block.
const TICKETS_END: u64 = 10;
/// The panel's reveals are taken until this block.
const REVEALS_END: u64 = 20;
/// The evaluation fee of the test panels.
const FEE: u128 = 900;
/// The options each evaluator scores.
const OPTIONS: u32 = 3;

/// The genesis hash the pallet's contexts carry.
fn genesis() -> [u8; 32] {
	let hash = System::block_hash(0);
	let mut genesis = [0u8; 32];
	genesis.copy_from_slice(hash.as_ref());
	genesis
}

/// The request of a test panel for subject 7, with `seed`.
fn request(seed: u8) -> PanelRequest<u64, u128, u64> {
	PanelRequest {
		subject: 7,
		payer: BUYER,
		fee: FEE,
		options: OPTIONS,
		seed: [seed; 32],
		enrolled_before: 2,
		tickets_end: TICKETS_END,
		reveals_end: REVEALS_END,
	}
}

/// Opens a test panel excluding nobody, builds its ring, and returns its number.
fn open_panel(seed: u8) -> PanelId {
	let panel =
		<AnonymousPanels as EvaluationPanels<_, _, _>>::open_panel(request(seed), &|_| false)
			.expect("the panel opens");
	MockRings::build();
	panel
}

/// The ring of `panel`.
fn panel_ring(panel: PanelId) -> RingRef {
	RingRef { scope: bmx_primitives::anonymity::RingScope::Panel(panel), index: 0, revision: 1 }
}

/// The round of `panel` now.
fn round_of(panel: PanelId) -> u8 {
	match Panels::<Test>::get(panel).expect("the panel exists").state {
		PanelState::Sortition { round, .. } => round,
		_ => panic!("the panel is drawing"),
	}
}

/// Evaluator `i`'s ticket in `panel`'s current round, computed locally.
fn ticket_of(i: u8, panel: PanelId) -> Alias {
	alias_of(i, &AnonymousPanels::ticket_context(panel).expect("the panel is drawing"))
}

/// Evaluator `i`'s pseudonym, computed locally.
fn pseudonym_of(i: u8) -> Alias {
	alias_of(i, &pseudonym_context(&genesis()))
}

/// Evaluator `i`'s salt in `panel`.
fn salt_of(i: u8, panel: PanelId) -> Salt {
	[i.wrapping_add(panel as u8).wrapping_mul(7); 32]
}

/// Evaluator `i`'s scores: `base + i` for each option.
fn scores_of(i: u8, base: u8) -> Vec<u8> {
	(0..OPTIONS as u8).map(|o| base.saturating_add(i).saturating_add(o)).collect()
}

/// The commitment of evaluator `i` to `scores` in `panel`'s current round.
fn commitment_of(i: u8, panel: PanelId, scores: &[u8]) -> Commitment {
	score_commitment(panel, round_of(panel), &ticket_of(i, panel), scores, &salt_of(i, panel))
}

/// Evaluator `i`'s ticket call in `panel`'s current round committing to `scores`, proved
/// against the members of `ring` (the panel's ring, or another for the refusals).
fn ticket_call_against(i: u8, panel: PanelId, ring: RingRef, scores: &[u8]) -> RuntimeCall {
	let round = round_of(panel);
	let seed = Panels::<Test>::get(panel).expect("the panel exists").seed;
	let commitment = commitment_of(i, panel, scores);
	let members = MockRings::members(&ring).expect("the ring is published");
	let contexts = [ticket_context(&genesis(), panel, round, &seed), pseudonym_context(&genesis())];
	let (proof, aliases) = prove(
		i,
		&members,
		&[&contexts[0][..], &contexts[1][..]],
		&ticket_message(panel, round, &ring, &commitment),
	);
	let [ticket, pseudonym] = aliases[..] else { panic!("two aliases") };
	ticket_call(panel, ring, ticket, pseudonym, commitment, proof)
}

/// The ticket call with these values.
fn ticket_call(
	panel: PanelId,
	ring: RingRef,
	ticket: Alias,
	pseudonym: Alias,
	commitment: Commitment,
	proof: Vec<u8>,
) -> RuntimeCall {
	RuntimeCall::AnonymousPanels(crate::Call::submit_ticket {
		panel,
		ring,
		ticket,
		pseudonym,
		commitment,
		proof: ProofOf::<Test>::truncate_from(proof),
	})
}

/// Evaluator `i` submits a ticket in `panel` committing to `scores`; the pool and block accept.
fn submit(i: u8, panel: PanelId, scores: &[u8]) {
	assert_applied(ticket_call_against(i, panel, panel_ring(panel), scores));
}

/// The reveal call of evaluator `i` in `panel` with `scores`.
fn reveal_call(i: u8, panel: PanelId, scores: &[u8]) -> RuntimeCall {
	RuntimeCall::AnonymousPanels(crate::Call::reveal_scores {
		panel,
		ticket: ticket_of(i, panel),
		scores: ScoresOf::<Test>::truncate_from(scores.to_vec()),
		salt: salt_of(i, panel),
	})
}

/// Evaluator `i`'s settlement call for its pseudonym to `to`, proved against the roster ring
/// in force now.
fn settle_call(i: u8, to: u64, close: bool) -> RuntimeCall {
	let ring = MockRings::roster_ring();
	let members = MockRings::members(&ring).expect("the roster is published");
	let pseudonym = pseudonym_of(i);
	let nonce = Pseudonyms::<Test>::get(pseudonym).map(|r| r.settlements).unwrap_or(0);
	let (proof, _) = prove(
		i,
		&members,
		&[&pseudonym_context(&genesis())[..]],
		&settlement_message(&pseudonym, &to.encode(), nonce, close),
	);
	RuntimeCall::AnonymousPanels(crate::Call::settle_pseudonym {
		ring,
		at: System::block_number(),
		pseudonym,
		to,
		close,
		proof: ProofOf::<Test>::truncate_from(proof),
	})
}

/// A proof that no check reads: the tests of cheap checks send it.
fn dummy_proof() -> Vec<u8> {
	vec![0u8; crate::MIN_TICKET_PROOF_LEN as usize]
}

/// `call` as a v5 general transaction with the runtime's extensions (no signer, no fee).
fn general(call: RuntimeCall) -> UncheckedExtrinsic {
	UncheckedExtrinsic::new_transaction(call, (frame_system::AuthorizeCall::<Test>::new(),))
}

/// What the pool answers to `call` sent as a general transaction.
fn validate(call: RuntimeCall) -> TransactionValidity {
	let tx = general(call);
	let info = tx.get_dispatch_info();
	let len = tx.encoded_size();
	let checked = Checkable::check(tx, &frame_system::ChainContext::<Test>::default())
		.expect("a general transaction has no signature to check");
	checked.validate::<Test>(TransactionSource::External, &info, len)
}

/// Apply `call` as a general transaction in the current block, as block building does.
fn apply(call: RuntimeCall) -> ApplyExtrinsicResultWithInfo<PostDispatchInfo> {
	let tx = general(call);
	let info = tx.get_dispatch_info();
	let len = tx.encoded_size();
	let checked = Checkable::check(tx, &frame_system::ChainContext::<Test>::default())
		.expect("a general transaction has no signature to check");
	checked.apply::<Test>(&info, len)
}

/// The pool and the block both refuse `call` with `refusal`'s code.
#[track_caller]
fn assert_refused(call: RuntimeCall, refusal: PanelRefusal) {
	let expected: TransactionValidityError = refusal.into();
	assert_eq!(validate(call.clone()), Err(expected), "the pool refuses with {refusal:?}");
	assert_eq!(apply(call).map(|_| ()), Err(expected), "the block refuses with {refusal:?}");
}

/// The pool accepts `call` and the block applies it successfully.
#[track_caller]
fn assert_applied(call: RuntimeCall) {
	assert!(validate(call.clone()).is_ok(), "the pool accepts the call");
	assert_ok!(apply(call).expect("the call is authorized"));
}

/// The events of this pallet so far.
fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::AnonymousPanels(e) = r.event { Some(e) } else { None })
		.collect()
}

/// The last event of this pallet.
fn last_event() -> Event<Test> {
	events().pop().expect("an event of the pallet was emitted")
}

/// The tickets of the selected evaluators of `panel`, lowest first.
fn selected(panel: PanelId) -> Vec<Alias> {
	Selections::<Test>::get(panel).iter().map(|s| s.ticket).collect()
}

/// The enrolled evaluators of `panel`, ordered by their ticket in its current round.
fn by_rank(panel: PanelId) -> Vec<u8> {
	let mut ranked: Vec<u8> = (1..=ENROLLED).collect();
	ranked.sort_by_key(|i| ticket_of(*i, panel));
	ranked
}

/// Opens a panel with `seed` and has its three lowest candidates submit tickets committing
/// to `scores_of(i, base)`; returns the panel and the selected evaluators, lowest first.
fn selected_panel(seed: u8, base: u8) -> (PanelId, Vec<u8>) {
	let panel = open_panel(seed);
	let chosen: Vec<u8> = by_rank(panel).into_iter().take(PANEL_SIZE as usize).collect();
	for i in &chosen {
		submit(*i, panel, &scores_of(*i, base));
	}
	(panel, chosen)
}

/// Moves to block `n`.
fn run_to(n: u64) {
	System::set_block_number(n);
}

/// The free balance of `who`.
fn balance(who: u64) -> u128 {
	Balances::free_balance(who)
}
