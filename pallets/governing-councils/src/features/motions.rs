//! The Executive Council's motions: tabled by the Secretary (by any member while the seat is
//! vacant), voted by the members, closed by anyone, decided by an attendance quorum and a
//! majority of those voting, and dispatched with [`Origin::Executive`].

use crate::*;
use frame_support::{
	defensive,
	dispatch::{extract_actual_weight, PostDispatchInfo},
	storage::with_storage_layer,
	traits::{QueryPreimage, StorePreimage},
};
use sp_runtime::{traits::Hash, ArithmeticError, DispatchErrorWithPostInfo};

/// The tally of a motion at close, counting only the votes of current Executive members.
pub(crate) struct Tally {
	/// Members who voted.
	pub voters: u32,
	/// Their ayes.
	pub ayes: u32,
	/// Their nays.
	pub nays: u32,
	/// The decision.
	pub outcome: MotionOutcome,
}

impl<T: Config> Pallet<T> {
	/// The members besides the Secretary who must vote for a decision of `kind` to be valid.
	pub fn quorum(kind: DecisionKind) -> u32 {
		match kind {
			DecisionKind::Ordinary => T::OrdinaryQuorum::get(),
			DecisionKind::Extraordinary => T::ExtraordinaryQuorum::get(),
		}
	}

	/// Check that `who` may table a motion: the Secretary, or any Executive member while the
	/// Secretary's seat is vacant.
	pub(crate) fn ensure_may_table(who: &T::AccountId) -> DispatchResult {
		match ExecutiveSecretary::<T>::get() {
			Some(secretary) => ensure!(&secretary.who == who, Error::<T>::NotSecretary),
			None => ensure!(Self::is_executive_member(who), Error::<T>::NotExecutiveMember),
		}
		Ok(())
	}

	/// Table `proposal` for `proposer` with its aye recorded. An extraordinary motion cites the
	/// open request of its collective, which then waits for the motion instead of expiring.
	pub(crate) fn do_table_motion(
		proposer: T::AccountId,
		kind: MotionKind,
		proposal: Box<T::ExecutiveProposal>,
		length_bound: u32,
	) -> DispatchResult {
		Self::ensure_may_table(&proposer)?;
		ensure!(Motions::<T>::count() < T::MaxMotions::get(), Error::<T>::TooManyMotions);
		let proposal_len = proposal.encoded_size();
		ensure!(
			proposal_len <= length_bound as usize
				&& proposal_len <= T::MaxMotionLength::get() as usize,
			Error::<T>::ProposalTooLong
		);
		let proposal_len = proposal_len as u32;
		let proposal_weight = proposal.get_dispatch_info().call_weight;
		ensure!(proposal_weight.all_lte(T::MaxProposalWeight::get()), Error::<T>::ProposalTooHeavy);
		let proposal_hash = T::Hashing::hash_of(&proposal);
		ensure!(!MotionIndexOf::<T>::contains_key(proposal_hash), Error::<T>::DuplicateMotion);
		let index = NextMotionIndex::<T>::get();
		let next = index.checked_add(1).ok_or(ArithmeticError::Overflow)?;
		if let MotionKind::Extraordinary { collective } = kind {
			Self::cite_session_request(collective, index)?;
		}
		let now = frame_system::Pallet::<T>::block_number();
		let voting_ends = now.saturating_add(T::MotionDuration::get());
		let mut votes = BoundedVec::new();
		votes.try_push((proposer.clone(), true)).map_err(|_| Error::<T>::TooManyVotes)?;
		let proposal = T::Preimages::bound(*proposal)?;
		Motions::<T>::insert(
			index,
			Motion {
				proposer: proposer.clone(),
				kind,
				proposal,
				proposal_len,
				proposal_weight,
				tabled_at: now,
				voting_ends,
				votes,
			},
		);
		MotionIndexOf::<T>::insert(proposal_hash, index);
		NextMotionIndex::<T>::put(next);
		Self::deposit_event(Event::MotionTabled {
			index,
			proposer,
			kind,
			proposal_hash,
			voting_ends,
		});
		Ok(())
	}

