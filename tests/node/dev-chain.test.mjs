// A single-validator dev chain (`bmx-node --dev --tmp`): block production and GRANDPA finality,
// chain properties, Prometheus, the RPC surface, a balance transfer through @polkadot/api, a
// rejected transfer, and a clean exit on SIGINT.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady, mnemonicGenerate } from '@polkadot/util-crypto';
import { BmxNode, freePorts, rpc, waitForFinalized, waitForRpc } from '../lib/node.mjs';

const SS58_FORMAT = 5252;
const UNIT = 10n ** 12n;

describe('dev chain', { timeout: 300_000 }, () => {
  let node;
  let rpcPort;
  let prometheusPort;
  let api;
  let alice;
  let keyring;

  before(async () => {
    let p2pPort;
    [rpcPort, p2pPort, prometheusPort] = await freePorts(3);
    node = new BmxNode('dev', [
      '--dev',
      '--tmp',
      '--rpc-port', `${rpcPort}`,
      '--port', `${p2pPort}`,
      '--prometheus-port', `${prometheusPort}`,
      '--no-telemetry',
      '--no-mdns',
    ]);
    await waitForRpc(node, rpcPort);
    await cryptoWaitReady();
    keyring = new Keyring({ type: 'sr25519', ss58Format: SS58_FORMAT });
    alice = keyring.addFromUri('//Alice');
  });

  after(async () => {
    if (api?.isConnected) await api.disconnect();
    node?.kill();
  });

  it('finalizes blocks with GRANDPA', async () => {
    const finalized = await waitForFinalized(node, rpcPort, 3, 120_000);
    assert.ok(finalized >= 3);
  });

  it('reports the BMX chain properties and runtime', async () => {
    assert.deepEqual(await rpc(rpcPort, 'system_properties'), {
      ss58Format: SS58_FORMAT,
      tokenDecimals: 12,
      tokenSymbol: 'BMX',
    });
    const version = await rpc(rpcPort, 'state_getRuntimeVersion');
    assert.equal(version.specName, 'bmx');
  });

  it('serves Prometheus metrics', async () => {
    const response = await fetch(`http://127.0.0.1:${prometheusPort}/metrics`, {
      signal: AbortSignal.timeout(10_000),
    });
    assert.equal(response.status, 200);
    const metrics = await response.text();
    assert.match(metrics, /^substrate_block_height\{/m);
  });

  it('exposes the RPC methods wallets need', async () => {
    const { methods } = await rpc(rpcPort, 'rpc_methods');
    for (const method of [
      'system_accountNextIndex',
      'payment_queryInfo',
      'author_submitExtrinsic',
      'state_getMetadata',
      'chain_getFinalizedHead',
    ]) {
      assert.ok(methods.includes(method), `rpc_methods lacks ${method}`);
    }
  });

  it('answers system_accountNextIndex for a BMX (ss58 5252) address', async () => {
    // Alice has sent nothing yet. Failing with "Unknown SS58 address format `5252`" means the node
    // does not call `set_default_ss58_version` at start-up.
    assert.equal(await rpc(rpcPort, 'system_accountNextIndex', [alice.address]), 0);
  });

  it('decodes the metadata with @polkadot/api', async () => {
    api = await ApiPromise.create({
      provider: new WsProvider(`ws://127.0.0.1:${rpcPort}`),
      throwOnConnect: true,
      noInitWarn: true,
    });
    assert.ok(api.runtimeMetadata.version >= 15, `metadata v${api.runtimeMetadata.version}`);
    assert.equal(typeof api.tx.balances.transferKeepAlive, 'function');
    assert.equal(api.registry.chainSS58, SS58_FORMAT);
  });

  it('transfers BMX from Alice to a fresh account', async () => {
    const recipient = keyring.addFromMnemonic(mnemonicGenerate());
    const amount = 42n * UNIT;
    const { blockHash, events } = await submitFinalized(
      api.tx.balances.transferKeepAlive(recipient.address, amount),
      alice,
    );

    const transfer = events.find(({ event }) => api.events.balances.Transfer.is(event));
    assert.ok(transfer, `no balances.Transfer among ${eventNames(events)}`);
    const { from, to, amount: transferred } = transfer.event.data;
    assert.equal(from.toString(), alice.address);
    assert.equal(to.toString(), recipient.address);
    assert.equal(transferred.toBigInt(), amount);
    assert.ok(
      events.some(({ event }) => api.events.system.ExtrinsicSuccess.is(event)),
      `no system.ExtrinsicSuccess among ${eventNames(events)}`,
    );

    // Alice pays exactly the amount and the fee; the recipient holds the amount.
    const feeEvent = events.find(({ event }) =>
      api.events.transactionPayment.TransactionFeePaid.is(event),
    );
    assert.ok(feeEvent, `no transactionPayment.TransactionFeePaid among ${eventNames(events)}`);
    const fee = feeEvent.event.data.actualFee.toBigInt();
    assert.ok(fee > 0n, 'the transfer paid no fee');
    const { parentHash } = await api.rpc.chain.getHeader(blockHash);
    const aliceBefore = await freeBalance(alice.address, parentHash);
    const aliceAfter = await freeBalance(alice.address, blockHash);
    assert.equal(aliceBefore - aliceAfter, amount + fee);
    assert.equal(await freeBalance(recipient.address, blockHash), amount);
  });

  it('rejects a transfer from an account that cannot pay the fee', async () => {
    const pauper = keyring.addFromMnemonic(mnemonicGenerate());
    const aliceBefore = await freeBalance(alice.address);
    await assert.rejects(
      api.tx.balances.transferKeepAlive(alice.address, UNIT).signAndSend(pauper),
      /1010.*Inability to pay some fees/,
    );
    // Wait for a new best block: nothing from the rejected transfer may reach the chain.
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no new block within 30 s')), 30_000);
      const unsubscribe = api.rpc.chain.subscribeNewHeads((header) => {
        if (header.number.toNumber() > best) {
          clearTimeout(timer);
          unsubscribe.then((stop) => stop());
          resolve();
        }
      });
    });
    assert.equal(await freeBalance(alice.address), aliceBefore);
    const { nonce, data } = await api.query.system.account(pauper.address);
    assert.equal(data.free.toBigInt(), 0n);
    assert.equal(nonce.toNumber(), 0);
  });

  it('exits cleanly on SIGINT', async () => {
    if (api?.isConnected) await api.disconnect();
    const status = await node.stop(30_000);
    assert.deepEqual(status, { code: 0, signal: null }, node.logTail());
  });

  /** Free balance of `address` at block `at` (default: best block). */
  async function freeBalance(address, at) {
    const query = at ? (await api.at(at)).query : api.query;
    return (await query.system.account(address)).data.free.toBigInt();
  }

  /** Signs and submits `tx`; resolves with the finalized block hash and the extrinsic's events. */
  function submitFinalized(tx, signer, timeoutMs = 90_000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`not finalized within ${timeoutMs} ms\n${node.logTail()}`)),
        timeoutMs,
      );
      const done = (settle, value) => {
        clearTimeout(timer);
        unsubscribe.then((stop) => stop(), () => {});
        settle(value);
      };
      const unsubscribe = tx.signAndSend(signer, ({ status, events, dispatchError }) => {
        if (dispatchError) {
          done(reject, new Error(`dispatch failed: ${describeError(dispatchError)}`));
        } else if (status.isInvalid || status.isDropped || status.isUsurped) {
          done(reject, new Error(`transaction ${status.type}`));
        } else if (status.isFinalized) {
          done(resolve, { blockHash: status.asFinalized, events });
        }
      });
      unsubscribe.catch((error) => done(reject, error));
    });
  }

  /** A module error's `section.name`, or the error itself as text. */
  function describeError(dispatchError) {
    if (!dispatchError.isModule) return dispatchError.toString();
    const { section, name } = api.registry.findMetaError(dispatchError.asModule);
    return `${section}.${name}`;
  }

  /** The `section.method` names of `events`, for assertion messages. */
  function eventNames(events) {
    return events.map(({ event }) => `${event.section}.${event.method}`).join(', ');
  }
});
