//! Panels: opening (the candidates and their ring), concluding a round (slashes, pay, re-runs),
//! cancelling, and the subject's outcome.

use crate::*;
use alloc::vec::Vec;
use bmx_primitives::anonymity::PanelRequest;
use codec::Encode;
use frame_support::traits::{fungible::Mutate as _, tokens::Preservation};
use sp_runtime::traits::{BlakeTwo256, CheckedDiv, Hash, One, Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Open a panel for `request`; see [`EvaluationPanels::open_panel`].
	pub(crate) fn do_open_panel(
		request: PanelRequest<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>,
		excluded: &dyn Fn(&T::AccountId) -> bool,
	) -> Result<PanelId, DispatchError> {
		let now = Self::now();
		ensure!(
			request.options >= 1
				&& request.options <= T::MaxOptions::get()
				&& request.tickets_end > now
				&& request.reveals_end > request.tickets_end,
			Error::<T>::InvalidRequest
		);
		let candidates = Self::candidates(request.enrolled_before, excluded);
		let count = u32::try_from(candidates.len()).unwrap_or(u32::MAX);
		ensure!(count >= Self::min_candidates(), Error::<T>::AnonymitySetTooSmall);

		let panel = NextPanelId::<T>::get();
		let next = panel.checked_add(1).ok_or(Error::<T>::TooManyPanels)?;
		if !request.fee.is_zero() {
			T::Currency::transfer(
				&request.payer,
				&Self::pool_account(),
				request.fee,
				Preservation::Preserve,
			)?;
		}
		T::Rings::form_panel(panel, candidates).map_err(|_| Error::<T>::RingRefused)?;
		NextPanelId::<T>::put(next);
		let state = PanelState::Sortition {
			round: 0,
			tickets_end: request.tickets_end,
			reveals_end: request.reveals_end,
		};
		Panels::<T>::insert(
			panel,
			Panel {
				subject: request.subject,
				payer: request.payer,
				fee: request.fee,
				options: request.options,
				seed: request.seed,
				candidates: count,
				tickets_duration: request.tickets_end.saturating_sub(now),
				reveals_duration: request.reveals_end.saturating_sub(request.tickets_end),
				state,
				outcome_recorded: false,
			},
		);
		Self::deposit_event(Event::PanelOpened {
			panel,
			subject: request.subject,
			candidates: count,
			seed: request.seed,
			tickets_end: request.tickets_end,
			reveals_end: request.reveals_end,
		});
		Ok(panel)
	}

	/// The fewest candidates a panel opens with: [`Config::MinCandidates`], or the ring
	/// service's minimum for a usable panel ring if governance set that higher (a panel with
	/// fewer candidates would have a ring that never takes a ticket).
	pub fn min_candidates() -> u32 {
		T::MinCandidates::get().max(T::Rings::panel_min_members())
	}

	/// The member keys of the roster's evaluators that may sit on a panel: enrolled before
	/// `enrolled_before`, still certified with the same key, and not `excluded`; in enrolment
	/// order.
	pub(crate) fn candidates(
		enrolled_before: BlockNumberFor<T>,
		excluded: &dyn Fn(&T::AccountId) -> bool,
	) -> Vec<MemberKey> {
		Roster::<T>::get()
			.into_iter()
			.filter(|key| {
				Enrolments::<T>::get(key).is_some_and(|enrolment| {
					enrolment.left_at.is_none()
						&& enrolment.enrolled_at < enrolled_before
						&& Self::lapse_of(&enrolment.account, key).is_none()
						&& !excluded(&enrolment.account)
				})
			})
			.collect()
	}

	/// Conclude `panel`'s round; see [`Pallet::conclude_panel`].
	pub(crate) fn do_conclude_panel(panel_id: PanelId) -> DispatchResult {
		let mut panel = Panels::<T>::get(panel_id).ok_or(Error::<T>::PanelNotFound)?;
		let PanelState::Sortition { round, reveals_end, .. } = panel.state else {
			return Err(Error::<T>::AlreadyEnded.into());
		};
		let now = Self::now();
		ensure!(now >= reveals_end, Error::<T>::NotEnded);

		let selections = Selections::<T>::get(panel_id);
		let mut revealers = Vec::new();
		for selection in selections.iter() {
			Self::count_selection(&selection.pseudonym, false);
			if selection.scores.is_some() {
				revealers.push(selection.pseudonym);
			} else {
				Self::slash_non_revealer(panel_id, &selection.pseudonym);
			}
		}
		let revealed = u32::try_from(revealers.len()).unwrap_or(u32::MAX);

		if revealed >= T::MinRevealed::get() {
			let share = Self::share_fee(&panel, &revealers);
			panel.state = PanelState::Concluded { revealed };
			Self::end_panel(panel_id, panel);
			Self::deposit_event(Event::PanelConcluded { panel: panel_id, revealed, share });
		} else if round.saturating_add(1) < T::MaxRounds::get() {
			let round = round.saturating_add(1);
			// The hash of the round's last block: unknown until the round's reveals closed,
			// so nobody could aim the re-run's tickets at the time the panel opened.
			let last =
				frame_system::Pallet::<T>::block_hash(reveals_end.saturating_sub(One::one()));
			let seed = BlakeTwo256::hash(&(panel.seed, round, last).encode()).0;
			let tickets_end = now.saturating_add(panel.tickets_duration);
			let reveals_end = tickets_end.saturating_add(panel.reveals_duration);
			panel.seed = seed;
			panel.state = PanelState::Sortition { round, tickets_end, reveals_end };
			Panels::<T>::insert(panel_id, panel);
			Selections::<T>::remove(panel_id);
			Self::deposit_event(Event::PanelRerun {
				panel: panel_id,
				round,
				seed,
				tickets_end,
				reveals_end,
			});
		} else {
			Self::pay_out_or_slash(&panel.payer, panel.fee);
			panel.state = PanelState::Failed;
			Self::end_panel(panel_id, panel);
			Self::deposit_event(Event::PanelFailed { panel: panel_id });
		}
		Ok(())
	}

	/// Shares `panel`'s fee equally among the pseudonyms of `revealers`; what does not divide
	/// returns to the payer. Returns each share.
	fn share_fee(panel: &PanelOf<T>, revealers: &[Alias]) -> BalanceOf<T> {
		let count: BalanceOf<T> = u32::try_from(revealers.len()).unwrap_or(u32::MAX).into();
		let share = panel.fee.checked_div(&count).unwrap_or_else(Zero::zero);
		for pseudonym in revealers {
			Self::pay(pseudonym, share);
		}
		Self::pay_out_or_slash(&panel.payer, panel.fee.saturating_sub(share.saturating_mul(count)));
		share
	}

	/// Stores `panel` as ended: its ring is dissolved and its barred pseudonyms forgotten.
	fn end_panel(panel_id: PanelId, panel: PanelOf<T>) {
		Panels::<T>::insert(panel_id, panel);
		let limit = T::PanelSize::get().saturating_mul(T::MaxRounds::get().into());
		let _ = Barred::<T>::clear_prefix(panel_id, limit, None);
		T::Rings::dissolve_panel(panel_id);
	}

	/// Cancel `panel` before its round's commitments are final; see
	/// [`EvaluationPanels::cancel_panel`].
	pub(crate) fn do_cancel_panel(panel_id: PanelId) -> DispatchResult {
		let mut panel = Panels::<T>::get(panel_id).ok_or(Error::<T>::PanelNotFound)?;
		let PanelState::Sortition { tickets_end, .. } = panel.state else {
			return Err(Error::<T>::AlreadyEnded.into());
		};
		// Once the tickets closed, scores are committed and about to be revealed: a subject
		// that could cancel then would read them and start again at no cost.
		ensure!(Self::now() < tickets_end, Error::<T>::TicketsClosed);
		Self::pay_out_or_slash(&panel.payer, panel.fee);
		panel.state = PanelState::Cancelled;
		for selection in Selections::<T>::take(panel_id) {
			Self::count_selection(&selection.pseudonym, false);
		}
		Self::end_panel(panel_id, panel);
		Self::deposit_event(Event::PanelCancelled { panel: panel_id });
		Ok(())
	}

	/// Move the reputation of the pseudonyms that scored `option` of concluded `panel` at least
	/// [`Config::HighScore`]: up if the subject's contract `completed`, down if it failed.
	/// Once per panel; nothing for a panel that did not conclude.
	pub(crate) fn do_record_outcome(panel_id: PanelId, option: u32, completed: bool) {
		let Some(mut panel) = Panels::<T>::get(panel_id) else { return };
		if panel.outcome_recorded || !matches!(panel.state, PanelState::Concluded { .. }) {
			return;
		}
		panel.outcome_recorded = true;
		Panels::<T>::insert(panel_id, panel);
		for selection in Selections::<T>::get(panel_id) {
			let backed = selection
				.scores
				.as_ref()
				.and_then(|scores| scores.get(option as usize))
				.is_some_and(|score| *score >= T::HighScore::get());
			if !backed {
				continue;
			}
			Pseudonyms::<T>::mutate(selection.pseudonym, |record| {
				if let Some(record) = record {
					record.reputation = if completed {
						record.reputation.saturating_add(1)
					} else {
						record.reputation.saturating_sub(1)
					};
					Self::deposit_event(Event::ReputationChanged {
						pseudonym: selection.pseudonym,
						panel: panel_id,
						reputation: record.reputation,
					});
				}
			});
		}
	}
}
