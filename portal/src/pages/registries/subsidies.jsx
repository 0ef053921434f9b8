// The reforestation supports day to day: the program administrator of an agency approves or
// rejects applications (a duplicate on the same land is named before it is rejected), records
// each tranche paid, recoveries after a failed verificación de campo and cancellations; the
// field verifier records what it found on the predio.
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { useI18n } from '../../i18n/index.js';
import { useChain, useFinalized } from '../../chain/api.js';
import { useAccount } from '../../chain/account-context.js';
import { Account, Field, InputError, Loaded, TxButton } from '../../ui/components.jsx';
import { pesos } from '../../ui/format.js';
import { DataTable } from '../../ui/table.jsx';
import { ActForm, DocumentField, TextArea, needHash, needPesos } from './fields.jsx';
import { parseCells, parseHectares, parseId, parsePercent, sameAccount } from './helpers.js';

const U32 = (1n << 32n) - 1n;
const hectares = (centi, language) =>
  `${new Intl.NumberFormat(language === 'en' ? 'en-US' : 'es-MX', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(centi) / 100)} ha`;

/** The programs, pending applications and grants of the agency `agencyKey`, at `at`. */
async function agencyRecords(at, agencyKey) {
  const programs = (await at.query.reforestationSubsidies.programs.entries())
    .filter(([, p]) => p.isSome && p.unwrap().agency.toHex() === agencyKey)
    .map(([key, p]) => [key.args[0].toNumber(), p.unwrap()]);
  const ids = new Set(programs.map(([id]) => id));
  const [applications, grants] = await Promise.all([
    at.query.reforestationSubsidies.applications.entries(),
    at.query.reforestationSubsidies.grants.entries(),
  ]);
  const pending = applications
    .filter(([, a]) => a.isSome && ids.has(a.unwrap().program.toNumber()) && a.unwrap().status.isPending)
    .map(([key, a]) => [key.args[0].toNumber(), a.unwrap()])
    .sort((a, b) => a[0] - b[0]);
  // Each pending application's conflicting grants (the duplicate check the approval makes).
  const conflicts = await Promise.all(pending.map(([id]) =>
    at.call.reforestationSubsidiesApi.conflictingGrantsOfApplication(id).then((list) => list.map((g) => g.toNumber()), () => []),
  ));
  const ours = grants
    .filter(([, g]) => g.isSome && ids.has(g.unwrap().program.toNumber()))
    .map(([key, g]) => [key.args[0].toNumber(), g.unwrap()])
    .sort((a, b) => a[0] - b[0]);
  return { programs, pending: pending.map(([id, a], i) => [id, a, conflicts[i]]), grants: ours };
}

