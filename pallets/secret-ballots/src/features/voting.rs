//! A secret vote: its authorization in the pool and in the block (cheap checks first, then the
//! ring proof) and its record.

use crate::*;
use bmx_primitives::anonymity::{ballot_context, vote_message, MembershipError};
use sp_runtime::traits::{Saturating, UniqueSaturatedInto};

impl<T: Config> Pallet<T> {
	/// The authorization of [`Pallet::cast_secret_vote`]: the checks of [`Pallet::check_vote`],
	/// then the proof ([`Pallet::check_proof`]). A valid vote provides
	/// `("SecretBallots", ballot_id, alias)` at [`VOTE_PRIORITY`] and lives until the ballot
	/// ends.
	pub(crate) fn authorize_vote(
		_source: TransactionSource,
		ballot_id: &BallotId,
		ring: &RingRef,
		alias: &Alias,
		choices: &ChoicesOf<T>,
		proof: &ProofOf<T>,
	) -> TransactionValidityWithRefund {
		let ballot = Self::check_vote(*ballot_id, ring, alias, choices)?;
		Self::check_proof(*ballot_id, &ballot, ring, alias, choices, proof)?;
		Ok((Self::vote_validity(*ballot_id, &ballot, alias)?, Weight::zero()))
	}

	/// The validity of an accepted vote in the pool: it provides
	/// `("SecretBallots", ballot_id, alias)` at [`VOTE_PRIORITY`] and lives until the ballot
	/// ends.
	pub(crate) fn vote_validity(
		ballot_id: BallotId,
		ballot: &BallotOf<T>,
		alias: &Alias,
	) -> TransactionValidity {
		let now = frame_system::Pallet::<T>::block_number();
		let longevity: u64 = ballot.ends.saturating_sub(now).unique_saturated_into();
		ValidTransaction::with_tag_prefix(VOTE_TAG_PREFIX)
			.priority(VOTE_PRIORITY)
			.and_provides((ballot_id, alias))
			.longevity(longevity.max(1))
			.propagate(true)
			.build()
	}

	/// The checks a vote passes before its proof is verified, cheapest first: the ballot exists
	/// and takes votes at this block, the ring serves its scope and is usable at its snapshot,
	/// the alias has not voted, and the choices are valid. Returns the ballot.
	pub fn check_vote(
		ballot_id: BallotId,
		ring: &RingRef,
		alias: &Alias,
		choices: &[u32],
	) -> Result<BallotOf<T>, VoteRefusal> {
		let ballot = Ballots::<T>::get(ballot_id).ok_or(VoteRefusal::NotFound)?;
		Self::check_window(&ballot)?;
		ensure!(ring.scope.serves(&ballot.scope), VoteRefusal::RingOutOfScope);
		T::Rings::usable_ring(ring, ballot.snapshot).map_err(Self::refusal_of)?;
		ensure!(!Votes::<T>::contains_key(ballot_id, alias), VoteRefusal::AlreadyVoted);
		Self::check_choices(&ballot, choices)?;
		Ok(ballot)
	}

	/// The proof: a member of `ring`, as in force at the ballot's snapshot, proved for the
	/// ballot's context and bound the vote's message (ballot, ring, choices), and its alias is
	/// `alias`.
	pub fn check_proof(
		ballot_id: BallotId,
		ballot: &BallotOf<T>,
		ring: &RingRef,
		alias: &Alias,
		choices: &[u32],
		proof: &[u8],
	) -> Result<(), VoteRefusal> {
		let context = Self::context_of(ballot_id);
		let message = vote_message(ballot_id, ring, choices);
		let aliases = T::Rings::verify(ring, ballot.snapshot, &[&context[..]], &message, proof)
			.map_err(Self::refusal_of)?;
		match aliases.as_slice() {
			[proved] if proved == alias => Ok(()),
			[_] => Err(VoteRefusal::WrongAlias),
			_ => Err(VoteRefusal::InvalidProof),
		}
	}

