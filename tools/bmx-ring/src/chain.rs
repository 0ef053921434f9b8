//! The chain, read and written through a node with the runtime's own types: the pallets' view
//! functions (`RuntimeViewFunction_execute_view_function`), their storage, the pool's
//! validation (`TaggedTransactionQueue_validate_transaction`), submission and events.
//!
//! Every value is encoded and decoded with the types of the `bmx-runtime` crate this tool was
//! built with: a node running another runtime version may answer in another layout (the tool
//! warns when the node's `spec_version` differs).

use bmx_primitives::anonymity::{Alias, PanelId, RingIndex, RingRef, RingRevision, RingScope};
use bmx_runtime::{AccountId, Runtime, RuntimeCall, RuntimeEvent, TxExtension, UncheckedExtrinsic};
use codec::{Decode, DecodeAll, Encode};
use frame_support::view_functions::{ViewFunction, ViewFunctionDispatchError};
use pallet_anonymity_rings::{RingMembersViewFunction, RingsOfViewFunction, RINGS_PAGE};
use pallet_anonymous_panels::{
	Commitment, PanelOf, PanelViewFunction, PseudonymContextViewFunction, PseudonymOf,
	PseudonymViewFunction, Salt, Score, SelectionsOf, SelectionsViewFunction,
	TicketContextViewFunction,
};
use pallet_secret_ballots::{
	BallotOf, BallotViewFunction, ChoicesOf, ProofOf, VoteContextViewFunction, VoteOfViewFunction,
	VoteRecordOf,
};
use serde_json::json;
use sp_runtime::{
	generic::Era,
	transaction_validity::{TransactionSource, TransactionValidity},
};

use crate::{
	encoding::to_hex,
	error::{input, Failure, Result},
	ring::{RingHead, RingSource, Window},
	rpc::{Node, RpcError},
	MemberKey,
};

/// How often a transaction that left the node's pool while still valid is sent again before the
/// client gives up and says so (a fork-aware pool may drop a valid transaction under load).
pub const RESENDS: u32 = 3;

/// The ring domain of the runtime's rings: what proofs are made on.
pub fn ring_domain() -> verifiable::ring::RingDomainSize {
	<<Runtime as pallet_anonymity_rings::Config>::Domain as frame_support::traits::Get<_>>::get()
}

/// The most choices one vote may carry in this runtime.
pub fn max_choices() -> u32 {
	<<Runtime as pallet_secret_ballots::Config>::MaxChoices as frame_support::traits::Get<u32>>::get(
	)
}

/// How many evaluators a panel of this runtime selects (`AnonymousPanels`' `PanelSize`).
pub fn panel_size() -> u32 {
	<<Runtime as pallet_anonymous_panels::Config>::PanelSize as frame_support::traits::Get<u32>>::get()
}

/// The most options a panel of this runtime scores (`AnonymousPanels`' `MaxOptions`).
pub fn max_panel_options() -> u32 {
	<<Runtime as pallet_anonymous_panels::Config>::MaxOptions as frame_support::traits::Get<u32>>::get()
}

/// The runtime's `spec_version` this tool encodes for.
pub fn spec_version() -> u32 {
	bmx_runtime::VERSION.spec_version
}

/// A node of the chain, and the block whose state the ballot and rings are read at.
pub struct Chain {
	node: Node,
	/// The best block when the tool connected: reads of the ballot and rings are made there,
	/// and the vote is validated there.
	at: [u8; 32],
}

/// The chain's answer to `validate_transaction`.
pub type Validity = TransactionValidity;

/// Connects to the node at `url`, with a note when its runtime is not the one this tool was
/// built for.
pub fn connect(url: &str) -> Result<(Chain, Vec<String>)> {
	let chain = Chain::connect(Node::new(url, crate::cli::RPC_TIMEOUT))?;
	let mut notes = Vec::new();
	let node_spec = chain.node_spec_version()?;
	if node_spec != spec_version() {
		notes.push(format!(
			"the node runs spec_version {node_spec}, this tool was built for {}: if anything \
			 fails to decode, use a bmx-ring built from the node's runtime",
			spec_version()
		));
	}
	Ok((chain, notes))
}

impl Chain {
	/// Connects to the node at `url`, at its best block.
	pub fn connect(node: Node) -> Result<Self> {
		let at = node
			.block_hash(None)?
			.ok_or_else(|| Failure::Rpc("chain_getBlockHash: the node has no best block".into()))?;
		Ok(Self { node, at })
	}

