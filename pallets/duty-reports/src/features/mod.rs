//! The pallet's logic, one topic per module: `obligations` (begin and end, for the pallets that
//! own the duties) and `reports` (submitting a report, the overdue view).

mod obligations;
mod reports;
