//! The anonymous evaluators' commands (`AnonymousPanels`): `ticket` draws and commits, `reveal`
//! opens the commitment, `settle` pays a pseudonym's earnings to an account; and the ticket's
//! state file, which holds the salt a reveal needs.
//!
//! Every context, message and commitment is built by [`bmx_primitives::anonymity`]
//! (`pseudonym_context`, `ticket_context`, `ticket_message`, `score_commitment`,
//! `settlement_message`), and the sortition threshold by the pallet's own [`ticket_threshold`]:
//! the very code the chain verifies with.

use std::{
	path::Path,
	time::{Duration, Instant},
};

use bmx_primitives::anonymity::{
	pseudonym_context, score_commitment, settlement_message, ticket_context, ticket_message, Alias,
	PanelId, PanelState, RingScope,
};
use bmx_runtime::{RuntimeEvent, UncheckedExtrinsic};
use codec::Encode;
use pallet_anonymous_panels::{
	ticket_prefix, ticket_threshold, Commitment, PanelRefusal, Round, Salt, Score, MAX_SCORE,
};
use serde_json::{json, Map, Value};

use crate::{
	chain::{self, Chain},
	cli::{Report, RevealArgs, SendArgs, SettleArgs, TicketArgs},
	encoding::{
		create_private_file, parse_32, parse_account, read_text, to_hex, warn_if_readable_by_others,
	},
	error::{input, Failure, Refusal, Result, EXIT_OK, EXIT_REFUSED},
	refusal,
	ring::{find_ring, ring_json, scope_text, FoundRing, Purpose, RingSource},
};

/// How often the node is asked whether the transaction is in a block.
const POLL: Duration = Duration::from_secs(1);

/// What a ticket's state file says it is (its `"kind"`).
pub const STATE_KIND: &str = "bmx-ring/panel-ticket";

/// The layout of the state files this tool writes (its `"version"`).
pub const STATE_VERSION: u64 = 1;

/// A ticket as its evaluator keeps it between `ticket` and `reveal`: everything the reveal
/// sends, above all the salt, which nobody else has. Written once, never overwritten, mode 0600.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TicketState {
	/// The chain's genesis hash: a state file is for one chain.
	pub genesis: [u8; 32],
	/// The panel.
	pub panel: PanelId,
	/// The round the ticket was drawn in.
	pub round: Round,
	/// The ticket.
	pub ticket: Alias,
	/// The evaluator's pseudonym.
	pub pseudonym: Alias,
	/// The scores committed to, one per option, in the subject's order.
	pub scores: Vec<Score>,
	/// The salt of the commitment: the reveal's only key.
	pub salt: Salt,
	/// The commitment the ticket carries: [`score_commitment`] of the above.
	pub commitment: Commitment,
}

impl TicketState {
	/// The state of a ticket that commits to `scores` with `salt`.
	pub fn new(
		genesis: [u8; 32],
		panel: PanelId,
		round: Round,
		ticket: Alias,
		pseudonym: Alias,
		scores: Vec<Score>,
		salt: Salt,
	) -> Self {
		let commitment = score_commitment(panel, round, &ticket, &scores, &salt);
		Self { genesis, panel, round, ticket, pseudonym, scores, salt, commitment }
	}

	/// The state as its file holds it.
	pub fn to_json(&self) -> Value {
		json!({
			"kind": STATE_KIND,
			"version": STATE_VERSION,
			"genesis": to_hex(&self.genesis),
			"panel": self.panel,
			"round": self.round,
			"ticket": to_hex(&self.ticket),
			"pseudonym": to_hex(&self.pseudonym),
			"scores": self.scores,
			"salt": to_hex(&self.salt),
			"commitment": to_hex(&self.commitment),
		})
	}

	/// The state in a file's JSON. Refuses another kind or version, a score above
	/// [`MAX_SCORE`], and a commitment its scores and salt do not open (a damaged file).
	pub fn from_json(value: &Value) -> Result<Self> {
		let bad = |reason: String| input("--state", reason);
		let field = |name: &str| {
			value.get(name).ok_or_else(|| bad(format!("no \"{name}\" in the state file")))
		};
		let text = |name: &str| {
			field(name)?
				.as_str()
				.ok_or_else(|| bad(format!("\"{name}\" is not a string in the state file")))
		};
		let number = |name: &str| {
			field(name)?
				.as_u64()
				.ok_or_else(|| bad(format!("\"{name}\" is not a number in the state file")))
		};
		if text("kind")? != STATE_KIND {
			return Err(bad(format!("not a bmx-ring ticket state file (kind {STATE_KIND})")));
		}
		let version = number("version")?;
		if version != STATE_VERSION {
			return Err(bad(format!(
				"a state file of version {version}; this tool reads version {STATE_VERSION}"
			)));
		}
		let scores = field("scores")?
			.as_array()
			.ok_or_else(|| bad("\"scores\" is not a list in the state file".into()))?
			.iter()
			.map(|score| {
				score
					.as_u64()
					.and_then(|s| Score::try_from(s).ok())
					.filter(|s| *s <= MAX_SCORE)
					.ok_or_else(|| bad(format!("a score of {score} in the state file")))
			})
			.collect::<Result<Vec<_>>>()?;
		let state = Self::new(
			parse_32(text("genesis")?, "--state")?,
			PanelId::try_from(number("panel")?)
				.map_err(|_| bad("\"panel\" is out of range in the state file".into()))?,
			Round::try_from(number("round")?)
				.map_err(|_| bad("\"round\" is out of range in the state file".into()))?,
			parse_32(text("ticket")?, "--state")?,
			parse_32(text("pseudonym")?, "--state")?,
			scores,
			parse_32(text("salt")?, "--state")?,
		);
		if parse_32(text("commitment")?, "--state")? != state.commitment {
			return Err(bad(
				"the scores and salt in the state file do not open its commitment: the file is \
				 damaged (it cannot reveal)"
					.into(),
			));
		}
		Ok(state)
	}

