// Signing with an e.firma key: RSASSA-PKCS1-v1_5 with SHA-256, as the chain verifies
// (`RsaPublicKey::verify`), and the two acts the `efirma` tool makes with it
// (tools/efirma/src/act.rs), with the same JSON.
//
// The signature is WebCrypto's (`crypto.subtle`, in browsers and in node >= 20), with the key
// imported non-extractable for this one signature. A page served over plain HTTP from another
// machine is not a secure context and has no `crypto.subtle`: there node-forge signs instead.
// RSASSA-PKCS1-v1_5 is deterministic, so both give the same bytes (the tests check it).
import forge from './forge.js';
import { u8aToHex } from '@polkadot/util';
import { EfirmaError } from './errors.js';
import { ensureValidAt, keyId, publicKey, publicKeyJson, toBinary, fromBinary } from './certificate.js';
import { ensureKeyMatches } from './key.js';
import { accountBytes, bindingMessage, hash32, purposeBytes, signingMessage } from './statement.js';

const ALGORITHM = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };

/** WebCrypto's `SubtleCrypto`, if this context has it. */
const subtle = () => globalThis.crypto?.subtle;

/**
 * `key`'s RSASSA-PKCS1-v1_5 SHA-256 signature of `message` (`sign_message`), as bytes.
 * `options.engine` (`'webcrypto'` or `'forge'`) forces one, for the tests.
 */
export async function signMessage(key, message, { engine } = {}) {
  if (!key?.pkcs8) throw new EfirmaError('badInput', { field: 'key' }, 'the key was forgotten');
  const useWebCrypto = engine ? engine === 'webcrypto' : Boolean(subtle());
  if (useWebCrypto) {
    const imported = await subtle().importKey('pkcs8', key.pkcs8, ALGORITHM, false, ['sign']);
    return new Uint8Array(await subtle().sign(ALGORITHM.name, imported, message));
  }
  const digest = forge.md.sha256.create();
  digest.update(toBinary(message));
  return fromBinary(key.privateKey.sign(digest, 'RSASSA-PKCS1-V1_5'));
}

/**
 * Check everything the chain will check about the certificate and key before they sign
 * (`prepare`): the certificate's key is one the chain accepts, the key is the certificate's,
 * and the certificate is valid at `now` (ms since the Unix epoch). Returns the chain's key.
 */
export function prepare(certificate, key, now) {
  const chainKey = publicKey(certificate);
  ensureKeyMatches(key, certificate);
  ensureValidAt(certificate, now);
  return chainKey;
}

/**
 * A binding proof (`binding_proof`): the key's signature over `Statement::Binding` for
 * `genesis`, `account` and the certificate's serial, with what the registrar's `bindEfirma`
 * needs, as the tool's `bind-proof` prints it.
 */
export async function bindingProof({ certificate, key, genesis, account, now, engine }) {
  const chainKey = prepare(certificate, key, now);
  const message = bindingMessage({ genesis, account, serial: certificate.serial });
  const proof = await signMessage(key, message, { engine });
  return {
    public_key: publicKeyJson(chainKey),
    key_id: u8aToHex(keyId(chainKey)),
    serial: u8aToHex(certificate.serial),
    not_before: certificate.notBefore,
    not_after: certificate.notAfter,
    genesis: u8aToHex(hash32(genesis, 'genesis')),
    account: u8aToHex(accountBytes(account)),
    proof: u8aToHex(proof),
  };
}

/**
 * A signing act (`signing_act`): the key's signature over `Statement::Signing`, with what
 * `digitalIdentity.signDocument` needs, as the tool's `sign` prints it. The statement is
 * checked first (purpose, window), then the certificate and key (`prepare`).
 */
export async function signingAct({ certificate, key, genesis, signer, document, purpose, notBefore, notAfter, now, engine }) {
  const message = signingMessage({ genesis, document, purpose, signer, notBefore, notAfter });
  const chainKey = prepare(certificate, key, now);
  const signature = await signMessage(key, message, { engine });
  const purposeHex = u8aToHex(purposeBytes(purpose));
  return {
    document: u8aToHex(hash32(document, 'document')),
    purpose: typeof purpose === 'string' ? purpose : new TextDecoder().decode(purposeBytes(purpose)),
    purpose_hex: purposeHex,
    not_before: Number(notBefore),
    not_after: Number(notAfter),
    signer: u8aToHex(accountBytes(signer, 'signer')),
    genesis: u8aToHex(hash32(genesis, 'genesis')),
    key_id: u8aToHex(keyId(chainKey)),
    serial: u8aToHex(certificate.serial),
    signature: u8aToHex(signature),
  };
}
