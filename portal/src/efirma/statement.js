// The bytes an e.firma key signs for the chain, built exactly as the runtime rebuilds them to
// verify a signature.
//
// This mirrors `bmx_primitives::efirma::Statement::message` (primitives/src/efirma.rs) for the
// runtime's `Statement<AccountId32, u64>`: `DOMAIN`, then the SCALE encoding of the statement,
// as `#[derive(Encode)]` writes it:
// - the variant's index, one byte, in declaration order: `Binding` = 0, `Signing` = 1;
// - then the variant's fields in declaration order:
//   - `H256` (genesis, document) and `AccountId32` (account, signer): their 32 bytes as they are;
//   - `BoundedVec<u8, _>` (`CertificateSerial`, `Purpose`): the length as `Compact<u32>`, then
//     the bytes;
//   - `u64` (the chain's `Moment`, ms since the Unix epoch): 8 bytes, little-endian.
// `test/efirma.test.mjs` checks these bytes against the `efirma` tool, which calls the Rust
// function itself.
import { compactToU8a, hexToU8a, isHex, isU8a, stringToU8a, u8aConcat } from '@polkadot/util';
import { decodeAddress } from '@polkadot/util-crypto';
import { EfirmaError } from './errors.js';

/** `bmx_primitives::efirma::DOMAIN`: the prefix of every message. */
export const DOMAIN = stringToU8a('Blockchain MX e.firma statement v1\n');
/** `MAX_SERIAL_BYTES`: RFC 5280's 20 octets. */
export const MAX_SERIAL_BYTES = 20;
/** `MAX_PURPOSE_BYTES`. */
export const MAX_PURPOSE_BYTES = 128;

const BINDING = 0;
const SIGNING = 1;
const U64_MAX = (1n << 64n) - 1n;

/** 32 bytes from `0x` and 64 hex digits (or bytes): a hash (`H256`). */
export function hash32(value, field) {
  const bytes = isU8a(value) ? value : isHex(value) ? hexToU8a(value) : null;
  if (!bytes || bytes.length !== 32) throw new EfirmaError('badInput', { field }, `${field} is not 32 bytes`);
  return bytes;
}

/** An account's 32 bytes (`AccountId32`) from SS58 (any prefix), `0x` hex or bytes. */
export function accountBytes(value, field = 'account') {
  if (isU8a(value) || isHex(value)) return hash32(value, field);
  try {
    const bytes = decodeAddress(value);
    if (bytes.length === 32) return bytes;
  } catch {
    // Reported below.
  }
  throw new EfirmaError('badInput', { field }, `${field} is neither SS58 nor 0x and 64 hex digits`);
}

/** A `BoundedVec<u8, _>`'s SCALE encoding: `Compact<u32>` length, then the bytes. */
const boundedBytes = (bytes) => u8aConcat(compactToU8a(bytes.length), bytes);

/** A `u64`'s SCALE encoding: 8 bytes, little-endian. */
function u64(value, field) {
  let big;
  try {
    big = BigInt(value);
  } catch {
    big = -1n;
  }
  if (big < 0n || big > U64_MAX) throw new EfirmaError('badInput', { field }, `${field} is not a u64`);
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, big, true);
  return bytes;
}

/** A purpose's bytes (UTF-8 of a string), checked as `SigningRequest::bounded_purpose` does. */
export function purposeBytes(purpose) {
  const bytes = isU8a(purpose) ? purpose : stringToU8a(purpose ?? '');
  if (bytes.length === 0) throw new EfirmaError('emptyPurpose');
  if (bytes.length > MAX_PURPOSE_BYTES) {
    throw new EfirmaError('purposeTooLong', { bytes: bytes.length, max: MAX_PURPOSE_BYTES });
  }
  return bytes;
}

/** A serial number's bytes as the chain keeps it (at most 20). */
function serialBytes(serial) {
  const bytes = isU8a(serial) ? serial : isHex(serial) ? hexToU8a(serial) : null;
  if (!bytes || bytes.length > MAX_SERIAL_BYTES) {
    throw new EfirmaError('badInput', { field: 'serial' }, `the serial is not at most ${MAX_SERIAL_BYTES} bytes`);
  }
  return bytes;
}

/**
 * `Statement::Binding { genesis, account, serial }.message()`: what the holder signs to bind
 * the certificate `serial` to `account` on the chain whose genesis hash is `genesis`.
 */
export function bindingMessage({ genesis, account, serial }) {
  return u8aConcat(
    DOMAIN,
    [BINDING],
    hash32(genesis, 'genesis'),
    accountBytes(account, 'account'),
    boundedBytes(serialBytes(serial)),
  );
}

/**
 * `Statement::Signing { genesis, document, purpose, signer, not_before, not_after }.message()`:
 * what `signer` signs for the document with hash `document`, for `purpose`, to be registered
 * from `notBefore` until `notAfter` (ms since the Unix epoch). Refuses what
 * `SigningRequest::statement` refuses: an empty or too long purpose, an empty window.
 */
export function signingMessage({ genesis, document, purpose, signer, notBefore, notAfter }) {
  const from = u64(notBefore, 'notBefore');
  const until = u64(notAfter, 'notAfter');
  if (BigInt(notBefore) >= BigInt(notAfter)) throw new EfirmaError('emptyWindow', { notBefore, notAfter });
  return u8aConcat(
    DOMAIN,
    [SIGNING],
    hash32(genesis, 'genesis'),
    hash32(document, 'document'),
    boundedBytes(purposeBytes(purpose)),
    accountBytes(signer, 'signer'),
    from,
    until,
  );
}
