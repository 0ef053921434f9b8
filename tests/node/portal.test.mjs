// The portal (issue 20) in a real browser: Debian's Chromium, headless, driven by playwright-core
// against a dev chain the test starts. The chain's set-up that no portal screen does (identities
// verified by RENAPO and SAT, the buyer unit and the suppliers' approval by an Executive
// decision) goes through @polkadot/api as the registrars and councils would; then people act in
// the browser:
// - the public pages (home, tenders, verify, network, governance) on a desktop and a phone
//   screen, each checked with axe-core (no serious or critical violation) and saved as a
//   screenshot (tests/artifacts/portal/); the network page shows the validator and finality;
// - a buyer official publishes a tender (a chain error on the way reads as a Spanish sentence,
//   and the form keeps what was typed);
// - two suppliers place sealed bids made in the browser (the bid files downloaded), and reveal
//   them from those files; a file that is not theirs is refused before anything is sent;
// - the official computes the award, and the public tender page shows it with every score;
// - a certificate of deposit is verified by the number on its paper through a light client
//   (smoldot) in the browser, and a folio never issued reads as absent;
// - the same in English.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady, randomAsHex } from '@polkadot/util-crypto';
import { submit, waitForBlock } from '../lib/chain.mjs';
import { buyerUnitAndApprovals, docHash } from '../lib/tenders.mjs';
import { devSeatKeys, executiveDecision } from '../lib/governance.mjs';
import { actAs, assertAccessible, screenshot, startPortalSession, waitForFinal, waitVisible } from '../lib/portal.mjs';

const UNIT = 10n ** 12n;
const SS58 = 5252;

