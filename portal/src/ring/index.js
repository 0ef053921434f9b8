// The page's ring prover (`tools/ring-wasm`, built by `scripts/ring-wasm.sh` into
// `portal/generated/`), fetched and compiled once, when a screen first needs it: the module
// carries the ring proofs' structured reference string and is a few megabytes.
import proverUrl from '../../generated/bmx-ring.wasm?url';
import { loadProver } from './prover.js';

let loading = null;

/** The prover, loaded at the first call; a failed load is tried again at the next. */
export function getProver() {
  loading ??= loadProver(proverUrl).catch((error) => {
    loading = null;
    throw error;
  });
  return loading;
}
