//! Invariants of leadership elections, checked by `try-runtime` and after every unit test.

use crate::*;
use alloc::collections::btree_set::BTreeSet;

impl<T: Config> Pallet<T> {
	/// Check the pallet's invariants:
	/// - every open call has at least one seat, its
	///   applications close before its election deadline, and no account applied twice;
	/// - every ballot's voting ends no later than the term it was opened for; its vote count
	///   matches [`Votes`] and is at most [`Config::MaxVoters`]; an approved ballot holds no
	///   votes and an approved tally (`ayes * 2 > members`, the parts adding up to the
	///   members); every vote belongs to a ballot;
	/// - no member delegates to itself, and no delegation chain comes back to where it began.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		Self::try_state_calls()?;
		Self::try_state_ballots()?;
		Self::try_state_delegations()
	}

	fn try_state_calls() -> Result<(), sp_runtime::TryRuntimeError> {
		for (_, call) in OpenCalls::<T>::iter() {
			ensure!(call.seats >= 1, "an open call without seats");
			ensure!(
				call.applications_end < call.election_deadline,
				"an open call's applications close after its deadline"
			);
			let applicants: BTreeSet<_> = call.applications.iter().map(|a| &a.who).collect();
			ensure!(
				applicants.len() == call.applications.len(),
				"an account applied twice to a call"
			);
		}
		Ok(())
	}

	fn try_state_ballots() -> Result<(), sp_runtime::TryRuntimeError> {
		for (leader, ballot) in Ballots::<T>::iter() {
			ensure!(ballot.voting_end <= ballot.term_end, "a ballot's voting ends after its term");
			let votes = Votes::<T>::iter_prefix(&leader).count();
			ensure!(votes == ballot.voters as usize, "a ballot's vote count is out of step");
			ensure!(
				ballot.voters <= T::MaxVoters::get(),
				"a ballot holds more than MaxVoters votes"
			);
			if ballot.status == BallotStatus::Approved {
				let tally = ballot.tally;
				ensure!(votes == 0, "an approved ballot keeps votes");
				ensure!(tally.approved(), "an approved ballot without a majority");
				ensure!(
					tally.ayes.saturating_add(tally.nays).saturating_add(tally.abstentions)
						== tally.members,
					"a tally's parts do not add up to its members"
				);
			}
		}
		for (leader, _, _) in Votes::<T>::iter() {
			ensure!(Ballots::<T>::contains_key(&leader), "a vote without a ballot");
		}
		Ok(())
	}

	fn try_state_delegations() -> Result<(), sp_runtime::TryRuntimeError> {
		let count = Delegations::<T>::iter().count();
		for (who, delegation) in Delegations::<T>::iter() {
			ensure!(delegation.delegate != who, "a member delegates to itself");
			let mut current = delegation.delegate;
			for _ in 0..count {
				ensure!(current != who, "a delegation cycle");
				match Delegations::<T>::get(&current) {
					Some(next) => current = next.delegate,
					None => break,
				}
			}
		}
		Ok(())
	}
}
