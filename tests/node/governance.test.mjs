// Sovereign governance on a running dev chain (`bmx-node --dev --tmp`): there is no sudo, a
// Root call made by a single account fails, and a runtime upgrade walked through the councils
// by `scripts/govern.sh`'s tool (the Executive whitelists, the Advisory Council dispatches,
// anyone applies the authorized code) takes effect: `state_getRuntimeVersion` shows the new
// `spec_version` and the chain keeps finalizing.
//
// The upgrade is a real second runtime: bmx-runtime built with `next-spec-version`
// (`scripts/upgrade-wasm.sh`, whose output path `scripts/test.sh` passes as BMX_UPGRADE_WASM).

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { blake2AsHex, cryptoWaitReady } from '@polkadot/util-crypto';
import { rpc, waitForFinalized } from '../lib/node.mjs';
import { startDevChain } from '../lib/dev-chain.mjs';
import { submit } from '../lib/chain.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const GOVERN = path.join(ROOT, 'tests/tools/govern.mjs');
const UPGRADE_WASM = process.env.BMX_UPGRADE_WASM;

/** Runs the governance tool; resolves with {code, stdout, stderr}. */
function govern(args, timeoutMs = 240_000) {
  return new Promise((resolve) => {
    execFile(process.execPath, [GOVERN, ...args], { timeout: timeoutMs }, (error, stdout, stderr) => {
      resolve({ code: error ? (error.code ?? error.signal) : 0, stdout, stderr });
    });
  });
}

describe('sovereign governance on a dev chain', { timeout: 600_000 }, () => {
  let node;
  let rpcPort;
  let api;
  let alice;

  before(async () => {
    assert.ok(
      UPGRADE_WASM && fs.existsSync(UPGRADE_WASM),
      'BMX_UPGRADE_WASM must name the upgrade runtime: BMX_UPGRADE_WASM="$(scripts/upgrade-wasm.sh)"',
    );
    ({ node, api, rpcPort } = await startDevChain('governance'));
    await cryptoWaitReady();
    alice = new Keyring({ type: 'sr25519', ss58Format: 5252 }).addFromUri('//Alice');
  });

  after(async () => {
    if (api?.isConnected) await api.disconnect();
    node?.kill();
  });

  it('has no sudo pallet', () => {
    assert.equal(api.tx.sudo, undefined);
    assert.ok(!api.runtimeMetadata.asLatest.pallets.some((p) => p.name.toString() === 'Sudo'));
  });

  it('refuses a Root call from a single account', async () => {
    const code = fs.readFileSync(UPGRADE_WASM);
    await assert.rejects(
      submit(api, api.tx.system.authorizeUpgrade(blake2AsHex(code, 256)), alice),
      /BadOrigin/,
    );
  });

  it('upgrades the runtime through the councils with scripts/govern.sh, and keeps finalizing', async () => {
    const before = await rpc(rpcPort, 'state_getRuntimeVersion');
    const result = await govern(['--ws', `ws://127.0.0.1:${rpcPort}`, 'upgrade', UPGRADE_WASM]);
    assert.equal(result.code, 0, `govern failed:\n${result.stdout}\n${result.stderr}\n${node.logTail()}`);
    for (const step of [
      /Executive Council: the Secretary tabled motion/,
      /Whitelist: the Executive Council whitelisted the call/,
      /Whitelist: the Advisory Council dispatched the call as Root/,
      /System: upgrade authorized/,
      /runtime upgraded: spec_version \d+ -> \d+/,
    ]) {
      assert.match(result.stdout, step);
    }
    const after = await rpc(rpcPort, 'state_getRuntimeVersion');
    assert.equal(after.specName, before.specName);
    assert.equal(after.specVersion, before.specVersion + 1);
    const finalized = (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
    assert.ok(await waitForFinalized(node, rpcPort, finalized + 3, 120_000) >= finalized + 3);
  });
});
