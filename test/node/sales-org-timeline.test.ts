import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { projectSalesOrg } from '../../src/models/sales-org-timeline.js';
import { hasIssue, issuesOf, near } from './helpers.js';
import { SALES_ORG_TIMELINE_EXAMPLE } from '../fixtures/sales-org-timeline.js';
import { DEVELOPMENT_PLAN_EXAMPLE } from '../fixtures/hiring-funnel.js';

const example = () => structuredClone(SALES_ORG_TIMELINE_EXAMPLE);

describe('projectSalesOrg: docs/models.md §4 extras worked example', () => {
  const r = projectSalesOrg(example());
  it('each month: people, managers, costs, margin and health', () => {
    near(
      r.months.map((m) => [m.people, m.reps, m.revenue, m.laborCost, m.managementCost, m.margin]),
      [
        [4, 4, 28, 24, 5, -1],
        [4, 4, 28, 24, 5, -1],
        [6, 6, 48, 36, 9, 3],
        [6, 6, 48, 36, 9, 3],
        ...Array.from({ length: 8 }, () => [6, 6, 60, 36, 9, 15]),
      ],
    );
    assert.deepEqual(
      r.months.map((m) => m.managers),
      [[1], [1], ...Array.from({ length: 10 }, () => [2])],
    );
    assert.deepEqual(
      r.months.map((m) => m.healthy),
      [false, false, false, false, true, true, true, true, true, true, true, true],
    );
    near(r.months.map((m) => m.cumulativeMargin).slice(0, 6), [-1, -2, 1, 4, 19, 34]);
    near(r.months[0]!.marginRate, -1 / 28);
    near(r.months.map((m) => m.required).slice(0, 5), [2.8, 2.8, 4.8, 4.8, 6]);
  });
  it('healthy from May, paid back in June; the year', () => {
    assert.equal(r.healthyMonth, 5);
    assert.equal(r.paybackMonth, 6);
    near(r.year, {
      revenue: 632,
      grossProfit: 632,
      laborCost: 408,
      managementCost: 100,
      margin: 124,
      marginRate: 124 / 632,
      healthy: true,
    });
  });
  it('break-evens for March: productivity ×1.0417, rep cost 68.4, no operations cost, span 6', () => {
    assert.equal(r.targetMonth, 3);
    near(r.breakEven, { productivityScale: 45 / 43.2, repCost: 68.4, opsCost: null, spans: [6] });
  });
});

describe('projectSalesOrg: edge cases', () => {
  it('December by default; a healthy month is one the rest of the year keeps', () => {
    const e = example();
    const { targetMonth: _t, ...rest } = e;
    const r = projectSalesOrg(rest);
    assert.equal(r.targetMonth, 12);
    // December is healthy: its spans break-even is the smallest span that keeps it so, as a scan finds it.
    const scan = [1, 2, 3, 4, 5, 6].find((s) => projectSalesOrg({ ...rest, spans: [s] }).months[11]!.healthy);
    assert.equal(r.breakEven.spans[0], scan);
    // A dip in a later month pushes the healthy month past it.
    const dip = projectSalesOrg({
      ...rest,
      plan: { ...rest.plan, seasonality: [1, 1, 1, 1, 1, 1, 1, 1, 1, 0.1, 1, 1] },
    });
    assert.equal(dip.months[9]!.healthy, false);
    assert.equal(dip.healthyMonth, 11);
  });
  it('never healthy in December: healthyMonth null; nobody there: no rep-cost break-even', () => {
    const r = projectSalesOrg({ ...example(), repCost: 500 });
    assert.equal(r.healthyMonth, null);
    assert.equal(r.paybackMonth, null);
    const empty = projectSalesOrg({
      ...example(),
      plan: { ...example().plan, startQualified: 0, startUnqualified: 0, hires: Array(12).fill(0) },
    });
    assert.equal(empty.months[2]!.reps, 0);
    assert.deepEqual(empty.months[2]!.managers, []);
    assert.equal(empty.months[2]!.marginRate, null);
    assert.equal(empty.breakEven.repCost, null);
    assert.equal(empty.breakEven.productivityScale, null);
    // 0 revenue, 1 a month of operations: the margin is −1, not healthy; no span helps.
    assert.deepEqual(empty.breakEven.spans, [null]);
  });
  it('runs on a plan with the development funnel (§3b extras)', () => {
    const r = projectSalesOrg({ ...example(), plan: DEVELOPMENT_PLAN_EXAMPLE });
    near(
      r.months.map((m) => m.revenue),
      [24, 30, 34, 40, 40, 40, 40, 40, 40, 40, 42, 45],
    );
    // March: 3 qualified + 2 ramping = 5 people.
    near(r.months[2]!.people, 5);
  });
  it('bad input names the field; a bad plan keeps its path under plan.', () => {
    hasIssue(
      issuesOf(() => projectSalesOrg({ ...example(), plan: { ...example().plan, rampMonths: -1 } })),
      'plan.rampMonths',
    );
    hasIssue(
      issuesOf(() => projectSalesOrg({ ...example(), managerCosts: [] })),
      'managerCosts',
    );
    hasIssue(
      issuesOf(() => projectSalesOrg({ ...example(), targetMonth: 13 })),
      'targetMonth',
    );
    hasIssue(
      issuesOf(() => projectSalesOrg({ ...example(), plan: 3 })),
      'plan',
    );
  });
});

describe('project-sales-org on the command line', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  it('prints the worked example as the model returns it; exit 2 on a bad plan', () => {
    assert.ok(existsSync(`${root}dist/models.js`), 'run `npm run build` first');
    const run = (input: unknown) =>
      spawnSync(process.execPath, ['bin/revops.js', 'project-sales-org', '--compact'], {
        input: JSON.stringify(input),
        encoding: 'utf8',
        cwd: root,
      });
    const r = run(example());
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, JSON.stringify(projectSalesOrg(example())) + '\n');
    assert.equal(run({ ...example(), plan: {} }).status, 2);
  });
});
