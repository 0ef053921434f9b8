//! Network governance: the collectives, their members, leaders and nodes (`pallet-collectives`),
//! and the councils that decide, each a `pallet-collective` instance whose members
//! `pallet-collectives` keeps in step with its own state (`ChangeMembers`).
//!
//! | body | instance | decides with |
//! |---|---|---|
//! | Executive Council (Secretary + one projects and one node commissioner per collective) | `ExecutiveCouncil` | a motion tabled by the Secretary: ordinary = Secretary + 6 ayes, extraordinary = Secretary + 4 ayes |
//! | Advisory Council (at most 15) | `AdvisoryCouncil` | more than half of its members |
//! | Node-integration commission | `NodeCommission` | more than half of its members |
//! | Projects commission | `ProjectsCommission` | more than half of its members |

use alloc::boxed::Box;
use frame_support::{
	dispatch::DispatchResult,
	parameter_types,
	traits::{ConstU32, EitherOfDiverse},
	weights::Weight,
};
use frame_system::EnsureNever;
use pallet_collective::WeightInfo as _;
use sp_runtime::{traits::Hash, Perbill};

use super::{super::*, RuntimeBlockWeights, MAX_AUTHORITIES};

/// The Executive Council's `pallet-collective` instance.
pub type ExecutiveCollective = pallet_collective::Instance1;
/// The Advisory Council's instance.
pub type AdvisoryCollective = pallet_collective::Instance2;
/// The node-integration commission's instance.
pub type NodeCommissionCollective = pallet_collective::Instance3;
/// The projects commission's instance.
pub type ProjectsCommissionCollective = pallet_collective::Instance4;

/// The most collectives the network may have.
pub const MAX_COLLECTIVES: u32 = 16;
/// Ayes besides the Secretary's that an ordinary decision of the Executive Council needs.
pub const ORDINARY_QUORUM: u32 = 6;
/// Ayes besides the Secretary's that an extraordinary decision needs.
pub const EXTRAORDINARY_QUORUM: u32 = 4;

/// An ordinary decision of the Executive Council: a Secretary's motion with Secretary + 6 ayes.
pub type ExecutiveOrdinary =
	pallet_collective::EnsureMembers<AccountId, ExecutiveCollective, { ORDINARY_QUORUM + 1 }>;
/// An extraordinary decision of the Executive Council: Secretary + 4 ayes.
pub type ExecutiveExtraordinary =
	pallet_collective::EnsureMembers<AccountId, ExecutiveCollective, { EXTRAORDINARY_QUORUM + 1 }>;
/// More than half of the Advisory Council.
pub type AdvisoryMajority =
	pallet_collective::EnsureProportionMoreThan<AccountId, AdvisoryCollective, 1, 2>;
/// More than half of the node-integration commission.
pub type NodeCommissionMajority =
	pallet_collective::EnsureProportionMoreThan<AccountId, NodeCommissionCollective, 1, 2>;
/// More than half of the projects commission.
pub type ProjectsCommissionMajority =
	pallet_collective::EnsureProportionMoreThan<AccountId, ProjectsCommissionCollective, 1, 2>;

parameter_types! {
	/// How long a council motion stays open for votes.
	pub const MotionDuration: BlockNumber = 7 * DAYS;
	/// The heaviest call a council may dispatch: half a block.
	pub MaxProposalWeight: Weight = Perbill::from_percent(50) * RuntimeBlockWeights::get().max_block;
}

/// Members who do not vote count against a motion when it is closed after its duration: a
/// decision needs the ayes it states, never assumed ones.
pub struct AbstentionIsNay;

impl pallet_collective::DefaultVote for AbstentionIsNay {
	fn default_vote(_prime: Option<bool>, _yes: u32, _no: u32, _len: u32) -> bool {
		false
	}
}

/// One `pallet_collective::Config` per council: members come only from `pallet-collectives`
/// (`SetMembersOrigin` is never), motions expire instead of being killed, and no deposit is taken
/// for a motion (only council members can make one).
macro_rules! council_config {
	($instance:ty, $max_members:expr) => {
		impl pallet_collective::Config<$instance> for Runtime {
			type RuntimeOrigin = RuntimeOrigin;
			type Proposal = RuntimeCall;
			type RuntimeEvent = RuntimeEvent;
			type MotionDuration = MotionDuration;
			type MaxProposals = ConstU32<32>;
			type MaxMembers = ConstU32<{ $max_members }>;
			type DefaultVote = AbstentionIsNay;
			type WeightInfo = pallet_collective::weights::SubstrateWeight<Runtime>;
			type SetMembersOrigin = EnsureNever<()>;
			type MaxProposalWeight = MaxProposalWeight;
			type DisapproveOrigin = EnsureNever<()>;
			type KillOrigin = EnsureNever<()>;
			type Consideration = ();
		}
	};
}

