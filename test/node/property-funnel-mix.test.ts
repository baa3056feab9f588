// Property-based suite of planActivityMix (docs/models.md §3a extras): robustness through property-harness.ts; then
// small generated funnels checked against a re-computation of the spec's formulas and §3a's own `needed`, the
// suggested fill's promises (fits exactly when Σ room / full ≥ 1, never over capacity, closes the gap), the
// ranges of a plan, and monotonicity (more capacity never leaves a bigger gap; a higher rate never needs more units).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { planActivityMix, type ActivityMixResult, type MixPlan } from '../../src/models/funnel-mix.js';
import { forecastFunnel, type FunnelResult } from '../../src/models/funnel.js';
import { FUNNEL_EXAMPLE } from '../fixtures/seeds.js';
import { holds, property } from './property-harness.js';
import { EDGE_NUMBERS, runs } from './property-options.js';

const EXAMPLE = {
  ...FUNNEL_EXAMPLE,
  activities: [
    { key: 'calls', stage: 'lead', yieldPerUnit: 0.1, capacity: 3000 },
    { key: 'visits', stage: 'intent', yieldPerUnit: 0.5, capacity: 100 },
    { key: 'events', stage: 'highIntent', yieldPerUnit: 2, capacity: 5 },
  ],
};

test('planActivityMix: arbitrary and extreme values give a finite result or a ModelInputError with a path', () => {
  property(planActivityMix, { ...EXAMPLE, mix: { shares: { calls: 0.2, visits: 0.2, events: 0.6 } } }, 500);
});

test('planActivityMix with counts, and without a mix', () => {
  property(planActivityMix, { ...EXAMPLE, mix: { counts: { calls: 3000, visits: 60 } } }, 300);
  property(planActivityMix, EXAMPLE, 300);
});

// ---- generated funnels -------------------------------------------------------------------------------------

interface Activity {
  key: string;
  stage: string;
  yieldPerUnit: number;
  capacity?: number;
}
interface Funnel {
  target: number;
  achieved: number;
  acv: number;
  stages: { key: string; count: number }[];
  conversion: number[];
  highIntentStage: string;
  activities: Activity[];
}

const funnel: fc.Arbitrary<Funnel> = fc
  .record({ n: fc.integer({ min: 1, max: 4 }), a: fc.integer({ min: 1, max: 4 }) })
  .chain(({ n, a }) =>
    fc
      .record({
        target: fc.integer({ min: 0, max: 1000 }).map((x) => x * 5000),
        achieved: fc.integer({ min: 0, max: 40 }).map((x) => x * 5000),
        acv: fc.constantFrom(1000, 20_000, 50_000),
        stages: fc
          .array(fc.integer({ min: 0, max: 60 }), { minLength: n, maxLength: n })
          .map((cs) => cs.map((count, i) => ({ key: `s${i}`, count }))),
        conversion: fc.array(
          fc.integer({ min: 1, max: 20 }).map((x) => x / 20),
          { minLength: n, maxLength: n },
        ),
        h: fc.integer({ min: 0, max: n - 1 }),
        activities: fc.array(
          fc.record({
            at: fc.nat(),
            yieldPerUnit: fc.constantFrom(0.05, 0.1, 0.5, 1, 2),
            capacity: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined, freq: 4 }),
          }),
          { minLength: a, maxLength: a },
        ),
      })
      .map(({ h, activities, ...f }) => ({
        ...f,
        highIntentStage: `s${h}`,
        // An activity sits at or above the high-intent stage.
        activities: activities.map(({ at, capacity, yieldPerUnit }, i) => ({
          key: `a${i}`,
          stage: `s${at % (h + 1)}`,
          yieldPerUnit,
          ...(capacity === undefined ? {} : { capacity }),
        })),
      })),
  );

/** Shares that add up to 1 (the last one takes what the others leave, so the sum is exact). */
const shares = (keys: string[]): fc.Arbitrary<Record<string, number>> =>
  fc.array(fc.integer({ min: 0, max: 10 }), { minLength: keys.length, maxLength: keys.length }).map((w) => {
    const total = w.reduce((s, x) => s + x, 0) || 1;
    const out: Record<string, number> = {};
    let rest = 1;
    keys.forEach((k, i) => {
      const s = i === keys.length - 1 ? rest : w[i]! / total;
      out[k] = Math.max(0, s);
      rest -= s;
    });
    if (!w.some((x) => x > 0)) out[keys[keys.length - 1]!] = 1;
    return out;
  });

