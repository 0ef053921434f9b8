//! The logic of the calls, one topic per module.

mod certificates;
mod folios;
mod lineage;
mod offices;
mod qualification;
