import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  analyzeLeadFlow,
  DEFAULT_LEAD_FLOW_RULES,
  POOLS,
  periodWindow,
  resolveLeadFlowRules,
  TRANSITION_REASONS,
  type LeadInput,
} from '../../src/models/lead-flow.js';
import { hasIssue, issuesOf, near } from './helpers.js';
import { dayNumber, isoDay } from '../../src/models/math.js';

const AS_OF = '2026-03-31';

/** A lead that nothing fires on: private, followed up the day it was created, entered its pool a week ago. */
const lead = (id: string, over: Partial<LeadInput> = {}): LeadInput => ({
  id,
  source: 'web',
  businessLine: 'A',
  pool: 'private',
  createdAt: '2026-03-24',
  poolEnteredAt: '2026-03-24',
  assignedAt: '2026-03-24',
  firstFollowUpAt: '2026-03-24',
  ...over,
});

const run = (leads: unknown[], extra: Record<string, unknown> = {}) =>
  analyzeLeadFlow({ asOf: AS_OF, leads, ...extra });
const moved = (leads: unknown[], extra?: Record<string, unknown>) =>
  run(leads, extra).transitions.map((t) => `${t.id}:${t.from}>${t.to}:${t.reason}`);

test('constants and defaults are the contract', () => {
  assert.deepEqual([...POOLS], ['private', 'line', 'company', 'blacklist']);
  assert.deepEqual([...TRANSITION_REASONS], ['no-follow-up', 'not-converted-in-time', 'unclaimed']);
  assert.deepEqual(DEFAULT_LEAD_FLOW_RULES, {
    followUpSlaDays: 1,
    privateNoFollowUpDays: 3,
    privateMaxDays: 30,
    lineUnclaimedDays: 14,
    followUpRateAlert: 0.8,
    minGroupSize: 10,
    reactivation: { engagedWithinDays: 14 },
  });
});

test('output has exactly the contract fields when no period is given', () => {
  const r = run([lead('a')]);
  assert.deepEqual(Object.keys(r), [
    'transitions',
    'bySource',
    'bySourceLine',
    'alerts',
    'reactivation',
    'pools',
    'invalid',
  ]);
  assert.deepEqual(r.bySource, [
    {
      source: 'web',
      supplied: 1,
      followedUp: 1,
      followUpRate: 1,
      converted: 0,
      conversionRate: 0,
      revenue: 0,
      cost: null,
      costPerLead: null,
      roi: null,
    },
  ]);
  assert.deepEqual(r.bySourceLine, [
    {
      source: 'web',
      businessLine: 'A',
      supplied: 1,
      followedUp: 1,
      followUpRate: 1,
      converted: 0,
      conversionRate: 0,
      revenue: 0,
      cost: null,
      costPerLead: null,
      roi: null,
    },
  ]);
  assert.deepEqual(r.transitions, []);
  assert.deepEqual(r.pools, { private: 1, line: 0, company: 0, blacklist: 0 });
});

test('no-follow-up: private and never followed up, moves at 4 days after assignment, not at 3', () => {
  const leads = [
    lead('d3', { assignedAt: '2026-03-28', poolEnteredAt: '2026-03-20', firstFollowUpAt: undefined }),
    lead('d4', { assignedAt: '2026-03-27', poolEnteredAt: '2026-03-20', firstFollowUpAt: undefined }),
    // followed up: the rule does not apply however old the assignment
    lead('fu', { assignedAt: '2026-03-01', poolEnteredAt: '2026-03-20', firstFollowUpAt: '2026-03-20' }),
  ];
  assert.deepEqual(moved(leads), ['d4:private>line:no-follow-up']);
  assert.deepEqual(run(leads).transitions[0], { id: 'd4', from: 'private', to: 'line', reason: 'no-follow-up' });
});

