//! Test runtime: System and node integration, with the stand-ins of `bmx-primitives` for the
//! registry ([`MockCollectives`]) and the reports ([`MockReports`]), and [`MockSession`] for
//! `pallet-session`.
//!
//! State of [`ExtBuilder::default`] (the stand-ins are reset first):
//! - collectives 0 Academia, 1 Empresas, 2 Sector publico, 3 Sociedad civil;
//! - in Academia: 10, 11, 12, 13, all active and up to date with the code of ethics; 10 and 11
//!   lead it;
//! - in Empresas: 20, 21, 22, active, no leaders; in Sector publico: 30, active, no leaders;
//!   Sociedad civil is empty;
//! - no validators (see [`ExtBuilder::validators`]); every member has registered session keys
//!   except 13; [`crate::MinValidators`] is 2, its floor 1;
//! - [`MockSession`] has built its genesis from this pallet, as `pallet-session` does.
//!
//! Origins: the node commission is account [`NODE_COMMISSION`]; the node removal origin is the
//! commission or account [`EXECUTIVE`] (an extraordinary Executive decision); the parameter
//! origin is Root. Session keys are kept in storage ([`register_keys`], [`purge_keys`]). A
//! member report is due every [`MONTH`] blocks.

use crate as pallet_node_integration;
pub use bmx_primitives::mock::{MockCollectives, MockReports, ReportCall};
use bmx_primitives::{governance::CollectiveInspect, mock as stand_ins};
use codec::{Decode, Encode};
use frame_support::{
	derive_impl, ord_parameter_types, parameter_types,
	storage::unhashed,
	traits::{ConstU32, ConstU64, EitherOf},
};
use frame_system::{EnsureRoot, EnsureSignedBy};
use pallet_session::SessionManager;
use sp_runtime::{BuildStorage, DispatchResult};
use sp_staking::SessionIndex;

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

/// The account behind [`crate::Config::NodeCommissionOrigin`], also a
/// [`crate::Config::NodeRemovalOrigin`].
pub const NODE_COMMISSION: u64 = 901;

/// The account standing for an extraordinary decision of the Executive Council: a
/// [`crate::Config::NodeRemovalOrigin`], not a [`crate::Config::NodeCommissionOrigin`].
pub const EXECUTIVE: u64 = 902;

/// A member's report period, in blocks (a "month").
pub const MONTH: u64 = 30;

/// The session length unless the genesis sets another (`Config::DefaultSessionLength`).
pub const SESSION_LENGTH: u64 = 10;

ord_parameter_types! {
	pub const NodeCommissionAccount: u64 = NODE_COMMISSION;
	pub const ExecutiveAccount: u64 = EXECUTIVE;
}

parameter_types! {
	/// Statics so that a test can change them, and the integrity test can be shown to reject a
	/// bad configuration.
	pub static MinValidatorsFloor: u32 = 1;
	pub static MaxValidators: u32 = 5;
	pub static MemberReportPeriod: u64 = MONTH;
}

/// `pallet-session` as this pallet sees it, kept in storage: session keys, the current and
/// queued sets, the session index. [`MockSession::rotate`] rotates sessions as `pallet-session`
/// does.
pub struct MockSession;

const VALIDATORS_KEY: &[u8] = b":test:session:validators";
const QUEUED_KEY: &[u8] = b":test:session:queued";
const INDEX_KEY: &[u8] = b":test:session:index";

fn session_key(who: u64) -> Vec<u8> {
	[b":test:keys:".as_slice(), &who.encode()].concat()
}

fn read<V: Decode + Default>(key: &[u8]) -> V {
	unhashed::get(key).unwrap_or_default()
}

impl crate::ValidatorSession<u64> for MockSession {
	fn has_keys(who: &u64) -> bool {
		unhashed::exists(&session_key(*who))
	}

	fn validators() -> Vec<u64> {
		read(VALIDATORS_KEY)
	}

	fn queued_validators() -> Vec<u64> {
		read(QUEUED_KEY)
	}