describe('the portal in a browser', { timeout: 900_000 }, () => {
  let session;
  let chain;
  let portal;
  let browser;
  let keyring;
  const people = {};
  let files;
  let tenderId;

  before(async () => {
    session = await startPortalSession('portal', ['convocatoria', 'especificacion', 'propuesta-a', 'propuesta-b']);
    ({ chain, portal, browser, files } = session);
    await cryptoWaitReady();
    keyring = new Keyring({ type: 'sr25519', ss58Format: SS58 });
    for (const name of ['Alice', 'Bob', 'One', 'Two']) people[name] = keyring.addFromUri(`//${name}`);
    people.official = keyring.addFromUri('//PortalOfficial');
    people.supplierA = keyring.addFromUri('//PortalSupplierA');
    people.supplierB = keyring.addFromUri('//PortalSupplierB');
  });

  after(async () => {
    await session?.close();
  });

  const file = (name) => session.file(name);

  /** Opens `route` of the portal in `page` and waits for the chain's heads. */
  const open = (page, route) => session.open(page, route);

  it('shows the public pages, accessible, on a desktop and a phone', async () => {
    for (const phone of [false, true]) {
      const page = await browser.newPage({ phone });
      for (const [route, name] of [['/', 'home'], ['/licitaciones', 'tenders'], ['/verificar', 'verify'], ['/red', 'network'], ['/gobernanza', 'governance']]) {
        await open(page, route);
        await page.locator('main h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        await assertAccessible(page, `${name}${phone ? ' (phone)' : ''}`);
        await screenshot(page, `${name}${phone ? '-phone' : ''}`);
      }
      // Spanish first: the page says so to assistive technology too.
      assert.equal(await page.getAttribute('html', 'lang'), 'es');
      assert.deepEqual(page.problems, []);
      await page.context().close();
    }
  });

  it('shows the network: the validator of each collective, who authored, and finality', async () => {
    const page = await browser.newPage();
    await open(page, '/red');
    await waitVisible(page, 'network-validator', 'network-validator');
    // The dev chain's one validator: Alice's node, of the academia collective, active.
    const validators = page.getByTestId('network-validator');
    assert.equal(await validators.count(), 1);
    assert.match(await validators.first().innerText(), /Activ|Active/);
    // Finality: the finalized block follows the best one, a few blocks behind at most.
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="network-finalized"]')?.textContent.replace(/\D/g, '')) >= 2);
    const number = async (id) => Number((await page.getByTestId(id).innerText()).replace(/\D/g, ''));
    const [best, finalized] = [await number('network-best'), await number('network-finalized')];
    assert.ok(finalized <= best && best - finalized <= 3, `best ${best}, finalized ${finalized}`);
    await waitVisible(page, 'network-author-row', 'network-authors');
    assert.match(await page.getByTestId('network-runtime').innerText(), /bmx/);
    await screenshot(page, 'network-live');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('sets up what the registrars and councils decide: verified organisations, a buyer unit, approved suppliers', async () => {
    const { api } = chain;
    const { official, supplierA, supplierB } = people;
    const transfer = (who, amount) => api.tx.balances.transferKeepAlive(who.address, amount * UNIT);
    await submit(api, api.tx.utility.batchAll([transfer(official, 1_000n), transfer(supplierA, 100_000n), transfer(supplierB, 100_000n)]), people.Alice, { label: 'fund' });
    await submit(
      api,
      api.tx.utility.batchAll([
        api.tx.digitalIdentity.verifyOrganisation(supplierA.address, randomAsHex(32), []),
        api.tx.digitalIdentity.verifyOrganisation(supplierB.address, randomAsHex(32), []),
      ]),
      people.Two,
      { label: 'SAT verifies the suppliers' },
    );
    await Promise.all([
      submit(api, api.tx.tenders.registerSupplier(docHash('expediente A')), supplierA, { label: 'supplier A registers' }),
      submit(api, api.tx.tenders.registerSupplier(docHash('expediente B')), supplierB, { label: 'supplier B registers' }),
    ]);
    await executiveDecision(
      api,
      buyerUnitAndApprovals(api, 'Secretaría de Salud - Adquisiciones', [official], { A: supplierA, B: supplierB }),
      await devSeatKeys(),
      { label: 'the buyer unit and the approvals' },
    );
  });

  it('lets a buyer official publish a tender; a chain error reads as a sentence and the form keeps its values', async () => {
    const page = await browser.newPage();
    await open(page, '/comprador');
    await actAs(page, '//PortalOfficial');
    const form = page.getByTestId('draft-tender');
    await form.waitFor();
    await page.getByTestId('tender-title').fill('Guantes de nitrilo 2027');
    await page.getByTestId('tender-convocatoria').setInputFiles(file('convocatoria'));
    await page.getByTestId('tender-budget').fill('1,200,000.00');
    await page.getByTestId('tender-reference').fill('1,000,000');
    await page.getByTestId('weight-price').fill('100');
    await page.getByTestId('weight-technical').fill('0');
    await page.getByTestId('weight-citizen').fill('0');
    await page.getByTestId('partida-0-cucop').selectOption('25401001');
    await page.getByTestId('partida-0-quantity').fill('5000');
    await page.getByTestId('partida-0-specification').setInputFiles(file('especificacion'));
    // Phases in minutes on a dev chain; first a schedule the chain refuses (a phase of 90 days,
    // beyond its 60-day bound).
    await page.getByTestId('duration-bidding').fill('90');
    await page.getByTestId('duration-bidding-unit').selectOption('days');
    await page.getByTestId('publish-tender').click();
    const error = page.locator('.tx', { has: page.getByTestId('publish-tender') }).getByTestId('error');
    await error.waitFor({ timeout: 60_000 });
    const sentence = await error.locator('p').innerText();
    assert.doesNotMatch(sentence, /tenders\.|Error/, `not a sentence: ${sentence}`);
    assert.match(await error.getByTestId('error-raw').textContent(), /^tenders\.PhaseTooLong$/);
    await assertAccessible(page, 'buyer desk with an error');
    await screenshot(page, 'buyer-error');
    // Nothing typed was lost.
    assert.equal(await page.getByTestId('tender-title').inputValue(), 'Guantes de nitrilo 2027');
    assert.equal(await page.getByTestId('tender-budget').inputValue(), '1,200,000.00');
    // The schedule fixed: bids for a minute and a half, reveals for a minute and a half, the
    // rest short but the complaints (two minutes: the award is checked in both languages inside
    // that phase).
    for (const [phase, minutes] of [['enquiries', '0.5'], ['bidding', '1.5'], ['reveal', '1.5'], ['evaluation', '0.1'], ['scoreReveal', '0.1'], ['vote', '0.1'], ['complaints', '2'], ['contract', '5']]) {
      await page.getByTestId(`duration-${phase}`).fill(minutes);
      await page.getByTestId(`duration-${phase}-unit`).selectOption('minutes');
    }
    tenderId = (await chain.api.query.tenders.nextTenderId()).toNumber();
    await page.getByTestId('publish-tender').click();
    await waitForFinal(page, 'publish-tender');
    const stored = (await chain.api.query.tenders.tenders(tenderId)).unwrap();
    assert.ok(stored.status.isPublished, stored.status.type);
    assert.equal(new TextDecoder().decode(stored.title.toU8a(true)), 'Guantes de nitrilo 2027');
    assert.equal(stored.budget.toBigInt(), 120_000_000n);
    assert.equal(stored.partidas[0].quantity.toNumber(), 5000);
    await page.context().close();
  });

  it('lets two suppliers place sealed bids made in the browser and reveal them from their files', async () => {
    const { api } = chain;
    const tender = (await api.query.tenders.tenders(tenderId)).unwrap();
    await waitForBlock(api, tender.schedule.enquiriesEnd.toNumber(), { node: chain.node, timeoutMs: 300_000 });
    const bidFiles = {};
    // The two suppliers at once, each in their own browser context.
    await Promise.all([['A', '950,000.00'], ['B', '990,000']].map(async ([who, price]) => {
      const page = await browser.newPage();
      await open(page, '/proveedor');
      await actAs(page, `//PortalSupplier${who}`);
      await waitVisible(page, `bid-${tenderId}`, `supplier-${who}-bid`);
      await page.getByTestId(`bid-${tenderId}-offer-0`).fill(price);
      await page.getByTestId(`bid-${tenderId}-proposal`).setInputFiles(file(`propuesta-${who.toLowerCase()}`));
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`bid-${tenderId}-prepare`).click()]);
      bidFiles[who] = path.join(files, `bid-${who}.json`);
      await download.saveAs(bidFiles[who]);
      // The commitment goes out only once the supplier says the file is kept.
      assert.ok(await page.getByTestId(`bid-${tenderId}-send`).isDisabled());
      await page.getByTestId(`bid-${tenderId}-kept`).check();
      if (who === 'A') await screenshot(page, 'supplier-sealed-bid');
      await page.getByTestId(`bid-${tenderId}-send`).click();
      await waitForFinal(page, `bid-${tenderId}-send`);
      await page.context().close();
    }));
    const bids = await api.query.tenders.bids(tenderId);
    assert.equal(bids.length, 2);
    assert.ok(bids.every((b) => b.offer.isNone), 'a bid was public before the reveal');
    // Each bid file holds its bid's commitment, in the order the chain took them.
    for (const who of ['A', 'B']) {
      const saved = JSON.parse(fs.readFileSync(bidFiles[who], 'utf8'));
      const bid = bids.find((b) => b.bidder.toString() === people[`supplier${who}`].address);
      assert.equal(saved.commitment, bid.commitment.toHex());
    }

    await waitForBlock(api, tender.schedule.biddingEnd.toNumber(), { node: chain.node, timeoutMs: 300_000 });
    await Promise.all(['A', 'B'].map(async (who) => {
      const page = await browser.newPage();
      await open(page, '/proveedor');
      await actAs(page, `//PortalSupplier${who}`);
      await waitVisible(page, `reveal-${tenderId}`, `supplier-${who}-reveal`);
      // The other supplier's file is refused in the browser, before anything is sent.
      await page.getByTestId(`reveal-${tenderId}-file`).setInputFiles(bidFiles[who === 'A' ? 'B' : 'A']);
      await page.locator(`[data-testid="reveal-${tenderId}"] .error-box`).waitFor();
      assert.ok(await page.getByTestId(`reveal-${tenderId}-send`).isDisabled());
      await page.getByTestId(`reveal-${tenderId}-file`).setInputFiles(bidFiles[who]);
      await page.getByTestId(`reveal-${tenderId}-ready`).waitFor();
      await page.getByTestId(`reveal-${tenderId}-send`).click();
      await waitForFinal(page, `reveal-${tenderId}-send`);
      await page.context().close();
    }));
    const revealed = await api.query.tenders.bids(tenderId);
    const priceOf = (who) => revealed.find((b) => b.bidder.toString() === people[`supplier${who}`].address).offer.unwrap().price.toBigInt();
    assert.equal(priceOf('A'), 95_000_000n);
    assert.equal(priceOf('B'), 99_000_000n);
  });

  it('verifies a certificate of deposit by its number through a light client in the browser', async () => {
    const { api } = chain;
    // The RUCAM authority authorises a warehouse, which names its officer; the officer issues a
    // certificate (the registries' journey drives these acts one by one).
    const [rucam, warehouse, officer, depositor] = ['Rucam', 'Almacen', 'Oficial', 'Depositante'].map((n) => keyring.addFromUri(`//Portal${n}`));
    const transfer = (who) => api.tx.balances.transferKeepAlive(who.address, 1_000n * UNIT);
    await submit(api, api.tx.utility.batchAll([rucam, warehouse, officer, depositor].map(transfer)), people.Bob, { label: 'fund the registry' });
    await Promise.all([
      submit(api, api.tx.utility.batchAll([rucam, warehouse].map((who) => api.tx.digitalIdentity.verifyOrganisation(who.address, randomAsHex(32), []))), people.Two, { label: 'SAT' }),
      submit(api, api.tx.utility.batchAll([officer, depositor].map((who) => api.tx.digitalIdentity.verifyPerson(who.address, randomAsHex(32), { National: { state: 'Jalisco', municipality: 39 } }, 'Adult'))), people.One, { label: 'RENAPO' }),
    ]);
    await submit(api, api.tx.utility.batchAll([
      api.tx.digitalIdentity.issueCredential(rucam.address, 4, null),
      api.tx.digitalIdentity.issueCredential(officer.address, 2, null),
    ]), keyring.addFromUri('//Ferdie'), { label: 'credentials' });
    await submit(api, api.tx.depositCertificates.authoriseWarehouse(warehouse.address, docHash('oficio RUCAM')), rucam, { label: 'authorise' });
    await submit(api, api.tx.depositCertificates.addOfficer(warehouse.address, officer.address), warehouse, { label: 'officer' });
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const goods = {
      description: docHash('500 t de maiz blanco'), quantity: 500n, unit: 'Tonne', lot: docHash('lote MZ-1'),
      declaredValue: 275_000_000_00n, location: { state: 'Jalisco', municipality: 39 }, insurance: docHash('poliza 4471'),
    };
    const issued = await submit(api, api.tx.depositCertificates.issueCertificate(warehouse.address, 7, depositor.address, goods, true, head + 100_000), officer, { label: 'issue' });
    // The portal answers from finalized state only.
    await waitForBlock(api, issued.blockNumber, { finalized: true, node: chain.node });

    // A person with the paper: the warehouse and folio printed on it. The light client starts
    // from the chain spec the portal serves and follows finality over the node's WebSocket.
    const page = await browser.newPage({ phone: true });
    await open(page, '/verificar');
    await page.getByTestId('verify-kind').selectOption('deposito');
    await page.getByTestId('verify-warehouse').fill(warehouse.address);
    await page.getByTestId('verify-folio').fill('7');
    await page.getByTestId('verify-submit').click();
    await waitVisible(page, 'verify-checked', 'verify-deposit', 180_000);
    // Checked by the light client at a finalized block, and the certificate is valid.
    assert.match(await page.getByTestId('verify-checked').innerText(), /cliente ligero/i);
    await waitVisible(page, 'deposit-state', 'verify-deposit-state', 30_000);
    assert.equal(await page.getByTestId('deposit-state').getAttribute('data-state'), 'valid');
    await assertAccessible(page, 'a verified certificate of deposit');
    await screenshot(page, 'verify-deposit');
    // A folio never issued reads as absent, not as an error.
    await page.getByTestId('verify-folio').fill('8');
    await page.getByTestId('verify-submit').click();
    await waitVisible(page, 'verify-absent', 'verify-absent', 120_000);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('lets the official compute the award, and shows it with every score on the public page', async () => {
    const { api } = chain;
    const tender = (await api.query.tenders.tenders(tenderId)).unwrap();
    await waitForBlock(api, tender.schedule.voteEnd.toNumber(), { node: chain.node, timeoutMs: 300_000 });
    const desk = await browser.newPage();
    await open(desk, '/comprador');
    await actAs(desk, '//PortalOfficial');
    await desk.getByTestId(`compute-award-${tenderId}`).click();
    await waitForFinal(desk, `compute-award-${tenderId}`);
    await desk.context().close();

    const bids = await api.query.tenders.bids(tenderId);
    const a = bids.findIndex((b) => b.bidder.toString() === people.supplierA.address);
    const b = 1 - a;
    for (const [language, phone] of [['es', false], ['en', true]]) {
      const page = await browser.newPage({ phone });
      await open(page, `/licitaciones/${tenderId}`);
      if (language === 'en') await page.getByTestId('language').selectOption('en');
      const scores = page.getByTestId('award-scores');
      await scores.waitFor({ timeout: 60_000 });
      // A at 950,000 wins on price alone (100 %); B's price score is 950/990.
      assert.match(await page.getByTestId(`score-${a}-total`).innerText(), /^100 %$/);
      assert.match(await page.getByTestId(`score-${b}-total`).innerText(), /^95[.,]96 %$/);
      assert.match(await page.getByTestId(`bid-${a}-price`).innerText(), /950,000\.00 MXN/);
      assert.match(await page.getByTestId(`score-${a}`).innerText(), /Ganadora|Winner/);
      assert.match(await page.getByTestId('tender-phase').innerText(), language === 'es' ? /Inconformidades/ : /Complaints/);
      await assertAccessible(page, `tender page (${language})`);
      await screenshot(page, `tender-awarded-${language}`);
      assert.deepEqual(page.problems, []);
      await page.context().close();
    }
  });
});