test('no-follow-up without assignedAt counts from poolEnteredAt (null is absent)', () => {
  const leads = [
    lead('p3', { assignedAt: undefined, poolEnteredAt: '2026-03-28', firstFollowUpAt: undefined }),
    lead('p4', { assignedAt: null, poolEnteredAt: '2026-03-27', firstFollowUpAt: null }),
    // assignedAt present wins over an old poolEnteredAt
    lead('a1', { assignedAt: '2026-03-30', poolEnteredAt: '2026-03-10', firstFollowUpAt: undefined }),
  ];
  assert.deepEqual(moved(leads), ['p4:private>line:no-follow-up']);
});

test('not-converted-in-time: private, not converted, moves at 31 days in the pool, not at 30', () => {
  const leads = [
    lead('d30', { poolEnteredAt: '2026-03-01', assignedAt: '2026-03-01', firstFollowUpAt: '2026-03-02' }),
    lead('d31', { poolEnteredAt: '2026-02-28', assignedAt: '2026-02-28', firstFollowUpAt: '2026-03-02' }),
    // never followed up but within the no-follow-up limit: the second rule still applies
    lead('nf', { poolEnteredAt: '2026-02-28', assignedAt: '2026-03-30', firstFollowUpAt: undefined }),
  ];
  assert.deepEqual(moved(leads), ['d31:private>line:not-converted-in-time', 'nf:private>line:not-converted-in-time']);
});

test('unclaimed: line moves to company at 15 days in the pool, not at 14', () => {
  const leads = [
    lead('d14', { pool: 'line', poolEnteredAt: '2026-03-17' }),
    lead('d15', { pool: 'line', poolEnteredAt: '2026-03-16', firstFollowUpAt: undefined }),
    // company is the last public pool: nothing moves out of it by rule
    lead('co', { pool: 'company', poolEnteredAt: '2025-01-01', firstFollowUpAt: undefined }),
  ];
  assert.deepEqual(moved(leads), ['d15:line>company:unclaimed']);
});

test('converted leads: the 30-day rule spares them; no-follow-up and unclaimed apply as written (at and past each limit)', () => {
  // docs/models.md §7 conditions only the 30-day private rule (and reactivation) on "not converted".
  const conv = { createdAt: '2025-12-01', convertedAt: '2026-01-05' };
  const leads = [
    // private, converted, never followed up: assigned 03-28 = 3 days (at the limit) stays, 03-27 = 4 days moves
    lead('nf3', { ...conv, poolEnteredAt: '2026-03-28', assignedAt: '2026-03-28', firstFollowUpAt: undefined }),
    lead('nf4', { ...conv, poolEnteredAt: '2026-03-27', assignedAt: '2026-03-27', firstFollowUpAt: undefined }),
    // private, converted, followed up, 30 and 31 days in the pool: the 30-day rule does not apply to converted leads
    lead('pm30', { ...conv, poolEnteredAt: '2026-03-01', assignedAt: '2026-03-01', firstFollowUpAt: '2026-03-02' }),
    lead('pm31', { ...conv, poolEnteredAt: '2026-02-28', assignedAt: '2026-02-28', firstFollowUpAt: '2026-03-02' }),
    lead('pmOld', { ...conv, poolEnteredAt: '2025-12-01', assignedAt: '2025-12-01', firstFollowUpAt: '2025-12-02' }),
    // line, converted: 14 days (at the limit) stays, 15 days moves to company
    lead('ln14', { ...conv, pool: 'line', poolEnteredAt: '2026-03-17' }),
    lead('ln15', { ...conv, pool: 'line', poolEnteredAt: '2026-03-16' }),
    // company and blacklist, converted or not, never move
    lead('co', { ...conv, pool: 'company', poolEnteredAt: '2025-01-01', firstFollowUpAt: undefined }),
    lead('bl', { ...conv, pool: 'blacklist', poolEnteredAt: '2025-01-01', firstFollowUpAt: undefined }),
    // the same old private lead not converted: the 30-day rule applies
    lead('x', {
      createdAt: '2025-12-01',
      poolEnteredAt: '2025-12-01',
      assignedAt: '2025-12-01',
      firstFollowUpAt: '2025-12-02',
    }),
  ];
  assert.deepEqual(moved(leads), [
    'nf4:private>line:no-follow-up',
    'ln15:line>company:unclaimed',
    'x:private>line:not-converted-in-time',
  ]);
  // A converted lead past both private limits and never followed up: no-follow-up (the first rule) and only it.
  assert.deepEqual(
    moved([
      lead('both', { ...conv, poolEnteredAt: '2025-12-01', assignedAt: '2025-12-01', firstFollowUpAt: undefined }),
    ]),
    ['both:private>line:no-follow-up'],
  );
  // Converted leads stay out of reactivation even when engaged.
  assert.deepEqual(
    run([lead('ln15e', { ...conv, pool: 'line', poolEnteredAt: '2026-03-16', lastEngagementAt: AS_OF })]).reactivation,
    [],
  );
});

