// The oversight authority's desk (the Secretaría Anticorrupción y Buen Gobierno, or a buyer's
// órgano interno de control): the complaints (inconformidades) pending against every tender's
// award, and for each the resolution an official holding the procurement-oversight credential
// signs (`tenders.resolveComplaint`): dismiss it (its deposit is forfeited and the award
// stands), or uphold it with a re-evaluation under a new schedule or with the tender's
// cancellation (every deposit returns). The written reasons stay off chain: only their hash goes
// with the resolution. Read from finalized state.
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { decodeTender } from '@ocds/chain.mjs';
import { useI18n } from '../i18n/index.js';
import { useChain, useFinalized } from '../chain/api.js';
import { useAccount } from '../chain/account-context.js';
import { Account, BlockWhen, Field, InputError, Loaded, Select, TxButton } from '../ui/components.jsx';
import { DocumentCheck, DocumentPicker } from '../ui/document.jsx';
import { DataTable } from '../ui/table.jsx';
import { tokens } from '../ui/format.js';
import { DURATION_UNITS, REEVALUATION_PHASES, defaultDurations, reevaluationSchedule } from '../tenders/schedule.js';

/** The credential type of the oversight authority's officials (runtime/src/configs/registries/mod.rs). */
export const OVERSIGHT_CREDENTIAL = 9;

/** The resolutions the official chooses from, as `Resolution`'s variants are sent. */
const DECISIONS = ['dismiss', 'reevaluate', 'cancel'];

/**
 * Where the credential of `address` stands at the chain's time `nowMs` (the identity pallet's
 * `Credential::status_at`): 'valid', 'expired', 'revoked' or 'none'.
 */
function credentialStatus(credential, nowMs) {
  if (!credential) return 'none';
  if (credential.revokedAt != null) return 'revoked';
  if (credential.expiresAt != null && nowMs >= Number(credential.expiresAt)) return 'expired';
  return 'valid';
}

/**
 * Every tender's complaints, `{ pending, dismissed }`, each complaint with its tender's title
 * and schedule; and the credential status of `address` (null without an account). Upheld
 * complaints are not in storage: a re-evaluation or a cancellation clears a tender's complaints.
 */
async function readDesk(at, address) {
  const [entries, credential, now] = await Promise.all([
    at.query.tenders.complaints.entries(),
    address ? at.query.digitalIdentity.credentials(address, OVERSIGHT_CREDENTIAL) : null,
    at.query.timestamp.now(),
  ]);
  const filed = entries
    .map(([key, list]) => ({ tenderId: key.args[0].toNumber(), list }))
    .filter(({ list }) => list.length > 0);
  const tenders = await at.query.tenders.tenders.multi(filed.map(({ tenderId }) => tenderId));
  const complaints = filed.flatMap(({ tenderId, list }, i) => {
    if (tenders[i].isNone) return [];
    const tender = decodeTender(tenders[i].unwrap());
    return list.map((c, index) => ({
      tenderId,
      index,
      title: tender.title,
      tenderStatus: tender.status,
      schedule: tender.schedule,
      complainant: c.complainant.toString(),
      document: c.document.toHex(),
      status: c.status.type,
      deposit: c.deposit.toBigInt(),
      filedAt: c.filedAt.toNumber(),
    }));
  });
  const newestFirst = (a, b) => b.tenderId - a.tenderId || a.index - b.index;
  return {
    credential: address ? credentialStatus(credential.isSome ? credential.unwrap().toJSON() : null, now.toNumber()) : null,
    pending: complaints.filter((c) => c.status === 'Pending').sort(newestFirst),
    dismissed: complaints.filter((c) => c.status === 'Dismissed').sort(newestFirst),
  };
}

const keyOf = (c) => `${c.tenderId}-${c.index}`;

export function Oversight() {
  const { t } = useI18n();
  const { account } = useAccount();
  const address = account?.address ?? null;
  const desk = useFinalized((at) => readDesk(at, address), [address]);
  // The complaint whose resolution form is open, by `keyOf`.
  const [chosen, setChosen] = useState(null);
  return (
    <section aria-labelledby="oversight-title">
      <h1 id="oversight-title">{t('oversight.title')}</h1>
      <p class="lead">{t('oversight.lead')}</p>
      {!account && <p class="warning" data-testid="oversight-no-account">{t('oversight.needAccount')}</p>}
      <Loaded state={desk}>
        {({ credential, pending, dismissed }) => {
          const canResolve = credential === 'valid';
          const selected = canResolve ? pending.find((c) => keyOf(c) === chosen) : null;
          return (
            <>
              {credential && (
                <p class={canResolve ? 'ok-box' : 'warning'} data-testid="oversight-credential" data-status={credential}>
                  {t(`oversight.credential.${credential}`)}
                </p>
              )}
              <Pending complaints={pending} canResolve={canResolve} chosen={selected ? chosen : null} onChoose={setChosen} />
              {selected && <Resolve key={`${address}-${chosen}`} complaint={selected} onDone={desk.reload} />}
              <Dismissed complaints={dismissed} />
            </>
          );
        }}
      </Loaded>
    </section>
  );
}