export function AgencyScreen({ roles }) {
  const { language, t } = useI18n();
  const records = useFinalized((at) => agencyRecords(at, roles.agencyKey), [roles.agencyKey]);
  const [application, setApplication] = useState('');
  const [grant, setGrant] = useState('');
  const tranchesOf = (programId) => records.value?.programs.find(([id]) => id === programId)?.[1].tranches.length;
  return (
    <section aria-labelledby="agency-title" data-testid="screen-agency">
      <h2 id="agency-title">{t('registries.role.agency')}</h2>
      <Loaded state={records}>
        {({ programs, pending, grants }) => (
          <>
            <p>{programs.length === 0 ? t('registries.agency.noPrograms') : t('registries.agency.programs', {
              list: programs.map(([id, p]) => `${id} (${p.year.toNumber()}${p.open.isTrue ? '' : `, ${t('registries.agency.closed')}`})`).join(', '),
            })}</p>
            <h3 id="agency-pending-title">{t('registries.agency.pending')}</h3>
            <DataTable testId="agency-pending" labelledBy="agency-pending-title"
              columns={[t('registries.agency.application'), t('registries.agency.program'), t('verify.grant.concept'), t('registries.agency.property'),
                { label: t('verify.application.area'), num: true }, t('verify.application.applicant'), t('registries.agency.duplicates'),
                { label: t('registries.registrar.pick'), hidden: true }]}
              rows={pending} empty={t('registries.agency.noPending')} emptyTestId="agency-pending-empty"
              row={([id, a, conflicts]) => (
                <tr key={id} data-application={id}>
                  <td><Link href={`/verificar/solicitud/${id}`}>{id}</Link></td>
                  <td>{a.program.toString()}</td>
                  <td>{t(`registries.concept.${a.concept.type}`)}</td>
                  <td>{a.property.toString()}</td>
                  <td class="num">{hectares(a.area.toNumber(), language)}</td>
                  <td><Account address={a.applicant.toString()} /></td>
                  <td data-testid={`conflicts-${id}`}>{conflicts.length === 0 ? t('common.none') : conflicts.map((g, i) => (
                    <span key={g}>{i > 0 && ', '}<Link href={`/verificar/apoyo/${g}`}>{t('registries.agency.grantN', { id: g })}</Link></span>
                  ))}</td>
                  <td><button type="button" class="secondary" onClick={() => setApplication(String(id))} data-testid={`pick-application-${id}`}>{t('registries.registrar.pick')}</button></td>
                </tr>
              )} />
            <h3 id="agency-grants-title">{t('registries.agency.grants')}</h3>
            <DataTable testId="agency-grants" labelledBy="agency-grants-title"
              columns={[t('registries.agency.grant'), t('verify.grant.beneficiary'), { label: t('verify.grant.amount'), num: true },
                { label: t('verify.grant.paid'), num: true }, t('verify.grant.tranches'), t('registries.agency.next'), t('registries.officer.state'),
                { label: t('registries.registrar.pick'), hidden: true }]}
              rows={grants} empty={t('registries.agency.noGrants')}
              row={([id, g]) => (
                <tr key={id} data-grant={id}>
                  <td><Link href={`/verificar/apoyo/${id}`}>{id}</Link></td>
                  <td><Account address={g.beneficiary.toString()} /></td>
                  <td class="num">{pesos(g.amount.toBigInt(), language)}</td>
                  <td class="num">{pesos(g.paid.toBigInt(), language)}</td>
                  <td>{g.tranchesPaid.toNumber()} / {tranchesOf(g.program.toNumber()) ?? '?'}</td>
                  <td>{!g.status.isActive ? '—' : g.nextReleased.isTrue
                    ? t('registries.agency.payable') : g.lastVerificationFailed.isTrue ? t('registries.agency.failed') : t('registries.agency.awaiting')}</td>
                  <td>{t(`verify.grant.status.${g.status.type}`)}</td>
                  <td><button type="button" class="secondary" onClick={() => setGrant(String(id))} data-testid={`pick-grant-${id}`}>{t('registries.registrar.pick')}</button></td>
                </tr>
              )} />
          </>
        )}
      </Loaded>
      <Decide application={application} setApplication={setApplication} />
      <RecordPayment grant={grant} setGrant={setGrant} />
      <RecordRecovery grant={grant} setGrant={setGrant} />
      <CancelGrant grant={grant} setGrant={setGrant} />
    </section>
  );
}

/** The application `text` names, pending, or an `InputError`. */
async function needPendingApplication(api, text, field) {
  const id = parseId(text, U32);
  if (id === null) throw new InputError('registries.input.number', { field });
  const record = await api.query.reforestationSubsidies.applications(id);
  if (record.isNone) throw new InputError('registries.decide.notFound', { id: id.toString() });
  if (!record.unwrap().status.isPending) throw new InputError('registries.decide.notPending', { id: id.toString() });
  return id;
}

/** The grant `text` names, active, or an `InputError`. */
async function needActiveGrant(api, text, field) {
  const id = parseId(text, U32);
  if (id === null) throw new InputError('registries.input.number', { field });
  const record = await api.query.reforestationSubsidies.grants(id);
  if (record.isNone) throw new InputError('registries.grant.notFound', { id: id.toString() });
  if (!record.unwrap().status.isActive) throw new InputError('registries.grant.notActive', { id: id.toString() });
  return [id, record.unwrap()];
}