	/// Writes the state to a new file at `path`, readable and writable by its owner only
	/// (0600), creating missing folders (0700). Refuses to overwrite a file: it may hold the
	/// salt of a ticket already sent.
	pub fn write_new(&self, path: &Path) -> Result<()> {
		use std::io::Write as _;
		if path.exists() {
			return Err(state_exists(path));
		}
		let io = |reason| Failure::Io { path: path.display().to_string(), reason };
		let mut file = create_private_file(path).map_err(io)?;
		let text =
			format!("{}\n", serde_json::to_string_pretty(&self.to_json()).unwrap_or_default());
		file.write_all(text.as_bytes()).and_then(|()| file.sync_all()).map_err(io)
	}

	/// Reads the state file at `path`. A file others can read is used, with a warning on
	/// standard error.
	pub fn read(path: &Path) -> Result<Self> {
		warn_if_readable_by_others(path);
		let text = read_text(path)?;
		let value: Value = serde_json::from_str(&text).map_err(|e| {
			input(
				"--state",
				format!("{} is not a bmx-ring ticket state file ({e})", path.display()),
			)
		})?;
		Self::from_json(&value)
	}
}

/// The error of a state file that exists already.
fn state_exists(path: &Path) -> Failure {
	input(
		"--state",
		format!(
			"{} already exists: a state file is never overwritten (it may hold the salt of a \
			 ticket already sent, the only way to reveal its scores); choose another file",
			path.display()
		),
	)
}

/// 32 bytes of the operating system's entropy: a commitment's salt.
pub fn fresh_salt() -> Result<Salt> {
	let mut salt = [0u8; 32];
	getrandom::getrandom(&mut salt)
		.map_err(|e| Failure::Input(format!("the operating system gave no entropy: {e}")))?;
	Ok(salt)
}

/// Whether a ticket is at or below the threshold of a panel of `candidates`: the pallet's own
/// [`ticket_threshold`] with the runtime's panel size. A ticket above it is refused
/// (`NotLowEnough`) before its proof is checked.
pub fn below_threshold(ticket: &Alias, candidates: u32) -> bool {
	ticket_prefix(ticket) <= ticket_threshold(candidates, chain::panel_size())
}

/// A balance in BMX, as a person reads it: `25 BMX`, `0.5 BMX`.
pub fn bmx(amount: u128) -> String {
	let (whole, fraction) = (amount / bmx_runtime::UNIT, amount % bmx_runtime::UNIT);
	if fraction == 0 {
		return format!("{whole} BMX");
	}
	let digits = bmx_runtime::UNIT.to_string().len().saturating_sub(1);
	let fraction = format!("{fraction:0digits$}");
	format!("{whole}.{} BMX", fraction.trim_end_matches('0'))
}

/// What a panel transaction is about, for its reports.
struct Action {
	/// The key that says whether it went through: `selected`, `revealed`, `settled`.
	done: &'static str,
	/// Its fields, in every report.
	fields: Map<String, Value>,
	/// What it is, in words.
	text: String,
	/// Notes for every report.
	notes: Vec<String>,
}

impl Action {
	/// A report with `extra` fields; `done` says whether it went through (nothing for a dry
	/// run).
	fn report(
		&self,
		done: Option<bool>,
		extra: Vec<(&str, Value)>,
		text: String,
		exit_code: u8,
	) -> Report {
		let mut map = self.fields.clone();
		if let Some(done) = done {
			map.insert(self.done.into(), json!(done));
		}
		for (key, value) in extra {
			map.insert(key.into(), value);
		}
		Report { json: Value::Object(map), text, notes: self.notes.clone(), exit_code }
	}

	/// The report of a refusal (exit 1): the chain's, or one the tool knows the chain makes.
	fn refused(&self, refusal: Refusal, mut extra: Vec<(&str, Value)>) -> Report {
		let text = format!("{refusal} ({})", self.text);
		extra.push(("refusal", json!(refusal.name)));
		extra.push(("code", json!(refusal.code)));
		extra.push(("message", json!(refusal.detail)));
		self.report(Some(false), extra, text, EXIT_REFUSED)
	}
}

/// A [`PanelRefusal`] the tool finds before sending, with what it means here.
fn panel_refusal(refusal: PanelRefusal, detail: impl Into<String>) -> Refusal {
	Refusal { code: Some(refusal.code()), name: format!("{refusal:?}"), detail: detail.into() }
}

/// What to wait for once a transaction is sent.
struct Watch<'a> {
	/// The event that records it.
	wanted: &'a dyn Fn(&RuntimeEvent) -> bool,
	/// Whether the chain's state at its best block shows it recorded (when its event cannot be
	/// read).
	recorded: &'a dyn Fn(&Chain) -> Result<bool>,
	/// The refusal that, found again after sending, means it was just recorded.
	already: Option<&'static str>,
	/// What to do after a timeout.
	lost: String,
}

/// Where a sent transaction was found.
struct Found {
	/// The block's number and hash, when its event was found.
	block: Option<(u32, [u8; 32])>,
	/// The index of the extrinsic in the block.
	extrinsic_index: Option<u32>,
	/// The event that recorded it.
	event: Option<RuntimeEvent>,
}

/// A transaction sent to the node's pool.
struct Sent<'a> {
	/// The extrinsic.
	extrinsic: &'a UncheckedExtrinsic,
	/// Its bytes.
	bytes: Vec<u8>,
	/// Its hash.
	hash: [u8; 32],
	/// The best block when it was sent: it is in a later one.
	start: u32,
}

/// How a transaction ended.
enum Outcome {
	/// A report to print: refused, or a dry run.
	Report(Report),
	/// In a block: its hash and where.
	Included([u8; 32], Found),
}

/// `failure`, met after a ticket's state file was written, saying to keep the file: the ticket
/// may have been sent, and the salt in the file is the only way to reveal its scores.
fn keeping(failure: Failure, state_file: &str) -> Failure {
	let keep = format!(
		"keep {state_file}: the ticket may have been sent, and its salt is the only way to \
		 reveal (`bmx-ring reveal --state {state_file}` tells whether it was selected)"
	);
	match failure {
		Failure::Rpc(message) => Failure::Rpc(format!("{message}; {keep}")),
		Failure::Timeout(message) => Failure::Timeout(format!("{message}; {keep}")),
		Failure::Input(message) => Failure::Input(format!("{message}; {keep}")),
		io @ Failure::Io { .. } => io,
	}
}

