//! Runtime-level tests, one module per topic: genesis presets and version ([`genesis`]), nodes
//! and the validator set ([`nodes`]), the councils' decisions and their ways out of deadlocks
//! ([`councils`]), Root and runtime upgrades ([`root`]), equivocation reports
//! ([`equivocation`]), fees and their sponsors ([`fees`]), capital and feeless civic acts
//! ([`capital`]), the members' elections ([`members`]), the public services ([`services`]) and
//! the public registries' authorities ([`registries`]), the rings and secret ballots
//! ([`anonymity`]) and the anonymous evaluation panels ([`panels`]).
//!
//! Every flow ends with [`assert_invariants`]: with the `try-runtime` feature (scripts/test.sh
//! runs these tests so) it runs every pallet's `try_state` through `AllPalletsWithSystem`; in
//! any build it checks the invariants that span the governance pallets (and the registries'
//! reporting duties).

mod anonymity;
mod capital;
mod councils;
mod efirma;
mod equivocation;
mod fees;
mod genesis;
mod members;
mod nodes;
mod panels;
mod registries;
mod root;
mod services;
mod tenders;

use crate::{
	genesis_config_presets as presets, AccountId, AdvisoryCouncil, Aura, CollectiveRegistry,
	Councils, Grandpa, NodeCommission, Runtime, RuntimeCall, RuntimeEvent, RuntimeGenesisConfig,
	RuntimeOrigin, Session, SessionKeys, System,
};
use bmx_primitives::{
	governance::{ReportObligations, ReportSubject},
	DocumentHash,
};
use codec::Encode;
use frame_support::{
	assert_ok,
	dispatch::GetDispatchInfo,
	genesis_builder_helper::build_state,
	traits::{FindAuthor, OnFinalize, OnInitialize},
};
use pallet_governing_councils::{MotionKind, MotionOutcome};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::PresetId;
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_keystore::{testing::MemoryKeystore, KeystoreExt};
use sp_runtime::{
	traits::{Dispatchable, Hash},
	Digest, DigestItem,
};

/// Apply a JSON merge patch (RFC 7386), as the node does with a preset over the default config.
fn merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
			for (key, value) in patch {
				if value.is_null() {
					base.remove(&key);
				} else {
					merge(base.entry(key).or_insert(serde_json::Value::Null), value);
				}
			}
		},
		(base, patch) => *base = patch,
	}
}

/// Externalities holding the genesis state of a preset, with a keystore for session keys.
fn preset_ext(name: &str) -> sp_io::TestExternalities {
	let patch = presets::get_preset(&PresetId::from(name)).expect("the preset exists");
	genesis_ext(serde_json::from_slice(&patch).expect("the preset is JSON"))
}

/// Externalities holding the genesis state of `patch` over the default genesis config, as the
/// node builds it.
fn genesis_ext(patch: serde_json::Value) -> sp_io::TestExternalities {
	let mut config =
		serde_json::to_value(RuntimeGenesisConfig::default()).expect("the default serializes");
	merge(&mut config, patch);
	let config = serde_json::to_vec(&config).expect("JSON serializes");
	let mut ext = sp_io::TestExternalities::new_empty();
	ext.execute_with(|| {
		build_state::<RuntimeGenesisConfig>(config).expect("the preset builds a genesis state")
	});
	ext.register_extension(KeystoreExt::new(MemoryKeystore::new()));
	ext
}

fn aura_key(k: Sr25519Keyring) -> AuraId {
	k.public().into()
}

fn grandpa_key(k: Ed25519Keyring) -> GrandpaId {
	k.public().into()
}

fn aura_authorities() -> Vec<AuraId> {
	pallet_aura::Authorities::<Runtime>::get().into_inner()
}

fn grandpa_authorities() -> Vec<GrandpaId> {
	Grandpa::grandpa_authorities().into_iter().map(|(id, _)| id).collect()
}

/// Run block hooks of consensus-relevant pallets up to block `n` (inclusive).
fn run_to_block(n: u32) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		let parent = System::parent_hash();
		System::initialize(&next, &parent, &Default::default());
		Session::on_initialize(next);
		Aura::on_initialize(next);
		Grandpa::on_finalize(next);
		System::finalize();
	}
}

/// The members of a `pallet-collective` instance and its prime.
fn council_of<I: 'static>() -> (Vec<AccountId>, Option<AccountId>)
where
	Runtime: pallet_collective::Config<I>,
{
	(pallet_collective::Members::<Runtime, I>::get(), pallet_collective::Prime::<Runtime, I>::get())
}

