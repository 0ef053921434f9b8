//! Unit tests of the secret ballots. The state they start from is described in `mock.rs`.
//!
//! `opening`: opening ballots; `voting`: secret votes through the general-transaction pipeline
//! (authorization in the pool and in the block, then dispatch); `closing`: closing, funding a
//! budget and cancelling; `plain`: the plain ballots other pallets open (`PlainBallots`);
//! `journey`: a participatory budget from opening to funding;
//! `invariants`: what `try_state` catches. Every test except those of `invariants` runs through
//! [`ExtBuilder::build_and_execute`], which checks the pallet's invariants after it.
//!
//! Proofs are real and cost a second or two each in a debug build: tests about a cheap check
//! send a dummy proof (the check refuses before the proof is read) or reuse [`first_vote`],
//! which the mock makes once per test process.

mod closing;
mod invariants;
mod journey;
mod opening;
mod plain;
mod voting;

use crate::{
	mock::*, BallotKind, BallotOption, BallotStatus, Ballots, ChoicesOf, Error, Event, OptionsOf,
	ProofOf, VoteRefusal,
};
use bmx_primitives::{
	anonymity::{Alias, RingRef, RingScope},
	identity::MexicanState,
};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	dispatch::{GetDispatchInfo, PostDispatchInfo},
	pallet_prelude::{TransactionSource, TransactionValidity, TransactionValidityError},
};
use sp_core::H256;
use sp_runtime::{
	traits::{Applyable, Checkable},
	ApplyExtrinsicResultWithInfo,
};

/// Votes are taken from this block.
const STARTS: u64 = 2;
/// Votes are no longer taken from this block.
const ENDS: u64 = 20;

/// The label of option `i`.
fn label(i: u8) -> H256 {
	H256::repeat_byte(0xa0 + i)
}

/// `n` answers of a question.
fn answers(n: u8) -> OptionsOf<Test> {
	let options: Vec<BallotOption> = (0..n)
		.map(|i| BallotOption { label: label(i), amount_centavos: None })
		.collect();
	OptionsOf::<Test>::truncate_from(options)
}

/// Projects of a budget, with these costs in centavos.
fn projects(costs: &[u128]) -> OptionsOf<Test> {
	let options: Vec<BallotOption> = costs
		.iter()
		.zip(0u8..)
		.map(|(cost, i)| BallotOption { label: label(i), amount_centavos: Some(*cost) })
		.collect();
	OptionsOf::<Test>::truncate_from(options)
}

/// Guadalajara's office opens a question with three answers, up to two choices a vote, voting
/// from [`STARTS`] to [`ENDS`]; returns its number.
fn open_question() -> u32 {
	let ballot_id = crate::NextBallotId::<Test>::get();
	assert_ok!(SecretBallots::open_ballot(
		RuntimeOrigin::signed(GDL_OFFICE),
		RingScope::Municipality(GDL),
		BallotKind::Plain,
		answers(3),
		2,
		STARTS,
		ENDS
	));
	ballot_id
}

/// The choices as the call takes them.
fn choices(choices: &[u32]) -> ChoicesOf<Test> {
	ChoicesOf::<Test>::truncate_from(choices.to_vec())
}

/// The call of a secret vote.
fn vote_call(
	ballot_id: u32,
	ring: RingRef,
	alias: Alias,
	chosen: &[u32],
	proof: Vec<u8>,
) -> RuntimeCall {
	RuntimeCall::SecretBallots(crate::Call::cast_secret_vote {
		ballot_id,
		ring,
		alias,
		choices: choices(chosen),
		proof: ProofOf::<Test>::truncate_from(proof),
	})
}

/// A proof that no check reads: the tests of cheap checks send it.
fn dummy_proof() -> Vec<u8> {
	vec![0u8; crate::MIN_PROOF_LEN as usize]
}

/// Citizen 1's vote for answer 0 in ballot 0, proved against [`GDL_RING`]: the proof and
/// alias that tests reuse.
fn first_vote() -> (Vec<u8>, Alias) {
	vote_proof(1, &GDL_RING, 0, &[0])
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
fn assert_refused(call: RuntimeCall, refusal: VoteRefusal) {
	let expected: TransactionValidityError = refusal.into();
	assert_eq!(validate(call.clone()), Err(expected), "the pool refuses with {refusal:?}");
	assert_eq!(apply(call).map(|_| ()), Err(expected), "the block refuses with {refusal:?}");
}

/// The pool accepts `call` and the block applies it successfully.
#[track_caller]
fn assert_cast(call: RuntimeCall) {
	assert!(validate(call.clone()).is_ok(), "the pool accepts the vote");
	assert_ok!(apply(call).expect("the vote is authorized"));
}

/// Citizen `i` proves and casts a vote for `chosen` in `ballot_id` against `ring`.
fn cast(i: u8, ring: RingRef, ballot_id: u32, chosen: &[u32]) -> Alias {
	let (proof, alias) = vote_proof(i, &ring, ballot_id, chosen);
	assert_cast(vote_call(ballot_id, ring, alias, chosen, proof));
	alias
}

/// The events of this pallet so far.
fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::SecretBallots(e) = r.event { Some(e) } else { None })
		.collect()
}

/// The last event of this pallet.
fn last_event() -> Event<Test> {
	events().pop().expect("an event of the pallet was emitted")
}

/// The stored ballot `ballot_id`.
fn ballot(ballot_id: u32) -> crate::BallotOf<Test> {
	Ballots::<Test>::get(ballot_id).expect("the ballot exists")
}
