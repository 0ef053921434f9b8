//! Weights for `pallet_node_integration`.
//!
//! The figures of the calls are those that `pallet_collectives` had for them, for the worst case
//! of `benchmarking.rs` (full validator sets, full endorsement lists);
//! `scripts/benchmark.sh` (frame-benchmarking v2 through `bmx-node benchmark pallet`)
//! regenerates this file from `benchmarking.rs`. The reads of the registry (`Config::Collectives`)
//! and the report obligations (`Config::Reports`, added by the calls) are listed where they
//! happen.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_node_integration`.
pub trait WeightInfo {
	fn apply_for_node() -> Weight;
	fn withdraw_node_application() -> Weight;
	fn endorse_node() -> Weight;
	fn approve_node() -> Weight;
	fn reject_node() -> Weight;
	fn remove_node() -> Weight;
	fn suspend_node() -> Weight;
	fn resume_node() -> Weight;
	fn can_leave() -> Weight;
	fn on_membership_lost() -> Weight;
}

/// Weights for `pallet_node_integration` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `CollectiveRegistry::Members` (r:1 w:0)
	/// Storage: `CollectiveRegistry::CodeOfEthics` (r:1 w:0)
	/// Storage: `Session::NextKeys` (r:1 w:0)
	/// Storage: `NodeIntegration::SuspendedNodes` (r:1 w:0)
	/// Storage: `NodeIntegration::Validators` (r:1 w:0)
	/// Storage: `NodeIntegration::NodeApplications` (r:1 w:1)
	/// Storage: `NodeIntegration::CounterForNodeApplications` (r:1 w:1)
	fn apply_for_node() -> Weight {
		Weight::from_parts(40_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `NodeIntegration::NodeApplications` (r:1 w:1)
	/// Storage: `NodeIntegration::CounterForNodeApplications` (r:1 w:1)
	fn withdraw_node_application() -> Weight {
		Weight::from_parts(25_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `NodeIntegration::NodeApplications` (r:1 w:1)
	/// Storage: `CollectiveRegistry::Leaders` (r:2 w:0)
	/// Storage: `CollectiveRegistry::Members` (r:1 w:0)
	/// Storage: `CollectiveRegistry::CodeOfEthics` (r:1 w:0)
	fn endorse_node() -> Weight {
		Weight::from_parts(35_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `NodeIntegration::NodeApplications` (r:1 w:1)
	/// Storage: `NodeIntegration::CounterForNodeApplications` (r:1 w:1)
	/// Storage: `CollectiveRegistry::Members` (r:1 w:0)
	/// Storage: `CollectiveRegistry::Leaders` (r:1 w:0)
	/// Storage: `Session::NextKeys` (r:1 w:0)
	/// Storage: `NodeIntegration::Validators` (r:1 w:1)
	/// Storage: `NodeIntegration::SuspendedNodes` (r:1 w:0)
	/// Storage: `NodeIntegration::CounterForSuspendedNodes` (r:1 w:0)
	/// Storage: `NodeIntegration::CollectivesWithoutNodes` (r:1 w:1)
	/// Storage: `NodeIntegration::PlanPending` (r:0 w:1)
	/// The member's report obligation begins: `Config::Reports::begin_weight`, added by the call.
	fn approve_node() -> Weight {
		Weight::from_parts(55_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `NodeIntegration::NodeApplications` (r:1 w:1)
	/// Storage: `NodeIntegration::CounterForNodeApplications` (r:1 w:1)
	fn reject_node() -> Weight {
		Weight::from_parts(25_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `NodeIntegration::SuspendedNodes` (r:1 w:1)
	/// Storage: `NodeIntegration::CounterForSuspendedNodes` (r:1 w:1)
	/// Storage: `NodeIntegration::Validators` (r:1 w:1)
	/// Storage: `NodeIntegration::PlanPending` (r:0 w:1)
	/// The member's report obligation ends: `Config::Reports::end_weight`, added by the call.
	fn remove_node() -> Weight {
		Weight::from_parts(35_000_000, 5_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `NodeIntegration::SuspendedNodes` (r:1 w:1)
	/// Storage: `NodeIntegration::CounterForSuspendedNodes` (r:1 w:1)
	/// Storage: `NodeIntegration::Validators` (r:1 w:1)
	/// Storage: `NodeIntegration::PlanPending` (r:0 w:1)
	fn suspend_node() -> Weight {
		Weight::from_parts(35_000_000, 5_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `NodeIntegration::SuspendedNodes` (r:1 w:1)
	/// Storage: `NodeIntegration::CounterForSuspendedNodes` (r:1 w:1)
	/// Storage: `Session::NextKeys` (r:1 w:0)
	/// Storage: `NodeIntegration::Validators` (r:1 w:1)
	/// Storage: `NodeIntegration::CollectivesWithoutNodes` (r:0 w:1)
	/// Storage: `NodeIntegration::PlanPending` (r:0 w:1)
	fn resume_node() -> Weight {
		Weight::from_parts(40_000_000, 5_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `NodeIntegration::SuspendedNodes` (r:1 w:0)
	/// Storage: `NodeIntegration::Validators` (r:1 w:0)
	fn can_leave() -> Weight {
		Weight::from_parts(10_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
	}
	/// Storage: `NodeIntegration::SuspendedNodes` (r:1 w:1)
	/// Storage: `NodeIntegration::CounterForSuspendedNodes` (r:0 w:1)
	/// Storage: `NodeIntegration::Validators` (r:1 w:1)
	/// Storage: `NodeIntegration::PlanPending` (r:0 w:1)
	/// Storage: `NodeIntegration::CollectivesWithoutNodes` (r:0 w:1)
	/// Storage: `NodeIntegration::NodeApplications` (r:1 w:1)
	/// Storage: `NodeIntegration::CounterForNodeApplications` (r:1 w:1)
	/// The member's report obligation ends: `Config::Reports::end_weight`, added by `weight()`.
	fn on_membership_lost() -> Weight {
		Weight::from_parts(40_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn apply_for_node() -> Weight {
		Weight::from_parts(40_000_000, 6_000)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn withdraw_node_application() -> Weight {
		Weight::from_parts(25_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn endorse_node() -> Weight {
		Weight::from_parts(35_000_000, 6_000)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn approve_node() -> Weight {
		Weight::from_parts(55_000_000, 8_000)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn reject_node() -> Weight {
		Weight::from_parts(25_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn remove_node() -> Weight {
		Weight::from_parts(35_000_000, 5_000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn suspend_node() -> Weight {
		Weight::from_parts(35_000_000, 5_000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn resume_node() -> Weight {
		Weight::from_parts(40_000_000, 5_000)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn can_leave() -> Weight {
		Weight::from_parts(10_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
	}
	fn on_membership_lost() -> Weight {
		Weight::from_parts(40_000_000, 6_000)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
}
