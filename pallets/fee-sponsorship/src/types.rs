//! The value types of the fee sponsorship pallet.

use codec::{Decode, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// A beneficiary's fee allowance: what its sponsor pays for it per period.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Allowance<AccountId, Balance, BlockNumber> {
	/// The account that pays (in the runtime, a collective's treasury).
	pub sponsor: AccountId,
	/// The most the sponsor pays per period, tips included. Never zero.
	pub per_period: Balance,
	/// What the sponsor paid in the period starting at `period_start`. At most `per_period`.
	pub used: Balance,
	/// The first block of the period `used` belongs to.
	pub period_start: BlockNumber,
}
