// Fees sponsored by a collective (issue 12) on a running dev chain: the Executive Council gives
// an account that holds no BMX a fee allowance on Business's treasury; the account's
// transaction is included, the treasury pays its fee (the events say so), the account still
// holds nothing, and the fee goes to the treasury of the collective whose node authored the
// block (Academia's: Alice's node).

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { stringToU8a, u8aConcat } from '@polkadot/util';
import { cryptoWaitReady, mnemonicGenerate } from '@polkadot/util-crypto';
import { startDevChain } from '../lib/dev-chain.mjs';
import { findEvent, submit } from '../lib/chain.mjs';
import { devSeatKeys, executiveDecision } from '../lib/governance.mjs';

const UNIT = 10n ** 12n;

/** The treasury account of collective `id`: the `bmx/coll` pallet id's sub-account `id`. */
function treasuryAccount(api, id) {
  const raw = new Uint8Array(32);
  raw.set(u8aConcat(stringToU8a('modl'), stringToU8a('bmx/coll'), api.createType('u32', id).toU8a()));
  return api.createType('AccountId32', raw).toString();
}

describe('sponsored fees on a dev chain', { timeout: 300_000 }, () => {
  let node;
  let api;

  before(async () => {
    ({ node, api } = await startDevChain('sponsored-fees'));
    await cryptoWaitReady();
  });

  after(async () => {
    if (api?.isConnected) await api.disconnect();
    node?.kill();
  });

  it('includes a transaction of a zero-balance account and takes its fee from the treasury', async () => {
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 5252 });
    const project = keyring.addFromUri(mnemonicGenerate());
    const sponsor = treasuryAccount(api, 1);
    const authors = treasuryAccount(api, 0);
    assert.equal((await api.query.system.account(project.address)).data.free.toBigInt(), 0n);

    await executiveDecision(
      api,
      api.tx.feeSponsorship.setAllowance(project.address, sponsor, 10n * UNIT),
      await devSeatKeys(),
      { label: 'allowance' },
    );
    const before = (await api.query.system.account(sponsor)).data.free.toBigInt();
    assert.ok(before > 0n, 'the treasury is funded at genesis');

    const { events } = await submit(api, api.tx.system.remark('0x01'), project);
    const sponsored = findEvent(events, api.events.feeSponsorship.FeePaidBySponsor);
    assert.ok(sponsored, 'a FeePaidBySponsor event');
    assert.equal(sponsored.data.who.toString(), project.address);
    assert.equal(sponsored.data.sponsor.toString(), sponsor);
    const paid = findEvent(events, api.events.transactionPayment.TransactionFeePaid);
    assert.equal(paid.data.who.toString(), sponsor, 'the treasury paid the fee');
    const fee = sponsored.data.fee.toBigInt();
    assert.ok(fee > 0n);
    // The fee went to the author's collective's treasury, not up in smoke.
    const deposit = events
      .map(({ event }) => event)
      .find((event) => api.events.balances.Deposit.is(event) && event.data.who.toString() === authors);
    assert.ok(deposit, "a Deposit to the author's collective's treasury");
    assert.equal(deposit.data.amount.toBigInt(), fee, 'the whole fee reached it');

    const after = (await api.query.system.account(sponsor)).data.free.toBigInt();
    assert.equal(before - after, fee, 'the treasury lost exactly the fee');
    assert.equal((await api.query.system.account(project.address)).data.free.toBigInt(), 0n);
  });
});
