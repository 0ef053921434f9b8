//! Open calls for leadership (convocatoria abierta): opening, applications, the Executive
//! Council's election, cancellation and lapse.

use crate::*;
use alloc::collections::btree_set::BTreeSet;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Open a call for `seats` leaders of `collective`.
	pub(crate) fn do_open_call(collective: CollectiveId, seats: u32) -> DispatchResult {
		ensure!(T::Collectives::collective_exists(collective), Error::<T>::CollectiveNotFound);
		ensure!(!OpenCalls::<T>::contains_key(collective), Error::<T>::CallAlreadyOpen);
		ensure!(
			seats >= 1 && seats <= T::Leadership::vacancies(collective),
			Error::<T>::InvalidSeats
		);
		let now = frame_system::Pallet::<T>::block_number();
		let applications_end = now.saturating_add(T::ApplicationPeriod::get());
		let election_deadline = applications_end.saturating_add(T::ElectionPeriod::get());
		OpenCalls::<T>::insert(
			collective,
			OpenCall {
				seats,
				applications_end,
				election_deadline,
				applications: BoundedVec::new(),
			},
		);
		Self::deposit_event(Event::CallOpened {
			collective,
			seats,
			applications_end,
			election_deadline,
		});
		Ok(())
	}

	/// `who` applies to the call of `collective`.
	pub(crate) fn do_apply(
		collective: CollectiveId,
		who: T::AccountId,
		statement: DocumentHash,
	) -> DispatchResult {
		OpenCalls::<T>::try_mutate(collective, |call| {
			let call = call.as_mut().ok_or(Error::<T>::CallNotFound)?;
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(now < call.applications_end, Error::<T>::ApplicationsClosed);
			ensure!(
				T::Collectives::is_active_member_of(collective, &who),
				Error::<T>::NotActiveMember
			);
			ensure!(
				T::Collectives::is_code_of_ethics_current(&who),
				Error::<T>::CodeOfEthicsOutdated
			);
			ensure!(!T::Collectives::is_leader(collective, &who), Error::<T>::AlreadyLeader);
			ensure!(!call.applications.iter().any(|a| a.who == who), Error::<T>::AlreadyApplied);
			call.applications
				.try_push(Application { who: who.clone(), statement })
				.map_err(|_| Error::<T>::TooManyApplicants)?;
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::Applied { collective, who, statement });
		Ok(())
	}

	/// `who` withdraws its application to the call of `collective`.
	pub(crate) fn do_withdraw_application(
		collective: CollectiveId,
		who: T::AccountId,
	) -> DispatchResult {
		OpenCalls::<T>::try_mutate(collective, |call| {
			let call = call.as_mut().ok_or(Error::<T>::CallNotFound)?;
			let before = call.applications.len();
			call.applications.retain(|a| a.who != who);
			ensure!(call.applications.len() < before, Error::<T>::NotApplicant);
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::ApplicationWithdrawn { collective, who });
		Ok(())
	}

	/// The Executive Council elects `elected` from the call's applicants; the register appoints
	/// each. The call is transactional: an error of the register reverts every appointment.
	pub(crate) fn do_elect(collective: CollectiveId, elected: ElectedOf<T>) -> DispatchResult {
		let call = OpenCalls::<T>::get(collective).ok_or(Error::<T>::CallNotFound)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now >= call.applications_end, Error::<T>::ApplicationsOpen);
		ensure!(now < call.election_deadline, Error::<T>::ElectionDeadlinePassed);
		ensure!(
			!elected.is_empty() && elected.len() <= call.seats as usize,
			Error::<T>::WrongNumberElected
		);
		let mut seen = BTreeSet::new();
		for who in elected.iter() {
			ensure!(seen.insert(who), Error::<T>::DuplicateElected);
			ensure!(call.applications.iter().any(|a| a.who == *who), Error::<T>::NotApplicant);
		}
		for who in elected.iter() {
			T::Leadership::appoint(collective, who)?;
		}
		OpenCalls::<T>::remove(collective);
		Self::deposit_event(Event::LeadersElected { collective, elected });
		Ok(())
	}

	/// End the call of `collective`: cancelled by the Executive Council, or (`lapsed`) closed
	/// by anyone after its deadline.
	pub(crate) fn do_end_call(collective: CollectiveId, lapsed: bool) -> DispatchResult {
		let call = OpenCalls::<T>::get(collective).ok_or(Error::<T>::CallNotFound)?;
		if lapsed {
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(now >= call.election_deadline, Error::<T>::ElectionDeadlineNotReached);
		}
		OpenCalls::<T>::remove(collective);
		Self::deposit_event(if lapsed {
			Event::CallLapsed { collective }
		} else {
			Event::CallCancelled { collective }
		});
		Ok(())
	}
}
