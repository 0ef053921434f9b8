//! The allowance ledger: setting and removing allowances, and what the extension reads and
//! records.

use crate::*;
use frame_support::{defensive, ensure, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{CheckedDiv, Saturating, Zero},
	DispatchResult,
};

impl<T: Config> Pallet<T> {
	/// Set or change `who`'s allowance; see [`Pallet::set_allowance`].
	pub(crate) fn do_set_allowance(
		who: T::AccountId,
		sponsor: T::AccountId,
		per_period: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!per_period.is_zero(), Error::<T>::ZeroAllowance);
		ensure!(sponsor != who, Error::<T>::SelfSponsorship);
		let now = frame_system::Pallet::<T>::block_number();
		let allowance = match Allowances::<T>::get(&who) {
			Some(old) => {
				let (used, period_start) = Self::current_usage(&old, now);
				Allowance {
					sponsor: sponsor.clone(),
					per_period,
					used: used.min(per_period),
					period_start,
				}
			},
			None => {
				// The allowance makes the beneficiary's account exist (as a sufficient asset
				// would), so that an account holding nothing passes `CheckNonce`.
				frame_system::Pallet::<T>::inc_sufficients(&who);
				Allowance {
					sponsor: sponsor.clone(),
					per_period,
					used: Zero::zero(),
					period_start: now,
				}
			},
		};
		Allowances::<T>::insert(&who, allowance);
		Self::deposit_event(Event::AllowanceSet { who, sponsor, per_period });
		Ok(())
	}

	/// Remove `who`'s allowance; see [`Pallet::remove_allowance`].
	pub(crate) fn do_remove_allowance(who: T::AccountId) -> DispatchResult {
		Allowances::<T>::take(&who).ok_or(Error::<T>::NotFound)?;
		// The reference taken when the allowance was first set; an account holding nothing
		// else is reaped with it.
		frame_system::Pallet::<T>::dec_sufficients(&who);
		Self::deposit_event(Event::AllowanceRemoved { who });
		Ok(())
	}

	/// What the allowance used in the period that contains `now`, and that period's first
	/// block: `(used, period_start)` while `now` is in the recorded period, zero and the start
	/// of the current period once it is past.
	pub(crate) fn current_usage(
		allowance: &AllowanceOf<T>,
		now: BlockNumberFor<T>,
	) -> (BalanceOf<T>, BlockNumberFor<T>) {
		let period = T::Period::get();
		let elapsed = now.saturating_sub(allowance.period_start);
		let Some(periods) = elapsed.checked_div(&period) else {
			defensive!("the allowance period is not zero, checked by integrity_test; qed");
			return (allowance.used, allowance.period_start);
		};
		if periods.is_zero() {
			(allowance.used, allowance.period_start)
		} else {
			(Zero::zero(), allowance.period_start.saturating_add(periods.saturating_mul(period)))
		}
	}

	/// What the sponsor still pays for this allowance in the current period.
	pub(crate) fn remaining(allowance: &AllowanceOf<T>) -> BalanceOf<T> {
		let (used, _) = Self::current_usage(allowance, frame_system::Pallet::<T>::block_number());
		allowance.per_period.saturating_sub(used)
	}

	/// The sponsor of `who` if its allowance still covers `fee` in the current period.
	pub(crate) fn sponsor_covering(who: &T::AccountId, fee: BalanceOf<T>) -> Option<T::AccountId> {
		let allowance = Allowances::<T>::get(who)?;
		(fee <= Self::remaining(&allowance)).then_some(allowance.sponsor)
	}

	/// Count `fee`, just paid by the sponsor, against `who`'s allowance (starting a new period
	/// first if the recorded one is over).
	pub(crate) fn note_sponsored_fee(who: &T::AccountId, fee: BalanceOf<T>) {
		let now = frame_system::Pallet::<T>::block_number();
		Allowances::<T>::mutate(who, |maybe_allowance| match maybe_allowance {
			Some(allowance) => {
				let (used, period_start) = Self::current_usage(allowance, now);
				allowance.used = used.saturating_add(fee);
				allowance.period_start = period_start;
			},
			None => {
				defensive!("a fee is sponsored only for an account with an allowance; qed");
			},
		});
	}

	/// Give back to `who`'s allowance the part of a sponsored fee that was refunded to the
	/// sponsor. Nothing to do if the allowance was removed meanwhile.
	pub(crate) fn note_sponsored_refund(who: &T::AccountId, refund: BalanceOf<T>) {
		if refund.is_zero() {
			return;
		}
		Allowances::<T>::mutate(who, |maybe_allowance| {
			if let Some(allowance) = maybe_allowance {
				allowance.used = allowance.used.saturating_sub(refund);
			}
		});
	}
}

impl<T: Config> AllowanceManager<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn set_allowance(
		who: T::AccountId,
		sponsor: T::AccountId,
		per_period: BalanceOf<T>,
	) -> DispatchResult {
		Self::do_set_allowance(who, sponsor, per_period)
	}

	fn remove_allowance(who: T::AccountId) -> DispatchResult {
		Self::do_remove_allowance(who)
	}
}
