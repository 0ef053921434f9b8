// Unit tests of the network and governance screens' pure reckoning (src/pages/network/logic.js)
// and of their texts: `node --test test/network-*.test.mjs` in portal/.
import test from 'node:test';
import assert from 'node:assert/strict';
import {
  addRecent,
  auraSlot,
  authorOfSlot,
  authoredCounts,
  averageBlockTime,
  collectiveTally,
  councilMajority,
  describeCall,
  durationUnit,
  endorsementStatus,
  endsSoon,
  executiveTally,
  groupByCollective,
  humanText,
  isOverdue,
  openCallPhase,
  overdueObligations,
  printable,
  relativeBlocks,
  sessionOnly,
  words,
} from '../src/pages/network/logic.js';
import { es, en } from '../src/i18n/messages/network.js';

test('the Aura slot is the pre-runtime digest read as a little-endian u64', () => {
  assert.equal(auraSlot(Uint8Array.from([0x01, 0x02, 0, 0, 0, 0, 0, 0])), 0x0201n);
  assert.equal(auraSlot(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])), 2n ** 64n - 1n);
  assert.equal(auraSlot(Uint8Array.from([1, 2, 3])), null);
});

test('the author of a slot is the validator at slot modulo the set', () => {
  const set = ['alice', 'bob', 'charlie', 'dave'];
  assert.equal(authorOfSlot(0n, set), 'alice');
  assert.equal(authorOfSlot(5n, set), 'bob');
  assert.equal(authorOfSlot(295_000_003n, set), set[Number(295_000_003n % 4n)]);
  assert.equal(authorOfSlot(7, ['only']), 'only');
  assert.equal(authorOfSlot(7n, []), null);
});

test('recent blocks keep the newest, a re-organised height replaced', () => {
  let list = [];
  for (let n = 1; n <= 5; n += 1) list = addRecent(list, { number: n, hash: `h${n}`, author: n % 2 ? 'a' : 'b' }, 3);
  assert.deepEqual(list.map((b) => b.number), [5, 4, 3]);
  list = addRecent(list, { number: 4, hash: 'other', author: 'c' }, 3);
  assert.deepEqual(list.map((b) => b.hash), ['h5', 'other', 'h3']);
  const counts = authoredCounts(list);
  assert.equal(counts.get('a'), 2);
  assert.equal(counts.get('c'), 1);
  assert.equal(counts.get('b'), undefined);
});

test('validators group by collective, every collective listed', () => {
  const groups = groupByCollective({
    nodes: [{ account: 'A', collective: 0 }, { account: 'B', collective: 1 }, { account: 'X', collective: 9 }],
    collectives: [{ id: 1, name: 'Empresas', kind: 'Business' }, { id: 0, name: 'Academia', kind: 'Academia' }, { id: 2, name: 'Sector publico', kind: 'PublicSector' }],
    session: ['A'],
    suspended: [{ account: 'S', collective: 1 }],
    flagged: [{ account: 'B', collective: 1 }],
  });
  assert.deepEqual(groups.map((g) => g.id), [0, 1, 2, 9]);
  assert.deepEqual(groups[0].nodes, [{ account: 'A', state: 'active', inSession: true, flagged: false }]);
  assert.deepEqual(groups[1].nodes.map((n) => [n.account, n.state, n.inSession, n.flagged]), [['B', 'active', false, true], ['S', 'suspended', false, false]]);
  assert.deepEqual(groups[2].nodes, []);
  assert.equal(groups[3].name, null);
  assert.deepEqual(sessionOnly(['A', 'Z'], [{ account: 'A' }]), ['Z']);
});

test('a node application needs more than half of the current leaders', () => {
  assert.deepEqual(endorsementStatus(['L1'], ['L1', 'L2']), { counted: 1, needed: 2, reached: false });
  assert.deepEqual(endorsementStatus(['L1', 'L2'], ['L1', 'L2']), { counted: 2, needed: 2, reached: true });
  assert.deepEqual(endorsementStatus(['L1', 'old'], ['L1']), { counted: 1, needed: 1, reached: true });
  assert.equal(endorsementStatus([], []).reached, false);
});

