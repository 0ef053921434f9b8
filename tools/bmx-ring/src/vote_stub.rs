//! Placeholder until the runtime has the pallets.

use crate::{
	cli::{Report, VoteArgs},
	error::{Failure, Result},
};

/// Runs `vote`.
pub fn run(_args: &VoteArgs) -> Result<Report> {
	Err(Failure::Input("not yet".into()))
}
