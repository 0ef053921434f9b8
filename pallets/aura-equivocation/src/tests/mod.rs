//! Unit tests of the Aura equivocation pallet. The state they start from is described in
//! `mock.rs`: validators `1..=4` hold their Aura keys in session [`SESSION`].
//!
//! One file per area: `verification` (what makes two headers an equivocation, each refusal),
//! `report` (the signed call, the key-owner proof, duplicates, origins), `unsigned` (the pool's
//! rules and the unsigned call), `offence` (the offence as `Offences` sees it) and `journey`.
//! The pallet keeps no storage, so there is no `try_state` to check after each test; every
//! refused report is checked to have reported nothing.

mod journey;
mod offence;
mod report;
mod unsigned;
mod verification;

use crate::{mock::*, EquivocationProof, EquivocationProofOf, Error, Event};
use frame_support::{
	assert_noop, assert_ok,
	dispatch::{DispatchResultWithPostInfo, Pays},
};
use sp_runtime::DispatchError::BadOrigin;

/// The slot of the equivocations.
const SLOT: u64 = 7;

/// Two different headers for `slot`, both sealed by validator `offender`.
fn equivocation(offender: u64, slot: u64) -> EquivocationProofOf<Test> {
	EquivocationProof {
		offender: key(offender),
		slot: slot.into(),
		first_header: seal(header(10, slot, 1), &pair(offender)),
		second_header: seal(header(10, slot, 2), &pair(offender)),
	}
}

/// `reporter` reports `proof` with the offender's key-owner proof.
fn report(reporter: u64, proof: EquivocationProofOf<Test>) -> DispatchResultWithPostInfo {
	let key_owner_proof = prove(&proof.offender);
	report_with(reporter, proof, key_owner_proof)
}

/// `reporter` reports `proof` with `key_owner_proof`.
fn report_with(
	reporter: u64,
	proof: EquivocationProofOf<Test>,
	key_owner_proof: MockKeyOwnerProof,
) -> DispatchResultWithPostInfo {
	AuraEquivocation::report_equivocation(
		RuntimeOrigin::signed(reporter),
		Box::new(proof),
		key_owner_proof,
	)
}

/// The events of this pallet.
fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(
			|r| if let RuntimeEvent::AuraEquivocation(e) = r.event { Some(e) } else { None },
		)
		.collect()
}

/// The number of offences `Offences` recorded (its events).
fn offence_events() -> usize {
	System::events()
		.into_iter()
		.filter(|r| matches!(r.event, RuntimeEvent::Offences(_)))
		.count()
}

/// Nothing was reported: no offence handed on, no event.
fn assert_nothing_reported() {
	assert!(HandledOffences::get().is_empty());
	assert!(events().is_empty());
	assert_eq!(offence_events(), 0);
}
