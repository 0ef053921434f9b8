//! Decisions: a leader of the request's collective, never the requester, grants or refuses.

use crate::*;

impl<T: Config> Pallet<T> {
	/// The pending request of `who`, if `leader` may decide it.
	fn decidable_request(
		leader: &T::AccountId,
		who: &T::AccountId,
	) -> Result<CapitalRequestOf<T>, DispatchError> {
		let request = Requests::<T>::get(who).ok_or(Error::<T>::RequestNotFound)?;
		ensure!(T::Collectives::is_leader(request.collective, leader), Error::<T>::NotLeader);
		ensure!(leader != who, Error::<T>::OwnRequest);
		Ok(request)
	}

	pub(crate) fn do_grant_capital(leader: T::AccountId, who: T::AccountId) -> DispatchResult {
		let request = Self::decidable_request(&leader, &who)?;
		ensure!(!Self::is_expired(&request), Error::<T>::RequestExpired);
		let collective = request.collective;
		ensure!(Self::is_eligible_for(collective, &who), Error::<T>::NotEligible);

		// The budget, without the grant this one replaces.
		let previous = Grants::<T>::get(&who);
		let mut committed = Committed::<T>::get(collective);
		if let Some(old) = previous.as_ref().filter(|old| old.collective == collective) {
			committed = committed.saturating_sub(old.per_period);
		}
		let committed =
			committed.checked_add(&request.per_period).ok_or(Error::<T>::BudgetExceeded)?;
		ensure!(committed <= Self::budget(collective), Error::<T>::BudgetExceeded);

		let treasury = Self::treasury(collective);
		T::Allowances::set_allowance(who.clone(), treasury.clone(), request.per_period)?;

		if let Some(old) = previous.as_ref().filter(|old| old.collective != collective) {
			Self::release(old.collective, old.per_period);
		}
		Self::set_committed(collective, committed);
		Requests::<T>::remove(&who);
		Grants::<T>::insert(
			&who,
			Grant {
				collective,
				per_period: request.per_period,
				granted_by: leader.clone(),
				since: frame_system::Pallet::<T>::block_number(),
			},
		);
		Self::deposit_event(Event::CapitalGranted {
			who,
			collective,
			per_period: request.per_period,
			granted_by: leader,
			treasury,
			replaced: previous.map(|old| old.per_period),
		});
		Ok(())
	}

	pub(crate) fn do_refuse_capital(
		leader: T::AccountId,
		who: T::AccountId,
		reason: DocumentHash,
	) -> DispatchResult {
		let request = Self::decidable_request(&leader, &who)?;
		Requests::<T>::remove(&who);
		Self::deposit_event(Event::CapitalRefused {
			who,
			collective: request.collective,
			refused_by: leader,
			reason,
		});
		Ok(())
	}
}
