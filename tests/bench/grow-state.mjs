// A large state for measuring how costs grow with it (issue 19, point 7; run by
// `scripts/bench-network.sh --state-persons P --state-bids B --state-certificates C`):
//
//   node bench/grow-state.mjs --url ws://127.0.0.1:9944 --out FILE
//                             [--persons P] [--bids B] [--certificates C]
//
// The chain at --url is a model: a small chain on which tests/bench/domain-load.mjs has made
// the real things through the real calls (verified persons, one tender's sealed bids,
// certificates of deposit). This script reads one of each from its storage and writes to FILE
// P, B and C copies of it under fresh keys, one `0xKEY 0xVALUE` a line, for
// `bmx-throughput add-raw` to put into a raw spec's genesis. A copy is the model's storage
// entries with the model's identifiers replaced, in the keys and in the values:
//   - a verified person: `DigitalIdentity::Persons[account]` and `PersonKeys[person key]`, with
//     a new account and a new person key (each the blake2-256 of a label and the index);
//   - bids: the model tender's `Tenders::Tenders[id]` and its list of sealed bids
//     `Tenders::Bids[id]` (MaxBidsPerTender of them), under new tender ids from 1,000,000 on: B
//     bids are B / 50 tenders of 50;
//   - a certificate: `DepositCertificates::Certificates[(warehouse, folio)]`, its `History` and
//     its `LiveLots[lot]`, with a new folio (from 10^12 on) and a new lot.
// The copies have the sizes and the key shapes of the real entries, so the trie grows as it
// would; they are not what the calls would have made in every detail (the copied persons have
// no balance, the copied tenders no schedule, the copied certificates share their model's
// holder), and the pallets' counters do not count them. Nothing on the chain at --url changes.

import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { bnToU8a, compactFromU8a, hexToU8a, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, cryptoWaitReady, xxhashAsU8a } from '@polkadot/util-crypto';

const FIRST_TENDER = 1_000_000;
const FIRST_FOLIO = 10n ** 12n;

const { values: args } = parseArgs({
  options: {
    url: { type: 'string', default: 'ws://127.0.0.1:9944' },
    out: { type: 'string' },
    persons: { type: 'string', default: '0' },
    bids: { type: 'string', default: '0' },
    certificates: { type: 'string', default: '0' },
  },
});
function usage(problem) {
  console.error(`grow-state: ${problem}\nusage: node bench/grow-state.mjs --url WS --out FILE [--persons P] [--bids B] [--certificates C]`);
  process.exit(2);
}
const wanted = {};
for (const kind of ['persons', 'bids', 'certificates']) {
  wanted[kind] = Number(args[kind]);
  if (!Number.isSafeInteger(wanted[kind]) || wanted[kind] < 0) usage(`--${kind} must be a whole number`);
}
if (!args.out) usage('--out is needed');
if (wanted.persons + wanted.bids + wanted.certificates === 0) usage('nothing to make: give --persons, --bids or --certificates');

const log = (text) => console.error(`grow-state: ${text}`);
await cryptoWaitReady();
const provider = new WsProvider(args.url);
const api = await ApiPromise.create({ provider, noInitWarn: true });

const label = (text, index) => blake2AsU8a(u8aConcat(stringToU8a(`bmx-grow ${text} `), bnToU8a(index, { bitLength: 64, isLe: true })), 256);
const blake2Concat = (bytes) => u8aConcat(blake2AsU8a(bytes, 128), bytes);
const twoxConcat = (bytes) => u8aConcat(xxhashAsU8a(bytes, 64), bytes);
const prefixOf = (entry) => hexToU8a(entry.keyPrefix());
async function keysUnder(entry, most = 1000) {
  return (await api.rpc.state.getKeysPaged(entry.keyPrefix(), most)).map((k) => hexToU8a(k.toHex()));
}
async function rawValue(key) {
  const value = await provider.send('state_getStorage', [u8aToHex(key)]);
  if (!value) throw new Error(`no value at ${u8aToHex(key)}`);
  return hexToU8a(value);
}
/** `bytes` with every occurrence of `from` (32 bytes) replaced by `to`; fails if there is none. */
function replaced(bytes, from, to, what) {
  const out = bytes.slice();
  let found = 0;
  for (let i = 0; i + from.length <= out.length; i += 1) {
    if (from.every((b, j) => out[i + j] === b)) {
      out.set(to, i);
      found += 1;
      i += from.length - 1;
    }
  }
  if (!found) throw new Error(`the model's ${what} does not hold the identifier it should`);
  return out;
}

const stream = fs.createWriteStream(args.out);
async function write(key, value) {
  if (!stream.write(`${u8aToHex(key)} ${u8aToHex(value)}\n`)) await new Promise((resolve) => stream.once('drain', resolve));
}

