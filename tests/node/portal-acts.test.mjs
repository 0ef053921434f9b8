// The portal's daily acts (issue 20) in a real browser: Debian's Chromium, headless, driven by
// playwright-core against one dev chain the test starts. `portal.test.mjs` covers the public pages
// and a tender from its publication to its award; this file covers the acts after and around it.
// What no portal screen does (identities verified by RENAPO and SAT, credentials, the buyer unit
// and the suppliers' approval by an Executive decision, e.firma bindings, the tenders' sealed
// bids) goes through @polkadot/api as the registrars, councils and parties would; then people
// act in the browser, and each act is checked on chain and on the public page (or the
// verification page, through the light client):
// - junta de aclaraciones: a supplier asks, the buyer official answers, and the public tender
//   page shows the answer (the citizen's file matches it);
// - inconformidades: the losing supplier files a complaint against the award; the public page
//   shows it under review. The oversight authority's official (procurement-oversight credential)
//   dismisses it from its desk, and the page shows it dismissed, its deposit forfeited; a second
//   tender's complaint is upheld there with a re-evaluation under a new schedule typed in the
//   browser (its deposit returned, the tender back to evaluation). A desk without the credential
//   says so and offers no resolution;
// - the contract: the buyer official and the winner sign it with their e.firma in the browser
//   (the TEST certificates of tools/efirma/fixtures: the `.cer`, the encrypted `.key` and its
//   password; a wrong password is refused in the page, nothing sent), and the chain records both
//   signing acts and the contract becomes active;
// - deliverables: the official accepts a deliverable and the public page shows it accepted;
// - certificados de depósito: the almacén names its officer, who issues a certificate; the
//   verification page shows it valid, held by the depositor;
// - registro público de la propiedad: the registrar opens a folio, a notary presents a deed of
//   purchase, the registrar inscribes it from the queue; the verification page shows it inscribed;
// - every desk visited with an account (buyer, supplier, the registries' officer, almacén,
//   registrar and notary, the citizens' desk, the oversight authority's) passes axe-core (no
//   serious or critical violation) on a desktop and on a phone screen, saved as a screenshot
//   (tests/artifacts/portal/acts-*).
// An act that fails on chain fails the test with the sentence the portal shows (`waitForFinal`).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { stringToU8a } from '@polkadot/util';
import { blake2AsHex, cryptoWaitReady, randomAsHex } from '@polkadot/util-crypto';
import { submit, waitForBlock } from '../lib/chain.mjs';
import { bidCommitment, buyerUnitAndApprovals, docHash } from '../lib/tenders.mjs';
import { devSeatKeys, executiveDecision } from '../lib/governance.mjs';
import { EFIRMA_FIXTURES, FIXTURE_PASSWORD, bindCall, bindProof } from '../lib/efirma.mjs';
import { actAs, assertAccessible, screenshot, startPortalSession, waitForFinal, waitVisible } from '../lib/portal.mjs';

const UNIT = 10n ** 12n;
const SS58 = 5252;
/** The founding credential types (runtime/src/configs/registries/mod.rs `credentials`). */
const CREDENTIAL = { warehouseOfficer: 2, notary: 3, rucamAuthority: 4, propertyRegistryAuthority: 5, procurementOversight: 9 };
const GUADALAJARA = { state: 'Jalisco', municipality: 39 };
/** Guadalajara's registry district (INEGI 14039). */
const OFFICE = 14_039;
/** Prices in centavos: A wins on price alone, B complains. */
const BUDGET = 10_000_000n;
const PRICE = { A: 9_000_000n, B: 9_500_000n };

