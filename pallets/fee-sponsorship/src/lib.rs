//! Fee allowances: a sponsor (a collective's treasury) pays the transaction fees of an account
//! with an allowance, through a transaction extension around `pallet-transaction-payment`.
//!
//! ## Overview
//!
//! The 2018 governance model asks that whoever brings a project of public value to the network
//! can use it "sin tener que absorber costos", and that capital for transactions is asked of the
//! collective's leaders (issue 12, "Capital is a fee allowance"). This pallet keeps the ledger of
//! fee allowances and provides [`ChargeSponsored`], the transaction extension that charges a
//! sponsored transaction's fee to the sponsor instead of the signer.
//!
//! An allowance belongs to one account (the beneficiary) and names its sponsor and the amount
//! of fees the sponsor pays per period ([`Config::Period`] blocks). For a signed transaction,
//! [`ChargeSponsored`]:
//! 1. computes the fee with tip exactly as `ChargeTransactionPayment` does;
//! 2. if the signer has an allowance whose remaining amount in the current period covers that
//!    fee, and the sponsor can pay it, withdraws the fee from the sponsor, counts it against the
//!    allowance and, after dispatch, refunds the unused part of the fee to the sponsor (and to
//!    the allowance); it emits [`Event::FeePaidBySponsor`] with the fee actually paid;
//! 3. otherwise behaves exactly as `ChargeTransactionPayment`: the signer pays. When the signer
//!    cannot pay either, validation fails with `InvalidTransaction::Payment` and nobody is
//!    charged anything.
//!
//! Unsigned and `None` origins go to `ChargeTransactionPayment` untouched (it charges nothing).
//! A transaction whose fee is zero (a `Pays::No` call without tip) is never sponsored: it costs
//! nothing to anyone and uses no allowance.
//!
//! Where the fee goes once withdrawn is the runtime's `pallet_transaction_payment`
//! `OnChargeTransaction` (its `OnUnbalanced` handler): this pallet only chooses who pays.
//!
//! ## Terminology
//!
//! - **Beneficiary**: the account whose fees are sponsored (a member's node, a project's
//!   account).
//! - **Sponsor**: the account that pays, in the runtime a collective's treasury.
//! - **Allowance**: `per_period`, the most the sponsor pays for the beneficiary in one period;
//!   `used`, what it paid in the current period; `period_start`, the first block of the period
//!   `used` belongs to.
//! - **Period**: [`Config::Period`] blocks. Periods are aligned on the block the allowance was
//!   first set: a period starts at `period_start + k * Period`. When a transaction (or a look-up)
//!   finds the current block past the recorded period, `used` counts from zero again.
//!
//! ## Pallet API
//!
//! | Index | Call | Origin | What it does |
//! |-------|------|--------|--------------|
//! | 0 | [`set_allowance`](Pallet::set_allowance) | [`Config::AllowanceOrigin`] | Give `who` an allowance of `per_period` paid by `sponsor`, or change it. |
//! | 1 | [`remove_allowance`](Pallet::remove_allowance) | [`Config::AllowanceOrigin`] | Remove `who`'s allowance: its fees are its own again. |
//!
//! Other pallets (the grant workflow of `pallet-collective-capital`) set and remove
//! allowances through [`AllowanceManager`], implemented by [`Pallet`].
//!
//! View function: [`remaining_allowance`](Pallet::remaining_allowance).
//!
//! ### The transaction extension
//!
//! [`ChargeSponsored<T>`] **replaces** `pallet_transaction_payment::ChargeTransactionPayment<T>`
//! in the runtime's `TxExtension` tuple, at the same position. Its identifier is
//! `"ChargeTransactionPayment"` (the wrapped extension's), its explicit data is the same
//! compact tip, it has no implicit data and its type information is the wrapped extension's:
//! wallets and Polkadot.js Apps build and sign transactions exactly as before. If the runtime
//! wraps the payment in `pallet_skip_feeless_payment::SkipCheckIfFeeless`, wrap
//! `ChargeSponsored<T>` instead.
//!
//! A beneficiary's tip is paid by the sponsor as part of the fee and counts against the
//! allowance. For a sponsored transaction `pallet-transaction-payment`'s own
//! `TransactionFeePaid` event names the sponsor as `who`; this pallet's
//! [`Event::FeePaidBySponsor`] names both. The transaction pool validates each transaction
//! against the allowance as it stands; at inclusion every transaction is validated again, so a
//! block never holds sponsored fees beyond the allowance (the excess is refused, not charged).
//!
//! ## Assumptions
//!
//! - **Bounded storage.** [`Allowances`] holds at most one entry per account, and entries are
//!   inserted only by [`Config::AllowanceOrigin`] (governance) or through [`AllowanceManager`],
//!   which the runtime gives only to pallets that gate it by governance decisions (grants of
//!   leaders). Every entry has an exit: [`remove_allowance`](Pallet::remove_allowance) and
//!   [`AllowanceManager::remove_allowance`].
//! - A sponsor is any account: this pallet does not check that it is a treasury, nor that it
//!   agreed; whoever holds [`Config::AllowanceOrigin`] or [`AllowanceManager`] decides. A sponsor
//!   never pays more than `per_period` per beneficiary and period, and only while it can pay
//!   (the payment adapter keeps it alive as it does for any signer).
//! - **The beneficiary's account exists.** An allowance takes a sufficient reference on its
//!   beneficiary's account (`frame_system::Pallet::inc_sufficients`, as a sufficient asset
//!   does), so that an account holding no BMX passes `CheckNonce`; removing the allowance
//!   releases it, and an account with nothing else is then reaped (its nonce restarts: the
//!   runtime's mortal transactions keep old ones from being replayed).
//! - Changing an existing allowance keeps what was used in the current period (capped at the new
//!   amount), so a change never refreshes a spent allowance.
//! - [`Config::Period`] is not zero (checked in `integrity_test`).

