//! Weights for `pallet_duty_reports`.
//!
//! Written from the storage accesses of each call and hook (listed above each function, for the
//! worst case of `benchmarking.rs`) with a flat execution time; `scripts/benchmark.sh`
//! (frame-benchmarking v2 through `bmx-node benchmark pallet`) regenerates this file from
//! `benchmarking.rs`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_duty_reports`.
pub trait WeightInfo {
	fn submit_report() -> Weight;
	fn begin_obligation() -> Weight;
	fn end_obligation() -> Weight;
}

/// Weights for `pallet_duty_reports` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Reports::Obligations` (r:1 w:1)
	/// Storage: `Projects::Projects` (r:1 w:0): a project's account (the costliest subject to check)
	/// Storage: `Reports::LastReports` (r:0 w:1)
	fn submit_report() -> Weight {
		Weight::from_parts(30_000_000, 5_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Reports::Obligations` (r:1 w:1)
	fn begin_obligation() -> Weight {
		Weight::from_parts(10_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Reports::Obligations` (r:0 w:1)
	/// Storage: `Reports::LastReports` (r:0 w:1)
	fn end_obligation() -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn submit_report() -> Weight {
		Weight::from_parts(30_000_000, 5_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn begin_obligation() -> Weight {
		Weight::from_parts(10_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn end_obligation() -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
}
