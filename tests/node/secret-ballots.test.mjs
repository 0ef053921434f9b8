// A municipal participatory budget voted in secret on a dev chain, as citizens do it: each
// verified citizen makes a ring secret with `bmx-ring`, registers its member key from its own
// account (feeless: the citizens hold no BMX), the ring is built by the chain, an electoral
// official opens the ballot, and the citizens vote with `bmx-ring vote` (a general transaction
// with no signer and no fee). A second vote, and a citizen of another municipality, are refused.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Keyring } from '@polkadot/keyring';
import { stringToU8a } from '@polkadot/util';
import { blake2AsHex, cryptoWaitReady, randomAsHex } from '@polkadot/util-crypto';
import { tempDir } from '../lib/node.mjs';
import { startDevChain } from '../lib/dev-chain.mjs';
import { findEvent, submit, waitForBlock } from '../lib/chain.mjs';
import { publishedRing, runRing } from '../lib/ring.mjs';

const SS58_FORMAT = 5252;
const UNIT = 10n ** 12n;
/** Credential 11 (runtime `configs::registries::credentials::ELECTORAL_OFFICIAL`). */
const ELECTORAL_OFFICIAL = 11;
const GUADALAJARA = { state: 'Jalisco', municipality: 39 };
const ZAPOPAN = { state: 'Jalisco', municipality: 120 };
const docHash = (label) => blake2AsHex(stringToU8a(label), 256);

