// A supplier's sealed bid, made in the browser. The commitment is what the chain keeps until the
// reveal: blake2-256 of the SCALE encoding of (tender id, bidder, price, partida offers,
// proposal hash, salt), as `pallet_tenders::bid_commitment` computes it. The salt is 32 random
// bytes from the browser's CSPRNG; the bid file holds everything the reveal needs, and nothing
// else can recover it.
import { blake2AsHex } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';

export const BID_FILE_KIND = 'bmx-sealed-bid';

/** 32 random bytes, hex. */
export function newSalt() {
  return u8aToHex(crypto.getRandomValues(new Uint8Array(32)));
}

/** The commitment of a bid; `registry` is the chain's type registry (`api.registry`). */
export function bidCommitment(registry, { tenderId, bidder, price, partidaOffers, proposal, salt }) {
  const encoded = registry
    .createType('(u32, AccountId32, u128, Vec<u128>, H256, [u8; 32])', [tenderId, bidder, price, partidaOffers, proposal, salt])
    .toU8a();
  return blake2AsHex(encoded, 256);
}

/** The bid file's content: everything the reveal needs, for one chain. */
export function bidFile(genesisHash, bid, commitment) {
  return {
    kind: BID_FILE_KIND,
    version: 1,
    genesisHash,
    tenderId: bid.tenderId,
    bidder: bid.bidder,
    price: bid.price.toString(),
    partidaOffers: bid.partidaOffers.map((o) => o.toString()),
    proposal: bid.proposal,
    salt: bid.salt,
    commitment,
  };
}

const HASH = /^0x[0-9a-f]{64}$/;

/**
 * The bid of a bid file's text, checked: its kind and shape, its chain, and its commitment
 * recomputed. Throws an `Error` whose `reason` names what is wrong: 'format', 'chain',
 * 'commitment'.
 */
export function readBidFile(registry, genesisHash, text) {
  const fail = (reason) => Object.assign(new Error(`bid file: ${reason}`), { reason });
  let file;
  try {
    file = JSON.parse(text);
  } catch {
    throw fail('format');
  }
  const ok =
    file?.kind === BID_FILE_KIND &&
    Number.isInteger(file.tenderId) &&
    typeof file.bidder === 'string' &&
    /^\d+$/.test(file.price) &&
    Array.isArray(file.partidaOffers) &&
    file.partidaOffers.every((o) => /^\d+$/.test(o)) &&
    HASH.test(file.proposal) &&
    HASH.test(file.salt) &&
    HASH.test(file.commitment);
  if (!ok) throw fail('format');
  if (file.genesisHash !== genesisHash) throw fail('chain');
  const bid = {
    tenderId: file.tenderId,
    bidder: file.bidder,
    price: BigInt(file.price),
    partidaOffers: file.partidaOffers.map(BigInt),
    proposal: file.proposal,
    salt: file.salt,
  };
  if (bidCommitment(registry, bid) !== file.commitment) throw fail('commitment');
  return { ...bid, commitment: file.commitment };
}
