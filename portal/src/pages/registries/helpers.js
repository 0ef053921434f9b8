// The registries' pure helpers: what the paper's number means (the QR code's address), how the
// forms turn what people type (pesos, dates, hectares, m², cells, accounts) into the values the
// pallets take, and how a record's state reads. No DOM, no connection: `portal/test/registries-*`
// tests them with node --test.
import { decodeAddress, encodeAddress } from '@polkadot/util-crypto';

/**
 * The kinds of paper a person verifies, as the address names them (`#/verificar/<kind>/<number>`):
 * - `deposito`: a certificado de depósito; its number is `<almacén>-<folio>` (the warehouse's
 *   account and the folio: what the pallet keys a certificate by and the QR code carries);
 * - `folio`: a folio real of the property registry, by its number;
 * - `libertad`: a certificado de libertad (o de existencia) de gravamen, by its number;
 * - `apoyo`: a reforestation grant (apoyo asignado), by its number;
 * - `solicitud`: an application for a reforestation support, by its number.
 */
export const VERIFY_KINDS = ['deposito', 'folio', 'libertad', 'apoyo', 'solicitud'];

/** The largest u64 and u32, the id types of the pallets. */
const U64_MAX = (1n << 64n) - 1n;
const U32_MAX = (1n << 32n) - 1n;

/** Whether `text` is an SS58 account. */
export function isAccount(text) {
  try {
    const bytes = decodeAddress(String(text).trim());
    return bytes.length === 32;
  } catch {
    return false;
  }
}

/** A non-negative integer in `[0, max]` from decimal text (thousands separators allowed); else null. */
export function parseId(text, max = U64_MAX) {
  const clean = String(text ?? '').trim().replace(/[\s,_]/g, '');
  if (!/^\d+$/.test(clean)) return null;
  const value = BigInt(clean);
  return value <= max ? value : null;
}

/**
 * What the verification address `kind`/`number` names, or `null` when it names nothing valid:
 * `{ kind, warehouse, folio }` for a certificate of deposit, `{ kind, id }` otherwise (ids as
 * bigint).
 */
export function parseVerifyTarget(kind, number) {
  if (!VERIFY_KINDS.includes(kind)) return null;
  let text;
  try {
    text = decodeURIComponent(String(number ?? '')).trim();
  } catch {
    return null;
  }
  if (kind === 'deposito') {
    // The account is base58 (no '-'): the folio follows the last '-'.
    const cut = text.lastIndexOf('-');
    if (cut <= 0) return null;
    const warehouse = text.slice(0, cut).trim();
    const folio = parseId(text.slice(cut + 1));
    if (!isAccount(warehouse) || folio === null) return null;
    return { kind, warehouse, folio };
  }
  const max = kind === 'apoyo' || kind === 'solicitud' ? U32_MAX : U64_MAX;
  const id = parseId(text, max);
  return id === null ? null : { kind, id };
}

/** The number printed on the paper for `target` (inverse of `parseVerifyTarget`). */
export function targetNumber(target) {
  return target.kind === 'deposito' ? `${target.warehouse}-${target.folio}` : `${target.id}`;
}

/** The route of `target`: `/verificar/<kind>/<number>`. */
export const verifyPath = (target) => `/verificar/${target.kind}/${encodeURIComponent(targetNumber(target))}`;

/**
 * The address a QR code carries for `target`: the portal's page (`base`, without its hash) and
 * the route in the hash, `…#/verificar/<kind>/<number>`.
 */
export function verifyUrl(base, target) {
  const page = String(base).split('#')[0];
  return `${page}#${verifyPath(target)}`;
}

/**
 * The verification a scanned QR code names: the route in a portal address
 * (`…#/verificar/<kind>/<number>`) or the bare route; `null` for anything else.
 */
export function targetFromScan(text) {
  const match = /#?\/verificar\/([a-z]+)\/([^/?#\s]+)/.exec(String(text ?? ''));
  return match ? parseVerifyTarget(match[1], match[2]) : null;
}

/** Parses a quantity of goods: a positive integer (u128); else null. */
export function parseQuantity(text) {
  const value = parseId(text, (1n << 128n) - 1n);
  return value !== null && value > 0n ? value : null;
}

