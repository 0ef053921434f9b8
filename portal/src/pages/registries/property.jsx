// The registro público de la propiedad day to day: the registrar of an office opens folios reales
// and qualifies what is presented, in priority order (inscribe, suspend for a curable defect,
// deny with written reasons); the notary presents deeds, files and withdraws avisos preventivos
// and corrects suspended entries (an ordering authority presents its orders); anyone has a
// certificado de libertad de gravamen issued.
import { useRef, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { useI18n } from '../../i18n/index.js';
import { useChain, useFinalized } from '../../chain/api.js';
import { Account, Field, Hash, InputError, Loaded, Select, TxButton } from '../../ui/components.jsx';
import { DataTable } from '../../ui/table.jsx';
import { ActForm, Check, DocumentField, JurisdictionField, TextArea, needAccount, needHash, needJurisdiction } from './fields.jsx';
import { parseAccounts, parseId, parseSquareMetres } from './helpers.js';

/** The event `name` of the property registry among a transaction's events. */
const eventOf = (api, events, name) => events.find(({ event }) => api.events.propertyRegistry[name].is(event))?.event;

/** Fails with an `InputError` unless folio `id` exists and is open. */
async function needOpenFolio(api, text, field) {
  const id = parseId(text);
  if (id === null) throw new InputError('registries.input.number', { field });
  const folio = await api.query.propertyRegistry.folios(id);
  if (folio.isNone) throw new InputError('registries.folio.notFound', { folio: id.toString() });
  if (folio.unwrap().status.isClosed) throw new InputError('registries.folio.closed', { folio: id.toString() });
  return { id, folio: folio.unwrap() };
}

/** Fails with an `InputError` unless every account is a verified person or organisation. */
async function needVerified(api, accounts, field) {
  const [persons, organisations] = await Promise.all([
    api.query.digitalIdentity.persons.multi(accounts),
    api.query.digitalIdentity.organisations.multi(accounts),
  ]);
  const missing = accounts.filter((_, i) => persons[i].isNone && organisations[i].isNone);
  if (missing.length) throw new InputError('registries.input.notVerifiedList', { field, accounts: missing.join(', ') });
}

export function RegistrarScreen({ roles }) {
  const { t } = useI18n();
  const office = roles.office;
  const queue = useFinalized(async (at) => {
    const list = await at.call.propertyRegistryApi.officeQueue(office, 0, 100);
    const entries = list.length ? await at.query.propertyRegistry.entries.multi(list.map(([, folio, entry]) => [folio, entry])) : [];
    return list.map(([priority, folio, entry], i) => ({ priority, folio, entry, record: entries[i].isSome ? entries[i].unwrap() : null }));
  }, [office]);
  const [folio, setFolio] = useState('');
  const [entry, setEntry] = useState('');
  const qualify = useRef(null);
  const pick = (item) => {
    setFolio(item.folio.toString());
    setEntry(item.entry.toString());
    qualify.current?.querySelector('input')?.focus();
  };
  return (
    <section aria-labelledby="registrar-title" data-testid="screen-registrar">
      <h2 id="registrar-title">{t('registries.role.registrar')}</h2>
      <p>{t('registries.registrar.office', { office })}</p>
      <h3 id="registrar-queue-title">{t('registries.registrar.queue')}</h3>
      <p class="hint">{t('registries.registrar.queueHint')}</p>
      <Loaded state={queue}>
        {(items) => (
          <DataTable testId="registrar-queue" labelledBy="registrar-queue-title"
            columns={[t('verify.folio.priority'), t('registries.folio.folio'), t('verify.folio.entry'), t('verify.folio.status'),
              t('verify.folio.presented'), { label: t('registries.registrar.pick'), hidden: true }]}
            rows={items} empty={t('registries.registrar.queueEmpty')} emptyTestId="registrar-queue-empty"
            row={(item) => (
              <tr key={item.entry.toString()} data-entry={item.entry.toString()}>
                <td>{item.priority.toString()}</td>
                <td><Link href={`/verificar/folio/${item.folio}`}>{item.folio.toString()}</Link></td>
                <td>{item.entry.toString()}</td>
                <td>{item.record ? t(`verify.folio.entryStatus.${item.record.status.type}`) : '—'}</td>
                <td>{item.record && <><Account address={item.record.presenter.toString()} /> · <Hash value={item.record.document.toHex()} /></>}</td>
                <td><button type="button" class="secondary" onClick={() => pick(item)} data-testid={`pick-${item.entry}`}>{t('registries.registrar.pick')}</button></td>
              </tr>
            )} />
        )}
      </Loaded>
      <div ref={qualify}>
        <Qualify folio={folio} setFolio={setFolio} entry={entry} setEntry={setEntry} />
      </div>
      <OpenFolio />
      <IssueFolioCertificate />
    </section>
  );
}

/** Qualify an entry (calificación): inscribe it, suspend it for a curable defect, or deny it. */
function Qualify({ folio, setFolio, entry, setEntry }) {
  const { api } = useChain();
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [done, setDone] = useState(null);
  const target = async () => {
    const { id } = await needOpenFolio(api, folio, t('registries.folio.folio'));
    const number = parseId(entry);
    if (number === null) throw new InputError('registries.input.number', { field: t('verify.folio.entry') });
    const record = await api.query.propertyRegistry.entries(id, number);
    if (record.isNone) throw new InputError('registries.qualify.noEntry', { entry: number.toString(), folio: id.toString() });
    if (!record.unwrap().status.isPresented && !record.unwrap().status.isSuspended) throw new InputError('registries.qualify.notPending');
    return [id, number];
  };
  const finished = (key) => () => setDone(t(key, { entry, folio }));
  return (
    <ActForm title={t('registries.qualify.title')} testId="form-qualify" lead={t('registries.qualify.lead')}>
      <Field label={t('registries.folio.folio')} value={folio} onInput={setFolio} inputMode="numeric" testId="qualify-folio" />
      <Field label={t('verify.folio.entry')} value={entry} onInput={setEntry} inputMode="numeric" testId="qualify-entry" />
      <DocumentField label={t('registries.qualify.reason')} value={reason} onChange={setReason} testId="qualify-reason"
        hint={t('registries.qualify.reasonHint')} />
      <div class="buttons">
        <TxButton testId="inscribe-submit" onDone={finished('registries.qualify.inscribed')}
          build={async () => api.tx.propertyRegistry.inscribeEntry(...(await target()))}>
          {t('registries.qualify.inscribe')}
        </TxButton>
        <TxButton testId="suspend-submit" onDone={finished('registries.qualify.suspended')}
          build={async () => {
            const hash = needHash(reason, t('registries.qualify.reason'));
            return api.tx.propertyRegistry.suspendEntry(...(await target()), hash);
          }}>
          {t('registries.qualify.suspend')}
        </TxButton>
        <TxButton testId="deny-submit" onDone={finished('registries.qualify.denied')}
          build={async () => {
            const hash = needHash(reason, t('registries.qualify.reason'));
            return api.tx.propertyRegistry.denyEntry(...(await target()), hash);
          }}>
          {t('registries.qualify.deny')}
        </TxButton>
      </div>
      {done && <p class="ok-box" role="status" data-testid="act-done">{done} <Link href={`/verificar/folio/${folio}`}>{t('registries.verifyLink')}</Link></p>}
    </ActForm>
  );
}

/** Open a folio real (inmatriculación) with its owners and title document. */
function OpenFolio() {
  const { api } = useChain();
  const { t } = useI18n();
  const [place, setPlace] = useState({ state: 'Jalisco', municipality: '' });
  const [surface, setSurface] = useState('');
  const [owners, setOwners] = useState('');
  const [document, setDocument] = useState('');
  const [opened, setOpened] = useState(null);
  const build = async () => {
    const location = needJurisdiction(place, t('registries.open.location'));
    const cm2 = parseSquareMetres(surface);
    if (cm2 === null) throw new InputError('registries.input.surface', { field: t('registries.open.surface') });
    const accounts = parseAccounts(owners);
    if (!accounts) throw new InputError('registries.input.accounts', { field: t('registries.open.owners') });
    if (new Set(accounts).size !== accounts.length) throw new InputError('registries.input.duplicate', { field: t('registries.open.owners') });
    const hash = needHash(document, t('registries.open.document'));
    await needVerified(api, accounts, t('registries.open.owners'));
    return api.tx.propertyRegistry.openFolio(location, cm2, accounts, hash);
  };
  return (
    <ActForm title={t('registries.open.title')} testId="form-open-folio" lead={t('registries.open.lead')}>
      <JurisdictionField label={t('registries.open.location')} value={place} onChange={setPlace} testId="open-location" />
      <Field label={t('registries.open.surface')} value={surface} onInput={setSurface} inputMode="decimal" testId="open-surface" hint={t('registries.open.surfaceHint')} />
      <TextArea label={t('registries.open.owners')} value={owners} onInput={setOwners} testId="open-owners" hint={t('registries.accountsHint')} />
      <DocumentField label={t('registries.open.document')} value={document} onChange={setDocument} testId="open-document" />
      <TxButton build={build} testId="open-submit"
        onDone={({ events }) => setOpened(eventOf(api, events, 'FolioOpened')?.data.folio.toString() ?? null)}>
        {t('registries.open.submit')}
      </TxButton>
      {opened !== null && (
        <p class="ok-box" role="status" data-testid="act-done">
          {t('registries.open.done', { folio: opened })} <Link href={`/verificar/folio/${opened}`}>{t('registries.verifyLink')}</Link>
        </p>
      )}
    </ActForm>
  );
}

/** Have a certificado de libertad (o de existencia) de gravamen issued for a folio. */
function IssueFolioCertificate() {
  const { api } = useChain();
  const { t } = useI18n();
  const [folio, setFolio] = useState('');
  const [issued, setIssued] = useState(null);
  return (
    <ActForm title={t('registries.certificate.title')} testId="form-folio-certificate" lead={t('registries.certificate.lead')}>
      <Field label={t('registries.folio.folio')} value={folio} onInput={setFolio} inputMode="numeric" testId="certificate-folio" />
      <TxButton testId="certificate-submit"
        build={async () => api.tx.propertyRegistry.issueCertificate((await needOpenFolio(api, folio, t('registries.folio.folio'))).id)}
        onDone={({ events }) => {
          const event = eventOf(api, events, 'CertificateIssued');
          setIssued(event ? { id: event.data.certificate.toString(), free: event.data.free.isTrue } : null);
        }}>
        {t('registries.certificate.submit')}
      </TxButton>
      {issued && (
        <p class="ok-box" role="status" data-testid="act-done">
          {t(issued.free ? 'registries.certificate.doneFree' : 'registries.certificate.doneEncumbered', { id: issued.id })}{' '}
          <Link href={`/verificar/libertad/${issued.id}`}>{t('registries.verifyLink')}</Link>
        </p>
      )}
    </ActForm>
  );
}

export function NotaryScreen({ roles }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="notary-title" data-testid="screen-notary">
      <h2 id="notary-title">{t(roles.isNotary ? 'registries.role.notary' : 'registries.notary.authority')}</h2>
      <PresentDocument canUseNotice={roles.isNotary} />
      {roles.isNotary && <FileNotice />}
      {roles.isNotary && <WithdrawNotice />}
      <CorrectEntry />
      <IssueFolioCertificate />
    </section>
  );
}

