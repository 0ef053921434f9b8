//! `bmx-ring`: the Blockchain MX ring client, for citizens, for anonymous evaluators and for the
//! tests of secret ballots and panels (issue 14).
//!
//! ## Overview
//!
//! A verified adult takes part in secret ballots with a *member key*: a Bandersnatch public key
//! whose secret never leaves the person's device. The key is registered once in the anonymity
//! rings (`AnonymityRings.register_member_key`) and joins the rings of the person's
//! municipality, state and nation in batches. To vote, the person proves with a ring VRF
//! (`verifiable` 0.4.1) that it holds the secret of *one* of the keys of a ring, without saying
//! which, and gets an *alias*: the same every time for that person and ballot, unlinkable to the
//! key and to its aliases in other ballots. The vote travels as a feeless general transaction
//! (no account, no signature, no nonce, no fee), authorized by the proof itself.
//!
//! A certified evaluator enrolled in the roster (`AnonymousPanels.enrol`) uses the same key for
//! panels: it draws a *ticket* (its alias in the round's ticket context) and, when the ticket is
//! low enough, commits to its scores and sends the ticket with a two-context proof against the
//! panel's ring; the selected reveal their scores with the commitment's salt; the pay accrues to
//! the evaluator's *pseudonym* (its alias in the pseudonym context, the same in every panel) and
//! is settled to any account with a proof against the roster. None of these names the account or
//! the key.
//!
//! Every context and message is built by [`bmx_primitives::anonymity`]
//! (`key_possession_message`, `ballot_context`, `vote_message`, `pseudonym_context`,
//! `ticket_context`, `ticket_message`, `score_commitment`, `settlement_message`), the very code
//! the pallets verify with; nothing is re-encoded here. Transactions, view-function queries, storage keys and
//! events use the types of the `bmx-runtime` crate the tool is built with.
//!
//! ## Commands
//!
//! Every command takes `--json` (JSON on standard output, errors as `{ "error", "message" }`);
//! otherwise it prints one value (a key, a signature, an alias) or one line, and notes on
//! standard error. `--secret FILE` defaults to `$BMX_RING_SECRET`, else
//! `$XDG_CONFIG_HOME/bmx-ring/secret`, else `~/.config/bmx-ring/secret`.
//!
//! - `bmx-ring keygen [--out FILE]`: 32 bytes of OS entropy become a new secret file and the
//!   member key is printed (`{ "member", "secret_file" }`). Never overwrites a file.
//! - `bmx-ring member [--secret FILE]`: the member key (`{ "member" }`).
//! - `bmx-ring possession [--secret FILE] --account SS58_OR_HEX (--genesis HEX | --url URL)`:
//!   the 64-byte signature `register_member_key(key, possession)` takes: the secret's plain
//!   `verifiable` signature over `key_possession_message(genesis, account.encode())`
//!   (`{ "member", "account", "genesis", "possession" }`). It binds the key to that account on
//!   that chain: nobody can register another person's key as theirs.
//! - `bmx-ring alias [--secret FILE] --ballot ID (--genesis HEX | --url URL)`: the voter's alias
//!   in that ballot (`alias_in_context(secret, ballot_context(genesis, id))`), computed offline:
//!   the name the vote is recorded under (`SecretBallots.vote_of(id, alias)`,
//!   `SecretVoteCast`), so that a voter can find and check its own vote in the public record
//!   (`{ "ballot", "genesis", "alias" }`).
//! - `bmx-ring vote --url URL [--secret FILE] --ballot ID --choice N [--choice M ...]
//!   [--dry-run] [--timeout SECS]`: reads the ballot (`SecretBallots.ballot`: its scope and
//!   snapshot) and checks the chain's `vote_context` equals the context computed here; finds the
//!   ring of the ballot's scope whose revision in force at the snapshot holds the voter's key
//!   (`AnonymityRings.rings_of`, the `Roots` validity windows, `ring_members`); proves with
//!   `open` + `create` on the ring's keys in ring order (on the runtime's ring domain); builds
//!   `SecretBallots.cast_secret_vote(ballot, ring, alias, choices, proof)` as a v5 general
//!   transaction with the runtime's `TxExtension` (immortal, nonce 0, tip 0); asks the node's
//!   pool whether it takes it (`TaggedTransactionQueue_validate_transaction`); sends it
//!   (`author_submitExtrinsic`), and polls until the best block records the alias
//!   (`vote_of`), then reads that block's `SecretVoteCast`. Prints
//!   `{ "voted": true, "ballot", "alias", "ring": { "scope", "index", "revision" }, "choices",
//!   "extrinsic_hash", "block": { "number", "hash" }, "extrinsic_index", "moment", "event" }`.
//!   `--dry-run` stops before sending and prints the extrinsic (`"extrinsic"`, hex) and the
//!   node's validation (`"validation": { "valid", "priority", "longevity", "provides" }`).
//!   A refusal prints `{ "voted": false, "refusal", "code", "message", ... }`.
//!   Test only: `--ring-keys FILE --ring-index I --revision R` proves against the given key list
//!   (a JSON array of hex keys, or one per line) named as that ring revision of the ballot's
//!   scope, e.g. to show that an outsider's proof is refused (`InvalidProof`).
//! - `bmx-ring pseudonym [--secret FILE] (--genesis HEX | --url URL)`: the evaluator's
//!   pseudonym (`alias_in_context(secret, pseudonym_context(genesis))`), computed offline: the
//!   name its tickets, scores, reputation and pay are recorded under (`TicketSelected`,
//!   `AnonymousPanels.pseudonym`) (`{ "genesis", "pseudonym" }`). With `--url` only the
//!   genesis hash is asked, never the pseudonym's record.
//! - `bmx-ring ticket --url URL [--secret FILE] --panel P --score S [--score S ...] --state FILE
//!   [--dry-run] [--timeout SECS]`: reads the panel (`AnonymousPanels.panel`) and checks it is
//!   drawing tickets (`Sortition`, its tickets not closed) and that the chain's
//!   `ticket_context(P)` and `pseudonym_context` equal those computed here; computes the ticket
//!   and pseudonym; stops without sending (exit 1) when the pallet would refuse the ticket
//!   before its proof: above `ticket_threshold(candidates, PanelSize)` (`NotLowEnough`), not
//!   below the panel's `PanelSize` lowest, or already selected. Then draws a fresh salt
//!   (32 bytes of OS entropy), computes `score_commitment` and writes the state file (below);
//!   proves with `create_multi_context` against the panel's ring (ring 0 of scope `Panel(P)`,
//!   its last published revision, as `PanelRings::panel_ring` answers; its keys in ring order
//!   from `ring_members`) for the contexts `[ticket_context, pseudonym_context]`, binding
//!   `ticket_message(P, round, ring, commitment)`; builds `AnonymousPanels.submit_ticket` as a
//!   general transaction; validates it through the node's pool, sends it and polls the blocks
//!   from the best one on until one holds its `TicketSelected` (or the selection holds the
//!   ticket). Prints `{ "selected": true, "panel", "round", "scores", "ticket", "pseudonym",
//!   "ring", "commitment", "state_file", "reveal_from", "reveal_until", "important",
//!   "extrinsic_hash", "block": { "number", "hash" }, "extrinsic_index", "event" }`. A selected
//!   ticket may still be evicted by a lower one until the tickets close.
//! - `bmx-ring reveal --url URL --state FILE [--dry-run] [--timeout SECS]`: reads the state
//!   file, checks the node is of its chain, the panel is in the ticket's round and takes reveals
//!   now (from its `tickets_end` to its `reveals_end`), the ticket is among `selections(P)` and
//!   holds the file's commitment; sends `AnonymousPanels.reveal_scores(P, ticket, scores, salt)`
//!   as a general transaction (no secret needed: the salt is the authorization) and waits for
//!   its `ScoresRevealed` (`{ "revealed": true, ... }`). A ticket evicted by lower ones is
//!   refused locally (`NotSelected`): there is nothing to reveal and nothing is slashed.
//! - `bmx-ring settle --url URL [--secret FILE] --to ACCOUNT [--close] [--at BLOCK] [--dry-run]
//!   [--timeout SECS]`: reads the pseudonym's record (`AnonymousPanels.pseudonym`; its
//!   `settlements` are the nonce, 0 for a pseudonym never seen); finds the roster ring
//!   (`RingScope::Evaluators`) whose revision in force at the best block (or `--at`) holds the
//!   member key, as `vote` finds its ring, or else, for an evaluator that left the roster, the
//!   former evaluators' ring (`RingScope::FormerEvaluators`) that holds it (its key joins one
//!   with the next cohort of leavers; `--at` a block before it left proves against an old
//!   roster revision instead, which narrows it to those who left since); proves for the context `[pseudonym_context]`, binding `settlement_message(pseudonym,
//!   to.encode(), nonce, close)`; sends `AnonymousPanels.settle_pseudonym(ring, at, pseudonym,
//!   to, close, proof)` and waits for its `PseudonymSettled` (`{ "settled": true, "amount",
//!   "closed", ... }`; amounts are strings of the smallest unit). The account paid is linked to
//!   the pseudonym from then on: use a fresh one.
//!
//! `ticket`, `reveal` and `settle` print like `vote`: `--dry-run` stops before sending with
//! `"extrinsic"` and `"validation"`; a refusal prints `{ "<selected|revealed|settled>": false,
//! "refusal", "code", "message", ... }`, its code a `PanelRefusal` of the pallet.
//!
//! ## Exit codes
//!
//! - **0**: done (for `vote`, `ticket`, `reveal`, `settle`: the transaction is in a block; with
//!   `--dry-run`: the node would take it).
//! - **1**: the chain refused the transaction, or the tool found before sending that it would
//!   (a ticket above the panel's threshold, a reveal outside the reveal window or of an evicted
//!   ticket). The refusal is named: a `VoteRefusal` of the ballots' pallet or a `PanelRefusal`
//!   of the panels' pallet (`InvalidTransaction::Custom(code)`, decoded with `from_code`:
//!   `AlreadyVoted`, `Closed`, `NotLowEnough`, `NotSelected`, `InvalidProof`, ...), another
//!   `InvalidTransaction`, or the pool's own (`PoolPriorityTooLow`: another transaction with the
//!   same tag waits in the pool). Nothing was recorded for it.
//! - **2**: bad input (arguments, a missing or damaged secret or state file, a key in no ring of
//!   the ballot's scope at its snapshot, or not a candidate of the panel, or in no roster ring),
//!   a node that cannot be reached or answers in another layout, or a timeout (the transaction
//!   may still be recorded: look for the alias, the ticket or the pseudonym).
//!
//! ## The secret
//!
//! The secret file holds the 32 bytes of entropy the secret is derived from, as 64 hex digits,
//! mode 0600 in a 0700 folder. It is never printed, never sent, and never overwritten. Back it
//! up where only you can reach it:
//! - **Lost**: you can no longer vote with that key. Register a new one from your account
//!   (`rotate_member_key(new_key, possession)`): the old key leaves its rings, the new one waits
//!   for the next onboarding batch and joins at the next ring build. Ballots already opened
//!   keep the rings of their snapshot, so you vote again from the next ballot on.
//! - **Stolen**: whoever holds it can vote as you in every ballot you have not voted in yet.
//!   Rotate the key at once.
//! - A registrar's kiosk must never generate or see it: generate it on your own device.
//!
//! ## The ticket's state file
//!
//! `ticket --state FILE` writes a new JSON file (mode 0600 in a 0700 folder, never over an
//! existing file) before anything is sent: `{ "kind": "bmx-ring/panel-ticket", "version": 1,
//! "genesis", "panel", "round", "ticket", "pseudonym", "scores", "salt", "commitment" }`. The
//! salt is drawn fresh for every ticket and exists nowhere else: **without it the scores cannot
//! be revealed, and a selected evaluator that does not reveal loses part of its bond credit and
//! a reputation point.** Keep the file until the panel's round concluded. It also links you to
//! your ticket and pseudonym, and before the reveals open it tells your scores: share it with
//! nobody, and delete it once the round concluded. `reveal` re-checks the commitment from the
//! scores and salt, so a damaged file is refused before anything is sent. A dry run writes it
//! too: its printed extrinsic commits to the salt.
//!
//! ## What stays secret, and what does not
//!
//! - The chain and its events show the ring revision proved against, the alias and the
//!   choices, never the account or the member key. The alias is unlinkable to the person and
//!   to the person's aliases in other ballots.
//! - **No receipt-freeness**: a voter who reveals its alias (or its secret, or a second proof
//!   in the same context) lets anyone check its vote in the public record. The chain keeps
//!   votes secret from third parties; it does not stop a voter from selling its vote.
//! - The ring search never sends the member key to the node: it fetches the scope's rings and
//!   key lists and looks for the key locally. The node still sees the voter's IP address and
//!   when the vote was sent (and `vote` asks it for the alias's record afterwards): vote through
//!   a node or relay you trust.
//! - The anonymity set is the ring proved against (at least the scope's minimum ring size).
//! - Panels: a ticket hides among the panel's candidates, a settlement among the roster ring's
//!   members. The node sees the ticket, pseudonym and commitment of a ticket it validates, and
//!   the pseudonym of a settlement (whose record `settle` also reads): send through a node or
//!   relay you trust. The chain shows every selected ticket's pseudonym and scores, and the
//!   account each settlement paid.
//!
//! ## In a browser (a wallet or the portal)
//!
//! The same steps run in a browser with the same crates, built for `wasm32-unknown-unknown`
//! with `wasm-bindgen`: `verifiable = { version = "=0.4.1", default-features = false, features
//! = ["no-std-prover"] }` (the `std` feature pulls rayon threads, which a browser lacks) and
//! `getrandom = { version = "0.2", features = ["js"] }` (the proof's blinding needs a secure
//! RNG: `crypto.getRandomValues`; `no-std-prover` fails at link time without a backend), plus
//! `bmx-primitives` without default features for the context and message builders. Such a
//! module exports `generate_secret`, `member_key`, `possession`, `alias` and `prove_vote`
//! (returning the extrinsic's bytes); the page keeps the secret in IndexedDB wrapped by a
//! WebCrypto key derived from a passphrase, fetches the ring with the same view functions
//! (`state_call` over JSON-RPC) and submits with `author_submitExtrinsic` to any node or relay.
//! The extrinsic needs no metadata-aware library: it is `compact(length) ++ 0x45` (v5, general)
//! `++ 0x00` (extension version) `++ 0x00 0x00 0x00` (immortal era, nonce 0, tip 0: the only
//! explicit bytes of the runtime's extensions) `++` the SCALE call (`SecretBallots` pallet index,
//! call index 1, `ballot_id: u32`, `RingRef`, `alias: [u8; 32]`, `choices: Vec<u32>`,
//! `proof: Vec<u8>`). Proving takes about a second natively (multi-threaded) and several in
//! single-threaded wasm; the `prover` feature embeds the 4.7 MB SRS.
//!
//! ## Not yet
//!
//! - `https://` nodes (HTTP JSON-RPC only; `ws://` URLs are reached over HTTP), subscriptions
//!   (`vote` polls), a relay with delay and batching.
//! - A passphrase-encrypted secret file, and `register`/`rotate` commands that send the
//!   registration (today `possession` prints the signature for a wallet to send); `enrol`,
//!   `leave` and `top_up_bond` of the panels are signed calls for a wallet to send.
//! - An end-to-end test of `ticket`, `reveal` and `settle` against a node: a panel is opened
//!   only by another pallet (`EvaluationPanels::open_panel`), and the tenders pallet is not yet
//!   wired to the panels, so no extrinsic opens one on a running chain. The crate's unit tests
//!   check everything computable offline (state files, tickets, pseudonyms and proofs against
//!   what the pallet verifies, the threshold, refusal codes, the extrinsics' routing in the
//!   runtime), and `tests/panel.rs` runs the three commands against the stand-in node of
//!   `tests/common` (the runtime's state in `TestExternalities` behind JSON-RPC, as
//!   `tests/vote.rs` does for `vote`), with the panel opened in-process through that trait.

pub mod chain;
pub mod cli;
pub mod encoding;
pub mod error;
pub mod keys;
pub mod panel;
pub mod refusal;
pub mod ring;
pub mod rpc;
pub mod vote;

pub use bmx_primitives::anonymity::{Alias, MemberKey};

/// The ring VRF the chain verifies with: Bandersnatch (`verifiable` 0.4.1), with the prover.
pub type Crypto = verifiable::ring::bandersnatch::BandersnatchVrfVerifiable;
