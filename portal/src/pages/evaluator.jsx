// The anonymous evaluator's desk, part of the participation page: a certified evaluator enrols in
// the roster from its account (with its bond), then, with the member secret loaded in the page,
// scores the panels it is a candidate of without naming itself: its ticket is drawn in the page,
// a ticket low enough commits to the scores and is proved against the panel's ring, the scores
// are revealed later from the state file the page had it download, and the pay that accrued to
// its pseudonym is settled to an account of its choosing. The ring proofs are made in the page
// (`src/ring/panel.js`), the same acts and the same state file as `bmx-ring ticket`, `reveal`
// and `settle`.
import { useContext, useEffect, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { u8aToHex } from '@polkadot/util';
import { useI18n } from '../i18n/index.js';
import { useAsync, useChain, useFinalized } from '../chain/api.js';
import { useAccount } from '../chain/account-context.js';
import { ErrorBox, Field, InputError, Loaded, NoticeContext, TxButton } from '../ui/components.jsx';
import { tokens } from '../ui/format.js';
import { offerFile } from '../ui/download.js';
import { getProver } from '../ring/index.js';
import { MAX_SCORE, prepareReveal, prepareSettlement, prepareTicket, pseudonymOf, readTicketState, sendReveal, sendSettlement, sendTicket, standing } from '../ring/panel.js';

/** Offers `content` as a JSON file named `name` to download. */
function downloadJson(name, content) {
  offerFile(name, `${JSON.stringify(content, null, 2)}\n`, 'application/json');
}

/** Token units as the chain's token, in the page's language. */
function useMoney() {
  const { info } = useChain();
  const { language } = useI18n();
  return (units) => tokens(units.toBigInt ? units.toBigInt() : units, info.decimals, info.token, language);
}

/** The panels drawing tickets, newest first: `[{ id, panel }]`. */
async function openPanels(at) {
  return (await at.query.anonymousPanels.panels.entries())
    .map(([key, value]) => ({ id: key.args[0].toNumber(), panel: value.unwrap() }))
    .filter(({ panel }) => panel.state.isSortition)
    .sort((a, b) => b.id - a.id);
}

export function EvaluatorDesk({ secret }) {
  const { t } = useI18n();
  const panels = useFinalized((at) => openPanels(at), []);
  return (
    <section aria-labelledby="h-evaluator">
      <h2 id="h-evaluator">{t('evaluator.title')}</h2>
      <p class="hint">{t('evaluator.lead')}</p>
      <Enrolment />
      {secret ? <Pseudonym secret={secret} /> : <p class="hint">{t('evaluator.needSecret')}</p>}
      <h3>{t('evaluator.panels')}</h3>
      <Loaded state={panels}>
        {(list) => list.length === 0 ? <p>{t('evaluator.noPanels')}</p> : list.map(({ id, panel }) => <PanelCard key={id} id={id} panel={panel} secret={secret} />)}
      </Loaded>
      <Reveal />
    </section>
  );
}

/** The acting account's place in the roster, and its enrolment (`AnonymousPanels.enrol`). */
function Enrolment() {
  const { t } = useI18n();
  const { api } = useChain();
  const { account } = useAccount();
  const money = useMoney();
  const enrolled = useAsync(async () => (account ? (await api.query.anonymousPanels.enrolledKeys(account.address)).unwrapOr(null) : null), [account?.address]);
  if (!account) return null;
  return (
    <div class="panel">
      {enrolled.value ? (
        <p class="ok-box" data-testid="evaluator-enrolled">{t('evaluator.enrolled', { key: enrolled.value.toHex() })}</p>
      ) : (
        <form onSubmit={(e) => e.preventDefault()}>
          <p class="hint">{t('evaluator.enrolHint', { bond: money(api.consts.anonymousPanels.bond) })}</p>
          <TxButton build={(a) => a.tx.anonymousPanels.enrol()} onDone={enrolled.reload} testId="evaluator-enrol">{t('evaluator.enrol')}</TxButton>
        </form>
      )}
    </div>
  );
}

/** The evaluator's pseudonym, its record, and the settlement of its pay to an account. */
function Pseudonym({ secret }) {
  const { t } = useI18n();
  const { api, provider, heads } = useChain();
  const { account } = useAccount();
  const { notify } = useContext(NoticeContext);
  const money = useMoney();
  const [pseudonym, setPseudonym] = useState(null);
  const [to, setTo] = useState('');
  const [close, setClose] = useState(false);
  const [stage, setStage] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    getProver().then((prover) => setPseudonym(u8aToHex(pseudonymOf(api, prover, secret.entropy))), setError);
  }, [secret.member]);
  // Re-read at every finalized block (pay accrues when a panel concludes), keeping the last
  // record on screen meanwhile: the settlement form stays as typed.
  const record = useAsync(
    async () => (pseudonym ? (await api.query.anonymousPanels.pseudonyms(pseudonym)).unwrapOr(null) : null),
    [pseudonym, stage?.stage, heads.finalized],
    [pseudonym],
  );
  const settle = async (event) => {
    event.preventDefault();
    setError(null);
    const label = t('evaluator.settle');
    try {
      const destination = to.trim() || account?.address;
      if (!destination) throw new InputError('evaluator.error.to');
      setStage({ stage: 'proving' });
      const prover = await getProver();
      const prepared = await prepareSettlement(api, prover, secret.entropy, destination, close);
      setStage({ stage: 'sending' });
      const blockNumber = await sendSettlement(api, provider, prepared);
      setStage({ stage: 'settled', blockNumber });
      notify({ id: 'evaluator-settle', label, stage: 'inBlock', blockNumber });
    } catch (err) {
      setStage(null);
      setError(err);
      if (!(err instanceof InputError)) notify({ id: 'evaluator-settle', label, error: err });
    }
  };
  return (
    <div class="panel" data-testid="evaluator-pseudonym">
      <p>{t('evaluator.pseudonym')} <code class="mono" data-testid="evaluator-pseudonym-value">{pseudonym ?? '…'}</code></p>
      {record.value && (
        <p data-testid="evaluator-record">
          {t('evaluator.record', {
            reputation: record.value.reputation.toNumber(),
            panels: record.value.panels.toNumber(),
            earnings: money(record.value.earnings),
            credit: money(record.value.credit),
            settlements: record.value.settlements.toNumber(),
          })}
        </p>
      )}
      {record.value && !record.value.closed.isTrue && (
        <form onSubmit={settle} aria-label={t('evaluator.settle')}>
          <p class="hint">{t('evaluator.settleHint')}</p>
          <Field label={t('evaluator.to')} value={to} onInput={setTo} testId="evaluator-settle-to" hint={t('evaluator.toHint')} />
          <div class="field">
            <label><input type="checkbox" checked={close} onChange={(e) => setClose(e.currentTarget.checked)} data-testid="evaluator-settle-close" /> {t('evaluator.close')}</label>
          </div>
          <button type="submit" disabled={stage && stage.stage !== 'settled'} data-testid="evaluator-settle">{t('evaluator.settle')}</button>
        </form>
      )}
      {stage && <p class="progress" role="status" data-testid="evaluator-settle-status" data-stage={stage.stage}>{t(`evaluator.stage.${stage.stage}`, { block: stage.blockNumber ?? '' })}</p>}
      <ErrorBox error={error} />
    </div>
  );
}

