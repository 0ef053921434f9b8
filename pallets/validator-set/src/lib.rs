//! # Validator set pallet
//!
//! The governance-settable set of Blockchain MX validators, handed to `pallet-session` at each
//! session boundary.
//!
//! ## Overview
//!
//! Blockchain MX is a permissioned network: each collective (academia, business, public sector,
//! civil society) runs validator nodes, and governance decides who they are. This pallet keeps
//! that list and implements [`pallet_session::SessionManager`], so that a change made by
//! governance is planned at the next session boundary and enacted one session later, when
//! `pallet-session` hands the new keys to Aura (block production) and GRANDPA (finality).
//!
//! A validator must have registered its session keys (`session.setKeys`) before it can be added,
//! so a mistake cannot put a keyless node in the authority set and stall block production. The
//! set never shrinks below [`Config::MinValidators`] nor grows beyond [`Config::MaxValidators`].
//!
//! ## Terminology
//!
//! - **Validator**: an account whose session keys author blocks and vote on finality.
//! - **Session**: a fixed number of blocks; validator changes take effect only at its boundary.
//! - **Planned set**: the set stored here, which the next session plan will use.
//!
//! ## Pallet API
//!
//! - [`Pallet::add_validator`]: add an account with registered session keys to the planned set.
//! - [`Pallet::remove_validator`]: remove an account from the planned set.
//!
//! Both calls take [`Config::ValidatorOrigin`], which the runtime maps to governance.
//!
//! ## Assumptions
//!
//! - The validator id used by `pallet-session` is the account id (`ValidatorIdOf` is identity).
//! - The collectives pallet will replace the privileged origin with its node-integration
//!   procedure; this pallet then remains the minimal, audited set keeper.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
mod try_state;
pub mod weights;

use alloc::vec::Vec;
use frame_support::{pallet_prelude::*, traits::ValidatorRegistration};
use frame_system::pallet_prelude::*;
use sp_staking::SessionIndex;

