//! Folios, preventive notices and the presentation of documents.

use crate::*;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_open_folio(
		registrar: T::AccountId,
		location: Jurisdiction,
		surface_cm2: u64,
		owners: OwnerAccountsOf<T>,
		document: DocumentHash,
	) -> DispatchResult {
		let office = Registrars::<T>::get(&registrar).ok_or(Error::<T>::NotRegistrar)?;
		ensure!(location.is_well_formed(), Error::<T>::InvalidJurisdiction);
		let owners = Self::party_keys(&owners)?;
		Self::ensure_owner_set(&owners)?;
		let folio = Self::take_folio_id()?;
		Folios::<T>::insert(
			folio,
			Folio {
				office,
				cadastral_key: None,
				location,
				surface_cm2,
				land: BoundedVec::new(),
				owners,
				encumbrances: BoundedVec::new(),
				opened_at: frame_system::Pallet::<T>::block_number(),
				predecessors: BoundedVec::new(),
				status: FolioStatus::Open,
			},
		);
		Self::deposit_event(Event::FolioOpened { folio, office, registrar, document });
		Ok(())
	}

	/// Take the next folio id.
	pub(crate) fn take_folio_id() -> Result<FolioId, DispatchError> {
		let folio = NextFolioId::<T>::get();
		let next = folio.checked_add(1).ok_or(Error::<T>::Overflow)?;
		NextFolioId::<T>::put(next);
		Ok(folio)
	}

	/// The party key of `who`: its person key if it is a verified person, else its
	/// organisation key if it is a verified organisation.
	pub fn party_key(who: &T::AccountId) -> Result<PartyKey, DispatchError> {
		bmx_primitives::identity::party_key::<_, T::Persons, T::Organisations>(who)
			.ok_or_else(|| Error::<T>::PartyNotVerified.into())
	}

	/// The party keys of `parties`, in order.
	fn party_keys(
		parties: &BoundedVec<T::AccountId, T::MaxOwners>,
	) -> Result<OwnersOf<T>, DispatchError> {
		let mut keys = OwnersOf::<T>::new();
		for party in parties.iter() {
			keys.try_push(Self::party_key(party)?).map_err(|_| Error::<T>::Overflow)?;
		}
		Ok(keys)
	}

	/// `act` with its parties resolved to their party keys.
	fn resolve_act(act: PresentedActOf<T>) -> Result<ActOf<T>, DispatchError> {
		Ok(match act {
			Act::Transfer { kind, from, to } => {
				Act::Transfer { kind, from: Self::party_keys(&from)?, to: Self::party_keys(&to)? }
			},
			Act::Encumber { kind, burdened, beneficiary } => Act::Encumber {
				kind,
				burdened: Self::party_key(&burdened)?,
				beneficiary: Self::party_key(&beneficiary)?,
			},
			Act::Cancellation { of } => Act::Cancellation { of },
		})
	}

	/// The folio, if it exists and is open.
	pub(crate) fn open_folio_record(folio: FolioId) -> Result<FolioOf<T>, DispatchError> {
		let record = Folios::<T>::get(folio).ok_or(Error::<T>::FolioNotFound)?;
		ensure!(record.status.is_open(), Error::<T>::FolioClosed);
		Ok(record)
	}

	/// Fails unless `owners` is a non-empty set without repeated parties.
	pub(crate) fn ensure_owner_set(owners: &[PartyKey]) -> DispatchResult {
		ensure!(!owners.is_empty(), Error::<T>::NoOwners);
		for (position, owner) in owners.iter().enumerate() {
			let earlier = owners.get(..position).unwrap_or_default();
			ensure!(!earlier.contains(owner), Error::<T>::DuplicateOwner);
		}
		Ok(())
	}

	/// Take the next entry number.
	fn take_entry_number() -> Result<EntryNumber, DispatchError> {
		let number = NextEntryNumber::<T>::get();
		let next = number.checked_add(1).ok_or(Error::<T>::Overflow)?;
		NextEntryNumber::<T>::put(next);
		Ok(number)
	}

	/// Whether `notice` still reserves its priority now.
	pub(crate) fn is_live(notice: &NoticeOf<T>) -> bool {
		frame_system::Pallet::<T>::block_number() < notice.expires_at
	}

	pub(crate) fn do_file_notice(
		notary: T::AccountId,
		folio: FolioId,
		document: DocumentHash,
	) -> DispatchResult {
		ensure!(Self::is_notary(&notary), Error::<T>::NotNotary);
		Self::open_folio_record(folio)?;
		if let Some(existing) = Notices::<T>::get(folio) {
			ensure!(!Self::is_live(&existing), Error::<T>::NoticeAlreadyFiled);
			Self::deposit_event(Event::NoticeExpired { folio, number: existing.number });
		}
		let number = Self::take_entry_number()?;
		let expires_at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::NoticePeriod::get());
		Notices::<T>::insert(
			folio,
			Notice { number, notary: notary.clone(), document, expires_at },
		);
		Self::deposit_event(Event::NoticeFiled { folio, number, notary, expires_at });
		Ok(())
	}

	pub(crate) fn do_withdraw_notice(who: T::AccountId, folio: FolioId) -> DispatchResult {
		let notice = Notices::<T>::get(folio).ok_or(Error::<T>::NoticeNotFound)?;
		ensure!(notice.notary == who, Error::<T>::NoPermission);
		Notices::<T>::remove(folio);
		Self::deposit_event(Event::NoticeWithdrawn { folio, number: notice.number });
		Ok(())
	}

	pub(crate) fn do_remove_expired_notice(folio: FolioId) -> DispatchResult {
		let notice = Notices::<T>::get(folio).ok_or(Error::<T>::NoticeNotFound)?;
		ensure!(!Self::is_live(&notice), Error::<T>::NotExpired);
		Notices::<T>::remove(folio);
		Self::deposit_event(Event::NoticeExpired { folio, number: notice.number });
		Ok(())
	}

	pub(crate) fn do_present_document(
		presenter: T::AccountId,
		folio: FolioId,
		act: PresentedActOf<T>,
		document: DocumentHash,
		use_notice: bool,
	) -> DispatchResult {
		ensure!(Self::is_presenter(&presenter), Error::<T>::NotPresenter);
		Self::open_folio_record(folio)?;
		let act = Self::resolve_act(act)?;
		match &act {
			Act::Transfer { from, to, .. } => {
				Self::ensure_owner_set(from)?;
				Self::ensure_owner_set(to)?;
			},
			Act::Cancellation { of } => {
				// Only an authority lifts an embargo.
				let target = Entries::<T>::get(folio, of).map(|entry| entry.act);
				if let Some(Act::Encumber { kind: EncumbranceKind::Embargo, .. }) = target {
					ensure!(
						T::Credentials::has_credential(&presenter, T::AuthorityCredential::get()),
						Error::<T>::NoPermission
					);
				}
			},
			Act::Encumber { .. } => {},
		}
		let reserved = if use_notice {
			let notice = Notices::<T>::get(folio).ok_or(Error::<T>::NoticeNotFound)?;
			ensure!(notice.notary == presenter, Error::<T>::NoPermission);
			ensure!(Self::is_live(&notice), Error::<T>::NoticeExpired);
			Some(notice.number)
		} else {
			None
		};
		let mut pending = Pending::<T>::get(folio);
		ensure!((pending.len() as u32) < T::MaxPendingPerFolio::get(), Error::<T>::TooManyPending);
		let entry = Self::take_entry_number()?;
		let priority = reserved.unwrap_or(entry);
		let position = pending.partition_point(|(p, _)| *p < priority);
		pending
			.try_insert(position, (priority, entry))
			.map_err(|_| Error::<T>::TooManyPending)?;
		Pending::<T>::insert(folio, pending);
		if reserved.is_some() {
			Notices::<T>::remove(folio);
		}
		Entries::<T>::insert(
			folio,
			entry,
			Entry {
				priority,
				presenter: presenter.clone(),
				act,
				document,
				presented_at: frame_system::Pallet::<T>::block_number(),
				status: EntryStatus::Presented,
			},
		);
		Self::deposit_event(Event::DocumentPresented {
			folio,
			entry,
			priority,
			presenter,
			document,
		});
		Ok(())
	}
}
