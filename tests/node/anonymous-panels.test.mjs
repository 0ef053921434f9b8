// A tender evaluated by an anonymous panel on a dev chain, as evaluators do it (issue 14): 21
// certified evaluators (one of them an official of the buyer unit) make ring secrets with
// `bmx-ring`, register their member keys and enrol with their bond; an official publishes a
// tender that weighs technical scores (its evaluation fee is held); two suppliers bid and
// reveal; anyone opens the evaluation. The panel's candidates are the 20 evaluators without a
// conflict of interest; every candidate runs `bmx-ring ticket` at once, and the chain keeps the
// five lowest tickets whatever their order; four of the five reveal with `bmx-ring reveal`, the
// fifth stays silent and is slashed; anyone concludes the panel, the award reads its scores,
// and one evaluator settles its pay to a fresh account with `bmx-ring settle`. No panel event
// and no ticket, reveal or settlement names an evaluator's account. One of the candidates, the
// one whose ticket is lowest, does all of it in the portal instead, in a real browser (issue 20):
// its ticket and scores are proved in the page, its state file downloaded, its scores revealed
// from that file, and its pay settled; the client and the page take each other's files.

import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { stringToU8a } from '@polkadot/util';
import { cryptoWaitReady, randomAsHex, randomAsU8a } from '@polkadot/util-crypto';
import fs from 'node:fs';
import { tempDir } from '../lib/node.mjs';
import { actAs, screenshot, startPortalSession, waitVisible } from '../lib/portal.mjs';
import { loadProver } from '../../portal/src/ring/prover.js';
import { ticketContext } from '../../portal/src/ring/contexts.js';
import { findEvent, submit, waitForBlock } from '../lib/chain.mjs';
import { devSeatKeys, executiveDecision } from '../lib/governance.mjs';
import { publishedRing, runRing, runRingAsync } from '../lib/ring.mjs';
import { bidCommitment, buyerUnitAndApprovals, docHash } from '../lib/tenders.mjs';

const SS58_FORMAT = 5252;
const UNIT = 10n ** 12n;
/** Credential 0 (runtime `configs::registries::credentials::TENDER_EVALUATOR`). */
const TENDER_EVALUATOR = 0;
const GUADALAJARA = { state: 'Jalisco', municipality: 39 };
const GLOVES = 25401001;
/** Evaluators: twenty without a conflict, and the buyer unit's official. */
const EVALUATORS = 20;
/** The runtime's panel size and evaluation fee. */
const PANEL_SIZE = 5;
const EVALUATION_FEE = 2_500n * UNIT;
const BOND = 1_000n * UNIT;

