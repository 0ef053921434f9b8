//! Weights for `pallet_tenders`.
//!
//! PROVISIONAL: written by hand from the storage accesses of each call (listed above each
//! function) in the worst case of `benchmarking.rs` (full bid, evaluator, enquiry and deliverable
//! lists, longest titles), with a flat execution time per call; the calls that walk every bid
//! (`cancel_tender`, `compute_award`, `resolve_complaint`, `finalise_award`) or every evaluator
//! (the deliverable calls) add one read and one write per item of the configured bound.
//! `commit_scores` includes one sr25519 VRF verification in the runtime. Replace with the output
//! of `scripts/benchmark.sh` (frame-benchmarking v2 through `bmx-node benchmark pallet`), which
//! regenerates this file from `benchmarking.rs`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The most bids and evaluators a call walks in the provisional weights (the runtime's
/// `MaxBidsPerTender` and `MaxEvaluatorsPerTender`).
const ITEMS: u64 = 50;

/// Weight functions needed for `pallet_tenders`.
pub trait WeightInfo {
	fn register_buyer_unit() -> Weight;
	fn set_buyer_officials() -> Weight;
	fn register_supplier() -> Weight;
	fn approve_supplier() -> Weight;
	fn reject_supplier() -> Weight;
	fn create_tender() -> Weight;
	fn publish_tender() -> Weight;
	fn amend_tender() -> Weight;
	fn cancel_tender() -> Weight;
	fn ask_question() -> Weight;
	fn answer_question() -> Weight;
	fn submit_bid() -> Weight;
	fn reveal_bid() -> Weight;
	fn register_evaluator_key() -> Weight;
	fn commit_scores() -> Weight;
	fn reveal_scores() -> Weight;
	fn cast_vote() -> Weight;
	fn compute_award() -> Weight;
	fn file_complaint() -> Weight;
	fn resolve_complaint() -> Weight;
	fn finalise_award() -> Weight;
	fn draft_contract() -> Weight;
	fn sign_contract() -> Weight;
	fn accept_deliverable() -> Weight;
	fn reject_deliverable() -> Weight;
	fn declare_deliverable_overdue() -> Weight;
}

