// What the verification page reads for each kind of paper, from a "reader" of finalized storage:
// the light client (`chain/light.js`: every value proven against a finalized header) or, when
// there is none, the node (`nodeReader`: its word, unverified). Keys are computed with the
// metadata (`api.query.<section>.<item>.key(...)`, pure computation) and raw values decoded
// with the storage item's own value type, so both readers give the same records.
import { entryNumberOfKey } from './helpers.js';

/** How many of the latest certificates of freedom of encumbrances a folio's page looks through. */
const RECENT_CERTIFICATES = 200;

/**
 * The node as a reader: what its RPC says at its latest finalized block, unverified.
 * Same interface as the light client's `storage` and `keys`.
 */
export function nodeReader(api) {
  // `.raw`: the JSON-RPC result as the node sent it (hex or null), as the light client gives it.
  return {
    verified: false,
    async storage(keys, { at } = {}) {
      let head = at;
      if (!head) {
        const blockHash = (await api.rpc.chain.getFinalizedHead()).toHex();
        const header = await api.rpc.chain.getHeader(blockHash);
        head = { blockHash, blockNumber: header.number.toNumber() };
      }
      const values = {};
      await Promise.all(keys.map(async (key) => {
        values[key] = (await api.rpc.state.getStorage.raw(key, head.blockHash)) ?? null;
      }));
      return { ...head, values };
    },
    async keys(prefix, { at }) {
      const found = [];
      let start = null;
      for (;;) {
        const page = (await api.rpc.state.getKeysPaged.raw(prefix, 1000, start, at.blockHash)).map(String);
        found.push(...page);
        if (page.length < 1000) return found;
        start = page[page.length - 1];
      }
    },
  };
}

/** The type name of a storage item's value (`api.query.x.y`), from the metadata. */
export function valueTypeOf(api, item) {
  const { type } = item.creator.meta;
  return api.registry.createLookupType(type.isPlain ? type.asPlain : type.asMap.value);
}

/**
 * A raw storage value decoded as the item's value type; an absent value is `null` for an
 * optional item (it does not exist) and the item's default otherwise.
 */
export function decodeValue(api, item, hex) {
  const { modifier, fallback } = item.creator.meta;
  if (hex == null) return modifier.isOptional ? null : api.registry.createType(valueTypeOf(api, item), fallback);
  return api.registry.createType(valueTypeOf(api, item), hex);
}

/**
 * Reads `items` (`{ name: [storageItem, ...keyArgs] }`) through `reader`, at `at` when given;
 * resolves with `{ head: { blockHash, blockNumber }, values: { name: decoded } }`.
 */
async function readItems(api, reader, items, options = {}) {
  const keys = Object.fromEntries(Object.entries(items).map(([name, [item, ...args]]) => [name, item.key(...args)]));
  const read = await reader.storage([...new Set(Object.values(keys))], options);
  const values = Object.fromEntries(
    Object.entries(items).map(([name, [item]]) => [name, decodeValue(api, item, read.values[keys[name]])]),
  );
  return { head: { blockHash: read.blockHash, blockNumber: read.blockNumber }, values };
}

/**
 * A certificate of deposit, by warehouse and folio: `{ found, certificate, history, warehouse }`
 * (Codecs), read at one finalized block.
 */
async function depositCertificate(api, reader, { warehouse, folio }, options) {
  const q = api.query.depositCertificates;
  const { head, values } = await readItems(api, reader, {
    certificate: [q.certificates, warehouse, folio],
    history: [q.history, warehouse, folio],
    warehouse: [q.warehouses, warehouse],
  }, options);
  return { head, found: values.certificate !== null, ...values };
}

/**
 * A folio real: `{ found, folio, notice, pending, entries: [[number, entry]], certificates:
 * [[id, certificate]], entriesListedBy: 'light' | 'node' }`. The folio, its notice and pending
 * queue and every entry are read by exact key; the list of its entries' numbers is proven by the
 * light client when it can list keys, else it is the node's (each entry is still proven); its
 * certificates are looked for by the node among the latest ones, then proven one by one.
 */
async function propertyFolio(api, reader, { id }, options) {
  const q = api.query.propertyRegistry;
  const first = await readItems(api, reader, {
    folio: [q.folios, id],
    notice: [q.notices, id],
    pending: [q.pending, id],
  }, options);
  const { head } = first;
  if (first.values.folio === null) return { head, found: false };

  const prefix = q.entries.keyPrefix(id);
  let entryKeys;
  let entriesListedBy = reader.verified ? 'light' : 'node';
  try {
    entryKeys = await reader.keys(prefix, { at: head });
  } catch {
    entriesListedBy = 'node';
    entryKeys = await nodeReader(api).keys(prefix, { at: head });
  }
  const numbers = entryKeys.map(entryNumberOfKey).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  // The certificates of this folio among the latest ones, as the node finds them.
  const candidates = await certificatesOfFolio(api, id);

  const items = {};
  numbers.forEach((n) => (items[`e${n}`] = [q.entries, id, n]));
  candidates.forEach((c) => (items[`c${c}`] = [q.certificates, c]));
  const second = Object.keys(items).length ? await readItems(api, reader, items, { at: head }) : { values: {} };
  const entries = numbers
    .map((n) => [n, second.values[`e${n}`]])
    .filter(([, entry]) => entry !== null);
  const certificates = candidates
    .map((c) => [c, second.values[`c${c}`]])
    .filter(([, certificate]) => certificate !== null && certificate.folio.toBigInt() === BigInt(id));
  return { head, found: true, ...first.values, entries, certificates, entriesListedBy };
}