/// Every pallet's invariants (their `try_state`, with the `try-runtime` feature), and the
/// invariants that span the governance pallets:
/// - every node, active or suspended, runs for an active member of its collective;
/// - every commissioner is an active member of the collective it represents;
/// - each `pallet-collective` council has exactly the seated members;
/// - every validator pallet-session will use has session keys;
/// - report obligations are exactly those of the current duties: members running nodes,
///   leaders, registered projects, commissions with a commissioner, a seated Secretary, an
///   Advisory Council with an advisor.
fn assert_invariants() {
	#[cfg(feature = "try-runtime")]
	{
		use frame_support::traits::{TryState, TryStateSelect};
		<crate::AllPalletsWithSystem as TryState<_>>::try_state(
			System::block_number(),
			TryStateSelect::All,
		)
		.expect("every pallet's invariants hold");
	}
	use bmx_primitives::governance::{CollectiveInspect, Commission};
	use pallet_governing_councils::Council;
	use std::collections::BTreeSet;

	let mut nodes: Vec<(AccountId, u32)> =
		pallet_node_integration::Validators::<Runtime>::get().into_iter().collect();
	nodes.extend(
		pallet_node_integration::SuspendedNodes::<Runtime>::iter().map(|(w, n)| (w, n.collective)),
	);
	for (who, collective) in &nodes {
		assert_eq!(
			CollectiveRegistry::active_collective_of(who),
			Some(*collective),
			"a node runs for an active member of its collective"
		);
	}
	for (commission, collective, seat) in
		pallet_governing_councils::Commissioners::<Runtime>::iter()
	{
		assert!(
			CollectiveRegistry::is_active_member_of(collective, &seat.who),
			"a {commission:?} commissioner is an active member of the collective it represents"
		);
	}
	use crate::configs::{
		AdvisoryCollective, NodeCommissionCollective, ProjectsCommissionCollective,
	};
	let secretary = pallet_governing_councils::ExecutiveSecretary::<Runtime>::get().map(|s| s.who);
	for (council, (members, prime)) in [
		(Council::Advisory, council_of::<AdvisoryCollective>()),
		(
			Council::Commission(Commission::NodeIntegration),
			council_of::<NodeCommissionCollective>(),
		),
		(Council::Commission(Commission::Projects), council_of::<ProjectsCommissionCollective>()),
	] {
		assert_eq!(members, Councils::council_members(council), "{council:?}: seated members");
		assert_eq!(prime, None, "{council:?}: no prime (abstentions count as nays)");
	}

	let mut duties = BTreeSet::new();
	for (who, _) in &nodes {
		duties.insert(ReportSubject::Member(who.clone()));
	}
	for leaders in pallet_collective_registry::Leaders::<Runtime>::iter_values() {
		for leader in leaders {
			duties.insert(ReportSubject::Leader(leader.who));
		}
	}
	for project in pallet_network_projects::Projects::<Runtime>::iter_keys() {
		duties.insert(ReportSubject::Project(project));
	}
	for (commission, _, _) in pallet_governing_councils::Commissioners::<Runtime>::iter() {
		duties.insert(ReportSubject::Commission(commission));
	}
	if secretary.is_some() {
		duties.insert(ReportSubject::Secretary);
	}
	if !pallet_governing_councils::Advisors::<Runtime>::get().is_empty() {
		duties.insert(ReportSubject::AdvisoryCouncil);
	}
	// The registries' duties: warehouses not revoked report their inventories; running
	// subsidy grants their maintenance.
	for (warehouse, info) in pallet_deposit_certificates::Warehouses::<Runtime>::iter() {
		if info.status != pallet_deposit_certificates::WarehouseStatus::Revoked {
			duties.insert(ReportSubject::Warehouse(warehouse));
		}
	}
	for (grant, info) in pallet_reforestation_subsidies::Grants::<Runtime>::iter() {
		if info.status == pallet_reforestation_subsidies::GrantStatus::Active {
			duties.insert(ReportSubject::SubsidyGrant(grant));
		}
	}
	for validator in Session::queued_keys().into_iter().map(|(v, _)| v) {
		assert!(
			pallet_session::NextKeys::<Runtime>::contains_key(&validator),
			"a queued validator has session keys"
		);
	}

	let obligations: BTreeSet<_> =
		pallet_duty_reports::Obligations::<Runtime>::iter_keys().collect();
	assert_eq!(obligations, duties, "report obligations are those of the current duties");
	for subject in &duties {
		assert!(<crate::Reports as ReportObligations<_, _>>::due(subject).is_some());
	}
}

