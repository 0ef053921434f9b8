// The throughput harness (tools/bmx-throughput, issue 19) in its smoke form, so that it cannot
// rot: a dev chain started from a spec whose genesis funds 60 senders (`fund-spec`), 240
// pre-signed transfers sent by `run` and every one counted in a finalized block with its
// `ExtrinsicSuccess`; then the domain calls the same way: sealed bids, certificate endorsements
// and secret votes with ring proofs, each set up and signed by tests/bench/domain-load.mjs and
// sent by `run --transactions`; last, that chain's persons, bids and certificates copied under
// fresh keys by tests/bench/grow-state.mjs into a raw spec (`add-raw`), and a second node started
// from it reading the copies. No timing is asserted: the figures belong to scripts/bench-network.sh and
// BENCHMARKS.md, measured on the network.
//
// The tool is $BMX_THROUGHPUT, else `bmx-throughput` next to bmx-node (the release target dir):
// `cargo build --release -p bmx-throughput`.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { bnToU8a, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import {
  BmxNode, freePorts, nodeBinary, runToExit, tempDir, waitForFinalized, waitForRpc,
} from '../lib/node.mjs';

const SENDERS = 60; // also 50 bidders and, after them, 10 certificate holders
const PER_SENDER = 4; // 240 transfers

function throughputBinary() {
  const binary = process.env.BMX_THROUGHPUT ?? path.join(path.dirname(nodeBinary()), 'bmx-throughput');
  if (!fs.existsSync(binary)) {
    throw new Error(`bmx-throughput not found at ${binary}: build it (cargo build --release -p bmx-throughput) or set BMX_THROUGHPUT`);
  }
  return binary;
}

