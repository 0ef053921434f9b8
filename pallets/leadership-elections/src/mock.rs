//! Test runtime: System and leadership elections, with the stand-ins of `bmx-primitives` for the
//! register ([`MockCollectives`] and [`MockLeadership`]).
//!
//! State of [`ExtBuilder::default`] (the stand-ins are reset first), at block 1:
//! - collectives 0 Academia and 1 Empresas;
//! - in Academia: 1 to 7 (A to G of the crate docs' example), all active and up to date with the
//!   code of ethics; 1 leads it, its term ending at block [`TERM_END`];
//! - in Empresas: 20, 21, 22, active, no leaders;
//! - the register allows 3 leaders per collective (Academia has 2 vacancies, Empresas 3) and
//!   appoints for 100 blocks.
//!
//! The Executive Council is account [`EXECUTIVE`]. Periods: applications [`APPLICATIONS`],
//! election [`ELECTION`], voting [`VOTING`], renewal lead [`LEAD`]; at most 4 applicants, 16
//! voters, delegation depth 2 (a static a test may change).

use crate as pallet_leadership_elections;
use bmx_primitives::mock as stand_ins;
pub use bmx_primitives::mock::{LeadershipCall, MockCollectives, MockLeadership};
use frame_support::{derive_impl, ord_parameter_types, parameter_types, traits::ConstU32};
use frame_system::EnsureSignedBy;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Elections: pallet_leadership_elections,
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
/// The account behind [`crate::Config::ExecutiveOrigin`].
pub const EXECUTIVE: u64 = 900;
/// Academia's leader at genesis.
pub const LEADER: u64 = 1;
/// The block the term of [`LEADER`] ends at.
pub const TERM_END: u64 = 100;
/// [`crate::Config::ApplicationPeriod`].
pub const APPLICATIONS: u64 = 10;
/// [`crate::Config::ElectionPeriod`].
pub const ELECTION: u64 = 10;
/// [`crate::Config::VotingPeriod`].
pub const VOTING: u64 = 10;
/// [`crate::Config::RenewalLead`].
pub const LEAD: u64 = 30;

ord_parameter_types! {
	pub const ExecutiveAccount: u64 = EXECUTIVE;
}

parameter_types! {
	/// Statics so that a test can change them, and the integrity test can be shown to reject a
	/// bad configuration.
	pub static ApplicationPeriod: u64 = APPLICATIONS;
	pub static ElectionPeriod: u64 = ELECTION;
	pub static VotingPeriod: u64 = VOTING;
	pub static RenewalLead: u64 = LEAD;
	pub static MaxDelegationDepth: u32 = 2;
}

/// Sets up benchmarks: collectives, members and leaders in [`MockCollectives`], terms in
/// [`MockLeadership`].
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
		let end = System::block_number().saturating_add(100);
		MockLeadership::<Test>::set_term(collective, *who, end);
	}
	fn without_leaders(collective: u32) {
		use bmx_primitives::governance::CollectiveInspect;
		for leader in MockCollectives::leaders(collective) {
			MockCollectives::remove_leader(collective, leader);
		}
	}
}

impl pallet_leadership_elections::Config for Test {
	type Collectives = MockCollectives;
	type Leadership = MockLeadership<Test>;
	type ExecutiveOrigin = EnsureSignedBy<ExecutiveAccount, u64>;
	type ApplicationPeriod = ApplicationPeriod;
	type ElectionPeriod = ElectionPeriod;
	type VotingPeriod = VotingPeriod;
	type RenewalLead = RenewalLead;
	type MaxApplicants = ConstU32<4>;
	type MaxVoters = ConstU32<16>;
	type MaxDelegationDepth = MaxDelegationDepth;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkSetup;
}

/// Builds test externalities: the register's state in the stand-ins.
pub struct ExtBuilder {
	roster: bool,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self { roster: true }
	}
}

impl ExtBuilder {
	/// Start without collectives, members or leaders.
	#[cfg(feature = "runtime-benchmarks")]
	pub fn empty() -> Self {
		Self { roster: false }
	}

	/// Build the externalities.
	pub fn build(self) -> sp_io::TestExternalities {
		stand_ins::reset();
		MaxDelegationDepth::set(2);
		if self.roster {
			MockCollectives::add_collective(ACADEMIA);
			MockCollectives::add_collective(EMPRESAS);
			for who in 2..=7 {
				MockCollectives::add_member(ACADEMIA, who);
			}
			for who in [20, 21, 22] {
				MockCollectives::add_member(EMPRESAS, who);
			}
			MockLeadership::<Test>::set_term(ACADEMIA, LEADER, TERM_END);
		}
		let storage = frame_system::GenesisConfig::<Test>::default()
			.build_storage()
			.expect("the test genesis is valid; qed");
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Build, run `test`, then check the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Elections::do_try_state().expect("invariants hold after the test");
		});
	}
}

/// Externalities for the benchmark test suite: no collectives, members nor leaders, so that the
/// benchmarks build their own worst cases.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_test_ext() -> sp_io::TestExternalities {
	ExtBuilder::empty().build()
}
