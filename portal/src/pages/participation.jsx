// The citizen's and the evaluator's desk. A verified person comments on a tender (the first
// comment is free), makes or loads the member secret that puts them in their jurisdiction's ring
// and registers its key, and votes in secret: the ring proof is made in this page by the
// WebAssembly prover (`src/ring/`), the same cryptography as the `bmx-ring` client and the same
// secret file, and the vote is a feeless general transaction no account signs. The secret stays
// in the page's memory only: it is never stored by the portal nor sent anywhere. Anyone checks a
// vote by its alias.
import { useContext, useEffect, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { decodeAddress } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';
import { decodeTender } from '@ocds/chain.mjs';
import { useI18n } from '../i18n/index.js';
import { useAsync, useChain, useFinalized } from '../chain/api.js';
import { useAccount } from '../chain/account-context.js';
import { ErrorBox, Field, Hash, InputError, Loaded, NoticeContext, TxButton } from '../ui/components.jsx';
import { DocumentPicker } from '../ui/document.jsx';
import { offerFile } from '../ui/download.js';
import { stateName } from '../ui/states.js';
import { phaseOf } from '../tenders/phases.js';
import { getProver } from '../ring/index.js';
import { newEntropy, parseSecretFile, secretFileText } from '../ring/prover.js';
import { ballotContext, keyPossessionMessage } from '../ring/contexts.js';
import { prepareVote, sendVote } from '../ring/ballot.js';
import { EvaluatorDesk } from './evaluator.jsx';

/** The ballots that take votes at `now`, with their tallies: `[{ id, ballot, tallies, turnout, tenderId }]`. */
async function openBallots(at, now) {
  const [ballots, tenderBallots] = await Promise.all([at.query.secretBallots.ballots.entries(), at.query.tenders.citizenBallots.entries()]);
  const tenderOf = new Map(tenderBallots.map(([key, id]) => [id.unwrap().toNumber(), key.args[0].toNumber()]));
  const open = ballots
    .map(([key, value]) => ({ id: key.args[0].toNumber(), ballot: value.unwrap() }))
    .filter(({ ballot }) => ballot.status.isActive && ballot.starts.toNumber() <= now && now < ballot.ends.toNumber());
  return Promise.all(
    open.map(async ({ id, ballot }) => {
      const [tallies, turnout] = await Promise.all([at.query.secretBallots.tallies(id), at.query.secretBallots.turnout(id)]);
      return {
        id,
        ballot,
        tallies: tallies.isSome ? tallies.unwrap().map((n) => n.toNumber()) : [],
        turnout: turnout.toNumber(),
        tenderId: tenderOf.get(id) ?? null,
      };
    }),
  );
}

/** The words of a ring scope. */
function scopeWords(scope, t) {
  if (scope.isNational) return t('participation.scope.national');
  if (scope.isState) return stateName(scope.asState.type);
  if (scope.isMunicipality) {
    const j = scope.asMunicipality;
    return t('tenders.scope.municipality', { municipality: j.municipality.toNumber(), state: stateName(j.state.type) });
  }
  return scope.type;
}

export function Participation() {
  const { t } = useI18n();
  // The member secret loaded in this page: `{ entropy, member, created }`; in memory only.
  const [secret, setSecret] = useState(null);
  return (
    <section>
      <h1>{t('participation.title')}</h1>
      <p>{t('participation.lead')}</p>
      <MemberSecret secret={secret} onSecret={setSecret} />
      <Ballots secret={secret} />
      <CheckVote />
      <EvaluatorDesk secret={secret} />
      <Comment />
    </section>
  );
}

/** Offers `text` as a file named `name` to download. */
const download = (name, text) => offerFile(name, text, 'text/plain');

const SECRET_FILE = 'clave-de-miembro-bmx.txt';

/**
 * The member secret: made here (offered as a file, the same format as `bmx-ring keygen`'s) or
 * loaded from such a file; its member key, whether the chain has it, and its registration from
 * the acting account with the proof of possession signed in the page.
 */
function MemberSecret({ secret, onSecret }) {
  const { t } = useI18n();
  const { api } = useChain();
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const create = async () => {
    setError(null);
    setBusy(true);
    try {
      const prover = await getProver();
      const entropy = newEntropy();
      const member = u8aToHex(prover.memberKey(entropy));
      download(SECRET_FILE, secretFileText(entropy));
      onSecret({ entropy, member, created: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const load = async (event) => {
    setError(null);
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    let entropy;
    try {
      entropy = parseSecretFile(await file.text());
    } catch {
      setError(new InputError('participation.error.secretFile'));
      return;
    }
    try {
      const prover = await getProver();
      onSecret({ entropy, member: u8aToHex(prover.memberKey(entropy)), created: false });
    } catch (err) {
      setError(err);
    }
  };
  const registered = useAsync(
    async () => (secret ? (await api.query.anonymityRings.keyOwners(secret.member)).isSome : null),
    [secret?.member],
  );
  return (
    <section aria-labelledby="h-member">
      <h2 id="h-member">{t('participation.memberKey')}</h2>
      <p class="hint">{t('participation.memberKeyHint')}</p>
      {!secret && (
        <div class="row">
          <button type="button" onClick={create} disabled={busy} data-testid="secret-create">{t('participation.createSecret')}</button>
          <div class="field">
            <label for="secret-file">{t('participation.loadSecret')}</label>
            <input id="secret-file" type="file" accept=".txt,text/plain" onChange={load} data-testid="secret-file" />
          </div>
        </div>
      )}
      {busy && <p role="status" class="muted">{t('participation.preparingProver')}</p>}
      {secret && (
        <div class="panel" data-testid="secret-loaded">
          {secret.created && <p class="warning" role="alert">{t('participation.keepSecret', { file: SECRET_FILE })}</p>}
          <p>{t('participation.yourKey')} <code class="mono" data-testid="member-key-value">{secret.member}</code></p>
          {registered.value === true && <p class="ok-box" data-testid="member-registered">{t('participation.keyRegistered')}</p>}
          {registered.value === false && <RegisterKey secret={secret} onDone={registered.reload} />}
          <div class="row">
            {secret.created && <button type="button" class="secondary" onClick={() => download(SECRET_FILE, secretFileText(secret.entropy))}>{t('participation.downloadAgain')}</button>}
            <button type="button" class="secondary" onClick={() => onSecret(null)} data-testid="secret-forget">{t('participation.forgetSecret')}</button>
          </div>
        </div>
      )}
      <ErrorBox error={error} />
      <details>
        <summary>{t('participation.withClient')}</summary>
        <ManualKey />
      </details>
    </section>
  );
}

/**
 * Registers the loaded secret's key from the acting account (`register_member_key`), with the
 * proof of possession signed in the page: the secret's signature over the chain's genesis and
 * that account, so nobody can register another person's key as theirs.
 */
function RegisterKey({ secret, onDone }) {
  const { t } = useI18n();
  const { account } = useAccount();
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <p class="hint">{t('participation.registerHint')}</p>
      <TxButton
        build={async (api) => {
          const prover = await getProver();
          const message = keyPossessionMessage(api.genesisHash.toU8a(), decodeAddress(account.address));
          return api.tx.anonymityRings.registerMemberKey(secret.member, u8aToHex(prover.sign(secret.entropy, message)));
        }}
        onDone={onDone}
        testId="member-key-register"
      >
        {t('participation.registerKey')}
      </TxButton>
    </form>
  );
}

function Ballots({ secret }) {
  const { t } = useI18n();
  const { config } = useChain();
  const ballots = useFinalized((at, heads) => openBallots(at, heads.finalized), []);
  return (
    <section aria-labelledby="h-ballots">
      <h2 id="h-ballots">{t('participation.ballots')}</h2>
      <Loaded state={ballots}>
        {(list) => list.length === 0 ? <p>{t('participation.noBallots')}</p> : list.map(({ id, ballot, tallies, turnout, tenderId }) => (
          <div class="panel" key={id} data-testid={`ballot-${id}`}>
            <h3>
              {t('participation.ballotN', { id })}
              {tenderId != null && <> · <Link href={`/licitaciones/${tenderId}`}>{t('participation.ofTender', { id: tenderId })}</Link></>}
            </h3>
            <p>{t('participation.who', { scope: scopeWords(ballot.scope, t) })} · {t('participation.until', { block: ballot.ends.toNumber() })} · {t('participation.turnout', { n: turnout })}</p>
            <VoteForm id={id} ballot={ballot} tallies={tallies} secret={secret} />
            <details>
              <summary>{t('participation.howToVote')}</summary>
              <pre class="command">{`bmx-ring vote --url ${config.rpc} --ballot ${id} --choice <${t('participation.optionNumber')}>`}</pre>
            </details>
          </div>
        ))}
      </Loaded>
    </section>
  );
}

/**
 * The options of ballot `id` with their tallies, chosen with radio buttons (one choice) or check
 * boxes (up to `max_choices`), and the secret vote: proved in the page and sent with no account.
 */
function VoteForm({ id, ballot, tallies, secret }) {
  const { t } = useI18n();
  const { api, provider } = useChain();
  const { notify } = useContext(NoticeContext);
  const maxChoices = ballot.maxChoices.toNumber();
  const [choices, setChoices] = useState([]);
  const [stage, setStage] = useState(null);
  const [error, setError] = useState(null);
  const [alias, setAlias] = useState(null);
  useEffect(() => {
    setAlias(null);
    if (!secret) return;
    getProver().then((prover) => setAlias(u8aToHex(prover.alias(secret.entropy, ballotContext(api.genesisHash.toU8a(), id)))), setError);
  }, [secret?.member, id]);
  const recorded = useAsync(async () => (alias ? (await api.query.secretBallots.votes(id, alias)).unwrapOr(null) : null), [alias, stage]);
  const toggle = (i, checked) => {
    if (maxChoices === 1) return setChoices([i]);
    setChoices((now) => (checked ? [...now.filter((c) => c !== i), i].sort((a, b) => a - b) : now.filter((c) => c !== i)));
  };
  const label = t('participation.voteIn', { id });
  const vote = async (event) => {
    event.preventDefault();
    setError(null);
    try {
      if (!secret) throw new InputError('participation.error.noSecret');
      if (choices.length === 0) throw new InputError('participation.error.noChoice');
      if (choices.length > maxChoices) throw new InputError('participation.error.tooManyChoices', { n: maxChoices });
      setStage({ stage: 'proving' });
      const prover = await getProver();
      const prepared = await prepareVote(api, prover, secret.entropy, id, choices);
      setStage({ stage: 'sending' });
      const blockNumber = await sendVote(api, provider, prepared, id);
      setStage({ stage: 'recorded', blockNumber });
      notify({ id: `vote-${id}`, label, stage: 'inBlock', blockNumber });
    } catch (err) {
      setStage(null);
      setError(err);
      if (!(err instanceof InputError)) notify({ id: `vote-${id}`, label, error: err });
    }
  };
  const busy = stage && stage.stage !== 'recorded';
  const name = `ballot-${id}-choice`;
  return (
    <form onSubmit={vote} aria-label={label}>
      <fieldset>
        <legend>{maxChoices === 1 ? t('participation.chooseOne') : t('participation.chooseUpTo', { n: maxChoices })}</legend>
        <ol start="0" class="choices">
          {ballot.options.map((option, i) => (
            <li key={i}>
              <label>
                <input
                  type={maxChoices === 1 ? 'radio' : 'checkbox'}
                  name={name}
                  checked={choices.includes(i)}
                  onChange={(e) => toggle(i, e.currentTarget.checked)}
                  data-testid={`ballot-${id}-option-${i}`}
                />{' '}
                <Hash value={option.label.toHex()} /> · {t('participation.votes', { n: tallies[i] ?? 0 })}
              </label>
            </li>
          ))}
        </ol>
      </fieldset>
      {alias && <p class="hint">{t('participation.yourAlias')} <code class="mono" data-testid={`ballot-${id}-alias`}>{alias}</code></p>}
      {recorded.value ? (
        <p class="ok-box" role="status" data-testid={`ballot-${id}-voted`}>
          {t('participation.voted', { choices: recorded.value.choices.map((c) => c.toNumber()).join(', '), block: recorded.value.block.toNumber() })}
        </p>
      ) : (
        <>
          <button type="submit" disabled={busy || !secret} data-testid={`ballot-${id}-vote`}>{t('participation.voteSecretly')}</button>
          {!secret && <p class="hint">{t('participation.needSecret')}</p>}
        </>
      )}
      {stage && <p class="progress" role="status" data-testid={`ballot-${id}-status`} data-stage={stage.stage}>{t(`participation.stage.${stage.stage}`, { block: stage.blockNumber ?? '' })}</p>}
      <ErrorBox error={error} />
    </form>
  );
}

function CheckVote() {
  const { t } = useI18n();
  const { api } = useChain();
  const [ballot, setBallot] = useState('');
  const [alias, setAlias] = useState('');
  const [result, setResult] = useState(null);
  const [error, setError] = useState(null);
  const check = async (event) => {
    event.preventDefault();
    setError(null);
    setResult(null);
    const id = Number(ballot);
    if (!Number.isInteger(id) || id < 0) return setError(new InputError('participation.error.ballot'));
    if (!/^0x[0-9a-fA-F]{64}$/.test(alias.trim())) return setError(new InputError('participation.error.alias'));
    try {
      const vote = await api.query.secretBallots.votes(id, alias.trim());
      setResult(vote.isSome ? vote.unwrap().toHuman() : false);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form onSubmit={check} aria-labelledby="h-check">
      <h2 id="h-check">{t('participation.checkVote')}</h2>
      <p class="hint">{t('participation.checkHint')}</p>
      <Field label={t('participation.ballotNumber')} value={ballot} onInput={setBallot} inputMode="numeric" testId="check-ballot" />
      <Field label={t('participation.alias')} value={alias} onInput={setAlias} testId="check-alias" />
      <button type="submit" data-testid="check-vote">{t('participation.check')}</button>
      {result === false && <p role="status">{t('participation.noVote')}</p>}
      {result && <p role="status" class="ok-box" data-testid="vote-found">{t('participation.voteFound', { vote: JSON.stringify(result) })}</p>}
      <ErrorBox error={error} />
    </form>
  );
}

/** The key and proof of possession made by the `bmx-ring` client, pasted and registered. */
function ManualKey() {
  const { t } = useI18n();
  const [key, setKey] = useState('');
  const [possession, setPossession] = useState('');
  const build = (api) => {
    if (!/^0x[0-9a-fA-F]{64}$/.test(key.trim())) throw new InputError('participation.error.memberKey');
    if (!/^0x[0-9a-fA-F]{128}$/.test(possession.trim())) throw new InputError('participation.error.possession');
    return api.tx.anonymityRings.registerMemberKey(key.trim(), possession.trim());
  };
  return (
    <form onSubmit={(e) => e.preventDefault()} aria-label={t('participation.withClient')}>
      <p class="hint">{t('participation.manualHint')}</p>
      <pre class="command">{'bmx-ring keygen\nbmx-ring member\nbmx-ring possession --account <' + t('participation.yourAccount') + '>'}</pre>
      <Field label={t('participation.key')} value={key} onInput={setKey} testId="member-key" />
      <Field label={t('participation.possession')} value={possession} onInput={setPossession} testId="member-possession" />
      <TxButton build={build} testId="member-key-send">{t('participation.registerKey')}</TxButton>
    </form>
  );
}

function Comment() {
  const { t } = useI18n();
  const tenders = useFinalized(async (at, heads) => (await at.query.tenders.tenders.entries())
    .map(([key, value]) => ({ id: key.args[0].toNumber(), tender: decodeTender(value.unwrap()) }))
    .filter(({ tender }) => tender.status === 'Published' && phaseOf(tender, heads.finalized) !== 'awardPending')
    .sort((a, b) => b.id - a.id), []);
  const [tenderId, setTenderId] = useState('');
  const [document, setDocument] = useState('');
  const build = (api) => {
    if (tenderId === '') throw new InputError('participation.error.tender');
    if (!document) throw new InputError('participation.error.comment');
    return api.tx.tenders.commentOnTender(Number(tenderId), document);
  };
  return (
    <form onSubmit={(e) => e.preventDefault()} aria-labelledby="h-comment">
      <h2 id="h-comment">{t('participation.comment')}</h2>
      <p class="hint">{t('participation.commentHint')}</p>
      <Loaded state={tenders}>
        {(list) => (
          <div class="field">
            <label for="comment-tender">{t('participation.tender')}</label>
            <select id="comment-tender" value={tenderId} onChange={(e) => setTenderId(e.currentTarget.value)} data-testid="comment-tender">
              <option value="">{t('participation.chooseTender')}</option>
              {list.map(({ id, tender }) => <option key={id} value={id}>{id}: {tender.title}</option>)}
            </select>
          </div>
        )}
      </Loaded>
      <DocumentPicker label={t('participation.commentFile')} hash={document} onHash={setDocument} testId="comment-file" />
      <TxButton build={build} testId="comment-send">{t('participation.send')}</TxButton>
    </form>
  );
}
