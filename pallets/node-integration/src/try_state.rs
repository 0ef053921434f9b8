//! Invariants of node integration, checked by `try-runtime` and after every unit test.

use crate::*;
use alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet};

impl<T: Config> Pallet<T> {
	/// Check the pallet's invariants:
	/// - no account runs two nodes (active, suspended); active plus suspended nodes at most
	///   [`Config::MaxValidators`] and per collective at most
	///   [`Config::MaxValidatorsPerCollective`], all run by active members of their collective
	///   ([`Config::Collectives`]), each owing reports ([`Config::Reports`]);
	/// - a collective with a suspended node keeps an active one unless it is in
	///   [`CollectivesWithoutNodes`], which only holds collectives without active nodes;
	/// - node applications at most [`Config::MaxValidators`], by active members of their
	///   collective who run no node, endorsed by distinct accounts;
	/// - flagged nodes are active nodes of the collective they name, [`LastOffences`] only
	///   names nodes and covers every flagged node and node suspended for an offence;
	/// - [`MinValidators`] between [`Config::MinValidatorsFloor`] and [`Config::MaxValidators`];
	/// - every validator of [`PlannedValidators`] has session keys; when no plan is pending and
	///   the session of the last plan ([`PlannedSession`]) has begun, `pallet-session` uses the
	///   planned set.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let nodes = Self::try_state_nodes()?;
		Self::try_state_applications(&nodes)?;
		Self::try_state_offences(&nodes)?;
		ensure!(!SessionLength::<T>::get().is_zero(), "the session length is zero");
		Self::try_state_plan()
	}

	/// The offences' invariants, given the accounts that run a node.
	fn try_state_offences(
		nodes: &BTreeSet<T::AccountId>,
	) -> Result<(), sp_runtime::TryRuntimeError> {
		let validators = Validators::<T>::get();
		let mut flagged: u32 = 0;
		for (who, node) in FlaggedNodes::<T>::iter() {
			flagged = flagged.saturating_add(1);
			ensure!(
				validators.iter().any(|(v, c)| *v == who && *c == node.collective),
				"a flagged node is not an active node of its collective"
			);
			ensure!(
				LastOffences::<T>::get(&who).is_some_and(|last| node.offence.session <= last),
				"a flagged node's offence is not recorded"
			);
		}
		ensure!(flagged == FlaggedNodes::<T>::count(), "flagged node counter out of step");
		for (who, node) in SuspendedNodes::<T>::iter() {
			if let Suspension::Offence(offence) = node.cause {
				ensure!(
					LastOffences::<T>::get(&who).is_some_and(|last| offence.session <= last),
					"a node suspended for an offence has no recorded offence"
				);
			}
		}
		for (who, _) in LastOffences::<T>::iter() {
			ensure!(nodes.contains(&who), "an offence is recorded for an account without a node");
		}
		Ok(())
	}

	/// The minimum's and the session plan's invariants.
	fn try_state_plan() -> Result<(), sp_runtime::TryRuntimeError> {
		let min = MinValidators::<T>::get();
		ensure!(
			min >= T::MinValidatorsFloor::get() && min <= T::MaxValidators::get(),
			"MinValidators out of its bounds"
		);
		let planned = PlannedValidators::<T>::get();
		ensure!(
			planned.iter().all(|who| T::Session::has_keys(who)),
			"a planned validator has no session keys"
		);
		if let Some(session) = PlannedSession::<T>::get() {
			if !PlanPending::<T>::get() && T::Session::current_index() >= session {
				ensure!(
					T::Session::validators() == planned.into_inner(),
					"pallet-session does not use the planned set"
				);
			}
		}
		Ok(())
	}

	/// The nodes' invariants; returns the accounts that run a node.
	fn try_state_nodes() -> Result<BTreeSet<T::AccountId>, sp_runtime::TryRuntimeError> {
		let validators = Validators::<T>::get();
		let mut accounts = BTreeSet::new();
		let mut per_collective: BTreeMap<CollectiveId, u32> = BTreeMap::new();
		let mut active: BTreeSet<CollectiveId> = BTreeSet::new();
		for (who, collective) in validators.iter() {
			ensure!(accounts.insert(who.clone()), "a validator listed twice");
			ensure!(
				T::Collectives::active_collective_of(who) == Some(*collective),
				"a validator is not an active member of its collective"
			);
			let entry = per_collective.entry(*collective).or_default();
			*entry = entry.saturating_add(1);
			active.insert(*collective);
		}
		let mut suspended: u32 = 0;
		for (who, node) in SuspendedNodes::<T>::iter() {
			suspended = suspended.saturating_add(1);
			ensure!(accounts.insert(who.clone()), "a suspended node is also active");
			ensure!(
				T::Collectives::active_collective_of(&who) == Some(node.collective),
				"a suspended node's member is not an active member of its collective"
			);
			ensure!(
				active.contains(&node.collective)
					|| CollectivesWithoutNodes::<T>::contains_key(node.collective),
				"a collective with nodes runs no active node and is not flagged"
			);
			let entry = per_collective.entry(node.collective).or_default();
			*entry = entry.saturating_add(1);
		}
		ensure!(suspended == SuspendedNodes::<T>::count(), "suspended node counter out of step");
		ensure!(
			(validators.len() as u32).saturating_add(suspended) <= T::MaxValidators::get(),
			"more than MaxValidators nodes"
		);
		ensure!(
			per_collective.values().all(|n| *n <= T::MaxValidatorsPerCollective::get()),
			"a collective runs more than MaxValidatorsPerCollective nodes"
		);
		for (collective, _) in CollectivesWithoutNodes::<T>::iter() {
			ensure!(
				!active.contains(&collective),
				"a collective flagged without nodes runs an active node"
			);
		}
		for who in accounts.iter() {
			ensure!(
				T::Reports::due(&ReportSubject::Member(who.clone())).is_some(),
				"a node's member owes no reports"
			);
		}
		Ok(accounts)
	}

	/// The node applications' invariants, given the accounts that run a node.
	fn try_state_applications(
		nodes: &BTreeSet<T::AccountId>,
	) -> Result<(), sp_runtime::TryRuntimeError> {
		let mut applications: u32 = 0;
		for (who, application) in NodeApplications::<T>::iter() {
			applications = applications.saturating_add(1);
			ensure!(
				T::Collectives::active_collective_of(&who) == Some(application.collective),
				"a node applicant is not an active member of its collective"
			);
			ensure!(!nodes.contains(&who), "a node applicant runs a node");
			let distinct: BTreeSet<_> = application.endorsers.iter().collect();
			ensure!(
				distinct.len() == application.endorsers.len(),
				"an application endorsed twice by a leader"
			);
		}
		ensure!(
			applications == NodeApplications::<T>::count(),
			"node application counter out of step"
		);
		ensure!(
			applications <= T::MaxValidators::get(),
			"more than MaxValidators node applications"
		);
		Ok(())
	}
}
