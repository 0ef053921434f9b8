// Verify a paper (public, no account): a certificado de depósito, a folio real, a certificado de
// libertad de gravamen or the history of a reforestation support, by the number printed on it or
// its QR code. The answer is read from finalized state by a light client in this browser
// (smoldot, `chain/light.js`), which checks every value against a finalized header with Merkle
// proofs: the node the portal talks to cannot forge it. Without a chain spec to trust, the page
// says so and shows the node's answer, marked unverified.
import { useEffect, useRef, useState } from 'preact/hooks';
import { Link, useLocation } from 'wouter-preact';
import { useI18n } from '../i18n/index.js';
import { useChain } from '../chain/api.js';
import { Account, BlockWhen, ErrorBox, Field, Hash, InputError, Select } from '../ui/components.jsx';
import { number as formatNumber, pesos } from '../ui/format.js';
import {
  bytesText, depositState, isAccount, jurisdictionText, parseId, parseVerifyTarget, targetFromScan,
  targetNumber, verifyPath, verifyUrl,
} from './registries/helpers.js';
import { lookup, nodeReader } from './registries/lookups.js';

const KINDS = [
  ['deposito', 'verify.kind.deposito'],
  ['folio', 'verify.kind.folio'],
  ['libertad', 'verify.kind.libertad'],
  ['apoyo', 'verify.kind.apoyo'],
  ['solicitud', 'verify.kind.solicitud'],
];

/**
 * The light client of this visit to the verification pages: started by the first lookup, shared
 * by every lookup after it (and by the page when it is mounted anew for another paper), stopped a
 * little after the person leaves the verification pages. Its progress goes to every listener.
 */
let lightSession = null;
const LEAVE_GRACE_MS = 5_000;

/** The running (or starting) light client of `chainSpec`; a failed start is retried next time. */
function lightClient(chainSpec) {
  if (lightSession?.spec === chainSpec && lightSession.promise && !lightSession.failed) return lightSession.promise;
  const session = lightSession ?? { listeners: new Set(), users: 0, timer: null };
  lightSession = session;
  session.spec = chainSpec;
  session.failed = false;
  const report = (status) => {
    session.status = status;
    session.listeners.forEach((listener) => listener(status));
  };
  report({ phase: 'loading', peers: 0, finalized: 0 });
  session.promise = import('../chain/light.js')
    .then(({ startLightClient }) => startLightClient(chainSpec, { onProgress: report }))
    .catch((error) => {
      session.failed = true;
      report({ phase: 'failed', peers: 0, finalized: 0 });
      throw error;
    });
  session.promise.catch(() => {});
  return session.promise;
}

/** Listens to the light client's progress while a verification page is shown; returns the cleanup. */
function joinLightSession(listener) {
  lightSession ??= { listeners: new Set(), users: 0, timer: null, promise: null };
  const session = lightSession;
  clearTimeout(session.timer);
  session.users += 1;
  session.listeners.add(listener);
  if (session.status) listener(session.status);
  return () => {
    session.listeners.delete(listener);
    session.users -= 1;
    if (session.users > 0) return;
    session.timer = setTimeout(() => {
      if (session.users > 0 || lightSession !== session) return;
      lightSession = null;
      session.promise?.then((client) => client.terminate()).catch(() => {});
    }, LEAVE_GRACE_MS);
  };
}

