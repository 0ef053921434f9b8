//! Delegation of votes (liquid democracy): delegate, revoke, and remove stale delegations.

use crate::*;

impl<T: Config> Pallet<T> {
	/// `who` delegates its vote to `to`.
	///
	/// Walks up from `to` at most [`Config::MaxDelegationDepth`] delegations: meeting `who` is
	/// a cycle; a chain that does not end within the depth is too deep. A chain through `who`
	/// (members who delegated to it earlier) may thereby grow longer than the depth; the tally
	/// cuts it.
	pub(crate) fn do_delegate(who: T::AccountId, to: T::AccountId) -> DispatchResult {
		let collective =
			T::Collectives::active_collective_of(&who).ok_or(Error::<T>::NotActiveMember)?;
		ensure!(who != to, Error::<T>::SelfDelegation);
		ensure!(T::Collectives::is_active_member_of(collective, &to), Error::<T>::NotActiveMember);
		let mut current = to.clone();
		let mut ended = false;
		for _ in 0..T::MaxDelegationDepth::get() {
			match Delegations::<T>::get(&current) {
				None => {
					ended = true;
					break;
				},
				Some(delegation) => {
					ensure!(delegation.delegate != who, Error::<T>::DelegationCycle);
					current = delegation.delegate;
				},
			}
		}
		ensure!(ended, Error::<T>::DelegationTooDeep);
		Delegations::<T>::insert(&who, Delegation { delegate: to.clone(), collective });
		Self::deposit_event(Event::Delegated { who, delegate: to });
		Ok(())
	}

	/// `who` revokes its delegation.
	pub(crate) fn do_undelegate(who: T::AccountId) -> DispatchResult {
		Delegations::<T>::take(&who).ok_or(Error::<T>::DelegationNotFound)?;
		Self::deposit_event(Event::Undelegated { who });
		Ok(())
	}

	/// Whether the delegation of `who` is stale: it or its delegate is no longer an active
	/// member of the collective the delegation was made in.
	pub(crate) fn is_stale_delegation(
		who: &T::AccountId,
		delegation: &Delegation<T::AccountId>,
	) -> bool {
		!T::Collectives::is_active_member_of(delegation.collective, who)
			|| !T::Collectives::is_active_member_of(delegation.collective, &delegation.delegate)
	}

	/// Remove the stale delegation of `who`.
	pub(crate) fn do_remove_stale_delegation(who: T::AccountId) -> DispatchResult {
		let delegation = Delegations::<T>::get(&who).ok_or(Error::<T>::DelegationNotFound)?;
		ensure!(Self::is_stale_delegation(&who, &delegation), Error::<T>::NotStale);
		Delegations::<T>::remove(&who);
		Self::deposit_event(Event::DelegationRemoved { who });
		Ok(())
	}
}