council_config!(ExecutiveCollective, 1 + 2 * MAX_COLLECTIVES);
council_config!(AdvisoryCollective, 15);
council_config!(NodeCommissionCollective, MAX_COLLECTIVES);
council_config!(ProjectsCommissionCollective, MAX_COLLECTIVES);

/// Every call except a direct `ExecutiveCouncil::propose`: the Executive Council's motions are
/// tabled by the Secretary through `Collectives::table_motion`, which records the Secretary's aye.
pub struct NoDirectExecutiveMotions;

impl frame_support::traits::Contains<RuntimeCall> for NoDirectExecutiveMotions {
	fn contains(call: &RuntimeCall) -> bool {
		!matches!(call, RuntimeCall::ExecutiveCouncil(pallet_collective::Call::propose { .. }))
	}
}

/// Tables the Executive Secretary's motions in the Executive Council with the Secretary's aye
/// recorded. Members cannot table motions directly (`BaseCallFilter`), so every decision of the
/// Executive Council has the Secretary's participation.
pub struct SecretaryMotions;

impl pallet_collectives::traits::ExecutiveMotions<AccountId, RuntimeCall> for SecretaryMotions {
	fn table(
		secretary: AccountId,
		threshold: u32,
		proposal: Box<RuntimeCall>,
		length_bound: u32,
	) -> DispatchResult {
		let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&proposal);
		let index = pallet_collective::ProposalCount::<Runtime, ExecutiveCollective>::get();
		ExecutiveCouncil::do_propose_proposed(
			secretary.clone(),
			threshold,
			proposal,
			length_bound,
		)?;
		ExecutiveCouncil::do_vote(secretary, hash, index, true)?;
		Ok(())
	}

	fn table_weight(length_bound: u32) -> Weight {
		type CollectiveWeights = pallet_collective::weights::SubstrateWeight<Runtime>;
		let members = 1 + 2 * MAX_COLLECTIVES;
		CollectiveWeights::propose_proposed(length_bound, members, 32)
			.saturating_add(CollectiveWeights::vote(members))
	}
}

#[cfg(feature = "runtime-benchmarks")]
pub struct CollectivesBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_collectives::BenchmarkHelper<AccountId> for CollectivesBenchmarkHelper {
	fn register_session_keys(who: &AccountId) {
		use codec::Encode;
		use frame_support::traits::fungible::Mutate;
		// Enough for the existential deposit and the session key deposit.
		let _ = Balances::mint_into(who, 10 * UNIT);
		let generated = SessionKeys::generate(&who.encode(), None);
		let result = Session::set_keys(
			RuntimeOrigin::signed(who.clone()),
			generated.keys,
			generated.proof.encode(),
		);
		assert!(result.is_ok(), "session keys of a funded account register; qed");
	}
}

parameter_types! {
	pub const CollectiveRequestDeposit: Balance = 100 * UNIT;
	pub const MembershipApplicationDeposit: Balance = 10 * UNIT;
	pub const AdvisoryRequestDeposit: Balance = 10 * UNIT;
	pub const LeaderTerm: BlockNumber = 365 * DAYS;
	pub const RenewalWindow: BlockNumber = 30 * DAYS;
	pub const ExecutiveTerm: BlockNumber = 2 * 365 * DAYS;
	pub const AdvisoryTerm: BlockNumber = 2 * 365 * DAYS;
	/// The collectives' treasuries are sub-accounts of this id, one per collective.
	pub const CollectivesPalletId: frame_support::PalletId = frame_support::PalletId(*b"bmx/coll");
	/// Capital grants are limited per 30-day period...
	pub const CapitalPeriod: BlockNumber = MONTH;
	/// ...to this much per collective: a month of fees for its nodes and projects.
	pub const MaxGrantPerPeriod: Balance = 1_000 * UNIT;
	pub const MemberReportPeriod: BlockNumber = MONTH;
	pub const ProjectReportPeriod: BlockNumber = 2 * MONTH;
	pub const LeaderReportPeriod: BlockNumber = 2 * MONTH;
	pub const CommissionReportPeriod: BlockNumber = MONTH;
	pub const SecretaryReportPeriod: BlockNumber = 3 * MONTH;
	pub const AdvisoryReportPeriod: BlockNumber = 3 * MONTH;
}

