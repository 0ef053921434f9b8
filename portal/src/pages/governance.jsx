// The network's governance, for anyone (`/gobernanza`): the Executive Council (the Secretary and
// the two commissions), the Advisory Council, their seats and when each term ends, the open
// motions of every council with what each would do, the collectives' leaders whose terms end
// soon and the elections under way, and the reports that are overdue. All from finalized state.
import { useState } from 'preact/hooks';
import { useChain, useFinalized } from '../chain/api.js';
import { useI18n } from '../i18n/index.js';
import { Account, BlockWhen, Hash, Loaded } from '../ui/components.jsx';
import { DataTable } from '../ui/table.jsx';
import { number } from '../ui/format.js';
import { durationWords, endsSoon, isOverdue, openCallPhase, overdueObligations, votingOpen } from './network/logic.js';
import { CallView, CollectiveName, TermEnd, Who } from './network/parts.jsx';
import { COMMISSIONS, readCouncils, readLeadership, readMotions, readReports } from './network/read.js';

export function Governance() {
  const { t } = useI18n();
  const { heads } = useChain();
  return (
    <section aria-labelledby="governance-title">
      <h1 id="governance-title">{t('governance.title')}</h1>
      <p class="lead">{t('governance.lead')}</p>
      <p class="muted">{t('common.finalizedState', { block: heads.finalized })}</p>
      <nav aria-label={t('governance.contents')}>
        <ul class="toc">
          <li><a href="#gobernanza-consejos" onClick={jump}>{t('governance.councils.title')}</a></li>
          <li><a href="#gobernanza-mociones" onClick={jump}>{t('governance.motions.title')}</a></li>
          <li><a href="#gobernanza-lideres" onClick={jump}>{t('governance.leaders.title')}</a></li>
          <li><a href="#gobernanza-informes" onClick={jump}>{t('governance.reports.title')}</a></li>
        </ul>
      </nav>
      <Councils />
      <Motions />
      <Leaders />
      <Reports />
    </section>
  );
}

/** Hash routing owns `#`: an in-page link scrolls to and focuses its section instead. */
function jump(event) {
  event.preventDefault();
  const target = document.getElementById(event.currentTarget.getAttribute('href').slice(1));
  target?.scrollIntoView({ block: 'start' });
  target?.focus({ preventScroll: true });
}

function Councils() {
  const { t, language } = useI18n();
  const { heads, info } = useChain();
  const state = useFinalized((at) => readCouncils(at), []);
  const now = heads.finalized;
  return (
    <section aria-labelledby="gobernanza-consejos-h" id="gobernanza-consejos" tabIndex={-1}>
      <h2 id="gobernanza-consejos-h">{t('governance.councils.title')}</h2>
      <Loaded state={state}>
        {(c) => (
          <>
            <h3>{t('governance.body.executive')}</h3>
            <p>{t('governance.councils.executiveLead', { term: durationWords(c.executiveTerm * info.blockTimeMs, language) })}</p>
            <div class="panel" data-testid="governance-secretary">
              <h4>{t('governance.councils.secretary')}</h4>
              {c.secretary ? (
                <p>
                  <Who address={c.secretary.who} institutions={c.institutions} />
                  <br />
                  {t('governance.councils.termEnds')} <TermEnd block={c.secretary.expiresAt} now={now} horizon={c.notice} />
                </p>
              ) : (
                <p class="warning">{t('governance.councils.vacant')}</p>
              )}
            </div>
            {COMMISSIONS.map(([commission, label]) => {
              const seats = c.commissions.get(commission);
              return (
                <DataTable key={commission} testId={`governance-commission-${commission}`}
                  caption={<>{t(label)} <span class="muted">· {t('governance.councils.seats', { count: seats.length })}</span></>}
                  columns={[t('governance.councils.collective'), t('governance.councils.commissioner'), t('governance.councils.designated'), t('governance.councils.termEnds')]}
                  rows={seats} empty={t('governance.councils.noSeats')}
                  row={(s) => (
                    <tr key={s.collective} data-testid="governance-seat">
                      <th scope="row"><CollectiveName collective={c.collectives.get(s.collective)} id={s.collective} /></th>
                      <td><Who address={s.who} institutions={c.institutions} /></td>
                      <td><BlockWhen block={s.designatedAt} /></td>
                      <td><TermEnd block={s.expiresAt} now={now} horizon={c.notice} /></td>
                    </tr>
                  )} />
              );
            })}
            <h3>{t('governance.body.advisory')}</h3>
            <p>{t('governance.councils.advisoryLead', { count: c.advisors.length, max: c.maxAdvisors, term: durationWords(c.advisoryTerm * info.blockTimeMs, language) })}</p>
            <DataTable testId="governance-advisors" caption={t('governance.body.advisory')} hideCaption
              columns={[t('governance.councils.advisor'), t('governance.councils.admitted'), t('governance.councils.termEnds'), { label: t('governance.councils.renewals'), num: true }]}
              rows={c.advisors} empty={t('governance.councils.noAdvisors')}
              row={(a) => (
                <tr key={a.who} data-testid="governance-advisor">
                  <th scope="row"><Who address={a.who} institutions={c.institutions} /></th>
                  <td><BlockWhen block={a.designatedAt} /></td>
                  <td>
                    <TermEnd block={a.expiresAt} now={now} horizon={c.notice} />
                    {a.renewal && <> <span class="badge">{t(`governance.councils.renewal.${a.renewal}`)}</span></>}
                  </td>
                  <td class="num">{number(a.renewals, language)}</td>
                </tr>
              )} />
          </>
        )}
      </Loaded>
    </section>
  );
}

