// Reading a `.cer`: its serial, validity, RSA key and holder, as the `efirma` tool reads them
// (tools/efirma/src/certificate.rs). The ASN.1 is decoded by node-forge; this module walks the
// few fields it needs (RFC 5280, 4.1) and leaves the rest of the certificate alone, so that an
// extension node-forge does not know cannot stop a valid SAT certificate from being read.
import forge from './forge.js';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { compactToU8a, hexToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { EfirmaError } from './errors.js';
import { MAX_SERIAL_BYTES } from './statement.js';

const { asn1, pki } = forge;
const RSA_ENCRYPTION = '1.2.840.113549.1.1.1';
const SHA256_WITH_RSA = '1.2.840.113549.1.1.11';
/** `MIN_MODULUS_BYTES`, `MAX_MODULUS_BYTES`, `EXPONENT` of `bmx_primitives::efirma`. */
export const MIN_MODULUS_BYTES = 256;
export const MAX_MODULUS_BYTES = 512;
export const EXPONENT = 65537;

/** The subject attributes the tool's `inspect` prints (tools/efirma/src/certificate.rs). */
const ATTRIBUTES = {
  commonName: '2.5.4.3',
  name: '2.5.4.41',
  organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11',
  rfcAttribute: '2.5.4.45',
  curpAttribute: '2.5.4.5',
};

/** Bytes as node-forge's "binary string" (one char per byte). */
export function toBinary(bytes) {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return text;
}

/** A node-forge binary string as bytes. */
export function fromBinary(text) {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** The bytes of a file that may be PEM (`-----BEGIN <label>-----`): DER, and the label if any. */
export function derOf(bytes, reason) {
  if (toBinary(bytes.subarray(0, 10)) !== '-----BEGIN') return { der: bytes, label: null };
  let messages;
  try {
    messages = forge.pem.decode(toBinary(bytes));
  } catch (error) {
    throw new EfirmaError(reason, {}, `bad PEM: ${error.message}`);
  }
  if (messages.length !== 1) throw new EfirmaError(reason, {}, `${messages.length} PEM blocks`);
  return { der: fromBinary(messages[0].body), label: messages[0].type };
}

/** Parse DER bytes with node-forge (strict, all bytes used), else `reason`. */
export function parseDer(der, reason) {
  try {
    return asn1.fromDer(forge.util.createBuffer(toBinary(der)), { strict: true, parseAllBytes: true, decodeBitStrings: true });
  } catch (error) {
    throw new EfirmaError(reason, {}, error.message);
  }
}

const isUniversal = (node, type) => node?.tagClass === asn1.Class.UNIVERSAL && node.type === type;

/** A big-endian unsigned integer's bytes without leading zeros. */
function unsigned(bytes) {
  let start = 0;
  while (start < bytes.length && bytes[start] === 0) start += 1;
  return bytes.subarray(start);
}

/** A jsbn `BigInteger` of node-forge as big-endian bytes without leading zeros. */
export function bigIntegerBytes(value) {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  return unsigned(hexToU8a(`0x${hex}`));
}

/** An X.509 time (UTCTime or GeneralizedTime) in ms since the Unix epoch. */
function millis(node) {
  if (isUniversal(node, asn1.Type.UTCTIME)) return asn1.utcTimeToDate(node.value).getTime();
  if (isUniversal(node, asn1.Type.GENERALIZEDTIME)) return asn1.generalizedTimeToDate(node.value).getTime();
  throw new EfirmaError('notACertificate', {}, 'a validity time that is neither UTCTime nor GeneralizedTime');
}

/**
 * The first value of attribute `oid` in the `Name` `name`, as text: UTF8String as UTF-8,
 * PrintableString and IA5String as they are, TeletexString as Latin-1, any other type as `0x`
 * hex of its bytes (as the tool's `attribute`).
 */
function attribute(name, oid) {
  for (const rdn of name.value) {
    for (const atv of rdn.value) {
      if (asn1.derToOid(atv.value[0].value) !== oid) continue;
      const value = atv.value[1];
      const raw = typeof value.value === 'string' ? value.value : '';
      if (value.tagClass === asn1.Class.UNIVERSAL) {
        if (value.type === asn1.Type.UTF8) {
          try {
            return new TextDecoder('utf-8', { fatal: true }).decode(fromBinary(raw));
          } catch {
            // Shown as hex below.
          }
        }
        // PrintableString (19), T61String (20, read as Latin-1), IA5String (22).
        if ([19, 20, 22].includes(value.type)) return raw;
      }
      return u8aToHex(fromBinary(raw));
    }
  }
  return null;
}

/** The `index`th `/`-separated part of a SAT attribute, trimmed, if not empty. */
function part(value, index) {
  const piece = value?.split('/')[index]?.trim();
  return piece ? piece : null;
}

/**
 * Parse a `.cer` (DER as SAT issues it, or PEM `CERTIFICATE`): `{ der, serial, notBefore,
 * notAfter, publicKey: { modulus, exponent }, holder, issuerCommonName, signatureAlgorithm }`,
 * the serial as the chain keeps it (big-endian bytes, no leading zeros), times in ms since the
 * Unix epoch. Refuses what is not an X.509 certificate with an RSA key (`notACertificate`,
 * `notRsa`).
 */
export function readCertificate(bytes) {
  const input = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const { der, label } = derOf(input, 'notACertificate');
  if (label !== null && label !== 'CERTIFICATE') {
    throw new EfirmaError('notACertificate', {}, `a PEM "${label}", not a "CERTIFICATE"`);
  }
  const root = parseDer(der, 'notACertificate');
  const shape = (ok, what) => {
    if (!ok) throw new EfirmaError('notACertificate', {}, what);
  };
  shape(isUniversal(root, asn1.Type.SEQUENCE) && root.value.length === 3, 'not a Certificate SEQUENCE');
  const [tbs, signatureAlgorithm] = root.value;
  shape(isUniversal(tbs, asn1.Type.SEQUENCE), 'no TBSCertificate');
  // version [0] EXPLICIT is optional.
  const fields = tbs.value[0]?.tagClass === asn1.Class.CONTEXT_SPECIFIC ? tbs.value.slice(1) : tbs.value;
  const [serialNode, , issuer, validity, subject, spki] = fields;
  shape(isUniversal(serialNode, asn1.Type.INTEGER), 'no serialNumber');
  shape(isUniversal(issuer, asn1.Type.SEQUENCE) && isUniversal(subject, asn1.Type.SEQUENCE), 'no issuer or subject');
  shape(isUniversal(validity, asn1.Type.SEQUENCE) && validity.value.length === 2, 'no validity');
  shape(isUniversal(spki, asn1.Type.SEQUENCE) && isUniversal(spki.value[0], asn1.Type.SEQUENCE), 'no subjectPublicKeyInfo');

  const serial = unsigned(fromBinary(serialNode.value)).slice();
  if (serial.length > MAX_SERIAL_BYTES) {
    throw new EfirmaError('notACertificate', {}, `a serial number longer than ${MAX_SERIAL_BYTES} bytes`);
  }
  const algorithm = asn1.derToOid(spki.value[0].value[0].value);
  if (algorithm !== RSA_ENCRYPTION) throw new EfirmaError('notRsa', {}, `a key of algorithm ${algorithm}`);
  let rsa;
  try {
    rsa = pki.publicKeyFromAsn1(spki);
  } catch (error) {
    throw new EfirmaError('notACertificate', {}, error.message);
  }
  const attributes = Object.fromEntries(Object.entries(ATTRIBUTES).map(([key, oid]) => [key, attribute(subject, oid)]));
  const signatureOid = asn1.derToOid(signatureAlgorithm.value[0].value);
  return {
    der,
    serial,
    notBefore: millis(validity.value[0]),
    notAfter: millis(validity.value[1]),
    rsa: { n: bigIntegerBytes(rsa.n), e: bigIntegerBytes(rsa.e) },
    holder: {
      ...attributes,
      rfc: part(attributes.rfcAttribute, 0),
      representativeRfc: part(attributes.rfcAttribute, 1),
      curp: part(attributes.curpAttribute, 0),
      representativeCurp: part(attributes.curpAttribute, 1),
    },
    issuerCommonName: attribute(issuer, ATTRIBUTES.commonName),
    signatureAlgorithm: signatureOid === SHA256_WITH_RSA ? 'sha256WithRSAEncryption' : signatureOid,
  };
}

/**
 * The certificate's key as the chain keeps it (`RsaPublicKey`: `{ modulus, exponent }`),
 * checked to be one the chain accepts (`RsaPublicKey::is_well_formed`): as the tool's
 * `EfirmaCertificate::public_key`.
 */
export function publicKey(certificate) {
  const { n, e } = certificate.rsa;
  const bits = n.length * 8;
  const exponent = e.length > 4 ? Infinity : e.reduce((acc, b) => acc * 256 + b, 0);
  if (exponent > 0xffffffff) throw new EfirmaError('unsupportedKey', { bits }, 'a public exponent above 2^32');
  const wellFormed = n.length >= MIN_MODULUS_BYTES && n.length <= MAX_MODULUS_BYTES
    && n[0] !== 0 && n[n.length - 1] % 2 === 1 && exponent === EXPONENT;
  if (!wellFormed) {
    throw new EfirmaError('unsupportedKey', { bits, exponent }, `a ${bits}-bit modulus with exponent ${exponent}`);
  }
  return { modulus: n, exponent };
}

/** The key as the `efirma` tool prints it and the chain's JSON takes it: `{ modulus: '0x..', exponent }`. */
export const publicKeyJson = (key) => ({ modulus: u8aToHex(key.modulus), exponent: key.exponent });

/** The key's id on chain: BLAKE2b-256 of its SCALE encoding (`RsaPublicKey::id`). */
export function keyId(key) {
  const exponent = new Uint8Array(4);
  new DataView(exponent.buffer).setUint32(0, key.exponent, true);
  return blake2AsU8a(u8aConcat(compactToU8a(key.modulus.length), key.modulus, exponent), 256);
}

/**
 * Check the certificate is valid at `now` (ms since the Unix epoch): from `notBefore` until
 * `notAfter`, both included, as the tool's `ensure_valid_at` (the chain stops accepting a
 * signature at `notAfter` itself).
 */
export function ensureValidAt(certificate, now) {
  const { notBefore, notAfter } = certificate;
  if (now < notBefore) throw new EfirmaError('notYetValid', { notBefore, now });
  if (now > notAfter) throw new EfirmaError('expired', { notAfter, now });
}
