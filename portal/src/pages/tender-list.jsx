// The public list of tenders: every tender but drafts, searchable by title or number and
// filtered by phase and by the state it is open to, read from finalized state.
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { decodeTender } from '@ocds/chain.mjs';
import { useI18n } from '../i18n/index.js';
import { useFinalized } from '../chain/api.js';
import { Field, Loaded, Select } from '../ui/components.jsx';
import { pesos } from '../ui/format.js';
import { DataTable } from '../ui/table.jsx';
import { STATES, stateName } from '../ui/states.js';
import { matches, phaseOf } from '../tenders/phases.js';

const PHASE_FILTERS = ['open', 'evaluation', 'awarded', 'closed'];

/** Which filter group a phase belongs to. */
function groupOf(phase) {
  if (['enquiries', 'bidding', 'reveal'].includes(phase)) return 'open';
  if (['evaluation', 'scoreReveal', 'vote', 'awardPending'].includes(phase)) return 'evaluation';
  if (['complaints', 'awardFinalPending', 'contract'].includes(phase)) return 'awarded';
  return 'closed';
}

/** Every public tender at `at` (block `now`), newest first: `{ id, tender, unit, phase }`. */
export async function readTenders(at, now) {
  const [entries, units] = await Promise.all([at.query.tenders.tenders.entries(), at.query.tenders.buyerUnits.entries()]);
  const unitNames = new Map(units.map(([key, unit]) => [key.args[0].toNumber(), new TextDecoder().decode(unit.unwrap().name.toU8a(true))]));
  return entries
    .map(([key, value]) => ({ id: key.args[0].toNumber(), tender: decodeTender(value.unwrap()) }))
    .filter(({ tender }) => tender.status !== 'Draft')
    .map((entry) => ({ ...entry, unit: unitNames.get(entry.tender.buyerUnit) ?? '', phase: phaseOf(entry.tender, now) }))
    .sort((a, b) => b.id - a.id);
}

/** The words of a tender's scope: federal, a state, or a municipality of a state. */
export function scopeText(scope, t) {
  if (scope.kind === 'Federal') return t('tenders.scope.federal');
  if (scope.kind === 'State') return stateName(scope.state);
  return t('tenders.scope.municipality', { municipality: scope.municipality, state: stateName(scope.state) });
}

export function TenderList() {
  const { t, language } = useI18n();
  const [search, setSearch] = useState('');
  const [phase, setPhase] = useState('');
  const [state, setState] = useState('');
  const tenders = useFinalized((at, heads) => readTenders(at, heads.finalized), []);
  return (
    <section>
      <h1>{t('tenders.title')}</h1>
      <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <Field label={t('tenders.search')} value={search} onInput={setSearch} testId="tender-search" type="search" />
        <Select label={t('tenders.phaseFilter')} value={phase} onChange={setPhase} testId="tender-phase"
          options={[['', t('common.all')], ...PHASE_FILTERS.map((p) => [p, t(`tenders.group.${p}`)])]} />
        <Select label={t('tenders.stateFilter')} value={state} onChange={setState} testId="tender-state"
          options={[['', t('common.all')], ['Federal', t('tenders.scope.federal')], ...STATES]} />
      </form>
      <Loaded state={tenders}>
        {(list) => {
          const shown = list.filter(({ id, tender, phase: current }) => {
            if (!matches(id, tender, search)) return false;
            if (phase && groupOf(current) !== phase) return false;
            if (state === 'Federal' && tender.scope.kind !== 'Federal') return false;
            if (state && state !== 'Federal' && tender.scope.state !== state) return false;
            return true;
          });
          return (
            <DataTable testId="tender-table" caption={t('tenders.title')} hideCaption
              columns={[t('tenders.number'), t('tenders.tenderTitle'), t('tenders.buyer'), t('tenders.scope'), { label: t('tenders.budget'), num: true }, t('tenders.phase')]}
              rows={shown} empty={list.length ? t('tenders.noMatch') : t('tenders.none')}
              row={({ id, tender, unit, phase: current }) => (
                <tr key={id} data-testid={`tender-row-${id}`}>
                  <td>{id}</td>
                  <td><Link href={`/licitaciones/${id}`}>{tender.title}</Link></td>
                  <td>{unit}</td>
                  <td>{scopeText(tender.scope, t)}</td>
                  <td class="num">{pesos(tender.budget, language)}</td>
                  <td>{t(`tenders.phase.${current}`)}</td>
                </tr>
              )} />
          );
        }}
      </Loaded>
    </section>
  );
}
