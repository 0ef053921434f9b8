// e.firma that means non-repudiation (issue 21), driven through @polkadot/api on a dev chain of
// its own (one TEST certificate backs one account, and the tenders' journey on the local network
// binds the same ones) with the client tool `efirma` (tools/efirma) on the TEST certificates
// of tools/efirma/fixtures (a TEST certification authority to SAT's profile, never real ones):
//
// 1. SAT (//Two) verifies a company with its legal representative; RENAPO (//One) verifies the
//    representative. The company binds its own e.firma (de persona moral) and the representative
//    hers, each with the holder's proof that `efirma bind-proof` makes; a proof made for another
//    account is refused (`InvalidSignature`).
// 2. The representative signs a contract's document with her own e.firma (`efirma sign`); the
//    company's key cannot sign for her. The runtime API answers the act (certificate serial,
//    block) and checks its signature again against the certificate's key
//    (`checkSigningAct` true); a tampered document hash has no act, and her signature submitted
//    for it is refused (`InvalidSignature`).
// 3. `bmx-verify signature` proves the act against a GRANDPA-justified finalized block and
//    checks its RSA signature again off chain, trusting no node: a tampered hash is not
//    authentic, and a proxy that alters the read proof is caught.
// 4. SAT records the revocation of her certificate: she can no longer sign; what she signed
//    stays verifiable.
//
// The tool is $BMX_EFIRMA, else `efirma` next to bmx-node (the release target dir):
// `source scripts/env.sh && build_release` (the release set, efirma with the node).

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { stringToU8a } from '@polkadot/util';
import { blake2AsHex, cryptoWaitReady, randomAsHex } from '@polkadot/util-crypto';
import { freePorts, waitForFinalized } from '../lib/node.mjs';
import { flipByte, runVerify, startProxy, verifyBinary } from '../lib/verify.mjs';
import { findEvent, submit } from '../lib/chain.mjs';
import { startDevChain } from '../lib/dev-chain.mjs';
import { bindCall, bindProof, efirmaBinary, signCall, signingAct } from '../lib/efirma.mjs';

const SS58_FORMAT = 5252;
const UNIT = 10n ** 12n;
const GUADALAJARA = { state: 'Jalisco', municipality: 39 };

/** blake2-256 of a label: a stand-in for the hash of an off-chain document. */
const docHash = (label) => blake2AsHex(stringToU8a(label), 256);

