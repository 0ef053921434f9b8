//! Registrars: accreditation by governance, and who may act on an attestation.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Whether `who` is accredited for `kind` now.
	pub fn is_accredited(who: &T::AccountId, kind: AttestationKind) -> bool {
		Registrars::<T>::get(who).is_some_and(|r| r.kinds.contains(&kind))
	}

	/// Accredit `who`, or replace its name and kinds, after checking them. No event: the
	/// genesis and the benchmarks use it too.
	pub(crate) fn do_accredit(
		who: &T::AccountId,
		name: NameOf<T>,
		kinds: KindsOf<T>,
	) -> DispatchResult {
		ensure!(!name.is_empty(), Error::<T>::EmptyName);
		ensure!(!kinds.is_empty(), Error::<T>::EmptyKinds);
		for kind in kinds.iter() {
			if let AttestationKind::Credential(id) = kind {
				ensure!(CredentialTypes::<T>::contains_key(id), Error::<T>::CredentialTypeNotFound);
			}
		}
		ensure!(
			Registrars::<T>::contains_key(who)
				|| Registrars::<T>::count() < T::MaxRegistrars::get(),
			Error::<T>::TooManyRegistrars
		);
		let accredited_at = frame_system::Pallet::<T>::block_number();
		Registrars::<T>::insert(who, Registrar { name, kinds, accredited_at });
		Ok(())
	}

	/// Accredit `registrar` (see [`Pallet::accredit_registrar`]).
	pub(crate) fn do_accredit_registrar(
		registrar: T::AccountId,
		name: NameOf<T>,
		kinds: KindsOf<T>,
	) -> DispatchResult {
		Self::do_accredit(&registrar, name.clone(), kinds.clone())?;
		Self::deposit_event(Event::RegistrarAccredited { registrar, name, kinds });
		Ok(())
	}

	/// Remove the accreditation of `registrar` (see [`Pallet::remove_registrar`]).
	pub(crate) fn do_remove_registrar(registrar: T::AccountId) -> DispatchResult {
		Registrars::<T>::take(&registrar).ok_or(Error::<T>::NotRegistrar)?;
		Self::deposit_event(Event::RegistrarRemoved { registrar });
		Ok(())
	}

	/// Check that `origin` is signed by a registrar accredited for `kind`; returns it.
	pub(crate) fn ensure_registrar(
		origin: OriginFor<T>,
		kind: AttestationKind,
	) -> Result<T::AccountId, DispatchError> {
		let who = ensure_signed(origin)?;
		let registrar = Registrars::<T>::get(&who).ok_or(Error::<T>::NotRegistrar)?;
		ensure!(registrar.kinds.contains(&kind), Error::<T>::NotAccreditedForKind);
		Ok(who)
	}

	/// Check that `registrar` (accredited for `kind`) may manage an attestation of `kind`
	/// made by `attesting`: it is that registrar, or that registrar is no longer accredited
	/// for the kind.
	pub(crate) fn ensure_manages(
		registrar: &T::AccountId,
		kind: AttestationKind,
		attesting: &T::AccountId,
	) -> DispatchResult {
		ensure!(
			registrar == attesting || !Self::is_accredited(attesting, kind),
			Error::<T>::NotAttestingRegistrar
		);
		Ok(())
	}
}