export function Verify({ kind, number }) {
  const { api, config, heads } = useChain();
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const routeTarget = kind ? parseVerifyTarget(kind, number) : null;

  // The form, prefilled from the address.
  const [formKind, setFormKind] = useState(routeTarget?.kind ?? (KINDS.some(([k]) => k === kind) ? kind : 'deposito'));
  const [warehouse, setWarehouse] = useState(routeTarget?.warehouse ?? '');
  const [folio, setFolio] = useState(routeTarget?.folio?.toString() ?? '');
  const [id, setId] = useState(routeTarget?.id?.toString() ?? '');
  const [formError, setFormError] = useState(null);
  const [scanning, setScanning] = useState(false);
  const [again, setAgain] = useState(0);

  // Moving to another paper (a link in a result, the QR scanner) refills the form.
  useEffect(() => {
    if (!routeTarget) {
      if (KINDS.some(([k]) => k === kind)) setFormKind(kind);
      return;
    }
    setFormKind(routeTarget.kind);
    if (routeTarget.kind === 'deposito') {
      setWarehouse(routeTarget.warehouse);
      setFolio(routeTarget.folio.toString());
    } else setId(routeTarget.id.toString());
  }, [kind, routeTarget ? targetNumber(routeTarget) : number]);

  // The light client: started at the first lookup of this visit, kept for the next ones.
  const [lightStatus, setLightStatus] = useState(() => lightSession?.status ?? null);
  useEffect(() => joinLightSession(setLightStatus), []);

  /** The reader to use: `{ reader, unverifiedBecause, lightError }`. */
  const readerFor = async () => {
    if (!config?.chainSpec) return { reader: nodeReader(api), unverifiedBecause: 'noSpec' };
    try {
      const client = await lightClient(config.chainSpec);
      return { reader: { verified: true, storage: client.storage, keys: client.keys } };
    } catch (error) {
      return { reader: nodeReader(api), unverifiedBecause: 'lightFailed', lightError: error };
    }
  };

  const [state, setState] = useState({ status: 'idle' });
  const generation = useRef(0);
  const targetKey = routeTarget ? `${routeTarget.kind}/${targetNumber(routeTarget)}` : null;
  useEffect(() => {
    const mine = ++generation.current;
    if (!routeTarget) {
      setState({ status: 'idle' });
      return;
    }
    setState({ status: 'loading' });
    (async () => {
      let { reader, unverifiedBecause, lightError } = await readerFor();
      const atLeast = heads.finalized;
      let result;
      try {
        result = await lookup(api, reader, routeTarget, {
          atLeast,
          onWait: (block) => mine === generation.current && setState({ status: 'loading', waitingFor: block }),
        });
      } catch (error) {
        if (!reader.verified) throw error;
        // The light client failed to answer: say so, and show the node's word.
        lightError = error;
        unverifiedBecause = 'lightFailed';
        reader = nodeReader(api);
        result = await lookup(api, reader, routeTarget, {});
      }
      if (mine === generation.current) {
        setState({ status: 'done', result, target: routeTarget, verified: reader.verified, unverifiedBecause, lightError });
      }
    })().catch((error) => mine === generation.current && setState({ status: 'error', error }));
  }, [targetKey, again]);

  const submit = (event) => {
    event.preventDefault();
    setFormError(null);
    try {
      let target;
      if (formKind === 'deposito') {
        if (!isAccount(warehouse)) throw new InputError('verify.input.warehouse');
        if (parseId(folio) === null) throw new InputError('verify.input.folio');
        target = parseVerifyTarget('deposito', `${warehouse.trim()}-${parseId(folio)}`);
      } else {
        target = parseVerifyTarget(formKind, id);
        if (!target) throw new InputError('verify.input.number');
      }
      const path = verifyPath(target);
      if (routeTarget && verifyPath(routeTarget) === path) setAgain((n) => n + 1);
      else navigate(path);
    } catch (error) {
      setFormError(error);
    }
  };

  const found = (target) => {
    setScanning(false);
    setFormKind(target.kind);
    if (target.kind === 'deposito') {
      setWarehouse(target.warehouse);
      setFolio(target.folio.toString());
    } else setId(target.id.toString());
    navigate(verifyPath(target));
  };

  return (
    <section aria-labelledby="verify-title">
      <h1 id="verify-title">{t('verify.title')}</h1>
      <p class="lead">{t('verify.lead')}</p>

      <form onSubmit={submit} aria-labelledby="verify-form-title" data-testid="verify-form">
        <h2 id="verify-form-title">{t('verify.form.title')}</h2>
        <Select label={t('verify.form.kind')} value={formKind} onChange={setFormKind} testId="verify-kind"
          options={KINDS.map(([value, key]) => [value, t(key)])} />
        {formKind === 'deposito' ? (
          <>
            <Field label={t('verify.form.warehouse')} value={warehouse} onInput={setWarehouse} testId="verify-warehouse"
              hint={t('verify.form.warehouseHint')} required autocomplete="off" spellcheck={false} />
            <Field label={t('verify.form.folio')} value={folio} onInput={setFolio} testId="verify-folio"
              inputMode="numeric" required autocomplete="off" />
          </>
        ) : (
          <Field label={t(`verify.form.number.${formKind}`)} value={id} onInput={setId} testId="verify-number"
            inputMode="numeric" required autocomplete="off" />
        )}
        <div class="actions">
          <button type="submit" data-testid="verify-submit">{t('verify.form.submit')}</button>{' '}
          <button type="button" class="secondary" onClick={() => setScanning((s) => !s)} aria-expanded={scanning}
            data-testid="verify-scan">
            {scanning ? t('verify.scan.stop') : t('verify.scan.start')}
          </button>
        </div>
        <ErrorBox error={formError} />
      </form>

      {scanning && <QrScanner onFound={found} />}

      {kind && !routeTarget && (
        <div class="error-box" role="alert" data-testid="verify-bad-address"><p>{t('verify.badAddress')}</p></div>
      )}

      <LightStatus status={lightStatus} hasSpec={Boolean(config?.chainSpec)} />

      <div aria-live="polite">
        {state.status === 'loading' && (
          <p role="status" class="muted" data-testid="verify-loading">
            {state.waitingFor ? t('verify.waitingBlock', { block: state.waitingFor })
              : lightStatus && lightStatus.phase !== 'ready' && lightStatus.phase !== 'failed'
                ? t('verify.waitingLight') : t('verify.reading')}
          </p>
        )}
        {state.status === 'error' && <ErrorBox error={state.error} />}
        {state.status === 'done' && <Result state={state} />}
      </div>
    </section>
  );
}

/** The light client's progress: loading, syncing (with its finalized block and peers), ready. */
function LightStatus({ status, hasSpec }) {
  const { t } = useI18n();
  if (!hasSpec) return null;
  if (!status) return <p class="muted" data-testid="light-status">{t('verify.light.idle')}</p>;
  const text = {
    loading: t('verify.light.loading'),
    starting: t('verify.light.starting'),
    syncing: t('verify.light.syncing', { block: status.finalized, peers: status.peers }),
    ready: t('verify.light.ready', { block: status.finalized, peers: status.peers }),
    failed: t('verify.light.failed'),
  }[status.phase];
  return <p class="muted" role="status" data-testid="light-status" data-phase={status.phase}>{text}</p>;
}

