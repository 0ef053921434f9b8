//! The records of forestry supports: programs (convocatorias), properties (predios), applications,
//! grants, verifications and payments.

use alloc::vec::Vec;
use bmx_primitives::{identity::Jurisdiction, DocumentHash};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::Get, BoundedVec};
use scale_info::TypeInfo;
use sp_runtime::Percent;

/// An amount of Mexican pesos in centavos (fiat, never tokens).
pub type Centavos = u128;
/// An area in hundredths of a hectare (1 = 100 m²).
pub type CentiHectares = u32;
/// The agency that runs programs (CONAFOR, SEMARNAT, SADER, a state...): its organisation key
/// in the identity pallet, as the runtime's program-administrator origin names it. It stays the
/// same when the agency moves accounts.
pub type AgencyId = bmx_primitives::identity::OrganisationKey;
/// A program (convocatoria), numbered in order.
pub type ProgramId = u32;
/// A property (predio), numbered in order.
pub type PropertyId = u32;
/// An application (solicitud), numbered in order.
pub type ApplicationId = u32;
/// A grant (apoyo asignado), numbered in order.
pub type GrantId = u32;
pub use bmx_primitives::{identity::PartyKey, land::H3Cell};

/// The most conflicting grants an event names (the runtime API names them all).
pub const MAX_CONFLICTS_NAMED: u32 = 16;

/// A concept of support (concepto de apoyo) in the forestry operating rules.
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
pub enum Concept {
	/// Reforestación: planting.
	Reforestation,
	/// Conservación y restauración de suelos.
	SoilConservation,
	/// Mantenimiento de reforestaciones.
	Maintenance,
	/// Protección (fire breaks, fencing, pest control).
	Protection,
}

/// What a program offers for one concept.
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
pub struct ConceptTerms {
	/// The concept.
	pub concept: Concept,
	/// The budget of the concept in the program.
	pub budget: Centavos,
	/// What a hectare of the concept is paid.
	pub amount_per_hectare: Centavos,
}

/// The field verification rule that releases each tranche after the first.
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
pub struct VerificationRule {
	/// The least survival rate of the plants found.
	pub min_survival: Percent,
	/// The least share of the granted area found actually worked.
	pub min_area_share: Percent,
}

/// A program (convocatoria) of an agency.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxConcepts, MaxJurisdictions, MaxTranches))]
pub struct Program<MaxConcepts: Get<u32>, MaxJurisdictions: Get<u32>, MaxTranches: Get<u32>> {
	/// The agency that administers it.
	pub agency: AgencyId,
	/// The year of the call.
	pub year: u16,
	/// The first year the supported work covers.
	pub first_year: u16,
	/// The last year the supported work covers (duplicates are periods that overlap).
	pub last_year: u16,
	/// The concepts offered, each once.
	pub concepts: BoundedVec<ConceptTerms, MaxConcepts>,
	/// The most one beneficiary may be granted in the program across all their properties.
	pub cap_per_beneficiary: Centavos,
	/// The eligible municipalities; a property elsewhere cannot apply.
	pub eligible: BoundedVec<Jurisdiction, MaxJurisdictions>,
	/// The share of the grant paid in each tranche, in order, adding up to 100%.
	pub tranches: BoundedVec<Percent, MaxTranches>,
	/// The rule a verification must meet to release each tranche after the first.
	pub rule: VerificationRule,
	/// Whether it still takes applications.
	pub open: bool,
}

impl<A: Get<u32>, B: Get<u32>, C: Get<u32>> Program<A, B, C> {
	/// The terms of `concept` and its position, if the program offers it.
	pub fn terms_of(&self, concept: Concept) -> Option<(usize, ConceptTerms)> {
		self.concepts
			.iter()
			.enumerate()
			.find(|(_, t)| t.concept == concept)
			.map(|(i, t)| (i, *t))
	}
	/// Whether the program's period overlaps `other`'s.
	pub fn overlaps(&self, first_year: u16, last_year: u16) -> bool {
		self.first_year <= last_year && first_year <= self.last_year
	}
}

