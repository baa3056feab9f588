import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fillGaps, learnHiringFunnel } from '../../src/models/hiring-funnel.js';
import { planHeadcount } from '../../src/models/headcount.js';
import { hasIssue, issuesOf, near } from './helpers.js';
import { DEVELOPMENT_PLAN_EXAMPLE, HIRING_HISTORY_EXAMPLE } from '../fixtures/hiring-funnel.js';

const example = () => structuredClone(HIRING_HISTORY_EXAMPLE);

describe('learnHiringFunnel: docs/models.md §3b extras worked example', () => {
  const r = learnHiringFunnel(example());
  it('reads 2024 and 2025: retention by tenure, B leaving during the ramp at tenure 1', () => {
    assert.deepEqual(r.years, [2024, 2025]);
    near(r.tenure, [
      { tenure: 0, repMonths: 3, left: 0, retention: 1, bookings: 30, productivity: 10 },
      { tenure: 1, repMonths: 3, left: 1, retention: 2 / 3, bookings: 150, productivity: 50 },
      { tenure: 2, repMonths: 27, left: 1, retention: 26 / 27, bookings: 2700, productivity: 100 },
    ]);
    near(r.retentionByTenure, [1, 2 / 3, 26 / 27]);
  });
  it('the ramp curve against the qualified productivity 2,700 / 27 = 100', () => {
    near(r.qualified, 100);
    near(r.ramp, [0.1, 0.5]);
    near(r.rampCurve, [0.1, 0.5]);
  });
  it('lead time: B 3, C 2, D 4 months → median 3', () => {
    assert.deepEqual(r.leadTime, { samples: 3, medianMonths: 3, hiringLeadMonths: 3 });
    assert.deepEqual(r.unmatched, { count: 0, amount: 0 });
    assert.deepEqual([r.invalid, r.invalidReps], [[], []]);
  });
  it('one year against two: 2025 alone', () => {
    const one = learnHiringFunnel({ ...example(), years: 1 });
    assert.deepEqual(one.years, [2025]);
    near(
      one.tenure.map((b) => [b.repMonths, b.left, b.retention, b.bookings]),
      [
        [2, 0, 1, 0],
        [2, 1, 0.5, 60],
        [13, 0, 1, 1350],
      ],
    );
    near(one.qualified, 1350 / 13);
    near(one.rampCurve, [0, 13 / 45]);
    assert.deepEqual(one.leadTime, { samples: 2, medianMonths: 2.5, hiringLeadMonths: 3 });
  });
  it('fills §3b: the learned funnel runs the plan', () => {
    const plan = planHeadcount({
      annualTarget: 1200,
      startQualified: 1,
      startUnqualified: 0,
      productivityQualified: r.qualified!,
      productivityUnqualified: 0,
      rampMonths: 2,
      monthlyRetention: 1,
      hires: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      rampCurve: r.rampCurve!,
      retentionByTenure: r.retentionByTenure!,
      hiringLeadMonths: r.leadTime.hiringLeadMonths!,
      planYear: 2026,
    });
    near(plan.development!.survival, [1, 1, 2 / 3]);
    assert.equal(plan.development!.hireBy[0]!.openBy, '2025-10');
    // January: the qualified rep 100 + the hire at tenure 0, 10.
    near(plan.months[0]!.revenue, 110);
  });
});

