//! Unit tests of the RUCAM registry. The state they start from is described in `mock.rs`.
//!
//! `warehouses`: authorisation and officers; `issuance`: issuing; `circulation`: endorsements
//! and pledges; `settlement`: repayment, deposit, withdrawal, default and sale; `invariants`:
//! what `try_state` catches; `journey`: whole flows; `verification`: what verifiers and clerks
//! read. Every test except those of `invariants` runs through
//! [`ExtBuilder::build_and_execute`], which checks the pallet's invariants after it.

mod circulation;
mod invariants;
mod issuance;
mod journey;
mod settlement;
mod verification;
mod warehouses;

use crate::{
	mock::*, CertificateStatus, Error, Event, Folio, Goods, LiveLots, PledgeStatus, PledgeTerms,
	Unit, WarehouseStatus,
};
use bmx_primitives::identity::{Jurisdiction, MexicanState};
use frame_support::{assert_noop, assert_ok};
use sp_core::H256;
use sp_runtime::DispatchError::BadOrigin;

/// The folio of the certificate the tests issue.
const FOLIO: Folio = 1001;
/// The lot of the certificate the tests issue.
const LOT: H256 = H256::repeat_byte(0x10);
/// The quantity of goods deposited.
const QUANTITY: u128 = 500;
/// The expiry of the certificate the tests issue.
const EXPIRY: u64 = 500;
/// The amount lent on the bono, in centavos.
const LOAN: u128 = 10_000_000;
/// The interest owed on the loan, in centavos.
const INTEREST: u128 = 500_000;
/// The due block of the loan.
const DUE: u64 = 300;
/// A document hash.
const DOC: H256 = H256::repeat_byte(0xdd);

/// 500 tonnes of maize of lot [`LOT`] stored in Guadalajara.
fn goods(lot: H256) -> Goods {
	Goods {
		description: H256::repeat_byte(0x01),
		quantity: QUANTITY,
		unit: Unit::Tonne,
		lot,
		declared_value: 250_000_000,
		location: Jurisdiction { state: MexicanState::Jalisco, municipality: 39 },
		insurance: H256::repeat_byte(0x02),
	}
}

/// The loan terms of the tests.
fn terms() -> PledgeTerms<u64> {
	PledgeTerms { amount: LOAN, interest: INTEREST, due: DUE, contract: DOC }
}

/// The events of this pallet so far.
fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Certificates(e) = r.event { Some(e) } else { None })
		.collect()
}

/// The last event of this pallet.
fn last_event() -> Event<Test> {
	events().pop().expect("an event of the pallet was emitted")
}

/// [`OFFICER`] issues certificate [`FOLIO`] of lot [`LOT`] to [`DEPOSITOR`].
fn issue(negotiable: bool) {
	assert_ok!(Certificates::issue_certificate(
		RuntimeOrigin::signed(OFFICER),
		WAREHOUSE,
		FOLIO,
		DEPOSITOR,
		goods(LOT),
		negotiable,
		EXPIRY
	));
}

/// [`DEPOSITOR`] pledges the bono of [`FOLIO`] to [`BANK`].
fn pledge() {
	assert_ok!(Certificates::pledge_bono(
		RuntimeOrigin::signed(DEPOSITOR),
		WAREHOUSE,
		FOLIO,
		BANK,
		terms()
	));
}

/// The certificate [`FOLIO`] of [`WAREHOUSE`].
fn certificate() -> crate::CertificateOf<Test> {
	Certificates::certificate_of(WAREHOUSE, FOLIO).expect("the certificate exists")
}