/// Asks the node's pool whether it takes `extrinsic` at the connection's block; unless
/// `send.dry_run`, sends it and waits for it as `watch` says.
fn validate_and_send(
	chain: &Chain,
	action: &Action,
	extrinsic: &UncheckedExtrinsic,
	send: &SendArgs,
	watch: &Watch,
) -> Result<Outcome> {
	let dry_run = send.dry_run;
	let bytes = extrinsic.encode();
	let hash = sp_crypto_hashing::blake2_256(&bytes);
	let valid = match chain.validate(extrinsic, false)? {
		Ok(valid) => valid,
		Err(error) => {
			let extra = if dry_run {
				vec![("dry_run", json!(true)), ("extrinsic", json!(to_hex(&bytes)))]
			} else {
				vec![]
			};
			let refused = refusal::from_validity_error::<PanelRefusal>(&error);
			return Ok(Outcome::Report(action.refused(refused, extra)));
		},
	};
	if dry_run {
		let validation = json!({
			"valid": true,
			"at": to_hex(&chain.at()),
			"priority": valid.priority,
			"longevity": valid.longevity,
			"provides": valid.provides.iter().map(|tag| to_hex(tag)).collect::<Vec<_>>(),
		});
		let extra = vec![
			("dry_run", json!(true)),
			("extrinsic", json!(to_hex(&bytes))),
			("extrinsic_hash", json!(to_hex(&hash))),
			("validation", validation),
		];
		let text = format!(
			"{}\n(dry run: not sent; the node validates it) {}",
			to_hex(&bytes),
			action.text
		);
		return Ok(Outcome::Report(action.report(None, extra, text, EXIT_OK)));
	}

	let (start, _) = chain.best()?;
	if let Err(error) = chain.submit(&bytes)? {
		return match refusal::from_pool_error::<PanelRefusal>(&error) {
			Some(refused) => Ok(Outcome::Report(
				action.refused(refused, vec![("extrinsic_hash", json!(to_hex(&hash)))]),
			)),
			None => Err(Failure::Rpc(format!(
				"author_submitExtrinsic: error {}: {} {}",
				error.code, error.message, error.data
			))),
		};
	}
	wait(chain, action, &Sent { extrinsic, bytes, hash, start }, send.timeout(), watch)
}

/// Polls the node until a block after the one `sent` was sent at holds the event `watch` wants.
/// A transaction that leaves the pool unrecorded is validated again: a refusal then is the
/// answer.
fn wait(
	chain: &Chain,
	action: &Action,
	sent: &Sent,
	timeout: Duration,
	watch: &Watch,
) -> Result<Outcome> {
	let Sent { extrinsic, bytes, hash, start } = sent;
	let hash = *hash;
	let deadline = Instant::now() + timeout;
	let mut next = start.saturating_add(1);
	let mut gone = 0u32;
	let mut resent = 0u32;
	let mut events_unreadable = false;
	loop {
		// The pool first, then the blocks: a transaction taken into a block between the two
		// questions is then seen in its block, never as lost.
		let pending = chain.is_pending(bytes)?;
		let (best, _) = chain.best()?;
		while next <= best && !events_unreadable {
			let Some(block) = chain.node().block_hash(Some(next))? else { break };
			match chain.events(&block) {
				Ok(events) => {
					if let Some((index, event)) = chain::find_event(&events, watch.wanted) {
						let found = Found {
							block: Some((next, block)),
							extrinsic_index: index,
							event: Some(event.clone()),
						};
						return Ok(Outcome::Included(hash, found));
					}
				},
				Err(_) => events_unreadable = true,
			}
			next = next.saturating_add(1);
		}
		if !pending {
			if (watch.recorded)(chain)? {
				let found = Found { block: None, extrinsic_index: None, event: None };
				return Ok(Outcome::Included(hash, found));
			}
			gone += 1;
			match chain.validate(extrinsic, true)? {
				Err(error) => {
					let refused = refusal::from_validity_error::<PanelRefusal>(&error);
					// The "already" refusal means it was just recorded: look again.
					if watch.already != Some(refused.name.as_str()) {
						let extra = vec![("extrinsic_hash", json!(to_hex(&hash)))];
						return Ok(Outcome::Report(action.refused(refused, extra)));
					}
				},
				// A fork-aware pool may drop a valid transaction (seen under load): send the
				// same bytes again; the chain records it at most once.
				Ok(_) if gone >= 5 && resent < crate::chain::RESENDS => {
					resent += 1;
					gone = 0;
					let _ = chain.submit(bytes)?;
				},
				Ok(_) if gone >= 5 => {
					return Err(Failure::Rpc(format!(
						"the transaction {} left the node's pool without being recorded, and the \
						 chain would still take it: send it again",
						to_hex(&hash)
					)));
				},
				Ok(_) => {},
			}
		} else {
			gone = 0;
		}
		if Instant::now() >= deadline {
			return Err(Failure::Timeout(format!(
				"the transaction {} was not recorded within {} s; {}",
				to_hex(&hash),
				timeout.as_secs(),
				watch.lost
			)));
		}
		std::thread::sleep(POLL);
	}
}

/// The fields of a transaction found in a block.
fn found_json(hash: [u8; 32], found: &Found, event: &str) -> Vec<(&'static str, Value)> {
	let block = found
		.block
		.map(|(number, block)| json!({ "number": number, "hash": to_hex(&block) }))
		.unwrap_or(Value::Null);
	vec![
		("extrinsic_hash", json!(to_hex(&hash))),
		("block", block),
		("extrinsic_index", json!(found.extrinsic_index)),
		("event", json!(found.event.as_ref().map(|_| event))),
	]
}

/// Where a transaction was found, in words.
fn found_text(found: &Found) -> String {
	match found.block {
		Some((number, _)) => format!("block #{number}"),
		None => "the best block's state (its event was not read)".into(),
	}
}

