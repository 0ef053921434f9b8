//! # Anonymity rings pallet
//!
//! Rings of verified adults' member keys per municipality, state and nation, of the evaluators'
//! roster, of the former evaluators and of each evaluation panel, built in bounded batches, and
//! the membership proofs ("one person, one unlinkable vote") that other pallets verify against
//! them.
//!
//! ## Overview
//!
//! - **Member keys.** A verified adult ([`Config::Persons`]) registers one Bandersnatch member
//!   key from its own account ([`Pallet::register_member_key`]), with a signature by the key's
//!   secret over the chain's genesis hash and the account
//!   ([`bmx_primitives::anonymity::key_possession_message`]): nobody can register another
//!   person's key as its own. The first key a person ever registers is feeless (a citizen needs
//!   no funds to join); only a registration that will succeed is free, so the free path cannot
//!   be used to spam. The person may rotate the key ([`Pallet::rotate_member_key`]), at most
//!   once per [`Config::MinRotationInterval`], and withdraw it ([`Pallet::remove_member_key`]).
//! - **Scopes.** A key belongs to its holder's municipality's, state's and the national scope
//!   (only the national one for a person living abroad): [`RingScope`]. The alias a proof gives
//!   depends only on the secret and the context, never on the ring, so being in three rings
//!   never gives a second vote.
//! - **Onboarding.** A new key waits in each of its scopes' queue ([`Queues`]). Once at least
//!   the scope's `onboarding_size` keys wait ([`ScopeSettings`]), a batch of them (at least
//!   `onboarding_size`, at most [`Config::BuildBatch`]) joins the scope's newest ring, or a new
//!   ring when the newest has no room for a whole batch ([`Pallet::onboard`], or `on_idle`).
//! - **Building.** A ring's root is a `verifiable` members commitment, built incrementally: each
//!   build step absorbs up to [`Config::BuildBatch`] keys into the ring's builder
//!   ([`Pallet::build_ring`], or `on_idle`); when every key is absorbed the root is published as
//!   the ring's next revision ([`Roots`]), in force from that block until the next revision is
//!   published. The commitment is append-only: when a ring loses a key its builder had
//!   absorbed (removal, rotation, a move, a revocation), the ring starts a new *generation* and
//!   is rebuilt from an empty builder, while its last revision stays in force meanwhile.
//! - **Revisions and retention.** A replaced revision stays usable for proofs made for
//!   snapshots in its validity window for [`Config::RootRetention`] blocks, so that a ballot
//!   that pinned it can finish; then it is pruned, with the key list of its generation
//!   ([`RetiredKeys`]) once no kept revision needs it. At most [`Config::MaxRevisionsKept`]
//!   revisions of a ring are kept: a ring that has that many, none past retention, publishes
//!   again only when the oldest one is, and its last revision (with any key removed since)
//!   stays in force until then. The runtime sizes `MaxRevisionsKept` for the publications a
//!   ring may need within one `RootRetention`.
//! - **Identity changes.** The identity pallet calls
//!   [`IdentityHooks::on_person_changed`] after it updates, revokes, clears or recovers a
//!   person; anyone can ask for the same check ([`Pallet::refresh_member`]). A key whose account
//!   is no longer its person's verified adult account is removed; a key whose holder moved
//!   leaves its old municipality's and state's rings and queues for the new ones.
//! - **The evaluators' roster.** [`RingScope::Evaluators`] gathers the member keys of the
//!   enrolled certified evaluators: what an evaluator's stable pseudonym proves membership of.
//!   Another pallet (the anonymous panels) decides who is on it, through [`PanelRings`]:
//!   `join_roster` queues a registered member key in the roster's queue, and from there it
//!   joins the roster's rings with the ordinary onboarding batches and build steps, exactly
//!   as a resident's key joins its scopes' rings (with the roster's own [`ScopeSettings`]);
//!   `leave_roster` takes it out of the queue, or out of its ring, which starts a new
//!   generation and is rebuilt. A key that leaves [`Members`] (withdrawn, rotated, revoked)
//!   leaves the roster too; a rotation does not carry the roster over to the new key, which
//!   enrols again. Residency changes never touch the roster.
//! - **The former evaluators.** [`RingScope::FormerEvaluators`] gathers the keys that left the
//!   roster: `leave_roster` queues the key there, and it joins their rings with onboarding
//!   batches and build steps like the roster's (with its own [`ScopeSettings`]), so that the
//!   revision a former evaluator proves against says nothing about when it left. What an
//!   evaluator's pseudonym proves membership of to settle after leaving, however long after:
//!   these rings only grow, and a key leaves them only when it leaves [`Members`] (withdrawn,
//!   rotated, revoked): its holder then proves membership only against revisions published
//!   before, while they are kept ([`Config::RootRetention`]), and whatever it had not settled
//!   by then stays where it is. A key that left the roster does not join it again (a key
//!   enrols once).
//! - **Panel rings.** [`RingScope::Panel`]`(panel)` holds one ring, formed once by
//!   `form_panel` from the key list another pallet chose (the roster's keys at the panel's
//!   formation, without the conflicted), in that order, and built and published by the
//!   ordinary build steps; `panel_ring` tells the published revision and whether it is usable
//!   (at least the panels' `min_ring_size` members); `dissolve_panel` removes everything kept
//!   of it when the panel is over. A panel's ring is a **fixed snapshot**: its keys get no
//!   [`Placements`], and later changes of its members (a rotation, a revocation, leaving the
//!   roster) do not change it, so that the ring every candidate's ticket was proved against
//!   stays the same for the whole sortition; who may act on a ticket is the panels pallet's
//!   business.
//! - **Proofs.** Other pallets (secret ballots) verify proofs through
//!   [`AnonymousMembership`], implemented by [`Pallet`]: a proof names a ring revision
//!   ([`RingRef`]) and counts only if that revision was in force at the ballot's snapshot and
//!   is usable (it had at least its scope's `min_ring_size` members when published).
//!
//! ## Terminology
//!
//! - **Member key**: a Bandersnatch public key whose secret the person holds on its own device.
//! - **Ring**: an ordered list of at most [`Config::MaxRingSize`] member keys of one scope
//!   (767 on the runtime's 2^12 domain, about an INE polling section), and its root.
//! - **Root (members commitment)**: the KZG commitment to a ring's keys that proofs are
//!   verified against; each published root is a *revision* of its ring.
//! - **Generation**: the ring's key list since its last rebuild from scratch.
//! - **Context and alias**: a proof is made for a context (a ballot) and gives an alias, the
//!   same for the same secret and context, unlinkable to the key and across contexts.
//! - **Snapshot**: the block whose ring revisions a ballot accepts (its roll's cut-off).
//! - **Onboarding size**: how many keys join a ring together, at least.
//! - **Roster**: the certified evaluators enrolled by the panels pallet, as a scope of rings.
//! - **Former evaluators**: the keys that left the roster, as a scope of rings that only grows.
//! - **Panel**: the candidates who may be drawn to evaluate one subject (a tender); its ring is
//!   formed once from a list of keys.
//!
//! ## Pallet API
//!
//! | Index | Call | Origin |
//! |---|---|---|
//! | 0 | [`register_member_key`](Pallet::register_member_key) | signed: a verified adult |
//! | 1 | [`rotate_member_key`](Pallet::rotate_member_key) | signed: the key's account |
//! | 2 | [`remove_member_key`](Pallet::remove_member_key) | signed: the key's account |
//! | 3 | [`refresh_member`](Pallet::refresh_member) | signed: anyone |
//! | 4 | [`onboard`](Pallet::onboard) | signed: anyone |
//! | 5 | [`build_ring`](Pallet::build_ring) | signed: anyone |
//! | 6 | [`set_scope_settings`](Pallet::set_scope_settings) | [`Config::AdminOrigin`] |
//!
//! `on_idle` spends at most half of the block's leftover weight on pruning expired revisions,
//! onboarding and building, in that order, metered by the benchmarked weights.
//!
//! View functions: [`member`](Pallet::member) (a person's record and the ring holding its key
//! in each scope), [`ring_members`](Pallet::ring_members) (the keys of a revision in ring
//! order: what a prover needs), [`rings_of`](Pallet::rings_of) (a scope's rings, a page at a
//! time).
//!
//! For other pallets: [`AnonymousMembership`] (`usable_ring`, `scope_is_usable`, `verify`,
//! `verify_weight`), [`PanelRings`] (`join_roster`, `leave_roster`, `form_panel`,
//! `panel_ring`, `panel_min_members`, `dissolve_panel` and their weights), [`MemberKeys`] (`member_key`: the key a
//! verified person's account registered, and when) and [`IdentityHooks`] (`on_person_changed`
//! checks the person's key again; `on_organisation_revoked` does nothing).
//!
//! ## Assumptions
//!
//! - **Why `verifiable` directly and not `pallet-people`.** `pallet-people` 0.11.0 keeps one
//!   set of people, no instances, while we need a municipal, a state and a national family of
//!   rings; it is pinned to `verifiable` 0.1 (255-member rings, and panics on invalid keys in
//!   `on_idle` and on malformed signatures in an unsigned path); a vote there needs an
//!   alias-bound account per context; its weights are all zero and its admin calls use
//!   `ensure_root`. Parity's production stack does not use it either. So this pallet uses the
//!   `verifiable` 0.4.1 verifier (audited fixes, `is_member_valid`, no panics on bad input) and
//!   keeps `pallet-people`'s good ideas: batched onboarding, a rebuild from scratch after a
//!   removal while the old root stays valid, half of `on_idle`, and permissionless manual calls
//!   that are free when they make progress (study: `docs/issue-14-study.md` §2.1).
//! - **Static data from the code.** The ring builder's static chunks are cut from
//!   `verifiable`'s embedded builder parameters for [`Config::Domain`], never read from
//!   storage: a wrong chunk would forge membership ([`crypto`]). [`Config::Domain`] never
//!   changes on a live chain without a migration that rebuilds every ring.
//! - **Anonymity sets.** A proof shows which ring revision it was made against; the anonymity
//!   set is that revision's members, at most [`Config::MaxRingSize`] (767 in the runtime). A
//!   revision with fewer than its scope's `min_ring_size` members is not usable: a
//!   municipality with fewer registered adults has no usable municipal ring, and its residents
//!   vote secretly in state and national ballots only (a secret municipal ballot there is
//!   refused by the ballots pallet). Per-ring tallies can be derived, and a ring whose voters
//!   were unanimous reveals each voter's choice to whoever knows who voted.
//! - **Timing correlation at onboarding.** A ring grows only by batches of at least
//!   `onboarding_size` keys, so no revision adds one identifiable newcomer; and all voters of
//!   a ballot prove against the revisions in force at its snapshot, so the revision used says
//!   nothing about when a voter joined. The price: a newcomer waits for a batch to fill, and a
//!   key that joins after a ballot's snapshot votes from the next ballot on. Rings that lost
//!   keys are not refilled (new batches go to the newest ring).
//! - **What a registrar knows.** Registrars know who is verified, and (through the person keys)
//!   which accounts belong to persons; the member key is generated on the person's device and
//!   registered from the person's own account. **The chain links account and member key
//!   publicly** (the registration is a signed transaction, and [`Members`] and the events show
//!   it): unlinkability is between the key and the aliases it makes, not between the account
//!   and the key. Nobody, registrars included, can tell which member made a proof or alias,
//!   unless they ever hold the member's secret; a registrar kiosk must never generate or see
//!   it. A registrar can revoke a person before a snapshot (visible, with recourse).
//! - **What the chain reveals.** Ring membership lists are public (who is a member of which
//!   ring, and from when): privacy is *which member proved*, never *who is a member*. Aliases
//!   and votes are unlinkable to keys. The network layer (the node that receives a vote, and
//!   when) is outside this pallet.
//! - **Bounded storage.** [`Members`] and [`KeyOwners`] hold one entry per member, and
//!   [`LastKeyChange`] one per person who ever registered a key (for the rotation interval and
//!   the free first key): both bounded by the verified persons.
//!   Each scope has at most [`Config::MaxRings`] rings of at most [`Config::MaxRingSize`] keys
//!   and a queue of at most [`Config::MaxQueueLength`]; each ring keeps at most
//!   [`Config::MaxRevisionsKept`] revisions and as many retired key lists; the scopes are the
//!   jurisdictions registrars attest, the roster, the former evaluators (bounded by the
//!   members, since a key is there only while it is a member's), and the panels another
//!   pallet forms (one ring each, removed by `dissolve_panel`: that pallet bounds how many
//!   panels live at once).
//! - **Panel ids.** The panels pallet never reuses a panel id: a dissolved panel's id may be
//!   formed again, and its revisions would then be numbered from 1 again.
//! - **Roster keys are member keys.** `join_roster` and `form_panel` accept only registered
//!   member keys (checked on chain at registration), so a panel's build never meets an invalid
//!   key.
//! - **Costs.** A build step absorbs at most [`Config::BuildBatch`] keys; a removal from a
//!   ring whose builder had absorbed the key costs a whole rebuild of that ring later.
//!   Verification costs one ring VRF check (pure wasm, no host functions).
//!
//! ## Not yet
//!
//! - Merging rings that lost many keys, and spreading a batch over the scope's rings in a
//!   shuffled order (one registrar session then never fills one ring).
//! - Host functions for the curve arithmetic (RFC-163), which would make verification and
//!   rebuilds several times cheaper.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod crypto;
mod features;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
#[cfg(any(test, feature = "try-runtime"))]
mod try_state;
pub mod types;
pub mod weights;