test('the blacklist never moves and still counts as supplied', () => {
  const r = run([
    lead('b', {
      pool: 'blacklist',
      poolEnteredAt: '2024-01-01',
      assignedAt: '2024-01-01',
      firstFollowUpAt: undefined,
      lastEngagementAt: AS_OF,
    }),
  ]);
  assert.deepEqual(r.transitions, []);
  assert.deepEqual(r.reactivation, []);
  assert.equal(r.bySource[0]!.supplied, 1);
  assert.deepEqual(r.pools, { private: 0, line: 0, company: 0, blacklist: 1 });
});

test('transitions keep input order; rules are merged key by key with the defaults', () => {
  const leads = [
    lead('l', { pool: 'line', poolEnteredAt: '2026-03-01' }),
    lead('p', { assignedAt: '2026-03-26', firstFollowUpAt: undefined }), // 5 days
    lead('q', { assignedAt: '2026-03-25', firstFollowUpAt: undefined }), // 6 days
  ];
  assert.deepEqual(moved(leads), [
    'l:line>company:unclaimed',
    'p:private>line:no-follow-up',
    'q:private>line:no-follow-up',
  ]);
  // privateNoFollowUpDays raised to 5; the null lineUnclaimedDays keeps the default 14
  assert.deepEqual(moved(leads, { rules: { privateNoFollowUpDays: 5, lineUnclaimedDays: null } }), [
    'l:line>company:unclaimed',
    'q:private>line:no-follow-up',
  ]);
  assert.deepEqual(resolveLeadFlowRules({ reactivation: { campaign: { region: ['East'] } } }).reactivation, {
    engagedWithinDays: 14,
    campaign: { region: ['East'] },
  });
});

test('follow-up SLA: 1 day counts, 2 days does not; assignedAt falls back to createdAt, not poolEnteredAt', () => {
  const leads = [
    lead('s1', { source: 'a', assignedAt: '2026-03-10', firstFollowUpAt: '2026-03-11' }),
    lead('s2', { source: 'b', assignedAt: '2026-03-10', firstFollowUpAt: '2026-03-12' }),
    lead('s0', { source: 'c', assignedAt: '2026-03-10', firstFollowUpAt: '2026-03-10T23:59:59Z' }),
    lead('c1', {
      source: 'd',
      assignedAt: undefined,
      createdAt: '2026-03-10',
      poolEnteredAt: '2026-03-11',
      firstFollowUpAt: '2026-03-11',
    }),
    lead('c2', {
      source: 'e',
      assignedAt: undefined,
      createdAt: '2026-03-10',
      poolEnteredAt: '2026-03-11',
      firstFollowUpAt: '2026-03-12',
    }),
    lead('nf', { source: 'f', firstFollowUpAt: undefined }),
  ];
  const followed = Object.fromEntries(run(leads).bySource.map((s) => [s.source, s.followedUp]));
  assert.deepEqual(followed, { a: 1, b: 0, c: 1, d: 1, e: 0, f: 0 });
});

