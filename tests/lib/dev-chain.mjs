// A single-node dev chain for end-to-end tests: `bmx-node --dev --tmp` on free ports, with an
// @polkadot/api client connected to it.

import { ApiPromise, WsProvider } from '@polkadot/api';
import { BmxNode, freePorts, waitForRpc } from './node.mjs';

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