describe('e.firma signing acts on a dev chain', { timeout: 600_000 }, () => {
  let node;
  let api;
  let close;
  let rawSpec;
  let genesis;
  let sat;
  let renapo;
  let company;
  let representative;
  const contract = docHash('contrato de suministro LA-914-2026');
  const purpose = 'Contrato de suministro';
  let herProof;
  let herAct;
  let signedAt;
  let rpcPort;

  before(async () => {
    efirmaBinary();
    verifyBinary();
    ({ node, api, rpcPort, close, rawSpec } = await startDevChain('efirma'));
    genesis = api.genesisHash.toHex();
    await cryptoWaitReady();
    const keyring = new Keyring({ type: 'sr25519', ss58Format: SS58_FORMAT });
    [sat, renapo] = ['//Two', '//One'].map((uri) => keyring.addFromUri(uri));
    const alice = keyring.addFromUri('//Alice');
    company = keyring.addFromUri('//Efirma//Company');
    representative = keyring.addFromUri('//Efirma//Representative');
    await submit(
      api,
      api.tx.utility.batchAll([company, representative].map((who) => api.tx.balances.transferKeepAlive(who.address, 100n * UNIT))),
      alice,
      { label: 'fund', timeoutMs: 60_000 },
    );
    await Promise.all([
      send(api.tx.digitalIdentity.verifyOrganisation(company.address, randomAsHex(32), [representative.address]), sat, 'SAT verifies the company'),
      send(api.tx.digitalIdentity.verifyPerson(representative.address, randomAsHex(32), { National: GUADALAJARA }, 'Adult'), renapo, 'RENAPO verifies her'),
    ]);
  });

  after(async () => {
    await close?.();
  });

  const send = (tx, signer, label) => submit(api, tx, signer, { label, timeoutMs: 60_000 });

  /** Fails unless `promise` (a `submit`) is refused with the module error `digitalIdentity.name`. */
  async function refused(promise, name) {
    await assert.rejects(promise, (error) => {
      assert.match(error.message, new RegExp(`\\bdigitalIdentity\\.${name}\\b`), `expected digitalIdentity.${name}`);
      return true;
    });
  }

  it('binds the company\'s e.firma and its representative\'s, each with the holder\'s proof', async () => {
    const [companyProof, proof, forTheCompany] = await Promise.all([
      bindProof('empresa', genesis, company.address),
      bindProof('representante', genesis, representative.address),
      bindProof('representante', genesis, company.address),
    ]);
    herProof = proof;
    // Her certificate's proof made for the company's account does not bind it to hers.
    await refused(
      send(api.tx.digitalIdentity.bindEfirma(
        representative.address, proof.serial, proof.public_key, proof.not_before, proof.not_after, forTheCompany.proof,
      ), sat, 'a proof for another account'),
      'InvalidSignature',
    );
    const bound = await send(
      api.tx.utility.batchAll([bindCall(api, company.address, companyProof), bindCall(api, representative.address, proof)]),
      sat,
      'SAT binds both',
    );
    const events = bound.events.filter(({ event }) => api.events.digitalIdentity.EfirmaBound.is(event));
    assert.equal(events.length, 2);
    assert.equal(events[1].event.data.certificate.toHex(), proof.serial);
    assert.equal(events[1].event.data.key.toHex(), proof.key_id);
    for (const who of [company, representative]) {
      assert.ok((await api.call.digitalIdentityApi.isEfirmaBound(who.address)).isTrue, `${who.address} is not bound`);
    }
  });

  it('the representative signs the contract with her own e.firma; the runtime API checks it again', async () => {
    assert.ok(herProof, 'an earlier step failed: no binding');
    // The company's key cannot sign as her.
    const byTheCompanyKey = await signingAct('empresa', genesis, representative.address, contract, purpose);
    await refused(send(signCall(api, byTheCompanyKey), representative, 'the company key signs as her'), 'InvalidSignature');
    herAct = await signingAct('representante', genesis, representative.address, contract, purpose);
    const signed = await send(signCall(api, herAct), representative, 'she signs');
    signedAt = signed.blockNumber;
    const event = findEvent(signed.events, api.events.digitalIdentity.DocumentSigned);
    assert.ok(event, 'no DocumentSigned event');
    assert.equal(event.data.certificate.toHex(), herProof.serial);

    const acts = await api.call.digitalIdentityApi.signatures(contract);
    assert.equal(acts.length, 1);
    assert.equal(acts[0].signer.toString(), representative.address);
    assert.equal(acts[0].certificate.toHex(), herProof.serial);
    assert.equal(acts[0].block.toNumber(), signed.blockNumber);
    assert.equal(acts[0].signature.toHex(), herAct.signature);
    assert.equal((await api.call.digitalIdentityApi.checkSigningAct(contract, representative.address)).toJSON(), true);
    const record = (await api.call.digitalIdentityApi.certificate(herProof.serial)).unwrap();
    assert.equal(record[0].holder.toString(), representative.address);
    assert.equal(record[0].key.modulus.toHex(), herProof.public_key.modulus);
    assert.ok(record[1].isNone, 'her certificate is recorded as revoked');
  });

  it('a tampered document hash has no act, and her signature is refused for it', async () => {
    assert.ok(herAct, 'an earlier step failed: no signing act');
    const tampered = `0x${(BigInt(contract) ^ 1n).toString(16).padStart(64, '0')}`;
    assert.ok((await api.call.digitalIdentityApi.checkSigningAct(tampered, representative.address)).isNone);
    await refused(
      send(api.tx.digitalIdentity.signDocument(tampered, herAct.purpose_hex, herAct.not_before, herAct.not_after, herAct.signature), representative, 'her signature on a tampered hash'),
      'InvalidSignature',
    );
  });

  it('bmx-verify proves her act and checks its signature without trusting the node', async () => {
    assert.ok(signedAt, 'an earlier step failed: no signing act');
    const specFile = await rawSpec();
    // The node keeps a justification every 8 blocks: wait until one follows the act.
    await waitForFinalized(node, rpcPort, signedAt + 9, 180_000);
    const connection = (port) => ['--rpc', `http://127.0.0.1:${port}`, '--chain-spec', specFile, '--json'];

    const run = await runVerify(['signature', ...connection(rpcPort), '--document', contract]);
    assert.equal(run.code, 0, `bmx-verify failed:\n${run.stdout}\n${run.stderr}`);
    const out = JSON.parse(run.stdout);
    assert.equal(out.ok, true);
    assert.equal(out.record.genesis.hash, genesis);
    const [act] = out.record.acts;
    assert.equal(out.record.acts.length, 1);
    assert.equal(act.signer, representative.address);
    assert.equal(act.certificate.serial, herProof.serial);
    assert.equal(act.certificate.record.key_id, herProof.key_id);
    assert.equal(act.block, signedAt);
    assert.equal(act.signature, herAct.signature);
    assert.equal(act.signature_valid, true);

    // Not by the company; not on a tampered hash.
    const byCompany = await runVerify(['signature', ...connection(rpcPort), '--document', contract, '--signer', company.address]);
    assert.equal(byCompany.code, 1, byCompany.stderr);
    assert.equal(JSON.parse(byCompany.stdout).failed, 'absent');
    const tampered = `0x${(BigInt(contract) ^ 1n).toString(16).padStart(64, '0')}`;
    const onTampered = await runVerify(['signature', ...connection(rpcPort), '--document', tampered]);
    assert.equal(onTampered.code, 1, onTampered.stderr);
    assert.equal(JSON.parse(onTampered.stdout).failed, 'absent');

    // A dishonest node altering the read proof is caught.
    const [proxyPort] = await freePorts(1);
    const proxy = await startProxy(proxyPort, rpcPort);
    try {
      proxy.tamper = (method, result) => {
        if (method !== 'state_getReadProof') return undefined;
        const proof = [...result.proof];
        const last = proof.length - 1;
        proof[last] = flipByte(proof[last], Math.floor((proof[last].length - 2) / 4));
        return { ...result, proof };
      };
      const lied = await runVerify(['signature', ...connection(proxyPort), '--document', contract]);
      assert.ok(proxy.tampered > 0, 'the proxy altered nothing');
      assert.equal(lied.code, 1, `expected the tampering to be detected:\n${lied.stdout}\n${lied.stderr}`);
      assert.equal(JSON.parse(lied.stdout).failed, 'proof');
    } finally {
      await new Promise((resolve) => proxy.server.close(resolve));
    }
  });

  it('after SAT revokes her certificate she cannot sign; what she signed stays verifiable', async () => {
    assert.ok(herAct, 'an earlier step failed: no signing act');
    const revoked = await send(api.tx.digitalIdentity.revokeCertificate(herProof.serial), sat, 'SAT revokes');
    const event = findEvent(revoked.events, api.events.digitalIdentity.CertificateRevoked);
    assert.ok(event, 'no CertificateRevoked event');
    assert.equal(event.data.holder.toString(), representative.address);
    const another = await signingAct('representante', genesis, representative.address, docHash('otro'), purpose);
    await refused(send(signCall(api, another), representative, 'she signs after revocation'), 'CertificateRevoked');
    assert.ok((await api.call.digitalIdentityApi.isEfirmaBound(representative.address)).isFalse);
    assert.equal((await api.call.digitalIdentityApi.checkSigningAct(contract, representative.address)).toJSON(), true);
  });
});