	/// The node.
	pub fn node(&self) -> &Node {
		&self.node
	}

	/// The block reads are made at.
	pub fn at(&self) -> [u8; 32] {
		self.at
	}

	/// The number of the block reads are made at.
	pub fn number(&self) -> Result<u32> {
		self.node.block_number(&self.at)?.ok_or_else(|| {
			Failure::Rpc("chain_getHeader: the node forgot the block it named best".into())
		})
	}

	/// The node's best block now: its number and hash.
	pub fn best(&self) -> Result<(u32, [u8; 32])> {
		let hash = self
			.node
			.block_hash(None)?
			.ok_or_else(|| Failure::Rpc("chain_getBlockHash: the node has no best block".into()))?;
		let number = self
			.node
			.block_number(&hash)?
			.ok_or_else(|| Failure::Rpc("chain_getHeader: no header for the best block".into()))?;
		Ok((number, hash))
	}

	/// The node's runtime `spec_version`.
	pub fn node_spec_version(&self) -> Result<u32> {
		let version = self.node.call("state_getRuntimeVersion", json!([to_hex(&self.at)]))?;
		version
			.get("specVersion")
			.and_then(serde_json::Value::as_u64)
			.and_then(|v| u32::try_from(v).ok())
			.ok_or_else(|| Failure::Rpc("state_getRuntimeVersion: no specVersion".into()))
	}

	/// Runs a view function: at the node's best block now when `latest`, else at the
	/// connection's block.
	fn view<V>(&self, query: V, latest: bool) -> Result<V::ReturnType>
	where
		V: ViewFunction + Encode,
		V::ReturnType: Decode,
	{
		self.view_at(query, (!latest).then_some(&self.at))
	}

	/// Runs a view function at block `at`, or at the node's best block now.
	fn view_at<V>(&self, query: V, at: Option<&[u8; 32]>) -> Result<V::ReturnType>
	where
		V: ViewFunction + Encode,
		V::ReturnType: Decode,
	{
		let what = core::any::type_name::<V>().rsplit("::").next().unwrap_or("view function");
		let input = (V::id(), query.encode()).encode();
		let output =
			self.node.state_call("RuntimeViewFunction_execute_view_function", &input, at)?;
		let answer = core::result::Result::<Vec<u8>, ViewFunctionDispatchError>::decode_all(
			&mut &output[..],
		)
		.map_err(|e| Failure::Rpc(format!("{what}: undecodable answer ({e})")))?;
		let bytes = answer.map_err(|e| {
			Failure::Rpc(format!(
				"{what}: the runtime has no such view function ({e:?}): a node of another \
				 runtime (this tool encodes for spec_version {})",
				spec_version()
			))
		})?;
		V::ReturnType::decode_all(&mut &bytes[..]).map_err(|e| {
			Failure::Rpc(format!(
				"{what}: the answer does not decode as this tool's type ({e}): a node of another \
				 runtime?"
			))
		})
	}

	/// The ballot `ballot_id`.
	pub fn ballot(&self, ballot_id: u32) -> Result<Option<BallotOf<Runtime>>> {
		self.view(BallotViewFunction::<Runtime>::new(ballot_id), false)
	}

	/// The context the chain verifies a vote in `ballot_id` for.
	pub fn vote_context(&self, ballot_id: u32) -> Result<[u8; 32]> {
		self.view(VoteContextViewFunction::<Runtime>::new(ballot_id), false)
	}

	/// The recorded vote of `alias` in `ballot_id`, at the node's best block now.
	pub fn vote_of(&self, ballot_id: u32, alias: Alias) -> Result<Option<VoteRecordOf<Runtime>>> {
		self.view(VoteOfViewFunction::<Runtime>::new(ballot_id, alias), true)
	}

	/// The panel `panel` (`AnonymousPanels.panel`).
	pub fn panel(&self, panel: PanelId) -> Result<Option<PanelOf<Runtime>>> {
		self.view(PanelViewFunction::<Runtime>::new(panel), false)
	}

	/// The context the chain verifies tickets of `panel`'s current round for, while it draws
	/// tickets (`AnonymousPanels.ticket_context`).
	pub fn ticket_context(&self, panel: PanelId) -> Result<Option<[u8; 32]>> {
		self.view(TicketContextViewFunction::<Runtime>::new(panel), false)
	}

