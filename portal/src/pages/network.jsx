// The network, for anyone (`/red`): who validates it, grouped by the collective each node runs
// for, who authored the latest blocks, how far finality lags, the node's peers, the runtime and
// the block time, and the members' pending applications to run a node. Everything is read from
// finalized state except the live figures (heads, peers, latest authors), marked as such.
import { useEffect, useState } from 'preact/hooks';
import { useChain, useFinalized } from '../chain/api.js';
import { useI18n } from '../i18n/index.js';
import { Account, BlockWhen, ErrorBox, Hash, Loaded } from '../ui/components.jsx';
import { DataTable } from '../ui/table.jsx';
import { number } from '../ui/format.js';
import { addRecent, authoredCounts, averageBlockTime, durationWords, seconds } from './network/logic.js';
import { CollectiveName, Stat, Who } from './network/parts.jsx';
import { readApplications, readCollectives, readValidators } from './network/read.js';

/** How many of the latest blocks the authorship table shows. */
const RECENT_BLOCKS = 20;
/** Blocks back from the finalized head over which the block time is measured. */
const BLOCK_TIME_SPAN = 100;
/** How often the peers are asked for, in ms. */
const HEALTH_EVERY_MS = 10_000;

export function Network() {
  const { t } = useI18n();
  const recent = useRecentAuthors(RECENT_BLOCKS);
  return (
    <section aria-labelledby="network-title">
      <h1 id="network-title">{t('network.title')}</h1>
      <p class="lead">{t('network.lead')}</p>
      <LiveStatus />
      <Validators recent={recent} />
      <RecentAuthors recent={recent} />
      <Applications />
    </section>
  );
}

/** The latest blocks' authors (best chain, live): backfilled, then followed as heads arrive. */
function useRecentAuthors(limit) {
  const { api } = useChain();
  const [state, setState] = useState({ blocks: [], error: null, ready: false });
  useEffect(() => {
    let stopped = false;
    let unsubscribe = null;
    const entry = (header) => ({
      number: header.number.toNumber(),
      hash: header.hash.toHex(),
      author: header.author ? header.author.toString() : null,
    });
    const add = (blocks) =>
      !stopped && setState((s) => ({ ...s, ready: true, blocks: blocks.reduce((list, b) => addRecent(list, b, limit), s.blocks) }));
    (async () => {
      try {
        unsubscribe = await api.derive.chain.subscribeNewHeads((header) => add([entry(header)]));
        if (stopped) unsubscribe();
        const best = (await api.rpc.chain.getHeader()).number.toNumber();
        const numbers = [];
        for (let n = best; n > 0 && n > best - limit; n -= 1) numbers.push(n);
        const hashes = await Promise.all(numbers.map((n) => api.rpc.chain.getBlockHash(n)));
        const headers = await Promise.all(hashes.map((h) => api.derive.chain.getHeader(h)));
        add(headers.filter(Boolean).map(entry));
      } catch (error) {
        if (!stopped) setState((s) => ({ ...s, error }));
      }
    })();
    return () => {
      stopped = true;
      unsubscribe?.();
    };
  }, [api, limit]);
  return state;
}