const TRANSFER_KINDS = ['Purchase', 'Donation', 'Inheritance', 'Trust'];
const ENCUMBRANCE_KINDS = ['Mortgage', 'Embargo', 'Easement'];

/** Present a document (deed or order) for inscription: it takes the next entry number. */
function PresentDocument({ canUseNotice }) {
  const { api } = useChain();
  const { t } = useI18n();
  const [folio, setFolio] = useState('');
  const [act, setAct] = useState('Transfer');
  const [transferKind, setTransferKind] = useState('Purchase');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [encumbranceKind, setEncumbranceKind] = useState('Mortgage');
  const [burdened, setBurdened] = useState('');
  const [beneficiary, setBeneficiary] = useState('');
  const [cancelled, setCancelled] = useState('');
  const [document, setDocument] = useState('');
  const [useNotice, setUseNotice] = useState(false);
  const [presented, setPresented] = useState(null);

  const build = async () => {
    const { id } = await needOpenFolio(api, folio, t('registries.folio.folio'));
    let value;
    if (act === 'Transfer') {
      const fromAccounts = parseAccounts(from);
      if (!fromAccounts) throw new InputError('registries.input.accounts', { field: t('registries.present.from') });
      const toAccounts = parseAccounts(to);
      if (!toAccounts) throw new InputError('registries.input.accounts', { field: t('registries.present.to') });
      await needVerified(api, [...fromAccounts, ...toAccounts], t('registries.present.parties'));
      value = { Transfer: { kind: transferKind, from: fromAccounts, to: toAccounts } };
    } else if (act === 'Encumber') {
      const b = needAccount(burdened, t('registries.present.burdened'));
      const f = needAccount(beneficiary, t('registries.present.beneficiary'));
      await needVerified(api, [b, f], t('registries.present.parties'));
      value = { Encumber: { kind: encumbranceKind, burdened: b, beneficiary: f } };
    } else {
      const of = parseId(cancelled);
      if (of === null) throw new InputError('registries.input.number', { field: t('registries.present.cancelled') });
      value = { Cancellation: { of } };
    }
    const hash = needHash(document, t('registries.present.document'));
    if (useNotice) {
      const notice = await api.query.propertyRegistry.notices(id);
      if (notice.isNone) throw new InputError('registries.present.noNotice');
    }
    return api.tx.propertyRegistry.presentDocument(id, value, hash, canUseNotice && useNotice);
  };
  return (
    <ActForm title={t('registries.present.title')} testId="form-present" lead={t('registries.present.lead')}>
      <Field label={t('registries.folio.folio')} value={folio} onInput={setFolio} inputMode="numeric" testId="present-folio" />
      <Select label={t('registries.present.act')} value={act} onChange={setAct} testId="present-act"
        options={[['Transfer', t('registries.present.transfer')], ['Encumber', t('registries.present.encumber')], ['Cancellation', t('registries.present.cancellation')]]} />
      {act === 'Transfer' && (
        <>
          <Select label={t('registries.present.transferKind')} value={transferKind} onChange={setTransferKind} testId="present-transfer-kind"
            options={TRANSFER_KINDS.map((k) => [k, t(`verify.folio.transfer.${k}`)])} />
          <TextArea label={t('registries.present.from')} value={from} onInput={setFrom} testId="present-from" hint={t('registries.present.fromHint')} />
          <TextArea label={t('registries.present.to')} value={to} onInput={setTo} testId="present-to" hint={t('registries.accountsHint')} />
        </>
      )}
      {act === 'Encumber' && (
        <>
          <Select label={t('registries.present.encumbranceKind')} value={encumbranceKind} onChange={setEncumbranceKind} testId="present-encumbrance-kind"
            options={ENCUMBRANCE_KINDS.map((k) => [k, t(`verify.folio.encumbrance.${k}`)])} />
          <Field label={t('registries.present.burdened')} value={burdened} onInput={setBurdened} testId="present-burdened" hint={t('registries.accountHint')} autocomplete="off" />
          <Field label={t('registries.present.beneficiary')} value={beneficiary} onInput={setBeneficiary} testId="present-beneficiary" hint={t('registries.accountHint')} autocomplete="off" />
        </>
      )}
      {act === 'Cancellation' && (
        <Field label={t('registries.present.cancelled')} value={cancelled} onInput={setCancelled} inputMode="numeric" testId="present-cancelled"
          hint={t('registries.present.cancelledHint')} />
      )}
      <DocumentField label={t('registries.present.document')} value={document} onChange={setDocument} testId="present-document" />
      {canUseNotice && (
        <Check label={t('registries.present.useNotice')} checked={useNotice} onChange={setUseNotice} testId="present-use-notice"
          hint={t('registries.present.useNoticeHint')} />
      )}
      <TxButton build={build} testId="present-submit"
        onDone={({ events }) => {
          const event = eventOf(api, events, 'DocumentPresented');
          setPresented(event ? { entry: event.data.entry.toString(), priority: event.data.priority.toString(), folio: event.data.folio.toString() } : null);
        }}>
        {t('registries.present.submit')}
      </TxButton>
      {presented && (
        <p class="ok-box" role="status" data-testid="act-done">
          {t('registries.present.done', presented)} <Link href={`/verificar/folio/${presented.folio}`}>{t('registries.verifyLink')}</Link>
        </p>
      )}
    </ActForm>
  );
}

