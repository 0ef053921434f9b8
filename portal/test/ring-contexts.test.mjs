// The portal's ring contexts and messages (`src/ring/contexts.js`) against the native client
// `bmx-ring`, which builds them with `bmx_primitives::anonymity`, the code the pallets verify
// with: the alias of a ballot, the evaluator's pseudonym, and the proof of possession (a
// deterministic signature over `key_possession_message`) must come out byte for byte the same
// from the same secret file. The vote's message is checked by the chain itself in the browser
// test (`tests/node/portal-ballots.test.mjs`): a wrong one is an `InvalidProof`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { u8aToHex } from '@polkadot/util';
import { decodeAddress } from '@polkadot/util-crypto';
import { ballotContext, keyPossessionMessage, pseudonymContext, u32 } from '../src/ring/contexts.js';
import { loadProver, secretFileText } from '../src/ring/prover.js';

const PORTAL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WASM = path.join(PORTAL, 'generated', 'bmx-ring.wasm');
const TARGET = process.env.CARGO_TARGET_DIR ?? path.join(os.homedir(), '.cache', 'bmx', 'target');
const RING = process.env.BMX_RING ?? path.join(TARGET, 'release', 'bmx-ring');

const GENESIS = `0x${'a5'.repeat(32)}`;
const ACCOUNT = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const ENTROPY = Uint8Array.from({ length: 32 }, (_, i) => (i * 7 + 3) & 0xff);

function ring(args) {
  assert.ok(fs.existsSync(RING), `bmx-ring not found at ${RING}: build it (scripts/test.sh builds it) or set BMX_RING`);
  return JSON.parse(execFileSync(RING, ['--json', ...args], { encoding: 'utf8' }));
}

test('contexts and messages are those of the native client', async () => {
  assert.ok(fs.existsSync(WASM), `${WASM} is missing: run scripts/ring-wasm.sh`);
  const prover = await loadProver(fs.readFileSync(WASM));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ring-contexts-'));
  const secret = path.join(dir, 'secret');
  fs.writeFileSync(secret, secretFileText(ENTROPY), { mode: 0o600 });

  for (const ballot of [0, 7, 4_000_000_000]) {
    const native = ring(['alias', '--secret', secret, '--ballot', `${ballot}`, '--genesis', GENESIS]);
    assert.equal(u8aToHex(prover.alias(ENTROPY, ballotContext(GENESIS, ballot))), native.alias, `ballot ${ballot}`);
  }
  const pseudonym = ring(['pseudonym', '--secret', secret, '--genesis', GENESIS]);
  assert.equal(u8aToHex(prover.alias(ENTROPY, pseudonymContext(GENESIS))), pseudonym.pseudonym);

  const possession = ring(['possession', '--secret', secret, '--account', ACCOUNT, '--genesis', GENESIS]);
  const signed = u8aToHex(prover.sign(ENTROPY, keyPossessionMessage(GENESIS, decodeAddress(ACCOUNT))));
  assert.equal(signed, possession.possession, 'the same signature over the same message');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a u32 is four little-endian bytes, and only a u32 is taken', () => {
  assert.deepEqual([...u32(0x01020304)], [4, 3, 2, 1]);
  assert.throws(() => u32(-1), RangeError);
  assert.throws(() => u32(2 ** 32), RangeError);
  assert.throws(() => ballotContext('0x1234', 1), RangeError);
});
