//! `vote`: read the ballot, find the voter's ring, prove, validate, send, and wait for the
//! block that records the vote.

use std::time::{Duration, Instant};

use bmx_primitives::anonymity::{ballot_context, vote_message, Alias, RingRef};
use codec::Encode;
use pallet_secret_ballots::VoteRefusal;
use serde_json::{json, Value};

use crate::{
	chain::{self, Chain},
	cli::{Report, VoteArgs},
	encoding::{parse_ring_keys, read_text, to_hex},
	error::{Failure, Refusal, Result, EXIT_REFUSED},
	refusal,
	ring::{find_ring, ring_json, scope_text, FoundRing, Purpose},
};

/// How often the node is asked whether the vote was recorded.
const POLL: Duration = Duration::from_secs(1);

/// What a vote is about, for the report.
struct Cast {
	ballot_id: u32,
	alias: Alias,
	ring: RingRef,
	choices: Vec<u32>,
}

impl Cast {
	fn json(&self) -> serde_json::Map<String, Value> {
		let mut map = serde_json::Map::new();
		map.insert("ballot".into(), json!(self.ballot_id));
		map.insert("alias".into(), json!(to_hex(&self.alias)));
		map.insert("ring".into(), ring_json(&self.ring));
		map.insert("choices".into(), json!(self.choices));
		map
	}

	fn describe(&self) -> String {
		format!(
			"ballot {} as alias {} (ring {} #{} revision {}), choices {:?}",
			self.ballot_id,
			to_hex(&self.alias),
			scope_text(&self.ring.scope),
			self.ring.index,
			self.ring.revision,
			self.choices
		)
	}

	/// The report of a refused vote (exit 1).
	fn refused(&self, refusal: Refusal, extra: &[(&str, Value)]) -> Report {
		let mut map = self.json();
		map.insert("voted".into(), json!(false));
		map.insert("refusal".into(), json!(refusal.name));
		map.insert("code".into(), json!(refusal.code));
		map.insert("message".into(), json!(refusal.detail));
		for (key, value) in extra {
			map.insert((*key).into(), value.clone());
		}
		Report {
			json: Value::Object(map),
			text: format!("{refusal} ({})", self.describe()),
			notes: Vec::new(),
			exit_code: EXIT_REFUSED,
		}
	}
}

/// Runs `vote`.
pub fn run(args: &VoteArgs) -> Result<Report> {
	let secret = args.secret.read()?;
	let me = secret.member();
	let (chain, mut notes) = chain::connect(&args.send.url)?;

	let genesis = chain.node().genesis()?;
	let ballot_id = args.ballot;
	let ballot = chain
		.ballot(ballot_id)?
		.ok_or_else(|| Failure::Input(format!("--ballot: no ballot {ballot_id} on this chain")))?;
	let context = ballot_context(&genesis, ballot_id);
	let chain_context = chain.vote_context(ballot_id)?;
	if chain_context != context {
		return Err(Failure::Rpc(format!(
			"the chain verifies votes of ballot {ballot_id} for context {}, not {} (the \
			 context of genesis {}): refusing to prove for the wrong context",
			to_hex(&chain_context),
			to_hex(&context),
			to_hex(&genesis)
		)));
	}

	let FoundRing { ring, keys } = match (&args.ring_keys, args.ring_index, args.revision) {
		(Some(path), Some(index), Some(revision)) => {
			notes.push("TEST ONLY: proving against the key list of --ring-keys".into());
			FoundRing {
				ring: RingRef { scope: ballot.scope, index, revision },
				keys: parse_ring_keys(&read_text(path)?, "--ring-keys")?,
			}
		},
		(None, None, None) => {
			find_ring(&chain, &ballot.scope, ballot.snapshot, &me, Purpose::Vote)?
		},
		_ => {
			return Err(Failure::Input(
				"--ring-keys, --ring-index and --revision go together".into(),
			))
		},
	};

	let message = vote_message(ballot_id, &ring, &args.choices);
	let (proof, alias) = secret.prove(chain::ring_domain(), &keys, &context, &message)?;
	let cast = Cast { ballot_id, alias, ring, choices: args.choices.clone() };
	let extrinsic = chain::vote_extrinsic(ballot_id, ring, alias, &args.choices, proof)?;
	let bytes = extrinsic.encode();
	let hash = sp_crypto_hashing::blake2_256(&bytes);

	let with_notes = |mut report: Report| {
		report.notes.extend(notes.iter().cloned());
		report
	};

	// The pool's own check, at the block everything was read at: a refusal here is final.
	let validity = chain.validate(&extrinsic, false)?;
	let valid = match validity {
		Ok(valid) => valid,
		Err(error) => {
			let extra: Vec<(&str, Value)> = if args.send.dry_run {
				vec![("dry_run", json!(true)), ("extrinsic", json!(to_hex(&bytes)))]
			} else {
				vec![]
			};
			return Ok(with_notes(
				cast.refused(refusal::from_validity_error::<VoteRefusal>(&error), &extra),
			));
		},
	};

	if args.send.dry_run {
		let mut map = cast.json();
		map.insert("dry_run".into(), json!(true));
		map.insert("extrinsic".into(), json!(to_hex(&bytes)));
		map.insert("extrinsic_hash".into(), json!(to_hex(&hash)));
		map.insert(
			"validation".into(),
			json!({
				"valid": true,
				"at": to_hex(&chain.at()),
				"priority": valid.priority,
				"longevity": valid.longevity,
				"provides": valid.provides.iter().map(|tag| to_hex(tag)).collect::<Vec<_>>(),
			}),
		);
		return Ok(with_notes(Report::ok(
			Value::Object(map),
			format!(
				"{}\n(dry run: not sent; the node validates it) {}",
				to_hex(&bytes),
				cast.describe()
			),
		)));
	}

	match chain.submit(&bytes)? {
		Ok(_) => {},
		Err(error) => {
			return match refusal::from_pool_error::<VoteRefusal>(&error) {
				Some(refused) => Ok(with_notes(
					cast.refused(refused, &[("extrinsic_hash", json!(to_hex(&hash)))]),
				)),
				None => Err(Failure::Rpc(format!(
					"author_submitExtrinsic: error {}: {} {}",
					error.code, error.message, error.data
				))),
			};
		},
	}

	wait_for_record(&chain, &cast, &extrinsic, &bytes, hash, args.send.timeout()).map(with_notes)
}

