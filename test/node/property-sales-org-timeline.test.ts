// Property-based suite of projectSalesOrg (docs/models.md §4 extras): robustness through property-harness.ts; then
// generated plans checked against the spec's month formulas over planHeadcount's months, the year and the running
// sums, each break-even put back into the model (the lever at its break-even leaves month T exactly at its target
// margin), and monotonicity in the rep cost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { projectSalesOrg, type SalesOrgTimeline } from '../../src/models/sales-org-timeline.js';
import { planHeadcount } from '../../src/models/headcount.js';
import { isModelInputError } from '../../src/schemas/issues.js';
import { SALES_ORG_TIMELINE_EXAMPLE } from '../fixtures/sales-org-timeline.js';
import { holds, property } from './property-harness.js';
import { EDGE_NUMBERS, runs } from './property-options.js';

test('projectSalesOrg: arbitrary and extreme values give a finite result or a ModelInputError with a path', () => {
  property(projectSalesOrg, SALES_ORG_TIMELINE_EXAMPLE, 700);
});

test('projectSalesOrg: a denormal productivity makes a month overflow: a ModelInputError naming the month, not Infinity', () => {
  // Found by the property above: revenue 5e-324 · people gives a marginRate of −Infinity in the months with
  // that revenue, while the year (whose revenue includes the other productivity) stays finite.
  const input = structuredClone(SALES_ORG_TIMELINE_EXAMPLE);
  input.plan.productivityQualified = 5e-324;
  assert.throws(
    () => projectSalesOrg(input),
    (e: unknown) =>
      isModelInputError(e) &&
      e.issues.length === 1 &&
      e.issues[0]!.path === '' &&
      /months\.\d+\.marginRate/.test(e.issues[0]!.message),
  );
});

// ---- generated plans ---------------------------------------------------------------------------------------

const timeline = fc
  .record({
    annualTarget: fc.integer({ min: 0, max: 2000 }),
    startQualified: fc.integer({ min: 0, max: 6 }),
    startUnqualified: fc.integer({ min: 0, max: 3 }),
    productivityQualified: fc.integer({ min: 0, max: 30 }),
    productivityUnqualified: fc.integer({ min: 0, max: 10 }),
    rampMonths: fc.integer({ min: 0, max: 3 }),
    monthlyRetention: fc.constantFrom(1, 0.95, 0.8),
    hires: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 12, maxLength: 12 }),
  })
  .chain((plan) =>
    fc.record({
      plan: fc.constant(plan),
      repCost: fc.integer({ min: 1, max: 200 }),
      spans: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 3 }),
      costs: fc.array(fc.integer({ min: 0, max: 150 }), { minLength: 3, maxLength: 3 }),
      opsCost: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      grossMarginRate: fc.constantFrom(undefined, 1, 0.8, 0.5),
      targetMarginRate: fc.constantFrom(undefined, 0, 0.1, 0.3),
      targetMonth: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    }),
  )
  .map(({ costs, ...t }) => {
    const out: Record<string, unknown> = { ...t, managerCosts: costs.slice(0, t.spans.length) };
    for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
    return out as unknown as Input;
  });

interface Input {
  plan: typeof SALES_ORG_TIMELINE_EXAMPLE.plan;
  repCost: number;
  spans: number[];
  managerCosts: number[];
  opsCost?: number;
  grossMarginRate?: number;
  targetMarginRate?: number;
  targetMonth?: number;
}

const near = (a: number | null, b: number | null, what: string, tol = 1e-9) => {
  if (a === null || b === null) return assert.equal(a, b, what);
  assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b)), `${what}: ${a} vs ${b}`);
};

/** §4's managers by spans: ceil of the level below over the span, at least 1; stop at 1 or when the spans run out. */
function managers(reps: number, spans: number[]): number[] {
  const out: number[] = [];
  let n = reps;
  for (const s of spans) {
    if (n <= 0) break;
    n = Math.max(1, Math.ceil(n / s - 1e-9));
    out.push(n);
    if (n === 1) break;
  }
  return out;
}

/** Month T's margin against its requirement with the given inputs. */
const monthT = (r: SalesOrgTimeline) => {
  const m = r.months[r.targetMonth - 1]!;
  return { margin: m.margin, required: m.required };
};

