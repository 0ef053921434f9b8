//! The collectives' requests for an extraordinary session of the Executive Council: recorded
//! and withdrawn by a leader, one open per collective, expiring after
//! [`Config::SessionRequestLifetime`] blocks unless an extraordinary motion cites them, and
//! consumed when that motion closes.

use crate::*;
use frame_support::defensive;

impl<T: Config> Pallet<T> {
	/// Record the request of `leader`, a leader of `collective`, for an extraordinary session
	/// with the written `objective`.
	pub(crate) fn do_request_extraordinary_session(
		leader: T::AccountId,
		collective: CollectiveId,
		objective: DocumentHash,
	) -> DispatchResult {
		ensure!(T::Collectives::is_leader(collective, &leader), Error::<T>::NotLeader);
		ensure!(
			!SessionRequests::<T>::contains_key(collective),
			Error::<T>::SessionAlreadyRequested
		);
		ensure!(
			SessionRequests::<T>::count() < T::MaxCollectives::get(),
			Error::<T>::TooManySessionRequests
		);
		let now = frame_system::Pallet::<T>::block_number();
		let expires_at = now.saturating_add(T::SessionRequestLifetime::get());
		SessionRequestExpiries::<T>::try_mutate(expires_at, |bucket| {
			bucket.try_push(collective).map_err(|_| Error::<T>::TooManySessionRequests)
		})?;
		SessionRequests::<T>::insert(
			collective,
			SessionRequest {
				requested_by: leader.clone(),
				objective,
				requested_at: now,
				expires_at,
				motion: None,
			},
		);
		Self::deposit_event(Event::SessionRequested { collective, leader, objective, expires_at });
		Ok(())
	}

	/// Withdraw the open request of `collective`, which no motion cites, for its leader
	/// `leader`.
	pub(crate) fn do_withdraw_session_request(
		leader: T::AccountId,
		collective: CollectiveId,
	) -> DispatchResult {
		ensure!(T::Collectives::is_leader(collective, &leader), Error::<T>::NotLeader);
		let request =
			SessionRequests::<T>::get(collective).ok_or(Error::<T>::SessionRequestNotFound)?;
		ensure!(request.motion.is_none(), Error::<T>::SessionAlreadyConvened);
		SessionRequests::<T>::remove(collective);
		Self::unschedule_session_request(request.expires_at, collective);
		Self::deposit_event(Event::SessionRequestWithdrawn { collective, leader });
		Ok(())
	}

	/// Mark the open request of `collective` as cited by motion `index`: it no longer expires
	/// and is consumed when the motion closes.
	pub(crate) fn cite_session_request(
		collective: CollectiveId,
		index: MotionIndex,
	) -> DispatchResult {
		let mut request =
			SessionRequests::<T>::get(collective).ok_or(Error::<T>::SessionRequestNotFound)?;
		ensure!(request.motion.is_none(), Error::<T>::SessionAlreadyConvened);
		request.motion = Some(index);
		Self::unschedule_session_request(request.expires_at, collective);
		SessionRequests::<T>::insert(collective, request);
		Ok(())
	}

	/// Remove the request of `collective` cited by the closed motion `index`.
	pub(crate) fn consume_session_request(collective: CollectiveId, index: MotionIndex) {
		match SessionRequests::<T>::get(collective) {
			Some(request) if request.motion == Some(index) => {
				SessionRequests::<T>::remove(collective);
				Self::deposit_event(Event::SessionRequestConsumed { collective, index });
			},
			_ => {
				defensive!("an extraordinary motion without the request it cites");
			},
		}
	}

	/// End the requests that expire at the start of block `now` (the schedule holds only
	/// requests no motion cites). Returns how many entries the schedule held: at most
	/// [`Config::MaxCollectives`].
	pub(crate) fn expire_session_requests(now: BlockNumberFor<T>) -> u32 {
		let expiring = SessionRequestExpiries::<T>::take(now);
		let count = expiring.len() as u32;
		for collective in expiring {
			match SessionRequests::<T>::get(collective) {
				Some(request) if request.motion.is_none() && request.expires_at == now => {
					SessionRequests::<T>::remove(collective);
					Self::deposit_event(Event::SessionRequestExpired { collective });
				},
				_ => {
					defensive!("a session request expiry without a matching request");
				},
			}
		}
		count
	}

	/// Take the request of `collective` off the schedule of block `at`.
	fn unschedule_session_request(at: BlockNumberFor<T>, collective: CollectiveId) {
		SessionRequestExpiries::<T>::mutate_exists(at, |maybe| {
			if let Some(bucket) = maybe {
				bucket.retain(|c| *c != collective);
				if bucket.is_empty() {
					*maybe = None;
				}
			}
		});
	}
}
