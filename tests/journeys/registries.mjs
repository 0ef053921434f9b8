// The public registries (issues 15, 16, 17) driven through @polkadot/api on the local network
// of four validators, a bootnode and an archive node (or a dev chain with BMX_JOURNEY_CHAIN=dev;
// tests/lib/dev-chain.mjs), one journey each, every journey with its own fresh accounts:
//
// 1. RUCAM (DepositCertificates): an authority holding the "RUCAM authority" credential authorises
//    a warehouse (a verified organisation), which names an officer (a verified person with the
//    "warehouse officer" credential); the officer issues a negotiable certificate of deposit to a
//    depositor, who endorses the certificate to a buyer and pledges the bono de prenda to a bank.
//    The buyer withdrawing goods while they are pledged, and the depositor endorsing a
//    certificate it no longer holds, fail with their named errors and change nothing; the
//    runtime API `verifyCertificate` answers the holders, the encumbrance and the history.
// 2. CONAFOR (ReforestationSubsidies): an agency (a verified organisation with the "subsidy
//    program agency" credential) opens a program; two predios under different keys are registered
//    with the H3 cells that the `land-cells` tool makes of two overlapping GeoJSON parcels; both
//    apply for reforestation; the first approval creates a grant, the second fails with
//    `DuplicateSupport`, the runtime API names the conflicting grant, `reject_duplicate` records
//    it (`DuplicateRejected` naming the grant) and tranche 1 of the grant is paid.
// 3. Property registry (PropertyRegistry): the registry's authority accredits an office and a
//    registrar; the registrar opens a folio real; a notary presents a deed of purchase, which the
//    registrar inscribes; a transfer by a non-owner fails to inscribe (`NotCurrentOwner`) and is
//    denied with the hash of its reason; a certificate of freedom of encumbrances is issued and
//    read back with the runtime API.
// 4. Commerce registry (CommerceRegistry): a registrar inscribes a company's incorporation,
//    grants a power of attorney for administration to a verified person (`holdsPower` true),
//    then revokes it (`holdsPower` false).
//
// Identities on the dev chain: RENAPO (//One) verifies persons, SAT (//Two) verifies
// organisations, Ferdie issues the founding credential types (genesis_config_presets.rs).
//
// The land tool is $BMX_LAND_CELLS, else `land-cells` next to bmx-node (the release target dir):
// `source scripts/env.sh && build_release` (the release set, land-cells with the node).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { stringToU8a } from '@polkadot/util';
import { blake2AsHex, cryptoWaitReady, randomAsHex } from '@polkadot/util-crypto';
import {
  freePorts, nodeBinary, waitForFinalized,
} from '../lib/node.mjs';
import { flipByte, runVerify, startProxy, verifyBinary } from '../lib/verify.mjs';
import { findEvent, submit } from '../lib/chain.mjs';
import { startJourneyChain } from '../lib/dev-chain.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = path.join(ROOT, 'tools/land-cells/fixtures');
const SS58_FORMAT = 5252;
const UNIT = 10n ** 12n;

/** The founding credential types (runtime/src/configs/registries/mod.rs `credentials`). */
const CREDENTIAL = {
  warehouseOfficer: 2,
  notary: 3,
  rucamAuthority: 4,
  propertyRegistryAuthority: 5,
  subsidyAgency: 8,
};

const GUADALAJARA = { state: 'Jalisco', municipality: 39 };
/** Uruapan, Michoacán (INEGI 16102): where the land-cells fixtures lie. */
const URUAPAN = { state: 'Michoacan', municipality: 102 };

/** blake2-256 of a label: a stand-in for the hash of an off-chain document. */
const docHash = (label) => blake2AsHex(stringToU8a(label), 256);

/** Path of the land-cells binary: $BMX_LAND_CELLS, else next to bmx-node. */
function landCellsBinary() {
  const binary = process.env.BMX_LAND_CELLS ?? path.join(path.dirname(nodeBinary()), 'land-cells');
  if (!fs.existsSync(binary)) {
    throw new Error(
      `land-cells not found at ${binary}: build it with the release set (source scripts/env.sh && build_release) or set BMX_LAND_CELLS`,
    );
  }
  return binary;
}

/** The land of a GeoJSON fixture as `land-cells` prints it: {cells (decimal strings), area_centi_hectares, ...}. */
function landOf(fixture) {
  const out = execFileSync(landCellsBinary(), [path.join(FIXTURES, fixture)], { encoding: 'utf8', timeout: 60_000 });
  const land = JSON.parse(out);
  assert.ok(Array.isArray(land.cells) && land.cells.length > 0, `land-cells gave no cells for ${fixture}: ${out}`);
  return land;
}

