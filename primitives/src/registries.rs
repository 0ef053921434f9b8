//! Glue between the public registries (property and commerce, deposit certificates,
//! reforestation subsidies) and the pallets that rely on what they record.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::Debug;

/// What a power of attorney (poder) lets its holder do for the company that granted it, as the
/// Código Civil Federal (art. 2554) and the Ley General de Títulos y Operaciones de Crédito
/// (art. 9) name the powers a notary writes into the deed.
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
pub enum PowerScope {
	/// Pleitos y cobranzas: to sue, defend and collect in the company's name.
	Litigation,
	/// Actos de administración: to run the business, sign contracts and submit bids.
	Administration,
	/// Actos de dominio: to sell or encumber the company's property.
	Ownership,
	/// Suscribir títulos de crédito: to sign negotiable instruments for the company.
	NegotiableInstruments,
}

/// Whether a person may act for a company: the Registro Público de Comercio's answer to "does X
/// hold a live power from company Y for purpose Z". Other pallets (tenders: who may sign for a
/// supplier) ask it instead of trusting an account's word.
pub trait PowersOfAttorney<AccountId> {
	/// Whether `attorney` holds a live (inscribed, not revoked, not expired) power from the
	/// company whose account is `company`, covering `scope`. A company's administrators hold
	/// every scope their appointment grants.
	fn holds_power(attorney: &AccountId, company: &AccountId, scope: PowerScope) -> bool;
}

/// Nobody holds a power.
impl<AccountId> PowersOfAttorney<AccountId> for () {
	fn holds_power(_attorney: &AccountId, _company: &AccountId, _scope: PowerScope) -> bool {
		false
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn nobody_holds_a_power_by_default() {
		assert!(!<() as PowersOfAttorney<u64>>::holds_power(&1, &2, PowerScope::Administration));
	}
}
