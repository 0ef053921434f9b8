//! The runtime's own overhead weights, measured on this project's machines with
//! `bmx-node benchmark overhead` (`scripts/benchmark.sh overhead` regenerates both files; their
//! headers give the date, machine and statistics):
//! - [`BlockExecutionWeight`]: executing an empty block (`BlockWeights::base_block`);
//! - [`ExtrinsicBaseWeight`]: what every extrinsic costs besides its call and extensions
//!   (`base_extrinsic` of every dispatch class).
//!
//! They replace upstream's reference-machine constants (`frame_support::weights::constants`),
//! which measured 108 µs a base extrinsic where this machine takes about 132 µs. The database
//! weights stay upstream's `ParityDbWeight`: `benchmark storage` needs a node built with
//! `runtime-benchmarks`, a second node build (BENCHMARKS.md, "Weights").

pub mod block_weights;
pub mod extrinsic_weights;

pub use block_weights::BlockExecutionWeight;
pub use extrinsic_weights::ExtrinsicBaseWeight;
