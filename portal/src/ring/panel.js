// An anonymous evaluator's acts from the browser, as `bmx-ring ticket`, `reveal` and `settle` do
// them (tools/bmx-ring/src/panel.rs), with the same state file. A certified evaluator enrolled in
// the roster is a candidate of the panels formed after it enrolled (without those with a conflict
// of interest). In a panel's round it draws a *ticket* (its alias in the round's context); a
// ticket low enough commits to its scores and is sent with a proof against the panel's ring,
// under the evaluator's *pseudonym* (its alias in the pseudonym context, the same in every
// panel). The selected reveal their scores with the commitment's salt, which exists only in the
// state file downloaded before anything is sent. Pay accrues to the pseudonym and is settled to
// any account with a proof against the roster. None of these names the account or the key.
import { hexToU8a, u8aEq, u8aToBigInt, u8aToHex } from '@polkadot/util';
import { decodeAddress } from '@polkadot/util-crypto';
import { callView } from '../chain/view.js';
import { ChainError } from '../chain/errors.js';
import { pseudonymContext, scoreCommitment, settlementMessage, ticketContext, ticketMessage } from './contexts.js';
import { argumentType, findRing, generalTransaction, ringDomain, submitOrRefuse, waitRecorded } from './general.js';

/** `AnonymousPanels`' refusals (`PanelRefusal`, `InvalidTransaction::Custom(code)`), by code. */
export const PANEL_REFUSALS = [null, 'NotFound', 'TicketsClosed', 'RevealsClosed', 'WrongRing', 'RingNotUsable', 'NotLowEnough', 'AlreadySubmitted', 'PseudonymBarred', 'InvalidProof', 'WrongAlias', 'NotSelected', 'AlreadyRevealed', 'CommitmentMismatch', 'InvalidScores', 'NothingToSettle', 'BelowMinimum', 'StillSelected', 'PoolShort'];

/** The highest score (`pallet_anonymous_panels::MAX_SCORE`). */
export const MAX_SCORE = 100;

/** What a ticket's state file says it is (as `bmx-ring`'s). */
export const STATE_KIND = 'bmx-ring/panel-ticket';
export const STATE_VERSION = 1;

/** A ticket's rank: its first eight bytes, big-endian (`ticket_prefix`). */
export const ticketPrefix = (ticket) => u8aToBigInt(ticket.subarray(0, 8), { isLe: false });

const refused = (name, raw) => new ChainError({ key: `portal.panel.${name}`, raw });

/** The best block's hash, number and state. */
async function best(api) {
  const hash = (await api.rpc.chain.getBlockHash()).toHex();
  const [at, header] = await Promise.all([api.at(hash), api.rpc.chain.getHeader(hash)]);
  return { hash, at, number: header.number.toNumber() };
}

/** The pseudonym context, checked against the chain's. */
async function checkedPseudonymContext(api, hash) {
  const context = pseudonymContext(api.genesisHash.toU8a());
  const onChain = await callView(api, 'anonymousPanels', 'pseudonymContext', [], hash);
  if (!u8aEq(onChain.toU8a(), context)) throw refused('WrongContext', `pseudonym context ${onChain.toHex()}, not ${u8aToHex(context)}`);
  return context;
}

/** The evaluator's pseudonym for `entropy` on this chain (computed in the page). */
export function pseudonymOf(api, prover, entropy) {
  return prover.alias(entropy, pseudonymContext(api.genesisHash.toU8a()));
}

/**
 * Where the holder of `entropy` stands in panel `panelId`'s round: `{ round, ticketsEnd,
 * revealsEnd, ticket, drawn, selected, candidate }`; `null` when the panel draws no tickets.
 * Nothing leaves the page: the panel's ring is fetched whole.
 */
