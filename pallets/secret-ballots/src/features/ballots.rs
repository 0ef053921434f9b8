//! Opening, closing and cancelling ballots; the funding of a participatory budget's projects.

use crate::*;
use alloc::vec::Vec;
use bmx_primitives::anonymity::PlainBallots;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Open a ballot after checking its options and window; see [`Pallet::open_ballot`].
	/// Returns its number.
	pub(crate) fn do_open_ballot(
		scope: RingScope,
		kind: BallotKind,
		options: OptionsOf<T>,
		max_choices: u32,
		starts: BlockNumberFor<T>,
		ends: BlockNumberFor<T>,
	) -> Result<BallotId, DispatchError> {
		ensure!(scope.is_residency(), Error::<T>::ScopeNotResidency);
		Self::check_options(&kind, &options)?;
		let option_count = u32::try_from(options.len()).unwrap_or(u32::MAX);
		ensure!(
			max_choices >= 1 && max_choices <= option_count && max_choices <= T::MaxChoices::get(),
			Error::<T>::InvalidMaxChoices
		);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			starts >= now
				&& ends > starts
				&& ends.saturating_sub(now) <= T::MaxBallotDuration::get(),
			Error::<T>::InvalidWindow
		);
		ensure!(T::Rings::scope_is_usable(&scope), Error::<T>::AnonymitySetTooSmall);

		let ballot_id = NextBallotId::<T>::get();
		let next = ballot_id.checked_add(1).ok_or(Error::<T>::TooManyBallots)?;
		let zeros: Vec<u32> = options.iter().map(|_| 0).collect();
		// As many entries as `options`, which has at most `MaxOptions`.
		let tallies = TalliesOf::<T>::truncate_from(zeros);
		let ballot = Ballot {
			scope,
			kind,
			options,
			max_choices,
			snapshot: now,
			starts,
			ends,
			status: BallotStatus::Active,
		};
		Ballots::<T>::insert(ballot_id, ballot);
		Tallies::<T>::insert(ballot_id, tallies);
		NextBallotId::<T>::put(next);
		Self::deposit_event(Event::BallotOpened {
			ballot_id,
			scope,
			kind,
			snapshot: now,
			starts,
			ends,
		});
		Ok(ballot_id)
	}

	/// At least two options, distinct labels, and amounts that fit the kind.
	fn check_options(kind: &BallotKind, options: &OptionsOf<T>) -> DispatchResult {
		ensure!(options.len() >= 2, Error::<T>::TooFewOptions);
		let mut labels: Vec<DocumentHash> = options.iter().map(|o| o.label).collect();
		labels.sort_unstable();
		ensure!(
			labels.windows(2).all(|pair| pair.first() != pair.get(1)),
			Error::<T>::DuplicateOption
		);
		let amounts_fit = match kind {
			BallotKind::Budget { budget_centavos } => {
				*budget_centavos > 0
					&& options
						.iter()
						.all(|o| o.amount_centavos.is_some_and(|a| a > 0 && a <= *budget_centavos))
			},
			BallotKind::Plain => options.iter().all(|o| o.amount_centavos.is_none()),
		};
		ensure!(amounts_fit, Error::<T>::InvalidAmount);
		Ok(())
	}

	/// Close a ballot whose voting ended and record its result; see [`Pallet::close_ballot`].
	pub(crate) fn do_close_ballot(ballot_id: BallotId) -> DispatchResult {
		let mut ballot = Ballots::<T>::get(ballot_id).ok_or(Error::<T>::NotFound)?;
		match ballot.status {
			BallotStatus::Active => {},
			BallotStatus::Closed => return Err(Error::<T>::AlreadyClosed.into()),
			BallotStatus::Cancelled { .. } => return Err(Error::<T>::Cancelled.into()),
		}
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now >= ballot.ends, Error::<T>::NotEnded);
		// Written with the ballot at its opening; an empty tally stands in defensively.
		let tallies = Tallies::<T>::get(ballot_id).unwrap_or_default();
		let turnout = Turnout::<T>::get(ballot_id);
		let result = Self::result_of(&ballot, &tallies);
		ballot.status = BallotStatus::Closed;
		Ballots::<T>::insert(ballot_id, ballot);
		Results::<T>::insert(ballot_id, &result);
		Self::deposit_event(Event::BallotClosed {
			ballot_id,
			tallies,
			funded: result.funded,
			turnout,
		});
		Ok(())
	}

	/// What `ballot` decided with `tallies`. A question funds nothing. A budget funds its
	/// projects from the most voted down (ties: the cheaper first, then the lower index), each
	/// one that still fits in what remains of the budget; a project without votes is never
	/// funded.
	pub fn result_of(ballot: &BallotOf<T>, tallies: &TalliesOf<T>) -> BallotResultOf<T> {
		let BallotKind::Budget { budget_centavos } = ballot.kind else {
			return BallotResult { funded: BoundedVec::new(), spent_centavos: 0 };
		};
		// (index, votes, cost) of each project with votes and a cost.
		let mut ranking: Vec<(u32, u32, Centavos)> = ballot
			.options
			.iter()
			.zip(0u32..)
			.filter_map(|(option, index)| {
				let votes = tallies.get(index as usize).copied().unwrap_or(0);
				let cost = option.amount_centavos?;
				(votes > 0).then_some((index, votes, cost))
			})
			.collect();
		ranking.sort_unstable_by(|(i, v, c), (j, w, d)| w.cmp(v).then(c.cmp(d)).then(i.cmp(j)));
		let mut remaining = budget_centavos;
		let mut funded = TalliesOf::<T>::new();
		for (index, _, cost) in ranking {
			if let Some(rest) = remaining.checked_sub(cost) {
				// At most one entry per option: `funded` never overflows.
				if funded.try_push(index).is_ok() {
					remaining = rest;
				}
			}
		}
		BallotResult { funded, spent_centavos: budget_centavos.saturating_sub(remaining) }
	}

	/// Cancel an active ballot before its end; see [`Pallet::cancel_ballot`].
	pub(crate) fn do_cancel_ballot(
		ballot_id: BallotId,
		mut ballot: BallotOf<T>,
		reason: DocumentHash,
	) -> DispatchResult {
		match ballot.status {
			BallotStatus::Active => {},
			BallotStatus::Closed => return Err(Error::<T>::AlreadyClosed.into()),
			BallotStatus::Cancelled { .. } => return Err(Error::<T>::Cancelled.into()),
		}
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now < ballot.ends, Error::<T>::Closed);
		ballot.status = BallotStatus::Cancelled { reason };
		Ballots::<T>::insert(ballot_id, ballot);
		Self::deposit_event(Event::BallotCancelled { ballot_id, reason });
		Ok(())
	}
}

