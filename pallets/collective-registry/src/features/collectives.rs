//! Collectives: written requests for new ones, with a deposit returned whatever the outcome, and
//! their creation (by approval or at genesis).

use crate::*;
use frame_support::traits::{fungible::MutateHold, tokens::Precision};

impl<T: Config> Pallet<T> {
	/// Hold the deposit of `applicant` and record its request for a new collective.
	pub(crate) fn do_request_collective(
		applicant: T::AccountId,
		name: NameOf<T>,
		kind: CollectiveKind,
		document: DocumentHash,
	) -> DispatchResult {
		ensure!(!name.is_empty(), Error::<T>::EmptyName);
		ensure!(!CollectiveNames::<T>::contains_key(&name), Error::<T>::NameAlreadyExists);
		ensure!(
			Collectives::<T>::count() < T::MaxCollectives::get(),
			Error::<T>::TooManyCollectives
		);
		ensure!(
			CollectiveRequests::<T>::count() < T::MaxPendingRequests::get(),
			Error::<T>::TooManyRequests
		);
		let request_id = NextRequestId::<T>::get();
		let next = request_id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		let deposit = T::CollectiveRequestDeposit::get();
		T::Currency::hold(&HoldReason::CollectiveRequest.into(), &applicant, deposit)?;
		NextRequestId::<T>::put(next);
		CollectiveRequests::<T>::insert(
			request_id,
			CollectiveRequest {
				applicant: applicant.clone(),
				name: name.clone(),
				kind,
				document,
				deposit,
				submitted_at: frame_system::Pallet::<T>::block_number(),
			},
		);
		Self::deposit_event(Event::CollectiveRequested {
			request_id,
			applicant,
			name,
			kind,
			document,
			deposit,
		});
		Ok(())
	}

	/// Create the collective a pending request asks for and return its deposit.
	pub(crate) fn do_approve_collective_request(request_id: RequestId) -> DispatchResult {
		let request =
			CollectiveRequests::<T>::get(request_id).ok_or(Error::<T>::RequestNotFound)?;
		let collective =
			Self::do_create_collective(request.name.clone(), request.kind, Some(request.document))?;
		Self::release_request_deposit(&request)?;
		CollectiveRequests::<T>::remove(request_id);
		Self::deposit_event(Event::CollectiveRequestApproved {
			request_id,
			collective,
			applicant: request.applicant,
			deposit: request.deposit,
		});
		Ok(())
	}

	/// Drop a pending request, with the hash of the reasons, and return its deposit.
	pub(crate) fn do_reject_collective_request(
		request_id: RequestId,
		reason: DocumentHash,
	) -> DispatchResult {
		let request =
			CollectiveRequests::<T>::get(request_id).ok_or(Error::<T>::RequestNotFound)?;
		Self::release_request_deposit(&request)?;
		CollectiveRequests::<T>::remove(request_id);
		Self::deposit_event(Event::CollectiveRequestRejected {
			request_id,
			applicant: request.applicant,
			reason,
			deposit: request.deposit,
		});
		Ok(())
	}

	/// Drop the pending request of `who` and return its deposit.
	pub(crate) fn do_withdraw_collective_request(
		who: T::AccountId,
		request_id: RequestId,
	) -> DispatchResult {
		let request =
			CollectiveRequests::<T>::get(request_id).ok_or(Error::<T>::RequestNotFound)?;
		ensure!(request.applicant == who, Error::<T>::NotRequester);
		Self::release_request_deposit(&request)?;
		CollectiveRequests::<T>::remove(request_id);
		Self::deposit_event(Event::CollectiveRequestWithdrawn {
			request_id,
			applicant: who,
			deposit: request.deposit,
		});
		Ok(())
	}

	/// Create a collective with no members and no leaders: it needs an appointment at once.
	pub(crate) fn do_create_collective(
		name: NameOf<T>,
		kind: CollectiveKind,
		document: Option<DocumentHash>,
	) -> Result<CollectiveId, DispatchError> {
		ensure!(!name.is_empty(), Error::<T>::EmptyName);
		ensure!(!CollectiveNames::<T>::contains_key(&name), Error::<T>::NameAlreadyExists);
		ensure!(
			Collectives::<T>::count() < T::MaxCollectives::get(),
			Error::<T>::TooManyCollectives
		);
		let collective = NextCollectiveId::<T>::get();
		let next = collective.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		NextCollectiveId::<T>::put(next);
		CollectiveNames::<T>::insert(&name, collective);
		Collectives::<T>::insert(
			collective,
			CollectiveInfo {
				name: name.clone(),
				kind,
				state: CollectiveState::Active,
				document,
				created_at: frame_system::Pallet::<T>::block_number(),
				member_count: 0,
			},
		);
		Self::deposit_event(Event::CollectiveCreated { collective, name, kind });
		Self::deposit_event(Event::LeadersFellShort { collective, leaders: 0 });
		Ok(collective)
	}

	/// Return the deposit of a request to its applicant.
	fn release_request_deposit(request: &CollectiveRequestOf<T>) -> DispatchResult {
		let released = T::Currency::release(
			&HoldReason::CollectiveRequest.into(),
			&request.applicant,
			request.deposit,
			Precision::BestEffort,
		)?;
		if released != request.deposit {
			defensive!("a request deposit was not fully held");
		}
		Ok(())
	}
}
