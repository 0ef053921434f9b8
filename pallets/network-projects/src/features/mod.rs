//! The pallet's logic, one topic per module: `projects` (applications, the commission's and the
//! Executive Council's decisions, the register) and `capital` (treasuries and grants).

mod capital;
mod projects;
