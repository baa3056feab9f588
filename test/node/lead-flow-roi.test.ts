/** §7 extras (issue 14): costs per month prorated over the period, the quarter, ROI by line, group and company. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeLeadFlow, periodCost, periodWindow, type LeadInput } from '../../src/models/lead-flow.js';
import { dayNumber, isoDay } from '../../src/models/math.js';
import { hasIssue, issuesOf } from './helpers.js';

const AS_OF = '2026-04-02';
const lead = (id: string, source: string, businessLine: string, createdAt: string, over: Partial<LeadInput> = {}) => ({
  id,
  source,
  businessLine,
  pool: 'private' as const,
  createdAt,
  poolEnteredAt: createdAt,
  ...over,
});
/** The worked example of docs/models.md, "§7 extras". */
const LEADS = [
  lead('A1', 'web', 'SaaS', '2026-03-30', {
    assignedAt: '2026-03-30',
    firstFollowUpAt: '2026-03-30',
    convertedAt: '2026-03-31',
    revenue: 1000,
  }),
  lead('A2', 'web', 'ERP', '2026-04-01'),
  lead('A3', 'fair', 'SaaS', '2026-03-28', { firstFollowUpAt: '2026-03-28', convertedAt: '2026-03-29', revenue: 2400 }),
  lead('A4', 'seo', 'SaaS', '2026-03-27', { firstFollowUpAt: '2026-03-29' }),
  lead('A5', 'fair', 'ERP', '2026-01-15', { convertedAt: '2026-02-01', revenue: 5000 }),
];
const PERIOD_COSTS = { web: { '2026-03': 3100, '2026-04': 3000 }, fair: { '2026-01': 6200, '2026-03': 1550 } };
const GROUPS = { paid: ['web', 'fair'], organic: ['seo'] };
const run = (extra: Record<string, unknown>) =>
  analyzeLeadFlow({ asOf: AS_OF, leads: LEADS, periodCosts: PERIOD_COSTS, sourceGroups: GROUPS, ...extra });
const pick = (r: {
  supplied: number;
  followedUp: number;
  converted: number;
  revenue: number;
  cost: number | null;
  costPerLead: number | null;
  roi: number | null;
}) => [r.supplied, r.followedUp, r.converted, r.revenue, r.cost, r.costPerLead, r.roi];

test('worked example, week: source, line, group and company rows', () => {
  const r = run({ period: 'week' });
  assert.deepEqual(
    r.bySource.map((s) => [s.source, ...pick(s)]),
    [
      ['fair', 1, 1, 1, 2400, 300, 300, 7],
      ['seo', 1, 0, 0, 0, null, null, null],
      ['web', 2, 1, 1, 1000, 700, 350, 300 / 700],
    ],
  );
  assert.deepEqual(
    r.bySourceLine.map((s) => [`${s.source}/${s.businessLine}`, ...pick(s)]),
    [
      ['fair/SaaS', 1, 1, 1, 2400, 300, 300, 7],
      ['seo/SaaS', 1, 0, 0, 0, null, null, null],
      ['web/ERP', 1, 0, 0, 0, 350, 350, -1],
      ['web/SaaS', 1, 1, 1, 1000, 350, 350, 650 / 350],
    ],
  );
  assert.deepEqual(
    r.byLine!.map((s) => [s.businessLine, ...pick(s)]),
    [
      ['ERP', 1, 0, 0, 0, 350, 350, -1],
      ['SaaS', 3, 2, 2, 3400, 650, 650 / 3, 2750 / 650],
    ],
  );
  assert.deepEqual(
    r.byGroup!.map((s) => [s.group, s.sources, ...pick(s)]),
    [
      ['organic', ['seo'], 1, 0, 0, 0, null, null, null],
      ['paid', ['web', 'fair'], 3, 2, 2, 3400, 1000, 1000 / 3, 2.4],
    ],
  );
  assert.deepEqual(pick(r.total!), [4, 2, 2, 3400, 1000, 250, 2.4]);
  assert.equal(r.total!.followUpRate, 0.5);
  assert.deepEqual(Object.keys(r), [
    'transitions',
    'bySource',
    'bySourceLine',
    'alerts',
    'reactivation',
    'pools',
    'invalid',
    'byLine',
    'byGroup',
    'total',
  ]);
});

test('worked example, quarter: 2026-01-02 … 04-01, A5 counted, each month prorated by its days', () => {
  const w = periodWindow(dayNumber(AS_OF), 'quarter', 1);
  assert.deepEqual([isoDay(w.from), isoDay(w.to)], ['2026-01-02', '2026-04-01']);
  const r = run({ period: 'quarter' });
  assert.deepEqual(
    r.bySource.map((s) => [s.source, s.supplied, s.cost]),
    [
      ['fair', 2, 7550],
      ['seo', 1, null],
      ['web', 2, 3200],
    ],
  );
  assert.deepEqual(pick(r.total!), [5, 2, 3, 8400, 10750, 2150, -2350 / 10750]);
});