test('an Executive motion is valid with the Secretary and the quorum, carried by more ayes than nays', () => {
  const members = ['sec', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'];
  const votes = (n, ayes) => members.slice(0, n).map((m, i) => [m, i < ayes]);
  assert.deepEqual(executiveTally(votes(7, 7), members, 'sec', 6), { ayes: 7, nays: 0, voters: 7, seatHeld: true, secretaryVoted: true, needed: 7, valid: true, carried: true });
  assert.equal(executiveTally(votes(6, 6), members, 'sec', 6).valid, false);
  // Without the Secretary's vote, never valid while the seat is held.
  const noSecretary = members.slice(1).map((m) => [m, true]);
  assert.equal(executiveTally(noSecretary, members, 'sec', 6).valid, false);
  // A vacant seat: 1 + quorum members.
  assert.equal(executiveTally(noSecretary.slice(0, 7), members.slice(1), null, 6).valid, true);
  // A tie fails; votes of former members do not count.
  const tie = executiveTally([...votes(8, 4), ['gone', true]], members, 'sec', 6);
  assert.deepEqual([tie.ayes, tie.nays, tie.valid, tie.carried], [4, 4, true, false]);
});

test('a council decision needs a majority of at least two, whatever the threshold', () => {
  assert.equal(councilMajority(1), 2);
  assert.equal(councilMajority(3), 2);
  assert.equal(councilMajority(4), 3);
  assert.deepEqual(collectiveTally({ ayes: 1, nays: 0, threshold: 1, members: 3 }), { ayes: 1, nays: 0, threshold: 1, needed: 2, passes: false, belowMajority: true });
  assert.equal(collectiveTally({ ayes: 3, nays: 0, threshold: 3, members: 4 }).passes, true);
  assert.equal(collectiveTally({ ayes: 3, nays: 0, threshold: 4, members: 4 }).needed, 4);
});

test('overdue is due before now; soon is within the horizon and not yet ended', () => {
  assert.equal(isOverdue(10, 11), true);
  assert.equal(isOverdue(10, 10), false);
  const list = [{ due: 30 }, { due: 5 }, { due: 12 }, { due: 100 }];
  assert.deepEqual(overdueObligations(list, 31).map((o) => o.due), [5, 12, 30]);
  assert.equal(endsSoon(110, 100, 10), true);
  assert.equal(endsSoon(111, 100, 10), false);
  assert.equal(endsSoon(100, 100, 10), false);
});

test('an open call takes applications, then the Executive elects, then it lapses', () => {
  const call = { applicationsEnd: 100, electionDeadline: 200 };
  assert.equal(openCallPhase(call, 99), 'applications');
  assert.equal(openCallPhase(call, 100), 'election');
  assert.equal(openCallPhase(call, 200), 'lapsed');
});

test('block time is measured from two timestamps', () => {
  assert.equal(averageBlockTime({ number: 100, timestamp: '1000000' }, { number: 200, timestamp: '1600000' }), 6000);
  assert.equal(averageBlockTime({ number: 5, timestamp: 0 }, { number: 5, timestamp: 0 }), null);
});

test('blocks read as relative times in both languages', () => {
  assert.deepEqual(durationUnit(6000 * 10), [1, 'minute']);
  assert.deepEqual(durationUnit(-3 * 86_400_000), [-3, 'day']);
  assert.deepEqual(durationUnit(2 * 365 * 86_400_000), [2, 'year']);
  assert.match(relativeBlocks(14_400 * 3, 6000, 'es'), /3 días/);
  assert.match(relativeBlocks(14_400 * 3, 6000, 'en'), /in 3 days/);
  assert.match(relativeBlocks(-600, 6000, 'en'), /hour ago|1 hour ago/);
});

test('values read in one line', () => {
  assert.equal(printable('0x486f6c61'), 'Hola');
  assert.equal(printable('0x00ff'), null);
  assert.equal(humanText({ Commission: 'Projects' }), 'Commission(Projects)');
  assert.equal(humanText({ Secretary: null }), 'Secretary');
  assert.equal(humanText(['1', '2']), '[1, 2]');
  assert.equal(humanText({ reason: '0x' + 'ab'.repeat(32), seats: '2' }), '{ reason: 0xabababab…ababab, seats: 2 }');
  assert.equal(humanText('0x48656c6c6f'), '"Hello"');
  assert.equal(humanText('x'.repeat(200)), `${'x'.repeat(160)}…`);
  assert.equal(words('dispatchWhitelistedCallWithPreimage'), 'dispatch whitelisted call with preimage');
});

/** A stand-in of @polkadot/api's Call: what `describeCall` reads. */
function fakeCall(section, method, args, metaArgs, docs = ['Approve the application.', 'More.']) {
  return {
    section,
    method,
    callIndex: new Uint8Array([0, 0]),
    args,
    meta: { args: metaArgs.map(([name, type]) => ({ name: { toString: () => name }, type: { toString: () => type } })), docs },
  };
}
const codec = (human, raw) => ({ toHuman: () => human, toRawType: () => raw, toString: () => String(human), toHex: () => human });

test('a call reads as section.method with named arguments, nested calls included', () => {
  const inner = fakeCall('nodeIntegration', 'approveNode', [codec('5Grw…', 'AccountId32')], [['applicant', 'AccountId32']]);
  const outer = fakeCall(
    'utility',
    'batch',
    [Object.assign([inner, inner], { toHuman: () => [] })],
    [['calls', 'Vec<RuntimeCall>']],
  );
  const described = describeCall(outer);
  assert.equal(described.section, 'utility');
  assert.equal(described.args[0].name, 'calls');
  assert.equal(described.args[0].calls.length, 2);
  assert.deepEqual(described.args[0].calls[0].args[0], { name: 'applicant', type: 'AccountId32', account: '5Grw…' });
  assert.equal(described.args[0].calls[0].docs, 'Approve the application.');
  const hashed = describeCall(fakeCall('whitelist', 'whitelistCall', [codec('0x' + '11'.repeat(32), 'H256')], [['call_hash', 'H256']]));
  assert.equal(hashed.args[0].hash, '0x' + '11'.repeat(32));
  const texted = describeCall(fakeCall('nodeIntegration', 'setMinValidators', [codec('3', 'u32')], [['min_validators', 'u32']]));
  assert.deepEqual(texted.args[0], { name: 'min_validators', type: 'u32', text: '3' });
});

test('both languages have the same network and governance keys, all prefixed', () => {
  assert.deepEqual(Object.keys(es).sort(), Object.keys(en).sort());
  for (const key of Object.keys(es)) assert.match(key, /^(network|governance)\./);
  for (const [key, text] of Object.entries(es)) {
    const names = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    assert.deepEqual(names(text), names(en[key]), `placeholders of ${key}`);
  }
});
