// The OCDS export of Smart Tenders (issue 5): a dev chain (`bmx-node --dev --tmp`) drives one
// tender through its whole life over RPC (an Executive Council motion registers the buyer unit
// and approves two suppliers; SAT and RENAPO verify and bind e.firmas; sealed bids, reveals,
// citizen votes, award, complaints window, final award, contract, signatures, deliverables), and
// a second tender is cancelled. Then `tools/ocds-export/ocds-export.mjs` runs as a child process
// against the node; every package it writes must validate against the official OCDS 1.1.5
// release package schema, and its content must match the chain. The mapping function is also
// checked on its own, on states the journey does not reach (draft, deserted, failed contract).

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsHex, blake2AsU8a, cryptoWaitReady, randomAsHex, randomAsU8a } from '@polkadot/util-crypto';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { BmxNode, freePorts, tempDir, waitForRpc } from '../lib/node.mjs';
import { findEvent, submit, waitForBlock } from '../lib/chain.mjs';
import { bindCall, bindProof, signCall, signingAct } from '../lib/efirma.mjs';
import { devSeatKeys, executiveDecision as councilDecision } from '../lib/governance.mjs';
import { tenderToReleasePackage } from '../../tools/ocds-export/lib.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TOOL = path.join(ROOT, 'tools/ocds-export/ocds-export.mjs');
const OCDS_DIR = process.env.OCDS_SCHEMA_DIR ?? '/work/shared/ocds-1.1.5';
const RELEASE_SCHEMA_URL = 'https://standard.open-contracting.org/schema/1__1__5/release-schema.json';
const SS58_FORMAT = 5252;
const UNIT = 10n ** 12n;
const OCID_PREFIX = 'ocds-e2e001';

/** The official schemas, compiled: a release package validator. */
function packageValidator() {
  const read = (name) => JSON.parse(fs.readFileSync(path.join(OCDS_DIR, name), 'utf8'));
  // OCDS 1.1 schemas are draft-04 with their own keywords (codelist, omitWhenMerged...).
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(read('release-schema.json'), RELEASE_SCHEMA_URL);
  return ajv.compile(read('release-package-schema.json'));
}

/** Fails with every ajv error of `pkg`. */
function assertValidPackage(validate, pkg, what) {
  const valid = validate(pkg);
  assert.ok(
    valid,
    `${what} is not a valid OCDS 1.1 release package:\n${JSON.stringify(validate.errors, null, 2)}`,
  );
}

/** Runs the exporter; resolves with {code, stdout, stderr} whatever the exit code. */
function runExporter(args, timeoutMs = 120_000) {
  return new Promise((resolve) => {
    execFile(process.execPath, [TOOL, ...args], { timeout: timeoutMs, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? (error.code ?? error.signal) : 0, stdout, stderr });
    });
  });
}

/** A release without the dates it estimates for future blocks. */
function withoutEstimates(release) {
  const copy = structuredClone(release);
  for (const boundary of Object.values(copy.tender.bmxSchedule)) {
    if (boundary?.estimated) delete boundary.date;
  }
  for (const contract of copy.contracts ?? []) {
    delete contract.period?.endDate;
    for (const milestone of contract.implementation?.milestones ?? []) delete milestone.dueDate;
  }
  return copy;
}

/** blake2-256 of a label: a stand-in for the hash of an off-chain document. */
const docHash = (label) => blake2AsHex(stringToU8a(label), 256);

