//! `vote` against a stand-in node: a JSON-RPC server over the real runtime's state (the
//! development preset in `TestExternalities`), answering the calls the tool makes the way a node
//! does: view functions and `validate_transaction` through `state_call`, storage, submission
//! (the vote is applied in a new block with `Executive::apply_extrinsic`) and block hashes.
//!
//! This checks the tool's encodings (view-function ids and arguments, storage keys, the general
//! transaction, events) against the runtime itself, without building and starting a node.

use std::{
	collections::BTreeMap,
	io::{BufRead, BufReader, Read, Write},
	net::{TcpListener, TcpStream},
	path::{Path, PathBuf},
	time::Duration,
};

use bmx_primitives::{
	anonymity::{MemberKey, RingScope},
	identity::{Adulthood, Jurisdiction, MexicanState, Residency},
};
use bmx_ring::{
	cli::{Report, SecretArg, VoteArgs},
	keys::MemberSecret,
};
use bmx_runtime::{
	AccountId, AnonymityRings, DigitalIdentity, Executive, Runtime, RuntimeGenesisConfig,
	RuntimeOrigin, SecretBallots, System, UncheckedExtrinsic,
};
use codec::{Decode, Encode};
use frame_support::{assert_ok, view_functions::ViewFunctionId};
use pallet_secret_ballots::{BallotKind, BallotOption};
use serde_json::{json, Value};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	traits::Hash as _,
	transaction_validity::{TransactionSource, TransactionValidityError},
};

const GUADALAJARA: Jurisdiction = Jurisdiction { state: MexicanState::Jalisco, municipality: 39 };
const ZAPOPAN: Jurisdiction = Jurisdiction { state: MexicanState::Jalisco, municipality: 120 };

/// Merges a preset's JSON patch into the full genesis config.
fn merge(base: &mut Value, patch: Value) {
	match (base, patch) {
		(Value::Object(base), Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(Value::Null), value);
			}
		},
		(base, patch) => *base = patch,
	}
}

/// The chain: the runtime's state and the hashes of the blocks made so far.
struct Chain {
	ext: sp_io::TestExternalities,
	hashes: BTreeMap<u32, [u8; 32]>,
}

