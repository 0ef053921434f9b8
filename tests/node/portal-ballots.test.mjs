// A citizen votes in secret in the portal, in a real browser (Chromium headless) against a real
// dev chain (issue 20, "a citizen votes"; issue 14's ring proofs, made in the page by the
// WebAssembly prover). The citizen creates its member key in the page (the secret file is
// downloaded), registers it from its own account without a fee, and once the chain has built
// Guadalajara's ring with four neighbours who use the `bmx-ring` client, votes in the city's
// participatory budget: the proof is made in the browser, the vote goes out as a general
// transaction no account signs, and the record holds the alias the citizen can compute, the same
// as the native client computes from the same file. A neighbour's `bmx-ring` secret file works in
// the page too, a vote cast by the client shows as cast, and a key in no ring of the ballot is
// refused in the page with a sentence, before anything is sent.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { stringToU8a } from '@polkadot/util';
import { blake2AsHex, cryptoWaitReady, randomAsHex } from '@polkadot/util-crypto';
import { findEvent, submit, waitForBlock } from '../lib/chain.mjs';
import { publishedRing, runRing } from '../lib/ring.mjs';
import { actAs, assertAccessible, screenshot, startPortalSession, waitForFinal, waitVisible } from '../lib/portal.mjs';

const SS58 = 5252;
const UNIT = 10n ** 12n;
/** Credential 11 (runtime `configs::registries::credentials::ELECTORAL_OFFICIAL`). */
const ELECTORAL_OFFICIAL = 11;
const GUADALAJARA = { state: 'Jalisco', municipality: 39 };

