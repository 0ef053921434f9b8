//! Benchmarks of the property registry, worst case: owner sets of [`Config::MaxOwners`]
//! verified parties, folios with [`Config::MaxEncumbrances`] live encumbrances, pending lists of
//! [`Config::MaxPendingPerFolio`] entries, the longest cadastral keys, and mergers and
//! subdivisions of up to [`Config::MaxLinks`] folios.

use super::*;
use alloc::{vec, vec::Vec};
use bmx_primitives::identity::MexicanState;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use sp_runtime::traits::Saturating;

/// Guadalajara, Jalisco: the seat of the benchmark office.
const SEAT: Jurisdiction = Jurisdiction { state: MexicanState::Jalisco, municipality: 39 };

/// The office of the benchmarks.
const OFFICE: OfficeId = 0;

fn hash(n: u8) -> DocumentHash {
	DocumentHash::repeat_byte(n)
}

fn signed<T: Config>(who: &T::AccountId) -> OriginFor<T> {
	RawOrigin::Signed(who.clone()).into()
}

/// Office [`OFFICE`] with its registrar.
fn registrar<T: Config>() -> Result<T::AccountId, BenchmarkError> {
	let origin =
		T::RegistryOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
	let registrar: T::AccountId = account("registrar", 0, 0);
	Pallet::<T>::accredit_office(origin.clone(), OFFICE, SEAT)?;
	Pallet::<T>::accredit_registrar(origin, OFFICE, registrar.clone())?;
	Ok(registrar)
}

/// A notary: holds [`Config::NotaryCredential`].
fn notary<T: Config>() -> T::AccountId {
	let notary: T::AccountId = account("notary", 0, 0);
	T::BenchmarkHelper::issue_credential(&notary, T::NotaryCredential::get());
	notary
}

/// [`Config::MaxOwners`] verified persons.
fn owner_accounts<T: Config>(seed: u32) -> OwnerAccountsOf<T> {
	let accounts: Vec<T::AccountId> = (0..T::MaxOwners::get())
		.map(|i| {
			let who: T::AccountId = account("owner", i, seed);
			T::BenchmarkHelper::verify_person(&who, seed.saturating_mul(1_000).saturating_add(i));
			who
		})
		.collect();
	accounts.try_into().expect("MaxOwners accounts fit; qed")
}

/// A folio of [`OFFICE`] owned by the full owner set of `seed`.
fn folio<T: Config>(registrar: &T::AccountId, seed: u32) -> Result<FolioId, BenchmarkError> {
	let folio = NextFolioId::<T>::get();
	Pallet::<T>::open_folio(
		signed::<T>(registrar),
		SEAT,
		1_000_000,
		owner_accounts::<T>(seed),
		hash(1),
	)?;
	Ok(folio)
}

/// Present `act` on `folio` as `notary`; returns its entry number.
fn present<T: Config>(
	notary: &T::AccountId,
	folio: FolioId,
	act: PresentedActOf<T>,
	use_notice: bool,
) -> Result<EntryNumber, BenchmarkError> {
	let entry = NextEntryNumber::<T>::get();
	Pallet::<T>::present_document(signed::<T>(notary), folio, act, hash(7), use_notice)?;
	Ok(entry)
}

/// A transfer from the owners of seed 0 to those of `to`.
fn transfer<T: Config>(to: u32) -> PresentedActOf<T> {
	Act::Transfer {
		kind: TransferKind::Purchase,
		from: owner_accounts::<T>(0),
		to: owner_accounts::<T>(to),
	}
}

/// A mortgage on the owner of seed 0, in favour of the same.
fn mortgage<T: Config>() -> PresentedActOf<T> {
	let owner: T::AccountId = account("owner", 0, 0);
	Act::Encumber { kind: EncumbranceKind::Mortgage, burdened: owner.clone(), beneficiary: owner }
}

/// Inscribe `count` mortgages on `folio` (owned by seed 0); returns their entries.
fn encumber<T: Config>(
	registrar: &T::AccountId,
	notary: &T::AccountId,
	folio: FolioId,
	count: u32,
) -> Result<Vec<EntryNumber>, BenchmarkError> {
	let mut entries = Vec::new();
	for _ in 0..count {
		let entry = present::<T>(notary, folio, mortgage::<T>(), false)?;
		Pallet::<T>::inscribe_entry(signed::<T>(registrar), folio, entry)?;
		entries.push(entry);
	}
	Ok(entries)
}