/// The pseudonym context of the chain `genesis`, checked against the one the chain verifies
/// with.
fn checked_pseudonym_context(chain: &Chain, genesis: &[u8; 32]) -> Result<[u8; 32]> {
	let context = pseudonym_context(genesis);
	let on_chain = chain.pseudonym_context()?;
	if on_chain != context {
		return Err(Failure::Rpc(format!(
			"the chain verifies pseudonyms for context {}, not {} (the context of genesis {}): \
			 refusing to prove for the wrong context",
			to_hex(&on_chain),
			to_hex(&context),
			to_hex(genesis)
		)));
	}
	Ok(context)
}

/// A panel's state in words.
fn state_text(state: &PanelState<u32>) -> String {
	match state {
		PanelState::Sortition { round, tickets_end, reveals_end } => format!(
			"round {round}: tickets until block {tickets_end}, reveals until block {reveals_end}"
		),
		PanelState::Concluded { revealed } => format!("concluded ({revealed} revealed)"),
		PanelState::Failed => "failed".into(),
		PanelState::Cancelled => "cancelled".into(),
	}
}

/// `report` with `keep`, the warning that the state file must be kept, in both outputs: a line
/// of its text and its JSON's `"important"`.
fn loud(mut report: Report, keep: String) -> Report {
	report.text = format!("{}\n{keep}", report.text);
	if let Value::Object(map) = &mut report.json {
		map.insert("important".into(), json!(keep));
	}
	report
}