describe('the portal\'s daily acts in a browser', { timeout: 1_500_000 }, () => {
  let session;
  let chain;
  let portal;
  let browser;
  let keyring;
  let files;
  const people = {};
  let tenderId;
  /** The second tender, whose complaint the oversight authority upholds with a re-evaluation. */
  let reviewId;
  let schedule;
  const desks = {};

  before(async () => {
    session = await startPortalSession('portal-acts', [
      'pregunta', 'respuesta', 'inconformidad', 'resolucion', 'resolucion-reevaluacion', 'contrato', 'descripcion-maiz', 'titulo', 'escritura',
    ]);
    ({ chain, portal, browser, files } = session);
    await cryptoWaitReady();
    keyring = new Keyring({ type: 'sr25519', ss58Format: SS58 });
    for (const name of ['Alice', 'Bob', 'One', 'Two', 'Ferdie']) people[name] = keyring.addFromUri(`//${name}`);
    for (const name of [
      'Official', 'SupplierA', 'SupplierB', 'Oversight', 'Citizen',
      'Rucam', 'Warehouse', 'Officer', 'Depositor',
      'RegistryAuthority', 'Registrar', 'Notary', 'Seller', 'Buyer',
    ]) {
      people[name] = keyring.addFromUri(`//Acts${name}`);
    }
  });

  after(async () => {
    await session?.close();
  });

  const file = (name) => session.file(name);
  const hashOf = (name) => blake2AsHex(fs.readFileSync(file(name)), 256);
  const send = (tx, signer, label) => submit(chain.api, tx, signer, { label });

  /** Opens `route` of the portal in `page` and waits for the chain's heads. */
  const open = (page, route) => session.open(page, route);

  /** A new page (its own context) at `route`, acting as the dev account `//Acts<who>`. */
  async function deskOf(route, who, { phone = false } = {}) {
    const page = await browser.newPage({ phone });
    await open(page, route);
    await actAs(page, `//Acts${who}`);
    return page;
  }

  /** The finalized block reaches `block`: what the portal's pages read. */
  const finalized = (block) => waitForBlock(chain.api, block, { finalized: true, node: chain.node, timeoutMs: 120_000 });

  /** Waits until `locator`'s attribute `name` is `value` (the page re-reads at each finalized block). */
  async function attributeBecomes(page, locator, name, value, what, timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    let last = null;
    while (Date.now() < deadline) {
      if (await locator.count()) {
        last = await locator.first().getAttribute(name);
        if (last === value) return;
      }
      await page.waitForTimeout(500);
    }
    const shot = await screenshot(page, `failed-${what}`).catch(() => 'none');
    throw new Error(`${what}: ${name} is ${last}, not ${value}, after ${timeoutMs} ms (screenshot ${shot})`);
  }

  /**
   * axe-core on the page (no serious or critical violation), on a phone a page no wider than the
   * screen, and a screenshot.
   */
  async function checked(page, name) {
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, name);
    // On a phone nothing widens the page: a wide table scrolls inside its own wrapper.
    if (page.viewportSize().width < 600) {
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= page.viewportSize().width, `${name}: the page is ${wide} px wide on a phone, and scrolls sideways`);
    }
    await screenshot(page, `acts-${name}`);
  }

  /**
   * The sentence of the input error shown by the button `testId`: the page refused the act
   * before sending anything (no notice of it either).
   */
  async function inputError(page, testId) {
    const box = page.locator('.tx', { has: page.getByTestId(testId) }).getByTestId('error');
    await box.waitFor({ timeout: 10_000 });
    assert.equal(await page.locator(`[data-testid="notice"][data-for="${testId}"]`).count(), 0, `${testId}: refused in the page, yet sent`);
    return box.locator('p').first().innerText();
  }

  /**
   * Presses the button `testId` (again, once an input error it showed is fixed: that error leaves
   * at once, so that `waitForFinal` does not read it as the new attempt's).
   */
  async function sendAgain(page, testId) {
    await page.getByTestId(testId).click();
    const box = page.locator('.tx', { has: page.getByTestId(testId) }).getByTestId('error');
    await box.waitFor({ state: 'detached', timeout: 10_000 }).catch(async () => {
      throw new Error(`${testId}: refused again: ${await box.innerText()}`);
    });
  }

  it('sets up what registrars, councils and authorities decide', async () => {
    const { api } = chain;
    const p = people;
    const transfer = (who, amount) => api.tx.balances.transferKeepAlive(who.address, amount * UNIT);
    const verifyPerson = (who) => api.tx.digitalIdentity.verifyPerson(who.address, randomAsHex(32), { National: GUADALAJARA }, 'Adult');
    const verifyOrganisation = (who) => api.tx.digitalIdentity.verifyOrganisation(who.address, randomAsHex(32), []);
    const persons = [p.Official, p.Oversight, p.Citizen, p.Officer, p.Depositor, p.Registrar, p.Notary, p.Seller, p.Buyer];
    const organisations = [p.SupplierA, p.SupplierB, p.Rucam, p.Warehouse, p.RegistryAuthority];
    await Promise.all([
      send(api.tx.utility.batchAll([
        transfer(p.SupplierA, 30_000n), transfer(p.SupplierB, 30_000n),
        ...[...persons, p.Rucam, p.Warehouse, p.RegistryAuthority].map((who) => transfer(who, 1_000n)),
      ]), p.Alice, 'fund the actors'),
      send(api.tx.utility.batchAll(persons.map(verifyPerson)), p.One, 'RENAPO verifies persons'),
      send(api.tx.utility.batchAll(organisations.map(verifyOrganisation)), p.Two, 'SAT verifies organisations'),
    ]);
    // Contracts are signed with an e.firma: SAT binds TEST certificates (tools/efirma/fixtures)
    // to the official and the supplier that will win.
    const genesis = api.genesisHash.toHex();
    const proofs = await Promise.all([bindProof('persona', genesis, p.Official.address), bindProof('empresa', genesis, p.SupplierA.address)]);
    await Promise.all([
      send(api.tx.utility.batchAll([bindCall(api, p.Official.address, proofs[0]), bindCall(api, p.SupplierA.address, proofs[1])]), p.Two, 'SAT binds e.firmas'),
      send(api.tx.utility.batchAll([
        api.tx.digitalIdentity.issueCredential(p.Rucam.address, CREDENTIAL.rucamAuthority, null),
        api.tx.digitalIdentity.issueCredential(p.Officer.address, CREDENTIAL.warehouseOfficer, null),
        api.tx.digitalIdentity.issueCredential(p.RegistryAuthority.address, CREDENTIAL.propertyRegistryAuthority, null),
        api.tx.digitalIdentity.issueCredential(p.Notary.address, CREDENTIAL.notary, null),
        api.tx.digitalIdentity.issueCredential(p.Oversight.address, CREDENTIAL.procurementOversight, null),
      ]), p.Ferdie, 'credentials'),
      send(api.tx.tenders.registerSupplier(docHash('expediente A')), p.SupplierA, 'supplier A registers'),
      send(api.tx.tenders.registerSupplier(docHash('expediente B')), p.SupplierB, 'supplier B registers'),
    ]);
    const unit = (await api.query.tenders.nextBuyerUnitId()).toNumber();
    await Promise.all([
      executiveDecision(api, buyerUnitAndApprovals(api, 'Secretaría de Salud - Adquisiciones', [p.Official], { A: p.SupplierA, B: p.SupplierB }),
        await devSeatKeys(), { label: 'the buyer unit and the approvals' }),
      send(api.tx.depositCertificates.authoriseWarehouse(p.Warehouse.address, docHash('oficio RUCAM')), p.Rucam, 'RUCAM authorises the warehouse'),
      send(api.tx.utility.batchAll([
        api.tx.propertyRegistry.accreditOffice(OFFICE, GUADALAJARA),
        api.tx.propertyRegistry.accreditRegistrar(OFFICE, p.Registrar.address),
      ]), p.RegistryAuthority, 'the registry accredits its office and registrar'),
    ]);
    // The official publishes two tenders, priced on price alone, whose phases leave time for the
    // acts in the browser: the enquiries a minute and a half, the complaints almost two minutes.
    // The second one's complaint is upheld with a re-evaluation.
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const enquiriesEnd = head + 16;
    schedule = {
      enquiriesEnd,
      biddingEnd: enquiriesEnd + 6,
      revealEnd: enquiriesEnd + 12,
      evaluationEnd: enquiriesEnd + 13,
      scoreRevealEnd: enquiriesEnd + 14,
      voteEnd: enquiriesEnd + 15,
      complaintsEnd: enquiriesEnd + 36,
      contractDeadline: enquiriesEnd + 600,
    };
    tenderId = (await api.query.tenders.nextTenderId()).toNumber();
    reviewId = tenderId + 1;
    const partida = { description: docHash('especificacion maiz'), quantity: 100, unit: stringToU8a('TNE'), cucop: 25401001, requirements: [] };
    const priceOnly = { price: 1_000_000_000, technical: 0, citizen: 0 };
    const published = await send(api.tx.utility.batchAll([
      api.tx.tenders.createTender(unit, 'Insumos de laboratorio 2027', docHash('convocatoria'), BUDGET, BUDGET, [partida], priceOnly, 'Federal', schedule),
      api.tx.tenders.publishTender(tenderId),
      api.tx.tenders.createTender(unit, 'Material de curación 2027', docHash('convocatoria 2'), BUDGET, BUDGET, [partida], priceOnly, 'Federal', schedule),
      api.tx.tenders.publishTender(reviewId),
    ]), p.Official, 'the official publishes two tenders');
    const publishedIds = published.events
      .filter(({ event }) => api.events.tenders.TenderPublished.is(event))
      .map(({ event }) => event.data.tenderId.toNumber());
    assert.deepEqual(publishedIds, [tenderId, reviewId]);
  });

  it('lets a supplier ask, the buyer answer, and shows the answer on the public page', async (t) => {
    const { api } = chain;
    await finalized((await api.rpc.chain.getHeader()).number.toNumber());
    // The supplier asks in the junta de aclaraciones.
    const supplier = await deskOf('/proveedor', 'SupplierB');
    await waitVisible(supplier, `supplier-tender-${tenderId}`, 'supplier-desk');
    await supplier.getByTestId(`ask-${tenderId}-file`).setInputFiles(file('pregunta'));
    await supplier.getByTestId(`ask-${tenderId}`).click();
    await waitForFinal(supplier, `ask-${tenderId}`);
    const [enquiry] = await api.query.tenders.enquiries(tenderId);
    assert.equal(enquiry?.question.toHex(), hashOf('pregunta'), 'the question on chain is not the file asked');
    assert.equal(enquiry.supplier.toString(), people.SupplierB.address);
    // The margin left in the enquiries' window (a slow machine eats into it).
    t.diagnostic(`question final at block ${(await api.rpc.chain.getHeader()).number.toNumber()}; enquiries close at ${schedule.enquiriesEnd}`);
    desks.supplier = supplier;

    // The official answers it from the buyer's desk.
    const buyer = await deskOf('/comprador', 'Official');
    await waitVisible(buyer, `answer-${tenderId}-0`, 'buyer-answer');
    // The official first checks that the question on chain is the file the supplier sent.
    await buyer.getByTestId(`answer-${tenderId}-0-question`).setInputFiles(file('pregunta'));
    await buyer.getByTestId(`answer-${tenderId}-0`).getByText('Coincide', { exact: true }).waitFor({ timeout: 10_000 });
    await checked(buyer, 'buyer-desk-enquiry');
    await buyer.getByTestId(`answer-${tenderId}-0-file`).setInputFiles(file('respuesta'));
    await buyer.getByTestId(`answer-${tenderId}-0-send`).click();
    await waitForFinal(buyer, `answer-${tenderId}-0-send`);
    const [answered] = await api.query.tenders.enquiries(tenderId);
    assert.equal(answered.answer.unwrap().toHex(), hashOf('respuesta'));
    // Answered, the form leaves the desk.
    await buyer.getByTestId(`answer-${tenderId}-0`).waitFor({ state: 'detached', timeout: 60_000 });
    await buyer.context().close();

    // Anyone reads the answer on the tender's page, and checks a copy of it.
    const page = await browser.newPage({ phone: true });
    await open(page, `/licitaciones/${tenderId}`);
    await attributeBecomes(page, page.getByTestId('enquiry-0'), 'data-answered', 'yes', 'public-enquiry');
    await page.getByTestId('check-answer-0').setInputFiles(file('respuesta'));
    await page.getByTestId('enquiry-0').getByText('Coincide', { exact: true }).waitFor({ timeout: 10_000 });
    await checked(page, 'tender-enquiry-phone');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('lets the losing supplier file a complaint, shown on the public page under review', async (t) => {
    const { api } = chain;
    // The sealed bids on both tenders, their reveals and the awards, through the API
    // (portal.test.mjs drives them in the browser).
    await waitForBlock(api, schedule.enquiriesEnd, { node: chain.node, timeoutMs: 300_000 });
    const bids = {};
    await Promise.all(['A', 'B'].map((who) => {
      const bidder = people[`Supplier${who}`];
      bids[who] = [tenderId, reviewId].map((id) => ({
        id, price: PRICE[who], offers: [PRICE[who]], proposal: docHash(`propuesta ${who} ${id}`), salt: randomAsHex(32),
      }));
      return send(api.tx.utility.batchAll(bids[who].map((bid) => api.tx.tenders.submitBid(bid.id, bidCommitment(api, bid.id, bidder.address, bid)))),
        bidder, `supplier ${who} bids`);
    }));
    await waitForBlock(api, schedule.biddingEnd, { node: chain.node, timeoutMs: 300_000 });
    await Promise.all(['A', 'B'].map((who) => send(
      api.tx.utility.batchAll(bids[who].map(({ id, price, offers, proposal, salt }) => api.tx.tenders.revealBid(id, price, offers, proposal, salt))),
      people[`Supplier${who}`], `supplier ${who} reveals`,
    )));
    await waitForBlock(api, schedule.voteEnd, { node: chain.node, timeoutMs: 300_000 });
    const computed = await send(api.tx.utility.batchAll([api.tx.tenders.computeAward(tenderId), api.tx.tenders.computeAward(reviewId)]),
      people.Ferdie, 'compute the awards');
    const winners = computed.events.filter(({ event }) => api.events.tenders.AwardComputed.is(event)).map(({ event }) => event.data.winner.toString());
    assert.deepEqual(winners, [people.SupplierA.address, people.SupplierA.address]);
    // Supplier B complains against the second award too (through the API: the browser's
    // complaint is the first tender's).
    await send(api.tx.tenders.fileComplaint(reviewId, hashOf('inconformidad')), people.SupplierB, 'supplier B complains against the second award');
    await finalized((await api.rpc.chain.getHeader()).number.toNumber());

    // Supplier B files its complaint from its desk (the page it asked from, still open).
    const supplier = desks.supplier;
    await waitVisible(supplier, `complaint-${tenderId}`, 'supplier-complaint');
    await checked(supplier, 'supplier-desk-complaint');
    await supplier.getByTestId(`complaint-${tenderId}-file`).setInputFiles(file('inconformidad'));
    await supplier.getByTestId(`complaint-${tenderId}`).click();
    await waitForFinal(supplier, `complaint-${tenderId}`);
    const [complaint] = await api.query.tenders.complaints(tenderId);
    assert.ok(complaint?.status.isPending, 'no pending complaint on chain');
    assert.equal(complaint.complainant.toString(), people.SupplierB.address);
    assert.equal(complaint.document.toHex(), hashOf('inconformidad'));
    t.diagnostic(`complaint filed in block ${complaint.filedAt.toNumber()}; complaints close at ${schedule.complaintsEnd}`);
    // One complaint per bidder: the desk now says it is filed, instead of offering the form again.
    await attributeBecomes(supplier, supplier.getByTestId(`complaint-${tenderId}-filed`), 'data-status', 'Pending', 'supplier-complaint-filed');
    assert.equal(await supplier.getByTestId(`complaint-${tenderId}`).count(), 0, 'the complaint form is still offered');
    assert.deepEqual(supplier.problems, []);
    await supplier.context().close();

    // The public page shows it under review; it stays open for the resolution.
    const page = await browser.newPage();
    await open(page, `/licitaciones/${tenderId}`);
    await attributeBecomes(page, page.getByTestId('complaint-0'), 'data-status', 'Pending', 'public-complaint');
    assert.match(await page.getByTestId('complaint-0').innerText(), /En revisión/);
    desks.tenderPage = page;
  });

  it('lets the oversight authority dismiss a complaint and uphold another with a re-evaluation, from its desk', async () => {
    const { api } = chain;
    const complainant = people.SupplierB.address;
    const deposit = api.consts.tenders.complaintDeposit.toBigInt();
    const free = async () => (await api.query.system.account(complainant)).data.free.toBigInt();
    /** What the complainant has held for complaints (the tenders' `ComplaintDeposit` hold). */
    const held = async () => (await api.query.balances.holds(complainant))
      .filter((hold) => hold.id.isTenders && hold.id.asTenders.isComplaintDeposit)
      .reduce((sum, hold) => sum + hold.amount.toBigInt(), 0n);
    assert.equal(await held(), 2n * deposit, 'the two complaints\' deposits are not held');
    const freeBefore = await free();

    // An account without the credential reads the complaints; the desk says it cannot resolve them.
    const citizen = await deskOf('/vigilancia', 'Citizen', { phone: true });
    await attributeBecomes(citizen, citizen.getByTestId('oversight-credential'), 'data-status', 'none', 'oversight-no-credential');
    await waitVisible(citizen, `oversight-complaint-${tenderId}-0`, 'oversight-list-no-credential');
    assert.match(await citizen.getByTestId('oversight-credential').innerText(), /no tiene la credencial de autoridad de vigilancia/);
    assert.equal(await citizen.locator('[data-testid^="resolve-"]').count(), 0, 'a resolution is offered without the credential');
    await checked(citizen, 'oversight-desk-no-credential-phone');
    assert.deepEqual(citizen.problems, []);
    await citizen.context().close();

    // The official's desk lists both pending complaints; the official checks the written
    // complaint against the copy it received.
    const desk = await deskOf('/vigilancia', 'Oversight');
    await attributeBecomes(desk, desk.getByTestId('oversight-credential'), 'data-status', 'valid', 'oversight-credential');
    for (const id of [tenderId, reviewId]) {
      await waitVisible(desk, `oversight-complaint-${id}-0`, `oversight-list-${id}`);
      assert.equal(await desk.getByTestId(`oversight-complaint-${id}-0`).getAttribute('data-complainant'), complainant);
    }
    await desk.getByTestId(`oversight-check-${tenderId}-0`).setInputFiles(file('inconformidad'));
    await desk.getByTestId(`oversight-complaint-${tenderId}-0`).getByText('Coincide', { exact: true }).waitFor({ timeout: 10_000 });
    await checked(desk, 'oversight-desk');

    // Dismissed, with its written reasons: asked for in the page before anything is sent.
    const dismiss = `resolve-${tenderId}-0`;
    await desk.getByTestId(dismiss).click();
    await desk.getByTestId(`${dismiss}-dismiss`).check();
    await desk.getByTestId(`${dismiss}-send`).click();
    assert.match(await inputError(desk, `${dismiss}-send`), /Adjunte el documento con los fundamentos de la resolución/);
    await desk.getByTestId(`${dismiss}-reason`).setInputFiles(file('resolucion'));
    await sendAgain(desk, `${dismiss}-send`);
    await waitForFinal(desk, `${dismiss}-send`);
    const [dismissed] = await api.query.tenders.complaints(tenderId);
    assert.ok(dismissed.status.isDismissed, `the complaint is ${dismissed.status.type}`);
    assert.equal(dismissed.deposit.toBigInt(), 0n, 'the dismissed complaint still records a deposit');
    // Its deposit is forfeited: no longer held, and not given back.
    assert.equal(await held(), deposit, 'the dismissed complaint\'s deposit is still held');
    assert.equal(await free(), freeBefore, 'the dismissed complaint\'s deposit was given back');
    // Resolved, it leaves the desk's pending complaints.
    await desk.getByTestId(`oversight-complaint-${tenderId}-0`).waitFor({ state: 'detached', timeout: 60_000 });
    // The public page, open since the complaint was filed, follows.
    const page = desks.tenderPage;
    await attributeBecomes(page, page.getByTestId('complaint-0'), 'data-status', 'Dismissed', 'public-complaint-dismissed');
    assert.match(await page.getByTestId('complaint-0').innerText(), /Desechada/);
    await checked(page, 'tender-complaint');

    // Upheld with a re-evaluation: the new schedule's durations are checked in the page first.
    const review = `resolve-${reviewId}-0`;
    await desk.getByTestId(review).click();
    await desk.getByTestId(`${review}-reevaluate`).check();
    await desk.getByTestId(`${review}-reason`).setInputFiles(file('resolucion-reevaluacion'));
    await desk.getByTestId(`${review}-duration-evaluation`).fill('0');
    await desk.getByTestId(`${review}-send`).click();
    assert.match(await inputError(desk, `${review}-send`), /La duración de la etapa «Evaluación» debe ser un número mayor que cero/);
    await desk.getByTestId(`${review}-duration-evaluation`).fill('1');
    await desk.getByTestId(`${review}-preview`).waitFor({ timeout: 10_000 });
    await checked(desk, 'oversight-desk-reevaluation');
    await sendAgain(desk, `${review}-send`);
    await waitForFinal(desk, `${review}-send`);
    const tender = (await api.query.tenders.tenders(reviewId)).unwrap();
    assert.ok(tender.status.isPublished, `the re-evaluated tender is ${tender.status.type}`);
    const boundaries = Object.values(tender.schedule.toJSON()).map(Number);
    // The enquiries, bids and reveals stand; the evaluation lasts the minute typed (10 blocks,
    // after the page's margin of 3, from the head it read a block or a few before the decision),
    // the later phases the desk's defaults (half a minute, a minute and a half, half a minute,
    // three minutes).
    assert.deepEqual(boundaries.slice(0, 3), [schedule.enquiriesEnd, schedule.biddingEnd, schedule.revealEnd]);
    const decidedAt = (await api.query.tenders.seedAnchors(reviewId)).unwrap().toNumber();
    const evaluation = boundaries[3] - decidedAt;
    assert.ok(evaluation >= 8 && evaluation <= 12, `the evaluation ends ${evaluation} blocks after the decision`);
    assert.deepEqual(boundaries.slice(3).map((end, i, all) => (i ? end - all[i - 1] : 0)).slice(1), [5, 15, 5, 30]);
    assert.equal((await api.query.tenders.complaints(reviewId)).length, 0, 'the upheld complaint is still stored');
    // Its deposit is given back.
    assert.equal(await held(), 0n, 'the upheld complaint\'s deposit is still held');
    assert.equal(await free(), freeBefore + deposit, 'the upheld complaint\'s deposit was not given back');

    // Nothing is left to resolve; the dismissed complaint stays on the desk's record.
    await waitVisible(desk, 'oversight-none', 'oversight-none');
    await waitVisible(desk, `oversight-dismissed-${tenderId}-0`, 'oversight-dismissed');
    assert.deepEqual(desk.problems, []);
    await desk.context().close();

    // The re-evaluated tender's public page: back to its evaluation, without complaints.
    await open(page, `/licitaciones/${reviewId}`);
    await page.getByTestId('tender-phase').getByText('Evaluación').waitFor({ timeout: 60_000 });
    assert.equal(await page.getByTestId('complaint-0').count(), 0, 'the upheld complaint still shows');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('lets an almacén name its officer, who issues a certificate of deposit that the verify page shows', async () => {
    const { api } = chain;
    const { Warehouse: warehouse, Officer: officer, Depositor: depositor } = people;
    // The almacén names its officer from its desk.
    const desk = await deskOf('/registros', 'Warehouse');
    await waitVisible(desk, 'screen-warehouse', 'warehouse-desk');
    await checked(desk, 'warehouse-desk');
    await desk.getByTestId('add-officer').fill(officer.address);
    await desk.getByTestId('add-officer-submit').click();
    await waitForFinal(desk, 'add-officer-submit');
    const info = (await api.query.depositCertificates.warehouses(warehouse.address)).unwrap();
    assert.deepEqual(info.officers.map(String), [officer.address]);
    await desk.context().close();

    // The officer issues certificate 1 to the depositor, with the bono de prenda.
    const page = await deskOf('/registros', 'Officer');
    await waitVisible(page, 'form-issue', 'officer-desk');
    await checked(page, 'officer-desk');
    await page.getByTestId('issue-depositor').fill(depositor.address);
    await page.getByTestId('issue-description-file').setInputFiles(file('descripcion-maiz'));
    await page.getByTestId('issue-quantity').fill('500');
    await page.getByTestId('issue-unit').selectOption('Tonne');
    await page.getByTestId('issue-lot').fill('MZ-2027-0042');
    await page.getByTestId('issue-value').fill('2,750,000.00');
    await page.getByTestId('issue-location-state').selectOption('Jalisco');
    await page.getByTestId('issue-location-municipality').fill('39');
    await page.getByTestId('issue-insurance').fill(docHash('poliza de seguro 4471'));
    const expires = new Date(Date.now() + 90 * 86_400_000);
    const pad = (n) => String(n).padStart(2, '0');
    await page.getByTestId('issue-expires').fill(`${expires.getFullYear()}-${pad(expires.getMonth() + 1)}-${pad(expires.getDate())}`);
    // The hash of the description is computed in the browser before the act is sent.
    await page.waitForFunction(() => document.querySelector('[data-testid="issue-description"]')?.value.startsWith('0x'));
    await page.getByTestId('issue-submit').click();
    await waitForFinal(page, 'issue-submit');
    const stored = await api.query.depositCertificates.certificates(warehouse.address, 1);
    assert.ok(stored.isSome, 'no certificate 1 on chain');
    const certificate = stored.unwrap();
    assert.equal(certificate.certificateHolders.at(-1).toString(), depositor.address);
    assert.equal(certificate.bonoHolders.at(-1).toString(), depositor.address);
    assert.equal(certificate.goods.description.toHex(), hashOf('descripcion-maiz'));
    assert.equal(certificate.goods.quantity.toBigInt(), 500n);
    assert.equal(certificate.goods.declaredValue.toBigInt(), 275_000_000n);
    // The officer's list shows it; the link beside the act leads to its verification.
    await page.locator('[data-testid="officer-certificates"] tr[data-folio="1"]').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="form-issue"] [data-testid="act-done"] a').click();
    await waitVisible(page, 'verify-checked', 'verify-issued-deposit', 180_000);
    assert.match(await page.getByTestId('verify-checked').innerText(), /cliente ligero/i);
    await waitVisible(page, 'deposit-state', 'verify-issued-deposit-state', 30_000);
    assert.equal(await page.getByTestId('deposit-state').getAttribute('data-state'), 'valid');
    assert.equal(await page.locator('[data-testid="deposit-holder"] [title]').getAttribute('title'), depositor.address);
    assert.match(await page.getByTestId('deposit-quantity').innerText(), /^500 /);
    await checked(page, 'verify-issued-deposit');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('lets a registrar open a folio, a notary present a deed and the registrar inscribe it, shown on the verify page', async () => {
    const { api } = chain;
    const { Seller: seller, Buyer: buyer } = people;
    // The registrar opens the folio real, with its owner and title.
    const registrar = await deskOf('/registros', 'Registrar');
    await waitVisible(registrar, 'screen-registrar', 'registrar-desk');
    await waitVisible(registrar, 'registrar-queue-empty', 'registrar-queue-empty');
    await checked(registrar, 'registrar-desk');
    const folio = (await api.query.propertyRegistry.nextFolioId()).toNumber();
    await registrar.getByTestId('open-location-state').selectOption('Jalisco');
    await registrar.getByTestId('open-location-municipality').fill('39');
    await registrar.getByTestId('open-surface').fill('250.5');
    await registrar.getByTestId('open-owners').fill(seller.address);
    await registrar.getByTestId('open-document-file').setInputFiles(file('titulo'));
    await registrar.waitForFunction(() => document.querySelector('[data-testid="open-document"]')?.value.startsWith('0x'));
    await registrar.getByTestId('open-submit').click();
    await waitForFinal(registrar, 'open-submit');
    const opened = await api.query.propertyRegistry.folios(folio);
    assert.ok(opened.isSome, `no folio ${folio} on chain`);
    assert.equal(opened.unwrap().surfaceCm2.toBigInt(), 2_505_000n);
    assert.match(await registrar.locator('[data-testid="form-open-folio"] [data-testid="act-done"]').innerText(), new RegExp(`\\b${folio}\\b`));

    // A notary presents the deed of purchase from the seller to the buyer.
    const notary = await deskOf('/registros', 'Notary');
    await waitVisible(notary, 'form-present', 'notary-desk');
    await checked(notary, 'notary-desk');
    const entry = (await api.query.propertyRegistry.nextEntryNumber()).toNumber();
    await notary.getByTestId('present-folio').fill(String(folio));
    await notary.getByTestId('present-act').selectOption('Transfer');
    await notary.getByTestId('present-transfer-kind').selectOption('Purchase');
    await notary.getByTestId('present-from').fill(seller.address);
    await notary.getByTestId('present-to').fill(buyer.address);
    await notary.getByTestId('present-document-file').setInputFiles(file('escritura'));
    await notary.waitForFunction(() => document.querySelector('[data-testid="present-document"]')?.value.startsWith('0x'));
    await notary.getByTestId('present-submit').click();
    await waitForFinal(notary, 'present-submit');
    const presented = await api.query.propertyRegistry.entries(folio, entry);
    assert.ok(presented.isSome && presented.unwrap().status.isPresented, `entry ${entry} is not presented`);
    assert.equal(presented.unwrap().document.toHex(), hashOf('escritura'));
    assert.deepEqual(notary.problems, []);
    await notary.context().close();

    // The registrar takes it from the queue and inscribes it.
    await waitVisible(registrar, `pick-${entry}`, 'registrar-queue', 60_000);
    await registrar.getByTestId(`pick-${entry}`).click();
    assert.equal(await registrar.getByTestId('qualify-folio').inputValue(), String(folio));
    assert.equal(await registrar.getByTestId('qualify-entry').inputValue(), String(entry));
    await registrar.getByTestId('inscribe-submit').click();
    await waitForFinal(registrar, 'inscribe-submit');
    const inscribed = (await api.query.propertyRegistry.entries(folio, entry)).unwrap();
    assert.ok(inscribed.status.isInscribed, `entry ${entry} is ${inscribed.status.type}`);

    // The verification page shows the folio with its purchase inscribed.
    await registrar.locator('[data-testid="form-qualify"] [data-testid="act-done"] a').click();
    await waitVisible(registrar, 'verify-checked', 'verify-folio', 180_000);
    await waitVisible(registrar, 'folio-entries', 'verify-folio-entries', 30_000);
    assert.equal(await registrar.locator(`[data-testid="folio-entries"] tr[data-entry="${entry}"]`).getAttribute('data-status'), 'Inscribed');
    await checked(registrar, 'verify-folio');
    assert.deepEqual(registrar.problems, []);
    await registrar.context().close();
  });

  it('lets the official and the winner sign the contract with their e.firma in the browser', async () => {
    const { api } = chain;
    const { Official: official, SupplierA: winner } = people;
    // The complaints window closes; the award is final; the official drafts the contract of the
    // file both parties hold.
    await waitForBlock(api, schedule.complaintsEnd, { node: chain.node, timeoutMs: 300_000 });
    await send(api.tx.tenders.finaliseAward(tenderId), people.Ferdie, 'finalise the award');
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const contract = hashOf('contrato');
    const drafted = await send(api.tx.tenders.draftContract(tenderId, contract, [
      [docHash('entregable 1'), head + 300, 4_000_000n],
      [docHash('entregable 2'), head + 600, 5_000_000n],
    ]), official, 'draft the contract');
    await finalized(drafted.blockNumber);

    // Each signs from its desk with its e.firma: the contract's file, the `.cer`, the encrypted
    // `.key` and its password, at the same time.
    const sign = async (page, testId, holder, name) => {
      await waitVisible(page, `${testId}-form`, `${name}-signing`);
      await page.getByTestId(`${testId}-document`).setInputFiles(file('contrato'));
      await attributeBecomes(page, page.getByTestId(`${testId}-document-match`), 'data-match', 'true', `${name}-contract-document`, 10_000);
      await page.getByTestId(`${testId}-cer`).setInputFiles(path.join(EFIRMA_FIXTURES, `${holder}.cer`));
      // The page reads the certificate and says it is the one the chain binds to the account.
      await attributeBecomes(page, page.getByTestId(`${testId}-certificate-bound`), 'data-bound', 'true', `${name}-certificate-bound`, 10_000);
      await page.getByTestId(`${testId}-key`).setInputFiles(path.join(EFIRMA_FIXTURES, `${holder}.key`));
      await page.getByTestId(`${testId}-password`).fill(FIXTURE_PASSWORD);
      await sendAgain(page, testId);
      await waitForFinal(page, testId);
    };
    const buyer = await deskOf('/comprador', 'Official');
    const supplier = await deskOf('/proveedor', 'SupplierA');
    // A wrong password does not open the key: the page says so, and nothing reaches the chain.
    const buyerSign = `sign-contract-${tenderId}`;
    await waitVisible(buyer, `${buyerSign}-form`, 'buyer-signing');
    await buyer.getByTestId(`${buyerSign}-document`).setInputFiles(file('contrato'));
    await buyer.getByTestId(`${buyerSign}-cer`).setInputFiles(path.join(EFIRMA_FIXTURES, 'persona.cer'));
    await buyer.getByTestId(`${buyerSign}-key`).setInputFiles(path.join(EFIRMA_FIXTURES, 'persona.key'));
    await buyer.getByTestId(`${buyerSign}-password`).fill('no-es-la-clave');
    await buyer.getByTestId(buyerSign).click();
    assert.match(await inputError(buyer, buyerSign), /La contraseña no abre la llave privada/);
    assert.equal((await api.query.digitalIdentity.signatures(contract)).length, 0, 'a signing act was registered with a wrong password');
    await checked(buyer, 'buyer-desk-efirma');
    await Promise.all([
      sign(buyer, buyerSign, 'persona', 'buyer'),
      sign(supplier, `supplier-sign-${tenderId}`, 'empresa', 'supplier'),
    ]);

    // The chain records both signing acts, each by the certificate bound to its signer, and the
    // contract, signed by both parties, is active.
    const acts = await api.query.digitalIdentity.signatures(contract);
    for (const who of [official, winner]) {
      const act = acts.find((a) => a.signer.toString() === who.address);
      assert.ok(act, `no signing act of ${who.address} on the contract`);
      const bound = (await api.query.digitalIdentity.efirmas(who.address)).unwrap().certificate.toHex();
      assert.equal(act.certificate.toHex(), bound);
      assert.equal(act.purpose.toUtf8(), `Contrato de la licitación ${tenderId}`);
    }
    const signed = (await api.query.tenders.contracts(tenderId)).unwrap();
    assert.equal(signed.buyerSignatory.unwrapOr(null)?.toString(), official.address);
    assert.ok(signed.supplierSigned.isTrue, 'the supplier\'s signature is not recorded');
    assert.ok(signed.status.isActive, `the contract is ${signed.status.type}`);
    // Signed, the forms leave the desks.
    await buyer.getByTestId(`${buyerSign}-form`).waitFor({ state: 'detached', timeout: 60_000 });
    await supplier.getByTestId(`supplier-sign-${tenderId}-form`).waitFor({ state: 'detached', timeout: 60_000 });
    for (const page of [buyer, supplier]) {
      assert.deepEqual(page.problems, []);
      await page.context().close();
    }
  });

  it('lets the buyer accept a deliverable of the signed contract, shown on the public page', async () => {
    const { api } = chain;
    // The official accepts the first deliverable from the buyer's desk.
    const desk = await deskOf('/comprador', 'Official');
    await waitVisible(desk, `accept-${tenderId}-0`, 'buyer-deliverable');
    // The desk says what is accepted: the deliverable's amount and due date.
    assert.match(await desk.getByTestId(`deliverable-${tenderId}-0-terms`).innerText(), /\$40,000\.00 MXN · vence/);
    await checked(desk, 'buyer-desk-deliverables');
    await desk.getByTestId(`accept-${tenderId}-0`).click();
    await waitForFinal(desk, `accept-${tenderId}-0`);
    const after = (await api.query.tenders.contracts(tenderId)).unwrap();
    assert.ok(after.deliverables[0].status.isAccepted, `deliverable 0 is ${after.deliverables[0].status.type}`);
    assert.ok(after.deliverables[1].status.isPending, `deliverable 1 is ${after.deliverables[1].status.type}`);
    // Accepted, its form leaves the desk; the second one's stays.
    await desk.getByTestId(`deliverable-${tenderId}-0`).waitFor({ state: 'detached', timeout: 60_000 });
    await desk.getByTestId(`deliverable-${tenderId}-1`).waitFor();
    assert.deepEqual(desk.problems, []);
    await desk.context().close();

    const page = await browser.newPage({ phone: true });
    await open(page, `/licitaciones/${tenderId}`);
    await attributeBecomes(page, page.getByTestId('deliverable-0'), 'data-status', 'Accepted', 'public-deliverable');
    assert.match(await page.getByTestId('deliverable-0').innerText(), /Aceptado/);
    assert.equal(await page.getByTestId('deliverable-1').getAttribute('data-status'), 'Pending');
    assert.match(await page.getByTestId('contract-status').innerText(), /En ejecución/);
    await checked(page, 'tender-deliverable-phone');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('keeps every desk accessible on a desktop and a phone', async () => {
    // Each desk with the account that has something on it, once the acts above are done.
    const visits = [
      ['/comprador', 'Official', `desk-${tenderId}`, 'buyer'],
      ['/proveedor', 'SupplierB', 'supplier-status', 'supplier'],
      ['/registros', 'Officer', 'screen-officer', 'registries-officer'],
      ['/registros', 'Warehouse', 'screen-warehouse', 'registries-warehouse'],
      ['/registros', 'Registrar', 'screen-registrar', 'registries-registrar'],
      ['/registros', 'Notary', 'screen-notary', 'registries-notary'],
      ['/participacion', 'Citizen', null, 'citizens'],
      ['/vigilancia', 'Oversight', 'oversight-dismissed', 'oversight'],
    ];
    for (const phone of [false, true]) {
      for (const [route, who, ready, name] of visits) {
        const page = await deskOf(route, who, { phone });
        if (ready) await waitVisible(page, ready, `${name}-ready`);
        else await page.locator('main h1').first().waitFor();
        await checked(page, `${name}${phone ? '-phone' : ''}`);
        assert.equal(await page.getAttribute('html', 'lang'), 'es');
        assert.deepEqual(page.problems, [], `${name}${phone ? ' (phone)' : ''}`);
        await page.context().close();
      }
    }
  });
});