test('worked example, day and all dates', () => {
  const day = run({ period: 'day' });
  assert.deepEqual(
    day.bySource.map((s) => [s.source, s.supplied, s.cost, s.roi]),
    [
      ['fair', 0, 0, null],
      ['web', 1, 100, -1],
    ],
  );
  // fair's cost 0 is a cost: the total sums it, and seo (no lead that day, no cost) has no row.
  assert.deepEqual(pick(day.total!), [1, 0, 0, 0, 100, 100, -1]);
  const all = run({});
  assert.deepEqual(
    all.bySource.map((s) => [s.source, s.cost]),
    [
      ['fair', 7750],
      ['seo', null],
      ['web', 6100],
    ],
  );
  assert.equal(all.total!.cost, 13850);
});

test('prorating: months of 28, 29, 30 and 31 days, a window across a year end, absent and null months', () => {
  const win = (a: string, b: string) => ({ from: dayNumber(a), to: dayNumber(b) });
  assert.equal(periodCost({ '2026-02': 2800 }, win('2026-02-01', '2026-02-07')), 700);
  assert.equal(periodCost({ '2024-02': 2900 }, win('2024-02-29', '2024-03-01')), 100);
  assert.equal(periodCost({ '2025-12': 3100, '2026-01': 6200 }, win('2025-12-29', '2026-01-04')), 300 + 800);
  assert.equal(periodCost({ '2026-04': 3000, '2026-05': null }, win('2026-04-30', '2026-05-06')), 100);
  assert.equal(periodCost({ '2026-06': 3000 }, win('2026-04-30', '2026-05-06')), 0);
  // Without a window: every month, in month order.
  assert.equal(periodCost({ '2026-05': 1, '2026-01': 2, '2026-03': null }, null), 3);
  // A window wholly inside one month, and a whole month.
  assert.equal(periodCost({ '2026-03': 3100 }, win('2026-03-01', '2026-03-31')), 3100);
});

test('quarter boundaries: the first and last creation days are in, the day before and the day after are not', () => {
  const at = (createdAt: string) =>
    analyzeLeadFlow({ asOf: '2026-04-02', period: 'quarter', leads: [lead('X', 'web', 'A', createdAt)] }).bySource
      .length;
  assert.equal(at('2026-01-02'), 1);
  assert.equal(at('2026-01-01'), 0);
  assert.equal(at('2026-04-01'), 1);
  assert.equal(at('2026-04-02'), 0);
});

test('periodCosts win over channelCosts for their sources only; a cost with no lead allocates to no line', () => {
  const r = analyzeLeadFlow({
    asOf: AS_OF,
    period: 'week',
    leads: [lead('B1', 'web', 'SaaS', '2026-03-30', { convertedAt: '2026-03-31', revenue: 800 })],
    channelCosts: { web: 99, ads: 400 },
    periodCosts: { web: { '2026-04': 3000 } },
  });
  assert.deepEqual(
    r.bySource.map((s) => [s.source, s.cost]),
    [
      ['ads', 400],
      ['web', 100],
    ],
  );
  assert.deepEqual(
    r.byLine!.map((l) => [l.businessLine, l.cost, l.roi]),
    [['SaaS', 100, 7]],
  );
  assert.deepEqual(r.byGroup, []);
  // The company pays for ads too.
  assert.equal(r.total!.cost, 500);
  assert.equal(r.total!.roi, (800 - 500) / 500);
});

test('without periodCosts and sourceGroups the output is the contract, key for key', () => {
  const base = { asOf: AS_OF, leads: LEADS, channelCosts: { web: 700 }, period: 'week' };
  const r = analyzeLeadFlow(base);
  assert.equal('byLine' in r, false);
  assert.equal('total' in r, false);
  assert.deepEqual(
    r.bySourceLine.map((l) => [l.cost, l.costPerLead, l.roi]),
    r.bySourceLine.map(() => [null, null, null]),
  );
  // Groups alone turn the roll-ups on and leave the source rows alone.
  const g = analyzeLeadFlow({ ...base, sourceGroups: GROUPS });
  assert.deepEqual(g.bySource, r.bySource);
  assert.deepEqual(g.transitions, r.transitions);
  assert.deepEqual(
    g.byGroup!.map((x) => [x.group, x.cost]),
    [
      ['organic', null],
      ['paid', 700],
    ],
  );
});

test('bad month keys, negative costs and a source in two groups are named', () => {
  const bad = (extra: Record<string, unknown>, path: string) =>
    hasIssue(
      issuesOf(() => analyzeLeadFlow({ asOf: AS_OF, leads: [], ...extra })),
      path,
    ).message;
  assert.match(bad({ periodCosts: { web: { '2026-13': 1 } } }, 'periodCosts.web.2026-13'), /month such as 2026-03/);
  assert.match(bad({ periodCosts: { web: { '2026-03': -1 } } }, 'periodCosts.web.2026-03'), /≥ 0/);
  assert.match(bad({ sourceGroups: { paid: ['web'], organic: ['web'] } }, 'sourceGroups.paid.0'), /source "web"/);
  assert.match(bad({ period: 'year' }, 'period'), /"quarter"/);
});
