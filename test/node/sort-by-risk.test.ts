// sortByRisk sorts in linear time (a radix sort by money, a counting sort by level and score); its order
// must be exactly the comparator's: level, riskScore, money, all descending, input order on ties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { riskOrderSteps, sortByRisk, sortByRiskSteps, type RiskRanked } from '../../src/models/signals.js';
import { SEED } from './property-harness.js';

const RANK = { ok: 0, warning: 1, critical: 2 } as const;
type Row = RiskRanked & { i: number };

/** The order spelled out as a comparison (the reference). */
const reference = (rows: Row[], money: number[]): number[] =>
  rows
    .map((_, i) => i)
    .sort(
      (a, b) =>
        RANK[rows[b]!.level] - RANK[rows[a]!.level] ||
        rows[b]!.riskScore - rows[a]!.riskScore ||
        (money[b]! > money[a]! ? 1 : money[b]! < money[a]! ? -1 : 0) ||
        a - b,
    );

const rowsOf = (levels: number[], scores: number[]): Row[] =>
  levels.map((l, i) => ({ i, level: (['ok', 'warning', 'critical'] as const)[l]!, riskScore: scores[i]! }));

const money = fc.oneof(
  fc.constantFrom(0, -0, 1, 1000, 250_000, 5e-324, 1e308, -1, -1e-300, Number.MAX_VALUE, -Number.MAX_VALUE),
  fc.integer({ min: 0, max: 50 }).map((x) => x * 1000),
  fc.double({ noNaN: true }),
);

test('the radix order equals the comparator order (ties, −0, negatives, tiny and huge amounts)', () => {
  fc.assert(
    fc.property(
      fc
        .integer({ min: 0, max: 3000 })
        .chain((n) =>
          fc.tuple(
            fc.array(fc.integer({ min: 0, max: 2 }), { minLength: n, maxLength: n }),
            fc.array(fc.integer({ min: 0, max: 12 }), { minLength: n, maxLength: n }),
            fc.array(money, { minLength: n, maxLength: n }),
          ),
        ),
      ([levels, scores, amounts]) => {
        const rows = rowsOf(levels, scores);
        const got = sortByRisk(rows, amounts).map((r) => r.i);
        assert.deepEqual(got, reference(rows, amounts));
      },
    ),
    { seed: SEED, numRuns: 60 },
  );
});

test('100,000 rows in the order of the comparator, and the input left as it was', () => {
  let s = 7;
  const rnd = () => (s = (s * 48271) % 2147483647) / 2147483647;
  const n = 100_000;
  const levels = Array.from({ length: n }, () => Math.floor(rnd() * 3));
  const scores = levels.map((l) => (l === 0 ? 0 : Math.floor(rnd() * 10) + l));
  const amounts = Array.from({ length: n }, () => Math.floor(rnd() * 900) * 1000);
  const rows = rowsOf(levels, scores);
  const before = rows.slice();
  assert.deepEqual(
    sortByRisk(rows, Float64Array.from(amounts)).map((r) => r.i),
    reference(rows, amounts),
  );
  assert.deepEqual(rows, before);
});

/** The pauses of sortByRiskSteps run to its end; its order checked against sortByRisk's. */
function pausesOf(rows: Row[], amounts: number[]): number {
  const steps = sortByRiskSteps(rows, amounts);
  let pauses = 0;
  for (;;) {
    const r = steps.next();
    if (r.done) {
      assert.deepEqual(
        r.value.map((x) => x.i),
        sortByRisk(rows, amounts).map((x) => x.i),
      );
      return pauses;
    }
    pauses++;
  }
}

test('sortByRiskSteps pauses between passes and returns the order sortByRisk returns', () => {
  let s = 11;
  const rnd = () => (s = (s * 48271) % 2147483647) / 2147483647;
  const run = (n: number, amount: () => number) => {
    const levels = Array.from({ length: n }, () => Math.floor(rnd() * 3));
    const rows = rowsOf(
      levels,
      levels.map((l) => (l === 0 ? 0 : Math.floor(rnd() * 10) + l)),
    );
    const amounts = Array.from({ length: n }, amount);
    return pausesOf(rows, amounts);
  };
  // A pause after reading the keys, after each of the 8 byte passes that runs (a pass whose digit is the
  // same for every row is skipped: the low word of whole amounts is all zeros) and after the grouping.
  const whole = run(20_000, () => Math.floor(rnd() * 900) * 1000);
  assert.ok(whole >= 3 && whole < 10, `pauses ${whole}`);
  assert.equal(
    run(20_000, () => rnd() * 1e6),
    10,
  );
  // Below the radix threshold the comparator sorts in one go: no pause.
  assert.equal(
    run(100, () => rnd() * 1e6),
    0,
  );
});

test('sortByRiskSteps reads and places at most 32,768 rows a step (a whole pass on a cold page was one long task)', () => {
  let s = 5;
  const rnd = () => (s = (s * 48271) % 2147483647) / 2147483647;
  const n = 100_000;
  const levels = Array.from({ length: n }, () => Math.floor(rnd() * 3));
  const rows = rowsOf(
    levels,
    levels.map((l) => (l === 0 ? 0 : Math.floor(rnd() * 10) + l)),
  );
  const amounts = Array.from({ length: n }, () => rnd() * 1e6);
  const pauses = pausesOf(rows, amounts);
  assert.deepEqual(
    sortByRisk(rows, amounts).map((x) => x.i),
    reference(rows, amounts),
  );
  // 100,000 rows are 4 steps of at most 32,768: checking the scores (3 pauses: none after the last part),
  // reading the keys (4), for each of the 8 byte passes counting (3) and placing (4), grouping the same
  // way (3 + 4). 10 pauses before: one a pass.
  assert.equal(pauses, 3 + 4 + 8 * (3 + 4) + (3 + 4));
});

test('riskOrderSteps on keys alone (no rows: the slices merge columns) gives the comparator order', () => {
  const drain = (it: Generator<void, ArrayLike<number>, void>): number[] => {
    for (;;) {
      const s = it.next();
      if (s.done) return Array.from(s.value);
    }
  };
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 1500 }).chain((n) =>
        fc.tuple(
          fc.array(fc.integer({ min: 0, max: 2 }), { minLength: n, maxLength: n }),
          // Fractional and NaN scores too: the comparator's path, on the keys.
          fc.array(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constantFrom(0.5, NaN)), {
            minLength: n,
            maxLength: n,
          }),
          fc.array(money, { minLength: n, maxLength: n }),
        ),
      ),
      ([levels, scores, amounts]) => {
        const rows = rowsOf(levels, scores);
        const keys = { rank: Uint8Array.from(levels), score: Float64Array.from(scores) };
        assert.deepEqual(drain(riskOrderSteps(null, amounts, keys)), reference(rows, amounts));
        assert.deepEqual(drain(riskOrderSteps(rows, amounts)), reference(rows, amounts));
      },
    ),
    { seed: SEED, numRuns: 60 },
  );
});
