//! Unit tests of the governing councils. The state they start from is described in `mock.rs`.
//!
//! One file per area, each call with its success test (and event), one `assert_noop!` per
//! error it can return, and its wrong-origin test: `executive` (proposals, designation,
//! removal), `advisory` (requests, their expiry and rejection penalty, admission, renewal at
//! the advisor's request, removal), `expiries` (terms that end by themselves, the warnings
//! ahead of mass expiries, the upcoming expiries), `motions` (tabling, votes, the quorum and
//! the decision, the dispatch), `sessions` (the collectives' requests for an extraordinary
//! session), `fallbacks` (the ways out of the former deadlocks, the collectives' majority
//! among them), `terms` (the term limits), `membership` (the registry's [`MembershipHooks`] and [`SeatInspect`]),
//! `reports` (obligations begun and ended through the reports service, and who answers for
//! them), `genesis`, `config` (integrity and invariants) and `journey`. Every test
//! runs through [`ExtBuilder::build_and_execute`], which checks the pallet's invariants and the
//! report obligations after it.
//!
//! Where the registry changed a member (an application, a suspension, an expulsion, a
//! leadership), the tests change [`MockCollectives`] and, for a lost membership, call the hook
//! the registry calls ([`lose_membership`]).

mod advisory;
mod config;
mod executive;
mod expiries;
mod fallbacks;
mod genesis;
mod journey;
mod membership;
mod motions;
mod reports;
mod sessions;
mod terms;

use crate::{
	mock::*, Advisors, Commission, Council, DocumentHash, Error, Event, ExecutiveSeat, HoldReason,
	MotionIndex, MotionKind, SeatExpiries, SeatExpiry,
};
use bmx_primitives::{
	governance::{CollectiveId, MembershipHooks, MembershipLoss},
	mock::MockCollectives,
};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use sp_core::H256;
use sp_runtime::DispatchError::BadOrigin;

/// The hash of a written request.
const DOC: DocumentHash = H256::repeat_byte(0xd0);
/// The hash of written reasons.
const REASON: DocumentHash = H256::repeat_byte(0xee);

const SECRETARY: ExecutiveSeat = ExecutiveSeat::Secretary;
const NODE_SEAT: ExecutiveSeat = ExecutiveSeat::Commissioner(Commission::NodeIntegration, ACADEMIA);
const PROJECTS_SEAT: ExecutiveSeat = ExecutiveSeat::Commissioner(Commission::Projects, ACADEMIA);

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Councils(e) = r.event { Some(e) } else { None })
		.collect()
}

fn last_event() -> Event<Test> {
	events().pop().expect("an event of the pallet was emitted")
}

fn has_event(event: Event<Test>) -> bool {
	events().contains(&event)
}

fn free(who: u64) -> u64 {
	<Balances as frame_support::traits::fungible::Inspect<u64>>::balance(&who)
}

fn advisory() -> RuntimeOrigin {
	RuntimeOrigin::signed(ADVISORY)
}

fn propose(leader: u64, seat: ExecutiveSeat, who: u64) {
	assert_ok!(Councils::propose_executive(RuntimeOrigin::signed(leader), seat, who));
}

/// Academia's leader 10 proposes `who` for `seat` and the Advisory Council designates it.
fn designate(seat: ExecutiveSeat, who: u64) {
	propose(10, seat, who);
	assert_ok!(Councils::designate_executive(advisory(), seat, who));
}

fn advisory_held(who: u64) -> u64 {
	Balances::balance_on_hold(&RuntimeHoldReason::Councils(HoldReason::AdvisoryRequest), &who)
}

fn request_seat(who: u64) {
	assert_ok!(Councils::request_advisory_seat(RuntimeOrigin::signed(who), DOC));
}

fn admit(who: u64) {
	request_seat(who);
	assert_ok!(Councils::admit_advisor(RuntimeOrigin::root(), who));
}