function Motions() {
  const { t } = useI18n();
  const state = useFinalized((at) => readMotions(at), []);
  return (
    <section aria-labelledby="gobernanza-mociones-h" id="gobernanza-mociones" tabIndex={-1}>
      <h2 id="gobernanza-mociones-h">{t('governance.motions.title')}</h2>
      <Loaded state={state}>
        {(m) => (
          <>
            <h3>{t('governance.body.executive')}</h3>
            <p class="muted">{t('governance.motions.executiveRule', { ordinary: m.ordinary, extraordinary: m.extraordinary })}</p>
            {m.executive.length === 0 && <p data-testid="governance-executive-none">{t('governance.motions.none')}</p>}
            {m.executive.map((motion) => (
              <ExecutiveMotion key={motion.index} motion={motion} collectives={m.collectives} members={m.executiveMembers} />
            ))}
            {m.sessionRequests.length > 0 && <SessionRequests requests={m.sessionRequests} collectives={m.collectives} />}
            {m.bodies.map((body) => (
              <div key={body.section} data-testid={`governance-body-${body.section}`}>
                <h3>{t(body.label)}</h3>
                <p class="muted">{t('governance.motions.collectiveRule', { members: body.members })}</p>
                {body.motions.length === 0 && <p>{t('governance.motions.none')}</p>}
                {body.motions.map((motion) => (
                  <CollectiveMotion key={motion.hash} motion={motion} section={body.section} members={body.members} />
                ))}
              </div>
            ))}
          </>
        )}
      </Loaded>
    </section>
  );
}

