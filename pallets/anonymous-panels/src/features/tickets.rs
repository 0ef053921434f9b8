//! Tickets and reveals: their authorization in the pool and in the block (cheap checks first,
//! then the ring proof), the sortition by rank, and the record of scores.

use crate::*;
use bmx_primitives::anonymity::{
	score_commitment, ticket_context, ticket_message, MembershipError,
};
use sp_runtime::traits::{Saturating, UniqueSaturatedInto};

/// How many times [`Config::PanelSize`] tickets a panel expects below its threshold.
pub const TICKET_MARGIN: u32 = 4;

/// The first 8 bytes of a ticket, big-endian: tickets compare as their bytes do, so a ticket
/// with a lower prefix is lower.
pub fn ticket_prefix(ticket: &Alias) -> u64 {
	let mut prefix = [0u8; 8];
	prefix.copy_from_slice(ticket.get(..8).unwrap_or(&[0xff; 8]));
	u64::from_be_bytes(prefix)
}

/// The highest ticket prefix a panel of `candidates` takes: one in `candidates /
/// (TICKET_MARGIN × panel_size)` of the tickets, so that about four times the panel's size
/// submit (and pay a proof's verification) instead of every candidate. The chance that fewer
/// than `panel_size` fall below it is about 2 in 100,000 for a panel of 5 (a Poisson variable
/// of mean 20 below 5); the round then re-runs. No threshold while the panel would take most
/// candidates anyway.
pub fn ticket_threshold(candidates: u32, panel_size: u32) -> u64 {
	let expected = panel_size.saturating_mul(TICKET_MARGIN);
	if expected >= candidates {
		return u64::MAX;
	}
	u64::MAX
		.checked_div(u64::from(candidates))
		.unwrap_or(u64::MAX)
		.saturating_mul(u64::from(expected))
}

impl<T: Config> Pallet<T> {
	/// The ticket context of `panel`'s current round, if it is drawing tickets.
	pub(crate) fn current_ticket_context(panel_id: PanelId) -> Option<[u8; 32]> {
		let panel = Panels::<T>::get(panel_id)?;
		let PanelState::Sortition { round, .. } = panel.state else { return None };
		Some(ticket_context(&Self::genesis_hash(), panel_id, round, &panel.seed))
	}

	/// The ticket threshold of `panel`'s current round, if it is drawing tickets: what
	/// [`Pallet::check_ticket`] applies.
	pub(crate) fn current_ticket_threshold(panel_id: PanelId) -> Option<u64> {
		let panel = Panels::<T>::get(panel_id)?;
		matches!(panel.state, PanelState::Sortition { .. })
			.then(|| ticket_threshold(panel.candidates, T::PanelSize::get()))
	}

	/// The authorization of [`Pallet::submit_ticket`]: the checks of [`Pallet::check_ticket`],
	/// then the proof. A valid ticket provides `("AnonymousPanels", "ticket", panel, round,
	/// ticket)` and lives until the round's tickets close.
	pub(crate) fn authorize_ticket(
		_source: TransactionSource,
		panel_id: &PanelId,
		ring: &RingRef,
		ticket: &Alias,
		pseudonym: &Alias,
		commitment: &Commitment,
		proof: &ProofOf<T>,
	) -> TransactionValidityWithRefund {
		let (panel, round, tickets_end) = Self::check_ticket(*panel_id, ticket, pseudonym)?;
		let (panel_ring, usable) =
			T::Rings::panel_ring(*panel_id).ok_or(PanelRefusal::TicketsClosed)?;
		ensure!(usable, PanelRefusal::RingNotUsable);
		ensure!(ring == &panel_ring, PanelRefusal::WrongRing);
		let genesis = Self::genesis_hash();
		let contexts = [
			ticket_context(&genesis, *panel_id, round, &panel.seed),
			bmx_primitives::anonymity::pseudonym_context(&genesis),
		];
		let message = ticket_message(*panel_id, round, ring, commitment);
		let aliases = T::Rings::verify(
			ring,
			Self::now(),
			&[&contexts[0][..], &contexts[1][..]],
			&message,
			proof,
		)
		.map_err(Self::refusal_of)?;
		match aliases.as_slice() {
			[t, p] if t == ticket && p == pseudonym => {},
			[_, _] => return Err(PanelRefusal::WrongAlias.into()),
			_ => return Err(PanelRefusal::InvalidProof.into()),
		}
		let validity = Self::validity(
			(b"ticket", *panel_id, round, *ticket),
			Self::blocks_until(tickets_end),
		)?;
		Ok((validity, Weight::zero()))
	}

