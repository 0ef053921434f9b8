//! `pallet-collective-capital`: the collectives' treasuries, and capital as fee allowances that
//! nodes and projects request and leaders grant (the allowances themselves are kept and charged
//! by `FeeSponsorship`, see `configs/fees.rs`).

use frame_support::parameter_types;

use super::{ExecutiveOrdinary, MONTH};
use crate::*;

parameter_types! {
	/// The collectives' treasuries are sub-accounts of this id, one per collective (the same id
	/// the treasuries had under `Projects`).
	pub const CollectivesPalletId: frame_support::PalletId = frame_support::PalletId(*b"bmx/coll");
	/// The most one node or project may be granted per allowance period (30 days).
	pub const MaxGrantPerPeriod: Balance = 100 * UNIT;
	/// What a collective's grants may add up to per period unless the Executive sets otherwise:
	/// a month of fees for its nodes and projects.
	pub const DefaultCapitalBudget: Balance = 1_000 * UNIT;
	/// A request the leaders leave undecided for a month expires.
	pub const CapitalRequestLifetime: BlockNumber = MONTH;
}

impl pallet_collective_capital::Config for Runtime {
	type Currency = Balances;
	type PalletId = CollectivesPalletId;
	type Collectives = CollectiveRegistry;
	type Nodes = NodeIntegration;
	type Projects = Projects;
	/// Only this pallet grants allowances besides the Executive Council (`FeeSponsorship`'s own
	/// `AllowanceOrigin`).
	type Allowances = FeeSponsorship;
	/// An ordinary decision of the Executive Council sets budgets and may revoke any grant.
	type ExecutiveOrigin = ExecutiveOrdinary;
	type MaxGrantPerPeriod = MaxGrantPerPeriod;
	type DefaultBudget = DefaultCapitalBudget;
	/// Every node and every project may have one request pending.
	type MaxPendingRequests = frame_support::traits::ConstU32<{ super::MAX_VALIDATORS + 256 }>;
	type RequestLifetime = CapitalRequestLifetime;
	type WeightInfo = pallet_collective_capital::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = CapitalBenchmarkHelper;
}

/// Sets up the beneficiaries of the capital benchmarks through the real pallets: collectives,
/// members and leaders from the registry, a registered project from `Projects`.
#[cfg(feature = "runtime-benchmarks")]
pub struct CapitalBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl bmx_primitives::governance::GovernanceSetup<AccountId> for CapitalBenchmarkHelper {
	fn collective(index: u32) -> bmx_primitives::governance::CollectiveId {
		<CollectiveRegistry as bmx_primitives::governance::GovernanceSetup<AccountId>>::collective(
			index,
		)
	}
	fn active_member(collective: bmx_primitives::governance::CollectiveId, who: &AccountId) {
		<CollectiveRegistry as bmx_primitives::governance::GovernanceSetup<AccountId>>::active_member(
			collective, who,
		)
	}
	fn leader(collective: bmx_primitives::governance::CollectiveId, who: &AccountId) {
		<CollectiveRegistry as bmx_primitives::governance::GovernanceSetup<AccountId>>::leader(
			collective, who,
		)
	}
	fn without_leaders(collective: bmx_primitives::governance::CollectiveId) {
		<CollectiveRegistry as bmx_primitives::governance::GovernanceSetup<AccountId>>::without_leaders(
			collective,
		)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_collective_capital::BenchmarkHelper<AccountId> for CapitalBenchmarkHelper {
	fn project_account(collective: bmx_primitives::governance::CollectiveId, who: &AccountId) {
		Projects::register_for_benchmarks(collective, who.clone())
			.expect("a fresh account backs no project and ids are far from exhausted; qed");
	}
}
