//! Unit tests of the collective registry. The genesis they start from is described in
//! `mock.rs`.
//!
//! One file per area, each call with its success test (and event), one `assert_noop!` per
//! error it can return, and its wrong-origin test: `genesis` (genesis and configuration),
//! `collectives` (requests and their deposits), `code_of_ethics`, `members` (applications,
//! admission, rejection, suspension, reinstatement, leaving, expulsion), `register` (leaders from the
//! members' elections, the emergency origin, resignation), `hooks` (what the
//! registry asks of the membership hooks and the report obligations), `leaders` (appointment,
//! renewal, removal, terms and the minimum), `term_limits` (leader terms counted for life),
//! `inspect` (the traits, origins and filters other pallets use), `dissolution` (collectives
//! without nodes: flag, unflag, dissolve), `expiry` (requests and applications that outlive
//! their lifetime), `try_state` (the invariants) and `journey`. Every test runs through
//! [`ExtBuilder::build_and_execute`], which checks the pallet's invariants and the leaders'
//! report obligations after it.

mod code_of_ethics;
mod collectives;
mod dissolution;
mod expiry;
mod genesis;
mod hooks;
mod inspect;
mod journey;
mod leaders;
mod members;
mod register;
mod term_limits;
mod try_state;

use crate::{
	mock::*, ActiveMembers, ApplicationDeposits, CodeOfEthics, CollectiveKind, CollectiveMembers,
	CollectiveNames, CollectiveRequests, CollectiveState, Collectives, CurrentLeaders,
	DocumentHash, EnsureActiveMember, EnsureLeader, Error, Event, HoldReason, LeaderExpiries,
	LeaderTermsServed, Leaders, LeadersOf, LeadershipEnd, MemberStatus, Members, NextCollectiveId,
	NextRequestId, RequestId,
};
use bmx_primitives::{
	governance::{CollectiveInspect, MembershipLoss, ReportSubject},
	mock::{HookCall, MockMembershipHooks, ReportCall},
};
use frame_support::{
	assert_noop, assert_ok, parameter_types,
	traits::{
		fungible::{Inspect, InspectHold},
		Contains, EnsureOrigin, EnsureOriginWithArg, Hooks, SortedMembers,
	},
};
use frame_system::EnsureSignedBy;
use sp_core::H256;
use sp_runtime::{
	DispatchError::{self, BadOrigin},
	TokenError,
};

/// The hash of a written request.
const DOC: DocumentHash = H256::repeat_byte(0xd0);
/// The hash of written reasons.
const REASON: DocumentHash = H256::repeat_byte(0xee);

/// A registry with no code of ethics in force, and so with no genesis members or leaders (who
/// would have to have accepted one).
fn without_code_of_ethics() -> ExtBuilder {
	ExtBuilder::default().code_of_ethics(None).members(vec![]).leaders(vec![])
}

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(
			|r| if let RuntimeEvent::CollectiveRegistry(e) = r.event { Some(e) } else { None },
		)
		.collect()
}

fn last_event() -> Event<Test> {
	events().pop().expect("an event of the pallet was emitted")
}

fn has_event(event: Event<Test>) -> bool {
	events().contains(&event)
}

fn held(who: u64) -> u64 {
	Balances::balance_on_hold(
		&RuntimeHoldReason::CollectiveRegistry(HoldReason::CollectiveRequest),
		&who,
	)
}

fn application_held(who: u64) -> u64 {
	Balances::balance_on_hold(
		&RuntimeHoldReason::CollectiveRegistry(HoldReason::MembershipApplication),
		&who,
	)
}

fn free(who: u64) -> u64 {
	Balances::balance(&who)
}

fn request(who: u64, collective_name: &[u8]) -> RequestId {
	let id = NextRequestId::<Test>::get();
	assert_ok!(CollectiveRegistry::request_collective(
		RuntimeOrigin::signed(who),
		name(collective_name),
		CollectiveKind::CivilSociety,
		DOC,
		name(b"Promotora"),
		CODE_V1,
		1
	));
	id
}