describe('learnHiringFunnel: edge cases', () => {
  it('without bookings: retention and lead time only', () => {
    const { bookings: _b, ...noBookings } = example();
    const r = learnHiringFunnel(noBookings);
    assert.equal(r.qualified, null);
    assert.equal(r.ramp, null);
    assert.equal(r.rampCurve, null);
    assert.equal(r.tenure[0]!.bookings, null);
    near(r.retentionByTenure, [1, 2 / 3, 26 / 27]);
  });
  it('a bucket without rep-months takes the nearest earlier retention; leading gaps the first one', () => {
    assert.deepEqual(fillGaps([null, 0.5, null, 0.8, null]), [0.5, 0.5, 0.5, 0.8, 0.8]);
    assert.equal(fillGaps([null, null]), null);
    assert.deepEqual(fillGaps([]), []);
    const r = learnHiringFunnel({ ...example(), tenureMonths: 6 });
    // Tenure 4 has no rep-month (D left at 3, A is at 24+ in the buckets' last, 5+).
    assert.equal(r.tenure[4]!.retention, null);
    assert.equal(r.retentionByTenure![4], r.retentionByTenure![3]);
  });
  it('a rep who left before the years read is not read; one who leaves after them counts as staying', () => {
    const r = learnHiringFunnel({
      asOf: '2026-01-15',
      years: 1,
      rampMonths: 0,
      tenureMonths: 1,
      reps: [
        { id: 'X', startedAt: '2023-01-01', leftAt: '2024-06-30' },
        { id: 'Y', startedAt: '2025-12-01', leftAt: '2026-01-10' },
      ],
    });
    assert.deepEqual(r.tenure[0], {
      tenure: 0,
      repMonths: 1,
      left: 0,
      retention: 1,
      bookings: null,
      productivity: null,
    });
    assert.deepEqual(r.leadTime, { samples: 0, medianMonths: null, hiringLeadMonths: null });
  });
  it('bad rows are listed and left out: openedAt after startedAt, leftAt before startedAt, a repeated id', () => {
    const e = example();
    (e.reps as object[]).push(
      { id: 'E', openedAt: '2025-05-02', startedAt: '2025-05-01' },
      { id: 'F', startedAt: '2025-05-01', leftAt: '2025-04-01' },
      { id: 'A', startedAt: '2025-01-01' },
    );
    const r = learnHiringFunnel(e);
    assert.deepEqual(
      r.invalidReps.map((x) => [x.index, x.id, x.issues.map((i) => i.path)]),
      [
        [4, 'E', ['openedAt']],
        [5, 'F', ['leftAt']],
        [6, 'A', ['id']],
      ],
    );
    assert.ok(r.invalidReps[0]!.issues[0]!.message.startsWith('openedAt '));
    near(r.retentionByTenure, [1, 2 / 3, 26 / 27]);
  });
  it('bookings nobody active owns are unmatched; bad inputs name the field', () => {
    const e = example();
    e.bookings.push(
      { owner: 'B', amount: 40, closedAt: '2025-05-01' },
      { owner: 'Z', amount: 5, closedAt: '2025-05-01' },
    );
    assert.deepEqual(learnHiringFunnel(e).unmatched, { count: 2, amount: 45 });
    hasIssue(
      issuesOf(() => learnHiringFunnel({ ...example(), tenureMonths: 0 })),
      'tenureMonths',
    );
    hasIssue(
      issuesOf(() => learnHiringFunnel({ ...example(), asOf: 'soon' })),
      'asOf',
    );
    hasIssue(
      issuesOf(() => learnHiringFunnel({ asOf: '2026-01-01' })),
      'reps',
    );
  });
});

describe('learn-hiring-funnel and plan-headcount on the command line', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const run = (model: string, input: unknown) =>
    spawnSync(process.execPath, ['bin/revops.js', model, '--compact'], {
      input: JSON.stringify(input),
      encoding: 'utf8',
      cwd: root,
    });
  it('prints the worked examples as the models return them; exit 2 when every rep is invalid', () => {
    assert.ok(existsSync(`${root}dist/models.js`), 'run `npm run build` first');
    const r = run('learn-hiring-funnel', example());
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, JSON.stringify(learnHiringFunnel(example())) + '\n');
    const plan = run('plan-headcount', DEVELOPMENT_PLAN_EXAMPLE);
    assert.equal(plan.status, 0, plan.stderr);
    assert.equal(plan.stdout, JSON.stringify(planHeadcount(DEVELOPMENT_PLAN_EXAMPLE)) + '\n');
    const bad = run('learn-hiring-funnel', { ...example(), reps: [{ id: 'X', startedAt: 'soon' }] });
    assert.equal(bad.status, 2);
    assert.equal(run('learn-hiring-funnel', { ...example(), bookings: [] }).status, 0);
  });
});
