// Governance on the live network (issue 18, scenario 4): the `local` network of four validators,
// a bootnode and an archive RPC node (tests/lib/network.mjs), with sessions of ten blocks set in
// its genesis (`nodeIntegration.sessionLength`, what a short-lived test network's founders
// choose; the runtime's default is 100 blocks), driven through @polkadot/api from signed
// extrinsics and metadata-decoded events and storage.
//
// 1. A fifth validator with fresh keys (`bmx-node validator-keys --owner`, a new account from a
//    new mnemonic, no development key) joins a collective, registers its session keys with
//    their ownership proof, applies, is endorsed by its collective's leaders and approved by the
//    node-integration commission; after the session change it authors blocks and finality goes
//    on with five.
// 2. A runtime upgrade enacted through the councils (the Executive Council whitelists, the
//    Advisory Council dispatches) bumps `spec_version` on every node, and the chain keeps
//    finalizing.
// 3. A validator equivocates: a second node runs with Dave's keys. The nodes' Aura equivocation
//    reporter (node/src/equivocation.rs) reports it, `Offences` records it and the
//    node-integration pallet suspends Dave's node, with no one sending a transaction by hand.
//
// Every node stops cleanly and no log holds a panic.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, decodeAddress, mnemonicGenerate } from '@polkadot/util-crypto';
import { rpc, runToExit, tempDir, waitFor, waitForFinalized, waitForRpc } from '../lib/node.mjs';
import { LocalNetwork, nodeKey, secondsSince, STARTUP_TIMEOUT_MS } from '../lib/network.mjs';
import { findEvent, submit } from '../lib/chain.mjs';
import { collectiveDecision, devSeatKeys, upgradeRuntime } from '../lib/governance.mjs';
import { docHash } from '../lib/tenders.mjs';

const SS58_FORMAT = 5252;
const UNIT = 10n ** 12n;
/** The session length this network's genesis sets, in blocks. */
const SESSION_LENGTH = 10;
/** The Academia collective (the first of the local preset's founders). */
const ACADEMIA = 0;
/** `pallet-aura-equivocation`'s offence kind, as `Offences` records it. */
const AURA_OFFENCE = u8aToHex(new TextEncoder().encode('aura:equivocatio'));
const UPGRADE_WASM = process.env.BMX_UPGRADE_WASM;