	/// The checks a ticket passes before its proof is verified, cheapest first: the panel is
	/// drawing tickets now, the pseudonym may be selected, and the ticket is new and among the
	/// lowest. Returns the panel, its round and the end of its tickets.
	pub fn check_ticket(
		panel_id: PanelId,
		ticket: &Alias,
		pseudonym: &Alias,
	) -> Result<(PanelOf<T>, Round, BlockNumberFor<T>), PanelRefusal> {
		let panel = Panels::<T>::get(panel_id).ok_or(PanelRefusal::NotFound)?;
		let PanelState::Sortition { round, tickets_end, .. } = panel.state else {
			return Err(PanelRefusal::TicketsClosed);
		};
		ensure!(Self::now() < tickets_end, PanelRefusal::TicketsClosed);
		ensure!(
			ticket_prefix(ticket) <= ticket_threshold(panel.candidates, T::PanelSize::get()),
			PanelRefusal::NotLowEnough
		);
		ensure!(Self::may_take_tickets(panel_id, pseudonym), PanelRefusal::PseudonymBarred);
		let selections = Selections::<T>::get(panel_id);
		ensure!(
			!selections.iter().any(|s| &s.ticket == ticket || &s.pseudonym == pseudonym),
			PanelRefusal::AlreadySubmitted
		);
		let full = u32::try_from(selections.len()).unwrap_or(u32::MAX) >= T::PanelSize::get();
		let lower_than_highest = selections.last().is_none_or(|highest| ticket < &highest.ticket);
		ensure!(!full || lower_than_highest, PanelRefusal::NotLowEnough);
		Ok((panel, round, tickets_end))
	}

	/// Whether `pseudonym` may be selected in `panel`: not barred there, new while some bond
	/// has no pseudonym yet, or (if it appeared before) not closed, at least
	/// [`Config::MinReputation`] and with credit enough for one more slash.
	pub(crate) fn may_take_tickets(panel_id: PanelId, pseudonym: &Alias) -> bool {
		if Barred::<T>::contains_key(panel_id, pseudonym) || !Self::may_appear(pseudonym) {
			return false;
		}
		Pseudonyms::<T>::get(pseudonym).is_none_or(|record| {
			!record.closed
				&& record.reputation >= T::MinReputation::get()
				&& record.credit >= T::NonRevealSlash::get()
		})
	}

	/// Record a ticket that the authorization accepted; see [`Pallet::submit_ticket`].
	pub(crate) fn do_submit_ticket(
		panel_id: PanelId,
		ticket: Alias,
		pseudonym: Alias,
		commitment: Commitment,
	) -> DispatchResult {
		let (_, round, _) =
			Self::check_ticket(panel_id, &ticket, &pseudonym).map_err(Self::error_of)?;
		Self::ensure_pseudonym(&pseudonym)?;
		let mut selections = Selections::<T>::get(panel_id).into_inner();
		let position = selections.partition_point(|s| s.ticket < ticket);
		selections.insert(position, Selection { ticket, pseudonym, commitment, scores: None });
		let full = u32::try_from(selections.len()).unwrap_or(u32::MAX) > T::PanelSize::get();
		let evicted = if full { selections.pop() } else { None };
		let selections =
			SelectionsOf::<T>::try_from(selections).map_err(|_| Error::<T>::NotLowEnough)?;
		Selections::<T>::insert(panel_id, selections);
		Self::count_selection(&pseudonym, true);
		if let Some(evicted) = &evicted {
			Self::count_selection(&evicted.pseudonym, false);
		}
		Self::deposit_event(Event::TicketSelected {
			panel: panel_id,
			round,
			ticket,
			pseudonym,
			commitment,
		});
		if let Some(evicted) = evicted {
			Self::deposit_event(Event::TicketEvicted { panel: panel_id, ticket: evicted.ticket });
		}
		Ok(())
	}

	/// The authorization of [`Pallet::reveal_scores`]: the checks of [`Pallet::check_reveal`].
	/// A valid reveal provides `("AnonymousPanels", "reveal", panel, round, ticket)` and lives
	/// until the round's reveals close.
	pub(crate) fn authorize_reveal(
		_source: TransactionSource,
		panel_id: &PanelId,
		ticket: &Alias,
		scores: &ScoresOf<T>,
		salt: &Salt,
	) -> TransactionValidityWithRefund {
		let (round, reveals_end) = Self::check_reveal(*panel_id, ticket, scores, salt)?;
		let validity = Self::validity(
			(b"reveal", *panel_id, round, *ticket),
			Self::blocks_until(reveals_end),
		)?;
		Ok((validity, Weight::zero()))
	}