/** Decimal text with at most `places` decimals as an integer scaled by 10^places; else null. */
export function parseScaled(text, places) {
  const clean = String(text ?? '').trim().replace(/[\s,]/g, '');
  const match = /^(\d+)(?:\.(\d+))?$/.exec(clean);
  if (!match || (match[2] ?? '').length > places) return null;
  return BigInt(match[1]) * 10n ** BigInt(places) + BigInt((match[2] ?? '').padEnd(places, '0') || '0');
}

/** Hectares typed ("12.5") as hundredths of a hectare (u32); else null. */
export function parseHectares(text) {
  const value = parseScaled(text, 2);
  return value !== null && value > 0n && value <= U32_MAX ? Number(value) : null;
}

/** Square metres typed ("250.5") as square centimetres (u64, 1 m² = 10,000 cm²); else null. */
export function parseSquareMetres(text) {
  const value = parseScaled(text, 4);
  return value !== null && value > 0n && value <= U64_MAX ? value : null;
}

/** A whole percentage 0..100 typed ("70" or "70 %"); else null. */
export function parsePercent(text) {
  const clean = String(text ?? '').trim().replace(/\s*%$/, '');
  if (!/^\d{1,3}$/.test(clean)) return null;
  const value = Number(clean);
  return value <= 100 ? value : null;
}

/** An INEGI municipality code 1..999; else null. */
export function parseMunicipality(text) {
  const value = parseId(text, 999n);
  return value !== null && value >= 1n ? Number(value) : null;
}

/**
 * H3 cells typed or pasted: decimal (as `land-cells` prints them) or hexadecimal (`0x…` or the
 * usual 15 hex digits), separated by spaces, commas, new lines or brackets; distinct and sorted,
 * as decimal strings. Null when any is not a u64, or when there is none.
 */
export function parseCells(text) {
  const parts = String(text ?? '').split(/[\s,;[\]"']+/).filter(Boolean);
  if (parts.length === 0) return null;
  const cells = new Set();
  for (const part of parts) {
    let value;
    if (/^\d+$/.test(part)) value = BigInt(part);
    else if (/^0x[0-9a-f]{1,16}$/i.test(part) || /^[0-9a-f]{15,16}$/i.test(part)) {
      value = BigInt(part.startsWith('0x') || part.startsWith('0X') ? part : `0x${part}`);
    } else return null;
    if (value > U64_MAX || value === 0n) return null;
    cells.add(value);
  }
  return [...cells].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map(String);
}

/** A list of accounts (one a line, or separated by commas or spaces); null when any is not one. */
export function parseAccounts(text) {
  const parts = String(text ?? '').split(/[\s,;]+/).filter(Boolean);
  if (parts.length === 0 || !parts.every(isAccount)) return null;
  return parts;
}

/** Whether two accounts are the same (whatever their SS58 prefix). */
export function sameAccount(a, b) {
  try {
    return encodeAddress(decodeAddress(a), 42) === encodeAddress(decodeAddress(b), 42);
  } catch {
    return false;
  }
}

/** A 32-byte hash typed as `0x` and 64 hex digits, lower-cased; else null. */
export function parseHash(text) {
  const clean = String(text ?? '').trim();
  return /^0x[0-9a-fA-F]{64}$/.test(clean) ? clean.toLowerCase() : null;
}

/**
 * The block at the start (local midnight) of the calendar day `isoDate` (`YYYY-MM-DD`, as a date
 * input gives it), estimated from the head and the block time; null when it is not a date.
 */
export function blockOfDate(isoDate, head, blockTimeMs, now = Date.now()) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(isoDate ?? ''));
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(year, month, day);
  if (date.getFullYear() !== year || date.getMonth() !== month || date.getDate() !== day) return null;
  return head + Math.ceil((date.getTime() - now) / blockTimeMs);
}

/**
 * The state of a certificate of deposit in the words of the paper, from its stored record
 * (plain JSON, as `toJSON()` gives it) and the block it was read at:
 * `valid` (vigente), `pledged` (vigente, con bono de prenda en garantía), `expired` (vencido),
 * `defaulted` (en incumplimiento), `withdrawn` (mercancía retirada: cancelado), `sold` (rematado).
 */
