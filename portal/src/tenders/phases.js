// Where a tender stands, from its status and schedule and the current block: the phase names
// the portal shows on a tender's timeline. Pure, so it is unit-tested without a chain.

/** The schedule's boundaries in order, each closing the phase named with it. */
export const SCHEDULE_PHASES = [
  ['enquiries', 'enquiriesEnd'],
  ['bidding', 'biddingEnd'],
  ['reveal', 'revealEnd'],
  ['evaluation', 'evaluationEnd'],
  ['scoreReveal', 'scoreRevealEnd'],
  ['vote', 'voteEnd'],
  ['complaints', 'complaintsEnd'],
  ['contract', 'contractDeadline'],
];

/**
 * The phase of `tender` (as `chain.mjs` decodes it) at block `now`: 'draft', one of the
 * schedule's phases, 'awardPending' (the vote ended and nobody computed the award yet),
 * 'awardFinalPending' (the complaints window closed and the award is not final yet), 'contract'
 * (the award is final), 'deserted' or 'cancelled'.
 */
export function phaseOf(tender, now) {
  switch (tender.status) {
    case 'Draft':
      return 'draft';
    case 'Cancelled':
      return 'cancelled';
    case 'Deserted':
      return 'deserted';
    case 'AwardFinal':
      return 'contract';
    case 'Awarded':
      return now < tender.schedule.complaintsEnd ? 'complaints' : 'awardFinalPending';
    case 'Published': {
      for (const [phase, end] of SCHEDULE_PHASES.slice(0, 6)) {
        if (now < tender.schedule[end]) return phase;
      }
      return 'awardPending';
    }
    default:
      return 'unknown';
  }
}

/**
 * The timeline of `tender` at `now`: each schedule phase with its start and end blocks and
 * whether it is done, current or ahead.
 */
export function timelineOf(tender, now) {
  const start = tender.publishedAt ?? null;
  const current = phaseOf(tender, now);
  let from = start;
  return SCHEDULE_PHASES.map(([phase, end]) => {
    const to = tender.schedule[end];
    const state = current === phase ? 'now' : now >= to && tender.status !== 'Draft' ? 'done' : 'ahead';
    const entry = { phase, from, to, state };
    from = to;
    return entry;
  });
}

/** Whether `tender`'s title or id matches the search `text` (accents and case ignored). */
export function matches(tenderId, tender, text) {
  const fold = (s) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
  const wanted = fold(text.trim());
  if (!wanted) return true;
  return fold(tender.title).includes(wanted) || String(tenderId) === wanted;
}