describe('a secret participatory budget on a dev chain', { timeout: 900_000 }, () => {
  let node;
  let api;
  let rpcPort;
  let keyring;
  let url;
  const dir = tempDir('bmx-ring-');
  const citizens = [];
  let outsider;
  let official;
  let ballotId;
  /** The revision of Guadalajara's ring in force when the ballot opens. */
  let gdlRevision;

  before(async () => {
    ({ node, api, rpcPort } = await startDevChain('secret-ballots'));
    for (const pallet of ['anonymityRings', 'secretBallots']) {
      assert.ok(api.tx[pallet], `the runtime has no ${pallet} pallet: rebuild bmx-node`);
    }
    url = `http://127.0.0.1:${rpcPort}`;
    await cryptoWaitReady();
    keyring = new Keyring({ type: 'sr25519', ss58Format: SS58_FORMAT });
  });

  after(async () => {
    if (api?.isConnected) await api.disconnect();
    node?.kill();
  });

  const send = (tx, signer, label) => submit(api, tx, signer, { label, timeoutMs: 90_000 });
  const needs = (value, what) => assert.ok(value !== undefined, `an earlier step failed: no ${what}`);

  /** A citizen: an account, verified by RENAPO as living in `lives`, and a ring secret file. */
  function person(name, lives) {
    const pair = keyring.addFromUri(`//SecretBallots//${name}`);
    const secret = path.join(dir, `${name}.secret`);
    const made = runRing(['keygen', '--out', secret]);
    assert.equal(made.code, 0, made.stderr);
    assert.match(made.json.member, /^0x[0-9a-f]{64}$/);
    return { name, pair, secret, member: made.json.member, lives };
  }

  it('RENAPO verifies five citizens of Guadalajara and one of Zapopan; they hold no BMX', async () => {
    for (let i = 0; i < 5; i += 1) citizens.push(person(`citizen${i}`, GUADALAJARA));
    outsider = person('zapopan', ZAPOPAN);
    official = keyring.addFromUri('//SecretBallots//official');
    const renapo = keyring.addFromUri('//One');
    const persons = [...citizens.map((c) => [c.pair.address, c.lives]), [official.address, GUADALAJARA], [outsider.pair.address, ZAPOPAN]];
    await send(
      api.tx.utility.batchAll(persons.map(([who, lives]) => api.tx.digitalIdentity.verifyPerson(who, randomAsHex(32), { National: lives }, 'Adult'))),
      renapo,
      'RENAPO verifies persons',
    );
    const alice = keyring.addFromUri('//Alice');
    await send(api.tx.balances.transferKeepAlive(official.address, 1_000n * UNIT), alice, 'fund the official');
    await send(
      api.tx.digitalIdentity.issueCredential(official.address, ELECTORAL_OFFICIAL, null),
      keyring.addFromUri('//Ferdie'),
      'the electoral-official credential',
    );
    for (const c of [...citizens, outsider]) {
      assert.equal((await api.query.system.account(c.pair.address)).data.free.toBigInt(), 0n);
    }
  });

  it('each registers its member key from its own account, without a fee', async () => {
    needs(outsider, 'citizens');
    for (const c of [...citizens, outsider]) {
      const possession = runRing(['possession', '--secret', c.secret, '--account', c.pair.address, '--url', url]);
      assert.equal(possession.code, 0, possession.stderr);
      const { events } = await send(api.tx.anonymityRings.registerMemberKey(c.member, possession.json.possession), c.pair, `${c.name} registers`);
      assert.ok(findEvent(events, api.events.anonymityRings.MemberKeyRegistered));
      assert.equal((await api.query.system.account(c.pair.address)).data.free.toBigInt(), 0n, 'no fee');
    }
  });

  /** Waits until ring 0 of `scope` has published a revision with `members` members. */
  const published = (scope, members) => publishedRing(api, scope, members);

  it('the chain builds the rings in its idle time: Guadalajara holds its five citizens only', async () => {
    needs(outsider, 'registered keys');
    const revision = await published({ Municipality: GUADALAJARA }, 5);
    gdlRevision = revision;
    const keys = (await api.query.anonymityRings.ringKeys({ Municipality: GUADALAJARA }, 0)).map((k) => k.toHex());
    assert.deepEqual([...keys].sort(), citizens.map((c) => c.member).sort());
    assert.ok(!keys.includes(outsider.member));
    assert.ok(revision >= 1);
    await published({ Municipality: ZAPOPAN }, 1);
  });

  it('an electoral official of Guadalajara opens the city budget, and not a national one', async () => {
    needs(citizens[4], 'rings');
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    const options = [
      { label: docHash('Luminarias en la colonia Americana'), amountCentavos: 400_000_00n },
      { label: docHash('Rampa en el mercado Corona'), amountCentavos: 300_000_00n },
      { label: docHash('Huerto urbano en Oblatos'), amountCentavos: 500_000_00n },
    ];
    const open = (scope) => api.tx.secretBallots.openBallot(scope, { Budget: { budgetCentavos: 800_000_00n } }, options, 1, best + 2, best + 40);
    await assert.rejects(send(open('National'), official, 'a national ballot'), /BadOrigin/);
    const { events } = await send(open({ Municipality: GUADALAJARA }), official, 'open the budget');
    const opened = findEvent(events, api.events.secretBallots.BallotOpened);
    assert.ok(opened, 'BallotOpened');
    ballotId = opened.data[0].toNumber();
    await waitForBlock(api, best + 2);
  });

  /** `bmx-ring vote` for `c`. */
  const vote = (c, choice, extra = []) => runRing(['vote', '--url', url, '--secret', c.secret, '--ballot', `${ballotId}`, '--choice', `${choice}`, '--timeout', '120', ...extra]);

  it('five citizens vote secretly; the record holds aliases, not accounts or keys', async () => {
    needs(ballotId, 'an open ballot');
    const issuance = (await api.query.balances.totalIssuance()).toBigInt();
    const choices = [0, 0, 1, 2, 2];
    for (const [i, c] of citizens.entries()) {
      const result = vote(c, choices[i]);
      assert.equal(result.code, 0, `${c.name}: ${JSON.stringify(result.json)} ${result.stderr}`);
      const alias = runRing(['alias', '--secret', c.secret, '--ballot', `${ballotId}`, '--url', url]);
      assert.equal(result.json.alias, alias.json.alias, 'the vote is recorded under the alias the citizen can compute');
      const record = await api.query.secretBallots.votes(ballotId, alias.json.alias);
      assert.ok(record.isSome, `${c.name}'s vote is on record`);
      assert.deepEqual(record.unwrap().choices.map((x) => x.toNumber()), [choices[i]]);
      c.alias = alias.json.alias;
    }
    assert.equal((await api.query.balances.totalIssuance()).toBigInt(), issuance, 'no fee was charged');
    const tallies = (await api.query.secretBallots.tallies(ballotId)).toJSON();
    assert.deepEqual(tallies, [2, 1, 2]);
    for (const c of citizens) {
      assert.equal((await api.query.system.account(c.pair.address)).nonce.toNumber(), 1, `${c.name} signed only its key registration`);
    }
  });

  it('a second vote by the same citizen is refused', () => {
    needs(citizens[0]?.alias, 'votes');
    const again = vote(citizens[0], 1);
    assert.equal(again.code, 1, JSON.stringify(again.json));
    assert.equal(again.json.refusal, 'AlreadyVoted');
  });

  it('a citizen of Zapopan cannot vote in Guadalajara, even with a ring of its making', () => {
    needs(citizens[0]?.alias, 'votes');
    const own = vote(outsider, 1);
    assert.notEqual(own.code, 0, `the outsider voted: ${JSON.stringify(own.json)}`);
    const keysFile = path.join(dir, 'forged-ring.json');
    fs.writeFileSync(keysFile, JSON.stringify([...citizens.map((c) => c.member), outsider.member]));
    const forged = vote(outsider, 1, ['--ring-keys', keysFile, '--ring-index', '0', '--revision', `${gdlRevision}`]);
    assert.equal(forged.code, 1, JSON.stringify(forged.json));
    assert.equal(forged.json.refusal, 'InvalidProof');
  });

  it('after its window anyone closes the ballot; the projects are funded by votes', async () => {
    needs(citizens[0]?.alias, 'votes');
    const ballot = (await api.query.secretBallots.ballots(ballotId)).unwrap();
    await waitForBlock(api, ballot.ends.toNumber(), { timeoutMs: 400_000 });
    const anyone = keyring.addFromUri('//Alice');
    const { events } = await send(api.tx.secretBallots.closeBallot(ballotId), anyone, 'close the ballot');
    assert.ok(findEvent(events, api.events.secretBallots.BallotClosed));
    const result = (await api.query.secretBallots.results(ballotId)).unwrap();
    // Projects by votes, the cheaper first in a tie: 1 (400,000) fits, 3 (500,000) does not
    // fit in the 400,000 left, 2 (300,000) does.
    assert.deepEqual(result.funded.map((x) => x.toNumber()), [0, 1]);
  });
});
