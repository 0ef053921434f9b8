//! # Node integration pallet
//!
//! Members' applications to run validator nodes, their leaders' endorsements, the node
//! commission's decisions, and the validator set that this pallet hands to `pallet-session` as
//! its `SessionManager`.
//!
//! ## Overview
//!
//! The network follows the 2018 "Red Blockchain México" governance model: each member of a
//! collective runs a node. This pallet admits those nodes into the validator set and takes them
//! out of it. Collectives, members, leaders and the code of ethics belong to the registry, read
//! through [`Config::Collectives`]; session keys and the sets `pallet-session` uses belong to
//! `pallet-session`, read through [`Config::Session`] ([`ValidatorSession`]).
//!
//! - **Applications.** An active member up to date with the code of ethics, with session keys
//!   registered (`session.setKeys`), applies with the hashes of its letter of intent and
//!   adhesion form ([`Pallet::apply_for_node`]); it may withdraw the application
//!   ([`Pallet::withdraw_node_application`]). At most [`Config::MaxValidators`] applications are
//!   pending.
//! - **Endorsements.** The leaders of the applicant's collective endorse it
//!   ([`Pallet::endorse_node`]) until more than half of its current leaders did
//!   ([`Event::NodeEndorsementReached`]); endorsements of former leaders stop counting.
//! - **Decisions.** The node commission ([`Config::NodeCommissionOrigin`]) approves an endorsed
//!   application of a member with session keys ([`Pallet::approve_node`]): the node enters
//!   [`Validators`], which the next session plan hands to `pallet-session`. The commission
//!   rejects applications and resumes suspended nodes ([`Pallet::resume_node`], which needs
//!   session keys too). Removal and suspension ([`Pallet::remove_node`],
//!   [`Pallet::suspend_node`]) belong to [`Config::NodeRemovalOrigin`] (the commission, or an
//!   extraordinary decision of the Executive Council).
//! - **Session plans.** At each new session `pallet-session` asks for the next set
//!   ([`pallet_session::SessionManager`], and its `historical` variant for
//!   `NoteHistoricalRoot`). The pallet answers only when [`Validators`] changed ([`PlanPending`])
//!   and plans only the validators with session keys: keyless ones are left out
//!   ([`Event::KeylessValidatorsLeftOut`], the plan stays pending so that they join once they
//!   register keys). If fewer than [`MinValidators`] have keys, `pallet-session` keeps its set
//!   ([`Event::ValidatorSetPlanDeferred`]). The set handed over is [`PlannedValidators`], for
//!   the session [`PlannedSession`].
//! - **Session length.** Sessions last [`SessionLength`] blocks: [`Config::DefaultSessionLength`]
//!   unless genesis sets another (a test network's short sessions). The runtime's
//!   `pallet-session` reads it through [`SessionLengthOf`]; it does not change after genesis.
//! - **The minimum.** [`MinValidators`] is set in genesis and by [`Config::ParameterOrigin`]
//!   ([`Pallet::set_min_validators`]), never below [`Config::MinValidatorsFloor`], above
//!   [`Config::MaxValidators`] or above the active set. No removal, suspension (of the
//!   commission, of the Executive Council's member suspension or expulsion, or for an offence)
//!   takes [`Validators`] below it, and no plan hands `pallet-session` fewer keyed validators.
//! - **Session keys.** `pallet-session`'s own `purge_keys` is kept from direct calls by the
//!   runtime; [`Pallet::purge_keys`] purges them for accounts that run no node (active or
//!   suspended) and are in none of the sets `pallet-session` uses or queued.
//! - **Offences.** The pallet is the `OnOffenceHandler` of `pallet-offences` (GRANDPA and Aura
//!   equivocations). An offender in [`Validators`] is suspended ([`Suspension::Offence`],
//!   [`Event::OffenderSuspended`]) when the set stays at or above [`MinValidators`], even if it
//!   is its collective's last active node (then [`CollectivesWithoutNodes`] flags the
//!   collective); otherwise it keeps validating, flagged for review in [`FlaggedNodes`]
//!   ([`Event::OffenderFlagged`]). The node commission reviews either: [`Pallet::resume_node`]
//!   resumes the suspended node or clears the flag ([`Event::NodeUnflagged`]), and
//!   [`Pallet::remove_node`] removes it; a suspension of a flagged node also clears its flag.
//!   [`LastOffences`] keeps the session of the last offence acted on per node, so that a report
//!   repeated (`pallet-offences` passes earlier offenders of the same offence again) acts once.
//! - **Quotas.** Each collective runs at most [`Config::MaxValidatorsPerCollective`] nodes
//!   (active and suspended), the network at most [`Config::MaxValidators`], and the commission
//!   cannot remove or suspend a collective's last active node ([`Error::LastNodeOfCollective`]).
//! - **Members and nodes** ([`MembershipHooks`], called by the registry). A member that runs a
//!   node (active or suspended) cannot leave ([`Error::RunsNode`]): the node commission removes
//!   the node first. When the Executive Council suspends or expels a member, its node leaves the
//!   set even if it is its collective's last one (never below [`MinValidators`], which refuses
//!   the suspension or expulsion), [`Event::CollectiveWithoutNodes`] reports it,
//!   [`CollectivesWithoutNodes`] flags the collective until one of its nodes joins the set again,
//!   and [`Pallet::collectives_without_nodes`] lists every collective that runs no active node.
//!   Leaving, suspension and expulsion also drop a pending node application.
//! - **Reports.** A member that runs a node reports on its performance every
//!   [`Config::MemberReportPeriod`] blocks ([`ReportSubject::Member`], kept by
//!   [`Config::Reports`]): the obligation begins when the node joins the set (approval or
//!   genesis) and ends when the node is removed (by the node removal origin, or with its
//!   member's suspension or expulsion); a suspended node still reports. The member answers for
//!   it ([`ReportAnswerers`]).
//!
//! ## Terminology
//!
//! - **Nodo (node)**: a validator run by a member of a collective; **active** while it is in
//!   [`Validators`], **suspended** while it is in [`SuspendedNodes`], **flagged** while it is
//!   active and in [`FlaggedNodes`].
//! - **Carta de intención, formulario de adhesión (letter of intent, adhesion form)**: the
//!   documents of a node application, kept off chain; the chain stores their hashes.
//! - **Endorsed**: a node application endorsed by more than half of its collective's current
//!   leaders.
//! - **Comisión de integración de nodos (node-integration commission)**: the commission of the
//!   Executive Council behind [`Config::NodeCommissionOrigin`].
//! - **Quota**: [`Config::MaxValidatorsPerCollective`], the nodes a collective may run.
//! - **Session plan**: the validator set `pallet-session` asks for at each new session; it
//!   queues it for the session after the next one.
//! - **Offence**: an equivocation (two blocks or two finality votes for the same slot or round)
//!   reported to `pallet-offences`, which tells this pallet the offender, the session and a slash
//!   fraction (recorded as the offence's severity; nothing is slashed).
//!
//! ## Pallet API
//!
//! | Call | index | Origin |
//! |---|---|---|
//! | `apply_for_node` | 0 | signed: an active member |
//! | `withdraw_node_application` | 1 | signed: the applicant |
//! | `endorse_node` | 2 | signed: a leader of the applicant's collective |
//! | `approve_node` | 3 | `NodeCommissionOrigin` |
//! | `reject_node` | 4 | `NodeCommissionOrigin` |
//! | `remove_node` | 5 | `NodeRemovalOrigin` |
//! | `suspend_node` | 6 | `NodeRemovalOrigin` |
//! | `resume_node` | 7 | `NodeCommissionOrigin` |
//! | `set_min_validators` | 8 | `ParameterOrigin` |
//! | `purge_keys` | 9 | signed: an account that runs no node |
//!
//! For other pallets the pallet implements `pallet_session::SessionManager` and
//! `pallet_session::historical::SessionManager<AccountId, ()>`, `OnOffenceHandler` (for
//! `pallet-offences`, with any full identification), [`NodeInspect`], [`MembershipHooks`] (for
//! the registry) and [`ReportAnswerers`] (for the reports). [`ValidatorSession`] is implemented
//! for `pallet_session::Pallet` (validator id = account id), and [`UnitIdentification`] is the
//! `FullIdentificationOf` for `pallet_session::historical`. View function:
//! [`Pallet::collectives_without_nodes`].
//!
//! ## Assumptions
//!
//! - The node commission reviews the documents off chain: the chain checks hashes, bounds and
//!   the rules above, not the content.
//! - Endorsements are counted at approval against the current leaders; a collective without
//!   leaders cannot get nodes approved until the Executive Council appoints some.
//!   [`Config::MaxEndorsements`] is at least the registry's largest number of leaders of a
//!   collective.
//! - A suspended node keeps its place in its collective's quota and in
//!   [`Config::MaxValidators`], so that resuming it never fails for lack of room. Pending node
//!   applications, flagged nodes and [`LastOffences`] (one entry per node, removed with the
//!   node) are bounded by [`Config::MaxValidators`].
//! - The validator id used by `pallet-session` is the account id (`ValidatorIdOf` is identity),
//!   and the founding validators' session keys come from `pallet-session`'s genesis, which asks
//!   for the first sets after this pallet's genesis (this pallet comes first in the runtime).
//!   A genesis without validators leaves the first set to `pallet-session`.
//! - The runtime filters `Session::purge_keys` out of direct calls; otherwise a validator could
//!   purge its keys and `pallet-session` would skip it silently. The plan's key check and
//!   [`Event::ValidatorSetPlanDeferred`] remain the safety net.
//! - [`MinValidators`] counts [`Validators`] for removals and suspensions; keys are counted at
//!   the plan. A removal accepted while some validators lack keys may leave too few keyed
//!   validators: the plan is then deferred, `pallet-session` keeps its set, and the removal
//!   takes effect once enough validators have keys (or governance lowers the minimum).
//! - `pallet-offences` calls the handler with every offender of an offence each time a new one
//!   is reported, without the kind of offence. An offence in a session no later than the last
//!   one acted on for the same node is not acted on again, so that the commission's review is
//!   final for that session (another kind of offence of the same session included). Offenders
//!   that are not active validators (already suspended, removed, unknown) are ignored.
//! - The registry calls [`MembershipHooks::can_leave`] before a member leaves and
//!   [`MembershipHooks::on_membership_lost`] before it records a departure, suspension or
//!   expulsion; an error of the hook refuses the call.
//! - The benchmarks of node removal and suspension need [`Config::MaxValidatorsPerCollective`]
//!   of at least 2 and [`MinValidators`] below [`Config::MaxValidators`].
//! - `try_state` asks [`Config::Collectives`] whether every node and applicant is an active member
//!   of its collective, [`Config::Reports`] whether every node owes reports, and
//!   [`Config::Session`] whether every planned validator has keys and, once no plan is pending
//!   and the last plan's session has begun, whether `pallet-session` uses the planned set.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use traits::{UnitIdentification, ValidatorSession};
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod traits;
#[cfg(any(test, feature = "try-runtime"))]
mod try_state;
pub mod types;
pub mod weights;