test('follow-up SLA reads a +08:00 date-time as its UTC day', () => {
  const leads = [
    // 2026-03-12 07:00 in Beijing is 2026-03-11 23:00 UTC: one day after assignment
    lead('tz1', { source: 'a', assignedAt: '2026-03-10T12:00:00Z', firstFollowUpAt: '2026-03-12T07:00:00+08:00' }),
    // 2026-03-12 09:00 in Beijing is 2026-03-12 01:00 UTC: two days
    lead('tz2', { source: 'b', assignedAt: '2026-03-10T12:00:00Z', firstFollowUpAt: '2026-03-12T09:00:00+08:00' }),
    // assigned 2026-03-11 00:30 Beijing = 2026-03-10 UTC; followed up 2026-03-12 UTC: two days
    lead('tz3', { source: 'c', assignedAt: '2026-03-11T00:30:00+08:00', firstFollowUpAt: '2026-03-12' }),
  ];
  const followed = Object.fromEntries(run(leads).bySource.map((s) => [s.source, s.followedUp]));
  assert.deepEqual(followed, { a: 1, b: 0, c: 0 });
});

test('per-source cost, cost per lead and ROI; a cost-only source gets a row; lines carry no cost', () => {
  const leads = [
    lead('w1', { source: 'web', convertedAt: '2026-03-20', revenue: 1500 }),
    lead('w2', {
      source: 'web',
      businessLine: 'B',
      convertedAt: '2026-03-21',
      revenue: 1000,
      firstFollowUpAt: undefined,
    }),
    lead('w3', { source: 'web', revenue: 999 }), // not converted: its revenue does not count
    lead('w4', { source: 'web', convertedAt: '2026-03-22' }), // converted without revenue
    lead('a1', { source: 'ads' }),
    lead('a2', { source: 'ads' }),
    lead('s1', { source: 'seo', convertedAt: '2026-03-25', revenue: 300 }),
  ];
  const r = run(leads, { channelCosts: { web: 1000, ads: 0, fair: 500, gone: null } });
  assert.deepEqual(r.bySource, [
    {
      source: 'ads',
      supplied: 2,
      followedUp: 2,
      followUpRate: 1,
      converted: 0,
      conversionRate: 0,
      revenue: 0,
      cost: 0,
      costPerLead: 0,
      roi: null,
    },
    {
      source: 'fair',
      supplied: 0,
      followedUp: 0,
      followUpRate: null,
      converted: 0,
      conversionRate: null,
      revenue: 0,
      cost: 500,
      costPerLead: null,
      roi: -1,
    },
    {
      source: 'seo',
      supplied: 1,
      followedUp: 1,
      followUpRate: 1,
      converted: 1,
      conversionRate: 1,
      revenue: 300,
      cost: null,
      costPerLead: null,
      roi: null,
    },
    {
      source: 'web',
      supplied: 4,
      followedUp: 3,
      followUpRate: 0.75,
      converted: 3,
      conversionRate: 0.75,
      revenue: 2500,
      cost: 1000,
      costPerLead: 250,
      roi: 1.5,
    },
  ]);
  const line = (
    source: string,
    businessLine: string,
    supplied: number,
    followedUp: number,
    converted: number,
    revenue: number,
  ) => ({
    source,
    businessLine,
    supplied,
    followedUp,
    followUpRate: followedUp / supplied,
    converted,
    conversionRate: converted / supplied,
    revenue,
    cost: null,
    costPerLead: null,
    roi: null,
  });
  assert.deepEqual(r.bySourceLine, [
    line('ads', 'A', 2, 2, 0, 0),
    line('seo', 'A', 1, 1, 1, 300),
    line('web', 'A', 3, 3, 2, 1500),
    line('web', 'B', 1, 0, 1, 1000),
  ]);
});

