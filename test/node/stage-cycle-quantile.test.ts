// src/charts/stage-cycle.ts's own quantileSorted against d3-array's, which it replaced on the opportunity panel's
// page: the same number (not just close) for any sorted days and the quantiles the team view asks for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { quantileSorted as d3QuantileSorted } from 'd3-array';
import { quantileSorted, stageCycleStats } from '../../src/charts/stage-cycle.js';

test('quantileSorted: hand-checked values', () => {
  assert.equal(quantileSorted([5], 0.9), 5);
  assert.equal(quantileSorted([1, 2, 3, 4], 0.5), 2.5);
  // (5 − 1) · 0.9 = 3.6: 40 + (50 − 40) · 0.6
  assert.equal(quantileSorted([10, 20, 30, 40, 50], 0.9), 46);
  assert.equal(quantileSorted([3, 7], 0), 3);
  assert.equal(quantileSorted([3, 7], 1), 7);
});

test('quantileSorted gives d3-array’s number', () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.integer({ min: 0, max: 3650 }), fc.double({ min: 0, max: 1e6, noNaN: true })), {
        minLength: 1,
        maxLength: 60,
      }),
      fc.oneof(fc.constantFrom(0, 0.5, 0.9, 1), fc.double({ min: -0.5, max: 1.5, noNaN: true })),
      (days, p) => {
        const d = Float64Array.from(days).sort();
        assert.ok(
          Object.is(quantileSorted(d, p), d3QuantileSorted(d as unknown as number[], p)),
          `${p} of ${days.length}`,
        );
      },
    ),
    { numRuns: 3000 },
  );
});

test('stageCycleStats: median and p90 of each stage as d3-array gave them', () => {
  const days = new Map([
    ['a', [9, 1, 4, 16, 25]],
    ['b', [2.5]],
  ]);
  const stats = stageCycleStats(
    [
      { key: 'a', standardDays: 10 },
      { key: 'b', standardDays: 5 },
      { key: 'c', standardDays: 7 },
    ],
    days,
    new Map([['a', 2]]),
  );
  assert.deepEqual(
    stats.map((s) => [s.key, s.count, s.median, s.p90, s.overdue]),
    [
      ['a', 5, 9, d3QuantileSorted([1, 4, 9, 16, 25], 0.9), 2],
      ['b', 1, 2.5, 2.5, 0],
      ['c', 0, null, null, 0],
    ],
  );
  assert.equal(stats[0]!.p90, 21.4);
});