export function depositState(certificate, atBlock) {
  const status = String(certificate.status);
  if (status === 'Delivered') return 'withdrawn';
  if (status === 'Sold') return 'sold';
  if (status === 'InDefault') return 'defaulted';
  if (atBlock >= Number(certificate.expiresAt)) return 'expired';
  if (certificate.pledge && String(certificate.pledge.status) === 'Outstanding') return 'pledged';
  return 'valid';
}

/** Whether a credential record (plain JSON) is valid at `nowMs` (the chain's time). */
export function credentialValid(credential, nowMs) {
  if (!credential) return false;
  if (credential.revokedAt != null) return false;
  return credential.expiresAt == null || Number(nowMs) < Number(credential.expiresAt);
}

/** The entry number a `PropertyRegistry::Entries` storage key ends with (Twox64Concat u64 LE). */
export function entryNumberOfKey(keyHex) {
  const hex = String(keyHex).replace(/^0x/, '');
  const le = hex.slice(-16);
  let value = 0n;
  for (let i = 14; i >= 0; i -= 2) value = (value << 8n) | BigInt(parseInt(le.slice(i, i + 2), 16));
  return value;
}

/** Bytes (hex or a u8a) as text when they are printable UTF-8, else the hex. */
export function bytesText(hex) {
  const clean = String(hex).replace(/^0x/, '');
  const bytes = new Uint8Array(clean.match(/../g)?.map((b) => parseInt(b, 16)) ?? []);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return /^[\p{L}\p{N}\p{P}\p{Zs}\p{S}]*$/u.test(text) ? text : `0x${clean}`;
  } catch {
    return `0x${clean}`;
  }
}

/** The Mexican states as the chain names them (`MexicanState`), with their INEGI code and name. */
export const MEXICAN_STATES = [
  ['Aguascalientes', 1, 'Aguascalientes'],
  ['BajaCalifornia', 2, 'Baja California'],
  ['BajaCaliforniaSur', 3, 'Baja California Sur'],
  ['Campeche', 4, 'Campeche'],
  ['Coahuila', 5, 'Coahuila de Zaragoza'],
  ['Colima', 6, 'Colima'],
  ['Chiapas', 7, 'Chiapas'],
  ['Chihuahua', 8, 'Chihuahua'],
  ['CiudadDeMexico', 9, 'Ciudad de México'],
  ['Durango', 10, 'Durango'],
  ['Guanajuato', 11, 'Guanajuato'],
  ['Guerrero', 12, 'Guerrero'],
  ['Hidalgo', 13, 'Hidalgo'],
  ['Jalisco', 14, 'Jalisco'],
  ['Mexico', 15, 'Estado de México'],
  ['Michoacan', 16, 'Michoacán de Ocampo'],
  ['Morelos', 17, 'Morelos'],
  ['Nayarit', 18, 'Nayarit'],
  ['NuevoLeon', 19, 'Nuevo León'],
  ['Oaxaca', 20, 'Oaxaca'],
  ['Puebla', 21, 'Puebla'],
  ['Queretaro', 22, 'Querétaro'],
  ['QuintanaRoo', 23, 'Quintana Roo'],
  ['SanLuisPotosi', 24, 'San Luis Potosí'],
  ['Sinaloa', 25, 'Sinaloa'],
  ['Sonora', 26, 'Sonora'],
  ['Tabasco', 27, 'Tabasco'],
  ['Tamaulipas', 28, 'Tamaulipas'],
  ['Tlaxcala', 29, 'Tlaxcala'],
  ['Veracruz', 30, 'Veracruz de Ignacio de la Llave'],
  ['Yucatan', 31, 'Yucatán'],
  ['Zacatecas', 32, 'Zacatecas'],
];

/** "Jalisco, municipio 039 (INEGI 14039)" from a `Jurisdiction` (plain JSON). */
export function jurisdictionText(jurisdiction) {
  const entry = MEXICAN_STATES.find(([name, code]) => name.toLowerCase() === String(jurisdiction.state).toLowerCase() || String(code) === String(jurisdiction.state));
  const municipality = String(jurisdiction.municipality).padStart(3, '0');
  if (!entry) return `${jurisdiction.state} ${municipality}`;
  return `${entry[2]} · ${String(entry[1]).padStart(2, '0')}${municipality}`;
}
