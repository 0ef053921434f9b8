//! Weights for `pallet_collectives`.
//!
//! PROVISIONAL: written from the storage accesses of each call (listed above each function, for
//! the worst case of `benchmarking.rs`: full leader lists, expiry buckets, councils and
//! validator sets) with a flat
//! execution time per call and, for `on_initialize`, a per-expiry cost. Replace with the output of
//! `scripts/benchmark.sh` (frame-benchmarking v2 through `bmx-node benchmark pallet`), which
//! regenerates this file from `benchmarking.rs`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_collectives`.
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
	fn propose_executive() -> Weight;
	fn withdraw_executive_proposal() -> Weight;
	fn designate_executive() -> Weight;
	fn remove_executive() -> Weight;
	fn request_advisory_seat() -> Weight;
	fn withdraw_advisory_request() -> Weight;
	fn admit_advisor() -> Weight;
	fn reject_advisory_request() -> Weight;
	fn renew_advisor() -> Weight;
	fn remove_advisor() -> Weight;
	fn table_motion() -> Weight;
	fn apply_for_node() -> Weight;
	fn withdraw_node_application() -> Weight;
	fn endorse_node() -> Weight;
	fn approve_node() -> Weight;
	fn reject_node() -> Weight;
	fn remove_node() -> Weight;
	fn suspend_node() -> Weight;
	fn resume_node() -> Weight;
	fn on_initialize_seats(s: u32, ) -> Weight;
	fn submit_report() -> Weight;
	fn grant_capital() -> Weight;
	fn propose_project(p: u32, ) -> Weight;
	fn withdraw_project() -> Weight;
	fn recommend_project() -> Weight;
	fn decline_project() -> Weight;
	fn approve_project() -> Weight;
	fn reject_project() -> Weight;
	fn retire_project() -> Weight;
}

