// How numbers, amounts, dates and accounts read on screen, in the page's language.

const LOCALES = { es: 'es-MX', en: 'en-US' };

/** Pesos from centavos (a bigint, a number or a decimal string): `$1,234.50 MXN`. */
export function pesos(centavos, language = 'es') {
  const value = BigInt(centavos);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const whole = new Intl.NumberFormat(LOCALES[language]).format(abs / 100n);
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}$${whole}.${cents} MXN`;
}

/** Token units with `decimals` as a token amount: `1,000.5 BMX`. */
export function tokens(units, decimals, symbol, language = 'es') {
  const value = BigInt(units);
  const scale = 10n ** BigInt(decimals);
  const whole = new Intl.NumberFormat(LOCALES[language]).format(value / scale);
  const fraction = (value % scale).toString().padStart(decimals, '0').replace(/0+$/, '').slice(0, 4);
  return `${whole}${fraction ? `.${fraction}` : ''} ${symbol}`;
}

/** Parses "1,234.50" or "1234.5" pesos into centavos (bigint); null when it is not an amount. */
export function parsePesos(text) {
  const clean = String(text).replace(/[\s,$]/g, '').replace(/MXN$/i, '');
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(clean);
  if (!match) return null;
  return BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/** A number in the page's language. */
export const number = (n, language = 'es') => new Intl.NumberFormat(LOCALES[language]).format(n);

/** A date and time in the page's language. */
export function dateTime(ms, language = 'es') {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
}

/**
 * The time of block `block`, estimated from the head and the block time: past blocks are
 * approximate too (the chain records only its own time, in each block).
 */
export function blockDate(block, head, blockTimeMs, now = Date.now()) {
  return now + (block - head) * blockTimeMs;
}

/** The block that starts at about `ms`, counted from the head. */
export function blockAt(ms, head, blockTimeMs, now = Date.now()) {
  return head + Math.ceil((ms - now) / blockTimeMs);
}

/** An account shortened for reading: `5GrwvaEF…oHGKutQY`. */
export const shortAddress = (address) => (address && address.length > 16 ? `${address.slice(0, 8)}…${address.slice(-8)}` : address);

/** A 32-byte hash shortened for reading. */
export const shortHash = (hash) => (hash && hash.length > 20 ? `${hash.slice(0, 10)}…${hash.slice(-6)}` : hash);

/** A Perbill's parts as a percentage: `37.5 %`. */
export const percent = (parts, language = 'es') =>
  `${new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 }).format(parts / 1e7)} %`;
