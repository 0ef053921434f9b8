//! `bmx-ring`: the Blockchain MX ring client, for citizens and for the tests of secret ballots
//! (issue 14).
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
//! Every context and message is built by [`bmx_primitives::anonymity`]
//! (`key_possession_message`, `ballot_context`, `vote_message`), the very code the pallets
//! verify with; nothing is re-encoded here. Transactions, view-function queries, storage keys and
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
//!
//! ## Exit codes
//!
//! - **0**: done (for `vote`: the vote is in a block; with `--dry-run`: the node would take it).
//! - **1**: the chain refused the vote. The refusal is named: a `VoteRefusal` of the pallet
//!   (`InvalidTransaction::Custom(code)`, decoded with `VoteRefusal::from_code`: `AlreadyVoted`,
//!   `Closed`, `InvalidProof`, ...), another `InvalidTransaction`, or the pool's own
//!   (`PoolPriorityTooLow`: another vote of the same alias waits in the pool). Nothing was
//!   recorded for this vote.
//! - **2**: bad input (arguments, a missing or damaged secret file, a key in no ring of the
//!   ballot's scope at its snapshot), a node that cannot be reached or answers in another
//!   layout, or a timeout (the vote may still be recorded: look for the alias).
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
//!   registration (today `possession` prints the signature for a wallet to send).
//! - Evaluator tickets and anonymous panels (two-context proofs).

pub mod chain;
pub mod cli;
pub mod encoding;
pub mod error;
pub mod keys;
pub mod refusal;
pub mod ring;
pub mod rpc;
pub mod vote;

pub use bmx_primitives::anonymity::{Alias, MemberKey};

/// The ring VRF the chain verifies with: Bandersnatch (`verifiable` 0.4.1), with the prover.
pub type Crypto = verifiable::ring::bandersnatch::BandersnatchVrfVerifiable;
