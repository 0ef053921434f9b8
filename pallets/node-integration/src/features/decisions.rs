//! The node commission's decisions: approve or reject an application; remove, suspend or
//! resume a node.

use crate::*;

impl<T: Config> Pallet<T> {
	/// The node of `applicant` joins the set. See [`Pallet::approve_node`].
	pub(crate) fn do_approve_node(applicant: T::AccountId) -> DispatchResult {
		let application =
			NodeApplications::<T>::get(&applicant).ok_or(Error::<T>::ApplicationNotFound)?;
		let collective = application.collective;
		ensure!(Self::is_endorsed(&application), Error::<T>::NotEndorsed);
		ensure!(T::Session::has_keys(&applicant), Error::<T>::SessionKeysNotFound);
		ensure!(
			Self::node_count(collective) < T::MaxValidatorsPerCollective::get(),
			Error::<T>::TooManyCollectiveNodes
		);
		ensure!(
			(Self::total_nodes() as u32) < T::MaxValidators::get(),
			Error::<T>::TooManyValidators
		);
		Validators::<T>::try_mutate(|validators| {
			validators
				.try_push((applicant.clone(), collective))
				.map_err(|_| Error::<T>::TooManyValidators)
		})?;
		NodeApplications::<T>::remove(&applicant);
		CollectivesWithoutNodes::<T>::remove(collective);
		PlanPending::<T>::put(true);
		T::Reports::begin(ReportSubject::Member(applicant.clone()), T::MemberReportPeriod::get());
		Self::deposit_event(Event::NodeApproved { who: applicant, collective });
		Ok(())
	}

	/// The application of `applicant` is rejected. See [`Pallet::reject_node`].
	pub(crate) fn do_reject_node(applicant: T::AccountId, reason: DocumentHash) -> DispatchResult {
		let application =
			NodeApplications::<T>::take(&applicant).ok_or(Error::<T>::ApplicationNotFound)?;
		Self::deposit_event(Event::NodeRejected {
			who: applicant,
			collective: application.collective,
			reason,
		});
		Ok(())
	}

	/// The node of `who` leaves for good. See [`Pallet::remove_node`].
	pub(crate) fn do_remove_node(who: T::AccountId, reason: DocumentHash) -> DispatchResult {
		let collective = if let Some(suspended) = SuspendedNodes::<T>::take(&who) {
			suspended.collective
		} else {
			Self::take_active_node(&who, true)?
		};
		Self::forget_offences(&who);
		T::Reports::end(&ReportSubject::Member(who.clone()));
		Self::deposit_event(Event::NodeRemoved {
			who,
			collective,
			cause: NodeEnd::Removed,
			reason,
		});
		Ok(())
	}

	/// The active node of `who` is suspended. See [`Pallet::suspend_node`].
	pub(crate) fn do_suspend_node(who: T::AccountId, reason: DocumentHash) -> DispatchResult {
		ensure!(!SuspendedNodes::<T>::contains_key(&who), Error::<T>::AlreadySuspended);
		// A flagged offender is suspended even if it is its collective's last node: safety
		// before representation (the collective is then flagged as without nodes).
		let offender = FlaggedNodes::<T>::contains_key(&who);
		let collective = Self::take_active_node(&who, !offender)?;
		FlaggedNodes::<T>::remove(&who);
		if offender && !Validators::<T>::get().iter().any(|(_, c)| *c == collective) {
			CollectivesWithoutNodes::<T>::insert(
				collective,
				frame_system::Pallet::<T>::block_number(),
			);
			Self::deposit_event(Event::CollectiveWithoutNodes { collective });
		}
		SuspendedNodes::<T>::insert(
			&who,
			SuspendedNode {
				collective,
				cause: Suspension::Decision { reason },
				since: frame_system::Pallet::<T>::block_number(),
			},
		);
		Self::deposit_event(Event::NodeSuspended { who, collective, reason });
		Ok(())
	}

	/// The suspended node of `who` joins the set again, or the flag of its active node is
	/// cleared. See [`Pallet::resume_node`].
	pub(crate) fn do_resume_node(who: T::AccountId) -> DispatchResult {
		let Some(suspended) = SuspendedNodes::<T>::get(&who) else {
			let flagged = FlaggedNodes::<T>::get(&who).ok_or(Error::<T>::NotSuspended)?;
			FlaggedNodes::<T>::remove(&who);
			Self::deposit_event(Event::NodeUnflagged { who, collective: flagged.collective });
			return Ok(());
		};
		ensure!(T::Session::has_keys(&who), Error::<T>::SessionKeysNotFound);
		let collective = suspended.collective;
		Validators::<T>::try_mutate(|validators| {
			validators
				.try_push((who.clone(), collective))
				.map_err(|_| Error::<T>::TooManyValidators)
		})?;
		SuspendedNodes::<T>::remove(&who);
		CollectivesWithoutNodes::<T>::remove(collective);
		PlanPending::<T>::put(true);
		Self::deposit_event(Event::NodeResumed { who, collective });
		Ok(())
	}

	/// Forget the offences of a node that leaves for good: its flag and its last offence.
	pub(crate) fn forget_offences(who: &T::AccountId) {
		FlaggedNodes::<T>::remove(who);
		LastOffences::<T>::remove(who);
	}

	/// Take the active node of `who` out of the set (the next plan), keeping
	/// [`MinValidators`] and, with `keep_last`, its collective's last active node. Returns its
	/// collective.
	fn take_active_node(
		who: &T::AccountId,
		keep_last: bool,
	) -> Result<CollectiveId, DispatchError> {
		let collective = Validators::<T>::try_mutate(|validators| {
			let position =
				validators.iter().position(|(v, _)| v == who).ok_or(Error::<T>::NotValidator)?;
			let (_, collective) = validators.remove(position);
			ensure!(
				!keep_last || validators.iter().any(|(_, c)| *c == collective),
				Error::<T>::LastNodeOfCollective
			);
			ensure!(
				validators.len() as u32 >= MinValidators::<T>::get(),
				Error::<T>::TooFewValidators
			);
			Ok::<_, DispatchError>(collective)
		})?;
		PlanPending::<T>::put(true);
		Ok(collective)
	}
}