/// A month for reporting and capital purposes: 30 days.
pub const MONTH: BlockNumber = 30 * DAYS;

impl pallet_collectives::Config for Runtime {
	/// An ordinary decision of the Executive Council.
	type ExecutiveOrigin = ExecutiveOrdinary;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type CollectiveRequestDeposit = CollectiveRequestDeposit;
	type MembershipApplicationDeposit = MembershipApplicationDeposit;
	type MaxNameLength = ConstU32<64>;
	type MaxCollectives = ConstU32<MAX_COLLECTIVES>;
	type MaxPendingRequests = ConstU32<16>;
	type MaxMembersPerCollective = ConstU32<1_000>;
	/// 2 to 3 leaders per collective.
	type MinLeaders = ConstU32<2>;
	type MaxLeaders = ConstU32<3>;
	/// One year, renewable twice.
	type LeaderTerm = LeaderTerm;
	type MaxLeaderRenewals = ConstU32<2>;
	type RenewalWindow = RenewalWindow;
	/// At least max(collectives x leaders, 1 + 2 x collectives + advisors) = 48.
	type MaxExpiriesPerBlock = ConstU32<64>;
	/// More than half of the Advisory Council designates and removes executives.
	type AdvisoryOrigin = AdvisoryMajority;
	type ExecutiveCouncil = ExecutiveCouncil;
	type AdvisoryCouncil = AdvisoryCouncil;
	type NodeCommission = NodeCommission;
	type ProjectsCommission = ProjectsCommission;
	type ExecutiveProposal = RuntimeCall;
	type ExecutiveMotions = SecretaryMotions;
	type OrdinaryQuorum = ConstU32<ORDINARY_QUORUM>;
	type ExtraordinaryQuorum = ConstU32<EXTRAORDINARY_QUORUM>;
	/// Two years.
	type ExecutiveTerm = ExecutiveTerm;
	type MaxSeatProposals = ConstU32<8>;
	type MaxAdvisors = ConstU32<15>;
	/// Two years, renewable once.
	type AdvisoryTerm = AdvisoryTerm;
	type MaxAdvisorRenewals = ConstU32<1>;
	type AdvisoryRequestDeposit = AdvisoryRequestDeposit;
	/// The node commission's majority, or an extraordinary decision of the Executive Council
	/// (to take a misbehaving node out quickly).
	type NodeCommissionOrigin = EitherOfDiverse<NodeCommissionMajority, ExecutiveExtraordinary>;
	type ValidatorRegistration = Session;
	/// A permissioned network may run on one node (the development chain does).
	type MinValidators = ConstU32<1>;
	type MaxValidators = ConstU32<32>;
	type MaxValidatorsPerCollective = ConstU32<4>;
	/// More than half of the projects commission recommends or declines project applications.
	type ProjectsCommissionOrigin = ProjectsCommissionMajority;
	type MaxUrlLength = ConstU32<256>;
	type MaxPendingProjects = ConstU32<32>;
	type MaxProjects = ConstU32<256>;
	type PalletId = CollectivesPalletId;
	type CapitalPeriod = CapitalPeriod;
	type MaxGrantPerPeriod = MaxGrantPerPeriod;
	/// Members running nodes report monthly, projects and leaders bimonthly, commissions
	/// monthly, the Secretary and the Advisory Council quarterly.
	type MemberReportPeriod = MemberReportPeriod;
	type ProjectReportPeriod = ProjectReportPeriod;
	type LeaderReportPeriod = LeaderReportPeriod;
	type CommissionReportPeriod = CommissionReportPeriod;
	type SecretaryReportPeriod = SecretaryReportPeriod;
	type AdvisoryReportPeriod = AdvisoryReportPeriod;
	type WeightInfo = pallet_collectives::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = CollectivesBenchmarkHelper;
}

const _: () = assert!(32 <= MAX_AUTHORITIES, "MaxValidators must fit Aura and GRANDPA's limits");
