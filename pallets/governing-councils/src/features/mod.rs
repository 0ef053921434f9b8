//! The pallet's logic, one topic per module, each an `impl<T: Config> Pallet<T>` block whose
//! `do_*` functions the calls in `lib.rs` delegate to:
//!
//! - [`executive`]: proposals for executive seats, designation, removal and the loss of a
//!   commissioner's membership;
//! - [`advisory`]: advisory requests, their deposits, expiry and rejection penalty; advisors'
//!   admission, renewal at their request (or its refusal) and removal;
//! - [`councils`]: the councils' memberships, recorded and pushed to their `ChangeMembers`;
//! - [`majority`]: the collectives' majority, which designates executives while neither
//!   council can act;
//! - [`expiries`]: the schedule of executive and advisory terms, their end in
//!   `on_initialize`, and the warnings ahead of mass expiries;
//! - [`motions`]: the Executive Council's motions, votes, quorum and decisions;
//! - [`sessions`]: the collectives' requests for an extraordinary session;
//! - [`reports`]: the report obligations that come with the seats, and who answers for them.

pub mod advisory;
pub mod councils;
pub mod executive;
pub mod expiries;
pub mod majority;
pub mod motions;
pub mod reports;
pub mod sessions;
