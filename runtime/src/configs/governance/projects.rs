//! `pallet-network-projects`: projects proposed by collectives, and capital grants from the
//! collectives' treasuries.

use frame_support::{parameter_types, traits::ConstU32};

use super::{ExecutiveOrdinary, ProjectsCommissionMajority, MONTH};
use crate::*;

parameter_types! {
	/// The collectives' treasuries are sub-accounts of this id, one per collective.
	pub const CollectivesPalletId: frame_support::PalletId = frame_support::PalletId(*b"bmx/coll");
	/// Capital grants are limited per 30-day period...
	pub const CapitalPeriod: BlockNumber = MONTH;
	/// ...to this much per collective: a month of fees for its nodes and projects.
	pub const MaxGrantPerPeriod: Balance = 1_000 * UNIT;
	/// Projects report bimonthly.
	pub const ProjectReportPeriod: BlockNumber = 2 * MONTH;
}

impl pallet_network_projects::Config for Runtime {
	/// An ordinary decision of the Executive Council approves, rejects and retires projects.
	type ExecutiveOrigin = ExecutiveOrdinary;
	/// More than half of the projects commission recommends or declines project applications.
	type ProjectsCommissionOrigin = ProjectsCommissionMajority;
	type Currency = Balances;
	type Collectives = CollectiveRegistry;
	type Nodes = NodeIntegration;
	type MaxUrlLength = ConstU32<256>;
	type MaxPendingProjects = ConstU32<32>;
	type MaxProjects = ConstU32<256>;
	type PalletId = CollectivesPalletId;
	type CapitalPeriod = CapitalPeriod;
	type MaxGrantPerPeriod = MaxGrantPerPeriod;
	type Reports = Reports;
	type ProjectReportPeriod = ProjectReportPeriod;
	type WeightInfo = pallet_network_projects::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = CollectiveRegistry;
}