/// Register the session keys of a dev seed (`//Eve`) for `who`, with a valid ownership proof.
fn register_dev_session_keys(who: &AccountId, seed: &str) -> SessionKeys {
	let generated = SessionKeys::generate(&who.encode(), Some(seed.as_bytes().to_vec()));
	assert_ok!(Session::set_keys(
		RuntimeOrigin::signed(who.clone()),
		generated.keys.clone(),
		generated.proof.encode()
	));
	generated.keys
}

/// The validators the collectives' node-integration procedure has in the set.
fn validators() -> Vec<AccountId> {
	pallet_node_integration::Validators::<Runtime>::get()
		.into_iter()
		.map(|(v, _)| v)
		.collect()
}

fn doc(n: u8) -> DocumentHash {
	DocumentHash::repeat_byte(n)
}

fn signed(k: Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(k.to_account_id())
}

/// Dispatch `call` as `origin` the way an extrinsic is dispatched: through the call filter.
fn dispatch(
	origin: RuntimeOrigin,
	call: RuntimeCall,
) -> sp_runtime::DispatchResultWithInfo<frame_support::dispatch::PostDispatchInfo> {
	call.dispatch(origin)
}

/// A motion of the `pallet-collective` council `I`: `proposer` proposes `call` with a threshold
/// of `voters`, each of them votes aye, and `proposer` closes it. Returns the motion's hash.
fn council_decides<I: 'static>(
	proposer: Sr25519Keyring,
	call: RuntimeCall,
	voters: &[Sr25519Keyring],
) -> sp_core::H256
where
	Runtime: pallet_collective::Config<I, Proposal = RuntimeCall>,
{
	type Council<I> = pallet_collective::Pallet<Runtime, I>;
	let length = call.encoded_size() as u32;
	let weight = call.get_dispatch_info().call_weight;
	let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
	let index = pallet_collective::ProposalCount::<Runtime, I>::get();
	assert_ok!(Council::<I>::propose(
		signed(proposer),
		voters.len() as u32,
		Box::new(call),
		length
	));
	for voter in voters {
		assert_ok!(Council::<I>::vote(signed(*voter), hash, index, true));
	}
	assert_ok!(Council::<I>::close(signed(proposer), hash, index, weight, length));
	hash
}

/// A motion of the node-integration commission (Alice, Bob, Charlie, Dave): Alice proposes, the
/// `voters` vote aye, Alice closes it. Returns the motion's hash.
fn node_commission_decides(call: RuntimeCall, voters: &[Sr25519Keyring]) -> sp_core::H256 {
	council_decides::<crate::configs::NodeCommissionCollective>(Sr25519Keyring::Alice, call, voters)
}

/// The account that authors `slot` according to the runtime: Aura's author index for the slot,
/// mapped to the validator account by the session (what `pallet-revive` uses as coinbase too).
fn author_of_slot(slot: u64) -> Option<AccountId> {
	let pre_digest = DigestItem::PreRuntime(
		sp_consensus_aura::AURA_ENGINE_ID,
		sp_consensus_aura::Slot::from(slot).encode(),
	);
	let digest = Digest { logs: vec![pre_digest] };
	pallet_session::FindAccountFromAuthorIndex::<Runtime, Aura>::find_author(
		digest.logs.iter().filter_map(|d| d.as_pre_runtime()),
	)
}

/// The slots of the next `n` blocks after the current one, as Aura assigns them: one per slot.
fn authors_of_next_slots(n: u64) -> Vec<AccountId> {
	let current: u64 = pallet_aura::CurrentSlot::<Runtime>::get().into();
	(1..=n).filter_map(|i| author_of_slot(current + i)).collect()
}

/// Move the block number forward by `blocks` without running hooks (for motions' durations).
fn skip_blocks(blocks: u32) {
	System::set_block_number(System::block_number() + blocks);
}

/// A `Councils` event of the last block's records.
fn councils_events() -> Vec<pallet_governing_councils::Event<Runtime>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Councils(e) => Some(e),
			_ => None,
		})
		.collect()
}

