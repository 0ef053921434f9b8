//! Renewal ballots: a leader stands again, the members vote (directly or through their
//! delegations), the tally, and the Executive Council's confirmation or refusal.

use crate::*;
use frame_support::dispatch::PostDispatchInfo;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// `leader` opens the ballot on its renewal.
	pub(crate) fn do_open_renewal(leader: T::AccountId) -> DispatchResult {
		let (collective, term_end) =
			T::Leadership::term_of(&leader).ok_or(Error::<T>::NotLeader)?;
		ensure!(!Ballots::<T>::contains_key(&leader), Error::<T>::BallotAlreadyOpen);
		let now = frame_system::Pallet::<T>::block_number();
		let voting_end = now.saturating_add(T::VotingPeriod::get());
		ensure!(voting_end <= term_end, Error::<T>::RenewalTooLate);
		ensure!(term_end.saturating_sub(now) <= T::RenewalLead::get(), Error::<T>::RenewalTooEarly);
		Ballots::<T>::insert(
			&leader,
			Ballot {
				collective,
				term_end,
				voting_end,
				voters: 0,
				status: BallotStatus::Voting,
				tally: Tally::default(),
			},
		);
		Self::deposit_event(Event::RenewalOpened { leader, collective, voting_end });
		Ok(())
	}

	/// The ballot of `leader` accepts votes now.
	fn voting(ballot: &BallotOf<T>) -> bool {
		ballot.status == BallotStatus::Voting
			&& frame_system::Pallet::<T>::block_number() < ballot.voting_end
	}

	/// Whether a vote on the ballot of `leader` signed by `origin` is feeless: the voter is an
	/// active member of the collective whose ballot is open and has room for its vote, and has
	/// not voted on it yet (so a feeless vote is one that succeeds, once per member).
	pub(crate) fn is_first_vote(origin: &OriginFor<T>, leader: &T::AccountId) -> bool {
		let Ok(voter) = ensure_signed(origin.clone()) else { return false };
		Ballots::<T>::get(leader).is_some_and(|ballot| {
			Self::voting(&ballot)
				&& ballot.voters < T::MaxVoters::get()
				&& T::Collectives::is_active_member_of(ballot.collective, &voter)
				&& !Votes::<T>::contains_key(leader, &voter)
		})
	}

	/// `voter` votes `aye` on the renewal of `leader`.
	pub(crate) fn do_vote(leader: T::AccountId, voter: T::AccountId, aye: bool) -> DispatchResult {
		Ballots::<T>::try_mutate(&leader, |ballot| {
			let ballot = ballot.as_mut().ok_or(Error::<T>::BallotNotFound)?;
			ensure!(Self::voting(ballot), Error::<T>::VotingClosed);
			ensure!(
				T::Collectives::is_active_member_of(ballot.collective, &voter),
				Error::<T>::NotActiveMember
			);
			if !Votes::<T>::contains_key(&leader, &voter) {
				ensure!(ballot.voters < T::MaxVoters::get(), Error::<T>::TooManyVoters);
				ballot.voters = ballot.voters.saturating_add(1);
			}
			Votes::<T>::insert(&leader, &voter, aye);
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::Voted { leader, voter, aye });
		Ok(())
	}

	/// The vote `who` casts on the ballot of `leader` in `collective`: its own, else that of
	/// the first member that voted directly along its delegation chain, within `depth`
	/// delegations; `None` (abstains) when the chain ends, breaks or is too long.
	pub(crate) fn resolved_vote(
		leader: &T::AccountId,
		collective: CollectiveId,
		who: &T::AccountId,
		depth: u32,
	) -> Option<bool> {
		if let Some(aye) = Votes::<T>::get(leader, who) {
			return Some(aye);
		}
		let mut current = who.clone();
		for _ in 0..depth {
			let delegation = Delegations::<T>::get(&current)?;
			if delegation.collective != collective
				|| !T::Collectives::is_active_member_of(collective, &delegation.delegate)
			{
				return None;
			}
			if let Some(aye) = Votes::<T>::get(leader, &delegation.delegate) {
				return Some(aye);
			}
			current = delegation.delegate;
		}
		None
	}

	/// Tally the ballot of `leader` over the active members of `collective`.
	pub fn tally(leader: &T::AccountId, collective: CollectiveId) -> Result<Tally, DispatchError> {
		let members = T::Collectives::active_members(collective);
		ensure!(members.len() <= T::MaxVoters::get() as usize, Error::<T>::TooManyMembers);
		let depth = T::MaxDelegationDepth::get();
		let mut tally = Tally::default();
		for who in members.iter() {
			match Self::resolved_vote(leader, collective, who, depth) {
				Some(true) => tally.ayes = tally.ayes.saturating_add(1),
				Some(false) => tally.nays = tally.nays.saturating_add(1),
				None => tally.abstentions = tally.abstentions.saturating_add(1),
			}
			tally.members = tally.members.saturating_add(1);
		}
		Ok(tally)
	}

	/// Remove the direct votes on the ballot of `leader` (at most [`Config::MaxVoters`]).
	fn clear_votes(leader: &T::AccountId) {
		let result = Votes::<T>::clear_prefix(leader, T::MaxVoters::get(), None);
		if result.maybe_cursor.is_some() {
			frame_support::defensive!("a ballot holds more than MaxVoters votes");
		}
	}

	/// Close the ballot of `leader`: approved, it waits for the Executive Council; rejected, it
	/// ends.
	pub(crate) fn do_close_renewal(leader: T::AccountId) -> DispatchResultWithPostInfo {
		let mut ballot = Ballots::<T>::get(&leader).ok_or(Error::<T>::BallotNotFound)?;
		ensure!(ballot.status == BallotStatus::Voting, Error::<T>::VotingClosed);
		let tally = Self::tally(&leader, ballot.collective)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now >= ballot.voting_end || tally.approved() || tally.rejected(),
			Error::<T>::VotingOpen
		);
		Self::clear_votes(&leader);
		let weight = T::WeightInfo::close_renewal(tally.members)
			.saturating_add(T::DbWeight::get().writes(ballot.voters.into()));
		if tally.approved() {
			ballot.status = BallotStatus::Approved;
			ballot.voters = 0;
			ballot.tally = tally;
			Ballots::<T>::insert(&leader, ballot);
			Self::deposit_event(Event::RenewalApproved { leader, tally });
		} else {
			Ballots::<T>::remove(&leader);
			Self::deposit_event(Event::RenewalRejected { leader, tally });
		}
		Ok(PostDispatchInfo { actual_weight: Some(weight), pays_fee: Pays::Yes })
	}

	/// The approved ballot of `leader`.
	fn approved_ballot(leader: &T::AccountId) -> Result<BallotOf<T>, DispatchError> {
		let ballot = Ballots::<T>::get(leader).ok_or(Error::<T>::BallotNotFound)?;
		ensure!(ballot.status == BallotStatus::Approved, Error::<T>::NotApproved);
		Ok(ballot)
	}

	/// The Executive Council confirms the approved renewal of `leader`.
	pub(crate) fn do_confirm_renewal(leader: T::AccountId) -> DispatchResult {
		let ballot = Self::approved_ballot(&leader)?;
		let now = frame_system::Pallet::<T>::block_number();
		let (collective, term_end) =
			T::Leadership::term_of(&leader).ok_or(Error::<T>::TermEnded)?;
		ensure!(collective == ballot.collective && now < term_end, Error::<T>::TermEnded);
		T::Leadership::renew(&leader)?;
		Ballots::<T>::remove(&leader);
		Self::deposit_event(Event::RenewalConfirmed { leader });
		Ok(())
	}

	/// The Executive Council refuses the approved renewal of `leader`.
	pub(crate) fn do_refuse_renewal(leader: T::AccountId, reason: DocumentHash) -> DispatchResult {
		Self::approved_ballot(&leader)?;
		Ballots::<T>::remove(&leader);
		Self::deposit_event(Event::RenewalRefused { leader, reason });
		Ok(())
	}

	/// Whether the ballot of `leader` can no longer lead to a renewal: the term it was opened
	/// for has ended, or `leader` no longer leads that collective.
	pub(crate) fn is_stale_ballot(leader: &T::AccountId, ballot: &BallotOf<T>) -> bool {
		let now = frame_system::Pallet::<T>::block_number();
		match T::Leadership::term_of(leader) {
			Some((collective, term_end)) => collective != ballot.collective || now >= term_end,
			None => true,
		}
	}

	/// Remove the stale ballot of `leader` and its votes.
	pub(crate) fn do_remove_stale_ballot(leader: T::AccountId) -> DispatchResultWithPostInfo {
		let ballot = Ballots::<T>::get(&leader).ok_or(Error::<T>::BallotNotFound)?;
		ensure!(Self::is_stale_ballot(&leader, &ballot), Error::<T>::NotStale);
		Self::clear_votes(&leader);
		Ballots::<T>::remove(&leader);
		Self::deposit_event(Event::BallotRemoved { leader });
		Ok(Some(T::WeightInfo::remove_stale_ballot(ballot.voters)).into())
	}
}
