//! The pallet's logic, one topic per module: each is an `impl<T: Config> Pallet<T>` block with
//! the `do_*` functions that the calls and the trait implementations of `lib.rs` delegate to.

mod applications;
mod decisions;
mod membership;
mod offences;
mod session_keys;
mod validators;
