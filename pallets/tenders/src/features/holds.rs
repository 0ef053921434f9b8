//! What the pallet holds (bid and performance guarantees, complaint deposits): returned or
//! forfeited in one place each, with the same check that it was fully held.

use crate::*;
use frame_support::traits::{
	fungible::{BalancedHold, MutateHold},
	tokens::Precision,
};

impl<T: Config> Pallet<T> {
	/// Return `amount` held from `who` for `reason`. The pallet only releases what it holds,
	/// so a shortfall is a defect: reported, never an error for the caller.
	pub(crate) fn release_hold(reason: HoldReason, who: &T::AccountId, amount: BalanceOf<T>) {
		match T::Currency::release(&reason.into(), who, amount, Precision::BestEffort) {
			Ok(released) if released == amount => {},
			_ => {
				defensive!("an amount the tenders pallet holds was not fully held");
			},
		}
	}

	/// Forfeit `amount` held from `who` for `reason` to [`Config::Slashed`]. A shortfall is a
	/// defect, as in [`Pallet::release_hold`].
	pub(crate) fn slash_hold(reason: HoldReason, who: &T::AccountId, amount: BalanceOf<T>) {
		let (credit, missing) =
			<T::Currency as BalancedHold<T::AccountId>>::slash(&reason.into(), who, amount);
		if !missing.is_zero() {
			defensive!("an amount the tenders pallet holds was not fully held");
		}
		T::Slashed::on_unbalanced(credit);
	}
}
