//! Collectives: written requests for new ones by a promoting member (promotor), with a deposit
//! returned in full on approval, withdrawal or expiry and less [`Config::RejectionPenalty`] on
//! rejection; their creation (by approval, with the promoter as first member, or at genesis).

use crate::*;
use frame_support::traits::{
	fungible::{BalancedHold, MutateHold},
	tokens::Precision,
};

impl<T: Config> Pallet<T> {
	/// Hold the deposit of `applicant` and record its request for a new collective.
	pub(crate) fn do_request_collective(
		applicant: T::AccountId,
		proposal: CollectiveProposal<NameOf<T>>,
	) -> DispatchResult {
		let CollectiveProposal {
			name,
			kind,
			document,
			institution,
			code_of_ethics,
			committed_nodes,
		} = proposal;
		ensure!(!name.is_empty(), Error::<T>::EmptyName);
		ensure!(!institution.is_empty(), Error::<T>::EmptyInstitution);
		ensure!(committed_nodes >= 1, Error::<T>::NoCommittedNodes);
		ensure!(committed_nodes <= T::MaxCommittedNodes::get(), Error::<T>::TooManyCommittedNodes);
		let code_of_ethics = Self::ensure_current_code(code_of_ethics)?;
		ensure!(!Members::<T>::contains_key(&applicant), Error::<T>::AlreadyMember);
		ensure!(!CollectiveNames::<T>::contains_key(&name), Error::<T>::NameAlreadyExists);
		ensure!(
			Collectives::<T>::count() < T::MaxCollectives::get(),
			Error::<T>::TooManyCollectives
		);
		ensure!(
			CollectiveRequests::<T>::count() < T::MaxPendingRequests::get(),
			Error::<T>::TooManyRequests
		);
		let pending = PendingRequestsOf::<T>::get(&applicant);
		ensure!(pending < T::MaxRequestsPerAccount::get(), Error::<T>::TooManyRequestsFromAccount);
		let request_id = NextRequestId::<T>::get();
		let next = request_id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		let deposit = T::CollectiveRequestDeposit::get();
		T::Currency::hold(&HoldReason::CollectiveRequest.into(), &applicant, deposit)?;
		NextRequestId::<T>::put(next);
		// Below `MaxRequestsPerAccount`, a `u32`: the sum cannot saturate.
		PendingRequestsOf::<T>::insert(&applicant, pending.saturating_add(1));
		CollectiveRequests::<T>::insert(
			request_id,
			CollectiveRequest {
				applicant: applicant.clone(),
				name: name.clone(),
				kind,
				document,
				institution,
				code_of_ethics,
				committed_nodes,
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
			committed_nodes,
			deposit,
		});
		Ok(())
	}

	/// Create the collective a pending request asks for, make its promoter the first active
	/// member and return the deposit.
	pub(crate) fn do_approve_collective_request(request_id: RequestId) -> DispatchResult {
		let request =
			CollectiveRequests::<T>::get(request_id).ok_or(Error::<T>::RequestNotFound)?;
		ensure!(!Members::<T>::contains_key(&request.applicant), Error::<T>::PromoterIsMember);
		ensure!(
			CodeOfEthics::<T>::get() == Some(request.code_of_ethics),
			Error::<T>::CodeOfEthicsOutdated
		);
		let collective = Self::do_create_collective(
			request.name.clone(),
			request.kind,
			Some(request.document),
			Some(request.applicant.clone()),
			request.committed_nodes,
		)?;
		Self::do_insert_member(
			&request.applicant,
			collective,
			request.institution.clone(),
			MemberStatus::Active,
			request.code_of_ethics,
		)?;
		Self::deposit_event(Event::MemberAdmitted {
			who: request.applicant.clone(),
			collective,
			by: None,
		});
		Self::release_request_deposit(&request)?;
		Self::remove_request(request_id, &request.applicant);
		Self::deposit_event(Event::CollectiveRequestApproved {
			request_id,
			collective,
			applicant: request.applicant,
			deposit: request.deposit,
		});
		Ok(())
	}

