//! Consensus: the validator set (`pallet-session`, fed by `NodeIntegration`), Aura block
//! production, GRANDPA finality, and the equivocation reports that take an offender out.
//!
//! A GRANDPA equivocation (two votes of one authority in one round) is detected by the nodes'
//! GRANDPA voters, which submit the proof as an unsigned `Grandpa::report_equivocation_unsigned`
//! with a key-ownership proof from `Historical`. An Aura equivocation (two blocks of one author
//! in one slot) is reported by every node's own reporter (`node/src/equivocation.rs`) as an
//! unsigned `AuraEquivocation::report_equivocation_unsigned`, and by anyone with the two headers
//! as a signed `AuraEquivocation::report_equivocation`; the key-ownership proof comes from the
//! runtime API `AuraEquivocationApi`. `Offences` records it once and hands it to
//! `NodeIntegration` ([`pallet_node_integration`]'s `OnOffenceHandler`), which suspends the node
//! (or flags it when the set is at its minimum) for the node commission to review.

use frame_support::{
	parameter_types,
	traits::{ConstBool, ConstU32, ConstU64},
};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::traits::ConvertInto;
use sp_staking::SessionIndex;

use super::MAX_AUTHORITIES;
use crate::*;
use pallet_node_integration::SessionLengthOf;

/// Sessions whose validator sets are kept for equivocation proofs: a week.
pub const KEPT_SESSIONS: SessionIndex = 7 * DAYS / SESSION_PERIOD;
/// Blocks an equivocation report stays valid: the sessions kept.
const REPORT_LONGEVITY: u64 = KEPT_SESSIONS as u64 * SESSION_PERIOD as u64;

parameter_types! {
	/// An equivocation report stays valid in the pool while its session is kept.
	pub const ReportLongevity: u64 = REPORT_LONGEVITY;
	pub const SessionOffset: BlockNumber = 0;
	/// Held from a validator's account while its session keys are registered.
	pub const SessionKeyDeposit: Balance = UNIT;
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	/// Sessions of [`SESSION_PERIOD`] blocks, or of the length a test network's genesis sets
	/// (`pallet_node_integration::SessionLength`).
	type ShouldEndSession =
		pallet_session::PeriodicSessions<SessionLengthOf<Runtime>, SessionOffset>;
	type NextSessionRotation =
		pallet_session::PeriodicSessions<SessionLengthOf<Runtime>, SessionOffset>;
	/// The collectives' node-integration procedure decides the validator set; every session's
	/// set is kept (for [`KEPT_SESSIONS`]) so that equivocations can be proven against it.
	type SessionManager = pallet_session::historical::NoteHistoricalRoot<
		Runtime,
		KeepRecentSessions<NodeIntegration>,
	>;
	type SessionHandler = <SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type KeyDeposit = SessionKeyDeposit;
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<MAX_AUTHORITIES>;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = ConstU64<SLOT_DURATION>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<MAX_AUTHORITIES>;
	type MaxNominators = ConstU32<0>;
	/// GRANDPA keeps the session of each authority set as long as the sessions are kept.
	type MaxSetIdSessionEntries = ConstU64<{ KEPT_SESSIONS as u64 }>;
	/// Equivocations are proven against the historical session that held the key.
	type KeyOwnerProof = sp_session::MembershipProof;
	/// A proven equivocation goes to `Offences`, whose handler (`NodeIntegration`) suspends
	/// the offending node for the node commission to review.
	type EquivocationReportSystem =
		pallet_grandpa::EquivocationReportSystem<Self, Offences, Historical, ReportLongevity>;
}

impl pallet_session::historical::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	/// Validators have no stake: an account identifies them fully.
	type FullIdentification = ();
	type FullIdentificationOf = pallet_node_integration::UnitIdentification;
}

/// `NodeIntegration`'s sessions, with the historical roots older than [`KEPT_SESSIONS`] pruned
/// as each session starts, so that `Historical` stays bounded.
pub struct KeepRecentSessions<Inner>(core::marker::PhantomData<Inner>);

