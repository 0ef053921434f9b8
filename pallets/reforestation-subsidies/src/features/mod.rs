//! The logic behind the calls, one feature per module.
//!
//! `programs`: opening and closing programs; `properties`: registering land and the cell index;
//! `applications`: filing, withdrawing, rejecting and approving (the duplicate rules);
//! `grants`: payments, verifications, cancellation, reduction and recovery. The audit view
//! functions are in `lib.rs`.

mod applications;
mod grants;
mod programs;
mod properties;
