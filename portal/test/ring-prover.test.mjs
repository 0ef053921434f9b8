// The portal's ring prover (`src/ring/prover.js` over `generated/bmx-ring.wasm`, built by
// `scripts/ring-wasm.sh` from `tools/ring-wasm`) against the native client `bmx-ring`: the same
// secret file must give the same member key, ballot alias and pseudonym, and a secret file that
// `bmx-ring keygen` wrote must read as the same secret. The contexts are built here from their
// definition (`bmx_primitives::anonymity`), not with the portal's `contexts.js`. A proof's
// validity and the possession signature are the chain's to judge (`tools/ring-wasm`'s own tests
// validate proofs natively; tests/node/portal-ballots.test.mjs votes with them); here a proof
// must refuse a ring without the key and prove the aliases `alias` gives.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { blake2b } from '@noble/hashes/blake2b';
import { loadProver, newEntropy, parseSecretFile, secretFileText } from '../src/ring/prover.js';

const PORTAL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WASM = path.join(PORTAL, 'generated', 'bmx-ring.wasm');
const TARGET = process.env.CARGO_TARGET_DIR || path.join(os.homedir(), '.cache', 'bmx', 'target');
const RING = process.env.BMX_RING || path.join(TARGET, 'release', 'bmx-ring');

const ENTROPY = Uint8Array.from({ length: 32 }, (_, i) => (i * 29 + 11) & 0xff);
const GENESIS = Uint8Array.from({ length: 32 }, (_, i) => 0xc0 ^ i);
const BALLOT = 7;

const hex = (bytes) => `0x${Buffer.from(bytes).toString('hex')}`;
const utf8 = (text) => new TextEncoder().encode(text);
const concat = (...parts) => Uint8Array.from(parts.flatMap((part) => [...part]));
const blake2_256 = (bytes) => blake2b(bytes, { dkLen: 32 });
const u32le = (value) => {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value, true);
  return bytes;
};
/** `ballot_context(genesis, id)`: blake2_256("bmx/ballot" ++ genesis ++ id as u32 LE). */
const ballotContext = (genesis, id) => blake2_256(concat(utf8('bmx/ballot'), genesis, u32le(id)));
/** `pseudonym_context(genesis)`: blake2_256("bmx/evaluator" ++ genesis). */
const pseudonymContext = (genesis) => blake2_256(concat(utf8('bmx/evaluator'), genesis));

let prover;
let dir;
let secretFile;

/** `bmx-ring --json ARGS`, parsed. */
function ring(args) {
  return JSON.parse(execFileSync(RING, ['--json', ...args], { encoding: 'utf8' }));
}

/** The `code` of the error `fn` throws. */
function codeOf(fn) {
  try {
    fn();
  } catch (error) {
    return error.code;
  }
  assert.fail('no error was thrown');
}

before(async () => {
  assert.ok(fs.existsSync(WASM), `${WASM} is missing: build it with scripts/ring-wasm.sh`);
  assert.ok(fs.existsSync(RING), `the native client bmx-ring is not at ${RING}: build it (cargo build --release --locked -p bmx-ring, or scripts/test.sh) or set BMX_RING`);
  prover = await loadProver(fs.readFileSync(WASM));
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ring-prover-'));
  secretFile = path.join(dir, 'secret');
  fs.writeFileSync(secretFile, secretFileText(ENTROPY), { mode: 0o600 });
});

