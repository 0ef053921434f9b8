//! Naming the chain's refusals: the pallet's `VoteRefusal` codes, the other invalid-transaction
//! reasons, and the transaction pool's own.

use pallet_secret_ballots::VoteRefusal;
use sp_runtime::transaction_validity::{
	InvalidTransaction, TransactionValidityError, UnknownTransaction,
};

use crate::{error::Refusal, rpc::RpcError};

/// What a `VoteRefusal` means and what to do, for a person.
pub fn explain(refusal: VoteRefusal) -> &'static str {
	match refusal {
		VoteRefusal::NotFound => "no ballot has this number",
		VoteRefusal::NotOpenYet => "the ballot does not take votes yet: wait for its start",
		VoteRefusal::Closed => "the ballot no longer takes votes",
		VoteRefusal::Cancelled => "the ballot was cancelled",
		VoteRefusal::RingOutOfScope => "the ring is not one of the ballot's scope",
		VoteRefusal::UnknownRing => "the chain keeps no such ring revision",
		VoteRefusal::RingNotInForce => {
			"the ring revision was not in force when the ballot opened (its snapshot)"
		},
		VoteRefusal::RingTooSmall => "the ring has fewer members than its scope's minimum",
		VoteRefusal::AlreadyVoted => {
			"this voter's alias already voted in this ballot; a vote is never replaced"
		},
		VoteRefusal::InvalidChoices => {
			"the choices are empty, repeat an option or name an option the ballot lacks"
		},
		VoteRefusal::TooManyChoices => "more choices than the ballot allows",
		VoteRefusal::InvalidProof => {
			"the proof does not prove membership of the ring for this ballot and these choices \
			 (e.g. the voter is not in the ring)"
		},
		VoteRefusal::WrongAlias => "the proof proves another alias than the one given",
	}
}

/// The refusal of an `InvalidTransaction::Custom(code)`: the pallet's name for it when the code
/// is one of `VoteRefusal`'s.
pub fn from_custom_code(code: u8) -> Refusal {
	match VoteRefusal::from_code(code) {
		Some(refusal) => Refusal {
			code: Some(code),
			name: format!("{refusal:?}"),
			detail: explain(refusal).into(),
		},
		None => Refusal {
			code: Some(code),
			name: "Unknown".into(),
			detail: format!(
				"custom refusal code {code}, not a VoteRefusal this tool knows (a newer runtime?)"
			),
		},
	}
}

/// The refusal of a transaction-validity error (from `validate_transaction`).
pub fn from_validity_error(error: &TransactionValidityError) -> Refusal {
	match error {
		TransactionValidityError::Invalid(InvalidTransaction::Custom(code)) => {
			from_custom_code(*code)
		},
		TransactionValidityError::Invalid(other) => Refusal {
			code: None,
			name: format!("InvalidTransaction::{other:?}"),
			detail: <&'static str>::from(*other).into(),
		},
		TransactionValidityError::Unknown(other) => Refusal {
			code: None,
			name: format!("UnknownTransaction::{other:?}"),
			detail: match other {
				UnknownTransaction::CannotLookup => "the node cannot look the transaction up",
				UnknownTransaction::NoUnsignedValidator => "no validator for this transaction",
				UnknownTransaction::Custom(_) => "unknown transaction validity",
			}
			.into(),
		},
	}
}

/// The refusal of a pool error answered to `author_submitExtrinsic`, or `None` for an error that
/// is not a refusal (the node failed; nothing was decided).
pub fn from_pool_error(error: &RpcError) -> Option<Refusal> {
	// Codes of sc-rpc-api's author errors: 1010 invalid, 1011 unknown validity, 1012
	// temporarily banned, 1013 already imported, 1014 priority too low.
	match error.code {
		1010 => Some(match crate::rpc::custom_code(error) {
			Some(code) => from_custom_code(code),
			None => Refusal {
				code: None,
				name: "InvalidTransaction".into(),
				detail: format!("{} {}", error.message, error.data).trim().into(),
			},
		}),
		1012 => Some(Refusal {
			code: None,
			name: "PoolTemporarilyBanned".into(),
			detail: "the node refused this very vote recently and bans it for a while".into(),
		}),
		1013 => Some(Refusal {
			code: None,
			name: "PoolAlreadyImported".into(),
			detail: "this very vote is already in the node's pool".into(),
		}),
		1014 => Some(Refusal {
			code: None,
			name: "PoolPriorityTooLow".into(),
			detail: "another vote of this alias in this ballot waits in the pool (a vote is \
			         never replaced)"
				.into(),
		}),
		_ => None,
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn refusal_codes_are_named_by_the_pallet() {
		for refusal in VoteRefusal::ALL {
			let named = from_custom_code(refusal.code());
			assert_eq!(named.code, Some(refusal.code()));
			assert_eq!(named.name, format!("{refusal:?}"));
			assert_eq!(VoteRefusal::from_code(refusal.code()), Some(refusal));
		}
		assert_eq!(from_custom_code(9).name, "AlreadyVoted");
		assert_eq!(from_custom_code(12).name, "InvalidProof");
		assert_eq!(from_custom_code(200).name, "Unknown");
		let invalid = TransactionValidityError::Invalid(InvalidTransaction::Custom(9));
		assert_eq!(from_validity_error(&invalid).name, "AlreadyVoted");
		let stale = TransactionValidityError::Invalid(InvalidTransaction::Stale);
		assert_eq!(from_validity_error(&stale).name, "InvalidTransaction::Stale");
	}

	#[test]
	fn pool_errors_become_refusals_or_failures() {
		let error = |code, data: &str| RpcError { code, message: "x".into(), data: data.into() };
		let refusal = from_pool_error(&error(1010, "Custom error: 12")).unwrap();
		assert_eq!((refusal.name.as_str(), refusal.code), ("InvalidProof", Some(12)));
		assert_eq!(from_pool_error(&error(1014, "")).unwrap().name, "PoolPriorityTooLow");
		assert_eq!(from_pool_error(&error(1010, "Transaction is outdated")).unwrap().code, None);
		assert!(from_pool_error(&error(-32603, "")).is_none());
	}
}
