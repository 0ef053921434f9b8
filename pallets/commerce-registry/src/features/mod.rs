//! The logic of the calls, one topic per module.

mod administrators;
mod folios;
mod powers;