test('rows sort by key in code-unit order, lines within a source', () => {
  const leads = ['線上', 'b', 'B', 'a', 'b'].map((source, i) =>
    lead(`k${i}`, { source, businessLine: i === 4 ? 'A' : 'Z' }),
  );
  const r = run(leads);
  assert.deepEqual(
    r.bySource.map((s) => s.source),
    ['B', 'a', 'b', '線上'],
  );
  assert.deepEqual(
    r.bySourceLine.map((s) => `${s.source}/${s.businessLine}`),
    ['B/Z', 'a/Z', 'b/A', 'b/Z', '線上/Z'],
  );
});

test('alerts: only groups of at least minGroupSize leads with a follow-up rate below the threshold', () => {
  const group = (source: string, line: string, n: number, followed: number) =>
    Array.from({ length: n }, (_, i) =>
      lead(`${source}${line}${i}`, {
        source,
        businessLine: line,
        firstFollowUpAt: i < followed ? '2026-03-24' : undefined,
      }),
    );
  const leads = [
    ...group('web', 'B', 10, 0), // 10 leads, none followed up: alert
    ...group('web', 'A', 9, 0), // 9 leads: too few
    ...group('ads', 'A', 10, 8), // 0.8 reaches the threshold: no alert
    ...group('ads', 'B', 10, 7), // 0.7: alert
  ];
  const r = run(leads);
  assert.deepEqual(r.alerts, [
    { source: 'ads', businessLine: 'B', supplied: 10, followedUp: 7, followUpRate: 0.7 },
    { source: 'web', businessLine: 'B', supplied: 10, followedUp: 0, followUpRate: 0 },
  ]);
  const lower = run(leads, { rules: { minGroupSize: 9, followUpRateAlert: 0.75 } });
  assert.deepEqual(
    lower.alerts.map((a) => `${a.source}/${a.businessLine}`),
    ['ads/B', 'web/A', 'web/B'],
  );
});

test('alert threshold uses the 1e-9 tolerance in favour of reaching it', () => {
  // 7/10 = 0.7 exactly reaches 0.7 (and 0.1 * 7 = 0.7000000000000001 is no problem either way)
  const leads = Array.from({ length: 10 }, (_, i) =>
    lead(`t${i}`, { firstFollowUpAt: i < 7 ? '2026-03-24' : undefined }),
  );
  assert.deepEqual(run(leads, { rules: { followUpRateAlert: 0.1 * 7 } }).alerts, []);
  assert.equal(run(leads, { rules: { followUpRateAlert: 0.71 } }).alerts.length, 1);
});

test('reactivation by engagement: 0 and 14 days qualify, 15 days and a future date do not', () => {
  const leads = [
    lead('e0', { pool: 'line', lastEngagementAt: AS_OF }),
    lead('e14', { pool: 'company', lastEngagementAt: '2026-03-17' }),
    lead('e15', { pool: 'line', lastEngagementAt: '2026-03-16' }),
    lead('fut', { pool: 'line', lastEngagementAt: '2026-04-01' }),
    lead('priv', { pool: 'private', lastEngagementAt: AS_OF }), // not a public pool
    lead('conv', { pool: 'line', lastEngagementAt: AS_OF, convertedAt: '2026-03-30' }), // converted
    lead('none', { pool: 'company' }),
    // due to move to company, but reactivation reads the current pool
    lead('old', { pool: 'line', poolEnteredAt: '2026-01-01', lastEngagementAt: '2026-03-30T20:00:00-05:00' }),
  ];
  const r = run(leads);
  assert.deepEqual(r.reactivation, [
    { id: 'e0', pool: 'line', reasons: ['engaged'] },
    { id: 'e14', pool: 'company', reasons: ['engaged'] },
    { id: 'old', pool: 'line', reasons: ['engaged'] },
  ]);
  assert.deepEqual(
    run(leads, { rules: { reactivation: { engagedWithinDays: 15 } } }).reactivation.map((x) => x.id),
    ['e0', 'e14', 'e15', 'old'],
  );
});

