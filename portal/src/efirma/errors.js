// Why an e.firma could not sign, as a reason the screens turn into a sentence
// (`efirma.error.<reason>` in `i18n/messages/tenders.js`) and the tests check. The reasons
// follow the `efirma` tool's errors (tools/efirma/src/error.rs).

/**
 * The reasons:
 * - `notACertificate`: the `.cer` is not an X.509 certificate (DER or PEM);
 * - `notAKeyFile`: the `.key` is not a PKCS #8 key (DER or PEM `ENCRYPTED PRIVATE KEY`);
 * - `unencryptedKey`: the `.key` is not password-protected, as an e.firma key always is;
 * - `unsupportedEncryption`: the `.key` is encrypted with a scheme this module does not read;
 * - `wrongPassword`: the password does not decrypt the `.key`;
 * - `notRsa`: the key or certificate is not RSA;
 * - `unsupportedKey`: an RSA key the chain does not accept (2048 to 4096 bits, exponent 65537);
 * - `keyMismatch`: the `.key` is not the private key of the `.cer`;
 * - `notYetValid` (`notBefore`), `expired` (`notAfter`): the certificate is not valid now;
 * - `emptyPurpose`, `purposeTooLong`, `emptyWindow`, `badInput`: a statement that cannot be
 *   signed.
 */
export class EfirmaError extends Error {
  constructor(reason, params = {}, detail = '') {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = 'EfirmaError';
    this.reason = reason;
    this.params = params;
  }
}
