//! Node applications and the leaders' endorsements.

use crate::*;

impl<T: Config> Pallet<T> {
	/// `who` applies to run a node for its collective. See [`Pallet::apply_for_node`].
	pub(crate) fn do_apply_for_node(
		who: T::AccountId,
		letter_of_intent: DocumentHash,
		adhesion_form: DocumentHash,
	) -> DispatchResult {
		T::Collectives::collective_of(&who).ok_or(Error::<T>::NotMember)?;
		let collective =
			T::Collectives::active_collective_of(&who).ok_or(Error::<T>::NotActiveMember)?;
		ensure!(T::Collectives::is_code_of_ethics_current(&who), Error::<T>::CodeOfEthicsOutdated);
		ensure!(T::Session::has_keys(&who), Error::<T>::SessionKeysNotFound);
		ensure!(!Self::runs_node(&who), Error::<T>::AlreadyValidator);
		ensure!(!NodeApplications::<T>::contains_key(&who), Error::<T>::AlreadyApplied);
		ensure!(
			NodeApplications::<T>::count() < T::MaxValidators::get(),
			Error::<T>::TooManyApplications
		);
		ensure!(
			Self::node_count(collective) < T::MaxValidatorsPerCollective::get(),
			Error::<T>::TooManyCollectiveNodes
		);
		NodeApplications::<T>::insert(
			&who,
			NodeApplication {
				collective,
				letter_of_intent,
				adhesion_form,
				endorsers: BoundedVec::new(),
				applied_at: frame_system::Pallet::<T>::block_number(),
			},
		);
		Self::deposit_event(Event::NodeApplied {
			who,
			collective,
			letter_of_intent,
			adhesion_form,
		});
		Ok(())
	}

	/// `who` withdraws its node application. See [`Pallet::withdraw_node_application`].
	pub(crate) fn do_withdraw_node_application(who: T::AccountId) -> DispatchResult {
		ensure!(NodeApplications::<T>::contains_key(&who), Error::<T>::ApplicationNotFound);
		Self::drop_node_application(&who);
		Ok(())
	}

	/// `leader` endorses the application of `applicant`. See [`Pallet::endorse_node`].
	pub(crate) fn do_endorse_node(leader: T::AccountId, applicant: T::AccountId) -> DispatchResult {
		let mut application =
			NodeApplications::<T>::get(&applicant).ok_or(Error::<T>::ApplicationNotFound)?;
		let collective = application.collective;
		ensure!(T::Collectives::is_leader(collective, &leader), Error::<T>::NotLeader);
		ensure!(
			T::Collectives::is_code_of_ethics_current(&leader),
			Error::<T>::LeaderCodeOfEthicsOutdated
		);
		ensure!(!application.endorsers.contains(&leader), Error::<T>::AlreadyEndorsed);
		let leaders = T::Collectives::leaders(collective);
		application.endorsers.retain(|e| leaders.contains(e));
		application
			.endorsers
			.try_push(leader.clone())
			.map_err(|_| Error::<T>::TooManyEndorsements)?;
		let endorsements = application.endorsers.len() as u32;
		let leader_count = leaders.len() as u32;
		NodeApplications::<T>::insert(&applicant, application);
		Self::deposit_event(Event::NodeEndorsed {
			who: applicant.clone(),
			collective,
			leader,
			endorsements,
		});
		let reached = |n: u32| n.saturating_mul(2) > leader_count;
		if reached(endorsements) && !reached(endorsements.saturating_sub(1)) {
			Self::deposit_event(Event::NodeEndorsementReached {
				who: applicant,
				collective,
				endorsements,
				leaders: leader_count,
			});
		}
		Ok(())
	}

	/// Whether more than half of the current leaders of the application's collective endorsed
	/// it.
	pub fn is_endorsed(application: &NodeApplicationOf<T>) -> bool {
		let leaders = T::Collectives::leaders(application.collective);
		let endorsements = application.endorsers.iter().filter(|e| leaders.contains(e)).count();
		endorsements.saturating_mul(2) > leaders.len()
	}

	/// Drop the pending node application of `who`, if any.
	pub(crate) fn drop_node_application(who: &T::AccountId) {
		if let Some(application) = NodeApplications::<T>::take(who) {
			Self::deposit_event(Event::NodeApplicationWithdrawn {
				who: who.clone(),
				collective: application.collective,
			});
		}
	}
}
