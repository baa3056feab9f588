import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { planHeadcount } from '../../src/models/headcount.js';
import { hasIssue, issuesOf, near } from './helpers.js';

const zeros = () => Array.from({ length: 12 }, () => 0);

/**
 * Retention 1, no seasonality, ramp 2; 2 qualified and 1 new unqualified at the
 * start; hire 1 in January and 2 in March; qualified 10 a month, ramping 4.
 *   m1, m2: Q 2, U 1 + 1 → 20 + 8 = 28
 *   m3, m4: Q 2 + 1 + 1 = 4, U 2 (March cohort) → 40 + 8 = 48
 *   m5–m12: Q 6 → 60
 * annual 28·2 + 48·2 + 60·8 = 632.
 * Even hiring k a month: no-hire revenue 24 + 24 + 30·10 = 348; each unit
 * hired monthly adds 4 (m1) + 8 (m2) + Σ_{m=3..12} (8 + 10·(m − 2)) = 642,
 * so revenue(k) = 348 + 642k: 990 at k = 1, 1632 at k = 2.
 */
const simple = () => ({
  annualTarget: 1200,
  startQualified: 2,
  startUnqualified: 1,
  productivityQualified: 10,
  productivityUnqualified: 4,
  rampMonths: 2,
  monthlyRetention: 1,
  hires: [1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0],
});

/** Naive search the suggestion must agree with. */
function evenRevenue(input: ReturnType<typeof simple> & Record<string, unknown>, k: number): number {
  return planHeadcount({ ...input, hires: Array.from({ length: 12 }, () => k) }).annualRevenue;
}

