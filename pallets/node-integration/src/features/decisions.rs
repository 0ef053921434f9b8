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
		ensure!(
			T::ValidatorRegistration::is_registered(&applicant),
			Error::<T>::SessionKeysNotFound
		);
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
			Self::take_active_node(&who)?
		};
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
		let collective = Self::take_active_node(&who)?;
		SuspendedNodes::<T>::insert(
			&who,
			SuspendedNode { collective, reason, since: frame_system::Pallet::<T>::block_number() },
		);
		Self::deposit_event(Event::NodeSuspended { who, collective, reason });
		Ok(())
	}

	/// The suspended node of `who` joins the set again. See [`Pallet::resume_node`].
	pub(crate) fn do_resume_node(who: T::AccountId) -> DispatchResult {
		let suspended = SuspendedNodes::<T>::get(&who).ok_or(Error::<T>::NotSuspended)?;
		ensure!(T::ValidatorRegistration::is_registered(&who), Error::<T>::SessionKeysNotFound);
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

	/// Take the active node of `who` out of the set (the next plan), keeping its collective's
	/// last active node and [`Config::MinValidators`]. Returns its collective.
	fn take_active_node(who: &T::AccountId) -> Result<CollectiveId, DispatchError> {
		let collective = Validators::<T>::try_mutate(|validators| {
			let position =
				validators.iter().position(|(v, _)| v == who).ok_or(Error::<T>::NotValidator)?;
			let (_, collective) = validators.remove(position);
			ensure!(
				validators.iter().any(|(_, c)| *c == collective),
				Error::<T>::LastNodeOfCollective
			);
			ensure!(
				validators.len() as u32 >= T::MinValidators::get(),
				Error::<T>::TooFewValidators
			);
			Ok::<_, DispatchError>(collective)
		})?;
		PlanPending::<T>::put(true);
		Ok(collective)
	}
}
