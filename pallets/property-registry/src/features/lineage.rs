//! The life of folios: cadastral keys, closure, merger (fusión) and subdivision. A closed folio
//! keeps its history and points to its successors; each successor points back.

use crate::*;
use alloc::vec::Vec;
use bmx_primitives::land;

impl<T: Config> Pallet<T> {
	/// Link `folio` to `cadastral_key` and `land`; the number of cells of the land it had (for
	/// the weight).
	pub(crate) fn do_link_cadastral_key(
		folio: FolioId,
		cadastral_key: CadastralKeyOf<T>,
		land: LandOf<T>,
	) -> Result<u32, DispatchError> {
		let mut record = Self::open_folio_record(folio)?;
		ensure!(!cadastral_key.is_empty(), Error::<T>::EmptyCadastralKey);
		ensure!(
			land::is_sorted_distinct(&land)
				&& land.iter().all(|cell| land::is_valid_cell(*cell, land::CELL_RESOLUTION)),
			Error::<T>::InvalidLand
		);
		// A closed folio's key passes on (to the merged folio, or to a part); its record keeps
		// it as history.
		if let Some(holder) = FolioOfCadastralKey::<T>::get(&cadastral_key) {
			let holder_open = Folios::<T>::get(holder).is_some_and(|r| r.status.is_open());
			ensure!(holder == folio || !holder_open, Error::<T>::CadastralKeyTaken);
		}
		if let Some(previous) = record.cadastral_key.take() {
			FolioOfCadastralKey::<T>::remove(&previous);
		}
		FolioOfCadastralKey::<T>::insert(&cadastral_key, folio);
		record.cadastral_key = Some(cadastral_key.clone());
		let cells = land.len() as u32;
		let old = record.land.len() as u32;
		Self::unindex_land(folio, &record.land);
		Self::index_land(folio, &land);
		record.land = land;
		Folios::<T>::insert(folio, record);
		Self::deposit_event(Event::CadastralKeyLinked { folio, cadastral_key, cells });
		Ok(old)
	}

	/// Put `folio` on the cell index of each cell of `land`.
	fn index_land(folio: FolioId, land: &[H3Cell]) {
		for cell in land {
			FoliosOfCell::<T>::insert(cell, folio, ());
		}
	}

	/// Take `folio` off the cell index of each cell of `land`.
	fn unindex_land(folio: FolioId, land: &[H3Cell]) {
		for cell in land {
			FoliosOfCell::<T>::remove(cell, folio);
		}
	}

	/// The open folio, once `registrar` is checked as a registrar of its office and the folio
	/// as free of encumbrances, pending entries and live notices.
	fn folio_ready_to_close(
		registrar: &T::AccountId,
		folio: FolioId,
	) -> Result<FolioOf<T>, DispatchError> {
		let record = Folios::<T>::get(folio).ok_or(Error::<T>::FolioNotFound)?;
		Self::ensure_registrar_of(registrar, record.office)?;
		ensure!(record.status.is_open(), Error::<T>::FolioClosed);
		ensure!(record.encumbrances.is_empty(), Error::<T>::Encumbered);
		ensure!(!Pending::<T>::contains_key(folio), Error::<T>::EntriesPending);
		if let Some(notice) = Notices::<T>::get(folio) {
			ensure!(!Self::is_live(&notice), Error::<T>::EntriesPending);
		}
		Ok(record)
	}

	/// Close `folio` pointing to `successors`, taking its land off the cell index; an expired
	/// notice on it is removed.
	fn close(
		folio: FolioId,
		mut record: FolioOf<T>,
		successors: FolioLinksOf<T>,
		document: DocumentHash,
	) {
		if let Some(notice) = Notices::<T>::take(folio) {
			Self::deposit_event(Event::NoticeExpired { folio, number: notice.number });
		}
		Self::unindex_land(folio, &record.land);
		record.status = FolioStatus::Closed {
			at: frame_system::Pallet::<T>::block_number(),
			successors: successors.clone(),
			document,
		};
		Folios::<T>::insert(folio, record);
		Self::deposit_event(Event::FolioClosed { folio, successors, document });
	}

	/// Close `folio` without successor; the number of cells of its land (for the weight).
	pub(crate) fn do_close_folio(
		registrar: T::AccountId,
		folio: FolioId,
		document: DocumentHash,
	) -> Result<u32, DispatchError> {
		let record = Self::folio_ready_to_close(&registrar, folio)?;
		let cells = record.land.len() as u32;
		Self::close(folio, record, BoundedVec::new(), document);
		Ok(cells)
	}

