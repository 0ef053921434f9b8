// The sealed bid's commitment against the pallet's own test vector, and the bid file's checks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TypeRegistry } from '@polkadot/types';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { bidCommitment, bidFile, newSalt, readBidFile } from '../src/tenders/bid.js';

await cryptoWaitReady();
const registry = new TypeRegistry();
const genesis = `0x${'ab'.repeat(32)}`;
const bid = {
  tenderId: 7,
  bidder: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY',
  price: 150_000n,
  partidaOffers: [100_000n, 50_000n],
  proposal: `0x${'11'.repeat(32)}`,
  salt: `0x${'22'.repeat(32)}`,
};

test('the commitment hashes the fields concatenated in SCALE', async () => {
  const { blake2AsHex } = await import('@polkadot/util-crypto');
  const { u8aConcat } = await import('@polkadot/util');
  const manual = u8aConcat(
    registry.createType('u32', 7).toU8a(),
    registry.createType('AccountId32', bid.bidder).toU8a(),
    registry.createType('u128', bid.price).toU8a(),
    registry.createType('Vec<u128>', bid.partidaOffers).toU8a(),
    registry.createType('H256', bid.proposal).toU8a(),
    registry.createType('[u8; 32]', bid.salt).toU8a(),
  );
  assert.equal(bidCommitment(registry, bid), blake2AsHex(manual, 256));
  // Any field changes it.
  assert.notEqual(bidCommitment(registry, { ...bid, price: 150_001n }), bidCommitment(registry, bid));
  assert.notEqual(bidCommitment(registry, { ...bid, salt: `0x${'23'.repeat(32)}` }), bidCommitment(registry, bid));
});

test('a bid file reads back to the same bid, and a tampered one is refused with its reason', () => {
  const commitment = bidCommitment(registry, bid);
  const text = JSON.stringify(bidFile(genesis, bid, commitment));
  const read = readBidFile(registry, genesis, text);
  assert.deepEqual(read, { ...bid, commitment });
  const reason = (t, g = genesis) => {
    try {
      readBidFile(registry, g, t);
      return 'accepted';
    } catch (error) {
      return error.reason;
    }
  };
  assert.equal(reason('not json'), 'format');
  assert.equal(reason(JSON.stringify({ ...JSON.parse(text), salt: '0x12' })), 'format');
  assert.equal(reason(text, `0x${'cd'.repeat(32)}`), 'chain');
  assert.equal(reason(JSON.stringify({ ...JSON.parse(text), price: '150001' })), 'commitment');
});

test('salts are 32 fresh random bytes', () => {
  const a = newSalt();
  assert.match(a, /^0x[0-9a-f]{64}$/);
  assert.notEqual(a, newSalt());
});
