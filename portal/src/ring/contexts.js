// The contexts and messages a member secret proves and signs for, byte for byte as the pallets
// build them (`bmx_primitives::anonymity`): `blake2_256` of the SCALE encoding of a tuple that
// starts with a domain tag. In SCALE a byte-string literal (`b"bmx/ballot"`, a `[u8; N]`) and a
// `[u8; 32]` are their bytes as they are, a `u32` is four little-endian bytes, and a slice
// (`&[u8]`, `&[u32]`) carries its compact length first. `portal/test/ring-contexts.test.mjs`
// checks them against the native client (`bmx-ring`), built from the same crate as the runtime.
import { blake2b } from '@noble/hashes/blake2b';
import { compactToU8a, hexToU8a, stringToU8a, u8aConcat } from '@polkadot/util';

const blake2_256 = (bytes) => blake2b(bytes, { dkLen: 32 });

/** A `u32` as SCALE encodes it. */
export function u32(value) {
  if (!Number.isInteger(value) || value < 0 || value > 0xffff_ffff) throw new RangeError(`not a u32: ${value}`);
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value, true);
  return bytes;
}

/** 32 bytes from a hex string or bytes. */
function bytes32(value, what) {
  const bytes = typeof value === 'string' ? hexToU8a(value) : value;
  if (!(bytes instanceof Uint8Array) || bytes.length !== 32) throw new RangeError(`${what} must be 32 bytes`);
  return bytes;
}

/**
 * What a member secret signs to register its key from `account` (the account's 32 bytes):
 * `key_possession_message(genesis, account.encode())`.
 */
export function keyPossessionMessage(genesis, account) {
  const who = bytes32(account, 'the account');
  return blake2_256(u8aConcat(stringToU8a('bmx/ring-key'), bytes32(genesis, 'the genesis hash'), compactToU8a(who.length), who));
}

/** The context of a vote in ballot `ballotId`: `ballot_context(genesis, ballot_id)`. */
export function ballotContext(genesis, ballotId) {
  return blake2_256(u8aConcat(stringToU8a('bmx/ballot'), bytes32(genesis, 'the genesis hash'), u32(ballotId)));
}

/**
 * The message a vote's proof binds: `vote_message(ballot_id, ring, choices)`, with `ring` the
 * SCALE bytes of the `RingRef` proved against.
 */
export function voteMessage(ballotId, ringBytes, choices) {
  return blake2_256(u8aConcat(stringToU8a('bmx/vote'), u32(ballotId), ringBytes, compactToU8a(choices.length), ...choices.map(u32)));
}

/** The context of an evaluator's pseudonym: `pseudonym_context(genesis)`. */
export function pseudonymContext(genesis) {
  return blake2_256(u8aConcat(stringToU8a('bmx/evaluator'), bytes32(genesis, 'the genesis hash')));
}

/** A `u8` as SCALE encodes it. */
function u8(value) {
  if (!Number.isInteger(value) || value < 0 || value > 0xff) throw new RangeError(`not a u8: ${value}`);
  return new Uint8Array([value]);
}

/**
 * The context of a sortition ticket in round `round` of panel `panel`, whose seed is `seed`:
 * `ticket_context(genesis, panel, round, seed)`. The alias in it is the ticket.
 */
export function ticketContext(genesis, panel, round, seed) {
  return blake2_256(u8aConcat(stringToU8a('bmx/ticket'), bytes32(genesis, 'the genesis hash'), u32(panel), u8(round), bytes32(seed, 'the seed')));
}

/**
 * The message a ticket's proof binds: `ticket_message(panel, round, ring, commitment)`, with
 * `ringBytes` the SCALE bytes of the `RingRef` proved against.
 */
export function ticketMessage(panel, round, ringBytes, commitment) {
  return blake2_256(u8aConcat(stringToU8a('bmx/ticket'), u32(panel), u8(round), ringBytes, bytes32(commitment, 'the commitment')));
}

/** The commitment to an evaluator's scores: `score_commitment(panel, round, ticket, scores, salt)`. */
export function scoreCommitment(panel, round, ticket, scores, salt) {
  return blake2_256(u8aConcat(stringToU8a('bmx/scores'), u32(panel), u8(round), bytes32(ticket, 'the ticket'), compactToU8a(scores.length), ...scores.map(u8), bytes32(salt, 'the salt')));
}

/**
 * The message a pseudonym's settlement proof binds: `settlement_message(pseudonym, to, nonce,
 * close)`, with `to` the paid account's 32 bytes.
 */
export function settlementMessage(pseudonym, to, nonce, close) {
  const account = bytes32(to, 'the account');
  return blake2_256(u8aConcat(stringToU8a('bmx/settle'), bytes32(pseudonym, 'the pseudonym'), compactToU8a(account.length), account, u32(nonce), new Uint8Array([close ? 1 : 0])));
}
