// The chains the end-to-end tests run on: a single-node dev chain (`bmx-node --dev --tmp`), or,
// for the users' journeys, the local network of four validators, a bootnode and an archive RPC
// node (tests/lib/network.mjs), with an @polkadot/api client connected to it.

import { ApiPromise, WsProvider } from '@polkadot/api';
import { LocalNetwork } from './network.mjs';
import { BmxNode, freePorts, waitForFinalized, waitForRpc } from './node.mjs';

/**
 * Starts a dev chain labelled `name` (its log is `<scratch>/log-<name>-*`); resolves with
 * `{ node, api, rpcPort }` once the node answers RPC and the client is connected. The caller
 * disconnects `api` and kills `node` when done.
 */
export async function startDevChain(name) {
  const [rpcPort, p2pPort] = await freePorts(2);
  const node = new BmxNode(name, [
    '--dev', '--tmp',
    '--rpc-port', `${rpcPort}`,
    '--port', `${p2pPort}`,
    '--no-telemetry', '--no-mdns', '--no-prometheus',
  ]);
  await waitForRpc(node, rpcPort);
  const api = await ApiPromise.create({
    provider: new WsProvider(`ws://127.0.0.1:${rpcPort}`),
    throwOnConnect: true,
    noInitWarn: true,
  });
  return { node, api, rpcPort };
}

/**
 * The chain of a users' journey (issue 18, scenario 5): the local network by default, as its
 * users meet it (blocks authored by four validators in turn, finality by GRANDPA among them,
 * the client on the archive node), or a dev chain with `BMX_JOURNEY_CHAIN=dev` (faster to start
 * by hand). Resolves like `startDevChain`, with `node` the archive node's process and, on the
 * network, `network`; the other nodes are killed with the test process.
 */
export async function startJourneyChain(name) {
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
  return { node, api, rpcPort, network };
}