describe('a tender evaluated by an anonymous panel on a dev chain', { timeout: 1_200_000 }, () => {
  let session;
  let node;
  let api;
  let rpcPort;
  let url;
  let keyring;
  const dir = tempDir('panels-');
  const accounts = {};
  /** The evaluators: `{ name, pair, secret, member, ticket, state, result }`. */
  const evaluators = [];
  let buyerUnit;
  let tenderId;
  let schedule;
  let panel;
  const bids = {};

  /** The candidate who uses the portal (the lowest ticket, so that it is surely selected). */
  let inBrowser;
  /** Its page, at the participation desk with its member secret loaded. */
  let page;

  before(async () => {
    session = await startPortalSession('anonymous-panels', []);
    ({ node, api, rpcPort } = session.chain);
    assert.ok(api.tx.tenders?.openEvaluation, 'the runtime has no tenders pallet of issue 14: rebuild bmx-node');
    url = `http://127.0.0.1:${rpcPort}`;
    await cryptoWaitReady();
    keyring = new Keyring({ type: 'sr25519', ss58Format: SS58_FORMAT });
    for (const name of ['Alice', 'Bob', 'Ferdie', 'One', 'Two']) accounts[name] = keyring.addFromUri(`//${name}`);
    accounts.official = keyring.addFromUri('//PanelsOfficial');
    accounts.supplierA = keyring.addFromUri('//PanelsSupplierA');
    accounts.supplierB = keyring.addFromUri('//PanelsSupplierB');
  });

  after(async () => {
    await session?.close();
  });

  const send = (tx, signer, label) => submit(api, tx, signer, { label, timeoutMs: 90_000 });
  const waitBlock = (height) => waitForBlock(api, height, { node, timeoutMs: 300_000 });
  const head = async () => (await api.rpc.chain.getHeader()).number.toNumber();
  const needs = (value, what) => assert.ok(value !== undefined, `an earlier step failed: no ${what}`);

  it('identifies 21 certified evaluators with member keys; they enrol with their bond', async () => {
    const { official, supplierA, supplierB } = accounts;
    for (let i = 0; i < EVALUATORS; i += 1) {
      const name = `evaluator${i}`;
      evaluators.push({ name, pair: keyring.addFromUri(`//Panels//${name}`) });
    }
    // The official is certified too: the panel must leave it out.
    evaluators.push({ name: 'official', pair: official, conflicted: true });
    for (const e of evaluators) {
      e.secret = path.join(dir, `${e.name}.secret`);
      const made = runRing(['keygen', '--out', e.secret]);
      assert.equal(made.code, 0, made.stderr);
      e.member = made.json.member;
    }
    await send(
      api.tx.utility.batchAll([
        ...evaluators.map((e) => api.tx.balances.transferKeepAlive(e.pair.address, BOND + 100n * UNIT)),
        api.tx.balances.transferKeepAlive(official.address, EVALUATION_FEE + 100n * UNIT),
        api.tx.balances.transferKeepAlive(supplierA.address, 200_000n * UNIT),
        api.tx.balances.transferKeepAlive(supplierB.address, 200_000n * UNIT),
      ]),
      accounts.Alice,
      'fund the actors',
    );
    await send(
      api.tx.utility.batchAll(
        evaluators.map((e) => api.tx.digitalIdentity.verifyPerson(e.pair.address, randomAsHex(32), { National: GUADALAJARA }, 'Adult')),
      ),
      accounts.One,
      'RENAPO verifies the evaluators',
    );
    await Promise.all([
      send(
        api.tx.utility.batchAll(evaluators.map((e) => api.tx.digitalIdentity.issueCredential(e.pair.address, TENDER_EVALUATOR, null))),
        accounts.Ferdie,
        'the evaluator credential',
      ),
      send(
        api.tx.utility.batchAll([
          api.tx.digitalIdentity.verifyOrganisation(supplierA.address, randomAsHex(32), []),
          api.tx.digitalIdentity.verifyOrganisation(supplierB.address, randomAsHex(32), []),
        ]),
        accounts.Two,
        'SAT verifies the suppliers',
      ),
    ]);
    await Promise.all(
      evaluators.map(async (e) => {
        const possession = runRing(['possession', '--secret', e.secret, '--account', e.pair.address, '--url', url]);
        assert.equal(possession.code, 0, possession.stderr);
        await send(api.tx.anonymityRings.registerMemberKey(e.member, possession.json.possession), e.pair, `${e.name} registers its key`);
        const { events } = await send(api.tx.anonymousPanels.enrol(), e.pair, `${e.name} enrols`);
        assert.ok(findEvent(events, api.events.anonymousPanels.Enrolled), `${e.name} did not enrol`);
      }),
    );
    assert.equal((await api.query.anonymousPanels.roster()).length, evaluators.length);
    await Promise.all([
      send(api.tx.tenders.registerSupplier(docHash('expediente A')), supplierA, 'supplier A registers'),
      send(api.tx.tenders.registerSupplier(docHash('expediente B')), supplierB, 'supplier B registers'),
    ]);
    buyerUnit = (await api.query.tenders.nextBuyerUnitId()).toNumber();
    await executiveDecision(
      api,
      buyerUnitAndApprovals(api, 'Secretaria de Salud de Jalisco - Adquisiciones', [official], { A: supplierA, B: supplierB }),
      await devSeatKeys(),
      { label: 'register the buyer unit and approve the suppliers' },
    );
  });

  it('publishes a tender that weighs technical scores, holding the evaluation fee; two suppliers bid and reveal', async () => {
    needs(buyerUnit, 'a buyer unit');
    const { official, supplierA, supplierB } = accounts;
    tenderId = (await api.query.tenders.nextTenderId()).toNumber();
    const b = await head();
    schedule = {
      enquiriesEnd: b + 4,
      biddingEnd: b + 7,
      revealEnd: b + 10,
      // Twenty ring proofs at once on two cores, and the panel ring's build before them.
      evaluationEnd: b + 40,
      scoreRevealEnd: b + 50,
      voteEnd: b + 52,
      complaintsEnd: b + 54,
      contractDeadline: b + 80,
    };
    const partida = { description: docHash('guantes de nitrilo'), quantity: 100, unit: stringToU8a('H87'), cucop: GLOVES, requirements: [] };
    const weights = { price: 400_000_000, technical: 600_000_000, citizen: 0 };
    const { events } = await send(
      api.tx.utility.batchAll([
        api.tx.tenders.createTender(buyerUnit, 'Guantes 2026', docHash('convocatoria'), 100_000_000n, 100_000_000n, [partida], weights, 'Federal', schedule),
        api.tx.tenders.publishTender(tenderId),
      ]),
      official,
      'create and publish the tender',
    );
    const published = findEvent(events, api.events.tenders.TenderPublished);
    assert.equal(published?.data.evaluationFee.toBigInt(), EVALUATION_FEE);
    const feeRecord = (await api.query.tenders.evaluationFees(tenderId)).unwrap();
    assert.equal(feeRecord[0].toString(), official.address);
    assert.equal(feeRecord[1].toBigInt(), EVALUATION_FEE);

    const offer = (price, label) => ({ price, offers: [price], proposal: docHash(label), salt: randomAsU8a(32) });
    bids.supplierA = offer(90_000_000n, 'propuesta A');
    bids.supplierB = offer(95_000_000n, 'propuesta B');
    await waitBlock(schedule.enquiriesEnd);
    await Promise.all(
      ['supplierA', 'supplierB'].map((name) =>
        send(api.tx.tenders.submitBid(tenderId, bidCommitment(api, tenderId, accounts[name].address, bids[name])), accounts[name], `${name} bids`),
      ),
    );
    await waitBlock(schedule.biddingEnd);
    await Promise.all(
      ['supplierA', 'supplierB'].map((name) => {
        const { price, offers, proposal, salt } = bids[name];
        return send(api.tx.tenders.revealBid(tenderId, price, offers, proposal, salt), accounts[name], `${name} reveals`);
      }),
    );
  });

  it('anyone opens the evaluation for free: the fee goes to the panel, whose candidates leave the official out', async () => {
    needs(schedule, 'a tender');
    await waitBlock(schedule.revealEnd);
    const { events } = await send(api.tx.tenders.openEvaluation(tenderId), accounts.Bob, 'open the evaluation');
    const opened = findEvent(events, api.events.tenders.EvaluationOpened);
    assert.ok(opened, 'EvaluationOpened');
    panel = opened.data.panel.toNumber();
    assert.equal(opened.data.fee.toBigInt(), EVALUATION_FEE);
    const fee = findEvent(events, api.events.transactionPayment.TransactionFeePaid);
    assert.equal(fee?.data.actualFee.toBigInt() ?? 0n, 0n, 'opening the evaluation is free');
    const panelOpened = findEvent(events, api.events.anonymousPanels.PanelOpened);
    assert.equal(panelOpened.data.candidates.toNumber(), EVALUATORS, 'the official is not a candidate');
    assert.equal(panelOpened.data.seed.toHex(), opened.data.seed.toHex());
    const record = (await api.query.anonymousPanels.panels(panel)).unwrap();
    assert.equal(record.options.toNumber(), 2);
    assert.equal(record.fee.toBigInt(), EVALUATION_FEE);
    assert.ok((await api.query.tenders.evaluationFees(tenderId)).unwrap()[1].isZero(), 'the fee is no longer held');
    const official = evaluators.find((e) => e.conflicted);
    const ring = (await api.query.anonymityRings.ringKeys({ Panel: panel }, 0)).map((k) => k.toHex());
    assert.equal(ring.length, EVALUATORS);
    assert.ok(!ring.includes(official.member), 'the official is in the panel ring');
  });

  it('every candidate takes a ticket at once, one in the portal; the chain keeps the five lowest tickets', async () => {
    needs(panel, 'a panel');
    await publishedRing(api, { Panel: panel }, EVALUATORS);
    const candidates = evaluators.filter((e) => !e.conflicted);
    // Everyone's ticket, computed offline from the secrets as each candidate's own device would:
    // the lowest one's holder takes its ticket in the browser.
    const prover = await loadProver(fs.readFileSync(new URL('../../portal/generated/bmx-ring.wasm', import.meta.url)));
    const record = (await api.query.anonymousPanels.panels(panel)).unwrap();
    const round = record.state.asSortition.round.toNumber();
    const secretOf = (e) => Uint8Array.from(Buffer.from(fs.readFileSync(e.secret, 'utf8').trim(), 'hex'));
    for (const e of candidates) {
      e.expectedTicket = Buffer.from(prover.alias(secretOf(e), ticketContext(api.genesisHash.toU8a(), panel, round, record.seed.toU8a()))).toString('hex');
    }
    inBrowser = [...candidates].sort((a, b) => a.expectedTicket.localeCompare(b.expectedTicket))[0];

    page = await session.browser.newPage();
    await session.open(page, '/participacion');
    await actAs(page, `//Panels//${inBrowser.name}`);
    await page.getByTestId('secret-file').setInputFiles(inBrowser.secret);
    await waitVisible(page, 'evaluator-enrolled', 'the enrolled evaluator');
    await waitVisible(page, `panel-${panel}-score-0`, 'the drawn ticket\'s scores form', 120_000);

    const inPage = async (e, i) => {
      e.state = path.join(dir, `${e.name}.ticket.json`);
      e.scores = [60 + (i % 5), 90];
      await page.getByTestId(`panel-${panel}-score-0`).fill(`${e.scores[0]}`);
      await page.getByTestId(`panel-${panel}-score-1`).fill(`${e.scores[1]}`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`panel-${panel}-send`).click()]);
      await download.saveAs(e.state);
      // Once the chain holds the ticket, the card says so in place of the form.
      await page.locator(`[data-testid="panel-${panel}-standing"][data-standing="selected"]`).waitFor({ timeout: 180_000 });
      const state = JSON.parse(fs.readFileSync(e.state, 'utf8'));
      e.ticket = state.ticket;
      e.result = { code: 0, json: { ticket: state.ticket, pseudonym: state.pseudonym } };
      assert.equal(state.ticket, `0x${e.expectedTicket}`, 'the page drew the ticket computed offline');
      await screenshot(page, 'panels-ticket-in-browser');
    };
    await Promise.all(
      candidates.map(async (e, i) => {
        if (e === inBrowser) return inPage(e, i);
        e.state = path.join(dir, `${e.name}.ticket.json`);
        e.scores = [60 + (i % 5), 90];
        e.result = await runRingAsync([
          'ticket', '--url', url, '--secret', e.secret, '--panel', `${panel}`,
          '--score', `${e.scores[0]}`, '--score', `${e.scores[1]}`, '--state', e.state, '--timeout', '120',
        ], { timeoutMs: 300_000 });
        e.ticket = e.result.json.ticket;
        assert.ok(
          e.result.code === 0 || (e.result.code === 1 && e.result.json.refusal === 'NotLowEnough'),
          `${e.name}: ${JSON.stringify(e.result.json)} ${e.result.stderr}`,
        );
      }),
    );
    // The conflicted official has no ticket to take: it is not in the panel's ring.
    const official = evaluators.find((e) => e.conflicted);
    const refused = runRing(['ticket', '--url', url, '--secret', official.secret, '--panel', `${panel}`, '--score', '100', '--score', '0', '--state', path.join(dir, 'official.ticket.json')]);
    assert.notEqual(refused.code, 0, `the official took a ticket: ${JSON.stringify(refused.json)}`);

    const lowest = candidates.map((e) => e.ticket).sort().slice(0, PANEL_SIZE);
    const selections = await api.query.anonymousPanels.selections(panel);
    assert.deepEqual(selections.map((s) => s.ticket.toHex()).sort(), lowest, 'the five lowest tickets are selected');
    assert.ok(lowest.includes(inBrowser.ticket), 'the ticket taken in the browser is selected');
  });

  it('four selected evaluators reveal with the salt alone; anyone concludes; the silent one is slashed', async () => {
    needs(panel, 'a panel');
    const selected = (await api.query.anonymousPanels.selections(panel)).map((s) => s.ticket.toHex());
    const chosen = evaluators.filter((e) => selected.includes(e.ticket));
    assert.equal(chosen.length, PANEL_SIZE);
    await waitBlock(schedule.evaluationEnd);
    // The one in the browser reveals; the silent one is another.
    const silent = chosen.filter((e) => e !== inBrowser)[PANEL_SIZE - 2];
    const revealers = chosen.filter((e) => e !== silent);
    for (const e of revealers) {
      if (e === inBrowser) {
        // From the state file the page downloaded: no account, no key, the salt authorizes.
        await page.getByTestId('evaluator-reveal-file').setInputFiles(e.state);
        await waitVisible(page, 'evaluator-reveal-loaded', 'the loaded state file');
        await page.getByTestId('evaluator-reveal').click();
        await page.locator('[data-testid="evaluator-reveal-status"][data-stage="revealed"]').waitFor({ timeout: 120_000 });
        continue;
      }
      const result = runRing(['reveal', '--url', url, '--state', e.state, '--timeout', '60']);
      assert.equal(result.code, 0, `${e.name}: ${JSON.stringify(result.json)} ${result.stderr}`);
    }
    const revealed = (await api.query.anonymousPanels.selections(panel)).find((s) => s.ticket.toHex() === inBrowser.ticket);
    assert.deepEqual([...revealed.scores.unwrap().toU8a(true)], inBrowser.scores, 'the page revealed the scores it committed to');
    await waitBlock(schedule.scoreRevealEnd);
    const { events } = await send(api.tx.anonymousPanels.concludePanel(panel), accounts.Bob, 'conclude the panel');
    const concluded = findEvent(events, api.events.anonymousPanels.PanelConcluded);
    assert.ok(concluded, 'PanelConcluded');
    assert.equal(concluded.data.revealed.toNumber(), PANEL_SIZE - 1);
    const slashed = findEvent(events, api.events.anonymousPanels.NonRevealSlashed);
    assert.equal(slashed?.data.pseudonym.toHex(), silent.result.json.pseudonym, 'the silent evaluator is slashed');
    // Nothing the panel said names an evaluator.
    const addresses = evaluators.map((e) => e.pair.address);
    const said = events.filter(({ event }) => event.section === 'anonymousPanels').map(({ event }) => JSON.stringify(event.toHuman()));
    for (const text of said) {
      for (const address of addresses) assert.ok(!text.includes(address), `a panel event names ${address}`);
    }
    for (const e of revealers) e.revealed = true;
  });

  it('the award reads the panel scores, 60% of the total', async () => {
    needs(evaluators.find((e) => e.revealed), 'reveals');
    await waitBlock(schedule.voteEnd);
    const { events } = await send(api.tx.tenders.computeAward(tenderId), accounts.Bob, 'compute the award');
    assert.ok(findEvent(events, api.events.tenders.AwardComputed), 'AwardComputed');
    const award = (await api.query.tenders.awards(tenderId)).unwrap();
    assert.equal(award.evaluators.toNumber(), PANEL_SIZE - 1);
    const revealers = evaluators.filter((e) => e.revealed);
    const mean = (k) => revealers.reduce((sum, e) => sum + e.scores[k], 0) / revealers.length / 100;
    // The panel scored the revealed bids in bid order; the suppliers bid at once, in either order.
    const of = (name) => award.scores.find((s) => s.bidder.toString() === accounts[name].address);
    const [first, second] = award.scores.map((s) => s.bidder.toString());
    const position = (name) => (first === accounts[name].address ? 0 : 1);
    assert.ok(second, 'both bids were scored');
    // Evaluators scored (60..64) the first option and 90 the second, whoever bid first.
    const expected = (name) => mean(position(name));
    for (const name of ['supplierA', 'supplierB']) {
      const score = of(name).technicalScore.toNumber() / 1e9;
      assert.ok(Math.abs(score - expected(name)) < 1e-6, `${name}'s technical score ${score}`);
    }
    const winner = award.scores.find((s) => s.bidIndex.toNumber() === award.winner.unwrap().toNumber());
    assert.equal(winner.bidder.toString(), second, 'the bid the panel scored 90 wins');
  });

  it('an evaluator settles its pay to a fresh account with a roster proof, in the portal; a replay is refused', async () => {
    const e = inBrowser;
    needs(e?.revealed, 'the browser evaluator\'s reveal');
    const roster = (await api.query.anonymityRings.ringKeys('Evaluators', 0)).map((k) => k.toHex());
    assert.ok(roster.includes(e.member), 'the roster ring holds the evaluator');
    const record = (await api.query.anonymousPanels.pseudonyms(e.result.json.pseudonym)).unwrap();
    const earnings = record.earnings.toBigInt();
    assert.equal(earnings, EVALUATION_FEE / BigInt(PANEL_SIZE - 1));
    assert.equal(await page.getByTestId('evaluator-pseudonym-value').innerText(), e.result.json.pseudonym, 'the page shows the pseudonym its ticket carried');
    const fresh = keyring.addFromUri(`//Panels//fresh//${randomAsHex(8)}`);
    // The pay accrued when the panel concluded: the page shows the form from its next read.
    await waitVisible(page, 'evaluator-settle-to', 'the settlement form', 90_000);
    await page.getByTestId('evaluator-settle-to').fill(fresh.address);
    await page.getByTestId('evaluator-settle').click();
    await page.locator('[data-testid="evaluator-settle-status"][data-stage="settled"]').waitFor({ timeout: 180_000 });
    assert.equal((await api.query.system.account(fresh.address)).data.free.toBigInt(), earnings);
    await screenshot(page, 'panels-settled-in-browser');
    // The client, from the same secret file, finds nothing left to settle.
    const again = runRing(['settle', '--url', url, '--secret', e.secret, '--to', fresh.address, '--timeout', '60']);
    assert.equal(again.code, 1, JSON.stringify(again.json));
    assert.equal(again.json.refusal, 'NothingToSettle');
    assert.equal((await api.query.system.account(e.pair.address)).nonce.toNumber(), 2, 'the evaluator signed its key registration and enrolment only');
    assert.deepEqual(page.problems, []);
  });
});
