//! Collectives that run no node: anyone flags one once [`Config::NodeGracePeriod`] has passed
//! since its creation; anyone unflags it when a node joins; the Executive Council may dissolve
//! it while it is flagged and still runs no node.

use crate::*;
use bmx_primitives::governance::MembershipLoss;

impl<T: Config> Pallet<T> {
	/// Flag `collective` for running no node after its grace period.
	pub(crate) fn do_flag_without_nodes(collective: CollectiveId) -> DispatchResult {
		let info = Collectives::<T>::get(collective).ok_or(Error::<T>::CollectiveNotFound)?;
		ensure!(!FlaggedCollectives::<T>::contains_key(collective), Error::<T>::AlreadyFlagged);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now >= info.created_at.saturating_add(T::NodeGracePeriod::get()),
			Error::<T>::GracePeriodRunning
		);
		ensure!(T::Nodes::collective_node_count(collective) == 0, Error::<T>::CollectiveHasNodes);
		FlaggedCollectives::<T>::insert(collective, now);
		Self::deposit_event(Event::CollectiveFlagged { collective });
		Ok(())
	}

	/// Clear the flag of `collective`, which runs a node now.
	pub(crate) fn do_unflag_collective(collective: CollectiveId) -> DispatchResult {
		ensure!(FlaggedCollectives::<T>::contains_key(collective), Error::<T>::NotFlagged);
		let nodes = T::Nodes::collective_node_count(collective);
		ensure!(nodes > 0, Error::<T>::CollectiveWithoutNodes);
		FlaggedCollectives::<T>::remove(collective);
		Self::deposit_event(Event::CollectiveUnflagged { collective, nodes });
		Ok(())
	}

	/// Dissolve the flagged `collective`, which runs no node: end every membership and
	/// application (the hooks first, as for an expulsion; deposits returned in full) and every
	/// leadership, then free its name and its slot. Returns the number of memberships ended, at
	/// most [`Config::MaxMembersPerCollective`].
	pub(crate) fn do_dissolve_collective(
		collective: CollectiveId,
		reason: DocumentHash,
	) -> Result<u32, DispatchError> {
		let info = Collectives::<T>::get(collective).ok_or(Error::<T>::CollectiveNotFound)?;
		ensure!(FlaggedCollectives::<T>::contains_key(collective), Error::<T>::NotFlagged);
		ensure!(T::Nodes::collective_node_count(collective) == 0, Error::<T>::CollectiveHasNodes);
		ensure!(
			T::Projects::collective_project_count(collective) == 0,
			Error::<T>::CollectiveHasProjects
		);
		// The roster holds at most `MaxMembersPerCollective` accounts (`member_count`).
		let roster: Vec<T::AccountId> = CollectiveMembers::<T>::iter_key_prefix(collective)
			.take(T::MaxMembersPerCollective::get() as usize)
			.collect();
		for who in roster.iter() {
			T::MembershipHooks::on_membership_lost(
				who,
				collective,
				MembershipLoss::Expelled,
				reason,
			)?;
		}
		for leader in Leaders::<T>::take(collective) {
			Self::unschedule_expiry(leader.expires_at, collective, &leader.who);
			T::Reports::end(&ReportSubject::Leader(leader.who.clone()));
			Self::deposit_event(Event::LeadershipEnded {
				collective,
				who: leader.who,
				cause: LeadershipEnd::CollectiveDissolved,
			});
		}
		for who in roster.iter() {
			Members::<T>::remove(who);
			CollectiveMembers::<T>::remove(collective, who);
			Self::release_application_deposit(who)?;
		}
		if roster.len() as u32 != info.member_count {
			defensive!("a dissolved collective's roster differed from its member count");
		}
		CollectiveNames::<T>::remove(&info.name);
		Collectives::<T>::remove(collective);
		FlaggedCollectives::<T>::remove(collective);
		let members = roster.len() as u32;
		Self::deposit_event(Event::CollectiveDissolved { collective, reason, members });
		Ok(members)
	}
}