/// An Executive Council motion: `tabler` tables `call` as `kind`, each of `votes` votes, and
/// the motion is closed (after its voting period unless everyone voted). Returns the outcome
/// and, if the call was dispatched, its result.
fn executive_motion(
	tabler: Sr25519Keyring,
	kind: MotionKind,
	call: RuntimeCall,
	votes: &[(Sr25519Keyring, bool)],
) -> (MotionOutcome, Option<sp_runtime::DispatchResult>) {
	let length = call.encoded_size() as u32;
	let index = pallet_governing_councils::NextMotionIndex::<Runtime>::get();
	assert_ok!(Councils::table_motion(signed(tabler), kind, Box::new(call), length));
	for (voter, aye) in votes {
		assert_ok!(Councils::vote(signed(*voter), index, *aye));
	}
	if Councils::close(signed(tabler), index).is_err() {
		skip_blocks(<Runtime as pallet_governing_councils::Config>::MotionDuration::get());
		assert_ok!(Councils::close(signed(tabler), index));
	}
	let events = councils_events();
	let outcome = events
		.iter()
		.rev()
		.find_map(|e| match e {
			pallet_governing_councils::Event::MotionClosed { index: i, outcome, .. }
				if *i == index =>
			{
				Some(*outcome)
			},
			_ => None,
		})
		.expect("the motion closed");
	let result = events.iter().rev().find_map(|e| match e {
		pallet_governing_councils::Event::MotionExecuted { index: i, result, .. }
			if *i == index =>
		{
			Some(*result)
		},
		_ => None,
	});
	(outcome, result)
}

/// An ordinary decision of the Executive Council with every founding seat voting aye: the
/// Secretary (Eve) tables `call`. Asserts that the call was dispatched and succeeded.
fn executive_decides(call: RuntimeCall) {
	let votes: Vec<_> = EXECUTIVES.iter().map(|k| (*k, true)).collect();
	let (outcome, result) =
		executive_motion(Sr25519Keyring::Eve, MotionKind::Ordinary, call, &votes);
	assert_eq!(outcome, MotionOutcome::Approved);
	assert_eq!(result, Some(Ok(())));
}

/// The founding commissioners of the presets (the Secretary is Eve).
const EXECUTIVES: [Sr25519Keyring; 8] = {
	use Sr25519Keyring::*;
	[Alice, AliceStash, Bob, BobStash, Charlie, CharlieStash, Dave, DaveStash]
};

/// The founding advisors of the presets.
const ADVISORS: [Sr25519Keyring; 3] = {
	use Sr25519Keyring::*;
	[Ferdie, EveStash, FerdieStash]
};

/// A motion of the Advisory Council: the first of `voters` proposes `call` with a threshold of
/// all of them, each votes aye, and it is closed (a threshold of one executes at once, with a
/// single member's origin). Returns the dispatch result, if any.
fn advisory_motion(
	call: RuntimeCall,
	voters: &[Sr25519Keyring],
) -> Option<sp_runtime::DispatchResult> {
	let length = call.encoded_size() as u32;
	let weight = call.get_dispatch_info().call_weight;
	let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
	let index =
		pallet_collective::ProposalCount::<Runtime, crate::configs::AdvisoryCollective>::get();
	let proposer = voters[0];
	assert_ok!(AdvisoryCouncil::propose(
		signed(proposer),
		voters.len() as u32,
		Box::new(call),
		length
	));
	if voters.len() > 1 {
		for voter in voters {
			assert_ok!(AdvisoryCouncil::vote(signed(*voter), hash, index, true));
		}
		assert_ok!(AdvisoryCouncil::close(signed(proposer), hash, index, weight, length));
	}
	System::events().into_iter().rev().find_map(|r| match r.event {
		RuntimeEvent::AdvisoryCouncil(pallet_collective::Event::Executed {
			proposal_hash,
			result,
		}) if proposal_hash == hash => Some(result),
		_ => None,
	})
}

/// `call` dispatched as Root the only way the runtime allows: the Executive Council whitelists
/// its hash (every seat aye), the Advisory Council dispatches it (every advisor aye). Returns
/// the Root call's own result.
fn as_governed_root(
	call: RuntimeCall,
) -> sp_runtime::DispatchResultWithInfo<frame_support::dispatch::PostDispatchInfo> {
	let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
	executive_decides(RuntimeCall::Whitelist(pallet_whitelist::Call::whitelist_call {
		call_hash: hash,
	}));
	let dispatched = advisory_motion(
		RuntimeCall::Whitelist(pallet_whitelist::Call::dispatch_whitelisted_call_with_preimage {
			call: Box::new(call),
		}),
		&ADVISORS,
	);
	assert_eq!(dispatched, Some(Ok(())), "the Advisory Council's dispatch ran");
	System::events()
		.into_iter()
		.rev()
		.find_map(|r| match r.event {
			RuntimeEvent::Whitelist(pallet_whitelist::Event::WhitelistedCallDispatched {
				call_hash,
				result,
			}) if call_hash == hash => Some(result),
			_ => None,
		})
		.expect("the whitelisted call was dispatched")
}
