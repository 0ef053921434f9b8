// What went wrong, in words people understand. A dispatch error of a pallet becomes the
// catalogue's sentence (`i18n/errors.js`) in the page's language, with what to do; the raw error
// (`tenders.CommitmentMismatch`, the node's message) stays with it for support.
import { ERROR_TEXT } from '../i18n/errors.js';

/** An error the portal can explain: `key` names it in the catalogue, `raw` is for support. */
export class ChainError extends Error {
  constructor({ key, raw, docs }) {
    super(raw);
    this.name = 'ChainError';
    this.key = key;
    this.raw = raw;
    this.docs = docs;
  }

  /** The sentence in `language`, else the pallet's own documentation, else the raw error. */
  text(language) {
    const [section, ...rest] = this.key.split('.');
    const entry = ERROR_TEXT[section]?.[rest.join('.')];
    return entry?.[language] ?? entry?.es ?? (this.docs || this.raw);
  }
}

/** The `ChainError` of a `DispatchError` from an extrinsic's events. */
export function dispatchErrorOf(api, dispatchError) {
  if (dispatchError.isModule) {
    const { section, name, docs } = api.registry.findMetaError(dispatchError.asModule);
    return new ChainError({ key: `${section}.${name}`, raw: `${section}.${name}`, docs: docs.join(' ') });
  }
  // Token, Arithmetic and Transactional errors carry their cause.
  const kind = dispatchError.type;
  const inner = dispatchError[`as${kind}`];
  const key = inner?.type ? `${kind}.${inner.type}` : kind;
  return new ChainError({ key: `dispatch.${key}`, raw: key });
}

/**
 * The `ChainError` of a transaction the node refused before any block (`author_submit*`'s
 * JSON-RPC error: 1010 invalid, 1011 unknown, 1012 temporarily banned, 1014 priority too low).
 */
export function submissionErrorOf(error) {
  const message = String(error?.message ?? error);
  const code = /^(\d{4}):/.exec(message)?.[1];
  const rules = [
    [/Inability to pay|Payment/i, 'Payment'],
    [/Transaction is outdated|Stale/i, 'Stale'],
    [/Transaction will be valid in the future|Future/i, 'Future'],
    [/Invalid signature|BadProof/i, 'BadProof'],
    [/ancient birth block|AncientBirthBlock/i, 'AncientBirthBlock'],
    [/Already Imported|AlreadyImported/i, 'AlreadyImported'],
    [/exhausts the resources|ExhaustsResources/i, 'ExhaustsResources'],
    [/Priority is too low/i, 'Priority'],
    [/temporarily banned/i, 'Banned'],
    [/Custom error/i, 'Custom'],
  ];
  const match = rules.find(([pattern]) => pattern.test(message));
  if (match || code) {
    return new ChainError({ key: `transaction.${match?.[1] ?? 'Custom'}`, raw: message });
  }
  return new ChainError({ key: 'portal.Unreachable', raw: message });
}