	/// The checks of a reveal: the panel takes reveals now, the ticket is selected and has not
	/// revealed, the scores are one per option and in range, and they open the commitment.
	/// Returns the round and the end of its reveals.
	pub fn check_reveal(
		panel_id: PanelId,
		ticket: &Alias,
		scores: &[Score],
		salt: &Salt,
	) -> Result<(Round, BlockNumberFor<T>), PanelRefusal> {
		let panel = Panels::<T>::get(panel_id).ok_or(PanelRefusal::NotFound)?;
		let PanelState::Sortition { round, tickets_end, reveals_end } = panel.state else {
			return Err(PanelRefusal::RevealsClosed);
		};
		let now = Self::now();
		ensure!(now >= tickets_end && now < reveals_end, PanelRefusal::RevealsClosed);
		let selection = Selections::<T>::get(panel_id)
			.into_iter()
			.find(|s| &s.ticket == ticket)
			.ok_or(PanelRefusal::NotSelected)?;
		ensure!(selection.scores.is_none(), PanelRefusal::AlreadyRevealed);
		ensure!(
			u32::try_from(scores.len()).ok() == Some(panel.options)
				&& scores.iter().all(|s| *s <= MAX_SCORE),
			PanelRefusal::InvalidScores
		);
		ensure!(
			score_commitment(panel_id, round, ticket, scores, salt) == selection.commitment,
			PanelRefusal::CommitmentMismatch
		);
		Ok((round, reveals_end))
	}

	/// Record a reveal that the authorization accepted; see [`Pallet::reveal_scores`].
	pub(crate) fn do_reveal_scores(
		panel_id: PanelId,
		ticket: Alias,
		scores: ScoresOf<T>,
		salt: Salt,
	) -> DispatchResult {
		Self::check_reveal(panel_id, &ticket, &scores, &salt).map_err(Self::error_of)?;
		Selections::<T>::try_mutate(panel_id, |selections| -> DispatchResult {
			let selection = selections
				.iter_mut()
				.find(|s| s.ticket == ticket)
				.ok_or(Error::<T>::NotSelected)?;
			selection.scores = Some(scores.clone());
			Ok(())
		})?;
		Self::deposit_event(Event::ScoresRevealed { panel: panel_id, ticket, scores });
		Ok(())
	}

	/// The blocks from now until `until`.
	fn blocks_until(until: BlockNumberFor<T>) -> u64 {
		until.saturating_sub(Self::now()).unique_saturated_into()
	}

	/// The validity in the pool of an accepted ticket, reveal or settlement: it provides
	/// `(PANEL_TAG_PREFIX, tag)` at [`PANEL_PRIORITY`] and lives `longevity` blocks.
	pub(crate) fn validity(tag: impl codec::Encode, longevity: u64) -> TransactionValidity {
		ValidTransaction::with_tag_prefix(PANEL_TAG_PREFIX)
			.priority(PANEL_PRIORITY)
			.and_provides(tag)
			.longevity(longevity.max(1))
			.propagate(true)
			.build()
	}

	/// The refusal that a ring service's answer stands for.
	pub(crate) fn refusal_of(error: MembershipError) -> PanelRefusal {
		match error {
			MembershipError::UnknownRing
			| MembershipError::NotInForce
			| MembershipError::TooSmall => PanelRefusal::RingNotUsable,
			MembershipError::InvalidProof | MembershipError::TooManyContexts => {
				PanelRefusal::InvalidProof
			},
		}
	}

	/// The dispatch error of a refusal found again at dispatch.
	pub(crate) fn error_of(refusal: PanelRefusal) -> DispatchError {
		match refusal {
			PanelRefusal::NotFound => Error::<T>::PanelNotFound,
			PanelRefusal::TicketsClosed => Error::<T>::TicketsClosed,
			PanelRefusal::RevealsClosed => Error::<T>::RevealsClosed,
			PanelRefusal::NotLowEnough => Error::<T>::NotLowEnough,
			PanelRefusal::AlreadySubmitted => Error::<T>::AlreadySubmitted,
			PanelRefusal::PseudonymBarred => Error::<T>::PseudonymBarred,
			PanelRefusal::NotSelected => Error::<T>::NotSelected,
			PanelRefusal::AlreadyRevealed => Error::<T>::AlreadyRevealed,
			PanelRefusal::CommitmentMismatch => Error::<T>::CommitmentMismatch,
			PanelRefusal::InvalidScores => Error::<T>::InvalidScores,
			PanelRefusal::NothingToSettle | PanelRefusal::PoolShort => Error::<T>::NothingToSettle,
			PanelRefusal::StillSelected => Error::<T>::StillSelected,
			PanelRefusal::BelowMinimum => Error::<T>::BelowMinimum,
			PanelRefusal::WrongRing
			| PanelRefusal::RingNotUsable
			| PanelRefusal::InvalidProof
			| PanelRefusal::WrongAlias => Error::<T>::InvalidProof,
		}
		.into()
	}
}
