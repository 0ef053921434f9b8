// The small pieces every screen uses: an error box that says what to do and keeps the raw error
// for support, a button that sends a transaction and shows its progress, fields that keep what
// was typed, and the chain's values formatted.
import { createContext } from 'preact';
import { useContext, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { useChain } from '../chain/api.js';
import { useAccount } from '../chain/account-context.js';
import { send } from '../chain/tx.js';
import { ChainError } from '../chain/errors.js';
import { blockDate, dateTime, shortAddress, shortHash } from './format.js';

/** An error as a sentence with what to do, and the raw error under "details". */
export function ErrorBox({ error }) {
  const { language, t } = useI18n();
  if (!error) return null;
  const chainError = error instanceof ChainError ? error : null;
  let sentence;
  if (chainError?.key.startsWith('portal.')) sentence = t(`error.${chainError.key.slice(7)}`);
  else if (chainError) sentence = chainError.text(language);
  else if (error.i18n) sentence = t(error.i18n, error.params);
  else sentence = t('error.unexpected');
  return (
    <div class="error-box" role="alert" data-testid="error">
      <p>{sentence}</p>
      <details>
        <summary>{t('error.details')}</summary>
        <code data-testid="error-raw">{chainError?.raw ?? String(error.message ?? error)}</code>
      </details>
    </div>
  );
}

/** An error the portal raises itself, before anything reaches the chain. */
export class InputError extends Error {
  constructor(i18n, params = {}) {
    super(i18n);
    this.i18n = i18n;
    this.params = params;
  }
}

/**
 * The page's notices: what became of the transactions sent from it. A form often disappears
 * once its act is done (a revealed bid has nothing left to reveal), so its outcome is also
 * announced here, in the shell, where it stays.
 */
export const NoticeContext = createContext({ notices: [], notify: () => {} });

/** The latest notices, newest first: each `{ id, label, stage, blockNumber, error }`. */
export function NoticeArea() {
  const { notices } = useContext(NoticeContext);
  const { t } = useI18n();
  return (
    <div class="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} class={n.error ? 'notice bad' : 'notice'} data-testid="notice" data-for={n.id} data-stage={n.error ? 'error' : n.stage}>
          <strong>{n.label}</strong>{' '}
          {n.error ? <ErrorBox error={n.error} /> : t(`tx.${n.stage}`, { block: n.blockNumber ?? '' })}
        </div>
      ))}
    </div>
  );
}

/**
 * A button that builds a transaction with `build()` (which may throw an `InputError`), sends it
 * as the acting account, and shows its progress, here and in the page's notices; `onDone(result)`
 * runs once it is finalized. The form around it keeps its values whatever happens.
 */
export function TxButton({ build, onDone, children, testId, disabled }) {
  const { api } = useChain();
  const { account } = useAccount();
  const { t } = useI18n();
  const { notify } = useContext(NoticeContext);
  const [progress, setProgress] = useState(null);
  const [error, setError] = useState(null);
  const busy = progress && progress.stage !== 'finalized';
  const id = testId ?? String(children);
  const label = typeof children === 'string' ? children : id;
  const click = async (event) => {
    event.preventDefault();
    setError(null);
    try {
      const tx = await build(api);
      const result = await send(api, account, tx, (stage, detail) => {
        setProgress({ stage, ...detail });
        notify({ id, label, stage, ...detail });
      });
      await onDone?.(result);
    } catch (err) {
      setProgress(null);
      setError(err);
      // Errors of input stay by the form; the chain's and the node's go to the notices too.
      if (!(err instanceof InputError)) notify({ id, label, error: err });
    }
  };
  return (
    <div class="tx">
      <button type="submit" onClick={click} disabled={disabled || busy || !account} data-testid={testId}>
        {children}
      </button>
      {!account && <p class="hint">{t('tx.needAccount')}</p>}
      {progress && (
        <p class="progress" role="status" data-testid={testId ? `${testId}-status` : undefined}>
          {t(`tx.${progress.stage}`, { block: progress.blockNumber ?? '' })}
        </p>
      )}
      <ErrorBox error={error} />
    </div>
  );
}

/** A labelled input whose value lives in the caller's state. */
export function Field({ label, value, onInput, hint, type = 'text', required, testId, ...rest }) {
  const id = `f-${testId ?? label}`.replace(/[^\w-]/g, '-');
  return (
    <div class="field">
      <label for={id}>{label}{required && <span aria-hidden="true"> *</span>}</label>
      <input id={id} type={type} value={value} required={required} onInput={(e) => onInput(e.currentTarget.value)} data-testid={testId} aria-describedby={hint ? `${id}-hint` : undefined} {...rest} />
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
    </div>
  );
}

/** A labelled select. */
export function Select({ label, value, onChange, options, testId }) {
  const id = `s-${testId ?? label}`.replace(/[^\w-]/g, '-');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)} data-testid={testId}>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </div>
  );
}

/** An account, shortened, with the full address on hover and for screen readers. */
export function Account({ address }) {
  return <span class="mono" title={address} aria-label={address}>{shortAddress(address)}</span>;
}

/** A document hash, shortened. */
export function Hash({ value }) {
  return <span class="mono" title={value}>{shortHash(value)}</span>;
}

/** A block number with its estimated date. */
export function BlockWhen({ block }) {
  const { heads, info } = useChain();
  const { language, t } = useI18n();
  const ms = blockDate(block, heads.best, info.blockTimeMs);
  return (
    <span title={t('block.estimated')}>
      {dateTime(ms, language)} <span class="muted">({t('block.number', { block })})</span>
    </span>
  );
}

/** "Loading…" for a read in flight, the error of a failed one, else the children. */
export function Loaded({ state, children }) {
  const { t } = useI18n();
  if (state.error) return <ErrorBox error={state.error} />;
  if (state.value === undefined) return <p role="status" class="muted">{t('common.loading')}</p>;
  return children(state.value);
}
