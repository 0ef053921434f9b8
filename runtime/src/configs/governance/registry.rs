//! `pallet-collective-registry`: collectives, members, code of ethics, leaders.

use frame_support::{parameter_types, traits::ConstU32};

use frame_system::EnsureRoot;

use super::{
	ExecutiveOrdinary, RejectionPenalty, RenewalWindow, RequestLifetime, MAX_COLLECTIVES,
	MAX_LEADERS, MONTH,
};
use crate::*;

parameter_types! {
	pub const CollectiveRequestDeposit: Balance = 100 * UNIT;
	pub const MembershipApplicationDeposit: Balance = 10 * UNIT;
	pub const LeaderTerm: BlockNumber = 365 * DAYS;
	/// Leaders report bimonthly.
	pub const LeaderReportPeriod: BlockNumber = 2 * MONTH;
	/// A collective has six months from its creation to run its first node; after that, a
	/// collective without nodes may be flagged and dissolved by the Executive Council.
	pub const NodeGracePeriod: BlockNumber = 6 * MONTH;
}

impl pallet_collective_registry::Config for Runtime {
	/// An ordinary decision of the Executive Council, or governed Root.
	type ExecutiveOrigin = ExecutiveOrdinary;
	/// Leaders come from the members' elections (`LeadershipElections`, through
	/// `LeadershipRegister`); appointing or renewing one by call is Root's alone, that is both
	/// councils together: the way out when elections cannot work.
	type LeadershipOrigin = EnsureRoot<AccountId>;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type CollectiveRequestDeposit = CollectiveRequestDeposit;
	type MembershipApplicationDeposit = MembershipApplicationDeposit;
	type MaxNameLength = ConstU32<64>;
	type MaxCollectives = ConstU32<MAX_COLLECTIVES>;
	type MaxPendingRequests = ConstU32<16>;
	/// One pending request for a new collective per account.
	type MaxRequestsPerAccount = ConstU32<1>;
	type RequestLifetime = RequestLifetime;
	type RejectionPenalty = RejectionPenalty;
	/// Kept deposits go where fees go.
	type Slashed = crate::configs::ToAuthorsCollective;
	type Nodes = NodeIntegration;
	/// A collective is dissolved only once its projects are retired.
	type Projects = Projects;
	/// A promoter commits to run at least one node, at most the quota of a collective
	/// (`MaxValidatorsPerCollective`).
	type MaxCommittedNodes = ConstU32<4>;
	type NodeGracePeriod = NodeGracePeriod;
	type MaxMembersPerCollective = ConstU32<{ super::MAX_MEMBERS_PER_COLLECTIVE }>;
	/// 2 to 3 leaders per collective.
	type MinLeaders = ConstU32<2>;
	type MaxLeaders = ConstU32<MAX_LEADERS>;
	/// One year; at most three terms per account, for life (appointments and renewals).
	type LeaderTerm = LeaderTerm;
	type MaxLeaderRenewals = ConstU32<2>;
	type RenewalWindow = RenewalWindow;
	/// At least collectives x leaders = 48.
	type MaxExpiriesPerBlock = ConstU32<64>;
	/// A member that stops being active loses its node and its commissioner seat.
	type MembershipHooks = (NodeIntegration, Councils);
	type Reports = Reports;
	type LeaderReportPeriod = LeaderReportPeriod;
	type WeightInfo = pallet_collective_registry::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = RegistryBenchmarkHelper;
}

/// Makes a collective run a node for the registry's benchmarks: an active member of it in the
/// validator set of `NodeIntegration`.
#[cfg(feature = "runtime-benchmarks")]
pub struct RegistryBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_collective_registry::BenchmarkHelper for RegistryBenchmarkHelper {
	fn run_node(collective: bmx_primitives::governance::CollectiveId) {
		use bmx_primitives::governance::GovernanceSetup;
		let who: AccountId = frame_benchmarking::account("node", collective, 0);
		<CollectiveRegistry as GovernanceSetup<AccountId>>::active_member(collective, &who);
		pallet_node_integration::Validators::<Runtime>::mutate(|validators| {
			validators
				.try_push((who, collective))
				.expect("benchmarks start far below MaxValidators; qed")
		});
	}
}
