//! The trait other pallets use to grant and withdraw fee allowances: defined in
//! `bmx-primitives` (so that the pallet that grants capital does not depend on this crate),
//! implemented here by [`crate::Pallet`].

pub use bmx_primitives::governance::AllowanceManager;
