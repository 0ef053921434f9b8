//! Weights for `pallet_collective_registry`.
//!
//! The figures of the calls as they were in `pallet-collectives`, for the worst case of
//! `benchmarking.rs`; `scripts/benchmark.sh` regenerates this file from the benchmarks. The
//! membership hooks' and the report obligations' own weights are not in these figures: the
//! calls add `T::MembershipHooks::weight()` and `T::Reports::begin_weight()`/`end_weight()`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_collective_registry`.
pub trait WeightInfo {
	fn request_collective() -> Weight;
	fn approve_collective_request() -> Weight;
	fn reject_collective_request() -> Weight;
	fn withdraw_collective_request() -> Weight;
	fn set_code_of_ethics() -> Weight;
	fn apply_for_membership() -> Weight;
	fn admit_member() -> Weight;
	fn reject_application() -> Weight;
	fn accept_code_of_ethics() -> Weight;
	fn suspend_member() -> Weight;
	fn reinstate_member() -> Weight;
	fn leave() -> Weight;
	fn appoint_leader() -> Weight;
	fn renew_leader() -> Weight;
	fn remove_leader() -> Weight;
	fn expel_member() -> Weight;
	fn on_initialize(e: u32, ) -> Weight;
}

/// Weights for `pallet_collective_registry` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `CollectiveRegistry::CollectiveNames` (r:1 w:0)
	/// Storage: `CollectiveRegistry::CounterForCollectives` (r:1 w:0)
	/// Storage: `CollectiveRegistry::CounterForCollectiveRequests` (r:1 w:1)
	/// Storage: `CollectiveRegistry::NextRequestId` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	/// Storage: `CollectiveRegistry::CollectiveRequests` (r:0 w:1)
	fn request_collective() -> Weight {
		Weight::from_parts(45_000_000, 3_700)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `CollectiveRegistry::CollectiveRequests` (r:1 w:1)
	/// Storage: `CollectiveRegistry::CounterForCollectiveRequests` (r:1 w:1)
	/// Storage: `CollectiveRegistry::CollectiveNames` (r:1 w:1)
	/// Storage: `CollectiveRegistry::CounterForCollectives` (r:1 w:1)
	/// Storage: `CollectiveRegistry::NextCollectiveId` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	/// Storage: `CollectiveRegistry::Collectives` (r:0 w:1)
	fn approve_collective_request() -> Weight {
		Weight::from_parts(55_000_000, 3_800)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `CollectiveRegistry::CollectiveRequests` (r:1 w:1)
	/// Storage: `CollectiveRegistry::CounterForCollectiveRequests` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	fn reject_collective_request() -> Weight {
		Weight::from_parts(40_000_000, 3_800)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `CollectiveRegistry::CollectiveRequests` (r:1 w:1)
	/// Storage: `CollectiveRegistry::CounterForCollectiveRequests` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	fn withdraw_collective_request() -> Weight {
		Weight::from_parts(40_000_000, 3_800)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `CollectiveRegistry::CodeOfEthics` (r:1 w:1)
	fn set_code_of_ethics() -> Weight {
		Weight::from_parts(9_000_000, 1_500)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `CollectiveRegistry::CodeOfEthics` (r:1 w:0)
	/// Storage: `CollectiveRegistry::Members` (r:1 w:1)
	/// Storage: `CollectiveRegistry::Collectives` (r:1 w:1)
	/// Storage: `CollectiveRegistry::CollectiveMembers` (r:0 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	/// Storage: `CollectiveRegistry::ApplicationDeposits` (r:0 w:1)
	fn apply_for_membership() -> Weight {
		Weight::from_parts(50_000_000, 3_700)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `CollectiveRegistry::Members` (r:2 w:1)
	/// Storage: `CollectiveRegistry::Leaders` (r:1 w:0)
	/// Storage: `CollectiveRegistry::CodeOfEthics` (r:1 w:0)
	/// Storage: `CollectiveRegistry::ApplicationDeposits` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	fn admit_member() -> Weight {
		Weight::from_parts(52_000_000, 6_400)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `CollectiveRegistry::Members` (r:2 w:1)
	/// Storage: `CollectiveRegistry::Leaders` (r:1 w:0)
	/// Storage: `CollectiveRegistry::CodeOfEthics` (r:1 w:0)
	/// Storage: `CollectiveRegistry::Collectives` (r:1 w:1)
	/// Storage: `CollectiveRegistry::CollectiveMembers` (r:0 w:1)
	/// Storage: `CollectiveRegistry::ApplicationDeposits` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	fn reject_application() -> Weight {
		Weight::from_parts(54_000_000, 6_400)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `CollectiveRegistry::CodeOfEthics` (r:1 w:0)
	/// Storage: `CollectiveRegistry::Members` (r:1 w:1)
	fn accept_code_of_ethics() -> Weight {
		Weight::from_parts(18_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `CollectiveRegistry::Members` (r:1 w:1)
	/// Storage: `CollectiveRegistry::Leaders` (r:1 w:1)
	/// Storage: `CollectiveRegistry::LeaderExpiries` (r:1 w:1)
	fn suspend_member() -> Weight {
		Weight::from_parts(110_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().writes(18_u64))
	}
	/// Storage: `CollectiveRegistry::Members` (r:1 w:1)
	fn reinstate_member() -> Weight {
		Weight::from_parts(18_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `CollectiveRegistry::Members` (r:1 w:1)
	/// Storage: `CollectiveRegistry::Leaders` (r:1 w:1)
	/// Storage: `CollectiveRegistry::LeaderExpiries` (r:1 w:1)
	/// Storage: `CollectiveRegistry::Collectives` (r:1 w:1)
	/// Storage: `CollectiveRegistry::CollectiveMembers` (r:0 w:1)
	/// Storage: `CollectiveRegistry::ApplicationDeposits` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	fn leave() -> Weight {
		Weight::from_parts(95_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(16_u64))
	}
	/// Storage: `CollectiveRegistry::Collectives` (r:1 w:0)
	/// Storage: `CollectiveRegistry::Members` (r:3 w:0)
	/// Storage: `CollectiveRegistry::CodeOfEthics` (r:1 w:0)
	/// Storage: `CollectiveRegistry::Leaders` (r:1 w:1)
	/// Storage: `CollectiveRegistry::LeaderExpiries` (r:1 w:1)
	fn appoint_leader() -> Weight {
		Weight::from_parts(50_000_000, 9_000)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `CollectiveRegistry::Leaders` (r:1 w:1)
	/// Storage: `CollectiveRegistry::Members` (r:1 w:0)
	/// Storage: `CollectiveRegistry::CodeOfEthics` (r:1 w:0)
	/// Storage: `CollectiveRegistry::LeaderExpiries` (r:2 w:2)
	fn renew_leader() -> Weight {
		Weight::from_parts(45_000_000, 9_000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `CollectiveRegistry::Leaders` (r:1 w:1)
	/// Storage: `CollectiveRegistry::LeaderExpiries` (r:1 w:1)
	fn remove_leader() -> Weight {
		Weight::from_parts(35_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `CollectiveRegistry::Members` (r:1 w:1)
	/// Storage: `CollectiveRegistry::Leaders` (r:1 w:1)
	/// Storage: `CollectiveRegistry::LeaderExpiries` (r:1 w:1)
	/// Storage: `CollectiveRegistry::Collectives` (r:1 w:1)
	/// Storage: `CollectiveRegistry::CollectiveMembers` (r:0 w:1)
	/// Storage: `CollectiveRegistry::ApplicationDeposits` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	fn expel_member() -> Weight {
		Weight::from_parts(130_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(17_u64))
			.saturating_add(T::DbWeight::get().writes(23_u64))
	}
	/// Storage: `CollectiveRegistry::LeaderExpiries` (r:1 w:1)
	/// Storage: `CollectiveRegistry::Leaders` (r:`e` w:`e`)
	/// The range of component `e` is `[0, 96]`.
	fn on_initialize(e: u32, ) -> Weight {
		Weight::from_parts(3_000_000, 1_500)
			.saturating_add(Weight::from_parts(12_000_000, 2_600).saturating_mul(e.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads(1_u64.saturating_mul(e.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64.saturating_mul(e.into())))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn request_collective() -> Weight {
		Weight::from_parts(45_000_000, 3_700)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn approve_collective_request() -> Weight {
		Weight::from_parts(55_000_000, 3_800)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn reject_collective_request() -> Weight {
		Weight::from_parts(40_000_000, 3_800)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn withdraw_collective_request() -> Weight {
		Weight::from_parts(40_000_000, 3_800)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn set_code_of_ethics() -> Weight {
		Weight::from_parts(9_000_000, 1_500)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn apply_for_membership() -> Weight {
		Weight::from_parts(50_000_000, 3_700)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn admit_member() -> Weight {
		Weight::from_parts(52_000_000, 6_400)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn reject_application() -> Weight {
		Weight::from_parts(54_000_000, 6_400)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn accept_code_of_ethics() -> Weight {
		Weight::from_parts(18_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn suspend_member() -> Weight {
		Weight::from_parts(110_000_000, 12_000)
			.saturating_add(RocksDbWeight::get().reads(13_u64))
			.saturating_add(RocksDbWeight::get().writes(18_u64))
	}
	fn reinstate_member() -> Weight {
		Weight::from_parts(18_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn leave() -> Weight {
		Weight::from_parts(95_000_000, 12_000)
			.saturating_add(RocksDbWeight::get().reads(14_u64))
			.saturating_add(RocksDbWeight::get().writes(16_u64))
	}
	fn appoint_leader() -> Weight {
		Weight::from_parts(50_000_000, 9_000)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn renew_leader() -> Weight {
		Weight::from_parts(45_000_000, 9_000)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn remove_leader() -> Weight {
		Weight::from_parts(35_000_000, 6_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn expel_member() -> Weight {
		Weight::from_parts(130_000_000, 12_000)
			.saturating_add(RocksDbWeight::get().reads(17_u64))
			.saturating_add(RocksDbWeight::get().writes(23_u64))
	}
	fn on_initialize(e: u32, ) -> Weight {
		Weight::from_parts(3_000_000, 1_500)
			.saturating_add(Weight::from_parts(12_000_000, 2_600).saturating_mul(e.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads(1_u64.saturating_mul(e.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64.saturating_mul(e.into())))
	}
}
