//! The pallet's logic, one topic per module: each is an `impl<T: Config> Pallet<T>` block with
//! the `do_*` functions that the calls of `lib.rs` delegate to.
//!
//! - `roster`: enrolment, leaving and refreshing; the pool's account.
//! - `panels`: opening a panel (its candidates and ring), concluding a round (slashes, pay,
//!   re-runs), cancelling, and the subject's outcome.
//! - `tickets`: the authorization and record of tickets (sortition by rank) and reveals.
//! - `pseudonyms`: bond credit, pay, top-ups and settlements.

mod panels;
mod pseudonyms;
mod roster;
mod tickets;

pub use tickets::{ticket_prefix, ticket_threshold, TICKET_MARGIN};
