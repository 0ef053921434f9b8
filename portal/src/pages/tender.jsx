// A tender's public page: its phases on a timeline, its partidas with their CUCoP codes, the
// enquiries and answers, the bids as they are revealed, and after the award every per-bid and
// per-criterion score, the citizens' tally, complaints and their resolution, the contract and
// its deliverables; with the OCDS release package to download. Read from finalized state with
// the same decoder as `tools/ocds-export`.
import { useState } from 'preact/hooks';
import { readTender } from '@ocds/chain.mjs';
import { tenderToReleasePackage } from '@ocds/lib.mjs';
import { useI18n } from '../i18n/index.js';
import { useChain, useFinalized } from '../chain/api.js';
import { Account, BlockWhen, ErrorBox, Hash, Loaded } from '../ui/components.jsx';
import { DocumentCheck } from '../ui/document.jsx';
import { percent, pesos, tokens } from '../ui/format.js';
import { DataTable } from '../ui/table.jsx';
import { phaseOf, timelineOf } from '../tenders/phases.js';
import { scopeText } from './tender-list.jsx';

/** The snapshot `chain.mjs` reads at: the finalized block. */
async function snapshotAt(api, at, heads, info) {
  return {
    blockNumber: heads.finalized,
    blockHash: heads.finalizedHash,
    timestamp: (await at.query.timestamp.now()).toNumber(),
    blockTimeMs: info.blockTimeMs,
    genesisHash: api.genesisHash.toHex(),
  };
}

export function TenderPage({ id }) {
  const { t } = useI18n();
  const { api, info } = useChain();
  const tenderId = Number(id);
  const record = useFinalized(async (at, heads) => {
    if (!Number.isInteger(tenderId) || tenderId < 0) return null;
    return readTender(api, tenderId, await snapshotAt(api, at, heads, info), { history: false });
  }, [tenderId]);
  return (
    <Loaded state={record}>
      {(data) => (data ? <Tender data={data} /> : <section><h1>{t('tender.notFound', { id })}</h1></section>)}
    </Loaded>
  );
}

function Tender({ data }) {
  const { t, language } = useI18n();
  const { tender, tenderId, snapshot } = data;
  const now = snapshot.blockNumber;
  const phase = phaseOf(tender, now);
  return (
    <article data-testid="tender">
      <h1>{t('tender.heading', { id: tenderId, title: tender.title })}</h1>
      <p class="muted">{t('common.finalizedState', { block: now })}</p>
      <dl class="facts">
        <dt>{t('tenders.phase')}</dt><dd data-testid="tender-phase">{t(`tenders.phase.${phase}`)}{tender.desertReason && ` (${t(`tender.desert.${tender.desertReason}`)})`}</dd>
        <dt>{t('tenders.buyer')}</dt><dd>{data.buyerUnit?.name ?? tender.buyerUnit}</dd>
        <dt>{t('tenders.scope')}</dt><dd>{scopeText(tender.scope, t)}</dd>
        <dt>{t('tenders.budget')}</dt><dd>{pesos(tender.budget, language)}</dd>
        <dt>{t('tender.referencePrice')}</dt><dd>{pesos(tender.referencePrice, language)}</dd>
        <dt>{t('tender.weights')}</dt>
        <dd>{t('tender.weightsText', { price: percent(tender.weights.price, language), technical: percent(tender.weights.technical, language), citizen: percent(tender.weights.citizen, language) })}</dd>
        <dt>{t('tender.convocatoria')}</dt><dd><DocumentCheck hash={tender.description} testId="check-convocatoria" /></dd>
        {tender.amendments > 0 && <><dt>{t('tender.amendments')}</dt><dd>{tender.amendments}</dd></>}
      </dl>
      <Timeline tender={tender} now={now} />
      <Partidas data={data} />
      <Enquiries data={data} />
      <Bids data={data} />
      <Evaluations data={data} />
      <Award data={data} />
      <Complaints data={data} />
      <Contract data={data} />
      <Civic data={data} />
      <OcdsDownload tenderId={tenderId} />
    </article>
  );
}