test('reactivation by campaign: industry only, industry and region, empty campaign matches nothing', () => {
  const leads = [
    lead('saasE', { pool: 'line', industry: 'SaaS', region: 'East' }),
    lead('saasW', { pool: 'company', industry: 'SaaS', region: 'West', lastEngagementAt: '2026-03-30' }),
    lead('retE', { pool: 'line', industry: 'Retail', region: 'East' }),
    lead('finE', { pool: 'line', industry: 'Finance', region: 'East' }),
    lead('noInd', { pool: 'line', region: 'East' }),
    lead('privS', { pool: 'private', industry: 'SaaS', region: 'East' }),
  ];
  const campaign = (c: unknown) => run(leads, { rules: { reactivation: { campaign: c } } }).reactivation;
  assert.deepEqual(campaign({ industry: ['SaaS', 'Retail'] }), [
    { id: 'saasE', pool: 'line', reasons: ['campaign'] },
    { id: 'saasW', pool: 'company', reasons: ['engaged', 'campaign'] },
    { id: 'retE', pool: 'line', reasons: ['campaign'] },
  ]);
  assert.deepEqual(
    campaign({ industry: ['SaaS'], region: ['East'] }).map((x) => x.id),
    ['saasE', 'saasW'],
  );
  assert.deepEqual(campaign({ industry: ['SaaS'], region: ['East'] })[1]!.reasons, ['engaged']);
  assert.deepEqual(
    campaign({}).map((x) => x.id),
    ['saasW'],
  );
  assert.deepEqual(
    campaign({ industry: null, region: null }).map((x) => x.id),
    ['saasW'],
  );
  assert.deepEqual(
    campaign({ region: [] }).map((x) => x.id),
    ['saasW'],
  );
});

test('pools count the current pools of valid leads, before the due transitions', () => {
  const leads = [
    lead('1', { pool: 'private', assignedAt: '2026-01-01', firstFollowUpAt: undefined }), // due to line
    lead('2', { pool: 'line', poolEnteredAt: '2026-01-01' }), // due to company
    lead('3', { pool: 'line' }),
    lead('4', { pool: 'company' }),
    lead('5', { pool: 'blacklist' }),
    lead('6', { pool: 'blacklist' }),
    { id: '7', pool: 'private' },
  ];
  const r = run(leads);
  assert.equal(r.transitions.length, 2);
  assert.deepEqual(r.pools, { private: 1, line: 2, company: 1, blacklist: 2 });
});

test('a malformed row is reported with row-relative paths while the rest are analysed', () => {
  const leads = [
    lead('ok1'),
    {
      id: 'bad',
      source: '',
      businessLine: 'A',
      pool: 'sea',
      createdAt: '2026-02-30',
      poolEnteredAt: '2026-03-01',
      revenue: -5,
      assignedAt: 'soon',
    },
    42,
    lead('ok2', { pool: 'line', convertedAt: null, revenue: null, industry: null }),
    lead('num', { id: 7, firstFollowUpAt: '2026-03-24T08:00:00.250Z' }),
  ];
  const r = run(leads);
  assert.deepEqual(
    r.invalid.map((x) => [x.index, x.id]),
    [
      [1, 'bad'],
      [2, undefined],
    ],
  );
  assert.ok(!('id' in r.invalid[1]!));
  const issues = r.invalid[0]!.issues;
  for (const p of ['source', 'pool', 'createdAt', 'revenue', 'assignedAt']) hasIssue(issues, p);
  assert.equal(issues.length, 5);
  assert.match(hasIssue(issues, 'pool').message, /"private", "line", "company", "blacklist"/);
  assert.match(hasIssue(issues, 'createdAt').message, /ISO 8601 date/);
  assert.match(hasIssue(issues, 'revenue').message, /≥ 0/);
  assert.equal(r.invalid[1]!.issues[0]!.path, '');
  assert.deepEqual(r.pools, { private: 2, line: 1, company: 0, blacklist: 0 });
  assert.equal(r.bySource[0]!.supplied, 3);
  assert.equal(r.bySource[0]!.followedUp, 3);
});

