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
	/// - renewal requests: each of a current advisor, for its current term, made within the
	///   renewal window (so at most [`Config::MaxAdvisors`], and none outlives its seat); a
	///   pending one within the term limit;
	/// - councils: [`CouncilMembers`] holds what the seats say, so each `ChangeMembers` has
	///   the current membership, and the Executive Council is no larger than its seats;
	/// - motions: at most [`Config::MaxMotions`], the counter in step, indices below
	///   [`NextMotionIndex`], [`MotionIndexOf`] indexes exactly their call hashes, at most one
	///   vote per account, and each extraordinary motion cites its collective's request;
	/// - session requests: at most [`Config::MaxCollectives`], the counter in step; each either
	///   cited by the open extraordinary motion of its collective, or scheduled exactly once in
	///   [`SessionRequestExpiries`] at a block to come, which holds nothing else;
	/// - term limits: every holder served at least its current term in its role, and no count
	///   exceeds its limit.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		Self::try_state_seats()?;
		Self::try_state_requests()?;
		Self::try_state_renewals()?;
		Self::try_state_councils()?;
		Self::try_state_motions()?;
		Self::try_state_sessions()?;
		Self::try_state_terms()
	}

	fn try_state_motions() -> Result<(), sp_runtime::TryRuntimeError> {
		let next = NextMotionIndex::<T>::get();
		let mut motions: u32 = 0;
		for (index, motion) in Motions::<T>::iter() {
			motions = motions.saturating_add(1);
			ensure!(index < next, "a motion index not below NextMotionIndex");
			ensure!(
				MotionIndexOf::<T>::get(motion.proposal.hash()) == Some(index),
				"a motion missing from its call hash index"
			);
			let voters: BTreeSet<_> = motion.votes.iter().map(|(who, _)| who.clone()).collect();
			ensure!(voters.len() == motion.votes.len(), "two votes of one account on a motion");
			if let MotionKind::Extraordinary { collective } = motion.kind {
				ensure!(
					SessionRequests::<T>::get(collective).and_then(|r| r.motion) == Some(index),
					"an extraordinary motion without the request it cites"
				);
			}
		}
		ensure!(motions == Motions::<T>::count(), "motion counter out of step");
		ensure!(motions <= T::MaxMotions::get(), "more than MaxMotions motions");
		ensure!(
			MotionIndexOf::<T>::iter().count() == motions as usize,
			"call hash index holds hashes of no motion"
		);
		Ok(())
	}

	fn try_state_sessions() -> Result<(), sp_runtime::TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		let mut scheduled = BTreeSet::new();
		let mut entries: usize = 0;
		for (at, bucket) in SessionRequestExpiries::<T>::iter() {
			ensure!(!bucket.is_empty(), "empty session request expiry bucket left in storage");
			for collective in bucket {
				entries = entries.saturating_add(1);
				scheduled.insert((at, collective));
			}
		}
		ensure!(entries == scheduled.len(), "duplicate entry in the session request schedule");
		let mut requests: u32 = 0;
		let mut uncited: usize = 0;
		for (collective, request) in SessionRequests::<T>::iter() {
			requests = requests.saturating_add(1);
			match request.motion {
				Some(index) => ensure!(
					Motions::<T>::get(index).map(|m| m.kind)
						== Some(MotionKind::Extraordinary { collective }),
					"a session request cited by no open motion of its collective"
				),
				None => {
					uncited = uncited.saturating_add(1);
					ensure!(request.expires_at > now, "a session request that should have expired");
					ensure!(
						scheduled.contains(&(request.expires_at, collective)),
						"a session request missing from the expiry schedule"
					);
				},
			}
		}
		ensure!(requests == SessionRequests::<T>::count(), "session request counter out of step");
		ensure!(requests <= T::MaxCollectives::get(), "more than MaxCollectives session requests");
		ensure!(entries == uncited, "session request schedule holds entries of no open request");
		Ok(())
	}

	fn try_state_terms() -> Result<(), sp_runtime::TryRuntimeError> {
		for (who, seat) in ExecutiveSeatOf::<T>::iter() {
			ensure!(
				TermsServed::<T>::get(&who, TermRole::from(seat)) >= 1,
				"an executive holder without its term counted"
			);
		}
		for advisor in Advisors::<T>::get() {
			ensure!(
				TermsServed::<T>::get(&advisor.who, TermRole::Advisor) > advisor.renewals,
				"an advisor without its terms counted"
			);
		}
		for (_, role, terms) in TermsServed::<T>::iter() {
			let limit = match role {
				TermRole::Advisor => Self::max_advisory_terms(),
				_ => T::MaxExecutiveTerms::get(),
			};
			ensure!(terms <= limit, "more terms served than the limit of the role");
		}
		Ok(())
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

	fn try_state_renewals() -> Result<(), sp_runtime::TryRuntimeError> {
		let advisors = Advisors::<T>::get();
		for (who, request) in RenewalRequests::<T>::iter() {
			let advisor = advisors
				.iter()
				.find(|a| a.who == who)
				.ok_or("a renewal request of an account that is not an advisor")?;
			ensure!(
				request.term_ends == advisor.expires_at,
				"a renewal request for a term that is not the advisor's current one"
			);
			ensure!(
				request.requested_at.saturating_add(T::RenewalWindow::get()) >= request.term_ends,
				"a renewal request made before the renewal window"
			);
			if request.status == RenewalStatus::Pending {
				ensure!(
					TermsServed::<T>::get(&who, TermRole::Advisor) < Self::max_advisory_terms(),
					"a pending renewal request beyond the term limit"
				);
			}
		}
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
