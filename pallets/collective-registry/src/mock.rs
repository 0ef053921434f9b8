//! Test runtime: System, Balances (for request and application deposits) and the registry, with
//! the stand-ins of `bmx_primitives::mock` for the membership hooks ([`MockMembershipHooks`])
//! and the report obligations ([`MockReports`]).
//!
//! Genesis of [`ExtBuilder::default`]:
//! - code of ethics [`CODE_V1`];
//! - collectives 0 `Academia` (Academia), 1 `Empresas` (Business), 2 `Sector publico`
//!   (PublicSector), 3 `Sociedad civil` (CivilSociety); `MaxCollectives` is 5;
//! - in Academia: 10 (`UNAM`), 11 (`IPN`), 12 (`unam `, the same institution as 10), 13
//!   (`CINVESTAV`), all active; 10 and 11 lead it until block [`TERM`] (the first of the 3
//!   leader terms each may serve in its life), and owe reports every [`LEADER_PERIOD`] blocks;
//! - in Empresas: 20 (`Bimbo`), 21 (`Cemex`), 22 (`Femsa`), active, no leaders;
//! - in Sector publico: 30 (`SAT`), active, no leaders; Sociedad civil is empty;
//! - accounts 1 to 5, 10 to 13, 20 to 22 and 30 hold [`INITIAL_BALANCE`]; 99 holds nothing.
//!
//! The Executive Council is Root; the emergency leadership origin
//! ([`crate::Config::LeadershipOrigin`]) is account [`LEADERSHIP_DECIDER`] signing; nodes come
//! from [`MockNodes`]; slashed deposits go to [`SLASHED_TO`]. The stand-ins start empty for every test (the builder resets
//! them); the hooks agree to everything until a test makes them refuse.

use crate as pallet_collective_registry;
use crate::{CollectiveKind, DocumentHash};
use bmx_primitives::{
	governance::{ReportObligations, ReportSubject},
	mock::{HookCall, MockMembershipHooks, MockNodes, MockProjects, MockReports, ReportCall},
};
use frame_support::{
	derive_impl, parameter_types,
	traits::{fungible, ConstU32, ConstU64, Hooks, OnUnbalanced},
};
use frame_system::{EnsureRoot, EnsureSignedBy};
use sp_core::H256;
use sp_runtime::BuildStorage;
use sp_runtime::Perbill;
use std::collections::BTreeSet;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		CollectiveRegistry: pallet_collective_registry,
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

/// The deposit of a collective request.
pub const DEPOSIT: u64 = 10;
/// The deposit of a membership application.
pub const APPLICATION_DEPOSIT: u64 = 5;
/// The balance of the funded accounts.
pub const INITIAL_BALANCE: u64 = 100;
/// A leader's term, in blocks.
pub const TERM: u64 = 100;
/// The renewal window, in blocks.
pub const WINDOW: u64 = 10;
/// A leader's report period, in blocks.
pub const LEADER_PERIOD: u64 = 60;
/// The genesis code of ethics.
pub const CODE_V1: DocumentHash = H256::repeat_byte(1);
/// A later code of ethics.
pub const CODE_V2: DocumentHash = H256::repeat_byte(2);
/// Academia's id.
pub const ACADEMIA: u32 = 0;
/// Empresas' id.
pub const EMPRESAS: u32 = 1;
/// Sector publico's id.
pub const SECTOR_PUBLICO: u32 = 2;
/// Sociedad civil's id.
pub const SOCIEDAD_CIVIL: u32 = 3;

parameter_types! {
	/// Statics so that the integrity test can be shown to reject a bad configuration.
	pub static CollectiveRequestDeposit: u64 = DEPOSIT;
	pub static MaxMembersPerCollective: u32 = 5;
	pub static RenewalWindow: u64 = WINDOW;
	pub static MaxExpiriesPerBlock: u32 = 4;
	pub const MembershipApplicationDeposit: u64 = APPLICATION_DEPOSIT;
	/// A leader's term; a test can change it to model a runtime upgrade.
	pub static LeaderTerm: u64 = TERM;
	pub static LeaderReportPeriod: u64 = LEADER_PERIOD;
	/// A fifth of a rejected deposit is slashed.
	pub const RejectionPenalty: Perbill = Perbill::from_percent(20);
	pub static RequestLifetime: u64 = LIFETIME;
	pub static MaxRequestsPerAccount: u32 = 1;
	pub static MaxCommittedNodes: u32 = 4;
}

