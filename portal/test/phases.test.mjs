import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matches, phaseOf, timelineOf } from '../src/tenders/phases.js';

const schedule = {
  enquiriesEnd: 10, biddingEnd: 20, revealEnd: 30, evaluationEnd: 40,
  scoreRevealEnd: 50, voteEnd: 60, complaintsEnd: 70, contractDeadline: 80,
};
const tender = (status, extra = {}) => ({ status, schedule, publishedAt: 5, title: 'Guantes de nitrilo', ...extra });

test('a published tender moves through its schedule at the boundaries', () => {
  const seen = [5, 9, 10, 19, 20, 30, 40, 50, 59, 60, 99].map((n) => phaseOf(tender('Published'), n));
  assert.deepEqual(seen, [
    'enquiries', 'enquiries', 'bidding', 'bidding', 'reveal', 'evaluation', 'scoreReveal', 'vote', 'vote',
    'awardPending', 'awardPending',
  ]);
});

test('the status decides outside the published schedule', () => {
  assert.equal(phaseOf(tender('Draft'), 0), 'draft');
  assert.equal(phaseOf(tender('Cancelled'), 15), 'cancelled');
  assert.equal(phaseOf(tender('Deserted'), 65), 'deserted');
  assert.equal(phaseOf(tender('Awarded'), 65), 'complaints');
  assert.equal(phaseOf(tender('Awarded'), 70), 'awardFinalPending');
  assert.equal(phaseOf(tender('AwardFinal'), 75), 'contract');
  assert.equal(phaseOf(tender('Mystery'), 75), 'unknown');
});

test('the timeline marks past, current and coming phases', () => {
  const line = timelineOf(tender('Published'), 25);
  assert.deepEqual(line.map((p) => p.state), ['done', 'done', 'now', 'ahead', 'ahead', 'ahead', 'ahead', 'ahead']);
  assert.deepEqual(line[0], { phase: 'enquiries', from: 5, to: 10, state: 'done' });
  assert.deepEqual(line[2], { phase: 'reveal', from: 20, to: 30, state: 'now' });
  // A draft has no past phase, whatever the block.
  assert.ok(timelineOf(tender('Draft', { publishedAt: null }), 99).every((p) => p.state === 'ahead'));
});

test('search ignores accents and case, and matches ids', () => {
  const t = tender('Published', { title: 'Adquisición de Guantes' });
  assert.ok(matches(3, t, 'adquisicion'));
  assert.ok(matches(3, t, 'GUANTES'));
  assert.ok(matches(3, t, '3'));
  assert.ok(matches(3, t, '  '));
  assert.ok(!matches(3, t, 'sillas'));
});
