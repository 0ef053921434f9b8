// The pure reckoning behind the network and governance screens: who authored a block, how the
// validators group by collective, whether a motion is valid and carried, which terms end soon,
// which reports are overdue, how a call's arguments read. No chain access here: the screens read
// the chain and hand plain values (or @polkadot/api codecs, read by duck typing) to these
// functions, which the unit tests in `portal/test/network-*.test.mjs` check.

const LOCALES = { es: 'es-MX', en: 'en-US' };

/** The Aura slot a pre-runtime digest carries: a little-endian u64, as a BigInt. */
export function auraSlot(bytes) {
  if (!bytes || bytes.length < 8) return null;
  let slot = 0n;
  for (let i = 7; i >= 0; i -= 1) slot = (slot << 8n) | BigInt(bytes[i]);
  return slot;
}

/** The author of Aura slot `slot` among the session's `validators`: `slot % validators.length`. */
export function authorOfSlot(slot, validators) {
  if (slot == null || !validators?.length) return null;
  return validators[Number(BigInt(slot) % BigInt(validators.length))];
}

/** How many of `blocks` (`{ author }`) each account authored: `Map(author → count)`. */
export function authoredCounts(blocks) {
  const counts = new Map();
  for (const { author } of blocks) {
    if (author) counts.set(author, (counts.get(author) ?? 0) + 1);
  }
  return counts;
}

/**
 * Keeps the `limit` newest blocks of `list` with `block` added (`{ number, hash, ... }`): a block
 * at a height already listed replaces it (a re-organisation), newest first.
 */
export function addRecent(list, block, limit) {
  const rest = list.filter((b) => b.number !== block.number);
  return [block, ...rest].sort((a, b) => b.number - a.number).slice(0, limit);
}

/**
 * The validators grouped by collective. `nodes`: `[{ account, collective }]` (node integration's
 * active nodes); `collectives`: `[{ id, name, kind }]`; `session`: the accounts of the current
 * session's set; `suspended` and `flagged`: `[{ account, collective, ... }]`. Every collective
 * is listed, in id order, with its nodes: `{ account, state: 'active'|'suspended',
 * inSession, flagged }`; nodes of an unknown collective come in a group of id `null` name.
 */
export function groupByCollective({ nodes = [], collectives = [], session = [], suspended = [], flagged = [] }) {
  const inSession = new Set(session);
  const flaggedSet = new Set(flagged.map((f) => f.account));
  const groups = new Map(
    [...collectives].sort((a, b) => a.id - b.id).map((c) => [c.id, { ...c, nodes: [] }]),
  );
  const groupOf = (id) => {
    if (!groups.has(id)) groups.set(id, { id, name: null, kind: null, nodes: [] });
    return groups.get(id);
  };
  for (const { account, collective } of nodes) {
    groupOf(collective).nodes.push({ account, state: 'active', inSession: inSession.has(account), flagged: flaggedSet.has(account) });
  }
  for (const { account, collective } of suspended) {
    groupOf(collective).nodes.push({ account, state: 'suspended', inSession: inSession.has(account), flagged: false });
  }
  return [...groups.values()];
}

/** The session's validators that node integration does not list (the set changes at the next session). */
export function sessionOnly(session, nodes) {
  const known = new Set(nodes.map((n) => n.account));
  return session.filter((account) => !known.has(account));
}

/**
 * Where a node application stands: the endorsements of current leaders (`counted`), the number
 * needed (more than half of the collective's current leaders) and whether it is reached.
 */
export function endorsementStatus(endorsers, leaders) {
  const current = new Set(leaders);
  const counted = endorsers.filter((e) => current.has(e)).length;
  const needed = Math.floor(leaders.length / 2) + 1;
  return { counted, needed, reached: leaders.length > 0 && counted >= needed };
}

/**
 * The tally of an Executive Council motion as it would close now (pallet-governing-councils):
 * only the votes of current members count; valid when the Secretary voted and `quorum` other
 * members voted (while the seat is vacant, `1 + quorum` members); carried when valid and the
 * ayes outnumber the nays.
 */
