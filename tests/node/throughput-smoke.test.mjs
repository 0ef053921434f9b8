// The throughput harness (tools/bmx-throughput, issue 19) in its smoke form, so that it cannot
// rot: a dev chain started from a spec whose genesis funds 40 senders (`fund-spec`), 200
// pre-signed transfers sent by `run` and every one counted in a finalized block with its
// `ExtrinsicSuccess`. No timing is asserted: the figures belong to scripts/bench-network.sh and
// BENCHMARKS.md, measured on the network.
//
// The tool is $BMX_THROUGHPUT, else `bmx-throughput` next to bmx-node (the release target dir):
// `cargo build --release -p bmx-throughput`.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  BmxNode, freePorts, nodeBinary, runToExit, tempDir, waitForFinalized, waitForRpc,
} from '../lib/node.mjs';

const SENDERS = 40;
const PER_SENDER = 5;

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

describe('the throughput harness on a dev chain (smoke: counted, not timed)', { timeout: 420_000 }, () => {
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
});
