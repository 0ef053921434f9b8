// `send` signs one account's transactions one after the other: the next is signed only once the
// previous reached the pool (or failed), so that two quick acts never take the same nonce.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { send } from '../src/chain/tx.js';

/** A transaction whose `signAndSend` is recorded; `emit(n, status)` drives its callback. */
function fakeChain() {
  const signed = [];
  const api = {
    rpc: { chain: { getHeader: async () => ({ number: { toNumber: () => 7 } }) } },
    events: {},
    registry: { findMetaError: () => ({ section: 'x', name: 'Y', docs: [] }) },
  };
  const tx = (name) => ({
    signAndSend: (signer, options, callback) => {
      signed.push({ name, callback });
      return Promise.resolve(() => {});
    },
  });
  const status = (type, hash = { toHex: () => '0x01' }) => ({
    type,
    isReady: type === 'Ready',
    isBroadcast: false,
    isInBlock: type === 'InBlock',
    isFinalized: type === 'Finalized',
    isInvalid: type === 'Invalid',
    isDropped: false,
    isUsurped: false,
    asInBlock: hash,
    asFinalized: hash,
  });
  const emit = async (index, type) => {
    await signed[index].callback({ status: status(type), events: [], dispatchError: undefined });
  };
  return { api, tx, signed, emit };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));
const account = { address: '5Account', source: 'dev', pair: {} };

test('an account\'s second transaction is signed only once the first is in the pool', async () => {
  const { api, tx, signed, emit } = fakeChain();
  const first = send(api, account, tx('first'));
  const second = send(api, account, tx('second'));
  await tick();
  assert.deepEqual(signed.map((s) => s.name), ['first']);
  await emit(0, 'Ready');
  await tick();
  assert.deepEqual(signed.map((s) => s.name), ['first', 'second']);
  await emit(0, 'Finalized');
  await emit(1, 'Ready');
  await emit(1, 'Finalized');
  assert.equal((await first).blockNumber, 7);
  assert.equal((await second).blockNumber, 7);
});

test('a refused transaction lets the next one go, and other accounts never wait', async () => {
  const { api, tx, signed, emit } = fakeChain();
  const other = { address: '5Other', source: 'dev', pair: {} };
  const refused = send(api, account, tx('refused'));
  const next = send(api, account, tx('next'));
  const meanwhile = send(api, other, tx('meanwhile'));
  await tick();
  assert.deepEqual(signed.map((s) => s.name).sort(), ['meanwhile', 'refused']);
  await emit(signed.findIndex((s) => s.name === 'refused'), 'Invalid');
  await assert.rejects(refused, (error) => error.key === 'transaction.ImmediatelyDropped');
  await tick();
  assert.ok(signed.some((s) => s.name === 'next'));
  // Settle the rest so nothing dangles.
  for (const name of ['next', 'meanwhile']) {
    const index = signed.findIndex((s) => s.name === name);
    await emit(index, 'Ready');
    await emit(index, 'Finalized');
  }
  await Promise.all([next, meanwhile]);
});