/// A collective's grace period for its first node, in blocks.
pub const GRACE: u64 = 50;
/// How long requests and applications stay pending, in blocks.
pub const LIFETIME: u64 = 30;
/// The account that receives slashed deposits in the tests.
pub const SLASHED_TO: u64 = 77;

/// Hands slashed deposits to [`SLASHED_TO`], so that the tests can see them arrive.
pub struct ToSlashedAccount;
impl OnUnbalanced<crate::CreditOf<Test>> for ToSlashedAccount {
	fn on_nonzero_unbalanced(amount: crate::CreditOf<Test>) {
		let _ = <Balances as fungible::Balanced<u64>>::resolve(&SLASHED_TO, amount);
	}
}

impl pallet_collective_registry::Config for Test {
	type ExecutiveOrigin = EnsureRoot<u64>;
	type LeadershipOrigin = EnsureSignedBy<LeadershipDecider, u64>;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type CollectiveRequestDeposit = CollectiveRequestDeposit;
	type MembershipApplicationDeposit = MembershipApplicationDeposit;
	type MaxNameLength = ConstU32<16>;
	type MaxCollectives = ConstU32<5>;
	type MaxPendingRequests = ConstU32<2>;
	type MaxMembersPerCollective = MaxMembersPerCollective;
	type MinLeaders = ConstU32<2>;
	type MaxLeaders = ConstU32<3>;
	type LeaderTerm = LeaderTerm;
	type MaxLeaderRenewals = ConstU32<2>;
	type RenewalWindow = RenewalWindow;
	type MaxExpiriesPerBlock = MaxExpiriesPerBlock;
	type LeaderReportPeriod = LeaderReportPeriod;
	type MembershipHooks = MockMembershipHooks;
	type Reports = MockReports<Test>;
	type WeightInfo = ();
	type Slashed = ToSlashedAccount;
	type RejectionPenalty = RejectionPenalty;
	type Nodes = MockNodes;
	type Projects = MockProjects;
	type MaxCommittedNodes = MaxCommittedNodes;
	type NodeGracePeriod = ConstU64<GRACE>;
	type MaxRequestsPerAccount = MaxRequestsPerAccount;
	type RequestLifetime = RequestLifetime;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockNodesHelper;
}

/// The account standing for the emergency leadership origin (both councils together) in the
/// tests.
pub const LEADERSHIP_DECIDER: u64 = 7;

frame_support::ord_parameter_types! {
	pub const LeadershipDecider: u64 = LEADERSHIP_DECIDER;
}

/// Gives a collective a node through [`MockNodes`], for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct MockNodesHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper for MockNodesHelper {
	fn run_node(collective: u32) {
		MockNodes::set_node(collective, 1_000 + u64::from(collective), true);
	}
}

/// A bounded name for calls.
pub fn name(bytes: &[u8]) -> crate::NameOf<Test> {
	bytes.to_vec().try_into().expect("test names fit MaxNameLength; qed")
}

/// The calls the registry made to the membership hooks so far.
pub fn hook_calls() -> Vec<HookCall> {
	MockMembershipHooks::calls()
}

/// The calls the registry made to the report obligations so far.
pub fn report_calls() -> Vec<ReportCall> {
	MockReports::<Test>::calls()
}

/// The block by which the next report of `subject` is due, as the stand-in keeps it.
pub fn report_due(subject: ReportSubject<u64>) -> Option<u64> {
	MockReports::<Test>::due(&subject)
}

