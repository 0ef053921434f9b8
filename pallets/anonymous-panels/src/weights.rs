//! Weights for `pallet_anonymous_panels`.
//!
//! NOT GENERATED YET: the pallet is not in the runtime, and these are conservative estimates for
//! its unit tests only (storage reads and writes at RocksDB's cost, plus a compute allowance
//! per call taken from the generated weights of `pallet_secret_ballots` and
//! `pallet_anonymity_rings`). `scripts/benchmark.sh pallet-anonymous-panels` replaces this
//! file with generated weights before the pallet joins the runtime.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::{constants::RocksDbWeight, Weight}};

/// Weight functions needed for `pallet_anonymous_panels`.
pub trait WeightInfo {
	fn enrol() -> Weight;
	fn leave() -> Weight;
	fn refresh_evaluator() -> Weight;
	fn authorize_submit_ticket() -> Weight;
	fn submit_ticket() -> Weight;
	fn authorize_reveal_scores() -> Weight;
	fn reveal_scores() -> Weight;
	fn conclude_panel() -> Weight;
	fn authorize_settle_pseudonym() -> Weight;
	fn settle_pseudonym() -> Weight;
	fn top_up_bond() -> Weight;
	fn open_panel(n: u32, ) -> Weight;
	fn record_outcome() -> Weight;
	fn cancel_panel() -> Weight;
}

/// Until `scripts/benchmark.sh` generates them: the estimates below (see the module docs).
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn enrol() -> Weight { <() as WeightInfo>::enrol() }
	fn leave() -> Weight { <() as WeightInfo>::leave() }
	fn refresh_evaluator() -> Weight { <() as WeightInfo>::refresh_evaluator() }
	fn authorize_submit_ticket() -> Weight { <() as WeightInfo>::authorize_submit_ticket() }
	fn submit_ticket() -> Weight { <() as WeightInfo>::submit_ticket() }
	fn authorize_reveal_scores() -> Weight { <() as WeightInfo>::authorize_reveal_scores() }
	fn reveal_scores() -> Weight { <() as WeightInfo>::reveal_scores() }
	fn conclude_panel() -> Weight { <() as WeightInfo>::conclude_panel() }
	fn authorize_settle_pseudonym() -> Weight { <() as WeightInfo>::authorize_settle_pseudonym() }
	fn settle_pseudonym() -> Weight { <() as WeightInfo>::settle_pseudonym() }
	fn top_up_bond() -> Weight { <() as WeightInfo>::top_up_bond() }
	fn open_panel(n: u32, ) -> Weight { <() as WeightInfo>::open_panel(n) }
	fn record_outcome() -> Weight { <() as WeightInfo>::record_outcome() }
	fn cancel_panel() -> Weight { <() as WeightInfo>::cancel_panel() }
}

/// Estimates for the tests (see the module docs).
impl WeightInfo for () {
	fn enrol() -> Weight {
		Weight::from_parts(60_000_000, 12_000)
			.saturating_add(RocksDbWeight::get().reads_writes(6, 5))
	}
	fn leave() -> Weight {
		Weight::from_parts(40_000_000, 12_000)
			.saturating_add(RocksDbWeight::get().reads_writes(3, 3))
	}
	fn refresh_evaluator() -> Weight {
		Weight::from_parts(50_000_000, 12_000)
			.saturating_add(RocksDbWeight::get().reads_writes(5, 3))
	}
	fn authorize_submit_ticket() -> Weight {
		Weight::from_parts(60_000_000, 8_000)
			.saturating_add(RocksDbWeight::get().reads(5))
	}
	fn submit_ticket() -> Weight {
		Weight::from_parts(60_000_000, 8_000)
			.saturating_add(RocksDbWeight::get().reads_writes(5, 3))
	}
	fn authorize_reveal_scores() -> Weight {
		Weight::from_parts(40_000_000, 8_000)
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn reveal_scores() -> Weight {
		Weight::from_parts(40_000_000, 8_000)
			.saturating_add(RocksDbWeight::get().reads_writes(2, 1))
	}
	fn conclude_panel() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(RocksDbWeight::get().reads_writes(20, 20))
	}
	fn authorize_settle_pseudonym() -> Weight {
		Weight::from_parts(40_000_000, 6_000)
			.saturating_add(RocksDbWeight::get().reads(3))
	}
	fn settle_pseudonym() -> Weight {
		Weight::from_parts(80_000_000, 6_000)
			.saturating_add(RocksDbWeight::get().reads_writes(5, 4))
	}
	fn top_up_bond() -> Weight {
		Weight::from_parts(60_000_000, 6_000)
			.saturating_add(RocksDbWeight::get().reads_writes(3, 3))
	}
	fn open_panel(n: u32, ) -> Weight {
		Weight::from_parts(80_000_000, 30_000)
			.saturating_add(Weight::from_parts(2_000_000, 3_000).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(6, 4))
			.saturating_add(RocksDbWeight::get().reads(2_u64.saturating_mul(n.into())))
	}
	fn record_outcome() -> Weight {
		Weight::from_parts(60_000_000, 20_000)
			.saturating_add(RocksDbWeight::get().reads_writes(12, 11))
	}
	fn cancel_panel() -> Weight {
		Weight::from_parts(60_000_000, 20_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
}
