import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REEVALUATION_PHASES, defaultDurations, isUnitCode, reevaluationSchedule, scheduleFromDurations, weightsFromPercent } from '../src/tenders/schedule.js';

const minutes = (...values) => values.map((amount) => ({ amount: String(amount), unit: 'minutes' }));

test('durations become increasing boundary blocks from the head', () => {
  const schedule = scheduleFromDurations(minutes(1, 1, 1, 0.5, 0.5, 1.5, 0.5, 3), 100, 6000);
  assert.deepEqual(schedule, {
    enquiriesEnd: 113, biddingEnd: 123, revealEnd: 133, evaluationEnd: 138,
    scoreRevealEnd: 143, voteEnd: 158, complaintsEnd: 163, contractDeadline: 193,
  });
});

test('every phase lasts at least one block, and days count in blocks', () => {
  const schedule = scheduleFromDurations(minutes(0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01), 0, 6000, 0);
  assert.deepEqual(Object.values(schedule), [1, 2, 3, 4, 5, 6, 7, 8]);
  const days = scheduleFromDurations(defaultDurations(false), 0, 6000, 0);
  assert.equal(days.enquiriesEnd, 7 * 14_400);
});

test('a duration that is not a positive number is refused with its phase', () => {
  const durations = minutes(1, 1, 1, 1, 1, 1, 1, 1);
  durations[2] = { amount: 'x', unit: 'minutes' };
  assert.throws(() => scheduleFromDurations(durations, 0, 6000), (e) => e.phase === 'reveal');
  durations[2] = { amount: '-1', unit: 'minutes' };
  assert.throws(() => scheduleFromDurations(durations, 0, 6000), (e) => e.phase === 'reveal');
  durations[2] = { amount: '1', unit: 'weeks' };
  assert.throws(() => scheduleFromDurations(durations, 0, 6000), (e) => e.phase === 'reveal');
  assert.throws(() => scheduleFromDurations(durations.slice(1), 0, 6000), RangeError);
});

test('weights are whole percentages adding up to 100', () => {
  assert.deepEqual(weightsFromPercent({ price: '60', technical: '0', citizen: '40' }), {
    price: 600_000_000, technical: 0, citizen: 400_000_000,
  });
  assert.equal(weightsFromPercent({ price: 60, technical: 0, citizen: 30 }), null);
  assert.equal(weightsFromPercent({ price: 60.5, technical: 0, citizen: 39.5 }), null);
  assert.equal(weightsFromPercent({ price: 120, technical: -20, citizen: 0 }), null);
});

test('unit codes are three upper-case letters or digits', () => {
  assert.ok(isUnitCode('H87'));
  assert.ok(isUnitCode('KGM'));
  assert.ok(!isUnitCode('kg'));
  assert.ok(!isUnitCode('KGMS'));
});

test('a re-evaluation keeps the first three boundaries and schedules the rest from the head', () => {
  const current = {
    enquiriesEnd: 113, biddingEnd: 123, revealEnd: 133, evaluationEnd: 138,
    scoreRevealEnd: 143, voteEnd: 158, complaintsEnd: 163, contractDeadline: 193,
  };
  const schedule = reevaluationSchedule(current, minutes(0.5, 0.5, 1.5, 0.5, 3), 160, 6000);
  assert.deepEqual(schedule, {
    enquiriesEnd: 113, biddingEnd: 123, revealEnd: 133, evaluationEnd: 168,
    scoreRevealEnd: 173, voteEnd: 188, complaintsEnd: 193, contractDeadline: 223,
  });
  assert.deepEqual(REEVALUATION_PHASES.map(([phase]) => phase), ['evaluation', 'scoreReveal', 'vote', 'complaints', 'contract']);
  // Never before the reveals' end, whatever head it is given.
  assert.equal(reevaluationSchedule(current, minutes(0.01, 0.01, 0.01, 0.01, 0.01), 0, 6000, 0).evaluationEnd, 134);
});

test('a re-evaluation refuses a duration that is not a positive number, with its phase', () => {
  const current = { enquiriesEnd: 1, biddingEnd: 2, revealEnd: 3 };
  const durations = minutes(1, 1, 1, 1, 1);
  durations[2] = { amount: '0', unit: 'minutes' };
  assert.throws(() => reevaluationSchedule(current, durations, 10, 6000), (e) => e.phase === 'vote');
  assert.throws(() => reevaluationSchedule(current, minutes(1, 1, 1, 1), 10, 6000), RangeError);
});