/// The hash of an advisor's statement asking for its renewal.
const STATEMENT: DocumentHash = H256::repeat_byte(0x5e);

/// Advisor `who` tries to ask for the renewal of its term.
fn try_request_renewal(who: u64) -> sp_runtime::DispatchResult {
	Councils::request_advisory_renewal(RuntimeOrigin::signed(who), STATEMENT)
}

/// Advisor `who` asks for the renewal of its term.
#[track_caller]
fn request_renewal(who: u64) {
	assert_ok!(try_request_renewal(who));
}

/// Admit `who` as an advisor now and move to the first block of its term's renewal window.
fn admit_into_the_renewal_window(who: u64) {
	let end = System::block_number() + ADVISORY_TERM;
	admit(who);
	run_to_block(end - WINDOW);
}

/// Advisor `who` asks for the renewal of its term and the Executive Council renews it.
fn renew(who: u64) {
	request_renewal(who);
	assert_ok!(Councils::renew_advisor(RuntimeOrigin::root(), who));
}

fn advisors() -> Vec<u64> {
	Advisors::<Test>::get().into_iter().map(|a| a.who).collect()
}

/// What the registry does when `who` stops being an active member of `collective` for
/// `cause`: the stand-in reflects the loss (a suspended member stays on the roster, inactive;
/// one that left or was expelled is gone), then the hook runs as the registry calls it (with a
/// zero reason for `Left`).
fn lose_membership(who: u64, collective: CollectiveId, cause: MembershipLoss) {
	let reason = match cause {
		MembershipLoss::Suspended => {
			MockCollectives::set_member(collective, who, false);
			MockCollectives::remove_leader(collective, who);
			REASON
		},
		MembershipLoss::Expelled => {
			MockCollectives::remove_member(who);
			REASON
		},
		MembershipLoss::Left => {
			MockCollectives::remove_member(who);
			DocumentHash::zero()
		},
	};
	assert_ok!(<Councils as MembershipHooks<u64>>::on_membership_lost(
		&who, collective, cause, reason
	));
}

/// Fill the seat expiry bucket of block `at`.
fn fill_seat_expiries(at: u64) {
	SeatExpiries::<Test>::mutate(at, |bucket| {
		let mut filler = 500;
		while bucket.try_push(SeatExpiry::Advisor(filler)).is_ok() {
			filler += 1;
		}
	});
}

/// Remove the fillers of [`fill_seat_expiries`], so that the invariants hold again.
fn clear_fillers(at: u64) {
	SeatExpiries::<Test>::mutate_exists(at, |maybe| {
		if let Some(bucket) = maybe {
			bucket.retain(|e| !matches!(e, SeatExpiry::Advisor(w) if *w >= 500));
			if bucket.is_empty() {
				*maybe = None;
			}
		}
	});
}

fn remark() -> Box<RuntimeCall> {
	Box::new(RuntimeCall::System(frame_system::Call::remark { remark: vec![1, 2, 3] }))
}

/// The Secretary of [`seat_full_executive`].
const SEC: u64 = 2;
/// The seven commissioners of [`seat_full_executive`].
const COMMISSIONERS: [u64; 7] = [12, 13, 21, 22, 30, 40, 41];

/// The reseating origin seats `who` in `seat`, without a proposal.
fn reseat(seat: ExecutiveSeat, who: u64) {
	assert_ok!(Councils::reseat_executive(RuntimeOrigin::signed(RESEAT), seat, who));
}

/// Seat the Secretary [`SEC`] and the seven [`COMMISSIONERS`] (Sociedad civil gets the active
/// members 40 and 41), one block apart.
fn seat_full_executive() {
	MockCollectives::add_member(SOCIEDAD_CIVIL, 40);
	MockCollectives::add_member(SOCIEDAD_CIVIL, 41);
	let node = |c| ExecutiveSeat::Commissioner(Commission::NodeIntegration, c);
	let projects = |c| ExecutiveSeat::Commissioner(Commission::Projects, c);
	let seats = [
		(SECRETARY, SEC),
		(NODE_SEAT, 12),
		(PROJECTS_SEAT, 13),
		(node(EMPRESAS), 21),
		(projects(EMPRESAS), 22),
		(node(SECTOR_PUBLICO), 30),
		(node(SOCIEDAD_CIVIL), 40),
		(projects(SOCIEDAD_CIVIL), 41),
	];
	for (seat, who) in seats {
		run_to_block(System::block_number() + 1);
		reseat(seat, who);
	}
}

