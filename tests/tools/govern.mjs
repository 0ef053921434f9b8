#!/usr/bin/env node
// Walks a Root call through the councils of a development or local chain with the development
// keys, printing each step: the Executive Council whitelists it, the Advisory Council
// dispatches it. There is no sudo key; this is how a developer does what sudo used to do.
//
//   govern.mjs [--ws URL] upgrade <runtime.compact.compressed.wasm>
//   govern.mjs [--ws URL] root <0x SCALE-encoded call>
//   govern.mjs [--ws URL] executive <0x SCALE-encoded call>   (an ordinary Executive decision)

import fs from 'node:fs';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { asRoot, devSeatKeys, executiveDecision, upgradeRuntime } from '../lib/governance.mjs';

const USAGE = `usage: govern.mjs [--ws URL] (upgrade <wasm> | root <0xcall> | executive <0xcall>)`;

function parseArgs(argv) {
  const args = [...argv];
  let ws = 'ws://127.0.0.1:9944';
  if (args[0] === '--ws') {
    ws = args[1];
    args.splice(0, 2);
  }
  const [command, operand] = args;
  if (!['upgrade', 'root', 'executive'].includes(command) || !operand || args.length !== 2 || !ws) {
    throw new Error(USAGE);
  }
  return { ws, command, operand };
}

async function main() {
  const { ws, command, operand } = parseArgs(process.argv.slice(2));
  const log = (line) => console.log(`[govern] ${line}`);
  const api = await ApiPromise.create({ provider: new WsProvider(ws, 1000, {}, 30_000), noInitWarn: true });
  try {
    const keys = await devSeatKeys();
    if (command === 'upgrade') {
      const code = fs.readFileSync(operand);
      const before = api.runtimeVersion.specVersion.toNumber();
      log(`connected to ${ws}, spec_version ${before}`);
      await upgradeRuntime(api, code, keys, keys.secretary, { log });
      const deadline = Date.now() + 60_000;
      for (;;) {
        const version = await api.rpc.state.getRuntimeVersion();
        if (version.specVersion.toNumber() !== before) {
          log(`runtime upgraded: spec_version ${before} -> ${version.specVersion.toNumber()}`);
          break;
        }
        if (Date.now() > deadline) throw new Error('the new runtime did not take effect within 60 s');
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    } else {
      const call = api.createType('Call', operand);
      const tx = api.tx(call);
      if (command === 'root') await asRoot(api, tx, keys, { log });
      else await executiveDecision(api, tx, keys, { log });
      log('done');
    }
  } finally {
    await api.disconnect();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`[govern] ${error.message}`);
    process.exit(1);
  },
);