describe('planHeadcount', () => {
  it('computes a small plan by hand (retention 1, ramp 2)', () => {
    const r = planHeadcount(simple());
    const revenue = [28, 28, 48, 48, 60, 60, 60, 60, 60, 60, 60, 60];
    near(
      r.months.map((m) => m.revenue),
      revenue,
      1e-9,
    );
    near(
      r.months.map((m) => m.qualified),
      [2, 2, 4, 4, 6, 6, 6, 6, 6, 6, 6, 6],
    );
    near(
      r.months.map((m) => m.unqualified),
      [2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0],
    );
    near(
      r.months.map((m) => m.headcount),
      [4, 4, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6],
    );
    assert.deepEqual(
      r.months.map((m) => m.month),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    );
    assert.deepEqual(
      r.months.map((m) => m.hires),
      simple().hires,
    );
    near(
      r.months.map((m) => m.target),
      Array.from({ length: 12 }, () => 100),
      1e-9,
    );
    near(
      r.months.map((m) => m.gap),
      revenue.map((x) => 100 - x),
      1e-9,
    );
    near(r.months[3]!.cumulativeRevenue, 28 + 28 + 48 + 48, 1e-9);
    near(r.months[3]!.cumulativeTarget, 400, 1e-9);
    near(r.months[11]!.cumulativeRevenue, 632, 1e-9);
    near(r.annualRevenue, 632, 1e-9);
    near(r.attainment, 632 / 1200, 1e-12);
    assert.deepEqual(r.suggestion, { evenHires: 2, feasible: true, productivityScale: null });
    assert.ok(evenRevenue(simple(), 1) < 1200 && evenRevenue(simple(), 2) >= 1200);
    near(evenRevenue(simple(), 1), 990, 1e-9);
  });

  it('finds the smallest even hiring at the edge of the target, within 1e-6', () => {
    assert.equal(planHeadcount({ ...simple(), annualTarget: 990 }).suggestion.evenHires, 1);
    assert.equal(planHeadcount({ ...simple(), annualTarget: 990 + 5e-7 }).suggestion.evenHires, 1);
    assert.equal(planHeadcount({ ...simple(), annualTarget: 990.01 }).suggestion.evenHires, 2);
    assert.equal(planHeadcount({ ...simple(), annualTarget: 348 }).suggestion.evenHires, 0);
    assert.equal(planHeadcount({ ...simple(), annualTarget: 348.01 }).suggestion.evenHires, 1);
    // 348 + 642k ≥ 100,000 → k = 155.2… → 156
    assert.equal(planHeadcount({ ...simple(), annualTarget: 100_000 }).suggestion.evenHires, 156);
  });

  it('needs no hires when the starting team reaches the target', () => {
    const r = planHeadcount({ ...simple(), annualTarget: 300, hires: null });
    near(r.annualRevenue, 348, 1e-9);
    assert.deepEqual(
      r.months.map((m) => m.hires),
      zeros(),
    );
    assert.deepEqual(r.suggestion, { evenHires: 0, feasible: true, productivityScale: null });
  });

  it('reports an infeasible plan and the productivity factor it would take', () => {
    const r = planHeadcount({ ...simple(), maxHiresPerMonth: 1 });
    // revenue with 1 hire every month is 990 < 1200
    assert.equal(r.suggestion.evenHires, null);
    assert.equal(r.suggestion.feasible, false);
    near(r.suggestion.productivityScale, 1200 / 990, 1e-12);
    // maxHiresPerMonth 0: only the starting team (348)
    near(planHeadcount({ ...simple(), maxHiresPerMonth: 0 }).suggestion.productivityScale, 1200 / 348, 1e-12);
    // nobody produces anything: no factor helps
    const zero = planHeadcount({ ...simple(), productivityQualified: 0, productivityUnqualified: 0 });
    assert.deepEqual(zero.suggestion, { evenHires: null, feasible: false, productivityScale: null });
    assert.equal(zero.attainment, 0);
  });

  it('gives attainment null for a target of 0', () => {
    const r = planHeadcount({ ...simple(), annualTarget: 0 });
    assert.equal(r.attainment, null);
    assert.deepEqual(r.suggestion, { evenHires: 0, feasible: true, productivityScale: null });
    assert.ok(r.months.every((m) => m.target === 0));
  });

  it('applies retention month by month (retention 0.9, ramp 2, tenured start)', () => {
    // 10 qualified; 4 ramping with 1 month of tenure; 5 hired in January; 100 / 40 a month.
    const input = {
      annualTarget: 12_000,
      startQualified: 10,
      startUnqualified: 4,
      startUnqualifiedTenure: 1,
      productivityQualified: 100,
      productivityUnqualified: 40,
      rampMonths: 2,
      monthlyRetention: 0.9,
      hires: [5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    };
    const r = planHeadcount(input);
    const [m1, m2, m3, m4, m5] = r.months;
    // m1: Q 10; U 4 (tenure 1) + 5 (tenure 0) → 1000 + 360
    near(m1, { qualified: 10, unqualified: 9, headcount: 19, revenue: 1360, target: 1000, gap: -360 }, 1e-9);
    // m2: Q 10·0.9 + 4·0.9 (tenure 2) = 12.6; U 5·0.9 = 4.5 → 1260 + 180
    near(m2, { qualified: 12.6, unqualified: 4.5, headcount: 17.1, revenue: 1440, cumulativeRevenue: 2800 }, 1e-9);
    // from m3 all 19 are qualified: 19·0.9^(m−1)
    near(m3, { qualified: 15.39, unqualified: 0, revenue: 1539 }, 1e-9);
    near(m4, { qualified: 13.851, revenue: 1385.1 }, 1e-9);
    near(m5, { qualified: 12.4659, revenue: 1246.59 }, 1e-9);
    near(r.months[11]!.qualified, 19 * 0.9 ** 11, 1e-9);
    // 1360 + 1440 + 1900·Σ_{i=2}^{11} 0.9^i
    near(r.annualRevenue, 12_823.838806861, 1e-6);
    near(r.attainment, 12_823.838806861 / 12_000, 1e-9);
    // without the January hires: 1160 + 1260 + 1400·Σ_{i=2}^{11} 0.9^i < 12,000, so at least 1 a month
    near(evenRevenue(input, 0), 9_805.986489266, 1e-6);
    assert.ok(evenRevenue(input, 1) >= 12_000);
    assert.equal(r.suggestion.evenHires, 1);
  });

  it('normalises seasonality', () => {
    const base = { ...simple(), seasonality: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] };
    const r = planHeadcount(base);
    // January: 28 · 12 · 2/13; target 1200 · 2/13
    near(r.months[0]!.revenue, (28 * 12 * 2) / 13, 1e-9);
    near(r.months[0]!.target, (1200 * 2) / 13, 1e-9);
    near(r.months[4]!.revenue, (60 * 12) / 13, 1e-9);
    near(r.months[11]!.cumulativeTarget, 1200, 1e-9);
    near(planHeadcount({ ...base, seasonality: base.seasonality.map((x) => x * 10) }), r, 1e-9);
    // equal weights are the default
    near(
      planHeadcount({ ...simple(), seasonality: Array.from({ length: 12 }, () => 3) }),
      planHeadcount(simple()),
      1e-9,
    );
    // all in December: December's people × 12
    const dec = planHeadcount({ ...simple(), seasonality: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5] });
    near(dec.annualRevenue, 720, 1e-9);
    assert.equal(dec.months[0]!.revenue, 0);
  });

  it('agrees with a linear scan of every k', () => {
    const cases: (ReturnType<typeof simple> & { maxHiresPerMonth?: number } & Record<string, unknown>)[] = [
      { ...simple(), annualTarget: 5000, monthlyRetention: 0.93, seasonality: [1, 1, 2, 1, 1, 3, 1, 1, 2, 1, 1, 4] },
      { ...simple(), annualTarget: 40_000, rampMonths: 5, monthlyRetention: 0.8, maxHiresPerMonth: 200 },
      { ...simple(), annualTarget: 9_999, rampMonths: 0, productivityUnqualified: 0, maxHiresPerMonth: 60 },
      { ...simple(), annualTarget: 1e6, maxHiresPerMonth: 30 },
    ];
    for (const c of cases) {
      const max = c.maxHiresPerMonth ?? 1000;
      let k: number | null = null;
      for (let i = 0; i <= max; i++)
        if (evenRevenue(c, i) >= c.annualTarget - 1e-6) {
          k = i;
          break;
        }
      assert.equal(planHeadcount(c).suggestion.evenHires, k);
    }
  });

  it('names each bad field', () => {
    const bad = (patch: Record<string, unknown>, path: string) =>
      hasIssue(
        issuesOf(() => planHeadcount({ ...simple(), ...patch })),
        path,
      );
    assert.match(bad({ seasonality: [1, 1, 1] }, 'seasonality').message, /exactly 12/);
    assert.match(bad({ seasonality: zeros() }, 'seasonality').message, /positive sum/);
    bad({ seasonality: [1, 1, 1, -1, 1, 1, 1, 1, 1, 1, 1, 1] }, 'seasonality.3');
    assert.match(bad({ hires: [...zeros(), 0] }, 'hires').message, /exactly 12/);
    bad({ hires: [-1, ...zeros().slice(1)] }, 'hires.0');
    bad({ monthlyRetention: 0 }, 'monthlyRetention');
    bad({ monthlyRetention: 1.1 }, 'monthlyRetention');
    assert.match(bad({ rampMonths: 1.5 }, 'rampMonths').message, /whole/);
    bad({ rampMonths: -1 }, 'rampMonths');
    bad({ maxHiresPerMonth: 2.5 }, 'maxHiresPerMonth');
    bad({ maxHiresPerMonth: -1 }, 'maxHiresPerMonth');
    bad({ productivityQualified: -1 }, 'productivityQualified');
    bad({ startUnqualifiedTenure: -1 }, 'startUnqualifiedTenure');
    assert.match(bad({ annualTarget: undefined }, 'annualTarget').message, /required/);
  });

  it('rejects inputs whose results would not be finite', () => {
    const issues = issuesOf(() => planHeadcount({ ...simple(), startQualified: 1e308, productivityQualified: 1e308 }));
    assert.match(hasIssue(issues, '').message, /not finite/);
  });

  it('extras beyond the contract: monthly shares and the productivity factor for the plan as given', () => {
    const r = planHeadcount({ ...simple(), seasonality: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] });
    near(
      r.months.map((m) => m.share),
      [2 / 13, ...Array.from({ length: 11 }, () => 1 / 13)],
      1e-12,
    );
    near(
      r.months.reduce((s, m) => s + m.share, 0),
      1,
      1e-12,
    );
    const plain = planHeadcount(simple());
    // 1200 / 632: the plan as given needs productivity × 1.8987…
    near(plain.planProductivityScale, 1200 / 632, 1e-12);
    const zero = planHeadcount({ ...simple(), productivityQualified: 0, productivityUnqualified: 0 });
    assert.equal(zero.planProductivityScale, null);
  });
});
