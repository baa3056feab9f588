import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { planHeadcount } from '../../src/models/headcount.js';
import { hasIssue, issuesOf, near } from './helpers.js';
import { DEVELOPMENT_PLAN_EXAMPLE } from '../fixtures/hiring-funnel.js';

const example = () => structuredClone(DEVELOPMENT_PLAN_EXAMPLE);
const base = () => {
  const { rampCurve: _c, retentionByTenure: _r, hiringLeadMonths: _l, planYear: _y, ...rest } = example();
  return rest;
};

describe('planHeadcount §3b extras: docs/models.md worked example (ramp curve, retention by tenure, lead time)', () => {
  const r = planHeadcount(example());
  it('revenue month by month: half of the first two ramping people leave during the ramp', () => {
    near(
      r.months.map((m) => m.revenue),
      [24, 30, 34, 40, 40, 40, 40, 40, 40, 40, 42, 45],
    );
    near(
      r.months.map((m) => m.qualified),
      [2, 2, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4],
    );
    near(
      r.months.map((m) => m.unqualified),
      [2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 1, 1],
    );
    near(r.annualRevenue, 455);
    near(r.attainment, 455 / 1200);
    near(r.planProductivityScale, 1200 / 455);
  });
  it('even hiring: 297 + 354k reaches 1,200 at k = 3, and a linear scan agrees', () => {
    assert.equal(r.suggestion.evenHires, 3);
    const at = (k: number) => planHeadcount({ ...example(), hires: Array.from({ length: 12 }, () => k) }).annualRevenue;
    near(at(0), 297);
    near(at(2), 297 + 708);
    near(at(3), 297 + 1062);
    const scan = [0, 1, 2, 3, 4].find((k) => at(k) >= 1200 - 1e-6);
    assert.equal(scan, r.suggestion.evenHires);
  });
  it('the development funnel and the hire-by months (January opens the November before)', () => {
    assert.deepEqual(r.development, {
      survival: [1, 1, 0.5],
      funnel: { hired: 4, pastRamp: 2, qualifiedInYear: 1.5 },
      hireBy: [
        { month: 1, hires: 1, openMonth: -1, openBy: '2025-11' },
        { month: 3, hires: 2, openMonth: 1, openBy: '2026-01' },
        { month: 11, hires: 1, openMonth: 9, openBy: '2026-09' },
      ],
    });
  });
});

describe('planHeadcount §3b extras: absent, equivalent and edge cases', () => {
  it('without the new inputs the output is byte-identical and has no development field', () => {
    const plain = planHeadcount(base());
    assert.equal('development' in plain, false);
    const withNulls = planHeadcount({ ...base(), rampCurve: null, retentionByTenure: null, hiringLeadMonths: null });
    assert.equal(JSON.stringify(withNulls), JSON.stringify(plain));
  });
  it('planYear alone changes nothing (it only dates the openings)', () => {
    assert.equal(JSON.stringify(planHeadcount({ ...base(), planYear: 2026 })), JSON.stringify(planHeadcount(base())));
  });
  it('a flat curve pu/pq and a single retention give §3b’s plan', () => {
    const b = { ...base(), monthlyRetention: 0.9, startUnqualifiedTenure: 0.5 };
    const plain = planHeadcount(b);
    const same = planHeadcount({ ...b, rampCurve: [0.4, 0.4], retentionByTenure: [0.9] });
    near(
      same.months.map((m) => [m.qualified, m.unqualified, m.revenue]),
      plain.months.map((m) => [m.qualified, m.unqualified, m.revenue]),
    );
    assert.equal(same.suggestion.evenHires, plain.suggestion.evenHires);
    near(same.development!.survival, [1, 0.9, 0.81]);
  });
  it('hiringLeadMonths alone: the survival is r^t and the openings are undated without planYear', () => {
    const r = planHeadcount({ ...base(), monthlyRetention: 0.5, hiringLeadMonths: 0 });
    assert.deepEqual(r.development!.survival, [1, 0.5, 0.25]);
    assert.deepEqual(r.development!.hireBy[0], { month: 1, hires: 1, openMonth: 1, openBy: null });
    assert.equal(JSON.stringify(r.months), JSON.stringify(planHeadcount({ ...base(), monthlyRetention: 0.5 }).months));
  });
  it('a retention of 0 at tenure 0: nobody hired passes the first month', () => {
    const r = planHeadcount({ ...base(), startUnqualified: 0, retentionByTenure: [0, 1] });
    near(
      r.months.map((m) => m.headcount),
      [3, 2, 4, 2, 2, 2, 2, 2, 2, 2, 3, 2],
    );
    assert.deepEqual(r.development!.funnel, { hired: 4, pastRamp: 0, qualifiedInYear: 0 });
  });
  it('a curve of the wrong length, out-of-range retention or lead time are invalid, naming the field', () => {
    hasIssue(
      issuesOf(() => planHeadcount({ ...base(), rampCurve: [0.5] })),
      'rampCurve',
    );
    hasIssue(
      issuesOf(() => planHeadcount({ ...base(), retentionByTenure: [1.2] })),
      'retentionByTenure.0',
    );
    hasIssue(
      issuesOf(() => planHeadcount({ ...base(), retentionByTenure: [] })),
      'retentionByTenure',
    );
    hasIssue(
      issuesOf(() => planHeadcount({ ...base(), hiringLeadMonths: 1.5 })),
      'hiringLeadMonths',
    );
    hasIssue(
      issuesOf(() => planHeadcount({ ...base(), rampCurve: [0.2, -1] })),
      'rampCurve.1',
    );
  });
});
