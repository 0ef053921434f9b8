//! `pallet-duty-reports`: the report obligations of every duty, and who answers for them.

use crate::*;

impl pallet_duty_reports::Config for Runtime {
	/// Each pallet answers for the subjects of its duties: the governance pallets for members,
	/// projects, leaders and councils; the registries for warehouses' inventories and the
	/// maintenance of subsidised land.
	type Answerers = (
		CollectiveRegistry,
		NodeIntegration,
		Projects,
		Councils,
		DepositCertificates,
		ReforestationSubsidies,
	);
	type WeightInfo = pallet_duty_reports::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ReportsBenchmarkHelper;
}

/// Sets up the worst case of `submit_report`: a registered project's account answers for its
/// reports (its account is read from `Projects`).
#[cfg(feature = "runtime-benchmarks")]
pub struct ReportsBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_duty_reports::BenchmarkHelper<AccountId> for ReportsBenchmarkHelper {
	fn answerer() -> (bmx_primitives::governance::ReportSubject<AccountId>, AccountId) {
		use bmx_primitives::governance::GovernanceSetup;
		let collective = <CollectiveRegistry as GovernanceSetup<AccountId>>::collective(0);
		let account: AccountId = frame_benchmarking::account("project", 0, 0);
		let project = Projects::register_for_benchmarks(collective, account.clone())
			.expect("a fresh account backs no project and ids are far from exhausted; qed");
		(bmx_primitives::governance::ReportSubject::Project(project), account)
	}
}