/// Seat a full Executive Council ([`seat_full_executive`]) and let the Secretary table an
/// ordinary motion of a [`remark`]; returns its index.
fn full_executive_with_a_remark() -> MotionIndex {
	seat_full_executive();
	table(SEC, remark())
}

/// Move [`VOTING_PERIOD`] blocks on: a motion tabled now can no longer be voted on.
fn wait_out_the_voting_period() {
	run_to_block(System::block_number() + VOTING_PERIOD);
}

/// `who` tries to table an ordinary motion of `call` with `length_bound`.
fn try_table(who: u64, call: Box<RuntimeCall>, length_bound: u32) -> sp_runtime::DispatchResult {
	Councils::table_motion(RuntimeOrigin::signed(who), MotionKind::Ordinary, call, length_bound)
}

/// `who` tables an ordinary motion of `call`; returns its index.
fn table(who: u64, call: Box<RuntimeCall>) -> MotionIndex {
	let index = crate::NextMotionIndex::<Test>::get();
	assert_ok!(try_table(who, call, MAX_MOTION_LENGTH));
	index
}

/// Each of `voters` votes `aye` on motion `index`.
fn vote_all(index: MotionIndex, voters: &[u64], aye: bool) {
	for who in voters {
		assert_ok!(Councils::vote(RuntimeOrigin::signed(*who), index, aye));
	}
}

/// Close motion `index` (signed by an outsider).
fn close(index: MotionIndex) {
	assert_ok!(Councils::close(RuntimeOrigin::signed(99), index));
}

/// The outcome of motion `index` in its [`Event::MotionClosed`].
fn outcome(index: MotionIndex) -> Option<(u32, u32, u32, crate::MotionOutcome)> {
	events().into_iter().find_map(|e| match e {
		Event::MotionClosed { index: i, voters, ayes, nays, outcome, .. } if i == index => {
			Some((voters, ayes, nays, outcome))
		},
		_ => None,
	})
}

/// The result of the call of motion `index` in its [`Event::MotionExecuted`].
fn executed(index: MotionIndex) -> Option<sp_runtime::DispatchResult> {
	events().into_iter().find_map(|e| match e {
		Event::MotionExecuted { index: i, result, .. } if i == index => Some(result),
		_ => None,
	})
}

/// The call that admits `who` as an advisor.
fn admission_of(who: u64) -> Box<RuntimeCall> {
	Box::new(RuntimeCall::Councils(crate::Call::admit_advisor { who }))
}

/// Empresas gets the leader 20, who requests an extraordinary session.
fn empresas_requests_a_session() {
	MockCollectives::add_leader(EMPRESAS, 20);
	assert_ok!(Councils::request_extraordinary_session(RuntimeOrigin::signed(20), EMPRESAS, DOC));
}

/// The Executive (Root in the mock) rejects the advisory request of `who` for [`REASON`]; the
/// event says `returned` went back to `who` and `slashed` was kept.
#[track_caller]
fn reject_request(who: u64, returned: u64, slashed: u64) {
	assert_ok!(Councils::reject_advisory_request(RuntimeOrigin::root(), who, REASON));
	assert_eq!(
		last_event(),
		Event::AdvisoryRequestRejected { who, reason: REASON, returned, slashed }
	);
}

/// A remark of `len` bytes.
fn remark_of(len: usize) -> Box<RuntimeCall> {
	Box::new(RuntimeCall::System(frame_system::Call::remark { remark: vec![7; len] }))
}
