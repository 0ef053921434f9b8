//! The records of the registry: offices, folios reales, presented documents (entries), preventive
//! notices, encumbrances and certificates.

use bmx_primitives::{identity::Jurisdiction, land::H3Cell, DocumentHash};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_runtime::Debug;

/// Identifies a registry office (oficina registral, a registry district). Chosen by the
/// accrediting origin.
pub type OfficeId = u32;

/// Identifies a folio real. Assigned in order from 0.
pub type FolioId = u64;

/// An entry number (número de entrada). Presented documents and preventive notices draw from the
/// same sequence, from 0; the number a document holds is its priority (prelación): lower first.
pub type EntryNumber = u64;

/// Identifies a certificate. Assigned in order from 0.
pub type CertificateId = u64;

/// A party to an act: the person key or organisation key of a verified person or organisation
/// (`bmx_primitives::identity::{PersonKey, OrganisationKey}`): keyed commitments, never the CURP
/// or RFC itself.
pub type PartyKey = bmx_primitives::identity::PersonKey;

/// An accredited registry office.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Office {
	/// The municipality whose seat the office is (its district may cover several).
	pub seat: Jurisdiction,
}

/// A folio real: the record of one property, on which every act that affects it is inscribed.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxKey, MaxOwners, MaxEncumbrances, MaxLinks, MaxCells))]
#[codec(mel_bound(BlockNumber: MaxEncodedLen))]
pub struct Folio<
	BlockNumber: Clone + Eq + core::fmt::Debug,
	MaxKey: Get<u32>,
	MaxOwners: Get<u32>,
	MaxEncumbrances: Get<u32>,
	MaxLinks: Get<u32>,
	MaxCells: Get<u32>,
> {
	/// The office that keeps it.
	pub office: OfficeId,
	/// The cadastral key (clave catastral), once a cadastral authority linked it: public data
	/// of the property, not of a person.
	pub cadastral_key: Option<BoundedVec<u8, MaxKey>>,
	/// The municipality where the property lies.
	pub location: Jurisdiction,
	/// The surface, in square centimetres.
	pub surface_cm2: u64,
	/// The land as the cadastral authority linked it: H3 cells at
	/// `bmx_primitives::land::CELL_RESOLUTION`, sorted and distinct. Empty until linked.
	pub land: BoundedVec<H3Cell, MaxCells>,
	/// The registered owners: one owner set at any time, never empty.
	pub owners: BoundedVec<PartyKey, MaxOwners>,
	/// The live encumbrances (gravámenes), in the order of their priority.
	pub encumbrances: BoundedVec<Encumbrance, MaxEncumbrances>,
	/// The block at which the folio was opened.
	pub opened_at: BlockNumber,
	/// The folios it came from: the merged folios, or the subdivided folio. Empty for a first
	/// inscription.
	pub predecessors: BoundedVec<FolioId, MaxLinks>,
	/// Open, or closed and where its property went.
	pub status: FolioStatus<BlockNumber, MaxLinks>,
}

/// Whether a folio is open; a closed folio keeps its history and points to its successors.
#[derive(
	CloneNoBound,
	EqNoBound,
	PartialEqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	DebugNoBound,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxLinks))]
#[codec(mel_bound(BlockNumber: MaxEncodedLen))]
pub enum FolioStatus<BlockNumber: Clone + Eq + core::fmt::Debug, MaxLinks: Get<u32>> {
	/// Acts may be presented and inscribed on it.
	Open,
	/// Closed at `at`: nothing more is inscribed on it. Its property went to `successors`
	/// (the merged folio, or the parts of a subdivision); empty when it was closed without
	/// successor (the property ceased to exist as such, for instance an expropriation).
	Closed {
		/// The block of the closure.
		at: BlockNumber,
		/// The folios that continue it.
		successors: BoundedVec<FolioId, MaxLinks>,
		/// The hash of the document that closed it.
		document: DocumentHash,
	},
}

impl<BlockNumber: Clone + Eq + core::fmt::Debug, MaxLinks: Get<u32>>
	FolioStatus<BlockNumber, MaxLinks>
{
	/// Whether the folio is open.
	pub fn is_open(&self) -> bool {
		matches!(self, Self::Open)
	}
}

/// A live encumbrance on a folio. It blocks nothing; it stays visible until cancelled.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Encumbrance {
	/// The entry whose inscription created it.
	pub entry: EntryNumber,
	/// Which encumbrance.
	pub kind: EncumbranceKind,
	/// The party in whose favour it is: the creditor of a mortgage or an embargo, the owner
	/// of the dominant property of an easement.
	pub beneficiary: PartyKey,
}

/// The kinds of encumbrance.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum EncumbranceKind {
	/// Hipoteca: a mortgage granted by an owner.
	Mortgage,
	/// Embargo: an attachment ordered by an authority against an owner's debt.
	Embargo,
	/// Servidumbre: an easement granted by the owners.
	Easement,
}

/// How ownership passes.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum TransferKind {
	/// Compraventa.
	Purchase,
	/// Donación.
	Donation,
	/// Herencia (adjudicación por herencia).
	Inheritance,
	/// Fideicomiso: ownership passes to the fiduciary (the trustee institution).
	Trust,
}