describe('a citizen votes in secret in the portal', { timeout: 900_000 }, () => {
  let session;
  let api;
  let url;
  let keyring;
  let official;
  /** The citizen who uses the portal: its account and, once made in the page, its secret file. */
  const browserCitizen = { name: 'citizen in the browser' };
  /** Neighbours who use `bmx-ring`: `{ name, pair, secret, member }`. */
  const neighbours = [];
  let ballotId;

  before(async () => {
    session = await startPortalSession('portal-ballots', []);
    ({ api } = session.chain);
    url = `http://127.0.0.1:${session.chain.rpcPort}`;
    await cryptoWaitReady();
    keyring = new Keyring({ type: 'sr25519', ss58Format: SS58 });
    browserCitizen.pair = keyring.addFromUri('//PortalBallots//browser');
    browserCitizen.secret = path.join(session.files, 'clave-de-miembro-bmx.txt');
    official = keyring.addFromUri('//PortalBallots//official');
  });

  after(async () => {
    await session?.close();
  });

  const send = (tx, signer, label) => submit(api, tx, signer, { label, timeoutMs: 90_000 });
  const needs = (value, what) => assert.ok(value !== undefined, `an earlier step failed: no ${what}`);

  /** A page of the portal at `route`, acting as `uri` when given. */
  async function pageAt(route, uri, { phone = false } = {}) {
    const page = await session.browser.newPage({ phone });
    await session.open(page, route);
    if (uri) await actAs(page, uri);
    return page;
  }

  it('RENAPO verifies six people of Guadalajara, who hold no BMX; an electoral official is named', async () => {
    for (let i = 0; i < 4; i += 1) {
      const name = `neighbour${i}`;
      const secret = path.join(session.files, `${name}.secret`);
      const made = runRing(['keygen', '--out', secret]);
      assert.equal(made.code, 0, made.stderr);
      neighbours.push({ name, pair: keyring.addFromUri(`//PortalBallots//${name}`), secret, member: made.json.member });
    }
    const persons = [browserCitizen.pair, ...neighbours.map((n) => n.pair), official];
    await send(
      api.tx.utility.batchAll(persons.map((who) => api.tx.digitalIdentity.verifyPerson(who.address, randomAsHex(32), { National: GUADALAJARA }, 'Adult'))),
      keyring.addFromUri('//One'),
      'RENAPO verifies persons',
    );
    await send(api.tx.balances.transferKeepAlive(official.address, 1_000n * UNIT), keyring.addFromUri('//Alice'), 'fund the official');
    await send(api.tx.digitalIdentity.issueCredential(official.address, ELECTORAL_OFFICIAL, null), keyring.addFromUri('//Ferdie'), 'the electoral-official credential');
    assert.equal((await api.query.system.account(browserCitizen.pair.address)).data.free.toBigInt(), 0n);
  });

  it('the citizen creates its member key in the browser, keeps the file, and registers the key without a fee', async () => {
    needs(neighbours[3], 'verified persons');
    const page = await pageAt('/participacion', '//PortalBallots//browser');
    await waitVisible(page, 'secret-create', 'the member key section');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('secret-create').click()]);
    await download.saveAs(browserCitizen.secret);
    await waitVisible(page, 'secret-loaded', 'a new member key');
    const text = fs.readFileSync(browserCitizen.secret, 'utf8');
    assert.match(text, /^[0-9a-f]{64}\n$/, 'the file is a bmx-ring secret file');
    browserCitizen.member = await page.getByTestId('member-key-value').innerText();
    const native = runRing(['member', '--secret', browserCitizen.secret]);
    assert.equal(native.code, 0, native.stderr);
    assert.equal(browserCitizen.member, native.json.member, 'bmx-ring derives the same member key from the downloaded file');
    await screenshot(page, 'ballots-key-created');

    await page.getByTestId('member-key-register').click();
    await waitForFinal(page, 'member-key-register');
    await waitVisible(page, 'member-registered', 'the registered key');
    const owner = await api.query.anonymityRings.keyOwners(browserCitizen.member);
    assert.ok(owner.isSome, 'the chain holds the key the page registered (its proof of possession was accepted)');
    assert.equal((await api.query.system.account(browserCitizen.pair.address)).data.free.toBigInt(), 0n, 'no fee');
    await page.close();
  });

  it('four neighbours register theirs with bmx-ring; the chain builds Guadalajara\'s ring of five', async () => {
    needs(browserCitizen.member, 'the browser key');
    for (const n of neighbours) {
      const possession = runRing(['possession', '--secret', n.secret, '--account', n.pair.address, '--url', url]);
      assert.equal(possession.code, 0, possession.stderr);
      const { events } = await send(api.tx.anonymityRings.registerMemberKey(n.member, possession.json.possession), n.pair, `${n.name} registers`);
      assert.ok(findEvent(events, api.events.anonymityRings.MemberKeyRegistered));
    }
    await publishedRing(api, { Municipality: GUADALAJARA }, 5);
    const keys = (await api.query.anonymityRings.ringKeys({ Municipality: GUADALAJARA }, 0)).map((k) => k.toHex());
    assert.deepEqual([...keys].sort(), [browserCitizen.member, ...neighbours.map((n) => n.member)].sort());
  });

  it('the electoral official opens the city\'s budget', async () => {
    needs(neighbours[0].member, 'the ring');
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    const options = ['Luminarias en la colonia Americana', 'Rampa en el mercado Corona', 'Huerto urbano en Oblatos'].map((label, i) => ({
      label: blake2AsHex(stringToU8a(label), 256),
      amountCentavos: BigInt(300_000_00 + i * 100_000_00),
    }));
    const { events } = await send(
      api.tx.secretBallots.openBallot({ Municipality: GUADALAJARA }, { Budget: { budgetCentavos: 800_000_00n } }, options, 1, best + 2, best + 80),
      official,
      'open the budget',
    );
    const opened = findEvent(events, api.events.secretBallots.BallotOpened);
    assert.ok(opened, 'BallotOpened');
    ballotId = opened.data[0].toNumber();
    await waitForBlock(api, best + 2);
  });

  it('the citizen loads its key file and votes in secret: the proof is made in the page and no account signs', async () => {
    needs(ballotId, 'an open ballot');
    const nonce = (await api.query.system.account(browserCitizen.pair.address)).nonce.toNumber();
    // A new page: the secret was kept in the old page's memory only.
    const page = await pageAt('/participacion');
    await waitVisible(page, `ballot-${ballotId}`, 'the open ballot');
    assert.equal(await page.getByTestId(`ballot-${ballotId}-vote`).isDisabled(), true, 'no vote without a key');
    await page.getByTestId('secret-file').setInputFiles(browserCitizen.secret);
    await waitVisible(page, `ballot-${ballotId}-alias`, 'the alias in the ballot');
    const alias = await page.getByTestId(`ballot-${ballotId}-alias`).innerText();
    const native = runRing(['alias', '--secret', browserCitizen.secret, '--ballot', `${ballotId}`, '--url', url]);
    assert.equal(native.code, 0, native.stderr);
    assert.equal(alias, native.json.alias, 'the page shows the alias bmx-ring computes');

    await page.getByTestId(`ballot-${ballotId}-option-1`).check();
    await page.getByTestId(`ballot-${ballotId}-vote`).click();
    await waitVisible(page, `ballot-${ballotId}-voted`, 'the recorded vote', 180_000);
    const record = await api.query.secretBallots.votes(ballotId, alias);
    assert.ok(record.isSome, 'the vote is on record under the alias');
    assert.deepEqual(record.unwrap().choices.map((c) => c.toNumber()), [1]);
    assert.equal((await api.query.system.account(browserCitizen.pair.address)).nonce.toNumber(), nonce, 'the account signed nothing');
    assert.equal((await api.query.system.account(browserCitizen.pair.address)).data.free.toBigInt(), 0n, 'and paid nothing');
    assert.deepEqual(page.problems, []);
    await screenshot(page, 'ballots-voted');
    await page.close();
  });

  it('a neighbour\'s bmx-ring file votes in the page; a vote cast with the client shows as cast', async () => {
    needs(ballotId, 'an open ballot');
    const [inPage, withClient] = neighbours;
    const page = await pageAt('/participacion');
    await waitVisible(page, `ballot-${ballotId}`, 'the open ballot');
    await page.getByTestId('secret-file').setInputFiles(inPage.secret);
    await page.getByTestId(`ballot-${ballotId}-option-2`).check();
    await page.getByTestId(`ballot-${ballotId}-vote`).click();
    await waitVisible(page, `ballot-${ballotId}-voted`, 'the neighbour\'s vote', 180_000);

    const cast = runRing(['vote', '--url', url, '--secret', withClient.secret, '--ballot', `${ballotId}`, '--choice', '1', '--timeout', '120']);
    assert.equal(cast.code, 0, JSON.stringify(cast.json));
    await page.getByTestId('secret-forget').click();
    await page.getByTestId('secret-file').setInputFiles(withClient.secret);
    await waitVisible(page, `ballot-${ballotId}-voted`, 'the client\'s vote');
    assert.equal(await page.getByTestId(`ballot-${ballotId}-vote`).count(), 0, 'no second vote is offered');
    const tallies = (await api.query.secretBallots.tallies(ballotId)).toJSON();
    assert.deepEqual(tallies, [0, 2, 1]);
    await page.close();
  });

  it('a key in no ring of the ballot is refused in the page, in Spanish, before anything is sent', async () => {
    needs(ballotId, 'an open ballot');
    const stranger = path.join(session.files, 'stranger.secret');
    assert.equal(runRing(['keygen', '--out', stranger]).code, 0);
    const turnout = (await api.query.secretBallots.turnout(ballotId)).toNumber();
    const page = await pageAt('/participacion');
    await waitVisible(page, `ballot-${ballotId}`, 'the open ballot');
    await page.getByTestId('secret-file').setInputFiles(stranger);
    await page.getByTestId(`ballot-${ballotId}-option-0`).check();
    await page.getByTestId(`ballot-${ballotId}-vote`).click();
    const form = page.locator('form', { has: page.getByTestId(`ballot-${ballotId}-vote`) });
    await form.getByTestId('error').waitFor({ timeout: 60_000 });
    assert.match(await form.getByTestId('error').innerText(), /no está en ningún anillo vigente/);
    assert.equal(await page.getByTestId(`ballot-${ballotId}-option-0`).isChecked(), true, 'the choice is kept');
    assert.equal((await api.query.secretBallots.turnout(ballotId)).toNumber(), turnout, 'nothing was recorded');
    await screenshot(page, 'ballots-refused');
    await page.close();
  });

  it('the citizens\' desk is accessible on a desktop and a phone', async () => {
    for (const phone of [false, true]) {
      const page = await pageAt('/participacion', undefined, { phone });
      await waitVisible(page, 'secret-create', 'the citizens\' desk');
      await page.getByTestId('secret-file').setInputFiles(browserCitizen.secret);
      await waitVisible(page, 'secret-loaded', 'the loaded key');
      await assertAccessible(page, `the citizens' desk${phone ? ' on a phone' : ''}`);
      await screenshot(page, `ballots-desk${phone ? '-phone' : ''}`);
      await page.close();
    }
  });
});