	/// The context the chain verifies pseudonyms for (`AnonymousPanels.pseudonym_context`).
	pub fn pseudonym_context(&self) -> Result<[u8; 32]> {
		self.view(PseudonymContextViewFunction::<Runtime>::new(), false)
	}

	/// The selected evaluators of `panel`'s current round, lowest ticket first, at block `at`
	/// or at the node's best block now (`AnonymousPanels.selections`).
	pub fn selections(
		&self,
		panel: PanelId,
		at: Option<&[u8; 32]>,
	) -> Result<SelectionsOf<Runtime>> {
		self.view_at(SelectionsViewFunction::<Runtime>::new(panel), at)
	}

	/// The record of `pseudonym`, if it appeared (`AnonymousPanels.pseudonym`).
	pub fn pseudonym(&self, pseudonym: Alias) -> Result<Option<PseudonymOf<Runtime>>> {
		self.view(PseudonymViewFunction::<Runtime>::new(pseudonym), false)
	}

	/// The published revision of `panel`'s ring and whether it is usable, as the rings pallet
	/// answers the panels pallet (`PanelRings::panel_ring`: ring 0 of
	/// `RingScope::Panel(panel)`, once a revision was published); `None` before its first
	/// build, or once dissolved.
	pub fn panel_ring(&self, panel: PanelId) -> Result<Option<(RingRef, bool)>> {
		let scope = RingScope::Panel(panel);
		let rings = self.view(RingsOfViewFunction::<Runtime>::new(scope, 0), false)?;
		Ok(rings
			.into_iter()
			.find(|ring| ring.index == 0 && ring.revision > 0)
			.map(|ring| (RingRef { scope, index: 0, revision: ring.revision }, ring.usable)))
	}

	/// Asks the node's runtime whether its pool would take `extrinsic` at the connection's
	/// block (`TaggedTransactionQueue_validate_transaction`, as from the network).
	pub fn validate(&self, extrinsic: &UncheckedExtrinsic, latest: bool) -> Result<Validity> {
		let at = if latest {
			self.node
				.block_hash(None)?
				.ok_or_else(|| Failure::Rpc("no best block".into()))?
		} else {
			self.at
		};
		let input = (TransactionSource::External, extrinsic, at).encode();
		let output = self.node.state_call(
			"TaggedTransactionQueue_validate_transaction",
			&input,
			Some(&at),
		)?;
		Validity::decode_all(&mut &output[..])
			.map_err(|e| Failure::Rpc(format!("validate_transaction: undecodable answer ({e})")))
	}

	/// Sends `bytes` (`author_submitExtrinsic`): its hash, or the pool's error.
	pub fn submit(&self, bytes: &[u8]) -> Result<core::result::Result<[u8; 32], RpcError>> {
		match self.node.try_call("author_submitExtrinsic", json!([to_hex(bytes)]))? {
			Ok(hash) => crate::rpc::submitted_hash(&hash).map(Ok),
			Err(error) => Ok(Err(error)),
		}
	}

	/// Whether `bytes` waits in the node's pool (`author_pendingExtrinsics`).
	pub fn is_pending(&self, bytes: &[u8]) -> Result<bool> {
		let pending = self.node.call("author_pendingExtrinsics", json!([]))?;
		let wanted = to_hex(bytes);
		Ok(pending
			.as_array()
			.is_some_and(|list| list.iter().any(|item| item.as_str() == Some(wanted.as_str()))))
	}

	/// The events of block `hash`, decoded with the runtime's types.
	pub fn events(
		&self,
		hash: &[u8; 32],
	) -> Result<Vec<frame_system::EventRecord<RuntimeEvent, bmx_runtime::Hash>>> {
		let key = [sp_crypto_hashing::twox_128(b"System"), sp_crypto_hashing::twox_128(b"Events")]
			.concat();
		let Some(bytes) = self.node.storage(&key, hash)? else { return Ok(Vec::new()) };
		Vec::<frame_system::EventRecord<RuntimeEvent, bmx_runtime::Hash>>::decode_all(
			&mut &bytes[..],
		)
		.map_err(|e| {
			Failure::Rpc(format!("System.Events: undecodable with this tool's types ({e})"))
		})
	}
}

