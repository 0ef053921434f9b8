//! The pallet's logic, one topic per module: each is an `impl<T: Config> Pallet<T>` block with
//! the `do_*` functions that the calls of `lib.rs` delegate to.
//!
//! - `members`: registering, rotating, withdrawing and refreshing member keys; placing a key in
//!   its scopes' queues and taking it out of its queues and rings.
//! - `rings`: onboarding batches, build steps, publication of revisions, pruning, and the
//!   `on_idle` service that runs them.
//! - `membership`: what provers and other pallets read: usable revisions, member lists,
//!   summaries.
//! - `panels`: the evaluators' roster (joined and left on another pallet's request) and the
//!   panels' rings (formed once from a fixed list of keys, dissolved when the panel is over).

mod members;
mod membership;
pub(crate) mod panels;
mod rings;
