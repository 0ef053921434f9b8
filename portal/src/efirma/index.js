// e.firma in the browser (and in node, for the tests): read a SAT `.cer` and `.key`, check the
// key is the certificate's and the certificate valid, and sign the statements the chain verifies,
// exactly as the `efirma` tool does (tools/efirma). Nothing here sends anything anywhere: the
// files and the password stay on the device, and the decrypted key only lives for a signature.
export { EfirmaError } from './errors.js';
export { DOMAIN, MAX_PURPOSE_BYTES, bindingMessage, signingMessage, purposeBytes } from './statement.js';
export { readCertificate, publicKey, publicKeyJson, keyId, ensureValidAt } from './certificate.js';
export { decryptKey, ensureKeyMatches, forgetKey } from './key.js';
export { signMessage, prepare, bindingProof, signingAct } from './sign.js';
