// Smart Tenders as the end-to-end journeys drive them: the hash that stands for an off-chain
// document, a supplier's sealed-bid commitment, and the Executive decision that registers a
// buyer unit and approves its suppliers.

import assert from 'node:assert/strict';
import { stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsHex, blake2AsU8a } from '@polkadot/util-crypto';

/** blake2-256 of a label: a stand-in for the hash of an off-chain document. */
export const docHash = (label) => blake2AsHex(stringToU8a(label), 256);

/**
 * The sealed-bid commitment, as `pallet_tenders::bid_commitment` documents it: blake2_256 of
 * the SCALE encoding of (tender_id: u32, bidder: AccountId32, price: u128,
 * partida_offers: Vec<u128>, proposal: H256, salt: [u8; 32]), i.e. the fields concatenated.
 * Checks that the concatenation is the tuple's own encoding.
 */
export function bidCommitment(api, id, bidder, { price, offers, proposal, salt }) {
  const encoded = u8aConcat(
    api.createType('u32', id).toU8a(),
    api.createType('AccountId32', bidder).toU8a(),
    api.createType('u128', price).toU8a(),
    api.createType('Vec<u128>', offers).toU8a(),
    api.createType('H256', proposal).toU8a(),
    api.createType('[u8; 32]', salt).toU8a(),
  );
  const tuple = api.createType('(u32, AccountId32, u128, Vec<u128>, H256, [u8; 32])', [
    id, bidder, price, offers, proposal, salt,
  ]);
  assert.equal(u8aToHex(encoded), tuple.toHex());
  return u8aToHex(blake2AsU8a(encoded, 256));
}

/**
 * The batch an Executive decision passes to register `name` as a buyer unit of `officials` and
 * approve `suppliers` (key pairs, already registered with `registerSupplier`), each on a
 * resolution named after its letter: `{ A: pair, B: pair }`.
 */
export function buyerUnitAndApprovals(api, name, officials, suppliers) {
  return api.tx.utility.batchAll([
    api.tx.tenders.registerBuyerUnit(name, officials.map((o) => o.address)),
    ...Object.entries(suppliers).map(([letter, pair]) =>
      api.tx.tenders.approveSupplier(pair.address, docHash(`resolucion ${letter}`)),
    ),
  ]);
}
