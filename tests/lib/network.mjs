// The `local` network as the network tests run it (issue 18): four validators (Alice, Bob,
// Charlie and Dave, one per founding collective), a bootnode that is not a validator and an
// archive RPC node (the one users, eth-rpc and the portal connect to), each with a fixed
// `--node-key`, its own base path and free ports. Every node but the bootnode finds the others
// through the bootnode. Nodes start from the raw `local` spec, optionally with a genesis patch.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { hexToU8a, u8aConcat } from '@polkadot/util';
import { base58Encode, ed25519PairFromSeed } from '@polkadot/util-crypto';
import { BmxNode, freePorts, runToExit, tempDir, waitForRpc } from './node.mjs';

/** Nodes starting together compile the runtime at once: minutes on two cores. */
export const STARTUP_TIMEOUT_MS = 300_000;

/** A 32-byte node key (ed25519 secret) as hex without prefix, from a small number. */
export const nodeKey = (n) => n.toString(16).padStart(64, '0');

/**
 * The libp2p peer id of the ed25519 node key `key` (hex): base58 of the identity multihash of
 * the protobuf-encoded public key, as `system_localPeerId` returns it.
 */
export function peerIdOf(key) {
  const { publicKey } = ed25519PairFromSeed(hexToU8a(`0x${key}`));
  // multihash identity (0x00), length 36; protobuf { KeyType = Ed25519 (1), Data = 32 bytes }.
  return base58Encode(u8aConcat([0x00, 0x24, 0x08, 0x01, 0x12, 0x20], publicKey));
}

/** Whole seconds since `t0` (a `Date.now()`). */
export const secondsSince = (t0) => Math.round((Date.now() - t0) / 1000);

/**
 * Writes the raw `local` spec into a new folder and returns its path. `patch`, if given, is
 * merged into the preset's genesis patch first (for example `{ nodeIntegration: {
 * sessionLength: 10 } }`), as a founders' test network would set it.
 */
export async function localRawSpec(patch) {
  const dir = tempDir('spec');
  const raw = `${dir}/bmx-local-raw.json`;
  let source = 'local';
  if (patch) {
    source = `${dir}/bmx-local.json`;
    const plain = await runToExit(['export-chain-spec', '--chain', 'local', '--output', source]);
    assert.equal(plain.code, 0, plain.stderr);
    const spec = JSON.parse(fs.readFileSync(source, 'utf8'));
    const genesis = spec.genesis.runtimeGenesis.patch;
    assert.ok(genesis, 'the plain local spec holds its genesis as a patch');
    for (const [pallet, fields] of Object.entries(patch)) {
      genesis[pallet] = { ...genesis[pallet], ...fields };
    }
    fs.writeFileSync(source, JSON.stringify(spec));
  }
  const exported = await runToExit(['export-chain-spec', '--chain', source, '--raw', '--output', raw]);
  assert.equal(exported.code, 0, exported.stderr);
  return raw;
}

export class LocalNetwork {
  /** `patch`: a genesis patch for the raw spec (see `localRawSpec`). */
  constructor({ patch } = {}) {
    this.patch = patch;
    /**
     * The network's members: name, node key (or `args` that give one), role arguments, and
     * once started its ports, base path and current process (`node`, replaced on restarts).
     */
    this.members = [
      { name: 'bootnode', key: nodeKey(5), role: [] },
      // `--alice` etc.: a validator with that development account's session keys in its keystore.
      { name: 'alice', key: nodeKey(1), role: ['--alice'], validator: true },
      { name: 'bob', key: nodeKey(2), role: ['--bob'], validator: true },
      { name: 'charlie', key: nodeKey(3), role: ['--charlie'], validator: true },
      { name: 'dave', key: nodeKey(4), role: ['--dave'], validator: true },
      { name: 'archive', key: nodeKey(6), role: ['--state-pruning', 'archive', '--blocks-pruning', 'archive'] },
    ];
    /** Nodes that join later (`join`). */
    this.joined = [];
    /** Every process started, restarts included, for the final scan of the logs. */
    this.started = [];
  }

  /** The member named `name`. */
  member(name) {
    const m = [...this.members, ...this.joined].find((x) => x.name === name);
    assert.ok(m, `no member ${name}`);
    return m;
  }