/// A property (predio): its key, place, area, holders and land.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxKeyLen, MaxHolders, MaxCells))]
pub struct Property<AccountId, MaxKeyLen: Get<u32>, MaxHolders: Get<u32>, MaxCells: Get<u32>> {
	/// The cadastral key or the agrarian (RAN) key of the land: a public registry key, not
	/// personal data.
	pub key: BoundedVec<u8, MaxKeyLen>,
	/// The municipality.
	pub jurisdiction: Jurisdiction,
	/// The area declared.
	pub area: CentiHectares,
	/// The holders: verified persons or verified organisations (ejidos, comunidades).
	pub holders: BoundedVec<AccountId, MaxHolders>,
	/// The land as H3 cells, sorted and distinct.
	pub cells: BoundedVec<H3Cell, MaxCells>,
}

/// Where an application stands.
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
pub enum ApplicationStatus {
	/// Waiting for the program's administrator.
	Pending,
	/// Approved: the grant created.
	Approved(GrantId),
	/// Rejected, with the hash of the written reasons.
	Rejected(DocumentHash),
	/// Rejected as a duplicate of support already granted on the same land: the first of the
	/// conflicting grants (the event `DuplicateRejected` names them all, up to
	/// [`MAX_CONFLICTS_NAMED`]).
	RejectedAsDuplicate(GrantId),
	/// Withdrawn by the applicant.
	Withdrawn,
}

/// An application (solicitud) for a concept of a program on a property.
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
pub struct Application<AccountId, BlockNumber> {
	/// The applicant, a holder of the property and the would-be beneficiary.
	pub applicant: AccountId,
	/// The program.
	pub program: ProgramId,
	/// The concept.
	pub concept: Concept,
	/// The property.
	pub property: PropertyId,
	/// The area applied for, at most the property's.
	pub area: CentiHectares,
	/// When it was filed.
	pub filed_at: BlockNumber,
	/// Where it stands.
	pub status: ApplicationStatus,
}

/// Where a grant stands.
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
pub enum GrantStatus {
	/// Tranches remain to be paid.
	Active,
	/// Every tranche paid.
	Completed,
	/// Cancelled with the hash of the written reasons; what was not paid returned to the budget.
	Cancelled(DocumentHash),
}

/// A grant (apoyo asignado): what a beneficiary receives for a concept on a property.
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
pub struct Grant<AccountId> {
	/// The beneficiary's account when the grant was made.
	pub beneficiary: AccountId,
	/// The beneficiary's party key (person or organisation key): the beneficiary across every
	/// account it uses, for the cap, the audit and the reporting duty.
	pub beneficiary_key: PartyKey,
	/// The program.
	pub program: ProgramId,
	/// The concept.
	pub concept: Concept,
	/// The property.
	pub property: PropertyId,
	/// The area granted.
	pub area: CentiHectares,
	/// The amount granted (after reductions).
	pub amount: Centavos,
	/// What has been paid.
	pub paid: Centavos,
	/// What has been recovered after failed verifications.
	pub recovered: Centavos,
	/// How many tranches have been paid.
	pub tranches_paid: u8,
	/// Whether a verification meeting the program's rule was recorded since the last tranche
	/// paid (releases the next one).
	pub next_released: bool,
	/// Whether the last verification recorded failed the rule (allows a recovery).
	pub last_verification_failed: bool,
	/// Where it stands.
	pub status: GrantStatus,
}

/// A field verification of a grant.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxCells))]
pub struct Verification<AccountId, BlockNumber, MaxCells: Get<u32>> {
	/// The field verifier.
	pub verifier: AccountId,
	/// The survival rate found.
	pub survival: Percent,
	/// The area found actually worked.
	pub area_worked: CentiHectares,
	/// The hash of the evidence document (photos, report), kept off chain.
	pub evidence: DocumentHash,
	/// The H3 cells visited, each a cell of the property.
	pub cells_visited: BoundedVec<H3Cell, MaxCells>,
	/// When it was recorded.
	pub at: BlockNumber,
	/// Whether it met the program's rule.
	pub passed: bool,
}