impl RingSource for Chain {
	fn rings(&self, scope: &RingScope) -> Result<Vec<RingHead>> {
		let mut heads = Vec::new();
		loop {
			let start = u32::try_from(heads.len()).unwrap_or(u32::MAX);
			let page = self.view(RingsOfViewFunction::<Runtime>::new(*scope, start), false)?;
			let full = page.len() >= RINGS_PAGE as usize;
			heads.extend(
				page.into_iter()
					.map(|ring| RingHead { index: ring.index, revision: ring.revision }),
			);
			if !full {
				return Ok(heads);
			}
		}
	}

	fn window(
		&self,
		scope: &RingScope,
		index: RingIndex,
		revision: RingRevision,
	) -> Result<Option<Window>> {
		let key =
			pallet_anonymity_rings::Roots::<Runtime>::hashed_key_for((*scope, index, revision));
		let Some(bytes) = self.node.storage(&key, &self.at)? else { return Ok(None) };
		let record =
			pallet_anonymity_rings::RootRecordOf::<Runtime>::decode_all(&mut &bytes[..])
				.map_err(|e| Failure::Rpc(format!("AnonymityRings.Roots: undecodable ({e})")))?;
		Ok(Some(Window {
			valid_from: record.valid_from,
			valid_until: record.valid_until,
			usable: record.usable,
			len: record.len,
		}))
	}

	fn members(
		&self,
		scope: &RingScope,
		index: RingIndex,
		revision: RingRevision,
	) -> Result<Option<Vec<MemberKey>>> {
		self.view(RingMembersViewFunction::<Runtime>::new(*scope, index, revision), false)
	}
}

/// `call` as a v5 general transaction (no signer) with the runtime's transaction extensions:
/// immortal, nonce 0, tip 0. The call's authorization (`frame_system::AuthorizeCall`) is what
/// lets it in: a vote's, ticket's or settlement's proof, a reveal's salt. For a non-signed
/// origin the nonce and payment extensions do nothing.
pub fn general_extrinsic(call: RuntimeCall) -> UncheckedExtrinsic {
	let extension: TxExtension = (
		frame_system::AuthorizeCall::<Runtime>::new(),
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(Era::Immortal),
		frame_system::CheckNonce::<Runtime>::from(0),
		frame_system::CheckWeight::<Runtime>::new(),
		pallet_skip_feeless_payment::SkipCheckIfFeeless::from(
			pallet_fee_sponsorship::ChargeSponsored::<Runtime>::from(0),
		),
		pallet_revive::evm::tx_extension::SetOrigin::<Runtime>::default(),
		frame_system::WeightReclaim::<Runtime>::new(),
	);
	sp_runtime::generic::UncheckedExtrinsic::new_transaction(call, extension).into()
}

/// The vote as the runtime's extrinsic: `SecretBallots.cast_secret_vote` as a
/// [`general_extrinsic`].
pub fn vote_extrinsic(
	ballot_id: u32,
	ring: RingRef,
	alias: Alias,
	choices: &[u32],
	proof: Vec<u8>,
) -> Result<UncheckedExtrinsic> {
	let count = choices.len();
	let choices = ChoicesOf::<Runtime>::try_from(choices.to_vec()).map_err(|_| {
		input("--choice", format!("{count} choices; this runtime takes at most {}", max_choices()))
	})?;
	let length = proof.len();
	let proof = ProofOf::<Runtime>::try_from(proof).map_err(|_| {
		Failure::Input(format!("the proof is {length} bytes, more than the chain takes"))
	})?;
	Ok(general_extrinsic(RuntimeCall::SecretBallots(
		pallet_secret_ballots::Call::cast_secret_vote { ballot_id, ring, alias, choices, proof },
	)))
}

/// A panel proof in the bound the runtime takes.
fn panel_proof(proof: Vec<u8>) -> Result<pallet_anonymous_panels::ProofOf<Runtime>> {
	let length = proof.len();
	pallet_anonymous_panels::ProofOf::<Runtime>::try_from(proof).map_err(|_| {
		Failure::Input(format!("the proof is {length} bytes, more than the chain takes"))
	})
}

/// Scores in the bound the runtime takes.
fn panel_scores(scores: &[Score]) -> Result<pallet_anonymous_panels::ScoresOf<Runtime>> {
	let count = scores.len();
	pallet_anonymous_panels::ScoresOf::<Runtime>::try_from(scores.to_vec()).map_err(|_| {
		input(
			"--score",
			format!("{count} scores; this runtime's panels score at most {}", max_panel_options()),
		)
	})
}