	/// Whether `ballot` takes votes at the current block.
	fn check_window(ballot: &BallotOf<T>) -> Result<(), VoteRefusal> {
		match ballot.status {
			BallotStatus::Active => {},
			BallotStatus::Closed => return Err(VoteRefusal::Closed),
			BallotStatus::Cancelled { .. } => return Err(VoteRefusal::Cancelled),
		}
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now >= ballot.starts, VoteRefusal::NotOpenYet);
		ensure!(now < ballot.ends, VoteRefusal::Closed);
		Ok(())
	}

	/// Valid choices: 1 to `max_choices` distinct indices of the ballot's options. Refuses with
	/// [`VoteRefusal::TooManyChoices`] or [`VoteRefusal::InvalidChoices`] only.
	pub fn check_choices(ballot: &BallotOf<T>, choices: &[u32]) -> Result<(), VoteRefusal> {
		ensure!(!choices.is_empty(), VoteRefusal::InvalidChoices);
		let count = u32::try_from(choices.len()).unwrap_or(u32::MAX);
		ensure!(count <= ballot.max_choices, VoteRefusal::TooManyChoices);
		let options = ballot.option_count();
		ensure!(choices.iter().all(|c| *c < options), VoteRefusal::InvalidChoices);
		let distinct = choices
			.iter()
			.enumerate()
			.all(|(i, c)| !choices.iter().skip(i.saturating_add(1)).any(|d| d == c));
		ensure!(distinct, VoteRefusal::InvalidChoices);
		Ok(())
	}

	/// The refusal that a ring service's answer stands for.
	fn refusal_of(error: MembershipError) -> VoteRefusal {
		match error {
			MembershipError::UnknownRing => VoteRefusal::UnknownRing,
			MembershipError::NotInForce => VoteRefusal::RingNotInForce,
			MembershipError::TooSmall => VoteRefusal::RingTooSmall,
			MembershipError::InvalidProof | MembershipError::TooManyContexts => {
				VoteRefusal::InvalidProof
			},
		}
	}

	/// The context of a vote in `ballot_id`: `ballot_context(genesis hash, ballot_id)`.
	pub(crate) fn context_of(ballot_id: BallotId) -> [u8; 32] {
		ballot_context(&Self::genesis_hash(), ballot_id)
	}

	/// The genesis hash: `frame_system` keeps the hash of block 0 for ever (and writes the real
	/// one when block 1 is initialised). A hash longer than 32 bytes is cut, a shorter one
	/// padded with zeros; the runtime's is 32 bytes.
	fn genesis_hash() -> [u8; 32] {
		let hash = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
		let mut genesis = [0u8; 32];
		for (to, from) in genesis.iter_mut().zip(hash.as_ref()) {
			*to = *from;
		}
		genesis
	}

	/// Record a vote that the authorization accepted; see [`Pallet::cast_secret_vote`]. The
	/// window, the alias and the choices are checked again: a second vote of an alias may come
	/// in the same block.
	pub(crate) fn do_cast_secret_vote(
		ballot_id: BallotId,
		ring: RingRef,
		alias: Alias,
		choices: ChoicesOf<T>,
	) -> DispatchResult {
		let ballot = Ballots::<T>::get(ballot_id).ok_or(Error::<T>::NotFound)?;
		Self::check_window(&ballot).map_err(|refusal| match refusal {
			VoteRefusal::NotOpenYet => Error::<T>::NotOpen,
			VoteRefusal::Cancelled => Error::<T>::Cancelled,
			_ => Error::<T>::Closed,
		})?;
		ensure!(!Votes::<T>::contains_key(ballot_id, alias), Error::<T>::AlreadyVoted);
		Self::check_choices(&ballot, &choices).map_err(|refusal| match refusal {
			VoteRefusal::TooManyChoices => Error::<T>::TooManyChoices,
			_ => Error::<T>::InvalidChoices,
		})?;

		Turnout::<T>::try_mutate(ballot_id, |turnout| -> DispatchResult {
			*turnout = turnout.checked_add(1).ok_or(Error::<T>::TooManyVotes)?;
			Ok(())
		})?;
		Tallies::<T>::try_mutate(ballot_id, |tallies| -> DispatchResult {
			let tallies = tallies.as_mut().ok_or(Error::<T>::NotFound)?;
			for choice in choices.iter() {
				let votes = tallies.get_mut(*choice as usize).ok_or(Error::<T>::InvalidChoices)?;
				// A tally never exceeds the turnout, which was just checked.
				*votes = votes.saturating_add(1);
			}
			Ok(())
		})?;
		let at = frame_system::Pallet::<T>::block_number();
		let moment = T::Time::now();
		Votes::<T>::insert(
			ballot_id,
			alias,
			VoteRecord { choices: choices.clone(), ring, block: at, moment },
		);
		Self::deposit_event(Event::SecretVoteCast { ballot_id, alias, ring, choices, at, moment });
		Ok(())
	}
}
