// The chains the end-to-end tests run on: a single-node dev chain (`bmx-node --dev --tmp`), or,
// for the users' journeys, the local network of four validators, a bootnode and an archive RPC
// node (tests/lib/network.mjs), with an @polkadot/api client connected to it.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { LocalNetwork, nodeKey, peerIdOf } from './network.mjs';
import { BmxNode, freePorts, runToExit, tempDir, waitForFinalized, wasmCacheArgs, waitForRpc } from './node.mjs';

/**
 * Starts a dev chain labelled `name` (its log is `<scratch>/log-<name>-*`); resolves with
 * `{ node, api, rpcPort, close, rawSpec, bootnodes }` once the node answers RPC and the client is
 * connected. `rawSpec()` resolves with the path of the chain's raw spec, the trust root of
 * bmx-verify and of a light client; `bootnodes` are the p2p addresses a light client dials. The
 * caller awaits `close()` when done: it disconnects `api` and kills `node`.
 */
export async function startDevChain(name, { webSocketP2p = false } = {}) {
  const [rpcPort, p2pPort, wsPort] = await freePorts(3);
  const key = nodeKey(7);
  // A browser's light client reaches nodes over WebSocket only: with `webSocketP2p` the node
  // also listens there, and that address comes first in `bootnodes`.
  const listen = webSocketP2p
    ? ['--listen-addr', `/ip4/127.0.0.1/tcp/${p2pPort}`, '--listen-addr', `/ip4/127.0.0.1/tcp/${wsPort}/ws`]
    : ['--port', `${p2pPort}`];
  const node = new BmxNode(name, [
    '--dev', '--tmp',
    '--node-key', key,
    '--rpc-port', `${rpcPort}`,
    ...listen,
    '--no-telemetry', '--no-mdns', '--no-prometheus',
    ...wasmCacheArgs(),
  ]);
  await waitForRpc(node, rpcPort);
  const api = await ApiPromise.create({
    provider: new WsProvider(`ws://127.0.0.1:${rpcPort}`),
    throwOnConnect: true,
    noInitWarn: true,
  });
  const close = async () => {
    if (api.isConnected) await api.disconnect();
    node.kill();
  };
  // The raw spec a user of this chain trusts (bmx-verify's trust root).
  const rawSpec = async () => {
    const exported = await runToExit(['export-chain-spec', '--chain', 'dev', '--raw']);
    assert.equal(exported.code, 0, `export-chain-spec failed:\n${exported.stderr.slice(-4000)}`);
    const file = path.join(tempDir(`${name}-spec`), 'dev-raw.json');
    fs.writeFileSync(file, exported.stdout);
    return file;
  };
  // Where a light client finds the chain: the dev node listens for p2p on plain TCP (and on
  // WebSocket when asked).
  const bootnodes = [
    ...(webSocketP2p ? [`/ip4/127.0.0.1/tcp/${wsPort}/ws/p2p/${peerIdOf(key)}`] : []),
    `/ip4/127.0.0.1/tcp/${p2pPort}/p2p/${peerIdOf(key)}`,
  ];
  return { node, api, rpcPort, close, rawSpec, bootnodes };
}

/**
 * The chain of a users' journey (issue 18, scenario 5): the local network by default, as its
 * users meet it (blocks authored by four validators in turn, finality by GRANDPA among them,
 * the client on the archive node), or a dev chain with `BMX_JOURNEY_CHAIN=dev` (faster to start
 * by hand). Resolves like `startDevChain`, with `node` the archive node's process and, on the
 * network, `network`; there `close()` kills every node and fails if any of them panicked.
 */
export async function startJourneyChain(name) {
  if (sharing) {
    sharing.chain ??= startJourneyChainAlone(name);
    const chain = await sharing.chain;
    // The chain outlives this journey: `shareJourneyChain`'s closer ends it after the last one.
    return { ...chain, close: async () => {} };
  }
  return startJourneyChainAlone(name);
}

/** Set while the journeys of one process share one chain (`shareJourneyChain`). */
let sharing = null;

/**
 * From now on, every `startJourneyChain` of this process resolves with the same chain, started
 * by the first; returns the function that closes it (a root `after` hook). The journeys then pay
 * the network's start-up once and run one after the other on it, as users share a network.
 */
export function shareJourneyChain() {
  sharing = { chain: null };
  return async () => {
    const started = sharing?.chain;
    sharing = null;
    const chain = await started?.catch(() => null);
    await chain?.close();
  };
}

async function startJourneyChainAlone(name) {
  const chain = process.env.BMX_JOURNEY_CHAIN ?? 'network';
  if (chain === 'dev') return startDevChain(name);
  if (chain !== 'network') throw new Error(`BMX_JOURNEY_CHAIN is 'network' or 'dev', not '${chain}'`);
  const network = new LocalNetwork();
  await network.prepare();
  await network.startAll();
  const { node, rpcPort } = network.archive;
  // The journeys start once the validators finalize, as users find a running network.
  await waitForFinalized(node, rpcPort, 1, 180_000);
  const api = await network.connect();
  // No node of the network may have panicked during the journey.
  const close = async () => {
    if (api.isConnected) await api.disconnect();
    const panics = network.panics();
    network.killAll();
    if (panics.length) throw new Error(`panics in the network's logs:\n${panics.join('\n')}`);
  };
  return {
    node, api, rpcPort, network, close,
    rawSpec: async () => network.chainSpec,
    bootnodes: [network.bootnodeAddress],
  };
}
