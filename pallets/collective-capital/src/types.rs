//! Types of collective capital: pending requests and grants.

use bmx_primitives::{governance::CollectiveId, DocumentHash};
use codec::{Decode, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::Debug;

/// A beneficiary's pending request for capital (a fee allowance) from its collective.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct CapitalRequest<Balance, BlockNumber> {
	/// The collective whose leaders decide and whose treasury would pay.
	pub collective: CollectiveId,
	/// The fees asked for per fee-sponsorship period.
	pub per_period: Balance,
	/// The hash of the document that states the purpose (kept off chain).
	pub purpose: DocumentHash,
	/// The first block at which the request has expired: it can no longer be granted and
	/// anyone may remove it.
	pub expires_at: BlockNumber,
}

/// Capital granted: the beneficiary has a fee allowance paid by its collective's treasury.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct Grant<AccountId, Balance, BlockNumber> {
	/// The collective whose treasury pays and whose budget the grant uses.
	pub collective: CollectiveId,
	/// The most the treasury pays per fee-sponsorship period.
	pub per_period: Balance,
	/// The leader who granted it.
	pub granted_by: AccountId,
	/// The block at which it was granted (or last replaced).
	pub since: BlockNumber,
}
