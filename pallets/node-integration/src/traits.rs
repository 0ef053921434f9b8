//! What this pallet needs of `pallet-session`, seen through a small trait so that the pallet
//! compiles and tests alone, with its implementation for `pallet-session` itself.

use alloc::vec::Vec;
use sp_runtime::DispatchResult;
use sp_staking::SessionIndex;

/// The session keys and validator sets kept by `pallet-session`.
pub trait ValidatorSession<AccountId> {
	/// Whether `who` has registered session keys (those of the next session).
	fn has_keys(who: &AccountId) -> bool;

	/// The validators of the current session.
	fn validators() -> Vec<AccountId>;

	/// The validators queued for the next session.
	fn queued_validators() -> Vec<AccountId>;

	/// The index of the current session.
	fn current_index() -> SessionIndex;

	/// Purge the session keys of `who`, as `pallet-session`'s own `purge_keys` does (its key
	/// deposit is released). Fails if `who` has no keys.
	fn purge_keys(who: &AccountId) -> DispatchResult;
}

/// `pallet-session` with the account id as validator id (`ValidatorIdOf` the identity).
impl<T> ValidatorSession<T::AccountId> for pallet_session::Pallet<T>
where
	T: pallet_session::Config<ValidatorId = <T as frame_system::Config>::AccountId>,
{
	fn has_keys(who: &T::AccountId) -> bool {
		pallet_session::NextKeys::<T>::contains_key(who)
	}

	fn validators() -> Vec<T::AccountId> {
		pallet_session::Validators::<T>::get()
	}

	fn queued_validators() -> Vec<T::AccountId> {
		pallet_session::QueuedKeys::<T>::get().into_iter().map(|(who, _)| who).collect()
	}

	fn current_index() -> SessionIndex {
		pallet_session::CurrentIndex::<T>::get()
	}

	/// Calls `pallet-session`'s dispatchable as a function, so that the runtime's call filter,
	/// which keeps `Session::purge_keys` from direct calls, does not apply.
	fn purge_keys(who: &T::AccountId) -> DispatchResult {
		pallet_session::Pallet::<T>::purge_keys(frame_system::RawOrigin::Signed(who.clone()).into())
	}
}

/// The full identification of a validator for `pallet-session`'s `historical` module (its
/// `FullIdentificationOf`) when it is the unit, as for this pallet's historical
/// `SessionManager`: every validator is identified, by its id alone.
pub struct UnitIdentification;

impl<ValidatorId> sp_runtime::traits::Convert<ValidatorId, Option<()>> for UnitIdentification {
	fn convert(_: ValidatorId) -> Option<()> {
		Some(())
	}
}
