// The portal's daily acts (issue 20) in a real browser: Debian's Chromium, headless, driven by
// playwright-core against one dev chain the test starts. `portal.test.mjs` covers the public pages
// and a tender from its publication to its award; this file covers the acts after and around it.
// What no portal screen does (identities verified by RENAPO and SAT, credentials, the buyer unit
// and the suppliers' approval by an Executive decision, e.firma bindings, the tender's sealed bids
// and the contract's signatures) goes through @polkadot/api as the registrars, councils and
// parties would; then people act in the browser, and each act is checked on chain and on the
// public page (or the verification page, through the light client):
// - junta de aclaraciones: a supplier asks, the buyer official answers, and the public tender
//   page shows the answer (the citizen's file matches it);
// - inconformidad: the losing supplier files a complaint against the award; the public page shows
//   it under review, then dismissed once the oversight authority (through the API: the portal has
//   no screen for it) resolves it;
// - deliverables: once the contract is signed by both parties with their e.firma, the official
//   accepts a deliverable and the public page shows it accepted;
// - certificados de depósito: the almacén names its officer, who issues a certificate; the
//   verification page shows it valid, held by the depositor;
// - registro público de la propiedad: the registrar opens a folio, a notary presents a deed of
//   purchase, the registrar inscribes it from the queue; the verification page shows it inscribed;
// - every desk visited with an account (buyer, supplier, the registries' officer, almacén,
//   registrar and notary, the citizens' desk) passes axe-core (no serious or critical violation)
//   on a desktop and on a phone screen, saved as a screenshot (tests/artifacts/portal/acts-*).
// An act that fails on chain fails the test with the sentence the portal shows (`waitForFinal`).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { stringToU8a } from '@polkadot/util';
import { blake2AsHex, cryptoWaitReady, randomAsHex } from '@polkadot/util-crypto';
import { findEvent, submit, waitForBlock } from '../lib/chain.mjs';
import { bidCommitment, buyerUnitAndApprovals, docHash } from '../lib/tenders.mjs';
import { devSeatKeys, executiveDecision } from '../lib/governance.mjs';
import { bindCall, bindProof, signCall, signingAct } from '../lib/efirma.mjs';
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
  let schedule;
  const desks = {};

  before(async () => {
    session = await startPortalSession('portal-acts', ['pregunta', 'respuesta', 'inconformidad', 'descripcion-maiz', 'titulo', 'escritura']);
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

  /** axe-core on the page (no serious or critical violation), and a screenshot. */
  async function checked(page, name) {
    await page.waitForLoadState('networkidle');
    await assertAccessible(page, name);
    await screenshot(page, `acts-${name}`);
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
    // The official publishes a tender, priced on price alone, whose phases leave time for the
    // acts in the browser: the enquiries a minute and a half, the complaints about as long.
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const enquiriesEnd = head + 16;
    schedule = {
      enquiriesEnd,
      biddingEnd: enquiriesEnd + 6,
      revealEnd: enquiriesEnd + 12,
      evaluationEnd: enquiriesEnd + 13,
      scoreRevealEnd: enquiriesEnd + 14,
      voteEnd: enquiriesEnd + 15,
      complaintsEnd: enquiriesEnd + 33,
      contractDeadline: enquiriesEnd + 600,
    };
    tenderId = (await api.query.tenders.nextTenderId()).toNumber();
    const partida = { description: docHash('especificacion maiz'), quantity: 100, unit: stringToU8a('TNE'), cucop: 25401001, requirements: [] };
    const published = await send(api.tx.utility.batchAll([
      api.tx.tenders.createTender(unit, 'Insumos de laboratorio 2027', docHash('convocatoria'), BUDGET, BUDGET,
        [partida], { price: 1_000_000_000, technical: 0, citizen: 0 }, 'Federal', schedule),
      api.tx.tenders.publishTender(tenderId),
    ]), p.Official, 'the official publishes a tender');
    assert.ok(findEvent(published.events, api.events.tenders.TenderPublished), 'no TenderPublished event');
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

  it('lets the losing supplier file a complaint, shown on the public page with its resolution', async (t) => {
    const { api } = chain;
    // The sealed bids, their reveals and the award, through the API (portal.test.mjs drives them
    // in the browser).
    await waitForBlock(api, schedule.enquiriesEnd, { node: chain.node, timeoutMs: 300_000 });
    const bids = {};
    await Promise.all(['A', 'B'].map((who) => {
      const bidder = people[`Supplier${who}`];
      bids[who] = { price: PRICE[who], offers: [PRICE[who]], proposal: docHash(`propuesta ${who}`), salt: randomAsHex(32) };
      return send(api.tx.tenders.submitBid(tenderId, bidCommitment(api, tenderId, bidder.address, bids[who])), bidder, `supplier ${who} bids`);
    }));
    await waitForBlock(api, schedule.biddingEnd, { node: chain.node, timeoutMs: 300_000 });
    await Promise.all(['A', 'B'].map((who) => {
      const { price, offers, proposal, salt } = bids[who];
      return send(api.tx.tenders.revealBid(tenderId, price, offers, proposal, salt), people[`Supplier${who}`], `supplier ${who} reveals`);
    }));
    await waitForBlock(api, schedule.voteEnd, { node: chain.node, timeoutMs: 300_000 });
    const computed = await send(api.tx.tenders.computeAward(tenderId), people.Ferdie, 'compute the award');
    assert.equal(findEvent(computed.events, api.events.tenders.AwardComputed)?.data.winner.toString(), people.SupplierA.address);
    await finalized(computed.blockNumber);

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

    const page = await browser.newPage();
    await open(page, `/licitaciones/${tenderId}`);
    await attributeBecomes(page, page.getByTestId('complaint-0'), 'data-status', 'Pending', 'public-complaint');
    assert.match(await page.getByTestId('complaint-0').innerText(), /En revisión/);
    // The oversight authority dismisses it (the portal has no screen for its review): the page
    // follows.
    const dismissed = await send(api.tx.tenders.resolveComplaint(tenderId, 0, 'Dismiss', docHash('resolucion: infundada')), people.Oversight, 'dismiss the complaint');
    assert.ok(findEvent(dismissed.events, api.events.tenders.ComplaintDismissed), 'no ComplaintDismissed event');
    await attributeBecomes(page, page.getByTestId('complaint-0'), 'data-status', 'Dismissed', 'public-complaint-dismissed');
    assert.match(await page.getByTestId('complaint-0').innerText(), /Desechada/);
    await checked(page, 'tender-complaint');
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

  it('lets the buyer accept a deliverable of the signed contract, shown on the public page', async () => {
    const { api } = chain;
    const { Official: official, SupplierA: winner } = people;
    // The complaints window closes; the award is final; the official drafts the contract, and
    // both parties sign it with their e.firma (the e.firma signing screens are another test's).
    await waitForBlock(api, schedule.complaintsEnd, { node: chain.node, timeoutMs: 300_000 });
    await send(api.tx.tenders.finaliseAward(tenderId), people.Ferdie, 'finalise the award');
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const contract = docHash('contrato de la licitacion');
    await send(api.tx.tenders.draftContract(tenderId, contract, [
      [docHash('entregable 1'), head + 300, 4_000_000n],
      [docHash('entregable 2'), head + 600, 5_000_000n],
    ]), official, 'draft the contract');
    const genesis = api.genesisHash.toHex();
    const purpose = `Contrato de la licitacion ${tenderId}`;
    const [officialAct, winnerAct] = await Promise.all([
      signingAct('persona', genesis, official.address, contract, purpose),
      signingAct('empresa', genesis, winner.address, contract, purpose),
    ]);
    await Promise.all([
      send(signCall(api, officialAct), official, 'the official signs with e.firma'),
      send(signCall(api, winnerAct), winner, 'the winner signs with e.firma'),
    ]);
    await Promise.all([
      send(api.tx.tenders.signContract(tenderId), official, 'the official signs the contract'),
      send(api.tx.tenders.signContract(tenderId), winner, 'the winner signs the contract'),
    ]);
    const active = (await api.query.tenders.contracts(tenderId)).unwrap();
    assert.ok(active.status.isActive, `the contract is ${active.status.type}`);

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
