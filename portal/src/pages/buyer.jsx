// The buyer official's desk: the buyer units the acting account serves, a tender drafted and
// published, enquiries answered, the award computed and made final, the contract drafted and
// signed with the official's e.firma (in the browser), and deliverables accepted or rejected.
// Every act is a transaction the official signs.
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { stringToU8a } from '@polkadot/util';
import { decodeTender } from '@ocds/chain.mjs';
import { useI18n } from '../i18n/index.js';
import { useChain, useFinalized } from '../chain/api.js';
import { useAccount } from '../chain/account-context.js';
import { BlockWhen, Field, InputError, Loaded, Select, TxButton } from '../ui/components.jsx';
import { DocumentCheck, DocumentPicker } from '../ui/document.jsx';
import { ContractSigning } from '../ui/efirma-sign.jsx';
import { parsePesos, pesos, blockAt } from '../ui/format.js';
import { STATES } from '../ui/states.js';
import { phaseOf, SCHEDULE_PHASES } from '../tenders/phases.js';
import { DURATION_UNITS, defaultDurations, isUnitCode, scheduleFromDurations, weightsFromPercent } from '../tenders/schedule.js';

const text = (bytes) => new TextDecoder().decode(bytes.toU8a(true));

/** The buyer units `address` is an official of, with their tenders: `[{ id, name, tenders }]`. */
async function unitsOf(at, address, now) {
  const units = (await at.query.tenders.buyerUnits.entries())
    .map(([key, unit]) => ({ id: key.args[0].toNumber(), unit: unit.unwrap() }))
    .filter(({ unit }) => unit.officials.some((o) => o.toString() === address));
  if (units.length === 0) return [];
  const ids = new Set(units.map((u) => u.id));
  const tenders = (await at.query.tenders.tenders.entries())
    .map(([key, value]) => ({ id: key.args[0].toNumber(), tender: decodeTender(value.unwrap()) }))
    .filter(({ tender }) => ids.has(tender.buyerUnit))
    .sort((a, b) => b.id - a.id);
  const withDetails = await Promise.all(
    tenders.map(async (entry) => {
      const [enquiries, contract] = await Promise.all([
        at.query.tenders.enquiries(entry.id),
        at.query.tenders.contracts(entry.id),
      ]);
      return {
        ...entry,
        phase: phaseOf(entry.tender, now),
        enquiries: enquiries.map((e, index) => ({ index, question: e.question.toHex(), answered: e.answer.isSome })),
        contract: contract.isSome ? contract.unwrap() : null,
      };
    }),
  );
  return units.map(({ id, unit }) => ({
    id,
    name: text(unit.name),
    tenders: withDetails.filter(({ tender }) => tender.buyerUnit === id),
  }));
}

export function Buyer() {
  const { t } = useI18n();
  const { account } = useAccount();
  const units = useFinalized((at, heads) => (account ? unitsOf(at, account.address, heads.finalized) : []), [account?.address]);
  return (
    <section>
      <h1>{t('buyer.title')}</h1>
      {!account ? <p>{t('tx.needAccount')}</p> : (
        <Loaded state={units}>
          {(list) => list.length === 0 ? <p data-testid="buyer-none">{t('buyer.notOfficial')}</p> : list.map((unit) => (
            <section key={unit.id} aria-labelledby={`unit-${unit.id}`} data-testid={`unit-${unit.id}`}>
              <h2 id={`unit-${unit.id}`}>{unit.name}</h2>
              <DraftTender unit={unit} onDone={units.reload} />
              <h3>{t('buyer.tenders')}</h3>
              {unit.tenders.length === 0 ? <p>{t('buyer.noTenders')}</p> : unit.tenders.map((entry) => (
                <TenderDesk key={entry.id} entry={entry} onDone={units.reload} />
              ))}
            </section>
          ))}
        </Loaded>
      )}
    </section>
  );
}

const emptyPartida = () => ({ cucop: '', quantity: '1', unit: 'H87', specification: '' });

