//! Verified persons: verification, updates, revocation by a registrar and clearing by the
//! subject. Recovery to a new account is in [`super::recovery`].

use crate::*;

impl<T: Config> Pallet<T> {
	/// Whether `who` is a verified person or a verified organisation.
	pub fn is_identified(who: &T::AccountId) -> bool {
		Persons::<T>::contains_key(who) || Organisations::<T>::contains_key(who)
	}

	/// Verify `who` as the person with `person_key`, for `registrar` (see
	/// [`Pallet::verify_person`]).
	pub(crate) fn do_verify_person(
		registrar: T::AccountId,
		who: T::AccountId,
		person_key: PersonKey,
		residency: Residency,
		adulthood: Adulthood,
	) -> DispatchResult {
		Self::ensure_attributes(&residency, &adulthood)?;
		Self::ensure_unidentified(&who)?;
		let existing = PersonKeys::<T>::get(person_key);
		ensure!(
			!matches!(existing, Some(PersonKeyState::Bound(_))),
			Error::<T>::PersonAlreadyVerified
		);
		ensure!(existing.is_none(), Error::<T>::PersonKeyCleared);
		PersonKeys::<T>::insert(person_key, PersonKeyState::Bound(who.clone()));
		Persons::<T>::insert(
			&who,
			Person {
				key: person_key,
				registrar: registrar.clone(),
				residency,
				adulthood,
				verified_at: Self::now(),
			},
		);
		Self::record_residency(person_key, residency);
		frame_system::Pallet::<T>::inc_sufficients(&who);
		Self::deposit_event(Event::PersonVerified {
			who,
			person_key,
			registrar,
			residency,
			adulthood,
		});
		Ok(())
	}

	/// Update the attributes of the person `who`, for `registrar` (see
	/// [`Pallet::update_person`]).
	pub(crate) fn do_update_person(
		registrar: T::AccountId,
		who: T::AccountId,
		residency: Residency,
		adulthood: Adulthood,
	) -> DispatchResult {
		Self::ensure_attributes(&residency, &adulthood)?;
		let key = Persons::<T>::try_mutate(&who, |maybe| {
			let person = maybe.as_mut().ok_or(Error::<T>::NotPerson)?;
			person.residency = residency;
			person.adulthood = adulthood;
			person.registrar = registrar.clone();
			Ok::<_, Error<T>>(person.key)
		})?;
		Self::record_residency(key, residency);
		T::IdentityHooks::on_person_changed(&key);
		Self::deposit_event(Event::PersonUpdated { who, registrar, residency, adulthood });
		Ok(())
	}

	/// Revoke the identity of `who`, for `registrar` (see [`Pallet::revoke_person`]).
	pub(crate) fn do_revoke_person(
		registrar: T::AccountId,
		who: T::AccountId,
		reason: DocumentHash,
	) -> DispatchResult {
		let person = Persons::<T>::get(&who).ok_or(Error::<T>::NotPerson)?;
		Self::cancel_pending_recovery(person.key, RecoveryCanceller::Revocation);
		let (credentials_removed, efirma_unbound) = Self::clear_person(&who, person.key);
		T::IdentityHooks::on_person_changed(&person.key);
		Self::deposit_event(Event::PersonRevoked {
			who,
			person_key: person.key,
			registrar,
			reason,
			credentials_removed,
			efirma_unbound,
		});
		Ok(())
	}

	/// Clear the identity of `who` at its own request (see [`Pallet::clear_identity`]).
	pub(crate) fn do_clear_identity(who: T::AccountId) -> DispatchResult {
		let person = Persons::<T>::get(&who).ok_or(Error::<T>::NotPerson)?;
		// Clearing says the person wants no identity here: a recovery it did not cancel would
		// bring one back.
		Self::cancel_pending_recovery(person.key, RecoveryCanceller::Subject(who.clone()));
		let (credentials_removed, efirma_unbound) = Self::clear_person(&who, person.key);
		T::IdentityHooks::on_person_changed(&person.key);
		Self::deposit_event(Event::IdentityCleared {
			who,
			person_key: person.key,
			credentials_removed,
			efirma_unbound,
		});
		Ok(())
	}

	/// Check a person's attributes: a well-formed municipality, and for a minor a well-formed
	/// month that has not begun.
	pub(crate) fn ensure_attributes(
		residency: &Residency,
		adulthood: &Adulthood,
	) -> DispatchResult {
		if let Residency::National(jurisdiction) = residency {
			ensure!(jurisdiction.is_well_formed(), Error::<T>::InvalidMunicipality);
		}
		if let Adulthood::Minor { adult_from } = adulthood {
			ensure!(adult_from.is_well_formed(), Error::<T>::InvalidMonth);
			ensure!(!adulthood.is_adult_at(Self::now()), Error::<T>::AlreadyAdult);
		}
		Ok(())
	}

	/// Check that `who` is neither a verified person nor a verified organisation, nor
	/// reserved by a pending recovery.
	pub(crate) fn ensure_unidentified(who: &T::AccountId) -> DispatchResult {
		ensure!(!Persons::<T>::contains_key(who), Error::<T>::AlreadyPerson);
		ensure!(!Organisations::<T>::contains_key(who), Error::<T>::AlreadyOrganisation);
		ensure!(!RecoveryTargets::<T>::contains_key(who), Error::<T>::AccountAwaitingRecovery);
		Ok(())
	}

	/// Clear the person `who` with `key`: remove its record, e.firma binding and credentials,
	/// and keep the key reserved. Returns the credentials removed and the certificate unbound.
	fn clear_person(who: &T::AccountId, key: PersonKey) -> (u32, Option<CertificateId>) {
		Self::remove_person_record(who);
		PersonKeys::<T>::insert(key, PersonKeyState::Cleared);
		Self::remove_subject_attestations(who)
	}

	/// Remove the person record of `who` and release the sufficient reference its verification
	/// took on the account (an account with nothing else is then reaped).
	pub(crate) fn remove_person_record(who: &T::AccountId) {
		if Persons::<T>::take(who).is_some() {
			frame_system::Pallet::<T>::dec_sufficients(who);
		}
	}
}
