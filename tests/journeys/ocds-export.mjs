// The OCDS export of Smart Tenders (issues 5 and 13): the local network of four validators, a
// bootnode and an archive node (or a dev chain with BMX_JOURNEY_CHAIN=dev; tests/lib/dev-chain.mjs)
// drives three tenders at once over RPC, as real clients do (an Executive Council motion registers the
// buyer unit and approves two suppliers; RENAPO, SAT and the oversight authority's registrar
// verify persons and organisations, bind e.firmas and accredit an oversight official and a social
// witness):
// - tender 0 through its whole life: sealed bids with their guarantees, reveals, a secret citizen
//   vote (each citizen registers a ring member key and votes with `bmx-ring`), award,
//   complaints window, final award, contract signed with e.firma, deliverables;
// - tender 1 under a social witness's eye, with citizens' comments (one answered): its winner
//   does not sign the drafted contract, anyone settles it after the deadline, the contract passes
//   to the runner-up (within 10% of the winner's price), which signs; the witness testifies;
// - tender 2 void: one price above the reference ceiling, one at zero;
// and a fourth tender is cancelled. Then `tools/ocds-export/ocds-export.mjs` runs as a child
// process against the node; every package it writes must validate against the official OCDS
// 1.1.5 release package schema with our extension (`tools/ocds-export/extension`) merged in, carry
// no field that neither declares, and match the chain. The mapping function is also checked on
// its own, on states the journey does not reach (draft, other void reasons, failed contract).

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { stringToU8a } from '@polkadot/util';
import { cryptoWaitReady, randomAsHex, randomAsU8a } from '@polkadot/util-crypto';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { freePorts, tempDir } from '../lib/node.mjs';
import { startJourneyChain } from '../lib/dev-chain.mjs';
import { findEvent, submit, waitForBlock } from '../lib/chain.mjs';
import { publishedRing, runRing } from '../lib/ring.mjs';
import { bidCommitment, buyerUnitAndApprovals, docHash } from '../lib/tenders.mjs';
import { bindCall, bindProof, signCall, signingAct } from '../lib/efirma.mjs';
import { devSeatKeys, executiveDecision as councilDecision } from '../lib/governance.mjs';
import { BMX_EXTENSION_URL, tenderToReleasePackage } from '../../tools/ocds-export/lib.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TOOL = path.join(ROOT, 'tools/ocds-export/ocds-export.mjs');
const EXTENSION_DIR = path.join(ROOT, 'tools/ocds-export/extension');
const OCDS_DIR = process.env.OCDS_SCHEMA_DIR ?? '/work/shared/ocds-1.1.5';
const RELEASE_SCHEMA_URL = 'https://standard.open-contracting.org/schema/1__1__5/release-schema.json';
const SS58_FORMAT = 5252;
const UNIT = 10n ** 12n;
const OCID_PREFIX = 'ocds-e2e001';
/** Credential types of the founding registrar (runtime `configs::registries::credentials`). */
const PROCUREMENT_OVERSIGHT = 9;
const SOCIAL_WITNESS = 10;

/** Reads a JSON file. */
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

/**
 * `target` with the JSON Merge Patch `patch` applied (RFC 7386), as OCDS merges an extension's
 * `release-schema.json` into the release schema: objects merge member by member, `null` removes
 * a member, anything else (arrays included) replaces. Returns a new value.
 */
