//! What other pallets (tenders, participatory budgets, subsidies) may ask about identities,
//! without depending on this pallet's storage. Each trait has a `()` implementation that knows
//! nobody, for pallets tested or run without this one.

use crate::{
	Config, CredentialStatus, CredentialTypeId, Credentials, Efirmas, Jurisdiction,
	OrganisationKey, Organisations, Pallet, PersonKey, Persons, Residency,
};

/// Verified persons.
pub trait VerifiedPersons<AccountId> {
	/// The person key of `who`, if it is a verified person: the same for every account the
	/// person ever used, different for every person, so one-person-one-vote counts keys.
	fn person_key(who: &AccountId) -> Option<PersonKey>;
	/// The residency of `who`, if it is a verified person.
	fn residency_of(who: &AccountId) -> Option<Residency>;
	/// The state and municipality of `who`, if it is a verified person living in Mexico.
	fn jurisdiction_of(who: &AccountId) -> Option<Jurisdiction>;
	/// Whether `who` is a verified person and an adult now.
	fn is_adult(who: &AccountId) -> bool;
}

/// Nobody is a verified person.
impl<AccountId> VerifiedPersons<AccountId> for () {
	fn person_key(_who: &AccountId) -> Option<PersonKey> {
		None
	}
	fn residency_of(_who: &AccountId) -> Option<Residency> {
		None
	}
	fn jurisdiction_of(_who: &AccountId) -> Option<Jurisdiction> {
		None
	}
	fn is_adult(_who: &AccountId) -> bool {
		false
	}
}

impl<T: Config> VerifiedPersons<T::AccountId> for Pallet<T> {
	fn person_key(who: &T::AccountId) -> Option<PersonKey> {
		Persons::<T>::get(who).map(|p| p.key)
	}
	fn residency_of(who: &T::AccountId) -> Option<Residency> {
		Persons::<T>::get(who).map(|p| p.residency)
	}
	fn jurisdiction_of(who: &T::AccountId) -> Option<Jurisdiction> {
		Persons::<T>::get(who).and_then(|p| p.residency.jurisdiction())
	}
	fn is_adult(who: &T::AccountId) -> bool {
		Persons::<T>::get(who).is_some_and(|p| p.adulthood.is_adult_at(Pallet::<T>::now()))
	}
}

/// Verified organisations and their representatives.
pub trait VerifiedOrganisations<AccountId> {
	/// The organisation key of `who`, if it is a verified organisation.
	fn organisation_key(who: &AccountId) -> Option<OrganisationKey>;
	/// Whether `who` is an authorised representative of the verified organisation
	/// `organisation`.
	fn is_representative(organisation: &AccountId, who: &AccountId) -> bool;
}

/// Nobody is a verified organisation.
impl<AccountId> VerifiedOrganisations<AccountId> for () {
	fn organisation_key(_who: &AccountId) -> Option<OrganisationKey> {
		None
	}
	fn is_representative(_organisation: &AccountId, _who: &AccountId) -> bool {
		false
	}
}

impl<T: Config> VerifiedOrganisations<T::AccountId> for Pallet<T> {
	fn organisation_key(who: &T::AccountId) -> Option<OrganisationKey> {
		Organisations::<T>::get(who).map(|o| o.key)
	}
	fn is_representative(organisation: &T::AccountId, who: &T::AccountId) -> bool {
		Organisations::<T>::get(organisation).is_some_and(|o| o.representatives.contains(who))
	}
}

/// Credentials.
pub trait CredentialsInspect<AccountId> {
	/// Whether `who` holds a valid (issued, unexpired, unrevoked) credential of
	/// `credential_type` now.
	fn has_credential(who: &AccountId, credential_type: CredentialTypeId) -> bool;
}

/// Nobody holds a credential.
impl<AccountId> CredentialsInspect<AccountId> for () {
	fn has_credential(_who: &AccountId, _credential_type: CredentialTypeId) -> bool {
		false
	}
}

impl<T: Config> CredentialsInspect<T::AccountId> for Pallet<T> {
	fn has_credential(who: &T::AccountId, credential_type: CredentialTypeId) -> bool {
		Credentials::<T>::get(who, credential_type)
			.is_some_and(|c| c.status_at(Pallet::<T>::now()) == CredentialStatus::Valid)
	}
}

/// e.firma bindings.
pub trait EfirmaInspect<AccountId> {
	/// Whether `who` has an e.firma bound whose certificate is valid now, so that it can sign.
	fn is_efirma_bound(who: &AccountId) -> bool;
}

/// Nobody has an e.firma bound.
impl<AccountId> EfirmaInspect<AccountId> for () {
	fn is_efirma_bound(_who: &AccountId) -> bool {
		false
	}
}

impl<T: Config> EfirmaInspect<T::AccountId> for Pallet<T> {
	fn is_efirma_bound(who: &T::AccountId) -> bool {
		Efirmas::<T>::get(who).is_some_and(|b| b.is_valid_at(Pallet::<T>::now()))
	}
}
