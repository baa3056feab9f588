import { test } from 'node:test';
import assert from 'node:assert/strict';
import { designSalesOrg, firstTrue, SALES_ORG_LEVERS } from '../../src/models/sales-org.js';
import { managersBySpans } from '../../src/models/org.js';
import { hasIssue, issuesOf, near } from './helpers.js';
import { SALES_ORG_EXAMPLE as EXAMPLE } from '../fixtures/seeds.js';

test('worked example: 20 reps, managers [3, 1], unhealthy, P and rep-cost break-evens', () => {
  const r = designSalesOrg(EXAMPLE);
  assert.equal(r.reps, 20);
  assert.deepEqual(r.managers, [3, 1]);
  assert.equal(r.headcount, 24);
  near(r.revenue, 7_200_000, 1e-6);
  near(r.grossProfit, 7_200_000, 1e-6);
  near(r.laborCost, 6_000_000, 1e-6);
  near(r.managementCost, 2_300_000, 1e-6);
  near(r.margin, -1_100_000, 1e-6);
  near(r.marginRate, -1_100_000 / 7_200_000);
  assert.equal(r.healthy, false);
  near(r.breakEven.avgContractValue, 8_300_000 / 600, 1e-9);
  near(r.breakEven.repCost, 245_000, 1e-9);
  // 7.2M − 6M − 2.3M < 0: no ops cost keeps it healthy.
  assert.equal(r.breakEven.opsCost, null);
  // PCU 38 → 16 reps, managers [2, 1]: 7.2 − 4.8 − 1.8 = +0.6M; PCU 37 → 17 reps, [3, 1]: −0.2M.
  assert.equal(r.breakEven.customersPerRep, 38);
  // Level-1 span 20 → one manager: 7.2 − 6 − 0.5 = +0.7M; span 19 → [2, 1]: −0.6M.
  // Level 2 never helps: level 1 stays 3 managers (1.5M) and labour is 6M.
  assert.deepEqual(r.breakEven.spans, [20, null]);
});

test('advice follows the seed order of levers, target last with no break-even', () => {
  const r = designSalesOrg(EXAMPLE);
  assert.deepEqual(
    r.advice.map((a) => a.lever),
    [...SALES_ORG_LEVERS],
  );
  assert.deepEqual(SALES_ORG_LEVERS, [
    'spans',
    'avgContractValue',
    'customersPerRep',
    'repCost',
    'opsCost',
    'newCustomersTarget',
  ]);
  const by = Object.fromEntries(r.advice.map((a) => [a.lever, a]));
  assert.deepEqual(by.spans!.current, [8, 5]);
  assert.deepEqual(by.spans!.breakEven, [20, null]);
  assert.equal(by.avgContractValue!.current, 12_000);
  near(by.avgContractValue!.breakEven, 8_300_000 / 600);
  assert.equal(by.customersPerRep!.breakEven, 38);
  assert.equal(by.repCost!.breakEven, 245_000);
  assert.equal(by.opsCost!.current, 0);
  assert.equal(by.opsCost!.breakEven, null);
  assert.equal(by.newCustomersTarget!.current, 600);
  assert.equal(by.newCustomersTarget!.breakEven, null);
  for (const a of r.advice) assert.ok(a.text.length > 0, `${a.lever} has text`);
});

test('managers by spans: stop at one manager, spans running out, count 0, span 1', () => {
  assert.deepEqual(managersBySpans(5, [8, 5]), [1]);
  assert.deepEqual(managersBySpans(20, [8, 5]), [3, 1]);
  // 100 / 4 = 25, 25 / 2 = 12.5 → 13; no third span, so it stops above 1.
  assert.deepEqual(managersBySpans(100, [4, 2]), [25, 13]);
  assert.deepEqual(managersBySpans(0, [8, 5]), []);
  // A span of 1 never reduces a level; the loop still ends with the list.
  assert.deepEqual(managersBySpans(3, [1, 1, 2, 2]), [3, 3, 2, 1]);
  assert.deepEqual(managersBySpans(3, [1, 1]), [3, 3]);
  // 5.8 / 0.2-style tolerance: 29 / 29 is exactly 1 manager, not 2.
  assert.deepEqual(managersBySpans(29, [29, 5]), [1]);
  // A span far wider than the team is still one manager, not ceilE's 0.
  assert.deepEqual(managersBySpans(3, [1e12, 5]), [1]);
});

