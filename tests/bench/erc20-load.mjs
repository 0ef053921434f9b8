// ERC-20 transfers through eth-rpc, measured as `bmx-throughput` measures native transfers
// (issue 19; run by `scripts/bench-network.sh --single --erc20`, which compares the two):
//
//   node bench/erc20-load.mjs --eth-url http://127.0.0.1:8545 [--senders N] [--per-sender K]
//                             [--in-flight M] [--pool-window W] [--backend evm|pvm]
//                             [--json FILE]
//
// 1. Set-up, not measured: Alith (an Ethereum dev account endowed in the dev genesis) deploys
//    `BenchToken` (OpenZeppelin's ERC20, tests/contracts/BenchToken.sol, compiled with solc to
//    EVM bytecode, or with --backend pvm by resolc to PolkaVM code: revive's two backends),
//    then sends each of N sender accounts (keys derived from a fixed seed and an index) native
//    value for gas and tokens to move, and waits until all of it is in blocks.
// 2. The load: K pre-signed `transfer` calls per sender (explicit nonces, each to the next
//    sender), submitted with `eth_sendRawTransaction`, at most M requests outstanding and at most
//    W transactions not yet in a block.
// 3. Inclusion is counted from the blocks (`eth_getBlockByNumber`) and success from receipts;
//    the sustained rate is taken, as for native transfers, over the blocks between the first and
//    the last that hold the run's transactions. Nothing asserts a figure.

import fs from 'node:fs';
import { parseArgs } from 'node:util';
import {
  Contract, ContractFactory, JsonRpcProvider, Wallet, keccak256, parseEther, toUtf8Bytes,
} from 'ethers';
import { compile, compilePvm, resolcVersion, solcVersion } from '../lib/solidity.mjs';

const CHAIN_ID = 5252n;
const ALITH_KEY = '0x5fb92d6e98884f76de468fa3f6278f8807c48bebc13595d45af5bdc4da702133';

const { values: args } = parseArgs({
  options: {
    'eth-url': { type: 'string', default: 'http://127.0.0.1:8545' },
    senders: { type: 'string', default: '400' },
    'per-sender': { type: 'string', default: '6' },
    'in-flight': { type: 'string', default: '64' },
    'pool-window': { type: 'string', default: '3000' },
    backend: { type: 'string', default: 'evm' },
    json: { type: 'string' },
  },
});
const senders = Number(args.senders);
const perSender = Number(args['per-sender']);
const inFlight = Number(args['in-flight']);
const poolWindow = Number(args['pool-window']);
if (!['evm', 'pvm'].includes(args.backend)) {
  console.error('--backend is evm (solc) or pvm (resolc)');
  process.exit(2);
}
if (!(senders >= 2 && perSender >= 1 && inFlight >= 1 && poolWindow >= 1)) {
  console.error('--senders must be at least 2; --per-sender, --in-flight, --pool-window at least 1');
  process.exit(2);
}

const provider = new JsonRpcProvider(args['eth-url'], Number(CHAIN_ID), {
  staticNetwork: true,
  pollingInterval: 500,
  batchMaxCount: 1,
});
const rpc = (method, params = []) => provider.send(method, params);
const alith = new Wallet(ALITH_KEY, provider);
const keys = Array.from({ length: senders }, (_, i) =>
  new Wallet(keccak256(toUtf8Bytes(`bmx-throughput erc20 sender ${i}`)), provider));
const log = (text) => console.error(text);

/** Sends pre-signed raw transactions, at most `inFlight` requests and `poolWindow` unincluded. */
async function submitAll(raws, window) {
  let next = 0;
  let retries = 0;
  const refused = {};
  async function worker() {
    while (next < raws.length) {
      const raw = raws[next++];
      await window.acquire();
      for (;;) {
        try {
          await rpc('eth_sendRawTransaction', [raw]);
          break;
        } catch (error) {
          const text = String(error?.error?.message ?? error?.message ?? error);
          if (/full|too many|priority is too low|temporarily banned/i.test(text)) {
            retries += 1;
            await new Promise((r) => setTimeout(r, 250));
            continue;
          }
          refused[text] = (refused[text] ?? 0) + 1;
          window.release(1);
          break;
        }
      }
    }
  }
  await Promise.all(Array.from({ length: inFlight }, worker));
  return { refused, retries };
}

/** A counting semaphore whose places come back as transactions appear in blocks. */
function semaphore(size) {
  let free = size;
  const waiting = [];
  return {
    async acquire() {
      if (free > 0) { free -= 1; return; }
      await new Promise((resolve) => waiting.push(resolve));
    },
    release(n) {
      for (let i = 0; i < n; i += 1) {
        const resolve = waiting.shift();
        if (resolve) resolve(); else free += 1;
      }
    },
  };
}

/**
 * Follows blocks from `from` (excluded) until every hash in `ours` is seen, releasing the
 * window as they appear. Returns per block: number, timestamp (s), our transactions in it.
 */
async function follow(from, ours, window, timeoutMs = 600_000) {
  const blocks = [];
  const seen = new Set();
  let last = from;
  const deadline = Date.now() + timeoutMs;
  while (seen.size < ours.size && Date.now() < deadline) {
    const head = Number(await rpc('eth_blockNumber'));
    for (let n = last + 1; n <= head; n += 1) {
      const block = await rpc('eth_getBlockByNumber', [`0x${n.toString(16)}`, false]);
      const held = block.transactions.filter((h) => ours.has(h.toLowerCase()));
      for (const h of held) seen.add(h.toLowerCase());
      window.release(held.length);
      blocks.push({ number: n, timestamp: Number(block.timestamp), ours: held.length,
        gas_used: Number(block.gasUsed) });
      if (held.length) log(`#${n}: ${held.length} of the run's transactions, ${seen.size} in all`);
    }
    last = head;
    if (seen.size < ours.size) await new Promise((r) => setTimeout(r, 500));
  }
  return blocks;
}