export async function standing(api, prover, entropy, panelId) {
  const { hash, at } = await best(api);
  const panel = (await at.query.anonymousPanels.panels(panelId)).unwrapOr(null);
  if (!panel?.state.isSortition) return null;
  const { round, ticketsEnd, revealsEnd } = panel.state.asSortition;
  const ticket = prover.alias(entropy, ticketContext(api.genesisHash.toU8a(), panelId, round.toNumber(), panel.seed.toU8a()));
  const threshold = (await callView(api, 'anonymousPanels', 'ticketThreshold', [panelId], hash)).unwrapOr(null);
  const selections = await at.query.anonymousPanels.selections(panelId);
  const ringRef = (await callView(api, 'anonymousPanels', 'panelRing', [panelId], hash)).unwrapOr(null);
  let candidate = false;
  if (ringRef) {
    const [ring] = ringRef;
    const keys = await callView(api, 'anonymityRings', 'ringMembers', [ring.scope, ring.index, ring.revision], hash);
    const member = prover.memberKey(entropy);
    candidate = keys.isSome && keys.unwrap().some((k) => u8aEq(k.toU8a(), member));
  }
  return {
    round: round.toNumber(),
    ticketsEnd: ticketsEnd.toNumber(),
    revealsEnd: revealsEnd.toNumber(),
    ticket: u8aToHex(ticket),
    drawn: threshold !== null && ticketPrefix(ticket) <= threshold.toBigInt(),
    selected: selections.some((s) => u8aEq(s.ticket.toU8a(), ticket)),
    candidate,
  };
}

/**
 * Prepares the ticket of the holder of `entropy` in panel `panelId`'s round with `scores` (one
 * per option, 0 to `MAX_SCORE`), as `bmx-ring ticket` does: the pallet's cheap checks first
 * (tickets open, the rank below the threshold and below the panel's full selection, a candidate
 * of its ring), then a fresh salt, the commitment and the proof. Returns `{ state, ticket,
 * transaction }`: `state` is the state file's content, to be saved before the transaction is
 * sent.
 */
export async function prepareTicket(api, prover, entropy, panelId, scores) {
  const { hash, at, number } = await best(api);
  const panel = (await at.query.anonymousPanels.panels(panelId)).unwrapOr(null);
  if (!panel) throw refused('NotFound', `no panel ${panelId}`);
  if (!panel.state.isSortition) throw refused('TicketsClosed', `panel ${panelId} is ${panel.state.type}`);
  const { round: roundType, ticketsEnd } = panel.state.asSortition;
  const round = roundType.toNumber();
  if (scores.length !== panel.options.toNumber()) throw refused('InvalidScores', `${scores.length} scores for ${panel.options} options`);
  if (scores.some((s) => !Number.isInteger(s) || s < 0 || s > MAX_SCORE)) throw refused('InvalidScores', `scores ${scores}`);
  if (number + 1 >= ticketsEnd.toNumber()) throw refused('TicketsClosed', `tickets close at ${ticketsEnd}, best block ${number}`);

  const genesis = api.genesisHash.toU8a();
  const context = ticketContext(genesis, panelId, round, panel.seed.toU8a());
  const onChain = (await callView(api, 'anonymousPanels', 'ticketContext', [panelId], hash)).unwrapOr(null);
  if (!onChain || !u8aEq(onChain.toU8a(), context)) throw refused('WrongContext', `ticket context ${onChain?.toHex()}, not ${u8aToHex(context)}`);
  const pseudonymCtx = await checkedPseudonymContext(api, hash);
  const ticket = prover.alias(entropy, context);
  const pseudonym = prover.alias(entropy, pseudonymCtx);

  const threshold = (await callView(api, 'anonymousPanels', 'ticketThreshold', [panelId], hash)).unwrapOr(null);
  if (threshold === null || ticketPrefix(ticket) > threshold.toBigInt()) throw refused('NotLowEnough', `rank ${ticketPrefix(ticket)} above ${threshold}`);
  const selections = await at.query.anonymousPanels.selections(panelId);
  if (selections.some((s) => u8aEq(s.ticket.toU8a(), ticket) || u8aEq(s.pseudonym.toU8a(), pseudonym))) throw refused('AlreadySubmitted', 'already selected');
  const full = selections.length >= api.consts.anonymousPanels.panelSize.toNumber();
  if (full && u8aToBigInt(ticket, { isLe: false }) >= u8aToBigInt(selections[selections.length - 1].ticket.toU8a(), { isLe: false })) {
    throw refused('NotLowEnough', `the panel holds ${selections.length} lower tickets`);
  }
  const ringRef = (await callView(api, 'anonymousPanels', 'panelRing', [panelId], hash)).unwrapOr(null);
  if (!ringRef) throw refused('TicketsClosed', `the ring of panel ${panelId} is not built yet`);
  const [ring, usable] = ringRef;
  if (!usable.isTrue) throw refused('RingNotUsable', `panel ${panelId}`);
  const keyList = await callView(api, 'anonymityRings', 'ringMembers', [ring.scope, ring.index, ring.revision], hash);
  const keys = keyList.isSome ? keyList.unwrap().map((k) => k.toU8a()) : [];
  const member = prover.memberKey(entropy);
  if (!keys.some((k) => u8aEq(k, member))) throw refused('NotCandidate', `member ${u8aToHex(member)} not in the ring of panel ${panelId}`);

  const salt = globalThis.crypto.getRandomValues(new Uint8Array(32));
  const commitment = scoreCommitment(panelId, round, ticket, scores, salt);
  const state = {
    kind: STATE_KIND,
    version: STATE_VERSION,
    genesis: u8aToHex(genesis),
    panel: panelId,
    round,
    ticket: u8aToHex(ticket),
    pseudonym: u8aToHex(pseudonym),
    scores,
    salt: u8aToHex(salt),
    commitment: u8aToHex(commitment),
  };
  const tx = api.tx.anonymousPanels.submitTicket;
  const ringBytes = api.registry.createType(argumentType(tx, 'ring'), ring).toU8a();
  const message = ticketMessage(panelId, round, ringBytes, commitment);
  let proved;
  try {
    proved = prover.prove(entropy, { domain: ringDomain(api), keys, contexts: [context, pseudonymCtx], message });
  } catch (error) {
    throw refused('ProofFailed', String(error.message ?? error));
  }
  if (!u8aEq(proved.aliases[0], ticket) || !u8aEq(proved.aliases[1], pseudonym)) throw refused('ProofFailed', 'the proof proves other aliases');
  // Hex, not bytes: @polkadot/api reads a Uint8Array given for `Bytes` as already SCALE-encoded.
  const call = tx(panelId, ring, u8aToHex(ticket), u8aToHex(pseudonym), u8aToHex(commitment), u8aToHex(proved.proof));
  return { state, ticket: state.ticket, transaction: generalTransaction(api, call) };
}

