// Governance walks with the development keys: an Executive Council decision (Councils' own
// motions, attendance quorum), an Advisory Council decision (pallet-collective), and Root, which
// only the two together reach (the Executive whitelists a call's hash, the Advisory Council
// dispatches it). Used by the end-to-end tests and by `scripts/govern.sh`.

import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { describeDispatchError, findEvent, submit } from './chain.mjs';

/** The seats of the development and local presets (runtime/src/genesis_config_presets.rs). */
export const DEV_SEATS = {
  secretary: '//Eve',
  commissioners: [
    '//Alice', '//Alice//stash', '//Bob', '//Bob//stash',
    '//Charlie', '//Charlie//stash', '//Dave', '//Dave//stash',
  ],
  advisors: ['//Ferdie', '//Eve//stash', '//Ferdie//stash'],
};

/** Key pairs of `DEV_SEATS`, by seed. */
export async function devSeatKeys() {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 5252 });
  const pair = (seed) => keyring.addFromUri(seed);
  return {
    secretary: pair(DEV_SEATS.secretary),
    commissioners: DEV_SEATS.commissioners.map(pair),
    advisors: DEV_SEATS.advisors.map(pair),
  };
}

/** Fails with the decoded reason if a dispatched call's `result` is an error. */
function assertDispatched(api, result, label) {
  if (result.isErr) {
    throw new Error(`${label}: the decided call failed: ${describeDispatchError(api, result.asErr)}`);
  }
}

/**
 * An Executive Council decision on `call`: the Secretary tables it (`kind` 'Ordinary', or
 * `{ Extraordinary: { collective } }`), every commissioner votes aye, and the motion is closed
 * as soon as everyone has voted. Resolves with the close's events; rejects if the motion does
 * not pass or its call fails.
 */
export async function executiveDecision(api, call, keys, { kind = 'Ordinary', label = 'executive', log = () => {} } = {}) {
  const lengthBound = call.method.encodedLength;
  const tabled = await submit(api, api.tx.councils.tableMotion(kind, call, lengthBound), keys.secretary, {
    label: `${label}: tableMotion`,
  });
  const event = findEvent(tabled.events, api.events.councils.MotionTabled);
  if (!event) throw new Error(`${label}: no councils.MotionTabled event`);
  const index = event.data.index;
  log(`Executive Council: the Secretary tabled motion ${index} (${kind === 'Ordinary' ? 'ordinary' : 'extraordinary'}) in block ${tabled.blockNumber}`);
  await Promise.all(
    keys.commissioners.map((voter) =>
      submit(api, api.tx.councils.vote(index, true), voter, { label: `${label}: vote` }),
    ),
  );
  log(`Executive Council: ${keys.commissioners.length} commissioners voted aye`);
  const closed = await submit(api, api.tx.councils.close(index), keys.secretary, { label: `${label}: close` });
  const executed = findEvent(closed.events, api.events.councils.MotionExecuted);
  if (!executed) {
    const outcome = findEvent(closed.events, api.events.councils.MotionClosed)?.data.outcome.toString();
    throw new Error(`${label}: motion ${index} did not pass (${outcome ?? 'not closed'})`);
  }
  assertDispatched(api, executed.data.result, label);
  log(`Executive Council: motion ${index} passed and was enacted in block ${closed.blockNumber}`);
  return closed;
}

/** The `pallet-collective` instances of the runtime, by their section in the metadata. */
const COLLECTIVES = {
  advisoryCouncil: 'Advisory Council',
  nodeCommission: 'Node-integration commission',
  projectsCommission: 'Projects commission',
};

/**
 * A decision of the `pallet-collective` instance `section` (`advisoryCouncil`, `nodeCommission`,
 * `projectsCommission`) on `call`: the first of `members` proposes it with a majority threshold,
 * all vote aye, and it is closed. Resolves with the close's events; rejects if the motion is not
 * executed or its call fails.
 */