/** The sustained rate between the first and the last block holding the run (both excluded). */
function sustained(blocks) {
  const holding = blocks.filter((b) => b.ours > 0);
  if (holding.length < 3) return null;
  const first = holding[0];
  const last = holding[holding.length - 1];
  const window = blocks.filter((b) => b.number > first.number && b.number < last.number);
  const end = window[window.length - 1];
  const seconds = end.timestamp - first.timestamp;
  const transactions = window.reduce((sum, b) => sum + b.ours, 0);
  return { blocks: [window[0].number, end.number], transactions, seconds,
    per_second: transactions / seconds };
}

/** Sends `raws` (set-up transactions) and waits until all are in blocks. */
async function settle(raws, what) {
  const hashes = new Set(raws.map((raw) => keccak256(raw).toLowerCase()));
  const window = semaphore(poolWindow);
  const from = Number(await rpc('eth_blockNumber'));
  const following = follow(from, hashes, window);
  const { refused } = await submitAll(raws, window);
  if (Object.keys(refused).length) throw new Error(`${what} refused: ${JSON.stringify(refused)}`);
  await following;
  log(`${what}: ${raws.length} transactions in blocks`);
}

const { abi, bytecode } = args.backend === 'pvm'
  ? await compilePvm('BenchToken.sol', 'BenchToken')
  : compile('BenchToken.sol', 'BenchToken');
const compiler = args.backend === 'pvm' ? `resolc ${await resolcVersion()}` : `solc ${solcVersion}`;
const perSenderTokens = 10n ** 18n * 1000n;
log(`deploying BenchToken (OpenZeppelin ERC20; ${compiler}, ${(bytecode.length - 2) / 2} bytes) from ${alith.address}`);
const factory = new ContractFactory(abi, bytecode, alith);
const token = await factory.deploy(perSenderTokens * BigInt(senders));
await token.waitForDeployment();
const tokenAddress = (await token.getAddress()).toLowerCase();
const feeData = await provider.getFeeData();
const gasPrice = feeData.gasPrice;

// Set-up: gas money and tokens for every sender, from Alith with consecutive nonces.
let nonce = await provider.getTransactionCount(alith.address, 'pending');
const funding = [];
for (const key of keys) {
  funding.push(await alith.signTransaction({
    to: key.address, value: parseEther('100'), nonce: nonce++, gasLimit: 21_000n * 50n,
    gasPrice, chainId: CHAIN_ID, type: 0,
  }));
}
await settle(funding, 'gas money');
const transferData = (to, amount) => token.interface.encodeFunctionData('transfer', [to, amount]);
const gasLimit = (await provider.estimateGas({
  from: alith.address, to: tokenAddress, data: transferData(keys[0].address, 1n),
})) * 3n / 2n;
const tokens = [];
for (const key of keys) {
  tokens.push(await alith.signTransaction({
    to: tokenAddress, data: transferData(key.address, perSenderTokens), nonce: nonce++, gasLimit,
    gasPrice, chainId: CHAIN_ID, type: 0,
  }));
}
await settle(tokens, 'tokens');

// The load.
log(`signing ${perSender} ERC-20 transfers for each of ${senders} senders`);
const raws = [];
const startNonces = await Promise.all(keys.map((k) => provider.getTransactionCount(k.address, 'pending')));
for (let round = 0; round < perSender; round += 1) {
  for (let i = 0; i < senders; i += 1) {
    const to = keys[(i + 1) % senders].address;
    raws.push(await keys[i].signTransaction({
      to: tokenAddress, data: transferData(to, 1n), nonce: startNonces[i] + round, gasLimit,
      gasPrice, chainId: CHAIN_ID, type: 0,
    }));
  }
}
const hashes = raws.map((raw) => keccak256(raw).toLowerCase());
const ours = new Set(hashes);
const window = semaphore(poolWindow);
const from = Number(await rpc('eth_blockNumber'));
const following = follow(from, ours, window);
const started = Date.now();
const { refused, retries } = await submitAll(raws, window);
const submissionSeconds = (Date.now() - started) / 1000;
log(`submitted ${raws.length} in ${submissionSeconds.toFixed(1)} s`);
const blocks = await following;

// Success from a sample of receipts (every one would double the RPC load of the run).
const sample = hashes.filter((_, i) => i % Math.max(1, Math.floor(hashes.length / 200)) === 0);
let succeeded = 0;
let gasUsed = 0n;
for (const hash of sample) {
  const receipt = await provider.getTransactionReceipt(hash);
  if (receipt?.status === 1) { succeeded += 1; gasUsed += receipt.gasUsed; }
}
const balance = await new Contract(tokenAddress, abi, provider).balanceOf(keys[0].address);

const report = {
  eth_url: args['eth-url'],
  token: tokenAddress,
  backend: args.backend,
  compiler,
  code_bytes: (bytecode.length - 2) / 2,
  senders,
  per_sender: perSender,
  sent: raws.length - Object.values(refused).reduce((a, b) => a + b, 0),
  refused,
  pool_full_retries: retries,
  submission_seconds: submissionSeconds,
  included: blocks.reduce((sum, b) => sum + b.ours, 0),
  receipts_sampled: sample.length,
  receipts_succeeded: succeeded,
  mean_gas_used: succeeded ? Number(gasUsed / BigInt(succeeded)) : null,
  sender_0_balance_after: balance.toString(),
  sustained: sustained(blocks),
  blocks,
};
const text = JSON.stringify(report, null, 2);
if (args.json) fs.writeFileSync(args.json, text);
console.log(text);
provider.destroy();