/** Sends a prepared ticket and waits until the panel's selection holds it. */
export async function sendTicket(api, provider, { transaction, state }) {
  await submitOrRefuse(provider, transaction, PANEL_REFUSALS, 'panel');
  return waitRecorded(api, async (at) => (await at.query.anonymousPanels.selections(state.panel)).some((s) => s.ticket.toHex() === state.ticket), 'panel.Timeout');
}

/**
 * A ticket's state file read back, as `bmx-ring reveal` reads it: another kind or version, a
 * score out of range or a commitment its scores and salt do not open (a damaged file) is refused;
 * so is a file of another chain.
 */
export function readTicketState(text, genesisHex) {
  let state;
  try {
    state = JSON.parse(text);
  } catch {
    throw refused('StateFile', 'not JSON');
  }
  const hex32 = (value) => typeof value === 'string' && /^0x[0-9a-fA-F]{64}$/.test(value);
  const valid = state?.kind === STATE_KIND && state.version === STATE_VERSION
    && ['genesis', 'ticket', 'pseudonym', 'salt', 'commitment'].every((k) => hex32(state[k]))
    && Number.isInteger(state.panel) && Number.isInteger(state.round)
    && Array.isArray(state.scores) && state.scores.every((s) => Number.isInteger(s) && s >= 0 && s <= MAX_SCORE);
  if (!valid) throw refused('StateFile', 'not a bmx-ring ticket state file');
  if (state.genesis.toLowerCase() !== genesisHex.toLowerCase()) throw refused('OtherChain', `a state file of chain ${state.genesis}`);
  const commitment = scoreCommitment(state.panel, state.round, hexToU8a(state.ticket), state.scores, hexToU8a(state.salt));
  if (u8aToHex(commitment) !== state.commitment.toLowerCase()) throw refused('StateFile', 'the scores and salt do not open the commitment');
  return state;
}

/**
 * Prepares the reveal of a ticket's scores from its state file, as `bmx-ring reveal` does: the
 * panel must be in the file's round and take reveals now (from its `tickets_end` to its
 * `reveals_end`), and its selection must hold the ticket with the file's commitment. No secret is
 * needed: the salt is the authorization.
 */
