//! Root, reached only by governance: there is no sudo key.
//!
//! A call that needs Root (a runtime upgrade, a reseat of the councils, a parameter) is enacted
//! by the two councils together, with `pallet-whitelist`:
//!
//! 1. the Executive Council, by an ordinary decision, whitelists the call's hash
//!    (`Whitelist::whitelist_call`);
//! 2. the Advisory Council, by a majority of at least [`MIN_COUNCIL_AYES`] advisors, dispatches
//!    it (`Whitelist::dispatch_whitelisted_call_with_preimage`, or `dispatch_whitelisted_call`
//!    when the call is too large for a motion and was noted with `Preimage::note_preimage`).
//!
//! Either council may act first: an Advisory dispatch of a call not yet whitelisted is deferred
//! and runs when anyone relays it after the Executive whitelists it. Neither council alone
//! reaches Root, and no account does. A runtime upgrade is the call
//! `System::authorize_upgrade(code_hash)` enacted this way, followed by anyone's
//! `System::apply_authorized_upgrade(code)` (free when the code matches);
//! `scripts/govern.sh` walks both steps with the development keys.

use frame_support::{
	parameter_types,
	traits::{fungible::HoldConsideration, LinearStoragePrice},
};
use frame_system::EnsureRoot;

use super::{AdvisoryDecision, ExecutiveOrdinaryDecision};
use crate::*;

parameter_types! {
	/// A preimage holds a deposit: 1 BMX plus 1 milli-BMX a byte, returned when it is unnoted.
	pub const PreimageBaseDeposit: Balance = UNIT;
	pub const PreimageByteDeposit: Balance = MILLI_UNIT;
	pub const PreimageHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Preimage(pallet_preimage::HoldReason::Preimage);
	/// An Advisory dispatch waits this long for the Executive's whitelisting: a month.
	pub const DeferredDispatchExpiration: BlockNumber = super::MONTH;
}

impl pallet_preimage::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_preimage::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	/// Governed Root may note and unnote preimages without a deposit.
	type ManagerOrigin = EnsureRoot<AccountId>;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		PreimageHoldReason,
		LinearStoragePrice<PreimageBaseDeposit, PreimageByteDeposit, Balance>,
	>;
}

impl pallet_whitelist::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	/// The Executive Council, by an ordinary decision.
	type WhitelistOrigin = ExecutiveOrdinaryDecision;
	/// The Advisory Council, by a majority of at least two advisors.
	type DispatchWhitelistedOrigin = AdvisoryDecision;
	type Preimages = Preimage;
	type DeferredDispatchExpiration = DeferredDispatchExpiration;
	type BlockNumberProvider = System;
	type WeightInfo = pallet_whitelist::weights::SubstrateWeight<Runtime>;
}
