// A smoldot light client in the test process: it connects to a chain's full nodes over libp2p
// (no RPC server of theirs), follows GRANDPA finality from the raw spec's genesis by itself and
// answers JSON-RPC requests from what it has verified (headers by their justifications, storage
// by Merkle proofs against those headers).

import fs from 'node:fs';
import * as smoldot from 'smoldot';

/**
 * Starts a light client of the chain whose raw spec is at `rawSpecFile`, reaching the network
 * through `bootnodes` (multiaddresses, which replace the spec's own). Resolves with
 * `{ request(method, params), logs, terminate() }`: `request` sends one JSON-RPC request and
 * resolves with its result (rejects with its error); `logs` keeps the client's warnings and
 * errors for failure messages.
 */
export async function startLightClient(rawSpecFile, bootnodes) {
  const spec = JSON.parse(fs.readFileSync(rawSpecFile, 'utf8'));
  spec.bootNodes = bootnodes;
  const logs = [];
  const client = smoldot.start({
    maxLogLevel: 2,
    logCallback: (level, target, message) => {
      logs.push(`${level === 1 ? 'error' : 'warn'} ${target}: ${message}`);
    },
  });
  const chain = await client.addChain({ chainSpec: JSON.stringify(spec) });
  const pending = new Map();
  let nextId = 0;
  let stopped = false;
  (async () => {
    while (!stopped) {
      let response;
      try {
        response = JSON.parse(await chain.nextJsonRpcResponse());
      } catch (error) {
        if (!stopped) for (const { reject } of pending.values()) reject(error);
        return;
      }
      const waiter = pending.get(response.id);
      if (!waiter) continue;
      pending.delete(response.id);
      if (response.error) waiter.reject(new Error(`${waiter.method}: ${response.error.message}`));
      else waiter.resolve(response.result);
    }
  })();
  const request = (method, params = []) => new Promise((resolve, reject) => {
    nextId += 1;
    pending.set(nextId, { method, resolve, reject });
    chain.sendJsonRpc(JSON.stringify({ jsonrpc: '2.0', id: nextId, method, params }));
  });
  const terminate = async () => {
    stopped = true;
    await client.terminate();
  };
  return { request, logs, terminate };
}
