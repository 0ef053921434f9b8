//! # Property registry pallet
//!
//! Jalisco's Public Registry of Property (Registro Público de la Propiedad): folios reales and
//! their lineage, presentation and priority, preventive notices, qualification, successive
//! title, encumbrances and certificates that anyone can read and verify on chain.
//!
//! ## Overview
//!
//! - **Offices and registrars.** [`Config::RegistryOrigin`] accredits registry offices
//!   ([`Pallet::accredit_office`]) and the registrars of each ([`Pallet::accredit_registrar`],
//!   [`Pallet::revoke_registrar`]). A registrar acts only on the folios of its office.
//! - **Parties.** Every party of an act (owners, transferors, acquirers, debtors, creditors) is
//!   given as the account of a verified person ([`Config::Persons`]) or a verified organisation
//!   ([`Config::Organisations`]); the pallet stores its party key (a keyed commitment), never
//!   a name, CURP or RFC. Anyone else fails with [`Error::PartyNotVerified`].
//! - **Folios.** A registrar opens a folio real ([`Pallet::open_folio`]: first inscription,
//!   inmatriculación) with its municipality, surface and owners. The cadastral authority
//!   ([`Config::CadastralOrigin`]) links it to its cadastral key (unique among open folios) and
//!   its land as H3 cells ([`Pallet::link_cadastral_key`], `bmx_primitives::land`). A registrar
//!   merges folios of the same owners ([`Pallet::merge_folios`], fusión), subdivides one
//!   ([`Pallet::subdivide_folio`], lotificación) or closes one ([`Pallet::close_folio`]): a
//!   closed folio keeps its history and names its successors, and each successor names its
//!   predecessors. Only a folio without live encumbrances, pending entries or live notice is
//!   closed, merged or subdivided.
//! - **Land.** Every open folio is on the cell index of each cell of its land
//!   ([`FoliosOfCell`], runtime API `folios_of_cell`): the folios on the same land, and the
//!   predios that the reforestation registry keeps on the same cells, are found by cell. A
//!   merger moves its folios' cells (at most [`Config::MaxCells`] together) to the merged folio;
//!   a closed or subdivided folio leaves the index (the cadastre links each part's land).
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
//!   otherwise the inscription fails with [`Error::NotCurrentOwner`] and the registrar denies it
//!   with the hash of the written reason.
//! - **Encumbrances (gravámenes).** Mortgages, embargoes and easements block no transfer and no
//!   other encumbrance: they stay visible on the folio, and follow it to the new owner, until a
//!   cancellation act is inscribed. Only an authority presents the cancellation of an embargo.
//! - **Certificates.** Anyone may have the registry issue a certificate of freedom or existence
//!   of encumbrances ([`Pallet::issue_certificate`]): a record in [`Certificates`] of the
//!   folio's owners, live encumbrances, pending entries, live notice and last entry number at
//!   that block. It never changes, so a storage proof of its key against a finalized block's
//!   state root verifies it without trusting a node (`tools/bmx-verify`).
//! - **Public consultation.** [`runtime_api::PropertyRegistryApi`]: a folio, its owners, its
//!   live encumbrances, its history by pages, a certificate, and the queue of an office in
//!   priority order.
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
//! - **Clave catastral (cadastral key)**: the municipal cadastre's key of the property.
//! - **Fusión / subdivisión**: joining folios into one, or splitting one into lots.
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
//! | 14 | [`link_cadastral_key`](Pallet::link_cadastral_key) | [`Config::CadastralOrigin`] |
//! | 15 | [`close_folio`](Pallet::close_folio) | signed: a registrar of the folio's office |
//! | 16 | [`merge_folios`](Pallet::merge_folios) | signed: a registrar of the folios' office |
//! | 17 | [`subdivide_folio`](Pallet::subdivide_folio) | signed: a registrar of the folio's office |
//!
//! Read helpers behind the runtime API: [`Pallet::owners_of`], [`Pallet::live_encumbrances`],
//! [`Pallet::history_page`], [`Pallet::office_queue`], [`Pallet::folios_on_cell`],
//! [`Pallet::party_key`].
//!
//! ## Assumptions
//!
//! - Offices, registrars, notaries and authorities are accredited off this pallet's risk: by
//!   [`Config::RegistryOrigin`] and by the identity pallet's credentials. Parties are verified
//!   by the identity pallet; the notary who presents the deed vouches that the verified
//!   accounts named are the parties who signed it.
//! - **Bounded storage.** Folios hold at most [`Config::MaxOwners`] owners,
//!   [`Config::MaxEncumbrances`] live encumbrances, [`Config::MaxCells`] cells and
//!   [`Config::MaxLinks`] predecessors or successors; [`Pending`] holds at most
//!   [`Config::MaxPendingPerFolio`] entries per folio, each with an exit (inscription, denial,
//!   lapse). [`Notices`] holds one per folio, each with an exit. [`Entries`] and
//!   [`Certificates`] are the permanent history: one record per fee-paying call of an accredited
//!   presenter or of anyone, respectively.
//! - [`Config::NoticePeriod`], [`Config::CorrectionPeriod`], [`Config::MaxOwners`] and
//!   [`Config::MaxPendingPerFolio`] are not zero, and [`Config::MaxLinks`] is at least 2
//!   (checked in `integrity_test`).
//!
//! ## Not yet
//!
//! - The commerce side (Registro Público de Comercio) is another pallet, built apart.
//! - Merging or subdividing a folio with live encumbrances (a mortgage spread over the lots
//!   with the creditor's consent): today they must be cancelled first.
//! - An index from H3 cell to folio, to find overlapping folios and relate a folio to the
//!   reforestation pallet's predios.
//! - Trusts (fideicomiso) are only a transfer to the fiduciary: no record of the trust's
//!   beneficiaries or its reversion.
//! - Who may present the cancellation of a mortgage (today any notary or authority; the
//!   creditor's consent is the registrar's to check in the document).
//! - Closing offices; a deposit or fee for certificates.
//! - Trust beneficiaries (fideicomisarios) and the trust's purpose beyond the deed's hash.

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

