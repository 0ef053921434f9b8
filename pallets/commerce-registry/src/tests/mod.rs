//! Unit tests, one module per topic, and the journey of the issue.

use crate::{mock::*, *};
use bmx_primitives::registries::PowerScope::{self, *};
use frame_support::{assert_noop, assert_ok};
use sp_core::H256;
use sp_runtime::DispatchError;

mod administrators;
mod folios;
mod invariants;
mod journey;
mod powers;
mod views;

/// The organisation key of [`ACME`]: the folio most tests use.
fn acme() -> OrganisationKey {
	org_key(ACME)
}

/// The registrar's origin.
fn registrar() -> RuntimeOrigin {
	RuntimeOrigin::signed(REGISTRAR)
}

/// The last event of this pallet.
fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::CommerceRegistry(event) => Some(event),
			_ => None,
		})
		.last()
		.expect("the test expects an event of the pallet")
}

/// Go to block `n`.
fn run_to(n: u64) {
	System::set_block_number(n);
}

/// Inscribe [`ACME`]'s incorporation.
fn incorporate() {
	assert_ok!(CommerceRegistry::inscribe_incorporation(registrar(), ACME, NOTARY, doc(1)));
}

/// Inscribe a power of [`ACME`] to `attorney`; returns its act number.
fn grant(attorney: u64, list: &[PowerScope], expires_at: Option<u64>) -> ActNumber {
	let act = Folios::<Test>::get(acme()).expect("ACME is incorporated").next_act;
	assert_ok!(CommerceRegistry::grant_power(
		registrar(),
		acme(),
		attorney,
		scopes(list),
		expires_at,
		NOTARY,
		doc(4)
	));
	act
}

/// Inscribe the appointment of `who` as an administrator of [`ACME`]; returns its act number.
fn appoint(who: u64, role: AdministratorRole, list: &[PowerScope]) -> ActNumber {
	let act = Folios::<Test>::get(acme()).expect("ACME is incorporated").next_act;
	assert_ok!(CommerceRegistry::appoint_administrator(
		registrar(),
		acme(),
		who,
		role,
		scopes(list),
		NOTARY,
		doc(3)
	));
	act
}

/// Inscribe amendments of [`ACME`] until it holds [`MAX_ACTS`] acts.
fn fill_acts() {
	while Folios::<Test>::get(acme()).expect("ACME is incorporated").next_act < MAX_ACTS {
		assert_ok!(CommerceRegistry::inscribe_amendment(registrar(), acme(), NOTARY, doc(2)));
	}
}

/// The folio of [`ACME`].
fn folio() -> FolioOf<Test> {
	Folios::<Test>::get(acme()).expect("ACME is incorporated")
}
