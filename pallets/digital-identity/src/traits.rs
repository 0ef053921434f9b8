//! What other pallets (tenders, participatory budgets, subsidies) may ask about identities,
//! without depending on this pallet: the traits live in [`bmx_primitives::identity`] (each with
//! a `()` implementation that knows nobody) and are re-exported here; [`Pallet`] implements them.

pub use bmx_primitives::identity::{
	CredentialsInspect, EfirmaInspect, IdentityHooks, ResidencyRoll, VerifiedOrganisations,
	VerifiedPersons,
};

use crate::{
	Config, CredentialStatus, CredentialTypeId, Credentials, DocumentHash, Jurisdiction,
	OrganisationKey, Organisations, Pallet, PersonKey, Persons, Residency, ResidencyHistory,
};
use frame_system::pallet_prelude::BlockNumberFor;

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

impl<T: Config> ResidencyRoll<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn jurisdiction_for_ballot(
		who: &T::AccountId,
		opened_at: BlockNumberFor<T>,
	) -> Option<Jurisdiction> {
		let person = Persons::<T>::get(who)?;
		let history = ResidencyHistory::<T>::get(person.key);
		// The change in force at the opening, else (verified later) the first one.
		let residency = history
			.iter()
			.rev()
			.find(|change| change.since <= opened_at)
			.or_else(|| history.first())
			.map_or(person.residency, |change| change.residency);
		residency.jurisdiction()
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

impl<T: Config> CredentialsInspect<T::AccountId> for Pallet<T> {
	fn has_credential(who: &T::AccountId, credential_type: CredentialTypeId) -> bool {
		Credentials::<T>::get(who, credential_type)
			.is_some_and(|c| c.status_at(Pallet::<T>::now()) == CredentialStatus::Valid)
	}
}

impl<T: Config> EfirmaInspect<T::AccountId> for Pallet<T> {
	fn is_efirma_bound(who: &T::AccountId) -> bool {
		Pallet::<T>::can_sign(who)
	}
	fn has_signed(who: &T::AccountId, document: &DocumentHash) -> bool {
		Pallet::<T>::has_signed(who, document)
	}
}
