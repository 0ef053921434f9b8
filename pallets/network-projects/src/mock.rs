//! Test runtime: System, Balances (treasuries and grants) and the projects pallet, with the
//! stand-ins of `bmx-primitives` for the collectives ([`MockCollectives`]), the nodes
//! ([`MockNodes`]) and the reports ([`MockReports`]).
//!
//! State of [`ExtBuilder::default`], at block 1:
//! - collectives 0 Academia, 1 Empresas, 2 Sector publico, 3 Sociedad civil;
//! - in Academia: 10, 11, 12, 13, all active and up to date with the code of ethics; 10 and 11
//!   lead it; in Empresas: 20, 21, 22, no leaders; in Sector publico: 30;
//! - accounts 1 to 5, 10 to 13, 20 to 22 and 30 hold [`INITIAL_BALANCE`]; 99 holds nothing;
//! - no nodes (see [`ExtBuilder::validators`]), no projects, no report obligations.
//!
//! Origins: the Executive Council is Root and the projects commission is account
//! [`PROJECTS_COMMISSION`].
//!
//! Accounts are `u64`: a `PalletId` sub-account truncated to 8 bytes keeps only the pallet id, so
//! every collective's treasury is the same account here (not in the runtime, whose 32-byte
//! accounts keep the collective's id). Capital tests fund and check one collective at a time.

use crate as pallet_network_projects;
pub use bmx_primitives::mock::{MockCollectives, MockNodes, MockReports, ReportCall};
use frame_support::{derive_impl, ord_parameter_types, parameter_types, traits::Hooks, PalletId};
use frame_system::{EnsureRoot, EnsureSignedBy};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Projects: pallet_network_projects,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
}

/// The balance of the funded accounts.
pub const INITIAL_BALANCE: u64 = 100;
/// Academia's id.
pub const ACADEMIA: u32 = 0;
/// Empresas' id.
pub const EMPRESAS: u32 = 1;
/// Sector publico's id.
pub const SECTOR_PUBLICO: u32 = 2;
/// Sociedad civil's id.
pub const SOCIEDAD_CIVIL: u32 = 3;
/// The account behind [`crate::Config::ProjectsCommissionOrigin`].
pub const PROJECTS_COMMISSION: u64 = 902;
/// A capital period, in blocks.
pub const CAPITAL_PERIOD: u64 = 10;
/// The most capital a collective grants per period.
pub const MAX_GRANT: u64 = 50;
/// A project's report period, in blocks (bimonthly).
pub const PROJECT_PERIOD: u64 = 60;

ord_parameter_types! {
	pub const ProjectsCommissionAccount: u64 = PROJECTS_COMMISSION;
}

parameter_types! {
	/// Statics so that the integrity test can be shown to reject a bad configuration.
	pub static MaxUrlLength: u32 = 40;
	pub static CapitalPeriodBlocks: u64 = CAPITAL_PERIOD;
	pub static GrantLimit: u64 = MAX_GRANT;
	pub static ProjectReportPeriod: u64 = PROJECT_PERIOD;
	pub const ProjectsPalletId: PalletId = PalletId(*b"bmx/coll");
}

impl pallet_network_projects::Config for Test {
	type Currency = Balances;
	type Collectives = MockCollectives;
	type Nodes = MockNodes;
	type Reports = MockReports<Test>;
	type ProjectsCommissionOrigin = EnsureSignedBy<ProjectsCommissionAccount, u64>;
	type ExecutiveOrigin = EnsureRoot<u64>;
	type MaxUrlLength = MaxUrlLength;
	type MaxPendingProjects = frame_support::traits::ConstU32<2>;
	type MaxProjects = frame_support::traits::ConstU32<2>;
	type PalletId = ProjectsPalletId;
	type CapitalPeriod = CapitalPeriodBlocks;
	type MaxGrantPerPeriod = GrantLimit;
	type ProjectReportPeriod = ProjectReportPeriod;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockCollectives;
}

/// Builds test externalities with the collectives, members, leaders and nodes of genesis.
pub struct ExtBuilder {
	members: Vec<(u32, u64)>,
	leaders: Vec<(u32, u64)>,
	validators: Vec<(u64, u32)>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self {
			members: vec![
				(ACADEMIA, 10),
				(ACADEMIA, 11),
				(ACADEMIA, 12),
				(ACADEMIA, 13),
				(EMPRESAS, 20),
				(EMPRESAS, 21),
				(EMPRESAS, 22),
				(SECTOR_PUBLICO, 30),
			],
			leaders: vec![(ACADEMIA, 10), (ACADEMIA, 11)],
			validators: vec![],
		}
	}
}

impl ExtBuilder {
	/// Make these members run active nodes for their collectives.
	pub fn validators(mut self, validators: Vec<(u64, u32)>) -> Self {
		self.validators = validators;
		self
	}

	/// Build the externalities.
	pub fn build(self) -> sp_io::TestExternalities {
		bmx_primitives::mock::reset();
		for collective in [ACADEMIA, EMPRESAS, SECTOR_PUBLICO, SOCIEDAD_CIVIL] {
			MockCollectives::add_collective(collective);
		}
		for (collective, who) in self.members {
			MockCollectives::add_member(collective, who);
		}
		for (collective, who) in self.leaders {
			MockCollectives::add_leader(collective, who);
		}
		for (who, collective) in self.validators {
			MockNodes::set_node(collective, who, true);
		}
		let funded = (1..=5).chain(10..=13).chain(20..=22).chain(30..=30);
		let storage = RuntimeGenesisConfig {
			system: Default::default(),
			balances: pallet_balances::GenesisConfig {
				balances: funded.map(|a| (a, INITIAL_BALANCE)).collect(),
				..Default::default()
			},
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
			Projects::do_try_state().expect("invariants hold after the test");
		});
	}
}

/// Move to block `n`, running the pallet's `on_initialize` at every block on the way.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Projects::on_initialize(next);
	}
}

/// Externalities for the benchmark test suite: the collectives exist, without members nor
/// leaders, so that the benchmarks make their own.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_test_ext() -> sp_io::TestExternalities {
	ExtBuilder { members: vec![], leaders: vec![], validators: vec![] }.build()
}
