//! The pallet's logic, one module per part of the process.

mod calls;
mod delegation;
mod renewal;
