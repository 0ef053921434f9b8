//! Unit tests of the procurement catalogue. The state they start from is described in
//! `mock.rs`.
//!
//! One file per area: `codes` (the four calls, each error and origin), `genesis`, `search`
//! (the views), `invariants` (integrity_test and try_state) and `journey`. Every test that does
//! not break the state on purpose runs through [`ExtBuilder::build_and_execute`], which checks
//! the pallet's invariants after it.

mod codes;
mod genesis;
mod invariants;
mod journey;
mod search;

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::{DispatchError::BadOrigin, DispatchResult};

/// Papel bond tamaño carta, in the default genesis.
const PAPER: CucopCode = CucopCode(21101001);
/// A well-formed code that is not in the default genesis.
const NEW: CucopCode = CucopCode(33901001);

/// The keeper's origin.
fn keeper() -> RuntimeOrigin {
	RuntimeOrigin::signed(KEEPER)
}

/// A name from text.
fn name(text: &str) -> NameOf<Test> {
	bytes(text.as_bytes())
}

/// A name from any bytes (within [`LONGEST_NAME`]).
fn bytes(raw: &[u8]) -> NameOf<Test> {
	raw.to_vec().try_into().expect("tests give names within MaxNameLength; qed")
}

fn add(code: CucopCode, text: &str) -> DispatchResult {
	Catalogue::add_code(keeper(), code, name(text))
}

fn rename(code: CucopCode, text: &str) -> DispatchResult {
	Catalogue::rename_code(keeper(), code, name(text))
}

fn retire(code: CucopCode) -> DispatchResult {
	Catalogue::retire_code(keeper(), code)
}

fn restore(code: CucopCode) -> DispatchResult {
	Catalogue::restore_code(keeper(), code)
}

fn is_active(code: CucopCode) -> bool {
	<Catalogue as ProcurementCatalogue>::is_active(code)
}

/// The last event of this pallet.
fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Catalogue(event) => Some(event),
			_ => None,
		})
		.last()
		.expect("the test expects an event of the pallet")
}

/// The entry of `code`, which must be in the catalogue.
fn entry(code: CucopCode) -> CatalogueEntryOf<Test> {
	Codes::<Test>::get(code).expect("the code is in the catalogue")
}

/// The codes `search` returns, in its order.
fn found(query: &str, limit: u32) -> Vec<u32> {
	Catalogue::search(query.as_bytes().to_vec(), limit)
		.into_iter()
		.map(|(code, _)| code.0)
		.collect()
}
