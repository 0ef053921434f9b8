//! `efirma`: the Blockchain MX client for e.firma, SAT's advanced electronic signature.
//!
//! ## Overview
//! A holder's e.firma is an X.509 certificate (`.cer`) issued by SAT's certification authority,
//! and an RSA private key (`.key`) protected by the holder's password. This tool reads both as
//! SAT issues them and signs, with that key, the statements the chain verifies
//! ([`bmx_primitives::efirma`]): the messages are built by that module's
//! [`Statement::message`](bmx_primitives::efirma::Statement::message), the very code the
//! runtime checks with, never re-encoded here. Every command prints JSON on standard output;
//! an error prints `efirma: <reason>` on standard error and exits with code 1.
//!
//! - `efirma inspect --cer FILE.cer [--ca CA.cer]`: the certificate's serial (`serial`, the
//!   bytes as `0x` hex, and `serial_text`, SAT's 20 ASCII digits), `not_before`/`not_after`
//!   (ms since the Unix epoch), the subject (`common_name`, `name`, `organization`,
//!   `organizational_unit`, the raw `x500_unique_identifier` and `serial_number` attributes
//!   and, split from them, `rfc`, `representative_rfc`, `curp`, `representative_curp`),
//!   `issuer_common_name`, `signature_algorithm`, `public_key` (`{ "modulus": "0x..",
//!   "exponent": n }`), `key_id` (the chain's [`RsaPublicKey::id`]) or `key_refused` (why the
//!   chain would refuse the key), and with `--ca` `issued_by_ca` (the CA's signature checks).
//!   This prints personal data (name, RFC, CURP) on this machine only: the tool never sends
//!   anything anywhere.
//! - `efirma bind-proof --cer C --key K (--password-env VAR | --password-file F) --genesis 0x..
//!   --account SS58_OR_0x`: checks the key is the certificate's ("the key does not belong to the
//!   certificate"), that the chain accepts its RSA key and that the certificate is valid now,
//!   signs [`Statement::Binding`](bmx_primitives::efirma::Statement::Binding) and prints
//!   `{ "public_key": { "modulus", "exponent" }, "key_id", "serial", "not_before", "not_after",
//!   "genesis", "account", "proof" }` (hex fields `0x`-prefixed; `account` as 32 bytes hex).
//! - `efirma sign --cer --key --password-env/--password-file --genesis --signer ACCOUNT
//!   (--document 0xHASH | --file PATH) --purpose TEXT [--not-before ms] [--not-after ms]`:
//!   signs [`Statement::Signing`](bmx_primitives::efirma::Statement::Signing) and prints
//!   `{ "document", "purpose", "purpose_hex", "not_before", "not_after", "signer", "genesis",
//!   "key_id", "serial", "signature" }`. `--file` signs the file's BLAKE2b-256 hash. The window
//!   defaults to now until one hour later. It refuses an empty purpose or one longer than
//!   [`MAX_PURPOSE_BYTES`](bmx_primitives::efirma::MAX_PURPOSE_BYTES), an empty window, and a
//!   certificate expired or not yet valid now.
//! - `efirma check --cer C --statement-json FILE|-`: rebuilds the statement from what
//!   `bind-proof` or `sign` printed and checks its signature with the certificate's key
//!   (`{ "valid": true, "statement": "binding"|"signing", "key_id" }`, else exit 1).
//! - `efirma test-ca --out DIR (--password-env VAR | --password-file F) [--holder SPEC]...
//!   [--not-after ms | --expired]`: a TEST certification authority and holders' certificates to
//!   SAT's profile (below), never real ones; reuses the CA already in `DIR`.
//!
//! The password is never a command-line argument (it would show in the process list and the
//! shell history): it comes from an environment variable or a file.
//!
//! ## Terminology
//! - **e.firma**: SAT's advanced electronic signature (formerly FIEL): a certificate and key.
//! - **SAT**: Servicio de Administración Tributaria, the tax authority and the CA.
//! - **RFC**: Registro Federal de Contribuyentes, the taxpayer id (12 characters for a company,
//!   13 for a person). **CURP**: Clave Única de Registro de Población (persons, 18 characters).
//! - **Binding proof**: the key's signature over (genesis, account, serial), proving the account
//!   holder controls the certificate's key.
//! - **Signing act**: the key's signature over (genesis, document hash, purpose, signer, time
//!   window).
//!
//! ## SAT's certificate profile
//! The test certificates (`test-ca`, and the committed `fixtures/`) follow the profile of SAT's
//! e.firma certificates; only the issuer and the identities are invented:
//! - **Key**: RSA 2048 bits, public exponent 65537 (`rsaEncryption`).
//! - **Signature algorithm**: `sha256WithRSAEncryption` (RSASSA-PKCS1-v1_5, SHA-256), X.509 v3.
//! - **Issuer**: SAT's CA (`O=SERVICIO DE ADMINISTRACION TRIBUTARIA`); here a self-signed TEST CA,
//!   `CN=AC DE PRUEBAS BLOCKCHAIN MX, O=BLOCKCHAIN MX PRUEBAS, OU=AC DE PRUEBAS, C=MX`, valid
//!   eight years.
//! - **Subject**: `CN`, `name` (2.5.4.41) and `O` with the holder's name, `C=MX`,
//!   `x500UniqueIdentifier` (2.5.4.45) with the RFC and `serialNumber` (2.5.4.5) with the CURP.
//!   For a company SAT writes `x500UniqueIdentifier = "RFC / RFC of the legal representative"`
//!   and `serialNumber = " / CURP of the legal representative"`, and a branch in `OU`; the
//!   test certificates do the same, in SAT's order. Subject values are PrintableString (a name
//!   with Ñ or accents: UTF8String), as in SAT's published test e.firma; the CA's names are
//!   UTF8String, as SAT's are. SAT also writes the holder's `emailAddress`; the test
//!   certificates leave it out. The reader accepts UTF8String, PrintableString, IA5String and
//!   TeletexString (Latin-1) and keeps the raw strings.
//! - **Serial number**: 20 ASCII digits encoded as the integer's bytes (SAT's test certificate
//!   `30001000000300023685` is the integer `0x3330303031...`); the chain keeps these bytes
//!   ([`CertificateSerial`](bmx_primitives::efirma::CertificateSerial)). Test serials start with
//!   `99001000000`.
//! - **Extensions**: keyUsage digitalSignature and nonRepudiation, basicConstraints CA:FALSE,
//!   subject and authority key identifiers (the CA: keyCertSign, cRLSign, CA:TRUE). SAT's
//!   e.firma also sets dataEncipherment and keyAgreement, extendedKeyUsage emailProtection and
//!   clientAuth, and a Netscape certificate type; nothing here depends on them.
//! - **Validity**: four years at most (SAT's maximum), or as asked (`--not-after`,
//!   `--expired`: expired yesterday, issued four years and two days ago).
//! - **Key file**: PKCS #8 `EncryptedPrivateKeyInfo`, DER, PBES2 with PBKDF2-HMAC-SHA1 (8-byte
//!   salt, 2048 iterations) and DES-EDE3-CBC, SAT's scheme. The reader also accepts PEM
//!   (`ENCRYPTED PRIVATE KEY`), PBKDF2 with HMAC-SHA-2, scrypt, and AES-128/192/256-CBC; it
//!   refuses unencrypted keys.
//!
//! `inspect` was checked by hand against SAT's published TEST e.firma (a company, RFC
//! `AAA010101AAA`, serial `30001000000300023685`, issued by "A.C. 2 de pruebas(4096)"): it
//! reads the serial, validity, both RFCs and the representative's CURP as above (that file is
//! not committed here).
//!
//! A real SAT `.cer`/`.key` pair is used exactly the same way: `inspect` it, then `bind-proof`
//! and `sign` with its password. The registrar checks the certificate against SAT's chain (and
//! SAT's revocation status) before it binds; `inspect --ca` checks one link of that chain.
//!
//! ## Assumptions
//! - A signature by a 2048-bit key is 256 bytes; the chain requires it to be as long as the
//!   modulus.
//! - Accounts are 32 bytes (`AccountId32`); SS58 addresses of any prefix are accepted (Blockchain
//!   MX uses 5252). Times are ms since the Unix epoch, the chain's `Moment`.
//! - Validity is checked against this machine's clock, as RFC 5280 reads it (both ends
//!   included); the chain checks again against its own time.
//!
//! ## Not yet
//! - Submitting the binding and acts to a node: the tool prints them for a wallet or for
//!   a script using `@polkadot/api` to submit.
//! - Checking a certificate's revocation (OCSP or SAT's CRL): the registrar's job.
//! - Full chain validation beyond one link (`inspect --ca`).

pub mod act;
pub mod certificate;
pub mod cli;
pub mod error;
pub mod key;
pub mod test_ca;

pub use bmx_primitives::efirma::RsaPublicKey;
pub use error::{Error, Result};
