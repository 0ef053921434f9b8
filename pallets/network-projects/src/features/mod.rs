//! The pallet's logic: `projects` (applications, the commission's and the Executive Council's
//! decisions, the register).

mod projects;