/** The ids of the certificates of `folio` among the latest `RECENT_CERTIFICATES`, by the node. */
async function certificatesOfFolio(api, folio) {
  try {
    const next = (await api.query.propertyRegistry.nextCertificateId()).toBigInt();
    const ids = [];
    for (let id = next - 1n; id >= 0n && ids.length < RECENT_CERTIFICATES; id -= 1n) ids.push(id);
    if (ids.length === 0) return [];
    const records = await api.query.propertyRegistry.certificates.multi(ids);
    return ids.filter((id, i) => records[i].isSome && records[i].unwrap().folio.toBigInt() === BigInt(folio)).reverse();
  } catch {
    return [];
  }
}

/** A certificate of freedom (or existence) of encumbrances: `{ found, certificate, folio }`. */
async function propertyCertificate(api, reader, { id }, options) {
  const q = api.query.propertyRegistry;
  const first = await readItems(api, reader, { certificate: [q.certificates, id] }, options);
  if (first.values.certificate === null) return { head: first.head, found: false };
  const folioId = first.values.certificate.folio;
  const second = await readItems(api, reader, { folio: [q.folios, folioId] }, { at: first.head });
  return { head: first.head, found: true, certificate: first.values.certificate, folio: second.values.folio, folioId: folioId.toBigInt() };
}

/**
 * A grant's whole history: `{ found, grantId, grant, verifications, payments, program,
 * property, application: [id, application] | null }`.
 */
async function grantHistory(api, reader, { id }, options) {
  const q = api.query.reforestationSubsidies;
  const first = await readItems(api, reader, {
    grant: [q.grants, id],
    verifications: [q.verifications, id],
    payments: [q.payments, id],
  }, options);
  const { head } = first;
  if (first.values.grant === null) return { head, found: false };
  const { grant } = first.values;
  const second = await readItems(api, reader, {
    program: [q.programs, grant.program],
    property: [q.properties, grant.property],
    applications: [q.applicationsOfProperty, grant.property],
  }, { at: head });
  // The application approved into this grant: among the property's applications.
  const ids = second.values.applications.map((a) => a.toNumber());
  let application = null;
  if (ids.length) {
    const third = await readItems(api, reader, Object.fromEntries(ids.map((a) => [`a${a}`, [q.applications, a]])), { at: head });
    for (const a of ids) {
      const record = third.values[`a${a}`];
      if (record?.status.isApproved && record.status.asApproved.toNumber() === Number(id)) application = [a, record];
    }
  }
  return {
    head, found: true, grantId: Number(id), grant, verifications: first.values.verifications,
    payments: first.values.payments, program: second.values.program, property: second.values.property, application,
  };
}

/** An application and, once approved, its grant's history: `{ found, applicationId, application, program, property, grant… }`. */
async function applicationHistory(api, reader, { id }, options) {
  const q = api.query.reforestationSubsidies;
  const first = await readItems(api, reader, { application: [q.applications, id] }, options);
  const { head } = first;
  if (first.values.application === null) return { head, found: false };
  const { application } = first.values;
  const items = {
    program: [q.programs, application.program],
    property: [q.properties, application.property],
  };
  const grantId = application.status.isApproved ? application.status.asApproved.toNumber() : null;
  if (grantId !== null) {
    items.grant = [q.grants, grantId];
    items.verifications = [q.verifications, grantId];
    items.payments = [q.payments, grantId];
  }
  const second = await readItems(api, reader, items, { at: head });
  return {
    head, found: true, applicationId: Number(id), application: [Number(id), application], grantId, ...second.values,
  };
}

const LOOKUPS = {
  deposito: depositCertificate,
  folio: propertyFolio,
  libertad: propertyCertificate,
  apoyo: grantHistory,
  solicitud: applicationHistory,
};

/**
 * What `reader` finds for `target` (`parseVerifyTarget`), read at one finalized block:
 * `{ head: { blockHash, blockNumber }, found, ... }`. A light client answers at the latest block
 * it proved final, which may trail the node's by a few blocks: when it finds nothing there and
 * `options.atLeast` (the node's finalized head when the lookup began) is ahead, it waits until it
 * reaches that block and reads again (`options.onWait(block)` hears it), so that a record the
 * node already finalized is not called absent.
 */
export async function lookup(api, reader, target, { atLeast = 0, onWait = () => {} } = {}) {
  const run = LOOKUPS[target.kind];
  if (!run) throw new Error(`unknown kind ${target.kind}`);
  const once = async (options) => {
    try {
      return await run(api, reader, target, options);
    } catch (error) {
      // The block left the light client's window between two reads: once more, from the start.
      if (!reader.verified) throw error;
      return run(api, reader, target, options);
    }
  };
  const result = await once({});
  if (result.found || !reader.verified || result.head.blockNumber >= atLeast) return result;
  onWait(atLeast);
  return once({ atLeast });
}
