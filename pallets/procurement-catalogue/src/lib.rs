//! # Procurement catalogue pallet
//!
//! The on-chain catalogue of CUCoP codes that tender partidas carry: which codes exist, what
//! each names and whether new partidas may still use it, kept by [`Config::CatalogueOrigin`]
//! and read by the tenders pallet through [`ProcurementCatalogue`].
//!
//! ## Overview
//!
//! - **Codes.** Each entry of [`Codes`] is a well-formed CUCoP code ([`CucopCode`], eight
//!   digits) with its Spanish description, its status ([`CodeStatus`]) and the blocks at which
//!   it was added and last changed ([`CatalogueEntry`]). [`CodeCount`] counts the entries.
//! - **Keeping the catalogue.** [`Config::CatalogueOrigin`] (in the runtime, a decision of the
//!   Executive Council) adds codes ([`Pallet::add_code`]), corrects their names
//!   ([`Pallet::rename_code`]), retires them ([`Pallet::retire_code`]) and restores retired
//!   ones ([`Pallet::restore_code`]). Codes are never removed: a retired code stays readable so
//!   that the tenders that carry it still resolve.
//! - **Genesis.** The chain starts with the codes of [`GenesisConfig::codes`], all active.
//! - **For the tenders pallet.** [`ProcurementCatalogue::is_active`] says whether a new partida
//!   may carry a code: it is in the catalogue and not retired.
//! - **Reading.** [`Pallet::code`] returns a code's entry; [`Pallet::search`] finds codes by the
//!   first digits of the code or by words of the name, ignoring case and Spanish accents
//!   ("credito" finds "Crédito"), in code order. Both are view functions and, through
//!   [`runtime_api::ProcurementCatalogueApi`], a runtime API.
//!
//! ## Terminology
//!
//! - **CUCoP** (Clasificador Único de las Contrataciones Públicas): the federal classifier of
//!   what the public sector buys. Each clave CUCoP has eight digits: the first five are the
//!   partida específica of the Clasificador por Objeto del Gasto
//!   ([`CucopCode::expense_item`]), the last three a sequence within it, e.g. `21101001`.
//! - **Partida**: an item of a tender (what is bought, how many); each carries a CUCoP code.
//! - **Baja (retirement)**: the code no longer applies to new partidas; old ones keep it.
//!
//! ## Pallet API
//!
//! | Index | Call | Origin |
//! |---|---|---|
//! | 0 | [`add_code`](Pallet::add_code) | [`Config::CatalogueOrigin`] |
//! | 1 | [`rename_code`](Pallet::rename_code) | [`Config::CatalogueOrigin`] |
//! | 2 | [`retire_code`](Pallet::retire_code) | [`Config::CatalogueOrigin`] |
//! | 3 | [`restore_code`](Pallet::restore_code) | [`Config::CatalogueOrigin`] |
//!
//! View functions (also behind [`runtime_api::ProcurementCatalogueApi`]): [`Pallet::code`],
//! [`Pallet::search`]. Other pallets use [`ProcurementCatalogue`].
//!
//! ## Assumptions
//!
//! - [`Config::CatalogueOrigin`] vouches that a code and its name match the CUCoP as published;
//!   the pallet checks only that the code has eight digits and that the name is non-empty
//!   UTF-8 of at most [`Config::MaxNameLength`] bytes.
//! - **Bounded storage.** Only [`Config::CatalogueOrigin`] and genesis write [`Codes`], at
//!   most one entry per well-formed code; the CUCoP has a few thousand codes.
//!   [`Pallet::search`] reads every entry, so it is for view functions and the runtime API
//!   only, never for a call.
//! - [`ProcurementCatalogue::is_active`] reads one entry of [`Codes`]: a pallet that calls it
//!   from a call counts that read in its weight.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
#[cfg(test)]
mod mock;
pub mod runtime_api;
#[cfg(test)]
mod tests;
#[cfg(any(test, feature = "try-runtime"))]
mod try_state;
pub mod types;
pub mod weights;

use alloc::vec::Vec;
pub use bmx_primitives::procurement::{CucopCode, ProcurementCatalogue};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;

