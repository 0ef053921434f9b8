//! The logic of the calls, one module per topic, each an `impl<T: Config> Pallet<T>` block of
//! `do_*` functions that the thin calls of `lib.rs` delegate to once they checked the origin.
//!
//! - [`registrars`]: accreditation, and who may act on an attestation.
//! - [`persons`]: verified persons, their updates, revocation and clearing.
//! - [`recovery`]: moving a person key to a new account.
//! - [`organisations`]: verified organisations and their representatives.
//! - [`efirma`]: e.firma bindings and signing acts.
//! - [`credentials`]: credential types and credentials.

pub mod credentials;
pub mod efirma;
pub mod organisations;
pub mod persons;
pub mod recovery;
pub mod registrars;
