//! Requests: a beneficiary asks for capital, withdraws its request, or anyone removes it once
//! expired.

use crate::*;

impl<T: Config> Pallet<T> {
	/// The collective `who` may receive capital from: that of its active node, else that of its
	/// registered project.
	pub fn eligible_collective(who: &T::AccountId) -> Option<CollectiveId> {
		if T::Nodes::is_validator(who) {
			if let Some(collective) = T::Nodes::node_collective(who) {
				return Some(collective);
			}
		}
		T::Projects::project_of(who).and_then(T::Projects::project_collective)
	}

	/// Whether `who` may receive capital from `collective`: it runs an active node for it, or
	/// it is the account of a registered project of it.
	pub fn is_eligible_for(collective: CollectiveId, who: &T::AccountId) -> bool {
		T::Nodes::is_validator_of(collective, who)
			|| T::Projects::project_of(who).and_then(T::Projects::project_collective)
				== Some(collective)
	}

	pub(crate) fn do_request_capital(
		who: T::AccountId,
		per_period: BalanceOf<T>,
		purpose: DocumentHash,
	) -> DispatchResult {
		let collective = Self::check_request(&who, per_period)?;
		let expires_at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::RequestLifetime::get());
		Requests::<T>::insert(&who, CapitalRequest { collective, per_period, purpose, expires_at });
		Self::deposit_event(Event::CapitalRequested {
			who,
			collective,
			per_period,
			purpose,
			expires_at,
		});
		Ok(())
	}

	/// Whether `who` may request `per_period` now: an eligible node or project without a pending
	/// request, an amount within the limits, room in the queue. Returns the collective asked.
	/// The same check makes the request feeless (`request_capital`'s `feeless_if`): a node or
	/// project asks for capital before it has any, so asking must not cost what it lacks.
	pub fn check_request(
		who: &T::AccountId,
		per_period: BalanceOf<T>,
	) -> Result<CollectiveId, DispatchError> {
		let collective = Self::eligible_collective(who).ok_or(Error::<T>::NotEligible)?;
		ensure!(!per_period.is_zero(), Error::<T>::ZeroAmount);
		ensure!(per_period <= T::MaxGrantPerPeriod::get(), Error::<T>::AmountAboveMaximum);
		ensure!(!Requests::<T>::contains_key(who), Error::<T>::AlreadyRequested);
		ensure!(Requests::<T>::count() < T::MaxPendingRequests::get(), Error::<T>::TooManyRequests);
		Ok(collective)
	}

	pub(crate) fn do_withdraw_capital_request(who: T::AccountId) -> DispatchResult {
		Requests::<T>::take(&who).ok_or(Error::<T>::RequestNotFound)?;
		Self::deposit_event(Event::CapitalRequestWithdrawn { who });
		Ok(())
	}

	pub(crate) fn do_remove_expired_request(who: T::AccountId) -> DispatchResult {
		let request = Requests::<T>::get(&who).ok_or(Error::<T>::RequestNotFound)?;
		ensure!(Self::is_expired(&request), Error::<T>::NotExpired);
		Requests::<T>::remove(&who);
		Self::deposit_event(Event::CapitalRequestExpired { who });
		Ok(())
	}

	/// Whether `request` has expired: from its `expires_at` block on.
	pub(crate) fn is_expired(request: &CapitalRequestOf<T>) -> bool {
		frame_system::Pallet::<T>::block_number() >= request.expires_at
	}
}