test('a row missing required fields names each of them', () => {
  const r = run([{ id: 'x' }]);
  const issues = r.invalid[0]!.issues;
  for (const p of ['source', 'businessLine', 'pool', 'createdAt', 'poolEnteredAt']) hasIssue(issues, p);
  assert.match(hasIssue(issues, 'source').message, /required/);
});

test('envelope errors throw with root paths', () => {
  hasIssue(
    issuesOf(() => analyzeLeadFlow({ leads: [] })),
    'asOf',
  );
  hasIssue(
    issuesOf(() => analyzeLeadFlow({ asOf: '2026-13-01', leads: [] })),
    'asOf',
  );
  hasIssue(
    issuesOf(() => analyzeLeadFlow({ asOf: AS_OF })),
    'leads',
  );
  hasIssue(
    issuesOf(() => analyzeLeadFlow({ asOf: AS_OF, leads: {} })),
    'leads',
  );
  hasIssue(
    issuesOf(() => analyzeLeadFlow({ asOf: AS_OF, leads: [], channelCosts: { web: -1 } })),
    'channelCosts.web',
  );
  hasIssue(
    issuesOf(() => analyzeLeadFlow({ asOf: AS_OF, leads: [], rules: { followUpRateAlert: 1.5 } })),
    'rules.followUpRateAlert',
  );
  hasIssue(
    issuesOf(() => analyzeLeadFlow({ asOf: AS_OF, leads: [], rules: { minGroupSize: -1 } })),
    'rules.minGroupSize',
  );
  hasIssue(
    issuesOf(() =>
      analyzeLeadFlow({ asOf: AS_OF, leads: [], rules: { reactivation: { campaign: { industry: 'SaaS' } } } }),
    ),
    'rules.reactivation.campaign.industry',
  );
  hasIssue(
    issuesOf(() => analyzeLeadFlow({ asOf: AS_OF, leads: [], period: 'year' })),
    'period',
  );
  hasIssue(
    issuesOf(() => analyzeLeadFlow(null)),
    '',
  );
});

test('results that would not be finite are input errors', () => {
  const big = [lead('a', { convertedAt: AS_OF, revenue: 1e308 }), lead('b', { convertedAt: AS_OF, revenue: 1e308 })];
  hasIssue(
    issuesOf(() => run(big)),
    'leads',
  );
  hasIssue(
    issuesOf(() => run([lead('a', { convertedAt: AS_OF, revenue: 1 })], { channelCosts: { web: 1e-320 } })),
    'channelCosts.web',
  );
});

