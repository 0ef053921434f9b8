// e.firma in the browser (src/efirma/) against the `efirma` tool (tools/efirma), which builds the
// statements with the runtime's own code (`bmx_primitives::efirma::Statement::message`): a TEST
// certification authority and holders made by `efirma test-ca` in a temporary folder, signed
// by both with the same inputs. RSASSA-PKCS1-v1_5 is deterministic, so the signatures must be
// the same bytes. The tool is $BMX_EFIRMA, else `efirma` next to bmx-node (the release target
// dir); without it they fail, saying how to build it (scripts/test.sh builds it first).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TypeRegistry } from '@polkadot/types';
import { u8aToHex } from '@polkadot/util';
import {
  DOMAIN, EfirmaError, bindingMessage, bindingProof, decryptKey, ensureKeyMatches, forgetKey, keyId,
  publicKey, publicKeyJson, readCertificate, signMessage, signingAct, signingMessage,
} from '../src/efirma/index.js';

const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(os.homedir(), '.cache/bmx/target');
const EFIRMA = process.env.BMX_EFIRMA
  ?? path.join(path.dirname(process.env.BMX_NODE ?? path.join(targetDir, 'release/bmx-node')), 'efirma');

/** A password with a non-ASCII letter: the tool and the browser both use its UTF-8 bytes. */
const PASSWORD = 'Contraseña de prueba 1';
const GENESIS = `0x${'a1'.repeat(32)}`;
const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const DOCUMENT = `0x${'c3'.repeat(32)}`;
const PURPOSE = 'Contrato de la licitación 7 — adquisición de equipo médico';

let dir;

