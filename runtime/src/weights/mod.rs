//! The runtime's own overhead weights, measured on this project's machines with
//! `bmx-node benchmark overhead` (`scripts/benchmark.sh overhead` regenerates both files; their
//! headers give the date, machine and statistics):
//! - [`BlockExecutionWeight`]: executing an empty block (`BlockWeights::base_block`);
//! - [`ExtrinsicBaseWeight`]: what every extrinsic costs besides its call and extensions
//!   (`base_extrinsic` of every dispatch class).
//!
//! - [`ParityDbWeight`]: reading and writing one storage item in ParityDB, the node's default
//!   database (`frame_system::Config::DbWeight`), measured by `bmx-node benchmark storage`
//!   (`scripts/benchmark.sh storage` regenerates `paritydb_weights.rs`) on a state of a million
//!   funded accounts.
//!
//! They replace upstream's reference-machine constants (`frame_support::weights::constants`),
//! which measured 108 µs a base extrinsic where this machine takes about 132 µs, and 8 µs a
//! read and 50 µs a write of ParityDB. Every pallet's `SubstrateWeight` counts its reads and
//! writes in `T::DbWeight`, so the figures here price every call of the runtime.

pub mod block_weights;
pub mod extrinsic_weights;
pub mod paritydb_weights;

pub use block_weights::BlockExecutionWeight;
pub use extrinsic_weights::ExtrinsicBaseWeight;
pub use paritydb_weights::constants::ParityDbWeight;
