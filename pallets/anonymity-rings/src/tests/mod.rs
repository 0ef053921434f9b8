//! Unit tests of the anonymity rings. The state they start from is described in `mock.rs`.
//!
//! `members`: registering, rotating and withdrawing keys; `refresh`: identity changes (the call
//! and the hook); `rings`: onboarding, building, settings, `on_idle` and pruning;
//! `membership`: what other pallets verify; `panels`: the evaluators' roster, the panels' rings
//! and member keys by account; `former`: the former evaluators' rings; `crypto`: the static data and the crypto wrapper;
//! `invariants`: what `try_state` catches; `journey`: a whole flow with real proofs. Every test
//! except those of `invariants` runs through [`ExtBuilder::build_and_execute`], which checks
//! the pallet's invariants after it.

mod crypto;
mod former;
mod invariants;
mod journey;
mod members;
mod membership;
mod panels;
mod refresh;
mod rings;

use crate::{
	mock::*, Error, Event, KeyOwners, LastKeyChange, Members, Placements, Queues, ReadyScopes,
	RemovalCause, RingCount, RingInfo, RingKeys, Rings as RingsStorage, Roots, ScopeKind,
	ScopeSettings,
};
use bmx_primitives::{
	anonymity::{AnonymousMembership, MemberKey, MembershipError, RingRef, RingScope},
	identity::{IdentityHooks, MexicanState, Residency},
};
use frame_support::{assert_noop, assert_ok, traits::Hooks, weights::Weight};
use sp_runtime::DispatchError::BadOrigin;

/// Guadalajara's municipal scope.
const MUNI: RingScope = RingScope::Municipality(GDL);
/// Jalisco's scope.
const JALISCO: RingScope = RingScope::State(MexicanState::Jalisco);
/// The national scope.
const NATIONAL: RingScope = RingScope::National;
/// Monterrey's municipal scope.
const MTY: RingScope = RingScope::Municipality(MONTERREY);
/// Nuevo León's scope.
const NUEVO_LEON: RingScope = RingScope::State(MexicanState::NuevoLeon);

/// The last event of the pallet.
fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|r| match r.event {
			RuntimeEvent::Rings(e) => Some(e),
			_ => None,
		})
		.expect("an event of the pallet")
}

/// Whether the pallet deposited `event`.
fn deposited(event: Event<Test>) -> bool {
	System::events().iter().any(|r| r.event == RuntimeEvent::Rings(event.clone()))
}

/// Register the first key of `who`.
fn register(who: u64) {
	assert_ok!(Rings::register_member_key(
		RuntimeOrigin::signed(who),
		member_key(who, 0),
		possession(who, 0)
	));
}

/// Onboard and build `scope` by the calls until they find nothing left to do.
fn settle(scope: RingScope) {
	while Rings::onboard(RuntimeOrigin::signed(OUTSIDER), scope).is_ok() {}
	for index in 0..RingCount::<Test>::get(scope) {
		while Rings::build_ring(RuntimeOrigin::signed(OUTSIDER), scope, index).is_ok() {}
	}
}

/// Register `who`s and publish their rings in every scope they belong to.
fn register_and_publish(who: &[u64]) {
	for w in who {
		register(*w);
	}
	for scope in [MUNI, JALISCO, NATIONAL] {
		settle(scope);
	}
}

/// The ring reference of revision `revision` of ring `index` of `scope`.
fn ring(scope: RingScope, index: u32, revision: u32) -> RingRef {
	RingRef { scope, index, revision }
}

/// Make accounts `first..first + n` verified adults in `residency`.
fn verify_many(first: u64, n: u64, residency: Residency) {
	for who in first..first.saturating_add(n) {
		MockPersons::verify(who, who, residency, true);
	}
}

/// Plenty of weight for `on_idle`.
fn lots() -> Weight {
	Weight::from_parts(u64::MAX / 4, u64::MAX / 4)
}
