//! Recovery: a person key moves to a new account after a key loss, or comes back after the
//! identity was cleared.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Bind `person_key` to `to`, for `registrar` (see [`Pallet::recover_person`]).
	pub(crate) fn do_recover_person(
		registrar: T::AccountId,
		person_key: PersonKey,
		to: T::AccountId,
		residency: Residency,
		adulthood: Adulthood,
	) -> DispatchResult {
		Self::ensure_attributes(&residency, &adulthood)?;
		let state = PersonKeys::<T>::get(person_key).ok_or(Error::<T>::PersonKeyNotFound)?;
		Self::ensure_unidentified(&to)?;
		let (from, credentials_moved, efirma_unbound) = match state {
			PersonKeyState::Bound(from) => {
				Self::remove_person_record(&from);
				let unbound = Self::end_efirma_binding(&from);
				let moved = Self::move_credentials(&from, &to);
				(Some(from), moved, unbound)
			},
			PersonKeyState::Cleared => (None, 0, None),
		};
		PersonKeys::<T>::insert(person_key, PersonKeyState::Bound(to.clone()));
		Persons::<T>::insert(
			&to,
			Person {
				key: person_key,
				registrar: registrar.clone(),
				residency,
				adulthood,
				verified_at: Self::now(),
			},
		);
		frame_system::Pallet::<T>::inc_sufficients(&to);
		Self::deposit_event(Event::PersonRecovered {
			person_key,
			from,
			to,
			registrar,
			residency,
			adulthood,
			credentials_moved,
			efirma_unbound,
		});
		Ok(())
	}

	/// Move the credentials of `from` to `to`, which holds none. Returns how many moved.
	fn move_credentials(from: &T::AccountId, to: &T::AccountId) -> u32 {
		let mut moved: u32 = 0;
		// One credential per type at most: bounded by `MaxCredentialTypes`.
		for (credential_type, credential) in Credentials::<T>::drain_prefix(from) {
			moved.saturating_inc();
			Credentials::<T>::insert(to, credential_type, credential);
		}
		moved
	}
}
