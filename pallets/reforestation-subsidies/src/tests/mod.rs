//! Unit tests of reforestation subsidies. The state they start from is described in `mock.rs`.
//!
//! `programs`, `properties`, `applications` (with the duplicate rules), `grants` (payments,
//! verifications, cancellation, reduction, recovery), `views`, `invariants` (what `try_state`
//! catches) and `journey` (whole flows). Every test except those of `invariants` runs through
//! [`ExtBuilder::build_and_execute`], which checks the invariants after it.

mod applications;
mod grants;
mod invariants;
mod journey;
mod programs;
mod properties;
mod views;

use crate::{mock::*, *};
use bmx_primitives::identity::{Jurisdiction, MexicanState};
use frame_support::{assert_noop, assert_ok, BoundedVec};
use sp_core::H256;
use sp_runtime::{DispatchError::BadOrigin, Percent};

/// The hash of written reasons.
const REASON: DocumentHash = H256::repeat_byte(0xee);
/// The hash of a payment reference.
const SPEI: DocumentHash = H256::repeat_byte(0x5e);
/// The hash of verification evidence.
const EVIDENCE: DocumentHash = H256::repeat_byte(0xe1);
/// What a hectare of reforestation is paid in the default program (100 pesos).
const PER_HECTARE: Centavos = 10_000;
/// The reforestation budget of the default program.
const BUDGET: Centavos = 1_000_000;
/// The cap per beneficiary of the default program.
const CAP: Centavos = 500_000;
/// Ten hectares.
const TEN_HA: CentiHectares = 1_000;

/// An eligible municipality: Jalisco, 1.
fn eligible() -> Jurisdiction {
	Jurisdiction { state: MexicanState::Jalisco, municipality: 1 }
}

/// The events of this pallet so far.
fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Subsidies(e) = r.event { Some(e) } else { None })
		.collect()
}

/// The last event of this pallet.
fn last_event() -> Event<Test> {
	events().pop().expect("an event of the pallet was emitted")
}

/// The default terms: reforestation only, 2027-2028, tranches 60% and 40%, survival at least
/// 70% and area at least 80%.
fn open_program_of(admin: u64, first_year: u16, last_year: u16) -> ProgramId {
	let id = NextProgramId::<Test>::get();
	assert_ok!(Subsidies::open_program(
		RuntimeOrigin::signed(admin),
		first_year,
		first_year,
		last_year,
		BoundedVec::truncate_from(vec![ConceptTerms {
			concept: Concept::Reforestation,
			budget: BUDGET,
			amount_per_hectare: PER_HECTARE,
		}]),
		CAP,
		BoundedVec::truncate_from(vec![eligible()]),
		BoundedVec::truncate_from(vec![Percent::from_percent(60), Percent::from_percent(40)]),
		VerificationRule {
			min_survival: Percent::from_percent(70),
			min_area_share: Percent::from_percent(80),
		},
	));
	id
}

/// CONAFOR's default program for 2027-2028.
fn open_program() -> ProgramId {
	open_program_of(CONAFOR_ADMIN, 2027, 2028)
}

/// `who` registers a property of 20 ha in the eligible municipality with key `key` on the
/// cells `cells`.
fn register(who: u64, key: &[u8], cells: core::ops::Range<u32>) -> PropertyId {
	let id = NextPropertyId::<Test>::get();
	assert_ok!(Subsidies::register_property(
		RuntimeOrigin::signed(who),
		BoundedVec::truncate_from(key.to_vec()),
		eligible(),
		2 * TEN_HA,
		BoundedVec::truncate_from(vec![who]),
		BoundedVec::truncate_from(cells.map(cell).collect()),
	));
	id
}

/// `who` applies for reforestation of ten hectares of `property` in `program`.
fn apply(who: u64, program: ProgramId, property: PropertyId) -> ApplicationId {
	let id = NextApplicationId::<Test>::get();
	assert_ok!(Subsidies::apply_for_support(
		RuntimeOrigin::signed(who),
		program,
		Concept::Reforestation,
		property,
		TEN_HA
	));
	id
}

/// `admin` approves `application`; the new grant.
fn approve(admin: u64, application: ApplicationId) -> GrantId {
	let id = NextGrantId::<Test>::get();
	assert_ok!(Subsidies::approve_application(RuntimeOrigin::signed(admin), application));
	id
}

/// A program, a property of [`OWNER_A`] on cells 0..4 and an approved grant of ten hectares
/// (100 000 centavos): (program, property, grant).
fn granted() -> (ProgramId, PropertyId, GrantId) {
	let program = open_program();
	let property = register(OWNER_A, b"CAT-A", 0..4);
	let application = apply(OWNER_A, program, property);
	(program, property, approve(CONAFOR_ADMIN, application))
}

/// [`VERIFIER`] records a verification of `grant` with `survival` percent and `area`.
fn verify(grant: GrantId, survival: u8, area: CentiHectares) {
	assert_ok!(Subsidies::record_verification(
		RuntimeOrigin::signed(VERIFIER),
		grant,
		Percent::from_percent(survival),
		area,
		EVIDENCE,
		BoundedVec::truncate_from(vec![cell(0)]),
	));
}

/// CONAFOR records the next tranche of `grant` paid.
fn pay(grant: GrantId) {
	assert_ok!(Subsidies::record_payment(RuntimeOrigin::signed(CONAFOR_ADMIN), grant, SPEI));
}
