//! PLACEHOLDER: regenerate with scripts/benchmark.sh pallet-secret-ballots before merging.
//!
//! Weights for `pallet_secret_ballots`, written by hand in the format `scripts/benchmark.sh`
//! generates (`scripts/weight-template.hbs`) until the benchmarks run on the benchmark host.
//! The execution times are conservative guesses, not measurements; the storage reads and
//! writes are those of each call's worst case. `authorize_cast_secret_vote` counts the pallet's
//! own checks; the proof's verification is added by the call from `AnonymousMembership::
//! verify_weight`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::{constants::ParityDbWeight, Weight}};

/// Weight functions needed for `pallet_secret_ballots`.
pub trait WeightInfo {
	fn open_ballot() -> Weight;
	fn authorize_cast_secret_vote() -> Weight;
	fn cast_secret_vote() -> Weight;
	fn close_ballot() -> Weight;
	fn cancel_ballot() -> Weight;
}

/// Weights measured on the benchmark host, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `AnonymityRings::Rings` (r:1 w:0)
	/// Proof: `AnonymityRings::Rings` (`max_values`: None, `max_size`: Some(1300), added: 3775, mode: `MaxEncodedLen`)
	/// Storage: `SecretBallots::NextBallotId` (r:1 w:1)
	/// Proof: `SecretBallots::NextBallotId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `SecretBallots::Tallies` (r:0 w:1)
	/// Proof: `SecretBallots::Tallies` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `SecretBallots::Ballots` (r:0 w:1)
	/// Proof: `SecretBallots::Ballots` (`max_values`: None, `max_size`: Some(3161), added: 5636, mode: `MaxEncodedLen`)
	fn open_ballot() -> Weight {
		// Proof size, measured: `0`;
		// estimated: `4765`.
		// Minimum execution time: 0_000 picoseconds.
		Weight::from_parts(60_000_000, 4765)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `SecretBallots::Ballots` (r:1 w:0)
	/// Proof: `SecretBallots::Ballots` (`max_values`: None, `max_size`: Some(3161), added: 5636, mode: `MaxEncodedLen`)
	/// Storage: `AnonymityRings::RootHistory` (r:1 w:0)
	/// Proof: `AnonymityRings::RootHistory` (`max_values`: None, `max_size`: Some(400), added: 2875, mode: `MaxEncodedLen`)
	/// Storage: `SecretBallots::Votes` (r:1 w:0)
	/// Proof: `SecretBallots::Votes` (`max_values`: None, `max_size`: Some(153), added: 2628, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	fn authorize_cast_secret_vote() -> Weight {
		// Proof size, measured: `0`;
		// estimated: `6626`.
		// Minimum execution time: 0_000 picoseconds.
		Weight::from_parts(50_000_000, 6626)
			.saturating_add(T::DbWeight::get().reads(4_u64))
	}
	/// Storage: `SecretBallots::Ballots` (r:1 w:0)
	/// Proof: `SecretBallots::Ballots` (`max_values`: None, `max_size`: Some(3161), added: 5636, mode: `MaxEncodedLen`)
	/// Storage: `SecretBallots::Votes` (r:1 w:1)
	/// Proof: `SecretBallots::Votes` (`max_values`: None, `max_size`: Some(153), added: 2628, mode: `MaxEncodedLen`)
	/// Storage: `SecretBallots::Turnout` (r:1 w:1)
	/// Proof: `SecretBallots::Turnout` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `SecretBallots::Tallies` (r:1 w:1)
	/// Proof: `SecretBallots::Tallies` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn cast_secret_vote() -> Weight {
		// Proof size, measured: `0`;
		// estimated: `6626`.
		// Minimum execution time: 0_000 picoseconds.
		Weight::from_parts(60_000_000, 6626)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `SecretBallots::Ballots` (r:1 w:1)
	/// Proof: `SecretBallots::Ballots` (`max_values`: None, `max_size`: Some(3161), added: 5636, mode: `MaxEncodedLen`)
	/// Storage: `SecretBallots::Tallies` (r:1 w:0)
	/// Proof: `SecretBallots::Tallies` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `SecretBallots::Turnout` (r:1 w:0)
	/// Proof: `SecretBallots::Turnout` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `SecretBallots::Results` (r:0 w:1)
	/// Proof: `SecretBallots::Results` (`max_values`: None, `max_size`: Some(289), added: 2764, mode: `MaxEncodedLen`)
	fn close_ballot() -> Weight {
		// Proof size, measured: `0`;
		// estimated: `6626`.
		// Minimum execution time: 0_000 picoseconds.
		Weight::from_parts(80_000_000, 6626)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `SecretBallots::Ballots` (r:1 w:1)
	/// Proof: `SecretBallots::Ballots` (`max_values`: None, `max_size`: Some(3161), added: 5636, mode: `MaxEncodedLen`)
	fn cancel_ballot() -> Weight {
		// Proof size, measured: `0`;
		// estimated: `6626`.
		// Minimum execution time: 0_000 picoseconds.
		Weight::from_parts(40_000_000, 6626)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn open_ballot() -> Weight {
		Weight::from_parts(60_000_000, 4765)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn authorize_cast_secret_vote() -> Weight {
		Weight::from_parts(50_000_000, 6626)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
	}
	fn cast_secret_vote() -> Weight {
		Weight::from_parts(60_000_000, 6626)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn close_ballot() -> Weight {
		Weight::from_parts(80_000_000, 6626)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn cancel_ballot() -> Weight {
		Weight::from_parts(40_000_000, 6626)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
}
