//! # Property registry pallet
//!
//! Jalisco's Public Registry of Property (Registro Público de la Propiedad): folios reales,
//! presentation and priority, preventive notices, qualification, successive title, encumbrances
//! and certificates that anyone can read on chain.
//!
//! ## Overview
//!
//! - **Offices and registrars.** [`Config::RegistryOrigin`] accredits registry offices
//!   ([`Pallet::accredit_office`]) and the registrars of each ([`Pallet::accredit_registrar`],
//!   [`Pallet::revoke_registrar`]). A registrar acts only on the folios of its office.
//! - **Folios.** A registrar opens a folio real ([`Pallet::open_folio`]: first inscription,
//!   inmatriculación) with its cadastral key (unique), municipality, surface and owners.
//! - **Presentation and priority (prelación).** A notary or an authority (a holder of
//!   [`Config::NotaryCredential`] or [`Config::AuthorityCredential`] in [`Config::Credentials`])
//!   presents a document ([`Pallet::present_document`]): it receives the next entry number, and
//!   that number is its priority.
//! - **Preventive notices (avisos preventivos).** A notary reserves a priority on a folio
//!   ([`Pallet::file_notice`]) for [`Config::NoticePeriod`] blocks: the notice takes an entry
//!   number at once. The deed that notary presents with `use_notice` takes the notice's number as
//!   its priority. At most one live notice per folio, so no two notices conflict. While a notice
//!   is live, no entry with a later priority is inscribed. A notice ends when used, withdrawn
//!   ([`Pallet::withdraw_notice`]) or expired ([`Pallet::remove_expired_notice`]).
//! - **Qualification (calificación).** A registrar of the folio's office inscribes
//!   ([`Pallet::inscribe_entry`]), suspends for a curable defect ([`Pallet::suspend_entry`]:
//!   the presenter may correct it for [`Config::CorrectionPeriod`] blocks,
//!   [`Pallet::correct_entry`], keeping its priority; after that anyone may let it lapse,
//!   [`Pallet::lapse_entry`]) or denies with written reasons ([`Pallet::deny_entry`]). Entries are
//!   inscribed in priority order: only the pending entry with the lowest priority.
//! - **Successive title (tracto sucesivo).** A transfer is inscribed only if its transferors are
//!   exactly the registered owners; an encumbrance only if the owner it burdens is registered;
//!   otherwise the inscription fails with [`Error::NotCurrentOwner`] and the registrar denies it.
//! - **Encumbrances (gravámenes).** Mortgages, embargoes and easements block nothing: they stay
//!   visible on the folio until a cancellation act is inscribed. Only an authority presents the
//!   cancellation of an embargo.
//! - **Certificates.** Anyone may have the registry issue a certificate of freedom or existence
//!   of encumbrances ([`Pallet::issue_certificate`]): a record of the folio's owners, live
//!   encumbrances and pending entries at that block.
//!
//! ## Terminology
//!
//! - **Folio real**: the record of one property; every act that affects it is an entry of it.
//! - **Entrada (entry)**: a presented document; its **número de entrada** is its priority.
//! - **Prelación (priority)**: the order of presentation: lower entry numbers first.
//! - **Aviso preventivo (preventive notice)**: a reservation of priority by a notary.
//! - **Calificación (qualification)**: the registrar's examination: inscription, suspension or
//!   denial.
//! - **Tracto sucesivo (successive title)**: each transfer comes from the registered owner.
//! - **Gravamen (encumbrance)**: hipoteca (mortgage), embargo (attachment), servidumbre
//!   (easement).
//! - **Party key**: the keyed commitment of a verified person or organisation
//!   (`bmx_primitives::identity`); names, CURP and RFC never go on chain.
//!
//! ## Pallet API
//!
//! | Index | Call | Origin |
//! |---|---|---|
//! | 0 | [`accredit_office`](Pallet::accredit_office) | [`Config::RegistryOrigin`] |
//! | 1 | [`accredit_registrar`](Pallet::accredit_registrar) | [`Config::RegistryOrigin`] |
//! | 2 | [`revoke_registrar`](Pallet::revoke_registrar) | [`Config::RegistryOrigin`] |
//! | 3 | [`open_folio`](Pallet::open_folio) | signed: a registrar |
//! | 4 | [`file_notice`](Pallet::file_notice) | signed: a notary |
//! | 5 | [`withdraw_notice`](Pallet::withdraw_notice) | signed: the notice's notary |
//! | 6 | [`remove_expired_notice`](Pallet::remove_expired_notice) | signed: anyone, once expired |
//! | 7 | [`present_document`](Pallet::present_document) | signed: a notary or an authority |
//! | 8 | [`inscribe_entry`](Pallet::inscribe_entry) | signed: a registrar of the folio's office |
//! | 9 | [`suspend_entry`](Pallet::suspend_entry) | signed: a registrar of the folio's office |
//! | 10 | [`correct_entry`](Pallet::correct_entry) | signed: the entry's presenter |
//! | 11 | [`deny_entry`](Pallet::deny_entry) | signed: a registrar of the folio's office |
//! | 12 | [`lapse_entry`](Pallet::lapse_entry) | signed: anyone, once the deadline passed |
//! | 13 | [`issue_certificate`](Pallet::issue_certificate) | signed: anyone |
//!
//! Read helpers for a future runtime API: [`Pallet::owners_of`],
//! [`Pallet::live_encumbrances`], [`Pallet::history_of`].
//!
//! ## Assumptions
//!
//! - Offices, registrars, notaries and authorities are accredited off this pallet's risk: by
//!   [`Config::RegistryOrigin`] and by the identity pallet's credentials.
//! - A party key in an act is the key of a verified person or organisation; the notary who
//!   presents the deed vouches for it (this pallet does not check it yet).
//! - **Bounded storage.** Folios hold at most [`Config::MaxOwners`] owners and
//!   [`Config::MaxEncumbrances`] live encumbrances; [`Pending`] holds at most
//!   [`Config::MaxPendingPerFolio`] entries per folio, each with an exit (inscription, denial,
//!   lapse). [`Notices`] holds one per folio, each with an exit. [`Entries`] and
//!   [`Certificates`] are the permanent history: one record per fee-paying call of an accredited
//!   presenter or of anyone, respectively.
//! - [`Config::NoticePeriod`], [`Config::CorrectionPeriod`], [`Config::MaxOwners`] and
//!   [`Config::MaxPendingPerFolio`] are not zero (checked in `integrity_test`).
//!
//! ## Not yet
//!
//! - The commerce side (Registro Público de Comercio): folios mercantiles, incorporation,
//!   amendments, powers of attorney and their revocation, administrators, and the "does X hold a
//!   live power from Y for Z" trait.
//! - Merging and subdividing folios; closing folios; closing offices.
//! - Trusts (fideicomiso) are only a transfer to the fiduciary: no record of the trust's
//!   beneficiaries or its reversion.
//! - Who may present the cancellation of a mortgage (today any notary or authority; the
//!   creditor's consent is the registrar's to check in the document).
//! - Cadastral authorities linking a folio to its cadastral key (a registrar sets it at opening),
//!   land as H3 cells, and the link to the reforestation pallet's predios.
//! - Checking that parties are verified persons or organisations.
//! - The runtime API and the trust-minimised certificate verification tool; a deposit for
//!   certificates.
//! - Benchmarks (`weights.rs` is provisional), runtime wiring, the end-to-end test.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