const withMix = funnel.chain((f) =>
  fc.oneof(
    shares(f.activities.map((a) => a.key)).map((s) => ({ ...f, mix: { shares: s } })),
    fc
      .array(fc.integer({ min: 0, max: 500 }), { minLength: f.activities.length, maxLength: f.activities.length })
      .map((c) => ({ ...f, mix: { counts: Object.fromEntries(f.activities.map((a, i) => [a.key, c[i]!])) } })),
  ),
);

const EPS = 1e-9;
const ceilE = (x: number) => Math.ceil(x - EPS) + 0;
const floorE = (x: number) => Math.floor(x + EPS);
const near = (a: number, b: number, what: string, tol = 1e-9) =>
  assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${what}: ${a} vs ${b}`);

/** §3a's gap and rawNeed(s), and each activity's full units, from the formulas of docs/models.md. */
function sized(f: Funnel) {
  const n = f.stages.length;
  const h = f.stages.findIndex((s) => s.key === f.highIntentStage);
  const pWin = (s: number) => f.conversion.slice(s).reduce((p, c) => p * c, 1);
  const expected = f.acv * f.stages.reduce((sum, s, i) => sum + s.count * pWin(i), 0);
  const gap = Math.max(0, f.target - f.achieved - expected);
  const rawNeed = (s: number) => gap / f.acv / pWin(h) / f.conversion.slice(s, h).reduce((p, c) => p * c, 1);
  const full = f.activities.map((a) => rawNeed(+a.stage.slice(1)) / a.yieldPerUnit);
  return { n, gap, rawH: rawNeed(h), full };
}

test('planActivityMix agrees with the formulas of §3a extras and with §3a needed', () => {
  fc.assert(
    fc.property(withMix, (input) => {
      const r = planActivityMix(input);
      const { gap, rawH, full } = sized(input);
      near(r.gap, gap, 'gap', 1e-12);
      const ff = forecastFunnel(input) as FunnelResult;
      near(ff.gap, r.gap, 'the gap of §3a', 1e-12);
      const room = input.activities.map((a) => (a.capacity === undefined ? Infinity : floorE(a.capacity)));
      const capped = input.activities.every((a) => a.capacity !== undefined);
      if (gap > 0 && capped)
        near(
          r.atCapacity!,
          room.reduce((s, x, i) => s + x / full[i]!, 0),
          'atCapacity',
        );
      else assert.equal(r.atCapacity, null);

      const mode = 'shares' in input.mix ? 'shares' : 'counts';
      assert.equal(r.mode, mode);
      const plan = r.plan!;
      let planned = 0;
      let covered = 0;
      input.activities.forEach((a, i) => {
        const row = plan.activities[i]!;
        assert.equal(row.key, a.key);
        const given = ('shares' in input.mix ? input.mix.shares : input.mix.counts)[a.key] ?? 0;
        const share = mode === 'shares' ? given : gap > 0 ? given / full[i]! : 0;
        const units = mode === 'shares' ? ceilE(share * full[i]!) : given;
        near(row.share, share, `${a.key}.share`);
        assert.equal(row.units, units, `${a.key}.units`);
        assert.equal(row.capacity, a.capacity ?? null);
        assert.equal(row.over, a.capacity === undefined ? 0 : Math.max(0, units - a.capacity));
        assert.equal(row.feasible, a.capacity === undefined || units <= a.capacity + EPS);
        assert.equal(row.highIntent, ceilE(share * rawH), `${a.key}.highIntent`);
        near(row.deals, (share * gap) / input.acv, `${a.key}.deals`);
        planned += share;
        covered += a.capacity === undefined ? share : Math.min(share, room[i]! / full[i]!);
        // §3a's `needed` for the activity alone is the units of a mix giving it the whole gap.
        if (gap > 0) assert.equal(ceilE(full[i]!), ff.activities[i]!.needed);
      });
      if (gap > 0) {
        near(plan.planned, planned, 'planned');
        near(plan.covered, covered, 'covered');
        near(plan.uncoveredGap, gap * Math.max(0, 1 - covered), 'uncoveredGap', 1e-6);
      } else assert.deepEqual([plan.planned, plan.covered, plan.uncoveredGap], [1, 1, 0]);
      assert.equal(plan.feasible, plan.activities.every((x) => x.feasible) && plan.covered >= 1 - EPS);
    }),
    runs(400),
  );
});

const checkRanges = (plan: MixPlan, gap: number) => {
  for (const a of plan.activities) {
    assert.ok(a.share >= 0, `${a.key}.share ${a.share}`);
    for (const k of ['units', 'highIntent', 'over'] as const)
      assert.ok(Number.isInteger(a[k]) && a[k] >= 0 && !Object.is(a[k], -0), `${a.key}.${k} = ${a[k]}`);
    assert.ok(a.deals >= 0);
  }
  assert.ok(plan.uncoveredGap >= 0 && plan.uncoveredGap <= gap * (1 + EPS), `uncoveredGap ${plan.uncoveredGap}`);
  assert.ok(plan.covered <= plan.planned + EPS, 'covered beyond planned');
};

test('the suggested mix: exists exactly when Σ room / full ≥ 1, fills in order, never over capacity, closes the gap', () => {
  fc.assert(
    fc.property(funnel, (input) => {
      const r = planActivityMix(input);
      const { gap, full } = sized(input);
      const uncapped = input.activities.some((a) => a.capacity === undefined);
      if (!(gap > 0)) return assert.equal(r.suggested, null);
      if (uncapped) assert.notEqual(r.suggested, null, 'an uncapped activity always fits');
      else if (r.atCapacity! >= 1 + 1e-6) assert.notEqual(r.suggested, null, `atCapacity ${r.atCapacity}`);
      else if (r.atCapacity! <= 1 - 1e-6) assert.equal(r.suggested, null, `atCapacity ${r.atCapacity}`);
      const s = r.suggested;
      if (!s) return;
      checkRanges(s, gap);
      assert.equal(s.feasible, true);
      near(s.covered, 1, 'covered');
      near(
        s.activities.reduce((x, a) => x + a.share, 0),
        1,
        'Σ share',
      );
      assert.ok(s.uncoveredGap <= gap * 1e-9, `uncoveredGap ${s.uncoveredGap}`);
      const used = s.activities.map((a) => a.share > 0);
      const last = used.lastIndexOf(true);
      s.activities.forEach((a, i) => {
        if (a.capacity !== null) assert.ok(a.units <= a.capacity, `${a.key} over capacity`);
        // Before the last activity used, each runs at its whole capacity.
        if (i < last) assert.equal(a.units, floorE(input.activities[i]!.capacity!), `${a.key} not full`);
        if (i > last) assert.equal(a.share, 0);
        assert.ok(a.units <= ceilE(full[i]!), `${a.key} runs more than it needs alone`);
      });
      // The suggestion is the plan of its own shares.
      const again = planActivityMix({
        ...input,
        mix: { shares: Object.fromEntries(s.activities.map((a) => [a.key, a.share])) },
      });
      assert.deepEqual(again.plan, s);
    }),
    runs(400),
  );
});

test('a plan: shares in range, whole units, the gap left open between 0 and the gap', () => {
  fc.assert(
    fc.property(withMix, (input) => {
      const r = planActivityMix(input);
      checkRanges(r.plan!, r.gap);
      if (r.mode === 'shares') near(r.plan!.planned, 1, 'planned', 1e-9);
    }),
    runs(300),
  );
});

/** One activity's capacity raised (or removed), everything else the same. */
const moreCapacity = withMix.chain((f) =>
  fc
    .record({ i: fc.nat({ max: f.activities.length - 1 }), more: fc.option(fc.integer({ min: 1, max: 400 })) })
    .map(({ i, more }) => {
      const activities = f.activities.map((a, k) => {
        if (k !== i || a.capacity === undefined) return a;
        const { capacity, ...rest } = a;
        return more === null ? rest : { ...rest, capacity: capacity + more };
      });
      return [f, { ...f, activities }] as const;
    }),
);

test('more capacity never leaves a bigger gap, never lowers atCapacity, never loses a suggestion', () => {
  fc.assert(
    fc.property(moreCapacity, ([f, g]) => {
      const a = planActivityMix(f);
      const b = planActivityMix(g);
      assert.ok(b.plan!.uncoveredGap <= a.plan!.uncoveredGap + 1e-6, 'uncoveredGap grew');
      assert.ok(b.plan!.covered >= a.plan!.covered - EPS, 'covered fell');
      if (a.atCapacity !== null && b.atCapacity !== null) assert.ok(b.atCapacity >= a.atCapacity - EPS);
      if (a.suggested) assert.notEqual(b.suggested, null, 'a suggestion was lost');
      if (a.plan!.feasible) assert.equal(b.plan!.feasible, true);
    }),
    runs(300),
  );
});

/** A higher yield per unit for one activity, or a higher conversion rate at one stage. */
const higherRate = withMix
  .filter((f) => 'shares' in f.mix)
  .chain((f) =>
    fc.oneof(
      fc.nat({ max: f.activities.length - 1 }).map((i) => {
        const activities = f.activities.map((a, k) => (k === i ? { ...a, yieldPerUnit: a.yieldPerUnit * 2 } : a));
        return [f, { ...f, activities }] as const;
      }),
      fc.nat({ max: f.conversion.length - 1 }).map((j) => {
        const conversion = f.conversion.map((c, k) => (k === j ? Math.min(1, c + 0.25) : c));
        return [f, { ...f, conversion }] as const;
      }),
    ),
  );

test('a higher yield or conversion rate never needs more units, high-intent customers or gap', () => {
  const units = (r: ActivityMixResult) => r.plan!.activities.map((a) => [a.units, a.highIntent]);
  fc.assert(
    fc.property(higherRate, ([f, g]) => {
      const a = planActivityMix(f);
      const b = planActivityMix(g);
      assert.ok(b.gap <= a.gap + 1e-6, 'the gap grew');
      units(b).forEach(([u, hi], i) => {
        assert.ok(u! <= units(a)[i]![0]!, `units of a${i}: ${units(a)[i]![0]} → ${u}`);
        assert.ok(hi! <= units(a)[i]![1]!, `high-intent of a${i}`);
      });
    }),
    runs(300),
  );
});

test('a plan does not depend on the order of the activities (rows follow the input order)', () => {
  fc.assert(
    fc.property(withMix, (f) => {
      const a = planActivityMix(f);
      const b = planActivityMix({ ...f, activities: [...f.activities].reverse() });
      assert.deepEqual(
        b.plan!.activities.map((x) => x.key),
        [...a.plan!.activities.map((x) => x.key)].reverse(),
      );
      for (const row of b.plan!.activities) {
        const same = a.plan!.activities.find((x) => x.key === row.key)!;
        assert.deepEqual({ ...row, share: 0, deals: 0 }, { ...same, share: 0, deals: 0 });
        near(row.share, same.share, `${row.key}.share`);
      }
      near(b.plan!.covered, a.plan!.covered, 'covered');
      assert.equal(b.plan!.feasible, a.plan!.feasible);
      if (a.atCapacity !== null) near(b.atCapacity!, a.atCapacity, 'atCapacity');
      // Whether some mix fits does not depend on the order the fill tries the activities in (away from the edge).
      if (a.atCapacity === null || Math.abs(a.atCapacity - 1) > 1e-6)
        assert.equal(b.suggested === null, a.suggested === null);
    }),
    runs(200),
  );
});

test('planActivityMix: yields, capacities, counts and money at the edges of doubles never give Infinity', () => {
  const edge = fc.constantFrom(...EDGE_NUMBERS);
  fc.assert(
    fc.property(withMix, fc.array(edge, { minLength: 6, maxLength: 6 }), (f, [y, cap, t, acv, c, count]) => {
      const activities = f.activities.map((a, i) =>
        i === 0 ? { ...a, yieldPerUnit: y === 0 ? 1 : y!, capacity: cap! } : a,
      );
      const conversion = f.conversion.map((x, i) => (i === 0 ? Math.min(1, c!) || x : x));
      const mix = 'counts' in f.mix ? { counts: { ...f.mix.counts, a0: Math.floor(count!) } } : f.mix;
      holds(planActivityMix, { ...f, activities, conversion, target: t, acv: acv === 0 ? 1 : acv!, mix });
    }),
    runs(300),
  );
});
