//! Test runtime: System, Balances (for advisory request deposits), Preimage (for the calls of
//! long motions) and the councils, with the registry and the reports service played by
//! `bmx-primitives`' stand-ins.
//!
//! State of [`ExtBuilder::default`], in [`MockCollectives`]:
//! - collectives 0 (Academia), 1 (Empresas), 2 (Sector publico) and 3 (Sociedad civil);
//!   `MaxCollectives` is 5;
//! - in Academia: 10, 11, 12 and 13, all active; 10 and 11 lead it;
//! - in Empresas: 20, 21 and 22, active, no leaders;
//! - in Sector publico: 30, active, no leaders; Sociedad civil is empty;
//! - accounts 1 to 5, 10 to 13, 20 to 22 and 30 hold [`INITIAL_BALANCE`]; 99 holds nothing;
//!   [`SLASHED`] receives the slashed part of rejected advisory requests' deposits;
//! - no seats or advisors (see [`ExtBuilder::executive`] and [`ExtBuilder::advisors`]).
//!
//! Origins: the Executive Council is Root or an ordinary decision of its motions
//! ([`crate::EnsureOrdinaryDecision`]), the Advisory Council is account [`ADVISORY`], the
//! reseating origin is account [`RESEAT`]. The councils' `ChangeMembers` are recorded in storage
//! ([`pushed`]); the report obligations in [`MockReports`]. Each push weighs [`PUSH_WEIGHT`].
//! Motions stay open [`VOTING_PERIOD`] blocks; session requests [`SESSION_LIFETIME`] blocks;
//! mass expiries are warned of [`NOTICE_BLOCKS`] blocks ahead from [`MASS_EXPIRY`] terms.
//! [`AdvisoryQuorum`] is 0, which keeps the collectives' majority from designating anyone,
//! except in the tests of that way out.

use crate as pallet_governing_councils;
use crate::{
	traits::CouncilMembershipWeight, Advisors, Commission, Commissioners, EnsureOrdinaryDecision,
	ExecutiveSeat, ExecutiveSecretary,
};
use bmx_primitives::{
	governance::{ReportObligations, ReportSubject},
	mock::{MockCollectives, MockReports},
};
use frame_support::{
	derive_impl, ord_parameter_types, parameter_types,
	storage::unhashed,
	traits::{tokens::imbalance::ResolveTo, ChangeMembers, ConstU32, ConstU64, EitherOf, Hooks},
	weights::Weight,
};
use frame_system::{EnsureRoot, EnsureSignedBy};
use sp_runtime::{BuildStorage, Perbill};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Preimage: pallet_preimage,
		Councils: pallet_governing_councils,
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

impl pallet_preimage::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type Currency = Balances;
	type ManagerOrigin = EnsureRoot<u64>;
	type Consideration = ();
}

/// The balance of the funded accounts.
pub const INITIAL_BALANCE: u64 = 100;
/// The renewal window, in blocks.
pub const WINDOW: u64 = 10;
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
/// The account behind [`crate::Config::ReseatOrigin`].
pub const RESEAT: u64 = 901;
/// How long a motion stays open, in blocks.
pub const VOTING_PERIOD: u64 = 20;
/// How long a session request stays open unless cited, in blocks.
pub const SESSION_LIFETIME: u64 = 40;
/// How far ahead mass expiries are warned of, in blocks.
pub const NOTICE_BLOCKS: u64 = 15;
/// How many terms ending at one block make a mass expiry.
pub const MASS_EXPIRY: u32 = 3;
/// The longest call of a motion, in bytes.
pub const MAX_MOTION_LENGTH: u32 = 1024;
/// The most open motions.
pub const OPEN_MOTIONS: u32 = 3;
/// An executive term, in blocks.
pub const EXECUTIVE_TERM: u64 = 200;
/// An advisory term, in blocks.
pub const ADVISORY_TERM: u64 = 150;
/// The deposit of an advisory request.
pub const ADVISORY_DEPOSIT: u64 = 7;
/// A commission's report period, in blocks (a "month").
pub const COMMISSION_PERIOD: u64 = 30;
/// The Secretary's report period, in blocks (a "quarter").
pub const SECRETARY_PERIOD: u64 = 90;
/// The Advisory Council's report period, in blocks (a "quarter").
pub const ADVISORY_PERIOD: u64 = 90;
/// How long an advisory request stays pending, in blocks.
pub const REQUEST_LIFETIME: u64 = 60;
/// The account that receives the slashed part of rejected requests' deposits.
pub const SLASHED: u64 = 800;
/// The weight of one push to a council's `ChangeMembers`.
pub const PUSH_WEIGHT: Weight = Weight::from_parts(1_000_000, 100);

ord_parameter_types! {
	pub const AdvisoryAccount: u64 = ADVISORY;
	pub const ReseatAccount: u64 = RESEAT;
}

/// Storage key of the membership last pushed to council `council`.
fn pushed_key(council: u8) -> Vec<u8> {
	[b":test:council:".as_slice(), &[council]].concat()
}