/** Runs the tool; resolves `{ code, stdout, stderr }` whatever its exit code. */
function efirma(args) {
  return new Promise((resolve, reject) => {
    execFile(EFIRMA, args, { timeout: 60_000, env: { ...process.env, EFIRMA_PASSWORD: PASSWORD } }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') return reject(error);
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

async function efirmaJson(args) {
  const { code, stdout, stderr } = await efirma(args);
  assert.equal(code, 0, `efirma ${args[0]} failed: ${stderr}`);
  return JSON.parse(stdout);
}

const file = (name) => fs.readFileSync(path.join(dir, name));
const holderArgs = (cer, key = cer) => ['--cer', path.join(dir, `${cer}.cer`), '--key', path.join(dir, `${key}.key`), '--password-env', 'EFIRMA_PASSWORD'];
const pem = (label, der) => Buffer.from(`-----BEGIN ${label}-----\n${der.toString('base64').match(/.{1,64}/g).join('\n')}\n-----END ${label}-----\n`);

/** The reason of the `EfirmaError` that `fn` throws (or rejects with). */
async function reason(fn) {
  try {
    await fn();
  } catch (error) {
    assert.ok(error instanceof EfirmaError, `not an EfirmaError: ${error.stack}`);
    return error.reason;
  }
  assert.fail('no error');
}

describe('e.firma in the browser signs what the efirma tool signs', () => {
  before(async () => {
    assert.ok(fs.existsSync(EFIRMA), `the efirma tool is not at ${EFIRMA}: build it (cargo build --release -p efirma) or set BMX_EFIRMA`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bmx-efirma-portal-'));
    await efirmaJson(['test-ca', '--out', dir, '--password-env', 'EFIRMA_PASSWORD']);
  });

  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the certificate reads as the tool inspects it: serial, validity, holder, public key and its id', async () => {
    for (const holder of ['persona', 'empresa', 'representante', 'vencido']) {
      const inspected = await efirmaJson(['inspect', '--cer', path.join(dir, `${holder}.cer`)]);
      const certificate = readCertificate(file(`${holder}.cer`));
      assert.equal(u8aToHex(certificate.serial), inspected.serial, holder);
      assert.equal(certificate.notBefore, inspected.not_before, holder);
      assert.equal(certificate.notAfter, inspected.not_after, holder);
      assert.deepEqual(publicKeyJson(publicKey(certificate)), inspected.public_key, holder);
      assert.equal(u8aToHex(keyId(publicKey(certificate))), inspected.key_id, holder);
      assert.equal(certificate.issuerCommonName, inspected.issuer_common_name);
      assert.equal(certificate.signatureAlgorithm, inspected.signature_algorithm);
      const { subject } = inspected;
      assert.deepEqual(
        [certificate.holder.commonName, certificate.holder.rfc, certificate.holder.curp, certificate.holder.representativeRfc, certificate.holder.representativeCurp, certificate.holder.organizationalUnit],
        [subject.common_name, subject.rfc, subject.curp, subject.representative_rfc, subject.representative_curp, subject.organizational_unit],
        holder,
      );
      // PEM reads the same.
      assert.deepEqual(readCertificate(pem('CERTIFICATE', file(`${holder}.cer`))).serial, certificate.serial);
    }
  });

  test('a signing act: the same message and byte for byte the same signature as `efirma sign`', async () => {
    const notBefore = Date.now() - 60_000;
    const notAfter = notBefore + 3_600_000;
    for (const [holder, signer] of [['persona', ALICE], ['empresa', `0x${'07'.repeat(32)}`]]) {
      const tool = await efirmaJson([
        'sign', ...holderArgs(holder), '--genesis', GENESIS, '--signer', signer, '--document', DOCUMENT,
        '--purpose', PURPOSE, '--not-before', `${notBefore}`, '--not-after', `${notAfter}`,
      ]);
      const certificate = readCertificate(file(`${holder}.cer`));
      const key = decryptKey(file(`${holder}.key`), PASSWORD);
      const request = { genesis: GENESIS, signer, document: DOCUMENT, purpose: PURPOSE, notBefore, notAfter };
      const act = await signingAct({ certificate, key, ...request, now: Date.now() });
      assert.deepEqual(act, tool, holder);
      // The message is the one the tool signed: its signature verifies over our bytes, and over
      // no other.
      const message = signingMessage(request);
      const spki = new crypto.X509Certificate(certificate.der).publicKey;
      const verify = (bytes) => crypto.verify('sha256', bytes, spki, Buffer.from(tool.signature.slice(2), 'hex'));
      assert.ok(verify(message), `${holder}: the tool's signature does not verify over our message`);
      const altered = message.slice();
      altered[altered.length - 1] ^= 1;
      assert.ok(!verify(altered));
      // node-forge's signature (for pages without WebCrypto) is the same bytes.
      assert.equal(u8aToHex(await signMessage(key, message, { engine: 'forge' })), tool.signature);
      assert.equal(u8aToHex(await signMessage(key, message, { engine: 'webcrypto' })), tool.signature);
      // And the tool's `check` accepts ours.
      const ours = path.join(dir, `act-${holder}.json`);
      fs.writeFileSync(ours, JSON.stringify(act));
      assert.equal((await efirmaJson(['check', '--cer', path.join(dir, `${holder}.cer`), '--statement-json', ours])).valid, true);
      forgetKey(key);
      assert.equal(key.pkcs8, null);
      await assert.rejects(signMessage(key, message));
    }
  });

  test('a binding proof: the same JSON as `efirma bind-proof`', async () => {
    const tool = await efirmaJson(['bind-proof', ...holderArgs('representante'), '--genesis', GENESIS, '--account', ALICE]);
    const certificate = readCertificate(file('representante.cer'));
    const key = decryptKey(file('representante.key'), PASSWORD);
    assert.deepEqual(await bindingProof({ certificate, key, genesis: GENESIS, account: ALICE, now: Date.now() }), tool);
  });

  test('the SCALE encoding agrees with @polkadot/types for the runtime\'s Statement<AccountId32, u64>', () => {
    const registry = new TypeRegistry();
    registry.register({
      EfirmaStatement: {
        _enum: {
          Binding: { genesis: 'H256', account: 'AccountId32', serial: 'Bytes' },
          Signing: { genesis: 'H256', document: 'H256', purpose: 'Bytes', signer: 'AccountId32', notBefore: 'u64', notAfter: 'u64' },
        },
      },
    });
    const Statement = 'EfirmaStatement';
    const signing = { genesis: GENESIS, document: DOCUMENT, purpose: PURPOSE, signer: ALICE, notBefore: 1_796_000_000_000, notAfter: 2n ** 64n - 1n };
    const expected = registry.createType(Statement, { Signing: { ...signing, purpose: u8aToHex(new TextEncoder().encode(PURPOSE)) } }).toU8a();
    assert.equal(u8aToHex(signingMessage(signing)), u8aToHex(new Uint8Array([...DOMAIN, ...expected])));
    const serial = new TextEncoder().encode('99001000000725709818');
    const binding = registry.createType(Statement, { Binding: { genesis: GENESIS, account: ALICE, serial: u8aToHex(serial) } }).toU8a();
    assert.equal(u8aToHex(bindingMessage({ genesis: GENESIS, account: ALICE, serial })), u8aToHex(new Uint8Array([...DOMAIN, ...binding])));
    assert.equal(new TextDecoder().decode(DOMAIN), 'Blockchain MX e.firma statement v1\n');
  });

  test('a wrong password is refused, by the tool and here', async () => {
    const wrongFile = path.join(dir, 'wrong-password');
    fs.writeFileSync(wrongFile, 'contraseña de prueba 1\n');
    const args = ['bind-proof', '--cer', path.join(dir, 'persona.cer'), '--key', path.join(dir, 'persona.key'), '--password-file', wrongFile, '--genesis', GENESIS, '--account', ALICE];
    const { code, stderr } = await efirma(args);
    assert.equal(code, 1);
    assert.match(stderr, /wrong password/);
    for (const wrong of ['contraseña de prueba 1', 'Contraseña de prueba 1 ', '12345678a', 'x']) {
      assert.equal(await reason(() => decryptKey(file('persona.key'), wrong)), 'wrongPassword', wrong);
    }
  });

  test('a key that is not the certificate\'s is refused, by the tool and here', async () => {
    const { code, stderr } = await efirma(['bind-proof', ...holderArgs('persona', 'representante'), '--genesis', GENESIS, '--account', ALICE]);
    assert.equal(code, 1);
    assert.match(stderr, /does not belong to the certificate/);
    const certificate = readCertificate(file('persona.cer'));
    const key = decryptKey(file('representante.key'), PASSWORD);
    assert.equal(await reason(() => ensureKeyMatches(key, certificate)), 'keyMismatch');
    const request = { genesis: GENESIS, signer: ALICE, document: DOCUMENT, purpose: PURPOSE, notBefore: 1, notAfter: 2 };
    assert.equal(await reason(() => signingAct({ certificate, key, ...request, now: Date.now() })), 'keyMismatch');
  });

  test('an expired or not yet valid certificate is refused, by the tool and here', async () => {
    const { code, stderr } = await efirma(['bind-proof', ...holderArgs('vencido'), '--genesis', GENESIS, '--account', ALICE]);
    assert.equal(code, 1);
    assert.match(stderr, /expired/);
    const expired = readCertificate(file('vencido.cer'));
    const key = decryptKey(file('vencido.key'), PASSWORD);
    const request = { genesis: GENESIS, signer: ALICE, document: DOCUMENT, purpose: PURPOSE, notBefore: 1, notAfter: 2 };
    assert.equal(await reason(() => signingAct({ certificate: expired, key, ...request, now: Date.now() })), 'expired');
    // Valid through notAfter itself, as the tool reads RFC 5280.
    await signingAct({ certificate: expired, key, ...request, now: expired.notAfter });
    assert.equal(await reason(() => signingAct({ certificate: expired, key, ...request, now: expired.notAfter + 1 })), 'expired');
    const current = readCertificate(file('persona.cer'));
    const currentKey = decryptKey(file('persona.key'), PASSWORD);
    const early = await reason(() => signingAct({ certificate: current, key: currentKey, ...request, now: current.notBefore - 1 }));
    assert.equal(early, 'notYetValid');
  });

  test('what is not a certificate or an encrypted key is named as such', async () => {
    assert.equal(await reason(() => readCertificate(Buffer.from('no soy un certificado'))), 'notACertificate');
    assert.equal(await reason(() => readCertificate(file('persona.key'))), 'notACertificate');
    assert.equal(await reason(() => readCertificate(pem('PRIVATE KEY', file('persona.cer')))), 'notACertificate');
    assert.equal(await reason(() => decryptKey(file('persona.cer'), PASSWORD)), 'notAKeyFile');
    assert.equal(await reason(() => decryptKey(Buffer.from([1, 2, 3]), PASSWORD)), 'notAKeyFile');
    const plain = crypto.createPrivateKey({ key: file('persona.key'), format: 'der', type: 'pkcs8', passphrase: PASSWORD });
    const unencrypted = plain.export({ format: 'der', type: 'pkcs8' });
    assert.equal(await reason(() => decryptKey(unencrypted, PASSWORD)), 'unencryptedKey');
    assert.equal(await reason(() => decryptKey(pem('PRIVATE KEY', unencrypted), PASSWORD)), 'unencryptedKey');
  });

  test('PEM keys and PBES2 with AES-256-CBC and PBKDF2-HMAC-SHA256 decrypt as the tool decrypts them', async () => {
    const plain = crypto.createPrivateKey({ key: file('persona.key'), format: 'der', type: 'pkcs8', passphrase: PASSWORD });
    // node's PKCS #8 encryption: PBES2, PBKDF2-HMAC-SHA256, AES-256-CBC.
    fs.writeFileSync(path.join(dir, 'aes.key'), plain.export({ format: 'der', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: PASSWORD }));
    fs.writeFileSync(path.join(dir, 'pem.key'), pem('ENCRYPTED PRIVATE KEY', file('persona.key')));
    const certificate = readCertificate(file('persona.cer'));
    const request = { genesis: GENESIS, signer: ALICE, document: DOCUMENT, purpose: PURPOSE, notBefore: 10, notAfter: 20 };
    for (const name of ['aes', 'pem']) {
      const tool = await efirmaJson([
        'sign', '--cer', path.join(dir, 'persona.cer'), '--key', path.join(dir, `${name}.key`), '--password-env', 'EFIRMA_PASSWORD',
        '--genesis', GENESIS, '--signer', ALICE, '--document', DOCUMENT, '--purpose', PURPOSE, '--not-before', '10', '--not-after', '20',
      ]);
      const key = decryptKey(file(`${name}.key`), PASSWORD);
      assert.deepEqual(await signingAct({ certificate, key, ...request, now: Date.now() }), tool, name);
      assert.equal(await reason(() => decryptKey(file(`${name}.key`), 'otra')), 'wrongPassword', name);
    }
  });

  test('a statement the tool refuses is refused here: empty or long purpose, empty window', async () => {
    const certificate = readCertificate(file('persona.cer'));
    const key = decryptKey(file('persona.key'), PASSWORD);
    const base = { certificate, key, genesis: GENESIS, signer: ALICE, document: DOCUMENT, purpose: PURPOSE, notBefore: 1, notAfter: 2, now: Date.now() };
    const long = 'ñ'.repeat(65);
    for (const [change, expected, toolArgs] of [
      [{ purpose: '' }, 'emptyPurpose', ['--purpose', '']],
      [{ purpose: long }, 'purposeTooLong', ['--purpose', long]],
      [{ notBefore: 2 }, 'emptyWindow', ['--not-before', '2', '--not-after', '2']],
      [{ document: '0x1234' }, 'badInput', ['--document', '0x1234']],
    ]) {
      assert.equal(await reason(() => signingAct({ ...base, ...change })), expected);
      const args = ['sign', ...holderArgs('persona'), '--genesis', GENESIS, '--signer', ALICE, '--document', DOCUMENT, '--purpose', PURPOSE, '--not-before', '1', '--not-after', '2'];
      for (let i = 0; i < toolArgs.length; i += 2) args[args.indexOf(toolArgs[i]) + 1] = toolArgs[i + 1];
      assert.equal((await efirma(args)).code, 1, `the tool accepted ${JSON.stringify(change)}`);
    }
    // 128 bytes is the most.
    await signingAct({ ...base, purpose: 'ñ'.repeat(64) });
  });
});