/** Approve an application (the duplicate check runs), reject it, or reject it as a duplicate. */
function Decide({ application, setApplication }) {
  const { api } = useChain();
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [done, setDone] = useState(null);
  const field = t('registries.agency.application');
  return (
    <ActForm title={t('registries.decide.title')} testId="form-decide" lead={t('registries.decide.lead')}>
      <Field label={field} value={application} onInput={setApplication} inputMode="numeric" testId="decide-application" />
      <DocumentField label={t('registries.decide.reason')} value={reason} onChange={setReason} testId="decide-reason" hint={t('registries.decide.reasonHint')} />
      <div class="buttons">
        <TxButton testId="approve-submit"
          build={async () => {
            const id = await needPendingApplication(api, application, field);
            const conflicts = await api.call.reforestationSubsidiesApi.conflictingGrantsOfApplication(id);
            if (conflicts.length) throw new InputError('registries.decide.duplicate', { grants: conflicts.map(String).join(', ') });
            return api.tx.reforestationSubsidies.approveApplication(id);
          }}
          onDone={({ events }) => {
            const created = events.find(({ event }) => api.events.reforestationSubsidies.GrantCreated.is(event))?.event;
            setDone(created ? { grant: created.data.grant.toString(), amount: created.data.amount.toBigInt() } : { text: t('registries.done') });
          }}>
          {t('registries.decide.approve')}
        </TxButton>
        <TxButton testId="reject-submit" onDone={() => setDone({ text: t('registries.decide.rejected') })}
          build={async () => {
            const id = await needPendingApplication(api, application, field);
            return api.tx.reforestationSubsidies.rejectApplication(id, needHash(reason, t('registries.decide.reason')));
          }}>
          {t('registries.decide.reject')}
        </TxButton>
        <TxButton testId="reject-duplicate-submit" onDone={() => setDone({ text: t('registries.decide.rejectedDuplicate') })}
          build={async () => {
            const id = await needPendingApplication(api, application, field);
            const conflicts = await api.call.reforestationSubsidiesApi.conflictingGrantsOfApplication(id);
            if (!conflicts.length) throw new InputError('registries.decide.noDuplicate');
            return api.tx.reforestationSubsidies.rejectDuplicate(id);
          }}>
          {t('registries.decide.rejectDuplicate')}
        </TxButton>
      </div>
      {done && (
        <p class="ok-box" role="status" data-testid="act-done">
          {done.grant !== undefined ? <>{t('registries.decide.approved', { grant: done.grant, amount: pesos(done.amount) })} <Link href={`/verificar/apoyo/${done.grant}`}>{t('registries.verifyLink')}</Link></> : done.text}
        </p>
      )}
    </ActForm>
  );
}

/** Record the next tranche paid, with the bank's payment reference (SPEI). */
function RecordPayment({ grant, setGrant }) {
  const { api } = useChain();
  const { t } = useI18n();
  const [reference, setReference] = useState('');
  const [done, setDone] = useState(null);
  const field = t('registries.agency.grant');
  return (
    <ActForm title={t('registries.payment.title')} testId="form-payment" lead={t('registries.payment.lead')}>
      <Field label={field} value={grant} onInput={setGrant} inputMode="numeric" testId="payment-grant" />
      <DocumentField label={t('registries.payment.reference')} value={reference} onChange={setReference} testId="payment-reference" hint={t('registries.payment.referenceHint')} />
      <TxButton testId="payment-submit"
        build={async () => {
          const [id, record] = await needActiveGrant(api, grant, field);
          const hash = needHash(reference, t('registries.payment.reference'));
          if (!record.nextReleased.isTrue) throw new InputError('registries.payment.needsVerification');
          return api.tx.reforestationSubsidies.recordPayment(id, hash);
        }}
        onDone={({ events }) => {
          const paid = events.find(({ event }) => api.events.reforestationSubsidies.TranchePaid.is(event))?.event;
          setDone(paid ? t('registries.payment.done', { n: paid.data.tranche.toNumber() + 1, amount: pesos(paid.data.amount.toBigInt()) }) : t('registries.done'));
        }}>
        {t('registries.payment.submit')}
      </TxButton>
      {done && <p class="ok-box" role="status" data-testid="act-done">{done} <Link href={`/verificar/apoyo/${grant}`}>{t('registries.verifyLink')}</Link></p>}
    </ActForm>
  );
}

