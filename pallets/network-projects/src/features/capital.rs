//! Capital: the collectives' treasuries and the leaders' grants within a limit per period.

use crate::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	tokens::{Fortitude, Preservation},
	Defensive,
};
use sp_runtime::traits::{CheckedAdd, CheckedDiv};

impl<T: Config> Pallet<T> {
	/// Transfer `amount` from the treasury of `collective` to `beneficiary` on behalf of
	/// `leader`: see [`Pallet::grant_capital`].
	pub(crate) fn do_grant_capital(
		leader: T::AccountId,
		collective: CollectiveId,
		beneficiary: T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(T::Collectives::collective_exists(collective), Error::<T>::CollectiveNotFound);
		Self::ensure_leader(&leader, collective)?;
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(Self::is_beneficiary(collective, &beneficiary), Error::<T>::NotBeneficiary);
		let period = Self::capital_period(frame_system::Pallet::<T>::block_number());
		let granted_in_period = Self::granted_in(collective, period)
			.checked_add(&amount)
			.ok_or(Error::<T>::CapitalOverflow)?;
		ensure!(granted_in_period <= T::MaxGrantPerPeriod::get(), Error::<T>::GrantLimitExceeded);
		ensure!(Self::payable(collective) >= amount, Error::<T>::InsufficientTreasuryFunds);
		T::Currency::transfer(
			&Self::treasury_account(collective),
			&beneficiary,
			amount,
			Preservation::Preserve,
		)?;
		CapitalGranted::<T>::insert(collective, (period, granted_in_period));
		Self::deposit_event(Event::CapitalGranted {
			collective,
			beneficiary,
			amount,
			period,
			granted_in_period,
		});
		Ok(())
	}

	/// What the treasury of `collective` can pay and stay alive.
	pub(crate) fn payable(collective: CollectiveId) -> BalanceOf<T> {
		T::Currency::reducible_balance(
			&Self::treasury_account(collective),
			Preservation::Preserve,
			Fortitude::Polite,
		)
	}

	/// The capital period of block `at`: `at / CapitalPeriod`.
	pub fn capital_period(at: BlockNumberFor<T>) -> BlockNumberFor<T> {
		at.checked_div(&T::CapitalPeriod::get()).defensive_unwrap_or_default()
	}

	/// The capital the leaders of `collective` granted in `period`.
	pub fn granted_in(collective: CollectiveId, period: BlockNumberFor<T>) -> BalanceOf<T> {
		match CapitalGranted::<T>::get(collective) {
			Some((granted_period, granted)) if granted_period == period => granted,
			_ => Zero::zero(),
		}
	}

	/// Whether the leaders of `collective` may grant capital to `who`: an active node of a member
	/// of it ([`Config::Nodes`]), or the account of one of its registered projects.
	pub fn is_beneficiary(collective: CollectiveId, who: &T::AccountId) -> bool {
		T::Nodes::is_validator_of(collective, who)
			|| ProjectOf::<T>::get(who)
				.and_then(Projects::<T>::get)
				.is_some_and(|p| p.collective == collective)
	}
}
