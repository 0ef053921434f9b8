//! The logic behind the calls, one feature per module: each holds an `impl<T: Config> Pallet<T>`
//! block whose `do_*` functions the calls in `lib.rs` delegate to once they checked the origin.
//!
//! - [`collectives`]: written requests for new collectives and their deposits; creating a
//!   collective.
//! - [`dissolution`]: flagging collectives that run no node after their grace period, and
//!   dissolving them.
//! - [`code_of_ethics`]: putting a version in force and accepting it.
//! - [`members`]: applications and their deposits, admission, rejection, suspension,
//!   reinstatement, leaving and expulsion, and the membership hooks.
//! - [`leaders`]: appointments, renewals, removals, the expiry schedule and the leaders' report
//!   obligations.
//! - `setup` (with `runtime-benchmarks`): [`bmx_primitives::governance::GovernanceSetup`] for
//!   other pallets' benchmarks.

pub mod code_of_ethics;
pub mod collectives;
pub mod dissolution;
pub mod leaders;
pub mod members;
#[cfg(feature = "runtime-benchmarks")]
pub mod setup;
