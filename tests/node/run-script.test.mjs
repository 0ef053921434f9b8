// README command 1, `scripts/run.sh`, as a user runs it: it prints the Polkadot.js Apps link and
// gives a chain that Apps can use (metadata decodes, properties set, blocks finalize, a transfer
// from a dev account succeeds with its event), starts the Ethereum JSON-RPC and prints its URL and
// chain id for MetaMask, serves the portal with its configuration, a chain spec a light client
// follows to finality over WebSocket, and a rate-limited faucet, and Ctrl-C stops all three
// cleanly.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { BmxNode, freePorts, rpc, tempDir, waitFor, waitForFinalized, waitForRpc } from '../lib/node.mjs';
import { startLightClient } from '../lib/light-client.mjs';

const RUN_SCRIPT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../scripts/run.sh');
const UNIT = 10n ** 12n;

describe('scripts/run.sh', { timeout: 900_000 }, () => {
  let chain;
  let rpcPort;
  let ethPort;
  let portalPort;
  let api;

  before(async () => {
    let p2pPort, p2pWsPort, prometheusPort, ethPrometheusPort;
    [rpcPort, p2pPort, p2pWsPort, prometheusPort, ethPort, ethPrometheusPort, portalPort] = await freePorts(7);
    // Extra arguments go to bmx-node; ports are free ones so the test can run beside others.
    chain = new BmxNode(
      'run-script',
      [RUN_SCRIPT, '--prometheus-port', `${prometheusPort}`, '--no-mdns'],
      {
        command: 'bash',
        env: {
          BMX_RPC_PORT: `${rpcPort}`,
          BMX_P2P_PORT: `${p2pPort}`,
          BMX_P2P_WS_PORT: `${p2pWsPort}`,
          BMX_ETH_RPC_PORT: `${ethPort}`,
          BMX_ETH_PROMETHEUS_PORT: `${ethPrometheusPort}`,
          BMX_PORTAL_PORT: `${portalPort}`,
        },
      },
    );
    // Setup and a warm build come first: allow for them.
    await waitForRpc(chain, rpcPort, 600_000);
    await cryptoWaitReady();
    api = await ApiPromise.create({ provider: new WsProvider(`ws://127.0.0.1:${rpcPort}`), noInitWarn: true });
  });

  after(async () => {
    if (api?.isConnected) await api.disconnect();
    chain?.kill();
  });

  it('prints the Polkadot.js Apps link of the chain', async () => {
    const link = `https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A${rpcPort}#/explorer`;
    await waitFor('the Apps link', () => chain.printed(link), { timeoutMs: 60_000, nodes: [chain] });
  });

  it('starts the Ethereum JSON-RPC and prints its URL and chain id', async () => {
    const line = `Ethereum JSON-RPC:        http://127.0.0.1:${ethPort}  (chain id 5252`;
    await waitFor('the Ethereum RPC line', () => chain.printed(line), {
      timeoutMs: 60_000,
      nodes: [chain],
    });
    const chainId = await waitFor('eth_chainId', () => rpc(ethPort, 'eth_chainId'), {
      timeoutMs: 120_000,
      nodes: [chain],
    });
    assert.equal(chainId, '0x1484');
  });

  it('serves what Polkadot.js Apps reads: metadata, token and address format', () => {
    assert.ok(api.runtimeMetadata.version >= 15, `metadata v${api.runtimeMetadata.version}`);
    assert.equal(api.registry.chainSS58, 5252);
    assert.deepEqual(api.registry.chainTokens, ['BMX']);
    assert.deepEqual(api.registry.chainDecimals, [12]);
    assert.equal(typeof api.tx.balances.transferKeepAlive, 'function');
  });

  it('finalizes blocks', async () => {
    assert.ok((await waitForFinalized(chain, rpcPort, 2, 120_000)) >= 2);
  });

  it('accepts a transfer from a dev account and shows its event', async () => {
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 5252 });
    const alice = keyring.addFromUri('//Alice');
    const charlie = keyring.addFromUri('//Charlie');
    const amount = 3n * UNIT;
    const before = (await api.query.system.account(charlie.address)).data.free.toBigInt();
    const events = await new Promise((resolve, reject) => {
      api.tx.balances
        .transferKeepAlive(charlie.address, amount)
        .signAndSend(alice, ({ status, events, dispatchError }) => {
          if (dispatchError) reject(new Error(dispatchError.toString()));
          else if (status.isFinalized) resolve(events);
        })
        .catch(reject);
    });
    const transfer = events.find(({ event }) => api.events.balances.Transfer.is(event));
    assert.ok(transfer, 'no balances.Transfer event');
    const [from, to, value] = transfer.event.data;
    assert.equal(from.toString(), alice.address);
    assert.equal(to.toString(), charlie.address);
    assert.equal(value.toBigInt(), amount);
    const after = await waitFor(
      'the new balance',
      async () => {
        const free = (await api.query.system.account(charlie.address)).data.free.toBigInt();
        return free === before + amount ? free : null;
      },
      { timeoutMs: 30_000, nodes: [chain] },
    );
    assert.equal(after, before + amount);
  });

  it('serves the portal with its configuration and prints its URL', async () => {
    const url = `http://127.0.0.1:${portalPort}/`;
    await waitFor('the portal line', () => chain.printed(url), { timeoutMs: 60_000, nodes: [chain] });
    const page = await fetch(url);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<div id="app">/);
    // Nothing from another origin: the page's policy says so to the browser.
    assert.match(page.headers.get('content-security-policy'), /default-src 'self'/);
    const config = await (await fetch(`${url}config.json`)).json();
    assert.deepEqual(config, { rpc: `ws://127.0.0.1:${rpcPort}`, chainSpec: 'chain-spec.json', faucet: 'faucet' });
    assert.equal((await fetch(`${url}..%2F..%2Fetc%2Fpasswd`)).status, 404);
  });

  it('gives a light client the spec and WebSocket boot node to follow finality', async () => {
    const spec = await (await fetch(`http://127.0.0.1:${portalPort}/chain-spec.json`)).json();
    assert.equal(spec.bootNodes.length, 1);
    assert.match(spec.bootNodes[0], /^\/ip4\/127\.0\.0\.1\/tcp\/\d+\/ws\/p2p\/12D3KooW/);
    const file = path.join(tempDir('run-script-spec'), 'spec.json');
    fs.writeFileSync(file, JSON.stringify(spec));
    // Smoldot dials the boot node over WebSocket, as the browser's light client does.
    const light = await startLightClient(file, spec.bootNodes);
    try {
      const genesis = await light.request('chain_getBlockHash', [0]);
      assert.equal(genesis, api.genesisHash.toHex());
      const finalized = await waitFor(
        'the light client at a finalized block past genesis',
        async () => {
          const hash = await light.request('chain_getFinalizedHead');
          const header = await light.request('chain_getHeader', [hash]);
          return parseInt(header.number, 16) >= 1 ? { hash, number: parseInt(header.number, 16) } : null;
        },
        { timeoutMs: 120_000, nodes: [chain] },
      );
      assert.equal((await api.rpc.chain.getBlockHash(finalized.number)).toHex(), finalized.hash);
    } finally {
      await light.terminate();
    }
  });

  it('runs a faucet that sends test funds once per account per interval', async () => {
    const url = `http://127.0.0.1:${portalPort}/faucet`;
    const terms = await (await fetch(url)).json();
    assert.deepEqual(terms, { amount: '100', minutes: 10, token: 'BMX' });
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 5252 });
    const newcomer = keyring.addFromUri('//FaucetNewcomer');
    const post = (address) => fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ address }) });
    const first = await post(newcomer.address);
    assert.equal(first.status, 200, await first.clone().text());
    assert.ok((await first.json()).block >= 1);
    const free = await waitFor('the faucet\'s funds', async () => {
      const balance = (await api.query.system.account(newcomer.address)).data.free.toBigInt();
      return balance > 0n ? balance : null;
    }, { timeoutMs: 60_000, nodes: [chain] });
    assert.equal(free, 100n * UNIT);
    // The same account again: refused, with the minutes to wait; a bad address: refused.
    const again = await post(newcomer.address);
    assert.equal(again.status, 429);
    assert.ok((await again.json()).minutes >= 1);
    const bad = await post('not an address');
    assert.equal(bad.status, 400);
    assert.deepEqual(await bad.json(), { error: 'badAddress' });
  });

  it('stops cleanly on Ctrl-C (SIGINT)', async () => {
    await api.disconnect();
    assert.deepEqual(await chain.stop(), { code: 0, signal: null }, chain.logTail());
  });
});
