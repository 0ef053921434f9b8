//! Verified organisations: verification, representatives and revocation.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Verify `organisation` with `organisation_key` and `representatives`, for `registrar`
	/// (see [`Pallet::verify_organisation`]).
	pub(crate) fn do_verify_organisation(
		registrar: T::AccountId,
		organisation: T::AccountId,
		organisation_key: OrganisationKey,
		representatives: RepresentativesOf<T>,
	) -> DispatchResult {
		let duplicate = representatives
			.iter()
			.enumerate()
			.any(|(i, a)| representatives.iter().skip(i.saturating_add(1)).any(|b| a == b));
		ensure!(!duplicate, Error::<T>::DuplicateRepresentative);
		Self::ensure_unidentified(&organisation)?;
		ensure!(
			!OrganisationKeys::<T>::contains_key(organisation_key),
			Error::<T>::OrganisationAlreadyVerified
		);
		OrganisationKeys::<T>::insert(organisation_key, &organisation);
		Organisations::<T>::insert(
			&organisation,
			Organisation {
				key: organisation_key,
				registrar: registrar.clone(),
				representatives: representatives.clone(),
				verified_at: Self::now(),
			},
		);
		Self::deposit_event(Event::OrganisationVerified {
			organisation,
			organisation_key,
			registrar,
			representatives,
		});
		Ok(())
	}

	/// Add `representative` to `organisation`, for `registrar` (see
	/// [`Pallet::add_representative`]).
	pub(crate) fn do_add_representative(
		registrar: T::AccountId,
		organisation: T::AccountId,
		representative: T::AccountId,
	) -> DispatchResult {
		Organisations::<T>::try_mutate(&organisation, |maybe| {
			let info = maybe.as_mut().ok_or(Error::<T>::NotOrganisation)?;
			Self::ensure_manages(&registrar, AttestationKind::Organisation, &info.registrar)?;
			ensure!(
				!info.representatives.contains(&representative),
				Error::<T>::AlreadyRepresentative
			);
			info.representatives
				.try_push(representative.clone())
				.map_err(|_| Error::<T>::TooManyRepresentatives)?;
			info.registrar = registrar.clone();
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::RepresentativeAdded { organisation, representative, registrar });
		Ok(())
	}

	/// Remove `representative` from `organisation`, for `registrar` (see
	/// [`Pallet::remove_representative`]).
	pub(crate) fn do_remove_representative(
		registrar: T::AccountId,
		organisation: T::AccountId,
		representative: T::AccountId,
	) -> DispatchResult {
		Organisations::<T>::try_mutate(&organisation, |maybe| {
			let info = maybe.as_mut().ok_or(Error::<T>::NotOrganisation)?;
			Self::ensure_manages(&registrar, AttestationKind::Organisation, &info.registrar)?;
			let position = info
				.representatives
				.iter()
				.position(|r| r == &representative)
				.ok_or(Error::<T>::NotRepresentative)?;
			info.representatives.remove(position);
			info.registrar = registrar.clone();
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::RepresentativeRemoved {
			organisation,
			representative,
			registrar,
		});
		Ok(())
	}

	/// Revoke `organisation`, for `registrar` (see [`Pallet::revoke_organisation`]).
	pub(crate) fn do_revoke_organisation(
		registrar: T::AccountId,
		organisation: T::AccountId,
		reason: DocumentHash,
	) -> DispatchResult {
		let info = Organisations::<T>::get(&organisation).ok_or(Error::<T>::NotOrganisation)?;
		Self::ensure_manages(&registrar, AttestationKind::Organisation, &info.registrar)?;
		Organisations::<T>::remove(&organisation);
		OrganisationKeys::<T>::remove(info.key);
		let (credentials_removed, efirma_unbound) =
			Self::remove_subject_attestations(&organisation);
		T::IdentityHooks::on_organisation_revoked(&organisation, &info.key);
		Self::deposit_event(Event::OrganisationRevoked {
			organisation,
			organisation_key: info.key,
			registrar,
			reason,
			credentials_removed,
			efirma_unbound,
		});
		Ok(())
	}
}
