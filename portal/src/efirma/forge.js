// node-forge, only the parts e.firma needs (not its TLS, SSH, PKCS #7/#12 or X.509 builders): the
// ASN.1 DER decoder and PEM, PBES2 (PBKDF2 with HMAC-SHA-1/-2, DES-EDE3-CBC, AES-CBC) for the
// `.key`, the RSA key reader, and SHA-256 for the fallback signer (sign.js).
import forge from 'node-forge/lib/forge.js';
import 'node-forge/lib/asn1.js';
import 'node-forge/lib/pem.js';
import 'node-forge/lib/pbe.js';
import 'node-forge/lib/rsa.js';
import 'node-forge/lib/sha1.js';
import 'node-forge/lib/sha256.js';
import 'node-forge/lib/sha512.js';

export default forge;