async function persons(count) {
  const persons = api.query.digitalIdentity.persons;
  const personKeys = api.query.digitalIdentity.personKeys;
  const [key] = await keysUnder(persons, 1);
  if (!key) throw new Error('the model chain has no verified person (run domain-load.mjs --call endorse on it)');
  const account = key.slice(48, 80);
  const person = await rawValue(key);
  const personKey = person.slice(0, 32); // Person { key, .. }
  const bound = await rawValue(u8aConcat(prefixOf(personKeys), blake2Concat(personKey)));
  for (let i = 0; i < count; i += 1) {
    const [newAccount, newKey] = [label('person account', i), label('person key', i)];
    await write(u8aConcat(prefixOf(persons), blake2Concat(newAccount)), replaced(person, personKey, newKey, 'person'));
    await write(u8aConcat(prefixOf(personKeys), blake2Concat(newKey)), replaced(bound, account, newAccount, 'person key'));
  }
  return 2 * count;
}

async function bids(count) {
  const tenders = api.query.tenders.tenders;
  const bidLists = api.query.tenders.bids;
  let model = null;
  for (const key of await keysUnder(bidLists)) {
    const list = await rawValue(key);
    const [, length] = compactFromU8a(list);
    if (!model || length.toNumber() > model.length) model = { key, list, length: length.toNumber() };
  }
  if (!model || model.length === 0) throw new Error('the model chain has no sealed bid (run domain-load.mjs --call bid on it and send its bids)');
  const id = model.key.slice(32 + 8); // Twox64Concat(TenderId)
  const tender = await rawValue(u8aConcat(prefixOf(tenders), twoxConcat(id)));
  const tenderCount = Math.ceil(count / model.length);
  for (let j = 0; j < tenderCount; j += 1) {
    const newId = bnToU8a(FIRST_TENDER + j, { bitLength: id.length * 8, isLe: true });
    await write(u8aConcat(prefixOf(tenders), twoxConcat(newId)), tender);
    await write(u8aConcat(prefixOf(bidLists), twoxConcat(newId)), model.list);
  }
  log(`${tenderCount} tenders of ${model.length} sealed bids each`);
  return 2 * tenderCount;
}

async function certificates(count) {
  const certificateMap = api.query.depositCertificates.certificates;
  const history = api.query.depositCertificates.history;
  const liveLots = api.query.depositCertificates.liveLots;
  // A live certificate: its (warehouse, folio) is some lot's value.
  const lots = new Map();
  for (const lotKey of await keysUnder(liveLots)) lots.set(u8aToHex(await rawValue(lotKey)), lotKey.slice(48, 80));
  // Blake2_128Concat(warehouse) ++ Blake2_128Concat(folio: u64).
  const key = (await keysUnder(certificateMap)).find((k) => lots.has(u8aToHex(u8aConcat(k.slice(48, 80), k.slice(96, 104)))));
  if (!key) throw new Error('the model chain has no live certificate of deposit (run domain-load.mjs --call endorse on it)');
  const warehouse = key.slice(48, 80);
  const lot = lots.get(u8aToHex(u8aConcat(warehouse, key.slice(96, 104))));
  const certificate = await rawValue(key);
  const events = await rawValue(u8aConcat(prefixOf(history), key.slice(32)));
  for (let i = 0; i < count; i += 1) {
    const newFolio = bnToU8a(FIRST_FOLIO + BigInt(i), { bitLength: 64, isLe: true });
    const newLot = label('lot', i);
    const at = u8aConcat(blake2Concat(warehouse), blake2Concat(newFolio));
    await write(u8aConcat(prefixOf(certificateMap), at), replaced(certificate, lot, newLot, 'certificate'));
    await write(u8aConcat(prefixOf(history), at), events);
    await write(u8aConcat(prefixOf(liveLots), blake2Concat(newLot)), u8aConcat(warehouse, newFolio));
  }
  return 3 * count;
}

try {
  const started = Date.now();
  let entries = 0;
  if (wanted.persons) entries += await persons(wanted.persons);
  if (wanted.bids) entries += await bids(wanted.bids);
  if (wanted.certificates) entries += await certificates(wanted.certificates);
  await new Promise((resolve, reject) => stream.end((error) => (error ? reject(error) : resolve())));
  log(`${entries} entries (${wanted.persons} persons, ${wanted.bids} bids, ${wanted.certificates} certificates) ` +
    `in ${args.out}, ${Math.round((Date.now() - started) / 1000)} s`);
} catch (error) {
  console.error(`grow-state: ${error.message}`);
  stream.destroy();
  fs.rmSync(args.out, { force: true });
  process.exitCode = 1;
} finally {
  await api.disconnect();
}