/**
 * A panel drawing tickets: its subject, round and windows, and, with a secret loaded, where the
 * evaluator stands (a candidate or not, its ticket drawn or not, selected) and the scores form.
 */
function PanelCard({ id, panel, secret }) {
  const { t } = useI18n();
  const { api, heads } = useChain();
  const { round, ticketsEnd, revealsEnd } = panel.state.asSortition;
  // Re-read at every finalized block, keeping the last standing on screen meanwhile: a scores
  // form being typed is not replaced while the chain moves.
  const mine = useAsync(async () => {
    if (!secret) return null;
    return standing(api, await getProver(), secret.entropy, id);
  }, [secret?.member, id, heads.finalized], [secret?.member, id]);
  return (
    <div class="panel" data-testid={`panel-${id}`}>
      <h4>
        {t('evaluator.panelN', { id })} · <Link href={`/licitaciones/${panel.subject.toNumber()}`}>{t('participation.ofTender', { id: panel.subject.toNumber() })}</Link>
      </h4>
      <p>{t('evaluator.panelFacts', { round: round.toNumber(), candidates: panel.candidates.toNumber(), options: panel.options.toNumber(), ticketsEnd: ticketsEnd.toNumber(), revealsEnd: revealsEnd.toNumber() })}</p>
      {mine.error && <ErrorBox error={mine.error} />}
      {mine.value === undefined && secret && <p class="muted">{t('common.loading')}</p>}
      {mine.value && <Standing id={id} panel={panel} mine={mine.value} secret={secret} onDone={mine.reload} />}
    </div>
  );
}

/** Where the evaluator stands in a panel, and its ticket with scores when it is drawn. */
function Standing({ id, panel, mine, secret, onDone }) {
  const { t } = useI18n();
  const { heads } = useChain();
  if (!mine.candidate) return <p data-testid={`panel-${id}-standing`} data-standing="not-candidate">{t('evaluator.notCandidate')}</p>;
  if (mine.selected) return <p class="ok-box" data-testid={`panel-${id}-standing`} data-standing="selected">{t('evaluator.selected', { block: mine.ticketsEnd })}</p>;
  if (!mine.drawn) return <p data-testid={`panel-${id}-standing`} data-standing="not-drawn">{t('evaluator.notDrawn')}</p>;
  if (heads.best + 1 >= mine.ticketsEnd) return <p data-testid={`panel-${id}-standing`} data-standing="closed">{t('evaluator.ticketsClosed')}</p>;
  return <TicketForm id={id} options={panel.options.toNumber()} round={mine.round} secret={secret} onDone={onDone} />;
}

