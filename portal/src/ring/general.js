// What every anonymous act of a member secret shares (a vote, an evaluator's ticket, reveal and
// settlement): the general transaction (format 5, no signer: the call's own authorization, a
// ring proof or a salt, lets it in), its sending and the pool's refusals in words, and the search
// for the prover's ring. The member key never leaves the page: a scope's rings and key lists are
// fetched whole and searched here.
import { compactToU8a, hexToU8a, u8aConcat, u8aEq, u8aToHex } from '@polkadot/util';
import { callView } from '../chain/view.js';
import { ChainError, submissionErrorOf } from '../chain/errors.js';

/**
 * The runtime's transaction extensions, in order, and what each puts in a general transaction
 * that `generalTransaction` builds: an immortal era (0x00), nonce 0 (compact, 0x00) and no tip
 * (compact, 0x00); the others add nothing. A runtime with other extensions is refused rather
 * than sent bytes it would misread.
 */
const EXTENSIONS = [
  ['AuthorizeCall', ''],
  ['CheckNonZeroSender', ''],
  ['CheckSpecVersion', ''],
  ['CheckTxVersion', ''],
  ['CheckGenesis', ''],
  ['CheckMortality', '00'],
  ['CheckNonce', '00'],
  ['CheckWeight', ''],
  // `SkipCheckIfFeeless<ChargeSponsored>`: both take the identifier of the fee extension they
  // stand for; its explicit part is the tip.
  ['ChargeTransactionPayment', '00'],
  // pallet-revive's `SetOrigin`.
  ['EthSetOrigin', ''],
  ['WeightReclaim', ''],
];

/** Transaction format 5, general (no signature), extension version 0. */
const GENERAL_V5 = 0x45;
const EXTENSION_VERSION = 0;

/** `call` (a `SubmittableExtrinsic` or `Call`) as a general transaction of this runtime. */
export function generalTransaction(api, call) {
  const names = api.registry.metadata.extrinsic.transactionExtensions.map((e) => e.identifier.toString());
  const expected = EXTENSIONS.map(([name]) => name);
  if (names.join() !== expected.join()) {
    throw new Error(`this portal builds general transactions for the extensions ${expected.join(', ')}; the runtime has ${names.join(', ')}`);
  }
  const body = u8aConcat(
    new Uint8Array([GENERAL_V5, EXTENSION_VERSION]),
    ...EXTENSIONS.map(([, bytes]) => hexToU8a(bytes ? `0x${bytes}` : '0x')),
    (call.method ?? call).toU8a(),
  );
  return u8aConcat(compactToU8a(body.length), body);
}

/**
 * Sends a general transaction's bytes (`author_submitExtrinsic` on `provider`, the raw JSON-RPC
 * connection: @polkadot/api's extrinsic type is built for signed transactions).
 */
export function submitGeneral(provider, transaction) {
  return provider.send('author_submitExtrinsic', [u8aToHex(transaction)]);
}

/**
 * Sends a general transaction like `submitGeneral`; a refusal by the pool becomes the
 * `ChainError` of `refusalOf(error, refusals, kind)`.
 */
export async function submitOrRefuse(provider, transaction, refusals, kind) {
  try {
    await submitGeneral(provider, transaction);
  } catch (error) {
    throw refusalOf(error, refusals, kind);
  }
}

/** The ring domain of this runtime as the prover's exponent (`Domain12` → 12). */
export function ringDomain(api) {
  const domain = api.consts.anonymityRings.domain.toString();
  const exponent = Number(domain.replace(/^Domain/, ''));
  if (!Number.isInteger(exponent)) throw new Error(`unknown ring domain ${domain}`);
  return exponent;
}

/** The type of `tx`'s argument `name`, as @polkadot/api names it. */
export function argumentType(tx, name) {
  const arg = tx.meta.args.find((a) => a.name.toString() === name);
  if (!arg) throw new Error(`${tx.section}.${tx.method} has no argument ${name}`);
  return arg.type.toString();
}

/**
 * The revision of ring `index` of `scope` in force at `snapshot`, walking back from `revision`
 * (its last): `{ revision, usable }`, or null when none kept was (published after the snapshot,
 * or pruned).
 */
async function revisionInForce(at, scope, index, revision, snapshot) {
  for (let r = revision; r > 0; r -= 1) {
    const record = await at.query.anonymityRings.roots(scope, index, r);
    if (record.isNone) return null;
    const { validFrom, validUntil, usable } = record.unwrap();
    if (validFrom.toNumber() <= snapshot) {
      const inForce = validUntil.isNone || snapshot < validUntil.unwrap().toNumber();
      return inForce ? { revision: r, usable: usable.isTrue } : null;
    }
  }
  return null;
}

/**
 * The ring of `scope` whose revision in force at `snapshot` holds `member`, and its keys in ring
 * order: `{ ring: { scope, index, revision }, keys }`; `null` when none does. `at` is the state
 * at block `atHash`.
 */
export async function findRing(api, at, atHash, scope, snapshot, member) {
  const count = (await at.query.anonymityRings.ringCount(scope)).toNumber();
  for (let index = 0; index < count; index += 1) {
    const info = await at.query.anonymityRings.rings(scope, index);
    if (info.isNone) continue;
    const found = await revisionInForce(at, scope, index, info.unwrap().revision.toNumber(), snapshot);
    if (!found?.usable) continue;
    const keys = await callView(api, 'anonymityRings', 'ringMembers', [scope, index, found.revision], atHash);
    if (keys.isNone) continue;
    const list = keys.unwrap().map((k) => k.toU8a());
    if (list.some((k) => u8aEq(k, member))) return { ring: { scope, index, revision: found.revision }, keys: list };
  }
  return null;
}

/**
 * The pool's refusal of a general transaction as a `ChainError` (`1010: Invalid Transaction:
 * Custom error: 9`): the pallet's refusal `refusals[code]` becomes `portal.<kind>.<Name>`, whose
 * sentence is `error.<kind>.<Name>`; anything else is the pool's own.
 */
export function refusalOf(error, refusals, kind) {
  const raw = String(error?.message ?? error);
  const custom = /Custom error: (\d+)/.exec(raw);
  const name = custom ? refusals[Number(custom[1])] : null;
  if (name) return new ChainError({ key: `portal.${kind}.${name}`, raw });
  return submissionErrorOf(error);
}

/**
 * Polls the best block until `recorded(at)` holds (at = its state); resolves with its number, or
 * throws `portal.<timeoutKey>` after `timeoutMs`.
 */
export async function waitRecorded(api, recorded, timeoutKey, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hash = await api.rpc.chain.getBlockHash();
    if (await recorded(await api.at(hash))) return (await api.rpc.chain.getHeader(hash)).number.toNumber();
    if (Date.now() > deadline) throw new ChainError({ key: `portal.${timeoutKey}`, raw: `not recorded in ${timeoutMs} ms` });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}
