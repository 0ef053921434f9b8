// Reading a `.key`: SAT's PKCS #8 `EncryptedPrivateKeyInfo`, decrypted with the holder's
// password, as the `efirma` tool reads it (tools/efirma/src/key.rs).
//
// SAT's `.key` files, and those `efirma test-ca` writes, are PBES2 (RFC 8018) with
// PBKDF2-HMAC-SHA1 and DES-EDE3-CBC. WebCrypto has no DES, so the decryption is node-forge's
// (PBKDF2 with HMAC-SHA-1/224/256/384/512, then DES-EDE3-CBC, DES-CBC or AES-128/192/256-CBC,
// with the padding checked strictly). Only PBES2 is read, as by the tool; scrypt, which the
// tool also reads, is refused here as `unsupportedEncryption` (SAT does not use it).
//
// The decrypted key lives in memory only while it signs: `forgetKey` overwrites the PKCS #8
// bytes once the signature is made. (A JavaScript engine may still hold copies that no code can
// erase, node-forge's strings among them: the page keeps no reference to them, and the garbage
// collector frees them.)
import forge from './forge.js';
import { stringToU8a } from '@polkadot/util';
import { EfirmaError } from './errors.js';
import { bigIntegerBytes, derOf, fromBinary, parseDer, toBinary } from './certificate.js';

const { asn1, pki } = forge;
const PBES2 = '1.2.840.113549.1.5.13';
const RSA_ENCRYPTION = '1.2.840.113549.1.1.1';

const isUniversal = (node, type) => node?.tagClass === asn1.Class.UNIVERSAL && node.type === type;

/** Whether `node` has the shape of a `PrivateKeyInfo`: version, algorithm, key. */
const isPrivateKeyInfo = (node) => isUniversal(node, asn1.Type.SEQUENCE)
  && isUniversal(node.value[0], asn1.Type.INTEGER)
  && isUniversal(node.value[1], asn1.Type.SEQUENCE)
  && isUniversal(node.value[1].value[0], asn1.Type.OID)
  && isUniversal(node.value[2], asn1.Type.OCTETSTRING);

/**
 * Decrypt a `.key` (DER as SAT issues it, or PEM `ENCRYPTED PRIVATE KEY`) with `password` (a
 * string, used as its UTF-8 bytes, as the tool reads it from the environment or a file).
 * Returns `{ pkcs8, rsa: { n, e }, privateKey }`: the `PrivateKeyInfo` DER that WebCrypto
 * imports, the modulus and exponent, and node-forge's key (for `sign.js`'s fallback).
 * Refuses with `notAKeyFile`, `unencryptedKey`, `unsupportedEncryption`, `wrongPassword`,
 * `notRsa`.
 */
export function decryptKey(bytes, password) {
  const input = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const { der, label } = derOf(input, 'notAKeyFile');
  if (label === 'PRIVATE KEY' || label === 'RSA PRIVATE KEY') throw new EfirmaError('unencryptedKey');
  if (label !== null && label !== 'ENCRYPTED PRIVATE KEY') {
    throw new EfirmaError('notAKeyFile', {}, `a PEM "${label}", not an "ENCRYPTED PRIVATE KEY"`);
  }
  const root = parseDer(der, 'notAKeyFile');
  if (isPrivateKeyInfo(root)) throw new EfirmaError('unencryptedKey');
  const [algorithm, encrypted] = root.value ?? [];
  const isEncryptedInfo = isUniversal(root, asn1.Type.SEQUENCE) && root.value.length === 2
    && isUniversal(algorithm, asn1.Type.SEQUENCE) && isUniversal(algorithm.value[0], asn1.Type.OID)
    && isUniversal(encrypted, asn1.Type.OCTETSTRING);
  if (!isEncryptedInfo) throw new EfirmaError('notAKeyFile', {}, 'not an EncryptedPrivateKeyInfo');
  const scheme = asn1.derToOid(algorithm.value[0].value);
  if (scheme !== PBES2) throw new EfirmaError('unsupportedEncryption', { scheme }, `scheme ${scheme}, not PBES2`);
  if (!password) throw new EfirmaError('wrongPassword', {}, 'no password');

  let cipher;
  try {
    cipher = pki.pbe.getCipherForPBES2(scheme, algorithm.value[1], toBinary(stringToU8a(password)));
  } catch (error) {
    const reason = /Unsupported/i.test(error.message) ? 'unsupportedEncryption' : 'notAKeyFile';
    throw new EfirmaError(reason, {}, error.message);
  }
  cipher.update(forge.util.createBuffer(encrypted.value));
  // A wrong password leaves bad padding (checked byte by byte)...
  if (!cipher.finish()) throw new EfirmaError('wrongPassword');
  const pkcs8 = fromBinary(cipher.output.getBytes());
  // ... or, once in a few hundred, padding that looks right over bytes that are not a key.
  let info;
  try {
    info = asn1.fromDer(forge.util.createBuffer(toBinary(pkcs8)), { strict: true, parseAllBytes: true, decodeBitStrings: false });
  } catch {
    pkcs8.fill(0);
    throw new EfirmaError('wrongPassword');
  }
  if (!isPrivateKeyInfo(info)) {
    pkcs8.fill(0);
    throw new EfirmaError('wrongPassword');
  }
  const keyAlgorithm = asn1.derToOid(info.value[1].value[0].value);
  if (keyAlgorithm !== RSA_ENCRYPTION) {
    pkcs8.fill(0);
    throw new EfirmaError('notRsa', {}, `a key of algorithm ${keyAlgorithm}`);
  }
  let privateKey;
  try {
    privateKey = pki.privateKeyFromAsn1(info);
  } catch (error) {
    pkcs8.fill(0);
    throw new EfirmaError('notAKeyFile', {}, error.message);
  }
  return { pkcs8, rsa: { n: bigIntegerBytes(privateKey.n), e: bigIntegerBytes(privateKey.e) }, privateKey };
}

const equal = (a, b) => a.length === b.length && a.every((byte, i) => byte === b[i]);

/** Check `key` is the private key of `certificate`: same modulus and exponent (`ensure_key_matches`). */
export function ensureKeyMatches(key, certificate) {
  if (!equal(key.rsa.n, certificate.rsa.n) || !equal(key.rsa.e, certificate.rsa.e)) {
    throw new EfirmaError('keyMismatch');
  }
}

/** Overwrite the decrypted key's bytes and drop its references: call once it has signed. */
export function forgetKey(key) {
  if (!key) return;
  key.pkcs8?.fill(0);
  key.pkcs8 = null;
  key.privateKey = null;
}