use alloc::vec::Vec;
use bmx_primitives::{
	anonymity::{
		AnonymousMembership, MemberKey, MemberKeys, MembershipError, PanelId, PanelRings,
		RingIndex, RingRef, RingRevision, RingScope,
	},
	identity::{IdentityHooks, PersonKey, Residency, VerifiedPersons},
};
use crypto::{PossessionSignature, RingCrypto};
use frame_support::{dispatch::PostDispatchInfo, pallet_prelude::*, weights::WeightMeter};
use frame_system::pallet_prelude::*;
use sp_runtime::traits::Zero;
use verifiable::ring::RingDomainSize;

/// A member record as stored.
pub type MemberRecordOf<T> =
	MemberRecord<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

/// A member as the view function shows it.
pub type MemberStatusOf<T> =
	MemberStatus<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

/// The bound of an encoded ring root.
pub type RootLenOf<T> = <<T as Config>::Crypto as RingCrypto>::RootLen;

/// The bound of an encoded ring builder.
pub type BuilderLenOf<T> = <<T as Config>::Crypto as RingCrypto>::BuilderLen;

/// A published revision as stored.
pub type RootRecordOf<T> = RootRecord<BlockNumberFor<T>, RootLenOf<T>>;

/// The keys of a ring, in ring order.
pub type RingKeysOf<T> = BoundedVec<MemberKey, <T as Config>::MaxRingSize>;

