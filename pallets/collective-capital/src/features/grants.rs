//! Ending grants (revocation, stale clean-up), budgets and treasuries.

use crate::*;

impl<T: Config> Pallet<T> {
	/// The treasury of `collective`: the [`Config::PalletId`] sub-account of its id.
	pub fn treasury(collective: CollectiveId) -> T::AccountId {
		T::PalletId::get().into_sub_account_truncating(collective)
	}

	/// The budget of `collective`: the one set, else [`Config::DefaultBudget`].
	pub fn budget(collective: CollectiveId) -> BalanceOf<T> {
		Budgets::<T>::get(collective).unwrap_or_else(T::DefaultBudget::get)
	}

	/// Record what `collective`'s grants add up to; absent when zero.
	pub(crate) fn set_committed(collective: CollectiveId, amount: BalanceOf<T>) {
		if amount.is_zero() {
			Committed::<T>::remove(collective);
		} else {
			Committed::<T>::insert(collective, amount);
		}
	}

	/// Free `amount` of `collective`'s budget.
	pub(crate) fn release(collective: CollectiveId, amount: BalanceOf<T>) {
		let committed = Committed::<T>::get(collective);
		if committed < amount {
			frame_support::defensive!("a grant beyond what its collective has committed");
		}
		Self::set_committed(collective, committed.saturating_sub(amount));
	}

	/// Remove the grant of `who` and its allowance, and free the budget; returns the grant and
	/// whether the allowance was still there.
	fn end_grant(who: &T::AccountId) -> Result<(GrantOf<T>, bool), DispatchError> {
		let grant = Grants::<T>::take(who).ok_or(Error::<T>::GrantNotFound)?;
		// The allowance may already be gone (removed by the sponsorship pallet's own origin):
		// the grant ends all the same, and the event says so.
		let allowance_removed = T::Allowances::remove_allowance(who.clone()).is_ok();
		Self::release(grant.collective, grant.per_period);
		Ok((grant, allowance_removed))
	}

	pub(crate) fn do_revoke_capital(
		revoked_by: Option<T::AccountId>,
		who: T::AccountId,
	) -> DispatchResult {
		let grant = Grants::<T>::get(&who).ok_or(Error::<T>::GrantNotFound)?;
		if let Some(leader) = revoked_by.as_ref() {
			ensure!(T::Collectives::is_leader(grant.collective, leader), Error::<T>::NotLeader);
		}
		let (grant, allowance_removed) = Self::end_grant(&who)?;
		Self::deposit_event(Event::CapitalRevoked {
			who,
			collective: grant.collective,
			revoked_by,
			allowance_removed,
		});
		Ok(())
	}

	pub(crate) fn do_remove_stale_grant(who: T::AccountId) -> DispatchResult {
		let grant = Grants::<T>::get(&who).ok_or(Error::<T>::GrantNotFound)?;
		ensure!(!Self::is_eligible_for(grant.collective, &who), Error::<T>::StillEligible);
		let (grant, allowance_removed) = Self::end_grant(&who)?;
		Self::deposit_event(Event::StaleGrantRemoved {
			who,
			collective: grant.collective,
			allowance_removed,
		});
		Ok(())
	}

	pub(crate) fn do_set_budget(collective: CollectiveId, budget: BalanceOf<T>) -> DispatchResult {
		ensure!(T::Collectives::collective_exists(collective), Error::<T>::CollectiveNotFound);
		Budgets::<T>::insert(collective, budget);
		Self::deposit_event(Event::BudgetSet { collective, budget });
		Ok(())
	}
}