describe('OCDS export of a tender driven through its life', { timeout: 420_000 }, () => {
  let node;
  let rpcPort;
  let api;
  let keyring;
  let validate;
  const accounts = {};
  const tenderId = 0;
  const cancelledId = 1;
  let outDir;
  const packages = {};
  let schedule;
  let publishedAt;
  let bidIndex;
  let lastBlock;
  let buyerUnit;

  before(async () => {
    assert.ok(
      fs.existsSync(path.join(ROOT, 'tools/ocds-export/node_modules/@polkadot/api')),
      'tools/ocds-export has no node_modules: run scripts/setup.sh (npm ci in tools/ocds-export)',
    );
    validate = packageValidator();
    let p2pPort, prometheusPort;
    [rpcPort, p2pPort, prometheusPort] = await freePorts(3);
    node = new BmxNode('ocds-dev', [
      '--dev', '--tmp',
      '--rpc-port', `${rpcPort}`, '--port', `${p2pPort}`, '--prometheus-port', `${prometheusPort}`,
      '--no-telemetry', '--no-mdns',
    ]);
    await waitForRpc(node, rpcPort);
    api = await ApiPromise.create({
      provider: new WsProvider(`ws://127.0.0.1:${rpcPort}`),
      throwOnConnect: true,
      noInitWarn: true,
    });
    assert.ok(api.tx.tenders, 'the runtime has no tenders pallet: rebuild bmx-node');
    await cryptoWaitReady();
    keyring = new Keyring({ type: 'sr25519', ss58Format: SS58_FORMAT });
    for (const name of [
      'Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie',
      'Alice//stash', 'Bob//stash', 'Charlie//stash', 'Dave//stash', 'One', 'Two',
    ]) {
      accounts[name] = keyring.addFromUri(`//${name}`);
    }
    // Fresh actors: the buyer unit's official, two supplier organisations and their
    // representatives, five citizens of Guadalajara (Jalisco, INEGI municipality 39).
    accounts.official = keyring.addFromUri('//OcdsOfficial');
    accounts.supplierA = keyring.addFromUri('//OcdsSupplierA');
    accounts.supplierB = keyring.addFromUri('//OcdsSupplierB');
    accounts.representativeA = keyring.addFromUri('//OcdsRepresentativeA');
    accounts.representativeB = keyring.addFromUri('//OcdsRepresentativeB');
    accounts.citizens = [0, 1, 2, 3, 4].map((i) => keyring.addFromUri(`//OcdsCitizen${i}`));
    outDir = tempDir('ocds-out');
  });

  after(async () => {
    if (api?.isConnected) await api.disconnect();
    node?.kill();
  });

  const send = (tx, signer, label) => submit(api, tx, signer, { label, timeoutMs: 60_000 });
  const waitBlock = (height) => waitForBlock(api, height, { node, timeoutMs: 120_000 });

  /** Submits `call` as the Secretary's ordinary motion, 6 more ayes, and closes it. */
  async function executiveDecision(call, label) {
    await councilDecision(api, call, await devSeatKeys(), { label });
  }

  /**
   * The sealed-bid commitment, as `pallet_tenders::bid_commitment` documents it: blake2_256 of
   * the SCALE encoding of (tender_id: u32, bidder: AccountId32, price: u128,
   * partida_offers: Vec<u128>, proposal: H256, salt: [u8; 32]), i.e. the fields concatenated.
   */
  function bidCommitment(id, bidder, price, offers, proposal, salt) {
    const encoded = u8aConcat(
      api.createType('u32', id).toU8a(),
      api.createType('AccountId32', bidder).toU8a(),
      api.createType('u128', price).toU8a(),
      api.createType('Vec<u128>', offers).toU8a(),
      api.createType('H256', proposal).toU8a(),
      api.createType('[u8; 32]', salt).toU8a(),
    );
    // The same bytes as the tuple's own encoding.
    const tuple = api.createType('(u32, AccountId32, u128, Vec<u128>, H256, [u8; 32])', [
      id, bidder, price, offers, proposal, salt,
    ]);
    assert.equal(u8aToHex(encoded), tuple.toHex());
    return u8aToHex(blake2AsU8a(encoded, 256));
  }

  const bids = {
    supplierA: { price: 90_000_000n, offers: [60_000_000n, 30_000_000n], proposal: docHash('propuesta A'), salt: randomAsU8a(32) },
    supplierB: { price: 100_000_000n, offers: [70_000_000n, 30_000_000n], proposal: docHash('propuesta B'), salt: randomAsU8a(32) },
  };
  const budget = 120_000_000n; // 1,200,000.00 MXN
  const residency = { National: { state: 'Jalisco', municipality: 39 } };

  it('identifies the actors and registers the buyer unit and suppliers by Executive motion', async () => {
    const { official, supplierA, supplierB, citizens } = accounts;
    const transfer = (who, amount) => api.tx.balances.transferKeepAlive(who.address, amount * UNIT);
    await Promise.all([
      send(
        api.tx.utility.batchAll([
          transfer(official, 100n),
          transfer(supplierA, 1_000n),
          transfer(supplierB, 1_000n),
        ]),
        accounts.Alice,
        'fund the actors',
      ),
      // RENAPO verifies the official and the citizens (adults living in Guadalajara).
      send(
        api.tx.utility.batchAll(
          [official, ...citizens].map((person) =>
            api.tx.digitalIdentity.verifyPerson(person.address, randomAsHex(32), residency, 'Adult'),
          ),
        ),
        accounts.One,
        'RENAPO verifies persons',
      ),
      // SAT verifies the two supplier organisations, each with a representative.
      send(
        api.tx.utility.batchAll([
          api.tx.digitalIdentity.verifyOrganisation(supplierA.address, randomAsHex(32), [accounts.representativeA.address]),
          api.tx.digitalIdentity.verifyOrganisation(supplierB.address, randomAsHex(32), [accounts.representativeB.address]),
        ]),
        accounts.Two,
        'SAT verifies organisations',
      ),
    ]);
    // Contracts are signed with an e.firma (RequireEfirma): SAT binds TEST certificates
    // (tools/efirma/fixtures), each with its holder's proof made by the efirma tool.
    const genesis = api.genesisHash.toHex();
    const proofs = await Promise.all([
      bindProof('persona', genesis, official.address),
      bindProof('representante', genesis, supplierA.address),
      bindProof('empresa', genesis, supplierB.address),
    ]);
    await Promise.all([
      send(
        api.tx.utility.batchAll(
          [official, supplierA, supplierB].map((who, i) => bindCall(api, who.address, proofs[i])),
        ),
        accounts.Two,
        'SAT binds e.firmas',
      ),
      send(api.tx.tenders.registerSupplier(docHash('expediente A')), supplierA, 'supplier A registers'),
      send(api.tx.tenders.registerSupplier(docHash('expediente B')), supplierB, 'supplier B registers'),
    ]);
    buyerUnit = (await api.query.tenders.nextBuyerUnitId()).toNumber();
    await executiveDecision(
      api.tx.utility.batchAll([
        api.tx.tenders.registerBuyerUnit('Secretaria de Salud de Jalisco - Adquisiciones', [official.address]),
        api.tx.tenders.approveSupplier(supplierA.address, docHash('resolucion A')),
        api.tx.tenders.approveSupplier(supplierB.address, docHash('resolucion B')),
      ]),
      'register the buyer unit and approve the suppliers',
    );
    const unit = await api.query.tenders.buyerUnits(buyerUnit);
    assert.ok(unit.isSome, `buyer unit ${buyerUnit} was not registered`);
    assert.deepEqual(unit.unwrap().officials.map((o) => o.toString()), [official.address]);
    for (const supplier of [supplierA, supplierB]) {
      const record = (await api.query.tenders.suppliers(supplier.address)).unwrap();
      assert.ok(record.status.isApproved, `${supplier.address} is ${record.status.type}`);
    }
  });

  it('runs the tender from publication to a completed contract', async () => {
    const { official, supplierA, supplierB, citizens } = accounts;
    assert.equal((await api.query.tenders.nextTenderId()).toNumber(), tenderId);
    // Short phases (each a few 6-second blocks). The pallet only requires strictly increasing
    // boundaries and publication before `enquiries_end`. Each step below waits for the block
    // before its window opens, so its extrinsic lands in the window's first or second block.
    const b = (await api.rpc.chain.getHeader()).number.toNumber();
    schedule = {
      enquiriesEnd: b + 5,
      biddingEnd: b + 8,
      revealEnd: b + 11,
      evaluationEnd: b + 12,
      scoreRevealEnd: b + 13,
      voteEnd: b + 16,
      complaintsEnd: b + 18,
      contractDeadline: b + 40,
    };
    const partidas = [
      { description: docHash('partida 1: guantes de nitrilo'), quantity: 100, unit: stringToU8a('H87'), requirements: [docHash('NOM-EM-005')] },
      { description: docHash('partida 2: mantenimiento'), quantity: 12, unit: stringToU8a('E48'), requirements: [] },
    ];
    // Technical weight 0%: evaluators commit scores with a VRF proof over a merlin transcript,
    // which polkadot-js cannot produce; the pallet's own Rust journey test covers evaluators.
    const weights = { price: 600_000_000, technical: 0, citizen: 400_000_000 };
    const created = await send(
      api.tx.utility.batchAll([
        api.tx.tenders.createTender(
          buyerUnit, 'Guantes y mantenimiento 2026', docHash('convocatoria'), budget, partidas, weights,
          { Municipality: ['Jalisco', 39] }, schedule,
        ),
        api.tx.tenders.publishTender(tenderId),
      ]),
      official,
      'create and publish the tender',
    );
    publishedAt = created.blockNumber;
    assert.ok(findEvent(created.events, api.events.tenders.TenderPublished), 'not published');

    // Enquiries (junta de aclaraciones): supplier A asks; meanwhile a second tender is drafted
    // and cancelled by the official.
    const cancelledSchedule = Object.fromEntries(Object.entries(schedule).map(([k, v]) => [k, v + 1000]));
    await Promise.all([
      send(api.tx.tenders.askQuestion(tenderId, docHash('pregunta 1')), supplierA, 'supplier A asks'),
      send(
        api.tx.utility.batchAll([
          api.tx.tenders.createTender(
            buyerUnit, 'Licitacion cancelada', docHash('convocatoria 2'), 5_000_000n, [partidas[0]], weights,
            'Federal', cancelledSchedule,
          ),
          api.tx.tenders.cancelTender(cancelledId, docHash('motivo de cancelacion')),
        ]),
        official,
        'create and cancel a second tender',
      ),
    ]);

    // Sealed bids; the official answers the question while bidding is open.
    await waitBlock(schedule.enquiriesEnd - 1);
    const commitments = {};
    await Promise.all([
      ...['supplierA', 'supplierB'].map((name) => {
        const { price, offers, proposal, salt } = bids[name];
        commitments[name] = bidCommitment(tenderId, accounts[name].address, price, offers, proposal, salt);
        return send(api.tx.tenders.submitBid(tenderId, commitments[name]), accounts[name], `${name} bids`);
      }),
      send(api.tx.tenders.answerQuestion(tenderId, 0, docHash('respuesta 1')), official, 'the official answers'),
    ]);
    const stored = await api.query.tenders.bids(tenderId);
    bidIndex = {};
    stored.forEach((bid, index) => {
      const name = bid.bidder.toString() === supplierA.address ? 'supplierA' : 'supplierB';
      bidIndex[name] = index;
      assert.equal(bid.commitment.toHex(), commitments[name]);
    });
    assert.equal(stored.length, 2);

    // Reveals.
    await waitBlock(schedule.biddingEnd - 1);
    await Promise.all(
      ['supplierA', 'supplierB'].map((name) => {
        const { price, offers, proposal, salt } = bids[name];
        return send(api.tx.tenders.revealBid(tenderId, price, offers, proposal, salt), accounts[name], `${name} reveals`);
      }),
    );

    // Citizens vote: two for A, three for B. They hold no BMX at all: a verified person's vote
    // is feeless (its account exists by its verification alone).
    await waitBlock(schedule.scoreRevealEnd - 1);
    for (const citizen of citizens) {
      const { data } = await api.query.system.account(citizen.address);
      assert.equal(data.free.toBigInt(), 0n, 'a citizen holds no BMX');
    }
    const votes = await Promise.all(
      citizens.map((citizen, i) =>
        send(
          api.tx.tenders.castVote(tenderId, i < 2 ? bidIndex.supplierA : bidIndex.supplierB),
          citizen,
          `citizen ${i} votes`,
        ),
      ),
    );
    for (const [i, vote] of votes.entries()) {
      assert.ok(findEvent(vote.events, api.events.skipFeelessPayment.FeeSkipped), `citizen ${i}'s vote was not feeless`);
      assert.ok(!findEvent(vote.events, api.events.transactionPayment.TransactionFeePaid), `citizen ${i} paid a fee`);
    }
    // A second vote is not feeless, and a citizen with nothing cannot pay for it: refused before
    // it reaches a block.
    await assert.rejects(
      send(api.tx.tenders.castVote(tenderId, bidIndex.supplierA), citizens[0], 'a second vote'),
      /Inability to pay|Invalid Transaction|1010/,
    );

    // Award: price 60% (A 1.0, B 0.9), citizens 40% (A 0.4, B 0.6): A 0.76, B 0.78; B wins.
    await waitBlock(schedule.voteEnd - 1);
    const computed = await send(api.tx.tenders.computeAward(tenderId), accounts.Ferdie, 'compute the award');
    const awarded = findEvent(computed.events, api.events.tenders.AwardComputed);
    assert.ok(awarded, 'no AwardComputed event');
    assert.equal(awarded.data.winner.toString(), supplierB.address);
    assert.equal(awarded.data.total.toNumber(), 780_000_000);

    // The complaints window passes without complaints; the award becomes final.
    await waitBlock(schedule.complaintsEnd - 1);
    await send(api.tx.tenders.finaliseAward(tenderId), accounts.Ferdie, 'finalise the award');

    // Contract with two deliverables adding up to the winning price; both parties sign.
    const now = (await api.rpc.chain.getHeader()).number.toNumber();
    const contract = docHash('contrato');
    await send(
      api.tx.tenders.draftContract(tenderId, contract, [
        [docHash('entregable 1'), now + 60, 70_000_000n],
        [docHash('entregable 2'), now + 90, 30_000_000n],
      ]),
      official,
      'draft the contract',
    );
    // Each signs the contract's document with its own e.firma key, then signs the contract.
    const genesis = api.genesisHash.toHex();
    const [officialAct, winnerAct] = await Promise.all([
      signingAct('persona', genesis, official.address, contract, 'Contrato de la licitacion'),
      signingAct('empresa', genesis, supplierB.address, contract, 'Contrato de la licitacion'),
    ]);
    await Promise.all([
      send(signCall(api, officialAct), official, 'the official signs with e.firma'),
      send(signCall(api, winnerAct), supplierB, 'the winner signs with e.firma'),
    ]);
    const signed = await Promise.all([
      send(api.tx.tenders.signContract(tenderId), official, 'the official signs'),
      send(api.tx.tenders.signContract(tenderId), supplierB, 'the winner signs'),
    ]);
    assert.ok(
      signed.some(({ events }) => findEvent(events, api.events.tenders.ContractActivated)),
      'the contract was not activated',
    );
    await send(api.tx.tenders.acceptDeliverable(tenderId, 0), official, 'accept deliverable 0');
    const completed = await send(api.tx.tenders.acceptDeliverable(tenderId, 1), official, 'accept deliverable 1');
    assert.ok(findEvent(completed.events, api.events.tenders.ContractCompleted), 'the contract did not complete');
    lastBlock = completed.blockNumber;
  });

  it('exports every tender as a release package valid against the OCDS 1.1 schema', async () => {
    // The exporter reads the finalized head by default.
    await waitForBlock(api, lastBlock, { finalized: true, node, timeoutMs: 60_000 });
    const { code, stdout, stderr } = await runExporter([
      '--rpc', `ws://127.0.0.1:${rpcPort}`, '--out', outDir,
      '--ocid-prefix', OCID_PREFIX, '--publisher', 'Secretaria Anticorrupcion y Buen Gobierno',
    ]);
    assert.equal(code, 0, `exporter failed (${code}):\n${stderr}`);
    const files = fs.readdirSync(outDir).sort();
    assert.deepEqual(files, [`${OCID_PREFIX}-bmx-tender-0.json`, `${OCID_PREFIX}-bmx-tender-1.json`]);
    assert.deepEqual(
      stdout.trim().split('\n').sort(),
      files.map((f) => path.join(outDir, f)),
    );
    for (const file of files) {
      const pkg = JSON.parse(fs.readFileSync(path.join(outDir, file), 'utf8'));
      assertValidPackage(validate, pkg, file);
      packages[pkg.releases[0].ocid] = pkg;
    }
  });

  it('maps the completed tender: parties, budget, items, bids, award, contract', async () => {
    const pkg = packages[`${OCID_PREFIX}-bmx-tender-0`];
    assert.ok(pkg, 'no package for tender 0');
    assert.equal(pkg.version, '1.1');
    assert.equal(pkg.publisher.name, 'Secretaria Anticorrupcion y Buen Gobierno');
    const [release] = pkg.releases;
    const { supplierA, supplierB } = accounts;
    assert.equal(release.ocid, `${OCID_PREFIX}-bmx-tender-${tenderId}`);
    assert.equal(release.initiationType, 'tender');
    assert.deepEqual(release.tag, ['implementation', 'contractTermination']);

    const roles = Object.fromEntries(release.parties.map((p) => [p.id, p.roles]));
    const buyer = release.parties.find((p) => p.roles.includes('buyer'));
    assert.equal(buyer.name, 'Secretaria de Salud de Jalisco - Adquisiciones');
    assert.deepEqual(buyer.roles, ['buyer', 'procuringEntity']);
    assert.deepEqual(release.buyer, { id: buyer.id, name: buyer.name });
    assert.deepEqual([...roles[supplierA.address]].sort(), ['enquirer', 'tenderer']);
    assert.deepEqual([...roles[supplierB.address]].sort(), ['supplier', 'tenderer']);
    assert.equal(release.parties.length, 3, 'only the buyer unit and the two suppliers are parties');

    assert.deepEqual(release.planning.budget.amount, { amount: 1_200_000, currency: 'MXN' });
    const { tender } = release;
    assert.equal(tender.status, 'complete');
    assert.equal(tender.procurementMethod, 'open');
    assert.equal(tender.awardCriteria, 'ratedCriteria');
    assert.equal(tender.title, 'Guantes y mantenimiento 2026');
    assert.deepEqual(tender.value, { amount: 1_200_000, currency: 'MXN' });
    assert.equal(tender.items.length, 2);
    assert.equal(tender.items[0].quantity, 100);
    assert.deepEqual(tender.items[0].unit, { scheme: 'UNCEFACT', id: 'H87', name: 'piece' });
    assert.equal(tender.items[1].unit.id, 'E48');
    assert.equal(tender.numberOfTenderers, 2);
    assert.deepEqual(tender.bmxAwardWeights, { price: 0.6, technical: 0, citizen: 0.4 });
    assert.equal(tender.bmxEnquiries.length, 1);
    assert.equal(tender.bmxEnquiries[0].author.id, supplierA.address);
    assert.equal(tender.bmxEnquiries[0].question, docHash('pregunta 1'));
    assert.equal(tender.bmxEnquiries[0].answer, docHash('respuesta 1'));

    // Phase boundaries as dates: past ones are the blocks' own timestamps.
    const timestampOf = async (block) =>
      new Date((await api.query.timestamp.now.at(await api.rpc.chain.getBlockHash(block))).toNumber()).toISOString();
    assert.equal(tender.enquiryPeriod.startDate, await timestampOf(publishedAt));
    assert.equal(tender.enquiryPeriod.endDate, await timestampOf(schedule.enquiriesEnd));
    assert.equal(tender.tenderPeriod.startDate, await timestampOf(schedule.enquiriesEnd));
    assert.equal(tender.tenderPeriod.endDate, await timestampOf(schedule.biddingEnd));
    assert.equal(tender.awardPeriod.endDate, await timestampOf(schedule.complaintsEnd));
    assert.equal(tender.bmxSchedule.biddingEnd.estimated, false);
    assert.ok(tender.tenderPeriod.startDate < tender.tenderPeriod.endDate);

    // Bids (bid extension) with the per-bid evaluation.
    assert.equal(release.bids.details.length, 2);
    const bidOf = (name) => release.bids.details.find((d) => d.tenderers[0].id === accounts[name].address);
    const a = bidOf('supplierA');
    const bBid = bidOf('supplierB');
    assert.deepEqual(a.value, { amount: 900_000, currency: 'MXN' });
    assert.deepEqual(bBid.value, { amount: 1_000_000, currency: 'MXN' });
    assert.equal(a.status, 'valid');
    assert.equal(bBid.status, 'valid');
    assert.deepEqual(
      { ...a.bmxEvaluation, technicalScores: undefined },
      { votes: 2, technicalScores: undefined, withinBudget: true, priceScore: 1, technicalScore: 0, citizenScore: 0.4, total: 0.76, winner: false },
    );
    assert.deepEqual(
      { ...bBid.bmxEvaluation, technicalScores: undefined },
      { votes: 3, technicalScores: undefined, withinBudget: true, priceScore: 0.9, technicalScore: 0, citizenScore: 0.6, total: 0.78, winner: true },
    );
    assert.deepEqual(a.bmxEvaluation.technicalScores, []);
    const stat = (measure) => release.bids.statistics.find((s) => s.measure === measure)?.value;
    assert.equal(stat('bids'), 2);
    assert.equal(stat('validBids'), 2);
    assert.equal(stat('lowestValidBidValue'), 900_000);

    // Award: final, to supplier B.
    assert.equal(release.awards.length, 1);
    const [award] = release.awards;
    assert.equal(award.status, 'active');
    assert.deepEqual(award.suppliers, [{ id: supplierB.address, name: supplierB.address }]);
    assert.deepEqual(award.value, { amount: 1_000_000, currency: 'MXN' });
    assert.equal(award.relatedBid, bBid.id);
    assert.equal(award.items.length, 2);
    assert.deepEqual(award.items[0].unit.value, { amount: 7_000, currency: 'MXN' }); // 700,000 / 100

    // Contract: completed (OCDS "terminated"), every deliverable met.
    assert.equal(release.contracts.length, 1);
    const [contract] = release.contracts;
    assert.equal(contract.awardID, award.id);
    assert.equal(contract.status, 'terminated');
    assert.equal(contract.bmxStatus, 'Completed');
    assert.deepEqual(contract.value, { amount: 1_000_000, currency: 'MXN' });
    assert.ok(contract.dateSigned, 'no dateSigned');
    assert.ok(contract.dateSigned > award.date);
    const { milestones } = contract.implementation;
    assert.equal(milestones.length, 2);
    for (const milestone of milestones) {
      assert.equal(milestone.status, 'met');
      assert.ok(milestone.dateMet, 'no dateMet');
      // Due dates are in the future: estimated from the block time.
      assert.ok(milestone.dueDate > milestone.dateMet);
    }
    assert.deepEqual(milestones.map((m) => m.bmxValue.amount), [700_000, 300_000]);
    // The release date is the block of the last change (the last deliverable's acceptance).
    assert.equal(release.date, await timestampOf(lastBlock));
  });

  it('maps the cancelled tender', () => {
    const [release] = packages[`${OCID_PREFIX}-bmx-tender-${cancelledId}`].releases;
    assert.deepEqual(release.tag, ['tenderCancellation']);
    assert.equal(release.tender.status, 'cancelled');
    assert.equal(release.bids, undefined);
    assert.equal(release.awards, undefined);
    assert.equal(release.tender.numberOfTenderers, 0);
    assert.ok(release.tender.bmxCancelledDate, 'no cancellation date');
  });

  it('writes a single tender to stdout, same release', async () => {
    const { code, stdout, stderr } = await runExporter([
      '--rpc', `ws://127.0.0.1:${rpcPort}`, '--tender', `${tenderId}`, '--ocid-prefix', OCID_PREFIX,
    ]);
    assert.equal(code, 0, stderr);
    const pkg = JSON.parse(stdout);
    assertValidPackage(validate, pkg, 'stdout package');
    assert.equal(pkg.publisher.name, 'Blockchain MX');
    const [release] = pkg.releases;
    const [written] = packages[`${OCID_PREFIX}-bmx-tender-${tenderId}`].releases;
    // The same chain state: the same release id and content, but for the dates of future
    // blocks, estimated from the (later) snapshot block's timestamp.
    assert.equal(release.id, written.id);
    assert.deepEqual(withoutEstimates(release), withoutEstimates(written));
  });

  it('fails with exit code 1 on an unknown tender id', async () => {
    const { code, stdout, stderr } = await runExporter([
      '--rpc', `ws://127.0.0.1:${rpcPort}`, '--tender', '99', '--out', tempDir('ocds-none'),
    ]);
    assert.equal(code, 1, stdout);
    assert.match(stderr, /unknown tender id 99 .*tender ids on chain: 0 to 1/);
  });

  it('fails with exit code 1 on bad flags', async () => {
    for (const args of [
      ['--rpc', `ws://127.0.0.1:${rpcPort}`, '--bogus'],
      ['--rpc', `http://127.0.0.1:${rpcPort}`],
      ['--rpc', `ws://127.0.0.1:${rpcPort}`, '--tender', 'x'],
      ['--rpc', `ws://127.0.0.1:${rpcPort}`, '--ocid-prefix', 'ocds-TOO-LONG'],
      ['--tender', '0'],
      // Two tenders and no --out: stdout takes one.
      ['--rpc', `ws://127.0.0.1:${rpcPort}`],
    ]) {
      const { code, stderr } = await runExporter(args);
      assert.equal(code, 1, `${args.join(' ')}: exit ${code}`);
      assert.match(stderr, /^ocds-export: /m, `${args.join(' ')}: ${stderr}`);
    }
  });

  it('fails with exit code 1 when the node is unreachable', async () => {
    const [port] = await freePorts(1);
    const { code, stderr } = await runExporter(['--rpc', `ws://127.0.0.1:${port}`, '--timeout', '5']);
    assert.equal(code, 1);
    assert.match(stderr, new RegExp(`cannot connect to the node at ws://127.0.0.1:${port}`));
  });
});