/// The membership last pushed to `council` (one of [`ADVISORY_COUNCIL`],
/// [`NODE_COMMISSION_COUNCIL`], [`PROJECTS_COMMISSION_COUNCIL`]).
pub fn pushed(council: u8) -> Vec<u64> {
	unhashed::get(&pushed_key(council)).unwrap_or_default()
}

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

	fn set_prime(_prime: Option<u64>) {
		panic!("the councils set no prime");
	}
}

/// Each push weighs [`PUSH_WEIGHT`].
pub struct PushWeight;
impl CouncilMembershipWeight for PushWeight {
	fn change_members_weight() -> Weight {
		PUSH_WEIGHT
	}
}

parameter_types! {
	/// Statics so that the integrity test can be shown to reject a bad configuration.
	pub static OrdinaryQuorum: u32 = 6;
	pub static RenewalWindow: u64 = WINDOW;
	pub static MaxExpiriesPerBlock: u32 = 4;
	pub static MaxAdvisorRenewals: u32 = 1;
	pub static CommissionReportPeriod: u64 = COMMISSION_PERIOD;
	pub static SecretaryReportPeriod: u64 = SECRETARY_PERIOD;
	pub static AdvisoryReportPeriod: u64 = ADVISORY_PERIOD;
	pub static MaxExecutiveTerms: u32 = 2;
	pub static MaxProposalWeight: Weight = Weight::from_parts(1_000_000_000, 10_000);
	pub static MotionDuration: u64 = VOTING_PERIOD;
	pub static MaxMotions: u32 = OPEN_MOTIONS;
	pub static SessionRequestLifetime: u64 = SESSION_LIFETIME;
	pub static ExpiryNotice: u64 = NOTICE_BLOCKS;
	pub static MassExpiryThreshold: u32 = MASS_EXPIRY;
	/// Zero: the collectives' majority designates nobody, so that the tests see the councils'
	/// own rules; the tests of that way out set 1 (no advisor) or 2 (the runtime's).
	pub static AdvisoryQuorum: u32 = 0;
	pub static MaxSeatProposals: u32 = 3;
	/// Half of a rejected request's deposit is slashed (3 of [`ADVISORY_DEPOSIT`], rounded
	/// down).
	pub static RejectionPenalty: Perbill = Perbill::from_percent(50);
	pub static AdvisoryRequestLifetime: u64 = REQUEST_LIFETIME;
}

impl pallet_governing_councils::Config for Test {
	type ExecutiveOrigin = EitherOf<EnsureRoot<u64>, EnsureOrdinaryDecision>;
	type AdvisoryOrigin = EnsureSignedBy<AdvisoryAccount, u64>;
	type ReseatOrigin = EnsureSignedBy<ReseatAccount, u64>;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Collectives = MockCollectives;
	type Reports = MockReports<Test>;
	type AdvisoryCouncil = RecordMembers<ADVISORY_COUNCIL>;
	type NodeCommission = RecordMembers<NODE_COMMISSION_COUNCIL>;
	type ProjectsCommission = RecordMembers<PROJECTS_COMMISSION_COUNCIL>;
	type CouncilMembershipWeight = PushWeight;
	type ExecutiveProposal = RuntimeCall;
	type Preimages = Preimage;
	type OrdinaryQuorum = OrdinaryQuorum;
	type ExtraordinaryQuorum = ConstU32<4>;
	type AdvisoryQuorum = AdvisoryQuorum;
	type MotionDuration = MotionDuration;
	type MaxMotions = MaxMotions;
	type MaxMotionLength = ConstU32<MAX_MOTION_LENGTH>;
	type MaxProposalWeight = MaxProposalWeight;
	type SessionRequestLifetime = SessionRequestLifetime;
	type MaxExecutiveTerms = MaxExecutiveTerms;
	type ExpiryNotice = ExpiryNotice;
	type MassExpiryThreshold = MassExpiryThreshold;
	type MaxCollectives = ConstU32<5>;
	type ExecutiveTerm = ConstU64<EXECUTIVE_TERM>;
	type MaxSeatProposals = MaxSeatProposals;
	type MaxAdvisors = ConstU32<3>;
	type AdvisoryTerm = ConstU64<ADVISORY_TERM>;
	type MaxAdvisorRenewals = MaxAdvisorRenewals;
	type RenewalWindow = RenewalWindow;
	type AdvisoryRequestDeposit = ConstU64<ADVISORY_DEPOSIT>;
	type AdvisoryRequestLifetime = AdvisoryRequestLifetime;
	type RejectionPenalty = RejectionPenalty;
	type Slashed = ResolveTo<ConstU64<SLASHED>, Balances>;
	type MaxAdvisoryRequests = ConstU32<2>;
	type MaxExpiriesPerBlock = MaxExpiriesPerBlock;
	type CommissionReportPeriod = CommissionReportPeriod;
	type SecretaryReportPeriod = SecretaryReportPeriod;
	type AdvisoryReportPeriod = AdvisoryReportPeriod;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockCollectives;
}

