//! Public procurement: the codes of the Clasificador Único de las Contrataciones Públicas
//! (CUCoP) that partidas carry, and the catalogue that says which codes exist.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::Debug;

/// A CUCoP key: eight decimal digits, the first five being the specific expense item
/// (partida específica) of the Clasificador por Objeto del Gasto and the last three a
/// sequence within it, e.g. `21101001`. Stored as the number the digits spell.
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
pub struct CucopCode(pub u32);

impl CucopCode {
	/// The smallest well-formed key (`10000000`).
	pub const MIN: u32 = 10_000_000;
	/// The largest well-formed key (`99999999`).
	pub const MAX: u32 = 99_999_999;

	/// Whether the key has eight digits, the first not zero.
	pub fn is_well_formed(&self) -> bool {
		(Self::MIN..=Self::MAX).contains(&self.0)
	}

	/// The partida específica del gasto: the first five digits.
	pub fn expense_item(&self) -> u32 {
		self.0 / 1_000
	}
}

/// The procurement catalogue: which CUCoP keys a partida may carry.
pub trait ProcurementCatalogue {
	/// Whether `code` is in the catalogue and not retired, so that a new partida may use it.
	fn is_active(code: CucopCode) -> bool;
}

/// No catalogue: every well-formed key is accepted.
impl ProcurementCatalogue for () {
	fn is_active(code: CucopCode) -> bool {
		code.is_well_formed()
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_cucop_key_has_eight_digits() {
		assert!(CucopCode(21101001).is_well_formed());
		assert_eq!(CucopCode(21101001).expense_item(), 21101);
		assert!(!CucopCode(9_999_999).is_well_formed());
		assert!(!CucopCode(100_000_000).is_well_formed());
		assert!(!<() as ProcurementCatalogue>::is_active(CucopCode(0)));
		assert!(<() as ProcurementCatalogue>::is_active(CucopCode(21101001)));
	}
}
