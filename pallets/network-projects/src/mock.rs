//! Test runtime: System and the projects pallet, with the stand-ins of `bmx-primitives` for the
//! collectives ([`MockCollectives`]) and the reports ([`MockReports`]).
//!
//! State of [`ExtBuilder::default`], at block 1:
//! - collectives 0 Academia, 1 Empresas, 2 Sector publico, 3 Sociedad civil;
//! - in Academia: 10, 11, 12, 13, all active and up to date with the code of ethics; 10 and 11
//!   lead it; in Empresas: 20, 21, 22, no leaders; in Sector publico: 30;
//! - no projects, no report obligations.
//!
//! Origins: the Executive Council is Root and the projects commission is account
//! [`PROJECTS_COMMISSION`].

use crate as pallet_network_projects;
pub use bmx_primitives::mock::{MockCollectives, MockReports, ReportCall};
use frame_support::{derive_impl, ord_parameter_types, parameter_types, traits::Hooks};
use frame_system::{EnsureRoot, EnsureSignedBy};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Projects: pallet_network_projects,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

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
/// A project's report period, in blocks (bimonthly).
pub const PROJECT_PERIOD: u64 = 60;

ord_parameter_types! {
	pub const ProjectsCommissionAccount: u64 = PROJECTS_COMMISSION;
}

parameter_types! {
	/// Statics so that the integrity test can be shown to reject a bad configuration.
	pub static MaxUrlLength: u32 = 40;
	pub static ProjectReportPeriod: u64 = PROJECT_PERIOD;
}

impl pallet_network_projects::Config for Test {
	type Collectives = MockCollectives;
	type Reports = MockReports<Test>;
	type ProjectsCommissionOrigin = EnsureSignedBy<ProjectsCommissionAccount, u64>;
	type ExecutiveOrigin = EnsureRoot<u64>;
	type MaxUrlLength = MaxUrlLength;
	type MaxPendingProjects = frame_support::traits::ConstU32<2>;
	type MaxProjects = frame_support::traits::ConstU32<2>;
	type ProjectReportPeriod = ProjectReportPeriod;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockCollectives;
}

/// Builds test externalities with the collectives, members and leaders of genesis.
pub struct ExtBuilder {
	members: Vec<(u32, u64)>,
	leaders: Vec<(u32, u64)>,
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
		}
	}
}

impl ExtBuilder {
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
		let storage = RuntimeGenesisConfig::default()
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
	ExtBuilder { members: vec![], leaders: vec![] }.build()
}