/** Record an amount recovered from the beneficiary after a failed field verification. */
function RecordRecovery({ grant, setGrant }) {
  const { api } = useChain();
  const { t } = useI18n();
  const [amount, setAmount] = useState('');
  const [reference, setReference] = useState('');
  const [done, setDone] = useState(null);
  const field = t('registries.agency.grant');
  return (
    <ActForm title={t('registries.recovery.title')} testId="form-recovery" lead={t('registries.recovery.lead')}>
      <Field label={field} value={grant} onInput={setGrant} inputMode="numeric" testId="recovery-grant" />
      <Field label={t('registries.recovery.amount')} value={amount} onInput={setAmount} inputMode="decimal" testId="recovery-amount" hint={t('registries.pesosHint')} />
      <DocumentField label={t('registries.payment.reference')} value={reference} onChange={setReference} testId="recovery-reference" />
      <TxButton testId="recovery-submit" onDone={() => setDone(t('registries.done'))}
        build={async () => {
          const id = parseId(grant, U32);
          if (id === null) throw new InputError('registries.input.number', { field });
          const centavos = needPesos(amount, t('registries.recovery.amount'));
          const hash = needHash(reference, t('registries.payment.reference'));
          const record = await api.query.reforestationSubsidies.grants(id);
          if (record.isNone) throw new InputError('registries.grant.notFound', { id: id.toString() });
          const g = record.unwrap();
          if (!g.lastVerificationFailed.isTrue) throw new InputError('registries.recovery.noFailure');
          const recoverable = g.paid.toBigInt() - g.recovered.toBigInt();
          if (centavos > recoverable) throw new InputError('registries.recovery.tooMuch', { amount: pesos(recoverable) });
          return api.tx.reforestationSubsidies.recordRecovery(id, centavos, hash);
        }}>
        {t('registries.recovery.submit')}
      </TxButton>
      {done && <p class="ok-box" role="status" data-testid="act-done">{done}</p>}
    </ActForm>
  );
}

/** Cancel a grant with written reasons: what was not paid returns to the concept's budget. */
function CancelGrant({ grant, setGrant }) {
  const { api } = useChain();
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [done, setDone] = useState(null);
  const field = t('registries.agency.grant');
  return (
    <ActForm title={t('registries.cancel.title')} testId="form-cancel-grant" lead={t('registries.cancel.lead')}>
      <Field label={field} value={grant} onInput={setGrant} inputMode="numeric" testId="cancel-grant" />
      <DocumentField label={t('registries.decide.reason')} value={reason} onChange={setReason} testId="cancel-reason" />
      <TxButton testId="cancel-submit" onDone={() => setDone(t('registries.done'))}
        build={async () => {
          const [id] = await needActiveGrant(api, grant, field);
          return api.tx.reforestationSubsidies.cancelGrant(id, needHash(reason, t('registries.decide.reason')));
        }}>
        {t('registries.cancel.submit')}
      </TxButton>
      {done && <p class="ok-box" role="status" data-testid="act-done">{done}</p>}
    </ActForm>
  );
}