/// Builds test externalities: the stand-ins' collectives, members and leaders, and a genesis
/// of seats.
pub struct ExtBuilder {
	collectives: bool,
	executive: Vec<(ExecutiveSeat, u64, Option<u64>)>,
	advisors: Vec<(u64, Option<u64>)>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self { collectives: true, executive: vec![], advisors: vec![] }
	}
}

impl ExtBuilder {
	/// Start from no collectives, members nor leaders.
	pub fn without_collectives(mut self) -> Self {
		self.collectives = false;
		self
	}

	/// Seat this founding Executive Council, for full terms.
	pub fn executive(mut self, executive: Vec<(ExecutiveSeat, u64)>) -> Self {
		self.executive = executive.into_iter().map(|(seat, who)| (seat, who, None)).collect();
		self
	}

	/// Seat this founding Executive Council, each with its own first term (`None`: full).
	pub fn staggered_executive(
		mut self,
		executive: Vec<(ExecutiveSeat, u64, Option<u64>)>,
	) -> Self {
		self.executive = executive;
		self
	}

	/// Seat this founding Advisory Council, for full terms.
	pub fn advisors(mut self, advisors: Vec<u64>) -> Self {
		self.advisors = advisors.into_iter().map(|who| (who, None)).collect();
		self
	}

	/// Seat this founding Advisory Council, each with its own first term (`None`: full).
	pub fn staggered_advisors(mut self, advisors: Vec<(u64, Option<u64>)>) -> Self {
		self.advisors = advisors;
		self
	}

	/// Build the externalities.
	pub fn build(self) -> sp_io::TestExternalities {
		bmx_primitives::mock::reset();
		if self.collectives {
			for collective in [ACADEMIA, EMPRESAS, SECTOR_PUBLICO, SOCIEDAD_CIVIL] {
				MockCollectives::add_collective(collective);
			}
			for who in [10, 11, 12, 13] {
				MockCollectives::add_member(ACADEMIA, who);
			}
			for who in [20, 21, 22] {
				MockCollectives::add_member(EMPRESAS, who);
			}
			MockCollectives::add_member(SECTOR_PUBLICO, 30);
			MockCollectives::add_leader(ACADEMIA, 10);
			MockCollectives::add_leader(ACADEMIA, 11);
		}
		let funded = (1..=5).chain(10..=13).chain(20..=22).chain(30..=30);
		let storage = RuntimeGenesisConfig {
			system: Default::default(),
			balances: pallet_balances::GenesisConfig {
				balances: funded.map(|a| (a, INITIAL_BALANCE)).collect(),
				..Default::default()
			},
			councils: pallet_governing_councils::GenesisConfig {
				executive: self.executive,
				advisors: self.advisors,
			},
		}
		.build_storage()
		.expect("the test genesis is valid; qed");
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Build, run `test`, then check the pallet's invariants and that the reports service
	/// holds exactly the obligations of the seats.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Councils::do_try_state().expect("invariants hold after the test");
			check_report_obligations();
		});
	}
}

/// The obligation of `subject` in [`MockReports`]: its due block.
pub fn due(subject: ReportSubject<u64>) -> Option<u64> {
	<MockReports<Test> as ReportObligations<u64, u64>>::due(&subject)
}

/// Check that [`MockReports`] holds an obligation for each commission with a commissioner, for
/// the Secretary's seat when held and for the Advisory Council when it has an advisor, and no
/// other obligation of these subjects.
pub fn check_report_obligations() {
	for commission in [Commission::Projects, Commission::NodeIntegration] {
		assert_eq!(
			due(ReportSubject::Commission(commission)).is_some(),
			Commissioners::<Test>::iter_prefix(commission).next().is_some(),
			"the {commission:?} commission's obligation differs from its seats"
		);
	}
	assert_eq!(
		due(ReportSubject::Secretary).is_some(),
		ExecutiveSecretary::<Test>::get().is_some(),
		"the Secretary's obligation differs from the seat"
	);
	assert_eq!(
		due(ReportSubject::AdvisoryCouncil).is_some(),
		!Advisors::<Test>::get().is_empty(),
		"the Advisory Council's obligation differs from its seats"
	);
}

/// The members of the Executive Council as the pallet records them.
pub fn executive_members() -> Vec<u64> {
	crate::CouncilMembers::<Test>::get(crate::Council::Executive).into_inner()
}

/// Move to block `n`, running the pallet's `on_initialize` at every block on the way.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Councils::on_initialize(next);
	}
}

/// Externalities for the benchmark test suite: no collectives, members nor leaders, so that the
/// benchmarks build their own worst cases; the collectives' majority on, as in the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_test_ext() -> sp_io::TestExternalities {
	AdvisoryQuorum::set(1);
	ExtBuilder::default().without_collectives().build()
}
