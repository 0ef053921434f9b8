//! What follows for a member's node when the member stops being active: the
//! [`MembershipHooks`] that the registry calls.

use crate::*;

impl<T: Config> Pallet<T> {
	/// A member that runs a node, active or suspended, may not leave.
	pub(crate) fn do_can_leave(who: &T::AccountId) -> DispatchResult {
		ensure!(!Self::runs_node(who), Error::<T>::RunsNode);
		Ok(())
	}

	/// `who` stops being an active member of its collective for `cause`: when suspended or
	/// expelled its node leaves for good (`remove_node_of_member`); for every cause its pending
	/// node application is dropped. A member that leaves must run no node (the registry asked
	/// `can_leave` first).
	pub(crate) fn do_on_membership_lost(
		who: &T::AccountId,
		_collective: CollectiveId,
		cause: MembershipLoss,
		reason: DocumentHash,
	) -> DispatchResult {
		match cause {
			MembershipLoss::Left => Self::do_can_leave(who)?,
			MembershipLoss::Suspended => {
				Self::remove_node_of_member(who, NodeEnd::MemberSuspended, reason)?
			},
			MembershipLoss::Expelled => {
				Self::remove_node_of_member(who, NodeEnd::MemberExpelled, reason)?
			},
		}
		Self::drop_node_application(who);
		Ok(())
	}

	/// Remove the node (active or suspended) of a member whom the Executive Council suspends or
	/// expels, even if it is its collective's last one, keeping [`MinValidators`]. A
	/// collective left without active nodes is flagged in [`CollectivesWithoutNodes`]. The
	/// member's report obligation ends, and the node's offences are forgotten. Nothing happens
	/// if `who` runs no node.
	pub(crate) fn remove_node_of_member(
		who: &T::AccountId,
		cause: NodeEnd,
		reason: DocumentHash,
	) -> DispatchResult {
		let collective = if let Some(suspended) = SuspendedNodes::<T>::take(who) {
			suspended.collective
		} else {
			let mut validators = Validators::<T>::get();
			let Some(position) = validators.iter().position(|(v, _)| v == who) else {
				return Ok(());
			};
			ensure!(
				validators.len() as u32 > MinValidators::<T>::get(),
				Error::<T>::TooFewValidators
			);
			let (_, collective) = validators.remove(position);
			let orphaned = !validators.iter().any(|(_, c)| *c == collective);
			Validators::<T>::put(validators);
			PlanPending::<T>::put(true);
			if orphaned {
				CollectivesWithoutNodes::<T>::insert(
					collective,
					frame_system::Pallet::<T>::block_number(),
				);
				Self::deposit_event(Event::CollectiveWithoutNodes { collective });
			}
			collective
		};
		Self::forget_offences(who);
		T::Reports::end(&ReportSubject::Member(who.clone()));
		Self::deposit_event(Event::NodeRemoved { who: who.clone(), collective, cause, reason });
		Ok(())
	}
}
