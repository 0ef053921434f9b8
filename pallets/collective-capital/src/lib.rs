//! # Collective capital pallet
//!
//! Members' nodes and registered projects ask their collective's leaders for capital; the
//! leaders grant or refuse it; capital granted is a fee allowance paid by the collective's
//! treasury, within a budget the Executive Council sets.
//!
//! ## Overview
//!
//! The 2018 governance model says: "para realizar transacciones, se requiere solicitar al líder
//! del colectivo la asignación de capital". On this network capital is not a transfer of
//! tokens: it is a **fee allowance** (`pallet-fee-sponsorship`): the collective's treasury pays
//! the transaction fees of the beneficiary, up to an amount per fee-sponsorship period. This
//! pallet is the request and grant workflow around that ledger, and it keeps the treasuries'
//! budgets. It sets and removes allowances only through [`Config::Allowances`]
//! ([`AllowanceManager`]), so it does not depend on the sponsorship pallet's crate.
//!
//! - **Requests** ([`Pallet::request_capital`]). A beneficiary (an account that runs an active
//!   node for a collective, or the account of a registered project of a collective) asks for
//!   `per_period` (more than zero, at most [`Config::MaxGrantPerPeriod`]) with the hash of a
//!   document stating the purpose. The collective is the node's or the project's; the signer
//!   does not choose it. One pending request per account, at most
//!   [`Config::MaxPendingRequests`] in all. A request lives [`Config::RequestLifetime`] blocks;
//!   then it can no longer be granted and anyone may remove it
//!   ([`Pallet::remove_expired_request`]). Its requester may withdraw it at any time
//!   ([`Pallet::withdraw_capital_request`]). A beneficiary that already holds a grant may ask
//!   for a different amount: the new grant replaces the old one. A request that would succeed
//!   is feeless (`#[pallet::feeless_if]`, [`Pallet::check_request`]): a node or project asks
//!   before it has capital and may hold no BMX; any other request is charged.
//! - **Decisions.** A current leader of the request's collective grants it
//!   ([`Pallet::grant_capital`]) or refuses it with written reasons
//!   ([`Pallet::refuse_capital`]). **Nobody decides its own request**: a leader's node is the
//!   leader's own account, so a leader's request needs another leader of its collective
//!   ([`Error::OwnRequest`]). At the grant the beneficiary must still qualify for the same
//!   collective, and the collective's budget must hold: the sum of `per_period` of its grants
//!   (the grant replaced no longer counted) stays at most its budget
//!   ([`Error::BudgetExceeded`]). Then [`Config::Allowances`] sets the allowance, paid by the
//!   collective's treasury (an error there reverts the grant), and the grant is recorded in
//!   [`Grants`] and counted in [`Committed`].
//! - **Ending a grant.** A leader of the grant's collective or [`Config::ExecutiveOrigin`]
//!   revokes it ([`Pallet::revoke_capital`]); anyone removes a grant whose beneficiary no longer
//!   qualifies for the grant's collective (its node left the set, its project is no longer
//!   registered or belongs elsewhere: [`Pallet::remove_stale_grant`]). Both remove the
//!   allowance and free the budget.
//! - **Budgets.** Each collective's budget, an amount per period summed over its grants, is
//!   [`Config::DefaultBudget`] until [`Config::ExecutiveOrigin`] sets it
//!   ([`Pallet::set_budget`]). A budget set below what is committed keeps the current grants
//!   and refuses new ones until grants end.
//!
//! ## Terminology
//!
//! - **Capital (asignación de capital)**: a fee allowance: the most a collective's treasury
//!   pays of a beneficiary's transaction fees per fee-sponsorship period. Not a transfer.
//! - **Beneficiary**: the account that requests and receives capital: a member's node (the
//!   member's account, which runs an active node) or a registered project's account.
//! - **Líder del colectivo (leader)**: a current leader of the collective, read through
//!   [`Config::Collectives`]; leaders decide requests.
//! - **Tesorería (treasury)**: the account of a collective that pays its grants' fees:
//!   the [`Config::PalletId`] sub-account of the collective id ([`Pallet::treasury_account`]).
//! - **Budget (presupuesto)**: the most a collective's grants may add up to, per period.
//!   **Committed**: what they add up to now.
//! - **Period**: the fee-sponsorship pallet's period; this pallet counts amounts per period and
//!   never sees blocks of periods.
//!
//! ## Pallet API
//!
//! | Index | Call | Origin |
//! |---|---|---|
//! | 0 | [`request_capital`](Pallet::request_capital) | signed: an active node or a registered project's account |
//! | 1 | [`withdraw_capital_request`](Pallet::withdraw_capital_request) | signed: the requester |
//! | 2 | [`remove_expired_request`](Pallet::remove_expired_request) | signed: anyone, once the request expired |
//! | 3 | [`grant_capital`](Pallet::grant_capital) | signed: a leader of the request's collective other than the requester |
//! | 4 | [`refuse_capital`](Pallet::refuse_capital) | signed: a leader of the request's collective other than the requester |
//! | 5 | [`revoke_capital`](Pallet::revoke_capital) | signed: a leader of the grant's collective; or [`Config::ExecutiveOrigin`] |
//! | 6 | [`remove_stale_grant`](Pallet::remove_stale_grant) | signed: anyone, once the beneficiary no longer qualifies |
//! | 7 | [`set_budget`](Pallet::set_budget) | [`Config::ExecutiveOrigin`] |
//!
//! View functions: [`treasury_account`](Pallet::treasury_account),
//! [`treasury_balance`](Pallet::treasury_balance), [`budget_of`](Pallet::budget_of),
//! [`budget_left`](Pallet::budget_left), [`grant_of`](Pallet::grant_of). The runtime uses
//! [`Pallet::treasury_account`] to route fees into the treasuries.
//!
//! ## Assumptions
//!
//! - **Who pays, and while it can.** A grant is an allowance per fee-sponsorship period. The
//!   treasury pays only while it can: when its balance (or the allowance of the period) does not
//!   cover a fee, the beneficiary pays its own fee, or the transaction is refused in validation
//!   if it cannot (see `pallet-fee-sponsorship`). Budgets bound what a collective promises, not
//!   what its treasury holds.
//! - **The treasury's income** is the runtime's decision (the fees of the blocks authored by the
//!   collective's nodes, documented in the runtime); this pallet moves no funds.
//! - **Bounded storage.** [`Requests`] holds at most [`Config::MaxPendingRequests`] entries
//!   (one per account, each with an exit: withdrawal, decision, expiry). [`Grants`] holds one
//!   entry per beneficiary, inserted only by a leader's grant to an account that runs an active
//!   node (bounded by the node pallet's `MaxValidators`) or is a registered project (registered
//!   by governance); each has an exit (revocation, stale clean-up). [`Budgets`] and
//!   [`Committed`] hold at most one entry per collective (collectives are created by
//!   governance; [`Budgets`] is written only by [`Config::ExecutiveOrigin`]).
//! - **A collective with a single leader** cannot grant capital to that leader's node: its
//!   request waits for another leader (elected by an open call, `pallet-leadership-elections`) or
//!   expires.
//! - **Eligibility** is read from [`Config::Nodes`] first (an active node of a collective),
//!   then from [`Config::Projects`] (a registered project's account and its collective). A
//!   suspended node does not qualify: its grant is stale and anyone may remove it.
//! - **Allowances are this pallet's to manage.** The runtime should not let
//!   `pallet-fee-sponsorship`'s own origin change the allowances of grants; if it removes one,
//!   revoking or cleaning the grant still succeeds (the event says the allowance was already
//!   gone).
//! - **Distinct treasuries.** The account id holds at least 16 bytes (`AccountId32` does), so
//!   that the sub-accounts of distinct collectives differ. (The unit tests' `u64` accounts share
//!   one treasury; the tests do not rely on distinct ones.)
//! - [`Config::MaxGrantPerPeriod`], [`Config::MaxPendingRequests`] and
//!   [`Config::RequestLifetime`] are not zero (checked in `integrity_test`).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
#[cfg(any(test, feature = "try-runtime"))]
mod try_state;
pub mod types;
pub mod weights;

