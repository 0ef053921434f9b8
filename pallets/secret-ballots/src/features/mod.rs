//! The pallet's logic, one topic per module: each is an `impl<T: Config> Pallet<T>` block with
//! the `do_*` functions that the calls of `lib.rs` delegate to.
//!
//! - `ballots`: opening, closing (with the funding of a budget's projects) and cancelling.
//! - `voting`: the authorization of a secret vote (cheap checks, then the proof) and its record.

mod ballots;
mod voting;
