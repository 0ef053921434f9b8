//! Folios mercantiles: incorporation, amendments, dissolution, and the inscription of an act
//! that every call shares.

use crate::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_inscribe_incorporation(
		registrar: T::AccountId,
		account: T::AccountId,
		notary: T::AccountId,
		document: DocumentHash,
	) -> DispatchResult {
		let company =
			T::Organisations::organisation_key(&account).ok_or(Error::<T>::NotOrganisation)?;
		ensure!(!Folios::<T>::contains_key(company), Error::<T>::AlreadyExists);
		Self::ensure_notary(&notary)?;
		let now = frame_system::Pallet::<T>::block_number();
		let mut folio = FolioOf::<T> {
			status: CompanyStatus::Active,
			incorporated_at: now,
			next_act: 0,
			administrators: Default::default(),
			powers: Default::default(),
		};
		Self::inscribe(
			company,
			&mut folio,
			ActKind::Incorporation,
			document,
			notary.clone(),
			registrar.clone(),
		)?;
		Folios::<T>::insert(company, folio);
		Self::deposit_event(Event::CompanyIncorporated {
			company,
			account,
			document,
			notary,
			registrar,
		});
		Ok(())
	}

	pub(crate) fn do_inscribe_amendment(
		registrar: T::AccountId,
		company: OrganisationKey,
		notary: T::AccountId,
		document: DocumentHash,
	) -> DispatchResult {
		let mut folio = Self::active_folio(company, &notary)?;
		let act =
			Self::inscribe(company, &mut folio, ActKind::Amendment, document, notary, registrar)?;
		Folios::<T>::insert(company, folio);
		Self::deposit_event(Event::BylawsAmended { company, act, document });
		Ok(())
	}

	pub(crate) fn do_inscribe_dissolution(
		registrar: T::AccountId,
		company: OrganisationKey,
		notary: T::AccountId,
		document: DocumentHash,
	) -> DispatchResult {
		let mut folio = Self::active_folio(company, &notary)?;
		let act =
			Self::inscribe(company, &mut folio, ActKind::Dissolution, document, notary, registrar)?;
		let administrators_removed = folio.administrators.len() as u32;
		let powers_ended = folio.powers.len() as u32;
		folio.administrators.clear();
		folio.powers.clear();
		folio.status = CompanyStatus::Dissolved;
		Folios::<T>::insert(company, folio);
		Self::deposit_event(Event::CompanyDissolved {
			company,
			act,
			administrators_removed,
			powers_ended,
		});
		Ok(())
	}

	/// The folio of `company`, if it exists and is active and `notary` holds the notary
	/// credential.
	pub(crate) fn active_folio(
		company: OrganisationKey,
		notary: &T::AccountId,
	) -> Result<FolioOf<T>, DispatchError> {
		let folio = Folios::<T>::get(company).ok_or(Error::<T>::NotFound)?;
		ensure!(folio.status == CompanyStatus::Active, Error::<T>::Dissolved);
		Self::ensure_notary(notary)?;
		Ok(folio)
	}

	/// Fails with [`Error::NotNotary`] unless `who` holds [`Config::NotaryCredential`].
	pub(crate) fn ensure_notary(who: &T::AccountId) -> DispatchResult {
		ensure!(
			T::Credentials::has_credential(who, T::NotaryCredential::get()),
			Error::<T>::NotNotary
		);
		Ok(())
	}

	/// Fails unless `scopes` names at least one scope, each once.
	pub(crate) fn ensure_scopes(scopes: &Scopes) -> DispatchResult {
		ensure!(!scopes.is_empty(), Error::<T>::EmptyScopes);
		for (i, scope) in scopes.iter().enumerate() {
			ensure!(
				!scopes.iter().skip(i.saturating_add(1)).any(|s| s == scope),
				Error::<T>::DuplicateScope
			);
		}
		Ok(())
	}

	/// Record `kind` as the next act of `folio` (the caller stores the folio). Writes nothing
	/// when it fails.
	///
	/// Acts that open something (incorporation, amendment, appointment, grant) are refused once
	/// the folio holds [`Config::MaxActsPerFolio`] acts; acts that end something (removal,
	/// revocation, dissolution) are always accepted, so that every administrator and power keeps
	/// its exit. Each ends one earlier appointment or grant, or the company once: a folio holds at
	/// most `2 * MaxActsPerFolio + 1` acts.
	pub(crate) fn inscribe(
		company: OrganisationKey,
		folio: &mut FolioOf<T>,
		kind: ActKind<BlockNumberFor<T>>,
		document: DocumentHash,
		notary: T::AccountId,
		registrar: T::AccountId,
	) -> Result<ActNumber, DispatchError> {
		let act = folio.next_act;
		ensure!(kind.is_ending() || act < T::MaxActsPerFolio::get(), Error::<T>::TooManyActs);
		folio.next_act = act.checked_add(1).ok_or(Error::<T>::TooManyActs)?;
		let record = Act {
			kind,
			document,
			notary,
			registrar,
			inscribed_at: frame_system::Pallet::<T>::block_number(),
		};
		Acts::<T>::insert(company, act, record);
		Ok(act)
	}
}