/// Present transfers on `folio` until `count` entries are pending.
fn fill_pending<T: Config>(
	notary: &T::AccountId,
	folio: FolioId,
	count: u32,
) -> Result<(), BenchmarkError> {
	while (Pending::<T>::decode_len(folio).unwrap_or(0) as u32) < count {
		present::<T>(notary, folio, transfer::<T>(1), false)?;
	}
	Ok(())
}

/// Move past the notice and correction periods.
fn wait<T: Config>(blocks: BlockNumberFor<T>) {
	let now = frame_system::Pallet::<T>::block_number();
	frame_system::Pallet::<T>::set_block_number(now.saturating_add(blocks));
}

/// `count` cells from the `from`-th of [`test_cell`]'s run: a land.
fn land<T: Config>(from: u32, count: u32) -> Result<LandOf<T>, BenchmarkError> {
	(from..from.saturating_add(count))
		.map(test_cell)
		.collect::<Vec<_>>()
		.try_into()
		.map_err(|_| BenchmarkError::Weightless)
}

/// Keys of the longest length, distinguished by `n`.
fn cadastral_key<T: Config>(n: u8) -> CadastralKeyOf<T> {
	let mut key = vec![b'k'; T::MaxCadastralKeyLen::get().max(1) as usize];
	if let Some(first) = key.first_mut() {
		*first = n;
	}
	key.try_into().expect("MaxCadastralKeyLen bytes fit; qed")
}

