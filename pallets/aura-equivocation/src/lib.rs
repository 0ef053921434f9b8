//! # Aura equivocation pallet
//!
//! Reports of Aura equivocations: an authority that signed two different headers for one slot
//! is proven so against the session that held its key, and reported as an offence.
//!
//! ## Overview
//!
//! `pallet-aura` keeps the block authors but takes no equivocation reports; GRANDPA's are taken
//! by `pallet-grandpa`. This pallet is the Aura counterpart, built like `pallet-babe`'s and
//! `pallet-grandpa`'s `equivocation.rs`:
//!
//! - **Proof.** An [`EquivocationProof`] names the offender (its Aura key), the slot and two
//!   headers. [`Pallet::check_equivocation_proof`] accepts it when the two headers, without
//!   their seals, differ; each carries an Aura pre-digest for the proof's slot; and each ends
//!   with an Aura seal whose signature verifies against the offender's key over the header's
//!   pre-hash (the hash of the header without its seal), exactly as the nodes check a block's
//!   author when they import it.
//! - **Key owner.** A key-owner proof ([`Config::KeyOwnerProof`]; in the runtime a
//!   `sp_session::MembershipProof` from `Historical`) shows which validator held the offender's
//!   key in which session, and how many validators that session had.
//! - **Offence.** The offence ([`AuraEquivocationOffence`]) goes to the runtime's offence
//!   reporter (`Offences`), which records it once per offender and slot and hands it to the
//!   runtime's offence handler (the node-integration pallet, which suspends the node for the node
//!   commission to review). A second report of the same offender at the same slot fails with
//!   [`Error::AlreadyReported`].
//!
//! The proof, the key-owner check and the report are [`EquivocationReportSystem`], the
//! runtime's [`Config::EquivocationReportSystem`].
//!
//! ## Terminology
//!
//! - **Slot**: Aura's unit of time; the authority whose turn a slot is may author one block in
//!   it.
//! - **Equivocation**: two different blocks signed by one authority for one slot.
//! - **Pre-digest**: the Aura `PreRuntime` digest item of a header, which names its slot.
//! - **Seal**: the Aura `Seal` digest item, last of a header's digest: the author's signature
//!   over the pre-hash.
//! - **Pre-hash**: the hash of a header without its seal, which its author signs.
//! - **Key-owner proof**: a proof that a session key belonged to a validator in a session
//!   (`pallet-session`'s historical module).
//!
//! ## Pallet API
//!
//! | Call | index | Origin |
//! |---|---|---|
//! | `report_equivocation` | 0 | signed: the reporter, anyone |
//! | `report_equivocation_unsigned` | 1 | none: only from the local node or in a block ([`Pallet::validate_unsigned`]) |
//!
//! Both take the equivocation proof and the offender's key-owner proof; a valid report pays no
//! fee, a refused one pays. [`Pallet::check_equivocation_proof`] checks a proof without
//! reporting it.
//!
//! ## Assumptions
//!
//! - **Who reports.** `sc-consensus-aura` only logs equivocations. Blockchain MX's node runs
//!   its own reporter (`node/src/equivocation.rs`): it matches the headers it imports by slot
//!   and author and submits [`Pallet::report_equivocation_unsigned`] as a local transaction,
//!   with the key-owner proof of the current session from the runtime API
//!   (`AuraEquivocationApi::generate_key_ownership_proof`, as GRANDPA's); a validator includes
//!   it in its next block. Any account that holds the two headers may also report with
//!   [`Pallet::report_equivocation`] (signed), with a key-owner proof of a session in which the
//!   offender held the key: the report is best made in the session of the equivocation, while
//!   the offender still holds the key.
//! - **The session is the proof's.** `pallet-aura` keeps no map from slots to sessions, so the
//!   session of the offence is the session of the key-owner proof, which the reporter chooses
//!   among the sessions `Historical` still keeps and in which the offender held the key. The
//!   key is the offender's in that session (`pallet-session` needs a proof of possession to set
//!   keys, so no one else can take another's key). Duplicates are recognised per offender and
//!   slot whatever session the proof names.
//! - **Signatures are randomised.** Two sr25519 signatures of one header differ; a header sealed
//!   twice is one header, not an equivocation ([`Error::SameHeader`]).
//! - **Who authored the slot is not checked.** A valid seal by the offender's key on two
//!   different headers for one slot is the misbehaviour, whether or not the slot was its turn.
//! - **No storage.** The pallet keeps nothing; `Offences` keeps the reports (bounded by the
//!   runtime's pruning of `Historical`). The headers' size is paid for by the transaction's
//!   length fee; the verification's cost is the benchmarked weight.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use equivocation::{AuraEquivocationOffence, EquivocationReportSystem};
pub use pallet::*;
pub use sp_consensus_slots::{EquivocationProof, Slot};
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod equivocation;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

/// The runtime API reporters call for the key-ownership proof that goes with a report.
pub mod runtime_api {
	use sp_runtime::OpaqueValue;

	sp_api::decl_runtime_apis! {
		/// Key-ownership proofs for Aura equivocation reports.
		pub trait AuraEquivocationApi<AuthorityId: codec::Codec> {
			/// The proof that `authority_id` is an Aura key of the current session (SCALE
			/// encoded `KeyOwnerProof`), or `None` if no validator of the session holds it.
			/// Report an equivocation in the session it happened in: older sessions' proofs
			/// are not generated.
			fn generate_key_ownership_proof(authority_id: AuthorityId) -> Option<OpaqueValue>;
		}
	}
}

