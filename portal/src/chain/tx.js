// Sending a transaction and following it to finality. `send` resolves with the block and events
// once the block that holds it is finalized, and rejects with a `ChainError` when the node
// refuses it or the call fails in its block: the screens show the sentence and keep the form.
import { ChainError, dispatchErrorOf, submissionErrorOf } from './errors.js';

/**
 * Per account, the moment its last transaction reached the pool (or failed): the next one is
 * signed only then, so that both do not take the same nonce (`accountNextIndex` counts what the
 * pool holds, not what is being signed).
 */
const inPool = new Map();

/**
 * Signs `tx` as `account` and sends it; `onProgress(stage, detail)` hears 'signing', 'sent',
 * 'inBlock' (with the block number) and 'finalized'.
 */
export function send(api, account, tx, onProgress = () => {}) {
  const previous = inPool.get(account.address) ?? Promise.resolve();
  let pooled;
  const mine = new Promise((resolve) => {
    pooled = resolve;
  });
  inPool.set(account.address, mine);
  const result = previous.then(() => submit(api, account, tx, (stage, detail) => {
    if (stage !== 'signing') pooled();
    onProgress(stage, detail);
  }));
  // Whatever becomes of it, the account's next transaction may go.
  result.catch(() => {}).finally(pooled);
  return result;
}

function submit(api, account, tx, onProgress) {
  return new Promise((resolve, reject) => {
    let unsubscribe = () => {};
    let settled = false;
    const fail = (error) => {
      if (settled) return;
      settled = true;
      unsubscribe();
      reject(error instanceof ChainError ? error : submissionErrorOf(error));
    };
    const callback = async ({ status, events, dispatchError }) => {
      try {
        if (status.isReady || status.isBroadcast) onProgress('sent');
        if (status.isInBlock) {
          const header = await api.rpc.chain.getHeader(status.asInBlock);
          onProgress('inBlock', { blockNumber: header.number.toNumber() });
        }
        if (status.isInvalid || status.isDropped || status.isUsurped) {
          fail(new ChainError({ key: 'transaction.ImmediatelyDropped', raw: status.type }));
        }
        if (status.isFinalized) {
          if (dispatchError) return fail(dispatchErrorOf(api, dispatchError));
          const inner = innerFailure(api, events);
          if (inner) return fail(inner);
          const header = await api.rpc.chain.getHeader(status.asFinalized);
          settled = true;
          unsubscribe();
          onProgress('finalized');
          resolve({ blockHash: status.asFinalized.toHex(), blockNumber: header.number.toNumber(), events });
        }
      } catch (error) {
        fail(error);
      }
    };
    onProgress('signing');
    const options = account.source === 'dev' ? {} : { signer: account.signer };
    const signer = account.source === 'dev' ? account.pair : account.address;
    tx.signAndSend(signer, options, callback).then((u) => {
      unsubscribe = u;
      if (settled) u();
    }, fail);
  });
}

/**
 * The failure inside a call that itself succeeded: an interrupted batch, or a dispatched call's
 * `Result::Err` in an event (a motion's execution).
 */
function innerFailure(api, events) {
  for (const { event } of events) {
    if (api.events.utility?.BatchInterrupted?.is(event)) {
      return dispatchErrorOf(api, event.data[1]);
    }
  }
  return null;
}
