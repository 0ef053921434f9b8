//! `pallet-governing-councils`: the Executive Secretary, the commissioners and the Advisory
//! Council, whose seats feed the four `pallet-collective` instances of [`super::origins`].

use alloc::boxed::Box;
use frame_support::{dispatch::DispatchResult, parameter_types, traits::ConstU32, weights::Weight};
use pallet_collective::WeightInfo as _;
use sp_runtime::traits::Hash;

use super::{
	AdvisoryMajority, ExecutiveCollective, ExecutiveOrdinary, RenewalWindow, EXTRAORDINARY_QUORUM,
	MAX_ADVISORS, MAX_COLLECTIVES, MAX_PROPOSALS, MONTH, ORDINARY_QUORUM,
};
use crate::*;

parameter_types! {
	pub const AdvisoryRequestDeposit: Balance = 10 * UNIT;
	pub const ExecutiveTerm: BlockNumber = 2 * 365 * DAYS;
	pub const AdvisoryTerm: BlockNumber = 2 * 365 * DAYS;
	/// Commissions report monthly, the Secretary and the Advisory Council quarterly.
	pub const CommissionReportPeriod: BlockNumber = MONTH;
	pub const SecretaryReportPeriod: BlockNumber = 3 * MONTH;
	pub const AdvisoryReportPeriod: BlockNumber = 3 * MONTH;
}

/// Tables the Executive Secretary's motions in the Executive Council with the Secretary's aye
/// recorded. Members cannot table motions directly (`BaseCallFilter`), so every decision of the
/// Executive Council has the Secretary's participation.
pub struct SecretaryMotions;

impl pallet_governing_councils::ExecutiveMotions<AccountId, RuntimeCall> for SecretaryMotions {
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
		CollectiveWeights::propose_proposed(length_bound, members, MAX_PROPOSALS)
			.saturating_add(CollectiveWeights::vote(members))
	}
}

/// What pushing a new membership to a council costs in its `pallet-collective` instance: the
/// worst case, with [`MAX_PROPOSALS`] motions open (each one's votes are rewritten).
pub struct CouncilMembershipWeight;

impl pallet_governing_councils::CouncilMembershipWeight for CouncilMembershipWeight {
	fn change_members_weight() -> Weight {
		type CollectiveWeights = pallet_collective::weights::SubstrateWeight<Runtime>;
		let members = 1 + 2 * MAX_COLLECTIVES;
		// `set_members(m, n, p)` is the benchmark of `change_members_sorted` with m old members,
		// n new members and p open motions; the prime is set in the same go.
		CollectiveWeights::set_members(members, members, MAX_PROPOSALS)
	}
}

impl pallet_governing_councils::Config for Runtime {
	/// An ordinary decision of the Executive Council admits, renews and removes advisors.
	type ExecutiveOrigin = ExecutiveOrdinary;
	/// More than half of the Advisory Council designates and removes executives.
	type AdvisoryOrigin = AdvisoryMajority;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Collectives = CollectiveRegistry;
	type ExecutiveCouncil = ExecutiveCouncil;
	type AdvisoryCouncil = AdvisoryCouncil;
	type NodeCommission = NodeCommission;
	type ProjectsCommission = ProjectsCommission;
	type CouncilMembershipWeight = CouncilMembershipWeight;
	type ExecutiveProposal = RuntimeCall;
	type ExecutiveMotions = SecretaryMotions;
	type OrdinaryQuorum = ConstU32<ORDINARY_QUORUM>;
	type ExtraordinaryQuorum = ConstU32<EXTRAORDINARY_QUORUM>;
	type MaxCollectives = ConstU32<MAX_COLLECTIVES>;
	/// Two years.
	type ExecutiveTerm = ExecutiveTerm;
	type MaxSeatProposals = ConstU32<8>;
	type MaxAdvisors = ConstU32<MAX_ADVISORS>;
	/// Two years, renewable once.
	type AdvisoryTerm = AdvisoryTerm;
	type MaxAdvisorRenewals = ConstU32<1>;
	type RenewalWindow = RenewalWindow;
	type AdvisoryRequestDeposit = AdvisoryRequestDeposit;
	type MaxAdvisoryRequests = ConstU32<16>;
	/// At least 1 + 2 x collectives + advisors = 48.
	type MaxExpiriesPerBlock = ConstU32<64>;
	type Reports = Reports;
	type CommissionReportPeriod = CommissionReportPeriod;
	type SecretaryReportPeriod = SecretaryReportPeriod;
	type AdvisoryReportPeriod = AdvisoryReportPeriod;
	type WeightInfo = pallet_governing_councils::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = CollectiveRegistry;
}