/// The act a presented document asks to inscribe. Presented with the accounts of the parties
/// (`Party = AccountId`), each a verified person or organisation; stored with their party keys
/// (`Party = PartyKey`).
#[derive(
	CloneNoBound,
	EqNoBound,
	PartialEqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	DebugNoBound,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxOwners))]
#[codec(mel_bound(Party: MaxEncodedLen))]
pub enum Act<Party: Clone + PartialEq + Eq + core::fmt::Debug, MaxOwners: Get<u32>> {
	/// Ownership passes from `from` to `to`. Successive title (tracto sucesivo): at the
	/// inscription `from` must be exactly the registered owners.
	Transfer {
		/// Purchase, donation or inheritance.
		kind: TransferKind,
		/// The transferors, as the document names them.
		from: BoundedVec<Party, MaxOwners>,
		/// The acquirers: the new owner set, not empty.
		to: BoundedVec<Party, MaxOwners>,
	},
	/// An encumbrance. `burdened` is the owner whose property it burdens (the debtor of a
	/// mortgage or an embargo; one of the grantors of an easement): at the inscription it must
	/// be a registered owner.
	Encumber {
		/// Which encumbrance.
		kind: EncumbranceKind,
		/// The owner who grants it or whose debt it secures.
		burdened: Party,
		/// In whose favour.
		beneficiary: Party,
	},
	/// Cancels the live encumbrance inscribed by entry `of`. An embargo is cancelled only by
	/// an authority's order.
	Cancellation {
		/// The entry of the encumbrance to cancel.
		of: EntryNumber,
	},
}

/// Where a presented document stands in qualification (calificación).
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum EntryStatus<BlockNumber> {
	/// Presented, waiting for a registrar.
	Presented,
	/// Suspended for a curable defect: the presenter may correct it until `deadline`
	/// (exclusive); then anyone may have it lapse.
	Suspended {
		/// The first block at which it can no longer be corrected.
		deadline: BlockNumber,
		/// The hash of the registrar's written reasons.
		reason: DocumentHash,
	},
	/// Inscribed (inscrito): its act took effect on the folio.
	Inscribed {
		/// The block of the inscription.
		at: BlockNumber,
	},
	/// Denied (denegado) by a registrar, with the hash of its written reasons.
	Denied {
		/// The hash of the written reasons.
		reason: DocumentHash,
	},
	/// Suspended and not corrected within its deadline.
	Lapsed,
}

impl<BlockNumber> EntryStatus<BlockNumber> {
	/// Whether the entry still waits for qualification (presented or suspended).
	pub fn is_pending(&self) -> bool {
		matches!(self, Self::Presented | Self::Suspended { .. })
	}
}

/// A presented document (an escritura, a court order) and its place in the folio's history.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxOwners))]
#[codec(mel_bound(AccountId: MaxEncodedLen, BlockNumber: MaxEncodedLen))]
pub struct Entry<AccountId, BlockNumber, MaxOwners: Get<u32>> {
	/// Its priority: its own entry number, or that of the preventive notice it used.
	pub priority: EntryNumber,
	/// The notary or authority that presented it.
	pub presenter: AccountId,
	/// The act it asks to inscribe, its parties as party keys.
	pub act: Act<PartyKey, MaxOwners>,
	/// The hash of the document (the latest, after a correction).
	pub document: DocumentHash,
	/// The block of its presentation.
	pub presented_at: BlockNumber,
	/// Its qualification.
	pub status: EntryStatus<BlockNumber>,
}

/// A preventive notice (aviso preventivo): a notary reserves a priority on a folio for a deed
/// about to be signed.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Notice<AccountId, BlockNumber> {
	/// The entry number it reserves: the priority of the deed presented with it.
	pub number: EntryNumber,
	/// The notary who filed it: only that notary may use it.
	pub notary: AccountId,
	/// The hash of the notice.
	pub document: DocumentHash,
	/// The first block at which it no longer reserves anything.
	pub expires_at: BlockNumber,
}

/// A certificate of freedom or existence of encumbrances (certificado de libertad o de
/// existencia de gravámenes): what the folio said at a moment.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxOwners, MaxEncumbrances))]
#[codec(mel_bound(BlockNumber: MaxEncodedLen))]
pub struct Certificate<BlockNumber, MaxOwners: Get<u32>, MaxEncumbrances: Get<u32>> {
	/// The folio.
	pub folio: FolioId,
	/// The block at which it states the folio.
	pub at: BlockNumber,
	/// The registered owners then.
	pub owners: BoundedVec<PartyKey, MaxOwners>,
	/// The live encumbrances then; empty for a certificate of freedom.
	pub encumbrances: BoundedVec<Encumbrance, MaxEncumbrances>,
	/// The number of entries pending on the folio then (a buyer must know of them).
	pub pending: u32,
	/// The entry number reserved by a live preventive notice then, if any.
	pub notice: Option<EntryNumber>,
	/// The last entry number handed out before the certificate (`None` if none yet): the
	/// certificate states the folio with every entry below this number taken into account.
	pub as_of_entry: Option<EntryNumber>,
}