	fn current_index() -> SessionIndex {
		read(INDEX_KEY)
	}

	fn purge_keys(who: &u64) -> DispatchResult {
		purge_keys(*who);
		Ok(())
	}
}

impl MockSession {
	/// Build the session genesis as `pallet-session` does: ask this pallet for the sets of
	/// sessions 0 and 1, queue those with keys.
	pub fn genesis() {
		let first = NodeIntegration::new_session_genesis(0).unwrap_or_default();
		let second = NodeIntegration::new_session_genesis(1).unwrap_or_else(|| first.clone());
		unhashed::put(VALIDATORS_KEY, &first);
		unhashed::put(QUEUED_KEY, &Self::with_keys(second));
		unhashed::put(INDEX_KEY, &0u32);
	}

	/// End the current session and start the next, as `pallet-session` does: the queued set
	/// becomes current, and the plan for the session after (or the current set again) is
	/// queued, skipping keyless validators.
	pub fn rotate() {
		let index: SessionIndex = read(INDEX_KEY);
		NodeIntegration::end_session(index);
		let current: Vec<u64> = read(QUEUED_KEY);
		unhashed::put(VALIDATORS_KEY, &current);
		let index = index + 1;
		unhashed::put(INDEX_KEY, &index);
		NodeIntegration::start_session(index);
		let next = NodeIntegration::new_session(index + 1).unwrap_or(current);
		unhashed::put(QUEUED_KEY, &Self::with_keys(next));
	}

	fn with_keys(validators: Vec<u64>) -> Vec<u64> {
		validators
			.into_iter()
			.filter(|who| <Self as crate::ValidatorSession<u64>>::has_keys(who))
			.collect()
	}
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
/// [`MockSession`].
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
	type NodeRemovalOrigin =
		EitherOf<EnsureSignedBy<NodeCommissionAccount, u64>, EnsureSignedBy<ExecutiveAccount, u64>>;
	type ParameterOrigin = EnsureRoot<u64>;
	type Session = MockSession;
	type MinValidatorsFloor = MinValidatorsFloor;
	type MaxValidators = MaxValidators;
	type MaxValidatorsPerCollective = ConstU32<2>;
	type MaxEndorsements = ConstU32<3>;
	type Reports = MockReports<Test>;
	type MemberReportPeriod = MemberReportPeriod;
	type DefaultSessionLength = ConstU64<SESSION_LENGTH>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkSetup;
}

/// Builds test externalities: the registry's state in the stand-ins, then this pallet's genesis.
pub struct ExtBuilder {
	roster: bool,
	inactive: Vec<u64>,
	validators: Vec<(u64, u32)>,
	min_validators: u32,
	session_length: Option<u64>,
	keyless: Vec<u64>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self {
			roster: true,
			inactive: vec![],
			validators: vec![],
			min_validators: 2,
			session_length: None,
			keyless: vec![],
		}
	}
}

impl ExtBuilder {
	/// Start without collectives, members or leaders.
	pub fn empty() -> Self {
		Self { roster: false, ..Default::default() }
	}

	/// Use this genesis [`crate::MinValidators`].
	pub fn min_validators(mut self, min_validators: u32) -> Self {
		self.min_validators = min_validators;
		self
	}

	/// Set this genesis [`crate::SessionLength`].
	pub fn session_length(mut self, blocks: u64) -> Self {
		self.session_length = Some(blocks);
		self
	}

	/// Leave these members of the roster without session keys at the session genesis.
	pub fn keyless(mut self, members: Vec<u64>) -> Self {
		self.keyless = members;
		self
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
				min_validators: self.min_validators,
				session_length: self.session_length,
			},
		}
		.build_storage()
		.expect("the test genesis is valid; qed");
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			if self.roster {
				for who in [10, 11, 12, 20, 21, 22, 30] {
					if !self.keyless.contains(&who) {
						register_keys(who);
					}
				}
			}
			MockSession::genesis();
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
