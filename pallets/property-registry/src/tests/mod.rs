//! Unit tests, one module per topic, and the journeys of the issue.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

mod certificates;
mod folios;
mod invariants;
mod journey;
mod notices;
mod offices;
mod presentation;
mod qualification;

/// The folio every test starts with.
const FOLIO: FolioId = 0;

/// The last event of this pallet.
fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::PropertyRegistry(event) => Some(event),
			_ => None,
		})
		.last()
		.expect("the test expects an event of the pallet")
}

/// Go to block `n`.
fn run_to(n: u64) {
	System::set_block_number(n);
}

/// A purchase from `from` to `to`.
fn purchase(from: &[u64], to: &[u64]) -> PresentedActOf<Test> {
	Act::Transfer { kind: TransferKind::Purchase, from: owners(from), to: owners(to) }
}

/// An encumbrance of `kind` burdening `burdened` in favour of `beneficiary`.
fn encumber(kind: EncumbranceKind, burdened: u64, beneficiary: u64) -> PresentedActOf<Test> {
	Act::Encumber { kind, burdened, beneficiary }
}

/// Present `act` on folio 0 as `presenter`; returns its entry number.
fn present(presenter: u64, act: PresentedActOf<Test>, use_notice: bool) -> EntryNumber {
	let entry = NextEntryNumber::<Test>::get();
	assert_ok!(PropertyRegistry::present_document(
		RuntimeOrigin::signed(presenter),
		FOLIO,
		act,
		doc(7),
		use_notice
	));
	entry
}

/// Inscribe `entry` of folio 0 by [`REGISTRAR`].
fn inscribe(entry: EntryNumber) -> frame_support::dispatch::DispatchResult {
	PropertyRegistry::inscribe_entry(RuntimeOrigin::signed(REGISTRAR), FOLIO, entry)
}

/// The status of `entry` of folio 0.
fn status(entry: EntryNumber) -> EntryStatus<u64> {
	Entries::<Test>::get(FOLIO, entry).expect("the entry exists").status
}

/// The registered owners of folio 0, as the mock's accounts.
fn folio_owners() -> Vec<u64> {
	PropertyRegistry::owners_of(FOLIO)
		.expect("folio 0 exists")
		.iter()
		.map(|key| key.to_low_u64_be())
		.collect()
}
