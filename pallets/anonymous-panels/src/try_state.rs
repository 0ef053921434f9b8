//! The pallet's invariants, checked after every unit test and by `try-runtime`.

use crate::*;
use alloc::collections::BTreeSet;
use frame_support::traits::fungible::Inspect;
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Checks that:
	/// - the roster's keys are distinct, each enrolled and not left, and [`EnrolledKeys`] is
	///   the roster seen from the accounts;
	/// - one bond was paid per enrolment, and pseudonyms never outnumber bonds;
	/// - every panel's selections are at most [`Config::PanelSize`], in strictly increasing
	///   ticket order, with scores (when revealed) one per option within [`MAX_SCORE`];
	///   barred pseudonyms belong to panels still drawing;
	/// - the pool covers every pseudonym's credit and earnings, the bonds of pseudonyms not
	///   yet seen, and the fees of open panels.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let roster = Roster::<T>::get();
		let distinct: BTreeSet<MemberKey> = roster.iter().copied().collect();
		ensure!(distinct.len() == roster.len(), "a key is twice in the roster");
		for key in roster.iter() {
			let enrolment = Enrolments::<T>::get(key).ok_or("a roster key has no enrolment")?;
			ensure!(enrolment.left_at.is_none(), "a roster key left");
			ensure!(
				EnrolledKeys::<T>::get(&enrolment.account) == Some(*key),
				"an enrolled account does not point at its key"
			);
		}
		ensure!(
			EnrolledKeys::<T>::iter().count() == roster.len(),
			"enrolled accounts and the roster differ"
		);
		let enrolments = u32::try_from(Enrolments::<T>::iter().count()).unwrap_or(u32::MAX);
		ensure!(enrolments == Bonds::<T>::get(), "enrolments and bonds differ");
		let pseudonyms = u32::try_from(Pseudonyms::<T>::iter().count()).unwrap_or(u32::MAX);
		ensure!(pseudonyms == PseudonymCount::<T>::get(), "the pseudonym count is wrong");
		ensure!(pseudonyms <= Bonds::<T>::get(), "more pseudonyms than bonds");

		let mut open_fees: BalanceOf<T> = Zero::zero();
		for (panel_id, panel) in Panels::<T>::iter() {
			let selections = Selections::<T>::get(panel_id);
			ensure!(
				selections.windows(2).all(|pair| match pair {
					[a, b] => a.ticket < b.ticket,
					_ => true,
				}),
				"selections out of ticket order"
			);
			for selection in selections.iter() {
				if let Some(scores) = &selection.scores {
					ensure!(
						scores.len() as u32 == panel.options
							&& scores.iter().all(|s| *s <= MAX_SCORE),
						"revealed scores of the wrong shape"
					);
				}
				ensure!(
					Pseudonyms::<T>::contains_key(selection.pseudonym),
					"a selected pseudonym has no record"
				);
			}
			if matches!(panel.state, PanelState::Sortition { .. }) {
				open_fees = open_fees.saturating_add(panel.fee);
			} else {
				ensure!(
					Barred::<T>::iter_prefix(panel_id).next().is_none(),
					"an ended panel keeps barred pseudonyms"
				);
			}
		}
		for (panel_id, _, _) in Barred::<T>::iter() {
			ensure!(Panels::<T>::contains_key(panel_id), "a barred pseudonym of no panel");
		}

		let owed = Pseudonyms::<T>::iter_values()
			.fold(Zero::zero(), |sum: BalanceOf<T>, r| {
				sum.saturating_add(r.credit).saturating_add(r.earnings)
			})
			.saturating_add(
				T::Bond::get().saturating_mul(Bonds::<T>::get().saturating_sub(pseudonyms).into()),
			)
			.saturating_add(open_fees);
		ensure!(
			T::Currency::balance(&Self::pool_account()) >= owed,
			"the pool does not cover what it owes"
		);
		Ok(())
	}
}