function Timeline({ tender, now }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="h-timeline">
      <h2 id="h-timeline">{t('tender.timeline')}</h2>
      <ol class="timeline">
        {timelineOf(tender, now).map((p) => (
          <li key={p.phase} class={p.state} aria-current={p.state === 'now' ? 'step' : undefined}>
            <strong>{t(`tenders.phase.${p.phase}`)}</strong>
            <br />
            {t('tender.until')} <BlockWhen block={p.to} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function Partidas({ data }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="h-partidas">
      <h2 id="h-partidas">{t('tender.partidas')}</h2>
      <DataTable labelledBy="h-partidas"
        columns={['#', t('tender.cucop'), { label: t('tender.quantity'), num: true }, t('tender.unit'), t('tender.specification'), { label: t('tender.requirements'), num: true }]}
        rows={data.tender.partidas}
        row={(p, i) => (
          <tr key={i}>
            <td>{i + 1}</td>
            <td>{p.cucop} {data.catalogue[p.cucop]?.name ?? ''}</td>
            <td class="num">{p.quantity}</td>
            <td>{p.unit}</td>
            <td><DocumentCheck hash={p.description} testId={`check-partida-${i}`} /></td>
            <td class="num">{p.requirements.length}</td>
          </tr>
        )} />
    </section>
  );
}

function Enquiries({ data }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="h-enquiries">
      <h2 id="h-enquiries">{t('tender.enquiries')}</h2>
      {data.enquiries.length === 0 ? <p>{t('tender.noEnquiries')}</p> : (
        <ol>
          {data.enquiries.map((e, i) => (
            <li key={i} data-testid={`enquiry-${i}`} data-answered={e.answer ? 'yes' : 'no'}>
              {t('tender.question')} <DocumentCheck hash={e.question} testId={`check-question-${i}`} />
              {' · '}
              {e.answer ? <>{t('tender.answer')} <DocumentCheck hash={e.answer} testId={`check-answer-${i}`} /></> : t('tender.unanswered')}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Bids({ data }) {
  const { t, language } = useI18n();
  const { info } = useChain();
  return (
    <section aria-labelledby="h-bids">
      <h2 id="h-bids">{t('tender.bids')}</h2>
      <DataTable testId="bids" labelledBy="h-bids"
        columns={['#', t('tender.bidder'), t('tender.submitted'), { label: t('tender.price'), num: true }, t('tender.proposal'), { label: t('tender.guarantee'), num: true }]}
        rows={data.bids} empty={t('tender.noBids')}
        row={(b, i) => (
          <tr key={i} data-testid={`bid-${i}`}>
            <td>{i + 1}</td>
            <td><Account address={b.bidder} /></td>
            <td>{t('block.number', { block: b.submittedAt })}</td>
            <td class="num" data-testid={`bid-${i}-price`}>
              {b.offer ? pesos(b.offer.price, language) : <span class="badge">{t('tender.sealed')}</span>}
              {b.forfeited && <span class="badge bad">{t('tender.forfeited')}</span>}
            </td>
            <td>{b.offer ? <DocumentCheck hash={b.offer.proposal} testId={`check-proposal-${i}`} /> : <Hash value={b.commitment} />}</td>
            <td class="num">{tokens(b.deposit, info.decimals, info.token, language)}</td>
          </tr>
        )} />
    </section>
  );
}

function Evaluations({ data }) {
  const { t } = useI18n();
  if (data.evaluations.length === 0) return null;
  const revealed = data.bids.filter((b) => b.offer);
  return (
    <section aria-labelledby="h-evaluations">
      <h2 id="h-evaluations">{t('tender.evaluations')}</h2>
      <p class="hint">{t('tender.evaluationsAnonymous')}</p>
      <DataTable testId="evaluations" labelledBy="h-evaluations"
        columns={[t('tender.evaluator'), ...revealed.map((_, i) => ({ label: t('tender.bidN', { n: i + 1 }), num: true }))]}
        rows={data.evaluations}
        row={(e, k) => (
          <tr key={k}>
            <th scope="row">{t('tender.evaluatorN', { n: k + 1 })}</th>
            {e.scores.map((s, i) => <td class="num" key={i}>{s}</td>)}
          </tr>
        )} />
    </section>
  );
}

function Award({ data }) {
  const { t, language } = useI18n();
  const { award } = data;
  if (!award) return null;
  const votes = data.bids.filter((b) => b.offer).map((b) => b.votes);
  return (
    <section aria-labelledby="h-award">
      <h2 id="h-award">{t('tender.award')}</h2>
      <p>
        {award.isFinal ? <span class="badge ok">{t('tender.awardFinal')}</span> : <span class="badge">{t('tender.awardProvisional')}</span>}
        {' '}{t('tender.awardComputed', { block: award.computedAt, voters: award.totalVotes, evaluators: award.evaluators })}
      </p>
      {data.tender.weights.citizen > 0 && votes.length > 0 && <p data-testid="vote-tally">{t('tender.tally', { votes: votes.join(' · ') })}</p>}
      <DataTable testId="award-scores" labelledBy="h-award"
        columns={[t('tender.bid'), t('tender.bidder'), { label: t('tender.price'), num: true }, t('tender.standing'),
          { label: t('tender.priceScore'), num: true }, { label: t('tender.technicalScore'), num: true }, { label: t('tender.votes'), num: true },
          { label: t('tender.citizenScore'), num: true }, { label: t('tender.total'), num: true }]}
        rows={award.scores}
        row={(s) => {
          const winner = award.winner === s.bidIndex;
          return (
            <tr key={s.bidIndex} class={winner ? 'winner' : ''} data-testid={`score-${s.bidIndex}`}>
              <td>{s.bidIndex + 1} {winner && <span class="badge ok">{t('tender.winner')}</span>}{award.passedOver === s.bidIndex && <span class="badge bad">{t('tender.passedOver')}</span>}</td>
              <td><Account address={s.bidder} /></td>
              <td class="num">{pesos(s.price, language)}</td>
              <td>{t(`tender.standing.${s.standing}`)}</td>
              <td class="num">{percent(s.priceScore, language)}</td>
              <td class="num">{percent(s.technicalScore, language)}</td>
              <td class="num">{s.votes}</td>
              <td class="num">{percent(s.citizenScore, language)}</td>
              <td class="num" data-testid={`score-${s.bidIndex}-total`}>{percent(s.total, language)}</td>
            </tr>
          );
        }} />
    </section>
  );
}

function Complaints({ data }) {
  const { t } = useI18n();
  if (data.complaints.length === 0) return null;
  return (
    <section aria-labelledby="h-complaints">
      <h2 id="h-complaints">{t('tender.complaints')}</h2>
      <ol>
        {data.complaints.map((c, i) => (
          <li key={i} data-testid={`complaint-${i}`} data-status={c.status}>
            <Account address={c.complainant} /> · <DocumentCheck hash={c.document} testId={`check-complaint-${i}`} />
            {' · '}<span class="badge">{t(`tender.complaint.${c.status}`)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Contract({ data }) {
  const { t, language } = useI18n();
  const { contract } = data;
  if (!contract) return null;
  return (
    <section aria-labelledby="h-contract">
      <h2 id="h-contract">{t('tender.contract')}</h2>
      <dl class="facts">
        <dt>{t('tender.contractStatus')}</dt><dd data-testid="contract-status">{t(`tender.contract.${contract.status}`)}</dd>
        <dt>{t('tender.supplier')}</dt><dd><Account address={contract.supplier} /></dd>
        <dt>{t('tender.contractValue')}</dt><dd>{pesos(contract.value, language)}</dd>
        <dt>{t('tender.contractDocument')}</dt><dd><DocumentCheck hash={contract.document} testId="check-contract" /></dd>
        <dt>{t('tender.signatures')}</dt>
        <dd>{t('tender.signaturesText', { buyer: contract.buyerSignatory ? t('common.yes') : t('common.no'), supplier: contract.supplierSigned ? t('common.yes') : t('common.no') })}</dd>
      </dl>
      <h3>{t('tender.deliverables')}</h3>
      <ol>
        {contract.deliverables.map((d, i) => (
          <li key={i} data-testid={`deliverable-${i}`} data-status={d.status}>
            <DocumentCheck hash={d.description} testId={`check-deliverable-${i}`} /> · {pesos(d.amount, language)} · {t('tender.due')} <BlockWhen block={d.due} /> · <span class="badge">{t(`tender.deliverable.${d.status}`)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Civic({ data }) {
  const { t } = useI18n();
  if (data.socialWitnesses.length === 0 && data.comments.length === 0) return null;
  return (
    <section aria-labelledby="h-civic">
      <h2 id="h-civic">{t('tender.civic')}</h2>
      {data.socialWitnesses.map((w, i) => (
        <p key={i}>
          {t('tender.witness')} <Account address={w.witness} />
          {w.testimony ? <> · {t('tender.testimony')} <DocumentCheck hash={w.testimony.document} testId={`check-testimony-${i}`} /></> : ''}
        </p>
      ))}
      {data.comments.length > 0 && (
        <ol>
          {data.comments.map((c, i) => (
            <li key={i}>
              {t('tender.comment')} <DocumentCheck hash={c.document} testId={`check-comment-${i}`} />
              {c.answer ? <> · {t('tender.answer')} <DocumentCheck hash={c.answer} testId={`check-comment-answer-${i}`} /></> : ` · ${t('tender.unanswered')}`}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The tender's OCDS release package, read with its history (a slower, full read) and saved as a file. */
function OcdsDownload({ tenderId }) {
  const { t } = useI18n();
  const { api, info, heads } = useChain();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const at = await api.at(heads.finalizedHash);
      const snapshot = await snapshotAt(api, at, heads, info);
      const data = await readTender(api, tenderId, snapshot);
      const pkg = tenderToReleasePackage(data);
      const blob = new Blob([JSON.stringify(pkg, null, 2)], { type: 'application/json' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `ocds-licitacion-${tenderId}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="h-ocds">
      <h2 id="h-ocds">{t('tender.ocds')}</h2>
      <p>{t('tender.ocdsText')}</p>
      <button type="button" onClick={download} disabled={busy} data-testid="ocds-download">{busy ? t('common.loading') : t('tender.ocdsDownload')}</button>
      <ErrorBox error={error} />
    </section>
  );
}

