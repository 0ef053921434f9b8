//! Test runtime: System and node integration, with the stand-ins of `bmx-primitives` for the
//! registry ([`MockCollectives`]) and the reports ([`MockReports`]).
//!
//! State of [`ExtBuilder::default`] (the stand-ins are reset first):
//! - collectives 0 Academia, 1 Empresas, 2 Sector publico, 3 Sociedad civil;
//! - in Academia: 10, 11, 12, 13, all active and up to date with the code of ethics; 10 and 11
//!   lead it;
//! - in Empresas: 20, 21, 22, active, no leaders; in Sector publico: 30, active, no leaders;
//!   Sociedad civil is empty;
//! - no validators (see [`ExtBuilder::validators`]); every member has registered session keys
//!   except 13.
//!
//! Origins: the node commission is account [`NODE_COMMISSION`]. Session keys are kept in
//! storage ([`register_keys`], [`purge_keys`]). A member report is due every [`MONTH`] blocks.

use crate as pallet_node_integration;
pub use bmx_primitives::mock::{MockCollectives, MockReports, ReportCall};
use bmx_primitives::{governance::CollectiveInspect, mock as stand_ins};
use codec::Encode;
use frame_support::{
	derive_impl, ord_parameter_types, parameter_types,
	storage::unhashed,
	traits::{ConstU32, ValidatorRegistration},
};
use frame_system::EnsureSignedBy;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		NodeIntegration: pallet_node_integration,
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

/// The account behind [`crate::Config::NodeCommissionOrigin`].
pub const NODE_COMMISSION: u64 = 901;

/// A member's report period, in blocks (a "month").
pub const MONTH: u64 = 30;

ord_parameter_types! {
	pub const NodeCommissionAccount: u64 = NODE_COMMISSION;
}

parameter_types! {
	/// Statics so that a test can change them, and the integrity test can be shown to reject a
	/// bad configuration.
	pub static MinValidators: u32 = 2;
	pub static MaxValidators: u32 = 5;
	pub static MemberReportPeriod: u64 = MONTH;
}

/// Accounts with registered session keys, kept in storage.
pub struct SessionKeys;
impl ValidatorRegistration<u64> for SessionKeys {
	fn is_registered(id: &u64) -> bool {
		unhashed::exists(&session_key(*id))
	}
}

fn session_key(who: u64) -> Vec<u8> {
	[b":test:keys:".as_slice(), &who.encode()].concat()
}

/// Register session keys for `who`.
pub fn register_keys(who: u64) {
	unhashed::put(&session_key(who), &());
}

/// Deregister the session keys of `who`.
pub fn purge_keys(who: u64) {
	unhashed::kill(&session_key(who));
}

/// Sets up benchmarks: collectives, members and leaders in [`MockCollectives`], session keys in
/// [`SessionKeys`].
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkSetup;

#[cfg(feature = "runtime-benchmarks")]
impl bmx_primitives::governance::GovernanceSetup<u64> for BenchmarkSetup {
	fn collective(index: u32) -> u32 {
		<MockCollectives as bmx_primitives::governance::GovernanceSetup<u64>>::collective(index)
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
	fn register_session_keys(who: &u64) {
		register_keys(*who);
	}
}

impl pallet_node_integration::Config for Test {
	type Collectives = MockCollectives;
	type NodeCommissionOrigin = EnsureSignedBy<NodeCommissionAccount, u64>;
	type ValidatorRegistration = SessionKeys;
	type MinValidators = MinValidators;
	type MaxValidators = MaxValidators;
	type MaxValidatorsPerCollective = ConstU32<2>;
	type MaxEndorsements = ConstU32<3>;
	type Reports = MockReports<Test>;
	type MemberReportPeriod = MemberReportPeriod;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkSetup;
}

/// Builds test externalities: the registry's state in the stand-ins, then this pallet's genesis.
pub struct ExtBuilder {
	roster: bool,
	inactive: Vec<u64>,
	validators: Vec<(u64, u32)>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self { roster: true, inactive: vec![], validators: vec![] }
	}
}

impl ExtBuilder {
	/// Start without collectives, members or leaders.
	pub fn empty() -> Self {
		Self { roster: false, inactive: vec![], validators: vec![] }
	}

	/// Make these members of the roster inactive (applicants or suspended) at genesis.
	pub fn inactive(mut self, members: Vec<u64>) -> Self {
		self.inactive = members;
		self
	}

	/// Use these founding validators.
	pub fn validators(mut self, validators: Vec<(u64, u32)>) -> Self {
		self.validators = validators;
		self
	}

	/// Build the externalities.
	pub fn build(self) -> sp_io::TestExternalities {
		stand_ins::reset();
		if self.roster {
			for collective in [ACADEMIA, EMPRESAS, SECTOR_PUBLICO, SOCIEDAD_CIVIL] {
				MockCollectives::add_collective(collective);
			}
			for (collective, who) in [
				(ACADEMIA, 12),
				(ACADEMIA, 13),
				(EMPRESAS, 20),
				(EMPRESAS, 21),
				(EMPRESAS, 22),
				(SECTOR_PUBLICO, 30),
			] {
				MockCollectives::add_member(collective, who);
			}
			MockCollectives::add_leader(ACADEMIA, 10);
			MockCollectives::add_leader(ACADEMIA, 11);
		}
		for who in self.inactive {
			if let Some(collective) = MockCollectives::collective_of(&who) {
				MockCollectives::set_member(collective, who, false);
			}
		}
		let storage = RuntimeGenesisConfig {
			system: Default::default(),
			node_integration: pallet_node_integration::GenesisConfig {
				validators: self.validators,
			},
		}
		.build_storage()
		.expect("the test genesis is valid; qed");
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			if self.roster {
				for who in [10, 11, 12, 20, 21, 22, 30] {
					register_keys(who);
				}
			}
		});
		ext
	}

	/// Build, run `test`, then check the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			NodeIntegration::do_try_state().expect("invariants hold after the test");
		});
	}
}

/// Externalities for the benchmark test suite: no collectives, members nor leaders, so that the
/// benchmarks build their own worst cases.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_test_ext() -> sp_io::TestExternalities {
	ExtBuilder::empty().build()
}
