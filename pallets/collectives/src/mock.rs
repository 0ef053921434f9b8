//! Test runtime: System, Balances (for request and application deposits) and the collectives.
//!
//! Genesis of [`ExtBuilder::default`]:
//! - code of ethics [`CODE_V1`];
//! - collectives 0 `Academia` (Academia), 1 `Empresas` (Business), 2 `Sector publico`
//!   (PublicSector), 3 `Sociedad civil` (CivilSociety); `MaxCollectives` is 5;
//! - in Academia: 10 (`UNAM`), 11 (`IPN`), 12 (`unam `, the same institution as 10), 13
//!   (`CINVESTAV`), all active; 10 and 11 lead it until block [`TERM`];
//! - in Empresas: 20 (`Bimbo`), 21 (`Cemex`), 22 (`Femsa`), active, no leaders;
//! - in Sector publico: 30 (`SAT`), active, no leaders; Sociedad civil is empty;
//! - accounts 1 to 5, 10 to 13, 20 to 22 and 30 hold [`INITIAL_BALANCE`]; 99 holds nothing;
//! - no validators, seats or advisors (see [`ExtBuilder::validators`]); every member has
//!   registered session keys except 13.
//!
//! Origins: the Executive Council is Root, the Advisory Council is account [`ADVISORY`], the
//! node commission is account [`NODE_COMMISSION`] and the projects commission is account
//! [`PROJECTS_COMMISSION`]. The councils' `ChangeMembers` and the
//! Executive Council's motions are recorded in storage ([`pushed`], [`prime`], [`motions`]).
//!
//! Accounts are `u64`: a `PalletId` sub-account truncated to 8 bytes keeps only the pallet id, so
//! every collective's treasury is the same account here (not in the runtime, whose 32-byte
//! accounts keep the collective's id). Capital tests fund and check one collective at a time.

use crate as pallet_collectives;
use crate::{traits::ExecutiveMotions, CollectiveKind, DocumentHash, ExecutiveSeat};
use codec::Encode;
use frame_support::{
	derive_impl, ord_parameter_types, parameter_types,
	storage::unhashed,
	traits::{ChangeMembers, ConstU32, ConstU64, Hooks, ValidatorRegistration},
	PalletId,
};
use frame_system::{EnsureRoot, EnsureSignedBy};
use sp_core::H256;
use sp_runtime::{BuildStorage, DispatchError, DispatchResult};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Collectives: pallet_collectives,
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

/// The account behind [`crate::Config::AdvisoryOrigin`].
pub const ADVISORY: u64 = 900;
/// The account behind [`crate::Config::NodeCommissionOrigin`].
pub const NODE_COMMISSION: u64 = 901;
/// An executive term, in blocks.
pub const EXECUTIVE_TERM: u64 = 200;
/// An advisory term, in blocks.
pub const ADVISORY_TERM: u64 = 150;
/// The deposit of an advisory request.
pub const ADVISORY_DEPOSIT: u64 = 7;

/// A capital period, in blocks.
pub const CAPITAL_PERIOD: u64 = 10;
/// The most capital a collective grants per period.
pub const MAX_GRANT: u64 = 50;

/// A member's report period, in blocks (a "month"; projects and leaders report every 60 blocks,
/// commissions every 30, the Secretary and the Advisory Council every 90).
pub const MONTH: u64 = 30;

/// The account behind [`crate::Config::ProjectsCommissionOrigin`].
pub const PROJECTS_COMMISSION: u64 = 902;

ord_parameter_types! {
	pub const AdvisoryAccount: u64 = ADVISORY;
	pub const NodeCommissionAccount: u64 = NODE_COMMISSION;
	pub const ProjectsCommissionAccount: u64 = PROJECTS_COMMISSION;
}

/// Storage key of the membership last pushed to council `council`.
fn pushed_key(council: u8) -> Vec<u8> {
	[b":test:council:".as_slice(), &[council]].concat()
}

/// The membership last pushed to `council` (one of [`EXECUTIVE`], [`ADVISORY_COUNCIL`],
/// [`NODE_COMMISSION_COUNCIL`], [`PROJECTS_COMMISSION_COUNCIL`]).
pub fn pushed(council: u8) -> Vec<u64> {
	unhashed::get(&pushed_key(council)).unwrap_or_default()
}

