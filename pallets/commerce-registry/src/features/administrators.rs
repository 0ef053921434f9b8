//! Administrators: the administrador único or the members of the consejo de administración.

use crate::*;

impl<T: Config> Pallet<T> {
	#[allow(clippy::too_many_arguments)]
	pub(crate) fn do_appoint_administrator(
		registrar: T::AccountId,
		company: OrganisationKey,
		administrator: T::AccountId,
		role: AdministratorRole,
		scopes: Scopes,
		notary: T::AccountId,
		document: DocumentHash,
	) -> DispatchResult {
		let mut folio = Self::active_folio(company, &notary)?;
		let person = T::Persons::person_key(&administrator).ok_or(Error::<T>::NotPerson)?;
		Self::ensure_scopes(&scopes)?;
		let conflict = match role {
			AdministratorRole::Sole => !folio.administrators.is_empty(),
			AdministratorRole::BoardMember => {
				folio.administrators.iter().any(|a| a.role == AdministratorRole::Sole)
			},
		};
		ensure!(
			!folio.administrators.iter().any(|a| a.person == person),
			Error::<T>::AlreadyAdministrator
		);
		ensure!(!conflict, Error::<T>::AdministrationConflict);
		let appointment = folio.next_act;
		folio
			.administrators
			.try_push(Administrator { appointment, person, role, scopes: scopes.clone() })
			.map_err(|_| Error::<T>::TooManyAdministrators)?;
		let act = Self::inscribe(
			company,
			&mut folio,
			ActKind::AdministratorAppointed { person, role, scopes },
			document,
			notary,
			registrar,
		)?;
		Folios::<T>::insert(company, folio);
		Self::deposit_event(Event::AdministratorAppointed { company, act, person, role });
		Ok(())
	}

	pub(crate) fn do_remove_administrator(
		registrar: T::AccountId,
		company: OrganisationKey,
		appointment: ActNumber,
		notary: T::AccountId,
		document: DocumentHash,
	) -> DispatchResult {
		let mut folio = Self::active_folio(company, &notary)?;
		let position = folio
			.administrators
			.iter()
			.position(|a| a.appointment == appointment)
			.ok_or(Error::<T>::AdministratorNotFound)?;
		let removed = folio.administrators.remove(position);
		let act = Self::inscribe(
			company,
			&mut folio,
			ActKind::AdministratorRemoved { appointment },
			document,
			notary,
			registrar,
		)?;
		Folios::<T>::insert(company, folio);
		Self::deposit_event(Event::AdministratorRemoved {
			company,
			act,
			appointment,
			person: removed.person,
		});
		Ok(())
	}
}
