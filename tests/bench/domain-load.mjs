// The domain calls people will send in bursts, prepared for `bmx-throughput run --transactions`
// (issue 19, point 2; run by `scripts/bench-network.sh --domain`):
//
//   node bench/domain-load.mjs --url ws://127.0.0.1:9944 --call bid|endorse|vote --out FILE
//                              [--count N]
//
// 1. Set-up, not measured, through the same calls the end-to-end journeys make, from the
//    development accounts of the `dev` and `local` presets (Alice funds, One is RENAPO, Two is
//    SAT, Ferdie accredits, the Executive Council decides):
//    - `bid`: 50 suppliers (MaxBidsPerTender) verified by SAT, registered and approved by an
//      Executive decision, and N / 50 tenders created and published by one buyer unit, whose
//      bidding window then opens;
//    - `endorse`: a warehouse authorised by a RUCAM authority, with an officer who issues N
//      certificates of deposit, four to each of N / 4 verified persons;
//    - `vote`: N citizens of Guadalajara (at most 767, one ring) verified by RENAPO, each with a
//      member key registered from its own unfunded account; the chain builds their ring and an
//      electoral official opens a participatory budget.
//    The suppliers (senders 0..49) and the holders (senders 50 on) are `bmx-throughput`'s
//    funded senders (the same keys: a mini secret of blake2-256("bmx-throughput sender " ++
//    index as u32 LE)), so the network must start from a spec made by `bmx-throughput
//    fund-spec` with enough senders; a sender holding nothing is refused before anything is
//    sent. Bid guarantees are held in BMX (100 each):
//    fund the senders with at least 100 BMX per tender (`fund-spec --balance`).
// 2. The load, signed here and sent by `bmx-throughput`: N `tenders.submit_bid` sealed
//    commitments (every supplier bids on every tender), N `depositCertificates
//    .endorse_certificate` (each holder endorses its four certificates to the next holder), or
//    N secret votes (`secretBallots.cast_secret_vote`, a general transaction with a ring proof
//    and no signer, made by `bmx-ring vote --dry-run`, two at a time). Signed transactions are
//    immortal with explicit nonces, ordered so that each signer's nonces go out in order.
//    FILE gets the JSON list of hex extrinsics.

import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { bnToU8a, stringToU8a, u8aConcat } from '@polkadot/util';
import { blake2AsU8a, cryptoWaitReady, randomAsHex } from '@polkadot/util-crypto';
import { submit, waitForBlock } from '../lib/chain.mjs';
import { devSeatKeys, executiveDecision } from '../lib/governance.mjs';
import { tempDir } from '../lib/node.mjs';
import { publishedRing, runRing, runRingAsync } from '../lib/ring.mjs';
import { bidCommitment, buyerUnitAndApprovals, docHash } from '../lib/tenders.mjs';

const UNIT = 10n ** 12n;
const SUPPLIERS = 50; // runtime `configs::tenders::MaxBidsPerTender`
const CERTIFICATES_EACH = 4;
const MAX_RING = 767; // runtime `configs::anonymity::MaxRingSize`
const BATCH = 250; // calls per set-up batch
const CREDENTIAL = { warehouseOfficer: 2, rucamAuthority: 4, electoralOfficial: 11 };
const GUADALAJARA = { state: 'Jalisco', municipality: 39 };
const GLOVES = 25401001; // a CUCoP code of the development catalogue

const { values: args } = parseArgs({
  options: {
    url: { type: 'string', default: 'ws://127.0.0.1:9944' },
    call: { type: 'string' },
    count: { type: 'string' },
    out: { type: 'string' },
  },
});
const defaults = { bid: 8000, endorse: 12000, vote: 300 };
const call = args.call;
const count = Number(args.count ?? defaults[call]);
function usage(problem) {
  console.error(`domain-load: ${problem}\nusage: node bench/domain-load.mjs --url WS --call bid|endorse|vote --out FILE [--count N]`);
  process.exit(2);
}
if (!(call in defaults)) usage('--call must be bid, endorse or vote');
if (!args.out) usage('--out is needed');
if (!Number.isInteger(count) || count < 1) usage('--count must be a positive whole number');
if (call === 'bid' && count % SUPPLIERS) usage(`--count for bids must be a multiple of ${SUPPLIERS} (bidders per tender)`);
if (call === 'endorse' && count % CERTIFICATES_EACH) usage(`--count for endorsements must be a multiple of ${CERTIFICATES_EACH}`);
if (call === 'vote' && count > MAX_RING) usage(`--count for votes is at most ${MAX_RING} (one ring)`);