	/// Record or change the vote of the Executive member `who` on motion `index`.
	pub(crate) fn do_vote(who: T::AccountId, index: MotionIndex, aye: bool) -> DispatchResult {
		ensure!(Self::is_executive_member(&who), Error::<T>::NotExecutiveMember);
		let mut motion = Motions::<T>::get(index).ok_or(Error::<T>::MotionNotFound)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now < motion.voting_ends, Error::<T>::VotingClosed);
		match motion.votes.iter_mut().find(|(voter, _)| voter == &who) {
			Some((_, vote)) => {
				ensure!(*vote != aye, Error::<T>::AlreadyVoted);
				*vote = aye;
			},
			None => {
				if motion.votes.is_full() {
					// Votes of former members never count: make room by dropping them. Current
					// members are at most the bound, so there is room for every one of them.
					motion.votes.retain(|(voter, _)| Self::is_executive_member(voter));
				}
				motion.votes.try_push((who.clone(), aye)).map_err(|_| {
					defensive!("more current Executive members than their seats");
					Error::<T>::TooManyVotes
				})?;
			},
		}
		Motions::<T>::insert(index, motion);
		Self::deposit_event(Event::Voted { index, who, aye });
		Ok(())
	}

	/// Decide motion `motion` with the current Executive Council: only the votes of its members
	/// count; valid when `1 + quorum` of them voted and, if the Secretary's seat is held, its
	/// holder among them; approved when valid and the ayes outnumber the nays.
	pub(crate) fn tally(motion: &MotionOf<T>) -> Tally {
		let members = Self::executive_members();
		let secretary = ExecutiveSecretary::<T>::get().map(|held| held.who);
		let counted = motion.votes.iter().filter(|(voter, _)| members.binary_search(voter).is_ok());
		let (mut ayes, mut nays, mut secretary_voted) = (0u32, 0u32, false);
		for (voter, aye) in counted {
			if *aye {
				ayes.saturating_inc();
			} else {
				nays.saturating_inc();
			}
			secretary_voted |= secretary.as_ref() == Some(voter);
		}
		let voters = ayes.saturating_add(nays);
		let attended = voters >= Self::quorum(motion.kind.decision()).saturating_add(1);
		let outcome = if !attended || (secretary.is_some() && !secretary_voted) {
			MotionOutcome::NotValid
		} else if ayes > nays {
			MotionOutcome::Approved
		} else {
			MotionOutcome::Rejected
		};
		Tally { voters, ayes, nays, outcome }
	}

	/// Whether every current Executive member voted on `motion`.
	fn all_voted(motion: &MotionOf<T>) -> bool {
		Self::executive_members()
			.iter()
			.all(|member| motion.votes.iter().any(|(voter, _)| voter == member))
	}

	/// Close motion `index`: after its voting period, or earlier once every current member
	/// voted. Decides it, consumes the session request it cites, and dispatches an approved
	/// call with [`Origin::Executive`] in a storage layer (a failing call leaves nothing behind
	/// and its error is in [`Event::MotionExecuted`]). Returns the weight used.
	pub(crate) fn do_close(index: MotionIndex) -> Result<Weight, DispatchError> {
		let motion = Motions::<T>::get(index).ok_or(Error::<T>::MotionNotFound)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now >= motion.voting_ends || Self::all_voted(&motion), Error::<T>::TooEarly);
		let Tally { voters, ayes, nays, outcome } = Self::tally(&motion);
		let proposal_hash = motion.proposal.hash();
		Motions::<T>::remove(index);
		MotionIndexOf::<T>::remove(proposal_hash);
		if let MotionKind::Extraordinary { collective } = motion.kind {
			Self::consume_session_request(collective, index);
		}
		Self::deposit_event(Event::MotionClosed {
			index,
			proposal_hash,
			voters,
			ayes,
			nays,
			outcome,
		});
		let mut weight = T::WeightInfo::close(motion.proposal_len);
		if outcome == MotionOutcome::Approved {
			let origin = Origin::Executive(motion.kind.decision());
			let (result, used) = Self::dispatch_decision(&motion.proposal, origin);
			weight.saturating_accrue(used);
			Self::deposit_event(Event::MotionExecuted { index, proposal_hash, result });
		}
		T::Preimages::drop(&motion.proposal);
		Ok(weight)
	}

	/// Dispatch the call of an approved motion with `origin` in a storage layer. Returns its
	/// result and the weight it used.
	fn dispatch_decision(proposal: &BoundedCallOf<T>, origin: Origin) -> (DispatchResult, Weight) {
		let call = match T::Preimages::peek(proposal) {
			Ok((call, _)) => call,
			Err(e) => {
				defensive!("the call of an open motion is not available");
				return (Err(e), Weight::zero());
			},
		};
		let info = call.get_dispatch_info();
		let result =
			with_storage_layer::<PostDispatchInfo, DispatchErrorWithPostInfo<PostDispatchInfo>, _>(
				|| call.dispatch(origin.into()),
			);
		let used = extract_actual_weight(&result, &info);
		(result.map(|_| ()).map_err(|e| e.error), used)
	}
}