/** Who vouches for the answer, at which block; then the record, or "no existe". */
function Result({ state }) {
  const { t } = useI18n();
  const { result, target, verified, unverifiedBecause, lightError } = state;
  const { blockNumber, blockHash } = result.head;
  const url = verifyUrl(window.location.href, target);
  return (
    <article class="panel" aria-labelledby="verify-result-title" data-testid="verify-result"
      data-verified={verified ? 'light' : 'node'} data-found={result.found ? 'yes' : 'no'}>
      <h2 id="verify-result-title">{t(`verify.kind.${target.kind}`)} {targetLabel(target)}</h2>
      {verified ? (
        <p class="ok-box" data-testid="verify-checked">
          {t('verify.checked.light', { block: blockNumber })} <Hash value={blockHash} />
        </p>
      ) : (
        <div class="warning" data-testid="verify-unverified">
          <p><strong>{t('verify.checked.node')}</strong> {t('verify.checked.nodeBlock', { block: blockNumber })} <Hash value={blockHash} /></p>
          <p>{t(unverifiedBecause === 'noSpec' ? 'verify.unverified.noSpec' : 'verify.unverified.lightFailed')}</p>
          {lightError && (
            <details><summary>{t('error.details')}</summary><code>{String(lightError.message ?? lightError)}</code></details>
          )}
        </div>
      )}
      {!result.found ? (
        <p class="error-box" data-testid="verify-absent">
          <strong>{t('verify.absent.title')}</strong> {t(`verify.absent.${target.kind}`, { block: blockNumber })}
        </p>
      ) : (
        <>
          {target.kind === 'deposito' && <DepositView result={result} target={target} />}
          {target.kind === 'folio' && <FolioView result={result} />}
          {target.kind === 'libertad' && <PropertyCertificateView result={result} />}
          {(target.kind === 'apoyo' || target.kind === 'solicitud') && <SubsidyView result={result} />}
          <PrintQr url={url} />
        </>
      )}
    </article>
  );
}

const targetLabel = (target) => (target.kind === 'deposito' ? `${target.folio}` : `${target.id}`);