const log = (text) => console.error(`domain-load: ${text}`);
await cryptoWaitReady();
const api = await ApiPromise.create({ provider: new WsProvider(args.url), noInitWarn: true });
const keyring = new Keyring({ type: 'sr25519', ss58Format: 5252 });
const dev = (name) => keyring.addFromUri(`//${name}`);
const actor = (name) => keyring.addFromUri(`//Bench//${name}`);
/** `bmx-throughput`'s sender `index` (tools/bmx-throughput/src/spec.rs). */
const sender = (index) =>
  keyring.addFromSeed(blake2AsU8a(u8aConcat(stringToU8a('bmx-throughput sender '), bnToU8a(index, { bitLength: 32, isLe: true })), 256));
const head = async () => (await api.rpc.chain.getHeader()).number.toNumber();
const send = (tx, signer, label) => submit(api, tx, signer, { label, timeoutMs: 180_000 });

/** Sends `calls` from `signer` in batches of BATCH, all at once with consecutive nonces. */
async function batches(calls, signer, label) {
  const first = (await api.rpc.system.accountNextIndex(signer.address)).toNumber();
  const sent = [];
  for (let i = 0; i < calls.length; i += BATCH) {
    sent.push(submit(api, api.tx.utility.batchAll(calls.slice(i, i + BATCH)), signer, {
      label: `${label} (${i}..${Math.min(i + BATCH, calls.length)})`, timeoutMs: 300_000, nonce: first + i / BATCH,
    }));
  }
  return Promise.all(sent);
}

/** Fails unless every one of `pairs` holds a balance (the network's spec funded them). */
async function ensureFunded(pairs, atLeast) {
  const accounts = await api.query.system.account.multi(pairs.map((p) => p.address));
  const poor = accounts.findIndex((a) => a.data.free.toBigInt() < atLeast);
  if (poor >= 0) {
    throw new Error(`a sender (the ${poor + 1}th needed) holds less than ${atLeast / UNIT} BMX: start the network from a spec made by ` +
      `\`bmx-throughput fund-spec --senders ${pairs.length} --balance ${atLeast * 2n}\` (or more)`);
  }
}

/** Signs `tx` for `pair` with `nonce`, immortal; the hex extrinsic. */
async function signed(tx, pair, nonce) {
  return (await tx.signAsync(pair, { nonce, era: 0 })).toHex();
}

async function nonces(pairs) {
  return Promise.all(pairs.map(async (p) => (await api.rpc.system.accountNextIndex(p.address)).toNumber()));
}

/** Verifies `pairs` as adults of Guadalajara (RENAPO) or as organisations (SAT). */
const verifyPersons = (pairs, label) => batches(
  pairs.map((p) => api.tx.digitalIdentity.verifyPerson(p.address, randomAsHex(32), { National: GUADALAJARA }, 'Adult')),
  dev('One'), label);
const verifyOrganisations = (pairs, label) => batches(
  pairs.map((p) => api.tx.digitalIdentity.verifyOrganisation(p.address, randomAsHex(32), [])),
  dev('Two'), label);

async function fund(pairs, amount) {
  await send(api.tx.utility.batchAll(pairs.map((p) => api.tx.balances.transferKeepAlive(p.address, amount))), dev('Alice'), 'fund the set-up actors');
}

