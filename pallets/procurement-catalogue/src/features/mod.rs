//! The pallet's logic, one topic per module: `codes` (keeping the catalogue: the calls and
//! genesis) and `search` (finding codes by digits or by name).

mod codes;
mod search;
