// A secret vote from the browser, as `bmx-ring vote` casts it (tools/bmx-ring/src/vote.rs):
// read the ballot, check the chain's vote context against the one computed here, find the ring
// of the ballot's scope in force at its snapshot that holds the voter's member key, prove with
// the WebAssembly prover, and send `SecretBallots.cast_secret_vote` as a general transaction
// (no signer, no nonce, no fee: the proof authorizes it).
import { u8aEq, u8aToHex } from '@polkadot/util';
import { callView } from '../chain/view.js';
import { ChainError } from '../chain/errors.js';
import { ballotContext, voteMessage } from './contexts.js';
import { argumentType, findRing, generalTransaction, ringDomain, submitOrRefuse, waitRecorded } from './general.js';

/** `SecretBallots`' refusals (`VoteRefusal`, `InvalidTransaction::Custom(code)`), by code. */
export const VOTE_REFUSALS = [null, 'NotFound', 'NotOpenYet', 'Closed', 'Cancelled', 'RingOutOfScope', 'UnknownRing', 'RingNotInForce', 'RingTooSmall', 'AlreadyVoted', 'InvalidChoices', 'TooManyChoices', 'InvalidProof', 'WrongAlias'];

/**
 * Prepares a secret vote in ballot `ballotId` for `choices` by the holder of `entropy`: reads the
 * ballot at the best block, checks its context, finds the voter's ring and proves. Returns
 * `{ alias, ring, transaction }` (the transaction's bytes), or throws a `ChainError`.
 */
export async function prepareVote(api, prover, entropy, ballotId, choices) {
  const atHash = (await api.rpc.chain.getBlockHash()).toHex();
  const at = await api.at(atHash);
  const ballot = await at.query.secretBallots.ballots(ballotId);
  if (ballot.isNone) throw new ChainError({ key: 'portal.vote.NotFound', raw: `no ballot ${ballotId}` });
  const { scope, snapshot } = ballot.unwrap();
  const genesis = api.genesisHash.toU8a();
  const context = ballotContext(genesis, ballotId);
  const chainContext = await callView(api, 'secretBallots', 'voteContext', [ballotId], atHash);
  if (!u8aEq(chainContext.toU8a(), context)) {
    throw new ChainError({ key: 'portal.vote.WrongContext', raw: `the chain verifies ballot ${ballotId} for ${chainContext.toHex()}, not ${u8aToHex(context)}` });
  }
  const member = prover.memberKey(entropy);
  const found = await findRing(api, at, atHash, scope, snapshot.toNumber(), member);
  if (!found) {
    throw new ChainError({ key: 'portal.vote.NotInRing', raw: `member ${u8aToHex(member)} in no usable ring of ${JSON.stringify(scope.toJSON())} at block ${snapshot}` });
  }
  const { ring, keys } = found;
  const tx = api.tx.secretBallots.castSecretVote;
  const ringBytes = api.registry.createType(argumentType(tx, 'ring'), ring).toU8a();
  const message = voteMessage(ballotId, ringBytes, choices);
  let proved;
  try {
    proved = prover.prove(entropy, { domain: ringDomain(api), keys, contexts: [context], message });
  } catch (error) {
    throw new ChainError({ key: error.code === 'NotInRing' ? 'portal.vote.NotInRing' : 'portal.vote.ProofFailed', raw: String(error.message ?? error) });
  }
  const alias = proved.aliases[0];
  // Hex, not bytes: @polkadot/api reads a Uint8Array given for `Bytes` as already SCALE-encoded
  // (length first), which would send a mangled proof.
  const call = tx(ballotId, ring, u8aToHex(alias), choices, u8aToHex(proved.proof));
  return { alias: u8aToHex(alias), ring, transaction: generalTransaction(api, call) };
}

/**
 * Sends a prepared vote and waits until the best block records `alias` in `ballotId`; resolves
 * with the block's number. A refusal by the pool becomes a `ChainError` that names the ballots'
 * refusal (`portal.vote.AlreadyVoted`...).
 */
export async function sendVote(api, provider, { transaction, alias }, ballotId, { timeoutMs = 120_000 } = {}) {
  await submitOrRefuse(provider, transaction, VOTE_REFUSALS, 'vote');
  return waitRecorded(api, async (at) => (await at.query.secretBallots.votes(ballotId, alias)).isSome, 'vote.Timeout', timeoutMs);
}
