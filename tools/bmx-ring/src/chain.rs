//! The chain, read and written through a node with the runtime's own types: the pallets' view
//! functions (`RuntimeViewFunction_execute_view_function`), their storage, the pool's
//! validation (`TaggedTransactionQueue_validate_transaction`), submission and events.
//!
//! Every value is encoded and decoded with the types of the `bmx-runtime` crate this tool was
//! built with: a node running another runtime version may answer in another layout (the tool
//! warns when the node's `spec_version` differs).

use bmx_primitives::anonymity::{Alias, RingIndex, RingRef, RingRevision, RingScope};
use bmx_runtime::{Runtime, RuntimeCall, RuntimeEvent, TxExtension, UncheckedExtrinsic};
use codec::{Decode, DecodeAll, Encode};
use frame_support::view_functions::{ViewFunction, ViewFunctionDispatchError};
use pallet_anonymity_rings::{RingMembersViewFunction, RingsOfViewFunction, RINGS_PAGE};
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

/// The ring domain of the runtime's rings: what proofs are made on.
pub fn ring_domain() -> verifiable::ring::RingDomainSize {
	<<Runtime as pallet_anonymity_rings::Config>::Domain as frame_support::traits::Get<_>>::get()
}

/// The most choices one vote may carry in this runtime.
pub fn max_choices() -> u32 {
	<<Runtime as pallet_secret_ballots::Config>::MaxChoices as frame_support::traits::Get<u32>>::get(
	)
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
		let what = core::any::type_name::<V>().rsplit("::").next().unwrap_or("view function");
		let input = (V::id(), query.encode()).encode();
		let at = (!latest).then_some(&self.at);
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

/// The vote as the runtime's extrinsic: `SecretBallots.cast_secret_vote` in a v5 general
/// transaction (no signer) with the runtime's transaction extensions: immortal, nonce 0, tip 0.
/// The call's authorization (`frame_system::AuthorizeCall`) verifies the proof; for a
/// non-signed origin the nonce and payment extensions do nothing.
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
	let call = RuntimeCall::SecretBallots(pallet_secret_ballots::Call::cast_secret_vote {
		ballot_id,
		ring,
		alias,
		choices,
		proof,
	});
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
	Ok(sp_runtime::generic::UncheckedExtrinsic::new_transaction(call, extension).into())
}

/// The `SecretVoteCast` of `alias` in `ballot_id` among `events`, and the index of the
/// extrinsic that emitted it.
pub fn find_vote_event(
	events: &[frame_system::EventRecord<RuntimeEvent, bmx_runtime::Hash>],
	ballot_id: u32,
	alias: &Alias,
) -> Option<(Option<u32>, u64)> {
	events.iter().find_map(|record| match &record.event {
		RuntimeEvent::SecretBallots(pallet_secret_ballots::Event::SecretVoteCast {
			ballot_id: id,
			alias: cast,
			moment,
			..
		}) if *id == ballot_id && cast == alias => {
			let index = match record.phase {
				frame_system::Phase::ApplyExtrinsic(index) => Some(index),
				_ => None,
			};
			Some((index, *moment))
		},
		_ => None,
	})
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
