// A tender's schedule as an official states it (how long each phase lasts) and as the chain
// keeps it (the block that closes each phase). Pure, unit-tested.
import { SCHEDULE_PHASES } from './phases.js';

export const DURATION_UNITS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 };

/**
 * The schedule's boundary blocks for phases lasting `durations` (one `{ amount, unit }` per
 * schedule phase, in `SCHEDULE_PHASES` order), starting `margin` blocks after `head` (time to
 * create and publish the tender). Each phase lasts at least one block. Throws on a duration that
 * is not a positive number.
 */
export function scheduleFromDurations(durations, head, blockTimeMs, margin = 3) {
  return boundaries(SCHEDULE_PHASES, durations, head + margin, blockTimeMs);
}

/** The phases a re-evaluation schedules anew, from the evaluation on; the first three stay. */
export const REEVALUATION_PHASES = SCHEDULE_PHASES.slice(3);

/**
 * The schedule of a re-evaluation ordered on a complaint (`Resolution::Reevaluate`): the
 * tender's `current` schedule keeps its first three boundaries (enquiries, bids, reveals) and
 * the phases from the evaluation on last `durations` (one `{ amount, unit }` per
 * `REEVALUATION_PHASES` phase), starting `margin` blocks after `head` (time for the resolution
 * to reach a block: the chain wants the evaluation to end in the future). Throws like
 * `scheduleFromDurations`.
 */
export function reevaluationSchedule(current, durations, head, blockTimeMs, margin = 3) {
  const start = Math.max(head, current.revealEnd) + margin;
  return {
    enquiriesEnd: current.enquiriesEnd,
    biddingEnd: current.biddingEnd,
    revealEnd: current.revealEnd,
    ...boundaries(REEVALUATION_PHASES, durations, start, blockTimeMs),
  };
}

/** The boundaries closing `phases`, lasting `durations` each, from block `start`. */
function boundaries(phases, durations, start, blockTimeMs) {
  if (durations.length !== phases.length) throw new RangeError('one duration per phase');
  let block = start;
  const schedule = {};
  phases.forEach(([phase, end], i) => {
    const { amount, unit } = durations[i];
    const value = Number(amount);
    if (!Number.isFinite(value) || value <= 0 || !DURATION_UNITS[unit]) {
      const error = new RangeError(`bad duration for ${phase}`);
      error.phase = phase;
      throw error;
    }
    block += Math.max(1, Math.ceil((value * DURATION_UNITS[unit]) / blockTimeMs));
    schedule[end] = block;
  });
  return schedule;
}

/** Default durations of every schedule phase: minutes on a development chain, days on a live one. */
export function defaultDurations(isDevelopment) {
  if (isDevelopment) {
    return [1, 1, 1, 0.5, 0.5, 1.5, 0.5, 3].map((amount) => ({ amount: String(amount), unit: 'minutes' }));
  }
  return [7, 10, 3, 5, 3, 7, 5, 15].map((amount) => ({ amount: String(amount), unit: 'days' }));
}

/** Award weights in parts per billion from three whole percentages that add up to 100. */
export function weightsFromPercent({ price, technical, citizen }) {
  const values = [price, technical, citizen].map((v) => Number(v));
  if (values.some((v) => !Number.isInteger(v) || v < 0 || v > 100)) return null;
  if (values.reduce((a, b) => a + b, 0) !== 100) return null;
  const [p, tech, c] = values.map((v) => v * 10_000_000);
  return { price: p, technical: tech, citizen: c };
}

/** Whether `text` is a UN/CEFACT Rec. 20 unit code: three upper-case letters or digits. */
export const isUnitCode = (text) => /^[A-Z0-9]{3}$/.test(text);
