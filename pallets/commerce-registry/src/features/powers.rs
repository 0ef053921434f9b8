//! Powers of attorney (poderes): granted, revoked, and removed once expired.

use crate::*;

impl<T: Config> Pallet<T> {
	#[allow(clippy::too_many_arguments)]
	pub(crate) fn do_grant_power(
		registrar: T::AccountId,
		company: OrganisationKey,
		attorney: T::AccountId,
		scopes: Scopes,
		expires_at: Option<BlockNumberFor<T>>,
		notary: T::AccountId,
		document: DocumentHash,
	) -> DispatchResult {
		let mut folio = Self::active_folio(company, &notary)?;
		let person = T::Persons::person_key(&attorney).ok_or(Error::<T>::NotPerson)?;
		Self::ensure_scopes(&scopes)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(expires_at.map_or(true, |end| end > now), Error::<T>::ExpiryInPast);
		let grant = folio.next_act;
		folio
			.powers
			.try_push(Power { grant, attorney: person, scopes: scopes.clone(), expires_at })
			.map_err(|_| Error::<T>::TooManyPowers)?;
		let act = Self::inscribe(
			company,
			&mut folio,
			ActKind::PowerGranted { attorney: person, scopes, expires_at },
			document,
			notary,
			registrar,
		)?;
		Folios::<T>::insert(company, folio);
		Self::deposit_event(Event::PowerGranted { company, act, attorney: person, expires_at });
		Ok(())
	}

	pub(crate) fn do_revoke_power(
		registrar: T::AccountId,
		company: OrganisationKey,
		grant: ActNumber,
		notary: T::AccountId,
		document: DocumentHash,
	) -> DispatchResult {
		let mut folio = Self::active_folio(company, &notary)?;
		let position = folio
			.powers
			.iter()
			.position(|p| p.grant == grant)
			.ok_or(Error::<T>::PowerNotFound)?;
		let revoked = folio.powers.remove(position);
		let act = Self::inscribe(
			company,
			&mut folio,
			ActKind::PowerRevoked { grant },
			document,
			notary,
			registrar,
		)?;
		Folios::<T>::insert(company, folio);
		Self::deposit_event(Event::PowerRevoked {
			company,
			act,
			grant,
			attorney: revoked.attorney,
		});
		Ok(())
	}

	pub(crate) fn do_remove_expired_power(
		company: OrganisationKey,
		grant: ActNumber,
	) -> DispatchResult {
		let mut folio = Folios::<T>::get(company).ok_or(Error::<T>::NotFound)?;
		let position = folio
			.powers
			.iter()
			.position(|p| p.grant == grant)
			.ok_or(Error::<T>::PowerNotFound)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			folio.powers.get(position).is_some_and(|p| p.is_expired(&now)),
			Error::<T>::NotExpired
		);
		folio.powers.remove(position);
		Folios::<T>::insert(company, folio);
		Self::deposit_event(Event::ExpiredPowerRemoved { company, grant });
		Ok(())
	}
}
