//! The validator set: who runs a node, the quotas' counts, and the session plan handed to
//! `pallet-session`.

use crate::*;

impl<T: Config> Pallet<T> {
	/// The validator set, as a plain vector of accounts.
	pub fn validators() -> Vec<T::AccountId> {
		Validators::<T>::get().into_iter().map(|(v, _)| v).collect()
	}

	/// Whether `who` runs an active node (is in the validator set).
	pub fn is_validator(who: &T::AccountId) -> bool {
		Validators::<T>::get().iter().any(|(v, _)| v == who)
	}

	/// Whether `who` runs a node, active or suspended.
	pub fn runs_node(who: &T::AccountId) -> bool {
		SuspendedNodes::<T>::contains_key(who) || Self::is_validator(who)
	}

	/// The collective the node of `who` (active or suspended) runs for.
	pub fn node_collective(who: &T::AccountId) -> Option<CollectiveId> {
		SuspendedNodes::<T>::get(who)
			.map(|n| n.collective)
			.or_else(|| Validators::<T>::get().iter().find(|(v, _)| v == who).map(|(_, c)| *c))
	}

	/// The nodes of `collective`, active and suspended: what its quota counts. Reads every
	/// suspended node (at most [`Config::MaxValidators`]).
	pub fn node_count(collective: CollectiveId) -> u32 {
		let suspended = SuspendedNodes::<T>::iter_values()
			.filter(|n| n.collective == collective)
			.count();
		Self::active_node_count(collective).saturating_add(suspended as u32)
	}

	/// The active nodes of `collective`.
	pub fn active_node_count(collective: CollectiveId) -> u32 {
		Validators::<T>::get().iter().filter(|(_, c)| *c == collective).count() as u32
	}

	/// All nodes, active and suspended.
	pub(crate) fn total_nodes() -> usize {
		Validators::<T>::decode_len()
			.unwrap_or(0)
			.saturating_add(SuspendedNodes::<T>::count() as usize)
	}

	/// The validator set for session `new_index`, only when it changed since the last plan.
	pub(crate) fn do_new_session(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		if !PlanPending::<T>::take() {
			return None;
		}
		let validators = Self::validators();
		Self::deposit_event(Event::ValidatorSetPlanned {
			session_index: new_index,
			count: validators.len() as u32,
		});
		log::info!(
			target: "runtime::node-integration",
			"planned {} validators for session {}",
			validators.len(),
			new_index,
		);
		Some(validators)
	}
}