after(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('the member key, ballot alias and pseudonym are those of bmx-ring', () => {
  const member = prover.memberKey(ENTROPY);
  assert.equal(member.length, 32);
  assert.equal(hex(member), ring(['member', '--secret', secretFile]).member);

  const alias = ring(['alias', '--secret', secretFile, '--ballot', `${BALLOT}`, '--genesis', hex(GENESIS)]);
  assert.equal(hex(prover.alias(ENTROPY, ballotContext(GENESIS, BALLOT))), alias.alias);
  // Another ballot, another alias.
  assert.notEqual(hex(prover.alias(ENTROPY, ballotContext(GENESIS, BALLOT + 1))), alias.alias);

  const pseudonym = ring(['pseudonym', '--secret', secretFile, '--genesis', hex(GENESIS)]);
  assert.equal(hex(prover.alias(ENTROPY, pseudonymContext(GENESIS))), pseudonym.pseudonym);

  // A 64-byte signature; the chain checks it (tests/node/portal-ballots.test.mjs).
  assert.equal(prover.sign(ENTROPY, utf8('a message')).length, 64);
});

test('a secret file bmx-ring keygen wrote reads as the same secret, and back', () => {
  const file = path.join(dir, 'keygen');
  const keygen = ring(['keygen', '--out', file]);
  const text = fs.readFileSync(file, 'utf8');
  const entropy = parseSecretFile(text);
  assert.equal(hex(prover.memberKey(entropy)), keygen.member);
  assert.equal(secretFileText(entropy), text, 'the same file format: 64 lower-case hex digits and a newline');
  assert.match(secretFileText(ENTROPY), /^[0-9a-f]{64}\n$/);

  // As bmx-ring reads it: white space and 0x around the digits; nothing else.
  assert.deepEqual(parseSecretFile(` 0x${text.trim().toUpperCase()}\r\n`), entropy);
  for (const bad of ['', `${text.trim()}00`, text.trim().slice(2), 'z'.repeat(64)]) {
    assert.equal(codeOf(() => parseSecretFile(bad)), 'BadSecretFile', JSON.stringify(bad));
  }
  // New entropy each time.
  assert.notDeepEqual(newEntropy(), newEntropy());
});

test('a proof proves the aliases of its contexts and refuses a ring without the key', (t) => {
  const others = Array.from({ length: 5 }, (_, i) => prover.memberKey(Uint8Array.from({ length: 32 }, () => 40 + i)));
  const keys = [...others.slice(0, 3), prover.memberKey(ENTROPY), ...others.slice(3)];
  const contexts = [ballotContext(GENESIS, BALLOT), pseudonymContext(GENESIS)];
  const message = utf8('the choices');

  const started = performance.now();
  const { proof, aliases } = prover.prove(ENTROPY, { domain: 12, keys, contexts: contexts.slice(0, 1), message });
  const elapsed = performance.now() - started;
  t.diagnostic(`one Domain12 proof (the first, with the ring setup): ${Math.round(elapsed)} ms`);
  assert.deepEqual(aliases, [prover.alias(ENTROPY, contexts[0])]);
  assert.equal(proof.length, 752 + 1 + 32, 'a ring proof of one VRF output');

  const timed = performance.now();
  const twice = prover.prove(ENTROPY, { domain: 12, keys, contexts, message });
  t.diagnostic(`one Domain12 proof of two contexts (the setup cached): ${Math.round(performance.now() - timed)} ms`);
  assert.deepEqual(twice.aliases, contexts.map((context) => prover.alias(ENTROPY, context)));
  assert.equal(twice.proof.length, 752 + 1 + 2 * 32);
  // The blinding is random.
  const again = prover.prove(ENTROPY, { domain: 12, keys, contexts, message });
  assert.notDeepEqual(again.proof, twice.proof);
  assert.deepEqual(again.aliases, twice.aliases);

  assert.equal(codeOf(() => prover.prove(ENTROPY, { domain: 12, keys: others, contexts, message })), 'NotInRing');
  assert.equal(codeOf(() => prover.prove(ENTROPY, { domain: 13, keys, contexts, message })), 'BadDomain');
  assert.equal(codeOf(() => prover.prove(ENTROPY, { domain: 12, keys: [...keys, new Uint8Array(32).fill(0xff)], contexts, message })), 'BadKey');
  assert.equal(codeOf(() => prover.prove(ENTROPY, { domain: 12, keys: [...keys, new Uint8Array(31)], contexts, message })), 'BadKey');
  assert.equal(codeOf(() => prover.prove(ENTROPY, { domain: 12, keys, contexts: [], message })), 'BadInput');
  assert.throws(() => prover.prove(ENTROPY, { domain: 12, keys, contexts: [new Uint8Array(31)], message }), TypeError);
  assert.throws(() => prover.memberKey(new Uint8Array(31)), TypeError);
});

test('a ring larger than its domain is refused (SetFull)', () => {
  // Domain11 holds 255 keys.
  const keys = Array.from({ length: 256 }, (_, i) => prover.memberKey(Uint8Array.from({ length: 32 }, (_, j) => (j === 0 ? i & 0xff : j === 1 ? i >> 8 : 1))));
  keys[100] = prover.memberKey(ENTROPY);
  const request = { domain: 11, keys, contexts: [ballotContext(GENESIS, BALLOT)], message: utf8('m') };
  assert.equal(codeOf(() => prover.prove(ENTROPY, request)), 'SetFull');
  const { aliases } = prover.prove(ENTROPY, { ...request, keys: keys.slice(0, 255) });
  assert.deepEqual(aliases, [prover.alias(ENTROPY, request.contexts[0])]);
});
