//! Invariants of the collective registry, checked by `try-runtime` and after every unit test.

use crate::*;
use alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet};
use frame_support::traits::fungible::InspectHold;

impl<T: Config> Pallet<T> {
	/// Check the pallet's invariants:
	/// - collectives: at most [`Config::MaxCollectives`], ids below [`NextCollectiveId`],
	///   [`CollectiveNames`] indexes exactly their names, created no later than now; a promoter
	///   and a request document exactly for collectives created by a request, whose committed
	///   nodes are 1 to [`Config::MaxCommittedNodes`] (0 for the founding ones);
	/// - flags ([`FlaggedCollectives`]): only for existing collectives, flagged no earlier than
	///   the end of their grace period and no later than now;
	/// - members: every member's collective exists, [`CollectiveMembers`] mirrors [`Members`],
	///   each `member_count` is right and at most [`Config::MaxMembersPerCollective`], and an
	///   admission block exactly for admitted members;
	/// - leaders: at most [`Config::MaxLeaders`] per collective, distinct accounts and distinct
	///   institutions, all active members of that collective, terms ending after the current
	///   block;
	/// - lifetime terms ([`LeaderTermsServed`]): each count is between 1 and
	///   `1 + MaxLeaderRenewals`, and each current leader's counts at least the terms of its
	///   current tenure (its renewals and the appointment);
	/// - the expiry schedule holds exactly one entry per leader, at the end of its term;
	/// - pending requests: at most [`Config::MaxPendingRequests`], ids below
	///   [`NextRequestId`], each applicant's held deposits equal its requests' deposits, and
	///   [`PendingRequestsOf`] counts exactly each applicant's requests, at most
	///   [`Config::MaxRequestsPerAccount`];
	/// - application deposits: each belongs to a pending application and equals the amount held
	///   from its applicant for [`HoldReason::MembershipApplication`].
	///
	/// The leaders' report obligations live in the reports pallet: the runtime tests check them.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		Self::try_state_collectives()?;
		Self::try_state_flags()?;
		Self::try_state_members()?;
		Self::try_state_leaders()?;
		Self::try_state_terms_served()?;
		Self::try_state_requests()?;
		Self::try_state_application_deposits()
	}

	fn try_state_collectives() -> Result<(), sp_runtime::TryRuntimeError> {
		let next = NextCollectiveId::<T>::get();
		let now = frame_system::Pallet::<T>::block_number();
		let mut count: u32 = 0;
		for (id, info) in Collectives::<T>::iter() {
			count = count.saturating_add(1);
			ensure!(id < next, "collective id not below NextCollectiveId");
			ensure!(
				CollectiveNames::<T>::get(&info.name) == Some(id),
				"collective name not indexed"
			);
			ensure!(info.created_at <= now, "a collective created in the future");
			ensure!(
				info.promoter.is_some() == info.document.is_some(),
				"a promoter without a request, or a request without a promoter"
			);
			if info.promoter.is_some() {
				ensure!(
					info.committed_nodes >= 1
						&& info.committed_nodes <= T::MaxCommittedNodes::get(),
					"a requested collective's committed nodes out of bounds"
				);
			} else {
				ensure!(info.committed_nodes == 0, "a founding collective with committed nodes");
			}
		}
		ensure!(count == Collectives::<T>::count(), "collective counter out of step");
		ensure!(count <= T::MaxCollectives::get(), "more than MaxCollectives collectives");
		ensure!(
			CollectiveNames::<T>::iter().count() as u32 == count,
			"name index holds names of no collective"
		);
		Ok(())
	}

	fn try_state_flags() -> Result<(), sp_runtime::TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		for (collective, flagged_at) in FlaggedCollectives::<T>::iter() {
			let info = Collectives::<T>::get(collective).ok_or("a flag on a missing collective")?;
			ensure!(
				flagged_at >= info.created_at.saturating_add(T::NodeGracePeriod::get()),
				"a collective flagged within its grace period"
			);
			ensure!(flagged_at <= now, "a collective flagged in the future");
		}
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
					LeaderTermsServed::<T>::get(&leadership.who) > leadership.renewals,
					"a leader's lifetime terms fewer than its current tenure's"
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

	fn try_state_terms_served() -> Result<(), sp_runtime::TryRuntimeError> {
		let limit = Self::leader_term_limit();
		for (_, served) in LeaderTermsServed::<T>::iter() {
			ensure!(served >= 1, "a lifetime term count of zero left in storage");
			ensure!(served <= limit, "more lifetime leader terms than 1 + MaxLeaderRenewals");
		}
		Ok(())
	}

	fn try_state_requests() -> Result<(), sp_runtime::TryRuntimeError> {
		let next = NextRequestId::<T>::get();
		let mut count: u32 = 0;
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut pending: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		for (id, request) in CollectiveRequests::<T>::iter() {
			count = count.saturating_add(1);
			ensure!(id < next, "request id not below NextRequestId");
			ensure!(
				request.committed_nodes >= 1
					&& request.committed_nodes <= T::MaxCommittedNodes::get(),
				"a request's committed nodes out of bounds"
			);
			let entry = pending.entry(request.applicant.clone()).or_default();
			*entry = entry.saturating_add(1);
			let entry = deposits.entry(request.applicant).or_default();
			*entry = entry.saturating_add(request.deposit);
		}
		let mut counted: u32 = 0;
		for (applicant, recorded) in PendingRequestsOf::<T>::iter() {
			counted = counted.saturating_add(1);
			ensure!(
				pending.get(&applicant).copied() == Some(recorded),
				"a pending request count out of step"
			);
			ensure!(
				recorded <= T::MaxRequestsPerAccount::get(),
				"more than MaxRequestsPerAccount requests of one account"
			);
		}
		ensure!(counted as usize == pending.len(), "an applicant's requests are not counted");
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