/** The figures of a motion as a definition list. */
function Facts({ items }) {
  return (
    <dl class="facts-grid">
      {items.filter(Boolean).map(([label, value, testId]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd data-testid={testId}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function VotingState({ end }) {
  const { t } = useI18n();
  const { heads } = useChain();
  return votingOpen(end, heads.finalized) ? (
    <span>{t('governance.motions.openUntil')} <BlockWhen block={end} /></span>
  ) : (
    <span class="badge">{t('governance.motions.closable')}</span>
  );
}

function ExecutiveMotion({ motion, collectives, members }) {
  const { t } = useI18n();
  const { tally } = motion;
  return (
    <article class="panel motion" data-testid="governance-motion" data-body="councils" data-index={motion.index}>
      <h4>
        {t('governance.motions.number', { index: motion.index })}{' '}
        <span class="badge">{motion.extraordinary != null ? t('governance.motions.extraordinary') : t('governance.motions.ordinary')}</span>
      </h4>
      <CallView call={motion.call} testId="governance-motion-call" />
      <Facts
        items={[
          [t('governance.motions.proposer'), <Account address={motion.proposer} />],
          motion.extraordinary != null && [
            t('governance.motions.requestedBy'),
            <CollectiveName collective={collectives.get(motion.extraordinary)} id={motion.extraordinary} />,
          ],
          [t('governance.motions.votes'), t('governance.motions.ayesNays', { ayes: tally.ayes, nays: tally.nays }), 'governance-motion-votes'],
          [
            t('governance.motions.attendance'),
            <>
              {t(tally.seatHeld ? 'governance.motions.voted' : 'governance.motions.votedVacant', { voters: tally.voters, needed: tally.needed, members })}{' '}
              {tally.seatHeld && !tally.secretaryVoted && <span class="muted">{t('governance.motions.secretaryMissing')}</span>}
            </>,
          ],
          [
            t('governance.motions.outcome'),
            <span class={`badge ${tally.carried ? 'ok' : ''}`}>
              {tally.carried ? t('governance.motions.wouldPass') : tally.valid ? t('governance.motions.wouldFail') : t('governance.motions.notValidYet')}
            </span>,
            'governance-motion-outcome',
          ],
          [t('governance.motions.voting'), <VotingState end={motion.votingEnds} />],
        ]}
      />
    </article>
  );
}

function CollectiveMotion({ motion, section, members }) {
  const { t } = useI18n();
  const { tally } = motion;
  return (
    <article class="panel motion" data-testid="governance-motion" data-body={section} data-index={motion.index}>
      <h4>{t('governance.motions.number', { index: motion.index })}</h4>
      <CallView call={motion.call} testId="governance-motion-call" />
      <Facts
        items={[
          [t('governance.motions.votes'), t('governance.motions.ayesNays', { ayes: tally.ayes, nays: tally.nays }), 'governance-motion-votes'],
          [
            t('governance.motions.threshold'),
            <>
              {t('governance.motions.thresholdOf', { threshold: tally.threshold, members })}
              {tally.belowMajority && (
                <>
                  {' '}
                  <span class="badge bad" data-testid="governance-motion-below-majority">{t('governance.motions.belowMajority', { needed: tally.needed })}</span>
                </>
              )}
            </>,
            'governance-motion-threshold',
          ],
          [
            t('governance.motions.outcome'),
            <span class={`badge ${tally.passes ? 'ok' : ''}`}>{tally.passes ? t('governance.motions.wouldPass') : t('governance.motions.needsAyes', { more: tally.needed - tally.ayes })}</span>,
            'governance-motion-outcome',
          ],
          [t('governance.motions.voting'), <VotingState end={motion.end} />],
          [t('governance.motions.hash'), <Hash value={motion.hash} />],
        ]}
      />
    </article>
  );
}

function SessionRequests({ requests, collectives }) {
  const { t } = useI18n();
  return (
    <DataTable testId="governance-session-requests" caption={t('governance.motions.sessionRequests')}
      columns={[t('governance.councils.collective'), t('governance.motions.requestedByLeader'), t('governance.motions.objective'), t('governance.motions.requestState')]}
      rows={requests}
      row={(r) => (
        <tr key={r.collective}>
          <th scope="row"><CollectiveName collective={collectives.get(r.collective)} id={r.collective} /></th>
          <td><Account address={r.requestedBy} /></td>
          <td><Hash value={r.objective} /></td>
          <td>
            {r.motion != null ? (
              t('governance.motions.citedBy', { index: r.motion })
            ) : (
              <>{t('governance.motions.expires')} <BlockWhen block={r.expiresAt} /></>
            )}
          </td>
        </tr>
      )} />
  );
}

function Leaders() {
  const { t, language } = useI18n();
  const { heads, info } = useChain();
  const [all, setAll] = useState(false);
  const state = useFinalized((at) => readLeadership(at), []);
  const now = heads.finalized;
  return (
    <section aria-labelledby="gobernanza-lideres-h" id="gobernanza-lideres" tabIndex={-1}>
      <h2 id="gobernanza-lideres-h">{t('governance.leaders.title')}</h2>
      <Loaded state={state}>
        {(l) => {
          const soon = l.rows.filter((r) => endsSoon(r.expiresAt, now, l.window) || r.ballot);
          const shown = all ? l.rows : soon;
          return (
            <>
              <p>{t('governance.leaders.lead', { window: durationWords(l.window * info.blockTimeMs, language) })}</p>
              <div class="field checkbox">
                <input id="governance-leaders-all" type="checkbox" checked={all} onChange={(e) => setAll(e.currentTarget.checked)} data-testid="governance-leaders-all" />
                <label for="governance-leaders-all">{t('governance.leaders.showAll', { count: l.rows.length })}</label>
              </div>
              <DataTable testId="governance-leaders" caption={all ? t('governance.leaders.captionAll') : t('governance.leaders.captionSoon')} hideCaption
                columns={[t('governance.leaders.leader'), t('governance.councils.collective'), t('governance.councils.termEnds'), t('governance.leaders.renewal')]}
                rows={shown} empty={t('governance.leaders.noneSoon')} emptyTestId="governance-leaders-none"
                row={(r) => (
                  <tr key={r.who} data-testid="governance-leader">
                    <th scope="row"><Who address={r.who} institutions={l.institutions} /></th>
                    <td><CollectiveName collective={l.collectives.get(r.collective)} id={r.collective} /></td>
                    <td><TermEnd block={r.expiresAt} now={now} horizon={l.window} /></td>
                    <td>
                      {r.ballot ? (
                        <>
                          <span class="badge">{t(`governance.leaders.ballot.${r.ballot.status}`)}</span>{' '}
                          {r.ballot.status === 'Voting' && (
                            <span class="muted">
                              {t('governance.leaders.ballotVoting', { voters: r.ballot.voters })} <BlockWhen block={r.ballot.votingEnd} />
                            </span>
                          )}
                        </>
                      ) : (
                        <span class="muted">{t('governance.leaders.noBallot', { renewals: r.renewals })}</span>
                      )}
                    </td>
                  </tr>
                )} />
              <h3 id="governance-calls-h">{t('governance.leaders.callsTitle')}</h3>
              <DataTable testId="governance-calls" labelledBy="governance-calls-h"
                columns={[t('governance.councils.collective'), { label: t('governance.leaders.seats'), num: true }, { label: t('governance.leaders.applicants'), num: true }, t('governance.leaders.phase'), t('governance.leaders.deadlines')]}
                rows={l.openCalls} empty={t('governance.leaders.noCalls')} emptyTestId="governance-calls-none"
                row={(c) => (
                  <tr key={c.collective} data-testid="governance-call">
                    <th scope="row"><CollectiveName collective={l.collectives.get(c.collective)} id={c.collective} /></th>
                    <td class="num">{number(c.seats, language)}</td>
                    <td class="num">{number(c.applicants.length, language)}</td>
                    <td><span class="badge">{t(`governance.leaders.phase.${openCallPhase(c, now)}`)}</span></td>
                    <td>
                      {t('governance.leaders.applicationsEnd')} <BlockWhen block={c.applicationsEnd} />
                      <br />
                      {t('governance.leaders.electionDeadline')} <BlockWhen block={c.electionDeadline} />
                    </td>
                  </tr>
                )} />
            </>
          );
        }}
      </Loaded>
    </section>
  );
}

function Subject({ o, institutions }) {
  const { t } = useI18n();
  switch (o.kind) {
    case 'Member':
    case 'Leader':
    case 'Warehouse':
      return <span>{t(`governance.reports.subject.${o.kind}`)} <Who address={o.value} institutions={institutions} /></span>;
    case 'Commission':
      return <span>{t(o.value === 'Projects' ? 'governance.body.projectsCommission' : 'governance.body.nodeCommission')}</span>;
    case 'Secretary':
    case 'AdvisoryCouncil':
      return <span>{t(`governance.reports.subject.${o.kind}`)}</span>;
    case 'Project':
    case 'SubsidyGrant':
      return <span>{t(`governance.reports.subject.${o.kind}`, { id: o.value })}</span>;
    default:
      return <span>{o.kind} {o.value ?? ''}</span>;
  }
}

function Reports() {
  const { t, language } = useI18n();
  const { heads, info } = useChain();
  const [all, setAll] = useState(false);
  const state = useFinalized((at) => readReports(at), []);
  const now = heads.finalized;
  return (
    <section aria-labelledby="gobernanza-informes-h" id="gobernanza-informes" tabIndex={-1}>
      <h2 id="gobernanza-informes-h">{t('governance.reports.title')}</h2>
      <p>{t('governance.reports.lead')}</p>
      <Loaded state={state}>
        {(r) => {
          const overdue = overdueObligations(r.list, now);
          const shown = all ? [...r.list].sort((a, b) => a.due - b.due) : overdue;
          return (
            <>
              <p data-testid="governance-overdue-count">{t('governance.reports.summary', { overdue: overdue.length, total: r.list.length })}</p>
              <div class="field checkbox">
                <input id="governance-reports-all" type="checkbox" checked={all} onChange={(e) => setAll(e.currentTarget.checked)} data-testid="governance-reports-all" />
                <label for="governance-reports-all">{t('governance.reports.showAll')}</label>
              </div>
              <DataTable testId="governance-reports" caption={all ? t('governance.reports.captionAll') : t('governance.reports.captionOverdue')} hideCaption
                columns={[t('governance.reports.subject'), t('governance.reports.due'), t('governance.reports.period'), t('governance.reports.last')]}
                rows={shown} empty={t('governance.reports.noneOverdue')} emptyTestId="governance-overdue-none"
                row={(o) => (
                  <tr key={o.id} data-testid="governance-report" data-overdue={isOverdue(o.due, now) ? 'true' : 'false'}>
                    <th scope="row"><Subject o={o} institutions={r.institutions} /></th>
                    <td>
                      <BlockWhen block={o.due} />{' '}
                      {isOverdue(o.due, now) && <span class="badge bad">{t('governance.reports.overdue')}</span>}
                    </td>
                    <td>{durationWords(o.period * info.blockTimeMs, language)}</td>
                    <td>
                      {o.last ? (
                        <>
                          <Hash value={o.last.document} /> <span class="muted">({t('block.number', { block: o.last.block })})</span>
                        </>
                      ) : (
                        <span class="muted">{t('governance.reports.never')}</span>
                      )}
                    </td>
                  </tr>
                )} />
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
