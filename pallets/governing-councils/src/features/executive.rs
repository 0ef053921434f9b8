//! The Executive Council's seats: the leaders' proposals, the Advisory Council's designation and
//! removal, the fallbacks that need no proposal (a Secretary when no collective has a leader,
//! the reseating origin; the collectives' majority is in [`super::majority`]), the term limits,
//! and the end of a commissioner's seat with its membership.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Whether `who` holds an executive or an advisory seat.
	pub fn holds_seat(who: &T::AccountId) -> bool {
		ExecutiveSeatOf::<T>::contains_key(who) || Self::advises(who)
	}

	/// Whether `who` may propose for `seat`: a current leader of the represented collective for
	/// a commissioner seat, of any collective for the Secretary.
	pub(crate) fn may_propose(seat: ExecutiveSeat, who: &T::AccountId) -> bool {
		match seat {
			ExecutiveSeat::Secretary => T::Collectives::led_collective(who).is_some(),
			ExecutiveSeat::Commissioner(_, collective) => {
				T::Collectives::is_leader(collective, who)
			},
		}
	}

	/// Check that `who` may hold `seat`: no other seat, fewer than
	/// [`Config::MaxExecutiveTerms`] terms served in the seat's role, and for a commissioner an
	/// active member of the collective it represents.
	pub(crate) fn ensure_eligible(seat: ExecutiveSeat, who: &T::AccountId) -> DispatchResult {
		if let ExecutiveSeat::Commissioner(_, collective) = seat {
			let member_of = T::Collectives::collective_of(who).ok_or(Error::<T>::NotMember)?;
			ensure!(member_of == collective, Error::<T>::MemberOfAnotherCollective);
			ensure!(
				T::Collectives::is_active_member_of(collective, who),
				Error::<T>::NotActiveMember
			);
		}
		let holds_this = ExecutiveSeatOf::<T>::get(who) == Some(seat);
		ensure!(holds_this || !Self::holds_seat(who), Error::<T>::AlreadySeated);
		ensure!(
			TermsServed::<T>::get(who, TermRole::from(seat)) < T::MaxExecutiveTerms::get(),
			Error::<T>::TermLimitReached
		);
		Ok(())
	}

	/// Whether no collective has a leader (at most [`Config::MaxCollectives`] collectives are
	/// read): then nobody can propose a Secretary, and the Advisory Council designates one
	/// without a proposal.
	pub(crate) fn no_leaders() -> bool {
		T::Collectives::collectives()
			.into_iter()
			.take(T::MaxCollectives::get() as usize)
			.all(|collective| T::Collectives::leaders(collective).is_empty())
	}

	/// Check that the Advisory Council may designate `who` to `seat`: a current leader
	/// proposed it, or the seat is the Secretary's and no collective has a leader.
	pub(crate) fn ensure_designable(seat: ExecutiveSeat, who: &T::AccountId) -> DispatchResult {
		if Self::ensure_proposed(seat, who).is_ok() {
			return Ok(());
		}
		ensure!(
			seat == ExecutiveSeat::Secretary && Self::no_leaders(),
			Error::<T>::ProposalNotFound
		);
		Ok(())
	}

	/// Check that a current leader proposed `who` for `seat`.
	pub(crate) fn ensure_proposed(seat: ExecutiveSeat, who: &T::AccountId) -> DispatchResult {
		let proposed = SeatProposals::<T>::get(seat)
			.iter()
			.any(|p| &p.candidate == who && Self::may_propose(seat, &p.proposer));
		ensure!(proposed, Error::<T>::ProposalNotFound);
		Ok(())
	}

	/// Record the proposal of `proposer` (replacing its previous one) for `seat`, dropping the
	/// proposals of accounts that no longer lead; then, while neither council can act, designate
	/// `who` if a majority backs it ([`Pallet::designate_by_majority`]). Returns whether it
	/// designated.
	pub(crate) fn do_propose_executive(
		proposer: T::AccountId,
		seat: ExecutiveSeat,
		who: T::AccountId,
	) -> Result<bool, DispatchError> {
		ensure!(Self::may_propose(seat, &proposer), Error::<T>::NotLeader);
		Self::ensure_eligible(seat, &who)?;
		let mut proposals = SeatProposals::<T>::get(seat);
		proposals.retain(|p| p.proposer != proposer && Self::may_propose(seat, &p.proposer));
		proposals
			.try_push(SeatProposal {
				proposer: proposer.clone(),
				candidate: who.clone(),
				proposed_at: frame_system::Pallet::<T>::block_number(),
			})
			.map_err(|_| Error::<T>::TooManyProposals)?;
		SeatProposals::<T>::insert(seat, proposals);
		Self::deposit_event(Event::ExecutiveProposed { seat, candidate: who.clone(), proposer });
		Self::designate_by_majority(seat, &who)
	}

	/// Withdraw the proposal of `proposer` for `seat`.
	pub(crate) fn do_withdraw_executive_proposal(
		proposer: T::AccountId,
		seat: ExecutiveSeat,
	) -> DispatchResult {
		let mut proposals = SeatProposals::<T>::get(seat);
		let position = proposals
			.iter()
			.position(|p| p.proposer == proposer)
			.ok_or(Error::<T>::ProposalNotFound)?;
		let proposal = proposals.remove(position);
		if proposals.is_empty() {
			SeatProposals::<T>::remove(seat);
		} else {
			SeatProposals::<T>::insert(seat, proposals);
		}
		Self::deposit_event(Event::ExecutiveProposalWithdrawn {
			seat,
			candidate: proposal.candidate,
			proposer,
		});
		Ok(())
	}

	/// Seat `who` in `seat` for [`Config::ExecutiveTerm`] blocks from now, after checking its
	/// eligibility; see [`Pallet::do_designate_executive_for`].
	pub(crate) fn do_designate_executive(
		seat: ExecutiveSeat,
		who: &T::AccountId,
	) -> DispatchResult {
		Self::do_designate_executive_for(seat, who, T::ExecutiveTerm::get())
	}

	/// Seat `who` in `seat` for `term` blocks from now (a full term, or a genesis seat's own
	/// first term), after checking its eligibility; counts the term served, replaces the
	/// holder, clears the seat's proposals, begins the seat's report obligation (kept if
	/// running) and records the councils.
	pub(crate) fn do_designate_executive_for(
		seat: ExecutiveSeat,
		who: &T::AccountId,
		term: BlockNumberFor<T>,
	) -> DispatchResult {
		Self::ensure_eligible(seat, who)?;
		let now = frame_system::Pallet::<T>::block_number();
		let expires_at = now.saturating_add(term);
		let entry = SeatExpiry::Executive(seat);
		let mut replaced = None;
		if let Some(held) = Self::executive_seat(seat) {
			Self::unschedule_seat_expiry(held.expires_at, &entry);
			if &held.who != who {
				ExecutiveSeatOf::<T>::remove(&held.who);
				Self::deposit_event(Event::ExecutiveSeatEnded {
					seat,
					who: held.who.clone(),
					cause: SeatEnd::Replaced,
				});
				replaced = Some(held.who);
			}
		}
		Self::schedule_seat_expiry(expires_at, entry)?;
		Self::put_executive_seat(
			seat,
			Some(Seat { who: who.clone(), designated_at: now, expires_at, renewals: 0 }),
		);
		ExecutiveSeatOf::<T>::insert(who, seat);
		TermsServed::<T>::mutate(who, TermRole::from(seat), |terms| terms.saturating_inc());
		SeatProposals::<T>::remove(seat);
		Self::begin_seat_obligation(seat);
		Self::deposit_event(Event::ExecutiveDesignated {
			seat,
			who: who.clone(),
			expires_at,
			replaced,
		});
		Self::sync_councils_of(seat);
		Ok(())
	}

	/// Vacate `seat` before its term ends.
	pub(crate) fn do_remove_executive(seat: ExecutiveSeat) -> DispatchResult {
		Self::end_executive_seat(seat, SeatEnd::Removed).ok_or(Error::<T>::SeatVacant)?;
		Ok(())
	}

	/// Vacate an executive seat, if held, end the report obligation of a seat left without
	/// holders (the Secretary's, or a commission's last) and push the councils. Returns the
	/// ended term.
	pub(crate) fn end_executive_seat(seat: ExecutiveSeat, cause: SeatEnd) -> Option<SeatOf<T>> {
		let held = Self::executive_seat(seat)?;
		Self::put_executive_seat(seat, None);
		ExecutiveSeatOf::<T>::remove(&held.who);
		let vacated = match seat {
			ExecutiveSeat::Secretary => true,
			ExecutiveSeat::Commissioner(commission, _) => {
				Commissioners::<T>::iter_prefix(commission).next().is_none()
			},
		};
		if vacated {
			Self::end_seat_obligation(seat);
		}
		// The expiry hook took the whole bucket already.
		if cause != SeatEnd::TermExpired {
			Self::unschedule_seat_expiry(held.expires_at, &SeatExpiry::Executive(seat));
		}
		Self::deposit_event(Event::ExecutiveSeatEnded { seat, who: held.who.clone(), cause });
		Self::sync_councils_of(seat);
		Some(held)
	}

	/// A commissioner who stops being an active member of its collective loses its seat; any
	/// other account keeps what it holds.
	pub(crate) fn end_commissioner_seat_of(who: &T::AccountId) {
		if let Some(seat @ ExecutiveSeat::Commissioner(..)) = ExecutiveSeatOf::<T>::get(who) {
			Self::end_executive_seat(seat, SeatEnd::MembershipLost);
		}
	}

	/// Store (or clear) the holder of an executive seat.
	fn put_executive_seat(seat: ExecutiveSeat, held: Option<SeatOf<T>>) {
		match seat {
			ExecutiveSeat::Secretary => ExecutiveSecretary::<T>::set(held),
			ExecutiveSeat::Commissioner(commission, collective) => {
				Commissioners::<T>::set(commission, collective, held)
			},
		}
	}
}
