//! Naming the chain's refusals: the pallets' refusal codes (`VoteRefusal` of secret ballots,
//! `PanelRefusal` of anonymous panels), the other invalid-transaction reasons, and the
//! transaction pool's own.

use pallet_anonymous_panels::PanelRefusal;
use pallet_secret_ballots::VoteRefusal;
use sp_runtime::transaction_validity::{
	InvalidTransaction, TransactionValidityError, UnknownTransaction,
};

use crate::{error::Refusal, rpc::RpcError};

/// A pallet's refusal codes: what its authorization puts in `InvalidTransaction::Custom`.
pub trait RefusalCodes: Copy + core::fmt::Debug + Sized {
	/// What the refusals are called, for a code this tool does not know: `VoteRefusal`.
	const NAME: &'static str;
	/// What the pool's "priority too low" means for this pallet's transactions: the same tag
	/// is taken by another transaction waiting in the pool.
	const PRIORITY_TOO_LOW: &'static str;
	/// The refusal of `code`, if it is one.
	fn from_code(code: u8) -> Option<Self>;
	/// What it means and what to do, for a person.
	fn explain(self) -> &'static str;
}

impl RefusalCodes for VoteRefusal {
	const NAME: &'static str = "VoteRefusal";
	const PRIORITY_TOO_LOW: &'static str =
		"another vote of this alias in this ballot waits in the pool (a vote is never replaced)";

	fn from_code(code: u8) -> Option<Self> {
		VoteRefusal::from_code(code)
	}

	fn explain(self) -> &'static str {
		explain(self)
	}
}

impl RefusalCodes for PanelRefusal {
	const NAME: &'static str = "PanelRefusal";
	const PRIORITY_TOO_LOW: &'static str =
		"another transaction with this ticket, reveal or settlement nonce waits in the pool (it \
		 is never replaced)";

	fn from_code(code: u8) -> Option<Self> {
		PanelRefusal::from_code(code)
	}

	fn explain(self) -> &'static str {
		explain_panel(self)
	}
}

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

/// What a `PanelRefusal` means and what to do, for a person.
pub fn explain_panel(refusal: PanelRefusal) -> &'static str {
	match refusal {
		PanelRefusal::NotFound => "no panel has this number",
		PanelRefusal::TicketsClosed => {
			"the panel is not drawing tickets now (its ring is not built yet, its tickets \
			 closed, or it ended)"
		},
		PanelRefusal::RevealsClosed => {
			"the panel does not take reveals now (they open when its tickets close and end at \
			 its reveals' end)"
		},
		PanelRefusal::WrongRing => {
			"the ring named is not the panel's ring (or, for a settlement, not a roster ring)"
		},
		PanelRefusal::RingNotUsable => {
			"the chain does not accept proofs against this ring revision (unknown, not in force \
			 at the block named, or too small)"
		},
		PanelRefusal::NotLowEnough => {
			"the ticket is above the panel's threshold or above its lowest tickets: it would \
			 not be selected; nothing to do in this round"
		},
		PanelRefusal::AlreadySubmitted => {
			"this ticket (or this pseudonym) is already selected in this round"
		},
		PanelRefusal::PseudonymBarred => {
			"the pseudonym may not be selected: its reputation is below the minimum, its bond \
			 credit no longer covers a slash (top it up), it closed, or it did not reveal in an \
			 earlier round of this panel"
		},
		PanelRefusal::InvalidProof => {
			"the proof does not prove membership of the ring for these contexts and this message"
		},
		PanelRefusal::WrongAlias => "the proof proves other aliases than those given",
		PanelRefusal::NotSelected => {
			"no selected evaluator of the panel's current round holds this ticket (it was \
			 evicted by lower ones, or the round re-ran)"
		},
		PanelRefusal::AlreadyRevealed => "this ticket's scores were revealed already",
		PanelRefusal::CommitmentMismatch => {
			"the scores and salt do not open the ticket's commitment"
		},
		PanelRefusal::InvalidScores => {
			"not one score per option of the panel, or a score above 100"
		},
		PanelRefusal::NothingToSettle => {
			"the pseudonym has nothing to settle (no pay, or no bond credit when closing), or it \
			 closed"
		},
		PanelRefusal::BelowMinimum => {
			"the amount is below what a new account needs to exist: settle later, or to an \
			 account that exists"
		},
		PanelRefusal::StillSelected => {
			"the pseudonym holds a selection in a round not yet concluded: close after it"
		},
		PanelRefusal::PoolShort => {
			"the panels' pool cannot pay this (a broken invariant: report it)"
		},
	}
}

/// The refusal of an `InvalidTransaction::Custom(code)`: the pallet's name for it when the code
/// is one of `R`'s.
pub fn from_custom_code<R: RefusalCodes>(code: u8) -> Refusal {
	match R::from_code(code) {
		Some(refusal) => Refusal {
			code: Some(code),
			name: format!("{refusal:?}"),
			detail: refusal.explain().into(),
		},
		None => Refusal {
			code: Some(code),
			name: "Unknown".into(),
			detail: format!(
				"custom refusal code {code}, not a {} this tool knows (a newer runtime?)",
				R::NAME
			),
		},
	}
}