/** The pending complaints of every tender, with the button that opens a resolution's form. */
function Pending({ complaints, canResolve, chosen, onChoose }) {
  const { t, language } = useI18n();
  const { info, heads } = useChain();
  return (
    <section aria-labelledby="h-pending">
      <h2 id="h-pending">{t('oversight.pending')}</h2>
      <DataTable testId="oversight-pending" labelledBy="h-pending" emptyTestId="oversight-none" empty={t('oversight.none')}
        columns={[t('oversight.tender'), { label: t('oversight.complaint'), num: true }, t('oversight.complainant'), t('oversight.document'),
          t('oversight.filedAt'), t('oversight.window'), { label: t('oversight.deposit'), num: true },
          canResolve && { label: t('oversight.act'), hidden: true }]}
        rows={complaints}
        row={(c) => {
          const open = heads.finalized < c.schedule.complaintsEnd;
          return (
            <tr key={keyOf(c)} data-testid={`oversight-complaint-${keyOf(c)}`} data-complainant={c.complainant}>
              <td><Link href={`/licitaciones/${c.tenderId}`}>{t('tender.heading', { id: c.tenderId, title: c.title })}</Link></td>
              <td class="num">{c.index + 1}</td>
              <td><Account address={c.complainant} /></td>
              <td><DocumentCheck hash={c.document} testId={`oversight-check-${keyOf(c)}`} /></td>
              <td><BlockWhen block={c.filedAt} /></td>
              <td>
                {t('tender.until')} <BlockWhen block={c.schedule.complaintsEnd} />{' '}
                <span class="badge">{t(open ? 'oversight.windowOpen' : 'oversight.windowClosed')}</span>
              </td>
              <td class="num">{tokens(c.deposit, info.decimals, info.token, language)}</td>
              {canResolve && (
                <td>
                  <button type="button" class={chosen === keyOf(c) ? '' : 'secondary'} aria-pressed={chosen === keyOf(c)}
                    aria-controls={chosen === keyOf(c) ? 'resolution' : undefined}
                    onClick={() => onChoose(chosen === keyOf(c) ? null : keyOf(c))} data-testid={`resolve-${keyOf(c)}`}>
                    {t('oversight.resolve')}
                    <span class="visually-hidden"> {t('oversight.resolveWhich', { n: c.index + 1, id: c.tenderId })}</span>
                  </button>
                </td>
              )}
            </tr>
          );
        }} />
    </section>
  );
}

/**
 * The resolution of one pending complaint: the decision, the new schedule of a re-evaluation,
 * the confirmation of a cancellation, and the written reasons (their hash is sent).
 */
