// The ring client (tools/bmx-ring): member keys, proofs of possession, aliases and secret votes,
// run as a citizen would run it.

import fs from 'node:fs';
import path from 'node:path';
import { execFile, spawnSync } from 'node:child_process';
import { nodeBinary } from './node.mjs';

/** Path of the bmx-ring binary: $BMX_RING, else next to bmx-node. */
export function ringBinary() {
  const binary = process.env.BMX_RING ?? path.join(path.dirname(nodeBinary()), 'bmx-ring');
  if (!fs.existsSync(binary)) {
    throw new Error(`bmx-ring not found at ${binary}: build it with the release set (source scripts/env.sh && build_release) or set BMX_RING`);
  }
  return binary;
}

/**
 * Runs `bmx-ring --json <args>`; resolves with `{ code, json, stderr }` whatever the exit code
 * (0 done, 1 refused by the chain, 2 input or RPC error). A proof takes a few seconds.
 */
export function runRing(args, { timeoutMs = 180_000 } = {}) {
  const result = spawnSync(ringBinary(), ['--json', ...args], { encoding: 'utf8', timeout: timeoutMs });
  if (result.error) throw result.error;
  let json;
  try {
    json = JSON.parse(result.stdout);
  } catch {
    throw new Error(`bmx-ring ${args.join(' ')} printed no JSON (exit ${result.status}): ${result.stdout}\n${result.stderr}`);
  }
  return { code: result.status, json, stderr: result.stderr };
}

/**
 * Runs `bmx-ring --json <args>` without blocking, so that several clients run at once (each
 * proof takes a few seconds of one core); resolves like [`runRing`].
 */
export function runRingAsync(args, { timeoutMs = 180_000 } = {}) {
  return new Promise((resolve, reject) => {
    execFile(ringBinary(), ['--json', ...args], { encoding: 'utf8', timeout: timeoutMs }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        reject(error);
        return;
      }
      try {
        resolve({ code: error ? error.code : 0, json: JSON.parse(stdout), stderr });
      } catch {
        reject(new Error(`bmx-ring ${args.join(' ')} printed no JSON: ${stdout}\n${stderr}`));
      }
    });
  });
}

/**
 * Waits until ring 0 of `scope` has published a revision with `members` members; returns the
 * revision.
 */
export async function publishedRing(api, scope, members, { timeoutMs = 180_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const info = (await api.query.anonymityRings.rings(scope, 0)).unwrapOr(null);
    if (info && info.revision.toNumber() > 0 && !info.stale.isTrue && info.publishedLen.toNumber() === members) {
      return info.revision.toNumber();
    }
    if (Date.now() >= deadline) {
      throw new Error(`ring 0 of ${JSON.stringify(scope)} not published with ${members} members: ${info?.toString()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}
