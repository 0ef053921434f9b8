//! The roster: enrolment with a bond, leaving, refreshing; the pool's account and the chain's
//! genesis hash that every context carries.

use crate::*;
use frame_support::traits::{fungible::Mutate as _, tokens::Preservation};
use sp_runtime::traits::{AccountIdConversion, Zero};

impl<T: Config> Pallet<T> {
	/// The pallet's account: the pool of bonds, open fees and unsettled pay.
	pub fn pool_account() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// The genesis hash: `frame_system` keeps the hash of block 0 for ever. A hash longer than
	/// 32 bytes is cut, a shorter one padded with zeros; the runtime's is 32 bytes.
	pub(crate) fn genesis_hash() -> [u8; 32] {
		let hash = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
		let mut genesis = [0u8; 32];
		for (to, from) in genesis.iter_mut().zip(hash.as_ref()) {
			*to = *from;
		}
		genesis
	}

	/// The current block.
	pub(crate) fn now() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
	}

	/// Enrol `who`; see [`Pallet::enrol`].
	pub(crate) fn do_enrol(who: T::AccountId) -> DispatchResult {
		ensure!(
			T::Credentials::has_credential(&who, T::EvaluatorCredential::get()),
			Error::<T>::NotAccredited
		);
		let (key, _) = T::MemberKeys::member_key(&who).ok_or(Error::<T>::MemberKeyNotFound)?;
		ensure!(!EnrolledKeys::<T>::contains_key(&who), Error::<T>::AlreadyExists);
		ensure!(!Enrolments::<T>::contains_key(key), Error::<T>::AlreadyExists);
		Roster::<T>::try_mutate(|roster| roster.try_push(key))
			.map_err(|_| Error::<T>::TooManyEvaluators)?;
		let bonds = Bonds::<T>::get().checked_add(1).ok_or(Error::<T>::Overflow)?;
		T::Currency::transfer(&who, &Self::pool_account(), T::Bond::get(), Preservation::Preserve)?;
		T::Rings::join_roster(key).map_err(|_| Error::<T>::RingRefused)?;
		Bonds::<T>::put(bonds);
		Enrolments::<T>::insert(
			key,
			Enrolment { account: who.clone(), enrolled_at: Self::now(), left_at: None },
		);
		EnrolledKeys::<T>::insert(&who, key);
		Self::deposit_event(Event::Enrolled { account: who, key });
		Ok(())
	}

	/// Remove the evaluator `who`, enrolled with `key`, from the roster and its rings; the ring
	/// service queues the key for the former evaluators' rings, which its pseudonym settles
	/// against from then on. Fails with [`Error::RingRefused`], changing nothing, if the ring
	/// service refuses (the former evaluators' queue is full: try again later).
	pub(crate) fn remove_from_roster(
		who: &T::AccountId,
		key: MemberKey,
		cause: LeaveCause,
	) -> DispatchResult {
		T::Rings::leave_roster(&key).map_err(|_| Error::<T>::RingRefused)?;
		EnrolledKeys::<T>::remove(who);
		Roster::<T>::mutate(|roster| roster.retain(|k| k != &key));
		Enrolments::<T>::mutate(key, |enrolment| {
			if let Some(enrolment) = enrolment {
				enrolment.left_at = Some(Self::now());
			}
		});
		Self::deposit_event(Event::Left { account: who.clone(), key, cause });
		Ok(())
	}

	/// Whether the evaluator enrolled from `account` with `key` is still one: it holds the
	/// credential and `key` is still its registered member key. `None` if it is; the cause
	/// otherwise.
	pub(crate) fn lapse_of(account: &T::AccountId, key: &MemberKey) -> Option<LeaveCause> {
		if !T::Credentials::has_credential(account, T::EvaluatorCredential::get()) {
			return Some(LeaveCause::CredentialLost);
		}
		match T::MemberKeys::member_key(account) {
			Some((registered, _)) if &registered == key => None,
			_ => Some(LeaveCause::KeyChanged),
		}
	}

	/// Remove the evaluator enrolled with `key` if it lapsed; see
	/// [`Pallet::refresh_evaluator`].
	pub(crate) fn do_refresh_evaluator(key: MemberKey) -> DispatchResult {
		let enrolment = Enrolments::<T>::get(key)
			.filter(|enrolment| enrolment.left_at.is_none())
			.ok_or(Error::<T>::NotFound)?;
		let cause = Self::lapse_of(&enrolment.account, &key).ok_or(Error::<T>::StillEligible)?;
		Self::remove_from_roster(&enrolment.account, key, cause)
	}
}
