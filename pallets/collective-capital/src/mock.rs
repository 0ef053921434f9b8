//! Test runtime: System, Balances (`u128`, as [`MockAllowances`]) and collective capital, with
//! the stand-ins of `bmx_primitives::mock` for the registry, nodes, projects and allowances.
//!
//! [`ExtBuilder::default`] starts at block 1 with:
//! - collective 0 led by [`LEADER_A`] and [`LEADER_B`]; [`LEADER_A`] also runs an active node of
//!   it (a leader's own node); [`NODE`] runs an active node of it and [`SUSPENDED_NODE`] a
//!   suspended one; [`PROJECT`] is the account of registered project 0 of it;
//! - collective 1 led by [`LEADER_C`], with [`OTHER_PROJECT`], the account of project 1;
//! - [`OUTSIDER`], who is none of these;
//! - the treasury of collective 0 holding [`TREASURY_FUNDS`] (the `u64` accounts make every
//!   collective's treasury the same account).
//!
//! The Executive origin is Root. Nobody has a request, a grant or an allowance.

use crate as pallet_collective_capital;
use bmx_primitives::mock::{reset, MockAllowances, MockCollectives, MockNodes, MockProjects};
use frame_support::{derive_impl, parameter_types, PalletId};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		CollectiveCapital: pallet_collective_capital,
	}
);

/// A leader of collective 0 that also runs an active node of it.
pub const LEADER_A: u64 = 1;
/// The other leader of collective 0.
pub const LEADER_B: u64 = 2;
/// The leader of collective 1.
pub const LEADER_C: u64 = 3;
/// A member's account that runs an active node of collective 0.
pub const NODE: u64 = 10;
/// A member's account whose node of collective 0 is suspended.
pub const SUSPENDED_NODE: u64 = 11;
/// The account of registered project 0, of collective 0.
pub const PROJECT: u64 = 20;
/// The account of registered project 1, of collective 1.
pub const OTHER_PROJECT: u64 = 21;
/// An account with no node, no project and no leadership.
pub const OUTSIDER: u64 = 99;
/// What the treasury holds at genesis.
pub const TREASURY_FUNDS: u128 = 10_000;
/// The most a grant pays per period.
pub const MAX_GRANT: u128 = 1_000;
/// The budget of a collective until the Executive sets one.
pub const DEFAULT_BUDGET: u128 = 1_500;
/// The most requests pending at once.
pub const MAX_PENDING: u32 = 3;
/// How many blocks a request lives.
pub const LIFETIME: u64 = 10;

parameter_types! {
	pub const CapitalPalletId: PalletId = PalletId(*b"bmx/capt");
	pub const MaxGrantPerPeriod: u128 = MAX_GRANT;
	pub const DefaultBudget: u128 = DEFAULT_BUDGET;
	pub const MaxPendingRequests: u32 = MAX_PENDING;
	pub const RequestLifetime: u64 = LIFETIME;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u128>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = u128;
	type AccountStore = System;
}

/// Sets up benchmarks: collectives and leaders in [`MockCollectives`], projects in
/// [`MockProjects`].
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkSetup;

#[cfg(feature = "runtime-benchmarks")]
impl bmx_primitives::governance::GovernanceSetup<u64> for BenchmarkSetup {
	fn collective(index: u32) -> u32 {
		MockCollectives::add_collective(index);
		index
	}
	fn active_member(collective: u32, who: &u64) {
		MockCollectives::add_member(collective, *who);
	}
	fn leader(collective: u32, who: &u64) {
		MockCollectives::add_leader(collective, *who);
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for BenchmarkSetup {
	fn project_account(collective: u32, who: &u64) {
		MockProjects::add_project(*who as u32, *who, collective);
	}
}

impl pallet_collective_capital::Config for Test {
	type Currency = Balances;
	type PalletId = CapitalPalletId;
	type Collectives = MockCollectives;
	type Nodes = MockNodes;
	type Projects = MockProjects;
	type Allowances = MockAllowances;
	type ExecutiveOrigin = EnsureRoot<u64>;
	type MaxGrantPerPeriod = MaxGrantPerPeriod;
	type DefaultBudget = DefaultBudget;
	type MaxPendingRequests = MaxPendingRequests;
	type RequestLifetime = RequestLifetime;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkSetup;
}

/// Builds test externalities: the stand-ins' state, the treasury's funds, then block 1.
#[derive(Default)]
pub struct ExtBuilder {
	empty: bool,
}

impl ExtBuilder {
	/// Start without collectives, leaders, nodes or projects (for the benchmarks).
	#[cfg(feature = "runtime-benchmarks")]
	pub fn empty(mut self) -> Self {
		self.empty = true;
		self
	}

	/// Build the externalities.
	pub fn build(self) -> sp_io::TestExternalities {
		reset();
		if !self.empty {
			MockCollectives::add_leader(0, LEADER_A);
			MockCollectives::add_leader(0, LEADER_B);
			MockCollectives::add_leader(1, LEADER_C);
			MockCollectives::add_member(0, NODE);
			MockCollectives::add_member(0, SUSPENDED_NODE);
			MockNodes::set_node(0, LEADER_A, true);
			MockNodes::set_node(0, NODE, true);
			MockNodes::set_node(0, SUSPENDED_NODE, false);
			MockProjects::add_project(0, PROJECT, 0);
			MockProjects::add_project(1, OTHER_PROJECT, 1);
		}
		let treasury = CollectiveCapital::treasury(0);
		let storage = RuntimeGenesisConfig {
			balances: pallet_balances::GenesisConfig {
				balances: vec![(treasury, TREASURY_FUNDS)],
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
			CollectiveCapital::do_try_state().expect("invariants hold after the test");
		});
	}
}

/// Externalities for the benchmark test suite.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_test_ext() -> sp_io::TestExternalities {
	ExtBuilder::default().empty().build()
}

/// The allowance of `who` in the stand-in: its sponsor and amount per period.
pub fn allowance(who: u64) -> Option<(u64, u128)> {
	MockAllowances::allowance(who)
}
