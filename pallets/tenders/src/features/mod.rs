//! The logic behind the calls, one module per topic, in the order of a tender's life. Each holds
//! an `impl<T: Config> Pallet<T>` block with the `do_*` function of every call of its topic
//! (called by the thin call in `lib.rs` once the origin is checked) and the helpers the topic
//! owns.

pub(crate) mod award;
pub(crate) mod bids;
pub(crate) mod civic;
pub(crate) mod complaints;
pub(crate) mod contract;
pub(crate) mod enquiries;
pub(crate) mod evaluation;
pub(crate) mod holds;
pub(crate) mod registry;
pub(crate) mod tender;
pub(crate) mod votes;