/// Runs `ticket`.
pub fn ticket(args: &TicketArgs) -> Result<Report> {
	// The state file first: never overwritten, and a ticket is lost without it.
	if args.state.exists() {
		return Err(state_exists(&args.state));
	}
	let secret = args.secret.read()?;
	let me = secret.member();
	let (chain, notes) = chain::connect(&args.send.url)?;
	let genesis = chain.node().genesis()?;
	let panel_id = args.panel;
	let panel = chain
		.panel(panel_id)?
		.ok_or_else(|| input("--panel", format!("no panel {panel_id} on this chain")))?;

	let mut action = Action {
		done: "selected",
		fields: Map::from_iter([
			("panel".to_string(), json!(panel_id)),
			("scores".to_string(), json!(args.scores)),
		]),
		text: format!("panel {panel_id}"),
		notes,
	};
	let PanelState::Sortition { round, tickets_end, reveals_end } = panel.state else {
		let detail =
			format!("panel {panel_id} is {}: it draws no tickets", state_text(&panel.state));
		return Ok(action.refused(panel_refusal(PanelRefusal::TicketsClosed, detail), vec![]));
	};
	action.fields.insert("round".into(), json!(round));
	action.text = format!("panel {panel_id} round {round}");
	if u32::try_from(args.scores.len()).ok() != Some(panel.options) {
		return Err(input(
			"--score",
			format!(
				"panel {panel_id} scores {} options: give one --score per option, in the \
				 subject's order ({} given)",
				panel.options,
				args.scores.len()
			),
		));
	}
	// Validated in the block after the best one, included at the earliest there.
	let now = chain.number()?;
	if now.saturating_add(1) >= tickets_end {
		let detail = format!(
			"the tickets of panel {panel_id} round {round} close at block {tickets_end} (the best \
			 block is {now})"
		);
		return Ok(action.refused(panel_refusal(PanelRefusal::TicketsClosed, detail), vec![]));
	}

	let context = ticket_context(&genesis, panel_id, round, &panel.seed);
	let on_chain = chain.ticket_context(panel_id)?;
	if on_chain != Some(context) {
		return Err(Failure::Rpc(format!(
			"the chain verifies tickets of panel {panel_id} for context {}, not {} (the context \
			 of genesis {}, round {round} and the panel's seed): refusing to prove for the wrong \
			 context",
			on_chain.map_or_else(|| "none".into(), |c| to_hex(&c)),
			to_hex(&context),
			to_hex(&genesis)
		)));
	}
	let pseudonym_context = checked_pseudonym_context(&chain, &genesis)?;
	let ticket = secret.alias(&context)?;
	let pseudonym = secret.alias(&pseudonym_context)?;
	action.fields.insert("ticket".into(), json!(to_hex(&ticket)));
	action.fields.insert("pseudonym".into(), json!(to_hex(&pseudonym)));

	// The pallet's cheap checks, before a salt is drawn and a proof made.
	let threshold = ticket_threshold(panel.candidates, chain::panel_size());
	if !below_threshold(&ticket, panel.candidates) {
		let detail = format!(
			"your ticket's rank ({:#018x}) is above the threshold of a panel of {} candidates \
			 ({threshold:#018x}): you are not drawn in this round; nothing was sent",
			ticket_prefix(&ticket),
			panel.candidates
		);
		let extra = vec![
			("ticket_prefix", json!(format!("{:#018x}", ticket_prefix(&ticket)))),
			("threshold", json!(format!("{threshold:#018x}"))),
		];
		return Ok(action.refused(panel_refusal(PanelRefusal::NotLowEnough, detail), extra));
	}
	let selections = chain.selections(panel_id, Some(&chain.at()))?;
	if selections.iter().any(|s| s.ticket == ticket || s.pseudonym == pseudonym) {
		let detail = "your ticket is already selected in this round: the state file of the \
		              `ticket` that sent it holds its salt";
		return Ok(action.refused(panel_refusal(PanelRefusal::AlreadySubmitted, detail), vec![]));
	}
	let full = u32::try_from(selections.len()).unwrap_or(u32::MAX) >= chain::panel_size();
	if full && selections.last().is_some_and(|highest| ticket >= highest.ticket) {
		let detail = format!(
			"the panel already holds {} lower tickets: you are not drawn in this round; nothing \
			 was sent",
			selections.len()
		);
		return Ok(action.refused(panel_refusal(PanelRefusal::NotLowEnough, detail), vec![]));
	}

	let Some((ring, usable)) = chain.panel_ring(panel_id)? else {
		let detail = format!(
			"the ring of panel {panel_id} is not built yet: tickets are taken once it is \
			 published; try again later"
		);
		return Ok(action.refused(panel_refusal(PanelRefusal::TicketsClosed, detail), vec![]));
	};
	action.fields.insert("ring".into(), ring_json(&ring));
	if !usable {
		let detail = format!("the ring of panel {panel_id} has too few candidates for proofs");
		return Ok(action.refused(panel_refusal(PanelRefusal::RingNotUsable, detail), vec![]));
	}
	let keys = chain.members(&ring.scope, ring.index, ring.revision)?.ok_or_else(|| {
		Failure::Rpc(format!(
			"{} revision {}: the node returned no key list for the panel's ring",
			scope_text(&ring.scope),
			ring.revision
		))
	})?;
	if !keys.contains(&me) {
		return Err(input(
			"--panel",
			format!(
				"the member key {} is not a candidate of panel {panel_id}: its candidates are the \
				 evaluators enrolled before the subject's publication, without a conflict of \
				 interest; `bmx-ring member` prints your key",
				to_hex(&me)
			),
		));
	}

	// The commitment: a fresh salt, kept in the state file before anything is sent.
	let state = TicketState::new(
		genesis,
		panel_id,
		round,
		ticket,
		pseudonym,
		args.scores.clone(),
		fresh_salt()?,
	);
	state.write_new(&args.state)?;
	let state_file = args.state.display().to_string();
	action.fields.insert("commitment".into(), json!(to_hex(&state.commitment)));
	action.fields.insert("state_file".into(), json!(state_file));
	action.fields.insert("reveal_from".into(), json!(tickets_end));
	action.fields.insert("reveal_until".into(), json!(reveals_end));
	let keep = format!(
		"IMPORTANT: keep {state_file}: the salt in it is the only way to reveal your scores \
		 (`bmx-ring reveal --state {state_file}` from block {tickets_end} until block \
		 {reveals_end}). If your ticket is selected and you do not reveal, your pseudonym is \
		 slashed. Do not share it: it links you to your ticket and pseudonym."
	);

	let message = ticket_message(panel_id, round, &ring, &state.commitment);
	let (proof, aliases) = secret.prove_multi(
		chain::ring_domain(),
		&keys,
		&[&context[..], &pseudonym_context[..]],
		&message,
	)?;
	if aliases != [ticket, pseudonym] {
		return Err(Failure::Input(
			"the proof proves other aliases than the ticket and pseudonym computed".into(),
		));
	}
	let extrinsic =
		chain::ticket_extrinsic(panel_id, ring, ticket, pseudonym, state.commitment, proof)?;

	let wanted = |event: &RuntimeEvent| {
		matches!(
			event,
			RuntimeEvent::AnonymousPanels(pallet_anonymous_panels::Event::TicketSelected {
				panel, ticket: selected, ..
			}) if *panel == panel_id && *selected == ticket
		)
	};
	let recorded = |chain: &Chain| -> Result<bool> {
		Ok(chain.selections(panel_id, None)?.iter().any(|s| s.ticket == ticket))
	};
	let watch = Watch {
		wanted: &wanted,
		recorded: &recorded,
		already: Some("AlreadySubmitted"),
		lost: format!(
			"it may still be: `bmx-ring reveal --state {state_file}` checks whether it is \
			 selected once the tickets close (block {tickets_end})"
		),
	};
	let outcome = validate_and_send(&chain, &action, &extrinsic, &args.send, &watch)
		.map_err(|failure| keeping(failure, &state_file))?;
	match outcome {
		Outcome::Report(mut report) if report.exit_code == EXIT_REFUSED => {
			let refusal = report.json.get("refusal").and_then(Value::as_str);
			report.notes.push(
				if matches!(refusal, Some("PoolAlreadyImported" | "PoolPriorityTooLow")) {
					format!(
						"a transaction with this ticket already waits in the node's pool, sent \
						 by an earlier `ticket`: keep that run's state file; {state_file} holds \
						 nothing to reveal and may be deleted"
					)
				} else {
					format!(
						"the ticket was not taken: {state_file} holds nothing to reveal and may \
						 be deleted"
					)
				},
			);
			Ok(report)
		},
		Outcome::Report(mut report) => {
			// A dry run: its printed extrinsic commits to the salt.
			report.notes.push(
				"the state file was written even in a dry run: the printed extrinsic commits to \
				 its salt"
					.into(),
			);
			Ok(loud(report, keep))
		},
		Outcome::Included(hash, found) => {
			let extra = found_json(hash, &found, "AnonymousPanels.TicketSelected");
			let text = format!(
				"ticket selected in panel {panel_id} round {round}: {} (a lower ticket may still \
				 evict it before block {tickets_end})",
				found_text(&found)
			);
			Ok(loud(action.report(Some(true), extra, text, EXIT_OK), keep))
		},
	}
}