function Resolve({ complaint, onDone }) {
  const { t } = useI18n();
  const { info, heads } = useChain();
  const { tenderId: id, index, schedule: current } = complaint;
  const testId = `resolve-${keyOf(complaint)}`;
  const [decision, setDecision] = useState(null);
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [durations, setDurations] = useState(() => defaultDurations(info.isDevelopment).slice(3));
  const setDuration = (i, field) => (value) => setDurations((d) => d.map((x, k) => (k === i ? { ...x, [field]: value } : x)));

  /** The re-evaluation's schedule from the durations typed, or the `InputError` that says what is wrong. */
  const newSchedule = (head) => {
    try {
      return reevaluationSchedule(current, durations, head, info.blockTimeMs);
    } catch (error) {
      throw new InputError('oversight.error.duration', { phase: t(`tenders.phase.${error.phase ?? 'unknown'}`) });
    }
  };
  let preview = null;
  if (decision === 'reevaluate') {
    try {
      preview = newSchedule(heads.best);
    } catch {
      preview = null;
    }
  }

  const build = (api) => {
    if (!decision) throw new InputError('oversight.error.decision');
    let resolution = 'Dismiss';
    if (decision === 'reevaluate') resolution = { Reevaluate: newSchedule(heads.best) };
    if (decision === 'cancel') {
      if (!confirmed) throw new InputError('oversight.error.confirmCancel');
      resolution = 'Cancel';
    }
    if (!reason) throw new InputError('oversight.error.reason');
    return api.tx.tenders.resolveComplaint(id, index, resolution, reason);
  };

  return (
    <form id="resolution" onSubmit={(e) => e.preventDefault()} data-testid={testId} aria-labelledby={`${testId}-heading`}>
      <h2 id={`${testId}-heading`}>{t('oversight.resolveHeading', { n: index + 1, id, title: complaint.title })}</h2>
      <p>
        {t('oversight.complainant')}: <Account address={complaint.complainant} />
        {' · '}{t('oversight.document')}: <DocumentCheck hash={complaint.document} testId={`${testId}-check`} />
      </p>
      <fieldset>
        <legend>{t('oversight.decision')}</legend>
        {DECISIONS.map((d) => (
          <div class="field checkbox" key={d}>
            <input type="radio" id={`${testId}-${d}`} name={`${testId}-decision`} value={d} checked={decision === d}
              onChange={() => setDecision(d)} data-testid={`${testId}-${d}`} />
            <label for={`${testId}-${d}`}>
              <strong>{t(`oversight.decision.${d}`)}</strong>
              <span class="hint"> {t(`oversight.decision.${d}Hint`)}</span>
            </label>
          </div>
        ))}
      </fieldset>
      {decision === 'reevaluate' && (
        <fieldset data-testid={`${testId}-schedule`}>
          <legend>{t('oversight.schedule')}</legend>
          <p class="hint">{t('oversight.scheduleHint', { block: current.revealEnd })}</p>
          {REEVALUATION_PHASES.map(([phase], i) => (
            <div class="duration" key={phase}>
              <Field label={t(`tenders.phase.${phase}`)} value={durations[i].amount} onInput={setDuration(i, 'amount')} inputMode="decimal" testId={`${testId}-duration-${phase}`} />
              <Select label={t('buyer.durationUnit', { phase: t(`tenders.phase.${phase}`) })} value={durations[i].unit} onChange={setDuration(i, 'unit')}
                testId={`${testId}-duration-${phase}-unit`} options={Object.keys(DURATION_UNITS).map((u) => [u, t(`buyer.unit.${u}`)])} />
            </div>
          ))}
          {preview && (
            <>
              <p>{t('oversight.preview')}</p>
              <ul data-testid={`${testId}-preview`}>
                {REEVALUATION_PHASES.map(([phase, end]) => (
                  <li key={phase} data-end={preview[end]}>{t(`tenders.phase.${phase}`)}: {t('tender.until')} <BlockWhen block={preview[end]} /></li>
                ))}
              </ul>
            </>
          )}
        </fieldset>
      )}
      {decision === 'cancel' && (
        <div class="warning">
          <p>{t('oversight.cancelWarning')}</p>
          <div class="field checkbox">
            <input type="checkbox" id={`${testId}-confirm`} checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} data-testid={`${testId}-confirm`} />
            <label for={`${testId}-confirm`}>{t('oversight.cancelConfirm', { id })}</label>
          </div>
        </div>
      )}
      <DocumentPicker label={t('oversight.reason')} hash={reason} onHash={setReason} testId={`${testId}-reason`} hint={t('oversight.reasonHint')} />
      <TxButton build={build} onDone={onDone} testId={`${testId}-send`}>{t(`oversight.send.${decision ?? 'none'}`)}</TxButton>
    </form>
  );
}

/**
 * The dismissed complaints, as storage keeps them. The hash of each dismissal's reasons is in
 * the `ComplaintDismissed` event of its block only, which this page (reading state) does not
 * show.
 */
function Dismissed({ complaints }) {
  const { t } = useI18n();
  if (complaints.length === 0) return null;
  return (
    <section aria-labelledby="h-dismissed">
      <h2 id="h-dismissed">{t('oversight.dismissed')}</h2>
      <p class="hint">{t('oversight.dismissedHint')}</p>
      <DataTable testId="oversight-dismissed" labelledBy="h-dismissed"
        columns={[t('oversight.tender'), { label: t('oversight.complaint'), num: true }, t('oversight.complainant'), t('oversight.document'), t('oversight.filedAt')]}
        rows={complaints}
        row={(c) => (
          <tr key={keyOf(c)} data-testid={`oversight-dismissed-${keyOf(c)}`}>
            <td><Link href={`/licitaciones/${c.tenderId}`}>{t('tender.heading', { id: c.tenderId, title: c.title })}</Link></td>
            <td class="num">{c.index + 1}</td>
            <td><Account address={c.complainant} /></td>
            <td><DocumentCheck hash={c.document} testId={`oversight-dismissed-check-${keyOf(c)}`} /></td>
            <td><BlockWhen block={c.filedAt} /></td>
          </tr>
        )} />
    </section>
  );
}