test('reps 5 with spans [8, 5]: one manager, only the first level is paid', () => {
  const r = designSalesOrg({ ...EXAMPLE, newCustomersTarget: 150 });
  assert.equal(r.reps, 5);
  assert.deepEqual(r.managers, [1]);
  assert.equal(r.headcount, 6);
  near(r.managementCost, 500_000, 1e-6);
  // revenue 1.8M − labour 1.5M − 0.5M = −0.2M.
  near(r.margin, -200_000, 1e-6);
});

test('spans running out before one manager: every given level is paid', () => {
  const r = designSalesOrg({
    ...EXAMPLE,
    newCustomersTarget: 3000,
    avgContractValue: 20_000,
    spans: [4, 2],
    managerCosts: [100, 1000],
  });
  // 3000 / 30 = 100 reps → [25, 13].
  assert.equal(r.reps, 100);
  assert.deepEqual(r.managers, [25, 13]);
  assert.equal(r.headcount, 138);
  near(r.managementCost, 25 * 100 + 13 * 1000, 1e-9);
});

test('applying the P break-even flips the verdict to healthy (and a cent less is not)', () => {
  const be = designSalesOrg(EXAMPLE).breakEven.avgContractValue!;
  assert.equal(designSalesOrg({ ...EXAMPLE, avgContractValue: be }).healthy, true);
  assert.equal(designSalesOrg({ ...EXAMPLE, avgContractValue: be - 0.01 }).healthy, false);
});

test('applying the rep-cost break-even flips the verdict to healthy (and a unit more is not)', () => {
  const be = designSalesOrg(EXAMPLE).breakEven.repCost!;
  const at = designSalesOrg({ ...EXAMPLE, repCost: be });
  assert.equal(at.healthy, true);
  near(at.margin, 0, 1e-6);
  assert.equal(designSalesOrg({ ...EXAMPLE, repCost: be + 1 }).healthy, false);
});

test('applying the customers-per-rep break-even flips the verdict; one less does not', () => {
  const be = designSalesOrg(EXAMPLE).breakEven.customersPerRep!;
  assert.equal(designSalesOrg({ ...EXAMPLE, customersPerRep: be }).healthy, true);
  assert.equal(designSalesOrg({ ...EXAMPLE, customersPerRep: be - 1 }).healthy, false);
});

test('applying each span break-even flips the verdict; one narrower does not', () => {
  const r = designSalesOrg(EXAMPLE);
  const s = r.breakEven.spans[0]!;
  assert.equal(designSalesOrg({ ...EXAMPLE, spans: [s, 5] }).healthy, true);
  assert.equal(designSalesOrg({ ...EXAMPLE, spans: [s - 1, 5] }).healthy, false);
});

test('target margin and gross margin: hand-computed figures and the ops-cost break-even', () => {
  // revenue 12M, gross profit 9.6M, required 1.2M, labour 6M, management 2.3M.
  const input = { ...EXAMPLE, avgContractValue: 20_000, grossMarginRate: 0.8, targetMarginRate: 0.1 };
  const r = designSalesOrg(input);
  near(r.revenue, 12_000_000, 1e-6);
  near(r.grossProfit, 9_600_000, 1e-6);
  near(r.margin, 1_300_000, 1e-6);
  near(r.marginRate, 1.3 / 12, 1e-12);
  assert.equal(r.healthy, true);
  near(r.breakEven.avgContractValue, 8_300_000 / (600 * 0.7), 1e-6);
  near(r.breakEven.repCost, 6_100_000 / 20, 1e-6);
  near(r.breakEven.opsCost, 100_000, 1e-6);
  // Healthy already: the smallest healthy span and PCU sit at or below the current ones.
  assert.ok(r.breakEven.spans[0]! <= 8 && r.breakEven.customersPerRep! <= 30);
  const ops = r.breakEven.opsCost!;
  assert.equal(designSalesOrg({ ...input, opsCost: ops }).healthy, true);
  assert.equal(designSalesOrg({ ...input, opsCost: ops + 1 }).healthy, false);
  const atP = designSalesOrg({ ...input, avgContractValue: r.breakEven.avgContractValue! });
  assert.equal(atP.healthy, true);
  near(atP.margin, 0.1 * atP.revenue, 1e-6);
});