/** A definition list of label/value rows. */
function Facts({ rows, testId }) {
  return (
    <dl class="facts-grid" data-testid={testId}>
      {rows.filter(Boolean).map(([label, value, id]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd data-testid={id}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const optionalAccount = (option) => (option && option.isSome ? <Account address={option.unwrap().toString()} /> : null);

/** A certificate of deposit: its state, goods, holders, pledge, sale and history. */
function DepositView({ result, target }) {
  const { language, t } = useI18n();
  const { certificate: c, history, warehouse } = result;
  const json = c.toJSON();
  const state = depositState(json, result.head.blockNumber);
  const good = state === 'valid' || state === 'pledged';
  const unit = t(`registries.unit.${c.goods.unit.type}`);
  const pledge = c.pledge.isSome ? c.pledge.unwrap() : null;
  const sale = c.sale.isSome ? c.sale.unwrap() : null;
  return (
    <>
      <p>
        <span class={`badge ${good ? 'ok' : 'bad'}`} data-testid="deposit-state" data-state={state}>
          {t(`verify.deposit.state.${state}`)}
        </span>{' '}
        {t(`verify.deposit.stateHelp.${state}`)}
      </p>
      <Facts testId="deposit-facts" rows={[
        [t('verify.deposit.warehouse'), <><Account address={target.warehouse} />{warehouse && <> · {t(`verify.deposit.warehouseStatus.${warehouse.status.type}`)}</>}</>, 'deposit-warehouse'],
        [t('verify.deposit.folio'), `${target.folio}`, 'deposit-folio'],
        [t('verify.deposit.holder'), <Account address={c.certificateHolders[c.certificateHolders.length - 1].toString()} />, 'deposit-holder'],
        [t('verify.deposit.bonoHolder'), c.bonoHolders.length
          ? <Account address={c.bonoHolders[c.bonoHolders.length - 1].toString()} />
          : t('verify.deposit.notNegotiable'), 'deposit-bono-holder'],
        [t('verify.deposit.goodsHash'), <span class="mono">{c.goods.description.toHex()}</span>, 'deposit-goods-hash'],
        [t('verify.deposit.quantity'), `${formatNumber(c.goods.quantity.toBigInt(), language)} ${unit}`, 'deposit-quantity'],
        [t('verify.deposit.lot'), <Hash value={c.goods.lot.toHex()} />],
        [t('verify.deposit.value'), pesos(c.goods.declaredValue.toBigInt(), language), 'deposit-value'],
        [t('verify.deposit.location'), jurisdictionText(c.goods.location.toJSON())],
        [t('verify.deposit.insurance'), <Hash value={c.goods.insurance.toHex()} />],
        [t('verify.deposit.issued'), <BlockWhen block={c.issuedAt.toNumber()} />],
        [t('verify.deposit.issuedBy'), <Account address={c.issuedBy.toString()} />],
        [t('verify.deposit.expires'), <BlockWhen block={c.expiresAt.toNumber()} />, 'deposit-expires'],
      ]} />
      {pledge && (
        <>
          <h3>{t('verify.deposit.pledge')}</h3>
          <Facts testId="deposit-pledge" rows={[
            [t('verify.deposit.pledgeStatus'), t(`verify.deposit.pledgeState.${pledge.status.type}`), 'deposit-pledge-status'],
            [t('verify.deposit.loan'), pesos(pledge.terms.amount.toBigInt(), language), 'deposit-loan'],
            [t('verify.deposit.interest'), pesos(pledge.terms.interest.toBigInt(), language)],
            [t('verify.deposit.due'), <BlockWhen block={pledge.terms.due.toNumber()} />],
            [t('verify.deposit.deposited'), pesos(pledge.deposited.toBigInt(), language)],
            [t('verify.deposit.contract'), <Hash value={pledge.terms.contract.toHex()} />],
          ]} />
        </>
      )}
      {sale && (
        <>
          <h3>{t('verify.deposit.sale')}</h3>
          <Facts rows={[
            [t('verify.deposit.proceeds'), pesos(sale.proceeds.toBigInt(), language)],
            [t('verify.deposit.toBono'), pesos(sale.toBonoHolder.toBigInt(), language)],
            [t('verify.deposit.toCertificate'), pesos(sale.toCertificateHolder.toBigInt(), language)],
            [t('verify.deposit.saleRecord'), <Hash value={sale.record.toHex()} />],
          ]} />
        </>
      )}
      <h3>{t('verify.deposit.holders')}</h3>
      <ol data-testid="deposit-holders">
        {c.certificateHolders.map((h, i) => <li key={i}><Account address={h.toString()} /></li>)}
      </ol>
      {c.bonoHolders.length > 0 && (
        <>
          <h3>{t('verify.deposit.bonoHolders')}</h3>
          <ol>{c.bonoHolders.map((h, i) => <li key={i}><Account address={h.toString()} /></li>)}</ol>
        </>
      )}
      <h3>{t('verify.deposit.history')}</h3>
      {history && history.length ? (
        <div class="table-wrap" tabIndex={0}>
          <table data-testid="deposit-history">
            <thead><tr><th scope="col">{t('verify.when')}</th><th scope="col">{t('verify.act')}</th><th scope="col">{t('verify.details')}</th></tr></thead>
            <tbody>
              {history.map((entry, i) => (
                <tr key={i} data-act={entry.act.type}>
                  <td><BlockWhen block={entry.at.toNumber()} /></td>
                  <td>{t(`verify.deposit.act.${entry.act.type}`)}</td>
                  <td><ActDetails act={entry.act} unit={unit} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : <p class="muted">{t('verify.deposit.noHistory')}</p>}
    </>
  );
}

/** The fields of one act of a certificate's history. */
function ActDetails({ act, unit }) {
  const { language, t } = useI18n();
  const inner = act[`as${act.type}`];
  const parts = [];
  const account = (key, value) => parts.push([t(`verify.deposit.field.${key}`), <Account address={value.toString()} />]);
  const money = (key, value) => parts.push([t(`verify.deposit.field.${key}`), pesos(value.toBigInt(), language)]);
  switch (act.type) {
    case 'Issued':
      account('depositor', inner.depositor);
      account('officer', inner.officer);
      parts.push([t('verify.deposit.field.negotiable'), inner.negotiable.isTrue ? t('common.yes') : t('common.no')]);
      break;
    case 'CertificateEndorsed':
    case 'BonoEndorsed':
      account('from', inner.from);
      account('to', inner.to);
      break;
    case 'BonoPledged':
      account('debtor', inner.debtor);
      account('creditor', inner.creditor);
      money('amount', inner.amount);
      money('interest', inner.interest);
      parts.push([t('verify.deposit.field.due'), t('block.number', { block: inner.due.toNumber() })]);
      break;
    case 'RepaymentAcknowledged':
    case 'DefaultDeclared':
      account('by', inner.by);
      break;
    case 'DebtDeposited':
      money('amount', inner.amount);
      money('owed', inner.owed);
      parts.push([t('verify.deposit.field.receipt'), <Hash value={inner.receipt.toHex()} />]);
      parts.push([t('verify.deposit.field.by'), inner.by.isSome ? <Account address={inner.by.unwrap().toString()} /> : t('verify.deposit.authority')]);
      break;
    case 'GoodsWithdrawn':
      account('by', inner.by);
      parts.push([t('verify.deposit.field.quantity'), `${formatNumber(inner.quantity.toBigInt(), language)} ${unit}`]);
      parts.push([t('verify.deposit.field.remaining'), `${formatNumber(inner.remaining.toBigInt(), language)} ${unit}`]);
      break;
    case 'GoodsSold':
      money('proceeds', inner.proceeds);
      parts.push([t('verify.deposit.field.record'), <Hash value={inner.record.toHex()} />]);
      break;
    default:
  }
  return (
    <ul class="plain">
      {parts.map(([label, value], i) => <li key={i}>{label}: {value}</li>)}
    </ul>
  );
}

const squareMetres = (cm2, language) =>
  `${new Intl.NumberFormat(language === 'en' ? 'en-US' : 'es-MX', { maximumFractionDigits: 4 }).format(Number(cm2) / 10_000)} m²`;

const hectares = (centi, language) =>
  `${new Intl.NumberFormat(language === 'en' ? 'en-US' : 'es-MX', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(centi) / 100)} ha`;

/** A folio real: its state, owners, encumbrances, notice, pending entries, history, certificates. */
function FolioView({ result }) {
  const { language, t } = useI18n();
  const { folio: f, notice, pending, entries, certificates, entriesListedBy, head } = result;
  const closed = f.status.isClosed ? f.status.asClosed : null;
  const live = notice && notice.expiresAt.toNumber() > head.blockNumber;
  return (
    <>
      <p>
        <span class={`badge ${closed ? 'bad' : 'ok'}`} data-testid="folio-state" data-state={closed ? 'closed' : 'open'}>
          {t(closed ? 'verify.folio.closed' : 'verify.folio.open')}
        </span>{' '}
        {f.encumbrances.length === 0
          ? <span class="badge ok" data-testid="folio-free">{t('verify.folio.free')}</span>
          : <span class="badge bad" data-testid="folio-encumbered">{t('verify.folio.encumbered', { count: f.encumbrances.length })}</span>}
      </p>
      <Facts testId="folio-facts" rows={[
        [t('verify.folio.office'), `${f.office.toNumber()}`],
        [t('verify.folio.location'), jurisdictionText(f.location.toJSON())],
        [t('verify.folio.surface'), squareMetres(f.surfaceCm2.toBigInt(), language), 'folio-surface'],
        [t('verify.folio.cadastralKey'), f.cadastralKey.isSome ? bytesText(f.cadastralKey.unwrap().toHex()) : t('verify.folio.noCadastralKey')],
        [t('verify.folio.cells'), `${f.land.length}`],
        [t('verify.folio.opened'), <BlockWhen block={f.openedAt.toNumber()} />],
        f.predecessors.length > 0 && [t('verify.folio.predecessors'), <FolioLinks ids={f.predecessors} />],
        closed && [t('verify.folio.closedAt'), <BlockWhen block={closed.at.toNumber()} />],
        closed && closed.successors.length > 0 && [t('verify.folio.successors'), <FolioLinks ids={closed.successors} />],
      ]} />
      <h3>{t('verify.folio.owners')}</h3>
      <p class="hint">{t('verify.folio.partyKeys')}</p>
      <ul data-testid="folio-owners">{f.owners.map((k, i) => <li key={i}><Hash value={k.toHex()} /></li>)}</ul>
      <h3>{t('verify.folio.encumbrances')}</h3>
      {f.encumbrances.length === 0 ? <p>{t('verify.folio.noEncumbrances')}</p> : (
        <div class="table-wrap" tabIndex={0}>
          <table data-testid="folio-encumbrances">
            <thead><tr><th scope="col">{t('verify.folio.entry')}</th><th scope="col">{t('verify.folio.kind')}</th><th scope="col">{t('verify.folio.beneficiary')}</th></tr></thead>
            <tbody>
              {f.encumbrances.map((e, i) => (
                <tr key={i}><td>{e.entry.toString()}</td><td>{t(`verify.folio.encumbrance.${e.kind.type}`)}</td><td><Hash value={e.beneficiary.toHex()} /></td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('verify.folio.notice')}</h3>
      {notice ? (
        <Facts testId="folio-notice" rows={[
          [t('verify.folio.noticeNumber'), notice.number.toString()],
          [t('verify.folio.notary'), <Account address={notice.notary.toString()} />],
          [t('verify.folio.noticeExpires'), <>{<BlockWhen block={notice.expiresAt.toNumber()} />} {live ? '' : `(${t('verify.folio.noticeExpired')})`}</>],
          [t('verify.folio.document'), <Hash value={notice.document.toHex()} />],
        ]} />
      ) : <p>{t('verify.folio.noNotice')}</p>}
      <h3>{t('verify.folio.pending')}</h3>
      {pending.length === 0 ? <p>{t('verify.folio.noPending')}</p> : (
        <p data-testid="folio-pending">{pending.map(([priority, entry]) => t('verify.folio.pendingItem', { entry: entry.toString(), priority: priority.toString() })).join(' · ')}</p>
      )}
      <h3>{t('verify.folio.entries')}</h3>
      {entriesListedBy === 'node' && <p class="hint">{t('verify.folio.listedByNode')}</p>}
      {entries.length === 0 ? <p>{t('verify.folio.noEntries')}</p> : (
        <div class="table-wrap" tabIndex={0}>
          <table data-testid="folio-entries">
            <thead>
              <tr>
                <th scope="col">{t('verify.folio.entry')}</th><th scope="col">{t('verify.folio.priority')}</th>
                <th scope="col">{t('verify.act')}</th><th scope="col">{t('verify.folio.status')}</th>
                <th scope="col">{t('verify.folio.presented')}</th><th scope="col">{t('verify.folio.document')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map(([n, e]) => (
                <tr key={n.toString()} data-entry={n.toString()} data-status={e.status.type}>
                  <td>{n.toString()}</td>
                  <td>{e.priority.toString()}</td>
                  <td><PropertyAct act={e.act} /></td>
                  <td><EntryStatus status={e.status} /></td>
                  <td><Account address={e.presenter.toString()} /> · <BlockWhen block={e.presentedAt.toNumber()} /></td>
                  <td><Hash value={e.document.toHex()} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('verify.folio.certificates')}</h3>
      {certificates.length === 0 ? <p>{t('verify.folio.noCertificates')}</p> : (
        <ul data-testid="folio-certificates">
          {certificates.map(([id, c]) => (
            <li key={id.toString()}>
              <Link href={`/verificar/libertad/${id}`}>{t('verify.folio.certificateItem', { id: id.toString() })}</Link>{' '}
              · {t('block.number', { block: c.at.toNumber() })} · {c.encumbrances.length === 0 ? t('verify.folio.free') : t('verify.folio.encumbered', { count: c.encumbrances.length })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function FolioLinks({ ids }) {
  return ids.map((id, i) => (
    <span key={id.toString()}>{i > 0 && ', '}<Link href={`/verificar/folio/${id}`}>{id.toString()}</Link></span>
  ));
}

/** The act a presented document asks for, in words. */
function PropertyAct({ act }) {
  const { t } = useI18n();
  if (act.isTransfer) {
    const { kind, from, to } = act.asTransfer;
    return (
      <>
        {t(`verify.folio.transfer.${kind.type}`)}: {from.map((k) => <Hash key={k.toHex()} value={k.toHex()} />)} → {to.map((k) => <Hash key={k.toHex()} value={k.toHex()} />)}
      </>
    );
  }
  if (act.isEncumber) {
    const { kind, burdened, beneficiary } = act.asEncumber;
    return <>{t(`verify.folio.encumbrance.${kind.type}`)}: <Hash value={burdened.toHex()} /> → <Hash value={beneficiary.toHex()} /></>;
  }
  return <>{t('verify.folio.cancellation', { entry: act.asCancellation.of.toString() })}</>;
}

function EntryStatus({ status }) {
  const { t } = useI18n();
  const base = t(`verify.folio.entryStatus.${status.type}`);
  if (status.isSuspended) return <>{base} · {t('verify.folio.until', { block: status.asSuspended.deadline.toNumber() })} · <Hash value={status.asSuspended.reason.toHex()} /></>;
  if (status.isInscribed) return <>{base} · {t('block.number', { block: status.asInscribed.at.toNumber() })}</>;
  if (status.isDenied) return <>{base} · <Hash value={status.asDenied.reason.toHex()} /></>;
  return base;
}

/** A certificate of freedom (or existence) of encumbrances: what the folio said at a block. */
function PropertyCertificateView({ result }) {
  const { t } = useI18n();
  const { certificate: c, folio, folioId } = result;
  const free = c.encumbrances.length === 0;
  return (
    <>
      <p>
        <span class={`badge ${free ? 'ok' : 'bad'}`} data-testid="libertad-state" data-state={free ? 'free' : 'encumbered'}>
          {t(free ? 'verify.libertad.free' : 'verify.libertad.encumbered')}
        </span>{' '}
        {t('verify.libertad.help')}
      </p>
      <Facts testId="libertad-facts" rows={[
        [t('verify.libertad.folio'), <Link href={`/verificar/folio/${folioId}`}>{folioId.toString()}</Link>, 'libertad-folio'],
        [t('verify.libertad.at'), <BlockWhen block={c.at.toNumber()} />, 'libertad-at'],
        [t('verify.libertad.pending'), c.pending.toString()],
        [t('verify.libertad.notice'), c.notice.isSome ? c.notice.unwrap().toString() : t('common.none')],
        [t('verify.libertad.asOf'), c.asOfEntry.isSome ? c.asOfEntry.unwrap().toString() : t('common.none')],
        folio && [t('verify.libertad.folioNow'), folio.status.isClosed ? t('verify.folio.closed') : t('verify.folio.open')],
      ]} />
      <h3>{t('verify.folio.owners')}</h3>
      <p class="hint">{t('verify.folio.partyKeys')}</p>
      <ul>{c.owners.map((k, i) => <li key={i}><Hash value={k.toHex()} /></li>)}</ul>
      {!free && (
        <>
          <h3>{t('verify.folio.encumbrances')}</h3>
          <ul data-testid="libertad-encumbrances">
            {c.encumbrances.map((e, i) => (
              <li key={i}>{t(`verify.folio.encumbrance.${e.kind.type}`)} · {t('verify.folio.entry')} {e.entry.toString()} · <Hash value={e.beneficiary.toHex()} /></li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** A support's history: program, predio, application, grant, payments, field verifications. */
function SubsidyView({ result }) {
  const { language, t } = useI18n();
  const { program, property, application, grant, payments, verifications } = result;
  const grantId = result.grantId;
  return (
    <>
      {grant && (
        <>
          <p>
            <span class={`badge ${grant.status.isCancelled ? 'bad' : 'ok'}`} data-testid="grant-state" data-state={grant.status.type}>
              {t(`verify.grant.status.${grant.status.type}`)}
            </span>
          </p>
          <h3>{t('verify.grant.title', { id: grantId })}</h3>
          <Facts testId="grant-facts" rows={[
            [t('verify.grant.beneficiary'), <Account address={grant.beneficiary.toString()} />],
            [t('verify.grant.concept'), t(`registries.concept.${grant.concept.type}`)],
            [t('verify.grant.area'), hectares(grant.area.toNumber(), language)],
            [t('verify.grant.amount'), pesos(grant.amount.toBigInt(), language), 'grant-amount'],
            [t('verify.grant.paid'), pesos(grant.paid.toBigInt(), language), 'grant-paid'],
            [t('verify.grant.recovered'), pesos(grant.recovered.toBigInt(), language), 'grant-recovered'],
            [t('verify.grant.tranches'), program ? `${grant.tranchesPaid.toNumber()} / ${program.tranches.length}` : `${grant.tranchesPaid.toNumber()}`, 'grant-tranches'],
            [t('verify.grant.nextReleased'), grant.nextReleased.isTrue ? t('common.yes') : t('common.no')],
            grant.status.isCancelled && [t('verify.grant.cancelReason'), <Hash value={grant.status.asCancelled.toHex()} />],
          ]} />
        </>
      )}
      {application && <ApplicationFacts id={application[0]} application={application[1]} />}
      {program && (
        <>
          <h3>{t('verify.program.title', { id: (application?.[1].program ?? grant.program).toString() })}</h3>
          <Facts testId="program-facts" rows={[
            [t('verify.program.year'), `${program.year.toNumber()} (${program.firstYear.toNumber()}–${program.lastYear.toNumber()})`],
            [t('verify.program.agency'), <Hash value={program.agency.toHex()} />],
            [t('verify.program.open'), program.open.isTrue ? t('common.yes') : t('common.no')],
            [t('verify.program.cap'), pesos(program.capPerBeneficiary.toBigInt(), language)],
            [t('verify.program.tranches'), program.tranches.map((p) => `${p.toNumber()} %`).join(' + ')],
            [t('verify.program.rule'), t('verify.program.ruleText', { survival: program.rule.minSurvival.toNumber(), area: program.rule.minAreaShare.toNumber() })],
            [t('verify.program.concepts'), program.concepts.map((c) => `${t(`registries.concept.${c.concept.type}`)}: ${pesos(c.amountPerHectare.toBigInt(), language)}/ha`).join(' · ')],
          ]} />
        </>
      )}
      {property && (
        <>
          <h3>{t('verify.property.title', { id: (application?.[1].property ?? grant.property).toString() })}</h3>
          <Facts testId="property-facts" rows={[
            [t('verify.property.key'), bytesText(property.key.toHex()), 'property-key'],
            [t('verify.property.location'), jurisdictionText(property.jurisdiction.toJSON())],
            [t('verify.property.area'), hectares(property.area.toNumber(), language)],
            [t('verify.property.holders'), property.holders.map((h, i) => <span key={i}>{i > 0 && ', '}<Account address={h.toString()} /></span>)],
            [t('verify.property.cells'), `${property.cells.length}`],
          ]} />
        </>
      )}
      {grant && (
        <>
          <h3>{t('verify.payments.title')}</h3>
          {payments.length === 0 ? <p>{t('verify.payments.none')}</p> : (
            <div class="table-wrap" tabIndex={0}>
              <table data-testid="grant-payments">
                <thead><tr><th scope="col">{t('verify.when')}</th><th scope="col">{t('verify.payments.kind')}</th><th scope="col" class="num">{t('verify.payments.amount')}</th><th scope="col">{t('verify.payments.reference')}</th></tr></thead>
                <tbody>
                  {payments.map((p, i) => (
                    <tr key={i} data-kind={p.kind.type}>
                      <td><BlockWhen block={p.at.toNumber()} /></td>
                      <td>{p.kind.isTranche ? t('verify.payments.tranche', { n: p.kind.asTranche.toNumber() + 1 }) : t('verify.payments.recovery')}</td>
                      <td class="num">{pesos(p.amount.toBigInt(), language)}</td>
                      <td><Hash value={p.reference.toHex()} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h3>{t('verify.verifications.title')}</h3>
          {verifications.length === 0 ? <p>{t('verify.verifications.none')}</p> : (
            <div class="table-wrap" tabIndex={0}>
              <table data-testid="grant-verifications">
                <thead>
                  <tr>
                    <th scope="col">{t('verify.when')}</th><th scope="col">{t('verify.verifications.verifier')}</th>
                    <th scope="col" class="num">{t('verify.verifications.survival')}</th><th scope="col" class="num">{t('verify.verifications.area')}</th>
                    <th scope="col">{t('verify.verifications.result')}</th><th scope="col">{t('verify.verifications.evidence')}</th>
                  </tr>
                </thead>
                <tbody>
                  {verifications.map((v, i) => (
                    <tr key={i}>
                      <td><BlockWhen block={v.at.toNumber()} /></td>
                      <td><Account address={v.verifier.toString()} /></td>
                      <td class="num">{v.survival.toNumber()} %</td>
                      <td class="num">{hectares(v.areaWorked.toNumber(), language)}</td>
                      <td>{v.passed.isTrue ? t('verify.verifications.passed') : t('verify.verifications.failed')} · {t('verify.verifications.cells', { count: v.cellsVisited.length })}</td>
                      <td><Hash value={v.evidence.toHex()} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      {!grant && application && <p class="hint">{t('verify.application.noGrant')}</p>}
    </>
  );
}

function ApplicationFacts({ id, application: a }) {
  const { language, t } = useI18n();
  const status = a.status;
  let detail = null;
  if (status.isApproved) detail = <Link href={`/verificar/apoyo/${status.asApproved.toNumber()}`}>{t('verify.application.grantLink', { id: status.asApproved.toNumber() })}</Link>;
  if (status.isRejected) detail = <Hash value={status.asRejected.toHex()} />;
  if (status.isRejectedAsDuplicate) detail = <Link href={`/verificar/apoyo/${status.asRejectedAsDuplicate.toNumber()}`}>{t('verify.application.duplicateOf', { id: status.asRejectedAsDuplicate.toNumber() })}</Link>;
  return (
    <>
      <h3>{t('verify.application.title', { id })}</h3>
      <Facts testId="application-facts" rows={[
        [t('verify.application.status'), <>{t(`verify.application.state.${status.type}`)}{detail && <> · {detail}</>}</>, 'application-status'],
        [t('verify.application.applicant'), <Account address={a.applicant.toString()} />],
        [t('verify.grant.concept'), t(`registries.concept.${a.concept.type}`)],
        [t('verify.application.area'), hectares(a.area.toNumber(), language)],
        [t('verify.application.filed'), <BlockWhen block={a.filedAt.toNumber()} />],
      ]} />
    </>
  );
}

/** The QR code of the verification address, to print beside the paper. */
function PrintQr({ url }) {
  const { t } = useI18n();
  const [image, setImage] = useState(null);
  useEffect(() => {
    let live = true;
    import('qrcode').then((QRCode) => (QRCode.default ?? QRCode).toDataURL(url, { errorCorrectionLevel: 'M', margin: 2, width: 240 }))
      .then((data) => live && setImage(data), () => live && setImage(null));
    return () => {
      live = false;
    };
  }, [url]);
  return (
    <figure class="qr" data-testid="verify-qr">
      {image && <img src={image} width="240" height="240" alt={t('verify.qr.alt')} />}
      <figcaption>
        <span class="mono" data-testid="verify-url">{url}</span>
        <br />
        <button type="button" class="secondary" onClick={() => window.print()}>{t('verify.qr.print')}</button>
      </figcaption>
    </figure>
  );
}

/** Reads QR codes from the camera (getUserMedia), frame by frame (jsQR), until one names a paper. */
function QrScanner({ onFound }) {
  const { t } = useI18n();
  const video = useRef(null);
  const [error, setError] = useState(null);
  const [other, setOther] = useState(null);
  useEffect(() => {
    let stream = null;
    let frame = 0;
    let stopped = false;
    (async () => {
      if (!navigator.mediaDevices?.getUserMedia) {
        setError('verify.scan.unsupported');
        return;
      }
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      } catch (e) {
        setError(e?.name === 'NotAllowedError' ? 'verify.scan.denied' : 'verify.scan.noCamera');
        return;
      }
      if (stopped) {
        stream.getTracks().forEach((track) => track.stop());
        return;
      }
      const module = await import('jsqr');
      const jsQR = module.default?.default ?? module.default ?? module;
      const element = video.current;
      element.srcObject = stream;
      await element.play().catch(() => {});
      const canvas = document.createElement('canvas');
      const context = canvas.getContext('2d', { willReadFrequently: true });
      const tick = () => {
        if (stopped) return;
        if (element.readyState >= 2 && element.videoWidth) {
          const scale = Math.min(1, 640 / element.videoWidth);
          canvas.width = Math.round(element.videoWidth * scale);
          canvas.height = Math.round(element.videoHeight * scale);
          context.drawImage(element, 0, 0, canvas.width, canvas.height);
          const image = context.getImageData(0, 0, canvas.width, canvas.height);
          const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
          if (code?.data) {
            const target = targetFromScan(code.data);
            if (target) {
              stopped = true;
              onFound(target);
              return;
            }
            setOther(code.data);
          }
        }
        frame = requestAnimationFrame(tick);
      };
      tick();
    })();
    return () => {
      stopped = true;
      cancelAnimationFrame(frame);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);
  return (
    <section class="panel scanner" aria-labelledby="scan-title" data-testid="verify-scanner">
      <h2 id="scan-title">{t('verify.scan.title')}</h2>
      <p class="hint">{t('verify.scan.hint')}</p>
      {error ? <p class="error-box" role="alert">{t(error)}</p> : (
        // eslint-disable-next-line jsx-a11y/media-has-caption -- a live camera has no captions
        <video ref={video} muted playsInline aria-label={t('verify.scan.video')} style="width: 100%; max-width: 28rem" />
      )}
      {other && <p class="warning" role="status">{t('verify.scan.other')}</p>}
    </section>
  );
}