	/// Drop a pending request, with the hash of the reasons: slash the penalty from its deposit
	/// and return the rest.
	pub(crate) fn do_reject_collective_request(
		request_id: RequestId,
		reason: DocumentHash,
	) -> DispatchResult {
		let request =
			CollectiveRequests::<T>::get(request_id).ok_or(Error::<T>::RequestNotFound)?;
		let (returned, slashed) = Self::penalise_deposit(
			&HoldReason::CollectiveRequest.into(),
			&request.applicant,
			request.deposit,
		)?;
		Self::remove_request(request_id, &request.applicant);
		Self::deposit_event(Event::CollectiveRequestRejected {
			request_id,
			applicant: request.applicant,
			reason,
			returned,
			slashed,
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
		Self::remove_request(request_id, &who);
		Self::deposit_event(Event::CollectiveRequestWithdrawn {
			request_id,
			applicant: who,
			deposit: request.deposit,
		});
		Ok(())
	}

	/// Drop a request pending for [`Config::RequestLifetime`] blocks or more and return its
	/// deposit in full.
	pub(crate) fn do_remove_expired_request(request_id: RequestId) -> DispatchResult {
		let request =
			CollectiveRequests::<T>::get(request_id).ok_or(Error::<T>::RequestNotFound)?;
		ensure!(Self::has_expired(request.submitted_at), Error::<T>::NotExpired);
		Self::release_request_deposit(&request)?;
		Self::remove_request(request_id, &request.applicant);
		Self::deposit_event(Event::CollectiveRequestExpired {
			request_id,
			applicant: request.applicant,
			deposit: request.deposit,
		});
		Ok(())
	}

	/// Whether something submitted at `since` has outlived [`Config::RequestLifetime`].
	pub(crate) fn has_expired(since: BlockNumberFor<T>) -> bool {
		frame_system::Pallet::<T>::block_number() >= since.saturating_add(T::RequestLifetime::get())
	}

	/// Create a collective with no members and no leaders: it needs an appointment at once.
	pub(crate) fn do_create_collective(
		name: NameOf<T>,
		kind: CollectiveKind,
		document: Option<DocumentHash>,
		promoter: Option<T::AccountId>,
		committed_nodes: u32,
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
				promoter,
				committed_nodes,
			},
		);
		Self::deposit_event(Event::CollectiveCreated { collective, name, kind });
		Self::deposit_event(Event::LeadersFellShort { collective, leaders: 0 });
		Ok(collective)
	}

	/// Remove a request and lower its applicant's pending count.
	fn remove_request(request_id: RequestId, applicant: &T::AccountId) {
		CollectiveRequests::<T>::remove(request_id);
		PendingRequestsOf::<T>::mutate_exists(applicant, |count| {
			match count.map(|c| c.saturating_sub(1)) {
				Some(0) | None => *count = None,
				Some(left) => *count = Some(left),
			}
		});
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

	/// Slash [`Config::RejectionPenalty`] of the `deposit` held from `who` for `reason`, hand it
	/// to [`Config::Slashed`] and release the rest. Returns `(returned, slashed)`.
	pub(crate) fn penalise_deposit(
		reason: &T::RuntimeHoldReason,
		who: &T::AccountId,
		deposit: BalanceOf<T>,
	) -> Result<(BalanceOf<T>, BalanceOf<T>), DispatchError> {
		let penalty = T::RejectionPenalty::get().mul_floor(deposit);
		let (credit, missing) =
			<T::Currency as BalancedHold<T::AccountId>>::slash(reason, who, penalty);
		if !missing.is_zero() {
			defensive!("a rejected deposit was not fully held");
		}
		let slashed = penalty.saturating_sub(missing);
		T::Slashed::on_unbalanced(credit);
		let rest = deposit.saturating_sub(slashed);
		let returned = T::Currency::release(reason, who, rest, Precision::BestEffort)?;
		if returned != rest {
			defensive!("a rejected deposit was not fully held");
		}
		Ok((returned, slashed))
	}
}
