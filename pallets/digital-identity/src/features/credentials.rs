//! Credentials: the types governance registers, and the credentials registrars issue and
//! revoke.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Register a credential type under the next id (see
	/// [`Pallet::register_credential_type`]; the genesis uses it too).
	pub(crate) fn do_register_credential_type(
		name: NameOf<T>,
	) -> Result<CredentialTypeId, DispatchError> {
		ensure!(!name.is_empty(), Error::<T>::EmptyName);
		ensure!(
			!CredentialTypeIdOf::<T>::contains_key(&name),
			Error::<T>::CredentialTypeAlreadyExists
		);
		let credential_type = CredentialTypes::<T>::count();
		ensure!(credential_type < T::MaxCredentialTypes::get(), Error::<T>::TooManyCredentialTypes);
		CredentialTypeIdOf::<T>::insert(&name, credential_type);
		CredentialTypes::<T>::insert(
			credential_type,
			CredentialType { name: name.clone(), records: 0 },
		);
		Self::deposit_event(Event::CredentialTypeRegistered { credential_type, name });
		Ok(credential_type)
	}

	/// Issue (or renew, or reinstate) a credential of `credential_type` to `subject`, by
	/// `issuer` (see [`Pallet::issue_credential`]).
	pub(crate) fn do_issue_credential(
		issuer: T::AccountId,
		subject: T::AccountId,
		credential_type: CredentialTypeId,
		expires_at: Option<Moment>,
	) -> DispatchResult {
		let kind = AttestationKind::Credential(credential_type);
		let now = Self::now();
		ensure!(expires_at.is_none_or(|expiry| expiry > now), Error::<T>::ExpiryInPast);
		ensure!(Self::is_identified(&subject), Error::<T>::NotIdentified);
		match Credentials::<T>::get(&subject, credential_type) {
			Some(existing) => Self::ensure_manages(&issuer, kind, &existing.issuer)?,
			// A re-issue replaces the credential that waited after a recovery: one record.
			None if CredentialsAwaitingConsent::<T>::contains_key(&subject, credential_type) => {
				CredentialsAwaitingConsent::<T>::remove(&subject, credential_type);
			},
			None => CredentialTypes::<T>::mutate(credential_type, |maybe| match maybe {
				Some(info) => info.records.saturating_inc(),
				None => {
					defensive!("a registrar is accredited for a missing credential type");
				},
			}),
		}
		Credentials::<T>::insert(
			&subject,
			credential_type,
			Credential { issuer: issuer.clone(), issued_at: now, expires_at, revoked_at: None },
		);
		Self::deposit_event(Event::CredentialIssued {
			subject,
			credential_type,
			issuer,
			expires_at,
		});
		Ok(())
	}

	/// Revoke the credential of `credential_type` held by `subject`, for `registrar` (see
	/// [`Pallet::revoke_credential`]).
	pub(crate) fn do_revoke_credential(
		registrar: T::AccountId,
		subject: T::AccountId,
		credential_type: CredentialTypeId,
	) -> DispatchResult {
		let kind = AttestationKind::Credential(credential_type);
		Credentials::<T>::try_mutate(&subject, credential_type, |maybe| {
			let credential = maybe.as_mut().ok_or(Error::<T>::CredentialNotFound)?;
			Self::ensure_manages(&registrar, kind, &credential.issuer)?;
			ensure!(credential.revoked_at.is_none(), Error::<T>::CredentialAlreadyRevoked);
			credential.revoked_at = Some(Self::now());
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::CredentialRevoked { subject, credential_type, registrar });
		Ok(())
	}

	/// Remove the e.firma binding and the credentials of `who`, held or waiting for consent,
	/// whose identity ends (a person revoked or cleared, an organisation revoked). Returns the
	/// credentials removed and the certificate unbound.
	pub(crate) fn remove_subject_attestations(who: &T::AccountId) -> (u32, Option<CertificateId>) {
		let unbound = Self::end_efirma_binding(who);
		let mut removed: u32 = 0;
		// One credential per type at most, held or waiting: bounded by `MaxCredentialTypes`.
		let held = Credentials::<T>::drain_prefix(who).map(|(credential_type, _)| credential_type);
		let waiting = CredentialsAwaitingConsent::<T>::drain_prefix(who)
			.map(|(credential_type, _)| credential_type);
		for credential_type in held.chain(waiting) {
			removed.saturating_inc();
			Self::forget_credential_record(credential_type);
		}
		(removed, unbound)
	}

	/// Count one record of `credential_type` less: a credential was removed.
	pub(crate) fn forget_credential_record(credential_type: CredentialTypeId) {
		CredentialTypes::<T>::mutate(credential_type, |maybe| {
			if let Some(info) = maybe {
				info.records.saturating_dec();
			}
		});
	}
}
