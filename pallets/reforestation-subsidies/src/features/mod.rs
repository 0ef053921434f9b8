//! The logic behind the calls, one feature per module.
//!
//! `programs`: opening and closing programs; `properties`: registering land and the cell index;
//! `applications`: filing, withdrawing, rejecting and approving (the duplicate rules);
//! `grants`: payments, verifications, cancellation, reduction and recovery. `audit`: what
//! the view functions and the runtime API read.

mod applications;
mod audit;
mod grants;
mod programs;
mod properties;
