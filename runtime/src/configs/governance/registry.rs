//! `pallet-collective-registry`: collectives, members, code of ethics, leaders.

use frame_support::{parameter_types, traits::ConstU32};

use super::{ExecutiveOrdinary, RenewalWindow, MAX_COLLECTIVES, MAX_LEADERS, MONTH};
use crate::*;

parameter_types! {
	pub const CollectiveRequestDeposit: Balance = 100 * UNIT;
	pub const MembershipApplicationDeposit: Balance = 10 * UNIT;
	pub const LeaderTerm: BlockNumber = 365 * DAYS;
	/// Leaders report bimonthly.
	pub const LeaderReportPeriod: BlockNumber = 2 * MONTH;
}

impl pallet_collective_registry::Config for Runtime {
	/// An ordinary decision of the Executive Council, or governed Root.
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
}