/// Weights for `pallet_tenders` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Tenders::NextBuyerUnitId` (r:1 w:1)
	/// Storage: `Tenders::BuyerUnits` (r:0 w:1)
	fn register_buyer_unit() -> Weight {
		Weight::from_parts(30_000_000, 600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Tenders::BuyerUnits` (r:1 w:1)
	fn set_buyer_officials() -> Weight {
		Weight::from_parts(30_000_000, 1200)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Identity organisation look-up` (r:1 w:0)
	/// Storage: `Tenders::Suppliers` (r:1 w:1)
	fn register_supplier() -> Weight {
		Weight::from_parts(30_000_000, 3600)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Tenders::Suppliers` (r:1 w:1)
	fn approve_supplier() -> Weight {
		Weight::from_parts(25_000_000, 3600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Tenders::Suppliers` (r:1 w:1)
	fn reject_supplier() -> Weight {
		Weight::from_parts(25_000_000, 3600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Tenders::BuyerUnits` (r:1 w:0)
	/// Storage: `Tenders::NextTenderId` (r:1 w:1)
	/// Storage: `Tenders::Tenders` (r:0 w:1)
	fn create_tender() -> Weight {
		Weight::from_parts(90_000_000, 20000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Tenders::Tenders` (r:1 w:1)
	/// Storage: `Tenders::BuyerUnits` (r:1 w:0)
	/// Storage: `System::ParentHash` (r:1 w:0)
	fn publish_tender() -> Weight {
		Weight::from_parts(40_000_000, 20000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Tenders::Tenders` (r:1 w:1)
	/// Storage: `Tenders::BuyerUnits` (r:1 w:0)
	fn amend_tender() -> Weight {
		Weight::from_parts(45_000_000, 20000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Tenders::Tenders` (r:1 w:1)
	/// Storage: `Tenders::BuyerUnits` (r:1 w:0)
	/// Storage: `Tenders::Bids` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:MaxBidsPerTender w:MaxBidsPerTender)
	fn cancel_tender() -> Weight {
		Weight::from_parts(400_000_000, 60000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().reads(ITEMS))
			.saturating_add(T::DbWeight::get().writes(ITEMS))
	}
	/// Storage: `Tenders::Suppliers` (r:1 w:0)
	/// Storage: `Tenders::Tenders` (r:1 w:0)
	/// Storage: `Tenders::Enquiries` (r:1 w:1)
	fn ask_question() -> Weight {
		Weight::from_parts(45_000_000, 30000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Tenders::Tenders` (r:1 w:0)
	/// Storage: `Tenders::BuyerUnits` (r:1 w:0)
	/// Storage: `Tenders::Enquiries` (r:1 w:1)
	fn answer_question() -> Weight {
		Weight::from_parts(45_000_000, 30000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Tenders::Suppliers` (r:1 w:0)
	/// Storage: `Tenders::Tenders` (r:1 w:1)
	/// Storage: `Tenders::Bids` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Storage: `System::Account` (r:1 w:1)
	fn submit_bid() -> Weight {
		Weight::from_parts(80_000_000, 60000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Tenders::Tenders` (r:1 w:0)
	/// Storage: `Tenders::Bids` (r:1 w:1)
	fn reveal_bid() -> Weight {
		Weight::from_parts(90_000_000, 60000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Identity credential look-up` (r:1 w:0)
	/// Storage: `Tenders::EvaluatorOfKey` (r:1 w:2)
	/// Storage: `Tenders::EvaluatorKeys` (r:1 w:1)
	fn register_evaluator_key() -> Weight {
		Weight::from_parts(40_000_000, 3600)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Tenders::Tenders` (r:1 w:0)
	/// Storage: `Identity credential look-up` (r:1 w:0)
	/// Storage: `Tenders::EvaluatorKeys` (r:1 w:0)
	/// Storage: `Tenders::EvaluatorReputation` (r:1 w:0)
	/// Storage: `Tenders::Bids` (r:1 w:0)
	/// Storage: `Tenders::BuyerUnits` (r:1 w:0)
	/// Storage: `Tenders::Evaluations` (r:1 w:1)
	fn commit_scores() -> Weight {
		Weight::from_parts(250_000_000, 60000)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Tenders::Tenders` (r:1 w:0)
	/// Storage: `Tenders::Bids` (r:1 w:0)
	/// Storage: `Tenders::Evaluations` (r:1 w:1)
	fn reveal_scores() -> Weight {
		Weight::from_parts(70_000_000, 60000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Tenders::Tenders` (r:1 w:0)
	/// Storage: `Identity person look-ups` (r:3 w:0)
	/// Storage: `Tenders::Votes` (r:1 w:1)
	/// Storage: `Tenders::Bids` (r:1 w:1)
	fn cast_vote() -> Weight {
		Weight::from_parts(70_000_000, 60000)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Tenders::Tenders` (r:1 w:1)
	/// Storage: `Tenders::Bids` (r:1 w:1)
	/// Storage: `Tenders::Evaluations` (r:1 w:0)
	/// Storage: `Tenders::Awards` (r:0 w:1)
	/// Storage: `Balances::Holds` (r:MaxBidsPerTender w:MaxBidsPerTender)
	fn compute_award() -> Weight {
		Weight::from_parts(900_000_000, 120000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().reads(ITEMS))
			.saturating_add(T::DbWeight::get().writes(ITEMS))
	}
	/// Storage: `Tenders::Tenders` (r:1 w:0)
	/// Storage: `Tenders::Bids` (r:1 w:0)
	/// Storage: `Tenders::Complaints` (r:1 w:1)
	fn file_complaint() -> Weight {
		Weight::from_parts(60_000_000, 60000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Tenders::Tenders` (r:1 w:1)
	/// Storage: `Tenders::Complaints` (r:1 w:1)
	/// Storage: `Tenders::Evaluations` (r:0 w:1)
	/// Storage: `Tenders::Awards` (r:0 w:1)
	/// Storage: `Tenders::Bids` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:MaxBidsPerTender w:MaxBidsPerTender)
	fn resolve_complaint() -> Weight {
		Weight::from_parts(400_000_000, 120000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().reads(ITEMS))
			.saturating_add(T::DbWeight::get().writes(ITEMS))
	}
	/// Storage: `Tenders::Tenders` (r:1 w:1)
	/// Storage: `Tenders::Complaints` (r:1 w:0)
	/// Storage: `Tenders::Awards` (r:1 w:1)
	/// Storage: `Tenders::Bids` (r:1 w:1)
	/// Storage: `Balances::Holds` (r:MaxBidsPerTender w:MaxBidsPerTender)
	fn finalise_award() -> Weight {
		Weight::from_parts(400_000_000, 120000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().reads(ITEMS))
			.saturating_add(T::DbWeight::get().writes(ITEMS))
	}
	/// Storage: `Tenders::Tenders` (r:1 w:0)
	/// Storage: `Tenders::BuyerUnits` (r:1 w:0)
	/// Storage: `Tenders::Awards` (r:1 w:0)
	/// Storage: `Tenders::Contracts` (r:1 w:1)
	fn draft_contract() -> Weight {
		Weight::from_parts(70_000_000, 60000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Tenders::Tenders` (r:1 w:0)
	/// Storage: `Tenders::Contracts` (r:1 w:1)
	/// Storage: `Tenders::BuyerUnits` (r:1 w:0)
	/// Storage: `Identity e.firma look-up` (r:1 w:0)
	fn sign_contract() -> Weight {
		Weight::from_parts(50_000_000, 20000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Tenders::Tenders` (r:1 w:0)
	/// Storage: `Tenders::BuyerUnits` (r:1 w:0)
	/// Storage: `Tenders::Contracts` (r:2 w:2)
	/// Storage: `Tenders::Awards` (r:1 w:0)
	/// Storage: `Tenders::Bids` (r:1 w:0)
	/// Storage: `Tenders::Evaluations` (r:1 w:0)
	/// Storage: `Tenders::EvaluatorReputation` (r:MaxEvaluatorsPerTender w:MaxEvaluatorsPerTender)
	fn accept_deliverable() -> Weight {
		Weight::from_parts(150_000_000, 60000)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().reads(ITEMS))
			.saturating_add(T::DbWeight::get().writes(ITEMS))
	}
	/// Storage: as `accept_deliverable`.
	fn reject_deliverable() -> Weight {
		Weight::from_parts(150_000_000, 60000)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().reads(ITEMS))
			.saturating_add(T::DbWeight::get().writes(ITEMS))
	}
	/// Storage: as `accept_deliverable`.
	fn declare_deliverable_overdue() -> Weight {
		Weight::from_parts(150_000_000, 60000)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().reads(ITEMS))
			.saturating_add(T::DbWeight::get().writes(ITEMS))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn register_buyer_unit() -> Weight {
		Weight::from_parts(30_000_000, 600)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn set_buyer_officials() -> Weight {
		Weight::from_parts(30_000_000, 1200)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn register_supplier() -> Weight {
		Weight::from_parts(30_000_000, 3600)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn approve_supplier() -> Weight {
		Weight::from_parts(25_000_000, 3600)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn reject_supplier() -> Weight {
		Weight::from_parts(25_000_000, 3600)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn create_tender() -> Weight {
		Weight::from_parts(90_000_000, 20000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn publish_tender() -> Weight {
		Weight::from_parts(40_000_000, 20000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn amend_tender() -> Weight {
		Weight::from_parts(45_000_000, 20000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn cancel_tender() -> Weight {
		Weight::from_parts(400_000_000, 60000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().reads(ITEMS))
			.saturating_add(RocksDbWeight::get().writes(ITEMS))
	}
	fn ask_question() -> Weight {
		Weight::from_parts(45_000_000, 30000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn answer_question() -> Weight {
		Weight::from_parts(45_000_000, 30000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn submit_bid() -> Weight {
		Weight::from_parts(80_000_000, 60000)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn reveal_bid() -> Weight {
		Weight::from_parts(90_000_000, 60000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn register_evaluator_key() -> Weight {
		Weight::from_parts(40_000_000, 3600)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn commit_scores() -> Weight {
		Weight::from_parts(250_000_000, 60000)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn reveal_scores() -> Weight {
		Weight::from_parts(70_000_000, 60000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn cast_vote() -> Weight {
		Weight::from_parts(70_000_000, 60000)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn compute_award() -> Weight {
		Weight::from_parts(900_000_000, 120000)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().reads(ITEMS))
			.saturating_add(RocksDbWeight::get().writes(ITEMS))
	}
	fn file_complaint() -> Weight {
		Weight::from_parts(60_000_000, 60000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn resolve_complaint() -> Weight {
		Weight::from_parts(400_000_000, 120000)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
			.saturating_add(RocksDbWeight::get().reads(ITEMS))
			.saturating_add(RocksDbWeight::get().writes(ITEMS))
	}
	fn finalise_award() -> Weight {
		Weight::from_parts(400_000_000, 120000)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().reads(ITEMS))
			.saturating_add(RocksDbWeight::get().writes(ITEMS))
	}
	fn draft_contract() -> Weight {
		Weight::from_parts(70_000_000, 60000)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn sign_contract() -> Weight {
		Weight::from_parts(50_000_000, 20000)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn accept_deliverable() -> Weight {
		Weight::from_parts(150_000_000, 60000)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().reads(ITEMS))
			.saturating_add(RocksDbWeight::get().writes(ITEMS))
	}
	fn reject_deliverable() -> Weight {
		Weight::from_parts(150_000_000, 60000)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().reads(ITEMS))
			.saturating_add(RocksDbWeight::get().writes(ITEMS))
	}
	fn declare_deliverable_overdue() -> Weight {
		Weight::from_parts(150_000_000, 60000)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().reads(ITEMS))
			.saturating_add(RocksDbWeight::get().writes(ITEMS))
	}
}
