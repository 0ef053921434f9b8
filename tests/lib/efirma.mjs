// Helpers for tests that sign with e.firma through the client tool `efirma` (tools/efirma):
// locate and run the binary on the TEST certificates of tools/efirma/fixtures (never real ones),
// and turn its JSON into the identity pallet's calls.

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBinary } from './node.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The TEST certificates and keys (tools/efirma/fixtures/README.md). */
export const EFIRMA_FIXTURES = path.join(ROOT, 'tools/efirma/fixtures');
/**
 * The password of every fixture key: handed to the tool through the environment only, and typed
 * into the portal's signing form by its browser tests, as a person types theirs.
 */
export const FIXTURE_PASSWORD = '12345678a';

/** Path of the efirma binary: $BMX_EFIRMA, else next to bmx-node. */
export function efirmaBinary() {
  const binary = process.env.BMX_EFIRMA ?? path.join(path.dirname(nodeBinary()), 'efirma');
  if (!fs.existsSync(binary)) {
    throw new Error(`efirma not found at ${binary}: build it with the release set (source scripts/env.sh && build_release) or set BMX_EFIRMA`);
  }
  return binary;
}

/** Runs efirma with `args`; resolves {code, stdout, stderr} whatever the exit code. */
export function runEfirma(args) {
  return new Promise((resolve, reject) => {
    execFile(
      efirmaBinary(),
      args,
      { timeout: 60_000, env: { ...process.env, EFIRMA_PASSWORD: FIXTURE_PASSWORD } },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(`efirma did not run (${error.message})\n${stderr}`));
          return;
        }
        resolve({ code: error ? error.code : 0, stdout, stderr });
      },
    );
  });
}

/** Runs efirma and parses its JSON; fails with its message unless it exits 0. */
async function efirmaJson(args) {
  const { code, stdout, stderr } = await runEfirma(args);
  if (code !== 0) throw new Error(`efirma ${args[0]} exited ${code}: ${stderr}`);
  return JSON.parse(stdout);
}

/** The certificate and key arguments of fixture `holder` (persona, empresa, ...). */
const credentials = (holder) => [
  '--cer', path.join(EFIRMA_FIXTURES, `${holder}.cer`),
  '--key', path.join(EFIRMA_FIXTURES, `${holder}.key`),
  '--password-env', 'EFIRMA_PASSWORD',
];

/** The holder's proof for binding fixture `holder`'s certificate to `account` on `genesis`. */
export function bindProof(holder, genesis, account) {
  return efirmaJson(['bind-proof', ...credentials(holder), '--genesis', genesis, '--account', account]);
}

/**
 * Fixture `holder`'s signing act of `document` for `purpose` as `signer` on `genesis`. The
 * window opens a minute before now, so that a block authored with a clock slightly behind ours
 * still accepts it.
 */
export function signingAct(holder, genesis, signer, document, purpose) {
  const notBefore = Date.now() - 60_000;
  return efirmaJson([
    'sign', ...credentials(holder), '--genesis', genesis, '--signer', signer,
    '--document', document, '--purpose', purpose,
    '--not-before', `${notBefore}`, '--not-after', `${notBefore + 3_600_000}`,
  ]);
}

/** SAT's `bindEfirma` call for `who` with a `bindProof` output. */
export const bindCall = (api, who, proof) => api.tx.digitalIdentity.bindEfirma(
  who, proof.serial, proof.public_key, proof.not_before, proof.not_after, proof.proof,
);

/** The signer's `signDocument` call with a `signingAct` output. */
export const signCall = (api, act) => api.tx.digitalIdentity.signDocument(
  act.document, act.purpose_hex, act.not_before, act.not_after, act.signature,
);