test('null break-evens: gross margin = target margin, negative rep cost, no PCU, no span', () => {
  const same = designSalesOrg({ ...EXAMPLE, grossMarginRate: 0.3, targetMarginRate: 0.3 });
  assert.equal(same.breakEven.avgContractValue, null);
  const below = designSalesOrg({ ...EXAMPLE, grossMarginRate: 0.2, targetMarginRate: 0.3 });
  assert.equal(below.breakEven.avgContractValue, null);
  // Gross profit 7.2M·0.2 = 1.44M < management 2.3M: no rep cost helps.
  assert.equal(below.breakEven.repCost, null);
  assert.equal(below.breakEven.opsCost, null);
  // 10 customers at 100: revenue 1,000; even 1 rep at 10,000 is too dear.
  const tiny = designSalesOrg({ ...EXAMPLE, newCustomersTarget: 10, avgContractValue: 100, repCost: 10_000 });
  assert.equal(tiny.breakEven.customersPerRep, null);
  assert.deepEqual(tiny.breakEven.spans, [null, null]);
  assert.equal(tiny.healthy, false);
});

test('rep-cost break-even of exactly 0 is kept, not null', () => {
  // Required 0.5 · 7.2M = 3.6M; management [3, 1] · [1.2M, 0] = 3.6M: nothing is left for reps.
  const r = designSalesOrg({ ...EXAMPLE, targetMarginRate: 0.5, managerCosts: [1_200_000, 0] });
  assert.equal(r.breakEven.repCost, 0);
});

/** Linear reference searches through the public API. */
function linearPcu(input: typeof EXAMPLE): number | null {
  for (let p = 1; p <= input.newCustomersTarget; p++)
    if (designSalesOrg({ ...input, customersPerRep: p }).healthy) return p;
  return null;
}
function linearSpan(input: typeof EXAMPLE, level: number, reps: number): number | null {
  for (let s = 1; s <= reps; s++) {
    const spans = [...input.spans];
    spans[level] = s;
    if (designSalesOrg({ ...input, spans }).healthy) return s;
  }
  return null;
}

test('bisection gives the same break-evens as the linear search on small cases', () => {
  let cases = 0;
  let found = 0;
  let spanFound = 0;
  for (const target of [1, 2, 7, 40, 97])
    for (const p of [50, 300, 1_000])
      for (const pcu of [1, 3, 6.5])
        for (const spans of [[1], [2, 3], [3, 1, 2]])
          for (const ops of [0, 2_000]) {
            const input = {
              newCustomersTarget: target,
              avgContractValue: p,
              customersPerRep: pcu,
              repCost: 1_000,
              spans,
              managerCosts: spans.map((_, i) => 400 * (i + 1)),
              opsCost: ops,
            };
            const r = designSalesOrg(input);
            assert.equal(r.breakEven.customersPerRep, linearPcu(input), JSON.stringify(input));
            r.breakEven.spans.forEach((s, level) =>
              assert.equal(s, linearSpan(input, level, r.reps), `${JSON.stringify(input)} level ${level}`),
            );
            if (r.breakEven.customersPerRep !== null && r.breakEven.customersPerRep > 1) found++;
            for (const s of r.breakEven.spans) if (s !== null && s > 1) spanFound++;
            cases++;
          }
  assert.equal(cases, 270);
  // The grid must exercise non-trivial answers, not only nulls and 1s.
  assert.ok(found > 20 && found < cases, `found ${found}`);
  assert.ok(spanFound >= 10, `span answers above 1: ${spanFound}`);
});

test('firstTrue: smallest index of a monotone predicate, null when none', () => {
  assert.equal(
    firstTrue(1, 10, (x) => x >= 7),
    7,
  );
  assert.equal(
    firstTrue(1, 10, () => true),
    1,
  );
  assert.equal(
    firstTrue(1, 10, () => false),
    null,
  );
  assert.equal(
    firstTrue(1, 1, () => true),
    1,
  );
  assert.equal(
    firstTrue(1, 0, () => true),
    null,
  );
  let calls = 0;
  assert.equal(
    firstTrue(1, 1_000_000, (x) => (calls++, x >= 777_777)),
    777_777,
  );
  assert.ok(calls <= 22, `calls ${calls}`);
});