	/// Merge `folios` into a new folio; the number of cells of their lands together (for the
	/// weight).
	pub(crate) fn do_merge_folios(
		registrar: T::AccountId,
		folios: FolioLinksOf<T>,
		document: DocumentHash,
	) -> Result<u32, DispatchError> {
		ensure!(folios.len() >= 2, Error::<T>::TooFewFolios);
		Self::ensure_distinct(&folios)?;
		let mut records = Vec::with_capacity(folios.len());
		let mut surface: u64 = 0;
		let mut cells: Vec<H3Cell> = Vec::new();
		for folio in folios.iter() {
			let record = Self::folio_ready_to_close(&registrar, *folio)?;
			surface = surface.checked_add(record.surface_cm2).ok_or(Error::<T>::Overflow)?;
			cells.extend(record.land.iter().copied());
			records.push((*folio, record));
		}
		// Each folio's land leaves the index and the union enters it: bounded by the cells of
		// the merged folios together, not only by their union.
		let touched = cells.len() as u32;
		ensure!(touched <= T::MaxCells::get(), Error::<T>::TooManyCells);
		cells.sort_unstable();
		cells.dedup();
		let land: LandOf<T> = cells.try_into().map_err(|_| Error::<T>::TooManyCells)?;
		let Some((_, first)) = records.first() else {
			return Err(Error::<T>::TooFewFolios.into());
		};
		let (office, location, owners) = (first.office, first.location, first.owners.clone());
		for (_, record) in records.iter() {
			ensure!(
				record.office == office
					&& record.owners.len() == owners.len()
					&& record.owners.iter().all(|party| owners.contains(party)),
				Error::<T>::FoliosDiffer
			);
		}
		let merged = Self::take_folio_id()?;
		let successors: FolioLinksOf<T> =
			BoundedVec::try_from(alloc::vec![merged]).map_err(|_| Error::<T>::Overflow)?;
		for (folio, record) in records {
			Self::close(folio, record, successors.clone(), document);
		}
		Self::index_land(merged, &land);
		Folios::<T>::insert(
			merged,
			Folio {
				office,
				cadastral_key: None,
				location,
				surface_cm2: surface,
				land,
				owners,
				encumbrances: BoundedVec::new(),
				opened_at: frame_system::Pallet::<T>::block_number(),
				predecessors: folios.clone(),
				status: FolioStatus::Open,
			},
		);
		Self::deposit_event(Event::FoliosMerged { predecessors: folios, folio: merged });
		Ok(touched)
	}

	/// Fails with [`Error::DuplicateFolio`] if a folio appears twice.
	fn ensure_distinct(folios: &[FolioId]) -> DispatchResult {
		for (position, folio) in folios.iter().enumerate() {
			let earlier = folios.get(..position).unwrap_or_default();
			ensure!(!earlier.contains(folio), Error::<T>::DuplicateFolio);
		}
		Ok(())
	}

	/// Subdivide `folio` into one new folio per entry of `surfaces`; the number of cells of its
	/// land (for the weight).
	pub(crate) fn do_subdivide_folio(
		registrar: T::AccountId,
		folio: FolioId,
		surfaces: SurfacesOf<T>,
		document: DocumentHash,
	) -> Result<u32, DispatchError> {
		ensure!(surfaces.len() >= 2, Error::<T>::TooFewFolios);
		let record = Self::folio_ready_to_close(&registrar, folio)?;
		let mut total: u64 = 0;
		for surface in surfaces.iter() {
			ensure!(*surface > 0, Error::<T>::SurfaceMismatch);
			total = total.checked_add(*surface).ok_or(Error::<T>::SurfaceMismatch)?;
		}
		ensure!(total == record.surface_cm2, Error::<T>::SurfaceMismatch);
		let first = NextFolioId::<T>::get();
		first.checked_add(surfaces.len() as u64).ok_or(Error::<T>::Overflow)?;
		let predecessors: FolioLinksOf<T> =
			BoundedVec::try_from(alloc::vec![folio]).map_err(|_| Error::<T>::Overflow)?;
		let now = frame_system::Pallet::<T>::block_number();
		let mut parts = FolioLinksOf::<T>::new();
		for surface in surfaces.iter() {
			let part = Self::take_folio_id()?;
			Folios::<T>::insert(
				part,
				Folio {
					office: record.office,
					cadastral_key: None,
					location: record.location,
					surface_cm2: *surface,
					land: BoundedVec::new(),
					owners: record.owners.clone(),
					encumbrances: BoundedVec::new(),
					opened_at: now,
					predecessors: predecessors.clone(),
					status: FolioStatus::Open,
				},
			);
			parts.try_push(part).map_err(|_| Error::<T>::Overflow)?;
		}
		let cells = record.land.len() as u32;
		Self::close(folio, record, parts.clone(), document);
		Self::deposit_event(Event::FolioSubdivided { folio, parts });
		Ok(cells)
	}
}
