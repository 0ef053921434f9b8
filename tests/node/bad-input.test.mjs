// Bad input makes bmx-node fail fast with a non-zero exit code and a message saying what is wrong:
// an unknown chain, a malformed chain spec file, and RPC or p2p ports already in use.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { freePorts, occupyPort, runToExit, tempDir } from '../lib/node.mjs';

/** The first 30 and last 10 lines of `text`. */
function excerpt(text) {
  const lines = text.trimEnd().split('\n');
  if (lines.length <= 40) return lines.join('\n');
  return [...lines.slice(0, 30), '[...]', ...lines.slice(-10)].join('\n');
}

/** Runs bmx-node and asserts it fails within 60 s with output matching `pattern`. */
async function assertFails(args, pattern) {
  const { code, signal, timedOut, stdout, stderr } = await runToExit(args, { timeoutMs: 60_000 });
  const output = `${stdout}${stderr}`;
  const shown = `bmx-node ${args.join(' ')}\n--- output (start and end) ---\n${excerpt(output)}`;
  assert.ok(!timedOut, `still running after 60 s (killed)\n${shown}`);
  assert.equal(signal, null, `killed by ${signal}\n${shown}`);
  assert.notEqual(code, 0, `exited with 0\n${shown}`);
  assert.match(output, pattern, shown);
}

test('an unknown chain name is rejected', async () => {
  await assertFails(['--chain', 'no-such-chain', '--tmp'], /Unknown chain 'no-such-chain'/);
});

test('a malformed chain spec file is rejected', async () => {
  const spec = path.join(tempDir('bad-spec'), 'broken.json');
  fs.writeFileSync(spec, '{ "name": ');
  await assertFails(['--chain', spec, '--tmp'], /Invalid chain spec file/);
});

test('an RPC port already in use is reported', async (t) => {
  const held = await occupyPort('127.0.0.1');
  t.after(held.close);
  const [p2pPort] = await freePorts(1);
  await assertFails(
    ['--dev', '--tmp', '--no-prometheus', '--port', `${p2pPort}`, '--rpc-port', `${held.port}`],
    /in use|Address already|bind/i,
  );
});

test('a p2p port already in use is reported', async (t) => {
  const held = await occupyPort('0.0.0.0');
  t.after(held.close);
  const [rpcPort] = await freePorts(1);
  await assertFails(
    ['--dev', '--tmp', '--no-prometheus', '--rpc-port', `${rpcPort}`, '--port', `${held.port}`],
    /in use|Address already|bind/i,
  );
});
