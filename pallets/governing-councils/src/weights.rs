//! Weights for `pallet_governing_councils`.
//!
//! The figures are those of the calls' former home, `pallet_collectives`, written from the
//! storage accesses of each call (listed above each function, for the worst case of
//! `benchmarking.rs`: full councils, proposal lists and expiry buckets) with a flat execution
//! time per call and, for `on_initialize_seats`, a per-expiry cost; `scripts/benchmark.sh`
//! regenerates this file from `benchmarking.rs`.
//!
//! None of them includes the work done outside this pallet, which the calls add themselves:
//! the collectives read through `Config::Collectives`, the report obligations begun or ended
//! through `Config::Reports` (`begin_weight`, `end_weight`), the motion tabled through
//! `Config::ExecutiveMotions` (`table_weight`) and the memberships pushed to the councils'
//! `ChangeMembers`, whose cost (`pallet_collective`'s `change_members` with `MaxProposals` open
//! motions) the runtime states through `Config::CouncilMembershipWeight`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_governing_councils`.
pub trait WeightInfo {
	fn propose_executive() -> Weight;
	fn withdraw_executive_proposal() -> Weight;
	/// Without its two pushes of council membership: the runtime's
	/// `pallet_collective::change_members` cost is added by the call
	/// (`Config::CouncilMembershipWeight`).
	fn designate_executive() -> Weight;
	/// Without its two pushes of council membership: the runtime's
	/// `pallet_collective::change_members` cost is added by the call
	/// (`Config::CouncilMembershipWeight`).
	fn remove_executive() -> Weight;
	fn request_advisory_seat() -> Weight;
	fn withdraw_advisory_request() -> Weight;
	/// Without its push of council membership: the runtime's
	/// `pallet_collective::change_members` cost is added by the call
	/// (`Config::CouncilMembershipWeight`).
	fn admit_advisor() -> Weight;
	fn reject_advisory_request() -> Weight;
	fn renew_advisor() -> Weight;
	/// Without its push of council membership: the runtime's
	/// `pallet_collective::change_members` cost is added by the call
	/// (`Config::CouncilMembershipWeight`).
	fn remove_advisor() -> Weight;
	fn table_motion() -> Weight;
	/// Without the pushes of council membership (two per expiry): the runtime's
	/// `pallet_collective::change_members` cost is added by `on_initialize`
	/// (`Config::CouncilMembershipWeight`).
	fn on_initialize_seats(s: u32, ) -> Weight;
	/// Without its two pushes of council membership: the runtime's
	/// `pallet_collective::change_members` cost is added by `MembershipHooks::weight`
	/// (`Config::CouncilMembershipWeight`).
	fn on_membership_lost() -> Weight;
}