/// The refusal of a transaction-validity error (from `validate_transaction`), custom codes
/// read as `R`'s.
pub fn from_validity_error<R: RefusalCodes>(error: &TransactionValidityError) -> Refusal {
	match error {
		TransactionValidityError::Invalid(InvalidTransaction::Custom(code)) => {
			from_custom_code::<R>(*code)
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

/// The refusal of a pool error answered to `author_submitExtrinsic` (custom codes read as
/// `R`'s), or `None` for an error that is not a refusal (the node failed; nothing was decided).
pub fn from_pool_error<R: RefusalCodes>(error: &RpcError) -> Option<Refusal> {
	// Codes of sc-rpc-api's author errors: 1010 invalid, 1011 unknown validity, 1012
	// temporarily banned, 1013 already imported, 1014 priority too low.
	match error.code {
		1010 => Some(match crate::rpc::custom_code(error) {
			Some(code) => from_custom_code::<R>(code),
			None => Refusal {
				code: None,
				name: "InvalidTransaction".into(),
				detail: format!("{} {}", error.message, error.data).trim().into(),
			},
		}),
		1012 => Some(Refusal {
			code: None,
			name: "PoolTemporarilyBanned".into(),
			detail: "the node refused this very transaction recently and bans it for a while"
				.into(),
		}),
		1013 => Some(Refusal {
			code: None,
			name: "PoolAlreadyImported".into(),
			detail: "this very transaction is already in the node's pool".into(),
		}),
		1014 => Some(Refusal {
			code: None,
			name: "PoolPriorityTooLow".into(),
			detail: R::PRIORITY_TOO_LOW.into(),
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
			let named = from_custom_code::<VoteRefusal>(refusal.code());
			assert_eq!(named.code, Some(refusal.code()));
			assert_eq!(named.name, format!("{refusal:?}"));
			assert_eq!(VoteRefusal::from_code(refusal.code()), Some(refusal));
		}
		assert_eq!(from_custom_code::<VoteRefusal>(9).name, "AlreadyVoted");
		assert_eq!(from_custom_code::<VoteRefusal>(12).name, "InvalidProof");
		assert_eq!(from_custom_code::<VoteRefusal>(200).name, "Unknown");
		let invalid = TransactionValidityError::Invalid(InvalidTransaction::Custom(9));
		assert_eq!(from_validity_error::<VoteRefusal>(&invalid).name, "AlreadyVoted");
		let stale = TransactionValidityError::Invalid(InvalidTransaction::Stale);
		assert_eq!(from_validity_error::<VoteRefusal>(&stale).name, "InvalidTransaction::Stale");
	}

	#[test]
	fn panel_refusal_codes_are_named_by_the_panels_pallet() {
		for refusal in PanelRefusal::ALL {
			let named = from_custom_code::<PanelRefusal>(refusal.code());
			assert_eq!(named.code, Some(refusal.code()));
			assert_eq!(named.name, format!("{refusal:?}"));
			assert!(!named.detail.is_empty());
		}
		// The codes the pallet documents, named as the pallet names them; the same code means
		// something else to the ballots' pallet.
		assert_eq!(from_custom_code::<PanelRefusal>(6).name, "NotLowEnough");
		assert_eq!(from_custom_code::<PanelRefusal>(9).name, "InvalidProof");
		assert_eq!(from_custom_code::<VoteRefusal>(9).name, "AlreadyVoted");
		assert_eq!(from_custom_code::<PanelRefusal>(13).name, "CommitmentMismatch");
		let unknown = from_custom_code::<PanelRefusal>(200);
		assert_eq!(unknown.name, "Unknown");
		assert!(unknown.detail.contains("PanelRefusal"), "{}", unknown.detail);
		let invalid = TransactionValidityError::from(PanelRefusal::StillSelected);
		assert_eq!(from_validity_error::<PanelRefusal>(&invalid).name, "StillSelected");
		let error = RpcError { code: 1010, message: "x".into(), data: "Custom error: 11".into() };
		let refusal = from_pool_error::<PanelRefusal>(&error).unwrap();
		assert_eq!((refusal.name.as_str(), refusal.code), ("NotSelected", Some(11)));
		let error = RpcError { code: 1014, message: "x".into(), data: String::new() };
		let refusal = from_pool_error::<PanelRefusal>(&error).unwrap();
		assert!(refusal.detail.contains("ticket"), "{}", refusal.detail);
	}

	#[test]
	fn pool_errors_become_refusals_or_failures() {
		let error = |code, data: &str| RpcError { code, message: "x".into(), data: data.into() };
		let refusal = from_pool_error::<VoteRefusal>(&error(1010, "Custom error: 12")).unwrap();
		assert_eq!((refusal.name.as_str(), refusal.code), ("InvalidProof", Some(12)));
		let refusal = from_pool_error::<VoteRefusal>(&error(1014, "")).unwrap();
		assert_eq!(refusal.name, "PoolPriorityTooLow");
		let outdated = from_pool_error::<VoteRefusal>(&error(1010, "Transaction is outdated"));
		assert_eq!(outdated.unwrap().code, None);
		assert!(from_pool_error::<VoteRefusal>(&error(-32603, "")).is_none());
	}
}