async function prepareBids() {
  const tenders = count / SUPPLIERS;
  const suppliers = Array.from({ length: SUPPLIERS }, (_, i) => sender(i));
  await ensureFunded(suppliers, BigInt(tenders + 1) * 100n * UNIT);
  const official = actor('official');
  await fund([official], 10_000n * UNIT);
  await Promise.all([
    verifyOrganisations(suppliers, 'SAT verifies the suppliers'),
    verifyPersons([official], 'RENAPO verifies the official'),
  ]);
  await Promise.all(suppliers.map((s, i) => send(api.tx.tenders.registerSupplier(docHash(`expediente ${i}`)), s, `supplier ${i} registers`)));
  const unit = (await api.query.tenders.nextBuyerUnitId()).toNumber();
  const approvals = Object.fromEntries(suppliers.map((s, i) => [`${i}`, s]));
  await executiveDecision(api, buyerUnitAndApprovals(api, 'Unidad compradora de carga', [official], approvals), await devSeatKeys(), {
    label: 'register the buyer unit and approve the suppliers',
  });
  log(`buyer unit ${unit} registered, ${SUPPLIERS} suppliers approved`);

  // Bidding opens a few blocks after the tenders are published and stays open an hour.
  const first = (await api.query.tenders.nextTenderId()).toNumber();
  const b = await head();
  const opens = b + 8 + Math.ceil(tenders / 40);
  const schedule = {
    enquiriesEnd: opens, biddingEnd: opens + 600, revealEnd: opens + 610, evaluationEnd: opens + 620,
    scoreRevealEnd: opens + 630, voteEnd: opens + 640, complaintsEnd: opens + 650, contractDeadline: opens + 700,
  };
  const partidas = [{ description: docHash('partida 1: guantes'), quantity: 100, unit: stringToU8a('H87'), cucop: GLOVES, requirements: [] }];
  const priceOnly = { price: 1_000_000_000, technical: 0, citizen: 0 };
  const calls = [];
  for (let t = 0; t < tenders; t += 1) {
    calls.push(
      // 2,000.00 MXN: the bid guarantee is the 100 BMX minimum.
      api.tx.tenders.createTender(unit, `Licitacion de carga ${t}`, docHash(`convocatoria ${t}`), 200_000n, 150_000n,
        partidas, priceOnly, 'Federal', schedule),
      api.tx.tenders.publishTender(first + t),
    );
  }
  await batches(calls, official, 'create and publish the tenders');
  log(`tenders ${first}..${first + tenders - 1} published; bidding opens at block ${opens}`);

  const base = await nonces(suppliers);
  const signedBids = [];
  for (let t = 0; t < tenders; t += 1) {
    for (const [i, s] of suppliers.entries()) {
      const commitment = bidCommitment(api, first + t, s.address, {
        price: 150_000n, offers: [150_000n], proposal: docHash(`propuesta ${t}/${i}`), salt: randomAsHex(32),
      });
      signedBids.push(await signed(api.tx.tenders.submitBid(first + t, commitment), s, base[i] + t));
    }
  }
  await waitForBlock(api, opens, { timeoutMs: 600_000 });
  return signedBids;
}

async function prepareEndorsements() {
  // After the suppliers' senders: an account is a person or an organisation, not both.
  const holders = Array.from({ length: count / CERTIFICATES_EACH }, (_, i) => sender(SUPPLIERS + i));
  await ensureFunded(holders, UNIT);
  const [rucam, warehouse, officer] = ['rucam', 'warehouse', 'officer'].map(actor);
  await fund([rucam, warehouse, officer], 10_000n * UNIT);
  await Promise.all([
    verifyPersons([officer, ...holders], 'RENAPO verifies the officer and the holders'),
    verifyOrganisations([rucam, warehouse], 'SAT verifies the RUCAM authority and the warehouse'),
  ]);
  await send(api.tx.utility.batchAll([
    api.tx.digitalIdentity.issueCredential(rucam.address, CREDENTIAL.rucamAuthority, null),
    api.tx.digitalIdentity.issueCredential(officer.address, CREDENTIAL.warehouseOfficer, null),
  ]), dev('Ferdie'), 'the RUCAM and officer credentials');
  await send(api.tx.depositCertificates.authoriseWarehouse(warehouse.address, docHash('oficio de autorizacion')), rucam, 'authorise the warehouse');
  await send(api.tx.depositCertificates.addOfficer(warehouse.address, officer.address), warehouse, 'add the officer');
  const expiresAt = (await head()) + 100_000;
  const issue = [];
  for (let folio = 1; folio <= count; folio += 1) {
    const goods = {
      description: docHash('10 t de maiz blanco'), quantity: 10n, unit: 'Tonne', lot: docHash(`lote ${folio}`),
      declaredValue: 5_500_000_00n, location: GUADALAJARA, insurance: docHash('poliza 1'),
    };
    const holder = holders[Math.floor((folio - 1) / CERTIFICATES_EACH)];
    issue.push(api.tx.depositCertificates.issueCertificate(warehouse.address, folio, holder.address, goods, true, expiresAt));
  }
  await batches(issue, officer, 'the officer issues the certificates');
  log(`${count} certificates issued to ${holders.length} holders`);

  const base = await nonces(holders);
  const endorsements = [];
  for (let k = 0; k < CERTIFICATES_EACH; k += 1) {
    for (const [h, holder] of holders.entries()) {
      const folio = h * CERTIFICATES_EACH + k + 1;
      const next = holders[(h + 1) % holders.length];
      endorsements.push(await signed(api.tx.depositCertificates.endorseCertificate(warehouse.address, folio, next.address), holder, base[h] + k));
    }
  }
  return endorsements;
}