/// Runs `reveal`.
pub fn reveal(args: &RevealArgs) -> Result<Report> {
	let state = TicketState::read(&args.state)?;
	let (chain, notes) = chain::connect(&args.send.url)?;
	let genesis = chain.node().genesis()?;
	if genesis != state.genesis {
		return Err(input(
			"--state",
			format!(
				"the state file is of the chain {}, the node's genesis is {}",
				to_hex(&state.genesis),
				to_hex(&genesis)
			),
		));
	}
	let panel_id = state.panel;
	let action = Action {
		done: "revealed",
		fields: Map::from_iter([
			("panel".to_string(), json!(panel_id)),
			("round".to_string(), json!(state.round)),
			("ticket".to_string(), json!(to_hex(&state.ticket))),
			("pseudonym".to_string(), json!(to_hex(&state.pseudonym))),
			("scores".to_string(), json!(state.scores)),
		]),
		text: format!("panel {panel_id} round {}", state.round),
		notes,
	};
	let panel = chain
		.panel(panel_id)?
		.ok_or_else(|| input("--state", format!("no panel {panel_id} on this chain")))?;
	let (tickets_end, reveals_end) = match panel.state {
		PanelState::Sortition { round, tickets_end, reveals_end } if round == state.round => {
			(tickets_end, reveals_end)
		},
		PanelState::Sortition { round, .. } => {
			let detail = format!(
				"panel {panel_id} is in round {round} now: the round of this ticket ({}) ended",
				state.round
			);
			return Ok(action.refused(panel_refusal(PanelRefusal::NotSelected, detail), vec![]));
		},
		other => {
			let detail = format!("panel {panel_id} is {}: it takes no reveals", state_text(&other));
			return Ok(action.refused(panel_refusal(PanelRefusal::RevealsClosed, detail), vec![]));
		},
	};
	// Validated in the block after the best one, included at the earliest there.
	let now = chain.number()?;
	let next = now.saturating_add(1);
	if next < tickets_end || next >= reveals_end {
		let detail = if next < tickets_end {
			format!(
				"the reveals of panel {panel_id} open at block {tickets_end}, when its tickets \
				 close (the best block is {now}): run this again then, until block {reveals_end}"
			)
		} else {
			format!(
				"the reveals of panel {panel_id} round {} closed at block {reveals_end} (the best \
				 block is {now})",
				state.round
			)
		};
		return Ok(action.refused(panel_refusal(PanelRefusal::RevealsClosed, detail), vec![]));
	}
	let selections = chain.selections(panel_id, Some(&chain.at()))?;
	let Some(selection) = selections.iter().find(|s| s.ticket == state.ticket) else {
		let detail = "your ticket is not among the panel's selected ones (lower tickets evicted \
		              it): you are not on this panel, nothing to reveal, and nothing is slashed";
		return Ok(action.refused(panel_refusal(PanelRefusal::NotSelected, detail), vec![]));
	};
	if selection.scores.is_some() {
		let detail = "this ticket's scores were revealed already";
		return Ok(action.refused(panel_refusal(PanelRefusal::AlreadyRevealed, detail), vec![]));
	}
	if selection.commitment != state.commitment {
		return Err(input(
			"--state",
			format!(
				"the chain holds commitment {} for this ticket, the state file {}: not the state \
				 file of the ticket that was sent",
				to_hex(&selection.commitment),
				to_hex(&state.commitment)
			),
		));
	}

	let extrinsic = chain::reveal_extrinsic(panel_id, state.ticket, &state.scores, state.salt)?;
	let ticket = state.ticket;
	let wanted = |event: &RuntimeEvent| {
		matches!(
			event,
			RuntimeEvent::AnonymousPanels(pallet_anonymous_panels::Event::ScoresRevealed {
				panel, ticket: revealed, ..
			}) if *panel == panel_id && *revealed == ticket
		)
	};
	let recorded = |chain: &Chain| -> Result<bool> {
		Ok(chain
			.selections(panel_id, None)?
			.iter()
			.any(|s| s.ticket == ticket && s.scores.is_some()))
	};
	let watch = Watch {
		wanted: &wanted,
		recorded: &recorded,
		already: Some("AlreadyRevealed"),
		lost: format!("it may still be: run `bmx-ring reveal` again before block {reveals_end}"),
	};
	match validate_and_send(&chain, &action, &extrinsic, &args.send, &watch)? {
		Outcome::Report(report) => Ok(report),
		Outcome::Included(hash, found) => {
			let extra = found_json(hash, &found, "AnonymousPanels.ScoresRevealed");
			let text = format!(
				"scores {:?} revealed in panel {panel_id} round {}: {}",
				state.scores,
				state.round,
				found_text(&found)
			);
			Ok(action.report(Some(true), extra, text, EXIT_OK))
		},
	}
}