/// Registers session keys for an account, so that benchmarks can add it as a validator.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Make `who` pass [`Config::ValidatorRegistration`].
	fn register_session_keys(who: &AccountId);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The origin that may add and remove validators (governance).
		type ValidatorOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Tells whether an account has registered its session keys (`pallet-session`).
		type ValidatorRegistration: ValidatorRegistration<Self::AccountId>;

		/// The largest number of validators. Must not exceed the Aura and GRANDPA authority
		/// limits of the runtime.
		#[pallet::constant]
		type MaxValidators: Get<u32>;

		/// The smallest number of validators; removals below it are refused. At least 1.
		#[pallet::constant]
		type MinValidators: Get<u32>;

		/// Weight information for the calls of this pallet.
		type WeightInfo: WeightInfo;

		/// Registers session keys in benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The planned validator set: what the next session plan hands to `pallet-session`.
	#[pallet::storage]
	pub type Validators<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxValidators>, ValueQuery>;

	/// Whether [`Validators`] changed since the last session plan.
	#[pallet::storage]
	pub type PlanPending<T: Config> = StorageValue<_, bool, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The validators of the first sessions. Each needs session keys in the session genesis.
		/// Empty means that `pallet-session`'s genesis keys decide the first set.
		pub initial_validators: Vec<T::AccountId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			let mut seen = self.initial_validators.clone();
			seen.sort();
			seen.dedup();
			assert_eq!(
				seen.len(),
				self.initial_validators.len(),
				"genesis validators must not contain duplicates"
			);
			assert!(
				self.initial_validators.is_empty()
					|| self.initial_validators.len() >= T::MinValidators::get() as usize,
				"genesis needs at least MinValidators validators"
			);
			let validators: BoundedVec<_, T::MaxValidators> =
				self.initial_validators.clone().try_into().expect(
					"genesis validators must not exceed MaxValidators; checked by the chain spec; qed",
				);
			Validators::<T>::put(validators);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An account joins the planned validator set; it authors from two sessions on.
		ValidatorAdded {
			/// The new validator.
			who: T::AccountId,
		},
		/// An account leaves the planned validator set; it stops authoring two sessions on.
		ValidatorRemoved {
			/// The removed validator.
			who: T::AccountId,
		},
		/// A changed validator set was planned for a coming session.
		ValidatorSetPlanned {
			/// The session that will use this set.
			session_index: SessionIndex,
			/// Number of validators in the planned set.
			count: u32,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is a validator already; remove it first or pick another account.
		AlreadyValidator,
		/// The account is not a validator; check the account id.
		NotValidator,
		/// The account has not registered session keys; call `session.setKeys` from it first.
		NoSessionKeys,
		/// The set is full ([`Config::MaxValidators`]); remove a validator first.
		TooManyValidators,
		/// The set would fall below [`Config::MinValidators`]; add a validator first.
		TooFewValidators,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MinValidators::get() >= 1, "MinValidators must be at least 1");
			assert!(
				T::MinValidators::get() <= T::MaxValidators::get(),
				"MinValidators must not exceed MaxValidators"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Add `who` to the planned validator set.
		///
		/// The change is planned at the next session boundary and enacted one session later.
		///
		/// ## Origin
		/// [`Config::ValidatorOrigin`].
		///
		/// ## Errors
		/// - [`Error::AlreadyValidator`] if `who` is in the set.
		/// - [`Error::NoSessionKeys`] if `who` has not registered session keys.
		/// - [`Error::TooManyValidators`] if the set is full.
		///
		/// ## Events
		/// [`Event::ValidatorAdded`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_validator(T::MaxValidators::get()))]
		pub fn add_validator(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ValidatorOrigin::ensure_origin(origin)?;
			ensure!(T::ValidatorRegistration::is_registered(&who), Error::<T>::NoSessionKeys);
			Validators::<T>::try_mutate(|validators| {
				ensure!(!validators.contains(&who), Error::<T>::AlreadyValidator);
				validators.try_push(who.clone()).map_err(|_| Error::<T>::TooManyValidators)?;
				Ok::<_, Error<T>>(())
			})?;
			PlanPending::<T>::put(true);
			Self::deposit_event(Event::ValidatorAdded { who });
			Ok(())
		}

		/// Remove `who` from the planned validator set.
		///
		/// The change is planned at the next session boundary and enacted one session later.
		/// The account keeps its session keys; it can be added again later.
		///
		/// ## Origin
		/// [`Config::ValidatorOrigin`].
		///
		/// ## Errors
		/// - [`Error::NotValidator`] if `who` is not in the set.
		/// - [`Error::TooFewValidators`] if the set would fall below [`Config::MinValidators`].
		///
		/// ## Events
		/// [`Event::ValidatorRemoved`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_validator(T::MaxValidators::get()))]
		pub fn remove_validator(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ValidatorOrigin::ensure_origin(origin)?;
			Validators::<T>::try_mutate(|validators| {
				let position =
					validators.iter().position(|v| v == &who).ok_or(Error::<T>::NotValidator)?;
				ensure!(
					validators.len() > T::MinValidators::get() as usize,
					Error::<T>::TooFewValidators
				);
				validators.remove(position);
				Ok::<_, Error<T>>(())
			})?;
			PlanPending::<T>::put(true);
			Self::deposit_event(Event::ValidatorRemoved { who });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The planned validator set, as a plain vector.
	pub fn validators() -> Vec<T::AccountId> {
		Validators::<T>::get().into_inner()
	}
}

impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
	fn new_session(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		if !PlanPending::<T>::take() {
			return None;
		}
		let validators = Validators::<T>::get();
		Self::deposit_event(Event::ValidatorSetPlanned {
			session_index: new_index,
			count: validators.len() as u32,
		});
		log::info!(
			target: "runtime::validator-set",
			"planned {} validators for session {}",
			validators.len(),
			new_index,
		);
		Some(validators.into_inner())
	}

	fn new_session_genesis(_new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		let validators = Validators::<T>::get();
		(!validators.is_empty()).then(|| validators.into_inner())
	}

	fn end_session(_end_index: SessionIndex) {}

	fn start_session(_start_index: SessionIndex) {}
}
