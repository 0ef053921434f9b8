//! Types of the digital identity pallet: registrars, persons, organisations, e.firma bindings,
//! signing acts and credentials.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Debug;

/// A person's stable key: the keyed commitment to its CURP that registrars compute off chain
/// ([`crate::commitment::person_key`]). Opaque: it reveals nothing about the CURP to whoever
/// does not hold the registrars' secret.
pub type PersonKey = H256;

/// An organisation's key: the keyed commitment to its RFC
/// ([`crate::commitment::organisation_key`]).
pub type OrganisationKey = H256;

/// Identifies an e.firma certificate: the SHA-256 fingerprint of the DER-encoded certificate that
/// SAT issued (what `openssl x509 -fingerprint -sha256` prints).
pub type CertificateId = H256;

/// The hash of a document kept off chain, as its signers compute it (blake2-256 or SHA-256 of the
/// file; the signers agree on which). The document itself never goes on chain.
pub type DocumentHash = H256;

/// Identifies a credential type. Assigned in order from 0 by
/// [`crate::Pallet::register_credential_type`].
pub type CredentialTypeId = u32;

/// A point in time: milliseconds since the Unix epoch (1970-01-01 00:00 UTC), as pallet-timestamp
/// keeps it.
pub type Moment = u64;

/// Milliseconds in a day.
const DAY: Moment = 86_400_000;

/// A kind of attestation a registrar may be accredited for.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum AttestationKind {
	/// Verify persons (CURP and biometrics checked off chain), update, recover and revoke them.
	Person,
	/// Verify organisations (RFC checked off chain) and manage their representatives.
	Organisation,
	/// Bind e.firma certificates to accounts and revoke the bindings.
	Efirma,
	/// Issue and revoke credentials of one type.
	Credential(CredentialTypeId),
}

/// An accredited registrar: a public institution or an office of one.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct Registrar<Name, Kinds, BlockNumber> {
	/// Its public name, e.g. `RENAPO` or `SAT - Administracion Desconcentrada Jalisco`.
	pub name: Name,
	/// The kinds of attestation it may issue.
	pub kinds: Kinds,
	/// The block of its (latest) accreditation.
	pub accredited_at: BlockNumber,
}

/// A credential type registered by governance.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct CredentialType<Name> {
	/// Its public name, unique on chain, e.g. `Evaluador de licitaciones`.
	pub name: Name,
	/// How many credential records of this type are stored: valid, expired and revoked.
	pub records: u32,
}

/// A Mexican federal entity (entidad federativa), encoded as its INEGI code (01 to 32).
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
#[repr(u8)]
pub enum MexicanState {
	/// 01 Aguascalientes.
	Aguascalientes = 1,
	/// 02 Baja California.
	BajaCalifornia = 2,
	/// 03 Baja California Sur.
	BajaCaliforniaSur = 3,
	/// 04 Campeche.
	Campeche = 4,
	/// 05 Coahuila de Zaragoza.
	Coahuila = 5,
	/// 06 Colima.
	Colima = 6,
	/// 07 Chiapas.
	Chiapas = 7,
	/// 08 Chihuahua.
	Chihuahua = 8,
	/// 09 Ciudad de Mexico.
	CiudadDeMexico = 9,
	/// 10 Durango.
	Durango = 10,
	/// 11 Guanajuato.
	Guanajuato = 11,
	/// 12 Guerrero.
	Guerrero = 12,
	/// 13 Hidalgo.
	Hidalgo = 13,
	/// 14 Jalisco.
	Jalisco = 14,
	/// 15 Mexico (Estado de Mexico).
	Mexico = 15,
	/// 16 Michoacan de Ocampo.
	Michoacan = 16,
	/// 17 Morelos.
	Morelos = 17,
	/// 18 Nayarit.
	Nayarit = 18,
	/// 19 Nuevo Leon.
	NuevoLeon = 19,
	/// 20 Oaxaca.
	Oaxaca = 20,
	/// 21 Puebla.
	Puebla = 21,
	/// 22 Queretaro.
	Queretaro = 22,
	/// 23 Quintana Roo.
	QuintanaRoo = 23,
	/// 24 San Luis Potosi.
	SanLuisPotosi = 24,
	/// 25 Sinaloa.
	Sinaloa = 25,
	/// 26 Sonora.
	Sonora = 26,
	/// 27 Tabasco.
	Tabasco = 27,
	/// 28 Tamaulipas.
	Tamaulipas = 28,
	/// 29 Tlaxcala.
	Tlaxcala = 29,
	/// 30 Veracruz de Ignacio de la Llave.
	Veracruz = 30,
	/// 31 Yucatan.
	Yucatan = 31,
	/// 32 Zacatecas.
	Zacatecas = 32,
}