/// The most rings [`Pallet::rings_of`] returns at once.
pub const RINGS_PAGE: u32 = 128;

/// A proof made by a member of a ring of the runtime's domain, for the benchmark of
/// verification.
#[cfg(feature = "runtime-benchmarks")]
#[derive(Clone, Debug)]
pub struct ProofFixture {
	/// The ring's member keys, in ring order (at most `MaxRingSize`).
	pub members: Vec<MemberKey>,
	/// The context the proof was made for.
	pub context: Vec<u8>,
	/// The message the proof binds.
	pub message: Vec<u8>,
	/// The proof's bytes, as the prover made them.
	pub proof: Vec<u8>,
	/// The alias the proof gives in `context`.
	pub alias: bmx_primitives::anonymity::Alias,
}

/// What the benchmarks need from the runtime: verified persons and a proof.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Make `who` a verified adult person living in `residency`, with a person key derived
	/// from `index` (unique per index). Called again for the same account and index, it
	/// updates the residency.
	fn verify_adult(who: &AccountId, index: u32, residency: Residency);
	/// End the identity of `who`: it is no longer a verified person.
	fn end_identity(who: &AccountId);
	/// A proof by a member of a ring of the runtime's [`Config::Domain`].
	fn proof_fixture() -> ProofFixture;
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The ring cryptography (the runtime: `verifiable`'s `BandersnatchVrfVerifiable`).
		type Crypto: RingCrypto;

		/// The ring domain: it fixes a ring's capacity and the cost of proofs (the runtime:
		/// 2^12, 767 members). Never changed on a live chain without rebuilding every ring.
		#[pallet::constant]
		type Domain: Get<RingDomainSize>;

		/// The most keys of a ring. At most the capacity of [`Config::Domain`], at least
		/// [`Config::BuildBatch`].
		#[pallet::constant]
		type MaxRingSize: Get<u32>;

		/// The most keys absorbed by one build step, and the most keys of one onboarding
		/// batch. Not zero.
		#[pallet::constant]
		type BuildBatch: Get<u32>;

		/// The most keys waiting in one scope's queue. At least [`Config::BuildBatch`].
		#[pallet::constant]
		type MaxQueueLength: Get<u32>;

		/// The most rings of one scope. Not zero.
		#[pallet::constant]
		type MaxRings: Get<u32>;

		/// The most revisions of one ring kept at once. At least 2.
		#[pallet::constant]
		type MaxRevisionsKept: Get<u32>;

		/// How long a replaced revision stays usable for proofs (for snapshots in its validity
		/// window) before it is pruned: longer than the longest ballot.
		#[pallet::constant]
		type RootRetention: Get<BlockNumberFor<Self>>;

		/// The fewest blocks between two of a person's own key changes (registration,
		/// rotation, withdrawal): each change forces ring rebuilds.
		#[pallet::constant]
		type MinRotationInterval: Get<BlockNumberFor<Self>>;

		/// Verified persons: who may register, their person keys and residencies (the
		/// identity pallet).
		type Persons: VerifiedPersons<Self::AccountId>;

		/// Sets the scope settings.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The settings of a kind of residency scope (municipal, state, national) for which
		/// none were set.
		#[pallet::constant]
		type DefaultScopeSettings: Get<ScopeSettings>;

		/// The settings of the evaluators' roster while none were set.
		#[pallet::constant]
		type DefaultRosterSettings: Get<ScopeSettings>;

		/// The settings of the panels' rings while none were set: `min_ring_size` is the
		/// smallest panel whose ring answers for proofs (`onboarding_size` is not used).
		#[pallet::constant]
		type DefaultPanelSettings: Get<ScopeSettings>;

		/// The settings of the former evaluators' rings while none were set: `onboarding_size`
		/// is the cohort in which leavers join them, `min_ring_size` the fewest former
		/// evaluators a settlement hides among.
		#[pallet::constant]
		type DefaultFormerEvaluatorSettings: Get<ScopeSettings>;

		/// Weight information for the calls and steps of this pallet.
		type WeightInfo: WeightInfo;

		/// Verified persons and a proof for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Each person's member key, by person key.
	// Hasher: Blake2_128Concat, the person keys are submitted by registrars.
	#[pallet::storage]
	pub type Members<T: Config> =
		StorageMap<_, Blake2_128Concat, PersonKey, MemberRecordOf<T>, OptionQuery>;

	/// The person each member key belongs to: a key belongs to one person at most.
	// Hasher: Blake2_128Concat, the keys are chosen by users.
	#[pallet::storage]
	pub type KeyOwners<T: Config> =
		StorageMap<_, Blake2_128Concat, MemberKey, PersonKey, OptionQuery>;

	/// The block of each person's last own key change (registration, rotation, withdrawal).
	// Hasher: Blake2_128Concat, the person keys are submitted by registrars.
	#[pallet::storage]
	pub type LastKeyChange<T: Config> =
		StorageMap<_, Blake2_128Concat, PersonKey, BlockNumberFor<T>, OptionQuery>;

	/// The ring of each scope that holds a key; absent while the key waits in the scope's
	/// queue.
	// Hasher: Blake2_128Concat, the keys are chosen by users and the scopes attested by
	// registrars.
	#[pallet::storage]
	pub type Placements<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		MemberKey,
		Blake2_128Concat,
		RingScope,
		RingIndex,
		OptionQuery,
	>;

	/// The keys waiting to join a ring of each scope, oldest first. No empty queue is stored.
	// Hasher: Blake2_128Concat, the scopes are attested by registrars.
	#[pallet::storage]
	pub type Queues<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		RingScope,
		BoundedVec<MemberKey, T::MaxQueueLength>,
		OptionQuery,
	>;

	/// The scopes whose queue held at least `onboarding_size` keys when last looked at: what
	/// `on_idle` onboards.
	// Hasher: Blake2_128Concat, the scopes are attested by registrars.
	#[pallet::storage]
	pub type ReadyScopes<T: Config> = StorageMap<_, Blake2_128Concat, RingScope, (), OptionQuery>;

	/// How many rings each scope has: they are numbered from 0.
	// Hasher: Blake2_128Concat, the scopes are attested by registrars.
	#[pallet::storage]
	pub type RingCount<T: Config> = StorageMap<_, Blake2_128Concat, RingScope, u32, ValueQuery>;

	/// How many rings of each scope have a usable last revision.
	// Hasher: Blake2_128Concat, the scopes are attested by registrars.
	#[pallet::storage]
	pub type UsableRings<T: Config> = StorageMap<_, Blake2_128Concat, RingScope, u32, ValueQuery>;

	/// Each ring's state, by scope and index.
	// Hasher: Blake2_128Concat for the scope (attested by registrars), Twox64Concat for the
	// index (assigned by the pallet in order).
	#[pallet::storage]
	pub type Rings<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		RingScope,
		Twox64Concat,
		RingIndex,
		RingInfo,
		OptionQuery,
	>;

	/// Each ring's keys of its current generation, in ring order.
	// Hasher: as for `Rings`.
	#[pallet::storage]
	pub type RingKeys<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		RingScope,
		Twox64Concat,
		RingIndex,
		RingKeysOf<T>,
		ValueQuery,
	>;

	/// Each ring's builder: the encoded intermediate commitment of the keys it absorbed.
	// Hasher: as for `Rings`.
	#[pallet::storage]
	pub type Builders<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		RingScope,
		Twox64Concat,
		RingIndex,
		BoundedVec<u8, BuilderLenOf<T>>,
		OptionQuery,
	>;

	/// The rings waiting for build steps: their keys differ from their last revision.
	// Hasher: as for `Rings`.
	#[pallet::storage]
	pub type PendingBuilds<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, RingScope, Twox64Concat, RingIndex, (), OptionQuery>;

	/// The key list of a past generation of a ring, as its last revision had it, kept while a
	/// kept revision was built from it: provers rebuild any usable revision's member list
	/// without an archive node.
	// Hasher: Blake2_128Concat for the scope, Twox64Concat for the index and the generation
	// (assigned by the pallet).
	#[pallet::storage]
	pub type RetiredKeys<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, RingScope>,
			NMapKey<Twox64Concat, RingIndex>,
			NMapKey<Twox64Concat, u32>,
		),
		RingKeysOf<T>,
		OptionQuery,
	>;

	/// The kept revisions of each ring's root.
	// Hasher: Blake2_128Concat for the scope, Twox64Concat for the index and the revision
	// (assigned by the pallet).
	#[pallet::storage]
	pub type Roots<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, RingScope>,
			NMapKey<Twox64Concat, RingIndex>,
			NMapKey<Twox64Concat, RingRevision>,
		),
		RootRecordOf<T>,
		OptionQuery,
	>;

	/// Replaced revisions in the order they were replaced, by position: a first-in first-out
	/// queue, handled from its head once the head's entry is due (with a constant
	/// `RootRetention` the due blocks never decrease; were it lowered, later entries would be
	/// pruned late, never early).
	// Hasher: Twox64Concat, the positions are assigned by the pallet in order.
	#[pallet::storage]
	pub type Expiries<T: Config> =
		StorageMap<_, Twox64Concat, u64, Expiry<BlockNumberFor<T>>, OptionQuery>;

	/// The first and one past the last position of [`Expiries`].
	#[pallet::storage]
	pub type ExpiryBounds<T: Config> = StorageValue<_, (u64, u64), ValueQuery>;

	/// The settings of each kind of scope; [`Config::DefaultScopeSettings`] where none were
	/// set.
	// Hasher: Twox64Concat, six kinds fixed by the code.
	#[pallet::storage]
	pub type ScopeSettingsOf<T: Config> =
		StorageMap<_, Twox64Concat, ScopeKind, ScopeSettings, OptionQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Settings of kinds of scope that differ from [`Config::DefaultScopeSettings`].
		pub scope_settings: Vec<(ScopeKind, ScopeSettings)>,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (kind, settings) in &self.scope_settings {
				assert!(
					Pallet::<T>::settings_are_valid(settings),
					"invalid scope settings in the genesis"
				);
				ScopeSettingsOf::<T>::insert(kind, settings);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A verified adult registered its member key; it waits in its scopes' queues.
		MemberKeyRegistered {
			/// The account that registered it.
			account: T::AccountId,
			/// The key.
			key: MemberKey,
		},
		/// A member replaced its key: the old one left its rings, the new one waits in its
		/// scopes' queues.
		MemberKeyRotated {
			/// The member's account.
			account: T::AccountId,
			/// The key replaced.
			old_key: MemberKey,
			/// The new key.
			new_key: MemberKey,
		},
		/// A member key left its rings and queues.
		MemberKeyRemoved {
			/// The account that registered it.
			account: T::AccountId,
			/// The key.
			key: MemberKey,
			/// Why.
			cause: RemovalCause,
		},
		/// A member moved: its key left the rings of the scopes it left and waits in the new
		/// ones' queues.
		MemberMoved {
			/// The member's account.
			account: T::AccountId,
			/// The key.
			key: MemberKey,
			/// Where the member lives now.
			residency: Residency,
		},
		/// A scope opened a new ring.
		RingOpened {
			/// The scope.
			scope: RingScope,
			/// The new ring.
			index: RingIndex,
		},
		/// A batch of waiting keys joined a ring.
		KeysOnboarded {
			/// The scope.
			scope: RingScope,
			/// The ring.
			index: RingIndex,
			/// How many keys joined.
			keys: u32,
		},
		/// A build step absorbed keys into a ring's builder; more remain.
		RingBuildAdvanced {
			/// The scope.
			scope: RingScope,
			/// The ring.
			index: RingIndex,
			/// How many of the ring's keys the builder has absorbed.
			included: u32,
			/// How many keys the ring has.
			members: u32,
		},
		/// A ring's root was published: proofs may be made against the new revision, in force
		/// from this block; the previous revision is in force until this block.
		RingPublished {
			/// The scope.
			scope: RingScope,
			/// The ring.
			index: RingIndex,
			/// The new revision.
			revision: RingRevision,
			/// Its members.
			members: u32,
			/// Whether it is usable for proofs (at least the scope's `min_ring_size` members).
			usable: bool,
		},
		/// A replaced revision was pruned after its retention: proofs against it fail.
		RevisionPruned {
			/// The scope.
			scope: RingScope,
			/// The ring.
			index: RingIndex,
			/// The revision.
			revision: RingRevision,
		},
		/// The settings of a kind of scope were set.
		ScopeSettingsSet {
			/// The kind of scope.
			kind: ScopeKind,
			/// The settings.
			settings: ScopeSettings,
		},
		/// A member key was queued to join the evaluators' roster.
		RosterJoined {
			/// The key.
			key: MemberKey,
		},
		/// A member key left the evaluators' roster (its queue, or its ring, which is rebuilt
		/// without it).
		RosterLeft {
			/// The key.
			key: MemberKey,
		},
		/// A member key that left the evaluators' roster was queued to join the former
		/// evaluators' rings.
		FormerEvaluatorQueued {
			/// The key.
			key: MemberKey,
		},
		/// A member key that is no longer one (withdrawn, rotated, revoked) left the former
		/// evaluators' queue or rings.
		FormerEvaluatorRemoved {
			/// The key.
			key: MemberKey,
		},
		/// A panel's ring was formed: it waits for build steps.
		PanelFormed {
			/// The panel.
			panel: PanelId,
			/// Its members.
			members: u32,
		},
		/// A panel's ring and everything kept of it were removed.
		PanelDissolved {
			/// The panel.
			panel: PanelId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The signer is not a verified person. Be verified by a registrar first.
		NotVerified,
		/// The signer is a verified person but not an adult yet.
		NotAdult,
		/// The person already has a member key: rotate it instead. Or: the key is in the
		/// evaluators' roster already, or the panel was formed already.
		AlreadyExists,
		/// No such member (the person has no member key) or no such ring; or a key for the
		/// roster or a panel is not a registered member key.
		NotFound,
		/// The key was registered from another account: act from that account.
		NoPermission,
		/// The key is not a valid member key (a point of the curve's prime subgroup).
		InvalidKey,
		/// The key is registered already (by this person or another).
		KeyInUse,
		/// The possession signature is not the key's secret's signature of this chain's and
		/// the signer's key-possession message.
		InvalidPossessionProof,
		/// The person changed its key less than `MinRotationInterval` blocks ago: wait.
		TooSoon,
		/// A scope's queue is full: wait until a batch joins a ring.
		TooManyWaiting,
		/// Fewer keys wait in the scope's queue than its onboarding size: wait for more.
		TooFewWaiting,
		/// The scope has `MaxRings` rings and the newest has no room for a batch.
		TooManyRings,
		/// The ring keeps `MaxRevisionsKept` revisions and none is past its retention: wait
		/// until the oldest is.
		TooManyRevisions,
		/// There is nothing to do: the queue is empty, the ring is up to date, or the member's
		/// identity did not change.
		NothingToDo,
		/// The settings are out of bounds: `onboarding_size` from 1 to `BuildBatch` and
		/// `MaxQueueLength`, `min_ring_size` at most `MaxRingSize`.
		InvalidSettings,
		/// A counter would overflow.
		Overflow,
		/// The ring cryptography refused a stored builder or key. Cannot happen: keys are
		/// checked at registration and builders are written only by this pallet.
		BuildFailed,
		/// A panel's key list is empty: a panel needs at least one key.
		TooFewMembers,
		/// A panel's key list has more keys than a ring holds (`MaxRingSize`).
		TooManyMembers,
		/// A panel's key list names a key twice: name each key once.
		DuplicateKey,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_idle(now: BlockNumberFor<T>, remaining: Weight) -> Weight {
			let mut meter = WeightMeter::with_limit(remaining.saturating_div(2));
			Self::service(now, &mut meter);
			meter.consumed()
		}

		fn integrity_test() {
			let capacity = T::Crypto::capacity(T::Domain::get());
			let max_ring_size = T::MaxRingSize::get();
			let batch = T::BuildBatch::get();
			assert!(max_ring_size <= capacity, "MaxRingSize exceeds the domain's capacity");
			assert!(batch > 0, "BuildBatch must not be zero");
			assert!(batch <= max_ring_size, "BuildBatch must not exceed MaxRingSize");
			assert!(T::MaxQueueLength::get() >= batch, "MaxQueueLength must hold a batch");
			assert!(T::MaxRings::get() > 0, "MaxRings must not be zero");
			assert!(T::MaxRevisionsKept::get() >= 2, "MaxRevisionsKept must be at least 2");
			assert!(!T::RootRetention::get().is_zero(), "RootRetention must not be zero");
			assert!(
				Self::settings_are_valid(&T::DefaultScopeSettings::get()),
				"DefaultScopeSettings out of bounds"
			);
			assert!(
				Self::settings_are_valid(&T::DefaultRosterSettings::get()),
				"DefaultRosterSettings out of bounds"
			);
			assert!(
				Self::settings_are_valid(&T::DefaultPanelSettings::get()),
				"DefaultPanelSettings out of bounds"
			);
			assert!(
				Self::settings_are_valid(&T::DefaultFormerEvaluatorSettings::get()),
				"DefaultFormerEvaluatorSettings out of bounds"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register `key` as the signer's member key. It waits in the queue of each of the
		/// signer's scopes until a batch joins a ring.
		///
		/// `possession` is the key's secret's `verifiable` signature of
		/// [`bmx_primitives::anonymity::key_possession_message`] of this chain's genesis hash
		/// and the signer's encoded account. Feeless for a person's first key ever.
		///
		/// ## Origin
		/// Signed by a verified adult.
		///
		/// ## Errors
		/// - [`Error::NotVerified`], [`Error::NotAdult`].
		/// - [`Error::AlreadyExists`]: the person has a key; rotate it (after a recovery to a
		///   new account, [`Pallet::refresh_member`] removes the old account's key first).
		/// - [`Error::TooSoon`]: the person withdrew a key less than `MinRotationInterval`
		///   blocks ago.
		/// - [`Error::InvalidKey`], [`Error::KeyInUse`], [`Error::InvalidPossessionProof`].
		/// - [`Error::TooManyWaiting`]: a queue of its scopes is full.
		///
		/// ## Events
		/// [`Event::MemberKeyRegistered`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_member_key())]
		#[pallet::feeless_if(
			|origin: &OriginFor<T>, key: &MemberKey, possession: &PossessionSignature| -> bool {
				Pallet::<T>::is_first_key(origin, key, possession)
			}
		)]
		pub fn register_member_key(
			origin: OriginFor<T>,
			key: MemberKey,
			possession: PossessionSignature,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_member_key(who, key, possession)
		}

		/// Replace the signer's member key by `new_key`: the old key leaves its rings (which
		/// are rebuilt without it), the new one waits in the queues of the signer's scopes
		/// (where it lives now).
		///
		/// ## Origin
		/// Signed by the verified adult account that registered the key.
		///
		/// ## Errors
		/// - [`Error::NotVerified`], [`Error::NotAdult`], [`Error::NotFound`] (no key),
		///   [`Error::NoPermission`] (registered from another account).
		/// - [`Error::TooSoon`]: less than `MinRotationInterval` blocks since the last change.
		/// - [`Error::InvalidKey`], [`Error::KeyInUse`], [`Error::InvalidPossessionProof`].
		/// - [`Error::TooManyWaiting`]: a queue of its scopes is full.
		///
		/// ## Events
		/// [`Event::MemberKeyRotated`], after [`Event::RosterLeft`] if the old key was in the
		/// evaluators' roster (the new key is not: it enrols again) and
		/// [`Event::FormerEvaluatorRemoved`] if it was a former evaluator's.
		#[pallet::call_index(1)]
		#[pallet::weight(Pallet::<T>::rotate_weight())]
		pub fn rotate_member_key(
			origin: OriginFor<T>,
			new_key: MemberKey,
			possession: PossessionSignature,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_rotate_member_key(who, new_key, possession)
		}

		/// Withdraw the signer's member key from its rings and queues.
		///
		/// ## Origin
		/// Signed by the verified person's account that registered the key.
		///
		/// ## Errors
		/// - [`Error::NotVerified`], [`Error::NotFound`], [`Error::NoPermission`].
		///
		/// ## Events
		/// [`Event::MemberKeyRemoved`] with [`RemovalCause::Withdrawn`], after
		/// [`Event::RosterLeft`] if the key was in the evaluators' roster and
		/// [`Event::FormerEvaluatorRemoved`] if it was a former evaluator's.
		#[pallet::call_index(2)]
		#[pallet::weight(Pallet::<T>::remove_weight())]
		pub fn remove_member_key(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_remove_member_key(who)
		}

		/// Check the member `person_key` against its identity now: its key is removed if the
		/// account that registered it is no longer that person's verified adult account, and
		/// moves scopes if the person moved. Free when something changed.
		///
		/// ## Origin
		/// Signed by anyone.
		///
		/// ## Errors
		/// - [`Error::NotFound`]: no member key of that person.
		/// - [`Error::NothingToDo`]: the identity did not change (the fee is charged).
		///
		/// ## Events
		/// [`Event::MemberKeyRemoved`] ([`RemovalCause::NotVerified`], or
		/// [`RemovalCause::QueueFull`] for a move whose new queue is full; after
		/// [`Event::RosterLeft`] or [`Event::FormerEvaluatorRemoved`] if the key was an
		/// evaluator's or a former evaluator's), or
		/// [`Event::MemberMoved`].
		#[pallet::call_index(3)]
		#[pallet::weight(Pallet::<T>::refresh_weight())]
		pub fn refresh_member(
			origin: OriginFor<T>,
			person_key: PersonKey,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			Self::do_refresh_member(person_key)?;
			Ok(Pays::No.into())
		}

		/// Move a batch of the keys waiting in `scope`'s queue into its newest ring, or a new
		/// ring when the newest has no room for a batch. Free when keys moved.
		///
		/// ## Origin
		/// Signed by anyone.
		///
		/// ## Errors
		/// - [`Error::NothingToDo`]: no key waits.
		/// - [`Error::TooFewWaiting`]: fewer than the scope's `onboarding_size` keys wait.
		/// - [`Error::TooManyRings`]: the scope has `MaxRings` rings and the newest is full.
		///
		/// ## Events
		/// [`Event::RingOpened`] (when a ring opens), [`Event::KeysOnboarded`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::onboard(T::BuildBatch::get()))]
		pub fn onboard(origin: OriginFor<T>, scope: RingScope) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let moved = Self::do_onboard(scope)?;
			Ok(PostDispatchInfo {
				actual_weight: Some(T::WeightInfo::onboard(moved)),
				pays_fee: Pays::No,
			})
		}

		/// Absorb up to `BuildBatch` more keys into the builder of ring `index` of `scope`;
		/// when every key is absorbed, publish its next revision. Free when it made progress.
		///
		/// ## Origin
		/// Signed by anyone.
		///
		/// ## Errors
		/// - [`Error::NotFound`]: no such ring.
		/// - [`Error::NothingToDo`]: the ring's last revision is up to date.
		/// - [`Error::TooManyRevisions`]: the ring is built but keeps `MaxRevisionsKept`
		///   revisions, none past retention.
		///
		/// ## Events
		/// [`Event::RingBuildAdvanced`] or [`Event::RingPublished`] (and
		/// [`Event::RevisionPruned`] when the oldest revision had to make room).
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::build_ring(T::BuildBatch::get()))]
		pub fn build_ring(
			origin: OriginFor<T>,
			scope: RingScope,
			index: RingIndex,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let step = Self::do_build_step(scope, index)?;
			Ok(PostDispatchInfo {
				actual_weight: Some(T::WeightInfo::build_ring(step.absorbed)),
				pays_fee: Pays::No,
			})
		}

		/// Set the settings of the scopes of `kind`. Rings already published keep the
		/// usability they were published with; the new `min_ring_size` applies from their
		/// next revision.
		///
		/// ## Origin
		/// [`Config::AdminOrigin`].
		///
		/// ## Errors
		/// - [`Error::InvalidSettings`].
		///
		/// ## Events
		/// [`Event::ScopeSettingsSet`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::set_scope_settings())]
		pub fn set_scope_settings(
			origin: OriginFor<T>,
			kind: ScopeKind,
			settings: ScopeSettings,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(Self::settings_are_valid(&settings), Error::<T>::InvalidSettings);
			ScopeSettingsOf::<T>::insert(kind, settings);
			Self::deposit_event(Event::ScopeSettingsSet { kind, settings });
			Ok(())
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// The member key of `person_key`, and the ring that holds it in each of its scopes
		/// (`None` while it waits in that scope's queue).
		pub fn member(person_key: PersonKey) -> Option<MemberStatusOf<T>> {
			Self::member_status(person_key)
		}

		/// The member keys of `revision` of ring `index` of `scope`, in ring order: what a
		/// prover needs. `None` if that revision is not kept.
		pub fn ring_members(
			scope: RingScope,
			index: RingIndex,
			revision: RingRevision,
		) -> Option<Vec<MemberKey>> {
			Self::members_of_revision(scope, index, revision)
		}

		/// Up to [`RINGS_PAGE`] rings of `scope` from ring `start` on: their last revision, its
		/// members and usability, and their keys now.
		pub fn rings_of(scope: RingScope, start: RingIndex) -> Vec<RingSummary> {
			Self::ring_summaries(scope, start)
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The settings of the scopes of `kind`: those set, or the kind's default.
	pub fn settings_of(kind: ScopeKind) -> ScopeSettings {
		ScopeSettingsOf::<T>::get(kind).unwrap_or_else(|| match kind {
			ScopeKind::Municipality | ScopeKind::State | ScopeKind::National => {
				T::DefaultScopeSettings::get()
			},
			ScopeKind::Evaluators => T::DefaultRosterSettings::get(),
			ScopeKind::Panel => T::DefaultPanelSettings::get(),
			ScopeKind::FormerEvaluators => T::DefaultFormerEvaluatorSettings::get(),
		})
	}

	/// Whether `settings` are within the pallet's bounds.
	pub fn settings_are_valid(settings: &ScopeSettings) -> bool {
		let most = T::BuildBatch::get().min(T::MaxQueueLength::get());
		(1..=most).contains(&settings.onboarding_size)
			&& settings.min_ring_size <= T::MaxRingSize::get()
	}

	/// What taking a removed key out of the evaluators' roster and out of the former
	/// evaluators' rings costs at most: two removals, each bounded by the measured
	/// `leave_roster` (a removal from a full ring's first position).
	fn forget_evaluator_weight() -> Weight {
		T::WeightInfo::leave_roster().saturating_mul(2)
	}

	/// The declared weight of [`Pallet::refresh_member`] and of the identity hook: a removal
	/// (or a move that ends in one) also takes the key out of the evaluators' roster and the
	/// former evaluators' rings.
	pub fn refresh_weight() -> Weight {
		T::WeightInfo::refresh_member_removed()
			.max(T::WeightInfo::refresh_member_moved())
			.saturating_add(Self::forget_evaluator_weight())
	}

	/// The declared weight of [`Pallet::rotate_member_key`]: the old key also leaves the
	/// evaluators' roster and the former evaluators' rings.
	pub fn rotate_weight() -> Weight {
		T::WeightInfo::rotate_member_key().saturating_add(Self::forget_evaluator_weight())
	}

	/// The declared weight of [`Pallet::remove_member_key`]: the key also leaves the
	/// evaluators' roster and the former evaluators' rings.
	pub fn remove_weight() -> Weight {
		T::WeightInfo::remove_member_key().saturating_add(Self::forget_evaluator_weight())
	}
}

/// Other pallets verify membership proofs against the published revisions.
impl<T: Config> AnonymousMembership<BlockNumberFor<T>> for Pallet<T> {
	fn usable_ring(ring: &RingRef, snapshot: BlockNumberFor<T>) -> Result<u32, MembershipError> {
		Self::usable_revision(ring, snapshot).map(|record| record.len)
	}

	fn scope_is_usable(scope: &RingScope) -> bool {
		UsableRings::<T>::get(scope) > 0
	}

	fn verify(
		ring: &RingRef,
		snapshot: BlockNumberFor<T>,
		contexts: &[&[u8]],
		message: &[u8],
		proof: &[u8],
	) -> Result<Vec<bmx_primitives::anonymity::Alias>, MembershipError> {
		let record = Self::usable_revision(ring, snapshot)?;
		T::Crypto::verify_membership(T::Domain::get(), &record.root, proof, contexts, message)
	}

	fn verify_weight(contexts: u32) -> Weight {
		// Measured for one context; each further context is counted as a whole verification,
		// an upper bound (a context adds a hash to the curve and a scalar multiplication).
		T::WeightInfo::verify_proof().saturating_mul(u64::from(contexts.max(1)))
	}
}

/// Another pallet (the anonymous panels) chooses the keys of the evaluators' roster (and so of
/// the former evaluators) and of each panel's ring. A refusal is
/// [`MembershipError::UnknownRing`] whatever its reason (logged; [`Pallet::do_join_roster`],
/// [`Pallet::do_leave_roster`] and [`Pallet::do_form_panel`] tell it).
impl<T: Config> PanelRings<BlockNumberFor<T>> for Pallet<T> {
	fn join_roster(key: MemberKey) -> Result<(), MembershipError> {
		Self::do_join_roster(key).map_err(|error| features::panels::refused("join_roster", error))
	}

	fn leave_roster(key: &MemberKey) -> Result<(), MembershipError> {
		Self::do_leave_roster(key)
			.map(|_| ())
			.map_err(|error| features::panels::refused("leave_roster", error))
	}

	fn form_panel(panel: PanelId, keys: Vec<MemberKey>) -> Result<(), MembershipError> {
		Self::do_form_panel(panel, keys)
			.map_err(|error| features::panels::refused("form_panel", error))
	}

	fn panel_ring(panel: PanelId) -> Option<(RingRef, bool)> {
		Self::panel_ring_of(panel)
	}

	fn panel_min_members() -> u32 {
		Self::panel_min_ring_size()
	}

	fn dissolve_panel(panel: PanelId) {
		Self::do_dissolve_panel(panel);
	}

	fn form_panel_weight(keys: u32) -> Weight {
		// A longer list is refused before its keys are read.
		T::WeightInfo::form_panel(keys.min(T::MaxRingSize::get()))
	}

	fn dissolve_panel_weight() -> Weight {
		T::WeightInfo::dissolve_panel()
	}

	fn roster_change_weight() -> Weight {
		// `leave_roster` measures a leave that also queues the key for the former evaluators'
		// rings.
		T::WeightInfo::join_roster().max(T::WeightInfo::leave_roster())
	}
}

/// The member key a verified person registered, by its account.
impl<T: Config> MemberKeys<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn member_key(who: &T::AccountId) -> Option<(MemberKey, BlockNumberFor<T>)> {
		let person = T::Persons::person_key(who)?;
		let record = Members::<T>::get(person)?;
		(record.account == *who).then_some((record.key, record.registered_at))
	}
}

/// The identity pallet tells this pallet when a person changed.
impl<T: Config> IdentityHooks<T::AccountId> for Pallet<T> {
	fn on_organisation_revoked(
		_who: &T::AccountId,
		_key: &bmx_primitives::identity::OrganisationKey,
	) {
	}

	fn weight() -> Weight {
		Weight::zero()
	}

	fn on_person_changed(key: &PersonKey) {
		if !Members::<T>::contains_key(key) {
			return;
		}
		let result = frame_support::storage::with_storage_layer(|| Self::do_refresh_member(*key));
		if let Err(error) = result {
			if error != Error::<T>::NothingToDo.into() {
				log::warn!(
					target: LOG_TARGET,
					"refreshing the member key of {key:?} failed: {error:?}"
				);
			}
		}
	}

	fn person_changed_weight() -> Weight {
		Self::refresh_weight()
	}
}

/// The target of this pallet's log lines.
pub const LOG_TARGET: &str = "runtime::anonymity-rings";
