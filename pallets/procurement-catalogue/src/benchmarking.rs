//! Benchmarks of the procurement catalogue, worst case: names of [`Config::MaxNameLength`]
//! bytes, two-byte characters all along (the UTF-8 check reads every byte), and a rename whose
//! old and new names differ only in their last byte (the comparison reads both whole).

use super::*;
use frame_benchmarking::v2::*;

/// A well-formed code not in the catalogue (the runtime's genesis may hold some): the highest
/// free one.
fn free_code<T: Config>() -> CucopCode {
	(CucopCode::MIN..=CucopCode::MAX)
		.rev()
		.map(CucopCode)
		.find(|code| !Codes::<T>::contains_key(code))
		.unwrap_or(CucopCode(CucopCode::MIN))
}

/// A name of [`Config::MaxNameLength`] bytes: `ñ` repeated, padded with `n`, ending in `last`.
fn worst_name<T: Config>(last: u8) -> Result<NameOf<T>, BenchmarkError> {
	let length = T::MaxNameLength::get() as usize;
	let mut name = Vec::with_capacity(length);
	while name.len().saturating_add(3) <= length {
		name.extend_from_slice("ñ".as_bytes());
	}
	name.resize(length.saturating_sub(1), b'n');
	name.push(last);
	name.try_into().map_err(|_| BenchmarkError::Stop("the worst name does not fit"))
}

/// The catalogue's keeper's origin.
fn keeper<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::CatalogueOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// A free code added with the worst name.
fn added<T: Config>() -> Result<CucopCode, BenchmarkError> {
	let code = free_code::<T>();
	Pallet::<T>::do_add_code(code, worst_name::<T>(b'a')?)?;
	Ok(code)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_code() -> Result<(), BenchmarkError> {
		let origin = keeper::<T>()?;
		let code = free_code::<T>();
		let name = worst_name::<T>(b'a')?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, code, name.clone());

		assert_eq!(Codes::<T>::get(code).map(|entry| entry.name), Some(name));
		Ok(())
	}

	#[benchmark]
	fn rename_code() -> Result<(), BenchmarkError> {
		let origin = keeper::<T>()?;
		let code = added::<T>()?;
		let name = worst_name::<T>(b'b')?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, code, name.clone());

		assert_eq!(Codes::<T>::get(code).map(|entry| entry.name), Some(name));
		Ok(())
	}

	#[benchmark]
	fn retire_code() -> Result<(), BenchmarkError> {
		let origin = keeper::<T>()?;
		let code = added::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, code);

		assert!(!<Pallet<T> as ProcurementCatalogue>::is_active(code));
		Ok(())
	}

	#[benchmark]
	fn restore_code() -> Result<(), BenchmarkError> {
		let origin = keeper::<T>()?;
		let code = added::<T>()?;
		Pallet::<T>::do_set_status(code, CodeStatus::Retired)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, code);

		assert!(<Pallet<T> as ProcurementCatalogue>::is_active(code));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