/// A folio with full owners, full live encumbrances, a full pending list whose first entry is
/// a transfer, and a live notice with a later number.
fn busy_folio<T: Config>(
) -> Result<(T::AccountId, T::AccountId, FolioId, EntryNumber), BenchmarkError> {
	let registrar = registrar::<T>()?;
	let notary = notary::<T>();
	let folio = folio::<T>(&registrar, 0)?;
	encumber::<T>(&registrar, &notary, folio, T::MaxEncumbrances::get())?;
	let first = present::<T>(&notary, folio, transfer::<T>(1), false)?;
	fill_pending::<T>(&notary, folio, T::MaxPendingPerFolio::get())?;
	Pallet::<T>::file_notice(signed::<T>(&notary), folio, hash(6))?;
	Ok((registrar, notary, folio, first))
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn accredit_office() -> Result<(), BenchmarkError> {
		let origin =
			T::RegistryOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, OFFICE, SEAT);
		assert!(Offices::<T>::contains_key(OFFICE));
		Ok(())
	}

	#[benchmark]
	fn accredit_registrar() -> Result<(), BenchmarkError> {
		let origin =
			T::RegistryOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		Pallet::<T>::accredit_office(origin.clone(), OFFICE, SEAT)?;
		let registrar: T::AccountId = account("registrar", 0, 0);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, OFFICE, registrar.clone());
		assert_eq!(Registrars::<T>::get(&registrar), Some(OFFICE));
		Ok(())
	}

	#[benchmark]
	fn revoke_registrar() -> Result<(), BenchmarkError> {
		let registrar = registrar::<T>()?;
		let origin =
			T::RegistryOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, registrar.clone());
		assert!(!Registrars::<T>::contains_key(&registrar));
		Ok(())
	}

	#[benchmark]
	fn open_folio() -> Result<(), BenchmarkError> {
		let registrar = registrar::<T>()?;
		let owners = owner_accounts::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(registrar), SEAT, 1_000_000, owners, hash(1));
		assert!(Folios::<T>::contains_key(0));
		Ok(())
	}

	#[benchmark]
	fn file_notice() -> Result<(), BenchmarkError> {
		let registrar = registrar::<T>()?;
		let notary = notary::<T>();
		let folio = folio::<T>(&registrar, 0)?;
		// Worst case: an expired notice is replaced.
		Pallet::<T>::file_notice(signed::<T>(&notary), folio, hash(6))?;
		wait::<T>(T::NoticePeriod::get());
		#[extrinsic_call]
		_(RawOrigin::Signed(notary), folio, hash(6));
		assert_eq!(Notices::<T>::get(folio).map(|n| n.number), Some(1));
		Ok(())
	}

	#[benchmark]
	fn withdraw_notice() -> Result<(), BenchmarkError> {
		let registrar = registrar::<T>()?;
		let notary = notary::<T>();
		let folio = folio::<T>(&registrar, 0)?;
		Pallet::<T>::file_notice(signed::<T>(&notary), folio, hash(6))?;
		#[extrinsic_call]
		_(RawOrigin::Signed(notary), folio);
		assert!(!Notices::<T>::contains_key(folio));
		Ok(())
	}

	#[benchmark]
	fn remove_expired_notice() -> Result<(), BenchmarkError> {
		let registrar = registrar::<T>()?;
		let notary = notary::<T>();
		let folio = folio::<T>(&registrar, 0)?;
		Pallet::<T>::file_notice(signed::<T>(&notary), folio, hash(6))?;
		wait::<T>(T::NoticePeriod::get());
		let anyone: T::AccountId = account("anyone", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(anyone), folio);
		assert!(!Notices::<T>::contains_key(folio));
		Ok(())
	}

	#[benchmark]
	fn present_document() -> Result<(), BenchmarkError> {
		let registrar = registrar::<T>()?;
		let notary = notary::<T>();
		let folio = folio::<T>(&registrar, 0)?;
		// Worst case: full owner sets on both sides, a notice whose priority goes before every
		// pending entry, and the pending list one short of full.
		Pallet::<T>::file_notice(signed::<T>(&notary), folio, hash(6))?;
		fill_pending::<T>(&notary, folio, T::MaxPendingPerFolio::get().saturating_sub(1))?;
		let act = transfer::<T>(1);
		let entry = NextEntryNumber::<T>::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(notary), folio, act, hash(7), true);
		assert_eq!(Pending::<T>::get(folio).first().map(|(_, e)| *e), Some(entry));
		Ok(())
	}

	#[benchmark]
	fn inscribe_entry() -> Result<(), BenchmarkError> {
		let (registrar, _, folio, first) = busy_folio::<T>()?;
		#[extrinsic_call]
		_(RawOrigin::Signed(registrar), folio, first);
		assert!(matches!(
			Entries::<T>::get(folio, first).map(|e| e.status),
			Some(EntryStatus::Inscribed { .. })
		));
		Ok(())
	}

	#[benchmark]
	fn suspend_entry() -> Result<(), BenchmarkError> {
		let (registrar, _, folio, first) = busy_folio::<T>()?;
		#[extrinsic_call]
		_(RawOrigin::Signed(registrar), folio, first, hash(8));
		assert!(matches!(
			Entries::<T>::get(folio, first).map(|e| e.status),
			Some(EntryStatus::Suspended { .. })
		));
		Ok(())
	}

	#[benchmark]
	fn correct_entry() -> Result<(), BenchmarkError> {
		let (registrar, notary, folio, first) = busy_folio::<T>()?;
		Pallet::<T>::suspend_entry(signed::<T>(&registrar), folio, first, hash(8))?;
		#[extrinsic_call]
		_(RawOrigin::Signed(notary), folio, first, hash(9));
		assert_eq!(Entries::<T>::get(folio, first).map(|e| e.status), Some(EntryStatus::Presented));
		Ok(())
	}

	#[benchmark]
	fn deny_entry() -> Result<(), BenchmarkError> {
		let (registrar, _, folio, first) = busy_folio::<T>()?;
		#[extrinsic_call]
		_(RawOrigin::Signed(registrar), folio, first, hash(8));
		assert_eq!(
			Entries::<T>::get(folio, first).map(|e| e.status),
			Some(EntryStatus::Denied { reason: hash(8) })
		);
		Ok(())
	}

	#[benchmark]
	fn lapse_entry() -> Result<(), BenchmarkError> {
		let (registrar, _, folio, first) = busy_folio::<T>()?;
		Pallet::<T>::suspend_entry(signed::<T>(&registrar), folio, first, hash(8))?;
		wait::<T>(T::CorrectionPeriod::get());
		let anyone: T::AccountId = account("anyone", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(anyone), folio, first);
		assert_eq!(Entries::<T>::get(folio, first).map(|e| e.status), Some(EntryStatus::Lapsed));
		Ok(())
	}

	#[benchmark]
	fn issue_certificate() -> Result<(), BenchmarkError> {
		let (_, _, folio, _) = busy_folio::<T>()?;
		let anyone: T::AccountId = account("anyone", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(anyone), folio);
		assert!(Certificates::<T>::contains_key(0));
		Ok(())
	}

	#[benchmark]
	fn link_cadastral_key(
		o: Linear<0, { T::MaxCells::get() }>,
		c: Linear<0, { T::MaxCells::get() }>,
	) -> Result<(), BenchmarkError> {
		let registrar = registrar::<T>()?;
		let folio = folio::<T>(&registrar, 0)?;
		let origin =
			T::CadastralOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		// The folio's previous key is unlinked and its `o` previous cells leave the index; `c`
		// other cells enter it.
		Pallet::<T>::link_cadastral_key(
			origin.clone(),
			folio,
			cadastral_key::<T>(b'a'),
			land::<T>(0, o)?,
		)?;
		let land = land::<T>(T::MaxCells::get(), c)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, folio, cadastral_key::<T>(b'b'), land);
		assert_eq!(FolioOfCadastralKey::<T>::get(cadastral_key::<T>(b'b')), Some(folio));
		Ok(())
	}

	#[benchmark]
	fn close_folio(c: Linear<0, { T::MaxCells::get() }>) -> Result<(), BenchmarkError> {
		let registrar = registrar::<T>()?;
		let notary = notary::<T>();
		let folio = folio::<T>(&registrar, 0)?;
		// Its `c` cells leave the index, and an expired notice is removed.
		let cadastre =
			T::CadastralOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		Pallet::<T>::link_cadastral_key(
			cadastre,
			folio,
			cadastral_key::<T>(b'a'),
			land::<T>(0, c)?,
		)?;
		Pallet::<T>::file_notice(signed::<T>(&notary), folio, hash(6))?;
		wait::<T>(T::NoticePeriod::get());
		#[extrinsic_call]
		_(RawOrigin::Signed(registrar), folio, hash(5));
		assert!(!Folios::<T>::get(folio).is_some_and(|f| f.status.is_open()));
		Ok(())
	}

	#[benchmark]
	fn merge_folios(
		n: Linear<2, { T::MaxLinks::get() }>,
		c: Linear<0, { T::MaxCells::get() }>,
	) -> Result<(), BenchmarkError> {
		let registrar = registrar::<T>()?;
		let cadastre =
			T::CadastralOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		// Each folio brings its share of the `c` cells: they all leave the index and their union
		// enters it.
		let share = c / n;
		let mut folios = FolioLinksOf::<T>::new();
		for k in 0..n {
			let folio = folio::<T>(&registrar, 0)?;
			let land = land::<T>(k.saturating_mul(share), share)?;
			Pallet::<T>::link_cadastral_key(
				cadastre.clone(),
				folio,
				cadastral_key::<T>(k as u8),
				land,
			)?;
			folios.try_push(folio).map_err(|_| BenchmarkError::Weightless)?;
		}
		let merged = NextFolioId::<T>::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(registrar), folios, hash(3));
		assert!(Folios::<T>::contains_key(merged));
		Ok(())
	}

	#[benchmark]
	fn subdivide_folio(
		n: Linear<2, { T::MaxLinks::get() }>,
		c: Linear<0, { T::MaxCells::get() }>,
	) -> Result<(), BenchmarkError> {
		let registrar = registrar::<T>()?;
		let folio = folio::<T>(&registrar, 0)?;
		// Its `c` cells leave the index.
		let cadastre =
			T::CadastralOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		Pallet::<T>::link_cadastral_key(
			cadastre,
			folio,
			cadastral_key::<T>(b'a'),
			land::<T>(0, c)?,
		)?;
		// The folio has 1_000_000 cm²: n - 1 parts of 1 cm² and the rest.
		let mut surfaces: Vec<u64> = vec![1; n.saturating_sub(1) as usize];
		surfaces.push(1_000_000u64.saturating_sub(u64::from(n.saturating_sub(1))));
		let surfaces: SurfacesOf<T> =
			surfaces.try_into().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(registrar), folio, surfaces, hash(4));
		assert_eq!(NextFolioId::<T>::get(), folio.saturating_add(1).saturating_add(n.into()));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder::bare(), crate::mock::Test);
}