describe('governance on the live network', { timeout: 1_500_000 }, () => {
  const net = new LocalNetwork({ patch: { nodeIntegration: { sessionLength: SESSION_LENGTH } } });
  const { archive } = net;
  const validators = () => net.members.filter((m) => m.validator);
  let api;
  let keys;
  /** Development key pairs by address, for the seats the chain names. */
  const devPairs = new Map();
  let member;
  let fifth;
  let fifthKeys;

  /** The development key pair of `address` (a seat or a leader of the local preset). */
  function devPair(address) {
    const pair = devPairs.get(address.toString());
    assert.ok(pair, `${address} is not a development account of the local preset`);
    return pair;
  }

  /** Waits until a new block's events hold one that `matcher` accepts; returns it. */
  async function waitForEvent(what, matcher, timeoutMs) {
    let found;
    const unsubscribe = await api.query.system.events((records) => {
      for (const { event } of records) if (!found && matcher(event)) found = event;
    });
    try {
      return await waitFor(what, () => found, net.watching(timeoutMs));
    } finally {
      unsubscribe();
    }
  }

  before(async () => {
    await cryptoWaitReady();
    assert.ok(
      UPGRADE_WASM && fs.existsSync(UPGRADE_WASM),
      'BMX_UPGRADE_WASM must name the upgrade runtime: BMX_UPGRADE_WASM="$(scripts/upgrade-wasm.sh)"',
    );
    await net.prepare();
    await net.startAll();
    api = await net.connect();
    keys = await devSeatKeys();
    const keyring = new Keyring({ type: 'sr25519', ss58Format: SS58_FORMAT });
    for (const name of ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie']) {
      for (const seed of [`//${name}`, `//${name}//stash`]) {
        const pair = keyring.addFromUri(seed, { seed });
        devPairs.set(pair.address, pair);
      }
    }
    keys.funder = [...devPairs.values()].find((pair) => pair.meta.seed === '//Ferdie');
    // A fresh account, from a new mnemonic as a wallet makes it: no development key.
    member = keyring.addFromMnemonic(mnemonicGenerate());
  });

  after(async () => {
    await api?.disconnect().catch(() => {});
    net.killAll();
  });

  it('starts with sessions of the genesis length', async () => {
    assert.equal((await api.query.nodeIntegration.sessionLength()).toNumber(), SESSION_LENGTH);
    for (const m of validators()) await waitForFinalized(m.node, m.rpcPort, 2, 180_000);
    const start = (await api.query.session.currentIndex()).toNumber();
    await waitFor(
      'a session change',
      async () => (await api.query.session.currentIndex()).toNumber() > start,
      net.watching(4 * SESSION_LENGTH * 6_000),
    );
  });

  it('admits a fifth validator with fresh keys through the collectives, and it authors after the session change', async (t) => {
    const t0 = Date.now();
    // The operator makes the node's keys on its machine, for the member's account.
    const dir = tempDir('fifth-');
    const made = await runToExit(['validator-keys', '--out', path.join(dir, 'keys'), '--owner', member.address]);
    assert.equal(made.code, 0, made.stderr);
    fifthKeys = JSON.parse(made.stdout);
    assert.match(fifthKeys.ownershipProof, /^0x[0-9a-f]{256}$/, 'two 64-byte signatures');
    fifth = await net.join({
      name: 'fifth',
      role: ['--validator', '--keystore-path', fifthKeys.keystorePath, '--node-key-file', fifthKeys.nodeKeyFile],
      validator: true,
    });
    net.start(fifth);
    await waitForRpc(fifth.node, fifth.rpcPort, STARTUP_TIMEOUT_MS);

    // The member gets BMX for fees and deposits, and joins Academia accepting the code of ethics.
    await submit(api, api.tx.balances.transferKeepAlive(member.address, 1_000n * UNIT), keys.funder);
    const ethics = (await api.query.collectiveRegistry.codeOfEthics()).unwrap();
    await submit(api, api.tx.collectiveRegistry.applyForMembership(ACADEMIA, 'CINVESTAV', ethics), member);
    const leaders = (await api.query.collectiveRegistry.leaders(ACADEMIA)).map((l) => devPair(l.who));
    assert.ok(leaders.length >= 2, 'Academia has leaders');
    await submit(api, api.tx.collectiveRegistry.admitMember(member.address), leaders[0]);

    // It registers the node's session keys with their ownership proof, and applies.
    await submit(api, api.tx.session.setKeys(fifthKeys.sessionKeys, fifthKeys.ownershipProof), member);
    await submit(api, api.tx.nodeIntegration.applyForNode(docHash('carta de intencion'), docHash('formulario de adhesion')), member);
    for (const leader of leaders) {
      await submit(api, api.tx.nodeIntegration.endorseNode(member.address), leader);
    }
    const commission = (await api.query.nodeCommission.members()).map(devPair);
    const approved = await collectiveDecision(api, 'nodeCommission', api.tx.nodeIntegration.approveNode(member.address), commission);
    assert.ok(findEvent(approved.events, api.events.nodeIntegration.NodeApproved), 'NodeApproved');
    const approvedSession = (await api.query.session.currentIndex()).toNumber();
    t.diagnostic(`approved in block ${approved.blockNumber}, session ${approvedSession}, ${secondsSince(t0)} s after the keys were made`);

    // The next session boundary plans the set; from the one after, Aura and GRANDPA use it.
    const auraKey = u8aToHex(decodeAddress(fifthKeys.aura));
    await waitFor(
      'the fifth node in the Aura authorities',
      async () => (await api.query.aura.authorities()).some((k) => k.toHex() === auraKey),
      net.watching(4 * SESSION_LENGTH * 6_000),
    );
    assert.equal((await api.query.session.validators()).length, 5);
    let authored;
    const unsubscribe = await api.derive.chain.subscribeNewHeads((header) => {
      if (!authored && header.author?.toString() === member.address) authored = header.number.toNumber();
    });
    try {
      await waitFor('a block authored by the fifth node', () => authored, net.watching(90_000));
    } finally {
      unsubscribe();
    }
    // Finality goes on with five voters, on the new node too.
    const finalized = (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
    await waitForFinalized(fifth.node, fifth.rpcPort, Math.max(finalized, authored) + 2, 120_000);
    t.diagnostic(`the fifth node authored block ${authored}, ${secondsSince(t0)} s after its keys were made; finality went on`);
  });

  it('enacts a runtime upgrade through the councils: spec_version goes up on every node and finality goes on', async (t) => {
    const before = await rpc(archive.rpcPort, 'state_getRuntimeVersion');
    const applied = await upgradeRuntime(api, fs.readFileSync(UPGRADE_WASM), keys, keys.funder);
    for (const m of [...validators(), archive]) {
      await waitFor(
        `${m.name} to run spec_version ${before.specVersion + 1}`,
        async () => (await rpc(m.rpcPort, 'state_getRuntimeVersion')).specVersion === before.specVersion + 1,
        net.watching(60_000),
      );
    }
    for (const m of [...validators(), archive]) {
      await waitForFinalized(m.node, m.rpcPort, applied.blockNumber + 3, 120_000);
    }
    t.diagnostic(`spec_version ${before.specVersion} -> ${before.specVersion + 1} in block ${applied.blockNumber}; finalized past it on every node`);
  });

  it('reports a validator that equivocates (a second node with its keys) and suspends it', async (t) => {
    const dave = net.member('dave');
    const daveAccount = [...devPairs.values()].find((pair) => pair.meta.seed === '//Dave');
    const t0 = Date.now();
    const twin = await net.join({ name: 'dave-twin', key: nodeKey(8), role: ['--dave'] });
    // Watched from before the twin starts, so that no event is missed.
    const offence = waitForEvent(
      'an Aura equivocation offence',
      (event) => api.events.offences.Offence.is(event) && event.data.kind.toHex() === AURA_OFFENCE,
      STARTUP_TIMEOUT_MS + 300_000,
    );
    const suspension = waitForEvent(
      "Dave's node suspended",
      (event) => api.events.nodeIntegration.OffenderSuspended.is(event) && event.data.who.toString() === daveAccount.address,
      STARTUP_TIMEOUT_MS + 300_000,
    );
    net.start(twin);
    const [suspended] = await Promise.all([suspension, offence]);
    t.diagnostic(`the Aura offence was recorded and Dave's node suspended ${secondsSince(t0)} s after the twin started`);
    assert.ok(
      net.started.some((node) => node.printed('sealed two blocks for slot')),
      'a node logged the equivocation it reported',
    );
    assert.ok((await api.query.nodeIntegration.suspendedNodes(daveAccount.address)).isSome);
    assert.ok(!(await api.query.nodeIntegration.validators()).some(([who]) => who.toString() === daveAccount.address));
    await net.stopCleanly(twin);
    await net.stopCleanly(dave);
    // The other four go on finalizing.
    const finalized = (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
    for (const m of [...validators().filter((m) => m !== dave), fifth]) {
      await waitForFinalized(m.node, m.rpcPort, finalized + 2, 180_000);
    }
    t.diagnostic(`suspended with offence ${suspended.data.offence.toString()}`);
  });

  it('stops every node cleanly, and no log holds a panic', async () => {
    await api?.disconnect();
    for (const [name, status] of await net.stopAll()) {
      assert.deepEqual(status, { code: 0, signal: null }, `${name} did not exit cleanly`);
    }
    assert.deepEqual(net.panics(), [], `panics in ${net.started.length} logs`);
  });
});
