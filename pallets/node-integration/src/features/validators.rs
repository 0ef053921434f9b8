//! The validator set: who runs a node, the quotas' counts, the minimum, and the session plan
//! handed to `pallet-session`.

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

	/// The active nodes with session keys, and those without.
	fn keyed_and_keyless() -> (Vec<T::AccountId>, AccountsOf<T>) {
		let (keyed, keyless): (Vec<_>, Vec<_>) =
			Self::validators().into_iter().partition(|who| T::Session::has_keys(who));
		// `keyless` comes from `Validators`, bounded by the same `MaxValidators`.
		(keyed, AccountsOf::<T>::truncate_from(keyless))
	}

	/// The validator set for session `new_index`: the active nodes with session keys, only when
	/// a plan is pending, at least [`MinValidators`] of them have keys, and they differ from the
	/// set last handed over. Keyless nodes keep the plan pending; too few keyed ones defer it.
	pub(crate) fn do_new_session(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		if !PlanPending::<T>::get() {
			return None;
		}
		let (keyed, keyless) = Self::keyed_and_keyless();
		let keyed_count: u32 = keyed.len().saturated_into();
		if keyed_count < MinValidators::<T>::get() {
			log::warn!(
				target: "runtime::node-integration",
				"plan for session {} deferred: {} validators with keys, {} without",
				new_index,
				keyed_count,
				keyless.len(),
			);
			Self::deposit_event(Event::ValidatorSetPlanDeferred {
				session_index: new_index,
				keyed: keyed_count,
				keyless,
			});
			return None;
		}
		PlanPending::<T>::put(!keyless.is_empty());
		if !keyless.is_empty() {
			Self::deposit_event(Event::KeylessValidatorsLeftOut {
				session_index: new_index,
				keyless,
			});
		}
		if PlannedValidators::<T>::get().as_slice() == keyed.as_slice() {
			return None;
		}
		PlannedValidators::<T>::put(AccountsOf::<T>::truncate_from(keyed.clone()));
		PlannedSession::<T>::put(new_index);
		Self::deposit_event(Event::ValidatorSetPlanned {
			session_index: new_index,
			count: keyed_count,
		});
		log::info!(
			target: "runtime::node-integration",
			"planned {} validators for session {}",
			keyed_count,
			new_index,
		);
		Some(keyed)
	}

	/// The founding validators with session keys, for `pallet-session`'s genesis (called after
	/// its keys are set), or `None` if none has keys: then `pallet-session`'s genesis keys
	/// decide the first sets and the founding validators wait for a plan.
	pub(crate) fn do_new_session_genesis() -> Option<Vec<T::AccountId>> {
		let (keyed, keyless) = Self::keyed_and_keyless();
		if keyed.is_empty() {
			PlannedValidators::<T>::kill();
			PlannedSession::<T>::kill();
			PlanPending::<T>::put(!keyless.is_empty());
			return None;
		}
		PlannedValidators::<T>::put(AccountsOf::<T>::truncate_from(keyed.clone()));
		PlannedSession::<T>::put(0);
		PlanPending::<T>::put(!keyless.is_empty());
		Some(keyed)
	}

	/// Set [`MinValidators`]. See [`Pallet::set_min_validators`].
	pub(crate) fn do_set_min_validators(min_validators: u32) -> DispatchResult {
		ensure!(min_validators >= T::MinValidatorsFloor::get(), Error::<T>::BelowFloor);
		ensure!(min_validators <= T::MaxValidators::get(), Error::<T>::AboveMaxValidators);
		let active: u32 = Validators::<T>::decode_len().unwrap_or(0).saturated_into();
		ensure!(min_validators <= active, Error::<T>::AboveActiveValidators);
		MinValidators::<T>::put(min_validators);
		Self::deposit_event(Event::MinValidatorsSet { min_validators });
		Ok(())
	}
}