/**
 * What the trust-minimised verification (`bmx-verify`, tools/bmx-verify) must check once its
 * typed registry commands exist; filled in by the journeys below:
 * - `depositCertificate`: {warehouse (SS58), folio, blockNumber}: the certificate of journey 1,
 *   final at `blockNumber` (DepositCertificates::Certificates and ::History under
 *   (warehouse, folio), see the pallet docs' "Verification without trusting a node").
 * - `propertyCertificate`: {id, folio, blockNumber}: the certificate of freedom of encumbrances
 *   of journey 3 (PropertyRegistry::Certificates under `id`), immutable once issued.
 * The lead adds the bmx-verify run (and its tampering proxy) where the `it.todo` at the end is.
 */
export const verificationTargets = {};

describe('the public registries on the local network', { timeout: 600_000 }, () => {
  let node;
  let api;
  let close;
  let rawSpec;
  let keyring;
  let rpcPort;
  const registrars = {};

  before(async () => {
    ({ node, api, rpcPort, close, rawSpec } = await startJourneyChain('registries'));
    for (const pallet of ['depositCertificates', 'reforestationSubsidies', 'propertyRegistry', 'commerceRegistry']) {
      assert.ok(api.tx[pallet], `the runtime has no ${pallet} pallet: rebuild bmx-node`);
    }
    await cryptoWaitReady();
    keyring = new Keyring({ type: 'sr25519', ss58Format: SS58_FORMAT });
    for (const name of ['Alice', 'One', 'Two', 'Ferdie']) registrars[name] = keyring.addFromUri(`//${name}`);
  });

  after(async () => {
    await close?.();
  });

  /** A fresh account of journey `journey` (each journey has its own accounts). */
  const actor = (journey, name) => keyring.addFromUri(`//Registries//${journey}//${name}`);

  const send = (tx, signer, label) => submit(api, tx, signer, { label, timeoutMs: 60_000 });

  /** The runtime API and storage as of block `hash`. */
  const at = (hash) => api.at(hash);

  /**
   * Funds the accounts that sign (`fund`), has RENAPO verify `persons` and SAT verify
   * `organisations` (all in one block), then Ferdie issue `credentials` ([account, type] pairs).
   * Returns the identity keys it assigned, by address.
   */
  async function enrol({ fund = [], persons = [], organisations = [], credentials = [] }) {
    const keys = {};
    const steps = [];
    if (fund.length) {
      steps.push(send(
        api.tx.utility.batchAll(fund.map((who) => api.tx.balances.transferKeepAlive(who.address, 1_000n * UNIT))),
        registrars.Alice,
        'fund the actors',
      ));
    }
    if (persons.length) {
      steps.push(send(
        api.tx.utility.batchAll(persons.map((who) => {
          keys[who.address] = randomAsHex(32);
          return api.tx.digitalIdentity.verifyPerson(who.address, keys[who.address], { National: GUADALAJARA }, 'Adult');
        })),
        registrars.One,
        'RENAPO verifies persons',
      ));
    }
    if (organisations.length) {
      steps.push(send(
        api.tx.utility.batchAll(organisations.map((who) => {
          keys[who.address] = randomAsHex(32);
          return api.tx.digitalIdentity.verifyOrganisation(who.address, keys[who.address], []);
        })),
        registrars.Two,
        'SAT verifies organisations',
      ));
    }
    await Promise.all(steps);
    if (credentials.length) {
      await send(
        api.tx.utility.batchAll(credentials.map(([who, type]) => api.tx.digitalIdentity.issueCredential(who.address, type, null))),
        registrars.Ferdie,
        'Ferdie issues credentials',
      );
    }
    return keys;
  }

  /** Fails unless `promise` (a `submit`) is refused with the module error `pallet.name`. */
  async function refused(promise, pallet, name) {
    await assert.rejects(promise, (error) => {
      assert.match(error.message, new RegExp(`\\b${pallet}\\.${name}\\b`), `expected ${pallet}.${name}`);
      return true;
    });
  }

  /** Fails unless a precondition set by an earlier step of the journey exists. */
  const needs = (value, what) => assert.ok(value !== undefined, `an earlier step failed: no ${what}`);

  describe('journey 1: a certificate of deposit and its bono de prenda (RUCAM)', () => {
    let rucam, warehouse, officer, depositor, buyer, bank;
    const folio = 1;
    const blocks = {};
    let expiresAt, terms;
    const goods = {
      description: docHash('500 t de maiz blanco, grado 2'),
      quantity: 500n,
      unit: 'Tonne',
      lot: docHash('lote MZ-2026-0117'),
      declaredValue: 275_000_000_00n, // 2,750,000.00 MXN in centavos
      location: GUADALAJARA,
      insurance: docHash('poliza de seguro 4471'),
    };

    const verify = (hash, f = folio) =>
      at(hash).then((apiAt) => apiAt.call.depositCertificatesApi.verifyCertificate(warehouse.address, f));

    before(async () => {
      [rucam, warehouse, officer, depositor, buyer, bank] =
        ['RucamAuthority', 'Warehouse', 'Officer', 'Depositor', 'Buyer', 'Bank'].map((n) => actor('rucam', n));
      await enrol({
        fund: [rucam, warehouse, officer, depositor, buyer, bank],
        persons: [officer, depositor, buyer],
        organisations: [rucam, warehouse, bank],
        credentials: [[rucam, CREDENTIAL.rucamAuthority], [officer, CREDENTIAL.warehouseOfficer]],
      });
    });

    it('the RUCAM authority authorises the warehouse, which names its officer', async () => {
      const authorisation = docHash('oficio de autorizacion SE/RUCAM/2026/117');
      const [authorised] = await Promise.all([
        send(api.tx.depositCertificates.authoriseWarehouse(warehouse.address, authorisation), rucam, 'authorise'),
        // Anyone without the credential is refused.
        assert.rejects(
          send(api.tx.depositCertificates.authoriseWarehouse(depositor.address, authorisation), buyer, 'authorise by a stranger'),
          /BadOrigin/,
        ),
      ]);
      const event = findEvent(authorised.events, api.events.depositCertificates.WarehouseAuthorised);
      assert.ok(event, 'no WarehouseAuthorised event');
      assert.equal(event.data.warehouse.toString(), warehouse.address);
      assert.equal(event.data.authorisation.toHex(), authorisation);

      const added = await send(api.tx.depositCertificates.addOfficer(warehouse.address, officer.address), warehouse, 'add officer');
      const officerAdded = findEvent(added.events, api.events.depositCertificates.OfficerAdded);
      assert.ok(officerAdded, 'no OfficerAdded event');
      assert.equal(officerAdded.data.officer.toString(), officer.address);
    });

    it('the officer issues a negotiable certificate to the depositor', async () => {
      const now = (await api.rpc.chain.getHeader()).number.toNumber();
      expiresAt = now + 100_000; // about 7 days of 6-second blocks
      const issued = await send(
        api.tx.depositCertificates.issueCertificate(warehouse.address, folio, depositor.address, goods, true, expiresAt),
        officer,
        'issue certificate',
      );
      blocks.issued = issued.blockNumber;
      const event = findEvent(issued.events, api.events.depositCertificates.CertificateIssued);
      assert.ok(event, 'no CertificateIssued event');
      assert.equal(event.data.folio.toNumber(), folio);
      assert.equal(event.data.lot.toHex(), goods.lot);
      assert.equal(event.data.depositor.toString(), depositor.address);
      assert.equal(event.data.negotiable.isTrue, true);
      assert.equal(event.data.officer.toString(), officer.address);
    });

    it('the depositor endorses the certificate to a buyer and pledges the bono to a bank', async () => {
      needs(blocks.issued, 'certificate');
      const endorsed = await send(
        api.tx.depositCertificates.endorseCertificate(warehouse.address, folio, buyer.address),
        depositor,
        'endorse certificate',
      );
      blocks.endorsed = endorsed.blockNumber;
      const endorsement = findEvent(endorsed.events, api.events.depositCertificates.CertificateEndorsed);
      assert.ok(endorsement, 'no CertificateEndorsed event');
      assert.equal(endorsement.data.from.toString(), depositor.address);
      assert.equal(endorsement.data.to.toString(), buyer.address);

      terms = {
        amount: 150_000_000_00n, // 1,500,000.00 MXN lent against the goods
        interest: 9_000_000_00n,
        due: expiresAt - 10_000,
        contract: docHash('contrato de credito prendario 88'),
      };
      const pledged = await send(
        api.tx.depositCertificates.pledgeBono(warehouse.address, folio, bank.address, terms),
        depositor,
        'pledge bono',
      );
      blocks.pledged = pledged.blockNumber;
      blocks.pledgedHash = pledged.blockHash;
      const pledge = findEvent(pledged.events, api.events.depositCertificates.BonoPledged);
      assert.ok(pledge, 'no BonoPledged event');
      assert.equal(pledge.data.debtor.toString(), depositor.address);
      assert.equal(pledge.data.creditor.toString(), bank.address);
      assert.equal(pledge.data.amount.toBigInt(), terms.amount);
      assert.equal(pledge.data.due.toNumber(), terms.due);
    });

    it('refuses a withdrawal while pledged and an endorsement by a non-holder, changing nothing', async () => {
      needs(blocks.pledgedHash, 'pledge');
      const before = (await verify(blocks.pledgedHash)).toHex();
      const attempts = await Promise.allSettled([
        send(api.tx.depositCertificates.withdrawGoods(warehouse.address, folio, 100n), buyer, 'withdraw while pledged'),
        send(api.tx.depositCertificates.endorseCertificate(warehouse.address, folio, bank.address), depositor, 'endorse by a non-holder'),
      ]);
      await refused(Promise.reject(attempts[0].reason ?? new Error('the withdrawal was accepted')), 'depositCertificates', 'Encumbered');
      await refused(Promise.reject(attempts[1].reason ?? new Error('the endorsement was accepted')), 'depositCertificates', 'NotHolder');
      const head = await api.rpc.chain.getBlockHash();
      assert.equal((await verify(head)).toHex(), before, 'a refused move changed the certificate');
    });

    it('verifyCertificate answers the holders, the encumbrance and the history in order', async () => {
      needs(blocks.pledged, 'pledge');
      const head = await api.rpc.chain.getBlockHash();
      const answer = await verify(head);
      assert.ok(answer.isSome, 'the certificate is not authentic');
      const v = answer.unwrap();
      assert.equal(v.warehouse.toString(), warehouse.address);
      assert.ok(v.warehouseStatus.isAuthorised);
      assert.equal(v.folio.toNumber(), folio);
      assert.equal(v.issuedBy.toString(), officer.address);
      assert.equal(v.issuedAt.toNumber(), blocks.issued);
      assert.equal(v.expiresAt.toNumber(), expiresAt);
      assert.equal(v.expired.isTrue, false);
      assert.ok(v.status.isLive, `status ${v.status.type}`);
      assert.equal(v.goods.lot.toHex(), goods.lot);
      assert.equal(v.goods.quantity.toBigInt(), goods.quantity);
      assert.equal(v.withdrawable.toBigInt(), 0n, 'pledged goods are not withdrawable');
      assert.equal(v.certificateHolder.toString(), buyer.address);
      assert.equal(v.bonoHolder.unwrap().toString(), bank.address);
      assert.deepEqual(v.certificateHolders.map(String), [depositor.address, buyer.address]);
      assert.deepEqual(v.bonoHolders.map(String), [depositor.address, bank.address]);

      assert.ok(v.encumbrance.isSome, 'no encumbrance');
      const encumbrance = v.encumbrance.unwrap();
      assert.equal(encumbrance.creditor.toString(), bank.address);
      assert.equal(encumbrance.amount.toBigInt(), terms.amount);
      assert.equal(encumbrance.interest.toBigInt(), terms.interest);
      assert.equal(encumbrance.due.toNumber(), terms.due);
      assert.equal(encumbrance.contract.toHex(), terms.contract);
      assert.ok(encumbrance.status.isOutstanding);
      assert.equal(encumbrance.owed.toBigInt(), terms.amount + terms.interest);
      assert.ok(v.sale.isNone);

      assert.deepEqual(
        v.history.map((entry) => [entry.act.type, entry.at.toNumber()]),
        [['Issued', blocks.issued], ['CertificateEndorsed', blocks.endorsed], ['BonoPledged', blocks.pledged]],
      );
      const [issued, endorsed, pledged] = v.history.map((entry) => entry.act);
      assert.equal(issued.asIssued.depositor.toString(), depositor.address);
      assert.equal(issued.asIssued.officer.toString(), officer.address);
      assert.equal(endorsed.asCertificateEndorsed.to.toString(), buyer.address);
      assert.equal(pledged.asBonoPledged.creditor.toString(), bank.address);

      // A folio never issued is not authentic.
      assert.ok((await verify(head, folio + 1)).isNone);

      verificationTargets.depositCertificate = { warehouse: warehouse.address, folio, blockNumber: blocks.pledged };
    });
  });

  describe('journey 2: a reforestation grant and its duplicate caught (CONAFOR)', () => {
    let agency, holderA, ejidoB;
    let landA, landB;
    let program, propertyA, propertyB, applicationA, applicationB, grant, grantAmount;
    const concept = 'Reforestation';
    const amountPerHectare = 1_200_000n; // 12,000.00 MXN per hectare

    before(async () => {
      landA = landOf('predio-a.geojson');
      landB = landOf('predio-b.geojson');
      const shared = landA.cells.filter((cell) => landB.cells.includes(cell));
      assert.ok(shared.length > 0, 'the fixtures predio-a and predio-b should overlap');
      [agency, holderA, ejidoB] = ['Conafor', 'SmallOwnerA', 'EjidoB'].map((n) => actor('conafor', n));
      await enrol({
        fund: [agency, holderA, ejidoB],
        persons: [holderA],
        organisations: [agency, ejidoB],
        credentials: [[agency, CREDENTIAL.subsidyAgency]],
      });
    });

    it('the agency opens a program; two overlapping predios are registered under different keys', async () => {
      const [opened, registeredA, registeredB] = await Promise.all([
        send(
          api.tx.reforestationSubsidies.openProgram(
            2026, 2026, 2028,
            [{ concept, budget: 50_000_000_00n, amountPerHectare }],
            5_000_000_00n, // cap per beneficiary: 5,000,000.00 MXN
            [URUAPAN],
            [40, 60], // tranches: 40% on signing, 60% after verification
            { minSurvival: 70, minAreaShare: 80 },
          ),
          agency,
          'open program',
        ),
        send(
          api.tx.reforestationSubsidies.registerProperty(
            'MICH-16102-PP-000117', URUAPAN, landA.area_centi_hectares, [holderA.address], landA.cells,
          ),
          holderA,
          'register predio A',
        ),
        send(
          api.tx.reforestationSubsidies.registerProperty(
            'RAN-16-102-EJ-0042', URUAPAN, landB.area_centi_hectares, [ejidoB.address], landB.cells,
          ),
          ejidoB,
          'register predio B',
        ),
      ]);
      const programOpened = findEvent(opened.events, api.events.reforestationSubsidies.ProgramOpened);
      assert.ok(programOpened, 'no ProgramOpened event');
      program = programOpened.data.program.toNumber();
      const a = findEvent(registeredA.events, api.events.reforestationSubsidies.PropertyRegistered);
      const b = findEvent(registeredB.events, api.events.reforestationSubsidies.PropertyRegistered);
      assert.ok(a && b, 'no PropertyRegistered event');
      propertyA = a.data.property.toNumber();
      propertyB = b.data.property.toNumber();
      assert.equal(a.data.cells.toNumber(), landA.cells.length);
      assert.equal(b.data.cells.toNumber(), landB.cells.length);
      // Whichever was registered second saw the other through the cell index.
      assert.equal(a.data.overlapping.toNumber() + b.data.overlapping.toNumber(), 1);
      const history = await api.call.reforestationSubsidiesApi.propertyHistory(propertyB);
      assert.deepEqual(history.unwrap().overlapping.map((id) => id.toNumber()), [propertyA]);
    });

    it('both holders apply for reforestation on their predios', async () => {
      needs(program, 'program');
      const [filedA, filedB] = await Promise.all([
        send(api.tx.reforestationSubsidies.applyForSupport(program, concept, propertyA, landA.area_centi_hectares), holderA, 'apply A'),
        send(api.tx.reforestationSubsidies.applyForSupport(program, concept, propertyB, landB.area_centi_hectares), ejidoB, 'apply B'),
      ]);
      const a = findEvent(filedA.events, api.events.reforestationSubsidies.ApplicationFiled);
      const b = findEvent(filedB.events, api.events.reforestationSubsidies.ApplicationFiled);
      assert.ok(a && b, 'no ApplicationFiled event');
      applicationA = a.data.application.toNumber();
      applicationB = b.data.application.toNumber();
      assert.equal(a.data.applicant.toString(), holderA.address);
      assert.equal(b.data.applicant.toString(), ejidoB.address);
    });

    it('approves the first into a grant and refuses the second with DuplicateSupport', async () => {
      needs(applicationB, 'applications');
      const approved = await send(api.tx.reforestationSubsidies.approveApplication(applicationA), agency, 'approve A');
      const created = findEvent(approved.events, api.events.reforestationSubsidies.GrantCreated);
      assert.ok(created, 'no GrantCreated event');
      grant = created.data.grant.toNumber();
      grantAmount = (amountPerHectare * BigInt(landA.area_centi_hectares)) / 100n;
      assert.equal(created.data.application.toNumber(), applicationA);
      assert.equal(created.data.beneficiary.toString(), holderA.address);
      assert.equal(created.data.amount.toBigInt(), grantAmount);

      await refused(
        send(api.tx.reforestationSubsidies.approveApplication(applicationB), agency, 'approve B'),
        'reforestationSubsidies', 'DuplicateSupport',
      );
      const pending = await api.query.reforestationSubsidies.applications(applicationB);
      assert.ok(pending.unwrap().status.isPending, 'the refused approval changed the application');
      assert.deepEqual(
        (await api.call.reforestationSubsidiesApi.conflictingGrantsOfApplication(applicationB)).map((id) => id.toNumber()),
        [grant],
        'the runtime API names the conflicting grant',
      );
    });

    it('rejects the duplicate naming the grant, and records tranche 1 paid', async () => {
      needs(grant, 'grant');
      const rejected = await send(api.tx.reforestationSubsidies.rejectDuplicate(applicationB), agency, 'reject duplicate');
      const duplicate = findEvent(rejected.events, api.events.reforestationSubsidies.DuplicateRejected);
      assert.ok(duplicate, 'no DuplicateRejected event');
      assert.equal(duplicate.data.application.toNumber(), applicationB);
      assert.deepEqual(duplicate.data.conflicting.map((id) => id.toNumber()), [grant]);
      assert.equal(duplicate.data.total.toNumber(), 1);
      const status = (await api.query.reforestationSubsidies.applications(applicationB)).unwrap().status;
      assert.ok(status.isRejectedAsDuplicate, `application B is ${status.type}`);
      assert.equal(status.asRejectedAsDuplicate.toNumber(), grant);

      const reference = docHash('SPEI 2026-03-15 CONAFOR tramo 1');
      const paid = await send(api.tx.reforestationSubsidies.recordPayment(grant, reference), agency, 'pay tranche 1');
      const tranche = findEvent(paid.events, api.events.reforestationSubsidies.TranchePaid);
      assert.ok(tranche, 'no TranchePaid event');
      assert.equal(tranche.data.grant.toNumber(), grant);
      assert.equal(tranche.data.tranche.toNumber(), 0, 'the first tranche is number 0');
      const firstShare = (grantAmount * 40n) / 100n;
      assert.equal(tranche.data.amount.toBigInt(), firstShare);
      assert.equal(tranche.data.reference.toHex(), reference);

      const totals = (await api.call.reforestationSubsidiesApi.programTotals(program)).unwrap();
      assert.equal(totals.total.committed.toBigInt(), grantAmount);
      assert.equal(totals.total.paid.toBigInt(), firstShare);
      // Tranche 2 waits for a field verification.
      await refused(
        send(api.tx.reforestationSubsidies.recordPayment(grant, docHash('tramo 2 anticipado')), agency, 'pay tranche 2'),
        'reforestationSubsidies', 'VerificationRequired',
      );
    });
  });

  describe('journey 3: a folio real, a denied transfer and a certificate (property registry)', () => {
    const office = 14_039; // Guadalajara's registry district (INEGI 14039)
    let authority, registrar, notary, seller, buyer, intruder, accomplice;
    let keys, folio, purchase, denied, certificate, certificateBlock;
    const reason = docHash('resolucion de denegacion: el transmitente no es titular registral');

    const history = () => api.call.propertyRegistryApi.history(folio, 0, 100);

    before(async () => {
      [authority, registrar, notary, seller, buyer, intruder, accomplice] =
        ['RegistryAuthority', 'Registrar', 'Notary', 'Seller', 'Buyer', 'Intruder', 'Accomplice'].map((n) => actor('property', n));
      keys = await enrol({
        fund: [authority, registrar, notary, buyer],
        persons: [registrar, notary, seller, buyer, intruder, accomplice],
        organisations: [authority],
        credentials: [[authority, CREDENTIAL.propertyRegistryAuthority], [notary, CREDENTIAL.notary]],
      });
    });

    it('the registry authority accredits an office and its registrar', async () => {
      const accredited = await send(
        api.tx.utility.batchAll([
          api.tx.propertyRegistry.accreditOffice(office, GUADALAJARA),
          api.tx.propertyRegistry.accreditRegistrar(office, registrar.address),
        ]),
        authority,
        'accredit office and registrar',
      );
      assert.ok(findEvent(accredited.events, api.events.propertyRegistry.OfficeAccredited), 'no OfficeAccredited event');
      const event = findEvent(accredited.events, api.events.propertyRegistry.RegistrarAccredited);
      assert.ok(event, 'no RegistrarAccredited event');
      assert.equal(event.data.registrar.toString(), registrar.address);
    });

    it('the registrar opens a folio; the notary presents a deed of purchase; the registrar inscribes it', async () => {
      const opened = await send(
        api.tx.propertyRegistry.openFolio(GUADALAJARA, 2_500_000n /* 250 m2 */, [seller.address], docHash('inmatriculacion')),
        registrar,
        'open folio',
      );
      const folioOpened = findEvent(opened.events, api.events.propertyRegistry.FolioOpened);
      assert.ok(folioOpened, 'no FolioOpened event');
      folio = folioOpened.data.folio.toNumber();

      const deed = docHash('escritura 12,345 compraventa');
      const presented = await send(
        api.tx.propertyRegistry.presentDocument(
          folio, { Transfer: { kind: 'Purchase', from: [seller.address], to: [buyer.address] } }, deed, false,
        ),
        notary,
        'present purchase',
      );
      const presentation = findEvent(presented.events, api.events.propertyRegistry.DocumentPresented);
      assert.ok(presentation, 'no DocumentPresented event');
      purchase = presentation.data.entry.toNumber();
      assert.equal(presentation.data.presenter.toString(), notary.address);
      assert.equal(presentation.data.document.toHex(), deed);

      const inscribed = await send(api.tx.propertyRegistry.inscribeEntry(folio, purchase), registrar, 'inscribe purchase');
      assert.ok(findEvent(inscribed.events, api.events.propertyRegistry.EntryInscribed), 'no EntryInscribed event');
      const owners = (await api.call.propertyRegistryApi.owners(folio)).unwrap();
      assert.deepEqual(owners.map((k) => k.toHex()), [keys[buyer.address]], 'the buyer owns the folio');
    });

    it('denies, with its reason, a transfer by someone who is not the owner', async () => {
      needs(purchase, 'inscribed purchase');
      const presented = await send(
        api.tx.propertyRegistry.presentDocument(
          folio, { Transfer: { kind: 'Purchase', from: [intruder.address], to: [accomplice.address] } }, docHash('escritura apocrifa'), false,
        ),
        notary,
        'present a transfer by a non-owner',
      );
      denied = findEvent(presented.events, api.events.propertyRegistry.DocumentPresented).data.entry.toNumber();
      const before = (await api.call.propertyRegistryApi.folio(folio)).toHex();
      await refused(
        send(api.tx.propertyRegistry.inscribeEntry(folio, denied), registrar, 'inscribe the non-owner transfer'),
        'propertyRegistry', 'NotCurrentOwner',
      );
      assert.equal((await api.call.propertyRegistryApi.folio(folio)).toHex(), before, 'the refused inscription changed the folio');

      const denial = await send(api.tx.propertyRegistry.denyEntry(folio, denied, reason), registrar, 'deny');
      const event = findEvent(denial.events, api.events.propertyRegistry.EntryDenied);
      assert.ok(event, 'no EntryDenied event');
      assert.equal(event.data.entry.toNumber(), denied);
      assert.equal(event.data.reason.toHex(), reason);
    });

    it('issues a certificate of freedom of encumbrances, read back with propertyRegistryApi.certificate', async () => {
      needs(denied, 'denied entry');
      const issued = await send(api.tx.propertyRegistry.issueCertificate(folio), buyer, 'issue certificate');
      const event = findEvent(issued.events, api.events.propertyRegistry.CertificateIssued);
      assert.ok(event, 'no CertificateIssued event');
      certificate = event.data.certificate.toNumber();
      certificateBlock = issued.blockNumber;
      assert.equal(event.data.folio.toNumber(), folio);
      assert.equal(event.data.free.isTrue, true, 'the folio is free of encumbrances');

      const record = (await api.call.propertyRegistryApi.certificate(certificate)).unwrap();
      assert.equal(record.folio.toNumber(), folio);
      assert.equal(record.at.toNumber(), certificateBlock);
      assert.deepEqual(record.owners.map((k) => k.toHex()), [keys[buyer.address]]);
      assert.equal(record.encumbrances.length, 0);
      assert.equal(record.pending.toNumber(), 0);
      assert.ok(record.notice.isNone);
      assert.equal(record.asOfEntry.unwrap().toNumber(), denied);

      // The folio's history: the purchase inscribed, the non-owner's transfer denied with its reason.
      const entries = await history();
      assert.deepEqual(entries.map(([number]) => number.toNumber()), [purchase, denied]);
      const [[, first], [, second]] = entries;
      assert.ok(first.status.isInscribed, `the purchase is ${first.status.type}`);
      assert.ok(second.status.isDenied, `the non-owner transfer is ${second.status.type}`);
      assert.equal(second.status.asDenied.reason.toHex(), reason);

      verificationTargets.propertyCertificate = { id: certificate, folio, blockNumber: certificateBlock };
    });
  });

  describe('journey 4: a company and a power of attorney (commerce registry)', () => {
    const office = 14_120; // Zapopan's registry district (INEGI 14120)
    let authority, registrar, notary, company, attorney;
    let keys, power;

    const holdsPower = (scope) =>
      api.call.commerceRegistryApi.holdsPower(attorney.address, company.address, scope).then((b) => b.isTrue);

    before(async () => {
      [authority, registrar, notary, company, attorney] =
        ['RegistryAuthority', 'Registrar', 'Notary', 'Company', 'Attorney'].map((n) => actor('commerce', n));
      keys = await enrol({
        fund: [authority, registrar],
        persons: [registrar, notary, attorney],
        organisations: [authority, company],
        credentials: [[authority, CREDENTIAL.propertyRegistryAuthority], [notary, CREDENTIAL.notary]],
      });
      await send(
        api.tx.utility.batchAll([
          api.tx.propertyRegistry.accreditOffice(office, { state: 'Jalisco', municipality: 120 }),
          api.tx.propertyRegistry.accreditRegistrar(office, registrar.address),
        ]),
        authority,
        'accredit the commerce registrar',
      );
    });

    it('a registrar inscribes the incorporation of a verified organisation', async () => {
      const document = docHash('escritura constitutiva 7,001');
      const inscribed = await send(
        api.tx.commerceRegistry.inscribeIncorporation(company.address, notary.address, document),
        registrar,
        'inscribe incorporation',
      );
      const event = findEvent(inscribed.events, api.events.commerceRegistry.CompanyIncorporated);
      assert.ok(event, 'no CompanyIncorporated event');
      assert.equal(event.data.company.toHex(), keys[company.address]);
      assert.equal(event.data.account.toString(), company.address);
      assert.equal(event.data.registrar.toString(), registrar.address);
    });

    it('grants a power of attorney for administration: holdsPower is true for that scope only', async () => {
      const granted = await send(
        api.tx.commerceRegistry.grantPower(
          keys[company.address], attorney.address, ['Administration'], null, notary.address, docHash('poder general 7,002'),
        ),
        registrar,
        'grant power',
      );
      const event = findEvent(granted.events, api.events.commerceRegistry.PowerGranted);
      assert.ok(event, 'no PowerGranted event');
      power = event.data.act.toNumber();
      assert.equal(event.data.attorney.toHex(), keys[attorney.address]);
      assert.equal(await holdsPower('Administration'), true);
      assert.equal(await holdsPower('Ownership'), false, 'a power for administration is no power of ownership');
    });

    it('revokes the power: holdsPower is false', async () => {
      needs(power, 'power');
      const revoked = await send(
        api.tx.commerceRegistry.revokePower(keys[company.address], power, notary.address, docHash('revocacion 7,003')),
        registrar,
        'revoke power',
      );
      const event = findEvent(revoked.events, api.events.commerceRegistry.PowerRevoked);
      assert.ok(event, 'no PowerRevoked event');
      assert.equal(event.data.grant.toNumber(), power);
      assert.equal(await holdsPower('Administration'), false);
    });
  });

  describe('journey 5: the certificates verified without trusting the node (bmx-verify)', () => {
    let specFile;
    let proxy;
    const connection = (port) => ['--rpc', `http://127.0.0.1:${port}`, '--chain-spec', specFile, '--json'];

    before(async () => {
      verifyBinary(); // fail early with the build hint
      assert.ok(verificationTargets.depositCertificate, 'journey 1 left no certificate to verify');
      assert.ok(verificationTargets.propertyCertificate, 'journey 3 left no certificate to verify');
      // The trust root: the genesis GRANDPA authority set of the published chain spec.
      specFile = await rawSpec();
      const [proxyPort] = await freePorts(1);
      proxy = await startProxy(proxyPort, rpcPort);
      proxy.port = proxyPort;
      // The node keeps a justification every 8 blocks: wait until one follows both records.
      const last = Math.max(
        verificationTargets.depositCertificate.blockNumber,
        verificationTargets.propertyCertificate.blockNumber,
      );
      await waitForFinalized(node, rpcPort, last + 9, 180_000);
    });

    after(async () => {
      if (proxy) await new Promise((resolve) => proxy.server.close(resolve));
    });

    it('proves the certificate of deposit (warehouse and folio, as on the QR code) with its history', async () => {
      const { warehouse, folio, blockNumber } = verificationTargets.depositCertificate;
      const run = await runVerify([
        'certificate', ...connection(rpcPort), '--warehouse', warehouse, '--folio', `${folio}`,
      ]);
      assert.equal(run.code, 0, `bmx-verify failed:\n${run.stdout}\n${run.stderr}`);
      const out = JSON.parse(run.stdout);
      assert.equal(out.ok, true);
      assert.ok(out.block.number >= blockNumber, `proven at #${out.block.number}, before the pledge`);
      const { certificate, history } = out.record;
      assert.equal(certificate.status, 'Live');
      assert.equal(certificate.certificate_holders.length, 2, 'depositor, then the buyer');
      assert.equal(certificate.bono_holders.length, 2, 'depositor, then the bank');
      assert.equal(certificate.pledge.status, 'Outstanding');
      assert.deepEqual(
        history.map((entry) => Object.keys(entry.act)[0]),
        ['Issued', 'CertificateEndorsed', 'BonoPledged'],
      );
    });

    it('proves the certificate of freedom of encumbrances of the folio', async () => {
      const { id, blockNumber } = verificationTargets.propertyCertificate;
      const run = await runVerify(['property-certificate', ...connection(rpcPort), '--id', `${id}`]);
      assert.equal(run.code, 0, `bmx-verify failed:\n${run.stdout}\n${run.stderr}`);
      const out = JSON.parse(run.stdout);
      assert.equal(out.ok, true);
      assert.ok(out.block.number >= blockNumber);
      const record = out.record.certificate ?? out.record;
      assert.equal(Number(record.folio), verificationTargets.propertyCertificate.folio);
      assert.equal(record.encumbrances.length, 0, 'a certificate of freedom of encumbrances');
    });

    it('refuses a certificate number that was never issued as not authentic', async () => {
      const { warehouse } = verificationTargets.depositCertificate;
      const run = await runVerify([
        'certificate', ...connection(rpcPort), '--warehouse', warehouse, '--folio', '999999',
      ]);
      assert.equal(run.code, 1, `expected a refusal:\n${run.stdout}\n${run.stderr}`);
      assert.equal(JSON.parse(run.stdout).failed, 'absent');
    });

    it('detects a dishonest node that alters the certificate in its storage proof', async () => {
      const { warehouse, folio } = verificationTargets.depositCertificate;
      proxy.tampered = 0;
      proxy.tamper = (method, result) => {
        if (method !== 'state_getReadProof') return undefined;
        const proof = [...result.proof];
        const last = proof.length - 1;
        proof[last] = flipByte(proof[last], Math.floor((proof[last].length - 2) / 4));
        return { ...result, proof };
      };
      const run = await runVerify([
        'certificate', ...connection(proxy.port), '--warehouse', warehouse, '--folio', `${folio}`,
      ]);
      proxy.tamper = null;
      assert.ok(proxy.tampered > 0, 'the proxy altered nothing');
      assert.equal(run.code, 1, `expected the tampering to be detected:\n${run.stdout}\n${run.stderr}`);
      assert.equal(JSON.parse(run.stdout).failed, 'proof');
    });
  });
});
