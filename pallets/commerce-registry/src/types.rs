//! The records of the commerce registry: folios mercantiles, the acts inscribed on them, and the
//! administrators and powers of attorney that are live.

use alloc::vec::Vec;
use bmx_primitives::{
	identity::{OrganisationKey, PersonKey},
	registries::PowerScope,
	DocumentHash,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::ConstU32, BoundedVec};
use scale_info::TypeInfo;
use sp_runtime::Debug;

/// The number of an act on its folio: assigned in order from 0 (the incorporation), so that the
/// folio's history reads in the order of inscription.
pub type ActNumber = u32;

/// The scopes of a power or an appointment: at least one, each at most once (there are four).
pub type Scopes = BoundedVec<PowerScope, ConstU32<4>>;

/// The most acts a page of [`crate::Pallet::acts_of`] returns.
pub const MAX_ACTS_PER_PAGE: u32 = 100;

/// Where a company stands.
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
pub enum CompanyStatus {
	/// Incorporated and not dissolved: acts may be inscribed.
	Active,
	/// Dissolved (disolución inscrita): no more acts; no administrator or power is live.
	Dissolved,
}

/// How a company is administered (Ley General de Sociedades Mercantiles, art. 142 and 143).
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
pub enum AdministratorRole {
	/// Administrador único: the only administrator; excludes a board.
	Sole,
	/// Consejero: a member of the consejo de administración; excludes a sole administrator.
	BoardMember,
}

/// A live administrator of a company.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Administrator {
	/// The act that appointed it.
	pub appointment: ActNumber,
	/// The person key of the administrator (a verified person).
	pub person: PersonKey,
	/// Sole administrator or board member.
	pub role: AdministratorRole,
	/// The powers its appointment grants.
	pub scopes: Scopes,
}

/// A power of attorney (poder) inscribed and not revoked. It holds until `expires_at`, if any.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Power<BlockNumber> {
	/// The act that granted it.
	pub grant: ActNumber,
	/// The person key of the attorney (apoderado, a verified person).
	pub attorney: PersonKey,
	/// What it lets the attorney do.
	pub scopes: Scopes,
	/// The first block at which it no longer holds; `None`: until revoked.
	pub expires_at: Option<BlockNumber>,
}

impl<BlockNumber: PartialOrd> Power<BlockNumber> {
	/// Whether the power has expired at block `now`.
	pub fn is_expired(&self, now: &BlockNumber) -> bool {
		self.expires_at.as_ref().is_some_and(|end| now >= end)
	}
}

/// A folio mercantil: the record of one company, keyed by its organisation key.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Folio<BlockNumber, Administrators, Powers> {
	/// Active or dissolved.
	pub status: CompanyStatus,
	/// The block of the incorporation's inscription.
	pub incorporated_at: BlockNumber,
	/// The number the next act gets: also how many acts the folio holds.
	pub next_act: ActNumber,
	/// The live administrators, in the order of their appointment.
	pub administrators: Administrators,
	/// The inscribed, unrevoked powers (expired ones stay until removed), in order of grant.
	pub powers: Powers,
}

/// What an act inscribed.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub enum ActKind<BlockNumber> {
	/// Constitución: the company's incorporation; opens the folio.
	Incorporation,
	/// Reforma a los estatutos: an amendment of the bylaws.
	Amendment,
	/// Nombramiento: an administrator appointed.
	AdministratorAppointed {
		/// The person key of the administrator.
		person: PersonKey,
		/// Sole administrator or board member.
		role: AdministratorRole,
		/// The powers the appointment grants.
		scopes: Scopes,
	},
	/// Revocación del nombramiento: the administrator appointed by act `appointment` removed.
	AdministratorRemoved {
		/// The act of the appointment.
		appointment: ActNumber,
	},
	/// Otorgamiento de poder: a power of attorney granted.
	PowerGranted {
		/// The person key of the attorney.
		attorney: PersonKey,
		/// What it lets the attorney do.
		scopes: Scopes,
		/// The first block at which it no longer holds; `None`: until revoked.
		expires_at: Option<BlockNumber>,
	},
	/// Revocación de poder: the power granted by act `grant` revoked.
	PowerRevoked {
		/// The act of the grant.
		grant: ActNumber,
	},
	/// Disolución: the company dissolved; closes the folio.
	Dissolution,
}

impl<BlockNumber> ActKind<BlockNumber> {
	/// Whether the act ends something (an appointment, a power, the company): such acts are
	/// inscribed even on a folio that holds [`crate::Config::MaxActsPerFolio`] acts.
	pub fn is_ending(&self) -> bool {
		matches!(
			self,
			Self::AdministratorRemoved { .. } | Self::PowerRevoked { .. } | Self::Dissolution
		)
	}
}

/// An act inscribed on a folio mercantil.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Act<AccountId, BlockNumber> {
	/// What it inscribed.
	pub kind: ActKind<BlockNumber>,
	/// The hash of the document: the notarised deed (escritura) or the minutes of the
	/// shareholders' meeting (acta de asamblea) as the notary formalised them.
	pub document: DocumentHash,
	/// The notary (notario o corredor público) who presented it.
	pub notary: AccountId,
	/// The registrar who inscribed it.
	pub registrar: AccountId,
	/// The block of the inscription.
	pub inscribed_at: BlockNumber,
}

/// A folio as the runtime API returns it: plain vectors instead of bounded ones.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo)]
pub struct FolioView<BlockNumber> {
	/// The company's organisation key.
	pub company: OrganisationKey,
	/// Active or dissolved.
	pub status: CompanyStatus,
	/// The block of the incorporation's inscription.
	pub incorporated_at: BlockNumber,
	/// How many acts the folio holds.
	pub acts: ActNumber,
	/// The live administrators.
	pub administrators: Vec<Administrator>,
	/// The inscribed, unrevoked powers, expired ones included (see [`Power::is_expired`]).
	pub powers: Vec<Power<BlockNumber>>,
}