use bmx_primitives::{
	governance::{AllowanceManager, CollectiveId, CollectiveInspect, NodeInspect, ProjectInspect},
	DocumentHash,
};
use frame_support::{pallet_prelude::*, traits::fungible, PalletId};
use frame_system::pallet_prelude::*;
use sp_runtime::traits::{AccountIdConversion, CheckedAdd, Saturating, Zero};

/// The balance of the currency fees are paid in.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A pending request as stored.
pub type CapitalRequestOf<T> = CapitalRequest<BalanceOf<T>, BlockNumberFor<T>>;

/// A grant as stored.
pub type GrantOf<T> =
	Grant<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// Sets up what the benchmarks need from other pallets: collectives and leaders
/// ([`GovernanceSetup`](bmx_primitives::governance::GovernanceSetup)), and beneficiaries.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId>:
	bmx_primitives::governance::GovernanceSetup<AccountId>
{
	/// Make `who` the account of a registered project of `collective` (the costliest
	/// beneficiary to check: the node look-up fails first).
	fn project_account(collective: CollectiveId, who: &AccountId);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The currency fees are paid in: read for the treasuries' balances.
		type Currency: fungible::Inspect<Self::AccountId>;

		/// Derives the treasuries: the sub-account of each collective id.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// Collectives and their leaders (the registry).
		type Collectives: CollectiveInspect<Self::AccountId>;

		/// Nodes and the collectives they run for (node integration).
		type Nodes: NodeInspect<Self::AccountId>;

		/// Registered projects, their accounts and collectives.
		type Projects: ProjectInspect<Self::AccountId>;

		/// The fee allowances (`pallet-fee-sponsorship`).
		type Allowances: AllowanceManager<Self::AccountId, BalanceOf<Self>>;

		/// The Executive Council: sets budgets and revokes grants.
		type ExecutiveOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The most a single grant pays per period. Not zero.
		#[pallet::constant]
		type MaxGrantPerPeriod: Get<BalanceOf<Self>>;

		/// The budget of a collective whose budget the Executive Council has not set.
		#[pallet::constant]
		type DefaultBudget: Get<BalanceOf<Self>>;

		/// The most requests pending at once, over all collectives. Not zero.
		#[pallet::constant]
		type MaxPendingRequests: Get<u32>;

		/// How many blocks a request can be granted for. Not zero.
		#[pallet::constant]
		type RequestLifetime: Get<BlockNumberFor<Self>>;

		/// Weight information for the calls of this pallet.
		type WeightInfo: WeightInfo;

		/// Sets up collectives, leaders and beneficiaries in benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The pending request of each beneficiary, at most [`Config::MaxPendingRequests`].
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type Requests<T: Config> =
		CountedStorageMap<_, Blake2_128Concat, T::AccountId, CapitalRequestOf<T>, OptionQuery>;

	/// The grant of each beneficiary (its allowance is in the fee-sponsorship pallet). Bounded
	/// by eligibility and leaders' grants (see the crate's `## Assumptions`).
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type Grants<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, GrantOf<T>, OptionQuery>;

	/// The budget of each collective that the Executive Council set; the others have
	/// [`Config::DefaultBudget`].
	// Hasher: Twox64Concat, collective ids are assigned in order by governance.
	#[pallet::storage]
	pub type Budgets<T: Config> =
		StorageMap<_, Twox64Concat, CollectiveId, BalanceOf<T>, OptionQuery>;

	/// The sum of `per_period` of each collective's grants; absent when zero.
	// Hasher: Twox64Concat, collective ids are assigned in order by governance.
	#[pallet::storage]
	pub type Committed<T: Config> =
		StorageMap<_, Twox64Concat, CollectiveId, BalanceOf<T>, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A beneficiary asked its collective's leaders for capital.
		CapitalRequested {
			/// The beneficiary.
			who: T::AccountId,
			/// The collective asked (its node's or its project's).
			collective: CollectiveId,
			/// The fees asked for per period.
			per_period: BalanceOf<T>,
			/// The hash of the document stating the purpose.
			purpose: DocumentHash,
			/// The first block at which the request has expired.
			expires_at: BlockNumberFor<T>,
		},
		/// A requester withdrew its request.
		CapitalRequestWithdrawn {
			/// The requester.
			who: T::AccountId,
		},
		/// An expired request was removed.
		CapitalRequestExpired {
			/// The requester.
			who: T::AccountId,
		},
		/// A leader granted a request: the beneficiary's fees are paid by the treasury, up to
		/// `per_period` per period.
		CapitalGranted {
			/// The beneficiary.
			who: T::AccountId,
			/// The collective whose treasury pays.
			collective: CollectiveId,
			/// The most the treasury pays per period.
			per_period: BalanceOf<T>,
			/// The leader who granted it.
			granted_by: T::AccountId,
			/// The treasury: the sponsor of the allowance.
			treasury: T::AccountId,
			/// The amount per period of the grant this one replaced, if any.
			replaced: Option<BalanceOf<T>>,
		},
		/// A leader refused a request.
		CapitalRefused {
			/// The requester.
			who: T::AccountId,
			/// The collective of the request.
			collective: CollectiveId,
			/// The leader who refused it.
			refused_by: T::AccountId,
			/// The hash of the written reasons.
			reason: DocumentHash,
		},
		/// A grant was revoked: the beneficiary pays its own fees again.
		CapitalRevoked {
			/// The former beneficiary.
			who: T::AccountId,
			/// The collective of the grant.
			collective: CollectiveId,
			/// The leader who revoked it; `None` for the Executive Council.
			revoked_by: Option<T::AccountId>,
			/// Whether the allowance was still there to remove.
			allowance_removed: bool,
		},
		/// A grant whose beneficiary no longer qualifies was removed.
		StaleGrantRemoved {
			/// The former beneficiary.
			who: T::AccountId,
			/// The collective of the grant.
			collective: CollectiveId,
			/// Whether the allowance was still there to remove.
			allowance_removed: bool,
		},
		/// The Executive Council set a collective's budget.
		BudgetSet {
			/// The collective.
			collective: CollectiveId,
			/// The most its grants may add up to, per period.
			budget: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The signer (or the beneficiary) neither runs an active node for a collective nor is
		/// the account of a registered project of it (of the request's collective, at a
		/// grant). Only nodes and projects request capital.
		NotEligible,
		/// An amount of zero per period. Ask for more than zero.
		ZeroAmount,
		/// More per period than [`Config::MaxGrantPerPeriod`]. Ask for less.
		AmountAboveMaximum,
		/// The account already has a pending request. Withdraw it first.
		AlreadyRequested,
		/// [`Config::MaxPendingRequests`] requests are pending. Try again after some are
		/// decided, withdrawn or expired.
		TooManyRequests,
		/// The account has no pending request. Check [`Requests`] first.
		RequestNotFound,
		/// The account has no grant. Check [`Grants`] first.
		GrantNotFound,
		/// The collective does not exist.
		CollectiveNotFound,
		/// The signer is not a current leader of the collective concerned.
		NotLeader,
		/// The signer is the beneficiary: nobody decides its own request. Another leader of the
		/// collective must.
		OwnRequest,
		/// The request has expired. Request again.
		RequestExpired,
		/// The request has not expired yet. Wait for its `expires_at` block.
		NotExpired,
		/// The grant would take the collective's grants beyond its budget. Grant less, end
		/// other grants, or ask the Executive Council for a larger budget.
		BudgetExceeded,
		/// The beneficiary still qualifies for the grant's collective: the grant is not stale.
		/// A leader or the Executive Council may revoke it.
		StillEligible,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(!T::MaxGrantPerPeriod::get().is_zero(), "MaxGrantPerPeriod must not be zero");
			assert!(T::MaxPendingRequests::get() > 0, "MaxPendingRequests must not be zero");
			assert!(!T::RequestLifetime::get().is_zero(), "RequestLifetime must not be zero");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Ask the leaders of the signer's collective for capital: a fee allowance of
		/// `per_period` per period, for the purpose stated in the document hashed as `purpose`.
		/// A beneficiary with a grant may ask for a different amount: a grant replaces it.
		///
		/// Feeless when it would succeed (a node or project asks before it has capital, and may
		/// hold no BMX); any other request is charged like any transaction. One pending request
		/// per account keeps it from being spam.
		///
		/// ## Origin
		/// Signed by an account that runs an active node for a collective, or the account of a
		/// registered project (the collective is the node's or the project's).
		///
		/// ## Errors
		/// - [`Error::NotEligible`]: the signer is neither.
		/// - [`Error::ZeroAmount`], [`Error::AmountAboveMaximum`]: `per_period` is zero or above
		///   [`Config::MaxGrantPerPeriod`].
		/// - [`Error::AlreadyRequested`]: the signer has a pending request.
		/// - [`Error::TooManyRequests`]: [`Config::MaxPendingRequests`] are pending.
		///
		/// ## Events
		/// [`Event::CapitalRequested`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::request_capital())]
		#[pallet::feeless_if(|origin: &OriginFor<T>, per_period: &BalanceOf<T>, _purpose: &DocumentHash| -> bool {
			ensure_signed(origin.clone())
				.is_ok_and(|who| Pallet::<T>::check_request(&who, *per_period).is_ok())
		})]
		pub fn request_capital(
			origin: OriginFor<T>,
			per_period: BalanceOf<T>,
			purpose: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_request_capital(who, per_period, purpose)
		}

		/// Withdraw the signer's pending request.
		///
		/// ## Origin
		/// Signed by the requester.
		///
		/// ## Errors
		/// - [`Error::RequestNotFound`]: the signer has no pending request.
		///
		/// ## Events
		/// [`Event::CapitalRequestWithdrawn`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::withdraw_capital_request())]
		pub fn withdraw_capital_request(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_capital_request(who)
		}

		/// Remove the expired request of `who`.
		///
		/// ## Origin
		/// Signed by anyone.
		///
		/// ## Errors
		/// - [`Error::RequestNotFound`]: `who` has no pending request.
		/// - [`Error::NotExpired`]: the request has not expired.
		///
		/// ## Events
		/// [`Event::CapitalRequestExpired`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::remove_expired_request())]
		pub fn remove_expired_request(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_remove_expired_request(who)
		}

		/// Grant the pending request of `who`: its fees are paid by its collective's treasury,
		/// up to the amount asked per period (replacing any grant it had).
		///
		/// ## Origin
		/// Signed by a current leader of the request's collective other than `who`.
		///
		/// ## Errors
		/// - [`Error::RequestNotFound`]: `who` has no pending request.
		/// - [`Error::NotLeader`]: the signer does not lead the request's collective.
		/// - [`Error::OwnRequest`]: the signer is `who`.
		/// - [`Error::RequestExpired`]: the request has expired.
		/// - [`Error::NotEligible`]: `who` no longer qualifies for the request's collective.
		/// - [`Error::BudgetExceeded`]: the collective's budget would not hold.
		/// - any error of [`Config::Allowances`]: nothing changes.
		///
		/// ## Events
		/// [`Event::CapitalGranted`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::grant_capital())]
		pub fn grant_capital(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			let leader = ensure_signed(origin)?;
			Self::do_grant_capital(leader, who)
		}

		/// Refuse the pending request of `who`, with the hash of the written reasons.
		///
		/// ## Origin
		/// Signed by a current leader of the request's collective other than `who`.
		///
		/// ## Errors
		/// - [`Error::RequestNotFound`]: `who` has no pending request.
		/// - [`Error::NotLeader`]: the signer does not lead the request's collective.
		/// - [`Error::OwnRequest`]: the signer is `who`.
		///
		/// ## Events
		/// [`Event::CapitalRefused`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::refuse_capital())]
		pub fn refuse_capital(
			origin: OriginFor<T>,
			who: T::AccountId,
			reason: DocumentHash,
		) -> DispatchResult {
			let leader = ensure_signed(origin)?;
			Self::do_refuse_capital(leader, who, reason)
		}

		/// Revoke the grant of `who`: its allowance is removed and the budget freed.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`], or signed by a current leader of the grant's collective.
		///
		/// ## Errors
		/// - [`Error::GrantNotFound`]: `who` has no grant.
		/// - [`Error::NotLeader`]: the signer does not lead the grant's collective.
		///
		/// ## Events
		/// [`Event::CapitalRevoked`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::revoke_capital())]
		pub fn revoke_capital(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			let revoked_by = match T::ExecutiveOrigin::try_origin(origin) {
				Ok(_) => None,
				Err(origin) => Some(ensure_signed(origin)?),
			};
			Self::do_revoke_capital(revoked_by, who)
		}

		/// Remove the grant of `who`, which no longer qualifies for the grant's collective (no
		/// active node of it, no registered project of it): its allowance is removed and the
		/// budget freed.
		///
		/// ## Origin
		/// Signed by anyone.
		///
		/// ## Errors
		/// - [`Error::GrantNotFound`]: `who` has no grant.
		/// - [`Error::StillEligible`]: `who` still qualifies.
		///
		/// ## Events
		/// [`Event::StaleGrantRemoved`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::remove_stale_grant())]
		pub fn remove_stale_grant(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_remove_stale_grant(who)
		}

		/// Set the budget of `collective`: the most its grants may add up to, per period. A
		/// budget below what is committed keeps the current grants and refuses new ones.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::CollectiveNotFound`]: `collective` does not exist.
		///
		/// ## Events
		/// [`Event::BudgetSet`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::set_budget())]
		pub fn set_budget(
			origin: OriginFor<T>,
			collective: CollectiveId,
			budget: BalanceOf<T>,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_set_budget(collective, budget)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// The treasury of `collective`: the account that pays its grants' fees. The runtime
		/// routes the collective's fee income here.
		pub fn treasury_account(collective: CollectiveId) -> T::AccountId {
			Self::treasury(collective)
		}

		/// What the treasury of `collective` holds.
		pub fn treasury_balance(collective: CollectiveId) -> BalanceOf<T> {
			<T::Currency as fungible::Inspect<T::AccountId>>::balance(&Self::treasury(collective))
		}

		/// The budget of `collective`: the most its grants may add up to, per period.
		pub fn budget_of(collective: CollectiveId) -> BalanceOf<T> {
			Self::budget(collective)
		}

		/// What `collective` may still grant per period (zero when its budget was lowered below
		/// what is committed).
		pub fn budget_left(collective: CollectiveId) -> BalanceOf<T> {
			Self::budget(collective).saturating_sub(Committed::<T>::get(collective))
		}

		/// The grant of `who`, if any.
		pub fn grant_of(who: T::AccountId) -> Option<GrantOf<T>> {
			Grants::<T>::get(who)
		}
	}
}
