//! `vote` against a stand-in node (`common`): a JSON-RPC server over the real runtime's state
//! (the development preset in `TestExternalities`), answering the calls the tool makes the way a
//! node does.
//!
//! This checks the tool's encodings (view-function ids and arguments, storage keys, the general
//! transaction, events) against the runtime itself, without building and starting a node.

mod common;

use std::path::Path;

use bmx_primitives::{
	anonymity::RingScope,
	identity::{Adulthood, Jurisdiction, MexicanState, Residency},
};
use bmx_ring::{
	cli::{Report, SecretArg, SendArgs, VoteArgs},
	keys::MemberSecret,
};
use bmx_runtime::{AccountId, DigitalIdentity, Runtime, RuntimeOrigin, SecretBallots};
use common::{build, citizen, send, Chain};
use frame_support::assert_ok;
use pallet_secret_ballots::{BallotKind, BallotOption};
use sp_keyring::Sr25519Keyring;
use sp_runtime::traits::Hash as _;

const GUADALAJARA: Jurisdiction = Jurisdiction { state: MexicanState::Jalisco, municipality: 39 };
const ZAPOPAN: Jurisdiction = Jurisdiction { state: MexicanState::Jalisco, municipality: 120 };

/// Runs `vote` with `args` against `chain`.
fn vote(chain: &mut Chain, args: VoteArgs) -> bmx_ring::error::Result<Report> {
	chain.run(move |url| {
		bmx_ring::vote::run(&VoteArgs { send: SendArgs { url, ..args.send }, ..args })
	})
}

fn args(secret: &Path, ballot: u32, choices: &[u32]) -> VoteArgs {
	VoteArgs {
		send: send(false),
		secret: SecretArg { secret: Some(secret.to_path_buf()) },
		ballot,
		choices: choices.to_vec(),
		ring_keys: None,
		ring_index: None,
		revision: None,
	}
}

#[test]
fn votes_are_proved_sent_recorded_and_refused_as_the_chain_decides() {
	let folder = tempfile::tempdir().unwrap();
	let mut chain = Chain::development();
	let gdl = RingScope::Municipality(GUADALAJARA);

	// Block 1: three citizens of Guadalajara and one of Zapopan register; the rings are built.
	let (voters, outsider) = chain.block(|| {
		let voters: Vec<_> =
			(10..13).map(|seed| citizen(folder.path(), seed, GUADALAJARA)).collect();
		let outsider = citizen(folder.path(), 20, ZAPOPAN);
		build(gdl);
		build(RingScope::Municipality(ZAPOPAN));
		(voters, outsider)
	});
	// Block 2: an electoral official of Guadalajara opens a question, voted from block 3.
	chain.block(|| {
		let official = AccountId::from([30; 32]);
		assert_ok!(DigitalIdentity::verify_person(
			RuntimeOrigin::signed(Sr25519Keyring::One.to_account_id()),
			official.clone(),
			<Runtime as frame_system::Config>::Hashing::hash_of(&(b"person", 30u8)),
			Residency::National(GUADALAJARA),
			Adulthood::Adult,
		));
		assert_ok!(DigitalIdentity::issue_credential(
			RuntimeOrigin::signed(Sr25519Keyring::Ferdie.to_account_id()),
			official.clone(),
			bmx_runtime::configs::credentials::ELECTORAL_OFFICIAL,
			None,
		));
		let options: Vec<_> = (1..=3u8)
			.map(|n| BallotOption { label: sp_core::H256([n; 32]), amount_centavos: None })
			.collect();
		assert_ok!(SecretBallots::open_ballot(
			RuntimeOrigin::signed(official),
			gdl,
			BallotKind::Plain,
			options.try_into().unwrap(),
			2,
			3,
			50,
		));
	});
	chain.block(|| ());

	// A dry run: the node would take it; nothing is recorded.
	let dry =
		vote(&mut chain, VoteArgs { send: send(true), ..args(&voters[0].0, 0, &[1, 2]) }).unwrap();
	assert_eq!(dry.exit_code, 0, "{}", dry.json);
	assert_eq!(dry.json["validation"]["valid"], true);
	assert!(dry.json["extrinsic"].as_str().unwrap().starts_with("0x"));
	assert_eq!(chain.best(), 3, "a dry run sends nothing");

	// The vote: the ring in force at the snapshot, a block, its event.
	let voted = vote(&mut chain, args(&voters[0].0, 0, &[1, 2])).unwrap();
	assert_eq!(voted.exit_code, 0, "{}", voted.json);
	assert_eq!(voted.json["voted"], true);
	assert_eq!(voted.json["ring"]["scope"]["inegi"], "14039");
	assert_eq!(voted.json["ring"]["index"], 0);
	assert_eq!(voted.json["block"]["number"], 4);
	assert_eq!(voted.json["extrinsic_index"], 0);
	assert_eq!(voted.json["event"], "SecretBallots.SecretVoteCast");
	let alias = MemberSecret::read(&voters[0].0)
		.unwrap()
		.ballot_alias(&chain.hashes[&0], 0)
		.unwrap();
	assert_eq!(voted.json["alias"], format!("0x{}", hex::encode(alias)));
	let record = chain.read(|| pallet_secret_ballots::Votes::<Runtime>::get(0, alias)).unwrap();
	assert_eq!(record.choices.into_inner(), vec![1, 2]);

	// A second vote of the same person: refused by the pool, with the pallet's name and code.
	let again = vote(&mut chain, args(&voters[0].0, 0, &[0])).unwrap();
	assert_eq!(again.exit_code, 1, "{}", again.json);
	assert_eq!(
		(again.json["refusal"].as_str(), again.json["code"].as_u64()),
		(Some("AlreadyVoted"), Some(9))
	);
	// Choices the ballot does not take.
	let refused = vote(&mut chain, args(&voters[1].0, 0, &[0, 1, 2])).unwrap();
	assert_eq!(refused.json["refusal"], "TooManyChoices", "{}", refused.json);

	// The outsider is in no ring of Guadalajara: nothing to prove (exit 2)...
	let error = vote(&mut chain, args(&outsider.0, 0, &[0])).unwrap_err();
	assert_eq!(error.exit_code(), 2);
	assert!(error.to_string().contains("in no usable ring of municipality 14039"), "{error}");
	// ...and a proof over Guadalajara's keys plus its own is refused by the chain.
	let forged = folder.path().join("forged.json");
	let keys: Vec<String> = voters
		.iter()
		.map(|(_, key)| key)
		.chain([&outsider.1])
		.map(|key| format!("0x{}", hex::encode(key)))
		.collect();
	std::fs::write(&forged, serde_json::to_string(&keys).unwrap()).unwrap();
	let forged = vote(
		&mut chain,
		VoteArgs {
			ring_keys: Some(forged),
			ring_index: Some(0),
			revision: Some(voted.json["ring"]["revision"].as_u64().unwrap() as u32),
			..args(&outsider.0, 0, &[0])
		},
	)
	.unwrap();
	assert_eq!(forged.exit_code, 1, "{}", forged.json);
	assert_eq!(
		(forged.json["refusal"].as_str(), forged.json["code"].as_u64()),
		(Some("InvalidProof"), Some(12))
	);

	// The record: one vote.
	assert_eq!(chain.read(|| pallet_secret_ballots::Turnout::<Runtime>::get(0)), 1);
}