impl Chain {
	fn development() -> Self {
		let preset = bmx_runtime::genesis_config_presets::get_preset(&From::from(
			bmx_runtime::genesis_config_presets::DEVELOPMENT_RUNTIME_PRESET,
		))
		.expect("the preset exists");
		let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).unwrap();
		merge(&mut config, serde_json::from_slice(&preset).unwrap());
		let mut ext = sp_io::TestExternalities::new_empty();
		ext.execute_with(|| {
			frame_support::genesis_builder_helper::build_state::<RuntimeGenesisConfig>(
				serde_json::to_vec(&config).unwrap(),
			)
			.unwrap()
		});
		let genesis = ext.execute_with(|| System::block_hash(0).0);
		Self { ext, hashes: BTreeMap::from([(0, genesis)]) }
	}

	fn best(&self) -> u32 {
		*self.hashes.keys().last().unwrap()
	}

	/// Makes the next block, running `body` in it.
	fn block<R>(&mut self, body: impl FnOnce() -> R) -> R {
		let number = self.best() + 1;
		let parent = sp_core::H256(self.hashes[&(number - 1)]);
		let (result, hash) = self.ext.execute_with(|| {
			System::initialize(&number, &parent, &Default::default());
			System::note_finished_initialize();
			let result = body();
			(result, System::finalize().hash().0)
		});
		self.hashes.insert(number, hash);
		result
	}

	/// Runs `f` on a copy of the state (as a node's runtime calls do).
	fn read<R>(&mut self, f: impl FnOnce() -> R) -> R {
		self.ext.execute_with(|| {
			sp_io::storage::start_transaction();
			let result = f();
			sp_io::storage::rollback_transaction();
			result
		})
	}

	/// Answers one JSON-RPC request: `Ok(result)` or `Err(error object)`.
	fn answer(&mut self, method: &str, params: &[Value]) -> Result<Value, Value> {
		let hex = |bytes: &[u8]| json!(format!("0x{}", hex::encode(bytes)));
		let bytes_of =
			|value: &Value| hex::decode(value.as_str().unwrap().trim_start_matches("0x")).unwrap();
		match method {
			"chain_getBlockHash" => Ok(match params.first().and_then(Value::as_u64) {
				None => hex(&self.hashes[&self.best()]),
				Some(n) => self.hashes.get(&(n as u32)).map_or(Value::Null, |h| hex(h)),
			}),
			"state_getRuntimeVersion" => {
				Ok(json!({ "specVersion": bmx_runtime::VERSION.spec_version }))
			},
			"state_getStorage" => {
				let key = bytes_of(&params[0]);
				Ok(self.read(|| sp_io::storage::get(&key)).map_or(Value::Null, |v| hex(&v)))
			},
			"state_call" => {
				let data = bytes_of(&params[1]);
				let output = match params[0].as_str().unwrap() {
					"RuntimeViewFunction_execute_view_function" => {
						let (id, input) =
							<(ViewFunctionId, Vec<u8>)>::decode(&mut &data[..]).unwrap();
						self.read(|| Runtime::execute_view_function(id, input)).encode()
					},
					"TaggedTransactionQueue_validate_transaction" => {
						let (source, xt, at) =
							<(TransactionSource, UncheckedExtrinsic, sp_core::H256)>::decode(
								&mut &data[..],
							)
							.unwrap();
						self.read(|| Executive::validate_transaction(source, xt, at)).encode()
					},
					other => panic!("state_call {other} not expected"),
				};
				Ok(hex(&output))
			},
			"author_submitExtrinsic" => {
				let bytes = bytes_of(&params[0]);
				let xt = UncheckedExtrinsic::decode(&mut &bytes[..]).unwrap();
				let best = sp_core::H256(self.hashes[&self.best()]);
				let validity = self.read(|| {
					Executive::validate_transaction(TransactionSource::External, xt.clone(), best)
				});
				match validity {
					Err(TransactionValidityError::Invalid(
						sp_runtime::transaction_validity::InvalidTransaction::Custom(code),
					)) => Err(json!({ "code": 1010, "message": "Invalid Transaction",
						"data": format!("Custom error: {code}") })),
					Err(other) => Err(json!({ "code": 1010, "message": "Invalid Transaction",
						"data": format!("{other:?}") })),
					Ok(_) => {
						let applied = self.block(|| Executive::apply_extrinsic(xt));
						assert_eq!(applied, Ok(Ok(())), "a validated vote applies");
						Ok(hex(&sp_crypto_hashing::blake2_256(&bytes)))
					},
				}
			},
			"author_pendingExtrinsics" => Ok(json!([])),
			other => panic!("{other} not expected"),
		}
	}

	fn serve(&mut self, stream: TcpStream) {
		let mut reader = BufReader::new(stream.try_clone().unwrap());
		let mut length = 0;
		loop {
			let mut line = String::new();
			reader.read_line(&mut line).unwrap();
			if line.trim().is_empty() {
				break;
			}
			if let Some((name, value)) = line.split_once(':') {
				if name.eq_ignore_ascii_case("content-length") {
					length = value.trim().parse().unwrap();
				}
			}
		}
		let mut body = vec![0; length];
		reader.read_exact(&mut body).unwrap();
		let request: Value = serde_json::from_slice(&body).unwrap();
		let params = request["params"].as_array().cloned().unwrap_or_default();
		let reply = match self.answer(request["method"].as_str().unwrap(), &params) {
			Ok(result) => json!({ "jsonrpc": "2.0", "id": request["id"], "result": result }),
			Err(error) => json!({ "jsonrpc": "2.0", "id": request["id"], "error": error }),
		}
		.to_string();
		let mut stream = stream;
		write!(
			stream,
			"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\
			 connection: close\r\n\r\n{reply}",
			reply.len()
		)
		.unwrap();
	}

	/// Runs `vote` with `args` against this chain, serving its requests until it returns.
	fn vote(&mut self, args: VoteArgs) -> bmx_ring::error::Result<Report> {
		let listener = TcpListener::bind("127.0.0.1:0").unwrap();
		listener.set_nonblocking(true).unwrap();
		let url = format!("http://{}", listener.local_addr().unwrap());
		let client = std::thread::spawn(move || bmx_ring::vote::run(&VoteArgs { url, ..args }));
		while !client.is_finished() {
			match listener.accept() {
				Ok((stream, _)) => {
					stream.set_nonblocking(false).unwrap();
					self.serve(stream);
				},
				Err(_) => std::thread::sleep(Duration::from_millis(5)),
			}
		}
		client.join().unwrap()
	}
}

