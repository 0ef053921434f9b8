// README command 1, `scripts/run.sh`, as a user runs it: it prints the Polkadot.js Apps link and
// gives a chain that Apps can use (metadata decodes, properties set, blocks finalize, a transfer
// from a dev account succeeds with its event), starts the Ethereum JSON-RPC and prints its URL and
// chain id for MetaMask, and Ctrl-C stops both cleanly.

import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { BmxNode, freePorts, rpc, waitFor, waitForFinalized, waitForRpc } from '../lib/node.mjs';

const RUN_SCRIPT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../scripts/run.sh');
const UNIT = 10n ** 12n;

describe('scripts/run.sh', { timeout: 900_000 }, () => {
  let chain;
  let rpcPort;
  let ethPort;
  let api;

  before(async () => {
    let p2pPort, prometheusPort, ethPrometheusPort;
    [rpcPort, p2pPort, prometheusPort, ethPort, ethPrometheusPort] = await freePorts(5);
    // Extra arguments go to bmx-node; ports are free ones so the test can run beside others.
    chain = new BmxNode(
      'run-script',
      [RUN_SCRIPT, '--port', `${p2pPort}`, '--prometheus-port', `${prometheusPort}`, '--no-mdns'],
      {
        command: 'bash',
        env: {
          BMX_RPC_PORT: `${rpcPort}`,
          BMX_ETH_RPC_PORT: `${ethPort}`,
          BMX_ETH_PROMETHEUS_PORT: `${ethPrometheusPort}`,
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

  it('stops cleanly on Ctrl-C (SIGINT)', async () => {
    await api.disconnect();
    assert.deepEqual(await chain.stop(), { code: 0, signal: null }, chain.logTail());
  });
});
