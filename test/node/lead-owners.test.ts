/** analyzeLeadOwners (§7 extras, issue 14): the worked example of docs/models.md and hand-checked edges. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeLeadOwners } from '../../src/models/lead-owners.js';
import { hasIssue, issuesOf } from './helpers.js';

const lead = (id: string, owner: string | null, over: Record<string, unknown>) => ({
  id,
  owner,
  source: 'web',
  businessLine: 'SaaS',
  pool: 'private',
  ...over,
});
const on = (d: string) => ({ createdAt: d, poolEnteredAt: d, assignedAt: d });
const LEADS = [
  lead('O1', 'Wang', { ...on('2026-03-20'), firstFollowUpAt: '2026-03-20', convertedAt: '2026-03-25', revenue: 10000 }),
  lead('O2', 'Wang', on('2026-03-26')),
  lead('O3', 'Li', { ...on('2026-03-20'), firstFollowUpAt: '2026-03-21' }),
  lead('O4', 'Li', { ...on('2026-03-22'), firstFollowUpAt: '2026-03-22', convertedAt: '2026-03-28', revenue: 10000 }),
  lead('O5', 'Li', on('2026-03-30')),
  lead('O6', 'Zhao', { ...on('2026-02-01'), firstFollowUpAt: '2026-02-04' }),
  lead('O7', null, { pool: 'line', createdAt: '2026-03-01', poolEnteredAt: '2026-03-01' }),
];
const TEAMS = { east: ['Li', 'Wang'], west: ['Zhao'] };

test('worked example: owners ranked within their teams, breaches, transitions caused, team sums', () => {
  const r = analyzeLeadOwners({ asOf: '2026-03-31', leads: LEADS, teams: TEAMS });
  assert.deepEqual(
    r.owners.map((o) => [
      o.owner,
      o.team,
      o.supplied,
      o.followedUp,
      o.followUpRate,
      o.converted,
      o.revenue,
      o.slaBreaches,
      o.transitionsCaused,
      o.rank,
      o.alert,
    ]),
    [
      ['Li', 'east', 3, 2, 2 / 3, 1, 10000, 0, 0, 1, false],
      ['Wang', 'east', 2, 1, 0.5, 1, 10000, 1, 1, 2, false],
      ['Zhao', 'west', 1, 0, 0, 0, 0, 1, 1, 1, false],
    ],
  );
  assert.deepEqual(
    r.teams.map((t) => [
      t.team,
      t.owners,
      t.supplied,
      t.followedUp,
      t.followUpRate,
      t.converted,
      t.revenue,
      t.slaBreaches,
      t.transitionsCaused,
    ]),
    [
      ['east', 2, 5, 3, 0.6, 2, 20000, 1, 1],
      ['west', 1, 1, 0, 0, 0, 0, 1, 1],
    ],
  );
  assert.equal(r.unowned, 1);
  assert.deepEqual(r.invalid, []);
});

test('ties: equal rates (1/2 and 2/4), conversion and revenue share a rank, the next skips; owner order among equals', () => {
  const mk = (id: string, owner: string, followed: boolean) =>
    lead(id, owner, { ...on('2026-03-20'), ...(followed ? { firstFollowUpAt: '2026-03-20' } : {}) });
  const r = analyzeLeadOwners({
    asOf: '2026-03-31',
    leads: [
      mk('a1', 'Zed', true),
      mk('a2', 'Zed', false),
      mk('b1', 'Amy', true),
      mk('b2', 'Amy', true),
      mk('b3', 'Amy', false),
      mk('b4', 'Amy', false),
      mk('c1', 'Bob', false),
      mk('d1', 'Cat', true),
    ],
  });
  assert.deepEqual(
    r.owners.map((o) => [o.owner, o.team, o.rank]),
    [
      ['Cat', null, 1],
      ['Amy', null, 2],
      ['Zed', null, 2],
      ['Bob', null, 4],
    ],
  );
  assert.deepEqual(
    r.teams.map((t) => [t.team, t.owners, t.supplied]),
    [[null, 4, 8]],
  );
  // Revenue breaks a tie of rates.
  const rev = analyzeLeadOwners({
    asOf: '2026-03-31',
    leads: [
      lead('x', 'A', { ...on('2026-03-20'), firstFollowUpAt: '2026-03-20', convertedAt: '2026-03-21', revenue: 1 }),
      lead('y', 'B', { ...on('2026-03-20'), firstFollowUpAt: '2026-03-20', convertedAt: '2026-03-21', revenue: 2 }),
    ],
  });
  assert.deepEqual(
    rev.owners.map((o) => [o.owner, o.rank]),
    [
      ['B', 1],
      ['A', 2],
    ],
  );
});

test('the SLA at and past its limit; the alert line at and below; a period counts its window, causes count every lead', () => {
  const r = analyzeLeadOwners({
    asOf: '2026-03-31',
    rules: { followUpSlaDays: 2, minGroupSize: 2, followUpRateAlert: 0.5 },
    leads: [
      lead('s1', 'A', on('2026-03-29')), // 2 days, not followed: SLA not over
      lead('s2', 'A', on('2026-03-28')), // 3 days > 2: breach
      lead('s3', 'B', { ...on('2026-03-20'), firstFollowUpAt: '2026-03-22' }), // 2 days: on time
      lead('s4', 'B', { ...on('2026-03-20'), firstFollowUpAt: '2026-03-23' }), // 3 days: late, breach
    ],
  });
  assert.deepEqual(
    r.owners.map((o) => [o.owner, o.followUpRate, o.slaBreaches, o.alert]),
    [
      ['B', 0.5, 1, false], // 0.5 is at the line, not under it
      ['A', 0, 1, true],
    ],
  );
  const week = analyzeLeadOwners({
    asOf: '2026-03-31',
    period: 'week',
    leads: [lead('w1', 'A', on('2026-03-01')), lead('w2', 'A', { ...on('2026-03-28'), firstFollowUpAt: '2026-03-28' })],
  });
  // w1 (created before the week) is not supplied, but its due no-follow-up is caused.
  assert.deepEqual(
    week.owners.map((o) => [o.owner, o.supplied, o.transitionsCaused]),
    [['A', 1, 1]],
  );
});

test('bad rows are listed and the rest counted; an owner in two teams is named', () => {
  const r = analyzeLeadOwners({ asOf: '2026-03-31', leads: [{ id: 'bad' }, ...LEADS] });
  assert.deepEqual(
    r.invalid.map((i) => i.id),
    ['bad'],
  );
  assert.equal(r.owners.length, 3);
  const issues = issuesOf(() => analyzeLeadOwners({ asOf: '2026-03-31', leads: [], teams: { b: ['Li'], a: ['Li'] } }));
  assert.match(hasIssue(issues, 'teams.b.0').message, /owner "Li"/);
});