describe('tenderToReleasePackage on states the journey does not reach', () => {
  const validate = packageValidator();
  const A = '5CiPPseXPECbkjWCa6MnjNokrgYjMqmKndv2rSnekmSK2DjL';
  const B = '5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy';
  const hash = (n) => `0x${String(n).padStart(64, '0')}`;
  const base = () => ({
    tenderId: 7,
    tender: {
      buyerUnit: 2,
      title: 'Medicamentos',
      description: hash(1),
      budget: '50000000',
      partidas: [{ description: hash(2), quantity: '10', unit: 'KGM', requirements: [] }],
      weights: { price: 500_000_000, technical: 300_000_000, citizen: 200_000_000 },
      scope: { kind: 'Federal' },
      schedule: {
        enquiriesEnd: 110, biddingEnd: 120, revealEnd: 130, evaluationEnd: 140,
        scoreRevealEnd: 150, voteEnd: 160, complaintsEnd: 170, contractDeadline: 200,
      },
      status: 'Draft',
      publishedAt: null,
      amendments: 0,
      bidCount: 0,
    },
    buyerUnit: { id: 2, name: 'IMSS', officials: [A] },
    suppliers: {},
    enquiries: [],
    bids: [],
    evaluations: [],
    award: null,
    complaints: [],
    contract: null,
    history: { lastChangeBlock: null, deliverableSettledBlocks: [] },
    blockTimes: {},
    snapshot: { blockNumber: 100, blockHash: hash(3), timestamp: Date.UTC(2026, 0, 1), blockTimeMs: 6000, genesisHash: hash(4) },
  });
  const offer = (price) => ({ price, partidaOffers: [price], proposal: hash(5), revealedAt: 125 });

  it('the schema check rejects what OCDS does not allow', () => {
    // The release schema is really applied through the package's $ref: a closed codelist value
    // and a missing required field fail.
    const pkg = tenderToReleasePackage(base());
    assertValidPackage(validate, pkg, 'draft');
    const bad = structuredClone(pkg);
    bad.releases[0].tender.status = 'completed';
    delete bad.releases[0].initiationType;
    assert.equal(validate(bad), false);
    const paths = validate.errors.map((e) => `${e.instancePath} ${e.keyword}`);
    assert.ok(paths.includes('/releases/0/tender/status enum'), paths.join('\n'));
    assert.ok(paths.includes('/releases/0 required'), paths.join('\n'));
  });

  it('a draft is a planning release with estimated dates', () => {
    const pkg = tenderToReleasePackage(base(), { ocidPrefix: 'ocds-abc123' });
    assertValidPackage(validate, pkg, 'draft');
    const [release] = pkg.releases;
    assert.equal(release.ocid, 'ocds-abc123-bmx-tender-7');
    assert.deepEqual(release.tag, ['planning']);
    assert.equal(release.tender.status, 'planned');
    // 10 blocks of 6 s after the snapshot.
    assert.equal(release.tender.enquiryPeriod.endDate, '2026-01-01T00:01:00.000Z');
    assert.equal(release.tender.bmxSchedule.enquiriesEnd.estimated, true);
    assert.deepEqual(release.planning.budget.amount, { amount: 500_000, currency: 'MXN' });
    assert.equal(release.date, '2026-01-01T00:00:00.000Z');
  });

  it('a deserted tender has an unsuccessful award and disqualified and withdrawn bids', () => {
    const data = base();
    data.snapshot.blockNumber = 180;
    data.tender.status = 'Deserted';
    data.tender.publishedAt = 101;
    data.bids = [
      { bidder: A, commitment: hash(6), submittedAt: 111, deposit: '0', offer: offer('60000000'), forfeited: false, votes: 1 },
      { bidder: B, commitment: hash(7), submittedAt: 112, deposit: '0', offer: null, forfeited: true, votes: 0 },
    ];
    data.evaluations = [{ scores: [80] }, { scores: null }];
    data.award = {
      scores: [{ bidIndex: 0, bidder: A, price: '60000000', withinBudget: false, priceScore: 0, technicalScore: 800_000_000, votes: 1, citizenScore: 1_000_000_000, total: 440_000_000 }],
      winner: null, totalVotes: 1, evaluators: 1, computedAt: 161, isFinal: true,
    };
    const pkg = tenderToReleasePackage(data);
    assertValidPackage(validate, pkg, 'deserted');
    const [release] = pkg.releases;
    assert.equal(release.tender.status, 'unsuccessful');
    assert.equal(release.awards[0].status, 'unsuccessful');
    assert.equal(release.awards[0].suppliers, undefined);
    assert.deepEqual(release.bids.details.map((d) => d.status), ['disqualified', 'withdrawn']);
    assert.deepEqual(release.bids.details[0].bmxEvaluation.technicalScores, [80]);
    assert.equal(release.bids.details[0].bmxEvaluation.technicalScore, 0.8);
    assert.ok(!release.parties.some((p) => p.roles.includes('supplier')));
  });

  it('a failed contract is terminated with unmet milestones', () => {
    const data = base();
    data.snapshot.blockNumber = 250;
    data.tender.status = 'AwardFinal';
    data.tender.publishedAt = 101;
    data.bids = [{ bidder: B, commitment: hash(6), submittedAt: 111, deposit: '0', offer: offer('40000000'), forfeited: false, votes: 0 }];
    data.award = {
      scores: [{ bidIndex: 0, bidder: B, price: '40000000', withinBudget: true, priceScore: 1_000_000_000, technicalScore: 0, votes: 0, citizenScore: 0, total: 500_000_000 }],
      winner: 0, totalVotes: 0, evaluators: 0, computedAt: 161, isFinal: true,
    };
    data.contract = {
      supplier: B, document: hash(8), value: '40000000',
      deliverables: [
        { description: hash(9), due: 220, amount: '10000000', status: 'Accepted' },
        { description: hash(10), due: 230, amount: '30000000', status: 'Overdue' },
        { description: hash(11), due: 300, amount: '0', status: 'Pending' },
      ],
      buyerSignatory: A, supplierSigned: true, status: 'Failed',
    };
    const pkg = tenderToReleasePackage(data, { uri: 'https://example.org/ocds/x.json', publisher: 'SABG' });
    assertValidPackage(validate, pkg, 'failed contract');
    const [release] = pkg.releases;
    assert.equal(pkg.uri, 'https://example.org/ocds/x.json');
    assert.deepEqual(release.tag, ['implementation', 'contractTermination']);
    assert.equal(release.contracts[0].status, 'terminated');
    assert.equal(release.contracts[0].bmxStatus, 'Failed');
    assert.deepEqual(release.contracts[0].implementation.milestones.map((m) => m.status), ['met', 'notMet', 'scheduled']);
    assert.equal(release.contracts[0].dateSigned, undefined, 'no signing block known: no dateSigned');
  });
});
