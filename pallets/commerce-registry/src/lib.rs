//! # Commerce registry pallet
//!
//! Jalisco's Public Registry of Commerce (Registro Público de Comercio): a folio mercantil per
//! company, the acts inscribed on it (incorporation, amendments, administrators, powers of
//! attorney and their revocation, dissolution), and the answer to "does X hold a live power from
//! company Y for purpose Z" that other pallets ask through [`PowersOfAttorney`].
//!
//! ## Overview
//!
//! - **Folios.** A registrar ([`Config::RegistrarOrigin`]) inscribes a company's incorporation
//!   ([`Pallet::inscribe_incorporation`]): the company's account must be a verified organisation
//!   ([`Config::Organisations`]); its organisation key is the folio's key, one folio per key.
//!   The folio is linked to the identity, not to the account: a company that moves accounts in
//!   the identity pallet keeps its folio.
//! - **Acts.** Every inscription is an act of the folio ([`Acts`]), numbered in order from 0 (the
//!   incorporation), with the hash of its document (the notarised deed or the minutes of the
//!   shareholders' meeting), the notary who presented it (a holder of
//!   [`Config::NotaryCredential`] in [`Config::Credentials`]) and the registrar who inscribed
//!   it. The history is permanent and ordered.
//! - **Amendments** ([`Pallet::inscribe_amendment`]) record a reform of the bylaws.
//! - **Administrators.** A registrar inscribes the appointment ([`Pallet::appoint_administrator`])
//!   of a verified person ([`Config::Persons`]) as administrador único or as a member of the
//!   consejo de administración, with the scopes the appointment grants, and its removal
//!   ([`Pallet::remove_administrator`]). A sole administrator and a board exclude each other.
//! - **Powers of attorney (poderes).** A registrar inscribes a power granted to a verified
//!   person ([`Pallet::grant_power`]) with its scopes ([`PowerScope`]) and an optional expiry
//!   block, and its revocation ([`Pallet::revoke_power`]). Anyone may remove an expired power
//!   from the live list ([`Pallet::remove_expired_power`]); it already answered `false` since it
//!   expired.
//! - **Dissolution** ([`Pallet::inscribe_dissolution`]) closes the folio: every administrator and
//!   power ends, and no further act is inscribed.
//! - **Who may act for a company.** [`PowersOfAttorney::holds_power`] looks up the person key of
//!   the attorney's account and the organisation key of the company's account, then the folio:
//!   an attorney who moves accounts keeps the power; a revoked or expired power, or a dissolved
//!   company, answers `false`. Administrators hold the scopes of their appointment.
//!
//! ## Terminology
//!
//! - **Folio mercantil**: the record of one company, on which its acts are inscribed in order.
//! - **Constitución (incorporation)**: the deed that creates the company; opens the folio.
//! - **Reforma a los estatutos (amendment)**: a change of the bylaws agreed by the shareholders'
//!   meeting (asamblea) and formalised before a notary.
//! - **Administrador único / consejo de administración**: the company's administration: one
//!   person, or a board of several.
//! - **Poder (power of attorney)**: authority the company grants an apoderado (attorney), for
//!   the scopes the deed names ([`PowerScope`]: pleitos y cobranzas, actos de administración,
//!   actos de dominio, títulos de crédito).
//! - **Notario / corredor público (notary)**: who formalises the deed and presents it.
//! - **Registrador (registrar)**: who inscribes it; the runtime maps [`Config::RegistrarOrigin`]
//!   to the registrars of the property registry's offices.
//! - **Person key / organisation key**: keyed commitments to a CURP or an RFC
//!   (`bmx_primitives::identity`); names, CURP and RFC never go on chain.
//!
//! ## Pallet API
//!
//! | Index | Call | Origin |
//! |---|---|---|
//! | 0 | [`inscribe_incorporation`](Pallet::inscribe_incorporation) | [`Config::RegistrarOrigin`] |
//! | 1 | [`inscribe_amendment`](Pallet::inscribe_amendment) | [`Config::RegistrarOrigin`] |
//! | 2 | [`appoint_administrator`](Pallet::appoint_administrator) | [`Config::RegistrarOrigin`] |
//! | 3 | [`remove_administrator`](Pallet::remove_administrator) | [`Config::RegistrarOrigin`] |
//! | 4 | [`grant_power`](Pallet::grant_power) | [`Config::RegistrarOrigin`] |
//! | 5 | [`revoke_power`](Pallet::revoke_power) | [`Config::RegistrarOrigin`] |
//! | 6 | [`inscribe_dissolution`](Pallet::inscribe_dissolution) | [`Config::RegistrarOrigin`] |
//! | 7 | [`remove_expired_power`](Pallet::remove_expired_power) | signed: anyone, once expired |
//!
//! Read helpers behind [`runtime_api::CommerceRegistryApi`]: [`Pallet::folio_of`],
//! [`Pallet::folio_of_account`], [`Pallet::acts_of`] (paginated) and [`Pallet::holds_power`].
//! Other pallets use [`PowersOfAttorney`].
//!
//! ## Assumptions
//!
//! - Registrars and notaries are accredited off this pallet's risk: by
//!   [`Config::RegistrarOrigin`] and by the identity pallet's credentials. The registrar vouches
//!   that the document's content matches the act inscribed.
//! - A dissolved company's folio stays (its history is public); its organisation key cannot be
//!   incorporated again.
//! - Expiry is a block number: the deed's date, converted by the registrar.
//! - [`PowersOfAttorney::holds_power`] reads two identity look-ups and one folio (at most
//!   [`Config::MaxAdministrators`] and [`Config::MaxPowers`] entries): a pallet that calls it
//!   from a call must count those reads in its weight.
//! - **Bounded storage.** [`Folios`]: one per verified organisation, written only by
//!   registrars; each holds at most [`Config::MaxAdministrators`] administrators and
//!   [`Config::MaxPowers`] powers, each with an exit (removal, revocation, expiry clean-up,
//!   dissolution). [`Acts`]: the permanent history: at most [`Config::MaxActsPerFolio`] acts
//!   that open something per folio (incorporation, amendment, appointment, grant), plus the acts
//!   that end them (removal, revocation, one dissolution), which are never refused for room so
//!   that every appointment and power keeps its exit: at most `2 * MaxActsPerFolio + 1`.
//! - [`Config::MaxAdministrators`], [`Config::MaxPowers`] and [`Config::MaxActsPerFolio`] are
//!   not zero (checked in `integrity_test`).
//!
//! ## Not yet
//!
//! - Presentation and qualification (suspension, denial) as on the property side: a registrar
//!   inscribes at once what a notary presented off chain.
//! - Mergers, spin-offs, transformation, liquidation steps and the re-activation of a dissolved
//!   company; shareholders and capital.
//! - Substitution of powers (poder con facultad de sustitución) and limits beyond the four scopes.

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
use bmx_primitives::{
	identity::{
		CredentialTypeId, CredentialsInspect, OrganisationKey, PersonKey, VerifiedOrganisations,
		VerifiedPersons,
	},
	registries::{PowerScope, PowersOfAttorney},
	DocumentHash,
};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;

