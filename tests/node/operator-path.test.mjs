// The operator's path from nothing to a running network, without a development key (issue 18):
// four collectives' operators each run `bmx-node validator-keys` on their machine; the founders
// write a founders' file of public keys only (fresh accounts, no keyring seed); `bmx-node
// network-spec --raw` builds the spec with a boot node; four validators start from it with
// `--keystore-path` and `--node-key-file`, find each other through the boot node and finalize.
// Bad input is refused with a clear error and writes nothing.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady, mnemonicGenerate } from '@polkadot/util-crypto';
import {
  BmxNode,
  freePorts,
  rpc,
  runToExit,
  tempDir,
  waitFor,
  waitForFinalized,
  waitForRpc,
} from '../lib/node.mjs';

const STARTUP_TIMEOUT_MS = 300_000;
const KINDS = [
  ['Academia', 'Academia', 'UNAM', 'IPN'],
  ['Business', 'Empresas', 'CANIETI', 'COPARMEX'],
  ['PublicSector', 'Sector publico', 'Agencia de Transformacion Digital', 'SAT'],
  ['CivilSociety', 'Sociedad civil', 'Codeando Mexico', 'Transparencia Mexicana'],
];

describe('a real network from fresh keys: validator-keys, network-spec, four validators', { timeout: 900_000 }, () => {
  const dir = tempDir('operator-');
  /** The four operators: `{ name, keys, p2pPort, rpcPort, node }`. */
  const operators = [];
  let founders;
  let spec;
  let fresh;

  before(async () => {
    await cryptoWaitReady();
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 5252 });
    // A fresh account for each founder: a new mnemonic, as a wallet makes it.
    fresh = () => keyring.addFromMnemonic(mnemonicGenerate()).address;
  });

  after(() => {
    for (const { node } of operators) node?.kill();
  });

  it('validator-keys makes each operator a node key and session keys, printing only public parts', async () => {
    for (const [i] of KINDS.entries()) {
      const out = path.join(dir, `validator${i}`);
      const made = await runToExit(['validator-keys', '--out', out]);
      assert.equal(made.code, 0, made.stderr);
      const keys = JSON.parse(made.stdout);
      assert.match(keys.peerId, /^12D3KooW/);
      assert.match(keys.sessionKeys, /^0x[0-9a-f]{128}$/);
      // The secrets are in files only the operator can read, and never on standard output.
      assert.equal(fs.statSync(out).mode & 0o777, 0o700);
      assert.equal(fs.statSync(keys.nodeKeyFile).mode & 0o777, 0o600);
      const nodeKey = fs.readFileSync(keys.nodeKeyFile, 'utf8');
      assert.match(nodeKey, /^[0-9a-f]{64}$/);
      assert.ok(!made.stdout.includes(nodeKey), 'the node key was printed');
      const stored = fs.readdirSync(keys.keystorePath);
      assert.equal(stored.length, 2, `keystore holds ${stored}`);
      for (const file of stored) {
        assert.equal(fs.statSync(path.join(keys.keystorePath, file)).mode & 0o777, 0o600);
        const phrase = JSON.parse(fs.readFileSync(path.join(keys.keystorePath, file), 'utf8'));
        assert.ok(!made.stdout.includes(phrase), 'a session secret was printed');
      }
      operators.push({ name: `validator${i}`, keys });
    }
    // Never over existing keys.
    const again = await runToExit(['validator-keys', '--out', path.join(dir, 'validator0')]);
    assert.notEqual(again.code, 0);
    assert.match(again.stderr, /exists: validator-keys writes only into a new folder/);
  });

  it('network-spec builds a raw spec from public keys only, with the boot node in it', async () => {
    assert.equal(operators.length, 4, 'an earlier step failed: no keys');
    for (const operator of operators) {
      [operator.p2pPort, operator.rpcPort] = await freePorts(2);
    }
    const boot = operators[0];
    founders = {
      name: 'Blockchain MX operator test',
      id: 'bmx_operator_test',
      chainType: 'Live',
      bootNodes: [`/ip4/127.0.0.1/tcp/${boot.p2pPort}/p2p/${boot.keys.peerId}`],
      codeOfEthics: `0x${'ab'.repeat(32)}`,
      minValidators: 4,
      collectives: KINDS.map(([kind, name, nodeInstitution, projectsInstitution], i) => ({
        kind,
        name,
        nodeLeader: { account: fresh(), institution: nodeInstitution },
        nodeKeys: { aura: operators[i].keys.aura, grandpa: operators[i].keys.grandpa },
        projectsLeader: { account: fresh(), institution: projectsInstitution },
      })),
      executiveSecretary: fresh(),
      advisoryCouncil: [fresh(), fresh(), fresh()],
      registrars: [
        { account: fresh(), name: 'RENAPO', attests: ['Person'] },
        { account: fresh(), name: 'SAT', attests: ['Organisation', 'Efirma'] },
      ],
      endowed: [{ account: fresh(), bmx: 1000 }],
      cucop: [{ code: 25401001, name: 'Guantes de nitrilo desechables' }],
    };
    const foundersFile = path.join(dir, 'founders.json');
    fs.writeFileSync(foundersFile, JSON.stringify(founders, null, 2));
    spec = path.join(dir, 'spec.json');
    const built = await runToExit(['network-spec', '--founders', foundersFile, '--raw', '--output', spec], { timeoutMs: 120_000 });
    assert.equal(built.code, 0, built.stderr);
    const json = JSON.parse(fs.readFileSync(spec, 'utf8'));
    assert.equal(json.id, 'bmx_operator_test');
    assert.equal(json.chainType, 'Live');
    assert.deepEqual(json.bootNodes, founders.bootNodes);
    assert.ok(json.genesis.raw?.top, 'the spec is raw');

    // Bad input: a clear error, and no file written.
    const refusals = [
      [{ ...founders, minValidators: 5 }, /minValidators is 5 and 4 collectives' nodes have nodeKeys/],
      [{ ...founders, advisoryCouncil: [] }, /advisoryCouncil is empty/],
      [{ ...founders, executiveSecretary: 'nobody' }, /nobody is not an SS58 address/],
      [{ ...founders, bootNodes: ['/ip4/127.0.0.1/tcp/1'] }, /is not a multiaddress with a peer id/],
      [{ ...founders, sudo: fresh() }, /unknown field `sudo`/],
      [
        { ...founders, collectives: founders.collectives.map((c, i) => (i === 1 ? { ...c, nodeKeys: founders.collectives[0].nodeKeys } : c)) },
        /its node's keys are another node's/,
      ],
    ];
    for (const [i, [bad, message]] of refusals.entries()) {
      const file = path.join(dir, `bad${i}.json`);
      const output = path.join(dir, `bad${i}-spec.json`);
      fs.writeFileSync(file, JSON.stringify(bad));
      const refused = await runToExit(['network-spec', '--founders', file, '--output', output]);
      assert.notEqual(refused.code, 0, `bad founders ${i} accepted`);
      assert.match(refused.stderr, message);
      assert.ok(!fs.existsSync(output), `bad founders ${i} wrote a spec`);
    }
  });

  it('four validators start from the spec with their own keys and finalize', async () => {
    assert.ok(spec, 'an earlier step failed: no spec');
    for (const operator of operators) {
      operator.node = new BmxNode(operator.name, [
        '--chain', spec,
        '--validator',
        '--base-path', tempDir(`base-${operator.name}`),
        '--keystore-path', operator.keys.keystorePath,
        '--node-key-file', operator.keys.nodeKeyFile,
        '--port', `${operator.p2pPort}`,
        '--rpc-port', `${operator.rpcPort}`,
        '--no-prometheus',
        '--no-telemetry',
        '--no-mdns',
        // A `Live` chain neither dials nor spreads private addresses (here 127.0.0.1) in
        // discovery: an intranet's nodes need both flags too (docs/operators.md).
        '--allow-private-ip',
        '--discover-local',
      ]);
    }
    for (const { node, rpcPort } of operators) {
      await waitForRpc(node, rpcPort, STARTUP_TIMEOUT_MS);
    }
    const nodes = operators.map((o) => o.node);
    for (const { node, rpcPort } of operators) {
      await waitFor(`${node.name} to have 3 peers`, async () => (await rpc(rpcPort, 'system_health')).peers >= 3, {
        timeoutMs: 120_000,
        nodes,
      });
    }
    for (const { node, rpcPort } of operators) {
      await waitForFinalized(node, rpcPort, 3, 180_000);
    }
    // Every validator authored: the four session keys are in use.
    const authors = new Set();
    for (const { node } of operators) {
      if (node.printed('Prepared block for proposing')) authors.add(node.name);
    }
    assert.equal(authors.size, 4, `only ${[...authors]} authored`);
    // The chain is the spec's.
    const { rpcPort } = operators[0];
    assert.equal(await rpc(rpcPort, 'system_chain'), founders.name);
    assert.equal(await rpc(rpcPort, 'system_chainType'), 'Live');
    for (const { node } of operators) {
      assert.ok(!node.printed('panicked'), `${node.name} panicked\n${node.logTail()}`);
    }
    // What a validator takes, for the operator guide (docs/operators.md): its peak memory.
    for (const { node } of operators) {
      const status = fs.readFileSync(`/proc/${node.child.pid}/status`, 'utf8');
      const peak = status.match(/VmHWM:\s+(\d+) kB/)?.[1];
      console.log(`# ${node.name}: peak RSS ${Math.round(peak / 1024)} MiB`);
    }
  });

  it('stops every validator cleanly', async () => {
    for (const { node } of operators) {
      if (node) assert.deepEqual(await node.stop(), { code: 0, signal: null }, node.logTail());
    }
  });
});