/** The scores of a drawn candidate, committed to and sent with its ticket. */
function TicketForm({ id, options, round, secret, onDone }) {
  const { t } = useI18n();
  const { api, provider } = useChain();
  const { notify } = useContext(NoticeContext);
  const [scores, setScores] = useState(() => Array.from({ length: options }, () => ''));
  const [stage, setStage] = useState(null);
  const [error, setError] = useState(null);
  const label = t('evaluator.sendTicket', { id });
  const send = async (event) => {
    event.preventDefault();
    setError(null);
    try {
      const values = scores.map((s) => Number(s));
      if (scores.some((s) => s.trim() === '') || values.some((v) => !Number.isInteger(v) || v < 0 || v > MAX_SCORE)) {
        throw new InputError('evaluator.error.scores', { max: MAX_SCORE });
      }
      setStage({ stage: 'proving' });
      const prover = await getProver();
      const prepared = await prepareTicket(api, prover, secret.entropy, id, values);
      // The salt exists only in this file: it is saved before anything is sent.
      downloadJson(`calificacion-panel-${id}-ronda-${round}.json`, prepared.state);
      setStage({ stage: 'sending' });
      const blockNumber = await sendTicket(api, provider, prepared);
      setStage({ stage: 'selected', blockNumber });
      notify({ id: `ticket-${id}`, label, stage: 'inBlock', blockNumber });
      onDone?.();
    } catch (err) {
      setStage(null);
      setError(err);
      if (!(err instanceof InputError)) notify({ id: `ticket-${id}`, label, error: err });
    }
  };
  return (
    <form onSubmit={send} aria-label={label}>
      <p class="hint">{t('evaluator.drawn', { max: MAX_SCORE })}</p>
      {scores.map((value, i) => (
        <Field
          key={i}
          label={t('evaluator.scoreFor', { option: i })}
          value={value}
          inputMode="numeric"
          onInput={(v) => setScores((now) => now.map((s, j) => (j === i ? v : s)))}
          testId={`panel-${id}-score-${i}`}
        />
      ))}
      <p class="warning">{t('evaluator.keepState')}</p>
      <button type="submit" disabled={stage && stage.stage !== 'selected'} data-testid={`panel-${id}-send`}>{label}</button>
      {stage && <p class="progress" role="status" data-testid={`panel-${id}-status`} data-stage={stage.stage}>{t(`evaluator.stage.${stage.stage}`, { block: stage.blockNumber ?? '' })}</p>}
      <ErrorBox error={error} />
    </form>
  );
}

/**
 * The reveal of a selected ticket's scores from its state file: no secret and no account, the
 * salt in the file is the authorization.
 */
function Reveal() {
  const { t } = useI18n();
  const { api, provider } = useChain();
  const { notify } = useContext(NoticeContext);
  const [state, setState] = useState(null);
  const [stage, setStage] = useState(null);
  const [error, setError] = useState(null);
  const load = async (event) => {
    setError(null);
    setStage(null);
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    try {
      setState(readTicketState(await file.text(), api.genesisHash.toHex()));
    } catch (err) {
      setState(null);
      setError(err);
    }
  };
  const reveal = async (event) => {
    event.preventDefault();
    setError(null);
    const label = t('evaluator.reveal');
    try {
      if (!state) throw new InputError('evaluator.error.stateFile');
      setStage({ stage: 'revealing' });
      const blockNumber = await sendReveal(api, provider, await prepareReveal(api, state));
      setStage({ stage: 'revealed', blockNumber });
      notify({ id: 'evaluator-reveal', label, stage: 'inBlock', blockNumber });
    } catch (err) {
      setStage(null);
      setError(err);
      if (!(err instanceof InputError)) notify({ id: 'evaluator-reveal', label, error: err });
    }
  };
  return (
    <form onSubmit={reveal} aria-labelledby="h-reveal">
      <h3 id="h-reveal">{t('evaluator.reveal')}</h3>
      <p class="hint">{t('evaluator.revealHint')}</p>
      <div class="field">
        <label for="reveal-state">{t('evaluator.stateFile')}</label>
        <input id="reveal-state" type="file" accept="application/json,.json" onChange={load} data-testid="evaluator-reveal-file" />
      </div>
      {state && <p data-testid="evaluator-reveal-loaded">{t('evaluator.stateLoaded', { panel: state.panel, round: state.round, scores: state.scores.join(', ') })}</p>}
      <button type="submit" disabled={!state || (stage && stage.stage !== 'revealed')} data-testid="evaluator-reveal">{t('evaluator.reveal')}</button>
      {stage && <p class="progress" role="status" data-testid="evaluator-reveal-status" data-stage={stage.stage}>{t(`evaluator.stage.${stage.stage}`, { block: stage.blockNumber ?? '' })}</p>}
      <ErrorBox error={error} />
    </form>
  );
}
