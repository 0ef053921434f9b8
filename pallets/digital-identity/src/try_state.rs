//! Invariants of the digital identity pallet, checked by `try-runtime` and after every unit test.

use super::*;
use alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet};

impl<T: Config> Pallet<T> {
	/// Check the pallet's invariants:
	/// - registrars: at most [`Config::MaxRegistrars`], the counter right, each with a name and
	///   kinds, every credential kind naming an existing type;
	/// - credential types: ids `0..count` with no gap, at most [`Config::MaxCredentialTypes`],
	///   [`CredentialTypeIdOf`] indexes exactly their names, and each `records` counts its
	///   credentials;
	/// - persons: [`Persons`] and the bound entries of [`PersonKeys`] are one bijection (each
	///   key backs one account and each account holds one key);
	/// - organisations: [`Organisations`] and [`OrganisationKeys`] are one bijection, with no
	///   duplicate representative, and no account is both a person and an organisation;
	/// - e.firma: every binding's certificate has a record naming its account (one account per
	///   certificate), every signing act's certificate has a record; every bound account
	///   is identified, validity periods are not empty, and the acts counted under a binding
	///   are at most [`Config::MaxSigningActsPerBinding`] and at most the stored acts;
	/// - signatures: no empty list, no signer twice on a document;
	/// - credentials, held or waiting for consent: every subject is identified, every type
	///   exists, and no subject holds and awaits the same type;
	/// - recoveries: [`PendingRecoveries`] and [`RecoveryTargets`] mirror each other, every
	///   pending key exists, every reserved account is unidentified, and none is effective
	///   before its announcement;
	/// - residency histories: changes in block order, and the last one is the residency of the
	///   key's account when it is bound.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		Self::try_state_registrars()?;
		Self::try_state_credential_types()?;
		Self::try_state_persons()?;
		Self::try_state_organisations()?;
		Self::try_state_efirma()?;
		Self::try_state_credentials()?;
		Self::try_state_recoveries()?;
		Self::try_state_residency_histories()
	}

	fn try_state_registrars() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut count: u32 = 0;
		for (_, registrar) in Registrars::<T>::iter() {
			count.saturating_inc();
			ensure!(!registrar.name.is_empty(), "a registrar without a name");
			ensure!(!registrar.kinds.is_empty(), "a registrar without kinds");
			for kind in registrar.kinds.iter() {
				if let AttestationKind::Credential(id) = kind {
					ensure!(
						CredentialTypes::<T>::contains_key(id),
						"a registrar accredited for a missing credential type"
					);
				}
			}
		}
		ensure!(count == Registrars::<T>::count(), "registrar counter out of step");
		ensure!(count <= T::MaxRegistrars::get(), "more than MaxRegistrars registrars");
		Ok(())
	}

	fn try_state_credential_types() -> Result<(), sp_runtime::TryRuntimeError> {
		let count = CredentialTypes::<T>::count();
		ensure!(count <= T::MaxCredentialTypes::get(), "more than MaxCredentialTypes types");
		let mut records: BTreeMap<CredentialTypeId, u32> = BTreeMap::new();
		let held = Credentials::<T>::iter().map(|(_, credential_type, _)| credential_type);
		let waiting =
			CredentialsAwaitingConsent::<T>::iter().map(|(_, credential_type, _)| credential_type);
		for credential_type in held.chain(waiting) {
			let entry = records.entry(credential_type).or_default();
			entry.saturating_inc();
		}
		let mut seen: u32 = 0;
		for (id, info) in CredentialTypes::<T>::iter() {
			seen.saturating_inc();
			ensure!(id < count, "credential type id not below the count");
			ensure!(
				CredentialTypeIdOf::<T>::get(&info.name) == Some(id),
				"credential type name not indexed"
			);
			ensure!(
				info.records == records.get(&id).copied().unwrap_or(0),
				"credential records count out of step"
			);
		}
		ensure!(seen == count, "credential type counter out of step");
		ensure!(
			CredentialTypeIdOf::<T>::iter().count() as u32 == count,
			"name index holds names of no credential type"
		);
		Ok(())
	}

	fn try_state_persons() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut persons: usize = 0;
		for (who, person) in Persons::<T>::iter() {
			persons = persons.saturating_add(1);
			ensure!(
				PersonKeys::<T>::get(person.key) == Some(PersonKeyState::Bound(who.clone())),
				"a person whose key does not point back to it"
			);
			ensure!(
				frame_system::Account::<T>::get(&who).sufficients >= 1,
				"a person whose account holds no sufficient reference"
			);
		}
		let mut bound: usize = 0;
		for (key, state) in PersonKeys::<T>::iter() {
			if let PersonKeyState::Bound(who) = state {
				bound = bound.saturating_add(1);
				ensure!(
					Persons::<T>::get(&who).is_some_and(|p| p.key == key),
					"a bound person key whose account does not hold it"
				);
			}
		}
		ensure!(persons == bound, "persons and bound person keys differ in number");
		Ok(())
	}

	fn try_state_organisations() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut organisations: usize = 0;
		for (who, organisation) in Organisations::<T>::iter() {
			organisations = organisations.saturating_add(1);
			ensure!(
				OrganisationKeys::<T>::get(organisation.key).as_ref() == Some(&who),
				"an organisation whose key does not point back to it"
			);
			ensure!(!Persons::<T>::contains_key(&who), "an account both person and organisation");
			let distinct: BTreeSet<_> = organisation.representatives.iter().collect();
			ensure!(
				distinct.len() == organisation.representatives.len(),
				"a representative listed twice"
			);
		}
		ensure!(
			OrganisationKeys::<T>::iter().count() == organisations,
			"organisation keys of no organisation"
		);
		Ok(())
	}

	fn try_state_efirma() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut acts: BTreeMap<(T::AccountId, CertificateId), u32> = BTreeMap::new();
		for (_, signatures) in Signatures::<T>::iter() {
			ensure!(!signatures.is_empty(), "an empty signature list left in storage");
			let signers: BTreeSet<_> = signatures.iter().map(|act| &act.signer).collect();
			ensure!(signers.len() == signatures.len(), "a signer twice on one document");
			for act in signatures.iter() {
				ensure!(
					Certificates::<T>::contains_key(&act.certificate),
					"a signing act of a certificate never bound"
				);
				let entry = acts.entry((act.signer.clone(), act.certificate.clone())).or_default();
				entry.saturating_inc();
			}
		}
		let mut bound = BTreeSet::new();
		for (who, binding) in Efirmas::<T>::iter() {
			let certificate = Certificates::<T>::get(&binding.certificate)
				.ok_or("a binding of a certificate with no record")?;
			ensure!(certificate.holder == who, "a binding whose certificate names another holder");
			ensure!(bound.insert(binding.certificate.clone()), "a certificate bound twice");
			ensure!(Self::is_identified(&who), "an e.firma bound to an unidentified account");
			ensure!(certificate.key.is_well_formed(), "a certificate with a malformed key");
			ensure!(certificate.not_before < certificate.not_after, "an empty validity period");
			ensure!(
				binding.acts <= T::MaxSigningActsPerBinding::get(),
				"more than MaxSigningActsPerBinding acts"
			);
			let stored = acts.get(&(who, binding.certificate)).copied().unwrap_or(0);
			ensure!(binding.acts <= stored, "more acts counted than stored");
		}
		Ok(())
	}

	fn try_state_credentials() -> Result<(), sp_runtime::TryRuntimeError> {
		for (subject, credential_type, _) in Credentials::<T>::iter() {
			ensure!(Self::is_identified(&subject), "a credential of an unidentified subject");
			ensure!(
				CredentialTypes::<T>::contains_key(credential_type),
				"a credential of a missing type"
			);
		}
		for (subject, credential_type, _) in CredentialsAwaitingConsent::<T>::iter() {
			ensure!(
				Self::is_identified(&subject),
				"a waiting credential of an unidentified subject"
			);
			ensure!(
				CredentialTypes::<T>::contains_key(credential_type),
				"a waiting credential of a missing type"
			);
			ensure!(
				!Credentials::<T>::contains_key(&subject, credential_type),
				"a credential both held and waiting"
			);
		}
		Ok(())
	}

	fn try_state_recoveries() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut pending: usize = 0;
		for (key, recovery) in PendingRecoveries::<T>::iter() {
			pending = pending.saturating_add(1);
			ensure!(PersonKeys::<T>::contains_key(key), "a pending recovery of an unknown key");
			ensure!(
				RecoveryTargets::<T>::get(&recovery.to) == Some(key),
				"a pending recovery whose account is not reserved for it"
			);
			ensure!(
				!Persons::<T>::contains_key(&recovery.to)
					&& !Organisations::<T>::contains_key(&recovery.to),
				"a pending recovery to an identified account"
			);
			ensure!(
				recovery.effective_at >= recovery.announced_at,
				"a pending recovery effective before its announcement"
			);
		}
		ensure!(
			RecoveryTargets::<T>::iter().count() == pending,
			"reserved accounts of no pending recovery"
		);
		Ok(())
	}

	fn try_state_residency_histories() -> Result<(), sp_runtime::TryRuntimeError> {
		for (key, history) in ResidencyHistory::<T>::iter() {
			ensure!(!history.is_empty(), "an empty residency history left in storage");
			ensure!(
				history.windows(2).all(|pair| matches!(pair, [a, b] if a.since < b.since)),
				"residency changes out of block order"
			);
			if let Some(PersonKeyState::Bound(who)) = PersonKeys::<T>::get(key) {
				let current = Persons::<T>::get(&who).map(|p| p.residency);
				ensure!(
					history.last().map(|change| change.residency) == current,
					"a residency history that ends elsewhere than the person lives"
				);
			}
		}
		for (_, person) in Persons::<T>::iter() {
			ensure!(
				ResidencyHistory::<T>::contains_key(person.key),
				"a person with no residency history"
			);
		}
		Ok(())
	}
}