impl MexicanState {
	/// Its INEGI code, 1 to 32.
	pub fn inegi_code(self) -> u8 {
		self as u8
	}
}

/// The highest INEGI municipality code (clave de municipio, three digits).
pub const MAX_MUNICIPALITY: u16 = 999;

/// Where in Mexico a person lives: a state and a municipality (or, in Mexico City, an alcaldia).
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
pub struct Jurisdiction {
	/// The state.
	pub state: MexicanState,
	/// The INEGI municipality code within the state, 1 to [`MAX_MUNICIPALITY`] (e.g. 39 for
	/// Guadalajara in Jalisco: INEGI 14039).
	pub municipality: u16,
}

impl Jurisdiction {
	/// Whether the municipality code has the INEGI format (1 to [`MAX_MUNICIPALITY`]). The
	/// catalogue itself (which codes exist) is the registrar's to check: municipalities are
	/// created from time to time.
	pub fn is_well_formed(&self) -> bool {
		(1..=MAX_MUNICIPALITY).contains(&self.municipality)
	}
}

/// Where a verified person lives, as the registrar attested it.
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
pub enum Residency {
	/// In the national territory, in this jurisdiction.
	National(Jurisdiction),
	/// Abroad. No country is recorded.
	Abroad,
}

impl Residency {
	/// The jurisdiction of a national resident.
	pub fn jurisdiction(&self) -> Option<Jurisdiction> {
		match self {
			Residency::National(jurisdiction) => Some(*jurisdiction),
			Residency::Abroad => None,
		}
	}
}

/// A calendar month (UTC).
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct YearMonth {
	/// The year, e.g. 2031. Compared before the month (field order matters for `Ord`).
	pub year: u16,
	/// The month, 1 (January) to 12 (December).
	pub month: u8,
}

impl YearMonth {
	/// Whether the month is 1 to 12.
	pub fn is_well_formed(&self) -> bool {
		(1..=12).contains(&self.month)
	}

	/// The month (UTC) that contains `moment`. Years past `u16::MAX` saturate.
	pub fn containing(moment: Moment) -> Self {
		// Howard Hinnant's `civil_from_days`, for days on or after 1970-01-01, in unsigned
		// arithmetic: no value here exceeds 2^40, so nothing overflows.
		let z = (moment / DAY).saturating_add(719_468);
		let era = z / 146_097;
		let day_of_era = z.saturating_sub(era.saturating_mul(146_097));
		let year_of_era = day_of_era
			.saturating_sub(day_of_era / 1_460)
			.saturating_add(day_of_era / 36_524)
			.saturating_sub(day_of_era / 146_096)
			/ 365;
		let day_of_year = day_of_era.saturating_sub(
			year_of_era
				.saturating_mul(365)
				.saturating_add(year_of_era / 4)
				.saturating_sub(year_of_era / 100),
		);
		let shifted_month = day_of_year.saturating_mul(5).saturating_add(2) / 153;
		let month = if shifted_month < 10 {
			shifted_month.saturating_add(3)
		} else {
			shifted_month.saturating_sub(9)
		};
		let year = year_of_era
			.saturating_add(era.saturating_mul(400))
			.saturating_add(if month <= 2 { 1 } else { 0 });
		YearMonth { year: u16::try_from(year).unwrap_or(u16::MAX), month: month as u8 }
	}
}