/// Builds test externalities from a genesis of collectives, members and leaders.
pub struct ExtBuilder {
	code_of_ethics: Option<DocumentHash>,
	collectives: Vec<(Vec<u8>, CollectiveKind)>,
	members: Vec<(u64, u32, Vec<u8>)>,
	leaders: Vec<(u32, u64)>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self {
			code_of_ethics: Some(CODE_V1),
			collectives: vec![
				(b"Academia".to_vec(), CollectiveKind::Academia),
				(b"Empresas".to_vec(), CollectiveKind::Business),
				(b"Sector publico".to_vec(), CollectiveKind::PublicSector),
				(b"Sociedad civil".to_vec(), CollectiveKind::CivilSociety),
			],
			members: vec![
				(10, ACADEMIA, b"UNAM".to_vec()),
				(11, ACADEMIA, b"IPN".to_vec()),
				(12, ACADEMIA, b"unam ".to_vec()),
				(13, ACADEMIA, b"CINVESTAV".to_vec()),
				(20, EMPRESAS, b"Bimbo".to_vec()),
				(21, EMPRESAS, b"Cemex".to_vec()),
				(22, EMPRESAS, b"Femsa".to_vec()),
				(30, SECTOR_PUBLICO, b"SAT".to_vec()),
			],
			leaders: vec![(ACADEMIA, 10), (ACADEMIA, 11)],
		}
	}
}

impl ExtBuilder {
	/// Use this code of ethics at genesis.
	pub fn code_of_ethics(mut self, code: Option<DocumentHash>) -> Self {
		self.code_of_ethics = code;
		self
	}

	/// Use these founding collectives.
	pub fn collectives(mut self, collectives: Vec<(Vec<u8>, CollectiveKind)>) -> Self {
		self.collectives = collectives;
		self
	}

	/// Use these genesis members.
	pub fn members(mut self, members: Vec<(u64, u32, Vec<u8>)>) -> Self {
		self.members = members;
		self
	}

	/// Use these genesis leaders.
	pub fn leaders(mut self, leaders: Vec<(u32, u64)>) -> Self {
		self.leaders = leaders;
		self
	}

	/// Build the externalities, with empty stand-ins (the genesis leaders' report obligations
	/// are their first calls).
	pub fn build(self) -> sp_io::TestExternalities {
		bmx_primitives::mock::reset();
		let funded = (1..=5).chain(10..=13).chain(20..=22).chain(30..=30);
		let storage = RuntimeGenesisConfig {
			system: Default::default(),
			balances: pallet_balances::GenesisConfig {
				balances: funded.map(|a| (a, INITIAL_BALANCE)).collect(),
				..Default::default()
			},
			collective_registry: pallet_collective_registry::GenesisConfig {
				code_of_ethics: self.code_of_ethics,
				collectives: self.collectives,
				members: self.members,
				leaders: self.leaders,
			},
		}
		.build_storage()
		.expect("the test genesis is valid; qed");
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Build, run `test`, then check the pallet's invariants and that the leaders' report
	/// obligations follow the leaderships.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			CollectiveRegistry::do_try_state().expect("invariants hold after the test");
			check_leader_obligations().expect("report obligations follow the leaderships");
		});
	}
}

/// The leaders' report obligations that the registry began and did not end, from its calls to
/// the stand-in, are exactly the current leaders', and each is running.
pub fn check_leader_obligations() -> Result<(), &'static str> {
	let mut running = BTreeSet::new();
	for call in report_calls() {
		match call {
			ReportCall::Begin(ReportSubject::Leader(who), period) => {
				if period != LeaderReportPeriod::get() {
					return Err("a leader's obligation begun with another period");
				}
				running.insert(who);
			},
			ReportCall::End(ReportSubject::Leader(who)) => {
				running.remove(&who);
			},
			_ => return Err("the registry touched an obligation of another subject"),
		}
	}
	let leaders: BTreeSet<u64> = crate::Leaders::<Test>::iter_values()
		.flat_map(|leaders| leaders.into_iter().map(|l| l.who))
		.collect();
	if running != leaders {
		return Err("the leaders' obligations differ from the leaderships");
	}
	if leaders.iter().any(|who| report_due(ReportSubject::Leader(*who)).is_none()) {
		return Err("a leader has no running obligation");
	}
	Ok(())
}

/// Move to block `n`, running the pallet's `on_initialize` at every block on the way.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		CollectiveRegistry::on_initialize(next);
	}
}

/// Externalities for the benchmark test suite: no collectives, members nor leaders, so that
/// the benchmarks build their own worst cases.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_test_ext() -> sp_io::TestExternalities {
	ExtBuilder::default()
		.members(vec![])
		.leaders(vec![])
		.collectives(vec![])
		.build()
}
