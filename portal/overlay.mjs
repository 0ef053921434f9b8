#!/usr/bin/env node
// Writes what a served portal reads beside its page for one chain: `config.json` (the node's
// RPC endpoint, the light client's spec, the faucet) and `chain-spec.json` (the chain's raw spec
// with the node's WebSocket p2p address as its boot node, so that the light client in the
// browser reaches it). `scripts/run.sh` calls it for the local chain.
//
//   node overlay.mjs --out DIR --rpc ws://127.0.0.1:9944 --spec RAW.json
//                    --p2p /ip4/127.0.0.1/tcp/30334/ws --node-key HEX [--faucet]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { base58Encode, ed25519PairFromSeed } from '@polkadot/util-crypto';
import { hexToU8a, u8aConcat } from '@polkadot/util';

const { values: args } = parseArgs({
  options: {
    out: { type: 'string' },
    rpc: { type: 'string' },
    spec: { type: 'string' },
    p2p: { type: 'string' },
    'node-key': { type: 'string' },
    faucet: { type: 'boolean', default: false },
  },
});
for (const name of ['out', 'rpc', 'spec', 'p2p', 'node-key']) {
  if (!args[name]) {
    console.error(`overlay.mjs: --${name} is required`);
    process.exit(2);
  }
}

/** The libp2p peer id of an ed25519 node key (as `--node-key` takes it). */
export function peerIdOf(key) {
  const { publicKey } = ed25519PairFromSeed(hexToU8a(key.startsWith('0x') ? key : `0x${key}`));
  // multihash identity (0x00), length 36; protobuf { KeyType = Ed25519 (1), Data = 32 bytes }.
  return base58Encode(u8aConcat([0x00, 0x24, 0x08, 0x01, 0x12, 0x20], publicKey));
}

const spec = JSON.parse(fs.readFileSync(args.spec, 'utf8'));
spec.bootNodes = [`${args.p2p}/p2p/${peerIdOf(args['node-key'])}`];
fs.mkdirSync(args.out, { recursive: true });
fs.writeFileSync(path.join(args.out, 'chain-spec.json'), JSON.stringify(spec));
const config = { rpc: args.rpc, chainSpec: 'chain-spec.json', faucet: args.faucet ? 'faucet' : null };
fs.writeFileSync(path.join(args.out, 'config.json'), `${JSON.stringify(config, null, 2)}\n`);
console.log(`overlay: ${args.out} (boot node ${spec.bootNodes[0]})`);
