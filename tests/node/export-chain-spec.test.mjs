// CLI subcommands: exporting the `local` chain spec (plain and raw), generating a key, and purging
// a dev chain's database.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { checkAddress, cryptoWaitReady, decodeAddress } from '@polkadot/util-crypto';
import { BmxNode, freePorts, runToExit, tempDir, waitForRpc } from '../lib/node.mjs';

/** Runs bmx-node, asserts it exits 0 within 60 s, and returns its stdout. */
async function runOk(args) {
  const { code, signal, timedOut, stdout, stderr } = await runToExit(args, { timeoutMs: 60_000 });
  const shown = `bmx-node ${args.join(' ')}\n--- stderr ---\n${stderr.slice(-4000)}`;
  assert.ok(!timedOut, `still running after 60 s (killed)\n${shown}`);
  assert.deepEqual({ code, signal }, { code: 0, signal: null }, shown);
  return stdout;
}

/** Parses `text` as JSON, failing with the text's start if it is not. */
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch (error) {
    assert.fail(`not JSON (${error.message}): ${text.slice(0, 500)}`);
  }
}

/**
 * Asserts that `value` is a runtime's code as hex: `0x` and at least 500 bytes of lower-case hex.
 * Not a regular expression: V8 overflows its stack matching `{1000,}` against the 7 MB runtime.
 */
function assertRuntimeCode(value, message) {
  assert.equal(typeof value, 'string', `${message}: ${typeof value}`);
  assert.ok(value.startsWith('0x'), `${message}: starts ${value.slice(0, 10)}`);
  const hex = value.slice(2);
  assert.ok(hex.length >= 1000 && hex.length % 2 === 0, `${message}: ${hex.length} hex digits`);
  const bytes = Buffer.from(hex, 'hex');
  assert.equal(bytes.toString('hex'), hex, `${message}: not lower-case hex`);
}

test('export-chain-spec prints the local testnet spec', async () => {
  const spec = parseJson(await runOk(['export-chain-spec', '--chain', 'local']));
  assert.equal(spec.id, 'bmx_local_testnet');
  assert.equal(spec.chainType, 'Local');
  assert.deepEqual(spec.properties, { ss58Format: 5252, tokenDecimals: 12, tokenSymbol: 'BMX' });
  const { runtimeGenesis } = spec.genesis ?? {};
  assert.ok(runtimeGenesis, `no genesis.runtimeGenesis in ${Object.keys(spec.genesis ?? {})}`);
  assertRuntimeCode(runtimeGenesis.code, 'genesis carries no runtime code');
});

test('export-chain-spec --raw prints genesis storage with the runtime code', async () => {
  const spec = parseJson(await runOk(['export-chain-spec', '--chain', 'local', '--raw']));
  const top = spec.genesis?.raw?.top;
  assert.ok(top, `no genesis.raw.top in ${JSON.stringify(Object.keys(spec.genesis ?? {}))}`);
  const code = top['0x3a636f6465']; // storage key `:code`
  assertRuntimeCode(code, 'raw genesis has no :code');
});

test('key generate prints a JSON key pair', async () => {
  await cryptoWaitReady();
  const key = parseJson(await runOk(['key', 'generate', '--output-type', 'json']));
  assert.equal(key.secretPhrase.split(' ').length, 12, 'expected a 12-word phrase');
  assert.equal(`0x${Buffer.from(decodeAddress(key.ss58Address)).toString('hex')}`, key.publicKey);
});

test('key generate prints BMX (ss58 5252) addresses by default', async () => {
  await cryptoWaitReady();
  const key = parseJson(await runOk(['key', 'generate', '--output-type', 'json']));
  // Without `--network`, key commands use the node's default ss58 version, which must be BMX's.
  const [isBmx, reason] = checkAddress(key.ss58Address, 5252);
  assert.ok(isBmx, `${key.ss58Address} (networkId ${key.networkId}) is no ss58 5252 address: ${reason}`);
});

test('purge-chain removes the database of a dev chain', async (t) => {
  const basePath = tempDir('purge');
  const [rpcPort, p2pPort] = await freePorts(2);
  const node = new BmxNode('purge-dev', [
    '--dev',
    '--base-path', basePath,
    '--database', 'paritydb',
    '--rpc-port', `${rpcPort}`,
    '--port', `${p2pPort}`,
    '--no-prometheus',
    '--no-telemetry',
  ]);
  t.after(() => node.kill());
  await waitForRpc(node, rpcPort);
  assert.deepEqual(await node.stop(), { code: 0, signal: null }, node.logTail());
  const db = path.join(basePath, 'chains', 'bmx_dev', 'paritydb');
  assert.ok(fs.existsSync(db), `the dev node left no database at ${db}`);

  await runOk(['purge-chain', '--dev', '-y', '--base-path', basePath]);
  assert.ok(!fs.existsSync(db), `purge-chain left ${db}`);
});

test('benchmark pallet without a benchmark runtime says how to get one', async () => {
  const args = ['benchmark', 'pallet', '--list', '--dev'];
  const { code, timedOut, stderr } = await runToExit(args, { timeoutMs: 60_000 });
  assert.ok(!timedOut, 'still running after 60 s (killed)');
  assert.notEqual(code, 0, `bmx-node ${args.join(' ')} succeeded`);
  assert.match(stderr, /--runtime <wasm>/, stderr.slice(-2000));
  assert.match(stderr, /--features runtime-benchmarks/, stderr.slice(-2000));
  assert.match(stderr, /scripts\/benchmark\.sh/, stderr.slice(-2000));
});

test('benchmark extrinsic and overhead measure the dev runtime', async () => {
  const extrinsic = await runToExit(
    ['benchmark', 'extrinsic', '--dev', '--pallet', 'system', '--extrinsic', 'remark', '--warmup', '1', '--repeat', '3'],
    { timeoutMs: 180_000 },
  );
  assert.equal(extrinsic.code, 0, extrinsic.stderr.slice(-2000));
  assert.match(extrinsic.stderr, /Median: \d+/, extrinsic.stderr.slice(-2000));

  const weights = tempDir('overhead');
  const overhead = await runToExit(
    ['benchmark', 'overhead', '--dev', '--warmup', '1', '--repeat', '3', '--weight-path', weights],
    { timeoutMs: 180_000 },
  );
  assert.equal(overhead.code, 0, overhead.stderr.slice(-2000));
  for (const file of ['block_weights.rs', 'extrinsic_weights.rs']) {
    const text = fs.readFileSync(path.join(weights, file), 'utf8');
    assert.match(text, /Weight::from_parts\(/, `${file} holds no weight`);
  }
});