/// Weights for `pallet_governing_councils` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `T::Collectives` (r:2 w:0): the proposer's leadership, the candidate's membership
	/// Storage: `Councils::ExecutiveSeatOf` (r:1 w:0)
	/// Storage: `Councils::Advisors` (r:1 w:0)
	/// Storage: `Councils::SeatProposals` (r:1 w:1)
	fn propose_executive() -> Weight {
		Weight::from_parts(35_000_000, 9_000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Councils::SeatProposals` (r:1 w:1)
	fn withdraw_executive_proposal() -> Weight {
		Weight::from_parts(20_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Councils::SeatProposals` (r:1 w:1)
	/// Storage: `T::Collectives` (r:3 w:0): the proposer's leadership, the candidate's membership
	/// Storage: `Councils::ExecutiveSeatOf` (r:2 w:2)
	/// Storage: `Councils::Advisors` (r:1 w:0)
	/// Storage: `Councils::Commissioners` (r:1 w:1)
	/// Storage: `Councils::SeatExpiries` (r:2 w:2)
	/// Storage: `Councils::ExecutiveSecretary` (r:1 w:0)
	/// Storage: `Councils::CouncilMembers` (r:2 w:2)
	fn designate_executive() -> Weight {
		Weight::from_parts(90_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `Councils::Commissioners` (r:2 w:1)
	/// Storage: `Councils::ExecutiveSeatOf` (r:0 w:1)
	/// Storage: `Councils::SeatExpiries` (r:1 w:1)
	/// Storage: `Councils::ExecutiveSecretary` (r:1 w:0)
	/// Storage: `Councils::CouncilMembers` (r:2 w:2)
	fn remove_executive() -> Weight {
		Weight::from_parts(70_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Councils::ExecutiveSeatOf` (r:1 w:0)
	/// Storage: `Councils::Advisors` (r:1 w:0)
	/// Storage: `Councils::AdvisoryRequests` (r:1 w:1)
	/// Storage: `Councils::CounterForAdvisoryRequests` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	fn request_advisory_seat() -> Weight {
		Weight::from_parts(45_000_000, 3_700)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Councils::AdvisoryRequests` (r:1 w:1)
	/// Storage: `Councils::CounterForAdvisoryRequests` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	fn withdraw_advisory_request() -> Weight {
		Weight::from_parts(40_000_000, 3_700)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Councils::AdvisoryRequests` (r:1 w:1)
	/// Storage: `Councils::CounterForAdvisoryRequests` (r:1 w:1)
	/// Storage: `Councils::ExecutiveSeatOf` (r:1 w:0)
	/// Storage: `Councils::Advisors` (r:1 w:1)
	/// Storage: `Councils::SeatExpiries` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	/// Storage: `Councils::CouncilMembers` (r:1 w:1)
	fn admit_advisor() -> Weight {
		Weight::from_parts(75_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Councils::AdvisoryRequests` (r:1 w:1)
	/// Storage: `Councils::CounterForAdvisoryRequests` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	fn reject_advisory_request() -> Weight {
		Weight::from_parts(40_000_000, 3_700)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Councils::Advisors` (r:1 w:1)
	/// Storage: `Councils::SeatExpiries` (r:2 w:2)
	fn renew_advisor() -> Weight {
		Weight::from_parts(35_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Councils::Advisors` (r:1 w:1)
	/// Storage: `Councils::SeatExpiries` (r:1 w:1)
	/// Storage: `Councils::CouncilMembers` (r:1 w:1)
	fn remove_advisor() -> Weight {
		Weight::from_parts(50_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Councils::ExecutiveSecretary` (r:1 w:0)
	/// Storage: The motion itself: `ExecutiveMotions::table_weight`
	fn table_motion() -> Weight {
		Weight::from_parts(25_000_000, 2_000)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(0_u64))
	}
	/// Storage: `Councils::SeatExpiries` (r:1 w:1)
	/// Storage: `Councils::Commissioners` (r:`s` w:`s`), `Councils::ExecutiveSeatOf` (r:0 w:`s`)
	/// Storage: `Councils::Advisors` (r:`s` w:`s`)
	/// Storage: `Councils::CouncilMembers` (r:`2s` w:`2s`)
	/// The range of component `s` is `[0, 96]`.
	fn on_initialize_seats(s: u32, ) -> Weight {
		Weight::from_parts(3_000_000, 1_500)
			.saturating_add(Weight::from_parts(60_000_000, 12_000).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads(6_u64.saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64.saturating_mul(s.into())))
	}
	/// Storage: `Councils::ExecutiveSeatOf` (r:1 w:1)
	/// Storage: `Councils::Commissioners` (r:2 w:1)
	/// Storage: `Councils::SeatExpiries` (r:1 w:1)
	/// Storage: `Councils::ExecutiveSecretary` (r:1 w:0)
	/// Storage: `Councils::CouncilMembers` (r:2 w:2)
	fn on_membership_lost() -> Weight {
		Weight::from_parts(70_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn propose_executive() -> Weight {
		Weight::from_parts(35_000_000, 9_000)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn withdraw_executive_proposal() -> Weight {
		Weight::from_parts(20_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn designate_executive() -> Weight {
		Weight::from_parts(90_000_000, 12_000)
			.saturating_add(RocksDbWeight::get().reads(13_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	fn remove_executive() -> Weight {
		Weight::from_parts(70_000_000, 12_000)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn request_advisory_seat() -> Weight {
		Weight::from_parts(45_000_000, 3_700)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn withdraw_advisory_request() -> Weight {
		Weight::from_parts(40_000_000, 3_700)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn admit_advisor() -> Weight {
		Weight::from_parts(75_000_000, 6_000)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn reject_advisory_request() -> Weight {
		Weight::from_parts(40_000_000, 3_700)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn renew_advisor() -> Weight {
		Weight::from_parts(35_000_000, 6_000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn remove_advisor() -> Weight {
		Weight::from_parts(50_000_000, 6_000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn table_motion() -> Weight {
		Weight::from_parts(25_000_000, 2_000)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(0_u64))
	}
	fn on_initialize_seats(s: u32, ) -> Weight {
		Weight::from_parts(3_000_000, 1_500)
			.saturating_add(Weight::from_parts(60_000_000, 12_000).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads(6_u64.saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64.saturating_mul(s.into())))
	}
	fn on_membership_lost() -> Weight {
		Weight::from_parts(70_000_000, 12_000)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
}