/// A ticket as the runtime's extrinsic: `AnonymousPanels.submit_ticket` as a
/// [`general_extrinsic`].
pub fn ticket_extrinsic(
	panel: PanelId,
	ring: RingRef,
	ticket: Alias,
	pseudonym: Alias,
	commitment: Commitment,
	proof: Vec<u8>,
) -> Result<UncheckedExtrinsic> {
	let proof = panel_proof(proof)?;
	Ok(general_extrinsic(RuntimeCall::AnonymousPanels(
		pallet_anonymous_panels::Call::submit_ticket {
			panel,
			ring,
			ticket,
			pseudonym,
			commitment,
			proof,
		},
	)))
}

/// A reveal as the runtime's extrinsic: `AnonymousPanels.reveal_scores` as a
/// [`general_extrinsic`].
pub fn reveal_extrinsic(
	panel: PanelId,
	ticket: Alias,
	scores: &[Score],
	salt: Salt,
) -> Result<UncheckedExtrinsic> {
	let scores = panel_scores(scores)?;
	Ok(general_extrinsic(RuntimeCall::AnonymousPanels(
		pallet_anonymous_panels::Call::reveal_scores { panel, ticket, scores, salt },
	)))
}

/// A settlement as the runtime's extrinsic: `AnonymousPanels.settle_pseudonym` as a
/// [`general_extrinsic`].
pub fn settlement_extrinsic(
	ring: RingRef,
	at: u32,
	pseudonym: Alias,
	to: AccountId,
	close: bool,
	proof: Vec<u8>,
) -> Result<UncheckedExtrinsic> {
	let proof = panel_proof(proof)?;
	Ok(general_extrinsic(RuntimeCall::AnonymousPanels(
		pallet_anonymous_panels::Call::settle_pseudonym { ring, at, pseudonym, to, close, proof },
	)))
}

/// The first event among `events` that `wanted` picks, and the index of the extrinsic that
/// emitted it.
pub fn find_event(
	events: &[frame_system::EventRecord<RuntimeEvent, bmx_runtime::Hash>],
	wanted: impl Fn(&RuntimeEvent) -> bool,
) -> Option<(Option<u32>, &RuntimeEvent)> {
	events.iter().find(|record| wanted(&record.event)).map(|record| {
		let index = match record.phase {
			frame_system::Phase::ApplyExtrinsic(index) => Some(index),
			_ => None,
		};
		(index, &record.event)
	})
}