/** File an aviso preventivo: reserve the next entry number on a folio for the deed to come. */
function FileNotice() {
  const { api } = useChain();
  const { t } = useI18n();
  const [folio, setFolio] = useState('');
  const [document, setDocument] = useState('');
  const [filed, setFiled] = useState(null);
  const build = async () => {
    const { id } = await needOpenFolio(api, folio, t('registries.folio.folio'));
    const hash = needHash(document, t('registries.notice.document'));
    const notice = await api.query.propertyRegistry.notices(id);
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    if (notice.isSome && notice.unwrap().expiresAt.toNumber() > best) throw new InputError('registries.notice.already');
    return api.tx.propertyRegistry.fileNotice(id, hash);
  };
  return (
    <ActForm title={t('registries.notice.title')} testId="form-notice" lead={t('registries.notice.lead')}>
      <Field label={t('registries.folio.folio')} value={folio} onInput={setFolio} inputMode="numeric" testId="notice-folio" />
      <DocumentField label={t('registries.notice.document')} value={document} onChange={setDocument} testId="notice-document" />
      <TxButton build={build} testId="notice-submit"
        onDone={({ events }) => {
          const event = eventOf(api, events, 'NoticeFiled');
          setFiled(event ? { number: event.data.number.toString(), block: event.data.expiresAt.toString(), folio: event.data.folio.toString() } : null);
        }}>
        {t('registries.notice.submit')}
      </TxButton>
      {filed && <p class="ok-box" role="status" data-testid="act-done">{t('registries.notice.done', filed)}</p>}
    </ActForm>
  );
}