export async function collectiveDecision(api, section, call, members, { label = section, log = () => {} } = {}) {
  const title = COLLECTIVES[section] ?? section;
  const threshold = Math.max(2, Math.floor(members.length / 2) + 1);
  const lengthBound = call.method.encodedLength;
  const [proposer] = members;
  const proposed = await submit(api, api.tx[section].propose(threshold, call, lengthBound), proposer, {
    label: `${label}: propose`,
  });
  const event = findEvent(proposed.events, api.events[section].Proposed);
  if (!event) throw new Error(`${label}: no ${section}.Proposed event`);
  const { proposalIndex, proposalHash } = event.data;
  log(`${title}: motion ${proposalIndex} proposed in block ${proposed.blockNumber}`);
  for (const voter of members) {
    await submit(api, api.tx[section].vote(proposalHash, proposalIndex, true), voter, {
      label: `${label}: vote`,
    });
  }
  log(`${title}: ${members.length} members voted aye`);
  const { weight } = await call.paymentInfo(proposer.address);
  const closed = await submit(
    api,
    api.tx[section].close(proposalHash, proposalIndex, weight, lengthBound),
    proposer,
    { label: `${label}: close` },
  );
  const executed = findEvent(closed.events, api.events[section].Executed);
  if (!executed) throw new Error(`${label}: motion ${proposalIndex} of ${section} was not executed`);
  assertDispatched(api, executed.data.result, label);
  log(`${title}: motion ${proposalIndex} closed and executed in block ${closed.blockNumber}`);
  return closed;
}

/** An Advisory Council decision on `call` (see `collectiveDecision`). */
export function advisoryDecision(api, call, keys, { label = 'advisory', log = () => {} } = {}) {
  return collectiveDecision(api, 'advisoryCouncil', call, keys.advisors, { label, log });
}

/**
 * Dispatches `call` as Root the only way the chain allows: the Executive Council whitelists
 * its hash, then the Advisory Council dispatches it. Resolves with the dispatch's events;
 * rejects if the call itself fails.
 */
export async function asRoot(api, call, keys, { label = 'root', log = () => {} } = {}) {
  const hash = call.method.hash.toHex();
  log(`Root call ${call.method.section}.${call.method.method}, hash ${hash}`);
  await executiveDecision(api, api.tx.whitelist.whitelistCall(hash), keys, {
    label: `${label}: whitelist`,
    log,
  });
  log('Whitelist: the Executive Council whitelisted the call');
  const closed = await advisoryDecision(api, api.tx.whitelist.dispatchWhitelistedCallWithPreimage(call), keys, {
    label: `${label}: dispatch`,
    log,
  });
  const dispatched = findEvent(closed.events, api.events.whitelist.WhitelistedCallDispatched);
  if (!dispatched) throw new Error(`${label}: no whitelist.WhitelistedCallDispatched event`);
  const { result } = dispatched.data;
  if (result.isErr) {
    throw new Error(`${label}: the Root call failed: ${describeDispatchError(api, result.asErr.error)}`);
  }
  log('Whitelist: the Advisory Council dispatched the call as Root');
  return closed;
}

/**
 * A runtime upgrade through the councils: Root authorizes the code's hash
 * (`System::authorize_upgrade`), then `signer` applies the code
 * (`System::apply_authorized_upgrade`). Resolves once the code is in a block.
 */
export async function upgradeRuntime(api, code, keys, signer, { log = () => {} } = {}) {
  const { blake2AsHex } = await import('@polkadot/util-crypto');
  const codeHash = blake2AsHex(code, 256);
  log(`Runtime upgrade: ${code.length} bytes, blake2-256 ${codeHash}`);
  await asRoot(api, api.tx.system.authorizeUpgrade(codeHash), keys, { label: 'authorize upgrade', log });
  log('System: upgrade authorized');
  // A hex string is taken as the raw bytes (a Uint8Array would be read as SCALE-encoded Bytes).
  const applied = await submit(api, api.tx.system.applyAuthorizedUpgrade(u8aToHex(code)), signer, {
    label: 'applyAuthorizedUpgrade',
    timeoutMs: 120_000,
  });
  log(`System: code applied in block ${applied.blockNumber}; the new runtime runs from the next block`);
  return applied;
}