fn args(secret: &Path, ballot: u32, choices: &[u32]) -> VoteArgs {
	VoteArgs {
		url: String::new(),
		secret: SecretArg { secret: Some(secret.to_path_buf()) },
		ballot,
		choices: choices.to_vec(),
		dry_run: false,
		timeout: 30,
		ring_keys: None,
		ring_index: None,
		revision: None,
	}
}

/// A verified adult of `lives_in` with a secret file in `folder`; its member key registered.
fn citizen(folder: &Path, seed: u8, lives_in: Jurisdiction) -> (PathBuf, MemberKey) {
	let account = AccountId::from([seed; 32]);
	assert_ok!(DigitalIdentity::verify_person(
		RuntimeOrigin::signed(Sr25519Keyring::One.to_account_id()),
		account.clone(),
		<Runtime as frame_system::Config>::Hashing::hash_of(&(b"person", seed)),
		Residency::National(lives_in),
		Adulthood::Adult,
	));
	let secret = MemberSecret::from_entropy([seed; 32]);
	let path = folder.join(format!("citizen-{seed}"));
	secret.write_new(&path).unwrap();
	let possession = secret.possession(&System::block_hash(0).0, &account).unwrap();
	assert_ok!(AnonymityRings::register_member_key(
		RuntimeOrigin::signed(account),
		secret.member(),
		possession,
	));
	(path, secret.member())
}

/// Onboards and builds ring 0 of `scope` until it is published.
fn build(scope: RingScope) {
	let anyone = RuntimeOrigin::signed(AccountId::from([99; 32]));
	assert_ok!(AnonymityRings::onboard(anyone.clone(), scope));
	while pallet_anonymity_rings::Rings::<Runtime>::get(scope, 0).is_some_and(|ring| ring.stale) {
		assert_ok!(AnonymityRings::build_ring(anyone.clone(), scope, 0));
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
	let dry = chain
		.vote(VoteArgs { dry_run: true, ..args(&voters[0].0, 0, &[1, 2]) })
		.unwrap();
	assert_eq!(dry.exit_code, 0, "{}", dry.json);
	assert_eq!(dry.json["validation"]["valid"], true);
	assert!(dry.json["extrinsic"].as_str().unwrap().starts_with("0x"));
	assert_eq!(chain.best(), 3, "a dry run sends nothing");

	// The vote: the ring in force at the snapshot, a block, its event.
	let voted = chain.vote(args(&voters[0].0, 0, &[1, 2])).unwrap();
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
	let again = chain.vote(args(&voters[0].0, 0, &[0])).unwrap();
	assert_eq!(again.exit_code, 1, "{}", again.json);
	assert_eq!(
		(again.json["refusal"].as_str(), again.json["code"].as_u64()),
		(Some("AlreadyVoted"), Some(9))
	);
	// Choices the ballot does not take.
	let refused = chain.vote(args(&voters[1].0, 0, &[0, 1, 2])).unwrap();
	assert_eq!(refused.json["refusal"], "TooManyChoices", "{}", refused.json);

	// The outsider is in no ring of Guadalajara: nothing to prove (exit 2)...
	let error = chain.vote(args(&outsider.0, 0, &[0])).unwrap_err();
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
	let forged = chain
		.vote(VoteArgs {
			ring_keys: Some(forged),
			ring_index: Some(0),
			revision: Some(voted.json["ring"]["revision"].as_u64().unwrap() as u32),
			..args(&outsider.0, 0, &[0])
		})
		.unwrap();
	assert_eq!(forged.exit_code, 1, "{}", forged.json);
	assert_eq!(
		(forged.json["refusal"].as_str(), forged.json["code"].as_u64()),
		(Some("InvalidProof"), Some(12))
	);

	// The record: one vote.
	assert_eq!(chain.read(|| pallet_secret_ballots::Turnout::<Runtime>::get(0)), 1);
}
