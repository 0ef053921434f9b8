//! Identity: verified persons and organisations, credentials, e.firma bindings, and the Mexican
//! jurisdictions they live in.
//!
//! `pallet-digital-identity` records these facts and implements the traits; other pallets
//! (tenders, participatory budgets, subsidies) ask through the traits, without depending on that
//! pallet's crate. Each trait has a `()` implementation that knows nobody, for pallets tested or
//! run without identities.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::weights::Weight;
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

/// The key of a verified person or of a verified organisation: what names a party across every
/// account it ever uses (a person key or an organisation key; both are keyed commitments, so
/// they never collide).
pub type PartyKey = H256;

/// The party key of `who`: its person key if it is a verified person, else its organisation key
/// if it is a verified organisation.
pub fn party_key<AccountId, Persons, Organisations>(who: &AccountId) -> Option<PartyKey>
where
	Persons: VerifiedPersons<AccountId>,
	Organisations: VerifiedOrganisations<AccountId>,
{
	Persons::person_key(who).or_else(|| Organisations::organisation_key(who))
}

/// Identifies a credential type. Assigned in order from 0 by `pallet-digital-identity` when
/// governance registers the type.
pub type CredentialTypeId = u32;

/// A point in time: milliseconds since the Unix epoch (1970-01-01 00:00 UTC), as pallet-timestamp
/// keeps it.
pub type Moment = u64;

/// Milliseconds in a day.
const DAY: Moment = 86_400_000;

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

/// Verified persons.
pub trait VerifiedPersons<AccountId> {
	/// The person key of `who`, if it is a verified person: the same for every account the
	/// person ever used, different for every person, so one-person-one-vote counts keys.
	fn person_key(who: &AccountId) -> Option<PersonKey>;
	/// The residency of `who`, if it is a verified person.
	fn residency_of(who: &AccountId) -> Option<Residency>;
	/// The state and municipality of `who`, if it is a verified person living in Mexico.
	fn jurisdiction_of(who: &AccountId) -> Option<Jurisdiction>;
	/// Whether `who` is a verified person and an adult now.
	fn is_adult(who: &AccountId) -> bool;
}

/// Nobody is a verified person.
impl<AccountId> VerifiedPersons<AccountId> for () {
	fn person_key(_who: &AccountId) -> Option<PersonKey> {
		None
	}
	fn residency_of(_who: &AccountId) -> Option<Residency> {
		None
	}
	fn jurisdiction_of(_who: &AccountId) -> Option<Jurisdiction> {
		None
	}
	fn is_adult(_who: &AccountId) -> bool {
		false
	}
}

/// Where verified persons lived when a ballot opened: the roll a ballot is taken on, so that a
/// move during an open ballot counts only after it closes (as an electoral roll's cut-off).
pub trait ResidencyRoll<AccountId, BlockNumber> {
	/// The state and municipality `who` counts in for a ballot that opened at block
	/// `opened_at`: where the verified person lived then, or, for a person verified after
	/// that block, where it was first verified to live. `None` if `who` is not a verified
	/// person, or lived abroad.
	fn jurisdiction_for_ballot(who: &AccountId, opened_at: BlockNumber) -> Option<Jurisdiction>;
}

/// Nobody is on the roll.
impl<AccountId, BlockNumber> ResidencyRoll<AccountId, BlockNumber> for () {
	fn jurisdiction_for_ballot(_who: &AccountId, _opened_at: BlockNumber) -> Option<Jurisdiction> {
		None
	}
}

/// Verified organisations and their representatives.
pub trait VerifiedOrganisations<AccountId> {
	/// The organisation key of `who`, if it is a verified organisation.
	fn organisation_key(who: &AccountId) -> Option<OrganisationKey>;
	/// Whether `who` is an authorised representative of the verified organisation
	/// `organisation`.
	fn is_representative(organisation: &AccountId, who: &AccountId) -> bool;
}

/// Nobody is a verified organisation.
impl<AccountId> VerifiedOrganisations<AccountId> for () {
	fn organisation_key(_who: &AccountId) -> Option<OrganisationKey> {
		None
	}
	fn is_representative(_organisation: &AccountId, _who: &AccountId) -> bool {
		false
	}
}

