//! Weights for `pallet_validator_set`.
//!
//! PROVISIONAL: written from the storage accesses of each call (one read of the session keys,
//! one read and two writes of this pallet's storage) and a per-validator cost for the linear
//! search. Replace with the output of `scripts/benchmark.sh` (frame-benchmarking v2 through
//! `bmx-node benchmark pallet`), which regenerates this file from `benchmarking.rs`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_validator_set`.
pub trait WeightInfo {
	fn add_validator(v: u32, ) -> Weight;
	fn remove_validator(v: u32, ) -> Weight;
}

/// Weights for `pallet_validator_set` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Session::NextKeys` (r:1 w:0)
	/// Storage: `ValidatorSet::Validators` (r:1 w:1)
	/// Storage: `ValidatorSet::PlanPending` (r:0 w:1)
	/// The range of component `v` is `[1, 100]`.
	fn add_validator(v: u32, ) -> Weight {
		Weight::from_parts(20_000_000, 1_600)
			.saturating_add(Weight::from_parts(60_000, 32).saturating_mul(v.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `ValidatorSet::Validators` (r:1 w:1)
	/// Storage: `ValidatorSet::PlanPending` (r:0 w:1)
	/// The range of component `v` is `[2, 100]`.
	fn remove_validator(v: u32, ) -> Weight {
		Weight::from_parts(18_000_000, 1_600)
			.saturating_add(Weight::from_parts(60_000, 32).saturating_mul(v.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn add_validator(v: u32, ) -> Weight {
		Weight::from_parts(20_000_000, 1_600)
			.saturating_add(Weight::from_parts(60_000, 32).saturating_mul(v.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn remove_validator(v: u32, ) -> Weight {
		Weight::from_parts(18_000_000, 1_600)
			.saturating_add(Weight::from_parts(60_000, 32).saturating_mul(v.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
}