function mergePatch(target, patch) {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return structuredClone(patch);
  const result = target !== null && typeof target === 'object' && !Array.isArray(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

/** The official release schema with our extension merged in. */
function releaseSchema() {
  return mergePatch(
    readJson(path.join(OCDS_DIR, 'release-schema.json')),
    readJson(path.join(EXTENSION_DIR, 'release-schema.json')),
  );
}

/**
 * The official schemas with our extension, compiled: a release package validator, and the
 * merged release schema (`.releaseSchema`) for `undeclaredFields`.
 */
function packageValidator() {
  // OCDS 1.1 schemas are draft-04 with their own keywords (codelist, omitWhenMerged...).
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const schema = releaseSchema();
  ajv.addSchema(schema, RELEASE_SCHEMA_URL);
  const validate = ajv.compile(readJson(path.join(OCDS_DIR, 'release-package-schema.json')));
  validate.releaseSchema = schema;
  return validate;
}

/**
 * The paths of the fields of `data` that `schema` (a node of the merged release schema `root`)
 * does not declare: fields that are neither core nor from our extension, which JSON Schema lets
 * through (OCDS objects allow additional properties) but a publisher must declare.
 */
function undeclaredFields(schema, data, root, where = '', found = []) {
  let node = schema;
  for (let depth = 0; node?.$ref && depth < 10; depth += 1) {
    node = node.$ref.slice(2).split('/').reduce((o, key) => o?.[key], root);
  }
  if (node?.oneOf && data !== null && typeof data === 'object') {
    node = node.oneOf.find((alternative) => alternative.$ref || alternative.properties) ?? node;
    return undeclaredFields(node, data, root, where, found);
  }
  if (Array.isArray(data)) {
    if (node?.items) data.forEach((item, i) => undeclaredFields(node.items, item, root, `${where}/${i}`, found));
  } else if (data !== null && typeof data === 'object' && node?.properties) {
    for (const [key, value] of Object.entries(data)) {
      if (key in node.properties) undeclaredFields(node.properties[key], value, root, `${where}/${key}`, found);
      else found.push(`${where}/${key}`);
    }
  }
  return found;
}

/** Fails with every ajv error of `pkg`, and with every field the schemas do not declare. */
function assertValidPackage(validate, pkg, what) {
  const valid = validate(pkg);
  assert.ok(
    valid,
    `${what} is not a valid OCDS 1.1 release package:\n${JSON.stringify(validate.errors, null, 2)}`,
  );
  assert.ok(pkg.extensions.includes(BMX_EXTENSION_URL), `${what} does not list our extension`);
  const undeclared = pkg.releases.flatMap((release, i) =>
    undeclaredFields(validate.releaseSchema, release, validate.releaseSchema, `/releases/${i}`),
  );
  assert.deepEqual(undeclared, [], `${what} has fields neither the core schema nor our extension declares`);
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
    for (const guarantee of contract.guarantees ?? []) delete guarantee.period?.endDate;
  }
  return copy;
}


describe('OCDS export of tenders driven through their lives', { timeout: 600_000 }, () => {
  let node;
  let rpcPort;
  let api;
  let close;
  let keyring;
  let validate;
  const accounts = {};
  // Tender ids: created in this order.
  const tenderId = 0;
  const witnessedId = 1;
  const voidId = 2;
  const cancelledId = 3;
  let outDir;
  /** Where the citizens keep their ring secrets. */
  let ringDir;
  const packages = {};
  let schedule;
  let publishedAt;
  const bidIndex = {};
  const blocks = {};
  let buyerUnit;

  before(async () => {
    assert.ok(
      fs.existsSync(path.join(ROOT, 'tools/ocds-export/node_modules/@polkadot/api')),
      'tools/ocds-export has no node_modules: run scripts/setup.sh (npm ci in tools/ocds-export)',
    );
    validate = packageValidator();
    ({ node, api, rpcPort, close } = await startJourneyChain('ocds'));
    assert.ok(api.tx.tenders?.settleUnsignedContract, 'the runtime has no tenders pallet of issue 13: rebuild bmx-node');
    await cryptoWaitReady();
    keyring = new Keyring({ type: 'sr25519', ss58Format: SS58_FORMAT });
    for (const name of ['Alice', 'Bob', 'Ferdie', 'One', 'Two']) {
      accounts[name] = keyring.addFromUri(`//${name}`);
    }
    // Fresh actors: the buyer unit's official, two supplier organisations and their
    // representatives, five citizens of Guadalajara (Jalisco, INEGI municipality 39), an official
    // of the procurement oversight authority and a social witness.
    accounts.official = keyring.addFromUri('//OcdsOfficial');
    accounts.supplierA = keyring.addFromUri('//OcdsSupplierA');
    accounts.supplierB = keyring.addFromUri('//OcdsSupplierB');
    accounts.representativeA = keyring.addFromUri('//OcdsRepresentativeA');
    accounts.representativeB = keyring.addFromUri('//OcdsRepresentativeB');
    accounts.citizens = [0, 1, 2, 3, 4].map((i) => keyring.addFromUri(`//OcdsCitizen${i}`));
    accounts.oversight = keyring.addFromUri('//OcdsOversight');
    accounts.witness = keyring.addFromUri('//OcdsWitness');
    outDir = tempDir('ocds-out');
    ringDir = tempDir('ocds-ring');
  });

  after(async () => {
    await close?.();
  });

  // One signer's transactions go to the pool one after the other (each takes the next nonce),
  // so that independent steps of the three tenders run at once.
  const queues = new Map();
  const send = (tx, signer, label) => {
    const previous = queues.get(signer.address) ?? Promise.resolve();
    let release;
    const turn = new Promise((resolve) => {
      release = resolve;
    });
    queues.set(signer.address, previous.then(() => turn));
    return previous.then(() => submit(api, tx, signer, { label, timeoutMs: 60_000, onSent: release }));
  };
  const waitBlock = (height) => waitForBlock(api, height, { node, timeoutMs: 120_000 });
  const head = async () => (await api.rpc.chain.getHeader()).number.toNumber();

  /** The events of `events` that `matcher` recognises about tender `id`. */
  const eventsAbout = (events, matcher, id) =>
    events.filter(({ event }) => matcher.is(event) && event.data.tenderId.toNumber() === id).map(({ event }) => event);

  /** Submits `call` as the Secretary's ordinary motion, 6 more ayes, and closes it. */
  async function executiveDecision(call, label) {
    await councilDecision(api, call, await devSeatKeys(), { label });
  }

  /** Fails unless `promise` (a `send`) is refused with the module error `tenders.name`. */
  async function refused(promise, name) {
    await assert.rejects(promise, (error) => {
      assert.match(error.message, new RegExp(`\\btenders\\.${name}\\b`), `expected tenders.${name}`);
      return true;
    });
  }


  /** A sealed offer: price, partida offers adding up to it, proposal hash and a fresh salt. */
  const offer = (offers, label) => ({
    price: offers.reduce((sum, x) => sum + x, 0n),
    offers,
    proposal: docHash(label),
    salt: randomAsU8a(32),
  });
  // Tender 0: both eligible (reference price 1,000,000.00 MXN, ceiling 1,100,000.00).
  // Tender 1: supplier A wins on price; B, within 10% of A's price, is the runner-up.
  // Tender 2: A above the reference ceiling (88,000.00 MXN), B at zero: no eligible bid.
  const bids = {
    [tenderId]: {
      supplierA: offer([60_000_000n, 30_000_000n], 'propuesta A'),
      supplierB: offer([70_000_000n, 30_000_000n], 'propuesta B'),
    },
    [witnessedId]: {
      supplierA: offer([100_000_000n], 'propuesta A, licitacion 1'),
      supplierB: offer([105_000_000n], 'propuesta B, licitacion 1'),
    },
    [voidId]: {
      supplierA: offer([9_500_000n], 'propuesta A, licitacion 2'),
      supplierB: offer([0n], 'propuesta B, licitacion 2'),
    },
  };
  const budget = 120_000_000n; // 1,200,000.00 MXN
  const residency = { National: { state: 'Jalisco', municipality: 39 } };
  // CUCoP keys of the dev genesis catalogue (runtime `CUCOP_SAMPLE`).
  const GLOVES = 25401001;
  const MAINTENANCE = 35101001;

  it('identifies the actors, accredits an oversight official and a social witness, and registers the buyer unit and suppliers by Executive motion', async () => {
    const { official, supplierA, supplierB, citizens, oversight, witness } = accounts;
    const transfer = (who, amount) => api.tx.balances.transferKeepAlive(who.address, amount * UNIT);
    // Bid guarantees are 5% of the budget at 1 BMX per peso: 60,000 BMX a bid on a 1,200,000 MXN
    // tender; the performance guarantee, 10% of the contract's value.
    await Promise.all([
      send(
        api.tx.utility.batchAll([
          transfer(official, 1_000n),
          transfer(supplierA, 200_000n),
          transfer(oversight, 100n),
          transfer(witness, 100n),
        ]),
        accounts.Alice,
        'fund the actors',
      ),
      send(transfer(supplierB, 400_000n), accounts.Bob, 'fund supplier B'),
      // RENAPO verifies the officials, the witness and the citizens (adults living in
      // Guadalajara).
      send(
        api.tx.utility.batchAll(
          [official, oversight, witness, ...citizens].map((person) =>
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
      // The Secretaria Anticorrupcion y Buen Gobierno's registrar (Ferdie) accredits one of its
      // officials and a social witness.
      send(
        api.tx.utility.batchAll([
          api.tx.digitalIdentity.issueCredential(oversight.address, PROCUREMENT_OVERSIGHT, null),
          api.tx.digitalIdentity.issueCredential(witness.address, SOCIAL_WITNESS, null),
        ]),
        accounts.Ferdie,
        'the oversight registrar accredits an official and a social witness',
      ),
    ]);
    // Each citizen makes a ring secret with `bmx-ring` and registers its member key from its own
    // account, without a fee (they hold no BMX): the chain builds Guadalajara's ring in its idle
    // time, long before the citizen vote opens.
    const url = `http://127.0.0.1:${rpcPort}`;
    for (const [i, citizen] of citizens.entries()) {
      citizen.secret = path.join(ringDir, `citizen${i}.secret`);
      const made = runRing(['keygen', '--out', citizen.secret]);
      assert.equal(made.code, 0, made.stderr);
      const possession = runRing(['possession', '--secret', citizen.secret, '--account', citizen.address, '--url', url]);
      assert.equal(possession.code, 0, possession.stderr);
      await send(api.tx.anonymityRings.registerMemberKey(made.json.member, possession.json.possession), citizen, `citizen ${i} registers its member key`);
    }
    buyerUnit = (await api.query.tenders.nextBuyerUnitId()).toNumber();
    await executiveDecision(
      buyerUnitAndApprovals(api, 'Secretaria de Salud de Jalisco - Adquisiciones', [official], { A: supplierA, B: supplierB }),
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

  it('runs three tenders at once: one to a completed contract, one passed to the runner-up under a social witness, one void', async () => {
    const { official, supplierA, supplierB, citizens, oversight, witness } = accounts;
    assert.ok(buyerUnit !== undefined, 'an earlier step failed: no buyer unit');
    assert.equal((await api.query.tenders.nextTenderId()).toNumber(), tenderId);
    // Short phases (each a few 6-second blocks). The pallet only requires strictly increasing
    // boundaries and publication before `enquiries_end`. Each step below waits for the block
    // before its window opens, so its extrinsic lands in the window's first or second block.
    // The three tenders share the schedule but for tender 1's contract deadline, shortly after
    // its award is final: its winner will let it pass.
    const b = await head();
    schedule = {
      enquiriesEnd: b + 5,
      biddingEnd: b + 8,
      revealEnd: b + 11,
      evaluationEnd: b + 12,
      scoreRevealEnd: b + 13,
      // Thirteen blocks of vote: five ring proofs and their inclusion.
      voteEnd: b + 26,
      complaintsEnd: b + 28,
      contractDeadline: b + 50,
    };
    const witnessedSchedule = { ...schedule, contractDeadline: schedule.complaintsEnd + 5 };
    const partida = (label, quantity, unit, cucop, requirements = []) => ({
      description: docHash(label), quantity, unit: stringToU8a(unit), cucop, requirements,
    });
    const partidas = [
      partida('partida 1: guantes de nitrilo', 100, 'H87', GLOVES, [docHash('NOM-EM-005')]),
      partida('partida 2: mantenimiento', 12, 'E48', MAINTENANCE),
    ];
    // Technical weight 0%: a panel needs twenty certified evaluators with member keys, more
    // than this journey's actors; the runtime's panels journey (`runtime/src/tests/panels.rs`)
    // covers the evaluators.
    const weights = { price: 600_000_000, technical: 0, citizen: 400_000_000 };
    const priceOnly = { price: 1_000_000_000, technical: 0, citizen: 0 };
    const scope = { Municipality: ['Jalisco', 39] };
    const created = await send(
      api.tx.utility.batchAll([
        api.tx.tenders.createTender(
          buyerUnit, 'Guantes y mantenimiento 2026', docHash('convocatoria'), budget, 100_000_000n,
          partidas, weights, scope, schedule,
        ),
        api.tx.tenders.publishTender(tenderId),
        api.tx.tenders.createTender(
          buyerUnit, 'Mantenimiento de inmuebles 2026', docHash('convocatoria 1'), budget, 110_000_000n,
          [partidas[1]], priceOnly, scope, witnessedSchedule,
        ),
        api.tx.tenders.publishTender(witnessedId),
        api.tx.tenders.createTender(
          buyerUnit, 'Guantes 2026 (desierta)', docHash('convocatoria 2'), 10_000_000n, 8_000_000n,
          [partidas[0]], priceOnly, scope, schedule,
        ),
        api.tx.tenders.publishTender(voidId),
      ]),
      official,
      'create and publish three tenders',
    );
    publishedAt = created.blockNumber;
    for (const id of [tenderId, witnessedId, voidId]) {
      assert.equal(eventsAbout(created.events, api.events.tenders.TenderPublished, id).length, 1, `tender ${id} not published`);
    }

    // Enquiries (junta de aclaraciones): supplier A asks about tender 0; the official drafts and
    // cancels a fourth tender; the oversight official assigns the social witness to tender 1,
    // and two citizens comment on it, for free (they hold no BMX).
    const cancelledSchedule = Object.fromEntries(Object.entries(schedule).map(([k, v]) => [k, v + 1000]));
    const [, , assigned, ...comments] = await Promise.all([
      send(api.tx.tenders.askQuestion(tenderId, docHash('pregunta 1')), supplierA, 'supplier A asks'),
      send(
        api.tx.utility.batchAll([
          api.tx.tenders.createTender(
            buyerUnit, 'Licitacion cancelada', docHash('convocatoria 3'), 5_000_000n, 5_000_000n, [partidas[0]],
            weights, 'Federal', cancelledSchedule,
          ),
          api.tx.tenders.cancelTender(cancelledId, docHash('motivo de cancelacion')),
        ]),
        official,
        'create and cancel a fourth tender',
      ),
      send(api.tx.tenders.assignSocialWitness(witnessedId, witness.address), oversight, 'the oversight official assigns a social witness'),
      send(api.tx.tenders.commentOnTender(witnessedId, docHash('comentario 0')), citizens[0], 'citizen 0 comments'),
      send(api.tx.tenders.commentOnTender(witnessedId, docHash('comentario 1')), citizens[1], 'citizen 1 comments'),
    ]);
    assert.equal(eventsAbout(assigned.events, api.events.tenders.SocialWitnessAssigned, witnessedId).length, 1);
    blocks.witnessAssigned = assigned.blockNumber;
    blocks.comments = comments.map((c) => c.blockNumber);
    for (const [i, comment] of comments.entries()) {
      assert.equal(eventsAbout(comment.events, api.events.tenders.CommentPosted, witnessedId).length, 1, `no CommentPosted for citizen ${i}`);
      assert.ok(findEvent(comment.events, api.events.skipFeelessPayment.FeeSkipped), `citizen ${i}'s comment was not feeless`);
      assert.ok(!findEvent(comment.events, api.events.transactionPayment.TransactionFeePaid), `citizen ${i} paid a fee`);
    }
    // A second comment by the same person is not feeless, and a citizen with nothing cannot pay
    // for it: refused before it reaches a block.
    await assert.rejects(
      send(api.tx.tenders.commentOnTender(witnessedId, docHash('comentario 0 bis')), citizens[0], 'a second comment'),
      /Inability to pay|Invalid Transaction|1010/,
    );
    // Their positions: both may land in one block, in either order.
    blocks.commentIndex = comments.map((c) => findEvent(c.events, api.events.tenders.CommentPosted).data.index.toNumber());
    assert.deepEqual([...blocks.commentIndex].sort(), [0, 1]);
    const answeredComment = blocks.commentIndex[0];

    // Sealed bids on the three tenders, one batch per supplier; the official answers the
    // question and citizen 0's comment while bidding is open.
    await waitBlock(schedule.enquiriesEnd - 1);
    const commitments = {};
    const ids = [tenderId, witnessedId, voidId];
    const [, , answers] = await Promise.all([
      ...['supplierA', 'supplierB'].map((name) =>
        send(
          api.tx.utility.batchAll(
            ids.map((id) => {
              commitments[`${id}/${name}`] = bidCommitment(api, id, accounts[name].address, bids[id][name]);
              return api.tx.tenders.submitBid(id, commitments[`${id}/${name}`]);
            }),
          ),
          accounts[name],
          `${name} bids on three tenders`,
        ),
      ),
      send(
        api.tx.utility.batchAll([
          api.tx.tenders.answerQuestion(tenderId, 0, docHash('respuesta 1')),
          api.tx.tenders.answerComment(witnessedId, answeredComment, docHash('respuesta al comentario 0')),
        ]),
        official,
        'the official answers the question and a comment',
      ),
    ]);
    blocks.commentAnswered = answers.blockNumber;
    for (const id of ids) {
      const stored = await api.query.tenders.bids(id);
      assert.equal(stored.length, 2);
      bidIndex[id] = {};
      stored.forEach((bid, index) => {
        const name = bid.bidder.toString() === supplierA.address ? 'supplierA' : 'supplierB';
        bidIndex[id][name] = index;
        assert.equal(bid.commitment.toHex(), commitments[`${id}/${name}`]);
        // The bid guarantee: 5% of the budget, 1 BMX per peso (at least 100 BMX).
        assert.equal(bid.deposit.toBigInt(), id === voidId ? 5_000n * UNIT : 60_000n * UNIT, `tender ${id}: guarantee`);
      });
    }

    // Reveals.
    await waitBlock(schedule.biddingEnd - 1);
    await Promise.all(
      ['supplierA', 'supplierB'].map((name) =>
        send(
          api.tx.utility.batchAll(
            ids.map((id) => {
              const { price, offers, proposal, salt } = bids[id][name];
              return api.tx.tenders.revealBid(id, price, offers, proposal, salt);
            }),
          ),
          accounts[name],
          `${name} reveals`,
        ),
      ),
    );

    // Citizens vote on tender 0 in secret: two for A, three for B. Anyone opens the vote (a
    // ballot of Guadalajara's residents among the revealed bids, in bid order); each citizen
    // votes with `bmx-ring vote`, a general transaction with no signer and no fee. They hold no
    // BMX at all.
    await publishedRing(api, { Municipality: { state: 'Jalisco', municipality: 39 } }, citizens.length);
    await waitBlock(schedule.scoreRevealEnd - 1);
    const opened = await send(api.tx.tenders.openCitizenVote(tenderId), accounts.Ferdie, 'open the citizen vote');
    const [voteOpened] = eventsAbout(opened.events, api.events.tenders.CitizenVoteOpened, tenderId);
    assert.ok(voteOpened, 'no CitizenVoteOpened event for tender 0');
    const ballot = voteOpened.data.ballot.toNumber();
    const openingFee = findEvent(opened.events, api.events.transactionPayment.TransactionFeePaid);
    assert.equal(openingFee?.data.actualFee.toBigInt() ?? 0n, 0n, 'opening the vote is free');
    const url = `http://127.0.0.1:${rpcPort}`;
    const vote = (citizen, choice) =>
      runRing(['vote', '--url', url, '--secret', citizen.secret, '--ballot', `${ballot}`, '--choice', `${choice}`, '--timeout', '60']);
    const noncesBefore = await Promise.all(citizens.map(async (c) => (await api.query.system.account(c.address)).nonce.toNumber()));
    // Both bids were revealed, so a bid's position among the revealed bids is its index.
    for (const [i, citizen] of citizens.entries()) {
      const choice = i < 2 ? bidIndex[tenderId].supplierA : bidIndex[tenderId].supplierB;
      const result = vote(citizen, choice);
      assert.equal(result.code, 0, `citizen ${i}: ${JSON.stringify(result.json)} ${result.stderr}`);
    }
    for (const [i, citizen] of citizens.entries()) {
      const { data, nonce } = await api.query.system.account(citizen.address);
      assert.equal(data.free.toBigInt(), 0n, 'a citizen holds no BMX');
      assert.equal(nonce.toNumber(), noncesBefore[i], 'a vote is signed by no account');
    }
    // A second vote is refused, whatever the choice.
    const again = vote(citizens[0], bidIndex[tenderId].supplierB);
    assert.equal(again.code, 1, JSON.stringify(again.json));
    assert.equal(again.json.refusal, 'AlreadyVoted');
    const tallies = (await api.query.secretBallots.tallies(ballot)).unwrap().map((n) => n.toNumber());
    assert.equal(tallies[bidIndex[tenderId].supplierA], 2);
    assert.equal(tallies[bidIndex[tenderId].supplierB], 3);

    // Awards. Tender 0: price 60% (A 1.0, B 0.9), citizens 40% (A 0.4, B 0.6): A 0.76, B 0.78;
    // B wins. Tender 1: price only, A wins. Tender 2: no eligible bid, void.
    await waitBlock(schedule.voteEnd - 1);
    const computed = await send(
      api.tx.utility.batchAll(ids.map((id) => api.tx.tenders.computeAward(id))),
      accounts.Ferdie,
      'compute the awards',
    );
    const [awarded] = eventsAbout(computed.events, api.events.tenders.AwardComputed, tenderId);
    assert.ok(awarded, 'no AwardComputed event for tender 0');
    assert.equal(awarded.data.winner.toString(), supplierB.address);
    assert.equal(awarded.data.total.toNumber(), 780_000_000);
    const [witnessedAward] = eventsAbout(computed.events, api.events.tenders.AwardComputed, witnessedId);
    assert.equal(witnessedAward?.data.winner.toString(), supplierA.address, 'tender 1: A does not win');
    const [deserted] = eventsAbout(computed.events, api.events.tenders.TenderDeserted, voidId);
    assert.ok(deserted, 'tender 2 was not declared void');
    assert.equal(deserted.data.reason.type, 'NoEligibleBid');
    assert.equal(deserted.data.depositsReleased.toNumber(), 2);
    const standings = (await api.query.tenders.awards(voidId)).unwrap().scores.map((s) => [s.bidder.toString(), s.standing.type]);
    assert.deepEqual(
      Object.fromEntries(standings),
      { [supplierA.address]: 'NotAcceptable', [supplierB.address]: 'NotConvenient' },
    );
    blocks.computed = computed.blockNumber;

    // The complaints windows pass without complaints; the awards become final: every bid
    // guarantee returns but the winners'.
    await waitBlock(schedule.complaintsEnd - 1);
    const finalised = await send(
      api.tx.utility.batchAll([api.tx.tenders.finaliseAward(tenderId), api.tx.tenders.finaliseAward(witnessedId)]),
      accounts.Ferdie,
      'finalise the awards',
    );
    blocks.finalised = finalised.blockNumber;
    const deposits = async (id) =>
      Object.fromEntries((await api.query.tenders.bids(id)).map((bid) => [bid.bidder.toString(), bid.deposit.toBigInt()]));
    assert.deepEqual(await deposits(witnessedId), { [supplierA.address]: 60_000n * UNIT, [supplierB.address]: 0n });

    // The official drafts both contracts; each winner has until its tender's deadline to sign.
    const contract = docHash('contrato');
    const firstDraft = docHash('contrato licitacion 1, proveedor A');
    const draftedAt = await head();
    await send(
      api.tx.utility.batchAll([
        api.tx.tenders.draftContract(tenderId, contract, [
          [docHash('entregable 1'), draftedAt + 60, 70_000_000n],
          [docHash('entregable 2'), draftedAt + 90, 30_000_000n],
        ]),
        api.tx.tenders.draftContract(witnessedId, firstDraft, [[docHash('entregable unico'), draftedAt + 120, 100_000_000n]]),
      ]),
      official,
      'draft the contracts',
    );
    const genesis = api.genesisHash.toHex();

    /** Both parties sign `document` with their e.firma, then sign the contract of `id`. */
    async function signBoth(id, document, supplier, holder) {
      const [officialAct, supplierAct] = await Promise.all([
        signingAct('persona', genesis, official.address, document, `Contrato de la licitacion ${id}`),
        signingAct(holder, genesis, supplier.address, document, `Contrato de la licitacion ${id}`),
      ]);
      await Promise.all([
        send(signCall(api, officialAct), official, `the official signs contract ${id} with e.firma`),
        send(signCall(api, supplierAct), supplier, `the supplier signs contract ${id} with e.firma`),
      ]);
      const signed = await Promise.all([
        send(api.tx.tenders.signContract(id), official, `the official signs contract ${id}`),
        send(api.tx.tenders.signContract(id), supplier, `the supplier signs contract ${id}`),
      ]);
      assert.ok(
        signed.some(({ events }) => eventsAbout(events, api.events.tenders.ContractActivated, id).length),
        `contract ${id} was not activated`,
      );
      return signed;
    }

    // Tender 0: both sign (the winner's performance guarantee, 10% of 1,000,000 MXN, is held and
    // its bid guarantee returned); both deliverables are accepted.
    const completeTender0 = async () => {
      const [, bySupplier] = await signBoth(tenderId, contract, supplierB, 'empresa');
      const [held] = eventsAbout(bySupplier.events, api.events.tenders.PerformanceGuaranteeHeld, tenderId);
      assert.equal(held?.data.amount.toBigInt(), 100_000n * UNIT, 'tender 0: performance guarantee');
      assert.deepEqual(await deposits(tenderId), { [supplierA.address]: 0n, [supplierB.address]: 0n });
      await send(api.tx.tenders.acceptDeliverable(tenderId, 0), official, 'accept deliverable 0');
      const completed = await send(api.tx.tenders.acceptDeliverable(tenderId, 1), official, 'accept deliverable 1');
      assert.ok(eventsAbout(completed.events, api.events.tenders.ContractCompleted, tenderId).length, 'the contract did not complete');
      const [released] = eventsAbout(completed.events, api.events.tenders.PerformanceGuaranteeReleased, tenderId);
      assert.equal(released?.data.amount.toBigInt(), 100_000n * UNIT, 'tender 0: performance guarantee not returned');
      return completed.blockNumber;
    };

    // Tender 1: the winner does not sign. Once the deadline has passed anyone settles it: A's
    // bid guarantee is forfeited and the contract passes to B (1,050,000 <= 1,000,000 + 10%),
    // which signs a new draft; then the social witness testifies.
    const passTender1 = async () => {
      await refused(send(api.tx.tenders.settleUnsignedContract(witnessedId), accounts.Ferdie, 'settle too early'), 'ContractSigningOpen');
      await waitBlock(witnessedSchedule.contractDeadline - 1);
      const settled = await send(api.tx.tenders.settleUnsignedContract(witnessedId), accounts.Ferdie, 'settle the unsigned contract');
      blocks.settled = settled.blockNumber;
      const [forfeited] = eventsAbout(settled.events, api.events.tenders.BidForfeited, witnessedId);
      assert.equal(forfeited?.data.bidder.toString(), supplierA.address, 'A\'s bid guarantee was not forfeited');
      assert.equal(forfeited.data.amount.toBigInt(), 60_000n * UNIT);
      const [passed] = eventsAbout(settled.events, api.events.tenders.AwardPassedToRunnerUp, witnessedId);
      assert.ok(passed, 'the contract did not pass to the runner-up');
      assert.equal(passed.data.from.toNumber(), bidIndex[witnessedId].supplierA);
      assert.equal(passed.data.to.toNumber(), bidIndex[witnessedId].supplierB);
      assert.equal(passed.data.winner.toString(), supplierB.address);
      assert.ok(passed.data.contractDeadline.toNumber() > settled.blockNumber + 1000, 'the runner-up has days to sign');
      const award = (await api.query.tenders.awards(witnessedId)).unwrap();
      assert.equal(award.passedOver.unwrap().toNumber(), bidIndex[witnessedId].supplierA);
      assert.equal(award.winner.unwrap().toNumber(), bidIndex[witnessedId].supplierB);
      assert.ok((await api.query.tenders.contracts(witnessedId)).isNone, 'the unsigned draft is gone');

      const secondDraft = docHash('contrato licitacion 1, proveedor B');
      const now = await head();
      await send(
        api.tx.tenders.draftContract(witnessedId, secondDraft, [[docHash('entregable unico B'), now + 120, 105_000_000n]]),
        official,
        'draft the contract for the runner-up',
      );
      const [, bySupplier] = await signBoth(witnessedId, secondDraft, supplierB, 'empresa');
      blocks.runnerUpSigned = bySupplier.blockNumber;
      const [held] = eventsAbout(bySupplier.events, api.events.tenders.PerformanceGuaranteeHeld, witnessedId);
      assert.equal(held?.data.amount.toBigInt(), 105_000n * UNIT, 'tender 1: performance guarantee');
      assert.equal((await api.query.tenders.contracts(witnessedId)).unwrap().guarantee.toBigInt(), 105_000n * UNIT);

      const testified = await send(
        api.tx.tenders.fileTestimony(witnessedId, docHash('testimonio del testigo social')),
        witness,
        'the social witness testifies',
      );
      assert.equal(eventsAbout(testified.events, api.events.tenders.TestimonyFiled, witnessedId).length, 1);
      blocks.testimony = testified.blockNumber;
      return testified.blockNumber;
    };

    const [completedAt, testifiedAt] = await Promise.all([completeTender0(), passTender1()]);
    blocks.completed = completedAt;
    blocks.last = Math.max(completedAt, testifiedAt);
  });

  it('exports every tender as a release package valid against the OCDS 1.1.5 schema with our extension merged in', async () => {
    assert.ok(blocks.last, 'an earlier step failed: the tenders did not run');
    // The exporter reads the finalized head by default.
    await waitForBlock(api, blocks.last, { finalized: true, node, timeoutMs: 60_000 });
    const { code, stdout, stderr } = await runExporter([
      '--rpc', `ws://127.0.0.1:${rpcPort}`, '--out', outDir,
      '--ocid-prefix', OCID_PREFIX, '--publisher', 'Secretaria Anticorrupcion y Buen Gobierno',
    ]);
    assert.equal(code, 0, `exporter failed (${code}):\n${stderr}`);
    const files = fs.readdirSync(outDir).sort();
    assert.deepEqual(files, [0, 1, 2, 3].map((id) => `${OCID_PREFIX}-bmx-tender-${id}.json`));
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

  /** The date of block `block` as the chain recorded it. */
  const timestampOf = async (block) =>
    new Date((await api.query.timestamp.now.at(await api.rpc.chain.getBlockHash(block))).toNumber()).toISOString();
  const releaseOf = (id) => {
    const pkg = packages[`${OCID_PREFIX}-bmx-tender-${id}`];
    assert.ok(pkg, `no package for tender ${id}`);
    return pkg.releases[0];
  };
  const bidOf = (release, name) => release.bids.details.find((d) => d.tenderers[0].id === accounts[name].address);

  it('maps the completed tender: parties, budget, items, bids, guarantees, award, contract', async () => {
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
    assert.equal(tender.statusDetails, undefined);
    assert.equal(tender.procurementMethod, 'open');
    assert.equal(tender.awardCriteria, 'ratedCriteria');
    assert.equal(tender.title, 'Guantes y mantenimiento 2026');
    assert.deepEqual(tender.value, { amount: 1_200_000, currency: 'MXN' });
    assert.deepEqual(tender.bmxReferencePrice, { amount: 1_000_000, currency: 'MXN' });
    assert.deepEqual(tender.bmxPriceRules, {
      ceilingMargin: 0.1, ceiling: { amount: 1_100_000, currency: 'MXN' }, convenientPriceShare: 0.6, runnerUpMargin: 0.1,
    });
    assert.deepEqual(tender.bmxGuaranteeTerms, {
      bidGuarantee: {
        shareOfBudget: 0.05,
        minimum: { amount: '100', token: 'BMX' },
        value: { amount: 60_000, currency: 'MXN' },
        hold: { amount: '60000', token: 'BMX' },
      },
      performanceGuarantee: { shareOfContractValue: 0.1 },
    });
    assert.equal(tender.items.length, 2);
    assert.equal(tender.items[0].quantity, 100);
    assert.deepEqual(tender.items[0].unit, { scheme: 'UNCEFACT', id: 'H87', name: 'piece' });
    // CUCoP keys, named from the on-chain catalogue.
    const catalogueName = async (code) => new TextDecoder().decode((await api.query.procurementCatalogue.codes(code)).unwrap().name.toU8a(true));
    assert.deepEqual(tender.items[0].classification, { scheme: 'CUCoP', id: `${GLOVES}`, description: await catalogueName(GLOVES) });
    assert.equal(tender.items[0].classification.description, 'Guantes de nitrilo desechables');
    assert.deepEqual(tender.items[1].classification, { scheme: 'CUCoP', id: `${MAINTENANCE}`, description: await catalogueName(MAINTENANCE) });
    assert.equal(tender.items[1].unit.id, 'E48');
    assert.equal(tender.numberOfTenderers, 2);
    assert.deepEqual(tender.bmxAwardWeights, { price: 0.6, technical: 0, citizen: 0.4 });
    assert.equal(tender.bmxEnquiries.length, 1);
    assert.equal(tender.bmxEnquiries[0].author.id, supplierA.address);
    assert.equal(tender.bmxEnquiries[0].question, docHash('pregunta 1'));
    assert.equal(tender.bmxEnquiries[0].answer, docHash('respuesta 1'));
    assert.deepEqual(tender.bmxComments, []);
    assert.deepEqual(tender.bmxSocialWitnesses, []);

    // Phase boundaries as dates: past ones are the blocks' own timestamps.
    assert.equal(tender.enquiryPeriod.startDate, await timestampOf(publishedAt));
    assert.equal(tender.enquiryPeriod.endDate, await timestampOf(schedule.enquiriesEnd));
    assert.equal(tender.tenderPeriod.startDate, await timestampOf(schedule.enquiriesEnd));
    assert.equal(tender.tenderPeriod.endDate, await timestampOf(schedule.biddingEnd));
    assert.equal(tender.awardPeriod.endDate, await timestampOf(schedule.complaintsEnd));
    assert.equal(tender.bmxSchedule.biddingEnd.estimated, false);
    assert.ok(tender.tenderPeriod.startDate < tender.tenderPeriod.endDate);

    // Bids (bid extension) with the per-bid evaluation and bid guarantee.
    assert.equal(release.bids.details.length, 2);
    const a = bidOf(release, 'supplierA');
    const bBid = bidOf(release, 'supplierB');
    assert.deepEqual(a.value, { amount: 900_000, currency: 'MXN' });
    assert.deepEqual(bBid.value, { amount: 1_000_000, currency: 'MXN' });
    assert.equal(a.status, 'valid');
    assert.equal(bBid.status, 'valid');
    assert.equal(a.statusDetails, undefined);
    assert.deepEqual(
      { ...a.bmxEvaluation, technicalScores: undefined },
      { votes: 2, technicalScores: undefined, standing: 'Eligible', priceScore: 1, technicalScore: 0, citizenScore: 0.4, total: 0.76, winner: false, passedOver: false },
    );
    assert.deepEqual(
      { ...bBid.bmxEvaluation, technicalScores: undefined },
      { votes: 3, technicalScores: undefined, standing: 'Eligible', priceScore: 0.9, technicalScore: 0, citizenScore: 0.6, total: 0.78, winner: true, passedOver: false },
    );
    assert.deepEqual(a.bmxEvaluation.technicalScores, []);
    // A's guarantee returned when the award became final; B's, the winner's, when it signed.
    for (const [bid, name] of [[a, 'supplierA'], [bBid, 'supplierB']]) {
      assert.deepEqual(
        { ...bid.bmxGuarantee, date: undefined, period: undefined },
        {
          id: `${bid.id}-guarantee`, type: 'chainHold', obligations: 'bidSecurity', value: { amount: 60_000, currency: 'MXN' },
          guarantor: { id: accounts[name].address, name: accounts[name].address }, date: undefined, period: undefined,
          bmxStatus: 'returned', bmxHold: { reason: 'BidGuarantee', amount: '60000', token: 'BMX' },
        },
      );
      assert.equal(bid.bmxGuarantee.date, bid.date);
      assert.equal(bid.bmxGuarantee.period.startDate, bid.date);
    }
    assert.equal(a.bmxGuarantee.period.endDate, await timestampOf(blocks.finalised));
    assert.ok(bBid.bmxGuarantee.period.endDate > a.bmxGuarantee.period.endDate, 'the winner\'s guarantee returned at its signature');
    const stat = (measure) => release.bids.statistics.find((s) => s.measure === measure)?.value;
    assert.equal(stat('bids'), 2);
    assert.equal(stat('validBids'), 2);
    assert.equal(stat('disqualifiedBids'), 0);
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

    // Contract: completed (OCDS "terminated"), every deliverable met, its performance guarantee
    // returned.
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
    assert.equal(contract.guarantees.length, 1);
    const [performance] = contract.guarantees;
    assert.equal(performance.obligations, 'fulfillment');
    assert.equal(performance.bmxStatus, 'returned');
    assert.deepEqual(performance.value, { amount: 100_000, currency: 'MXN' });
    assert.deepEqual(performance.bmxHold, { reason: 'PerformanceGuarantee', amount: '100000', token: 'BMX' });
    assert.deepEqual(performance.guarantor, { id: supplierB.address, name: supplierB.address });
    assert.equal(performance.date, bBid.bmxGuarantee.period.endDate, 'held when the bid guarantee returned: at the signature');
    assert.equal(performance.period.endDate, await timestampOf(blocks.completed));
    // The release date is the block of the last change (the last deliverable's acceptance).
    assert.equal(release.date, await timestampOf(blocks.completed));
  });

  it('maps the tender passed to the runner-up: guarantees, social witness and testimony, comments, two awards', async () => {
    const release = releaseOf(witnessedId);
    const { supplierA, supplierB, witness } = accounts;
    assert.deepEqual(release.tag, ['contract']);
    const { tender } = release;
    assert.equal(tender.status, 'complete');
    assert.deepEqual(tender.bmxReferencePrice, { amount: 1_100_000, currency: 'MXN' });
    assert.deepEqual(tender.items.map((i) => i.classification.id), [`${MAINTENANCE}`]);

    // The social witness: a party, its assignment, and its testimony among the tender's documents.
    const witnessParty = release.parties.find((p) => p.id === witness.address);
    assert.ok(witnessParty, 'the social witness is not a party');
    assert.deepEqual(witnessParty.roles, ['socialWitness']);
    assert.deepEqual(witnessParty.identifier, { scheme: 'X-BMX-ACCOUNT', id: witness.address });
    const testimonyId = `${release.ocid}-testimony-0`;
    assert.deepEqual(tender.bmxSocialWitnesses, [{
      witness: { id: witness.address, name: witness.address },
      assignedDate: await timestampOf(blocks.witnessAssigned),
      testimonyID: testimonyId,
    }]);
    const testimony = tender.documents.find((d) => d.id === testimonyId);
    assert.ok(testimony, 'no testimony document');
    assert.equal(testimony.documentType, 'socialWitnessTestimony');
    assert.equal(testimony.datePublished, await timestampOf(blocks.testimony));
    assert.ok(testimony.description.includes(docHash('testimonio del testigo social')), testimony.description);

    // Citizens' comments in their order on chain, without their authors; citizen 0's answered.
    const expected = [];
    expected[blocks.commentIndex[0]] = {
      document: docHash('comentario 0'), date: await timestampOf(blocks.comments[0]),
      answer: docHash('respuesta al comentario 0'), answered: true, dateAnswered: await timestampOf(blocks.commentAnswered),
    };
    expected[blocks.commentIndex[1]] = {
      document: docHash('comentario 1'), date: await timestampOf(blocks.comments[1]), answer: null, answered: false,
    };
    assert.deepEqual(tender.bmxComments, expected.map((comment, i) => ({ id: `${release.ocid}-comment-${i}`, ...comment })));
    for (const citizen of accounts.citizens) {
      assert.ok(!JSON.stringify(release).includes(citizen.address), 'a citizen is named');
    }

    // Bids: A, ranked first, lost its bid guarantee for not signing; B's returned when the first
    // award became final.
    const a = bidOf(release, 'supplierA');
    const bBid = bidOf(release, 'supplierB');
    assert.equal(a.status, 'valid');
    assert.match(a.statusDetails, /did not sign/);
    assert.equal(a.bmxForfeited, true);
    assert.equal(a.bmxGuarantee.bmxStatus, 'forfeited');
    assert.deepEqual(a.bmxGuarantee.value, { amount: 60_000, currency: 'MXN' });
    assert.equal(a.bmxGuarantee.period.endDate, await timestampOf(blocks.settled));
    assert.deepEqual([a.bmxEvaluation.passedOver, a.bmxEvaluation.winner], [true, false]);
    assert.equal(bBid.bmxForfeited, false);
    assert.equal(bBid.bmxGuarantee.bmxStatus, 'returned');
    assert.equal(bBid.bmxGuarantee.period.endDate, await timestampOf(blocks.finalised));
    assert.deepEqual([bBid.bmxEvaluation.passedOver, bBid.bmxEvaluation.winner], [false, true]);
    assert.deepEqual(
      Object.fromEntries(release.parties.map((p) => [p.id, [...p.roles].sort()])),
      {
        [release.buyer.id]: ['buyer', 'procuringEntity'],
        [supplierA.address]: ['supplier', 'tenderer'],
        [supplierB.address]: ['supplier', 'tenderer'],
        [witness.address]: ['socialWitness'],
      },
    );

    // Two awards: the first cancelled, the second to the runner-up, dated when it passed.
    assert.equal(release.awards.length, 2);
    const [first, second] = release.awards;
    assert.equal(first.status, 'cancelled');
    assert.match(first.statusDetails, /did not sign/);
    assert.deepEqual(first.suppliers, [{ id: supplierA.address, name: supplierA.address }]);
    assert.equal(first.relatedBid, a.id);
    assert.deepEqual(first.value, { amount: 1_000_000, currency: 'MXN' });
    assert.equal(first.date, await timestampOf(blocks.computed));
    assert.equal(second.status, 'active');
    assert.equal(second.id, `${first.id}-runner-up`);
    assert.equal(second.bmxPassedFrom, first.id);
    assert.deepEqual(second.suppliers, [{ id: supplierB.address, name: supplierB.address }]);
    assert.equal(second.relatedBid, bBid.id);
    assert.deepEqual(second.value, { amount: 1_050_000, currency: 'MXN' });
    assert.equal(second.date, await timestampOf(blocks.settled));

    // The contract, with the runner-up, in force; its performance guarantee held since it signed.
    assert.equal(release.contracts.length, 1);
    const [contract] = release.contracts;
    assert.equal(contract.awardID, second.id);
    assert.equal(contract.status, 'active');
    assert.deepEqual(contract.value, { amount: 1_050_000, currency: 'MXN' });
    assert.ok(contract.documents[0].description.includes(docHash('contrato licitacion 1, proveedor B')));
    const [performance] = contract.guarantees;
    assert.equal(performance.bmxStatus, 'held');
    assert.deepEqual(performance.value, { amount: 105_000, currency: 'MXN' });
    assert.deepEqual(performance.bmxHold, { reason: 'PerformanceGuarantee', amount: '105000', token: 'BMX' });
    assert.equal(performance.date, await timestampOf(blocks.runnerUpSigned));
    assert.equal(release.date, await timestampOf(blocks.testimony));
  });

  it('maps the void tender: unsuccessful with its reason, disqualified bids', async () => {
    const release = releaseOf(voidId);
    assert.deepEqual(release.tag, ['award']);
    const { tender } = release;
    assert.equal(tender.status, 'unsuccessful');
    assert.equal(tender.bmxDesertReason, 'NoEligibleBid');
    assert.match(tender.statusDetails, /NoEligibleBid/);
    assert.equal(tender.bmxDesertedDate, await timestampOf(blocks.computed));
    assert.deepEqual(tender.bmxPriceRules.ceiling, { amount: 88_000, currency: 'MXN' });
    assert.equal(release.awards.length, 1);
    assert.equal(release.awards[0].status, 'unsuccessful');
    assert.equal(release.awards[0].suppliers, undefined);
    assert.equal(release.contracts, undefined);
    const a = bidOf(release, 'supplierA');
    const bBid = bidOf(release, 'supplierB');
    assert.deepEqual([a.status, bBid.status], ['disqualified', 'disqualified']);
    assert.deepEqual([a.bmxEvaluation.standing, bBid.bmxEvaluation.standing], ['NotAcceptable', 'NotConvenient']);
    assert.match(a.statusDetails, /no aceptable/);
    assert.match(bBid.statusDetails, /no conveniente/);
    assert.deepEqual(bBid.value, { amount: 0, currency: 'MXN' });
    for (const bid of [a, bBid]) {
      assert.equal(bid.bmxGuarantee.bmxStatus, 'returned');
      assert.deepEqual(bid.bmxGuarantee.value, { amount: 5_000, currency: 'MXN' });
      assert.equal(bid.bmxGuarantee.period.endDate, await timestampOf(blocks.computed));
    }
    const stat = (measure) => release.bids.statistics.find((s) => s.measure === measure)?.value;
    assert.equal(stat('validBids'), 0);
    assert.equal(stat('disqualifiedBids'), 2);
    assert.equal(stat('lowestValidBidValue'), undefined);
    assert.ok(!release.parties.some((p) => p.roles.includes('supplier')));
  });

  it('maps the cancelled tender', () => {
    const release = releaseOf(cancelledId);
    assert.deepEqual(release.tag, ['tenderCancellation']);
    assert.equal(release.tender.status, 'cancelled');
    assert.equal(release.bids, undefined);
    assert.equal(release.awards, undefined);
    assert.equal(release.tender.numberOfTenderers, 0);
    assert.ok(release.tender.bmxCancelledDate, 'no cancellation date');
  });

  it('writes a single tender to stdout, same release', async () => {
    const { code, stdout, stderr } = await runExporter([
      '--rpc', `ws://127.0.0.1:${rpcPort}`, '--tender', `${witnessedId}`, '--ocid-prefix', OCID_PREFIX,
    ]);
    assert.equal(code, 0, stderr);
    const pkg = JSON.parse(stdout);
    assertValidPackage(validate, pkg, 'stdout package');
    assert.equal(pkg.publisher.name, 'Blockchain MX');
    const [release] = pkg.releases;
    const written = releaseOf(witnessedId);
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
    assert.match(stderr, /unknown tender id 99 .*tender ids on chain: 0 to 3/);
  });

  it('fails with exit code 1 on bad flags', async () => {
    for (const args of [
      ['--rpc', `ws://127.0.0.1:${rpcPort}`, '--bogus'],
      ['--rpc', `http://127.0.0.1:${rpcPort}`],
      ['--rpc', `ws://127.0.0.1:${rpcPort}`, '--tender', 'x'],
      ['--rpc', `ws://127.0.0.1:${rpcPort}`, '--ocid-prefix', 'ocds-TOO-LONG'],
      ['--tender', '0'],
      // Four tenders and no --out: stdout takes one.
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
  const C = '5HGjWAeFDfFCWPsjFQdVV2Msvz2XtMktvgocEZcCj68kUMaw';
  const hash = (n) => `0x${String(n).padStart(64, '0')}`;
  const BMX = 10n ** 12n;
  const base = () => ({
    tenderId: 7,
    tender: {
      buyerUnit: 2,
      title: 'Medicamentos',
      description: hash(1),
      budget: '50000000',
      referencePrice: '45000000',
      partidas: [{ description: hash(2), quantity: '10', unit: 'KGM', cucop: 25401001, requirements: [] }],
      weights: { price: 500_000_000, technical: 300_000_000, citizen: 200_000_000 },
      scope: { kind: 'Federal' },
      schedule: {
        enquiriesEnd: 110, biddingEnd: 120, revealEnd: 130, evaluationEnd: 140,
        scoreRevealEnd: 150, voteEnd: 160, complaintsEnd: 170, contractDeadline: 200,
      },
      status: 'Draft',
      desertReason: null,
      publishedAt: null,
      amendments: 0,
      bidCount: 0,
      commentCount: 0,
    },
    buyerUnit: { id: 2, name: 'IMSS', officials: [A] },
    suppliers: {},
    enquiries: [],
    bids: [],
    evaluations: [],
    award: null,
    complaints: [],
    contract: null,
    socialWitnesses: [],
    comments: [],
    catalogue: { 25401001: { name: 'Guantes de nitrilo desechables', status: 'Active' } },
    rules: {
      bidGuarantee: 50_000_000,
      minBidGuarantee: `${100n * BMX}`,
      performanceGuarantee: 100_000_000,
      priceCeilingMargin: 100_000_000,
      convenientPriceShare: 600_000_000,
      runnerUpMargin: 100_000_000,
      token: { symbol: 'BMX', decimals: 12 },
    },
    history: { lastChangeBlock: null, deliverableSettledBlocks: [], bidGuarantees: [], commentAnsweredBlocks: [] },
    blockTimes: {},
    snapshot: { blockNumber: 100, blockHash: hash(3), timestamp: Date.UTC(2026, 0, 1), blockTimeMs: 6000, genesisHash: hash(4) },
  });
  const offer = (price) => ({ price, partidaOffers: [price], proposal: hash(5), revealedAt: 125 });
  const bid = (bidder, price, { deposit = '0', forfeited = false, votes = 0, submittedAt = 111 } = {}) => ({
    bidder, commitment: hash(6), submittedAt, deposit, offer: price == null ? null : offer(price), forfeited, votes,
  });
  const score = (bidIndex, bidder, price, standing, total = 0) => ({
    bidIndex, bidder, price, standing, priceScore: standing === 'Eligible' ? 1_000_000_000 : 0,
    technicalScore: 0, votes: 0, citizenScore: 0, total,
  });
  /** A tender awarded to A's 400,000 MXN bid, B's 430,000 MXN the runner-up, at block 250. */
  const awarded = () => {
    const data = base();
    data.snapshot.blockNumber = 250;
    data.tender.status = 'AwardFinal';
    data.tender.publishedAt = 101;
    data.bids = [bid(A, '40000000'), bid(B, '43000000', { submittedAt: 112 })];
    data.award = {
      scores: [score(0, A, '40000000', 'Eligible', 500_000_000), score(1, B, '43000000', 'Eligible', 465_000_000)],
      winner: 0, passedOver: null, totalVotes: 0, evaluators: 0, computedAt: 161, isFinal: true,
    };
    return data;
  };

  it('the schema check rejects what OCDS and our extension do not allow', () => {
    // The release schema is really applied through the package's $ref: a closed codelist value
    // and a missing required field fail.
    const pkg = tenderToReleasePackage(awarded());
    assertValidPackage(validate, pkg, 'awarded');
    const bad = structuredClone(pkg);
    bad.releases[0].tender.status = 'completed';
    delete bad.releases[0].initiationType;
    assert.equal(validate(bad), false);
    let paths = validate.errors.map((e) => `${e.instancePath} ${e.keyword}`);
    assert.ok(paths.includes('/releases/0/tender/status enum'), paths.join('\n'));
    assert.ok(paths.includes('/releases/0 required'), paths.join('\n'));
    // Our extension is merged in: its types, enums and closed objects are checked.
    const ours = structuredClone(pkg);
    const [detail] = ours.releases[0].bids.details;
    detail.bmxGuarantee.bmxStatus = 'lost';
    detail.bmxEvaluation.rank = 1;
    ours.releases[0].tender.bmxReferencePrice.amount = '450000';
    ours.releases[0].tender.bmxComments = [{ id: 'x', document: 'not a hash', date: 'yesterday', answer: null, answered: false }];
    assert.equal(validate(ours), false);
    paths = validate.errors.map((e) => `${e.instancePath} ${e.keyword}`);
    for (const expected of [
      '/releases/0/bids/details/0/bmxGuarantee/bmxStatus enum',
      '/releases/0/bids/details/0/bmxEvaluation additionalProperties',
      '/releases/0/tender/bmxReferencePrice/amount type',
      '/releases/0/tender/bmxComments/0/document pattern',
      '/releases/0/tender/bmxComments/0/date format',
    ]) {
      assert.ok(paths.includes(expected), `${expected} not reported:\n${paths.join('\n')}`);
    }
    // A field that neither the core schema nor our extension declares is found.
    const undeclared = structuredClone(pkg);
    undeclared.releases[0].tender.bmxSurprise = 1;
    undeclared.releases[0].awards[0].suppliers[0].bmxNote = 'x';
    assert.equal(validate(undeclared), true, 'JSON Schema lets additional fields through');
    assert.deepEqual(
      undeclaredFields(validate.releaseSchema, undeclared.releases[0], validate.releaseSchema, ''),
      ['/tender/bmxSurprise', '/awards/0/suppliers/0/bmxNote'],
    );
  });

  it('a draft is a planning release with estimated dates, its partida classified by CUCoP', () => {
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
    assert.deepEqual(release.tender.items[0].classification, { scheme: 'CUCoP', id: '25401001', description: 'Guantes de nitrilo desechables' });
    assert.deepEqual(release.tender.bmxReferencePrice, { amount: 450_000, currency: 'MXN' });
    assert.deepEqual(release.tender.bmxPriceRules.ceiling, { amount: 495_000, currency: 'MXN' });
    // 5% of 500,000 MXN is 25,000 BMX.
    assert.deepEqual(release.tender.bmxGuaranteeTerms.bidGuarantee.hold, { amount: '25000', token: 'BMX' });
    assert.equal(release.date, '2026-01-01T00:00:00.000Z');
    // A key the catalogue does not hold keeps its id, without a description.
    const unknown = base();
    unknown.catalogue = {};
    const [item] = tenderToReleasePackage(unknown).releases[0].tender.items;
    assert.deepEqual(item.classification, { scheme: 'CUCoP', id: '25401001' });
  });

  it('the minimum bid guarantee applies to a small budget', () => {
    const data = base();
    data.tender.budget = '100000'; // 1,000 MXN: 5% is 50 BMX, under the 100 BMX minimum
    const { bidGuarantee } = tenderToReleasePackage(data).releases[0].tender.bmxGuaranteeTerms;
    assert.deepEqual(bidGuarantee.hold, { amount: '100', token: 'BMX' });
    assert.deepEqual(bidGuarantee.value, { amount: 100, currency: 'MXN' });
  });

  it('a tender with no eligible bid is void, its bids disqualified with their standing, an unrevealed one withdrawn', () => {
    const data = base();
    data.snapshot.blockNumber = 180;
    data.tender.status = 'Deserted';
    data.tender.desertReason = 'NoEligibleBid';
    data.tender.publishedAt = 101;
    data.bids = [
      bid(A, '49000000', { votes: 1 }),
      bid(B, null, { forfeited: true, submittedAt: 112 }),
      bid(C, '1', { submittedAt: 113 }),
    ];
    data.evaluations = [{ scores: [80, 0] }, { scores: null }];
    data.award = {
      scores: [
        { ...score(0, A, '49000000', 'NotAcceptable', 440_000_000), technicalScore: 800_000_000, votes: 1, citizenScore: 1_000_000_000 },
        score(2, C, '1', 'NotConvenient'),
      ],
      winner: null, passedOver: null, totalVotes: 1, evaluators: 1, computedAt: 161, isFinal: true,
    };
    data.history.desertedBlock = 161;
    data.history.bidGuarantees = [
      { held: `${25_000n * BMX}`, settledBlock: 161 },
      { held: `${25_000n * BMX}`, settledBlock: 161 },
      { held: null, settledBlock: null },
    ];
    const pkg = tenderToReleasePackage(data);
    assertValidPackage(validate, pkg, 'void');
    const [release] = pkg.releases;
    assert.deepEqual(release.tag, ['award']);
    assert.equal(release.tender.status, 'unsuccessful');
    assert.equal(release.tender.bmxDesertReason, 'NoEligibleBid');
    assert.match(release.tender.statusDetails, /^Desierta \(NoEligibleBid\)/);
    assert.equal(release.awards[0].status, 'unsuccessful');
    assert.equal(release.awards[0].suppliers, undefined);
    assert.deepEqual(release.bids.details.map((d) => d.status), ['disqualified', 'withdrawn', 'disqualified']);
    assert.deepEqual(release.bids.details.map((d) => d.bmxEvaluation?.standing), ['NotAcceptable', undefined, 'NotConvenient']);
    assert.match(release.bids.details[0].statusDetails, /no aceptable/);
    assert.match(release.bids.details[1].statusDetails, /Not revealed/);
    assert.match(release.bids.details[2].statusDetails, /no conveniente/);
    assert.deepEqual(release.bids.details.map((d) => d.bmxGuarantee.bmxStatus), ['returned', 'forfeited', 'returned']);
    // Unknown settlement: the period stays open; the amount, unknown, is computed from the rules.
    assert.equal(release.bids.details[2].bmxGuarantee.period.endDate, undefined);
    assert.equal(release.bids.details[2].bmxGuarantee.bmxHold.amount, '25000');
    assert.deepEqual(release.bids.details[0].bmxEvaluation.technicalScores, [80]);
    assert.equal(release.bids.details[0].bmxEvaluation.technicalScore, 0.8);
    assert.ok(!release.parties.some((p) => p.roles.includes('supplier')));
  });

  it('a winner that does not sign, with no runner-up within the margin, leaves the tender void and its award cancelled', () => {
    const data = awarded();
    data.tender.status = 'Deserted';
    data.tender.desertReason = 'WinnerDidNotSign';
    data.bids[0].forfeited = true;
    data.history.desertedBlock = 205;
    const pkg = tenderToReleasePackage(data);
    assertValidPackage(validate, pkg, 'winner did not sign');
    const [release] = pkg.releases;
    assert.deepEqual(release.tag, ['awardCancellation']);
    assert.equal(release.tender.status, 'unsuccessful');
    assert.match(release.tender.statusDetails, /WinnerDidNotSign/);
    assert.equal(release.awards.length, 1);
    assert.equal(release.awards[0].status, 'cancelled');
    assert.deepEqual(release.awards[0].suppliers, [{ id: A, name: A }]);
    assert.equal(release.bids.details[0].bmxGuarantee.bmxStatus, 'forfeited');
    assert.equal(release.bids.details[0].status, 'valid');
    assert.match(release.bids.details[0].statusDetails, /did not sign/);
    // Block 205, 45 blocks of 6 s before the snapshot's block 250.
    assert.equal(release.tender.bmxDesertedDate, '2025-12-31T23:55:30.000Z');
  });

  it('an award passed to the runner-up waits for its signature; if it does not sign either, both awards are cancelled', () => {
    const data = awarded();
    data.award.passedOver = 0;
    data.award.winner = 1;
    data.bids[0].forfeited = true;
    data.history.awardPassedBlock = 205;
    data.contract = {
      supplier: B, document: hash(8), value: '43000000',
      deliverables: [{ description: hash(9), due: 300, amount: '43000000', status: 'Pending' }],
      buyerSignatory: null, supplierSigned: false, guarantee: '0', status: 'Drafted',
    };
    let pkg = tenderToReleasePackage(data);
    assertValidPackage(validate, pkg, 'passed to the runner-up');
    let [release] = pkg.releases;
    assert.deepEqual(release.tag, ['contract']);
    assert.deepEqual(release.awards.map((a) => a.status), ['cancelled', 'active']);
    assert.deepEqual(release.awards.map((a) => a.suppliers[0].id), [A, B]);
    assert.equal(release.contracts[0].awardID, release.awards[1].id);
    const [performance] = release.contracts[0].guarantees;
    // Not held before the supplier signs: 10% of 430,000 MXN, due.
    assert.equal(performance.bmxStatus, 'pending');
    assert.deepEqual(performance.value, { amount: 43_000, currency: 'MXN' });
    assert.equal(performance.date, undefined);
    assert.deepEqual(
      Object.fromEntries(release.parties.map((p) => [p.id, p.roles])),
      { [release.buyer.id]: ['buyer', 'procuringEntity'], [A]: ['tenderer', 'supplier'], [B]: ['tenderer', 'supplier'] },
    );

    data.tender.status = 'Deserted';
    data.tender.desertReason = 'RunnerUpDidNotSign';
    data.contract = null;
    data.bids[1].forfeited = true;
    pkg = tenderToReleasePackage(data);
    assertValidPackage(validate, pkg, 'runner-up did not sign');
    [release] = pkg.releases;
    assert.deepEqual(release.awards.map((a) => a.status), ['cancelled', 'cancelled']);
    assert.match(release.awards[1].statusDetails, /RunnerUpDidNotSign/);
    assert.match(release.tender.statusDetails, /RunnerUpDidNotSign/);
    assert.equal(release.contracts, undefined);
  });

  it('a buyer that does not sign leaves the tender void and the award cancelled', () => {
    const data = awarded();
    data.tender.status = 'Deserted';
    data.tender.desertReason = 'BuyerDidNotSign';
    const pkg = tenderToReleasePackage(data);
    assertValidPackage(validate, pkg, 'buyer did not sign');
    const [release] = pkg.releases;
    assert.equal(release.awards[0].status, 'cancelled');
    assert.match(release.awards[0].statusDetails, /BuyerDidNotSign/);
    assert.deepEqual(release.bids.details.map((d) => d.bmxGuarantee.bmxStatus), ['returned', 'returned']);
  });

  it('a failed contract is terminated with unmet milestones and its performance guarantee forfeited', () => {
    const data = awarded();
    data.award.scores = [data.award.scores[0]];
    data.bids = [data.bids[0]];
    data.contract = {
      supplier: A, document: hash(8), value: '40000000',
      deliverables: [
        { description: hash(9), due: 220, amount: '10000000', status: 'Accepted' },
        { description: hash(10), due: 230, amount: '30000000', status: 'Overdue' },
        { description: hash(11), due: 300, amount: '0', status: 'Pending' },
      ],
      buyerSignatory: B, supplierSigned: true, guarantee: '0', status: 'Failed',
    };
    data.history.supplierSignedBlock = 190;
    data.history.contractEndedBlock = 240;
    data.history.performanceGuaranteeHeld = `${40_000n * BMX}`;
    const pkg = tenderToReleasePackage(data, { uri: 'https://example.org/ocds/x.json', publisher: 'SABG' });
    assertValidPackage(validate, pkg, 'failed contract');
    const [release] = pkg.releases;
    assert.equal(pkg.uri, 'https://example.org/ocds/x.json');
    assert.deepEqual(release.tag, ['implementation', 'contractTermination']);
    assert.equal(release.contracts[0].status, 'terminated');
    assert.equal(release.contracts[0].bmxStatus, 'Failed');
    assert.deepEqual(release.contracts[0].implementation.milestones.map((m) => m.status), ['met', 'notMet', 'scheduled']);
    assert.equal(release.contracts[0].dateSigned, undefined, 'no signing block known: no dateSigned');
    const [performance] = release.contracts[0].guarantees;
    assert.equal(performance.bmxStatus, 'forfeited');
    assert.deepEqual(performance.value, { amount: 40_000, currency: 'MXN' });
    // Held from the supplier's signature (block 190) to the failure (block 240), 6 s a block
    // before the snapshot's block 250.
    assert.deepEqual(performance.period, { startDate: '2025-12-31T23:54:00.000Z', endDate: '2025-12-31T23:59:00.000Z' });
  });

  it('social witnesses are parties, their testimonies tender documents; comments do not name their authors', () => {
    const data = awarded();
    data.socialWitnesses = [
      { witness: C, assignedAt: 105, testimony: { document: hash(12), filedAt: 200 } },
      { witness: B, assignedAt: 106, testimony: null },
    ];
    data.comments = [
      { author: A, document: hash(13), postedAt: 107, answer: hash(14) },
      { author: C, document: hash(15), postedAt: 108, answer: null },
    ];
    data.history.commentAnsweredBlocks = [109, null];
    const pkg = tenderToReleasePackage(data);
    assertValidPackage(validate, pkg, 'witnesses and comments');
    const [release] = pkg.releases;
    const roles = Object.fromEntries(release.parties.map((p) => [p.id, p.roles]));
    assert.deepEqual(roles[C], ['socialWitness']);
    assert.deepEqual(roles[B], ['tenderer', 'socialWitness']);
    assert.deepEqual(release.tender.bmxSocialWitnesses.map((w) => w.testimonyID), [`${release.ocid}-testimony-0`, null]);
    const testimony = release.tender.documents.find((d) => d.documentType === 'socialWitnessTestimony');
    assert.ok(testimony.description.includes(hash(12)));
    assert.equal(release.tender.documents.length, 2);
    assert.deepEqual(release.tender.bmxComments.map((c) => [c.answered, c.dateAnswered !== undefined]), [[true, true], [false, false]]);
    assert.ok(!JSON.stringify(release.tender.bmxComments).includes(A), 'a comment names its author');
  });
});