/// What follows when an identity ends. Wired in the runtime as a tuple; each element runs in
/// turn. `()` does nothing.
pub trait IdentityHooks<AccountId> {
	/// The organisation `who`, with organisation key `key`, was revoked (dissolved, or moving
	/// to a new account): what it registered elsewhere stops acting for it. Called after the
	/// identity pallet removed it.
	fn on_organisation_revoked(who: &AccountId, key: &OrganisationKey);

	/// The worst-case weight of [`IdentityHooks::on_organisation_revoked`].
	fn weight() -> Weight;

	/// The verified person with key `key` changed: updated (residency, birth date), revoked,
	/// cleared, or moved to a new account by a recovery. What was registered elsewhere under
	/// that person key is checked again against the identity as it is now. Called after the
	/// identity pallet made the change.
	fn on_person_changed(key: &PersonKey);

	/// The worst-case weight of [`IdentityHooks::on_person_changed`].
	fn person_changed_weight() -> Weight;
}

#[impl_trait_for_tuples::impl_for_tuples(8)]
impl<AccountId> IdentityHooks<AccountId> for Tuple {
	fn on_organisation_revoked(who: &AccountId, key: &OrganisationKey) {
		for_tuples!( #( Tuple::on_organisation_revoked(who, key); )* );
	}

	fn weight() -> Weight {
		let mut weight = Weight::zero();
		for_tuples!( #( weight = weight.saturating_add(Tuple::weight()); )* );
		weight
	}

	fn on_person_changed(key: &PersonKey) {
		for_tuples!( #( Tuple::on_person_changed(key); )* );
	}

	fn person_changed_weight() -> Weight {
		let mut weight = Weight::zero();
		for_tuples!( #( weight = weight.saturating_add(Tuple::person_changed_weight()); )* );
		weight
	}
}

/// Credentials.
pub trait CredentialsInspect<AccountId> {
	/// Whether `who` holds a valid (issued, unexpired, unrevoked) credential of
	/// `credential_type` now.
	fn has_credential(who: &AccountId, credential_type: CredentialTypeId) -> bool;
}

/// Nobody holds a credential.
impl<AccountId> CredentialsInspect<AccountId> for () {
	fn has_credential(_who: &AccountId, _credential_type: CredentialTypeId) -> bool {
		false
	}
}

/// e.firma bindings and signing acts.
pub trait EfirmaInspect<AccountId> {
	/// Whether `who` has an e.firma bound whose certificate is valid now and not revoked, so
	/// that it can sign.
	fn is_efirma_bound(who: &AccountId) -> bool;
	/// Whether `who` registered a signing act of the document with hash `document`: its
	/// e.firma key's signature of it, checked on chain when registered.
	fn has_signed(who: &AccountId, document: &crate::DocumentHash) -> bool;
}

/// Nobody has an e.firma bound, nobody signed anything.
impl<AccountId> EfirmaInspect<AccountId> for () {
	fn is_efirma_bound(_who: &AccountId) -> bool {
		false
	}
	fn has_signed(_who: &AccountId, _document: &crate::DocumentHash) -> bool {
		false
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use codec::Encode;

	/// 2026-11-21 00:00 UTC, the genesis time of `pallet-digital-identity`'s tests.
	const NOW: Moment = 1_795_219_200_000;
	/// 2027-04-01 00:00 UTC.
	const APRIL_2027: Moment = 1_806_537_600_000;

	/// Persons 1 and 2, organisation 2 (an account both, to show the person key wins) and 3.
	struct Persons;
	impl VerifiedPersons<u64> for Persons {
		fn person_key(who: &u64) -> Option<PersonKey> {
			(*who <= 2).then(|| H256::repeat_byte(*who as u8))
		}
		fn residency_of(_who: &u64) -> Option<Residency> {
			None
		}
		fn jurisdiction_of(_who: &u64) -> Option<Jurisdiction> {
			None
		}
		fn is_adult(_who: &u64) -> bool {
			true
		}
	}
	struct Organisations;
	impl VerifiedOrganisations<u64> for Organisations {
		fn organisation_key(who: &u64) -> Option<OrganisationKey> {
			(2..=3).contains(who).then(|| H256::repeat_byte(0x10 + *who as u8))
		}
		fn is_representative(_organisation: &u64, _who: &u64) -> bool {
			false
		}
	}

	#[test]
	fn party_key_is_the_person_key_else_the_organisation_key() {
		let key = |who| party_key::<u64, Persons, Organisations>(&who);
		assert_eq!(key(1), Some(H256::repeat_byte(1)));
		assert_eq!(key(2), Some(H256::repeat_byte(2)));
		assert_eq!(key(3), Some(H256::repeat_byte(0x13)));
		assert_eq!(key(4), None);
	}

	#[test]
	fn year_month_containing_follows_the_calendar() {
		assert_eq!(YearMonth::containing(0), YearMonth { year: 1970, month: 1 });
		// 2000-02-29, a leap day, and the last millisecond before March.
		assert_eq!(YearMonth::containing(951_782_400_000), YearMonth { year: 2000, month: 2 });
		assert_eq!(YearMonth::containing(951_868_800_000 - 1), YearMonth { year: 2000, month: 2 });
		assert_eq!(YearMonth::containing(951_868_800_000), YearMonth { year: 2000, month: 3 });
		// 2024-12-31 and the genesis time of the pallet's tests.
		assert_eq!(YearMonth::containing(1_735_603_200_000), YearMonth { year: 2024, month: 12 });
		assert_eq!(YearMonth::containing(NOW), YearMonth { year: 2026, month: 11 });
		assert_eq!(YearMonth::containing(APRIL_2027 - 1), YearMonth { year: 2027, month: 3 });
		assert_eq!(YearMonth::containing(APRIL_2027), YearMonth { year: 2027, month: 4 });
		assert_eq!(YearMonth::containing(u64::MAX).year, u16::MAX);
	}

	#[test]
	fn states_encode_as_their_inegi_codes() {
		assert_eq!(MexicanState::Aguascalientes.encode(), vec![1]);
		assert_eq!(MexicanState::Jalisco.encode(), vec![14]);
		assert_eq!(MexicanState::Zacatecas.encode(), vec![32]);
		assert_eq!(MexicanState::CiudadDeMexico.inegi_code(), 9);
	}

	#[test]
	fn minors_become_adults_on_the_first_day_of_their_month() {
		let minor = Adulthood::Minor { adult_from: YearMonth { year: 2027, month: 4 } };
		assert!(!minor.is_adult_at(APRIL_2027 - 1));
		assert!(minor.is_adult_at(APRIL_2027));
		assert!(Adulthood::Adult.is_adult_at(0));
		assert!(YearMonth { year: 2027, month: 12 }.is_well_formed());
		assert!(!YearMonth { year: 2027, month: 13 }.is_well_formed());
		assert!(!YearMonth { year: 2027, month: 0 }.is_well_formed());
	}

	#[test]
	fn jurisdictions_check_the_municipality_format() {
		let at = |municipality| Jurisdiction { state: MexicanState::Jalisco, municipality };
		assert!(at(1).is_well_formed());
		assert!(at(MAX_MUNICIPALITY).is_well_formed());
		assert!(!at(0).is_well_formed());
		assert!(!at(MAX_MUNICIPALITY + 1).is_well_formed());
		assert_eq!(Residency::National(at(39)).jurisdiction(), Some(at(39)));
		assert_eq!(Residency::Abroad.jurisdiction(), None);
	}

	#[test]
	fn unit_implementations_know_nobody() {
		assert_eq!(<() as VerifiedPersons<u64>>::person_key(&10), None);
		assert_eq!(<() as VerifiedPersons<u64>>::residency_of(&10), None);
		assert_eq!(<() as VerifiedPersons<u64>>::jurisdiction_of(&10), None);
		assert!(!<() as VerifiedPersons<u64>>::is_adult(&10));
		assert_eq!(<() as VerifiedOrganisations<u64>>::organisation_key(&20), None);
		assert!(!<() as VerifiedOrganisations<u64>>::is_representative(&20, &10));
		assert!(!<() as CredentialsInspect<u64>>::has_credential(&10, 0));
		assert!(!<() as EfirmaInspect<u64>>::is_efirma_bound(&10));
		assert!(!<() as EfirmaInspect<u64>>::has_signed(&10, &crate::DocumentHash::zero()));
	}
}