/// Whether a verified person is an adult (18 or older), as attested at verification.
///
/// For a minor the registrar records the month from whose first day (UTC) the person counts as
/// an adult: the month after the month of the 18th birthday. That reveals the birth month and
/// year of minors only, never the day; adults reveal nothing.
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
pub enum Adulthood {
	/// An adult at verification.
	Adult,
	/// A minor at verification, an adult from the first day of `adult_from`.
	Minor {
		/// The month after the month of the 18th birthday.
		adult_from: YearMonth,
	},
}

impl Adulthood {
	/// Whether the person is an adult in the month that contains `now`.
	pub fn is_adult_at(&self, now: Moment) -> bool {
		match self {
			Adulthood::Adult => true,
			Adulthood::Minor { adult_from } => YearMonth::containing(now) >= *adult_from,
		}
	}
}

/// What a person key stands for now.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub enum PersonKeyState<AccountId> {
	/// The verified identity of this account.
	Bound(AccountId),
	/// Cleared at the subject's request or revoked by a registrar: reserved, so that the same
	/// CURP can only come back through [`crate::Pallet::recover_person`].
	Cleared,
}

/// A verified person.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct Person<AccountId> {
	/// Its person key.
	pub key: PersonKey,
	/// The registrar that attested it last (verification, update or recovery).
	pub registrar: AccountId,
	/// Where it lives.
	pub residency: Residency,
	/// Whether it is an adult.
	pub adulthood: Adulthood,
	/// When it was verified or recovered to this account.
	pub verified_at: Moment,
}

/// A verified organisation: a company or an institution.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct Organisation<AccountId, Representatives> {
	/// Its organisation key.
	pub key: OrganisationKey,
	/// The registrar that manages the attestation.
	pub registrar: AccountId,
	/// The accounts of its authorised representatives.
	pub representatives: Representatives,
	/// When it was verified.
	pub verified_at: Moment,
}

/// An e.firma certificate bound to an account.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct EfirmaBinding<AccountId> {
	/// The certificate.
	pub certificate: CertificateId,
	/// The registrar that bound it.
	pub registrar: AccountId,
	/// The start of the certificate's validity.
	pub not_before: Moment,
	/// The end of the certificate's validity: it cannot sign from this moment on.
	pub not_after: Moment,
	/// When it was bound.
	pub bound_at: Moment,
	/// How many signing acts the account registered under this binding.
	pub acts: u32,
}

impl<AccountId> EfirmaBinding<AccountId> {
	/// Whether the certificate is valid at `now`.
	pub fn is_valid_at(&self, now: Moment) -> bool {
		self.not_before <= now && now < self.not_after
	}
}

/// A signing act: an e.firma-bound account signed a document.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct SigningAct<AccountId, Purpose, BlockNumber> {
	/// Who signed.
	pub signer: AccountId,
	/// The certificate bound to the signer when it signed.
	pub certificate: CertificateId,
	/// Why it signed, in the signer's words (public).
	pub purpose: Purpose,
	/// When it signed (the block's timestamp).
	pub signed_at: Moment,
	/// The block in which it signed.
	pub block: BlockNumber,
}

/// A credential: a typed attestation about a subject.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct Credential<AccountId> {
	/// The registrar that issued it and manages it.
	pub issuer: AccountId,
	/// When it was issued.
	pub issued_at: Moment,
	/// When it expires, if ever.
	pub expires_at: Option<Moment>,
	/// When it was revoked, if it was.
	pub revoked_at: Option<Moment>,
}

impl<AccountId> Credential<AccountId> {
	/// Its status at `now`: revocation first, then expiry.
	pub fn status_at(&self, now: Moment) -> CredentialStatus {
		if self.revoked_at.is_some() {
			CredentialStatus::Revoked
		} else if self.expires_at.is_some_and(|expiry| now >= expiry) {
			CredentialStatus::Expired
		} else {
			CredentialStatus::Valid
		}
	}
}

/// The status of a subject's credential of one type.
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
pub enum CredentialStatus {
	/// The subject holds none of this type.
	NotIssued,
	/// Issued, not expired, not revoked.
	Valid,
	/// Issued, and its expiry has passed.
	Expired,
	/// Issued, then revoked.
	Revoked,
}