test('period: windows end at asOf − followUpSlaDays: day, week and month count leads created 1, 1–7 and 1–30 days before asOf', () => {
  // Hand-computed, asOf 2026-03-31, default SLA 1 day: the window ends 2026-03-30.
  //   day = 03-30; week = 03-24 … 03-30; month = 03-01 … 03-30.
  const created = [
    '2026-03-31', // 0 days: still inside its SLA, in no window
    '2026-03-30', // 1 day: day, week, month
    '2026-03-31T03:00:00+08:00', // 2026-03-30 19:00 UTC: 1 day
    '2026-03-24', // 7 days: week (its first day), month
    '2026-03-23', // 8 days: month only
    '2026-03-01', // 30 days: month (its first day)
    '2026-02-28', // 31 days: no window
    '2026-04-01', // after asOf: no window
  ];
  const leads = created.map((c, i) =>
    lead(`p${i}`, { createdAt: c, poolEnteredAt: '2026-03-01', firstFollowUpAt: undefined, assignedAt: '2026-03-30' }),
  );
  leads.push(lead('old', { source: 'seo', createdAt: '2026-01-01', pool: 'line', poolEnteredAt: '2026-01-01' }));
  const ids = (period?: string, rules?: Record<string, unknown>) => {
    const extra: Record<string, unknown> = { channelCosts: { fair: 10 } };
    if (period) extra.period = period;
    if (rules) extra.rules = rules;
    const r = run(leads, extra);
    return Object.fromEntries(r.bySource.map((s) => [s.source, s.supplied]));
  };
  assert.deepEqual(ids(), { fair: 0, seo: 1, web: 8 });
  assert.deepEqual(ids('day'), { fair: 0, web: 2 });
  assert.deepEqual(ids('week'), { fair: 0, web: 3 });
  assert.deepEqual(ids('month'), { fair: 0, web: 5 });
  // SLA 0: the windows end at asOf (0, 0–6, 0–29 days).
  assert.deepEqual(ids('day', { followUpSlaDays: 0 }), { fair: 0, web: 1 });
  assert.deepEqual(ids('week', { followUpSlaDays: 0 }), { fair: 0, web: 3 });
  assert.deepEqual(ids('month', { followUpSlaDays: 0 }), { fair: 0, web: 5 });
  // SLA 1.5 days: a lead needs 2 whole days behind it, so the window ends 2026-03-29.
  assert.deepEqual(ids('day', { followUpSlaDays: 1.5 }), { fair: 0 });
  assert.deepEqual(ids('week', { followUpSlaDays: 1.5 }), { fair: 0, web: 2 }); // 03-23 … 03-29
  assert.deepEqual(ids('month', { followUpSlaDays: 2 }), { fair: 0, web: 4 }); // 02-28 … 03-29: 03-24, 03-23, 03-01, 02-28
  // pools, transitions and reactivation always use every lead
  const all = run(leads);
  const day = run(leads, { period: 'day' });
  assert.deepEqual(day.pools, all.pools);
  assert.deepEqual(day.transitions, all.transitions);
  assert.deepEqual(day.reactivation, all.reactivation);
  assert.deepEqual(all.transitions, [{ id: 'old', from: 'line', to: 'company', reason: 'unclaimed' }]);
  assert.deepEqual(Object.keys(day), Object.keys(all));
});

test('periodWindow gives the creation days counted', () => {
  const d = (s: string) => dayNumber(s);
  const w = (p: 'day' | 'week' | 'month', sla: number) => {
    const x = periodWindow(d(AS_OF), p, sla);
    return [isoDay(x.from), isoDay(x.to)];
  };
  assert.deepEqual(w('day', 1), ['2026-03-30', '2026-03-30']);
  assert.deepEqual(w('week', 1), ['2026-03-24', '2026-03-30']);
  assert.deepEqual(w('month', 1), ['2026-03-01', '2026-03-30']);
  assert.deepEqual(w('week', 0), ['2026-03-25', '2026-03-31']);
  assert.deepEqual(w('day', 1.5), ['2026-03-29', '2026-03-29']);
  assert.deepEqual(w('day', 3), ['2026-03-28', '2026-03-28']);
});

test('period: alerts and line rows follow the window', () => {
  const leads = Array.from({ length: 10 }, (_, i) =>
    lead(`a${i}`, { createdAt: '2026-03-11', firstFollowUpAt: undefined }),
  );
  assert.equal(run(leads).alerts.length, 1);
  assert.equal(run(leads, { period: 'month' }).alerts.length, 1);
  assert.deepEqual(run(leads, { period: 'week' }).alerts, []);
  assert.deepEqual(run(leads, { period: 'week' }).bySourceLine, []);
  assert.deepEqual(run(leads, { period: null }), run(leads));
});

test('input is not changed and the same input gives the same output', () => {
  const input = {
    asOf: AS_OF,
    leads: [lead('a', { pool: 'line', poolEnteredAt: '2026-01-01', lastEngagementAt: AS_OF })],
    channelCosts: { web: 5 },
  };
  const copy = JSON.parse(JSON.stringify(input)) as typeof input;
  const a = analyzeLeadFlow(input);
  assert.deepEqual(input, copy);
  near(analyzeLeadFlow(input), a);
});
