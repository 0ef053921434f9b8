// The four-validator `local` chain: Alice, Bob, Charlie and Dave connect to each other, produce
// and finalize blocks, keep finalizing with Dave gone (GRANDPA needs 3 of 4 votes), and exit
// cleanly on SIGINT.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  BmxNode,
  finalizedNumber,
  freePorts,
  rpc,
  tempDir,
  waitFor,
  waitForFinalized,
  waitForRpc,
} from '../lib/node.mjs';

const VALIDATORS = ['alice', 'bob', 'charlie', 'dave'];
const STARTUP_TIMEOUT_MS = 300_000;

describe('local network of four validators', { timeout: 600_000 }, () => {
  /** name -> { node, rpcPort } */
  const validators = new Map();

  /** Starts validator `name` (`--chain local --<name>`) with its own ports, base path and node key. */
  async function startValidator(name, index, bootnodes) {
    const [rpcPort, p2pPort] = await freePorts(2);
    const node = new BmxNode(name, [
      '--chain', 'local',
      `--${name}`,
      '--base-path', tempDir(`base-${name}`),
      // Validators need a persistent network key; a fixed one per node keeps runs reproducible.
      '--node-key', (index + 1).toString(16).padStart(64, '0'),
      '--port', `${p2pPort}`,
      '--rpc-port', `${rpcPort}`,
      '--rpc-cors', 'all',
      '--no-prometheus',
      '--no-telemetry',
      '--no-mdns',
      ...(bootnodes ? ['--bootnodes', bootnodes] : []),
    ]);
    validators.set(name, { node, rpcPort, p2pPort });
  }

  before(async () => {
    await startValidator('alice', 0);
    const alice = validators.get('alice');
    await waitForRpc(alice.node, alice.rpcPort);
    const peerId = await rpc(alice.rpcPort, 'system_localPeerId');
    const bootnode = `/ip4/127.0.0.1/tcp/${alice.p2pPort}/p2p/${peerId}`;
    for (const [index, name] of VALIDATORS.entries()) {
      if (name !== 'alice') await startValidator(name, index, bootnode);
    }
    // Three nodes build the genesis state at once, each compiling the runtime's wasm: on two
    // cores that takes minutes, not the 20 seconds one node alone needs.
    for (const { node, rpcPort } of validators.values()) {
      await waitForRpc(node, rpcPort, STARTUP_TIMEOUT_MS);
    }
  });

  after(() => {
    for (const { node } of validators.values()) node.kill();
  });

  it('connects every validator to the three others', async () => {
    for (const { node, rpcPort } of validators.values()) {
      await waitFor(
        `${node.name} to have 3 peers`,
        async () => (await rpc(rpcPort, 'system_health')).peers >= 3,
        { timeoutMs: 90_000, nodes: [...validators.values()].map((v) => v.node) },
      );
    }
  });

  it('finalizes block 5 on every validator', async () => {
    for (const { node, rpcPort } of validators.values()) {
      await waitForFinalized(node, rpcPort, 5, 120_000);
    }
  });

  it('keeps finalizing with Dave stopped', async () => {
    const dave = validators.get('dave');
    assert.deepEqual(await dave.node.stop(), { code: 0, signal: null }, dave.node.logTail());
    validators.delete('dave');
    const remaining = [...validators.values()];
    const starts = await Promise.all(remaining.map(({ rpcPort }) => finalizedNumber(rpcPort)));
    for (const [i, { node, rpcPort }] of remaining.entries()) {
      await waitForFinalized(node, rpcPort, starts[i] + 2, 90_000);
    }
  });

  it('stops every validator cleanly', async () => {
    for (const { node } of validators.values()) {
      assert.deepEqual(await node.stop(), { code: 0, signal: null }, node.logTail());
    }
  });
});
