// A light client in the browser: smoldot follows the chain from its spec (the only thing it
// trusts: the genesis and its GRANDPA authorities), proves each finalized header by its
// justification, and answers storage reads from Merkle proofs it checks against that header. A
// node that lies cannot make it show a certificate that is not on chain, nor hide one that is.
// The public verification page (`pages/verify.jsx`) reads through it; `tests/lib/light-client.mjs`
// does the same in Node.
import * as smoldot from 'smoldot';

/** How long the client may take to reach the chain's finalized head before a read gives up. */
const SYNC_TIMEOUT_MS = 180_000;

/** How many storage reads run at once (each is a proof request to a full node). */
const PARALLEL_READS = 8;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts a light client of the chain whose (raw) spec is at `chainSpecUrl` and resolves with
 * `{ storage, keys, status, terminate }` once it runs (not yet synced: `storage` waits for that):
 *
 * - `storage(keysHex, { atLeast, at })` reads the keys at the latest block the client proved
 *   final, once it has synced (and that block is at least `atLeast`, when given, within a time
 *   limit), or at `at` (`{ blockHash, blockNumber }` of an earlier read):
 *   `{ blockHash, blockNumber, values: { keyHex: valueHex | null } }`. `null` is an absent key,
 *   proven absent.
 * - `keys(prefixHex, { at })` lists the keys under a prefix at block `at` (`{ blockHash }` of an
 *   earlier read), proven by the client; it rejects when this smoldot cannot.
 * - `status()`: `{ phase: 'starting' | 'syncing' | 'ready' | 'failed', peers, finalized }`.
 * - `terminate()` stops it.
 *
 * `onProgress(status)` hears every change of `status()`.
 */
export async function startLightClient(chainSpecUrl, { onProgress = () => {} } = {}) {
  const response = await fetch(chainSpecUrl, { cache: 'no-store' });
  if (!response.ok) throw new Error(`the chain spec ${chainSpecUrl} answered ${response.status}`);
  const chainSpec = await response.text();

  const logs = [];
  const client = smoldot.start({
    maxLogLevel: 2,
    logCallback: (level, target, message) => {
      logs.push(`${level === 1 ? 'error' : 'warn'} ${target}: ${message}`);
      if (logs.length > 50) logs.shift();
    },
  });
  let state = { phase: 'starting', peers: 0, finalized: 0 };
  const report = (next) => {
    state = { ...state, ...next };
    onProgress({ ...state });
  };
  report({});

  let chain;
  try {
    chain = await client.addChain({ chainSpec });
  } catch (error) {
    await client.terminate().catch(() => {});
    throw error;
  }

  // One JSON-RPC channel; responses are matched to their requests by id.
  const pending = new Map();
  let nextId = 0;
  let stopped = false;
  (async () => {
    while (!stopped) {
      let response;
      try {
        response = JSON.parse(await chain.nextJsonRpcResponse());
      } catch (error) {
        if (!stopped) {
          for (const { reject } of pending.values()) reject(error);
          pending.clear();
          report({ phase: 'failed' });
        }
        return;
      }
      const waiter = pending.get(response.id);
      if (!waiter) continue;
      pending.delete(response.id);
      if (response.error) waiter.reject(new Error(`${waiter.method}: ${response.error.message}`));
      else waiter.resolve(response.result);
    }
  })();
  const request = (method, params = []) =>
    new Promise((resolve, reject) => {
      if (stopped) return reject(new Error('the light client was stopped'));
      nextId += 1;
      pending.set(nextId, { method, resolve, reject });
      try {
        chain.sendJsonRpc(JSON.stringify({ jsonrpc: '2.0', id: nextId, method, params }));
      } catch (error) {
        pending.delete(nextId);
        reject(error);
      }
    });

  /** The latest block the client proved final: `{ blockHash, blockNumber }`. */
  const finalizedHead = async () => {
    const blockHash = await request('chain_getFinalizedHead');
    const header = await request('chain_getHeader', [blockHash]);
    return { blockHash, blockNumber: parseInt(header.number, 16) };
  };

  // Synced: it has peers, is no longer catching up, and proved a finalized block. Polled every
  // second until then, then every few seconds for the status line.
  let synced;
  const ready = new Promise((resolve, reject) => {
    synced = { resolve, reject };
  });
  ready.catch(() => {});
  (async () => {
    const started = Date.now();
    let done = false;
    while (!stopped) {
      try {
        const health = await request('system_health');
        const head = await finalizedHead();
        const syncing = health.isSyncing || health.peers === 0;
        report({ phase: syncing && !done ? 'syncing' : 'ready', peers: health.peers, finalized: head.blockNumber });
        if (!syncing && !done) {
          done = true;
          synced.resolve();
        }
      } catch (error) {
        if (stopped) return;
        if (!done && Date.now() - started > SYNC_TIMEOUT_MS) {
          report({ phase: 'failed' });
          synced.reject(error);
          return;
        }
      }
      if (!done && Date.now() - started > SYNC_TIMEOUT_MS) {
        report({ phase: 'failed' });
        synced.reject(new LightClientTimeout(logs));
        return;
      }
      await sleep(done ? 3000 : 1000);
    }
  })();

  /** Reads `keys` at `blockHash`, a few at a time. */
  const readAt = async (keys, blockHash) => {
    const values = {};
    let next = 0;
    const worker = async () => {
      while (next < keys.length) {
        const key = keys[next++];
        values[key] = (await request('state_getStorage', [key, blockHash])) ?? null;
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, keys.length) }, worker));
    return values;
  };

  return {
    async storage(keysHex, { at, atLeast = 0, waitMs = 60_000 } = {}) {
      await ready;
      // A second read of one lookup stays at the block of the first.
      if (at) return { blockHash: at.blockHash, blockNumber: at.blockNumber, values: await readAt(keysHex, at.blockHash) };
      let head = await finalizedHead();
      // A record the node says is final may reach the light client a few blocks later.
      const deadline = Date.now() + waitMs;
      while (head.blockNumber < atLeast && Date.now() < deadline) {
        await sleep(1000);
        head = await finalizedHead();
      }
      try {
        return { ...head, values: await readAt(keysHex, head.blockHash) };
      } catch (error) {
        // The block left the client's window meanwhile: read again at the newest.
        head = await finalizedHead();
        return { ...head, values: await readAt(keysHex, head.blockHash) };
      }
    },
    async keys(prefixHex, { at } = {}) {
      await ready;
      const blockHash = at?.blockHash ?? (await finalizedHead()).blockHash;
      const found = [];
      let start = null;
      for (;;) {
        const page = await request('state_getKeysPaged', [prefixHex, 1000, start, blockHash]);
        found.push(...page);
        if (page.length < 1000) return found;
        start = page[page.length - 1];
      }
    },
    status: () => ({ ...state }),
    logs: () => [...logs],
    async terminate() {
      if (stopped) return;
      stopped = true;
      for (const { reject } of pending.values()) reject(new Error('the light client was stopped'));
      pending.clear();
      try {
        chain.remove();
      } catch {
        // Already removed with the client.
      }
      await client.terminate().catch(() => {});
    },
  };
}

/** The light client did not reach the chain's finalized head in time. */
export class LightClientTimeout extends Error {
  constructor(logs = []) {
    super(`the light client did not sync within ${SYNC_TIMEOUT_MS / 1000} s${logs.length ? `: ${logs.slice(-3).join(' | ')}` : ''}`);
    this.name = 'LightClientTimeout';
  }
}