  get bootnode() {
    return this.member('bootnode');
  }

  get archive() {
    return this.member('archive');
  }

  /** Writes the spec and gives every member free ports. */
  async prepare() {
    this.chainSpec = await localRawSpec(this.patch);
    for (const m of this.members) [m.rpcPort, m.p2pPort] = await freePorts(2);
    // A node that is not a validator listens for p2p on WebSocket (and WebRTC), a validator on
    // plain TCP (sc-cli's `--listen-addr` defaults): the bootnode's address ends in `/ws`.
    this.bootnodeAddress = `/ip4/127.0.0.1/tcp/${this.bootnode.p2pPort}/ws/p2p/${peerIdOf(this.bootnode.key)}`;
  }

  /** Adds a member that starts later (`{ name, key?, role }`), with free ports. */
  async join(m) {
    [m.rpcPort, m.p2pPort] = await freePorts(2);
    this.joined.push(m);
    return m;
  }

  /** Starts (or restarts, from the same base path) the member `m`'s node. */
  start(m) {
    m.runs = (m.runs ?? 0) + 1;
    m.basePath ??= tempDir(`base-${m.name}`);
    m.node = new BmxNode(m.runs === 1 ? m.name : `${m.name}-run${m.runs}`, [
      '--chain', this.chainSpec,
      '--name', m.name,
      ...m.role,
      '--base-path', m.basePath,
      // Validators refuse to start without a persistent network key; fixed keys also fix the
      // bootnode's address across restarts.
      ...(m.key ? ['--node-key', m.key] : []),
      '--port', `${m.p2pPort}`,
      '--rpc-port', `${m.rpcPort}`,
      '--rpc-cors', 'all',
      '--no-prometheus',
      '--no-telemetry',
      '--no-mdns',
      ...(m === this.bootnode ? [] : ['--bootnodes', this.bootnodeAddress]),
    ]);
    this.started.push(m.node);
  }

  /** The members whose node is running. */
  running() {
    return [...this.members, ...this.joined].filter((m) => m.node && !m.node.exitStatus);
  }

  /** `waitFor` options failing fast if any running node exits. */
  watching(timeoutMs, intervalMs = 1000) {
    return { timeoutMs, intervalMs, nodes: this.running().map((m) => m.node) };
  }

  /** Stops `m`'s node with SIGINT and asserts a clean exit. */
  async stopCleanly(m) {
    const status = await m.node.stop();
    assert.deepEqual(status, { code: 0, signal: null }, `${m.name} did not exit cleanly\n${m.node.logTail()}`);
  }

  /** Waits until every member of `ms` answers RPC. */
  async waitForAllRpc(ms) {
    for (const m of ms) await waitForRpc(m.node, m.rpcPort, STARTUP_TIMEOUT_MS);
  }

  /**
   * Starts every member from its base path: the bootnode first, as operators do (the others
   * find one another through it), then the five others at once. Resolves once all answer RPC.
   */
  async startAll() {
    this.start(this.bootnode);
    await waitForRpc(this.bootnode.node, this.bootnode.rpcPort, STARTUP_TIMEOUT_MS);
    const others = this.members.filter((m) => m !== this.bootnode);
    for (const m of others) this.start(m);
    await this.waitForAllRpc(others);
  }

  /** Connects a client to the archive node. */
  connect() {
    return ApiPromise.create({
      provider: new WsProvider(`ws://127.0.0.1:${this.archive.rpcPort}`),
      throwOnConnect: true,
      noInitWarn: true,
    });
  }

  /** Stops every running node with SIGINT; returns `[name, {code, signal}]` pairs. */
  async stopAll() {
    const up = this.running();
    const statuses = await Promise.all(up.map((m) => m.node.stop()));
    return up.map((m, i) => [m.name, statuses[i]]);
  }

  /** Every line with a panic in any log, restarts included, prefixed by the node's name. */
  panics() {
    return this.started.flatMap((node) =>
      fs.readFileSync(node.logFile, 'utf8').split('\n')
        .filter((line) => /panicked/.test(line))
        .map((line) => `${node.name}: ${line.trim()}`),
    );
  }

  /** Kills whatever still runs (cleanup after failures). */
  killAll() {
    for (const node of this.started) node.kill();
  }
}
