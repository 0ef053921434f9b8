//! Fees: how they are computed, who pays them and where they go.
//!
//! - **Who pays.** The runtime's payment extension is
//!   `SkipCheckIfFeeless<ChargeSponsored<ChargeTransactionPayment>>` (see `TxExtension`): a
//!   feeless civic act (`#[pallet::feeless_if]`) costs nothing; otherwise the signer's sponsor
//!   (its collective's treasury, through a capital grant of `pallet-collective-capital`) pays
//!   within the signer's allowance; otherwise the signer pays.
//! - **Where fees go.** Every fee and tip goes to the treasury of the collective whose node
//!   authored the block ([`ToAuthorsCollective`]). The collectives run the network, and their
//!   treasuries pay the capital they grant: what a collective's nodes earn by producing blocks is
//!   what it can sponsor. Sponsored fees move between treasuries (the sponsor's pays, the
//!   author's receives) and never leave them, so the treasuries as a whole only grow, by the fees
//!   of everyone who pays their own (suppliers, Ethereum transactions, unsponsored accounts) and
//!   by the deposits kept from rejected requests. Nothing is burned, except when no author's
//!   collective is known (a block built outside the validator set, a dry run) or the amount
//!   cannot open the treasury's account (below the existential deposit).

use frame_support::{
	parameter_types,
	traits::{
		fungible::{Balanced, Credit},
		OnUnbalanced,
	},
};
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_runtime::traits::One;

use super::governance;
use crate::{
	AccountId, Balance, Balances, Capital, NodeIntegration, Runtime, RuntimeEvent, MICRO_UNIT,
};

parameter_types! {
	pub FeeMultiplier: Multiplier = Multiplier::one();
	/// Fee per byte of an extrinsic: one micro-BMX.
	pub const TransactionByteFee: Balance = MICRO_UNIT;
}

/// Sends fees, tips and kept deposits to the treasury of the collective whose node authored the
/// current block; burns them when there is none (see the module's docs).
pub struct ToAuthorsCollective;

impl ToAuthorsCollective {
	/// The treasury that receives what is taken in the current block, if any.
	pub fn destination() -> Option<AccountId> {
		let author = pallet_authorship::Pallet::<Runtime>::author()?;
		let collective = NodeIntegration::node_collective(&author)?;
		Some(Capital::treasury_account(collective))
	}
}

/// Fees and tips arrive together (`on_unbalanceds`' default merges them) and go to one treasury.
impl OnUnbalanced<Credit<AccountId, Balances>> for ToAuthorsCollective {
	fn on_nonzero_unbalanced(amount: Credit<AccountId, Balances>) {
		if let Some(treasury) = Self::destination() {
			// An amount below the existential deposit cannot open an empty treasury: dropped,
			// that is burned.
			let _ = Balances::resolve(&treasury, amount);
		}
	}
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	/// Fees and tips go to the treasury of the collective whose node authored the block.
	type OnChargeTransaction = FungibleAdapter<Balances, ToAuthorsCollective>;
	type OperationalFeeMultiplier = frame_support::traits::ConstU8<5>;
	/// One planck per picosecond of execution (as `IdentityFee`), and proof size priced at the
	/// same share of the block: the only mapping `pallet-revive` can turn into Ethereum gas.
	type WeightToFee = pallet_revive::evm::fees::BlockRatioFee<1, 1, Self, Balance>;
	type LengthToFee = frame_support::weights::ConstantMultiplier<Balance, TransactionByteFee>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}

impl pallet_fee_sponsorship::Config for Runtime {
	/// The Executive Council may set an allowance directly (an ordinary decision, or governed
	/// Root); the collectives' leaders grant theirs through `Capital`.
	type AllowanceOrigin = governance::ExecutiveOrdinary;
	/// Allowances count per 30-day period.
	type Period = frame_support::traits::ConstU32<{ governance::MONTH }>;
	type WeightInfo = pallet_fee_sponsorship::weights::SubstrateWeight<Runtime>;
}

impl pallet_skip_feeless_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
}
