// The connection to the node: one `ApiPromise` for the page, the chain's facts (name, type,
// token, block time) and its heads (best and finalized), given to every screen through
// `ChainContext`.
import { ApiPromise, WsProvider } from '@polkadot/api';
import { createContext } from 'preact';
import { useContext, useEffect, useState, useCallback, useRef } from 'preact/hooks';

export const ChainContext = createContext(null);

/** `{ api, provider, config, info, heads, status, error }` of the page's chain. */
export const useChain = () => useContext(ChainContext);

/** The chain's facts the screens need. */
export async function chainInfo(api) {
  const [chain, chainType, version, health] = await Promise.all([
    api.rpc.system.chain(),
    api.rpc.system.chainType(),
    api.rpc.state.getRuntimeVersion(),
    api.rpc.system.health(),
  ]);
  const slot = api.consts.aura?.slotDuration;
  return {
    chain: chain.toString(),
    // Development and Local chains get the dev accounts and the faucet; Live never does.
    chainType: chainType.type,
    isDevelopment: chainType.isDevelopment || chainType.isLocal,
    specName: version.specName.toString(),
    specVersion: version.specVersion.toNumber(),
    genesisHash: api.genesisHash.toHex(),
    // Accounts are shown and compared in the chain's own address format.
    ss58: api.registry.chainSS58 ?? 42,
    token: api.registry.chainTokens[0] ?? 'BMX',
    decimals: api.registry.chainDecimals[0] ?? 18,
    blockTimeMs: slot ? Number(slot.toString()) : 6000,
    peers: health.peers.toNumber(),
  };
}

/**
 * Connects to `rpc`; `onHeads` gets `{ best, finalized, finalizedHash }` as they move. Resolves
 * with `{ api, provider, close }`.
 */
export async function connect(rpc, onHeads) {
  const provider = new WsProvider(rpc, 2_500);
  const api = await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: false });
  const heads = { best: 0, finalized: 0, finalizedHash: null };
  const unsubscribes = await Promise.all([
    api.rpc.chain.subscribeNewHeads((header) => {
      heads.best = header.number.toNumber();
      onHeads({ ...heads });
    }),
    api.rpc.chain.subscribeFinalizedHeads((header) => {
      heads.finalized = header.number.toNumber();
      heads.finalizedHash = header.hash.toHex();
      onHeads({ ...heads });
    }),
  ]);
  return {
    api,
    // The raw JSON-RPC connection, for what @polkadot/api's own types cannot carry (a general
    // transaction of format 5 goes to `author_submitExtrinsic` as bytes).
    provider,
    close: async () => {
      unsubscribes.forEach((unsubscribe) => unsubscribe());
      await api.disconnect();
    },
  };
}

/**
 * The value of an async read, re-read when `deps` change or `reload()` is called:
 * `{ value, error, loading, reload }`. A read that a newer one overtook is dropped. While a
 * re-read runs the last value stays on screen, unless `identity` changed (another account,
 * another tender): then nothing is shown until the new read answers, so that no screen ever
 * shows one account's data as another's.
 */
export function useAsync(read, deps, identity = deps) {
  const [state, setState] = useState({ value: undefined, error: null, loading: true });
  const generation = useRef(0);
  const shownFor = useRef(null);
  const key = identity.map(String).join('|');
  const run = useCallback(() => {
    const mine = ++generation.current;
    setState((s) => (shownFor.current === key ? { ...s, loading: true } : { value: undefined, error: null, loading: true }));
    Promise.resolve()
      .then(read)
      .then(
        (value) => {
          if (mine !== generation.current) return;
          shownFor.current = key;
          setState({ value, error: null, loading: false });
        },
        (error) => {
          if (mine !== generation.current) return;
          shownFor.current = key;
          setState({ value: undefined, error, loading: false });
        },
      );
  }, deps);
  useEffect(run, [run]);
  // `reload` is one function for the screen's life, and re-reads with the latest `read`: a form's
  // callback that kept an older `reload` (a transaction's `onDone`, called blocks after its
  // click) would otherwise read the block of that click and overtake the newer read in flight,
  // showing the state before the act (and its form again) until the next block.
  const latest = useRef(run);
  latest.current = run;
  const reload = useCallback(() => latest.current(), []);
  // The value of another identity is never returned, even for the render before the effect.
  const current = shownFor.current === key ? state : { value: undefined, error: null, loading: true };
  return { ...current, reload };
}

/**
 * Like `useAsync`, re-read at every new finalized block, with `read(at)` given the state at that
 * block (`api.at`): the public screens show finalized state, what cannot be reverted.
 */
export function useFinalized(read, deps) {
  const { api, heads } = useChain();
  return useAsync(
    async () => {
      if (!heads.finalizedHash) return new Promise(() => {});
      return read(await api.at(heads.finalizedHash), heads);
    },
    [...deps, heads.finalizedHash],
    deps,
  );
}