/// A code's name as stored.
pub type NameOf<T> = BoundedVec<u8, <T as Config>::MaxNameLength>;

/// A catalogue entry as stored.
pub type CatalogueEntryOf<T> = CatalogueEntry<NameOf<T>, BlockNumberFor<T>>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Keeps the catalogue: adds, renames, retires and restores codes. In the runtime, a
		/// decision of the Executive Council.
		type CatalogueOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The longest name of a code, in bytes (UTF-8). Not zero.
		#[pallet::constant]
		type MaxNameLength: Get<u32>;

		/// Weight information for the calls of this pallet.
		type WeightInfo: WeightInfo;
	}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The catalogue: every code ever added, active or retired, with its name.
	// Hasher: Twox64Concat, only `CatalogueOrigin` and genesis choose the keys (well-formed
	// codes), so nobody can pick keys to unbalance the trie; the code reads from the key.
	#[pallet::storage]
	pub type Codes<T: Config> =
		StorageMap<_, Twox64Concat, CucopCode, CatalogueEntryOf<T>, OptionQuery>;

	/// How many codes [`Codes`] holds, active and retired.
	#[pallet::storage]
	pub type CodeCount<T: Config> = StorageValue<_, u32, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The codes the chain starts with, all active, and their names (UTF-8, not empty, at
		/// most [`Config::MaxNameLength`] bytes). Each code has eight digits and appears once.
		/// In JSON, a code is the number its digits spell.
		#[serde(with = "genesis_codes")]
		pub codes: Vec<(CucopCode, Vec<u8>)>,
		/// Ties the genesis to the runtime's configuration; not part of the chain spec.
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		// A chain spec the rules refuse must not become a chain: genesis has no caller to return
		// an error to, so it stops with the reason.
		#[allow(clippy::panic)]
		fn build(&self) {
			for (code, name) in &self.codes {
				let Ok(name) = NameOf::<T>::try_from(name.clone()) else {
					panic!("genesis CUCoP code {}: the name is longer than MaxNameLength", code.0);
				};
				if let Err(e) = Pallet::<T>::do_add_code(*code, name) {
					panic!("genesis CUCoP code {}: {}", code.0, <&str>::from(e));
				}
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A code entered the catalogue, active.
		CodeAdded {
			/// The code.
			code: CucopCode,
			/// Its name.
			name: NameOf<T>,
		},
		/// A code's name was corrected.
		CodeRenamed {
			/// The code.
			code: CucopCode,
			/// Its new name.
			name: NameOf<T>,
		},
		/// A code was retired: new partidas may no longer carry it.
		CodeRetired {
			/// The code.
			code: CucopCode,
		},
		/// A retired code was restored: new partidas may carry it again.
		CodeRestored {
			/// The code.
			code: CucopCode,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The code does not have eight digits (`10000000` to `99999999`); give the clave CUCoP
		/// as published.
		InvalidCode,
		/// The code is in the catalogue already (perhaps retired); rename or restore it instead.
		AlreadyExists,
		/// The code is not in the catalogue; add it first (see [`Pallet::code`]).
		NotFound,
		/// The name is empty; give the code's description.
		EmptyName,
		/// The name is not valid UTF-8; encode the description as UTF-8.
		InvalidName,
		/// The code has this name already; give a different one.
		NameUnchanged,
		/// The code is retired already; nothing to do.
		AlreadyRetired,
		/// The code is active; only a retired code can be restored.
		NotRetired,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxNameLength::get() > 0, "MaxNameLength must not be zero");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Add `code` to the catalogue, active, with `name`.
		///
		/// ## Origin
		/// [`Config::CatalogueOrigin`].
		///
		/// ## Errors
		/// [`Error::InvalidCode`], [`Error::AlreadyExists`], [`Error::EmptyName`],
		/// [`Error::InvalidName`].
		///
		/// ## Events
		/// [`Event::CodeAdded`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_code())]
		pub fn add_code(origin: OriginFor<T>, code: CucopCode, name: NameOf<T>) -> DispatchResult {
			T::CatalogueOrigin::ensure_origin(origin)?;
			Self::do_add_code(code, name)
		}

		/// Give `code` a new `name` (to correct it, or to follow a new edition of the CUCoP),
		/// whether it is active or retired.
		///
		/// ## Origin
		/// [`Config::CatalogueOrigin`].
		///
		/// ## Errors
		/// [`Error::NotFound`], [`Error::EmptyName`], [`Error::InvalidName`],
		/// [`Error::NameUnchanged`].
		///
		/// ## Events
		/// [`Event::CodeRenamed`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::rename_code())]
		pub fn rename_code(
			origin: OriginFor<T>,
			code: CucopCode,
			name: NameOf<T>,
		) -> DispatchResult {
			T::CatalogueOrigin::ensure_origin(origin)?;
			Self::do_rename_code(code, name)
		}

		/// Retire `code`: new partidas may no longer carry it. It stays in the catalogue, so
		/// the partidas that carry it still resolve.
		///
		/// ## Origin
		/// [`Config::CatalogueOrigin`].
		///
		/// ## Errors
		/// [`Error::NotFound`], [`Error::AlreadyRetired`].
		///
		/// ## Events
		/// [`Event::CodeRetired`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::retire_code())]
		pub fn retire_code(origin: OriginFor<T>, code: CucopCode) -> DispatchResult {
			T::CatalogueOrigin::ensure_origin(origin)?;
			Self::do_set_status(code, CodeStatus::Retired)
		}

		/// Restore the retired `code`: new partidas may carry it again.
		///
		/// ## Origin
		/// [`Config::CatalogueOrigin`].
		///
		/// ## Errors
		/// [`Error::NotFound`], [`Error::NotRetired`].
		///
		/// ## Events
		/// [`Event::CodeRestored`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::restore_code())]
		pub fn restore_code(origin: OriginFor<T>, code: CucopCode) -> DispatchResult {
			T::CatalogueOrigin::ensure_origin(origin)?;
			Self::do_set_status(code, CodeStatus::Active)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// The entry of `code`, active or retired; `None` if it is not in the catalogue.
		pub fn code(code: CucopCode) -> Option<CatalogueEntryView<BlockNumberFor<T>>> {
			Codes::<T>::get(code).map(CatalogueEntry::into_view)
		}

		/// The codes, active and retired, whose digits start with `query` (when it is all
		/// ASCII digits) or whose name contains `query`, ignoring ASCII case and the accents of
		/// Spanish (á é í ó ú ü ñ match a e i o u u n), in code order, at most `limit` (capped
		/// at [`MAX_SEARCH_RESULTS`]). An empty `query` matches every code. Reads the whole
		/// catalogue.
		pub fn search(
			query: Vec<u8>,
			limit: u32,
		) -> Vec<(CucopCode, CatalogueEntryView<BlockNumberFor<T>>)> {
			Self::find_codes(&query, limit)
		}
	}
}

/// The genesis codes in JSON: each code as the number its digits spell (how a derived
/// `serde` of [`CucopCode`], a newtype, would write it), each name as its bytes.
mod genesis_codes {
	use super::*;
	use serde::{Deserialize, Deserializer, Serializer};

	pub fn serialize<S: Serializer>(
		codes: &[(CucopCode, Vec<u8>)],
		serializer: S,
	) -> Result<S::Ok, S::Error> {
		serializer.collect_seq(codes.iter().map(|(code, name)| (code.0, name)))
	}

	pub fn deserialize<'de, D: Deserializer<'de>>(
		deserializer: D,
	) -> Result<Vec<(CucopCode, Vec<u8>)>, D::Error> {
		let codes = Vec::<(u32, Vec<u8>)>::deserialize(deserializer)?;
		Ok(codes.into_iter().map(|(code, name)| (CucopCode(code), name)).collect())
	}
}

/// The tenders pallet asks here whether a new partida may carry a code.
impl<T: Config> ProcurementCatalogue for Pallet<T> {
	fn is_active(code: CucopCode) -> bool {
		Codes::<T>::get(code).is_some_and(|entry| entry.status == CodeStatus::Active)
	}
}