/// The live administrators of a folio.
pub type AdministratorsOf<T> = BoundedVec<Administrator, <T as Config>::MaxAdministrators>;

/// The live powers of a folio.
pub type PowersOf<T> = BoundedVec<Power<BlockNumberFor<T>>, <T as Config>::MaxPowers>;

/// A folio as stored.
pub type FolioOf<T> = Folio<BlockNumberFor<T>, AdministratorsOf<T>, PowersOf<T>>;

/// An act as stored.
pub type ActOf<T> = Act<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

/// Makes accounts pass the identity checks in benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Make `who` a verified organisation with an organisation key of its own.
	fn verify_organisation(who: &AccountId);
	/// Make `who` a verified person with a person key derived from `index`.
	fn verify_person(who: &AccountId, index: u32);
	/// Give `who` the credential of `credential_type`.
	fn issue_credential(who: &AccountId, credential_type: CredentialTypeId);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Inscribes acts: a registrar, whose account it yields (recorded in each act).
		type RegistrarOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = Self::AccountId>;

		/// Verified persons: administrators and attorneys (the identity pallet).
		type Persons: VerifiedPersons<Self::AccountId>;

		/// Verified organisations: the companies (the identity pallet).
		type Organisations: VerifiedOrganisations<Self::AccountId>;

		/// The credentials of notaries (the identity pallet).
		type Credentials: CredentialsInspect<Self::AccountId>;

		/// The credential type of a notario or corredor público: presents the deeds inscribed.
		#[pallet::constant]
		type NotaryCredential: Get<CredentialTypeId>;

		/// The most live administrators of a company (the largest board). Not zero.
		#[pallet::constant]
		type MaxAdministrators: Get<u32>;

		/// The most inscribed, unrevoked powers of a company. Not zero.
		#[pallet::constant]
		type MaxPowers: Get<u32>;

		/// The most acts of a folio that open something (incorporation, amendment, appointment,
		/// grant); acts that end something are always accepted. Not zero.
		#[pallet::constant]
		type MaxActsPerFolio: Get<u32>;

		/// Weight information for the calls of this pallet.
		type WeightInfo: WeightInfo;

		/// Sets up verified organisations, persons and notaries in benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The folio mercantil of each company, by organisation key.
	// Hasher: Blake2_128Concat, organisation keys are computed off chain from an RFC.
	#[pallet::storage]
	pub type Folios<T: Config> =
		StorageMap<_, Blake2_128Concat, OrganisationKey, FolioOf<T>, OptionQuery>;

	/// Every act of every folio: the folio's history, in the order of inscription.
	// Hasher: Blake2_128Concat for the organisation key (computed off chain), Twox64Concat for
	// act numbers (assigned in order).
	#[pallet::storage]
	pub type Acts<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		OrganisationKey,
		Twox64Concat,
		ActNumber,
		ActOf<T>,
		OptionQuery,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A company's incorporation was inscribed: its folio is open.
		CompanyIncorporated {
			/// The company's organisation key: the folio's key.
			company: OrganisationKey,
			/// The company's account at the incorporation.
			account: T::AccountId,
			/// The hash of the deed of incorporation.
			document: DocumentHash,
			/// The notary who presented it.
			notary: T::AccountId,
			/// The registrar who inscribed it.
			registrar: T::AccountId,
		},
		/// An amendment of the bylaws was inscribed.
		BylawsAmended {
			/// The company.
			company: OrganisationKey,
			/// The act.
			act: ActNumber,
			/// The hash of the deed or minutes.
			document: DocumentHash,
		},
		/// An administrator's appointment was inscribed.
		AdministratorAppointed {
			/// The company.
			company: OrganisationKey,
			/// The act (the appointment's number).
			act: ActNumber,
			/// The administrator's person key.
			person: PersonKey,
			/// Sole administrator or board member.
			role: AdministratorRole,
		},
		/// An administrator's removal was inscribed.
		AdministratorRemoved {
			/// The company.
			company: OrganisationKey,
			/// The act of the removal.
			act: ActNumber,
			/// The act of the appointment that ended.
			appointment: ActNumber,
			/// The former administrator's person key.
			person: PersonKey,
		},
		/// A power of attorney was inscribed.
		PowerGranted {
			/// The company.
			company: OrganisationKey,
			/// The act (the grant's number).
			act: ActNumber,
			/// The attorney's person key.
			attorney: PersonKey,
			/// The first block at which it no longer holds; `None`: until revoked.
			expires_at: Option<BlockNumberFor<T>>,
		},
		/// A power's revocation was inscribed.
		PowerRevoked {
			/// The company.
			company: OrganisationKey,
			/// The act of the revocation.
			act: ActNumber,
			/// The act of the grant revoked.
			grant: ActNumber,
			/// The former attorney's person key.
			attorney: PersonKey,
		},
		/// An expired power was removed from the live list.
		ExpiredPowerRemoved {
			/// The company.
			company: OrganisationKey,
			/// The act of the grant.
			grant: ActNumber,
		},
		/// A company's dissolution was inscribed: its folio is closed.
		CompanyDissolved {
			/// The company.
			company: OrganisationKey,
			/// The act.
			act: ActNumber,
			/// How many administrators it had.
			administrators_removed: u32,
			/// How many powers it had (expired ones included).
			powers_ended: u32,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The company's account is not a verified organisation. Verify it in the identity
		/// pallet first.
		NotOrganisation,
		/// The administrator's or attorney's account is not a verified person. Verify it in the
		/// identity pallet first.
		NotPerson,
		/// The presenting account does not hold the notary credential.
		NotNotary,
		/// The company has no folio. Inscribe its incorporation first.
		NotFound,
		/// The company already has a folio. Check [`Folios`].
		AlreadyExists,
		/// The company is dissolved: no act can be inscribed.
		Dissolved,
		/// No scope given. Name at least one [`PowerScope`].
		EmptyScopes,
		/// A scope is named twice. Name each once.
		DuplicateScope,
		/// The expiry block is not in the future. Give a later block, or none.
		ExpiryInPast,
		/// The person is already a live administrator of the company.
		AlreadyAdministrator,
		/// A sole administrator and a board member at once. Remove the current administration
		/// first.
		AdministrationConflict,
		/// No live administrator was appointed by that act. Check the folio.
		AdministratorNotFound,
		/// No live power was granted by that act. Check the folio.
		PowerNotFound,
		/// The power has not expired. Wait for its expiry, or inscribe its revocation.
		NotExpired,
		/// The company already has [`Config::MaxAdministrators`] administrators.
		TooManyAdministrators,
		/// The company already has [`Config::MaxPowers`] powers. Revoke some, or remove expired
		/// ones.
		TooManyPowers,
		/// The folio already holds [`Config::MaxActsPerFolio`] acts: only removals, revocations
		/// and the dissolution can still be inscribed.
		TooManyActs,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxAdministrators::get() > 0, "MaxAdministrators must not be zero");
			assert!(T::MaxPowers::get() > 0, "MaxPowers must not be zero");
			assert!(T::MaxActsPerFolio::get() > 0, "MaxActsPerFolio must not be zero");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Inscribe the incorporation of the company whose account is `company`: open its folio
		/// (act 0), keyed by its organisation key.
		///
		/// ## Origin
		/// [`Config::RegistrarOrigin`].
		///
		/// ## Errors
		/// [`Error::NotOrganisation`], [`Error::AlreadyExists`], [`Error::NotNotary`].
		///
		/// ## Events
		/// [`Event::CompanyIncorporated`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::inscribe_incorporation())]
		pub fn inscribe_incorporation(
			origin: OriginFor<T>,
			company: T::AccountId,
			notary: T::AccountId,
			document: DocumentHash,
		) -> DispatchResult {
			let registrar = T::RegistrarOrigin::ensure_origin(origin)?;
			Self::do_inscribe_incorporation(registrar, company, notary, document)
		}

		/// Inscribe an amendment of the bylaws of `company`.
		///
		/// ## Origin
		/// [`Config::RegistrarOrigin`].
		///
		/// ## Errors
		/// [`Error::NotFound`], [`Error::Dissolved`], [`Error::NotNotary`],
		/// [`Error::TooManyActs`].
		///
		/// ## Events
		/// [`Event::BylawsAmended`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::inscribe_amendment())]
		pub fn inscribe_amendment(
			origin: OriginFor<T>,
			company: OrganisationKey,
			notary: T::AccountId,
			document: DocumentHash,
		) -> DispatchResult {
			let registrar = T::RegistrarOrigin::ensure_origin(origin)?;
			Self::do_inscribe_amendment(registrar, company, notary, document)
		}

		/// Inscribe the appointment of the verified person whose account is `administrator` as
		/// an administrator of `company`, with the `scopes` the appointment grants.
		///
		/// ## Origin
		/// [`Config::RegistrarOrigin`].
		///
		/// ## Errors
		/// [`Error::NotFound`], [`Error::Dissolved`], [`Error::NotNotary`],
		/// [`Error::NotPerson`], [`Error::EmptyScopes`], [`Error::DuplicateScope`],
		/// [`Error::AdministrationConflict`], [`Error::AlreadyAdministrator`],
		/// [`Error::TooManyAdministrators`], [`Error::TooManyActs`].
		///
		/// ## Events
		/// [`Event::AdministratorAppointed`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::appoint_administrator())]
		pub fn appoint_administrator(
			origin: OriginFor<T>,
			company: OrganisationKey,
			administrator: T::AccountId,
			role: AdministratorRole,
			scopes: Scopes,
			notary: T::AccountId,
			document: DocumentHash,
		) -> DispatchResult {
			let registrar = T::RegistrarOrigin::ensure_origin(origin)?;
			Self::do_appoint_administrator(
				registrar,
				company,
				administrator,
				role,
				scopes,
				notary,
				document,
			)
		}

		/// Inscribe the removal of the administrator appointed by act `appointment` of
		/// `company`.
		///
		/// ## Origin
		/// [`Config::RegistrarOrigin`].
		///
		/// ## Errors
		/// [`Error::NotFound`], [`Error::Dissolved`], [`Error::NotNotary`],
		/// [`Error::AdministratorNotFound`].
		///
		/// ## Events
		/// [`Event::AdministratorRemoved`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::remove_administrator())]
		pub fn remove_administrator(
			origin: OriginFor<T>,
			company: OrganisationKey,
			appointment: ActNumber,
			notary: T::AccountId,
			document: DocumentHash,
		) -> DispatchResult {
			let registrar = T::RegistrarOrigin::ensure_origin(origin)?;
			Self::do_remove_administrator(registrar, company, appointment, notary, document)
		}

		/// Inscribe a power of attorney of `company` to the verified person whose account is
		/// `attorney`, for `scopes`, until `expires_at` (exclusive) or until revoked.
		///
		/// ## Origin
		/// [`Config::RegistrarOrigin`].
		///
		/// ## Errors
		/// [`Error::NotFound`], [`Error::Dissolved`], [`Error::NotNotary`],
		/// [`Error::NotPerson`], [`Error::EmptyScopes`], [`Error::DuplicateScope`],
		/// [`Error::ExpiryInPast`], [`Error::TooManyPowers`], [`Error::TooManyActs`].
		///
		/// ## Events
		/// [`Event::PowerGranted`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::grant_power())]
		pub fn grant_power(
			origin: OriginFor<T>,
			company: OrganisationKey,
			attorney: T::AccountId,
			scopes: Scopes,
			expires_at: Option<BlockNumberFor<T>>,
			notary: T::AccountId,
			document: DocumentHash,
		) -> DispatchResult {
			let registrar = T::RegistrarOrigin::ensure_origin(origin)?;
			Self::do_grant_power(registrar, company, attorney, scopes, expires_at, notary, document)
		}

		/// Inscribe the revocation of the power granted by act `grant` of `company` (expired or
		/// not).
		///
		/// ## Origin
		/// [`Config::RegistrarOrigin`].
		///
		/// ## Errors
		/// [`Error::NotFound`], [`Error::Dissolved`], [`Error::NotNotary`],
		/// [`Error::PowerNotFound`].
		///
		/// ## Events
		/// [`Event::PowerRevoked`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::revoke_power())]
		pub fn revoke_power(
			origin: OriginFor<T>,
			company: OrganisationKey,
			grant: ActNumber,
			notary: T::AccountId,
			document: DocumentHash,
		) -> DispatchResult {
			let registrar = T::RegistrarOrigin::ensure_origin(origin)?;
			Self::do_revoke_power(registrar, company, grant, notary, document)
		}

		/// Inscribe the dissolution of `company`: every administrator and power ends and the
		/// folio is closed.
		///
		/// ## Origin
		/// [`Config::RegistrarOrigin`].
		///
		/// ## Errors
		/// [`Error::NotFound`], [`Error::Dissolved`], [`Error::NotNotary`].
		///
		/// ## Events
		/// [`Event::CompanyDissolved`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::inscribe_dissolution())]
		pub fn inscribe_dissolution(
			origin: OriginFor<T>,
			company: OrganisationKey,
			notary: T::AccountId,
			document: DocumentHash,
		) -> DispatchResult {
			let registrar = T::RegistrarOrigin::ensure_origin(origin)?;
			Self::do_inscribe_dissolution(registrar, company, notary, document)
		}

		/// Remove the expired power granted by act `grant` of `company` from the live list. It
		/// is not an act: the power ended by itself.
		///
		/// ## Origin
		/// Signed by anyone.
		///
		/// ## Errors
		/// [`Error::NotFound`], [`Error::PowerNotFound`], [`Error::NotExpired`].
		///
		/// ## Events
		/// [`Event::ExpiredPowerRemoved`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::remove_expired_power())]
		pub fn remove_expired_power(
			origin: OriginFor<T>,
			company: OrganisationKey,
			grant: ActNumber,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_remove_expired_power(company, grant)
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The folio of the company with organisation key `company`.
	pub fn folio_of(company: OrganisationKey) -> Option<FolioView<BlockNumberFor<T>>> {
		Folios::<T>::get(company).map(|folio| FolioView {
			company,
			status: folio.status,
			incorporated_at: folio.incorporated_at,
			acts: folio.next_act,
			administrators: folio.administrators.into_inner(),
			powers: folio.powers.into_inner(),
		})
	}

	/// The folio of the company whose account (a verified organisation) is `company`.
	pub fn folio_of_account(company: &T::AccountId) -> Option<FolioView<BlockNumberFor<T>>> {
		T::Organisations::organisation_key(company).and_then(Self::folio_of)
	}

	/// The acts of `company` from number `from`, at most `limit` (and at most
	/// [`MAX_ACTS_PER_PAGE`]), in order. Ask again from the last number plus one for the next
	/// page.
	pub fn acts_of(
		company: OrganisationKey,
		from: ActNumber,
		limit: u32,
	) -> Vec<(ActNumber, ActOf<T>)> {
		let end = Folios::<T>::get(company).map_or(0, |folio| folio.next_act);
		let last = from.saturating_add(limit.min(MAX_ACTS_PER_PAGE)).min(end);
		(from..last)
			.filter_map(|number| Acts::<T>::get(company, number).map(|act| (number, act)))
			.collect()
	}

	/// Whether `attorney` holds a live power (or administrator's appointment) from the company
	/// whose account is `company`, covering `scope`. See [`PowersOfAttorney`].
	pub fn holds_power(attorney: &T::AccountId, company: &T::AccountId, scope: PowerScope) -> bool {
		let Some(company) = T::Organisations::organisation_key(company) else { return false };
		let Some(person) = T::Persons::person_key(attorney) else { return false };
		let Some(folio) = Folios::<T>::get(company) else { return false };
		if folio.status != CompanyStatus::Active {
			return false;
		}
		let now = frame_system::Pallet::<T>::block_number();
		folio
			.administrators
			.iter()
			.any(|admin| admin.person == person && admin.scopes.contains(&scope))
			|| folio.powers.iter().any(|power| {
				power.attorney == person && !power.is_expired(&now) && power.scopes.contains(&scope)
			})
	}
}

impl<T: Config> PowersOfAttorney<T::AccountId> for Pallet<T> {
	fn holds_power(attorney: &T::AccountId, company: &T::AccountId, scope: PowerScope) -> bool {
		Pallet::<T>::holds_power(attorney, company, scope)
	}
}