/// The `SecretVoteCast` of `alias` in `ballot_id` among `events`, and the index of the
/// extrinsic that emitted it.
pub fn find_vote_event(
	events: &[frame_system::EventRecord<RuntimeEvent, bmx_runtime::Hash>],
	ballot_id: u32,
	alias: &Alias,
) -> Option<(Option<u32>, u64)> {
	let (index, event) = find_event(events, |event| {
		matches!(
			event,
			RuntimeEvent::SecretBallots(pallet_secret_ballots::Event::SecretVoteCast {
				ballot_id: id,
				alias: cast,
				..
			}) if *id == ballot_id && cast == alias
		)
	})?;
	match event {
		RuntimeEvent::SecretBallots(pallet_secret_ballots::Event::SecretVoteCast {
			moment,
			..
		}) => Some((index, *moment)),
		_ => None,
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use bmx_primitives::anonymity::RingScope;
	use codec::DecodeAll;
	use frame_support::traits::PalletInfo as _;
	use sp_runtime::{
		transaction_validity::{InvalidTransaction, TransactionValidityError},
		BuildStorage,
	};

	fn sample() -> UncheckedExtrinsic {
		let ring = RingRef { scope: RingScope::National, index: 0, revision: 1 };
		vote_extrinsic(0, ring, [7; 32], &[1, 2], vec![5; 785]).unwrap()
	}

	#[test]
	fn a_vote_is_a_general_transaction_with_no_signer_and_no_fee() {
		let bytes = sample().encode();
		// Past the length prefix: v5 general, extension version 0, then the only explicit
		// extension bytes (immortal era, nonce 0, tip 0), then SecretBallots.cast_secret_vote.
		let mut input = &bytes[..];
		let length = <codec::Compact<u32>>::decode(&mut input).unwrap().0 as usize;
		assert_eq!(length, input.len());
		let index =
			<Runtime as frame_system::Config>::PalletInfo::index::<bmx_runtime::SecretBallots>()
				.unwrap() as u8;
		assert_eq!(&input[..7], &[0x45, 0, 0, 0, 0, index, 1]);
		assert_eq!(UncheckedExtrinsic::decode_all(&mut &bytes[..]).unwrap().encode(), bytes);
		// Too many choices for the runtime is an input error.
		let ring = RingRef { scope: RingScope::National, index: 0, revision: 1 };
		let many: Vec<u32> = (0..=max_choices()).collect();
		assert!(vote_extrinsic(0, ring, [7; 32], &many, vec![]).is_err());
	}

	/// The bytes past an extrinsic's length prefix.
	fn unprefixed(extrinsic: &UncheckedExtrinsic) -> Vec<u8> {
		let bytes = extrinsic.encode();
		let mut input = &bytes[..];
		let length = <codec::Compact<u32>>::decode(&mut input).unwrap().0 as usize;
		assert_eq!(length, input.len());
		assert_eq!(UncheckedExtrinsic::decode_all(&mut &bytes[..]).unwrap().encode(), bytes);
		input.to_vec()
	}

	fn panel_samples() -> [UncheckedExtrinsic; 3] {
		let panel_ring = RingRef { scope: RingScope::Panel(0), index: 0, revision: 1 };
		let roster = RingRef { scope: RingScope::Evaluators, index: 0, revision: 1 };
		[
			ticket_extrinsic(0, panel_ring, [1; 32], [2; 32], [3; 32], vec![5; 817]).unwrap(),
			reveal_extrinsic(0, [1; 32], &[90, 10], [4; 32]).unwrap(),
			settlement_extrinsic(roster, 0, [2; 32], AccountId::from([8; 32]), false, vec![5; 785])
				.unwrap(),
		]
	}

	#[test]
	fn panel_transactions_are_general_transactions_of_the_panels_calls() {
		let index =
			<Runtime as frame_system::Config>::PalletInfo::index::<bmx_runtime::AnonymousPanels>()
				.unwrap() as u8;
		assert_eq!(index, 39, "AnonymousPanels is at index 39");
		// submit_ticket is call 3, reveal_scores 4, settle_pseudonym 6.
		for (extrinsic, call) in panel_samples().iter().zip([3u8, 4, 6]) {
			assert_eq!(&unprefixed(extrinsic)[..7], &[0x45, 0, 0, 0, 0, index, call]);
		}
		// Out of the runtime's bounds: input errors.
		let ring = RingRef { scope: RingScope::Panel(0), index: 0, revision: 1 };
		let long = vec![5; pallet_anonymous_panels::MIN_TICKET_PROOF_LEN as usize + 1];
		assert!(ticket_extrinsic(0, ring, [1; 32], [2; 32], [3; 32], long).is_err());
		let many = vec![1u8; max_panel_options() as usize + 1];
		let error = reveal_extrinsic(0, [1; 32], &many, [4; 32]).unwrap_err().to_string();
		assert!(error.contains("--score"), "{error}");
	}

	#[test]
	fn the_runtime_routes_panel_transactions_to_the_panels_authorization() {
		let storage = frame_system::GenesisConfig::<Runtime>::default().build_storage().unwrap();
		sp_io::TestExternalities::new(storage).execute_with(|| {
			// No panel 0, and no bond paid: the pallet's refusals, not a signature or payment
			// error.
			let refusals = panel_samples().map(|extrinsic| {
				bmx_runtime::Executive::validate_transaction(
					TransactionSource::External,
					extrinsic,
					Default::default(),
				)
			});
			let expected = [
				pallet_anonymous_panels::PanelRefusal::NotFound,
				pallet_anonymous_panels::PanelRefusal::NotFound,
				pallet_anonymous_panels::PanelRefusal::NothingToSettle,
			];
			for (validity, refusal) in refusals.into_iter().zip(expected) {
				assert_eq!(
					validity,
					Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(
						refusal.code()
					)))
				);
			}
		});
	}

	#[test]
	fn the_runtime_routes_the_vote_to_the_ballots_authorization() {
		let storage = frame_system::GenesisConfig::<Runtime>::default().build_storage().unwrap();
		sp_io::TestExternalities::new(storage).execute_with(|| {
			// No ballot 0: the pallet's refusal, not a signature or payment error.
			let validity = bmx_runtime::Executive::validate_transaction(
				TransactionSource::External,
				sample(),
				Default::default(),
			);
			assert_eq!(
				validity,
				Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(
					pallet_secret_ballots::VoteRefusal::NotFound.code()
				)))
			);
		});
	}
}