export function executiveTally(votes, members, secretary, quorum) {
  const current = new Set(members);
  const counted = votes.filter(([who]) => current.has(who));
  const ayes = counted.filter(([, aye]) => aye).length;
  const nays = counted.length - ayes;
  const secretaryVoted = secretary ? counted.some(([who]) => who === secretary) : false;
  const others = counted.length - (secretaryVoted ? 1 : 0);
  const valid = secretary ? secretaryVoted && others >= quorum : counted.length >= 1 + quorum;
  return { ayes, nays, voters: counted.length, seatHeld: Boolean(secretary), secretaryVoted, needed: 1 + quorum, valid, carried: valid && ayes > nays };
}

/** The fewest council members that carry a decision in this runtime: more than half, and at least 2. */
export const MIN_COUNCIL_AYES = 2;
export function councilMajority(members) {
  return Math.max(MIN_COUNCIL_AYES, Math.floor(members / 2) + 1);
}

/**
 * A `pallet-collective` motion's standing: `threshold` is the proposer's, but the runtime's
 * council origins also need more than half of the members and at least two ayes; `needed` is
 * the larger. `{ ayes, nays, threshold, needed, passes, belowMajority }`.
 */
export function collectiveTally({ ayes, nays, threshold, members }) {
  const majority = councilMajority(members);
  const needed = Math.max(threshold, majority);
  return { ayes, nays, threshold, needed, passes: ayes >= needed, belowMajority: threshold < majority };
}

/** Whether an obligation due at `due` is overdue at block `now` (pallet-duty-reports: due before now). */
export const isOverdue = (due, now) => due < now;

/** Whether a term that ends at block `expiresAt` ends within `horizon` blocks of `now` (and has not ended). */
export const endsSoon = (expiresAt, now, horizon) => expiresAt > now && expiresAt - now <= horizon;

/** The obligations `[{ subject, due, period, last }]` that are overdue at `now`, most overdue first. */
export function overdueObligations(obligations, now) {
  return obligations.filter((o) => isOverdue(o.due, now)).sort((a, b) => a.due - b.due);
}

/** The phase of an open call for leaders at block `now`: 'applications', 'election' or 'lapsed'. */
export function openCallPhase({ applicationsEnd, electionDeadline }, now) {
  if (now < applicationsEnd) return 'applications';
  if (now < electionDeadline) return 'election';
  return 'lapsed';
}

/** Whether a motion whose voting ends at block `end` may still be voted on at `now`. */
export const votingOpen = (end, now) => now < end;

/** The average block time in ms between two blocks of known timestamps; null if not measurable. */
export function averageBlockTime(from, to) {
  if (!from || !to || to.number <= from.number) return null;
  return (Number(to.timestamp) - Number(from.timestamp)) / (to.number - from.number);
}

/** The largest whole unit of `ms` (seconds to years) as `[value, unit]`, signed, for `Intl.RelativeTimeFormat`. */
export function durationUnit(ms) {
  const abs = Math.abs(ms);
  const sign = ms < 0 ? -1 : 1;
  const units = [
    ['year', 365 * 86_400_000],
    ['month', 30 * 86_400_000],
    ['day', 86_400_000],
    ['hour', 3_600_000],
    ['minute', 60_000],
  ];
  for (const [unit, size] of units) {
    if (abs >= size) return [sign * Math.round(abs / size), unit];
  }
  return [sign * Math.round(abs / 1000), 'second'];
}

/** `blocks` blocks from now as a relative time in `language`: "en 3 días", "hace 2 horas". */
export function relativeBlocks(blocks, blockTimeMs, language = 'es') {
  const [value, unit] = durationUnit(blocks * blockTimeMs);
  return new Intl.RelativeTimeFormat(LOCALES[language] ?? LOCALES.es, { numeric: 'auto' }).format(value, unit);
}

/** A duration of `ms` in words, unsigned: "6 segundos", "1 hora". */
export function durationWords(ms, language = 'es') {
  const [value, unit] = durationUnit(ms);
  return new Intl.NumberFormat(LOCALES[language] ?? LOCALES.es, { style: 'unit', unit, unitDisplay: 'long' }).format(Math.abs(value));
}