/// Runs `settle`.
pub fn settle(args: &SettleArgs) -> Result<Report> {
	let to = parse_account(&args.to, "--to")?;
	let secret = args.secret.read()?;
	let me = secret.member();
	let (chain, notes) = chain::connect(&args.send.url)?;
	let genesis = chain.node().genesis()?;
	let context = checked_pseudonym_context(&chain, &genesis)?;
	let pseudonym = secret.alias(&context)?;
	let mut action = Action {
		done: "settled",
		fields: Map::from_iter([
			("pseudonym".to_string(), json!(to_hex(&pseudonym))),
			("to".to_string(), json!(to_hex(to.as_ref()))),
			("close".to_string(), json!(args.close)),
		]),
		text: format!("pseudonym {} to {}", to_hex(&pseudonym), to_hex(to.as_ref())),
		notes,
	};

	// The nonce the proof binds: the settlements so far (none for a pseudonym never seen).
	let record = chain.pseudonym(pseudonym)?;
	if record.as_ref().is_some_and(|record| record.closed) {
		let detail = "the pseudonym settled its bond and closed: nothing is left to settle";
		return Ok(action.refused(panel_refusal(PanelRefusal::NothingToSettle, detail), vec![]));
	}
	let nonce = record.as_ref().map_or(0, |record| record.settlements);
	if let Some(record) = &record {
		let amount = if args.close {
			record.earnings.saturating_add(record.credit)
		} else {
			record.earnings
		};
		action.fields.insert("amount".into(), json!(amount.to_string()));
		action.fields.insert(
			"record".into(),
			json!({
				"reputation": record.reputation,
				"credit": record.credit.to_string(),
				"earnings": record.earnings.to_string(),
				"panels": record.panels,
				"settlements": record.settlements,
			}),
		);
	}
	action.fields.insert("nonce".into(), json!(nonce));

	let now = chain.number()?;
	let at = args.at.unwrap_or(now);
	if at > now {
		return Err(input("--at", format!("block {at} is after the best block ({now})")));
	}
	// An enrolled evaluator's key is in a roster ring; one that left is in a former
	// evaluators' ring once its cohort was built. The roster's error tells what to do.
	let FoundRing { ring, keys } =
		match find_ring(&chain, &RingScope::Evaluators, at, &me, Purpose::Settlement) {
			Ok(found) => found,
			Err(roster) => {
				find_ring(&chain, &RingScope::FormerEvaluators, at, &me, Purpose::Settlement)
					.map_err(|_| roster)?
			},
		};
	if at < now && ring.scope == RingScope::Evaluators {
		action.notes.push(
			"proving against an earlier roster revision shows that your key left the roster \
			 since: if few evaluators left in between, the public `Left` events narrow down who \
			 you are. Once your key is in a usable former evaluators' ring, settle against it \
			 at the best block instead (without --at)"
				.into(),
		);
	}
	action.fields.insert("ring".into(), ring_json(&ring));
	action.fields.insert("at".into(), json!(at));

	let message = settlement_message(&pseudonym, &to.encode(), nonce, args.close);
	let (proof, aliases) =
		secret.prove_multi(chain::ring_domain(), &keys, &[&context[..]], &message)?;
	if aliases != [pseudonym] {
		return Err(Failure::Input("the proof proves another alias than the pseudonym".into()));
	}
	let extrinsic =
		chain::settlement_extrinsic(ring, at, pseudonym, to.clone(), args.close, proof)?;

	let wanted = |event: &RuntimeEvent| {
		matches!(
			event,
			RuntimeEvent::AnonymousPanels(pallet_anonymous_panels::Event::PseudonymSettled {
				pseudonym: settled, to: paid, ..
			}) if *settled == pseudonym && *paid == to
		)
	};
	let recorded = |chain: &Chain| -> Result<bool> {
		Ok(chain.pseudonym(pseudonym)?.is_some_and(|record| record.settlements > nonce))
	};
	let watch = Watch {
		wanted: &wanted,
		recorded: &recorded,
		already: None,
		lost: "it may still be: `bmx-ring settle --dry-run` shows the pseudonym's record".into(),
	};
	let note = "the account paid is linked to the pseudonym from now on: use a fresh one";
	match validate_and_send(&chain, &action, &extrinsic, &args.send, &watch)? {
		Outcome::Report(report) => Ok(report),
		Outcome::Included(hash, found) => {
			let mut extra = found_json(hash, &found, "AnonymousPanels.PseudonymSettled");
			let paid = match &found.event {
				Some(RuntimeEvent::AnonymousPanels(
					pallet_anonymous_panels::Event::PseudonymSettled { amount, closed, .. },
				)) => {
					extra.push(("amount", json!(amount.to_string())));
					extra.push(("closed", json!(closed)));
					format!("{} paid", bmx(*amount))
				},
				_ => "paid".into(),
			};
			let text = format!("{paid} to {}: {}", to_hex(to.as_ref()), found_text(&found));
			let mut report = action.report(Some(true), extra, text, EXIT_OK);
			report.notes.push(note.into());
			Ok(report)
		},
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::keys::MemberSecret;
	use bmx_primitives::anonymity::MembershipError;
	use bmx_primitives::anonymity::RingRef;
	use pallet_anonymity_rings::crypto::RingCrypto;
	use sp_core::crypto::AccountId32;

	fn sample_state(salt: Salt) -> TicketState {
		TicketState::new([4; 32], 3, 1, [5; 32], [6; 32], vec![90, 0, 100], salt)
	}

	#[test]
	fn a_state_file_round_trips_privately_and_is_never_overwritten() {
		let folder = tempfile::tempdir().unwrap();
		let path = folder.path().join("tickets").join("panel-3.json");
		let state = sample_state(fresh_salt().unwrap());
		assert_eq!(
			state.commitment,
			score_commitment(3, 1, &[5; 32], &[90, 0, 100], &state.salt),
			"the commitment is the primitives' own"
		);
		state.write_new(&path).unwrap();
		#[cfg(unix)]
		{
			use std::os::unix::fs::PermissionsExt;
			let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
			assert_eq!(mode(&path), 0o600);
			assert_eq!(mode(path.parent().unwrap()), 0o700);
		}
		assert_eq!(TicketState::read(&path).unwrap(), state);
		let text = std::fs::read_to_string(&path).unwrap();
		assert!(text.contains(&hex::encode(state.salt)), "the salt is kept: {text}");

		// Never overwritten, not even by the same state: the file may hold a sent ticket's salt.
		let error = sample_state([1; 32]).write_new(&path).unwrap_err().to_string();
		assert!(error.contains("already exists"), "{error}");
		assert_eq!(TicketState::read(&path).unwrap(), state);
		// Two tickets never share a salt.
		assert_ne!(fresh_salt().unwrap(), fresh_salt().unwrap());
	}

	#[test]
	fn a_damaged_or_foreign_state_file_is_refused() {
		let folder = tempfile::tempdir().unwrap();
		let state = sample_state([7; 32]);
		let write = |name: &str, value: &Value| {
			let path = folder.path().join(name);
			std::fs::write(&path, value.to_string()).unwrap();
			path
		};
		let refused = |path: &Path| TicketState::read(path).unwrap_err().to_string();
		let with = |key: &str, value: Value| {
			let mut json = state.to_json();
			json[key] = value;
			json
		};

		// Another salt or other scores do not open the commitment: the reveal would fail.
		let error = refused(&write("salt", &with("salt", json!(to_hex(&[8; 32])))));
		assert!(error.contains("do not open its commitment"), "{error}");
		let error = refused(&write("scores", &with("scores", json!([90, 0, 99]))));
		assert!(error.contains("do not open its commitment"), "{error}");
		let error = refused(&write("score", &with("scores", json!([90, 0, 101]))));
		assert!(error.contains("a score of 101"), "{error}");
		let error = refused(&write("kind", &with("kind", json!("something-else"))));
		assert!(error.contains("not a bmx-ring ticket state file"), "{error}");
		let error = refused(&write("version", &with("version", json!(2))));
		assert!(error.contains("version 2"), "{error}");
		let mut missing = state.to_json();
		missing.as_object_mut().unwrap().remove("salt");
		let error = refused(&write("missing", &missing));
		assert!(error.contains("no \"salt\""), "{error}");
		let path = folder.path().join("text");
		std::fs::write(&path, "salt=00\n").unwrap();
		assert!(refused(&path).contains("not a bmx-ring ticket state file"));
		let error = refused(&folder.path().join("absent"));
		assert!(error.contains("absent"), "{error}");
		// The intact file reads.
		assert_eq!(TicketState::read(&write("intact", &state.to_json())).unwrap(), state);
	}

	#[test]
	fn the_threshold_is_the_pallets_for_the_runtimes_panel_size() {
		let size = chain::panel_size();
		let ticket = |prefix: u64| {
			let mut ticket = [0xff; 32];
			ticket[..8].copy_from_slice(&prefix.to_be_bytes());
			ticket
		};
		// A panel that takes most of its candidates anyway has no threshold.
		let few = size * pallet_anonymous_panels::TICKET_MARGIN;
		assert!(below_threshold(&ticket(u64::MAX), few));
		// A larger one takes about `TICKET_MARGIN × PanelSize` of its candidates' tickets.
		let candidates = few * 10;
		let threshold = ticket_threshold(candidates, size);
		assert_eq!(threshold, u64::MAX / u64::from(candidates) * u64::from(few));
		assert!(below_threshold(&ticket(0), candidates));
		assert!(below_threshold(&ticket(threshold), candidates));
		assert!(!below_threshold(&ticket(threshold + 1), candidates));
		assert!(!below_threshold(&ticket(u64::MAX), candidates));
	}

	#[test]
	fn balances_read_in_bmx() {
		let unit = bmx_runtime::UNIT;
		assert_eq!(bmx(25 * unit), "25 BMX");
		assert_eq!(bmx(unit / 2), "0.5 BMX");
		assert_eq!(bmx(1_000 * unit + 1), "1000.000000000001 BMX");
		assert_eq!(bmx(0), "0 BMX");
	}

	/// The root of `keys` on the runtime's domain, as the rings pallet builds and keeps it.
	fn root(keys: &[crate::MemberKey]) -> Vec<u8> {
		let domain = chain::ring_domain();
		let builder = crate::Crypto::absorb(domain, &crate::Crypto::start_ring(domain), keys)
			.expect("valid keys");
		crate::Crypto::finish_ring(&builder).expect("a root")
	}

	#[test]
	fn tickets_pseudonyms_and_settlements_prove_what_the_pallet_verifies() {
		let domain = chain::ring_domain();
		let evaluators: Vec<_> = (1..=4u8).map(|i| MemberSecret::from_entropy([i; 32])).collect();
		let keys: Vec<_> = evaluators.iter().map(MemberSecret::member).collect();
		let root = root(&keys);
		let (genesis, panel, round, seed) = ([3u8; 32], 7, 1, [9u8; 32]);
		let ring = RingRef { scope: RingScope::Panel(panel), index: 0, revision: 1 };
		let contexts = [ticket_context(&genesis, panel, round, &seed), pseudonym_context(&genesis)];
		let me = &evaluators[2];

		// The ticket and pseudonym computed offline are the aliases the proof proves.
		let ticket = me.ticket(&genesis, panel, round, &seed).unwrap();
		let pseudonym = me.pseudonym(&genesis).unwrap();
		let state =
			TicketState::new(genesis, panel, round, ticket, pseudonym, vec![80, 20], [1; 32]);
		let message = ticket_message(panel, round, &ring, &state.commitment);
		let (proof, aliases) = me
			.prove_multi(domain, &keys, &[&contexts[0][..], &contexts[1][..]], &message)
			.unwrap();
		assert_eq!(aliases, vec![ticket, pseudonym]);
		let verify = |proof: &[u8], contexts: &[&[u8]], message: &[u8]| {
			crate::Crypto::verify_membership(domain, &root, proof, contexts, message)
		};
		let both = [&contexts[0][..], &contexts[1][..]];
		assert_eq!(verify(&proof, &both, &message), Ok(vec![ticket, pseudonym]));
		assert!(proof.len() >= pallet_anonymous_panels::MIN_TICKET_PROOF_LEN as usize);
		assert!(
			chain::ticket_extrinsic(
				panel,
				ring,
				ticket,
				pseudonym,
				state.commitment,
				proof.clone()
			)
			.is_ok(),
			"the proof fits the runtime's bound"
		);
		// Bound to the commitment and the round: no other scores, no replay in a re-run.
		let other =
			TicketState::new(genesis, panel, round, ticket, pseudonym, vec![81, 20], [1; 32]);
		let forged = ticket_message(panel, round, &ring, &other.commitment);
		assert_eq!(verify(&proof, &both, &forged), Err(MembershipError::InvalidProof));
		let rerun = ticket_context(&genesis, panel, round + 1, &seed);
		assert_eq!(
			verify(&proof, &[&rerun[..], &contexts[1][..]], &message),
			Err(MembershipError::InvalidProof)
		);
		// Another round draws another ticket; the pseudonym stays, in every panel.
		assert_ne!(me.ticket(&genesis, panel, round + 1, &seed).unwrap(), ticket);
		assert_eq!(me.alias(&pseudonym_context(&genesis)).unwrap(), pseudonym);
		assert_ne!(evaluators[1].pseudonym(&genesis).unwrap(), pseudonym);

		// A settlement proves the pseudonym alone, bound to the account and the nonce.
		let to = AccountId32::new([8; 32]);
		let message = settlement_message(&pseudonym, &to.encode(), 0, false);
		let (proof, aliases) =
			me.prove_multi(domain, &keys, &[&contexts[1][..]], &message).unwrap();
		assert_eq!(aliases, vec![pseudonym]);
		assert_eq!(verify(&proof, &[&contexts[1][..]], &message), Ok(vec![pseudonym]));
		let replay = settlement_message(&pseudonym, &to.encode(), 1, false);
		assert_eq!(
			verify(&proof, &[&contexts[1][..]], &replay),
			Err(MembershipError::InvalidProof)
		);
		let elsewhere =
			settlement_message(&pseudonym, &AccountId32::new([9; 32]).encode(), 0, false);
		assert!(verify(&proof, &[&contexts[1][..]], &elsewhere).is_err());

		// An outsider is in no panel ring.
		let outsider = MemberSecret::from_entropy([9; 32]);
		let error = outsider.prove_multi(domain, &keys, &both, &message).unwrap_err().to_string();
		assert!(error.contains("not in the ring"), "{error}");
	}
}
