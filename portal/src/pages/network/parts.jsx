// Pieces shared by the network and governance screens: a collective's name, an account with its
// institution, a call shown in words, a term's end and a key figure.
import { Account, BlockWhen, Hash } from '../../ui/components.jsx';
import { useChain } from '../../chain/api.js';
import { useI18n } from '../../i18n/index.js';
import { es as messages } from '../../i18n/messages/network.js';
import { describeCall, endsSoon, relativeBlocks, words } from './logic.js';

export { utf8 } from './read.js';

/** A collective's name and sector. */
export function CollectiveName({ collective, id }) {
  const { t } = useI18n();
  if (!collective) return <span>{t('network.collectiveNumber', { id })}</span>;
  return (
    <span>
      {collective.name} <span class="muted">({t(`network.kind.${collective.kind}`)})</span>
    </span>
  );
}

/** An account and, if it is a member of a collective, its institution. */
export function Who({ address, institutions }) {
  const institution = institutions?.get(address);
  return (
    <span>
      <Account address={address} />
      {institution && <span class="muted"> · {institution}</span>}
    </span>
  );
}

/** When a term ends: its date, how far off, and a badge when it ends within `horizon` blocks. */
export function TermEnd({ block, horizon, now }) {
  const { info } = useChain();
  const { language, t } = useI18n();
  return (
    <span>
      <BlockWhen block={block} />{' '}
      <span class="muted">{relativeBlocks(block - now, info.blockTimeMs, language)}</span>
      {horizon != null && endsSoon(block, now, horizon) && (
        <>
          {' '}
          <span class="badge bad" data-testid="ends-soon">{t('governance.endsSoon')}</span>
        </>
      )}
    </span>
  );
}

/** A call in words: its name (in Spanish when the portal knows it), `section.method` and its arguments. */
export function CallView({ call, testId }) {
  const { t } = useI18n();
  if (!call) return null;
  if (call.hash && !call.section) {
    return (
      <p data-testid={testId}>
        {t('governance.callNotNoted')} <Hash value={call.hash} />
      </p>
    );
  }
  const described = call.args && call.meta ? describeCall(call) : call;
  return <DescribedCall call={described} testId={testId} />;
}

function DescribedCall({ call, testId }) {
  const { t } = useI18n();
  const key = `governance.call.${call.section}.${call.method}`;
  const label = messages[key] ? t(key) : null;
  return (
    <div class="call" data-testid={testId}>
      <p class="call-name">
        {label && <strong>{label}</strong>}
        {label && ' '}
        <code data-testid={testId ? `${testId}-method` : undefined}>{call.section}.{call.method}</code>
        {!label && <span class="muted"> ({words(call.method)})</span>}
      </p>
      {!label && call.docs && <p class="muted" lang="en">{call.docs}</p>}
      {call.args.length > 0 && (
        <ul class="call-args">
          {call.args.map((arg) => (
            <li key={arg.name}>
              <span class="muted">{words(arg.name)}:</span> <ArgValue arg={arg} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ArgValue({ arg }) {
  if (arg.call) return <DescribedCall call={arg.call} />;
  if (arg.calls) {
    return (
      <ol>
        {arg.calls.map((c, i) => <li key={i}><DescribedCall call={c} /></li>)}
      </ol>
    );
  }
  if (arg.account) return <Account address={arg.account} />;
  if (arg.hash) return <Hash value={arg.hash} />;
  return <span class="mono">{arg.text}</span>;
}

/** A heading and a short figure, for the key numbers of a screen. */
export function Stat({ label, children, testId }) {
  return (
    <li>
      <span class="stat-label">{label}</span>
      <span class="stat-value" data-testid={testId}>{children}</span>
    </li>
  );
}
