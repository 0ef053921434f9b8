//! `pallet-network-projects`: projects proposed by collectives, recommended by the projects
//! commission and approved by the Executive Council. Their capital (fee allowances) is asked of
//! the collective's leaders through `Capital` (`capital.rs`).

use frame_support::{parameter_types, traits::ConstU32};

use super::{ExecutiveOrdinary, ProjectsCommissionMajority, MONTH};
use crate::*;

parameter_types! {
	/// Projects report bimonthly.
	pub const ProjectReportPeriod: BlockNumber = 2 * MONTH;
}

impl pallet_network_projects::Config for Runtime {
	/// An ordinary decision of the Executive Council approves, rejects and retires projects.
	type ExecutiveOrigin = ExecutiveOrdinary;
	/// More than half of the projects commission recommends or declines project applications.
	type ProjectsCommissionOrigin = ProjectsCommissionMajority;
	type Collectives = CollectiveRegistry;
	type MaxUrlLength = ConstU32<256>;
	type MaxPendingProjects = ConstU32<32>;
	type MaxProjects = ConstU32<256>;
	type Reports = Reports;
	type ProjectReportPeriod = ProjectReportPeriod;
	type WeightInfo = pallet_network_projects::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = CollectiveRegistry;
}
