//! Test runtime: System, Balances, TransactionPayment (fees burned) and the sponsorship pallet.
//!
//! A transaction's fee is `BASE_FEE + length + weight + tip` (one unit per byte and per unit
//! of `ref_time`, no fee multiplier). [`ExtBuilder::default`] starts at block 1 with the sponsor
//! [`TREASURY`] and the signer [`PAYER`] holding [`ENDOWMENT`] each, and [`BENEFICIARY`]
//! holding nothing; nobody has an allowance. The allowance origin is Root.

use crate as pallet_fee_sponsorship;
use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	weights::{IdentityFee, Weight},
};
use frame_system::{limits, EnsureRoot};
use pallet_transaction_payment::FungibleAdapter;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		TransactionPayment: pallet_transaction_payment,
		FeeSponsorship: pallet_fee_sponsorship,
	}
);

/// The fee of every transaction before its length, weight and tip.
pub const BASE_FEE: u64 = 5;
/// A collective's treasury: the sponsor of the tests.
pub const TREASURY: u64 = 100;
/// An account with funds that pays its own fees.
pub const PAYER: u64 = 2;
/// An account with no funds at all: a project's fresh account.
pub const BENEFICIARY: u64 = 1;
/// What [`TREASURY`] and [`PAYER`] hold at genesis.
pub const ENDOWMENT: u64 = 1_000;
/// The allowance period, in blocks.
pub const PERIOD: u64 = 10;

parameter_types! {
	pub MockBlockWeights: limits::BlockWeights = limits::BlockWeights::builder()
		.base_block(Weight::zero())
		.for_class(DispatchClass::all(), |weights| {
			weights.base_extrinsic = Weight::from_parts(BASE_FEE, 0);
		})
		.for_class(DispatchClass::non_mandatory(), |weights| {
			weights.max_total = Some(Weight::from_parts(1_000_000, u64::MAX));
		})
		.build_or_panic();
	pub const Period: u64 = PERIOD;
	pub const OperationalFeeMultiplier: u8 = 5;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type BlockWeights = MockBlockWeights;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
}

impl pallet_transaction_payment::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	type OperationalFeeMultiplier = OperationalFeeMultiplier;
	type WeightToFee = IdentityFee<u64>;
	type LengthToFee = IdentityFee<u64>;
	type FeeMultiplierUpdate = ();
	type WeightInfo = ();
}

impl pallet_fee_sponsorship::Config for Test {
	type AllowanceOrigin = EnsureRoot<u64>;
	type Period = Period;
	type WeightInfo = ();
}

/// Builds test externalities with the genesis balances.
pub struct ExtBuilder {
	balances: Vec<(u64, u64)>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self { balances: vec![(TREASURY, ENDOWMENT), (PAYER, ENDOWMENT)] }
	}
}

impl ExtBuilder {
	/// Give `who` `amount` at genesis (instead of what the default gives it).
	pub fn balance(mut self, who: u64, amount: u64) -> Self {
		self.balances.retain(|(account, _)| *account != who);
		if amount > 0 {
			self.balances.push((who, amount));
		}
		self
	}

	/// Build the externalities: genesis at block 0, then block 1.
	pub fn build(self) -> sp_io::TestExternalities {
		let storage = RuntimeGenesisConfig {
			balances: pallet_balances::GenesisConfig {
				balances: self.balances,
				..Default::default()
			},
			..Default::default()
		}
		.build_storage()
		.expect("the genesis of the test runtime builds; qed");
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Build, run `test`, then check the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			FeeSponsorship::do_try_state().expect("invariants hold after the test");
		});
	}
}

/// Externalities for the benchmark test suite.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_test_ext() -> sp_io::TestExternalities {
	ExtBuilder::default().build()
}
