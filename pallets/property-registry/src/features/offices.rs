//! Offices and registrars: accredited by the registry origin.

use crate::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_accredit_office(office: OfficeId, seat: Jurisdiction) -> DispatchResult {
		ensure!(!Offices::<T>::contains_key(office), Error::<T>::OfficeAlreadyExists);
		ensure!(seat.is_well_formed(), Error::<T>::InvalidJurisdiction);
		Offices::<T>::insert(office, Office { seat });
		Self::deposit_event(Event::OfficeAccredited { office, seat });
		Ok(())
	}

	pub(crate) fn do_accredit_registrar(
		office: OfficeId,
		registrar: T::AccountId,
	) -> DispatchResult {
		ensure!(Offices::<T>::contains_key(office), Error::<T>::OfficeNotFound);
		ensure!(!Registrars::<T>::contains_key(&registrar), Error::<T>::RegistrarAlreadyExists);
		Registrars::<T>::insert(&registrar, office);
		Self::deposit_event(Event::RegistrarAccredited { office, registrar });
		Ok(())
	}

	pub(crate) fn do_revoke_registrar(registrar: T::AccountId) -> DispatchResult {
		let office = Registrars::<T>::take(&registrar).ok_or(Error::<T>::RegistrarNotFound)?;
		Self::deposit_event(Event::RegistrarRevoked { office, registrar });
		Ok(())
	}

	/// Fails with [`Error::NotRegistrar`] unless `who` is a registrar of `office`.
	pub(crate) fn ensure_registrar_of(who: &T::AccountId, office: OfficeId) -> DispatchResult {
		ensure!(Registrars::<T>::get(who) == Some(office), Error::<T>::NotRegistrar);
		Ok(())
	}

	/// Whether `who` holds the notary credential.
	pub fn is_notary(who: &T::AccountId) -> bool {
		T::Credentials::has_credential(who, T::NotaryCredential::get())
	}

	/// Whether `who` may present documents: a notary or an authority.
	pub fn is_presenter(who: &T::AccountId) -> bool {
		Self::is_notary(who) || T::Credentials::has_credential(who, T::AuthorityCredential::get())
	}
}
