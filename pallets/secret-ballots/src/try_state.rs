//! Invariants of the secret ballots, checked by `try-runtime` and after every unit test.

use crate::*;
use alloc::vec::Vec;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Check the pallet's invariants:
	/// - every ballot's number is below [`NextBallotId`]; it has at least two options with
	///   distinct labels and amounts that fit its kind, `1 <= max_choices <= options`,
	///   `snapshot <= starts < ends` and at most [`Config::MaxBallotDuration`] blocks from
	///   snapshot to end;
	/// - statuses: a closed ballot ended (its `ends` is not after now) and has a result; an
	///   active or cancelled one has none;
	/// - every ballot has tallies with one entry per option; [`Tallies`], [`Turnout`],
	///   [`Votes`] and [`Results`] hold nothing for a ballot that does not exist;
	/// - the turnout of each ballot is the number of its [`Votes`], and each option's tally is
	///   the number of votes that chose it (so the tallies sum to the choices recorded);
	/// - every vote has valid choices (1 to `max_choices` distinct options), was recorded inside
	///   the window, and was proved against a ring serving the ballot's scope;
	/// - a result funds distinct projects of a budget whose costs sum to what it says was spent,
	///   at most the budget; a question's result funds nothing.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		let next = NextBallotId::<T>::get();
		for (ballot_id, ballot) in Ballots::<T>::iter() {
			ensure!(ballot_id < next, "a ballot numbered at or after NextBallotId");
			Self::try_ballot(&ballot)?;
			match ballot.status {
				BallotStatus::Closed => {
					ensure!(ballot.ends <= now, "a ballot closed before its end");
					let result =
						Results::<T>::get(ballot_id).ok_or("a closed ballot without result")?;
					Self::try_result(&ballot, &result)?;
				},
				BallotStatus::Active | BallotStatus::Cancelled { .. } => ensure!(
					!Results::<T>::contains_key(ballot_id),
					"a result of a ballot not closed"
				),
			}
			let tallies = Tallies::<T>::get(ballot_id).ok_or("a ballot without tallies")?;
			ensure!(tallies.len() == ballot.options.len(), "tallies not one per option");

			let mut counted: Vec<u32> = ballot.options.iter().map(|_| 0).collect();
			let mut voters = 0u32;
			for (_, vote) in Votes::<T>::iter_prefix(ballot_id) {
				voters = voters.saturating_add(1);
				Self::check_choices(&ballot, &vote.choices)
					.map_err(|_| "a vote with invalid choices")?;
				ensure!(
					ballot.starts <= vote.block && vote.block < ballot.ends,
					"a vote recorded outside its ballot's window"
				);
				ensure!(vote.ring.scope.serves(&ballot.scope), "a vote with a ring out of scope");
				for choice in vote.choices.iter() {
					let slot = counted.get_mut(*choice as usize).ok_or("a choice out of range")?;
					*slot = slot.saturating_add(1);
				}
			}
			ensure!(Turnout::<T>::get(ballot_id) == voters, "turnout is not the number of votes");
			ensure!(
				tallies.iter().eq(counted.iter()),
				"tallies are not the choices recorded in the votes"
			);
		}
		for ballot_id in Tallies::<T>::iter_keys() {
			ensure!(Ballots::<T>::contains_key(ballot_id), "tallies of no ballot");
		}
		for ballot_id in Turnout::<T>::iter_keys() {
			ensure!(Ballots::<T>::contains_key(ballot_id), "turnout of no ballot");
		}
		for ballot_id in Results::<T>::iter_keys() {
			ensure!(Ballots::<T>::contains_key(ballot_id), "a result of no ballot");
		}
		for (ballot_id, _) in Votes::<T>::iter_keys() {
			ensure!(Ballots::<T>::contains_key(ballot_id), "a vote in no ballot");
		}
		Ok(())
	}

	/// A ballot as `open_ballot` accepts it.
	fn try_ballot(ballot: &BallotOf<T>) -> Result<(), sp_runtime::TryRuntimeError> {
		ensure!(ballot.options.len() >= 2, "a ballot with fewer than two options");
		let mut labels: Vec<DocumentHash> = ballot.options.iter().map(|o| o.label).collect();
		labels.sort_unstable();
		ensure!(
			labels.windows(2).all(|pair| pair.first() != pair.get(1)),
			"a ballot with two options of the same label"
		);
		let amounts_fit = match ballot.kind {
			BallotKind::Budget { budget_centavos } => {
				budget_centavos > 0
					&& ballot
						.options
						.iter()
						.all(|o| o.amount_centavos.is_some_and(|a| a > 0 && a <= budget_centavos))
			},
			BallotKind::Plain => ballot.options.iter().all(|o| o.amount_centavos.is_none()),
		};
		ensure!(amounts_fit, "a ballot whose amounts do not fit its kind");
		ensure!(
			ballot.max_choices >= 1 && ballot.max_choices <= ballot.option_count(),
			"a ballot's max_choices out of range"
		);
		ensure!(
			ballot.snapshot <= ballot.starts && ballot.starts < ballot.ends,
			"a ballot's window out of order"
		);
		ensure!(
			ballot.ends.saturating_sub(ballot.snapshot) <= T::MaxBallotDuration::get(),
			"a ballot longer than MaxBallotDuration"
		);
		Ok(())
	}

	/// A result as `close_ballot` records it.
	fn try_result(
		ballot: &BallotOf<T>,
		result: &BallotResultOf<T>,
	) -> Result<(), sp_runtime::TryRuntimeError> {
		let BallotKind::Budget { budget_centavos } = ballot.kind else {
			ensure!(
				result.funded.is_empty() && result.spent_centavos == 0,
				"a question's result funds projects"
			);
			return Ok(());
		};
		let mut spent: Centavos = 0;
		for (i, index) in result.funded.iter().enumerate() {
			ensure!(
				!result.funded.iter().skip(i.saturating_add(1)).any(|other| other == index),
				"a project funded twice"
			);
			let option =
				ballot.options.get(*index as usize).ok_or("a funded project out of range")?;
			let cost = option.amount_centavos.ok_or("a funded project without cost")?;
			spent = spent.checked_add(cost).ok_or("funded costs overflow")?;
		}
		ensure!(spent == result.spent_centavos, "funded costs differ from what was spent");
		ensure!(spent <= budget_centavos, "more spent than the budget");
		Ok(())
	}
}