#![cfg_attr(not(feature = "std"), no_std)]

mod allowances;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod extension;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod traits;
#[cfg(any(test, feature = "try-runtime"))]
mod try_state;
pub mod types;
pub mod weights;

pub use extension::{ChargeSponsored, Pre, Val};
pub use pallet::*;
pub use traits::AllowanceManager;
pub use types::Allowance;
pub use weights::WeightInfo;

use pallet_transaction_payment::OnChargeTransaction;

/// The balance in which fees are computed and paid (the payment adapter's).
pub type BalanceOf<T> = <<T as pallet_transaction_payment::Config>::OnChargeTransaction as OnChargeTransaction<T>>::Balance;

/// An allowance as stored for the runtime `T`.
pub type AllowanceOf<T> = Allowance<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;

	#[pallet::config]
	pub trait Config:
		frame_system::Config<RuntimeEvent: From<Event<Self>>> + pallet_transaction_payment::Config
	{
		/// Who sets and removes allowances by call (runtime: a governance decision).
		type AllowanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The length of an allowance period, in blocks (not zero). What a beneficiary used
		/// counts from zero again at the start of each period.
		#[pallet::constant]
		type Period: Get<BlockNumberFor<Self>>;

		/// Weights of the calls and of the extension's bookkeeping.
		type WeightInfo: WeightInfo;
	}

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// The fee allowance of each beneficiary. Bounded by governance-only insertion (see the
	/// crate's `## Assumptions`).
	// Hasher: Blake2_128Concat, the key is an account that anybody chooses.
	#[pallet::storage]
	pub type Allowances<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, AllowanceOf<T>, OptionQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A sponsor paid a transaction's fee for a beneficiary.
		FeePaidBySponsor {
			/// The beneficiary: the transaction's signer.
			who: T::AccountId,
			/// The account that paid.
			sponsor: T::AccountId,
			/// The fee actually paid, tip included, after the refund of unused weight.
			fee: BalanceOf<T>,
		},
		/// An allowance was set or changed.
		AllowanceSet {
			/// The beneficiary.
			who: T::AccountId,
			/// The account that pays.
			sponsor: T::AccountId,
			/// The most the sponsor pays per period.
			per_period: BalanceOf<T>,
		},
		/// An allowance was removed: the account pays its own fees again.
		AllowanceRemoved {
			/// The former beneficiary.
			who: T::AccountId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account has no allowance. Check [`Allowances`] first.
		NotFound,
		/// An allowance of zero per period. Remove the allowance instead.
		ZeroAllowance,
		/// The sponsor is the beneficiary itself. Name another sponsor.
		SelfSponsorship,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(!T::Period::get().is_zero(), "the allowance period must not be zero");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Give `who` a fee allowance of `per_period` per period, paid by `sponsor`, or change
		/// its allowance (what it used in the current period stays used, capped at the new
		/// amount).
		///
		/// ## Origin
		/// [`Config::AllowanceOrigin`].
		///
		/// ## Errors
		/// - [`Error::ZeroAllowance`]: `per_period` is zero.
		/// - [`Error::SelfSponsorship`]: `sponsor` is `who`.
		///
		/// ## Events
		/// [`Event::AllowanceSet`].
		#[pallet::call_index(0)]
		#[pallet::weight(<T as Config>::WeightInfo::set_allowance())]
		pub fn set_allowance(
			origin: OriginFor<T>,
			who: T::AccountId,
			sponsor: T::AccountId,
			per_period: BalanceOf<T>,
		) -> DispatchResult {
			T::AllowanceOrigin::ensure_origin(origin)?;
			Self::do_set_allowance(who, sponsor, per_period)
		}

		/// Remove `who`'s allowance: it pays its own fees again.
		///
		/// ## Origin
		/// [`Config::AllowanceOrigin`].
		///
		/// ## Errors
		/// - [`Error::NotFound`]: `who` has no allowance.
		///
		/// ## Events
		/// [`Event::AllowanceRemoved`].
		#[pallet::call_index(1)]
		#[pallet::weight(<T as Config>::WeightInfo::remove_allowance())]
		pub fn remove_allowance(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::AllowanceOrigin::ensure_origin(origin)?;
			Self::do_remove_allowance(who)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// What `who`'s sponsor would still pay for it in the current period; `None` without
		/// an allowance.
		pub fn remaining_allowance(who: T::AccountId) -> Option<BalanceOf<T>> {
			Allowances::<T>::get(who).map(|allowance| Self::remaining(&allowance))
		}
	}
}