export async function prepareReveal(api, state) {
  const { at, number } = await best(api);
  const panel = (await at.query.anonymousPanels.panels(state.panel)).unwrapOr(null);
  if (!panel) throw refused('NotFound', `no panel ${state.panel}`);
  if (!panel.state.isSortition || panel.state.asSortition.round.toNumber() !== state.round) throw refused('RevealsClosed', `panel ${state.panel} is ${panel.state.type}`);
  const { ticketsEnd, revealsEnd } = panel.state.asSortition;
  if (number + 1 < ticketsEnd.toNumber()) throw refused('RevealsNotYet', `reveals open at block ${ticketsEnd}`);
  if (number + 1 >= revealsEnd.toNumber()) throw refused('RevealsClosed', `reveals closed at block ${revealsEnd}`);
  const selection = (await at.query.anonymousPanels.selections(state.panel)).find((s) => s.ticket.toHex() === state.ticket.toLowerCase());
  if (!selection) throw refused('NotSelected', `ticket ${state.ticket}`);
  if (selection.commitment.toHex() !== state.commitment.toLowerCase()) throw refused('CommitmentMismatch', 'the selected ticket holds another commitment');
  if (selection.scores.isSome) throw refused('AlreadyRevealed', `ticket ${state.ticket}`);
  const call = api.tx.anonymousPanels.revealScores(state.panel, state.ticket, state.scores, state.salt);
  return { state, transaction: generalTransaction(api, call) };
}

/** Sends a prepared reveal and waits until the selection holds the scores. */
export async function sendReveal(api, provider, { transaction, state }) {
  await submitOrRefuse(provider, transaction, PANEL_REFUSALS, 'panel');
  return waitRecorded(
    api,
    async (at) => (await at.query.anonymousPanels.selections(state.panel)).some((s) => s.ticket.toHex() === state.ticket.toLowerCase() && s.scores.isSome),
    'panel.Timeout',
  );
}

/**
 * Prepares the settlement of the pseudonym of `entropy` to account `to` (closing it when
 * `close`), as `bmx-ring settle` does: the nonce is the pseudonym's settlements so far; the
 * proof is made against the roster ring in force at the best block that holds the member key,
 * else the former evaluators' ring that does. The account paid is linked to the pseudonym from
 * then on.
 */
export async function prepareSettlement(api, prover, entropy, to, close) {
  const { hash, at, number } = await best(api);
  const pseudonymCtx = await checkedPseudonymContext(api, hash);
  const pseudonym = prover.alias(entropy, pseudonymCtx);
  const nonce = (await callView(api, 'anonymousPanels', 'settlementNonce', [pseudonym], hash)).unwrapOr(null);
  if (nonce === null) throw refused('NothingToSettle', `pseudonym ${u8aToHex(pseudonym)} cannot settle`);
  const member = prover.memberKey(entropy);
  const found = (await findRing(api, at, hash, 'Evaluators', number, member)) ?? (await findRing(api, at, hash, 'FormerEvaluators', number, member));
  if (!found) throw refused('NotInRoster', `member ${u8aToHex(member)} in no roster ring at block ${number}`);
  const account = decodeAddress(to);
  const message = settlementMessage(pseudonym, account, nonce.toNumber(), close);
  let proved;
  try {
    proved = prover.prove(entropy, { domain: ringDomain(api), keys: found.keys, contexts: [pseudonymCtx], message });
  } catch (error) {
    throw refused('ProofFailed', String(error.message ?? error));
  }
  const call = api.tx.anonymousPanels.settlePseudonym(found.ring, number, u8aToHex(pseudonym), to, close, u8aToHex(proved.proof));
  return { pseudonym: u8aToHex(pseudonym), nonce: nonce.toNumber(), transaction: generalTransaction(api, call) };
}

/** Sends a prepared settlement and waits until the pseudonym's settlements count it. */
export async function sendSettlement(api, provider, { transaction, pseudonym, nonce }) {
  await submitOrRefuse(provider, transaction, PANEL_REFUSALS, 'panel');
  return waitRecorded(
    api,
    async (at) => {
      const record = (await at.query.anonymousPanels.pseudonyms(pseudonym)).unwrapOr(null);
      return record !== null && record.settlements.toNumber() > nonce;
    },
    'panel.Timeout',
  );
}