/// The prime last set on the Executive Council.
pub fn prime() -> Option<u64> {
	unhashed::get(b":test:prime").unwrap_or_default()
}

/// The Executive Council's recorder.
pub const EXECUTIVE: u8 = 0;
/// The Advisory Council's recorder.
pub const ADVISORY_COUNCIL: u8 = 1;
/// The node commission's recorder.
pub const NODE_COMMISSION_COUNCIL: u8 = 2;
/// The projects commission's recorder.
pub const PROJECTS_COMMISSION_COUNCIL: u8 = 3;

/// Records the membership pushed to one council, checking that the pallet states the previous
/// push as the old membership.
pub struct RecordMembers<const C: u8>;
impl<const C: u8> ChangeMembers<u64> for RecordMembers<C> {
	fn change_members_sorted(_incoming: &[u64], _outgoing: &[u64], sorted_new: &[u64]) {
		unhashed::put(&pushed_key(C), &sorted_new.to_vec());
	}

	fn set_members_sorted(new_members: &[u64], old_members: &[u64]) {
		assert_eq!(old_members, pushed(C).as_slice(), "the pallet states the last push as old");
		assert!(new_members.windows(2).all(|w| w[0] < w[1]), "pushed members are sorted");
		Self::change_members_sorted(&[], &[], new_members);
	}

	fn set_prime(prime: Option<u64>) {
		assert_eq!(C, EXECUTIVE, "only the Executive Council has a prime");
		unhashed::put(b":test:prime", &prime);
	}
}

/// A tabled motion: secretary, threshold, call and length bound.
pub type Motion = (u64, u32, RuntimeCall, u32);

/// The motions tabled so far.
pub fn motions() -> Vec<Motion> {
	unhashed::get(b":test:motions").unwrap_or_default()
}

/// Records motions; refuses one longer than its length bound, like `pallet-collective`.
pub struct RecordMotions;
impl ExecutiveMotions<u64, RuntimeCall> for RecordMotions {
	fn table(
		secretary: u64,
		threshold: u32,
		proposal: Box<RuntimeCall>,
		length_bound: u32,
	) -> DispatchResult {
		if proposal.encoded_size() > length_bound as usize {
			return Err(DispatchError::Other("WrongProposalLength"));
		}
		let mut all = motions();
		all.push((secretary, threshold, *proposal, length_bound));
		unhashed::put(b":test:motions", &all);
		Ok(())
	}
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

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for SessionKeys {
	fn register_session_keys(who: &u64) {
		register_keys(*who);
	}
}

parameter_types! {
	/// Statics so that the integrity test can be shown to reject a bad configuration.
	pub static CollectiveRequestDeposit: u64 = DEPOSIT;
	pub static MaxMembersPerCollective: u32 = 5;
	pub static RenewalWindow: u64 = WINDOW;
	pub static MaxExpiriesPerBlock: u32 = 4;
	pub const MembershipApplicationDeposit: u64 = APPLICATION_DEPOSIT;
	/// A leader's term; a test can change it to model a runtime upgrade.
	pub static LeaderTerm: u64 = TERM;
	pub static OrdinaryQuorum: u32 = 6;
	pub static MinValidators: u32 = 2;
	pub static MaxValidators: u32 = 5;
	pub static MaxUrlLength: u32 = 40;
	pub const CollectivesPalletId: PalletId = PalletId(*b"bmx/coll");
	pub static CapitalPeriodBlocks: u64 = CAPITAL_PERIOD;
	pub static GrantLimit: u64 = MAX_GRANT;
	pub static MemberReportPeriod: u64 = MONTH;
}

impl pallet_collectives::Config for Test {
	type ExecutiveOrigin = EnsureRoot<u64>;
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
	type AdvisoryOrigin = EnsureSignedBy<AdvisoryAccount, u64>;
	type ExecutiveCouncil = RecordMembers<EXECUTIVE>;
	type AdvisoryCouncil = RecordMembers<ADVISORY_COUNCIL>;
	type NodeCommission = RecordMembers<NODE_COMMISSION_COUNCIL>;
	type ProjectsCommission = RecordMembers<PROJECTS_COMMISSION_COUNCIL>;
	type ExecutiveProposal = RuntimeCall;
	type ExecutiveMotions = RecordMotions;
	type OrdinaryQuorum = OrdinaryQuorum;
	type ExtraordinaryQuorum = ConstU32<4>;
	type ExecutiveTerm = ConstU64<EXECUTIVE_TERM>;
	type MaxSeatProposals = ConstU32<2>;
	type MaxAdvisors = ConstU32<3>;
	type AdvisoryTerm = ConstU64<ADVISORY_TERM>;
	type MaxAdvisorRenewals = ConstU32<1>;
	type AdvisoryRequestDeposit = ConstU64<ADVISORY_DEPOSIT>;
	type NodeCommissionOrigin = EnsureSignedBy<NodeCommissionAccount, u64>;
	type ValidatorRegistration = SessionKeys;
	type MinValidators = MinValidators;
	type MaxValidators = MaxValidators;
	type MaxValidatorsPerCollective = ConstU32<2>;
	type ProjectsCommissionOrigin = EnsureSignedBy<ProjectsCommissionAccount, u64>;
	type MaxUrlLength = MaxUrlLength;
	type MaxPendingProjects = ConstU32<2>;
	type MaxProjects = ConstU32<2>;
	type PalletId = CollectivesPalletId;
	type CapitalPeriod = CapitalPeriodBlocks;
	type MaxGrantPerPeriod = GrantLimit;
	type MemberReportPeriod = MemberReportPeriod;
	type ProjectReportPeriod = ConstU64<60>;
	type LeaderReportPeriod = ConstU64<60>;
	type CommissionReportPeriod = ConstU64<30>;
	type SecretaryReportPeriod = ConstU64<90>;
	type AdvisoryReportPeriod = ConstU64<90>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = SessionKeys;
}

/// A bounded name for calls.
pub fn name(bytes: &[u8]) -> crate::NameOf<Test> {
	bytes.to_vec().try_into().expect("test names fit MaxNameLength; qed")
}

/// Builds test externalities from a genesis of collectives, members and leaders.
pub struct ExtBuilder {
	code_of_ethics: Option<DocumentHash>,
	collectives: Vec<(Vec<u8>, CollectiveKind)>,
	members: Vec<(u64, u32, Vec<u8>)>,
	leaders: Vec<(u32, u64)>,
	validators: Vec<(u64, u32)>,
	executive: Vec<(ExecutiveSeat, u64)>,
	advisors: Vec<u64>,
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
			validators: vec![],
			executive: vec![],
			advisors: vec![],
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