/// Weights for `pallet_collectives` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Collectives::CollectiveNames` (r:1 w:0)
	/// Storage: `Collectives::CounterForCollectives` (r:1 w:0)
	/// Storage: `Collectives::CounterForCollectiveRequests` (r:1 w:1)
	/// Storage: `Collectives::NextRequestId` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	/// Storage: `Collectives::CollectiveRequests` (r:0 w:1)
	fn request_collective() -> Weight {
		Weight::from_parts(45_000_000, 3_700)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Collectives::CollectiveRequests` (r:1 w:1)
	/// Storage: `Collectives::CounterForCollectiveRequests` (r:1 w:1)
	/// Storage: `Collectives::CollectiveNames` (r:1 w:1)
	/// Storage: `Collectives::CounterForCollectives` (r:1 w:1)
	/// Storage: `Collectives::NextCollectiveId` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	/// Storage: `Collectives::Collectives` (r:0 w:1)
	fn approve_collective_request() -> Weight {
		Weight::from_parts(55_000_000, 3_800)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Collectives::CollectiveRequests` (r:1 w:1)
	/// Storage: `Collectives::CounterForCollectiveRequests` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	fn reject_collective_request() -> Weight {
		Weight::from_parts(40_000_000, 3_800)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Collectives::CollectiveRequests` (r:1 w:1)
	/// Storage: `Collectives::CounterForCollectiveRequests` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	fn withdraw_collective_request() -> Weight {
		Weight::from_parts(40_000_000, 3_800)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Collectives::CodeOfEthics` (r:1 w:1)
	fn set_code_of_ethics() -> Weight {
		Weight::from_parts(9_000_000, 1_500)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Collectives::CodeOfEthics` (r:1 w:0)
	/// Storage: `Collectives::Members` (r:1 w:1)
	/// Storage: `Collectives::Collectives` (r:1 w:1)
	/// Storage: `Collectives::CollectiveMembers` (r:0 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	/// Storage: `Collectives::ApplicationDeposits` (r:0 w:1)
	fn apply_for_membership() -> Weight {
		Weight::from_parts(50_000_000, 3_700)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Collectives::Members` (r:2 w:1)
	/// Storage: `Collectives::Leaders` (r:1 w:0)
	/// Storage: `Collectives::CodeOfEthics` (r:1 w:0)
	/// Storage: `Collectives::ApplicationDeposits` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	fn admit_member() -> Weight {
		Weight::from_parts(52_000_000, 6_400)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Collectives::Members` (r:2 w:1)
	/// Storage: `Collectives::Leaders` (r:1 w:0)
	/// Storage: `Collectives::CodeOfEthics` (r:1 w:0)
	/// Storage: `Collectives::Collectives` (r:1 w:1)
	/// Storage: `Collectives::CollectiveMembers` (r:0 w:1)
	/// Storage: `Collectives::ApplicationDeposits` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	fn reject_application() -> Weight {
		Weight::from_parts(54_000_000, 6_400)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Collectives::CodeOfEthics` (r:1 w:0)
	/// Storage: `Collectives::Members` (r:1 w:1)
	fn accept_code_of_ethics() -> Weight {
		Weight::from_parts(18_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Collectives::Members` (r:1 w:1)
	/// Storage: `Collectives::Leaders` (r:1 w:1)
	/// Storage: `Collectives::LeaderExpiries` (r:1 w:1)
	/// Storage: `Collectives::SuspendedNodes` (r:1 w:1), `Collectives::Validators` (r:1 w:1)
	/// Storage: `Collectives::NodeApplications` (r:1 w:1), `Collectives::ExecutiveSeatOf` (r:1 w:1)
	/// Storage: a commissioner's seat, its expiry and the councils' pushed memberships (r:4 w:5)
	/// Storage: `Collectives::ReportDue` (r:0 w:3), `Collectives::LastReports` (r:0 w:3), `Collectives::Commissioners` (r:1 w:0): the node's, the leader's and the commission's obligations end
	fn suspend_member() -> Weight {
		Weight::from_parts(110_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().writes(18_u64))
	}
	/// Storage: `Collectives::Members` (r:1 w:1)
	fn reinstate_member() -> Weight {
		Weight::from_parts(18_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Collectives::Members` (r:1 w:1)
	/// Storage: `Collectives::Leaders` (r:1 w:1)
	/// Storage: `Collectives::LeaderExpiries` (r:1 w:1)
	/// Storage: `Collectives::Collectives` (r:1 w:1)
	/// Storage: `Collectives::CollectiveMembers` (r:0 w:1)
	/// Storage: `Collectives::ApplicationDeposits` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	/// Storage: `Collectives::SuspendedNodes` (r:1 w:1), `Collectives::Validators` (r:1 w:1)
	/// Storage: `Collectives::NodeApplications` (r:1 w:1), `Collectives::ExecutiveSeatOf` (r:1 w:1)
	/// Storage: a commissioner's seat, its expiry and the councils' pushed memberships (r:4 w:5)
	/// Storage: `Collectives::ReportDue` (r:0 w:2), `Collectives::LastReports` (r:0 w:2), `Collectives::Commissioners` (r:1 w:0): the leader's and the commission's obligations end
	fn leave() -> Weight {
		Weight::from_parts(95_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(16_u64))
	}
	/// Storage: `Collectives::Collectives` (r:1 w:0)
	/// Storage: `Collectives::Members` (r:3 w:0)
	/// Storage: `Collectives::CodeOfEthics` (r:1 w:0)
	/// Storage: `Collectives::Leaders` (r:1 w:1)
	/// Storage: `Collectives::LeaderExpiries` (r:1 w:1)
	/// Storage: `Collectives::ReportDue` (r:1 w:1): the leader's report obligation begins
	fn appoint_leader() -> Weight {
		Weight::from_parts(50_000_000, 9_000)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Collectives::Leaders` (r:1 w:1)
	/// Storage: `Collectives::Members` (r:1 w:0)
	/// Storage: `Collectives::CodeOfEthics` (r:1 w:0)
	/// Storage: `Collectives::LeaderExpiries` (r:2 w:2)
	fn renew_leader() -> Weight {
		Weight::from_parts(45_000_000, 9_000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Collectives::Leaders` (r:1 w:1)
	/// Storage: `Collectives::LeaderExpiries` (r:1 w:1)
	/// Storage: `Collectives::ReportDue` (r:0 w:1), `Collectives::LastReports` (r:0 w:1): the leader's obligation ends
	fn remove_leader() -> Weight {
		Weight::from_parts(35_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Collectives::Members` (r:1 w:1)
	/// Storage: `Collectives::Leaders` (r:1 w:1)
	/// Storage: `Collectives::LeaderExpiries` (r:1 w:1)
	/// Storage: `Collectives::Collectives` (r:1 w:1)
	/// Storage: `Collectives::CollectiveMembers` (r:0 w:1)
	/// Storage: `Collectives::ApplicationDeposits` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	/// Storage: `Collectives::SuspendedNodes` (r:1 w:1), `Collectives::Validators` (r:1 w:1)
	/// Storage: `Collectives::NodeApplications` (r:1 w:1), `Collectives::ExecutiveSeatOf` (r:1 w:1)
	/// Storage: a commissioner's seat, its expiry and the councils' pushed memberships (r:4 w:5)
	/// Storage: `Collectives::ReportDue` (r:0 w:3), `Collectives::LastReports` (r:0 w:3), `Collectives::Commissioners` (r:1 w:0): the node's, the leader's and the commission's obligations end
	fn expel_member() -> Weight {
		Weight::from_parts(130_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(17_u64))
			.saturating_add(T::DbWeight::get().writes(23_u64))
	}
	/// Storage: `Collectives::LeaderExpiries` (r:1 w:1)
	/// Storage: `Collectives::Leaders` (r:`e` w:`e`)
	/// Storage: `Collectives::ReportDue` (r:0 w:`e`), `Collectives::LastReports` (r:0 w:`e`): the leaders' obligations end
	/// The range of component `e` is `[0, 96]`.
	fn on_initialize(e: u32, ) -> Weight {
		Weight::from_parts(3_000_000, 1_500)
			.saturating_add(Weight::from_parts(12_000_000, 2_600).saturating_mul(e.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads(1_u64.saturating_mul(e.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64.saturating_mul(e.into())))
	}
	/// Storage: `Collectives::Members` (r:2 w:0)
	/// Storage: `Collectives::Leaders` (r:1 w:0)
	/// Storage: `Collectives::ExecutiveSeatOf` (r:1 w:0)
	/// Storage: `Collectives::Advisors` (r:1 w:0)
	/// Storage: `Collectives::SeatProposals` (r:1 w:1)
	fn propose_executive() -> Weight {
		Weight::from_parts(35_000_000, 9_000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Collectives::SeatProposals` (r:1 w:1)
	fn withdraw_executive_proposal() -> Weight {
		Weight::from_parts(20_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Collectives::SeatProposals` (r:1 w:1)
	/// Storage: `Collectives::Members` (r:2 w:0)
	/// Storage: `Collectives::Leaders` (r:1 w:0)
	/// Storage: `Collectives::ExecutiveSeatOf` (r:2 w:2)
	/// Storage: `Collectives::Advisors` (r:1 w:0)
	/// Storage: `Collectives::Commissioners` (r:1 w:1)
	/// Storage: `Collectives::SeatExpiries` (r:2 w:2)
	/// Storage: `Collectives::ExecutiveSecretary` (r:1 w:0)
	/// Storage: `Collectives::CouncilMembers` (r:2 w:2)
	/// Storage: ChangeMembers of the Executive Council and a commission (r:0 w:1)
	/// Storage: `Collectives::ReportDue` (r:1 w:1): the seat's report obligation begins
	fn designate_executive() -> Weight {
		Weight::from_parts(90_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `Collectives::Commissioners` (r:1 w:1)
	/// Storage: `Collectives::ExecutiveSeatOf` (r:0 w:1)
	/// Storage: `Collectives::SeatExpiries` (r:1 w:1)
	/// Storage: `Collectives::ExecutiveSecretary` (r:1 w:0)
	/// Storage: `Collectives::CouncilMembers` (r:2 w:2)
	/// Storage: ChangeMembers of the Executive Council and a commission (r:2 w:1)
	/// Storage: `Collectives::Commissioners` (r:1 w:0), `Collectives::ReportDue` (r:0 w:1), `Collectives::LastReports` (r:0 w:1): the seat's obligation ends
	fn remove_executive() -> Weight {
		Weight::from_parts(70_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Collectives::ExecutiveSeatOf` (r:1 w:0)
	/// Storage: `Collectives::Advisors` (r:1 w:0)
	/// Storage: `Collectives::AdvisoryRequests` (r:1 w:1)
	/// Storage: `Collectives::CounterForAdvisoryRequests` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	fn request_advisory_seat() -> Weight {
		Weight::from_parts(45_000_000, 3_700)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Collectives::AdvisoryRequests` (r:1 w:1)
	/// Storage: `Collectives::CounterForAdvisoryRequests` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	fn withdraw_advisory_request() -> Weight {
		Weight::from_parts(40_000_000, 3_700)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Collectives::AdvisoryRequests` (r:1 w:1)
	/// Storage: `Collectives::CounterForAdvisoryRequests` (r:1 w:1)
	/// Storage: `Collectives::ExecutiveSeatOf` (r:1 w:0)
	/// Storage: `Collectives::Advisors` (r:1 w:1)
	/// Storage: `Collectives::SeatExpiries` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	/// Storage: `Collectives::CouncilMembers` (r:1 w:1)
	/// Storage: ChangeMembers of the Advisory Council (r:0 w:1)
	/// Storage: `Collectives::ReportDue` (r:1 w:1): the Advisory Council's report obligation begins
	fn admit_advisor() -> Weight {
		Weight::from_parts(75_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Collectives::AdvisoryRequests` (r:1 w:1)
	/// Storage: `Collectives::CounterForAdvisoryRequests` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	fn reject_advisory_request() -> Weight {
		Weight::from_parts(40_000_000, 3_700)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Collectives::Advisors` (r:1 w:1)
	/// Storage: `Collectives::SeatExpiries` (r:2 w:2)
	fn renew_advisor() -> Weight {
		Weight::from_parts(35_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Collectives::Advisors` (r:1 w:1)
	/// Storage: `Collectives::SeatExpiries` (r:1 w:1)
	/// Storage: `Collectives::CouncilMembers` (r:1 w:1)
	/// Storage: ChangeMembers of the Advisory Council (r:0 w:0)
	/// Storage: `Collectives::ReportDue` (r:0 w:1), `Collectives::LastReports` (r:0 w:1): the Advisory Council's obligation ends
	fn remove_advisor() -> Weight {
		Weight::from_parts(50_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Collectives::ExecutiveSecretary` (r:1 w:0)
	/// Storage: The motion itself: `ExecutiveMotions::table_weight`
	fn table_motion() -> Weight {
		Weight::from_parts(25_000_000, 2_000)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(0_u64))
	}
	/// Storage: `Collectives::Members` (r:1 w:0)
	/// Storage: `Collectives::CodeOfEthics` (r:1 w:0)
	/// Storage: `Session::NextKeys` (r:1 w:0)
	/// Storage: `Collectives::SuspendedNodes` (r:1 w:0)
	/// Storage: `Collectives::Validators` (r:1 w:0)
	/// Storage: `Collectives::NodeApplications` (r:1 w:1)
	/// Storage: `Collectives::CounterForNodeApplications` (r:1 w:1)
	fn apply_for_node() -> Weight {
		Weight::from_parts(40_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Collectives::NodeApplications` (r:1 w:1)
	/// Storage: `Collectives::CounterForNodeApplications` (r:1 w:1)
	fn withdraw_node_application() -> Weight {
		Weight::from_parts(25_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Collectives::NodeApplications` (r:1 w:1)
	/// Storage: `Collectives::Leaders` (r:2 w:0)
	/// Storage: `Collectives::Members` (r:1 w:0)
	/// Storage: `Collectives::CodeOfEthics` (r:1 w:0)
	fn endorse_node() -> Weight {
		Weight::from_parts(35_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Collectives::NodeApplications` (r:1 w:1)
	/// Storage: `Collectives::CounterForNodeApplications` (r:1 w:1)
	/// Storage: `Collectives::Members` (r:1 w:0)
	/// Storage: `Collectives::Leaders` (r:1 w:0)
	/// Storage: `Session::NextKeys` (r:1 w:0)
	/// Storage: `Collectives::Validators` (r:1 w:1)
	/// Storage: `Collectives::SuspendedNodes` (r:1 w:0)
	/// Storage: `Collectives::CounterForSuspendedNodes` (r:1 w:0)
	/// Storage: `Collectives::CollectivesWithoutNodes` (r:1 w:1)
	/// Storage: `Collectives::PlanPending` (r:0 w:1)
	/// Storage: `Collectives::ReportDue` (r:1 w:1): the member's report obligation begins
	fn approve_node() -> Weight {
		Weight::from_parts(55_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Collectives::NodeApplications` (r:1 w:1)
	/// Storage: `Collectives::CounterForNodeApplications` (r:1 w:1)
	fn reject_node() -> Weight {
		Weight::from_parts(25_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Collectives::SuspendedNodes` (r:1 w:1)
	/// Storage: `Collectives::CounterForSuspendedNodes` (r:1 w:1)
	/// Storage: `Collectives::Validators` (r:1 w:1)
	/// Storage: `Collectives::PlanPending` (r:0 w:1)
	/// Storage: `Collectives::ReportDue` (r:0 w:1), `Collectives::LastReports` (r:0 w:1): the member's obligation ends
	fn remove_node() -> Weight {
		Weight::from_parts(35_000_000, 5_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Collectives::SuspendedNodes` (r:1 w:1)
	/// Storage: `Collectives::CounterForSuspendedNodes` (r:1 w:1)
	/// Storage: `Collectives::Validators` (r:1 w:1)
	/// Storage: `Collectives::PlanPending` (r:0 w:1)
	fn suspend_node() -> Weight {
		Weight::from_parts(35_000_000, 5_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Collectives::SuspendedNodes` (r:1 w:1)
	/// Storage: `Collectives::CounterForSuspendedNodes` (r:1 w:1)
	/// Storage: `Session::NextKeys` (r:1 w:0)
	/// Storage: `Collectives::Validators` (r:1 w:1)
	/// Storage: `Collectives::CollectivesWithoutNodes` (r:0 w:1)
	/// Storage: `Collectives::PlanPending` (r:0 w:1)
	fn resume_node() -> Weight {
		Weight::from_parts(40_000_000, 5_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Collectives::SeatExpiries` (r:1 w:1)
	/// Storage: `Collectives::Commissioners` (r:`s` w:`s`), `Collectives::ExecutiveSeatOf` (r:0 w:`s`)
	/// Storage: `Collectives::Advisors` (r:`s` w:`s`)
	/// Storage: `Collectives::CouncilMembers` (r:`2s` w:`2s`) and the councils' ChangeMembers
	/// Storage: `Collectives::ReportDue` (r:0 w:`s`), `Collectives::LastReports` (r:0 w:`s`): obligations that end
	/// The range of component `s` is `[0, 96]`.
	fn on_initialize_seats(s: u32, ) -> Weight {
		Weight::from_parts(3_000_000, 1_500)
			.saturating_add(Weight::from_parts(60_000_000, 12_000).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads(6_u64.saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64.saturating_mul(s.into())))
	}
	/// Storage: `Collectives::Collectives` (r:1 w:0)
	/// Storage: `Collectives::Leaders` (r:1 w:0)
	/// Storage: `Collectives::Members` (r:1 w:0)
	/// Storage: `Collectives::CodeOfEthics` (r:1 w:0)
	/// Storage: `Collectives::ProjectOf` (r:1 w:0)
	/// Storage: `Collectives::ProjectApplications` (r:`p` w:1): the pending applications, for the account
	/// Storage: `Collectives::CounterForProjectApplications` (r:1 w:1)
	/// Storage: `Collectives::NextProjectId` (r:1 w:1)
	/// The range of component `p` is `[0, MaxPendingProjects]`.
	fn propose_project(p: u32, ) -> Weight {
		Weight::from_parts(40_000_000, 6_000)
			.saturating_add(Weight::from_parts(2_000_000, 1_500).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().reads(1_u64.saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Collectives::ProjectApplications` (r:1 w:1)
	/// Storage: `Collectives::CounterForProjectApplications` (r:1 w:1)
	/// Storage: `Collectives::Leaders` (r:1 w:0)
	/// Storage: `Collectives::Members` (r:1 w:0)
	/// Storage: `Collectives::CodeOfEthics` (r:1 w:0)
	fn withdraw_project() -> Weight {
		Weight::from_parts(30_000_000, 5_000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Collectives::ProjectApplications` (r:1 w:1)
	fn recommend_project() -> Weight {
		Weight::from_parts(20_000_000, 3_000)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Collectives::ProjectApplications` (r:1 w:1)
	/// Storage: `Collectives::CounterForProjectApplications` (r:1 w:1)
	fn decline_project() -> Weight {
		Weight::from_parts(25_000_000, 3_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Collectives::ProjectApplications` (r:1 w:1)
	/// Storage: `Collectives::CounterForProjectApplications` (r:1 w:1)
	/// Storage: `Collectives::CounterForProjects` (r:1 w:1)
	/// Storage: `Collectives::ProjectOf` (r:1 w:1)
	/// Storage: `Collectives::Projects` (r:0 w:1)
	/// Storage: `Collectives::ReportDue` (r:1 w:1)
	fn approve_project() -> Weight {
		Weight::from_parts(40_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Collectives::ProjectApplications` (r:1 w:1)
	/// Storage: `Collectives::CounterForProjectApplications` (r:1 w:1)
	fn reject_project() -> Weight {
		Weight::from_parts(25_000_000, 3_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Collectives::Projects` (r:1 w:1)
	/// Storage: `Collectives::CounterForProjects` (r:1 w:1)
	/// Storage: `Collectives::ProjectOf` (r:0 w:1)
	/// Storage: `Collectives::ReportDue` (r:0 w:1)
	/// Storage: `Collectives::LastReports` (r:0 w:1)
	fn retire_project() -> Weight {
		Weight::from_parts(35_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Collectives::Collectives` (r:1 w:0)
	/// Storage: `Collectives::Leaders` (r:1 w:0)
	/// Storage: `Collectives::Members` (r:1 w:0)
	/// Storage: `Collectives::CodeOfEthics` (r:1 w:0)
	/// Storage: `Collectives::Validators` (r:1 w:0)
	/// Storage: `Collectives::ProjectOf` (r:1 w:0)
	/// Storage: `Collectives::Projects` (r:1 w:0)
	/// Storage: `Collectives::CapitalGranted` (r:1 w:1)
	/// Storage: `System::Account` (r:2 w:2): the treasury and the beneficiary
	fn grant_capital() -> Weight {
		Weight::from_parts(60_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Collectives::ReportDue` (r:1 w:1)
	/// Storage: `Collectives::Projects` (r:1 w:0): a project's account (the costliest subject to check)
	/// Storage: `Collectives::LastReports` (r:0 w:1)
	fn submit_report() -> Weight {
		Weight::from_parts(30_000_000, 5_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
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
	fn on_initialize_seats(s: u32, ) -> Weight {
		Weight::from_parts(3_000_000, 1_500)
			.saturating_add(Weight::from_parts(60_000_000, 12_000).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads(6_u64.saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64.saturating_mul(s.into())))
	}
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
	fn submit_report() -> Weight {
		Weight::from_parts(30_000_000, 5_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
}
