// The citizen's and the evaluator's desk. A verified person comments on a tender (the first
// comment is free) and registers the member key that puts them in their jurisdiction's ring;
// open ballots are listed with their tallies and the command that casts a secret vote; anyone
// checks a vote by its alias. Ring proofs are made by the `bmx-ring` client on the person's own
// device: the key stays there, and the vote is a feeless transaction no account signs.
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { decodeTender } from '@ocds/chain.mjs';
import { useI18n } from '../i18n/index.js';
import { useChain, useFinalized } from '../chain/api.js';
import { useAccount } from '../chain/account-context.js';
import { ErrorBox, Field, Hash, InputError, Loaded, TxButton } from '../ui/components.jsx';
import { DocumentPicker } from '../ui/document.jsx';
import { stateName } from '../ui/states.js';
import { phaseOf } from '../tenders/phases.js';

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
  return (
    <section>
      <h1>{t('participation.title')}</h1>
      <p>{t('participation.lead')}</p>
      <Ballots />
      <CheckVote />
      <MemberKey />
      <Comment />
    </section>
  );
}

function Ballots() {
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
            <ol start="0">
              {ballot.options.map((option, i) => (
                <li key={i}><Hash value={option.label.toHex()} /> · {t('participation.votes', { n: tallies[i] ?? 0 })}</li>
              ))}
            </ol>
            <p class="hint">{t('participation.howToVote')}</p>
            <pre class="command">{`bmx-ring vote --url ${config.rpc} --ballot ${id} --choice <${t('participation.optionNumber')}>`}</pre>
          </div>
        ))}
      </Loaded>
    </section>
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

function MemberKey() {
  const { t } = useI18n();
  const [key, setKey] = useState('');
  const [possession, setPossession] = useState('');
  const build = (api) => {
    if (!/^0x[0-9a-fA-F]{64}$/.test(key.trim())) throw new InputError('participation.error.memberKey');
    if (!/^0x[0-9a-fA-F]{128}$/.test(possession.trim())) throw new InputError('participation.error.possession');
    return api.tx.anonymityRings.registerMemberKey(key.trim(), possession.trim());
  };
  return (
    <form onSubmit={(e) => e.preventDefault()} aria-labelledby="h-member">
      <h2 id="h-member">{t('participation.memberKey')}</h2>
      <p class="hint">{t('participation.memberKeyHint')}</p>
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