/** Milliseconds as seconds with one decimal: "6.0 s". */
export function seconds(ms, language = 'es') {
  return `${new Intl.NumberFormat(LOCALES[language] ?? LOCALES.es, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ms / 1000)} s`;
}

const HEX = /^0x[0-9a-f]*$/i;

/** Text bytes, if `hex` is printable UTF-8 (names, remarks); else null. */
export function printable(hex) {
  if (typeof hex !== 'string' || !HEX.test(hex) || hex.length < 4 || hex.length % 2) return null;
  const bytes = new Uint8Array((hex.length - 2) / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = parseInt(hex.slice(2 + 2 * i, 4 + 2 * i), 16);
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return /^[\p{L}\p{N}\p{P}\p{Zs}\p{S}]+$/u.test(text) ? text : null;
}

/** A long hex string shortened for reading: `0x12345678…abcdef`. */
export const shortHex = (hex) => (hex.length > 22 ? `${hex.slice(0, 10)}…${hex.slice(-6)}` : hex);

/**
 * A value as `toHuman()` gives it, in one line: objects as `key: value` pairs, arrays in
 * brackets, long hex shortened, text bytes as text in quotes.
 */
export function humanText(value) {
  if (value == null) return '—';
  if (Array.isArray(value)) return `[${value.map(humanText).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    // An enum variant without data reads as its name; with data, `Name(data)`.
    if (entries.length === 1) {
      const [[key, inner]] = entries;
      if (inner == null) return key;
      if (/^[A-Z]/.test(key)) return `${key}(${humanText(inner)})`;
    }
    return `{ ${entries.map(([k, v]) => `${k}: ${humanText(v)}`).join(', ')} }`;
  }
  const text = String(value);
  if (HEX.test(text)) {
    const words = printable(text);
    return words != null ? `"${clip(words)}"` : shortHex(text);
  }
  return clip(text);
}

/** Text longer than `max` characters cut with an ellipsis. */
export const clip = (text, max = 160) => (text.length > max ? `${text.slice(0, max)}…` : text);

const isCall = (value) => value != null && typeof value === 'object' && typeof value.section === 'string' && typeof value.method === 'string' && value.callIndex !== undefined && Array.isArray(value.args);

/**
 * A call in words, by duck typing on @polkadot/api's `Call`: `{ section, method, docs, args }`,
 * each argument `{ name, type, call }` (a nested call), `{ name, type, calls }` (a list of calls),
 * `{ name, type, account }`, `{ name, type, hash }` or `{ name, type, text }`.
 */
export function describeCall(call) {
  const metaArgs = call.meta?.args ?? [];
  const docs = (call.meta?.docs ?? []).map((d) => d.toString()).join(' ').trim();
  return {
    section: call.section,
    method: call.method,
    docs: docs.split(/(?<=\.)\s/)[0] ?? '',
    args: call.args.map((value, i) => {
      const meta = metaArgs[i];
      const type = [meta?.typeName?.toString(), meta?.type?.toString()].filter(Boolean).join(' ');
      return describeArg(meta?.name?.toString() ?? `${i}`, type, value);
    }),
  };
}

function describeArg(name, type, value) {
  if (isCall(value)) return { name, type, call: describeCall(value) };
  if (Array.isArray(value) && value.length && value.every(isCall)) return { name, type, calls: value.map(describeCall) };
  const raw = value?.toRawType?.() ?? type;
  if (/AccountId|MultiAddress|LookupSource|Address/.test(type) || /^AccountId/.test(raw)) {
    return { name, type, account: value.toString() };
  }
  if (/Hash|H256|\[u8;\s*32\]/.test(type) || raw === '[u8;32]' || raw === 'H256') {
    return { name, type, hash: value.toHex ? value.toHex() : String(value) };
  }
  const human = value?.toHuman ? value.toHuman() : value;
  return { name, type, text: humanText(human) };
}

/** camelCase → lower-case words: `approveNode` → `approve node`. */
export const words = (camel) => camel.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