mod features;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
#[cfg(any(test, feature = "try-runtime"))]
mod try_state;
pub mod types;
pub mod weights;

use bmx_primitives::{
	identity::{CredentialTypeId, CredentialsInspect, Jurisdiction},
	DocumentHash,
};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;
use sp_runtime::traits::Zero;

/// A folio as stored.
pub type FolioOf<T> = Folio<
	BlockNumberFor<T>,
	<T as Config>::MaxCadastralKeyLen,
	<T as Config>::MaxOwners,
	<T as Config>::MaxEncumbrances,
>;

/// An act as presented.
pub type ActOf<T> = Act<<T as Config>::MaxOwners>;

/// An entry as stored.
pub type EntryOf<T> =
	Entry<<T as frame_system::Config>::AccountId, BlockNumberFor<T>, <T as Config>::MaxOwners>;

/// A notice as stored.
pub type NoticeOf<T> = Notice<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

/// A certificate as stored.
pub type CertificateOf<T> =
	Certificate<BlockNumberFor<T>, <T as Config>::MaxOwners, <T as Config>::MaxEncumbrances>;

/// A cadastral key as stored.
pub type CadastralKeyOf<T> = BoundedVec<u8, <T as Config>::MaxCadastralKeyLen>;

/// An owner set as stored.
pub type OwnersOf<T> = BoundedVec<PartyKey, <T as Config>::MaxOwners>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Accredits offices and registrars (the Dirección del Registro Público).
		type RegistryOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The credentials of notaries and authorities (the identity pallet).
		type Credentials: CredentialsInspect<Self::AccountId>;

		/// The credential type of a notario público: may file notices and present documents.
		#[pallet::constant]
		type NotaryCredential: Get<CredentialTypeId>;

		/// The credential type of an authority (a court, a tax authority): may present
		/// documents, such as an embargo order.
		#[pallet::constant]
		type AuthorityCredential: Get<CredentialTypeId>;

		/// How many blocks a preventive notice reserves its priority. Not zero.
		#[pallet::constant]
		type NoticePeriod: Get<BlockNumberFor<Self>>;

		/// How many blocks a presenter has to correct a suspended entry. Not zero.
		#[pallet::constant]
		type CorrectionPeriod: Get<BlockNumberFor<Self>>;

		/// The longest cadastral key, in bytes.
		#[pallet::constant]
		type MaxCadastralKeyLen: Get<u32>;

		/// The most owners of a folio (co-owners), and of each side of a transfer. Not zero.
		#[pallet::constant]
		type MaxOwners: Get<u32>;

		/// The most live encumbrances on a folio.
		#[pallet::constant]
		type MaxEncumbrances: Get<u32>;

		/// The most entries pending qualification on a folio. Not zero.
		#[pallet::constant]
		type MaxPendingPerFolio: Get<u32>;

		/// Weight information for the calls of this pallet.
		type WeightInfo: WeightInfo;
	}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The accredited offices.
	// Hasher: Twox64Concat, office ids are chosen by the registry origin.
	#[pallet::storage]
	pub type Offices<T: Config> = StorageMap<_, Twox64Concat, OfficeId, Office, OptionQuery>;

	/// The office of each accredited registrar.
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type Registrars<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, OfficeId, OptionQuery>;

	/// The folios reales.
	// Hasher: Twox64Concat, folio ids are assigned in order.
	#[pallet::storage]
	pub type Folios<T: Config> = StorageMap<_, Twox64Concat, FolioId, FolioOf<T>, OptionQuery>;

	/// The folio of each cadastral key.
	// Hasher: Blake2_128Concat, cadastral keys are given by registrars.
	#[pallet::storage]
	pub type FolioOfCadastralKey<T: Config> =
		StorageMap<_, Blake2_128Concat, CadastralKeyOf<T>, FolioId, OptionQuery>;

	/// The next folio id.
	#[pallet::storage]
	pub type NextFolioId<T: Config> = StorageValue<_, FolioId, ValueQuery>;

	/// The next entry number, shared by presented documents and preventive notices.
	#[pallet::storage]
	pub type NextEntryNumber<T: Config> = StorageValue<_, EntryNumber, ValueQuery>;

	/// Every entry of every folio: the folio's full history, in entry-number order.
	// Hasher: Twox64Concat for both keys, folio ids and entry numbers are assigned in order.
	#[pallet::storage]
	pub type Entries<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		FolioId,
		Twox64Concat,
		EntryNumber,
		EntryOf<T>,
		OptionQuery,
	>;

	/// The entries of each folio pending qualification, as `(priority, entry)`, in priority
	/// order.
	// Hasher: Twox64Concat, folio ids are assigned in order.
	#[pallet::storage]
	pub type Pending<T: Config> = StorageMap<
		_,
		Twox64Concat,
		FolioId,
		BoundedVec<(EntryNumber, EntryNumber), T::MaxPendingPerFolio>,
		ValueQuery,
	>;

	/// The preventive notice of each folio: at most one, so no two conflict.
	// Hasher: Twox64Concat, folio ids are assigned in order.
	#[pallet::storage]
	pub type Notices<T: Config> = StorageMap<_, Twox64Concat, FolioId, NoticeOf<T>, OptionQuery>;

	/// The issued certificates.
	// Hasher: Twox64Concat, certificate ids are assigned in order.
	#[pallet::storage]
	pub type Certificates<T: Config> =
		StorageMap<_, Twox64Concat, CertificateId, CertificateOf<T>, OptionQuery>;

	/// The next certificate id.
	#[pallet::storage]
	pub type NextCertificateId<T: Config> = StorageValue<_, CertificateId, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An office was accredited.
		OfficeAccredited {
			/// The office.
			office: OfficeId,
			/// Its seat.
			seat: Jurisdiction,
		},
		/// A registrar was accredited to an office.
		RegistrarAccredited {
			/// The office.
			office: OfficeId,
			/// The registrar.
			registrar: T::AccountId,
		},
		/// A registrar's accreditation was revoked.
		RegistrarRevoked {
			/// The office it was accredited to.
			office: OfficeId,
			/// The former registrar.
			registrar: T::AccountId,
		},
		/// A folio real was opened.
		FolioOpened {
			/// The folio.
			folio: FolioId,
			/// The office that keeps it.
			office: OfficeId,
			/// The registrar who opened it.
			registrar: T::AccountId,
			/// The hash of the title document of the first inscription.
			document: DocumentHash,
		},
		/// A notary filed a preventive notice, reserving a priority.
		NoticeFiled {
			/// The folio.
			folio: FolioId,
			/// The entry number reserved.
			number: EntryNumber,
			/// The notary.
			notary: T::AccountId,
			/// The first block at which it no longer reserves anything.
			expires_at: BlockNumberFor<T>,
		},
		/// A notary withdrew its notice.
		NoticeWithdrawn {
			/// The folio.
			folio: FolioId,
			/// The entry number it reserved.
			number: EntryNumber,
		},
		/// An expired notice was removed.
		NoticeExpired {
			/// The folio.
			folio: FolioId,
			/// The entry number it reserved.
			number: EntryNumber,
		},
		/// A document was presented.
		DocumentPresented {
			/// The folio.
			folio: FolioId,
			/// Its entry number.
			entry: EntryNumber,
			/// Its priority: `entry`, or the number of the notice it used.
			priority: EntryNumber,
			/// The notary or authority.
			presenter: T::AccountId,
			/// The hash of the document.
			document: DocumentHash,
		},
		/// An entry was inscribed: its act took effect.
		EntryInscribed {
			/// The folio.
			folio: FolioId,
			/// The entry.
			entry: EntryNumber,
			/// The registrar.
			registrar: T::AccountId,
		},
		/// An entry was suspended for a curable defect.
		EntrySuspended {
			/// The folio.
			folio: FolioId,
			/// The entry.
			entry: EntryNumber,
			/// The first block at which it can no longer be corrected.
			deadline: BlockNumberFor<T>,
			/// The hash of the written reasons.
			reason: DocumentHash,
		},
		/// A suspended entry was corrected: it waits for qualification again, with its priority.
		EntryCorrected {
			/// The folio.
			folio: FolioId,
			/// The entry.
			entry: EntryNumber,
			/// The hash of the corrected document.
			document: DocumentHash,
		},
		/// An entry was denied.
		EntryDenied {
			/// The folio.
			folio: FolioId,
			/// The entry.
			entry: EntryNumber,
			/// The registrar.
			registrar: T::AccountId,
			/// The hash of the written reasons.
			reason: DocumentHash,
		},
		/// A suspended entry was not corrected in time and lapsed.
		EntryLapsed {
			/// The folio.
			folio: FolioId,
			/// The entry.
			entry: EntryNumber,
		},
		/// A certificate was issued.
		CertificateIssued {
			/// The certificate.
			certificate: CertificateId,
			/// The folio.
			folio: FolioId,
			/// Whether the folio was free of encumbrances (certificado de libertad).
			free: bool,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The office is not accredited. Check [`Offices`].
		OfficeNotFound,
		/// An office with this id is already accredited. Choose another id.
		OfficeAlreadyExists,
		/// The municipality code is not an INEGI code (1 to 999).
		InvalidJurisdiction,
		/// The account is not an accredited registrar. Check [`Registrars`].
		RegistrarNotFound,
		/// The account is already a registrar. Revoke it first to move it.
		RegistrarAlreadyExists,
		/// The signer is not a registrar of the office concerned.
		NotRegistrar,
		/// The signer holds neither the notary nor the authority credential.
		NotPresenter,
		/// The signer does not hold the notary credential: only notaries file notices.
		NotNotary,
		/// The signer is not the one who may do this (the notice's notary, the entry's
		/// presenter, an authority for the cancellation of an embargo).
		NoPermission,
		/// The folio does not exist. Check [`Folios`].
		FolioNotFound,
		/// The cadastral key already has a folio. Check [`FolioOfCadastralKey`].
		CadastralKeyTaken,
		/// The cadastral key is empty.
		EmptyCadastralKey,
		/// An owner set, or the acquirers of a transfer, is empty.
		NoOwners,
		/// A party appears twice in an owner set.
		DuplicateOwner,
		/// The folio has a live preventive notice. Wait until it is used, withdrawn or expired.
		NoticeAlreadyFiled,
		/// The folio has no preventive notice.
		NoticeNotFound,
		/// The notice has expired. File a new one.
		NoticeExpired,
		/// The notice has not expired yet. Wait for its `expires_at` block.
		NotExpired,
		/// The entry does not exist on the folio. Check [`Entries`].
		EntryNotFound,
		/// The entry is not pending qualification (already inscribed, denied or lapsed).
		NotPending,
		/// The entry is not suspended.
		NotSuspended,
		/// The entry is suspended: correct it first.
		Suspended,
		/// The correction period is over: the entry can only lapse.
		CorrectionPeriodOver,
		/// The correction period is not over. Wait for the deadline.
		CorrectionPeriodNotOver,
		/// An entry with an earlier priority is pending on the folio: qualify it first.
		NotFirstInPriority,
		/// A live preventive notice reserves an earlier priority: wait until it is used,
		/// withdrawn or expired.
		PriorityReserved,
		/// Successive title: the transferors, or the owner an encumbrance burdens, are not the
		/// registered owners. The registrar should deny the entry.
		NotCurrentOwner,
		/// The cancellation names no live encumbrance of the folio.
		EncumbranceNotFound,
		/// The folio already has [`Config::MaxEncumbrances`] live encumbrances.
		TooManyEncumbrances,
		/// The folio already has [`Config::MaxPendingPerFolio`] pending entries. Wait until some
		/// are qualified.
		TooManyPending,
		/// A counter reached its maximum.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(!T::NoticePeriod::get().is_zero(), "NoticePeriod must not be zero");
			assert!(!T::CorrectionPeriod::get().is_zero(), "CorrectionPeriod must not be zero");
			assert!(T::MaxOwners::get() > 0, "MaxOwners must not be zero");
			assert!(T::MaxPendingPerFolio::get() > 0, "MaxPendingPerFolio must not be zero");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Accredit a registry office with its seat.
		///
		/// ## Origin
		/// [`Config::RegistryOrigin`].
		///
		/// ## Errors
		/// [`Error::OfficeAlreadyExists`], [`Error::InvalidJurisdiction`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::accredit_office())]
		pub fn accredit_office(
			origin: OriginFor<T>,
			office: OfficeId,
			seat: Jurisdiction,
		) -> DispatchResult {
			T::RegistryOrigin::ensure_origin(origin)?;
			Self::do_accredit_office(office, seat)
		}

		/// Accredit `registrar` to `office`.
		///
		/// ## Origin
		/// [`Config::RegistryOrigin`].
		///
		/// ## Errors
		/// [`Error::OfficeNotFound`], [`Error::RegistrarAlreadyExists`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::accredit_registrar())]
		pub fn accredit_registrar(
			origin: OriginFor<T>,
			office: OfficeId,
			registrar: T::AccountId,
		) -> DispatchResult {
			T::RegistryOrigin::ensure_origin(origin)?;
			Self::do_accredit_registrar(office, registrar)
		}

		/// Revoke a registrar's accreditation.
		///
		/// ## Origin
		/// [`Config::RegistryOrigin`].
		///
		/// ## Errors
		/// [`Error::RegistrarNotFound`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::revoke_registrar())]
		pub fn revoke_registrar(origin: OriginFor<T>, registrar: T::AccountId) -> DispatchResult {
			T::RegistryOrigin::ensure_origin(origin)?;
			Self::do_revoke_registrar(registrar)
		}

		/// Open a folio real in the signer's office (first inscription), with the hash of the
		/// title document.
		///
		/// ## Origin
		/// Signed by a registrar.
		///
		/// ## Errors
		/// [`Error::NotRegistrar`], [`Error::EmptyCadastralKey`], [`Error::CadastralKeyTaken`],
		/// [`Error::InvalidJurisdiction`], [`Error::NoOwners`], [`Error::DuplicateOwner`],
		/// [`Error::Overflow`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::open_folio())]
		pub fn open_folio(
			origin: OriginFor<T>,
			cadastral_key: CadastralKeyOf<T>,
			location: Jurisdiction,
			surface_cm2: u64,
			owners: OwnersOf<T>,
			document: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_open_folio(who, cadastral_key, location, surface_cm2, owners, document)
		}

		/// File a preventive notice on `folio`: reserve the next entry number for
		/// [`Config::NoticePeriod`] blocks. An expired notice on the folio is replaced.
		///
		/// ## Origin
		/// Signed by a notary.
		///
		/// ## Errors
		/// [`Error::NotNotary`], [`Error::FolioNotFound`], [`Error::NoticeAlreadyFiled`],
		/// [`Error::Overflow`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::file_notice())]
		pub fn file_notice(
			origin: OriginFor<T>,
			folio: FolioId,
			document: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_file_notice(who, folio, document)
		}

		/// Withdraw the signer's notice on `folio`.
		///
		/// ## Origin
		/// Signed by the notice's notary.
		///
		/// ## Errors
		/// [`Error::NoticeNotFound`], [`Error::NoPermission`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::withdraw_notice())]
		pub fn withdraw_notice(origin: OriginFor<T>, folio: FolioId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_notice(who, folio)
		}

		/// Remove the expired notice of `folio`.
		///
		/// ## Origin
		/// Signed by anyone.
		///
		/// ## Errors
		/// [`Error::NoticeNotFound`], [`Error::NotExpired`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::remove_expired_notice())]
		pub fn remove_expired_notice(origin: OriginFor<T>, folio: FolioId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_remove_expired_notice(folio)
		}

		/// Present a document asking to inscribe `act` on `folio`. It takes the next entry
		/// number; with `use_notice`, its priority is that of the signer's live notice on the
		/// folio, which it consumes.
		///
		/// ## Origin
		/// Signed by a notary or an authority (only notaries use notices).
		///
		/// ## Errors
		/// [`Error::NotPresenter`], [`Error::FolioNotFound`], [`Error::NoOwners`],
		/// [`Error::DuplicateOwner`], [`Error::NoticeNotFound`], [`Error::NoticeExpired`],
		/// [`Error::NoPermission`] (also: a cancellation of an embargo presented by a notary),
		/// [`Error::TooManyPending`], [`Error::Overflow`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::present_document())]
		pub fn present_document(
			origin: OriginFor<T>,
			folio: FolioId,
			act: ActOf<T>,
			document: DocumentHash,
			use_notice: bool,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_present_document(who, folio, act, document, use_notice)
		}

		/// Inscribe `entry`: its act takes effect on the folio.
		///
		/// ## Origin
		/// Signed by a registrar of the folio's office.
		///
		/// ## Errors
		/// [`Error::FolioNotFound`], [`Error::NotRegistrar`], [`Error::EntryNotFound`],
		/// [`Error::NotPending`], [`Error::Suspended`], [`Error::NotFirstInPriority`],
		/// [`Error::PriorityReserved`], [`Error::NotCurrentOwner`],
		/// [`Error::EncumbranceNotFound`], [`Error::TooManyEncumbrances`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::inscribe_entry())]
		pub fn inscribe_entry(
			origin: OriginFor<T>,
			folio: FolioId,
			entry: EntryNumber,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_inscribe_entry(who, folio, entry)
		}

		/// Suspend `entry` for a curable defect; its presenter may correct it for
		/// [`Config::CorrectionPeriod`] blocks.
		///
		/// ## Origin
		/// Signed by a registrar of the folio's office.
		///
		/// ## Errors
		/// [`Error::FolioNotFound`], [`Error::NotRegistrar`], [`Error::EntryNotFound`],
		/// [`Error::NotPending`], [`Error::Suspended`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::suspend_entry())]
		pub fn suspend_entry(
			origin: OriginFor<T>,
			folio: FolioId,
			entry: EntryNumber,
			reason: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_suspend_entry(who, folio, entry, reason)
		}

		/// Correct a suspended entry with the corrected document, before its deadline. It waits
		/// for qualification again, with its priority.
		///
		/// ## Origin
		/// Signed by the entry's presenter.
		///
		/// ## Errors
		/// [`Error::EntryNotFound`], [`Error::NoPermission`], [`Error::NotSuspended`],
		/// [`Error::CorrectionPeriodOver`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::correct_entry())]
		pub fn correct_entry(
			origin: OriginFor<T>,
			folio: FolioId,
			entry: EntryNumber,
			document: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_correct_entry(who, folio, entry, document)
		}

		/// Deny `entry`, with the hash of the written reasons.
		///
		/// ## Origin
		/// Signed by a registrar of the folio's office.
		///
		/// ## Errors
		/// [`Error::FolioNotFound`], [`Error::NotRegistrar`], [`Error::EntryNotFound`],
		/// [`Error::NotPending`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::deny_entry())]
		pub fn deny_entry(
			origin: OriginFor<T>,
			folio: FolioId,
			entry: EntryNumber,
			reason: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_deny_entry(who, folio, entry, reason)
		}

		/// Let a suspended entry whose correction period is over lapse.
		///
		/// ## Origin
		/// Signed by anyone.
		///
		/// ## Errors
		/// [`Error::EntryNotFound`], [`Error::NotSuspended`],
		/// [`Error::CorrectionPeriodNotOver`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::lapse_entry())]
		pub fn lapse_entry(
			origin: OriginFor<T>,
			folio: FolioId,
			entry: EntryNumber,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_lapse_entry(folio, entry)
		}

		/// Issue a certificate of freedom or existence of encumbrances of `folio`, as it stands
		/// now.
		///
		/// ## Origin
		/// Signed by anyone.
		///
		/// ## Errors
		/// [`Error::FolioNotFound`], [`Error::Overflow`].
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::issue_certificate())]
		pub fn issue_certificate(origin: OriginFor<T>, folio: FolioId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_issue_certificate(folio)
		}
	}
}