/** The field verifier: looks a grant up, then records what it found on the predio. */
export function VerifierScreen() {
  const { api } = useChain();
  const { account } = useAccount();
  const { language, t } = useI18n();
  const [grant, setGrant] = useState('');
  const [looked, setLooked] = useState(null);
  const [lookError, setLookError] = useState(null);
  const [survival, setSurvival] = useState('');
  const [area, setArea] = useState('');
  const [evidence, setEvidence] = useState('');
  const [cells, setCells] = useState('');
  const [done, setDone] = useState(null);
  const field = t('registries.agency.grant');

  /** The grant, its predio and program, or an `InputError`. */
  const load = async () => {
    const [id, record] = await needActiveGrant(api, grant, field);
    const [property, program, verifications] = await Promise.all([
      api.query.reforestationSubsidies.properties(record.property),
      api.query.reforestationSubsidies.programs(record.program),
      api.query.reforestationSubsidies.verifications(id),
    ]);
    return { id, grant: record, property: property.unwrap(), program: program.unwrap(), verifications };
  };
  const lookUp = async (event) => {
    event.preventDefault();
    setLookError(null);
    try {
      setLooked(await load());
    } catch (error) {
      setLooked(null);
      setLookError(error);
    }
  };
  const own = looked && (sameAccount(looked.grant.beneficiary.toString(), account.address)
    || looked.property.holders.some((h) => sameAccount(h.toString(), account.address)));

  const build = async () => {
    const { id, grant: g, property } = await load();
    const percent = parsePercent(survival);
    if (percent === null) throw new InputError('registries.input.percent', { field: t('registries.verification.survival') });
    const worked = area.trim() === '0' ? 0 : parseHectares(area);
    if (worked === null) throw new InputError('registries.input.hectares', { field: t('registries.verification.area') });
    if (worked > g.area.toNumber()) throw new InputError('registries.verification.areaTooLarge', { area: hectares(g.area.toNumber(), language) });
    const visited = parseCells(cells);
    if (!visited) throw new InputError('registries.input.cells', { field: t('registries.verification.cells') });
    const onProperty = new Set(property.cells.map((c) => c.toString()));
    const outside = visited.filter((c) => !onProperty.has(c));
    if (outside.length) throw new InputError('registries.verification.cellsOutside', { cells: outside.slice(0, 3).join(', ') });
    if (property.holders.some((h) => sameAccount(h.toString(), account.address)) || sameAccount(g.beneficiary.toString(), account.address)) {
      throw new InputError('registries.verification.own');
    }
    return api.tx.reforestationSubsidies.recordVerification(id, percent, worked, needHash(evidence, t('registries.verification.evidence')), visited);
  };

  return (
    <section aria-labelledby="verifier-title" data-testid="screen-verifier">
      <h2 id="verifier-title">{t('registries.role.verifier')}</h2>
      <form onSubmit={lookUp} aria-labelledby="verifier-look-title" data-testid="form-look-grant">
        <h3 id="verifier-look-title">{t('registries.verification.look')}</h3>
        <Field label={field} value={grant} onInput={setGrant} inputMode="numeric" testId="verification-grant" />
        <button type="submit" class="secondary" data-testid="verification-look">{t('common.search')}</button>
        {lookError && <p class="error-box" role="alert">{lookError.i18n ? t(lookError.i18n, lookError.params) : String(lookError.message ?? lookError)}</p>}
        {looked && (
          <div class="panel" data-testid="verification-grant-facts">
            <p>{t('registries.verification.facts', {
              property: looked.grant.property.toString(), area: hectares(looked.grant.area.toNumber(), language),
              cells: looked.property.cells.length, done: looked.verifications.length,
              survival: looked.program.rule.minSurvival.toNumber(), share: looked.program.rule.minAreaShare.toNumber(),
            })}</p>
            {looked.grant.tranchesPaid.toNumber() === 0 && <p class="warning">{t('registries.verification.beforeFirst')}</p>}
            {own && <p class="error-box">{t('registries.verification.own')}</p>}
            <button type="button" class="secondary" onClick={() => setCells(looked.property.cells.map(String).join('\n'))} data-testid="verification-all-cells">
              {t('registries.verification.allCells')}
            </button>
          </div>
        )}
      </form>
      <ActForm title={t('registries.verification.title')} testId="form-verification" lead={t('registries.verification.lead')}>
        <Field label={t('registries.verification.survival')} value={survival} onInput={setSurvival} inputMode="numeric" testId="verification-survival" hint={t('registries.verification.survivalHint')} />
        <Field label={t('registries.verification.area')} value={area} onInput={setArea} inputMode="decimal" testId="verification-area" hint={t('registries.hectaresHint')} />
        <DocumentField label={t('registries.verification.evidence')} value={evidence} onChange={setEvidence} testId="verification-evidence" hint={t('registries.verification.evidenceHint')} />
        <TextArea label={t('registries.verification.cells')} value={cells} onInput={setCells} testId="verification-cells" hint={t('registries.verification.cellsHint')} rows={4} />
        <TxButton build={build} testId="verification-submit"
          onDone={({ events }) => {
            const recorded = events.find(({ event }) => api.events.reforestationSubsidies.VerificationRecorded.is(event))?.event;
            setDone(recorded ? t(recorded.data.passed.isTrue ? 'registries.verification.passed' : 'registries.verification.failed') : t('registries.done'));
          }}>
          {t('registries.verification.submit')}
        </TxButton>
        {done && <p class="ok-box" role="status" data-testid="act-done">{done} <Link href={`/verificar/apoyo/${grant}`}>{t('registries.verifyLink')}</Link></p>}
      </ActForm>
    </section>
  );
}
