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
	///   collective who run no node, endorsed by distinct accounts.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let nodes = Self::try_state_nodes()?;
		Self::try_state_applications(&nodes)
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