/// A movement of money on a grant.
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
pub enum PaymentKind {
	/// A tranche paid to the beneficiary (its index, from 0).
	Tranche(u8),
	/// An amount recovered from the beneficiary after a failed verification.
	Recovery,
}

/// A payment or recovery recorded on a grant.
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
pub struct Payment<BlockNumber> {
	/// Tranche or recovery.
	pub kind: PaymentKind,
	/// The amount.
	pub amount: Centavos,
	/// The hash of the bank's payment reference (SPEI), kept off chain.
	pub reference: DocumentHash,
	/// When it was recorded.
	pub at: BlockNumber,
}

/// The committed and paid totals of a concept of a program.
#[derive(
	Clone,
	Copy,
	Default,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Totals {
	/// The amounts of the grants not cancelled (a cancelled grant keeps what it paid).
	pub committed: Centavos,
	/// What has been paid, less what has been recovered.
	pub paid: Centavos,
}

/// A grant with its whole history, as the runtime API returns it.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo)]
pub struct GrantHistory<AccountId, BlockNumber> {
	/// The grant's id.
	pub id: GrantId,
	/// The grant as it stands.
	pub grant: Grant<AccountId>,
	/// Its field verifications, in order (cells visited included).
	pub verifications: Vec<VerificationRecord<AccountId, BlockNumber>>,
	/// Its payments and recoveries, in order.
	pub payments: Vec<Payment<BlockNumber>>,
}

/// A field verification, as the runtime API returns it.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo)]
pub struct VerificationRecord<AccountId, BlockNumber> {
	/// The field verifier.
	pub verifier: AccountId,
	/// The survival rate found.
	pub survival: Percent,
	/// The area found actually worked.
	pub area_worked: CentiHectares,
	/// The hash of the evidence document.
	pub evidence: DocumentHash,
	/// The H3 cells visited.
	pub cells_visited: Vec<H3Cell>,
	/// When it was recorded.
	pub at: BlockNumber,
	/// Whether it met the program's rule.
	pub passed: bool,
}

impl<AccountId, BlockNumber, MaxCells: Get<u32>>
	From<Verification<AccountId, BlockNumber, MaxCells>>
	for VerificationRecord<AccountId, BlockNumber>
{
	fn from(v: Verification<AccountId, BlockNumber, MaxCells>) -> Self {
		Self {
			verifier: v.verifier,
			survival: v.survival,
			area_worked: v.area_worked,
			evidence: v.evidence,
			cells_visited: v.cells_visited.into_inner(),
			at: v.at,
			passed: v.passed,
		}
	}
}

/// A property with its whole history, as the runtime API returns it.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo)]
pub struct PropertyHistory<AccountId, BlockNumber> {
	/// The cadastral or agrarian key.
	pub key: Vec<u8>,
	/// The municipality.
	pub jurisdiction: Jurisdiction,
	/// The area declared.
	pub area: CentiHectares,
	/// The holders.
	pub holders: Vec<AccountId>,
	/// The land, as sorted H3 cells.
	pub cells: Vec<H3Cell>,
	/// The other properties sharing at least one cell with it.
	pub overlapping: Vec<PropertyId>,
	/// Its applications, in order.
	pub applications: Vec<(ApplicationId, Application<AccountId, BlockNumber>)>,
	/// Its grants with their history, in order.
	pub grants: Vec<GrantHistory<AccountId, BlockNumber>>,
}

/// The totals of a program, per concept and together, as the runtime API returns them.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo)]
pub struct ProgramTotals {
	/// Per concept offered: its terms (with the budget) and its totals.
	pub concepts: Vec<(ConceptTerms, Totals)>,
	/// The sum over the concepts.
	pub total: Totals,
}
