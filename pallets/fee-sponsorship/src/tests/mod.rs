//! Unit tests of the fee sponsorship pallet. The state they start from is described in
//! `mock.rs`.
//!
//! `allowances`: the calls and the [`crate::AllowanceManager`] trait; `extension`: the
//! transaction extension driven through `validate`, `prepare` and `post_dispatch`, as the
//! executive does; `journey`: a sponsored account through several periods. Every test runs
//! through [`ExtBuilder::build_and_execute`], which checks the pallet's invariants after it.

mod allowances;
mod extension;
mod journey;

use crate::{mock::*, Allowance, AllowanceManager, Allowances, ChargeSponsored, Error, Event};
use frame_support::{
	assert_noop, assert_ok,
	dispatch::{DispatchInfo, Pays, PostDispatchInfo},
	weights::Weight,
};
use sp_runtime::{
	traits::{DispatchTransaction, TransactionExtension},
	transaction_validity::{InvalidTransaction, TransactionSource, TransactionValidityError},
	DispatchError::BadOrigin,
};

/// The encoded length of the test transactions.
const LEN: usize = 10;
/// The weight of the test transactions, before dispatch.
const WEIGHT: u64 = 100;
/// The fee of a test transaction without tip: `BASE_FEE + LEN + WEIGHT`.
const FEE: u64 = 115;

fn call() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark { remark: vec![] })
}

fn info() -> DispatchInfo {
	DispatchInfo { call_weight: Weight::from_parts(WEIGHT, 0), ..Default::default() }
}

/// Give `who` an allowance of `per_period` paid by `sponsor`, by the allowance origin.
fn grant(who: u64, sponsor: u64, per_period: u64) {
	assert_ok!(FeeSponsorship::set_allowance(RuntimeOrigin::root(), who, sponsor, per_period));
}

/// Validate a test transaction with `tip` from `origin`, as the transaction pool does.
fn validate(origin: RuntimeOrigin, tip: u64) -> Result<(), TransactionValidityError> {
	ChargeSponsored::<Test>::from(tip)
		.validate_only(origin, &call(), &info(), LEN, TransactionSource::External, 0)
		.map(|_| ())
}

/// Apply a test transaction with `tip` from `origin` whose dispatch used `actual` weight, as the
/// executive does: validate, prepare, (dispatch), post-dispatch.
fn apply(origin: RuntimeOrigin, tip: u64, actual: u64) -> Result<(), TransactionValidityError> {
	let info = info();
	let (pre, _) =
		ChargeSponsored::<Test>::from(tip).validate_and_prepare(origin, &call(), &info, LEN, 0)?;
	let mut post_info = PostDispatchInfo {
		actual_weight: Some(Weight::from_parts(actual, 0)),
		pays_fee: Pays::Yes,
	};
	ChargeSponsored::<Test>::post_dispatch(pre, &info, &mut post_info, LEN, &Ok(()))
}

/// Apply a signed test transaction without tip that used all its weight.
fn transact(who: u64) -> Result<(), TransactionValidityError> {
	apply(RuntimeOrigin::signed(who), 0, WEIGHT)
}

fn balance(who: u64) -> u64 {
	Balances::free_balance(who)
}

fn used(who: u64) -> Option<u64> {
	Allowances::<Test>::get(who).map(|allowance| allowance.used)
}

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::FeeSponsorship(e) = r.event { Some(e) } else { None })
		.collect()
}

fn last_event() -> Event<Test> {
	events().pop().expect("an event of the pallet was emitted")
}

const PAYMENT: TransactionValidityError =
	TransactionValidityError::Invalid(InvalidTransaction::Payment);
