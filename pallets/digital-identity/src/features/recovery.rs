//! Recovery: a person key moves to a new account after a key loss, or comes back after the
//! identity was cleared. A person registrar announces it; it takes effect after
//! `Config::RecoveryDelay`, unless the subject, a person registrar or governance cancels it
//! first. Credentials of other issuers wait for their consent.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Announce that `person_key` moves to `to`, for `registrar` (see
	/// [`Pallet::announce_recovery`]).
	pub(crate) fn do_announce_recovery(
		registrar: T::AccountId,
		person_key: PersonKey,
		to: T::AccountId,
		residency: Residency,
		adulthood: Adulthood,
	) -> DispatchResult {
		Self::ensure_attributes(&residency, &adulthood)?;
		let state = PersonKeys::<T>::get(person_key).ok_or(Error::<T>::PersonKeyNotFound)?;
		ensure!(
			!PendingRecoveries::<T>::contains_key(person_key),
			Error::<T>::RecoveryAlreadyPending
		);
		Self::ensure_unidentified(&to)?;
		let announced_at = frame_system::Pallet::<T>::block_number();
		let effective_at = announced_at.saturating_add(T::RecoveryDelay::get());
		RecoveryTargets::<T>::insert(&to, person_key);
		PendingRecoveries::<T>::insert(
			person_key,
			PendingRecovery {
				to: to.clone(),
				registrar: registrar.clone(),
				residency,
				adulthood,
				announced_at,
				effective_at,
			},
		);
		let from = match state {
			PersonKeyState::Bound(from) => Some(from),
			PersonKeyState::Cleared => None,
		};
		Self::deposit_event(Event::RecoveryAnnounced {
			person_key,
			from,
			to,
			registrar,
			effective_at,
		});
		Ok(())
	}

	/// Cancel the pending recovery of `person_key`, `by` an allowed party (see
	/// [`Pallet::cancel_recovery`]).
	pub(crate) fn do_cancel_recovery(
		person_key: PersonKey,
		by: RecoveryCanceller<T::AccountId>,
	) -> DispatchResult {
		let pending =
			PendingRecoveries::<T>::take(person_key).ok_or(Error::<T>::NoPendingRecovery)?;
		RecoveryTargets::<T>::remove(&pending.to);
		Self::deposit_event(Event::RecoveryCancelled { person_key, to: pending.to, by });
		Ok(())
	}

	/// Cancel the pending recovery of `person_key`, if any, because its identity ended.
	pub(crate) fn cancel_pending_recovery(
		person_key: PersonKey,
		by: RecoveryCanceller<T::AccountId>,
	) {
		if PendingRecoveries::<T>::contains_key(person_key) {
			// Cannot fail: the recovery is pending.
			let _ = Self::do_cancel_recovery(person_key, by);
		}
	}

	/// Complete the pending recovery of `person_key` (see [`Pallet::complete_recovery`]).
	pub(crate) fn do_complete_recovery(person_key: PersonKey) -> DispatchResult {
		let pending =
			PendingRecoveries::<T>::get(person_key).ok_or(Error::<T>::NoPendingRecovery)?;
		ensure!(
			frame_system::Pallet::<T>::block_number() >= pending.effective_at,
			Error::<T>::RecoveryNotDue
		);
		ensure!(
			Self::is_accredited(&pending.registrar, AttestationKind::Person),
			Error::<T>::RecoveryRegistrarRemoved
		);
		PendingRecoveries::<T>::remove(person_key);
		RecoveryTargets::<T>::remove(&pending.to);
		let PendingRecovery { to, registrar, residency, adulthood, .. } = pending;
		// A minor who came of age during the delay is recorded as an adult, which reveals no
		// birth month (as `update_person` requires).
		let adulthood =
			if adulthood.is_adult_at(Self::now()) { Adulthood::Adult } else { adulthood };
		let (from, credentials_moved, credentials_awaiting_consent, efirma_unbound) =
			match PersonKeys::<T>::get(person_key) {
				Some(PersonKeyState::Bound(from)) => {
					Self::remove_person_record(&from);
					let unbound = Self::end_efirma_binding(&from);
					let (moved, awaiting) = Self::move_credentials(&from, &to, &registrar);
					(Some(from), moved, awaiting, unbound)
				},
				_ => (None, 0, 0, None),
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
		Self::record_residency(person_key, residency);
		frame_system::Pallet::<T>::inc_sufficients(&to);
		T::IdentityHooks::on_person_changed(&person_key);
		Self::deposit_event(Event::PersonRecovered {
			person_key,
			from,
			to,
			registrar,
			residency,
			adulthood,
			credentials_moved,
			credentials_awaiting_consent,
			efirma_unbound,
		});
		Ok(())
	}

	/// Move the credentials of `from` to `to`, which holds none: those `registrar` issued
	/// move, the others (and those that were waiting on `from` already) wait on `to` for their
	/// issuer's consent. Returns how many moved and how many wait.
	fn move_credentials(
		from: &T::AccountId,
		to: &T::AccountId,
		registrar: &T::AccountId,
	) -> (u32, u32) {
		let (mut moved, mut awaiting): (u32, u32) = (0, 0);
		// One credential per type at most, held or waiting: bounded by `MaxCredentialTypes`.
		for (credential_type, credential) in Credentials::<T>::drain_prefix(from) {
			if credential.issuer == *registrar {
				moved.saturating_inc();
				Credentials::<T>::insert(to, credential_type, credential);
			} else {
				awaiting.saturating_inc();
				CredentialsAwaitingConsent::<T>::insert(
					to,
					credential_type,
					CredentialAwaitingConsent { credential, from: from.clone() },
				);
			}
		}
		for (credential_type, waiting) in CredentialsAwaitingConsent::<T>::drain_prefix(from) {
			awaiting.saturating_inc();
			CredentialsAwaitingConsent::<T>::insert(to, credential_type, waiting);
		}
		(moved, awaiting)
	}

	/// Hold again the credential waiting on `subject`, with `registrar`'s consent (see
	/// [`Pallet::accept_credential`]).
	pub(crate) fn do_accept_credential(
		registrar: T::AccountId,
		subject: T::AccountId,
		credential_type: CredentialTypeId,
	) -> DispatchResult {
		let waiting = CredentialsAwaitingConsent::<T>::get(&subject, credential_type)
			.ok_or(Error::<T>::CredentialNotAwaitingConsent)?;
		Self::ensure_manages(
			&registrar,
			AttestationKind::Credential(credential_type),
			&waiting.credential.issuer,
		)?;
		CredentialsAwaitingConsent::<T>::remove(&subject, credential_type);
		Credentials::<T>::insert(&subject, credential_type, waiting.credential);
		Self::deposit_event(Event::CredentialMoveAccepted {
			subject,
			credential_type,
			from: waiting.from,
			registrar,
		});
		Ok(())
	}

	/// Drop the credential waiting on `subject`, for `who` (see
	/// [`Pallet::decline_credential`]).
	pub(crate) fn do_decline_credential(
		who: T::AccountId,
		subject: T::AccountId,
		credential_type: CredentialTypeId,
	) -> DispatchResult {
		let waiting = CredentialsAwaitingConsent::<T>::get(&subject, credential_type)
			.ok_or(Error::<T>::CredentialNotAwaitingConsent)?;
		let kind = AttestationKind::Credential(credential_type);
		let issuer_side = Self::is_accredited(&who, kind)
			&& Self::ensure_manages(&who, kind, &waiting.credential.issuer).is_ok();
		ensure!(who == subject || issuer_side, Error::<T>::NotCredentialDecliner);
		CredentialsAwaitingConsent::<T>::remove(&subject, credential_type);
		Self::forget_credential_record(credential_type);
		Self::deposit_event(Event::CredentialMoveDeclined { subject, credential_type, by: who });
		Ok(())
	}

	/// Record that the person with `person_key` lives at `residency` from this block on. A
	/// repeat of the current residency is not a change; two changes in one block keep the last;
	/// beyond [`Config::MaxResidencyHistory`] changes the oldest is dropped.
	pub(crate) fn record_residency(person_key: PersonKey, residency: Residency) {
		let since = frame_system::Pallet::<T>::block_number();
		ResidencyHistory::<T>::mutate(person_key, |history| {
			match history.last_mut() {
				Some(last) if last.residency == residency => return,
				Some(last) if last.since == since => {
					last.residency = residency;
					return;
				},
				_ => {},
			}
			let change = ResidencyChange { since, residency };
			if history.try_push(change).is_err() {
				// Full: drop the oldest change to keep the latest ones.
				history.remove(0);
				if history.try_push(change).is_err() {
					defensive!("a full history has room after dropping its oldest change");
				}
			}
		});
	}
}