/// Plain ballots for other pallets (a tender's citizen vote): one choice among the subject's
/// labels. The caller checked its own rules; the ballot's rules (a residency scope with a
/// usable ring, at least two distinct options, a window within [`Config::MaxBallotDuration`])
/// are checked here as for [`Pallet::open_ballot`].
impl<T: Config> PlainBallots<BlockNumberFor<T>> for Pallet<T> {
	fn open(
		scope: RingScope,
		labels: Vec<DocumentHash>,
		starts: BlockNumberFor<T>,
		ends: BlockNumberFor<T>,
	) -> Result<BallotId, DispatchError> {
		let options: Vec<BallotOption> = labels
			.into_iter()
			.map(|label| BallotOption { label, amount_centavos: None })
			.collect();
		let options = OptionsOf::<T>::try_from(options).map_err(|_| Error::<T>::TooManyOptions)?;
		Self::do_open_ballot(scope, BallotKind::Plain, options, 1, starts, ends)
	}

	fn tallies(ballot: BallotId) -> Option<Vec<u32>> {
		let status = Ballots::<T>::get(ballot)?.status;
		if matches!(status, BallotStatus::Cancelled { .. }) {
			return None;
		}
		Tallies::<T>::get(ballot).map(|tallies| tallies.into_inner())
	}

	fn close(ballot: BallotId) -> DispatchResult {
		let status = Ballots::<T>::get(ballot).ok_or(Error::<T>::NotFound)?.status;
		if status == BallotStatus::Closed {
			return Ok(());
		}
		Self::do_close_ballot(ballot)
	}

	fn cancel(ballot: BallotId, reason: DocumentHash) -> DispatchResult {
		let record = Ballots::<T>::get(ballot).ok_or(Error::<T>::NotFound)?;
		Self::do_cancel_ballot(ballot, record, reason)
	}

	fn open_weight() -> Weight {
		T::WeightInfo::open_ballot()
	}

	fn close_weight() -> Weight {
		T::WeightInfo::close_ballot()
	}

	fn cancel_weight() -> Weight {
		T::WeightInfo::cancel_ballot()
	}
}
