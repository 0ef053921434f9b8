//! Pseudonyms: their bond credit (one bond at the first appearance), slashes, pay, top-ups and
//! settlements to an account of the pseudonym's choosing.

use crate::*;
use bmx_primitives::anonymity::{pseudonym_context, settlement_message};
use codec::Encode;
use frame_support::traits::{
	fungible::{Balanced as _, Inspect as _, Mutate as _},
	tokens::{Fortitude, Precision, Preservation},
};
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// The record of a pseudonym's first appearance: one bond of credit, the initial
	/// reputation.
	pub(crate) fn new_pseudonym() -> PseudonymOf<T> {
		PseudonymRecord {
			reputation: T::InitialReputation::get(),
			credit: T::Bond::get(),
			earnings: Zero::zero(),
			panels: 0,
			settlements: 0,
			live: 0,
			closed: false,
		}
	}

	/// Whether `pseudonym` may appear: it did already, or some bond has no pseudonym yet.
	pub(crate) fn may_appear(pseudonym: &Alias) -> bool {
		Pseudonyms::<T>::contains_key(pseudonym) || PseudonymCount::<T>::get() < Bonds::<T>::get()
	}

	/// Counts one more (`up`) or one fewer selection of `pseudonym` in open rounds.
	pub(crate) fn count_selection(pseudonym: &Alias, up: bool) {
		Pseudonyms::<T>::mutate(pseudonym, |record| {
			if let Some(record) = record {
				record.live =
					if up { record.live.saturating_add(1) } else { record.live.saturating_sub(1) };
			}
		});
	}

	/// Pays `amount` from the pool to `to`; if `to` cannot take it (an account reaped since,
	/// an amount below its existential deposit), the amount goes to [`Config::Slash`]: a
	/// refund never blocks a panel's end.
	pub(crate) fn pay_out_or_slash(to: &T::AccountId, amount: BalanceOf<T>) {
		if amount.is_zero() {
			return;
		}
		let pool = Self::pool_account();
		if T::Currency::transfer(&pool, to, amount, Preservation::Preserve).is_ok() {
			return;
		}
		match T::Currency::withdraw(
			&pool,
			amount,
			Precision::Exact,
			Preservation::Preserve,
			Fortitude::Polite,
		) {
			Ok(credit) => T::Slash::on_unbalanced(credit),
			Err(_) => {
				frame_support::defensive!("the pool covers every open fee");
			},
		}
	}

	/// Records `pseudonym`'s first appearance if this is it.
	pub(crate) fn ensure_pseudonym(pseudonym: &Alias) -> DispatchResult {
		if Pseudonyms::<T>::contains_key(pseudonym) {
			return Ok(());
		}
		let count = PseudonymCount::<T>::get().checked_add(1).ok_or(Error::<T>::Overflow)?;
		// Every proof comes from an enrolled key, each of which paid one bond, and a key has
		// one pseudonym: more pseudonyms than bonds would mean a broken ring service. The
		// authorizations refuse it first (`may_appear`).
		ensure!(count <= Bonds::<T>::get(), Error::<T>::PseudonymBarred);
		PseudonymCount::<T>::put(count);
		Pseudonyms::<T>::insert(pseudonym, Self::new_pseudonym());
		Ok(())
	}

	/// Slash a selected evaluator of `panel` that did not reveal: [`Config::NonRevealSlash`]
	/// (at most its credit) goes from the pool to [`Config::Slash`], it loses a reputation
	/// point and is barred from the panel's later rounds.
	pub(crate) fn slash_non_revealer(panel: PanelId, pseudonym: &Alias) {
		let mut slashed = Zero::zero();
		Pseudonyms::<T>::mutate(pseudonym, |record| {
			let Some(record) = record else {
				frame_support::defensive!("a selected ticket's pseudonym has a record");
				return;
			};
			let amount = T::NonRevealSlash::get().min(record.credit);
			match T::Currency::withdraw(
				&Self::pool_account(),
				amount,
				Precision::Exact,
				Preservation::Preserve,
				Fortitude::Polite,
			) {
				Ok(credit) => {
					T::Slash::on_unbalanced(credit);
					record.credit = record.credit.saturating_sub(amount);
					slashed = amount;
				},
				Err(_) => {
					frame_support::defensive!("the pool covers every credit");
				},
			}
			record.reputation = record.reputation.saturating_sub(1);
		});
		Barred::<T>::insert(panel, pseudonym, ());
		Self::deposit_event(Event::NonRevealSlashed {
			panel,
			pseudonym: *pseudonym,
			amount: slashed,
		});
	}

	/// Credit `amount` of pay to `pseudonym`: first what its bond credit lacks, the rest to its
	/// earnings.
	pub(crate) fn pay(pseudonym: &Alias, amount: BalanceOf<T>) {
		Pseudonyms::<T>::mutate(pseudonym, |record| {
			let Some(record) = record else {
				frame_support::defensive!("a selected ticket's pseudonym has a record");
				return;
			};
			let refill = if record.closed {
				Zero::zero()
			} else {
				T::Bond::get().saturating_sub(record.credit).min(amount)
			};
			record.credit = record.credit.saturating_add(refill);
			record.earnings = record.earnings.saturating_add(amount.saturating_sub(refill));
			record.panels = record.panels.saturating_add(1);
		});
	}

	/// Top `pseudonym`'s credit up from `who`; see [`Pallet::top_up_bond`].
	pub(crate) fn do_top_up_bond(who: T::AccountId, pseudonym: Alias) -> DispatchResult {
		let mut record = Pseudonyms::<T>::get(pseudonym).ok_or(Error::<T>::PseudonymNotFound)?;
		let amount = T::Bond::get().saturating_sub(record.credit);
		ensure!(!record.closed && !amount.is_zero(), Error::<T>::NothingToTopUp);
		T::Currency::transfer(&who, &Self::pool_account(), amount, Preservation::Preserve)?;
		record.credit = T::Bond::get();
		Pseudonyms::<T>::insert(pseudonym, record);
		Self::deposit_event(Event::BondToppedUp { pseudonym, amount });
		Ok(())
	}

	/// The authorization of [`Pallet::settle_pseudonym`]: the checks of
	/// [`Pallet::check_settlement`], then the proof against a revision of a roster ring or a
	/// former evaluators' ring ([`RingScope::is_evaluators`]) in force at `at`. A valid
	/// settlement provides `("AnonymousPanels", "settle", pseudonym, nonce)`.
	pub(crate) fn authorize_settlement(
		_source: TransactionSource,
		ring: &RingRef,
		at: &BlockNumberFor<T>,
		pseudonym: &Alias,
		to: &T::AccountId,
		close: &bool,
		proof: &ProofOf<T>,
	) -> TransactionValidityWithRefund {
		ensure!(RingScope::is_evaluators(&ring.scope), PanelRefusal::WrongRing);
		ensure!(*at <= Self::now(), PanelRefusal::RingNotUsable);
		let (record, _) = Self::check_settlement(pseudonym, to, *close)?;
		let context = pseudonym_context(&Self::genesis_hash());
		let message = settlement_message(pseudonym, &to.encode(), record.settlements, *close);
		let aliases = T::Rings::verify(ring, *at, &[&context[..]], &message, proof)
			.map_err(Self::refusal_of)?;
		match aliases.as_slice() {
			[proved] if proved == pseudonym => {},
			[_] => return Err(PanelRefusal::WrongAlias.into()),
			_ => return Err(PanelRefusal::InvalidProof.into()),
		}
		let validity =
			Self::validity((b"settle", *pseudonym, record.settlements), SETTLEMENT_LONGEVITY)?;
		Ok((validity, Weight::zero()))
	}

	/// What the next settlement of `pseudonym` binds as its nonce
	/// ([`bmx_primitives::anonymity::settlement_message`]): its settlements so far, 0 for a
	/// pseudonym that has not appeared; `None` if it cannot settle (closed, or new while every
	/// bond already has its pseudonym).
	pub fn next_settlement_nonce(pseudonym: &Alias) -> Option<u32> {
		if !Self::may_appear(pseudonym) {
			return None;
		}
		match Pseudonyms::<T>::get(pseudonym) {
			Some(record) if record.closed => None,
			Some(record) => Some(record.settlements),
			None => Some(0),
		}
	}

	/// The checks of a settlement: the pseudonym (or a first appearance) is not closed, has
	/// something to pay, and the amount may go to `to`. Returns the record (new if the
	/// pseudonym never appeared) and the amount.
	pub fn check_settlement(
		pseudonym: &Alias,
		to: &T::AccountId,
		close: bool,
	) -> Result<(PseudonymOf<T>, BalanceOf<T>), PanelRefusal> {
		ensure!(Self::may_appear(pseudonym), PanelRefusal::NothingToSettle);
		let record = Pseudonyms::<T>::get(pseudonym).unwrap_or_else(Self::new_pseudonym);
		ensure!(!record.closed, PanelRefusal::NothingToSettle);
		ensure!(!close || record.live == 0, PanelRefusal::StillSelected);
		let amount =
			if close { record.earnings.saturating_add(record.credit) } else { record.earnings };
		ensure!(!amount.is_zero(), PanelRefusal::NothingToSettle);
		ensure!(
			!T::Currency::balance(to).is_zero() || amount >= T::Currency::minimum_balance(),
			PanelRefusal::BelowMinimum
		);
		let payable = T::Currency::reducible_balance(
			&Self::pool_account(),
			Preservation::Preserve,
			Fortitude::Polite,
		);
		ensure!(payable >= amount, PanelRefusal::PoolShort);
		Ok((record, amount))
	}

	/// Pay a settlement that the authorization accepted; see [`Pallet::settle_pseudonym`].
	pub(crate) fn do_settle_pseudonym(
		pseudonym: Alias,
		to: T::AccountId,
		close: bool,
	) -> DispatchResult {
		let (_, amount) = Self::check_settlement(&pseudonym, &to, close).map_err(Self::error_of)?;
		Self::ensure_pseudonym(&pseudonym)?;
		T::Currency::transfer(&Self::pool_account(), &to, amount, Preservation::Preserve)?;
		Pseudonyms::<T>::try_mutate(pseudonym, |record| -> DispatchResult {
			let record = record.as_mut().ok_or(Error::<T>::PseudonymNotFound)?;
			record.earnings = Zero::zero();
			record.settlements = record.settlements.saturating_add(1);
			if close {
				record.credit = Zero::zero();
				record.closed = true;
			}
			Ok(())
		})?;
		Self::deposit_event(Event::PseudonymSettled { pseudonym, to, amount, closed: close });
		Ok(())
	}
}
