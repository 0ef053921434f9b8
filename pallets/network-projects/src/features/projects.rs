//! Project applications, their evaluation and the register of projects.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Record `proposer`'s application for a project of `collective`: see
	/// [`Pallet::propose_project`].
	pub(crate) fn do_propose_project(
		proposer: T::AccountId,
		collective: CollectiveId,
		account: T::AccountId,
		description: DocumentHash,
		justification: DocumentHash,
		repository: RepositoryOf<T>,
	) -> DispatchResult {
		ensure!(T::Collectives::collective_exists(collective), Error::<T>::CollectiveNotFound);
		Self::ensure_leader(&proposer, collective)?;
		Self::check_repository(&repository)?;
		ensure!(!Self::backs_project(&account), Error::<T>::AccountBacksProject);
		ensure!(
			ProjectApplications::<T>::count() < T::MaxPendingProjects::get(),
			Error::<T>::TooManyPendingProjects
		);
		let project_id = NextProjectId::<T>::get();
		let next = project_id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		NextProjectId::<T>::put(next);
		CollectiveProjects::<T>::mutate(collective, |n| {
			*n = Some(n.unwrap_or_default().saturating_add(1))
		});
		ProjectApplications::<T>::insert(
			project_id,
			ProjectInfo {
				collective,
				account: account.clone(),
				description,
				justification,
				repository: repository.clone(),
				status: ProjectStatus::Proposed,
				proposed_at: frame_system::Pallet::<T>::block_number(),
				approved_at: None,
			},
		);
		Self::deposit_event(Event::ProjectProposed {
			project_id,
			collective,
			account,
			proposer,
			description,
			justification,
			repository,
		});
		Ok(())
	}

	/// Remove a pending application on behalf of `who`, a leader of its collective: see
	/// [`Pallet::withdraw_project`].
	pub(crate) fn do_withdraw_project(who: T::AccountId, project_id: ProjectId) -> DispatchResult {
		let application =
			ProjectApplications::<T>::get(project_id).ok_or(Error::<T>::ApplicationNotFound)?;
		let collective = application.collective;
		Self::ensure_leader(&who, collective)?;
		ProjectApplications::<T>::remove(project_id);
		Self::forget_project(collective);
		Self::deposit_event(Event::ProjectWithdrawn { project_id, collective, by: who });
		Ok(())
	}

	/// Mark a proposed application recommended: see [`Pallet::recommend_project`].
	pub(crate) fn do_recommend_project(project_id: ProjectId) -> DispatchResult {
		let collective = ProjectApplications::<T>::try_mutate(project_id, |maybe| {
			let application = maybe.as_mut().ok_or(Error::<T>::ApplicationNotFound)?;
			ensure!(application.status == ProjectStatus::Proposed, Error::<T>::AlreadyRecommended);
			application.status = ProjectStatus::Recommended;
			Ok::<_, Error<T>>(application.collective)
		})?;
		Self::deposit_event(Event::ProjectRecommended { project_id, collective });
		Ok(())
	}

	/// Remove a proposed application the commission declines: see [`Pallet::decline_project`].
	pub(crate) fn do_decline_project(
		project_id: ProjectId,
		reason: DocumentHash,
	) -> DispatchResult {
		let application =
			ProjectApplications::<T>::get(project_id).ok_or(Error::<T>::ApplicationNotFound)?;
		ensure!(application.status == ProjectStatus::Proposed, Error::<T>::AlreadyRecommended);
		ProjectApplications::<T>::remove(project_id);
		Self::forget_project(application.collective);
		Self::deposit_event(Event::ProjectDeclined {
			project_id,
			collective: application.collective,
			reason,
		});
		Ok(())
	}

	/// Register a recommended application and begin its report obligation: see
	/// [`Pallet::approve_project`].
	pub(crate) fn do_approve_project(project_id: ProjectId) -> DispatchResult {
		let mut project =
			ProjectApplications::<T>::get(project_id).ok_or(Error::<T>::ApplicationNotFound)?;
		ensure!(project.status == ProjectStatus::Recommended, Error::<T>::NotRecommended);
		ensure!(Projects::<T>::count() < T::MaxProjects::get(), Error::<T>::TooManyProjects);
		ensure!(!ProjectOf::<T>::contains_key(&project.account), Error::<T>::AccountBacksProject);
		ProjectApplications::<T>::remove(project_id);
		project.status = ProjectStatus::Approved;
		project.approved_at = Some(frame_system::Pallet::<T>::block_number());
		let collective = project.collective;
		let account = project.account.clone();
		ProjectOf::<T>::insert(&account, project_id);
		// The project's account exists while it is registered, even holding no BMX (its fees
		// are its collective's capital): a sufficient reference, as a sufficient asset takes.
		frame_system::Pallet::<T>::inc_sufficients(&account);
		Projects::<T>::insert(project_id, project);
		T::Reports::begin(ReportSubject::Project(project_id), T::ProjectReportPeriod::get());
		Self::deposit_event(Event::ProjectApproved { project_id, collective, account });
		Ok(())
	}

	/// Remove a recommended application the Executive Council rejects: see
	/// [`Pallet::reject_project`].
	pub(crate) fn do_reject_project(project_id: ProjectId, reason: DocumentHash) -> DispatchResult {
		let application =
			ProjectApplications::<T>::get(project_id).ok_or(Error::<T>::ApplicationNotFound)?;
		ensure!(application.status == ProjectStatus::Recommended, Error::<T>::NotRecommended);
		ProjectApplications::<T>::remove(project_id);
		Self::forget_project(application.collective);
		Self::deposit_event(Event::ProjectRejected {
			project_id,
			collective: application.collective,
			reason,
		});
		Ok(())
	}

	/// Take a project off the register and end its report obligation: see
	/// [`Pallet::retire_project`].
	pub(crate) fn do_retire_project(project_id: ProjectId, reason: DocumentHash) -> DispatchResult {
		let project = Projects::<T>::take(project_id).ok_or(Error::<T>::ProjectNotFound)?;
		Self::forget_project(project.collective);
		ProjectOf::<T>::remove(&project.account);
		frame_system::Pallet::<T>::dec_sufficients(&project.account);
		T::Reports::end(&ReportSubject::Project(project_id));
		Self::deposit_event(Event::ProjectRetired {
			project_id,
			collective: project.collective,
			account: project.account,
			reason,
		});
		Ok(())
	}

	/// One project or application of `collective` fewer in [`CollectiveProjects`].
	fn forget_project(collective: CollectiveId) {
		CollectiveProjects::<T>::mutate_exists(collective, |n| {
			*n = n.and_then(|n| n.checked_sub(1)).filter(|n| *n > 0);
		});
	}

	/// Check that `who` leads `collective` and accepted the code of ethics in force.
	pub(crate) fn ensure_leader(who: &T::AccountId, collective: CollectiveId) -> DispatchResult {
		ensure!(T::Collectives::is_leader(collective, who), Error::<T>::NotLeader);
		ensure!(
			T::Collectives::is_code_of_ethics_current(who),
			Error::<T>::LeaderCodeOfEthicsOutdated
		);
		Ok(())
	}

	/// Check that `url` is an https address: printable ASCII without spaces, starting with
	/// `https://` (lowercase), with a non-empty host (what comes before the first `/`, `?` or
	/// `#`, without user information before `@` and without a `:port`).
	pub fn check_repository(url: &[u8]) -> DispatchResult {
		ensure!(url.iter().all(|b| (0x21..=0x7e).contains(b)), Error::<T>::RepositoryNotPrintable);
		let rest = url.strip_prefix(b"https://").ok_or(Error::<T>::RepositoryNotHttps)?;
		let authority = rest.split(|b| matches!(b, b'/' | b'?' | b'#')).next().unwrap_or_default();
		let host_port = authority.rsplit(|b| *b == b'@').next().unwrap_or_default();
		let host = host_port.split(|b| *b == b':').next().unwrap_or_default();
		ensure!(!host.is_empty(), Error::<T>::RepositoryWithoutHost);
		Ok(())
	}

	/// Whether `account` backs a registered project or a pending application. At most
	/// [`Config::MaxPendingProjects`] applications are read.
	pub fn backs_project(account: &T::AccountId) -> bool {
		ProjectOf::<T>::contains_key(account)
			|| ProjectApplications::<T>::iter_values().any(|p| &p.account == account)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl<T: Config> Pallet<T> {
	/// Register a project of `collective` run by `account`, with the longest repository
	/// address, and begin its report obligation, without the applications' steps: for other
	/// pallets' benchmarks (the duty reports pallet needs a project whose account answers for
	/// its reports). The caller makes sure `collective` exists and `account` backs no project.
	pub fn register_for_benchmarks(
		collective: CollectiveId,
		account: T::AccountId,
	) -> Result<ProjectId, DispatchError> {
		let mut url = b"https://".to_vec();
		url.resize(T::MaxUrlLength::get() as usize, b'x');
		let repository =
			RepositoryOf::<T>::try_from(url).map_err(|_| Error::<T>::RepositoryWithoutHost)?;
		let project_id = NextProjectId::<T>::get();
		let next = project_id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		NextProjectId::<T>::put(next);
		let now = frame_system::Pallet::<T>::block_number();
		ProjectOf::<T>::insert(&account, project_id);
		frame_system::Pallet::<T>::inc_sufficients(&account);
		CollectiveProjects::<T>::mutate(collective, |n| {
			*n = Some(n.unwrap_or_default().saturating_add(1))
		});
		Projects::<T>::insert(
			project_id,
			ProjectInfo {
				collective,
				account,
				description: DocumentHash::repeat_byte(9),
				justification: DocumentHash::repeat_byte(10),
				repository,
				status: ProjectStatus::Approved,
				proposed_at: now,
				approved_at: Some(now),
			},
		);
		T::Reports::begin(ReportSubject::Project(project_id), T::ProjectReportPeriod::get());
		Ok(project_id)
	}
}
