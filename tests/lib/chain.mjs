// Helpers to drive a chain with @polkadot/api in end-to-end tests: submit an extrinsic and wait
// for its inclusion, with module errors decoded to names; wait for block numbers.

import { setTimeout as sleep } from 'node:timers/promises';

/** A dispatch error as `section.Name` for module errors, else its text. */
export function describeDispatchError(api, dispatchError) {
  if (dispatchError.isModule) {
    const { section, name, docs } = api.registry.findMetaError(dispatchError.asModule);
    return `${section}.${name}${docs.length ? ` (${docs.join(' ').trim()})` : ''}`;
  }
  return dispatchError.toString();
}

/**
 * The failures an extrinsic's `events` report inside a successful dispatch: an event field that
 * is a `Result` holding an error (a motion's `Executed`, a proxy's or whitelist's dispatch, a
 * scheduled call) or a `DispatchError` (`utility.BatchInterrupted`, `utility.ItemFailed`), each as
 * `section.Event: error`. A journey fails on any of them unless it expects that failure.
 */
export function failuresIn(api, events) {
  const describe = (error) => describeDispatchError(api, error.error ?? error);
  const failures = [];
  for (const { event } of events) {
    if (api.events.system.ExtrinsicFailed.is(event)) continue;
    for (const field of event.data) {
      if (field.isErr === true) {
        failures.push(`${event.section}.${event.method}: ${describe(field.asErr)}`);
      } else if (typeof field.isModule === 'boolean' && typeof field.isBadOrigin === 'boolean') {
        failures.push(`${event.section}.${event.method}: ${describe(field)}`);
      }
    }
  }
  return failures;
}

/** `section.method` of every event, for assertion messages. */
export function eventNames(events) {
  return events.map(({ event }) => `${event.section}.${event.method}`).join(', ');
}

/**
 * Signs `tx` with `signer`, submits it and resolves once it is in a block with
 * {blockHash, blockNumber, events} (the extrinsic's events). Rejects, with `label`, if it is
 * invalid, dropped, or fails to dispatch (module errors decoded to their names), or if it is not
 * in a block within `timeoutMs`, or if its events report a failure inside it (`failuresIn`) and
 * `innerFailures` is not set to 'allow'. `onSent`, if given, is called once the node's pool holds the
 * transaction (or it failed before): the signer's next transaction then gets the next nonce.
 * `nonce`, if given, is used instead of the one the node reports (several transactions of one
 * signer sent at once).
 */
export function submit(api, tx, signer, { label = `${tx.method.section}.${tx.method.method}`, timeoutMs = 60_000, onSent, innerFailures = 'reject', nonce = -1 } = {}) {
  return new Promise((resolve, reject) => {
    let unsubscribe = null;
    let settled = false;
    let sent = false;
    const markSent = () => {
      if (!sent) {
        sent = true;
        onSent?.();
      }
    };
    const timer = setTimeout(
      () => done(reject, new Error(`${label}: not in a block within ${timeoutMs} ms`)),
      timeoutMs,
    );
    function done(settle, value) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (unsubscribe) unsubscribe();
      markSent();
      settle(value);
    }
    tx.signAndSend(signer, { nonce }, ({ status, events, dispatchError }) => {
      markSent();
      if (dispatchError) {
        done(reject, new Error(`${label} failed: ${describeDispatchError(api, dispatchError)}`));
      } else if (status.isInvalid || status.isDropped || status.isUsurped) {
        done(reject, new Error(`${label}: transaction ${status.type}`));
      } else if (status.isInBlock) {
        const blockHash = status.asInBlock;
        const failures = innerFailures === 'allow' ? [] : failuresIn(api, events);
        if (failures.length) {
          done(reject, new Error(`${label} dispatched, but failed inside: ${failures.join('; ')}`));
          return;
        }
        api.rpc.chain.getHeader(blockHash).then(
          (header) => done(resolve, { blockHash, blockNumber: header.number.toNumber(), events }),
          (error) => done(reject, error),
        );
      }
    }).then(
      (stop) => {
        unsubscribe = stop;
        if (settled) stop();
      },
      (error) => done(reject, new Error(`${label}: ${error.message}`)),
    );
  });
}

/** The first event of `tx`'s `events` that `matcher` (e.g. api.events.x.Y) recognises. */
export function findEvent(events, matcher) {
  return events.find(({ event }) => matcher.is(event))?.event;
}

/** The best block number. */
export async function bestNumber(api) {
  return (await api.rpc.chain.getHeader()).number.toNumber();
}

/** The finalized block number. */
export async function finalizedNumber(api) {
  return (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
}

/**
 * Polls until the best block (or with `finalized`, the finalized block) is at least `height`;
 * returns its number. Fails after `timeoutMs`, or at once if `node` (a BmxNode) exited.
 */
export async function waitForBlock(api, height, { timeoutMs = 120_000, finalized = false, node } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (node?.exitStatus) {
      throw new Error(`${node.name} exited while waiting for block ${height}\n${node.logTail()}`);
    }
    const number = finalized ? await finalizedNumber(api) : await bestNumber(api);
    if (number >= height) return number;
    if (Date.now() > deadline) {
      const what = finalized ? 'finalized' : 'best';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} block ${height} (at ${number})`);
    }
    await sleep(500);
  }
}