/// Ask, from `origin`, for a collective of kind `Other` named `collective_name`, promoted by
/// "Promotora" under the code of ethics in force and committed to one node.
fn try_request(origin: RuntimeOrigin, collective_name: &[u8]) -> sp_runtime::DispatchResult {
	CollectiveRegistry::request_collective(
		origin,
		name(collective_name),
		CollectiveKind::Other,
		DOC,
		name(b"Promotora"),
		CODE_V1,
		1,
	)
}

/// Reject collective request `id` for the written [`REASON`], as the mock's Executive (Root).
#[track_caller]
fn reject(id: RequestId) {
	assert_ok!(CollectiveRegistry::reject_collective_request(RuntimeOrigin::root(), id, REASON));
}

/// `who` applies to join `collective` for `institution`, accepting the code of ethics `code`.
fn try_apply(
	who: u64,
	collective: u32,
	institution: &[u8],
	code: DocumentHash,
) -> sp_runtime::DispatchResult {
	CollectiveRegistry::apply_for_membership(
		RuntimeOrigin::signed(who),
		collective,
		name(institution),
		code,
	)
}

/// `who` applies to join `collective` for `institution`, accepting the code of ethics in force.
#[track_caller]
fn apply(who: u64, collective: u32, institution: &[u8]) {
	assert_ok!(try_apply(who, collective, institution, CODE_V1));
}

/// Check that the application deposit of `who` came back: nothing held or recorded, its whole
/// balance free.
#[track_caller]
fn assert_application_deposit_returned(who: u64) {
	assert_eq!(application_held(who), 0);
	assert!(!ApplicationDeposits::<Test>::contains_key(who));
	assert_eq!(free(who), INITIAL_BALANCE);
}

/// Appoint `who` leader of `collective` now and check the event: its term ends at `expires_at`
/// and is its `terms_served`-th for life.
#[track_caller]
fn appoint(collective: u32, who: u64, expires_at: u64, terms_served: u32) {
	assert_ok!(CollectiveRegistry::appoint_leader(leadership(), collective, who));
	assert_eq!(last_event(), Event::LeaderAppointed { collective, who, expires_at, terms_served });
}

/// Renew the term of `who` as leader of `collective` now and check the event: it ends at
/// `expires_at`, after `renewals` renewals, and is its `terms_served`-th for life.
#[track_caller]
fn renew(collective: u32, who: u64, expires_at: u64, renewals: u32, terms_served: u32) {
	assert_ok!(CollectiveRegistry::renew_leader(leadership(), collective, who));
	assert_eq!(
		last_event(),
		Event::LeaderRenewed { collective, who, expires_at, renewals, terms_served }
	);
}

/// Appoint 13 (Academia) and 20, 21 and 22 (Empresas) now: four terms, as many as
/// `MaxExpiriesPerBlock`, ending at the same block.
fn fill_an_expiry_bucket() {
	assert_ok!(CollectiveRegistry::appoint_leader(leadership(), ACADEMIA, 13));
	for who in [20, 21, 22] {
		assert_ok!(CollectiveRegistry::appoint_leader(leadership(), EMPRESAS, who));
	}
}

/// The emergency leadership origin of the mock ([`crate::Config::LeadershipOrigin`]).
fn leadership() -> RuntimeOrigin {
	RuntimeOrigin::signed(LEADERSHIP_DECIDER)
}

fn status(who: u64) -> Option<MemberStatus<u64>> {
	Members::<Test>::get(who).map(|m| m.status)
}

fn leaders(collective: u32) -> Vec<u64> {
	CollectiveRegistry::leaders(collective)
}

fn expiries(at: u64) -> Vec<(u32, u64)> {
	LeaderExpiries::<Test>::get(at).into_inner()
}

fn member_count(collective: u32) -> u32 {
	Collectives::<Test>::get(collective).map(|c| c.member_count).unwrap_or_default()
}
