//! The pallet's logic, one topic per module: each is an `impl<T: Config> Pallet<T>` block with
//! the `do_*` functions that the calls of `lib.rs` delegate to.
//!
//! - `requests`: requesting capital, withdrawing and expiring requests; who qualifies.
//! - `decisions`: the leaders' grants and refusals.
//! - `grants`: ending grants (revocation, stale clean-up), budgets and treasuries.

mod decisions;
mod grants;
mod requests;