use alloc::boxed::Box;
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;
use sp_application_crypto::RuntimeAppPublic;
use sp_session::{GetSessionNumber, GetValidatorCount};
use sp_staking::{offence::OffenceReportSystem, SessionIndex};

/// The log target of this pallet.
pub const LOG_TARGET: &str = "runtime::aura-equivocation";

/// An Aura equivocation proof for the runtime's headers and Aura keys.
pub type EquivocationProofOf<T> = EquivocationProof<HeaderFor<T>, <T as Config>::AuthorityId>;

/// Makes an Aura key provable in benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AuthorityId, KeyOwnerProof> {
	/// Make `key` the Aura key of a validator of the current session, in the worst case of the
	/// runtime's offence handler (in the runtime: an active validator of a full set, whose
	/// offence suspends it), and return the proof that it holds the key.
	fn key_owner_proof(key: &AuthorityId) -> KeyOwnerProof;
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The Aura authority key: in the runtime, `pallet-aura`'s `AuthorityId` (sr25519
		/// `AuraId`). Its key type ([`RuntimeAppPublic::ID`]) is the one the key-owner proofs
		/// prove.
		type AuthorityId: Parameter + Member + RuntimeAppPublic;

		/// The proof that a key belonged to a validator in a session: in the runtime,
		/// `sp_session::MembershipProof`.
		type KeyOwnerProof: Parameter + GetSessionNumber + GetValidatorCount;

		/// Checks and reports the equivocations: in the runtime,
		/// `EquivocationReportSystem<Self, Offences, Historical, ReportLongevity>`.
		type EquivocationReportSystem: OffenceReportSystem<
			Option<Self::AccountId>,
			(EquivocationProofOf<Self>, Self::KeyOwnerProof),
		>;

		/// Weight information for the calls of this pallet.
		type WeightInfo: WeightInfo;

		/// Makes an Aura key provable in benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AuthorityId, Self::KeyOwnerProof>;
	}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::event]
	#[pallet::generate_deposit(pub(crate) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An equivocation was proven and reported as an offence.
		EquivocationReported {
			/// The Aura key that signed both headers.
			offender: T::AuthorityId,
			/// The slot of both headers.
			slot: Slot,
			/// The session of the key-owner proof, in which the offender held the key.
			session_index: SessionIndex,
			/// Who reported it: the signer, or the block author for an unsigned report.
			reporter: Option<T::AccountId>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The two headers are one header (sealed once or twice): report two different headers.
		SameHeader,
		/// A header carries no Aura pre-digest: report headers of Aura blocks.
		SlotNotFound,
		/// A header's Aura pre-digest names another slot than the proof's: report two headers of
		/// the proof's slot.
		WrongSlot,
		/// A header's digest does not end with an Aura seal: report sealed headers, as imported.
		SealNotFound,
		/// A header's seal does not verify against the offender's key over its pre-hash: report
		/// headers the offender signed.
		BadSignature,
		/// The key-owner proof does not prove that a validator held the offender's key in its
		/// session: prove the key in a session `Historical` still keeps.
		InvalidKeyOwnershipProof,
		/// This offender's equivocation at this slot is already reported.
		AlreadyReported,
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Report an equivocation: two headers signed by `equivocation_proof.offender` for one
		/// slot, with the proof that a validator held that key.
		///
		/// ## Origin
		/// Signed: the reporter, any account. A valid report pays no fee.
		///
		/// ## Errors
		/// Those of [`Pallet::check_equivocation_proof`],
		/// [`Error::InvalidKeyOwnershipProof`], [`Error::AlreadyReported`].
		///
		/// ## Events
		/// [`Event::EquivocationReported`], and the offence reporter's (`Offences::Offence`).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::report_equivocation())]
		pub fn report_equivocation(
			origin: OriginFor<T>,
			equivocation_proof: Box<EquivocationProofOf<T>>,
			key_owner_proof: T::KeyOwnerProof,
		) -> DispatchResultWithPostInfo {
			let reporter = ensure_signed(origin)?;
			T::EquivocationReportSystem::process_evidence(
				Some(reporter),
				(*equivocation_proof, key_owner_proof),
			)?;
			Ok(Pays::No.into())
		}

		/// Report an equivocation as [`Pallet::report_equivocation`] does, from the node itself:
		/// the block author is the reporter.
		///
		/// ## Origin
		/// None, accepted by [`Pallet::validate_unsigned`] only from the local node or in a
		/// block, and only for a key-owner proof that checks and an offence not yet known.
		///
		/// ## Errors
		/// Those of [`Pallet::report_equivocation`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::report_equivocation())]
		pub fn report_equivocation_unsigned(
			origin: OriginFor<T>,
			equivocation_proof: Box<EquivocationProofOf<T>>,
			key_owner_proof: T::KeyOwnerProof,
		) -> DispatchResultWithPostInfo {
			ensure_none(origin)?;
			T::EquivocationReportSystem::process_evidence(
				None,
				(*equivocation_proof, key_owner_proof),
			)?;
			Ok(Pays::No.into())
		}
	}

	#[allow(deprecated)]
	#[pallet::validate_unsigned]
	impl<T: Config> ValidateUnsigned for Pallet<T> {
		type Call = Call<T>;

		fn validate_unsigned(source: TransactionSource, call: &Self::Call) -> TransactionValidity {
			Self::validate_unsigned(source, call)
		}

		fn pre_dispatch(call: &Self::Call) -> Result<(), TransactionValidityError> {
			Self::pre_dispatch(call)
		}
	}
}
