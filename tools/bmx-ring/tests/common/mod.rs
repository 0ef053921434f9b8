//! A stand-in node for the tests of the commands that talk to a chain: a JSON-RPC server over
//! the real runtime's state (the development preset in `TestExternalities`), answering the calls
//! the tool makes the way a node does: view functions and `validate_transaction` through
//! `state_call`, storage, submission (the transaction is applied in a new block with
//! `Executive::apply_extrinsic`), block hashes and headers.
//!
//! State is read as of the last block, whatever block a request names; the pool is always empty
//! (a transaction is in a block when its submission returns).

use std::{
	collections::BTreeMap,
	io::{BufRead, BufReader, Read, Write},
	net::{TcpListener, TcpStream},
	path::{Path, PathBuf},
	time::Duration,
};

use bmx_primitives::{
	anonymity::{MemberKey, RingScope},
	identity::{Adulthood, Jurisdiction, Residency},
};
use bmx_ring::keys::MemberSecret;
use bmx_runtime::{
	AccountId, AnonymityRings, DigitalIdentity, Executive, Runtime, RuntimeGenesisConfig,
	RuntimeOrigin, System, UncheckedExtrinsic,
};
use codec::{Decode, Encode};
use frame_support::{assert_ok, view_functions::ViewFunctionId};
use serde_json::{json, Value};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	traits::Hash as _,
	transaction_validity::{TransactionSource, TransactionValidityError},
};

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
pub struct Chain {
	/// The runtime's state.
	pub ext: sp_io::TestExternalities,
	/// The hash of each block made, by number.
	pub hashes: BTreeMap<u32, [u8; 32]>,
}

impl Chain {
	/// The development preset's genesis.
	pub fn development() -> Self {
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

	/// The best block's number.
	pub fn best(&self) -> u32 {
		*self.hashes.keys().last().unwrap()
	}

	/// Makes the next block, running `body` in it.
	pub fn block<R>(&mut self, body: impl FnOnce() -> R) -> R {
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
	pub fn read<R>(&mut self, f: impl FnOnce() -> R) -> R {
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
			"chain_getHeader" => {
				let wanted = bytes_of(&params[0]);
				Ok(self
					.hashes
					.iter()
					.find(|(_, hash)| hash.as_slice() == wanted.as_slice())
					.map_or(Value::Null, |(number, _)| json!({ "number": format!("{number:#x}") })))
			},
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
						assert_eq!(applied, Ok(Ok(())), "a validated transaction applies");
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

	/// Runs `client` with this chain's URL on another thread, serving its requests until it
	/// returns.
	pub fn run<R: Send + 'static>(
		&mut self,
		client: impl FnOnce(String) -> R + Send + 'static,
	) -> R {
		let listener = TcpListener::bind("127.0.0.1:0").unwrap();
		listener.set_nonblocking(true).unwrap();
		let url = format!("http://{}", listener.local_addr().unwrap());
		let client = std::thread::spawn(move || client(url));
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

/// How a command under test sends: to the URL `Chain::run` fills in, waiting 30 s.
pub fn send(dry_run: bool) -> bmx_ring::cli::SendArgs {
	bmx_ring::cli::SendArgs { url: String::new(), dry_run, timeout: 30 }
}

/// A verified adult of `lives_in` with a secret file in `folder`; its member key registered.
pub fn citizen(folder: &Path, seed: u8, lives_in: Jurisdiction) -> (PathBuf, MemberKey) {
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

/// Onboards the waiting keys of `scope`, if any, and builds its ring 0 until it is published.
pub fn build(scope: RingScope) {
	let anyone = RuntimeOrigin::signed(AccountId::from([99; 32]));
	if pallet_anonymity_rings::Queues::<Runtime>::contains_key(scope) {
		assert_ok!(AnonymityRings::onboard(anyone.clone(), scope));
	}
	while pallet_anonymity_rings::Rings::<Runtime>::get(scope, 0).is_some_and(|ring| ring.stale) {
		assert_ok!(AnonymityRings::build_ring(anyone.clone(), scope, 0));
	}
}
