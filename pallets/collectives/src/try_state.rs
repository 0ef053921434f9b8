//! Invariants of the collectives pallet, checked by `try-runtime` and after every unit test.

use super::*;
use alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet};
use frame_support::traits::fungible::InspectHold;

impl<T: Config> Pallet<T> {
	/// Check the pallet's invariants:
	/// - collectives: at most [`Config::MaxCollectives`], ids below [`NextCollectiveId`], and
	///   [`CollectiveNames`] indexes exactly their names;
	/// - members: every member's collective exists, [`CollectiveMembers`] mirrors [`Members`],
	///   each `member_count` is right and at most [`Config::MaxMembersPerCollective`];
	/// - leaders: at most [`Config::MaxLeaders`] per collective, distinct accounts and distinct
	///   institutions, all active members of that collective, renewals within
	///   [`Config::MaxLeaderRenewals`], terms ending after the current block;
	/// - the expiry schedule holds exactly one entry per leader, at the end of its term;
	/// - pending requests: at most [`Config::MaxPendingRequests`], ids below
	///   [`NextRequestId`], and each applicant's held deposits equal its requests' deposits;
	/// - application deposits: each belongs to a pending application and equals the amount held
	///   from its applicant for [`HoldReason::MembershipApplication`].
	/// - seats: [`ExecutiveSeatOf`] indexes exactly the executive seats, one seat per account
	///   (executive or advisory), commissioners are active members of the collective they
	///   represent, at most [`Config::MaxAdvisors`] advisors within
	///   [`Config::MaxAdvisorRenewals`], every term ends after the current block and is
	///   scheduled exactly once in [`SeatExpiries`], proposals within
	///   [`Config::MaxSeatProposals`], advisory requests' deposits held;
	/// - councils: [`CouncilMembers`] holds what the seats say, so each `ChangeMembers` has
	///   the current membership;
	/// - nodes: no account twice (active, suspended), active plus suspended nodes at most
	///   [`Config::MaxValidators`] and per collective at most
	///   [`Config::MaxValidatorsPerCollective`], all run by active members of their
	///   collective; a collective with a suspended node keeps an active one unless it is in
	///   [`CollectivesWithoutNodes`], which only holds collectives without active nodes; node
	///   applications at most [`Config::MaxValidators`], by active members of their collective
	///   who run no node, endorsed by at most [`Config::MaxLeaders`] distinct accounts;
	/// - projects: at most [`Config::MaxPendingProjects`] applications (proposed or recommended,
	///   never approved) and [`Config::MaxProjects`] registered projects (approved, with an
	///   approval block), ids below [`NextProjectId`] and never both pending and registered,
	///   collectives that exist, valid repository addresses, one project per account (pending
	///   or registered), and [`ProjectOf`] indexes exactly the registered projects' accounts;
	/// - capital: [`CapitalGranted`] only for collectives that exist, with a non-zero amount of
	///   at most [`Config::MaxGrantPerPeriod`] in a period that is not in the future;
	/// - reports: [`ReportDue`] holds exactly the current obligations (each node's member,
	///   active or suspended; each registered project; each leader; each commission with a
	///   commissioner; the Secretary's seat when held; the Advisory Council when it has an
	///   advisor), and [`LastReports`] only reports of current obligations, none in the future.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		Self::try_state_collectives()?;
		Self::try_state_members()?;
		Self::try_state_leaders()?;
		Self::try_state_requests()?;
		Self::try_state_application_deposits()?;
		Self::try_state_seats()?;
		Self::try_state_councils()?;
		Self::try_state_nodes()?;
		Self::try_state_projects()?;
		Self::try_state_capital()?;
		Self::try_state_reports()
	}

	fn try_state_reports() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut expected: BTreeSet<ReportSubjectOf<T>> = BTreeSet::new();
		for (who, _) in Validators::<T>::get() {
			expected.insert(ReportSubject::Member(who));
		}
		for who in SuspendedNodes::<T>::iter_keys() {
			expected.insert(ReportSubject::Member(who));
		}
		for id in Projects::<T>::iter_keys() {
			expected.insert(ReportSubject::Project(id));
		}
		for leaders in Leaders::<T>::iter_values() {
			for leadership in leaders {
				expected.insert(ReportSubject::Leader(leadership.who));
			}
		}
		for (commission, _, _) in Commissioners::<T>::iter() {
			expected.insert(ReportSubject::Commission(commission));
		}
		if ExecutiveSecretary::<T>::get().is_some() {
			expected.insert(ReportSubject::Secretary);
		}
		if !Advisors::<T>::get().is_empty() {
			expected.insert(ReportSubject::AdvisoryCouncil);
		}
		let due: BTreeSet<ReportSubjectOf<T>> = ReportDue::<T>::iter_keys().collect();
		ensure!(due == expected, "report obligations differ from the current duties");
		let now = frame_system::Pallet::<T>::block_number();
		for (subject, (_, at)) in LastReports::<T>::iter() {
			ensure!(due.contains(&subject), "a last report of no current obligation");
			ensure!(at <= now, "a report from the future");
		}
		Ok(())
	}

	fn try_state_capital() -> Result<(), sp_runtime::TryRuntimeError> {
		let current = Self::capital_period(frame_system::Pallet::<T>::block_number());
		for (collective, (period, granted)) in CapitalGranted::<T>::iter() {
			ensure!(
				Collectives::<T>::contains_key(collective),
				"capital granted by a missing collective"
			);
			ensure!(!granted.is_zero(), "a zero capital grant recorded");
			ensure!(
				granted <= T::MaxGrantPerPeriod::get(),
				"capital granted beyond MaxGrantPerPeriod"
			);
			ensure!(period <= current, "capital granted in a future period");
		}
		Ok(())
	}

	fn try_state_projects() -> Result<(), sp_runtime::TryRuntimeError> {
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
				Collectives::<T>::contains_key(application.collective),
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
				Collectives::<T>::contains_key(project.collective),
				"a project of a missing collective"
			);
			ensure!(
				Self::check_repository(&project.repository).is_ok(),
				"a project with an invalid repository"
			);
			ensure!(ProjectOf::<T>::get(&project.account) == Some(id), "ProjectOf out of step");
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

	fn try_state_seats() -> Result<(), sp_runtime::TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		let mut scheduled: BTreeSet<(BlockNumberFor<T>, SeatExpiry<T::AccountId>)> =
			BTreeSet::new();
		let mut entries: usize = 0;
		for (at, bucket) in SeatExpiries::<T>::iter() {
			ensure!(!bucket.is_empty(), "empty seat expiry bucket left in storage");
			for entry in bucket {
				entries = entries.saturating_add(1);
				scheduled.insert((at, entry));
			}
		}
		ensure!(entries == scheduled.len(), "duplicate entry in the seat expiry schedule");

		let mut seats: Vec<(ExecutiveSeat, SeatOf<T>)> = Vec::new();
		if let Some(secretary) = ExecutiveSecretary::<T>::get() {
			seats.push((ExecutiveSeat::Secretary, secretary));
		}
		for (commission, collective, seat) in Commissioners::<T>::iter() {
			ensure!(
				Self::active_collective_of(&seat.who) == Some(collective),
				"a commissioner is not an active member of the collective it represents"
			);
			seats.push((ExecutiveSeat::Commissioner(commission, collective), seat));
		}
		let mut holders = BTreeSet::new();
		for (seat, held) in seats.iter() {
			ensure!(holders.insert(held.who.clone()), "an account holds two executive seats");
			ensure!(
				ExecutiveSeatOf::<T>::get(&held.who) == Some(*seat),
				"executive seat index out of step"
			);
			ensure!(held.expires_at > now, "an executive term that should have ended");
			ensure!(
				scheduled.contains(&(held.expires_at, SeatExpiry::Executive(*seat))),
				"an executive term missing from the seat expiry schedule"
			);
		}
		ensure!(
			ExecutiveSeatOf::<T>::iter().count() == seats.len(),
			"executive seat index holds accounts with no seat"
		);
		let advisors = Advisors::<T>::get();
		ensure!(advisors.len() as u32 <= T::MaxAdvisors::get(), "more than MaxAdvisors advisors");
		for advisor in advisors.iter() {
			ensure!(holders.insert(advisor.who.clone()), "an account holds two seats");
			ensure!(
				advisor.renewals <= T::MaxAdvisorRenewals::get(),
				"more renewals than MaxAdvisorRenewals"
			);
			ensure!(advisor.expires_at > now, "an advisory term that should have ended");
			ensure!(
				scheduled.contains(&(advisor.expires_at, SeatExpiry::Advisor(advisor.who.clone()))),
				"an advisory term missing from the seat expiry schedule"
			);
		}
		ensure!(
			entries == seats.len().saturating_add(advisors.len()),
			"seat expiry schedule holds entries of no seat"
		);
		for (_, proposals) in SeatProposals::<T>::iter() {
			ensure!(!proposals.is_empty(), "empty seat proposal list left in storage");
		}
		let mut requests: u32 = 0;
		for (who, request) in AdvisoryRequests::<T>::iter() {
			requests = requests.saturating_add(1);
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::AdvisoryRequest.into(), &who)
					== request.deposit,
				"held advisory deposit differs from the request's deposit"
			);
		}
		ensure!(requests == AdvisoryRequests::<T>::count(), "advisory request counter out of step");
		ensure!(
			requests <= T::MaxPendingRequests::get(),
			"more than MaxPendingRequests advisory requests"
		);
		Ok(())
	}

	fn try_state_councils() -> Result<(), sp_runtime::TryRuntimeError> {
		let councils = [
			Council::Executive,
			Council::Advisory,
			Council::Commission(Commission::Projects),
			Council::Commission(Commission::NodeIntegration),
		];
		for council in councils {
			let pushed = CouncilMembers::<T>::get(council);
			ensure!(
				Self::council_members(council).as_slice() == pushed.as_slice(),
				"a council's pushed membership differs from its seats"
			);
		}
		ensure!(
			CouncilMembers::<T>::iter().all(|(_, members)| !members.is_empty()),
			"empty council membership left in storage"
		);
		let executive = CouncilMembers::<T>::get(Council::Executive).len() as u32;
		ensure!(
			executive <= T::MaxCollectives::get().saturating_mul(2).saturating_add(1),
			"Executive Council larger than its seats"
		);
		Ok(())
	}

	fn try_state_nodes() -> Result<(), sp_runtime::TryRuntimeError> {
		let validators = Validators::<T>::get();
		let mut accounts = BTreeSet::new();
		let mut per_collective: BTreeMap<CollectiveId, u32> = BTreeMap::new();
		let mut active: BTreeSet<CollectiveId> = BTreeSet::new();
		for (who, collective) in validators.iter() {
			ensure!(accounts.insert(who.clone()), "a validator listed twice");
			ensure!(
				Self::active_collective_of(who) == Some(*collective),
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
				Self::active_collective_of(&who) == Some(node.collective),
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
		let mut applications: u32 = 0;
		for (who, application) in NodeApplications::<T>::iter() {
			applications = applications.saturating_add(1);
			ensure!(
				Self::active_collective_of(&who) == Some(application.collective),
				"a node applicant is not an active member of its collective"
			);
			ensure!(!accounts.contains(&who), "a node applicant runs a node");
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

	fn try_state_collectives() -> Result<(), sp_runtime::TryRuntimeError> {
		let next = NextCollectiveId::<T>::get();
		let mut count: u32 = 0;
		for (id, info) in Collectives::<T>::iter() {
			count = count.saturating_add(1);
			ensure!(id < next, "collective id not below NextCollectiveId");
			ensure!(
				CollectiveNames::<T>::get(&info.name) == Some(id),
				"collective name not indexed"
			);
		}
		ensure!(count == Collectives::<T>::count(), "collective counter out of step");
		ensure!(count <= T::MaxCollectives::get(), "more than MaxCollectives collectives");
		ensure!(
			CollectiveNames::<T>::iter().count() as u32 == count,
			"name index holds names of no collective"
		);
		Ok(())
	}

	fn try_state_members() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut per_collective: BTreeMap<CollectiveId, u32> = BTreeMap::new();
		for (who, member) in Members::<T>::iter() {
			ensure!(
				Collectives::<T>::contains_key(member.collective),
				"member of a collective that does not exist"
			);
			ensure!(
				CollectiveMembers::<T>::contains_key(member.collective, &who),
				"member missing from its collective's roster"
			);
			ensure!(
				(member.status == MemberStatus::Applicant) == member.admitted_at.is_none(),
				"admission block out of step with the status"
			);
			let entry = per_collective.entry(member.collective).or_default();
			*entry = entry.saturating_add(1);
		}
		let roster = CollectiveMembers::<T>::iter().count();
		ensure!(roster == Members::<T>::iter().count(), "roster holds accounts with no membership");
		for (id, info) in Collectives::<T>::iter() {
			let counted = per_collective.get(&id).copied().unwrap_or(0);
			ensure!(info.member_count == counted, "member_count out of step");
			ensure!(
				info.member_count <= T::MaxMembersPerCollective::get(),
				"more than MaxMembersPerCollective members"
			);
		}
		Ok(())
	}

	fn try_state_leaders() -> Result<(), sp_runtime::TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		let mut scheduled: BTreeSet<(BlockNumberFor<T>, CollectiveId, T::AccountId)> =
			BTreeSet::new();
		let mut entries: usize = 0;
		for (at, bucket) in LeaderExpiries::<T>::iter() {
			ensure!(!bucket.is_empty(), "empty expiry bucket left in storage");
			for (collective, who) in bucket {
				entries = entries.saturating_add(1);
				scheduled.insert((at, collective, who));
			}
		}
		ensure!(entries == scheduled.len(), "duplicate entry in the expiry schedule");

		let mut leaders_total: usize = 0;
		for (collective, leaders) in Leaders::<T>::iter() {
			ensure!(Collectives::<T>::contains_key(collective), "leaders of a missing collective");
			ensure!(!leaders.is_empty(), "empty leader list left in storage");
			ensure!(leaders.len() as u32 <= T::MaxLeaders::get(), "more than MaxLeaders leaders");
			let mut institutions: Vec<NameOf<T>> = Vec::new();
			let mut accounts = BTreeSet::new();
			for leadership in leaders.iter() {
				leaders_total = leaders_total.saturating_add(1);
				ensure!(accounts.insert(leadership.who.clone()), "a leader listed twice");
				let member = Members::<T>::get(&leadership.who).ok_or("leader is not a member")?;
				ensure!(member.collective == collective, "leader of another collective");
				ensure!(member.status == MemberStatus::Active, "leader is not an active member");
				ensure!(
					!institutions.iter().any(|i| same_institution(i, &member.institution)),
					"two leaders from the same institution"
				);
				institutions.push(member.institution);
				ensure!(
					leadership.renewals <= T::MaxLeaderRenewals::get(),
					"more renewals than MaxLeaderRenewals"
				);
				ensure!(leadership.expires_at > now, "a term that should have ended");
				ensure!(
					scheduled.contains(&(
						leadership.expires_at,
						collective,
						leadership.who.clone()
					)),
					"a term missing from the expiry schedule"
				);
			}
		}
		ensure!(leaders_total == entries, "expiry schedule holds entries of no leader");
		Ok(())
	}

	fn try_state_requests() -> Result<(), sp_runtime::TryRuntimeError> {
		let next = NextRequestId::<T>::get();
		let mut count: u32 = 0;
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (id, request) in CollectiveRequests::<T>::iter() {
			count = count.saturating_add(1);
			ensure!(id < next, "request id not below NextRequestId");
			let entry = deposits.entry(request.applicant).or_default();
			*entry = entry.saturating_add(request.deposit);
		}
		ensure!(count == CollectiveRequests::<T>::count(), "request counter out of step");
		ensure!(count <= T::MaxPendingRequests::get(), "more than MaxPendingRequests requests");
		for (applicant, deposit) in deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::CollectiveRequest.into(), &applicant)
					== deposit,
				"held deposits differ from the pending requests' deposits"
			);
		}
		Ok(())
	}

	fn try_state_application_deposits() -> Result<(), sp_runtime::TryRuntimeError> {
		for (who, deposit) in ApplicationDeposits::<T>::iter() {
			ensure!(
				Members::<T>::get(&who).is_some_and(|m| m.status == MemberStatus::Applicant),
				"application deposit of no pending application"
			);
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::MembershipApplication.into(), &who)
					== deposit,
				"held application deposit differs from the recorded one"
			);
		}
		Ok(())
	}
}