test('projectSalesOrg agrees with §4 extras month by month over planHeadcount, and its year is the months summed', () => {
  fc.assert(
    fc.property(timeline, (input) => {
      const r = projectSalesOrg(input);
      const plan = planHeadcount(input.plan);
      const gm = input.grossMarginRate ?? 1;
      const tm = input.targetMarginRate ?? 0;
      const ops = input.opsCost ?? 0;
      let cumR = 0;
      let cumM = 0;
      let payback: number | null = null;
      assert.equal(r.months.length, 12);
      r.months.forEach((m, i) => {
        const pm = plan.months[i]!;
        assert.equal(m.month, i + 1);
        assert.equal(m.people, pm.headcount);
        const reps = Math.ceil(pm.headcount - 1e-9) + 0;
        assert.equal(m.reps, reps);
        assert.ok(Number.isInteger(m.reps) && m.reps >= 0 && !Object.is(m.reps, -0));
        const mgr = managers(reps, input.spans);
        assert.deepEqual(m.managers, mgr);
        const labor = (pm.headcount * input.repCost) / 12;
        const mgmt = (mgr.reduce((s, n, k) => s + n * input.managerCosts[k]!, 0) + ops) / 12;
        const margin = pm.revenue * gm - labor - mgmt;
        near(m.revenue, pm.revenue, 'revenue');
        near(m.laborCost, labor, 'laborCost');
        near(m.managementCost, mgmt, 'managementCost');
        near(m.margin, margin, 'margin');
        near(m.required, tm * pm.revenue, 'required');
        near(m.marginRate, pm.revenue === 0 ? null : margin / pm.revenue, 'marginRate');
        if (Math.abs(margin - tm * pm.revenue) > 1e-5) assert.equal(m.healthy, margin >= tm * pm.revenue);
        cumR += pm.revenue;
        cumM += margin;
        near(m.cumulativeRevenue, cumR, 'cumulativeRevenue');
        near(m.cumulativeMargin, cumM, 'cumulativeMargin');
        if (payback === null && cumM >= tm * cumR - 1e-6) payback = i + 1;
      });
      assert.equal(r.paybackMonth, payback);
      // healthyMonth: the first month from which every month is healthy.
      const last = r.months.map((m) => m.healthy).lastIndexOf(false);
      assert.equal(r.healthyMonth, last === 11 ? null : last + 2);
      for (const k of ['revenue', 'grossProfit', 'laborCost', 'managementCost', 'margin'] as const)
        near(
          r.year[k],
          r.months.reduce((s, m) => s + m[k], 0),
          `year.${k}`,
        );
      near(r.year.revenue, r.months[11]!.cumulativeRevenue, 'the running revenue ends at the year');
      assert.equal(r.targetMonth, input.targetMonth ?? 12);
    }),
    runs(250),
  );
});

test('each break-even, put back into the model, leaves month T at its target margin; a span one lower is not enough', () => {
  fc.assert(
    fc.property(timeline, (input) => {
      const r = projectSalesOrg(input);
      const be = r.breakEven;
      const T = r.targetMonth;
      const gap = (x: Input) => {
        const t = monthT(projectSalesOrg(x));
        return t.margin - t.required;
      };
      const scale = Math.max(1, r.months[T - 1]!.revenue, r.months[T - 1]!.laborCost, r.months[T - 1]!.managementCost);
      if (be.productivityScale !== null) {
        const k = be.productivityScale;
        const plan = {
          ...input.plan,
          productivityQualified: input.plan.productivityQualified * k,
          productivityUnqualified: input.plan.productivityUnqualified * k,
        };
        assert.ok(Math.abs(gap({ ...input, plan })) <= 1e-7 * scale * Math.max(1, k), 'productivityScale');
      }
      if (be.repCost !== null && be.repCost > 0)
        assert.ok(Math.abs(gap({ ...input, repCost: be.repCost })) <= 1e-7 * scale, 'repCost');
      if (be.repCost === null && r.months[T - 1]!.people > 0)
        // No positive rep cost is healthy: even a rep cost near 0 leaves month T short.
        assert.ok(gap({ ...input, repCost: 1e-9 }) < 1e-6, 'repCost null but a tiny rep cost is healthy');
      if (be.opsCost !== null) assert.ok(Math.abs(gap({ ...input, opsCost: be.opsCost })) <= 1e-7 * scale, 'opsCost');
      else assert.ok(gap({ ...input, opsCost: 0 }) < 1e-6 * scale, 'opsCost null but no ops cost is healthy');
      be.spans.forEach((s, i) => {
        const reps = r.months[T - 1]!.reps;
        const withSpan = (span: number) => ({ ...input, spans: input.spans.map((x, k) => (k === i ? span : x)) });
        if (s === null) assert.equal(projectSalesOrg(withSpan(Math.max(1, reps))).months[T - 1]!.healthy, false);
        else {
          assert.ok(Number.isInteger(s) && s >= 1 && s <= Math.max(1, reps));
          assert.equal(projectSalesOrg(withSpan(s)).months[T - 1]!.healthy, true, `span ${s} at level ${i}`);
          if (s > 1) assert.equal(projectSalesOrg(withSpan(s - 1)).months[T - 1]!.healthy, false, `span ${s - 1}`);
        }
      });
    }),
    runs(150),
  );
});

test('a higher rep cost never raises a margin nor brings the healthy month earlier', () => {
  const later = (m: number | null) => m ?? 13;
  fc.assert(
    fc.property(timeline, fc.integer({ min: 1, max: 100 }), (input, more) => {
      const a = projectSalesOrg(input);
      const b = projectSalesOrg({ ...input, repCost: input.repCost + more });
      a.months.forEach((m, i) => assert.ok(b.months[i]!.margin <= m.margin + 1e-9, `month ${i + 1}`));
      assert.ok(later(b.healthyMonth) >= later(a.healthyMonth));
      assert.ok(later(b.paybackMonth) >= later(a.paybackMonth));
      assert.ok(b.year.margin <= a.year.margin + 1e-9);
    }),
    runs(150),
  );
});

test('projectSalesOrg: costs and productivities at the edges of doubles never give Infinity', () => {
  const edge = fc.constantFrom(...EDGE_NUMBERS);
  fc.assert(
    fc.property(timeline, fc.array(edge, { minLength: 5, maxLength: 5 }), (t, [rep, mgr, ops, pq, pu]) => {
      holds(projectSalesOrg, {
        ...t,
        repCost: rep === 0 ? 1 : rep!,
        managerCosts: t.managerCosts.map(() => mgr!),
        opsCost: ops,
        plan: { ...t.plan, productivityQualified: pq, productivityUnqualified: pu },
      });
    }),
    runs(300),
  );
});