/** The node's peers and sync state, asked every few seconds (`system_health`). */
function useHealth() {
  const { api } = useChain();
  const [health, setHealth] = useState(null);
  useEffect(() => {
    let stopped = false;
    const ask = () =>
      api.rpc.system.health().then(
        (h) => !stopped && setHealth({ peers: h.peers.toNumber(), isSyncing: h.isSyncing.isTrue }),
        () => !stopped && setHealth(null),
      );
    ask();
    const timer = setInterval(ask, HEALTH_EVERY_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [api]);
  return health;
}

function LiveStatus() {
  const { api, heads, info } = useChain();
  const { language, t } = useI18n();
  const health = useHealth();
  const lag = Math.max(0, heads.best - heads.finalized);
  const state = useFinalized(async (at, h) => {
    const version = at.runtimeVersion;
    let measured = null;
    let span = 0;
    const from = Math.max(1, h.finalized - BLOCK_TIME_SPAN);
    if (h.finalized > from) {
      try {
        const fromHash = await api.rpc.chain.getBlockHash(from);
        const [now, then] = await Promise.all([at.query.timestamp.now(), api.query.timestamp.now.at(fromHash)]);
        measured = averageBlockTime({ number: from, timestamp: then.toString() }, { number: h.finalized, timestamp: now.toString() });
        span = h.finalized - from;
      } catch {
        // The node pruned that block's state: the configured block time only.
      }
    }
    return {
      specName: version.specName.toString(),
      specVersion: version.specVersion.toNumber(),
      implVersion: version.implVersion.toNumber(),
      transactionVersion: version.transactionVersion.toNumber(),
      measured,
      span,
    };
  }, []);
  const v = state.value;
  return (
    <section aria-labelledby="network-live">
      <h2 id="network-live">{t('network.live.title')}</h2>
      <ul class="stats">
        <Stat label={t('network.live.best')} testId="network-best">{number(heads.best, language)}</Stat>
        <Stat label={t('network.live.finalized')} testId="network-finalized">{number(heads.finalized, language)}</Stat>
        <Stat label={t('network.live.lag')} testId="network-lag">
          {t('network.live.lagBlocks', { blocks: lag })}{' '}
          <span class="muted">({seconds(lag * info.blockTimeMs, language)})</span>
        </Stat>
        <Stat label={t('network.live.peers')} testId="network-peers">
          {health ? number(health.peers, language) : '…'}
          {health?.isSyncing && <span class="muted"> · {t('network.live.syncing')}</span>}
        </Stat>
        <Stat label={t('network.live.blockTime')} testId="network-block-time">
          {seconds(info.blockTimeMs, language)}
          {v?.measured != null && (
            <span class="muted"> · {t('network.live.measured', { time: seconds(v.measured, language), blocks: v.span })}</span>
          )}
        </Stat>
        <Stat label={t('network.live.runtime')} testId="network-runtime">
          {v ? `${v.specName} v${v.specVersion}` : '…'}
          {v && <span class="muted"> · {t('network.live.runtimeDetail', { impl: v.implVersion, tx: v.transactionVersion })}</span>}
        </Stat>
      </ul>
      <p class="muted">{t('network.live.note')}</p>
      {state.error && <ErrorBox error={state.error} />}
    </section>
  );
}

function Validators({ recent }) {
  const { info } = useChain();
  const { language, t } = useI18n();
  const state = useFinalized((at) => readValidators(at), []);
  const counts = authoredCounts(recent.blocks);
  return (
    <section aria-labelledby="network-validators">
      <h2 id="network-validators">{t('network.validators.title')}</h2>
      <Loaded state={state}>
        {(v) => (
          <>
            <p>
              {t('network.validators.summary', {
                count: v.session.length,
                session: v.sessionIndex,
                minimum: v.minValidators,
                length: v.sessionLength,
                duration: durationWords(v.sessionLength * info.blockTimeMs, language),
              })}
            </p>
            {v.planPending && <p class="warning" data-testid="network-plan-pending">{t('network.validators.planPending')}</p>}
            {v.groups.map((g) => (
              <DataTable key={g.id ?? 'unknown'} testId={`network-collective-${g.id}`}
                caption={<>
                  <CollectiveName collective={g.name != null ? g : null} id={g.id} />{' '}
                  <span class="muted">· {t('network.validators.nodes', { count: g.nodes.length })}</span>
                </>}
                columns={[t('network.validators.node'), t('network.validators.state'), t('network.validators.inSession'),
                  { label: t('network.validators.authored', { blocks: recent.blocks.length }), num: true }]}
                rows={g.nodes}
                empty={v.withoutNodes.includes(g.id) ? t('network.validators.lostNodes') : t('network.validators.noNodes')}
                row={(n) => (
                  <tr key={n.account} data-testid="network-validator">
                    <th scope="row"><Who address={n.account} institutions={v.institutions} /></th>
                    <td>
                      {n.state === 'active' ? (
                        <span class="badge ok">{t('network.validators.active')}</span>
                      ) : (
                        <span class="badge bad">
                          {v.suspended.get(n.account)?.offence ? t('network.validators.suspendedOffence') : t('network.validators.suspended')}
                        </span>
                      )}
                      {n.flagged && <> <span class="badge bad">{t('network.validators.flagged')}</span></>}
                    </td>
                    <td>{n.inSession ? t('common.yes') : n.state === 'active' ? t('network.validators.nextSession') : t('common.no')}</td>
                    <td class="num" data-testid="network-authored">{number(counts.get(n.account) ?? 0, language)}</td>
                  </tr>
                )} />
            ))}
            {v.sessionOnly.length > 0 && (
              <p class="muted" data-testid="network-session-only">
                {t('network.validators.leaving', { count: v.sessionOnly.length })}{' '}
                {v.sessionOnly.map((a) => <Account key={a} address={a} />)}
              </p>
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}

function RecentAuthors({ recent }) {
  const { t, language } = useI18n();
  const { heads } = useChain();
  const state = useFinalized(async (at) => {
    const [nodes, collectives] = await Promise.all([at.query.nodeIntegration.validators(), readCollectives(at)]);
    const collectiveOf = new Map(nodes.map(([a, c]) => [a.toString(), c.toNumber()]));
    return { collectiveOf, collectives };
  }, []);
  const known = state.value;
  return (
    <section aria-labelledby="network-authors">
      <h2 id="network-authors">{t('network.authors.title')}</h2>
      <p class="muted">{t('network.authors.note')}</p>
      <ErrorBox error={recent.error} />
      {!recent.ready && !recent.error && <p role="status" class="muted">{t('common.loading')}</p>}
      {recent.blocks.length > 0 && (
        <DataTable testId="network-authors" caption={t('network.authors.caption', { count: recent.blocks.length })} hideCaption
          columns={[t('network.authors.block'), t('network.authors.author'), t('network.authors.collective'), t('network.authors.final')]}
          rows={recent.blocks}
          row={(b) => {
            const collective = b.author ? known?.collectiveOf.get(b.author) : undefined;
            return (
              <tr key={b.number} data-testid="network-author-row">
                <th scope="row"><span title={b.hash}>{number(b.number, language)}</span></th>
                <td data-testid="network-author">{b.author ? <Account address={b.author} /> : <span class="muted">{t('network.authors.unknown')}</span>}</td>
                <td>{collective != null ? <CollectiveName collective={known.collectives.get(collective)} id={collective} /> : '—'}</td>
                <td>{b.number <= heads.finalized ? t('common.yes') : <span class="muted">{t('network.authors.notYet')}</span>}</td>
              </tr>
            );
          }} />
      )}
    </section>
  );
}

function Applications() {
  const { t } = useI18n();
  const state = useFinalized((at) => readApplications(at), []);
  return (
    <section aria-labelledby="network-applications">
      <h2 id="network-applications">{t('network.applications.title')}</h2>
      <p class="muted">{t('network.applications.lead')}</p>
      <Loaded state={state}>
        {({ applications, collectives, institutions }) => (
          <DataTable testId="network-applications" labelledBy="network-applications"
            columns={[t('network.applications.applicant'), t('network.applications.collective'), t('network.applications.endorsements'),
              t('network.applications.applied'), t('network.applications.documents')]}
            rows={applications} empty={t('network.applications.none')} emptyTestId="network-applications-none"
            row={(a) => (
              <tr key={a.applicant} data-testid="network-application">
                <th scope="row"><Who address={a.applicant} institutions={institutions} /></th>
                <td><CollectiveName collective={collectives.get(a.collective)} id={a.collective} /></td>
                <td data-testid="network-endorsements">
                  {t('network.applications.endorsed', { counted: a.counted, needed: a.needed })}{' '}
                  {a.reached ? (
                    <span class="badge ok">{t('network.applications.ready')}</span>
                  ) : (
                    <span class="badge">{t('network.applications.waiting')}</span>
                  )}
                </td>
                <td><BlockWhen block={a.appliedAt} /></td>
                <td>
                  <span class="muted">{t('network.applications.letter')}</span> <Hash value={a.letter} />
                  <br />
                  <span class="muted">{t('network.applications.form')}</span> <Hash value={a.form} />
                </td>
              </tr>
            )} />
        )}
      </Loaded>
    </section>
  );
}
