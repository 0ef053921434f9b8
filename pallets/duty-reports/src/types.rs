//! Types of the duty reports pallet.

use codec::{Decode, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::Debug;

/// A subject's report obligation: when its next report is due and how often it reports.
#[derive(Clone, Copy, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct Obligation<BlockNumber> {
	/// The block by which the next report is due. The report for the period that ends here is
	/// accepted after block `due - period`.
	pub due: BlockNumber,
	/// The blocks between two reports, given by the duty's pallet when the obligation began.
	pub period: BlockNumber,
}