async function prepareVotes() {
  const dir = tempDir('bmx-domain-load-');
  const url = args.url.replace(/^ws/, 'http');
  const citizens = Array.from({ length: count }, (_, i) => ({ pair: actor(`citizen${i}`), secret: path.join(dir, `citizen${i}.secret`) }));
  const official = actor('electoral');
  await fund([official], 1_000n * UNIT);
  await verifyPersons([official, ...citizens.map((c) => c.pair)], 'RENAPO verifies the citizens');
  await send(api.tx.digitalIdentity.issueCredential(official.address, CREDENTIAL.electoralOfficial, null), dev('Ferdie'), 'the electoral-official credential');
  for (let i = 0; i < citizens.length; i += 50) {
    await Promise.all(citizens.slice(i, i + 50).map(async (c, j) => {
      const made = runRing(['keygen', '--out', c.secret]);
      if (made.code !== 0) throw new Error(`bmx-ring keygen: ${made.stderr}`);
      const possession = runRing(['possession', '--secret', c.secret, '--account', c.pair.address, '--url', url]);
      if (possession.code !== 0) throw new Error(`bmx-ring possession: ${possession.stderr}`);
      await send(api.tx.anonymityRings.registerMemberKey(made.json.member, possession.json.possession), c.pair, `citizen ${i + j} registers`);
    }));
  }
  await publishedRing(api, { Municipality: GUADALAJARA }, count, { timeoutMs: 600_000 });
  log(`Guadalajara's ring holds the ${count} citizens`);
  const b = await head();
  const options = [docHash('Luminarias'), docHash('Rampa'), docHash('Huerto')].map((label) => ({ label, amountCentavos: 400_000_00n }));
  await send(api.tx.secretBallots.openBallot({ Municipality: GUADALAJARA }, { Budget: { budgetCentavos: 800_000_00n } }, options, 1, b + 2, b + 2000), official, 'open the budget');
  const ballot = (await api.query.secretBallots.nextBallotId()).toNumber() - 1;
  await waitForBlock(api, b + 2);
  const votes = new Array(count);
  let next = 0;
  const prover = async () => {
    while (next < count) {
      const i = next;
      next += 1;
      const made = await runRingAsync(['vote', '--url', url, '--secret', citizens[i].secret, '--ballot', `${ballot}`, '--choice', `${i % 3}`, '--dry-run'], { timeoutMs: 300_000 });
      if (made.code !== 0 || !made.json.extrinsic) throw new Error(`bmx-ring vote --dry-run for citizen ${i}: ${JSON.stringify(made.json)} ${made.stderr}`);
      votes[i] = made.json.extrinsic;
    }
  };
  await Promise.all([prover(), prover()]);
  fs.rmSync(dir, { recursive: true, force: true });
  log(`${count} votes proved for ballot ${ballot}`);
  return votes;
}

try {
  const started = Date.now();
  const prepared = await { bid: prepareBids, endorse: prepareEndorsements, vote: prepareVotes }[call]();
  fs.writeFileSync(args.out, JSON.stringify(prepared));
  log(`${prepared.length} ${call} transactions in ${args.out} (set-up and signing took ${Math.round((Date.now() - started) / 1000)} s)`);
} catch (error) {
  console.error(`domain-load: ${error.message}`);
  process.exitCode = 1;
} finally {
  await api.disconnect();
}