function DraftTender({ unit, onDone }) {
  const { t } = useI18n();
  const { info, heads } = useChain();
  const catalogue = useFinalized(async (at) => (await at.query.procurementCatalogue.codes.entries())
    .map(([key, entry]) => [key.args[0].toString(), text(entry.unwrap().name), entry.unwrap().status.type])
    .filter(([, , status]) => status === 'Active')
    .sort(), []);
  const [form, setForm] = useState(() => ({
    title: '', convocatoria: '', budget: '', referencePrice: '',
    price: '60', technical: '0', citizen: '40', scope: 'Federal', state: 'Jalisco', municipality: '',
    durations: defaultDurations(info.isDevelopment),
    partidas: [emptyPartida()],
  }));
  const set = (field) => (value) => setForm((f) => ({ ...f, [field]: value }));
  const setPartida = (i, field) => (value) =>
    setForm((f) => ({ ...f, partidas: f.partidas.map((p, k) => (k === i ? { ...p, [field]: value } : p)) }));
  const setDuration = (i, field) => (value) =>
    setForm((f) => ({ ...f, durations: f.durations.map((d, k) => (k === i ? { ...d, [field]: value } : d)) }));

  const build = (publish) => async (api) => {
    const title = form.title.trim();
    if (!title) throw new InputError('buyer.error.title');
    if (new TextEncoder().encode(title).length > 128) throw new InputError('buyer.error.titleLong');
    if (!form.convocatoria) throw new InputError('buyer.error.convocatoria');
    const budget = parsePesos(form.budget);
    const reference = parsePesos(form.referencePrice);
    if (budget == null || budget === 0n) throw new InputError('buyer.error.budget');
    if (reference == null || reference === 0n) throw new InputError('buyer.error.reference');
    const weights = weightsFromPercent(form);
    if (!weights) throw new InputError('buyer.error.weights');
    let scope = 'Federal';
    if (form.scope === 'State') scope = { State: form.state };
    if (form.scope === 'Municipality') {
      const code = Number(form.municipality);
      if (!Number.isInteger(code) || code < 1 || code > 999) throw new InputError('buyer.error.municipality');
      scope = { Municipality: [form.state, code] };
    }
    const partidas = form.partidas.map((p, i) => {
      const quantity = Number(p.quantity);
      if (!p.cucop) throw new InputError('buyer.error.cucop', { n: i + 1 });
      if (!Number.isInteger(quantity) || quantity < 1) throw new InputError('buyer.error.quantity', { n: i + 1 });
      if (!isUnitCode(p.unit)) throw new InputError('buyer.error.unit', { n: i + 1 });
      if (!p.specification) throw new InputError('buyer.error.specification', { n: i + 1 });
      return { description: p.specification, quantity, unit: stringToU8a(p.unit), cucop: Number(p.cucop), requirements: [] };
    });
    let schedule;
    try {
      schedule = scheduleFromDurations(form.durations, heads.best, info.blockTimeMs);
    } catch (error) {
      throw new InputError('buyer.error.duration', { phase: t(`tenders.phase.${error.phase ?? 'unknown'}`) });
    }
    const create = api.tx.tenders.createTender(unit.id, title, form.convocatoria, budget, reference, partidas, weights, scope, schedule);
    if (!publish) return create;
    // Created and published in one signature: the terms freeze as they were drafted here.
    const tenderId = (await api.query.tenders.nextTenderId()).toNumber();
    return api.tx.utility.batchAll([create, api.tx.tenders.publishTender(tenderId)]);
  };

  return (
    <form data-testid="draft-tender" onSubmit={(e) => e.preventDefault()} aria-labelledby={`draft-${unit.id}`}>
      <h3 id={`draft-${unit.id}`}>{t('buyer.draft')}</h3>
      <Field label={t('tenders.tenderTitle')} value={form.title} onInput={set('title')} required testId="tender-title" maxLength={128} />
      <DocumentPicker label={t('tender.convocatoria')} hash={form.convocatoria} onHash={set('convocatoria')} testId="tender-convocatoria" />
      <Field label={t('buyer.budgetPesos')} value={form.budget} onInput={set('budget')} required testId="tender-budget" inputMode="decimal" hint={t('buyer.pesosHint')} />
      <Field label={t('buyer.referencePesos')} value={form.referencePrice} onInput={set('referencePrice')} required testId="tender-reference" inputMode="decimal" />
      <fieldset>
        <legend>{t('tender.weights')}</legend>
        <Field label={t('buyer.weight.price')} value={form.price} onInput={set('price')} type="number" min="0" max="100" testId="weight-price" />
        <Field label={t('buyer.weight.technical')} value={form.technical} onInput={set('technical')} type="number" min="0" max="100" testId="weight-technical" />
        <Field label={t('buyer.weight.citizen')} value={form.citizen} onInput={set('citizen')} type="number" min="0" max="100" testId="weight-citizen" />
      </fieldset>
      <fieldset>
        <legend>{t('tenders.scope')}</legend>
        <Select label={t('buyer.scopeKind')} value={form.scope} onChange={set('scope')} testId="tender-scope"
          options={[['Federal', t('tenders.scope.federal')], ['State', t('buyer.scope.state')], ['Municipality', t('buyer.scope.municipality')]]} />
        {form.scope !== 'Federal' && <Select label={t('tenders.stateFilter')} value={form.state} onChange={set('state')} options={STATES} testId="tender-scope-state" />}
        {form.scope === 'Municipality' && <Field label={t('buyer.municipalityCode')} value={form.municipality} onInput={set('municipality')} testId="tender-scope-municipality" inputMode="numeric" />}
      </fieldset>
      <fieldset>
        <legend>{t('tender.partidas')}</legend>
        {form.partidas.map((p, i) => (
          <div class="partida" key={i}>
            <h4>{t('buyer.partidaN', { n: i + 1 })}</h4>
            <Loaded state={catalogue}>
              {(codes) => (
                <Select label={t('tender.cucop')} value={p.cucop} onChange={setPartida(i, 'cucop')} testId={`partida-${i}-cucop`}
                  options={[['', t('buyer.chooseCucop')], ...codes.map(([code, name]) => [code, `${code} ${name}`])]} />
              )}
            </Loaded>
            <Field label={t('tender.quantity')} value={p.quantity} onInput={setPartida(i, 'quantity')} type="number" min="1" testId={`partida-${i}-quantity`} />
            <Field label={t('buyer.unitCode')} value={p.unit} onInput={(v) => setPartida(i, 'unit')(v.toUpperCase())} maxLength={3} testId={`partida-${i}-unit`} hint={t('buyer.unitHint')} />
            <DocumentPicker label={t('tender.specification')} hash={p.specification} onHash={setPartida(i, 'specification')} testId={`partida-${i}-specification`} />
            {form.partidas.length > 1 && (
              <button type="button" class="secondary" onClick={() => setForm((f) => ({ ...f, partidas: f.partidas.filter((_, k) => k !== i) }))}>{t('buyer.removePartida')}</button>
            )}
          </div>
        ))}
        {form.partidas.length < 50 && (
          <button type="button" class="secondary" onClick={() => setForm((f) => ({ ...f, partidas: [...f.partidas, emptyPartida()] }))} data-testid="add-partida">{t('buyer.addPartida')}</button>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('buyer.schedule')}</legend>
        <p class="hint">{t('buyer.scheduleHint')}</p>
        {SCHEDULE_PHASES.map(([phase], i) => (
          <div class="duration" key={phase}>
            <Field label={t(`tenders.phase.${phase}`)} value={form.durations[i].amount} onInput={setDuration(i, 'amount')} inputMode="decimal" testId={`duration-${phase}`} />
            <Select label={t('buyer.durationUnit', { phase: t(`tenders.phase.${phase}`) })} value={form.durations[i].unit} onChange={setDuration(i, 'unit')} testId={`duration-${phase}-unit`}
              options={Object.keys(DURATION_UNITS).map((u) => [u, t(`buyer.unit.${u}`)])} />
          </div>
        ))}
      </fieldset>
      <p class="hint">{t('buyer.publishHint')}</p>
      <TxButton build={build(true)} onDone={onDone} testId="publish-tender">{t('buyer.publish')}</TxButton>
      <TxButton build={build(false)} onDone={onDone} testId="save-draft">{t('buyer.saveDraft')}</TxButton>
    </form>
  );
}

/** The acts on one of the unit's tenders that its phase allows. */
function TenderDesk({ entry, onDone }) {
  const { t, language } = useI18n();
  const { id, tender, phase, enquiries, contract } = entry;
  const open = enquiries.filter((e) => !e.answered);
  return (
    <div class="panel" data-testid={`desk-${id}`}>
      <h4><Link href={`/licitaciones/${id}`}>{t('tender.heading', { id, title: tender.title })}</Link></h4>
      <p>{t(`tenders.phase.${phase}`)} · {pesos(tender.budget, language)}</p>
      {phase === 'draft' && <TxButton build={(api) => api.tx.tenders.publishTender(id)} onDone={onDone} testId={`publish-${id}`}>{t('buyer.publishDraft')}</TxButton>}
      {['enquiries', 'bidding'].includes(phase) && open.map((e) => <AnswerEnquiry key={e.index} id={id} index={e.index} question={e.question} onDone={onDone} />)}
      {phase === 'evaluation' && tender.weights.technical > 0 && (
        <TxButton build={(api) => api.tx.tenders.openEvaluation(id)} onDone={onDone} testId={`open-evaluation-${id}`}>{t('buyer.openEvaluation')}</TxButton>
      )}
      {phase === 'vote' && tender.weights.citizen > 0 && (
        <TxButton build={(api) => api.tx.tenders.openCitizenVote(id)} onDone={onDone} testId={`open-vote-${id}`}>{t('buyer.openVote')}</TxButton>
      )}
      {phase === 'awardPending' && <TxButton build={(api) => api.tx.tenders.computeAward(id)} onDone={onDone} testId={`compute-award-${id}`}>{t('buyer.computeAward')}</TxButton>}
      {phase === 'awardFinalPending' && <TxButton build={(api) => api.tx.tenders.finaliseAward(id)} onDone={onDone} testId={`finalise-award-${id}`}>{t('buyer.finaliseAward')}</TxButton>}
      {phase === 'contract' && !contract && <DraftContract id={id} onDone={onDone} />}
      {contract?.status.isDrafted && (contract.buyerSignatory.isSome
        ? <p class="ok-box" data-testid={`buyer-signed-${id}`}>{t('efirma.buyerSigned')}</p>
        : <ContractSigning tenderId={id} contract={contract} onDone={onDone} testId={`sign-contract-${id}`} heading="h5" />)}
      {contract?.status.isActive && contract.deliverables.map((d, index) => d.status.isPending && (
        <Deliverable key={index} id={id} index={index} terms={d} onDone={onDone} />
      ))}
    </div>
  );
}

function AnswerEnquiry({ id, index, question, onDone }) {
  const { t } = useI18n();
  const [answer, setAnswer] = useState('');
  const build = (api) => {
    if (!answer) throw new InputError('buyer.error.answer');
    return api.tx.tenders.answerQuestion(id, index, answer);
  };
  return (
    <form onSubmit={(e) => e.preventDefault()} data-testid={`answer-${id}-${index}`}>
      {/* The question answered: the official compares it with the file the supplier sent. */}
      <p>{t('tender.question')} {index + 1}: <DocumentCheck hash={question} testId={`answer-${id}-${index}-question`} /></p>
      <DocumentPicker label={t('buyer.answerN', { n: index + 1 })} hash={answer} onHash={setAnswer} testId={`answer-${id}-${index}-file`} />
      <TxButton build={build} onDone={onDone} testId={`answer-${id}-${index}-send`}>{t('buyer.answer')}</TxButton>
    </form>
  );
}

function DraftContract({ id, onDone }) {
  const { t } = useI18n();
  const { info, heads } = useChain();
  const [document, setDocument] = useState('');
  const [rows, setRows] = useState([{ description: '', due: '', amount: '' }]);
  const setRow = (i, field) => (value) => setRows((r) => r.map((row, k) => (k === i ? { ...row, [field]: value } : row)));
  const build = (api) => {
    if (!document) throw new InputError('buyer.error.contractDocument');
    const terms = rows.map((row, i) => {
      const amount = parsePesos(row.amount);
      const when = Date.parse(row.due);
      if (!row.description) throw new InputError('buyer.error.deliverableDocument', { n: i + 1 });
      if (amount == null || amount === 0n) throw new InputError('buyer.error.deliverableAmount', { n: i + 1 });
      if (!Number.isFinite(when) || when <= Date.now()) throw new InputError('buyer.error.deliverableDue', { n: i + 1 });
      return [row.description, blockAt(when, heads.best, info.blockTimeMs), amount];
    });
    return api.tx.tenders.draftContract(id, document, terms);
  };
  return (
    <form onSubmit={(e) => e.preventDefault()} data-testid={`draft-contract-${id}`}>
      <h5>{t('buyer.draftContract')}</h5>
      <DocumentPicker label={t('tender.contractDocument')} hash={document} onHash={setDocument} testId={`contract-${id}-document`} />
      {rows.map((row, i) => (
        <fieldset key={i}>
          <legend>{t('buyer.deliverableN', { n: i + 1 })}</legend>
          <DocumentPicker label={t('buyer.deliverableDescription')} hash={row.description} onHash={setRow(i, 'description')} testId={`deliverable-${i}-file`} />
          <Field label={t('buyer.deliverableDue')} value={row.due} onInput={setRow(i, 'due')} type="datetime-local" testId={`deliverable-${i}-due`} />
          <Field label={t('buyer.deliverableAmount')} value={row.amount} onInput={setRow(i, 'amount')} inputMode="decimal" testId={`deliverable-${i}-amount`} />
        </fieldset>
      ))}
      {rows.length < 24 && <button type="button" class="secondary" onClick={() => setRows((r) => [...r, { description: '', due: '', amount: '' }])}>{t('buyer.addDeliverable')}</button>}
      <TxButton build={build} onDone={onDone} testId={`draft-contract-${id}-send`}>{t('buyer.draftContract')}</TxButton>
    </form>
  );
}

function Deliverable({ id, index, terms, onDone }) {
  const { t, language } = useI18n();
  const [reason, setReason] = useState('');
  const reject = (api) => {
    if (!reason) throw new InputError('buyer.error.rejectReason');
    return api.tx.tenders.rejectDeliverable(id, index, reason);
  };
  return (
    <form onSubmit={(e) => e.preventDefault()} data-testid={`deliverable-${id}-${index}`}>
      <h5>{t('buyer.deliverableN', { n: index + 1 })}</h5>
      {/* What is accepted or rejected: the deliverable's description, amount and due date. */}
      <p data-testid={`deliverable-${id}-${index}-terms`}>
        <DocumentCheck hash={terms.description.toHex()} testId={`deliverable-${id}-${index}-check`} />
        {' · '}{pesos(terms.amount.toBigInt(), language)} · {t('tender.due')} <BlockWhen block={terms.due.toNumber()} />
      </p>
      <TxButton build={(api) => api.tx.tenders.acceptDeliverable(id, index)} onDone={onDone} testId={`accept-${id}-${index}`}>{t('buyer.accept')}</TxButton>
      <DocumentPicker label={t('buyer.rejectReason')} hash={reason} onHash={setReason} testId={`reject-${id}-${index}-file`} />
      <TxButton build={reject} onDone={onDone} testId={`reject-${id}-${index}`}>{t('buyer.reject')}</TxButton>
    </form>
  );
}
