//! Unit tests of collective capital. The state they start from is described in `mock.rs`.
//!
//! `requests`: requesting, withdrawing and expiring; `decisions`: grants and refusals;
//! `grants`: revocation, stale grants and budgets; `views`: the view functions; `invariants`:
//! what `try_state` catches; `journey`: whole flows. Every test except those of `invariants`
//! runs through [`ExtBuilder::build_and_execute`], which checks the pallet's invariants after
//! it.

mod decisions;
mod grants;
mod invariants;
mod journey;
mod requests;
mod views;

use crate::{mock::*, CapitalRequest, Committed, Error, Event, Grant, Grants, Requests};
use bmx_primitives::{
	mock::{MockAllowances, MockCollectives, MockNodes, MockProjects},
	DocumentHash,
};
use frame_support::{assert_noop, assert_ok};
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchError::BadOrigin};

/// The hash of a purpose document.
const PURPOSE: DocumentHash = H256::repeat_byte(0x11);
/// The hash of written reasons.
const REASON: DocumentHash = H256::repeat_byte(0xee);

/// The events of this pallet so far.
fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(
			|r| {
				if let RuntimeEvent::CollectiveCapital(e) = r.event {
					Some(e)
				} else {
					None
				}
			},
		)
		.collect()
}

/// The last event of this pallet.
fn last_event() -> Event<Test> {
	events().pop().expect("an event of the pallet was emitted")
}

/// `who` requests `per_period`.
fn request(who: u64, per_period: u128) {
	assert_ok!(CollectiveCapital::request_capital(RuntimeOrigin::signed(who), per_period, PURPOSE));
}

/// `leader` grants the request of `who`.
fn grant(leader: u64, who: u64) {
	assert_ok!(CollectiveCapital::grant_capital(RuntimeOrigin::signed(leader), who));
}

/// The treasury of collective 0 (of every collective, with `u64` accounts).
fn treasury() -> u64 {
	CollectiveCapital::treasury(0)
}
