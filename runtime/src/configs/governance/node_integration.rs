//! `pallet-node-integration`: members' node applications and the validator set, which it hands
//! to `pallet-session` as its `SessionManager`.

use frame_support::{
	parameter_types,
	traits::{ConstU32, EitherOfDiverse},
};

use frame_system::EnsureRoot;

use super::{ExecutiveExtraordinary, NodeCommissionMajority, MAX_LEADERS, MAX_VALIDATORS, MONTH};
use crate::SESSION_PERIOD;
use crate::*;

parameter_types! {
	/// Members running nodes report monthly.
	pub const MemberReportPeriod: BlockNumber = MONTH;
}

impl pallet_node_integration::Config for Runtime {
	/// Admission and resumption: the node commission only (or governed Root).
	type NodeCommissionOrigin = NodeCommissionMajority;
	/// Removal and suspension: the node commission, or an extraordinary decision of the
	/// Executive Council (to take a misbehaving node out quickly), or governed Root.
	type NodeRemovalOrigin = EitherOfDiverse<NodeCommissionMajority, ExecutiveExtraordinary>;
	/// The minimum number of validators is a parameter of governed Root.
	type ParameterOrigin = EnsureRoot<AccountId>;
	type Collectives = CollectiveRegistry;
	type Session = Session;
	/// The genesis sets the minimum (development 1, local and test networks 4); governance may
	/// raise or lower it, never below one.
	type MinValidatorsFloor = ConstU32<1>;
	type MaxValidators = ConstU32<MAX_VALIDATORS>;
	type MaxValidatorsPerCollective = ConstU32<4>;
	/// Every leader of a collective may endorse.
	type MaxEndorsements = ConstU32<MAX_LEADERS>;
	type Reports = Reports;
	type MemberReportPeriod = MemberReportPeriod;
	/// Ten minutes; a test network may set a shorter one in its genesis.
	type DefaultSessionLength = ConstU32<SESSION_PERIOD>;
	type WeightInfo = pallet_node_integration::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = NodeIntegrationBenchmarkHelper;
}

/// Sets up the benchmarks of node integration: members and leaders through the registry,
/// session keys through `pallet-session`.
#[cfg(feature = "runtime-benchmarks")]
pub struct NodeIntegrationBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl bmx_primitives::governance::GovernanceSetup<AccountId> for NodeIntegrationBenchmarkHelper {
	fn collective(index: u32) -> bmx_primitives::governance::CollectiveId {
		<CollectiveRegistry as bmx_primitives::governance::GovernanceSetup<_>>::collective(index)
	}
	fn active_member(collective: bmx_primitives::governance::CollectiveId, who: &AccountId) {
		<CollectiveRegistry as bmx_primitives::governance::GovernanceSetup<_>>::active_member(
			collective, who,
		)
	}
	fn leader(collective: bmx_primitives::governance::CollectiveId, who: &AccountId) {
		<CollectiveRegistry as bmx_primitives::governance::GovernanceSetup<_>>::leader(
			collective, who,
		)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_node_integration::BenchmarkHelper<AccountId> for NodeIntegrationBenchmarkHelper {
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