	/// Use these founding validators.
	pub fn validators(mut self, validators: Vec<(u64, u32)>) -> Self {
		self.validators = validators;
		self
	}

	/// Seat this founding Executive Council.
	pub fn executive(mut self, executive: Vec<(ExecutiveSeat, u64)>) -> Self {
		self.executive = executive;
		self
	}

	/// Seat this founding Advisory Council.
	pub fn advisors(mut self, advisors: Vec<u64>) -> Self {
		self.advisors = advisors;
		self
	}

	/// Build the externalities.
	pub fn build(self) -> sp_io::TestExternalities {
		let funded = (1..=5).chain(10..=13).chain(20..=22).chain(30..=30);
		let storage = RuntimeGenesisConfig {
			system: Default::default(),
			balances: pallet_balances::GenesisConfig {
				balances: funded.map(|a| (a, INITIAL_BALANCE)).collect(),
				..Default::default()
			},
			collectives: pallet_collectives::GenesisConfig {
				code_of_ethics: self.code_of_ethics,
				collectives: self.collectives,
				members: self.members,
				leaders: self.leaders,
				validators: self.validators,
				executive: self.executive,
				advisors: self.advisors,
			},
		}
		.build_storage()
		.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			for who in [10, 11, 12, 20, 21, 22, 30] {
				register_keys(who);
			}
		});
		ext
	}

	/// Build, run `test`, then check the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Collectives::do_try_state().expect("invariants hold after the test");
		});
	}
}

/// Move to block `n`, running the pallet's `on_initialize` at every block on the way.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Collectives::on_initialize(next);
	}
}

/// Externalities for the benchmark test suite: no members nor leaders, so that the benchmarks
/// build their own worst cases.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_test_ext() -> sp_io::TestExternalities {
	ExtBuilder::default()
		.members(vec![])
		.leaders(vec![])
		.collectives(vec![])
		.build()
}