use alloc::vec::Vec;
use bmx_primitives::{
	governance::{
		CollectiveId, CollectiveInspect, MembershipHooks, MembershipLoss, NodeInspect,
		ReportAnswerers, ReportObligations, ReportSubject,
	},
	DocumentHash,
};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;
use sp_runtime::{traits::Zero, Perbill, SaturatedConversion};
use sp_staking::{
	offence::{OffenceDetails, OnOffenceHandler},
	SessionIndex,
};

/// A pending node application as stored.
pub type NodeApplicationOf<T> = NodeApplication<
	BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxEndorsements>,
	BlockNumberFor<T>,
>;

/// The validator set: each node with the collective it runs for.
pub type ValidatorsOf<T> = BoundedVec<
	(<T as frame_system::Config>::AccountId, CollectiveId),
	<T as Config>::MaxValidators,
>;

/// A list of validator accounts, at most [`Config::MaxValidators`].
pub type AccountsOf<T> =
	BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxValidators>;

/// Sets up what the benchmarks need from other pallets: collectives, members and leaders
/// ([`GovernanceSetup`](bmx_primitives::governance::GovernanceSetup)), and session keys.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId>:
	bmx_primitives::governance::GovernanceSetup<AccountId>
{
	/// Register session keys for `who`, so that [`ValidatorSession::has_keys`] holds.
	fn register_session_keys(who: &AccountId);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Collectives, members, leaders and the code of ethics (the registry).
		type Collectives: CollectiveInspect<Self::AccountId>;

		/// The node-integration commission: approves and rejects applications, resumes
		/// suspended nodes and clears flagged ones.
		type NodeCommissionOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Removes and suspends nodes: the node commission, or an extraordinary decision of the
		/// Executive Council.
		type NodeRemovalOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Sets the network's parameters ([`Pallet::set_min_validators`]): governed Root.
		type ParameterOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Session keys and the validator sets of `pallet-session`.
		type Session: ValidatorSession<Self::AccountId>;

		/// The lowest [`MinValidators`] that genesis or [`Config::ParameterOrigin`] may set. At
		/// least 1.
		#[pallet::constant]
		type MinValidatorsFloor: Get<u32>;

		/// The largest number of nodes, active and suspended; also bounds the pending node
		/// applications. Must not exceed the Aura and GRANDPA authority limits of the runtime.
		#[pallet::constant]
		type MaxValidators: Get<u32>;

		/// The largest number of nodes, active and suspended, of one collective: its quota.
		#[pallet::constant]
		type MaxValidatorsPerCollective: Get<u32>;

		/// The largest number of endorsements an application keeps: at least the largest
		/// number of leaders of a collective (the registry's `MaxLeaders`).
		#[pallet::constant]
		type MaxEndorsements: Get<u32>;

		/// Keeps the report obligations of the members that run nodes.
		type Reports: ReportObligations<Self::AccountId, BlockNumberFor<Self>>;

		/// How often a member that runs a node reports on the node's performance, in blocks
		/// (monthly). Not zero.
		#[pallet::constant]
		type MemberReportPeriod: Get<BlockNumberFor<Self>>;

		/// The length of a session in blocks unless genesis sets another ([`SessionLength`]).
		/// Not zero.
		#[pallet::constant]
		type DefaultSessionLength: Get<BlockNumberFor<Self>>;

		/// Weight information for the calls and hooks of this pallet.
		type WeightInfo: WeightInfo;

		/// Sets up collectives, members, leaders and session keys in benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The active nodes, each with the collective it runs for: what the next session plan hands
	/// to `pallet-session` (those with session keys).
	#[pallet::storage]
	pub type Validators<T: Config> = StorageValue<_, ValidatorsOf<T>, ValueQuery>;

	/// The nodes out of the set, suspended by the node removal origin or for an offence; still
	/// counted in their collective's quota.
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type SuspendedNodes<T: Config> = CountedStorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		SuspendedNode<BlockNumberFor<T>>,
		OptionQuery,
	>;

	/// The pending node applications, by applicant. At most [`Config::MaxValidators`].
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type NodeApplications<T: Config> =
		CountedStorageMap<_, Blake2_128Concat, T::AccountId, NodeApplicationOf<T>, OptionQuery>;

	/// Whether [`Validators`] changed since the last session plan, or the last plan left
	/// keyless validators out or was deferred.
	#[pallet::storage]
	pub type PlanPending<T: Config> = StorageValue<_, bool, ValueQuery>;

	/// The validator set last handed to `pallet-session` (at genesis, or by a session plan):
	/// every one had session keys.
	#[pallet::storage]
	pub type PlannedValidators<T: Config> = StorageValue<_, AccountsOf<T>, ValueQuery>;

	/// The session for which [`PlannedValidators`] was planned (0 for the founding
	/// validators); none before the first plan when genesis has no validators.
	#[pallet::storage]
	pub type PlannedSession<T: Config> = StorageValue<_, SessionIndex, OptionQuery>;

	/// The length of a session in blocks, which `pallet-session` reads through
	/// [`SessionLengthOf`] (its `ShouldEndSession` in the runtime): [`Config::DefaultSessionLength`]
	/// unless genesis sets another, as a short-lived test network does so that a validator
	/// admitted by the collectives authors within minutes. Fixed after genesis.
	#[pallet::storage]
	pub type SessionLength<T: Config> =
		StorageValue<_, BlockNumberFor<T>, ValueQuery, T::DefaultSessionLength>;

	/// The smallest validator set: no removal or suspension takes [`Validators`] below it, and
	/// no plan hands fewer keyed validators to `pallet-session`. Between
	/// [`Config::MinValidatorsFloor`] and [`Config::MaxValidators`].
	#[pallet::storage]
	pub type MinValidators<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// The active nodes that committed an offence when their suspension would have taken the
	/// set below [`MinValidators`]: flagged for the node commission's review. Only active nodes,
	/// so at most [`Config::MaxValidators`].
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type FlaggedNodes<T: Config> = CountedStorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		FlaggedNode<BlockNumberFor<T>>,
		OptionQuery,
	>;

	/// The session of the last offence acted on, per node (active or suspended): offences of
	/// that session or earlier are not acted on again. Removed with the node, so at most
	/// [`Config::MaxValidators`].
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type LastOffences<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, SessionIndex, OptionQuery>;

	/// The collectives whose last active node left the set without a decision of the node
	/// commission (its member's suspension or expulsion, or an offence), with the block; cleared
	/// when one of their nodes joins the set again.
	// Hasher: Twox64Concat, the ids are assigned by the registry in order, not chosen by users.
	#[pallet::storage]
	pub type CollectivesWithoutNodes<T: Config> =
		StorageMap<_, Twox64Concat, CollectiveId, BlockNumberFor<T>, OptionQuery>;

	#[pallet::genesis_config]
	pub struct GenesisConfig<T: Config> {
		/// The founding validators: account and the collective (of which it is a genesis member)
		/// it runs for. Each needs session keys in `pallet-session`'s genesis. Empty means that
		/// `pallet-session`'s genesis keys decide the first set.
		pub validators: Vec<(T::AccountId, CollectiveId)>,
		/// The initial [`MinValidators`]; [`Config::MinValidatorsFloor`] by default.
		pub min_validators: u32,
		/// The [`SessionLength`] in blocks, when not [`Config::DefaultSessionLength`]. Not zero.
		pub session_length: Option<BlockNumberFor<T>>,
	}

	impl<T: Config> Default for GenesisConfig<T> {
		fn default() -> Self {
			Self {
				validators: Vec::new(),
				min_validators: T::MinValidatorsFloor::get(),
				session_length: None,
			}
		}
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(
				self.min_validators >= T::MinValidatorsFloor::get(),
				"genesis min_validators is below MinValidatorsFloor"
			);
			assert!(
				self.min_validators <= T::MaxValidators::get(),
				"genesis min_validators exceeds MaxValidators"
			);
			let mut validators = ValidatorsOf::<T>::default();
			for (who, collective) in &self.validators {
				assert!(
					T::Collectives::active_collective_of(who) == Some(*collective),
					"genesis validators must be genesis members of their collective"
				);
				assert!(
					!validators.iter().any(|(v, _)| v == who),
					"genesis validators must not contain duplicates"
				);
				let of_collective = validators.iter().filter(|(_, c)| c == collective).count();
				assert!(
					(of_collective as u32) < T::MaxValidatorsPerCollective::get(),
					"genesis validators exceed MaxValidatorsPerCollective"
				);
				assert!(
					validators.try_push((who.clone(), *collective)).is_ok(),
					"genesis validators exceed MaxValidators"
				);
			}
			assert!(
				validators.is_empty() || validators.len() as u32 >= self.min_validators,
				"genesis needs at least MinValidators validators"
			);
			for (who, _) in validators.iter() {
				T::Reports::begin(ReportSubject::Member(who.clone()), T::MemberReportPeriod::get());
			}
			if let Some(length) = self.session_length {
				assert!(!length.is_zero(), "genesis session_length must not be zero");
				SessionLength::<T>::put(length);
			}
			MinValidators::<T>::put(self.min_validators);
			if !validators.is_empty() {
				let planned = validators.iter().map(|(who, _)| who.clone()).collect::<Vec<_>>();
				PlannedValidators::<T>::put(AccountsOf::<T>::truncate_from(planned));
				PlannedSession::<T>::put(0);
			}
			Validators::<T>::put(validators);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A member applied to run a validator node.
		NodeApplied {
			/// The applicant.
			who: T::AccountId,
			/// Its collective.
			collective: CollectiveId,
			/// The hash of the letter of intent.
			letter_of_intent: DocumentHash,
			/// The hash of the adhesion form.
			adhesion_form: DocumentHash,
		},
		/// A node application was withdrawn by its applicant, or dropped because the applicant
		/// stopped being an active member.
		NodeApplicationWithdrawn {
			/// The applicant.
			who: T::AccountId,
			/// Its collective.
			collective: CollectiveId,
		},
		/// A leader endorsed a node application.
		NodeEndorsed {
			/// The applicant.
			who: T::AccountId,
			/// Its collective.
			collective: CollectiveId,
			/// The endorsing leader.
			leader: T::AccountId,
			/// The endorsements by current leaders, this one included.
			endorsements: u32,
		},
		/// More than half of the collective's current leaders endorsed a node application: the
		/// node commission can decide on it.
		NodeEndorsementReached {
			/// The applicant.
			who: T::AccountId,
			/// Its collective.
			collective: CollectiveId,
			/// The endorsements by current leaders.
			endorsements: u32,
			/// The collective's current leaders.
			leaders: u32,
		},
		/// The node commission approved a node: it joins the validator set at the next session
		/// plan.
		NodeApproved {
			/// The new validator.
			who: T::AccountId,
			/// The collective it runs for.
			collective: CollectiveId,
		},
		/// The node commission rejected a node application.
		NodeRejected {
			/// The applicant.
			who: T::AccountId,
			/// Its collective.
			collective: CollectiveId,
			/// The hash of the written reasons.
			reason: DocumentHash,
		},
		/// A node left for good: out of the set at the next session plan if it was active.
		NodeRemoved {
			/// The former validator.
			who: T::AccountId,
			/// The collective it ran for.
			collective: CollectiveId,
			/// Why it left.
			cause: NodeEnd,
			/// The hash of the written reasons of the node commission or the Executive Council.
			reason: DocumentHash,
		},
		/// The node removal origin suspended a node: out of the set at the next session plan.
		NodeSuspended {
			/// The validator.
			who: T::AccountId,
			/// The collective it runs for.
			collective: CollectiveId,
			/// The hash of the written reasons.
			reason: DocumentHash,
		},
		/// The node commission resumed a suspended node: back in the set at the next session
		/// plan.
		NodeResumed {
			/// The validator.
			who: T::AccountId,
			/// The collective it runs for.
			collective: CollectiveId,
		},
		/// The Executive Council's suspension or expulsion of a member, or an offence, took the
		/// last active node of its collective out of the set: the collective runs no node.
		CollectiveWithoutNodes {
			/// The collective.
			collective: CollectiveId,
		},
		/// A changed validator set was planned for a coming session.
		ValidatorSetPlanned {
			/// The session that will use this set.
			session_index: SessionIndex,
			/// Number of validators in the planned set.
			count: u32,
		},
		/// The session plan left out active nodes without session keys; the plan stays pending
		/// so that they join once they register keys.
		KeylessValidatorsLeftOut {
			/// The session the plan is for.
			session_index: SessionIndex,
			/// The active nodes without session keys.
			keyless: AccountsOf<T>,
		},
		/// Fewer than [`MinValidators`] active nodes have session keys: `pallet-session` keeps
		/// its set and the plan stays pending.
		ValidatorSetPlanDeferred {
			/// The session the plan was for.
			session_index: SessionIndex,
			/// The active nodes with session keys.
			keyed: u32,
			/// The active nodes without session keys.
			keyless: AccountsOf<T>,
		},
		/// [`MinValidators`] was set.
		MinValidatorsSet {
			/// The new minimum.
			min_validators: u32,
		},
		/// An account that runs no node purged its session keys.
		SessionKeysPurged {
			/// The account.
			who: T::AccountId,
		},
		/// An active node committed an offence and was suspended: out of the set at the next
		/// session plan, for the node commission to resume or remove.
		OffenderSuspended {
			/// The validator.
			who: T::AccountId,
			/// The collective it runs for.
			collective: CollectiveId,
			/// The offence.
			offence: OffenceRecord,
		},
		/// An active node committed an offence but its suspension would have taken the set
		/// below [`MinValidators`]: it keeps validating, flagged for the node commission to
		/// clear ([`Pallet::resume_node`]) or remove.
		OffenderFlagged {
			/// The validator.
			who: T::AccountId,
			/// The collective it runs for.
			collective: CollectiveId,
			/// The offence.
			offence: OffenceRecord,
		},
		/// The node commission reviewed a flagged node and cleared the flag: it keeps validating.
		NodeUnflagged {
			/// The validator.
			who: T::AccountId,
			/// The collective it runs for.
			collective: CollectiveId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account holds no membership or application in any collective; apply for
		/// membership of a collective first.
		NotMember,
		/// The member is not active (it applied or is suspended); only active members apply for
		/// nodes.
		NotActiveMember,
		/// The member has not accepted the code of ethics in force; it must accept it in the
		/// registry first.
		CodeOfEthicsOutdated,
		/// The account is not a leader of the applicant's collective; sign with one of its
		/// leaders.
		NotLeader,
		/// The signing leader has not accepted the code of ethics in force, so it cannot endorse
		/// applications; it must accept it in the registry first.
		LeaderCodeOfEthicsOutdated,
		/// The account has not registered session keys; call `session.setKeys` from it first.
		SessionKeysNotFound,
		/// The account runs a node (active or suspended) already.
		AlreadyValidator,
		/// The account runs no node in the validator set; check the account.
		NotValidator,
		/// The account has a node application pending already; wait for the decision.
		AlreadyApplied,
		/// The account has no pending node application; check the account.
		ApplicationNotFound,
		/// [`Config::MaxValidators`] node applications are pending; wait for decisions on them.
		TooManyApplications,
		/// The leader endorsed that application already.
		AlreadyEndorsed,
		/// The application holds [`Config::MaxEndorsements`] endorsements of current leaders;
		/// the runtime must set `MaxEndorsements` to at least the largest number of leaders.
		TooManyEndorsements,
		/// Not more than half of the collective's current leaders endorsed the application;
		/// its leaders must endorse it first.
		NotEndorsed,
		/// The collective runs [`Config::MaxValidatorsPerCollective`] nodes (active and
		/// suspended), its quota; one must be removed first.
		TooManyCollectiveNodes,
		/// The network has [`Config::MaxValidators`] nodes (active and suspended); one must be
		/// removed first.
		TooManyValidators,
		/// The set would fall below [`MinValidators`]; approve or resume a node first.
		TooFewValidators,
		/// That is the last active node of its collective, which must keep one; approve
		/// another node of the collective first.
		LastNodeOfCollective,
		/// The node is suspended already; resume or remove it.
		AlreadySuspended,
		/// The node is neither suspended nor flagged; only those can be resumed.
		NotSuspended,
		/// The account runs a node (active or suspended); the node must be removed first (before
		/// its member leaves, or its session keys are purged).
		RunsNode,
		/// The minimum is below [`Config::MinValidatorsFloor`]; choose at least the floor.
		BelowFloor,
		/// The minimum is above [`Config::MaxValidators`]; choose at most that.
		AboveMaxValidators,
		/// The minimum is above the number of active nodes; approve or resume nodes first.
		AboveActiveValidators,
		/// The account is in the validator set `pallet-session` uses, has queued or was last
		/// handed; wait until the sessions that still use it end.
		StillInSession,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MinValidatorsFloor::get() >= 1, "MinValidatorsFloor must be at least 1");
			assert!(
				T::MinValidatorsFloor::get() <= T::MaxValidators::get(),
				"MinValidatorsFloor must not exceed MaxValidators"
			);
			assert!(
				T::MaxValidatorsPerCollective::get() >= 1,
				"MaxValidatorsPerCollective must be at least 1"
			);
			assert!(
				T::MaxValidatorsPerCollective::get() <= T::MaxValidators::get(),
				"MaxValidatorsPerCollective must not exceed MaxValidators"
			);
			assert!(T::MaxEndorsements::get() >= 1, "MaxEndorsements must be at least 1");
			assert!(!T::MemberReportPeriod::get().is_zero(), "MemberReportPeriod must not be zero");
			assert!(
				!T::DefaultSessionLength::get().is_zero(),
				"DefaultSessionLength must not be zero"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Apply to run a validator node, with the hashes of the letter of intent and the signed
		/// adhesion form. The session keys must be registered first (`session.setKeys`).
		///
		/// ## Origin
		/// Signed by an active member.
		///
		/// ## Errors
		/// - [`Error::NotMember`], [`Error::NotActiveMember`] if the signer is not an active
		///   member.
		/// - [`Error::CodeOfEthicsOutdated`] if it accepted an older code of ethics.
		/// - [`Error::SessionKeysNotFound`] if it has not registered session keys.
		/// - [`Error::AlreadyValidator`] if it runs a node.
		/// - [`Error::AlreadyApplied`] if it applied already.
		/// - [`Error::TooManyApplications`] if [`Config::MaxValidators`] are pending.
		/// - [`Error::TooManyCollectiveNodes`] if its collective's quota is full.
		///
		/// ## Events
		/// [`Event::NodeApplied`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::apply_for_node())]
		pub fn apply_for_node(
			origin: OriginFor<T>,
			letter_of_intent: DocumentHash,
			adhesion_form: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_apply_for_node(who, letter_of_intent, adhesion_form)
		}

		/// Withdraw one's own node application.
		///
		/// ## Origin
		/// Signed by the applicant.
		///
		/// ## Errors
		/// - [`Error::ApplicationNotFound`] if the signer has no pending application.
		///
		/// ## Events
		/// [`Event::NodeApplicationWithdrawn`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::withdraw_node_application())]
		pub fn withdraw_node_application(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_node_application(who)
		}

		/// Endorse a node application of one's collective. It is endorsed once more than half of
		/// the collective's current leaders endorsed it; endorsements of former leaders do not
		/// count.
		///
		/// ## Origin
		/// Signed by a leader of the applicant's collective who accepted the code of ethics in
		/// force.
		///
		/// ## Errors
		/// - [`Error::ApplicationNotFound`] if `applicant` has no pending application.
		/// - [`Error::NotLeader`] if the signer does not lead the applicant's collective.
		/// - [`Error::LeaderCodeOfEthicsOutdated`] if the signer accepted an older code of
		///   ethics.
		/// - [`Error::AlreadyEndorsed`] if the signer endorsed it already.
		/// - [`Error::TooManyEndorsements`] if [`Config::MaxEndorsements`] is below the number of
		///   leaders.
		///
		/// ## Events
		/// [`Event::NodeEndorsed`] and, when the endorsement is reached,
		/// [`Event::NodeEndorsementReached`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::endorse_node())]
		pub fn endorse_node(origin: OriginFor<T>, applicant: T::AccountId) -> DispatchResult {
			let leader = ensure_signed(origin)?;
			Self::do_endorse_node(leader, applicant)
		}

		/// Approve an endorsed node application: the node joins the validator set at the next
		/// session plan, and its member's report obligation begins.
		///
		/// ## Origin
		/// [`Config::NodeCommissionOrigin`].
		///
		/// ## Errors
		/// - [`Error::ApplicationNotFound`] if `applicant` has no pending application (an
		///   applicant who stops being an active member loses it).
		/// - [`Error::NotEndorsed`] if not more than half of the current leaders endorsed it.
		/// - [`Error::SessionKeysNotFound`] if the applicant's session keys are not registered.
		/// - [`Error::TooManyCollectiveNodes`] if the collective's quota is full.
		/// - [`Error::TooManyValidators`] if the network has [`Config::MaxValidators`] nodes.
		///
		/// ## Events
		/// [`Event::NodeApproved`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::approve_node().saturating_add(T::Reports::begin_weight()))]
		pub fn approve_node(origin: OriginFor<T>, applicant: T::AccountId) -> DispatchResult {
			T::NodeCommissionOrigin::ensure_origin(origin)?;
			Self::do_approve_node(applicant)
		}

		/// Reject a node application, with the hash of the written reasons.
		///
		/// ## Origin
		/// [`Config::NodeCommissionOrigin`].
		///
		/// ## Errors
		/// - [`Error::ApplicationNotFound`] if `applicant` has no pending application.
		///
		/// ## Events
		/// [`Event::NodeRejected`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::reject_node())]
		pub fn reject_node(
			origin: OriginFor<T>,
			applicant: T::AccountId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::NodeCommissionOrigin::ensure_origin(origin)?;
			Self::do_reject_node(applicant, reason)
		}

		/// Remove a node (active or suspended) for good, with the hash of the written reasons:
		/// an active node leaves the set at the next session plan. Its member's report
		/// obligation ends.
		///
		/// A flagged node's flag goes with it.
		///
		/// ## Origin
		/// [`Config::NodeRemovalOrigin`].
		///
		/// ## Errors
		/// - [`Error::NotValidator`] if `who` runs no node.
		/// - [`Error::LastNodeOfCollective`] if it is its collective's last active node.
		/// - [`Error::TooFewValidators`] if the set would fall below [`MinValidators`].
		///
		/// ## Events
		/// [`Event::NodeRemoved`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::remove_node().saturating_add(T::Reports::end_weight()))]
		pub fn remove_node(
			origin: OriginFor<T>,
			who: T::AccountId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::NodeRemovalOrigin::ensure_origin(origin)?;
			Self::do_remove_node(who, reason)
		}

		/// Suspend an active node, with the hash of the written reasons: it leaves the set at
		/// the next session plan and keeps its place in the collective's quota. A flagged
		/// node's flag is cleared: the suspension is the review's outcome.
		///
		/// ## Origin
		/// [`Config::NodeRemovalOrigin`].
		///
		/// ## Errors
		/// - [`Error::AlreadySuspended`] if the node is suspended already.
		/// - [`Error::NotValidator`] if `who` runs no node.
		/// - [`Error::LastNodeOfCollective`] if it is its collective's last active node, unless
		///   it is flagged for an offence (safety before representation: the collective is then
		///   flagged as without nodes, [`Event::CollectiveWithoutNodes`]).
		/// - [`Error::TooFewValidators`] if the set would fall below [`MinValidators`].
		///
		/// ## Events
		/// [`Event::NodeSuspended`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::suspend_node())]
		pub fn suspend_node(
			origin: OriginFor<T>,
			who: T::AccountId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::NodeRemovalOrigin::ensure_origin(origin)?;
			Self::do_suspend_node(who, reason)
		}

		/// Resume a suspended node (whoever suspended it, and why): it joins the set again at
		/// the next session plan. For a flagged node, clear the flag: it keeps validating.
		///
		/// ## Origin
		/// [`Config::NodeCommissionOrigin`].
		///
		/// ## Errors
		/// - [`Error::NotSuspended`] if `who` has no suspended or flagged node.
		/// - [`Error::SessionKeysNotFound`] if the suspended node's session keys are not
		///   registered.
		///
		/// ## Events
		/// [`Event::NodeResumed`], or [`Event::NodeUnflagged`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::resume_node())]
		pub fn resume_node(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::NodeCommissionOrigin::ensure_origin(origin)?;
			Self::do_resume_node(who)
		}

		/// Set [`MinValidators`], the smallest validator set.
		///
		/// ## Origin
		/// [`Config::ParameterOrigin`].
		///
		/// ## Errors
		/// - [`Error::BelowFloor`] if `min_validators` is below [`Config::MinValidatorsFloor`].
		/// - [`Error::AboveMaxValidators`] if it is above [`Config::MaxValidators`].
		/// - [`Error::AboveActiveValidators`] if it is above the number of active nodes.
		///
		/// ## Events
		/// [`Event::MinValidatorsSet`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::set_min_validators())]
		pub fn set_min_validators(origin: OriginFor<T>, min_validators: u32) -> DispatchResult {
			T::ParameterOrigin::ensure_origin(origin)?;
			Self::do_set_min_validators(min_validators)
		}

		/// Purge one's session keys through `pallet-session` (whose own `purge_keys` the runtime
		/// keeps from direct calls), releasing the key deposit.
		///
		/// ## Origin
		/// Signed by an account that runs no node.
		///
		/// ## Errors
		/// - [`Error::RunsNode`] if the signer runs a node (active or suspended).
		/// - [`Error::StillInSession`] if the signer is in the set `pallet-session` uses, has
		///   queued or was last handed by this pallet.
		/// - [`Error::SessionKeysNotFound`] if the signer has no session keys.
		///
		/// ## Events
		/// [`Event::SessionKeysPurged`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::purge_keys())]
		pub fn purge_keys(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_purge_keys(who)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// The collectives that run no active node: new ones, and those whose last node the
		/// Executive Council's suspension or expulsion of its member took out of the set
		/// ([`CollectivesWithoutNodes`]). Reads every collective of [`Config::Collectives`].
		pub fn collectives_without_nodes() -> Vec<CollectiveId> {
			let validators = Validators::<T>::get();
			T::Collectives::collectives()
				.into_iter()
				.filter(|c| !validators.iter().any(|(_, v)| v == c))
				.collect()
		}
	}
}

/// [`SessionLength`] as a `Get`, for `pallet_session::PeriodicSessions` in the runtime.
pub struct SessionLengthOf<T>(core::marker::PhantomData<T>);

impl<T: Config> Get<BlockNumberFor<T>> for SessionLengthOf<T> {
	fn get() -> BlockNumberFor<T> {
		SessionLength::<T>::get()
	}
}

impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
	/// The validators with session keys, only when the set changed since the last plan and at
	/// least [`MinValidators`] of them have keys.
	fn new_session(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		Self::do_new_session(new_index)
	}

	/// The founding validators with session keys, or `None` (then `pallet-session`'s genesis
	/// keys decide).
	fn new_session_genesis(_new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		Self::do_new_session_genesis()
	}

	fn end_session(_end_index: SessionIndex) {}

	fn start_session(_start_index: SessionIndex) {}
}

/// For `pallet_session::historical::NoteHistoricalRoot`: the same plans, each validator with
/// the unit as its full identification.
impl<T: Config> pallet_session::historical::SessionManager<T::AccountId, ()> for Pallet<T> {
	fn new_session(new_index: SessionIndex) -> Option<Vec<(T::AccountId, ())>> {
		Self::do_new_session(new_index).map(|set| set.into_iter().map(|who| (who, ())).collect())
	}

	fn new_session_genesis(_new_index: SessionIndex) -> Option<Vec<(T::AccountId, ())>> {
		Self::do_new_session_genesis().map(|set| set.into_iter().map(|who| (who, ())).collect())
	}

	fn start_session(_start_index: SessionIndex) {}

	fn end_session(_end_index: SessionIndex) {}
}

/// Offences reported through `pallet-offences` (its identification tuple is the account and any
/// full identification): each offender in [`Validators`] is suspended, or flagged when its
/// suspension would take the set below [`MinValidators`]. Returns the weight used, benchmarked
/// as [`WeightInfo::on_offence`] per offender.
impl<T: Config, FullIdentification>
	OnOffenceHandler<T::AccountId, (T::AccountId, FullIdentification), Weight> for Pallet<T>
{
	fn on_offence(
		offenders: &[OffenceDetails<T::AccountId, (T::AccountId, FullIdentification)>],
		slash_fraction: &[Perbill],
		session: SessionIndex,
	) -> Weight {
		for (index, details) in offenders.iter().enumerate() {
			let (who, _) = &details.offender;
			let slash_fraction = slash_fraction.get(index).copied().unwrap_or_default();
			Self::do_on_offence(who, OffenceRecord { session, slash_fraction });
		}
		T::WeightInfo::on_offence(offenders.len().saturated_into())
	}
}

/// A member that runs a node cannot leave; a member suspended or expelled loses its node; any
/// member that stops being active loses its pending node application.
impl<T: Config> MembershipHooks<T::AccountId> for Pallet<T> {
	fn can_leave(who: &T::AccountId) -> DispatchResult {
		Self::do_can_leave(who)
	}

	fn on_membership_lost(
		who: &T::AccountId,
		collective: CollectiveId,
		cause: MembershipLoss,
		reason: DocumentHash,
	) -> DispatchResult {
		Self::do_on_membership_lost(who, collective, cause, reason)
	}

	fn weight() -> Weight {
		T::WeightInfo::can_leave()
			.saturating_add(T::WeightInfo::on_membership_lost())
			.saturating_add(T::Reports::end_weight())
	}
}

impl<T: Config> NodeInspect<T::AccountId> for Pallet<T> {
	fn is_validator(who: &T::AccountId) -> bool {
		Pallet::<T>::is_validator(who)
	}

	fn node_collective(who: &T::AccountId) -> Option<CollectiveId> {
		Pallet::<T>::node_collective(who)
	}

	fn collective_node_count(collective: CollectiveId) -> u32 {
		Pallet::<T>::node_count(collective)
	}
}

/// A member answers for the reports on its node ([`ReportSubject::Member`]).
impl<T: Config> ReportAnswerers<T::AccountId> for Pallet<T> {
	fn answers_for(subject: &ReportSubject<T::AccountId>, who: &T::AccountId) -> bool {
		matches!(subject, ReportSubject::Member(member) if member == who)
	}
}
