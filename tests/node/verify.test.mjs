// The trust-minimised verifier `bmx-verify` against a dev chain: a storage item proven from the
// dev chain spec's genesis GRANDPA authority set, then the same through a dishonest proxy that
// alters (a) a byte of the read proof, (b) the served header, (c) a signature in the GRANDPA
// justification: each must make the tool fail and name the failed check. A dev chain never
// changes its authority set, so upstream `grandpa_proveFinality` cannot prove its blocks
// (paritytech/polkadot-sdk#1401): the tool falls back to the justification the node keeps with a
// recent block (`chain_getBlock`; bmx-node keeps one every 8 blocks). Registry commands
// (`certificate`, `grant`) prove a record's absence and refuse it as not authentic.
//
// The tool binary is $BMX_VERIFY, else `bmx-verify` next to bmx-node (the release target dir):
// `source scripts/env.sh && build_release` (the release set, bmx-verify with the node).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import {
  BmxNode,
  freePorts,
  nodeBinary,
  rpc,
  runToExit,
  tempDir,
  waitForFinalized,
  waitForRpc,
} from '../lib/node.mjs';
import { flipByte, runVerify, startProxy, verifyBinary } from '../lib/verify.mjs';

/** Length in bytes of the SCALE compact integer starting at `bytes[offset]`. */
function compactLength(bytes, offset) {
  const mode = bytes[offset] & 0b11;
  if (mode === 3) return 1 + (bytes[offset] >> 2) + 4;
  return [1, 2, 4][mode];
}

/**
 * Offset of the first precommit signature in a SCALE `GrandpaJustification` starting at
 * `offset`: round u64, commit target hash and u32 number, compact count of precommits, then per
 * precommit the target hash and u32 number, the 64-byte signature and the 32-byte id.
 */
function justificationSignatureOffset(bytes, offset) {
  let at = offset + 8 + 32 + 4;
  at += compactLength(bytes, at);
  return at + 32 + 4;
}

/**
 * Offset of the first precommit signature in a SCALE `FinalityProof { block, justification,
 * unknown_headers }`: block hash, compact length of the justification, then the justification.
 */
function firstSignatureOffset(proofHex) {
  const bytes = Buffer.from(proofHex.slice(2), 'hex');
  const offset = 32 + compactLength(bytes, 32);
  return justificationSignatureOffset(bytes, offset);
}

/** Whether a `chain_getBlock` justification's engine id (bytes or text) is GRANDPA's `FRNK`. */
function isGrandpa(engine) {
  if (typeof engine === 'string') return engine === 'FRNK' || engine === '0x46524e4b';
  return Buffer.from(engine).toString('latin1') === 'FRNK';
}

/** The GRANDPA justification bytes of a `chain_getBlock` answer, or null. */
function grandpaJustification(signedBlock) {
  const pair = (signedBlock?.justifications ?? []).find(([engine]) => isGrandpa(engine));
  if (!pair) return null;
  const [, encoded] = pair;
  return typeof encoded === 'string' ? Buffer.from(encoded.slice(2), 'hex') : Buffer.from(encoded);
}

/**
 * A `chain_getBlock` answer whose GRANDPA justification has one bit of its first signature
 * flipped, in the same JSON shape; undefined when the block has none.
 */
function withAlteredJustification(signedBlock) {
  const bytes = grandpaJustification(signedBlock);
  if (!bytes) return undefined;
  bytes[justificationSignatureOffset(bytes, 0) + 10] ^= 0x01;
  const justifications = signedBlock.justifications.map(([engine, encoded]) => {
    if (!isGrandpa(engine)) return [engine, encoded];
    return [engine, typeof encoded === 'string' ? `0x${bytes.toString('hex')}` : [...bytes]];
  });
  return { ...signedBlock, justifications };
}