// Its time per call is a figure of `npm run bench` (sales-org-designer: target1MCustomersMsPerCall), not an assertion here.
test('a target of 1,000,000 customers', () => {
  const input = {
    ...EXAMPLE,
    newCustomersTarget: 1_000_000,
    spans: [8, 5, 4],
    managerCosts: [500_000, 800_000, 1_200_000],
  };
  const r = designSalesOrg(input);
  assert.equal(r.reps, 33_334);
  // 33,334 / 8 = 4166.75 → 4167; / 5 = 833.4 → 834; / 4 = 208.5 → 209.
  assert.deepEqual(r.managers, [4167, 834, 209]);
});

test('validation names the field and what was expected', () => {
  hasIssue(
    issuesOf(() => designSalesOrg({ ...EXAMPLE, managerCosts: [500_000] })),
    'managerCosts',
  );
  hasIssue(
    issuesOf(() => designSalesOrg({ ...EXAMPLE, newCustomersTarget: 0 })),
    'newCustomersTarget',
  );
  hasIssue(
    issuesOf(() => designSalesOrg({ ...EXAMPLE, newCustomersTarget: 2.5 })),
    'newCustomersTarget',
  );
  hasIssue(
    issuesOf(() => designSalesOrg({ ...EXAMPLE, avgContractValue: 0 })),
    'avgContractValue',
  );
  hasIssue(
    issuesOf(() => designSalesOrg({ ...EXAMPLE, customersPerRep: -1 })),
    'customersPerRep',
  );
  hasIssue(
    issuesOf(() => designSalesOrg({ ...EXAMPLE, repCost: 0 })),
    'repCost',
  );
  hasIssue(
    issuesOf(() => designSalesOrg({ ...EXAMPLE, spans: [8, 0] })),
    'spans.1',
  );
  hasIssue(
    issuesOf(() => designSalesOrg({ ...EXAMPLE, spans: [8, 1.5] })),
    'spans.1',
  );
  hasIssue(
    issuesOf(() => designSalesOrg({ ...EXAMPLE, spans: [], managerCosts: [] })),
    'spans',
  );
  hasIssue(
    issuesOf(() => designSalesOrg({ ...EXAMPLE, managerCosts: [500_000, -1] })),
    'managerCosts.1',
  );
  hasIssue(
    issuesOf(() => designSalesOrg({ ...EXAMPLE, opsCost: -5 })),
    'opsCost',
  );
  hasIssue(
    issuesOf(() => designSalesOrg({ ...EXAMPLE, grossMarginRate: 1.2 })),
    'grossMarginRate',
  );
  hasIssue(
    issuesOf(() => designSalesOrg({ ...EXAMPLE, targetMarginRate: -0.1 })),
    'targetMarginRate',
  );
  const missing = hasIssue(
    issuesOf(() => designSalesOrg({ ...EXAMPLE, repCost: undefined })),
    'repCost',
  );
  assert.match(missing.message, /required/);
  const mismatch = hasIssue(
    issuesOf(() => designSalesOrg({ ...EXAMPLE, managerCosts: [1, 2, 3] })),
    'managerCosts',
  );
  assert.match(mismatch.message, /2 items/);
});

test('null optional fields count as absent (defaults apply)', () => {
  const r = designSalesOrg({ ...EXAMPLE, opsCost: null, grossMarginRate: null, targetMarginRate: null });
  near(r.margin, -1_100_000, 1e-6);
});

test('a result that would be infinite is a ModelInputError', () => {
  issuesOf(() => designSalesOrg({ ...EXAMPLE, avgContractValue: 1e306 }));
  // PCU so large that no rep is needed would divide the rep-cost break-even by 0.
  hasIssue(
    issuesOf(() => designSalesOrg({ ...EXAMPLE, customersPerRep: 1e15 })),
    'customersPerRep',
  );
});
