//! Invariants of the network projects pallet, checked by `try-runtime` and after every unit
//! test.

use crate::*;
use alloc::collections::btree_set::BTreeSet;

impl<T: Config> Pallet<T> {
	/// Check the pallet's invariants:
	/// - projects: at most [`Config::MaxPendingProjects`] applications (proposed or
	///   recommended, never approved) and [`Config::MaxProjects`] registered projects
	///   (approved, with an approval block), ids below [`NextProjectId`] and never both pending
	///   and registered, collectives that exist, valid repository addresses, one project per
	///   account (pending or registered), and [`ProjectOf`] indexes exactly the registered
	///   projects' accounts;
	/// - reports: every registered project has a report obligation in [`Config::Reports`].
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		Self::try_state_projects()
	}

	fn try_state_projects() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut per_collective = alloc::collections::BTreeMap::<CollectiveId, u32>::new();
		for collective in ProjectApplications::<T>::iter_values()
			.map(|p| p.collective)
			.chain(Projects::<T>::iter_values().map(|p| p.collective))
		{
			let n = per_collective.entry(collective).or_default();
			*n = n.saturating_add(1);
		}
		ensure!(
			CollectiveProjects::<T>::iter().collect::<alloc::collections::BTreeMap<_, _>>()
				== per_collective,
			"CollectiveProjects out of step with the projects and applications"
		);
		let next = NextProjectId::<T>::get();
		let mut accounts = BTreeSet::new();
		let mut pending: u32 = 0;
		for (id, application) in ProjectApplications::<T>::iter() {
			pending = pending.saturating_add(1);
			ensure!(id < next, "project id not below NextProjectId");
			ensure!(
				application.status != ProjectStatus::Approved && application.approved_at.is_none(),
				"a pending project application is marked approved"
			);
			ensure!(
				T::Collectives::collective_exists(application.collective),
				"a project application of a missing collective"
			);
			ensure!(
				Self::check_repository(&application.repository).is_ok(),
				"a project application with an invalid repository"
			);
			ensure!(accounts.insert(application.account), "an account backs two projects");
		}
		ensure!(
			pending == ProjectApplications::<T>::count(),
			"project application counter out of step"
		);
		ensure!(
			pending <= T::MaxPendingProjects::get(),
			"more than MaxPendingProjects project applications"
		);
		let mut registered: u32 = 0;
		for (id, project) in Projects::<T>::iter() {
			registered = registered.saturating_add(1);
			ensure!(id < next, "project id not below NextProjectId");
			ensure!(
				!ProjectApplications::<T>::contains_key(id),
				"a project both pending and registered"
			);
			ensure!(
				project.status == ProjectStatus::Approved && project.approved_at.is_some(),
				"a registered project is not marked approved"
			);
			ensure!(
				T::Collectives::collective_exists(project.collective),
				"a project of a missing collective"
			);
			ensure!(
				Self::check_repository(&project.repository).is_ok(),
				"a project with an invalid repository"
			);
			ensure!(ProjectOf::<T>::get(&project.account) == Some(id), "ProjectOf out of step");
			ensure!(
				frame_system::Account::<T>::get(&project.account).sufficients >= 1,
				"a registered project's account holds no sufficient reference"
			);
			ensure!(
				T::Reports::due(&ReportSubject::Project(id)).is_some(),
				"a registered project without a report obligation"
			);
			ensure!(accounts.insert(project.account), "an account backs two projects");
		}
		ensure!(registered == Projects::<T>::count(), "project counter out of step");
		ensure!(registered <= T::MaxProjects::get(), "more than MaxProjects projects");
		ensure!(
			ProjectOf::<T>::iter().count() as u32 == registered,
			"ProjectOf holds accounts of no registered project"
		);
		Ok(())
	}
}
