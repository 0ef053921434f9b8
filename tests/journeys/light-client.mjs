// A light client (smoldot) follows the chain of the users' journeys and reads the registries'
// certificates from finalized state it verified itself, as a citizen's browser will (issue 18's
// optional light node; issue 20's portal verifies with the same client). It asks no node's RPC:
// it dials the bootnode over libp2p with the chain's raw spec as its only trust root.
//
// It reads the certificates that the registries' journey (./registries.mjs, imported here) left,
// so run alone it runs that journey first, on the same chain.

// First: the registries' journey imported below and this one share one chain.
import { closeSharedJourneyChain } from '../lib/share-journey-chain.mjs';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { startJourneyChain } from '../lib/dev-chain.mjs';
import { startLightClient } from '../lib/light-client.mjs';
import { finalizedNumber } from '../lib/chain.mjs';
import { verificationTargets } from './registries.mjs';

after(closeSharedJourneyChain);

describe('a light client (smoldot) following the chain', { timeout: 300_000 }, () => {
  let api;
  let close;
  let light;
  /** The block the light client proved final, once it caught up: `{ number, hash }`. */
  let reached;

  before(async () => {
    let rawSpec, bootnodes;
    ({ api, close, rawSpec, bootnodes } = await startJourneyChain('light-client'));
    light = await startLightClient(await rawSpec(), bootnodes);
  });

  after(async () => {
    await light?.terminate();
    await close?.();
  });

  const failure = (what) => `${what}\nsmoldot's warnings:\n${light.logs.slice(-20).join('\n')}`;

  it('follows GRANDPA finality to the head the archive node finalized', async () => {
    const target = await finalizedNumber(api);
    const deadline = Date.now() + 180_000;
    let number = -1;
    let hash;
    while (number < target) {
      assert.ok(Date.now() < deadline, failure(`the light client reached #${number}, not #${target}, in 180 s`));
      await sleep(1000);
      hash = await light.request('chain_getFinalizedHead');
      const header = await light.request('chain_getHeader', [hash]);
      number = parseInt(header.number, 16);
    }
    // The same block as the full nodes', not merely the same height.
    assert.equal(hash, (await api.rpc.chain.getBlockHash(number)).toHex(), `#${number} differs`);
    const health = await light.request('system_health');
    assert.ok(health.peers >= 1, `the light client has no peer: ${JSON.stringify(health)}`);
    reached = { number, hash };
  });

  it('reads the certificate of deposit and the property certificate from finalized state', async () => {
    assert.ok(reached, 'an earlier step failed: the light client did not catch up');
    const { depositCertificate, propertyCertificate } = verificationTargets;
    assert.ok(depositCertificate && propertyCertificate, 'the registries\' journey left no certificates');
    for (const [what, query, args, since] of [
      ['certificate of deposit', api.query.depositCertificates.certificates,
        [depositCertificate.warehouse, depositCertificate.folio], depositCertificate.blockNumber],
      ['property certificate', api.query.propertyRegistry.certificates,
        [propertyCertificate.id], propertyCertificate.blockNumber],
    ]) {
      assert.ok(reached.number >= since, `#${reached.number} precedes the ${what} (#${since})`);
      const key = query.key(...args);
      const proven = await light.request('state_getStorage', [key, reached.hash]);
      assert.ok(proven, failure(`the light client finds no ${what} at #${reached.number}`));
      const stored = await query.at(reached.hash, ...args);
      assert.ok(stored.isSome, `the archive node has no ${what} at #${reached.number}`);
      assert.equal(proven, stored.unwrap().toHex(), `the light client's ${what} differs from the chain's`);
    }
  });

  it('finds nothing under a certificate number never issued', async () => {
    assert.ok(reached, 'an earlier step failed: the light client did not catch up');
    const { warehouse } = verificationTargets.depositCertificate;
    const key = api.query.depositCertificates.certificates.key(warehouse, 999_999);
    assert.equal(await light.request('state_getStorage', [key, reached.hash]), null);
  });
});
