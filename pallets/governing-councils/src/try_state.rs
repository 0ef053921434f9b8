//! Invariants of the governing councils, checked by `try-runtime` and after every unit test.

use crate::*;
use alloc::collections::btree_set::BTreeSet;
use frame_support::traits::fungible::InspectHold;

impl<T: Config> Pallet<T> {
	/// Check the pallet's invariants:
	/// - seats: [`ExecutiveSeatOf`] indexes exactly the executive seats, one seat per account
	///   (executive or advisory), commissioners are active members of the collective they
	///   represent ([`Config::Collectives`]), at most [`Config::MaxAdvisors`] advisors within
	///   [`Config::MaxAdvisorRenewals`], every term ends after the current block and is
	///   scheduled exactly once in [`SeatExpiries`], which holds nothing else;
	/// - proposals: no empty list left in storage (each within [`Config::MaxSeatProposals`] by
	///   its type);
	/// - advisory requests: at most [`Config::MaxAdvisoryRequests`], the counter in step, and
	///   each deposit held for [`HoldReason::AdvisoryRequest`];
	/// - councils: [`CouncilMembers`] holds what the seats say, so each `ChangeMembers` has
	///   the current membership, and the Executive Council is no larger than its seats.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		Self::try_state_seats()?;
		Self::try_state_requests()?;
		Self::try_state_councils()
	}

	fn try_state_seats() -> Result<(), sp_runtime::TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		let mut scheduled: BTreeSet<(BlockNumberFor<T>, SeatExpiry<T::AccountId>)> =
			BTreeSet::new();
		let mut entries: usize = 0;
		for (at, bucket) in SeatExpiries::<T>::iter() {
			ensure!(!bucket.is_empty(), "empty seat expiry bucket left in storage");
			for entry in bucket {
				entries = entries.saturating_add(1);
				scheduled.insert((at, entry));
			}
		}
		ensure!(entries == scheduled.len(), "duplicate entry in the seat expiry schedule");

		let mut seats: Vec<(ExecutiveSeat, SeatOf<T>)> = Vec::new();
		if let Some(secretary) = ExecutiveSecretary::<T>::get() {
			seats.push((ExecutiveSeat::Secretary, secretary));
		}
		for (commission, collective, seat) in Commissioners::<T>::iter() {
			ensure!(
				T::Collectives::active_collective_of(&seat.who) == Some(collective),
				"a commissioner is not an active member of the collective it represents"
			);
			seats.push((ExecutiveSeat::Commissioner(commission, collective), seat));
		}
		let mut holders = BTreeSet::new();
		for (seat, held) in seats.iter() {
			ensure!(holders.insert(held.who.clone()), "an account holds two executive seats");
			ensure!(
				ExecutiveSeatOf::<T>::get(&held.who) == Some(*seat),
				"executive seat index out of step"
			);
			ensure!(held.expires_at > now, "an executive term that should have ended");
			ensure!(
				scheduled.contains(&(held.expires_at, SeatExpiry::Executive(*seat))),
				"an executive term missing from the seat expiry schedule"
			);
		}
		ensure!(
			ExecutiveSeatOf::<T>::iter().count() == seats.len(),
			"executive seat index holds accounts with no seat"
		);
		let advisors = Advisors::<T>::get();
		ensure!(advisors.len() as u32 <= T::MaxAdvisors::get(), "more than MaxAdvisors advisors");
		for advisor in advisors.iter() {
			ensure!(holders.insert(advisor.who.clone()), "an account holds two seats");
			ensure!(
				advisor.renewals <= T::MaxAdvisorRenewals::get(),
				"more renewals than MaxAdvisorRenewals"
			);
			ensure!(advisor.expires_at > now, "an advisory term that should have ended");
			ensure!(
				scheduled.contains(&(advisor.expires_at, SeatExpiry::Advisor(advisor.who.clone()))),
				"an advisory term missing from the seat expiry schedule"
			);
		}
		ensure!(
			entries == seats.len().saturating_add(advisors.len()),
			"seat expiry schedule holds entries of no seat"
		);
		for (_, proposals) in SeatProposals::<T>::iter() {
			ensure!(!proposals.is_empty(), "empty seat proposal list left in storage");
		}
		Ok(())
	}

	fn try_state_requests() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut requests: u32 = 0;
		for (who, request) in AdvisoryRequests::<T>::iter() {
			requests = requests.saturating_add(1);
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::AdvisoryRequest.into(), &who)
					== request.deposit,
				"held advisory deposit differs from the request's deposit"
			);
		}
		ensure!(requests == AdvisoryRequests::<T>::count(), "advisory request counter out of step");
		ensure!(
			requests <= T::MaxAdvisoryRequests::get(),
			"more than MaxAdvisoryRequests advisory requests"
		);
		Ok(())
	}

	fn try_state_councils() -> Result<(), sp_runtime::TryRuntimeError> {
		for council in Council::ALL {
			let pushed = CouncilMembers::<T>::get(council);
			ensure!(
				Self::seated_members(council).as_slice() == pushed.as_slice(),
				"a council's pushed membership differs from its seats"
			);
		}
		ensure!(
			CouncilMembers::<T>::iter().all(|(_, members)| !members.is_empty()),
			"empty council membership left in storage"
		);
		let executive = CouncilMembers::<T>::get(Council::Executive).len() as u32;
		ensure!(
			executive <= T::MaxCollectives::get().saturating_mul(2).saturating_add(1),
			"Executive Council larger than its seats"
		);
		Ok(())
	}
}