/** Runs bmx-throughput with `args`; resolves {code, stdout, stderr} whatever the exit code. */
function runThroughput(args, timeoutMs = 240_000) {
  return new Promise((resolve) => {
    execFile(throughputBinary(), args, { timeout: timeoutMs, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** Runs tests/bench/`name` with `args`; resolves {code, stdout, stderr}. */
function runBench(name, args, timeoutMs = 300_000) {
  const script = path.join(import.meta.dirname, '..', 'bench', name);
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { timeout: timeoutMs, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('the throughput harness on a dev chain (smoke: counted, not timed)', { timeout: 900_000 }, () => {
  let node;
  let rpcPort;
  let dir;

  before(async () => {
    throughputBinary(); // fail early with the build hint
    dir = tempDir('throughput');
    const plain = path.join(dir, 'plain.json');
    const funded = path.join(dir, 'funded.json');
    const exported = await runToExit(['export-chain-spec', '--chain', 'dev', '--output', plain]);
    assert.equal(exported.code, 0, `export-chain-spec failed:\n${exported.stderr.slice(-4000)}`);
    const fund = await runThroughput(['fund-spec', '--plain', plain, '--senders', `${SENDERS}`, '--out', funded]);
    assert.equal(fund.code, 0, `fund-spec failed:\n${fund.stderr}`);
    let p2pPort;
    [rpcPort, p2pPort] = await freePorts(2);
    // What --dev implies, on the funded spec.
    node = new BmxNode('throughput', [
      '--chain', funded, '--alice', '--validator', '--force-authoring', '--tmp',
      '--node-key', '0000000000000000000000000000000000000000000000000000000000000007',
      '--rpc-port', `${rpcPort}`, '--port', `${p2pPort}`,
      '--no-telemetry', '--no-mdns', '--no-prometheus',
    ]);
    await waitForRpc(node, rpcPort);
    await waitForFinalized(node, rpcPort, 1, 120_000);
  });

  after(() => node?.kill());

  it('refuses a fund-spec of a raw spec, and writes nothing', async () => {
    const raw = path.join(dir, 'raw.json');
    fs.writeFileSync(raw, JSON.stringify({ genesis: { raw: { top: {} } } }));
    const out = path.join(dir, 'never.json');
    const run = await runThroughput(['fund-spec', '--plain', raw, '--senders', '3', '--out', out]);
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /plain spec/);
    assert.equal(fs.existsSync(out), false);
  });

  it('refuses to send from senders the genesis did not fund', async () => {
    const run = await runThroughput([
      'run', '--url', `ws://127.0.0.1:${rpcPort}`, '--senders', `${SENDERS + 1}`, '--per-sender', '1',
    ]);
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, new RegExp(`sender ${SENDERS} holds nothing`));
  });

  it('counts every pre-signed transfer in a finalized block, each with ExtrinsicSuccess', async () => {
    const report = path.join(dir, 'report.json');
    const run = await runThroughput([
      'run', '--url', `ws://127.0.0.1:${rpcPort}`, '--senders', `${SENDERS}`,
      '--per-sender', `${PER_SENDER}`, '--in-flight', '32', '--pid', `${node.child.pid}`,
      '--timeout', '180', '--expect-all', '--json', report,
    ]);
    assert.equal(run.code, 0, `bmx-throughput run failed:\n${run.stderr.slice(-4000)}`);
    const figures = JSON.parse(fs.readFileSync(report, 'utf8'));
    const total = SENDERS * PER_SENDER;
    assert.equal(figures.sent, total);
    assert.deepEqual(figures.refused, {});
    assert.equal(figures.included, total);
    assert.equal(figures.succeeded, total);
    assert.equal(figures.failed, 0);
    // The blocks' own counts add up to the totals, and the ceiling comes from the runtime.
    assert.equal(figures.blocks.reduce((sum, b) => sum + b.ours, 0), total);
    assert.ok(figures.ceiling.per_block > 0, JSON.stringify(figures.ceiling));
    assert.ok(figures.ceiling.per_transaction.ref_time > figures.limits.base_extrinsic.ref_time);
    assert.equal(figures.limits.slot_duration_ms, 6000);
    assert.ok(figures.finality_lag_blocks.samples > 0);
    assert.ok(figures.peak_rss_mib[node.child.pid] > 0, JSON.stringify(figures.peak_rss_mib));
  });

  it('refuses an empty or malformed list of pre-signed transactions before sending', async () => {
    for (const [name, text, reason] of [['empty', '[]', /empty/], ['bad', '["0xzz"]', /not hex/]]) {
      const file = path.join(dir, `${name}.json`);
      fs.writeFileSync(file, text);
      const run = await runThroughput(['run', '--url', `ws://127.0.0.1:${rpcPort}`, '--transactions', file]);
      assert.notEqual(run.code, 0);
      assert.match(run.stderr, reason);
    }
  });

  // Small counts: one tender's 50 bidders, ten holders' 40 certificates, three citizens' votes.
  for (const [call, count] of [['bid', 50], ['endorse', 40], ['vote', 3]]) {
    it(`counts ${count} pre-signed domain calls (${call}) in finalized blocks, each with ExtrinsicSuccess`, async () => {
      const transactions = path.join(dir, `${call}.json`);
      const prepared = await runBench('domain-load.mjs', [
        '--url', `ws://127.0.0.1:${rpcPort}`, '--call', call, '--count', `${count}`, '--out', transactions,
      ]);
      assert.equal(prepared.code, 0, `domain-load ${call} failed:\n${prepared.stderr.slice(-4000)}`);
      assert.equal(JSON.parse(fs.readFileSync(transactions, 'utf8')).length, count);
      const report = path.join(dir, `${call}-report.json`);
      const run = await runThroughput([
        'run', '--url', `ws://127.0.0.1:${rpcPort}`, '--transactions', transactions,
        '--timeout', '180', '--expect-all', '--json', report,
      ]);
      assert.equal(run.code, 0, `bmx-throughput run (${call}) failed:\n${run.stderr.slice(-4000)}`);
      const figures = JSON.parse(fs.readFileSync(report, 'utf8'));
      assert.equal(figures.included, count);
      assert.equal(figures.succeeded, count);
      assert.ok(figures.ceiling.per_block > 0, JSON.stringify(figures.ceiling));
    });
  }

  // After the domain calls: the chain holds verified persons, a tender's 50 sealed bids and
  // live certificates, the models grow-state.mjs copies.
  it('copies persons, bids and certificates into a raw spec that a node starts from and reads', async () => {
    const entries = path.join(dir, 'grown.txt');
    const grown = await runBench('grow-state.mjs', [
      '--url', `ws://127.0.0.1:${rpcPort}`, '--persons', '20', '--bids', '100', '--certificates', '10', '--out', entries,
    ]);
    assert.equal(grown.code, 0, `grow-state failed:\n${grown.stderr.slice(-4000)}`);
    // Two entries a person, two a tender of 50 bids, three a certificate.
    assert.equal(fs.readFileSync(entries, 'utf8').trim().split('\n').length, 2 * 20 + 2 * 2 + 3 * 10);
    const nothing = await runBench('grow-state.mjs', ['--url', `ws://127.0.0.1:${rpcPort}`, '--out', entries]);
    assert.equal(nothing.code, 2);
    assert.match(nothing.stderr, /nothing to make/);

    const raw = path.join(dir, 'raw.json');
    const exported = await runToExit(['export-chain-spec', '--chain', path.join(dir, 'funded.json'), '--raw', '--output', raw]);
    assert.equal(exported.code, 0, `export-chain-spec --raw failed:\n${exported.stderr.slice(-4000)}`);
    const spec = path.join(dir, 'grown.json');
    const added = await runThroughput(['add-raw', '--raw', raw, '--entries', entries, '--out', spec]);
    assert.equal(added.code, 0, `add-raw failed:\n${added.stderr}`);
    // The same entries again: refused, nothing written.
    const again = await runThroughput(['add-raw', '--raw', spec, '--entries', entries, '--out', path.join(dir, 'never.json')]);
    assert.notEqual(again.code, 0);
    assert.match(again.stderr, /already in the state/);
    assert.equal(fs.existsSync(path.join(dir, 'never.json')), false);

    const [port, p2p] = await freePorts(2);
    const copy = new BmxNode('throughput-grown', [
      '--chain', spec, '--alice', '--validator', '--force-authoring', '--tmp',
      '--node-key', '0000000000000000000000000000000000000000000000000000000000000008',
      '--rpc-port', `${port}`, '--port', `${p2p}`, '--no-telemetry', '--no-mdns', '--no-prometheus',
    ]);
    let api;
    try {
      await waitForRpc(copy, port);
      await waitForFinalized(copy, port, 1, 120_000);
      api = await ApiPromise.create({ provider: new WsProvider(`ws://127.0.0.1:${port}`), noInitWarn: true });
      const label = (text, index) => blake2AsU8a(u8aConcat(stringToU8a(`bmx-grow ${text} `), bnToU8a(index, { bitLength: 64, isLe: true })), 256);
      const person = await api.query.digitalIdentity.persons(label('person account', 19));
      assert.ok(person.isSome, 'the last copied person is verified');
      assert.equal(person.unwrap().key.toHex(), u8aToHex(label('person key', 19)));
      const bound = await api.query.digitalIdentity.personKeys(label('person key', 19));
      assert.equal(bound.unwrap().asBound.toHex(), u8aToHex(label('person account', 19)));
      assert.equal((await api.query.tenders.bids(1_000_001)).length, 50);
      assert.ok((await api.query.tenders.tenders(1_000_001)).isSome);
      assert.equal((await api.query.tenders.bids(1_000_002)).length, 0, 'two tenders of 50 make 100 bids');
      const lot = await api.query.depositCertificates.liveLots(label('lot', 9));
      const [warehouse, folio] = lot.unwrap();
      assert.equal(folio.toBigInt(), 10n ** 12n + 9n);
      const certificate = await api.query.depositCertificates.certificates(warehouse, folio);
      assert.equal(certificate.unwrap().goods.lot.toHex(), u8aToHex(label('lot', 9)));
      assert.ok((await api.query.depositCertificates.history(warehouse, folio)).isSome);
    } finally {
      await api?.disconnect();
      copy.kill();
    }
  });
});