describe('bmx-verify', { timeout: 600_000 }, () => {
  let node;
  let rpcPort;
  let proxyPort;
  let proxy;
  let specFile;
  let aliceKey;

  before(async () => {
    verifyBinary(); // fail early with the build hint
    let p2pPort;
    [rpcPort, p2pPort, proxyPort] = await freePorts(3);
    node = new BmxNode('dev-verify', [
      '--dev',
      '--tmp',
      '--rpc-port', `${rpcPort}`,
      '--port', `${p2pPort}`,
      '--no-prometheus',
      '--no-telemetry',
      '--no-mdns',
    ]);
    await waitForRpc(node, rpcPort);

    const exported = await runToExit(['export-chain-spec', '--chain', 'dev', '--raw']);
    assert.equal(exported.code, 0, `export-chain-spec failed:\n${exported.stderr.slice(-4000)}`);
    specFile = path.join(tempDir('verify-spec'), 'dev-raw.json');
    fs.writeFileSync(specFile, exported.stdout);

    await cryptoWaitReady();
    const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
    aliceKey = `0x${Buffer.from(alice.publicKey).toString('hex')}`;

    // Past two multiples of the node's justification period (8): a justification is kept.
    await waitForFinalized(node, rpcPort, 17, 240_000);
    proxy = await startProxy(proxyPort, rpcPort);
  });

  after(async () => {
    if (proxy) await new Promise((resolve) => proxy.server.close(resolve));
    node?.kill();
  });

  /** Verifies Alice's System.Account entry through `port`; returns the run's outcome. */
  function verifyAlice(port, extra = []) {
    return runVerify([
      'storage',
      '--rpc', `http://127.0.0.1:${port}`,
      '--chain-spec', specFile,
      '--pallet', 'System',
      '--item', 'Account',
      '--map-key-hex', aliceKey,
      '--hasher', 'blake2_128_concat',
      ...extra,
    ]);
  }

  it('the node keeps GRANDPA justifications of recent blocks', async () => {
    const { methods } = await rpc(rpcPort, 'rpc_methods');
    assert.ok(
      methods.includes('grandpa_proveFinality'),
      'bmx-node lacks grandpa_proveFinality: rebuild it with sc-consensus-grandpa-rpc',
    );
    // Walk back from the finalized head as the tool does: within 64 blocks one keeps a
    // justification (bmx-node: GRANDPA_JUSTIFICATION_PERIOD = 8).
    let hash = await rpc(rpcPort, 'chain_getFinalizedHead');
    let found = null;
    for (let i = 0; i < 64 && !found; i += 1) {
      const signedBlock = await rpc(rpcPort, 'chain_getBlock', [hash]);
      const justification = grandpaJustification(signedBlock);
      if (justification) found = { number: Number.parseInt(signedBlock.block.header.number, 16), justification };
      else if (Number.parseInt(signedBlock.block.header.number, 16) === 0) break;
      hash = signedBlock.block.header.parentHash;
    }
    assert.ok(found, 'no block among the 64 below the finalized head keeps a GRANDPA justification');
    // Its commit names the block: round u64, then the target hash and number (u32 LE).
    assert.equal(found.justification.readUInt32LE(8 + 32), found.number);
  });

  it("proves Alice's account against the node's own storage", async () => {
    const run = await verifyAlice(rpcPort, ['--json']);
    assert.equal(run.code, 0, `bmx-verify failed:\n${run.stdout}\n${run.stderr}`);
    const out = JSON.parse(run.stdout);
    assert.equal(out.ok, true);
    assert.equal(out.setId, 0);
    assert.ok(out.block.number >= 1, `proven at #${out.block.number}`);
    // On a chain that never changed its set, only the fallback can prove (#1401).
    assert.ok(['chain_getBlock', 'grandpa_proveFinality'].includes(out.finality), out.finality);
    assert.match(out.value, /^0x[0-9a-f]+$/, 'Alice has an account on the dev chain');
    // The value is what the node stores at the proven block.
    const stored = await rpc(rpcPort, 'state_getStorage', [out.key, out.block.hash]);
    assert.equal(out.value, stored);
    // And the block is on the node's finalized chain.
    assert.equal(await rpc(rpcPort, 'chain_getBlockHash', [out.block.number]), out.block.hash);
  });

  it('proves a raw key in text output, and an absent entry', async () => {
    const now = '0xf0c365c3cf59d671eb72da0e7a4113c49f1f0515f462cdcf84e0f1d6045dfcbb'; // Timestamp.Now
    const run = await runVerify([
      'storage', '--rpc', `http://127.0.0.1:${rpcPort}`, '--chain-spec', specFile, '--key', now,
    ]);
    assert.equal(run.code, 0, `bmx-verify failed:\n${run.stdout}\n${run.stderr}`);
    assert.match(
      run.stdout,
      /^proven at block #\d+ 0x[0-9a-f]{64} \(GRANDPA set 0, round \d+, justification from (chain_getBlock|grandpa_proveFinality)\)$/m,
    );
    assert.match(run.stdout, /^value 0x[0-9a-f]{16}$/m, 'Timestamp.Now is a u64');

    const nobody = `0x${'ee'.repeat(32)}`;
    const absent = await runVerify([
      'storage', '--rpc', `http://127.0.0.1:${rpcPort}`, '--chain-spec', specFile,
      '--pallet', 'System', '--item', 'Account', '--map-key-hex', nobody,
      '--hasher', 'blake2_128_concat',
    ]);
    assert.equal(absent.code, 0, `bmx-verify failed:\n${absent.stdout}\n${absent.stderr}`);
    assert.match(absent.stdout, /^absent$/m);
  });

  it('passes through an honest proxy', async () => {
    proxy.tamper = null;
    const run = await verifyAlice(proxyPort);
    assert.equal(run.code, 0, `bmx-verify failed through the proxy:\n${run.stdout}\n${run.stderr}`);
  });

  it('detects an altered read proof', async () => {
    proxy.tampered = 0;
    proxy.tamper = (method, result) => {
      if (method !== 'state_getReadProof') return undefined;
      const proof = [...result.proof];
      const last = proof.length - 1;
      proof[last] = flipByte(proof[last], Math.floor((proof[last].length - 2) / 4));
      return { ...result, proof };
    };
    const run = await verifyAlice(proxyPort, ['--json']);
    assert.equal(run.code, 1, `expected failure:\n${run.stdout}\n${run.stderr}`);
    assert.ok(proxy.tampered > 0, 'the proxy altered nothing');
    assert.match(run.stderr, /storage proof check failed/);
    assert.equal(JSON.parse(run.stdout).failed, 'proof');
  });

  it('detects an altered header', async () => {
    proxy.tampered = 0;
    // A dishonest node would serve a header whose state root matches its forged storage.
    proxy.tamper = (method, result) =>
      method === 'chain_getHeader' ? { ...result, stateRoot: flipByte(result.stateRoot, 0) } : undefined;
    const run = await verifyAlice(proxyPort);
    assert.equal(run.code, 1, `expected failure:\n${run.stdout}\n${run.stderr}`);
    assert.ok(proxy.tampered > 0, 'the proxy altered nothing');
    assert.match(run.stderr, /header check failed: .*altered header/);
  });

  it('detects an altered signature in the GRANDPA justification', async () => {
    proxy.tampered = 0;
    // Whichever route the tool takes: the finality proof, or the justification kept with a block.
    proxy.tamper = (method, result) => {
      if (method === 'grandpa_proveFinality') return flipByte(result, firstSignatureOffset(result) + 10);
      if (method === 'chain_getBlock') return withAlteredJustification(result);
      return undefined;
    };
    const run = await verifyAlice(proxyPort);
    assert.equal(run.code, 1, `expected failure:\n${run.stdout}\n${run.stderr}`);
    assert.ok(proxy.tampered > 0, 'the proxy altered nothing');
    assert.match(run.stderr, /justification check failed: bad signature/);
  });

  it('refuses registry records proven absent as not authentic', async () => {
    const connection = ['--rpc', `http://127.0.0.1:${rpcPort}`, '--chain-spec', specFile];
    const certificate = await runVerify([
      'certificate', ...connection, '--warehouse', aliceKey, '--folio', '1', '--json',
    ]);
    assert.equal(certificate.code, 1, `expected refusal:\n${certificate.stdout}\n${certificate.stderr}`);
    const out = JSON.parse(certificate.stdout);
    assert.equal(out.ok, false);
    assert.equal(out.failed, 'absent');
    assert.equal(out.record, null);
    assert.equal(out.entries.length, 2, 'Certificates and History proven at one block');
    assert.ok(out.entries.every((entry) => entry.value === null));
    assert.match(certificate.stderr, /no such certificate: not authentic/);
    // The keys are the pallet's: the node agrees both entries are empty at the proven block.
    for (const entry of out.entries) {
      assert.equal(await rpc(rpcPort, 'state_getStorage', [entry.key, out.block.hash]), null);
    }

    const grant = await runVerify(['grant', ...connection, '--id', '4000000000']);
    assert.equal(grant.code, 1, `expected refusal:\n${grant.stdout}\n${grant.stderr}`);
    assert.match(grant.stdout, /^absent$/m);
    assert.match(grant.stderr, /no such grant: not authentic/);
  });

  it('refuses a chain spec without the genesis authority set', async () => {
    const plain = path.join(tempDir('verify-plain'), 'plain.json');
    fs.writeFileSync(plain, JSON.stringify({ genesis: { runtimeGenesis: {} } }));
    const run = await runVerify([
      'storage', '--rpc', `http://127.0.0.1:${rpcPort}`, '--chain-spec', plain, '--key', '0x00',
    ]);
    assert.equal(run.code, 2, `expected failure:\n${run.stdout}\n${run.stderr}`);
    assert.match(run.stderr, /chain spec unusable/);
  });
});