/// Waits until the node's best block records the vote of `cast.alias`, then reports the block
/// and its `SecretVoteCast`. A vote that leaves the pool unrecorded is validated again: a
/// refusal then is the answer.
fn wait_for_record(
	chain: &Chain,
	cast: &Cast,
	extrinsic: &bmx_runtime::UncheckedExtrinsic,
	bytes: &[u8],
	hash: [u8; 32],
	timeout: Duration,
) -> Result<Report> {
	let deadline = Instant::now() + timeout;
	let mut gone = 0u32;
	let mut resent = 0u32;
	loop {
		// The pool first, then the record: a vote taken into a block between the two questions
		// is then seen as recorded, never as lost.
		let pending = chain.is_pending(bytes)?;
		if let Some(record) = chain.vote_of(cast.ballot_id, cast.alias)? {
			if record.ring != cast.ring || record.choices.as_slice() != cast.choices.as_slice() {
				return Ok(cast.refused(
					Refusal {
						code: None,
						name: "AlreadyVoted".into(),
						detail: format!(
							"another vote of this alias was recorded in block {} (choices {:?})",
							record.block,
							record.choices.as_slice()
						),
					},
					&[("extrinsic_hash", json!(to_hex(&hash)))],
				));
			}
			return recorded(chain, cast, hash, record.block, record.moment);
		}
		if !pending {
			gone += 1;
			if let Err(error) = chain.validate(extrinsic, true)? {
				let refused = refusal::from_validity_error::<VoteRefusal>(&error);
				// AlreadyVoted now means our own vote was just recorded: look again.
				if refused.name != "AlreadyVoted" {
					return Ok(cast.refused(refused, &[("extrinsic_hash", json!(to_hex(&hash)))]));
				}
			} else if gone >= 5 && resent < crate::chain::RESENDS {
				// A fork-aware pool may drop a valid transaction (seen under load): send the
				// same bytes again; the chain records one vote of an alias at most.
				resent += 1;
				gone = 0;
				let _ = chain.submit(bytes)?;
			} else if gone >= 5 {
				return Err(Failure::Rpc(format!(
					"the vote {} left the node's pool without being recorded, and the chain \
					 would still take it: send it again",
					to_hex(&hash)
				)));
			}
		} else {
			gone = 0;
		}
		if Instant::now() >= deadline {
			return Err(Failure::Timeout(format!(
				"the vote {} was not recorded within {} s; it may still be: `bmx-ring alias` \
				 gives your alias to look for in ballot {}",
				to_hex(&hash),
				timeout.as_secs(),
				cast.ballot_id
			)));
		}
		std::thread::sleep(POLL);
	}
}

/// The report of a vote recorded in block `number`.
fn recorded(
	chain: &Chain,
	cast: &Cast,
	hash: [u8; 32],
	number: u32,
	moment: u64,
) -> Result<Report> {
	let block = chain.node().block_hash(Some(number))?;
	let mut notes = Vec::new();
	let (extrinsic_index, event) = match block {
		Some(block) => match chain.events(&block) {
			Ok(events) => match chain::find_vote_event(&events, cast.ballot_id, &cast.alias) {
				Some((index, _)) => (index, true),
				None => {
					notes.push(format!(
						"no SecretVoteCast of this alias in block {number}'s events (a reorg?)"
					));
					(None, false)
				},
			},
			Err(error) => {
				notes.push(format!("the events of block {number} were not read: {error}"));
				(None, false)
			},
		},
		None => (None, false),
	};
	let mut map = cast.json();
	map.insert("voted".into(), json!(true));
	map.insert("extrinsic_hash".into(), json!(to_hex(&hash)));
	map.insert("block".into(), json!({ "number": number, "hash": block.map(|b| to_hex(&b)) }));
	map.insert("extrinsic_index".into(), json!(extrinsic_index));
	map.insert("moment".into(), json!(moment));
	map.insert("event".into(), json!(event.then_some("SecretBallots.SecretVoteCast")));
	let mut report =
		Report::ok(Value::Object(map), format!("voted in {}: block #{number}", cast.describe()));
	report.notes = notes;
	Ok(report)
}
