//! Weights for `pallet_network_projects`.
//!
//! Written from the storage accesses of each call (listed above each function, for the worst
//! case of `benchmarking.rs`: a full list of pending applications, the longest repository
//! address) with a flat execution time per call; `scripts/benchmark.sh` (frame-benchmarking v2
//! through `bmx-node benchmark pallet`) regenerates this file from `benchmarking.rs`. The calls
//! that begin or end a report obligation add `Config::Reports`'s own weight to these.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_network_projects`.
pub trait WeightInfo {
	fn propose_project(p: u32, ) -> Weight;
	fn withdraw_project() -> Weight;
	fn recommend_project() -> Weight;
	fn decline_project() -> Weight;
	fn approve_project() -> Weight;
	fn reject_project() -> Weight;
	fn retire_project() -> Weight;
	fn grant_capital() -> Weight;
}

/// Weights for `pallet_network_projects` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `CollectiveRegistry::Collectives` (r:1 w:0)
	/// Storage: `CollectiveRegistry::Leaders` (r:1 w:0)
	/// Storage: `CollectiveRegistry::Members` (r:1 w:0)
	/// Storage: `CollectiveRegistry::CodeOfEthics` (r:1 w:0)
	/// Storage: `Projects::ProjectOf` (r:1 w:0)
	/// Storage: `Projects::ProjectApplications` (r:`p` w:1): the pending applications, for the account
	/// Storage: `Projects::CounterForProjectApplications` (r:1 w:1)
	/// Storage: `Projects::NextProjectId` (r:1 w:1)
	/// The range of component `p` is `[0, MaxPendingProjects]`.
	fn propose_project(p: u32, ) -> Weight {
		Weight::from_parts(40_000_000, 6_000)
			.saturating_add(Weight::from_parts(2_000_000, 1_500).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().reads(1_u64.saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Projects::ProjectApplications` (r:1 w:1)
	/// Storage: `Projects::CounterForProjectApplications` (r:1 w:1)
	/// Storage: `CollectiveRegistry::Leaders` (r:1 w:0)
	/// Storage: `CollectiveRegistry::Members` (r:1 w:0)
	/// Storage: `CollectiveRegistry::CodeOfEthics` (r:1 w:0)
	fn withdraw_project() -> Weight {
		Weight::from_parts(30_000_000, 5_000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Projects::ProjectApplications` (r:1 w:1)
	fn recommend_project() -> Weight {
		Weight::from_parts(20_000_000, 3_000)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Projects::ProjectApplications` (r:1 w:1)
	/// Storage: `Projects::CounterForProjectApplications` (r:1 w:1)
	fn decline_project() -> Weight {
		Weight::from_parts(25_000_000, 3_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Projects::ProjectApplications` (r:1 w:1)
	/// Storage: `Projects::CounterForProjectApplications` (r:1 w:1)
	/// Storage: `Projects::CounterForProjects` (r:1 w:1)
	/// Storage: `Projects::ProjectOf` (r:1 w:1)
	/// Storage: `Projects::Projects` (r:0 w:1)
	/// Storage: `Reports::Obligations` (r:1 w:1)
	fn approve_project() -> Weight {
		Weight::from_parts(40_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Projects::ProjectApplications` (r:1 w:1)
	/// Storage: `Projects::CounterForProjectApplications` (r:1 w:1)
	fn reject_project() -> Weight {
		Weight::from_parts(25_000_000, 3_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Projects::Projects` (r:1 w:1)
	/// Storage: `Projects::CounterForProjects` (r:1 w:1)
	/// Storage: `Projects::ProjectOf` (r:0 w:1)
	/// Storage: `Reports::Obligations` (r:0 w:1)
	/// Storage: `Reports::LastReports` (r:0 w:1)
	fn retire_project() -> Weight {
		Weight::from_parts(35_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `CollectiveRegistry::Collectives` (r:1 w:0)
	/// Storage: `CollectiveRegistry::Leaders` (r:1 w:0)
	/// Storage: `CollectiveRegistry::Members` (r:1 w:0)
	/// Storage: `CollectiveRegistry::CodeOfEthics` (r:1 w:0)
	/// Storage: `NodeIntegration::Validators` (r:1 w:0)
	/// Storage: `Projects::ProjectOf` (r:1 w:0)
	/// Storage: `Projects::Projects` (r:1 w:0)
	/// Storage: `Projects::CapitalGranted` (r:1 w:1)
	/// Storage: `System::Account` (r:2 w:2): the treasury and the beneficiary
	fn grant_capital() -> Weight {
		Weight::from_parts(60_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn propose_project(p: u32, ) -> Weight {
		Weight::from_parts(40_000_000, 6_000)
			.saturating_add(Weight::from_parts(2_000_000, 1_500).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().reads(1_u64.saturating_mul(p.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn withdraw_project() -> Weight {
		Weight::from_parts(30_000_000, 5_000)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn recommend_project() -> Weight {
		Weight::from_parts(20_000_000, 3_000)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn decline_project() -> Weight {
		Weight::from_parts(25_000_000, 3_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn approve_project() -> Weight {
		Weight::from_parts(40_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn reject_project() -> Weight {
		Weight::from_parts(25_000_000, 3_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn retire_project() -> Weight {
		Weight::from_parts(35_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn grant_capital() -> Weight {
		Weight::from_parts(60_000_000, 8_000)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
}