/** Withdraw one's own aviso preventivo. */
function WithdrawNotice() {
  const { api } = useChain();
  const { t } = useI18n();
  const [folio, setFolio] = useState('');
  const [done, setDone] = useState(null);
  return (
    <ActForm title={t('registries.withdrawNotice.title')} testId="form-withdraw-notice">
      <Field label={t('registries.folio.folio')} value={folio} onInput={setFolio} inputMode="numeric" testId="withdraw-notice-folio" />
      <TxButton testId="withdraw-notice-submit" onDone={() => setDone(t('registries.done'))}
        build={async () => {
          const id = parseId(folio);
          if (id === null) throw new InputError('registries.input.number', { field: t('registries.folio.folio') });
          if ((await api.query.propertyRegistry.notices(id)).isNone) throw new InputError('registries.present.noNotice');
          return api.tx.propertyRegistry.withdrawNotice(id);
        }}>
        {t('registries.withdrawNotice.submit')}
      </TxButton>
      {done && <p class="ok-box" role="status" data-testid="act-done">{done}</p>}
    </ActForm>
  );
}

/** Correct a suspended entry with the corrected document, before its deadline. */
function CorrectEntry() {
  const { api } = useChain();
  const { t } = useI18n();
  const [folio, setFolio] = useState('');
  const [entry, setEntry] = useState('');
  const [document, setDocument] = useState('');
  const [done, setDone] = useState(null);
  const build = async () => {
    const id = parseId(folio);
    if (id === null) throw new InputError('registries.input.number', { field: t('registries.folio.folio') });
    const number = parseId(entry);
    if (number === null) throw new InputError('registries.input.number', { field: t('verify.folio.entry') });
    const hash = needHash(document, t('registries.correct.document'));
    const record = await api.query.propertyRegistry.entries(id, number);
    if (record.isNone) throw new InputError('registries.qualify.noEntry', { entry: number.toString(), folio: id.toString() });
    if (!record.unwrap().status.isSuspended) throw new InputError('registries.correct.notSuspended');
    return api.tx.propertyRegistry.correctEntry(id, number, hash);
  };
  return (
    <ActForm title={t('registries.correct.title')} testId="form-correct" lead={t('registries.correct.lead')}>
      <Field label={t('registries.folio.folio')} value={folio} onInput={setFolio} inputMode="numeric" testId="correct-folio" />
      <Field label={t('verify.folio.entry')} value={entry} onInput={setEntry} inputMode="numeric" testId="correct-entry" />
      <DocumentField label={t('registries.correct.document')} value={document} onChange={setDocument} testId="correct-document" />
      <TxButton build={build} testId="correct-submit" onDone={() => setDone(t('registries.done'))}>{t('registries.correct.submit')}</TxButton>
      {done && <p class="ok-box" role="status" data-testid="act-done">{done}</p>}
    </ActForm>
  );
}
