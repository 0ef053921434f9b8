//! The pallet's logic, one topic per module: each is an `impl<T: Config> Pallet<T>` block with
//! the `do_*` functions that the calls of `lib.rs` delegate to.
//!
//! - `warehouses`: authorisation, suspension, revocation and officers; who acts for whom.
//! - `issuance`: issuing certificates and bonos.
//! - `circulation`: endorsements and the pledge (first endorsement of the bono).
//! - `settlement`: repayment, deposit of the debt, withdrawal, default and sale.
//! - `history`: each certificate's history, and what verifiers and clerks read.

mod circulation;
mod history;
mod issuance;
mod settlement;
mod warehouses;