impl<Inner: pallet_session::SessionManager<AccountId>> pallet_session::SessionManager<AccountId>
	for KeepRecentSessions<Inner>
{
	fn new_session(new_index: SessionIndex) -> Option<alloc::vec::Vec<AccountId>> {
		Inner::new_session(new_index)
	}
	fn new_session_genesis(new_index: SessionIndex) -> Option<alloc::vec::Vec<AccountId>> {
		Inner::new_session_genesis(new_index)
	}
	fn end_session(end_index: SessionIndex) {
		Inner::end_session(end_index)
	}
	fn start_session(start_index: SessionIndex) {
		Historical::prune_up_to(start_index.saturating_sub(KEPT_SESSIONS));
		Inner::start_session(start_index)
	}
}

impl<Inner: pallet_session::historical::SessionManager<AccountId, ()>>
	pallet_session::historical::SessionManager<AccountId, ()> for KeepRecentSessions<Inner>
{
	fn new_session(new_index: SessionIndex) -> Option<alloc::vec::Vec<(AccountId, ())>> {
		<Inner as pallet_session::historical::SessionManager<_, _>>::new_session(new_index)
	}
	fn new_session_genesis(new_index: SessionIndex) -> Option<alloc::vec::Vec<(AccountId, ())>> {
		<Inner as pallet_session::historical::SessionManager<_, _>>::new_session_genesis(new_index)
	}
	fn end_session(end_index: SessionIndex) {
		<Inner as pallet_session::historical::SessionManager<_, _>>::end_session(end_index)
	}
	fn start_session(start_index: SessionIndex) {
		Historical::prune_up_to(start_index.saturating_sub(KEPT_SESSIONS));
		<Inner as pallet_session::historical::SessionManager<_, _>>::start_session(start_index)
	}
}

impl pallet_authorship::Config for Runtime {
	/// The author of a block, from its Aura pre-digest: the reporter of an equivocation.
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Self, Aura>;
	type EventHandler = ();
}

impl pallet_offences::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type IdentificationTuple = pallet_session::historical::IdentificationTuple<Self>;
	/// A proven offence suspends the node (`NodeIntegration`).
	type OnOffenceHandler = NodeIntegration;
}

impl<LocalCall> frame_system::offchain::CreateTransactionBase<LocalCall> for Runtime
where
	RuntimeCall: From<LocalCall>,
{
	type Extrinsic = UncheckedExtrinsic;
	type RuntimeCall = RuntimeCall;
}

/// Unsigned equivocation reports, which the nodes' GRANDPA voters submit.
impl<LocalCall> frame_system::offchain::CreateBare<LocalCall> for Runtime
where
	RuntimeCall: From<LocalCall>,
{
	fn create_bare(call: RuntimeCall) -> UncheckedExtrinsic {
		sp_runtime::generic::UncheckedExtrinsic::new_bare(call).into()
	}
}

impl pallet_aura_equivocation::Config for Runtime {
	type AuthorityId = AuraId;
	type KeyOwnerProof = sp_session::MembershipProof;
	/// A proven Aura equivocation goes to `Offences`, like GRANDPA's.
	type EquivocationReportSystem = pallet_aura_equivocation::EquivocationReportSystem<
		Self,
		Offences,
		Historical,
		ReportLongevity,
	>;
	type WeightInfo = pallet_aura_equivocation::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = AuraEquivocationBenchmarkHelper;
}

/// Makes a key the Aura key of the first validator of the current session, for the
/// benchmarks of Aura equivocation reports.
#[cfg(feature = "runtime-benchmarks")]
pub struct AuraEquivocationBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_aura_equivocation::BenchmarkHelper<AuraId, sp_session::MembershipProof>
	for AuraEquivocationBenchmarkHelper
{
	fn key_owner_proof(key: &AuraId) -> sp_session::MembershipProof {
		use frame_support::traits::KeyOwnerProofSystem;
		use sp_runtime::RuntimeAppPublic;
		let validator = Session::validators()
			.into_iter()
			.next()
			.expect("the benchmark genesis has a validator; qed");
		let mut keys = pallet_session::NextKeys::<Runtime>::get(&validator)
			.expect("a validator has session keys; qed");
		keys.aura = key.clone();
		pallet_session::NextKeys::<Runtime>::insert(&validator, keys);
		pallet_session::KeyOwner::<Runtime>::insert((AuraId::ID, key.to_raw_vec()), validator);
		Historical::prove((AuraId::ID, key.clone())).expect("the key is a current validator's; qed")
	}
}