use bmx_primitives::{
	identity::{
		CredentialTypeId, CredentialsInspect, Jurisdiction, VerifiedOrganisations, VerifiedPersons,
	},
	land::H3Cell,
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
	<T as Config>::MaxLinks,
	<T as Config>::MaxCells,
>;

/// The land of a folio: H3 cells at `bmx_primitives::land::CELL_RESOLUTION`, sorted, distinct.
pub type LandOf<T> = BoundedVec<H3Cell, <T as Config>::MaxCells>;

/// An act as presented: its parties are accounts of verified persons or organisations.
pub type PresentedActOf<T> = Act<<T as frame_system::Config>::AccountId, <T as Config>::MaxOwners>;

/// An act as stored: its parties are party keys.
pub type ActOf<T> = Act<PartyKey, <T as Config>::MaxOwners>;

/// The folios linked by a merger or a subdivision.
pub type FolioLinksOf<T> = BoundedVec<FolioId, <T as Config>::MaxLinks>;

/// The surfaces of the parts of a subdivision, in square centimetres.
pub type SurfacesOf<T> = BoundedVec<u64, <T as Config>::MaxLinks>;

/// The accounts of an owner set as presented.
pub type OwnerAccountsOf<T> =
	BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxOwners>;

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

/// The `i`-th of a run of distinct, ascending, valid H3 cells at
/// `bmx_primitives::land::CELL_RESOLUTION` (for tests and benchmarks; `i` below 7⁵): the cell
/// `8a2a1072b59ffff` (base cell 21, not a pentagon) with its last five digits set to `i` in
/// base 7.
#[cfg(any(test, feature = "runtime-benchmarks"))]
pub fn test_cell(i: u32) -> H3Cell {
	const TEMPLATE: H3Cell = 0x08a2_a107_2b59_ffff;
	// Digits 6 to 10 of a resolution-10 index sit in bits 15 to 29.
	let mut cell = TEMPLATE & !(0x7fff << 15);
	let mut rest = u64::from(i);
	for shift in [15u32, 18, 21, 24, 27] {
		cell |= (rest % 7) << shift;
		rest /= 7;
	}
	cell
}

/// The most items a page of the runtime API returns.
pub const MAX_PAGE: u32 = 100;

/// An owner set as stored.
pub type OwnersOf<T> = BoundedVec<PartyKey, <T as Config>::MaxOwners>;

/// What the benchmarks need from the runtime: credentials and verified identities.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Give `who` the credential of `credential_type`.
	fn issue_credential(who: &AccountId, credential_type: CredentialTypeId);
	/// Make `who` a verified person whose person key derives from `index`.
	fn verify_person(who: &AccountId, index: u32);
	/// Make `who` a verified organisation.
	fn verify_organisation(who: &AccountId);
}

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

		/// Links folios to their cadastral keys (the cadastral authority, catastro).
		type CadastralOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The verified persons (the identity pallet): a party may be one.
		type Persons: VerifiedPersons<Self::AccountId>;

		/// The verified organisations (the identity pallet): a party may be one.
		type Organisations: VerifiedOrganisations<Self::AccountId>;

		/// The most folios a merger joins, and the most parts of a subdivision. At least 2.
		#[pallet::constant]
		type MaxLinks: Get<u32>;

		/// The most H3 cells of a folio's land.
		#[pallet::constant]
		type MaxCells: Get<u32>;

		/// Weight information for the calls of this pallet.
		type WeightInfo: WeightInfo;

		/// Makes accounts notaries, authorities and verified parties in benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
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
	// Hasher: Blake2_128Concat, cadastral keys are given by the cadastral authority.
	#[pallet::storage]
	pub type FolioOfCadastralKey<T: Config> =
		StorageMap<_, Blake2_128Concat, CadastralKeyOf<T>, FolioId, OptionQuery>;

	/// The open folios whose land holds each H3 cell: the cell index that relates folios on the
	/// same land to each other and to the predios of the other land registries (reforestation
	/// subsidies index theirs by the same cells, `bmx_primitives::land`). A folio leaves it when
	/// it is closed, merged or subdivided, or when the cadastral authority relinks its land.
	/// Unbounded per cell on purpose (a condominium tower puts hundreds of folios on one cell):
	/// nothing on chain iterates it; each entry is written by a cadastral link and removed with
	/// the folio's land.
	// Hasher: Blake2_128Concat for cells, given by the cadastral authority; Twox64Concat for folio
	// ids, assigned in order.
	#[pallet::storage]
	pub type FoliosOfCell<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, H3Cell, Twox64Concat, FolioId, (), OptionQuery>;

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
		/// A cadastral authority linked a folio to its cadastral key.
		CadastralKeyLinked {
			/// The folio.
			folio: FolioId,
			/// The cadastral key.
			cadastral_key: CadastralKeyOf<T>,
			/// How many H3 cells its land has.
			cells: u32,
		},
		/// A folio was closed; its history stays.
		FolioClosed {
			/// The folio.
			folio: FolioId,
			/// The folios that continue it (empty for a plain closure).
			successors: FolioLinksOf<T>,
			/// The hash of the document that closed it.
			document: DocumentHash,
		},
		/// Folios were merged into a new folio (fusión); each was closed pointing to it.
		FoliosMerged {
			/// The merged folios.
			predecessors: FolioLinksOf<T>,
			/// The new folio.
			folio: FolioId,
		},
		/// A folio was subdivided into new folios (subdivisión, lotificación); it was closed
		/// pointing to them.
		FolioSubdivided {
			/// The subdivided folio.
			folio: FolioId,
			/// The new folios, one per part.
			parts: FolioLinksOf<T>,
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
		/// The cadastral key already belongs to another folio. Check [`FolioOfCadastralKey`].
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
		/// A counter or a sum reached its maximum.
		Overflow,
		/// A party is neither a verified person nor a verified organisation
		/// ([`Config::Persons`], [`Config::Organisations`]). Verify it first.
		PartyNotVerified,
		/// The folio is closed: nothing more is presented, inscribed or certified on it.
		FolioClosed,
		/// The folio has live encumbrances: cancel them before closing, merging or
		/// subdividing it.
		Encumbered,
		/// The folio has entries pending qualification, or a live preventive notice: qualify
		/// them, or wait, before closing, merging or subdividing it.
		EntriesPending,
		/// The land is not a sorted, distinct set of valid H3 cells at
		/// `bmx_primitives::land::CELL_RESOLUTION`.
		InvalidLand,
		/// The merged land would exceed [`Config::MaxCells`] cells.
		TooManyCells,
		/// A merger needs at least two distinct folios, and a subdivision at least two parts.
		TooFewFolios,
		/// A folio appears twice in a merger.
		DuplicateFolio,
		/// The merged folios belong to different offices, or have different owner sets.
		FoliosDiffer,
		/// The surfaces of the parts are zero or do not add up to the folio's surface.
		SurfaceMismatch,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(!T::NoticePeriod::get().is_zero(), "NoticePeriod must not be zero");
			assert!(!T::CorrectionPeriod::get().is_zero(), "CorrectionPeriod must not be zero");
			assert!(T::MaxOwners::get() > 0, "MaxOwners must not be zero");
			assert!(T::MaxPendingPerFolio::get() > 0, "MaxPendingPerFolio must not be zero");
			assert!(T::MaxLinks::get() >= 2, "MaxLinks must be at least 2");
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

		/// Open a folio real in the signer's office (first inscription, inmatriculación), with
		/// the accounts of its owners (verified persons or organisations) and the hash of the
		/// title document. A cadastral authority links its cadastral key afterwards.
		///
		/// ## Origin
		/// Signed by a registrar.
		///
		/// ## Errors
		/// [`Error::NotRegistrar`], [`Error::InvalidJurisdiction`], [`Error::NoOwners`],
		/// [`Error::DuplicateOwner`], [`Error::PartyNotVerified`], [`Error::Overflow`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::open_folio())]
		pub fn open_folio(
			origin: OriginFor<T>,
			location: Jurisdiction,
			surface_cm2: u64,
			owners: OwnerAccountsOf<T>,
			document: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_open_folio(who, location, surface_cm2, owners, document)
		}

		/// File a preventive notice on `folio`: reserve the next entry number for
		/// [`Config::NoticePeriod`] blocks. An expired notice on the folio is replaced.
		///
		/// ## Origin
		/// Signed by a notary.
		///
		/// ## Errors
		/// [`Error::NotNotary`], [`Error::FolioNotFound`], [`Error::FolioClosed`],
		/// [`Error::NoticeAlreadyFiled`],
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
		/// folio, which it consumes. The parties of `act` are accounts of verified persons or
		/// organisations; their party keys are stored.
		///
		/// ## Origin
		/// Signed by a notary or an authority (only notaries use notices).
		///
		/// ## Errors
		/// [`Error::NotPresenter`], [`Error::FolioNotFound`], [`Error::FolioClosed`],
		/// [`Error::PartyNotVerified`], [`Error::NoOwners`],
		/// [`Error::DuplicateOwner`], [`Error::NoticeNotFound`], [`Error::NoticeExpired`],
		/// [`Error::NoPermission`] (also: a cancellation of an embargo presented by a notary),
		/// [`Error::TooManyPending`], [`Error::Overflow`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::present_document())]
		pub fn present_document(
			origin: OriginFor<T>,
			folio: FolioId,
			act: PresentedActOf<T>,
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
		/// [`Error::FolioNotFound`], [`Error::FolioClosed`], [`Error::Overflow`].
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::issue_certificate())]
		pub fn issue_certificate(origin: OriginFor<T>, folio: FolioId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_issue_certificate(folio)
		}

		/// Link `folio` to its cadastral key and its land (H3 cells), replacing what it had.
		/// The key of a closed folio may pass on to its successor.
		///
		/// ## Origin
		/// [`Config::CadastralOrigin`].
		///
		/// ## Errors
		/// [`Error::FolioNotFound`], [`Error::FolioClosed`], [`Error::EmptyCadastralKey`],
		/// [`Error::CadastralKeyTaken`], [`Error::InvalidLand`].
		///
		/// ## Weight
		/// Charged for a previous land of [`Config::MaxCells`] cells; the difference is refunded.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::link_cadastral_key(T::MaxCells::get(), land.len() as u32))]
		pub fn link_cadastral_key(
			origin: OriginFor<T>,
			folio: FolioId,
			cadastral_key: CadastralKeyOf<T>,
			land: LandOf<T>,
		) -> DispatchResultWithPostInfo {
			T::CadastralOrigin::ensure_origin(origin)?;
			let new = land.len() as u32;
			let old = Self::do_link_cadastral_key(folio, cadastral_key, land)?;
			Ok(Some(T::WeightInfo::link_cadastral_key(old, new)).into())
		}

		/// Close `folio` without successor, with the hash of the document that orders it. Its
		/// history stays readable.
		///
		/// ## Origin
		/// Signed by a registrar of the folio's office.
		///
		/// ## Errors
		/// [`Error::FolioNotFound`], [`Error::NotRegistrar`], [`Error::FolioClosed`],
		/// [`Error::Encumbered`], [`Error::EntriesPending`].
		///
		/// ## Weight
		/// Charged for land of [`Config::MaxCells`] cells; the difference is refunded.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::close_folio(T::MaxCells::get()))]
		pub fn close_folio(
			origin: OriginFor<T>,
			folio: FolioId,
			document: DocumentHash,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let cells = Self::do_close_folio(who, folio, document)?;
			Ok(Some(T::WeightInfo::close_folio(cells)).into())
		}

		/// Merge `folios` (same office, same owners, free of encumbrances and of pending
		/// entries) into a new folio whose surface is their sum and whose land is their union
		/// (together they hold at most [`Config::MaxCells`] cells). Each is closed pointing to
		/// it; the new folio points back to them.
		///
		/// ## Origin
		/// Signed by a registrar of the folios' office.
		///
		/// ## Errors
		/// [`Error::TooFewFolios`], [`Error::DuplicateFolio`], [`Error::FolioNotFound`],
		/// [`Error::NotRegistrar`], [`Error::FolioClosed`], [`Error::FoliosDiffer`],
		/// [`Error::Encumbered`], [`Error::EntriesPending`], [`Error::TooManyCells`],
		/// [`Error::Overflow`].
		///
		/// ## Weight
		/// Charged for folios holding [`Config::MaxCells`] cells together; the difference is
		/// refunded.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::merge_folios(folios.len() as u32, T::MaxCells::get()))]
		pub fn merge_folios(
			origin: OriginFor<T>,
			folios: FolioLinksOf<T>,
			document: DocumentHash,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let count = folios.len() as u32;
			let cells = Self::do_merge_folios(who, folios, document)?;
			Ok(Some(T::WeightInfo::merge_folios(count, cells)).into())
		}

		/// Subdivide `folio` (free of encumbrances and of pending entries) into one new folio
		/// per entry of `surfaces`, which add up to its surface. The parts keep its owners and
		/// point back to it; it is closed pointing to them. The cadastral authority links each
		/// part's key and land.
		///
		/// ## Origin
		/// Signed by a registrar of the folio's office.
		///
		/// ## Errors
		/// [`Error::TooFewFolios`], [`Error::SurfaceMismatch`], [`Error::FolioNotFound`],
		/// [`Error::NotRegistrar`], [`Error::FolioClosed`], [`Error::Encumbered`],
		/// [`Error::EntriesPending`], [`Error::Overflow`].
		///
		/// ## Weight
		/// Charged for land of [`Config::MaxCells`] cells; the difference is refunded.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::subdivide_folio(surfaces.len() as u32, T::MaxCells::get()))]
		pub fn subdivide_folio(
			origin: OriginFor<T>,
			folio: FolioId,
			surfaces: SurfacesOf<T>,
			document: DocumentHash,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let count = surfaces.len() as u32;
			let cells = Self::do_subdivide_folio(who, folio, surfaces, document)?;
			Ok(Some(T::WeightInfo::subdivide_folio(count, cells)).into())
		}
	}
}
